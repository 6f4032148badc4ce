#!/usr/bin/env node
// npm run bench: speed and memory of the built project, as medians and ratios measured in one run
// (the machines are shared and noisy, so absolute times alone mean little). Not a test.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(pathToFileURL(join(root, 'dist/src/node/index.js')).href);
const { unified } = await import('unified');
const retextLatin = (await import('retext-latin')).default;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))];
};
const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} мс`;
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);

// Varied Russian official text: every letter we have (fixtures, the labelled sample), paragraphs
// shuffled deterministically into ~2 KB documents until there is about 1 MB.
function letters() {
  const out = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(f)) out.push(readFileSync(p, 'utf8'));
    }
  };
  if (existsSync(join(root, 'fixtures'))) walk(join(root, 'fixtures'));
  const corpus = join(root, '..', 'shared', 'corpus', 'dev.jsonl');
  if (existsSync(corpus)) for (const line of readFileSync(corpus, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line).text);
  return out;
}
const paragraphs = letters().flatMap((t) => t.replace(/\r\n?/g, '\n').split(/\n\s*\n/)).filter((p) => p.trim().length > 20);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const docs = [];
let total = 0;
while (total < 1_000_000) {
  let doc = 'Уважаемая Анна Сергеевна!\n\n';
  while (doc.length < 2000) doc += paragraphs[Math.floor(rand() * paragraphs.length)] + '\n\n';
  doc += 'С уважением,\nотдел выплат';
  docs.push(doc);
  total += doc.length;
}
const megabytes = Buffer.byteLength(docs.join(''), 'utf8') / 1e6;

const linter = lib.createLinter();
await linter.load();

// 1. the floor: the Latin-script parser alone
const bare = unified().use(retextLatin);
for (const d of docs.slice(0, 20)) bare.parse(d);
let t0 = performance.now();
for (const d of docs) bare.parse(d);
const parseMs = performance.now() - t0;
row('разбор retext-latin (пол)', `${(megabytes / (parseMs / 1000)).toFixed(2)} МБ/с`, `${docs.length} документов, ${megabytes.toFixed(2)} МБ`);

// 2. our parser (retext-latin + the Russian plugin + the document model)
t0 = performance.now();
for (const d of docs) lib.parse(d);
const oursMs = performance.now() - t0;
row('разбор yasno (с русским плагином)', `${(megabytes / (oursMs / 1000)).toFixed(2)} МБ/с`, `×${(oursMs / parseMs).toFixed(1)} к retext-latin`);

// 3. full lint
for (const d of docs.slice(0, 20)) linter.lintSync(d);
t0 = performance.now();
for (const d of docs) linter.lintSync(d);
const lintMs = performance.now() - t0;
row('полная проверка', `${(megabytes / (lintMs / 1000)).toFixed(2)} МБ/с`, `×${(lintMs / parseMs).toFixed(1)} к retext-latin`);

// 4. warm latency of a 300-word reply
const words = (s) => s.split(/\s+/).filter(Boolean).length;
let reply = 'Уважаемая Анна Сергеевна!\n\n';
for (let i = 0; words(reply) < 300; i++) reply += paragraphs[(i * 7) % paragraphs.length] + '\n\n';
reply += 'С уважением,\nотдел выплат';
const times = [];
for (let i = 0; i < 300; i++) {
  const s = performance.now();
  linter.lintSync(reply);
  times.push(performance.now() - s);
}
row('ответ на 300 слов, тёплый запуск', `p50 ${ms(pct(times, 50))}, p99 ${ms(pct(times, 99))}`, `${words(reply)} слов`);

const offSpelling = lib.createLinter({ rules: lib.rules.some((r) => r.meta.id === 'spelling') ? { spelling: 'off' } : {} });
await offSpelling.load();
const timesNoSpell = [];
for (let i = 0; i < 300; i++) {
  const s = performance.now();
  offSpelling.lintSync(reply);
  timesNoSpell.push(performance.now() - s);
}
row('  то же без орфографии', `p50 ${ms(pct(timesNoSpell, 50))}`, `орфография добавляет ${ms(pct(times, 50) - pct(timesNoSpell, 50))}`);

// 5. live checking: one-character edits (typing and deleting, in the middle of the letter) in a
// 2 000-word letter and in the 300-word reply, once loaded and warmed up; against a full lint of the
// same text. Each edit is its own event-loop turn, as keystrokes are in an editor (V8 then collects
// the young generation between turns, as it does between keystrokes); the time is the update's.
if (typeof lib.createLiveLinter === 'function') {
  const editsOf = async (text, n) => {
    const live = await lib.createLiveLinter();
    live.update(text);
    const times = [];
    for (let i = 0; i < n + 50; i++) {
      const at = Math.floor(text.length / 2) + (i % 50);
      text = text.slice(0, at) + (i % 2 ? 'а' : '') + text.slice(at + (i % 2 ? 0 : 1));
      await new Promise((resolve) => setImmediate(resolve));
      const s = performance.now();
      live.update(text);
      if (i >= 50) times.push(performance.now() - s);
    }
    const full = [];
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      linter.lintSync(text);
      full.push(performance.now() - s);
    }
    return { times, full: median(full) };
  };
  let letter = 'Уважаемая Анна Сергеевна!\n\n';
  for (let i = 0; words(letter) < 2000; i++) letter += paragraphs[(i * 11) % paragraphs.length] + '\n\n';
  letter += 'С уважением,\nотдел выплат';
  const big = await editsOf(letter, 500);
  row('правка одного символа в письме на 2 000 слов', `p50 ${ms(pct(big.times, 50))}, p99 ${ms(pct(big.times, 99))}`, `500 правок; полная проверка ${ms(big.full)}, ×${(big.full / pct(big.times, 50)).toFixed(0)} к p50`);
  const small = await editsOf(reply, 500);
  row('правка одного символа в ответе на 300 слов', `p50 ${ms(pct(small.times, 50))}, p99 ${ms(pct(small.times, 99))}`, `500 правок; полная проверка ${ms(small.full)}`);
}

// 6. growth with input size: one document of 1× and 10× (must stay close to 10×)
const one = docs.slice(0, 10).join('\n\n');
const ten = docs.slice(0, 100).join('\n\n');
const timeOf = (text) => {
  const xs = [];
  // median of seven: one garbage collection of the large run would otherwise decide the ratio
  for (let i = 0; i < 7; i++) {
    const s = performance.now();
    linter.lintSync(text);
    xs.push(performance.now() - s);
  }
  return median(xs);
};
const t1 = timeOf(one);
const t10 = timeOf(ten);
row('рост времени 1× → 10× входа', `×${(t10 / t1).toFixed(1)}`, `${ms(t1)} → ${ms(t10)}`);

// 7. cold CLI start against `node -e 0`, and peak memory
const runs = (args, n = 9, command = process.execPath) => {
  const xs = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    spawnSync(command, args, { cwd: root, stdio: 'ignore' });
    xs.push(performance.now() - s);
  }
  return median(xs);
};
const nodeStart = runs(['-e', '0']);
if (existsSync(join(root, 'bin/yasno.js')) && existsSync(join(root, 'dist/src/cli'))) {
  const example = existsSync(join(root, 'fixtures/example.txt')) ? 'fixtures/example.txt' : null;
  if (example) {
    // run the executable as a user does (its shebang sets the V8 flags)
    const cli = runs([example], 9, join(root, 'bin/yasno.js'));
    row('холодный запуск CLI на коротком черновике', ms(cli), `node -e 0: ${ms(nodeStart)}, ×${(cli / nodeStart).toFixed(1)}, сверх node: ${ms(cli - nodeStart)}`);
    const mem = spawnSync('/usr/bin/env', ['bash', '-c', `command -v /usr/bin/time >/dev/null && /usr/bin/time -f %M ${join(root, 'bin/yasno.js')} ${example} 2>&1 >/dev/null | tail -1`], { cwd: root, encoding: 'utf8' });
    if (/^\d+$/.test(mem.stdout.trim())) row('  пиковая память CLI (RSS)', `${(Number(mem.stdout.trim()) / 1024).toFixed(0)} МБ`);
    const config = join(root, 'bench/no-spelling.json');
    if (existsSync(config) && lib.rules.some((r) => r.meta.id === 'spelling')) {
      const cliNoSpell = runs(['--config', config, example], 9, join(root, 'bin/yasno.js'));
      row('  то же без орфографии', ms(cliNoSpell), `орфография добавляет ${ms(cli - cliNoSpell)}`);
    }
  }
}
const sample = join(tmpdir(), `yasno-bench-${process.pid}.txt`);
writeFileSync(sample, docs.slice(0, 50).join('\n\n'));
const rss = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', `
    const lib = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/src/node/index.js')).href)});
    const { readFileSync } = await import('node:fs');
    await lib.lint(readFileSync(${JSON.stringify(sample)}, 'utf8'));
    console.log(process.resourceUsage().maxRSS);
  `],
  { cwd: root, encoding: 'utf8' },
);
rmSync(sample, { force: true });
const rssMb = Number(rss.stdout.trim()) / 1024;
const baseRss = spawnSync(process.execPath, ['-e', 'console.log(process.resourceUsage().maxRSS)'], { encoding: 'utf8' });
row('пиковая память (RSS) при проверке 100 КБ', `${rssMb.toFixed(0)} МБ`, `node -e 0: ${(Number(baseRss.stdout.trim()) / 1024).toFixed(0)} МБ`);

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`yasno bench — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value}${note ? `  (${note})` : ''}`);
