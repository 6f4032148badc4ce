/// <reference types="node" />
// `--explain <id>` and `--rules`: the rule docs from the same objects the linter runs (rule meta,
// dictionary entries with their examples), so the docs cannot drift from the checks.
import type { Chalk } from 'chalk';
import type { RuleSetting } from '../index.js';
import { CliConfigError } from './config.js';
import { LEVEL_NAMES } from './reporters/common.js';

type Library = typeof import('../node/index.js');
type Painter = InstanceType<typeof Chalk>;

const KIND_NAMES: Record<string, string> = { reply: 'ответ', notice: 'уведомление', call: 'звонок' };
const SEVERITY_NAMES: Record<string, string> = { error: LEVEL_NAMES.error, warn: LEVEL_NAMES.warning, info: LEVEL_NAMES.info, off: 'выключено' };

const mark = (text: string, chalk: Painter) => text.replace(/\[\[(.+?)\]\]/g, (_, span: string) => (chalk.level > 0 ? chalk.underline.red(span) : `[${span}]`));

export function explain(library: Library, id: string, chalk: Painter): string {
  const rule = library.rules.find((r) => r.meta.id === id);
  if (!rule) {
    const near = library.nearestName(id, library.rules.map((r) => r.meta.id));
    throw new CliConfigError('--explain', `неизвестное правило «${id}»${near ? ` — может быть, «${near}»?` : ''} Список правил: yasno --rules`);
  }
  const m = rule.meta;
  const lines = [
    `${chalk.bold(m.id)} — ${m.title}`,
    `Уровень: ${SEVERITY_NAMES[m.severity]}. Документы: ${m.kinds.map((k) => KIND_NAMES[k] ?? k).join(', ')}.`,
    '',
    `${chalk.bold(`${m.point} правил:`)} «${m.quote}»`,
    '',
    m.description,
  ];
  const options = Object.entries(m.options ?? {});
  if (options.length) {
    lines.push('', chalk.bold('Параметры (по умолчанию):'));
    for (const [key, value] of options) lines.push(`  ${key}: ${JSON.stringify(value)}`);
  }
  const examples = (title: string, items: string[] | undefined) => {
    if (!items?.length) return;
    lines.push('', chalk.bold(title));
    for (const item of items) lines.push(`  • ${mark(item, chalk)}`);
  };
  examples('Так писать не надо:', m.examples?.incorrect);
  examples('Так лучше:', m.examples?.correct);
  const entries = library.entriesFor(m.id);
  if (entries.length) {
    lines.push('', chalk.bold(`Словарь правила (${entries.length}):`));
    for (const e of entries) {
      const first = e.examples.incorrect[0];
      const better = e.suggestions[0];
      lines.push(`  • ${e.patterns[0]} — ${e.explanation}${better ? `. Лучше: «${better}»` : ''}`);
      if (first) lines.push(`      ${chalk.red('не надо:')} ${mark(first, chalk)}`);
      if (e.examples.correct[0]) lines.push(`      ${chalk.green('лучше:')} ${e.examples.correct[0]}`);
    }
  }
  lines.push('', `Подробнее: https://github.com/yasno-linter/yasno/blob/main/README.md#${m.id}`);
  return lines.join('\n') + '\n';
}

export function listRules(library: Library, settings: Record<string, RuleSetting> | undefined, chalk: Painter): string {
  const rows = library.rules.map((r) => {
    const setting = settings?.[r.meta.id];
    const severity = typeof setting === 'string' ? setting : Array.isArray(setting) ? setting[0] : (setting?.severity ?? r.meta.severity);
    return { id: r.meta.id, severity: SEVERITY_NAMES[severity] ?? severity, point: r.meta.point, title: r.meta.title };
  });
  const idWidth = Math.max(...rows.map((r) => r.id.length), 'правило'.length);
  const sevWidth = Math.max(...rows.map((r) => r.severity.length), 'уровень'.length);
  const pointWidth = Math.max(...rows.map((r) => r.point.length), 'пункт'.length);
  const lines = [chalk.bold(`${'правило'.padEnd(idWidth)}  ${'уровень'.padEnd(sevWidth)}  ${'пункт'.padEnd(pointWidth)}  название`)];
  for (const r of rows) lines.push(`${r.id.padEnd(idWidth)}  ${r.severity.padEnd(sevWidth)}  ${r.point.padEnd(pointWidth)}  ${r.title}`);
  lines.push('', `Правил: ${rows.length}. Описание правила с примерами: yasno --explain <правило>`);
  return lines.join('\n') + '\n';
}
