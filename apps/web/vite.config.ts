import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { webAliases } from './web-aliases.js';

const here = import.meta.dirname;
const apiPort = process.env.KINDLING_API_PORT ?? '3000';

/** Two pages: the app (index.html) and the bundled GraphiQL (graphiql.html), both served by the API. */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  // Exact matches: '@kindling/web/data-access' must not swallow '@kindling/web/data-access/testing'.
  resolve: { alias: Object.entries(webAliases).map(([find, replacement]) => ({ find: new RegExp(`^${find.replace(/[/.]/g, '\\$&')}$`), replacement })) },
  build: {
    outDir: path.resolve(here, '../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    rollupOptions: {
      input: { index: path.resolve(here, 'index.html'), graphiql: path.resolve(here, 'graphiql.html') },
      onwarn(warning, warn) {
        // react-compiler-runtime (used by GraphiQL) marks itself "use no memo"; harmless when bundled.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    port: 4200,
    // ws: subscriptions (graphql-ws) share the path
    proxy: { '/graphql': { target: `http://localhost:${apiPort}`, changeOrigin: false, ws: true } },
  },
});
