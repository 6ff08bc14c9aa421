import { useSyncExternalStore, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { useSelectTarget } from '../store/useStore';
import { FlowCanvas } from './FlowCanvas';
import { useFlowHost } from './FlowProvider';

/**
 * The Flujo tab: the open draft's diagram and properties panel (FlowCanvas over the editor's ModelerHost); a
 * finding's element sent with `select(target)` is selected and its properties shown once the diagram is open.
 * @public
 */
export function FlowTab(): ReactNode {
  const t = useT();
  const host = useFlowHost();
  const ready = useSyncExternalStore(
    host?.subscribe ?? noSubscription,
    () => host?.getSnapshot().status === 'ready',
    () => false,
  );
  useSelectTarget('flujo', (target) => target.elementId && host?.select(target.elementId), ready);
  if (!host) return <p role="status">{t('flow.opening')}</p>;
  return <FlowCanvas host={host} t={t} />;
}

// helpers
const noSubscription = () => () => {};
