#!/usr/bin/env node
// Speed check for the compiled speller (not a test: timings are noisy).
// Requires src/generated/spelling-data.js: run `node scripts/build-spelling.mjs` first.
// Usage: node scripts/bench-spelling.mjs
import { build } from 'esbuild';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataUrl = pathToFileURL(join(root, 'src/generated/spelling-data.js')).href;

// Bundle the TS sources but keep the data module external, so that its
// import is timed as part of loadSpeller() exactly as in production.
const result = await build({
  entryPoints: [join(root, 'src/spelling/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  plugins: [
    {
      name: 'external-data',
      setup(b) {
        b.onResolve({ filter: /spelling-data\.js$/ }, () => ({ path: dataUrl, external: true }));
      },
    },
  ],
});
const dir = await mkdtemp(join(tmpdir(), 'yasno-spell-'));
const file = join(dir, 'speller.mjs');
await writeFile(file, result.outputFiles[0].text);

const rssBefore = process.memoryUsage().rss;
const mod = await import(pathToFileURL(file).href);
const t0 = performance.now();
const speller = await mod.loadSpeller();
const loadMs = performance.now() - t0;
const rssAfter = process.memoryUsage().rss;

const words = [
  'заявление', 'ежемесячная', 'компенсации', 'многодетной', 'Новосибирской', 'обьявление',
  'пожалуста', 'расчитать', 'рассчитать', 'какой-либо', 'по-прежнему', 'северо-западный',
  'госпошлина', 'реабилитированному', 'Российской', 'Федерации', 'выплата', 'назначена',
  'уведомляем', 'социальной', 'защиты', 'населения', 'пенсионного', 'фонда',
];
let sink = 0;
for (let i = 0; i < 20000; i++) for (const w of words) sink += speller.correct(w) ? 1 : 0;
const N = 200000;
const t1 = performance.now();
for (let i = 0; i < N; i++) for (const w of words) sink += speller.correct(w) ? 1 : 0;
const usPerCheck = ((performance.now() - t1) * 1000) / (N * words.length);

const plain = words.filter((w) => !w.includes('-')).map((w) => w.toLowerCase());
const t2 = performance.now();
for (let i = 0; i < N; i++) for (const w of plain) sink += speller.correct(w) ? 1 : 0;
const usPlain = ((performance.now() - t2) * 1000) / (N * plain.length);

const t3 = performance.now();
const sugg = ['обьявление', 'пожалуста', 'расчитать', 'компенсацыя', 'заявлние'].map((w) => [w, speller.suggest(w)]);
const suggestMs = (performance.now() - t3) / 5;

const mb = (n) => (n / 1024 / 1024).toFixed(1) + ' MB';
console.log(`load (import + decode): ${loadMs.toFixed(1)} ms`);
console.log(`correct(): ${usPerCheck.toFixed(2)} µs/word (mixed), ${usPlain.toFixed(2)} µs/word (lower-case simple words)`);
console.log(`suggest(): ${suggestMs.toFixed(1)} ms/word`);
for (const [w, s] of sugg) console.log(`  ${w} → ${s.join(', ')}`);
console.log(`RSS: ${mb(rssBefore)} before load, ${mb(rssAfter)} after load, peak ${mb(process.resourceUsage().maxRSS * 1024)}`);
if (sink < 0) console.log(sink);
await rm(dir, { recursive: true, force: true });
