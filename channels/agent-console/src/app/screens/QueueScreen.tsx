import { useEffect, useRef, type ReactNode } from 'react';
import { AnswersPanel } from '../components/AnswersPanel';
import { DataPanel } from '../components/DataPanel';
import { NotesList } from '../components/NotesList';
import { ProgressList } from '../components/ProgressList';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';

const selectQueue = (s: ConsoleState) => s.queue;
const selectUser = (s: ConsoleState) => s.user;
const selectBusy = (s: ConsoleState) => s.busy;
const selectCatalogue = (s: ConsoleState) => s.catalogue.items;

/**
 * The queues an agent may serve: first level (citizens who asked for help, hand-offs) and, for the second level,
 * escalations. "View context" shows a queued request in full — reason, answers given, connector data, progress and
 * the request's notes — before the agent takes it.
 */
export function QueueScreen(): ReactNode {
  const t = useT();
  const queue = useStore(selectQueue);
  const user = useStore(selectUser);
  const busy = useStore(selectBusy);
  const catalogue = useStore(selectCatalogue);
  const commands = useCommands();
  const titleOf = (procedureId: string) => catalogue.find((p) => p.id === procedureId)?.title ?? procedureId;
  const heading = useRef<HTMLHeadingElement>(null);
  const context = useRef<HTMLHeadingElement>(null);
  const levels: Array<1 | 2> = user?.role === 'agent-l1' ? [1] : [1, 2];
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (queue.preview) context.current?.focus();
  }, [queue.preview]);
  const preview = queue.preview;
  const previewReason = preview && queue.items.find((i) => i.sessionId === preview.sessionId)?.reason;
  return (
    <section className="card" aria-labelledby="queue-title">
      <h1 id="queue-title" ref={heading} tabIndex={-1}>
        {t('queue.title')}
      </h1>
      <div className="buttons" role="group" aria-label={t('queue.title')}>
        {levels.map((level) => (
          <button
            key={level}
            type="button"
            aria-pressed={queue.level === level}
            onClick={() => void commands.loadQueue(level)}
          >
            {t(`queue.level${level}`)}
          </button>
        ))}
        <button type="button" onClick={() => void commands.loadQueue(queue.level)}>
          {t('queue.refresh')}
        </button>
      </div>
      <h2>{t(`queue.level${queue.level}`)}</h2>
      {queue.loaded && queue.items.length === 0 ? (
        <p>{t('queue.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('queue.reference')}</th>
              <th scope="col">{t('queue.procedure')}</th>
              <th scope="col">{t('queue.reason')}</th>
              <th scope="col">{t('queue.since')}</th>
              <th scope="col">{t('queue.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.items.map((item) => (
              <tr key={item.sessionId} data-reference={item.reference}>
                <td className="reference">{item.reference}</td>
                <td>{titleOf(item.procedureId)}</td>
                <td>{item.reason}</td>
                <td>{new Date(item.since).toLocaleString()}</td>
                <td className="buttons">
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={t('queue.viewLabel', { reference: item.reference })}
                    onClick={() => void commands.preview(item.sessionId)}
                  >
                    {t('queue.view')}
                  </button>
                  <button
                    type="button"
                    className="primary"
                    disabled={busy}
                    aria-label={t('queue.takeLabel', { reference: item.reference })}
                    onClick={() => void commands.resume(item.reference)}
                  >
                    {t('queue.take')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview && (
        <section className="context" aria-labelledby="context-title">
          <h2 id="context-title" ref={context} tabIndex={-1}>
            {t('queue.context', { reference: preview.reference })}
          </h2>
          <p>
            <strong>{preview.procedure.title}</strong> ·{' '}
            {t(`state.${preview.serviceRequest.state}`, {}, preview.serviceRequest.state)} ·{' '}
            {t('session.level', { reached: preview.identification.reached, needed: preview.identification.needed })}
          </p>
          {previewReason && (
            <p>
              <strong>{t('queue.reason')}:</strong> {previewReason}
            </p>
          )}
          <div className="context-grid">
            <ProgressList progress={preview.progress} id="context-progress" />
            <AnswersPanel view={preview} readOnly id="context-answers" />
            <DataPanel entries={preview.dataView} id="context-data" />
            <section className="panel" aria-labelledby="context-notes-title">
              <h2 id="context-notes-title">{t('notes.title')}</h2>
              <NotesList notes={preview.serviceRequest.notes ?? []} id="context-notes" />
            </section>
          </div>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void commands.resume(preview.reference)}
          >
            {t('queue.takeLabel', { reference: preview.reference })}
          </button>
        </section>
      )}
    </section>
  );
}
