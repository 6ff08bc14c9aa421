import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';
import { NotesList } from './NotesList';

const selectNotes = (s: ConsoleState) => s.notes;

/**
 * The request's notes beside the script: the ones already kept (from the view: this agent's, the escalation's, a
 * citizen's help request) and a field to write a new one, saved on the request at once with "Save note" (a plain
 * form: Enter on the button, or Ctrl+Enter in the field). What is typed and not yet saved is kept per request and
 * offered as the escalation or close note.
 */
export function NotesPanel(props: { view: StepView; busy: boolean }): ReactNode {
  const t = useT();
  const notes = useStore(selectNotes);
  const commands = useCommands();
  const { view, busy } = props;
  const draft = notes[view.reference] ?? '';
  const saved = view.serviceRequest.notes ?? [];
  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <NotesList notes={saved} id="notes-list" />
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          void commands.saveNote();
        }}
      >
        <div className="field">
          <label htmlFor="notes">{t('notes.label')}</label>
          <p className="hint" id="notes-hint">
            {t('notes.hint')}
          </p>
          <textarea
            id="notes"
            rows={4}
            maxLength={2000}
            aria-describedby="notes-hint"
            value={draft}
            onChange={(e) => commands.setNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void commands.saveNote();
              }
            }}
          />
        </div>
        <button type="submit" disabled={busy || !draft.trim()} aria-keyshortcuts="Control+Enter">
          {t('notes.save')}
        </button>
      </form>
    </section>
  );
}
