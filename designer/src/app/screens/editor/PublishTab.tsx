import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';
import { DiffView } from './DiffView';
import { VersionsTable } from './VersionsTable';

/**
 * Publicar: what changes against the live version, the reason, publish (refused while the checks find errors —
 * the server refuses too), the versions with author, time and reason, roll back, and export the zip.
 */
export function PublishTab(): ReactNode {
  const t = useT();
  const { publish, findings, draft } = useDesigner();
  const busy = useStore(publish, (s) => s.busy);
  const readOnly = useStore(draft, (s) => s.readOnly);
  const errors = useStore(findings, (s) => [...s.server, ...s.browser].filter((f) => f.severity === 'error').length);
  const [reason, setReason] = useState('');
  useEffect(() => {
    void publish.loadDiff();
  }, [publish]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((await publish.publish(reason)) !== undefined) setReason('');
  };
  return (
    <div className="publish">
      <section aria-labelledby="diff-title">
        <h2 id="diff-title">{t('publish.diffTitle')}</h2>
        <DiffView />
      </section>
      {!readOnly && (
        <section aria-labelledby="publish-title" className="panel">
          <h2 id="publish-title">{t('publish.title')}</h2>
          {errors > 0 && (
            <p className="notice notice-error" id="publish-blocked">
              {t('publish.blocked', { errors })}
            </p>
          )}
          <form onSubmit={submit} aria-busy={busy}>
            <p className="field">
              <label htmlFor="publish-reason">{t('publish.reason')}</label>
              <span className="hint" id="publish-reason-hint">
                {t('publish.reasonHint')}
              </span>
              <textarea
                id="publish-reason"
                required
                maxLength={500}
                rows={2}
                aria-describedby="publish-reason-hint"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </p>
            <button
              type="submit"
              className="primary"
              disabled={busy || errors > 0}
              aria-describedby={errors > 0 ? 'publish-blocked' : undefined}
            >
              {t('publish.submit')}
            </button>
          </form>
        </section>
      )}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title">{t('versions.title')}</h2>
        <VersionsTable />
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title">{t('export.title')}</h2>
        <p>{t('export.text')}</p>
        <button type="button" className="secondary" disabled={busy} onClick={() => void publish.exportZip()}>
          {t('export.draft')}
        </button>
      </section>
    </div>
  );
}
