import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** Text the agent reads aloud to the caller (the step's script), marked as such; nothing for a blank text. */
export function ReadAloud(props: { text: string }): ReactNode {
  const t = useT();
  if (!props.text.trim()) return null;
  return (
    <div className="read-aloud">
      <p className="read-aloud-label">{t('session.readAloud')}</p>
      <p className="read-aloud-text">{props.text}</p>
    </div>
  );
}
