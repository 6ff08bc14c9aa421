import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, type ViteDevServer } from 'vite';

/** A Vite dev server for the flow's harness page (test/flow/harness.html). @internal */
export interface FlowHarnessServer {
  /** the harness page's URL */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the designer's sources with Vite (React plugin, no config file) so a Chromium test can open the Flujo tab
 * on an in-memory draft. bpmn-js and the panel are pre-bundled up front, so the first load does not stop to
 * re-optimise ("504 Outdated Optimize Dep").
 * @internal
 */
export async function startFlowHarness(): Promise<FlowHarnessServer> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const server: ViteDevServer = await createServer({
    root,
    configFile: false,
    plugins: [react()],
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    optimizeDeps: {
      entries: ['test/flow/harness.html'],
      include: [
        'bpmn-js/lib/Modeler',
        'bpmn-js-properties-panel',
        '@bpmn-io/properties-panel',
        '@bpmn-io/properties-panel/preact',
        'camunda-bpmn-js-behaviors/lib/camunda-platform',
        'react',
        'react-dom/client',
      ],
    },
  });
  await server.listen();
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the harness server has no address');
  return { url: `${address}test/flow/harness.html`, close: () => server.close() };
}
