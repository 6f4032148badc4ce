#!/usr/bin/env node
// npm run build:browser → dist/browser/: the library as one ES module for browsers (yasno.js) with
// lazily loaded chunks (the spelling automaton, Az.js), and the morphology dictionary beside it in
// az-dicts/ (src/index.ts fetches it from there). Prints the sizes (minified and gzip) and writes
// them to dist/browser/sizes.json. The compiled data in src/generated/ must exist (npm run build).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/browser');

if (!existsSync(join(root, 'src/generated/dictionaries.js')) || !existsSync(join(root, 'src/generated/spelling-data.js'))) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--data-only', '--quiet'], { stdio: 'inherit', cwd: root });
}

rmSync(out, { recursive: true, force: true });
const result = await build({
  entryPoints: { yasno: join(root, 'src/index.ts') },
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
  splitting: true,
  minify: true,
  // Cyrillic as UTF-8, not \uXXXX escapes: half the size of the dictionaries
  charset: 'utf8',
  legalComments: 'none',
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
});

// the morphology dictionary, fetched by src/index.ts from ./az-dicts/ beside the bundle
cpSync(join(root, 'node_modules/az/dicts'), join(out, 'az-dicts'), { recursive: true });

// what a page loads up front (the entry and the chunks it imports statically), and the lazy parts
const outputs = result.metafile.outputs;
const key = (file) => relative(root, file).split('\\').join('/');
const entry = Object.keys(outputs).find((f) => outputs[f].entryPoint);
const core = new Set();
const visit = (file) => {
  if (core.has(file)) return;
  core.add(file);
  for (const i of outputs[file].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
};
visit(entry);
const sizeOf = (files) => {
  let min = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(join(root, f));
    min += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { files: files.map((f) => relative(out, join(root, f))), min, gzip };
};
const js = Object.keys(outputs).filter((f) => f.endsWith('.js'));
const lazy = js.filter((f) => !core.has(f));
const by = (re) => lazy.filter((f) => Object.keys(outputs[f].inputs).some((i) => re.test(i)));
const spelling = by(/spelling-data/);
const az = by(/generated\/az\.js/);
const dicts = readdirSync(join(out, 'az-dicts')).map((f) => key(join(out, 'az-dicts', f)));
const sizes = {
  core: sizeOf([...core].map(key)),
  spelling: sizeOf(spelling.map(key)),
  morphology: sizeOf(az.map(key)),
  morphologyData: sizeOf(dicts),
  other: sizeOf(lazy.filter((f) => !spelling.includes(f) && !az.includes(f)).map(key)),
};
writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes, null, 2) + '\n');

const kb = (n) => `${(n / 1024).toFixed(0)} КБ`;
const rows = [
  ['ядро (yasno.js и его статические части)', sizes.core],
  ['орфография (ленивый кусок)', sizes.spelling],
  ['Az.js (ленивый кусок)', sizes.morphology],
  ['словарь морфологии az-dicts/ (fetch)', sizes.morphologyData],
];
if (!process.argv.includes('--quiet')) {
  console.log(`dist/browser: ${js.length} файлов JS`);
  for (const [name, s] of rows) console.log(`  ${name.padEnd(42)} ${kb(s.min).padStart(8)} мин., ${kb(s.gzip).padStart(7)} gzip`);
}
if (sizes.core.gzip > 1024 * 1024) {
  console.error(`ядро больше 1 МБ в gzip (${kb(sizes.core.gzip)})`);
  process.exit(1);
}
