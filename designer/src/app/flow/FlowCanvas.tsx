import { useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ModelerHost } from './ModelerHost';

/** Props of {@link FlowCanvas}. @public */
export interface FlowCanvasProps {
  host: ModelerHost;
  /** the UI strings (`flow.*` keys) */
  t: (key: string, vars?: Record<string, string>) => string;
}

/**
 * Undo/redo buttons, the bpmn-js canvas and the properties panel of a ModelerHost, attached while shown. Ctrl+Z /
 * Ctrl+Y work on the canvas (bpmn-js's keyboard) and the buttons do the same through the command stack. The canvas
 * is not accessible; the Esquema tab is its keyboard twin.
 * @public
 */
export function FlowCanvas({ host, t }: FlowCanvasProps): ReactNode {
  const canvas = useRef<HTMLElement>(null);
  const panel = useRef<HTMLElement>(null);
  const state = useSyncExternalStore(host.subscribe, host.getSnapshot, host.getSnapshot);
  useEffect(() => {
    host.attach(canvas.current!, panel.current!);
    return () => host.detach();
  }, [host]);
  return (
    <div className="flow">
      <div className="flow-toolbar" role="toolbar" aria-label={t('flow.toolbar')}>
        <button type="button" onClick={() => host.undo()} disabled={!state.canUndo} aria-keyshortcuts="Control+Z">
          {t('flow.undo')}
        </button>
        <button type="button" onClick={() => host.redo()} disabled={!state.canRedo} aria-keyshortcuts="Control+Y">
          {t('flow.redo')}
        </button>
        {state.status === 'opening' && <span role="status">{t('flow.opening')}</span>}
      </div>
      {state.status === 'error' && (
        <p className="flow-error" role="alert">
          {t('flow.error', { error: state.error ?? '' })}
        </p>
      )}
      <div className="flow-body">
        <section className="flow-canvas" ref={canvas} aria-label={t('flow.canvas')} />
        <aside className="flow-panel" ref={panel} aria-label={t('flow.properties')} />
      </div>
    </div>
  );
}
