/// <reference types="vitest/config" />
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The API is served by the backend under /api/v1. In development Vite proxies it to
// the backend started with `make run`; in production the backend serves the built SPA itself.
const backend = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:8000';

/**
 * The backend's /api/docs page loads Swagger UI from /swagger-ui/ (api/spa.py), so the build
 * copies those three files from the swagger-ui-dist package into dist/swagger-ui/.
 */
function swaggerUiAssets(): Plugin {
  const files = ['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png'];
  let outDir = 'dist';
  return {
    name: 'swagger-ui-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const source = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
      const target = join(outDir, 'swagger-ui');
      mkdirSync(target, { recursive: true });
      for (const file of files) copyFileSync(join(source, file), join(target, file));
    },
  };
}

export default defineConfig({
  plugins: [react(), swaggerUiAssets()],
  server: {
    proxy: { '/api': { target: backend, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    // No inline polyfill script: keeps the built index.html compatible with a strict CSP.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
  },
});
