import type { ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import { formatTime } from '../../components/formatTime';
import { useT } from '../../i18n/useT';
import { useDesigner, useStore } from '../../store/useStore';

/**
 * Someone else saved the draft after it was opened here: the specialist decides — take their version (the changes
 * made here are dropped) or keep these changes as a copy (a new procedure). It cannot be dismissed: nothing is
 * lost silently.
 */
export function ConflictDialog(): ReactNode {
  const t = useT();
  const { draft, session, commands } = useDesigner();
  const conflict = useStore(draft, (s) => s.conflict);
  const busy = useStore(draft, (s) => s.loading || s.save === 'saving');
  const language = useStore(session, (s) => s.language);
  if (!conflict) return null;
  return (
    <Dialog title={t('conflict.title')} dismissible={false} role="alertdialog">
      <p>
        {t('conflict.text', {
          who: conflict.updatedBy ?? t('conflict.someone'),
          time: formatTime(conflict.updatedAt, language) || '—',
        })}
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void draft.reloadTheirs()}>
          {t('conflict.reload')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void commands.keepMineAsCopy()}>
          {t('conflict.copy')}
        </button>
      </div>
    </Dialog>
  );
}
