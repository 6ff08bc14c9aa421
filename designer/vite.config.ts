import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The designer is served at /disenador/ by the designerApp() fastify plugin (src/server), which builds it when
 * stale. In dev (`pnpm dev`), the Vite server proxies /api to a running Cauce (CAUCE_URL, default
 * http://localhost:3000).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/disenador/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // bpmn-js's modeler with its panel is ~450 kB gz by itself (DEPENDENCY-NOTES): the bench watches the total
    chunkSizeWarningLimit: 2500,
    // no inline data: URIs for assets, so the CSP needs no `data:` for fonts (bpmn-font) or images
    assetsInlineLimit: 0,
  },
  server: { proxy: { '/api': process.env.CAUCE_URL ?? 'http://localhost:3000' } },
  logLevel: 'warn',
});
