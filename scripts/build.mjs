#!/usr/bin/env node
// The whole build: dictionaries and the spelling automaton are compiled into generated modules,
// then TypeScript is compiled to dist/ and the generated JS is copied beside it. Runs on `npm ci`
// (prepare), so a fresh clone needs no extra step.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules/.cache/yasno');
mkdirSync(cache, { recursive: true });

const started = Date.now();
// build-time scripts are TypeScript that shares code with src/: bundle them for Node first
await build({
  entryPoints: [join(root, 'scripts/build-dictionaries.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: join(cache, 'build-dictionaries.mjs'),
  packages: 'external',
  logLevel: 'warning',
});
const { buildDictionaries } = await import(pathToFileURL(join(cache, 'build-dictionaries.mjs')).href + `?t=${Date.now()}`);
const stats = await buildDictionaries(root);
const quiet = process.argv.includes('--quiet');
if (!quiet) {
  console.log(`словари: ${stats.files} файлов, ${stats.entries} записей, ${stats.patterns} шаблонов, ${stats.forms} словоформ`);
  for (const w of stats.warnings) console.log(`  предупреждение: ${w}`);
}

if (existsSync(join(root, 'scripts/build-spelling.mjs'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build-spelling.mjs')], { stdio: quiet ? 'ignore' : 'inherit', cwd: root });
}

if (process.argv.includes('--data-only')) process.exit(0);

rmSync(join(root, 'dist'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
// generated data modules are plain JS: copy them beside the compiled code
const generated = join(root, 'src/generated');
for (const f of readdirSync(generated)) {
  if (f.endsWith('.js')) cpSync(join(generated, f), join(root, 'dist/src/generated', f));
}
if (!quiet) console.log(`сборка: ${((Date.now() - started) / 1000).toFixed(1)} с`);
