import { useEffect, useMemo, type ReactNode } from 'react';
import type { Files, Language } from '../api/types';
import { useT } from '../i18n/useT';
import type { Tab } from '../store/Route';
import { useDesigner, useStore } from '../store/useStore';
import { useFocusOnTicket } from '../components/useFocusOnTicket';
import { FlowProvider } from '../flow/FlowProvider';
import { ConflictDialog } from './editor/ConflictDialog';
import { EditorTabs } from './editor/EditorTabs';
import { SaveStatus } from './editor/SaveStatus';
import { UndoRedo } from './editor/UndoRedo';

/**
 * A procedure open for editing: its title, the autosave status and undo/redo, the six tabs (Flujo, Esquema,
 * Formularios, Textos, Comprobaciones, Publicar) and the conflict dialog when someone else saved first.
 */
export function EditorScreen(props: { id: string; tab: Tab }): ReactNode {
  const t = useT();
  const { draft, session } = useDesigner();
  const files = useStore(draft, (s) => s.files);
  const loading = useStore(draft, (s) => s.loading);
  const error = useStore(draft, (s) => s.error);
  const opened = useStore(draft, (s) => s.id === props.id && !s.loading && s.rev > 0);
  const readOnly = useStore(draft, (s) => s.readOnly);
  const language = useStore(session, (s) => s.language);
  const title = useMemo(() => titleOf(files, language) ?? props.id, [files, language, props.id]);
  const heading = useFocusOnTicket<HTMLHeadingElement>();
  useLeaveGuard();
  return (
    <div className="editor">
      <div className="editor-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
          {readOnly && opened && <span className="tag">{t('editor.readOnly')}</span>}
        </h1>
        {opened && !readOnly && (
          <div className="editor-tools">
            <SaveStatus />
            <UndoRedo tab={props.tab} />
          </div>
        )}
      </div>
      {loading && <p aria-live="polite">{t('app.loading')}</p>}
      {!loading && error && !opened && (
        <div className="notice notice-error" role="alert">
          <p>{t(`error.${error}`, {}, t('editor.cannotOpen', { id: props.id }))}</p>
        </div>
      )}
      {opened && (
        <FlowProvider>
          <EditorTabs tab={props.tab} />
        </FlowProvider>
      )}
      <ConflictDialog />
    </div>
  );
}

// helpers
/** The manifest's title in the UI language (else Spanish), or undefined while there is none. */
function titleOf(files: Files, language: Language): string | undefined {
  try {
    const title = JSON.parse(files['procedure.json'] ?? '{}').title ?? {};
    return title[language] || title.es || undefined;
  } catch {
    return undefined;
  }
}

/** Unsaved changes when the page is closed or reloaded: the browser asks first. */
function useLeaveGuard(): void {
  const { draft } = useDesigner();
  useEffect(() => {
    const onLeave = (event: BeforeUnloadEvent) => {
      if (draft.getSnapshot().dirty) {
        event.preventDefault();
        void draft.flush();
      }
    };
    window.addEventListener('beforeunload', onLeave);
    return () => window.removeEventListener('beforeunload', onLeave);
  }, [draft]);
}
