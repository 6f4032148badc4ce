// npm run demo / demo:build: the demo page with the library built from the sources. The
// morphology dictionary is copied into the page's public files, so nothing is fetched from
// elsewhere and the page works offline.
import { cpSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const publicDir = join(root, 'node_modules/.cache/yasno/demo-public');
mkdirSync(publicDir, { recursive: true });
cpSync(join(root, 'node_modules/az/dicts'), join(publicDir, 'az-dicts'), { recursive: true });

export default defineConfig({
  root: here,
  base: './',
  publicDir,
  resolve: { alias: { yasno: join(root, 'src/index.ts') } },
  build: { outDir: join(root, 'dist/demo'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 6000 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
