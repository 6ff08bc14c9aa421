import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The console is served at /agente/ by the agentConsole() fastify plugin (src/server). In dev (`pnpm dev`), the
 * Vite server proxies /api to a running Cauce (CAUCE_URL, default http://localhost:3000).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/agente/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022', chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': process.env.CAUCE_URL ?? 'http://localhost:3000' } },
  logLevel: 'warn',
});
