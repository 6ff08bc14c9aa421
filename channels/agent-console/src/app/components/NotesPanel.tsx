import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { ConsoleState } from '../store/ConsoleState';
import { useCommands, useStore } from '../store/useStore';

const selectNotes = (s: ConsoleState) => s.notes;

/** The agent's notes on this request, kept in the store (per reference) and sent with an escalation or the close. */
export function NotesPanel(props: { reference: string }): ReactNode {
  const t = useT();
  const notes = useStore(selectNotes);
  const commands = useCommands();
  return (
    <section className="panel" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <label htmlFor="notes">{t('notes.label')}</label>
      <textarea id="notes" rows={4} maxLength={2000} value={notes[props.reference] ?? ''} onChange={(e) => commands.setNote(e.target.value)} />
    </section>
  );
}
