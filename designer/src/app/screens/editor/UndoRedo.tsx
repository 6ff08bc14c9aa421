import { useEffect, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import type { Tab } from '../../store/Route';
import { useDesigner, useStore } from '../../store/useStore';

/** Tabs whose edits the designer's own history undoes (the flow's tabs use bpmn-js's command stack). */
const DRAFT_HISTORY_TABS: Tab[] = ['general', 'formularios', 'textos'];

/**
 * Undo and redo of form and text edits (DraftStore's history), as buttons naming the step and as Ctrl+Z /
 * Ctrl+Shift+Z / Ctrl+Y on the tabs that edit forms and texts. Hidden on the flow's tabs, which have bpmn-js's.
 */
export function UndoRedo(props: { tab: Tab }): ReactNode {
  const t = useT();
  const { draft } = useDesigner();
  const undoLabel = useStore(draft, (s) => s.undoLabel);
  const redoLabel = useStore(draft, (s) => s.redoLabel);
  const active = DRAFT_HISTORY_TABS.includes(props.tab);
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) draft.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') draft.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, draft]);
  if (!active) return null;
  return (
    <div className="undo-redo" role="group" aria-label={t('undo.group')}>
      <button type="button" className="secondary" disabled={!undoLabel} onClick={() => draft.undo()}>
        {t('undo.undo')}
        {undoLabel && <span className="visually-hidden">: {t(undoLabel)}</span>}
      </button>
      <button type="button" className="secondary" disabled={!redoLabel} onClick={() => draft.redo()}>
        {t('undo.redo')}
        {redoLabel && <span className="visually-hidden">: {t(redoLabel)}</span>}
      </button>
    </div>
  );
}
