import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.RONGTONG_API_URL ?? 'http://localhost:3000';
const reactRouterProduction = path.join(
  path.dirname(createRequire(import.meta.url).resolve('react-router')),
  '../production/index.mjs',
);

// The API serves the built app from dist/web at `/`; in development Vite serves it and
// passes the API's paths through, so the app always talks to one origin.
export default defineConfig(({ mode }) => ({
  root,
  plugins: [react()],
  resolve: {
    // react-router's package points every bundler at its development build (warnings and
    // checks included); a production build takes the production one.
    alias: mode === 'production' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 700,
    // .vite/manifest.json: which chunks each page needs, for the API to preload them with the HTML.
    manifest: true,
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api },
    },
  },
}));
