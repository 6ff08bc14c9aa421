import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ModelerHost } from './ModelerHost';
import { flowText } from './flowMessages';

/** Props of {@link FlowTab}. @public */
export interface FlowTabProps {
  /** the draft's modeler (from useModelerHost); undefined while its chunk loads */
  host: ModelerHost | undefined;
  /** the designer's UI language */
  language: string;
}

/**
 * The Flujo tab: undo/redo buttons, the bpmn-js canvas and the properties panel of the draft's ModelerHost,
 * attached while the tab is shown. Ctrl+Z / Ctrl+Y work on the canvas (bpmn-js's keyboard) and the buttons do the
 * same through the command stack. The canvas is not accessible; the Esquema tab is its keyboard twin.
 * @public
 */
export function FlowTab(props: FlowTabProps): ReactNode {
  const { host, language } = props;
  if (!host) return <p role="status">{flowText(language, 'flow.opening')}</p>;
  return <FlowView host={host} language={language} />;
}

// helpers

function FlowView({ host, language }: { host: ModelerHost; language: string }): ReactNode {
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const state = useSyncExternalStore(host.subscribe, host.getSnapshot, host.getSnapshot);
  useEffect(() => {
    host.attach(canvas.current!, panel.current!);
    return () => host.detach();
  }, [host]);
  return (
    <div className="flow">
      <div className="flow-toolbar" role="toolbar" aria-label={flowText(language, 'flow.toolbar')}>
        <button type="button" onClick={() => host.undo()} disabled={!state.canUndo} aria-keyshortcuts="Control+Z">
          {flowText(language, 'flow.undo')}
        </button>
        <button type="button" onClick={() => host.redo()} disabled={!state.canRedo} aria-keyshortcuts="Control+Y">
          {flowText(language, 'flow.redo')}
        </button>
        {state.status === 'opening' && <span role="status">{flowText(language, 'flow.opening')}</span>}
      </div>
      {state.status === 'error' && (
        <p className="flow-error" role="alert">
          {flowText(language, 'flow.error', { error: state.error ?? '' })}
        </p>
      )}
      <div className="flow-body">
        <section className="flow-canvas" ref={canvas} aria-label={flowText(language, 'flow.canvas')} />
        <aside className="flow-panel" ref={panel} aria-label={flowText(language, 'flow.properties')} />
      </div>
    </div>
  );
}
