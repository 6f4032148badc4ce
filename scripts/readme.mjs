#!/usr/bin/env node
// README.md = docs/readme/*.md in order, with the rule table generated from the rules' meta and
// the dictionaries, so that the docs and the code cannot drift apart. Needs a build (dist/).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const SEVERITY = { error: 'ошибка', warn: 'предупреждение', info: 'подсказка' };

export async function renderReadme() {
  const { rules } = await import(pathToFileURL(join(root, 'dist/rules/index.js')).href);
  const { entriesFor } = await import(pathToFileURL(join(root, 'dist/src/dict/index.js')).href);
  const parts = readdirSync(join(root, 'docs/readme')).filter((f) => f.endsWith('.md')).sort();
  const table = [
    '## Правила',
    '',
    'Идентификаторы — из `TAXONOMY.md`; они же используются в настройках, в комментариях `yasno-disable` и в выводе.',
    'Подробности по любому правилу: `npx yasno --explain <id>`.',
    '',
    '| id | пункт | что проверяет | уровень | документы | записей в словаре |',
    '|---|---|---|---|---|---|',
    ...rules.map((r) => {
      const m = r.meta;
      const entries = entriesFor(m.id).length;
      return `| \`${m.id}\` | ${m.point} | ${m.title} | ${SEVERITY[m.severity]} | ${m.kinds.join(', ')} | ${entries || '—'} |`;
    }),
    '',
  ].join('\n');
  const chunks = parts.map((f) => readFileSync(join(root, 'docs/readme', f), 'utf8').trimEnd() + '\n');
  // the rule table goes right after the quick start
  return [chunks[0], table, ...chunks.slice(1)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(join(root, 'README.md'), await renderReadme());
  console.log('README.md обновлён');
}
