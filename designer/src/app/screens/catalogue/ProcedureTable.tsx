import { useState, type ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { formatTime } from '../../components/formatTime';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';

/** The procedures found: title (a link that opens it), state, live version, last change and who; archive. */
export function ProcedureTable(): ReactNode {
  const t = useT();
  const { catalogue, session, commands } = useDesigner();
  const items = useStore(catalogue, (s) => s.items);
  const loaded = useStore(catalogue, (s) => s.loaded);
  const failed = useStore(catalogue, (s) => s.failed);
  const language = useStore(session, (s) => s.language);
  const writable = useStore(session, (s) => s.access === 'write');
  const [archiving, setArchiving] = useState<string>();
  if (failed) return <p className="count">{t('catalogue.failed')}</p>;
  if (!loaded) return <p aria-live="polite">{t('app.loading')}</p>;
  return (
    <>
      <p role="status" className="count">
        {items.length ? t('catalogue.count', { count: items.length }) : t('catalogue.empty')}
      </p>
      {items.length > 0 && (
        <table className="procedures">
          <caption className="visually-hidden">{t('catalogue.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalogue.col.title')}</th>
              <th scope="col">{t('catalogue.col.state')}</th>
              <th scope="col">{t('catalogue.col.live')}</th>
              <th scope="col">{t('catalogue.col.changed')}</th>
              {writable && <th scope="col">{t('catalogue.col.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a
                    href={`/disenador/procedimientos/${encodeURIComponent(p.id)}/flujo`}
                    onClick={(e) => (e.preventDefault(), commands.open(p.id))}
                  >
                    {p.title || p.id}
                  </a>
                  <span className="id">{p.id}</span>
                </th>
                <td>
                  <span className={`state state-${p.state}`}>{t(`state.${p.state}`)}</span>
                </td>
                <td>
                  {p.liveVersion === null ? t('catalogue.noLive') : t('catalogue.version', { version: p.liveVersion })}
                </td>
                <td>{t('catalogue.changedBy', { time: formatTime(p.updatedAt, language), who: p.updatedBy })}</td>
                {writable && (
                  <td>
                    {p.state !== 'archived' && (
                      <button type="button" className="secondary" onClick={() => setArchiving(p.id)}>
                        {t('catalogue.archive')}
                        <span className="visually-hidden"> {p.title || p.id}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {archiving && (
        <Dialog title={t('catalogue.archiveTitle', { id: archiving })} onCancel={() => setArchiving(undefined)}>
          <p>{t('catalogue.archiveText')}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                const id = archiving;
                setArchiving(undefined);
                void catalogue.archive(id);
              }}
            >
              {t('catalogue.archiveConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setArchiving(undefined)}>
              {t('app.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
