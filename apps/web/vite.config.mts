import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const apiTarget = process.env.PUENTE_API_URL ?? 'http://localhost:3000';

// Built into dist/apps/web and served by the API on its own port; `npm run dev:web` serves it with
// hot reload and proxies the API routes, so the browser sees one origin either way.
export default defineConfig({
  root: resolve(import.meta.dirname),
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, '../../dist/apps/web'), emptyOutDir: true, sourcemap: true },
  server: {
    port: 4200,
    proxy: { '/api': apiTarget, '/health': apiTarget },
  },
});
