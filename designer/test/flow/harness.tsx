import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { FlowCanvas } from '../../src/app/flow/FlowCanvas';
import { flow } from '../../src/app/flow/i18n';
import type { FlowDraft } from '../../src/app/flow/FlowDraft';
import type { ModelerHost, ModelerHostOptions } from '../../src/app/flow/ModelerHost';
import { useModelerHost } from '../../src/app/flow/useModelerHost';

// A page that mounts the Flujo tab on an in-memory draft, for the flow's Chromium tests (flowHarness.ts serves it
// with Vite). The draft's files and the host are on window.harness for the test to read and drive.

const files: Record<string, string> = JSON.parse(sessionStorage.getItem('harness.files') ?? '{}');
const listeners = new Set<() => void>();
const draft: FlowDraft = {
  getXml: () => files['process.bpmn'] ?? '',
  setXml: (xml) => {
    files['process.bpmn'] = xml;
    for (const listener of [...listeners]) listener();
  },
  subscribe: (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
const harness: { files: Record<string, string>; host?: ModelerHost; draft: FlowDraft } = { files, draft };
(window as any).harness = harness;

const t = (key: string, vars: Record<string, string> = {}) =>
  ((flow.es as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

function App() {
  const options = useMemo<ModelerHostOptions>(
    () => ({
      draft,
      procedureId: 'harness',
      saveDelayMs: 50,
      cauce: {
        language: 'es',
        draft: {
          formPaths: () =>
            Object.keys(files)
              .filter((p) => p.startsWith('forms/'))
              .sort(),
          formFields: (path) => Object.keys(JSON.parse(files[path] ?? '{}').properties ?? {}),
          createForm: (stepId) => {
            const path = `forms/${stepId}.schema.json`;
            files[path] = JSON.stringify({ type: 'object', properties: {} });
            return path;
          },
        },
      },
    }),
    [],
  );
  const host = useModelerHost(options);
  harness.host = host;
  if (!host) return <p>…</p>;
  return <FlowCanvas host={host} t={t} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
