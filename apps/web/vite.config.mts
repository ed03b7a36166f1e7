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
    rolldownOptions: {
      treeshake: {
        // Ant Design's building blocks (@rc-component/*) do not declare in their package.json
        // that they have no side effects, and some hang parts on a component as properties
        // (@rc-component/form's index: Field, List, useForm …), statements the bundler keeps. So
        // whatever imported one name from such an index carried the whole package: Ant Design's
        // Input (for FormProvider) brought the form library and its async validator (about
        // 15 KB gzip) to pages without a form, Input's base the TextArea. None of them acts on
        // load (no globals, no polyfills, no styles), so their unused parts are dropped like any
        // other dead code.
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]@rc-component[\\/](form|input)[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          // The libraries every page loads first (React, the router, i18next, TanStack Query,
          // Ant Design's core) in one file, cached until the dependencies change, instead of some
          // forty small ones: each file is compressed on its own, and the split cost about
          // 12 KB gzip on every first load (the same code, zipped as one: 303 → 291 KB for search).
          groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/, tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api },
    },
  },
}));
