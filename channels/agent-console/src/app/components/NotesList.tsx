import type { ReactNode } from 'react';
import type { StepView } from '../api/types';
import { useT, type T } from '../i18n/useT';

type Note = NonNullable<StepView['serviceRequest']['notes']>[number];

/**
 * The service request's notes as the view brings them (oldest first): when, who (user and role) and the text. Read
 * by the agent serving the request and by the second level in the queue's context before taking it. A citizen's note
 * (left when asking for help) is signed with the role alone: their user id is an opaque browser hash.
 */
export function NotesList(props: { notes: Note[]; id: string }): ReactNode {
  const t = useT();
  if (props.notes.length === 0)
    return (
      <p className="hint" id={props.id}>
        {t('notes.none')}
      </p>
    );
  return (
    <ol className="notes" id={props.id}>
      {props.notes.map((note, i) => (
        <li key={`${note.at}-${i}`}>
          <p className="note-meta">
            <time dateTime={note.at}>{new Date(note.at).toLocaleString()}</time> · {authorOf(note, t)}
          </p>
          <p className="note-text">{note.text}</p>
        </li>
      ))}
    </ol>
  );
}

// helpers
function authorOf(note: Note, t: T): string {
  const role = t(`role.${note.role}`, {}, note.role);
  return note.role === 'citizen' ? role : t('notes.by', { by: note.by, role });
}
