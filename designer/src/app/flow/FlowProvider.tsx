import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useDesigner, useStore } from '../store/useStore';
import type { ModelerHost, ModelerHostOptions } from './ModelerHost';
import { cauceDraftOf, flowDraftOf } from './draftPorts';
import { useModelerHost } from './useModelerHost';

const Context = createContext<ModelerHost | undefined>(undefined);

/**
 * One ModelerHost for the open draft, shared by the flow's tabs (Flujo draws it, Esquema lists it) and alive while
 * the editor is: the diagram, its undo history and its lint outlive a change of tab. A new host per procedure and
 * per UI language (the panel's strings are fixed when the modeler is made).
 * @public
 */
export function FlowProvider(props: { children: ReactNode }): ReactNode {
  const { draft, session } = useDesigner();
  const id = useStore(draft, (s) => s.id);
  const language = useStore(session, (s) => s.language);
  const options = useMemo<ModelerHostOptions | undefined>(
    () =>
      id === undefined
        ? undefined
        : { draft: flowDraftOf(draft), procedureId: id, cauce: { draft: cauceDraftOf(draft), language } },
    [draft, id, language],
  );
  const host = useModelerHost(options);
  return <Context.Provider value={host}>{props.children}</Context.Provider>;
}

/** The open draft's ModelerHost (undefined while bpmn-js loads). @public */
export function useFlowHost(): ModelerHost | undefined {
  return useContext(Context);
}
