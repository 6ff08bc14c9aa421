import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT } from '../i18n/useT';

type Note = NonNullable<StepView['serviceRequest']['notes']>[number];

/**
 * The service request's notes as the view brings them (oldest first): when, who (user and role) and the text. Read
 * by the agent serving the request and by the second level in the queue's context before taking it.
 */
export function NotesList(props: { notes: Note[]; id: string }): ReactNode {
  const t = useT();
  if (props.notes.length === 0) return <p className="hint" id={props.id}>{t('notes.none')}</p>;
  return (
    <ol className="notes" id={props.id}>
      {props.notes.map((note, i) => (
        <li key={`${note.at}-${i}`}>
          <p className="note-meta">
            <time dateTime={note.at}>{new Date(note.at).toLocaleString()}</time> · {t('notes.by', { by: note.by, role: t(`role.${note.role}`, {}, note.role) })}
          </p>
          <p className="note-text">{note.text}</p>
        </li>
      ))}
    </ol>
  );
}
