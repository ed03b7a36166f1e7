import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.RONGTONG_API_URL ?? 'http://localhost:3000';
const reactRouterProduction = path.join(
  path.dirname(createRequire(import.meta.url).resolve('react-router')),
  '../production/index.mjs',
);

/**
 * Ant Design's Input (and everything built on it) imports `FormProvider` from
 * @rc-component/form's index, which hangs Field, List, useForm … on the form as properties:
 * side effects the bundler keeps, so every page with a text box carried the whole form
 * library and its async validator (about 15 KB gzip) whether it had a form or not. That one
 * import is taken from the module that defines it.
 */
function formProviderOnly(): Plugin {
  return {
    name: 'rongtong:form-provider-only',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '@rc-component/form' || !importer?.replaceAll('\\', '/').endsWith('antd/es/form/context.js'))
        return null;
      return this.resolve('@rc-component/form/es/FormContext.js', importer, { skipSelf: true });
    },
  };
}

// The API serves the built app from dist/web at `/`; in development Vite serves it and
// passes the API's paths through, so the app always talks to one origin.
export default defineConfig(({ mode }) => ({
  root,
  plugins: [react(), formProviderOnly()],
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
