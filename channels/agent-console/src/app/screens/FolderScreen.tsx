import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';

const selectFolder = (s: ConsoleState) => s.folder;
const selectBusy = (s: ConsoleState) => s.busy;

/** The citizen folder (Carpeta del Ciudadano): every request of a person on every channel; each can be resumed. */
export function FolderScreen(): ReactNode {
  const t = useT();
  const folder = useStore(selectFolder);
  const busy = useStore(selectBusy);
  const commands = useCommands();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="folder-title">
      <h1 id="folder-title" ref={heading} tabIndex={-1}>
        {t('folder.title')}
      </h1>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          void commands.openFolder(String(new FormData(e.currentTarget).get('citizenId') ?? ''));
        }}
      >
        <div className="field">
          <label htmlFor="folder-citizen">{t('folder.citizen')}</label>
          <input
            id="folder-citizen"
            name="citizenId"
            required
            defaultValue={folder.citizenId}
            key={folder.citizenId}
            autoComplete="off"
            spellCheck={false}
            maxLength={9}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('folder.open')}
        </button>
      </form>
      {folder.loaded && (
        <>
          <h2>{t('folder.of', { citizen: folder.citizenId })}</h2>
          {folder.items.length === 0 ? (
            <p>{t('folder.empty')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('queue.reference')}</th>
                  <th scope="col">{t('folder.type')}</th>
                  <th scope="col">{t('folder.state')}</th>
                  <th scope="col">{t('folder.channel')}</th>
                  <th scope="col">{t('folder.created')}</th>
                  <th scope="col">{t('folder.updated')}</th>
                  <th scope="col">{t('queue.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {folder.items.map((r) => (
                  <tr key={r.id} data-reference={r.reference}>
                    <td className="reference">{r.reference}</td>
                    <td>{r.type}</td>
                    <td data-state={r.state}>{t(`state.${r.state}`, {}, r.state)}</td>
                    <td>{t(`channel.${r.entryChannel}`, {}, r.entryChannel)}</td>
                    <td>{new Date(r.createdAt).toLocaleString()}</td>
                    <td>{new Date(r.updatedAt).toLocaleString()}</td>
                    <td>
                      <button
                        type="button"
                        disabled={busy}
                        aria-label={t('resume.label', { reference: r.reference })}
                        onClick={() => void commands.resume(r.reference)}
                      >
                        {t('resume.submit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
