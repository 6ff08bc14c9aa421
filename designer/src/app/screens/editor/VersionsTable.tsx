import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { formatTime } from '../../components/formatTime';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';

/** The published versions, newest first: who, when, why; roll back to one (with a reason) or export its zip. */
export function VersionsTable(): ReactNode {
  const t = useT();
  const { draft, publish, session } = useDesigner();
  const versions = useStore(draft, (s) => s.versions);
  const readOnly = useStore(draft, (s) => s.readOnly);
  const busy = useStore(publish, (s) => s.busy);
  const language = useStore(session, (s) => s.language);
  const [rollingBack, setRollingBack] = useState<number>();
  const [reason, setReason] = useState('');
  if (versions.length === 0) return <p>{t('versions.none')}</p>;
  const live = Math.max(...versions.map((v) => v.version));
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const version = rollingBack!;
    setRollingBack(undefined);
    setReason('');
    await publish.rollback(version, reason);
  };
  return (
    <>
      <table className="versions">
        <caption className="visually-hidden">{t('versions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('versions.col.version')}</th>
            <th scope="col">{t('versions.col.when')}</th>
            <th scope="col">{t('versions.col.who')}</th>
            <th scope="col">{t('versions.col.reason')}</th>
            <th scope="col">{t('versions.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">
                {t('catalogue.version', { version: v.version })}
                {v.version === live && <span className="tag">{t('versions.live')}</span>}
                {v.kind === 'rollback' && (
                  <span className="kind"> {t('versions.rollbackOf', { version: v.fromVersion ?? '?' })}</span>
                )}
              </th>
              <td>{formatTime(v.publishedAt, language)}</td>
              <td>{v.publishedBy}</td>
              <td>{v.reason}</td>
              <td className="row-actions">
                {!readOnly && v.version !== live && (
                  <button type="button" className="secondary" disabled={busy} onClick={() => setRollingBack(v.version)}>
                    {t('versions.rollback')}
                    <span className="visually-hidden"> {t('catalogue.version', { version: v.version })}</span>
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => void publish.exportZip(v.version)}
                >
                  {t('versions.export')}
                  <span className="visually-hidden"> {t('catalogue.version', { version: v.version })}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rollingBack !== undefined && (
        <Dialog title={t('rollback.title', { version: rollingBack })} onCancel={() => setRollingBack(undefined)}>
          <form onSubmit={confirm}>
            <p>{t('rollback.text', { version: rollingBack })}</p>
            <p className="field">
              <label htmlFor="rollback-reason">{t('publish.reason')}</label>
              <textarea
                id="rollback-reason"
                required
                maxLength={500}
                rows={2}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </p>
            <div className="actions">
              <button type="submit" className="primary">
                {t('rollback.confirm')}
              </button>
              <button type="button" className="secondary" onClick={() => setRollingBack(undefined)}>
                {t('app.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
