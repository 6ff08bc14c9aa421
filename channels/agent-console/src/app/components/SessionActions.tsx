import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';
import { citizenOf } from '../store/ConsoleCommands';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';

const selectNotes = (s: ConsoleState) => s.notes;
const selectClosed = (s: ConsoleState) => s.closed;
const selectCitizens = (s: ConsoleState) => s.citizens;

const OUTCOMES = ['resolved', 'informed', 'cancelled'] as const;

/**
 * What the agent can do with the request besides answering: escalate to the second level (first level only, with a
 * note), close it with its outcome, open the citizen's folder. Disclosure widgets keep the page calm and need no
 * script for keyboard use.
 */
export function SessionActions(props: { view: StepView; busy: boolean }): ReactNode {
  const t = useT();
  const commands = useCommands();
  const notes = useStore(selectNotes);
  const closed = useStore(selectClosed);
  const citizens = useStore(selectCitizens);
  const { view, busy } = props;
  const note = notes[view.reference] ?? '';
  const done = view.status === 'done';
  const canClose =
    !closed[view.reference] &&
    (view.actions.includes('close') || (done && ['resolved', 'cancelled'].includes(view.serviceRequest.state)));
  const citizen = citizenOf(view, citizens);
  const defaultOutcome = done && view.serviceRequest.state === 'cancelled' ? 'cancelled' : 'resolved';
  return (
    <section className="actions" aria-labelledby="actions-title">
      <h2 id="actions-title" className="visually-hidden">
        {t('queue.actions')}
      </h2>
      {view.actions.includes('escalate') && (
        <details>
          <summary>{t('escalate.open')}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const text = String(new FormData(e.currentTarget).get('note') ?? '');
              if (text.trim()) void commands.escalate(text);
            }}
          >
            <div className="field">
              <label htmlFor="escalate-note">{t('escalate.note')}</label>
              <textarea
                id="escalate-note"
                name="note"
                rows={3}
                maxLength={2000}
                required
                defaultValue={note}
                key={note ? 'with-notes' : 'empty'}
              />
            </div>
            <button type="submit" className="primary" disabled={busy}>
              {t('escalate.submit')}
            </button>
          </form>
        </details>
      )}
      {canClose && (
        <details open={done || undefined}>
          <summary>{t('close.open')}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              void commands.close(String(data.get('outcome') ?? 'resolved'), String(data.get('note') ?? ''));
            }}
          >
            <div className="field">
              <label htmlFor="close-outcome">{t('close.outcome')}</label>
              <select id="close-outcome" name="outcome" defaultValue={defaultOutcome}>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`close.${o}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="close-note">{t('close.note')}</label>
              <textarea
                id="close-note"
                name="note"
                rows={3}
                maxLength={2000}
                defaultValue={note}
                key={note ? 'with-notes' : 'empty'}
              />
            </div>
            <button type="submit" className="primary" disabled={busy}>
              {t('close.submit')}
            </button>
          </form>
        </details>
      )}
      {citizen && (
        <button type="button" onClick={() => void commands.openFolder(citizen)}>
          {t('folder.openCurrent')}
        </button>
      )}
      {(done || view.status === 'handed-off' || closed[view.reference]) && (
        <button type="button" onClick={() => commands.finish()}>
          {t('session.finish')}
        </button>
      )}
    </section>
  );
}
