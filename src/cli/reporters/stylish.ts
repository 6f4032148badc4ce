/// <reference types="node" />
// The terminal report, as ESLint's and retext's «stylish»: the file, then one line per finding
// (place, severity, message, rule id) in aligned columns, then a summary.
import type { Chalk } from 'chalk';
import type { FileResult } from '../types.js';
import { errorsWord, filesWord, hintsWord, problemsWord, warningsWord } from '../plural.js';
import { count, LEVEL_NAMES, levelOf, oneLine, type Level } from './common.js';

const formatScore = (score: number) => score.toFixed(1).replace('.', ',');

export function stylish(results: FileResult[], chalk: InstanceType<typeof Chalk>): string {
  const paint: Record<Level, (s: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const lines: string[] = [];
  const totals = count([]);
  const checked = results.filter((r) => !r.error);
  for (const result of checked) {
    count(result.messages, totals);
    if (result.messages.length === 0) continue;
    lines.push(chalk.underline(result.path));
    const rows = result.messages.map((m) => {
      const { start, end } = m.place;
      const level = levelOf(m);
      return { place: `${start.line}:${start.column}-${end.line}:${end.column}`, level, text: oneLine(m.reason), rule: m.ruleId };
    });
    const placeWidth = Math.max(...rows.map((r) => r.place.length));
    const levelWidth = Math.max(...rows.map((r) => LEVEL_NAMES[r.level].length));
    for (const row of rows) {
      lines.push(`  ${chalk.dim(row.place.padEnd(placeWidth))}  ${paint[row.level](LEVEL_NAMES[row.level].padEnd(levelWidth))}  ${row.text}  ${chalk.dim(row.rule)}`);
    }
    if (result.readability && checked.length > 1) lines.push(`  ${chalk.dim(`читаемость: ${formatScore(result.readability.score)} — ${result.readability.band}`)}`);
    if (result.fixed) lines.push(`  ${chalk.green(`исправлено автоматически: ${result.fixed}`)}`);
    lines.push('');
  }
  for (const result of checked) {
    if (result.messages.length === 0 && result.fixed) lines.push(`${chalk.underline(result.path)}`, `  ${chalk.green(`исправлено автоматически: ${result.fixed}, замечаний больше нет`)}`, '');
  }

  const total = totals.errors + totals.warnings + totals.infos;
  const parts = [errorsWord(totals.errors), warningsWord(totals.warnings)];
  if (totals.infos) parts.push(hintsWord(totals.infos));
  if (total > 0) {
    const mark = totals.errors ? chalk.red.bold('✖') : chalk.yellow.bold('⚠');
    lines.push(`${mark} ${problemsWord(total)} (${parts.join(', ')})${checked.length > 1 ? ` в ${filesWord(checked.length)}` : ''}`);
  } else if (checked.length > 0) {
    lines.push(`${chalk.green('✔')} Замечаний нет${checked.length > 1 ? ` (проверено: ${filesWord(checked.length)})` : ''}`);
  }
  if (checked.length === 1 && checked[0].readability) {
    const r = checked[0].readability;
    lines.push(`Читаемость: ${formatScore(r.score)} — ${r.band}`);
  } else if (checked.length > 1) {
    const scored = checked.filter((r) => r.readability && r.readability.words > 0);
    if (scored.length) {
      const mean = scored.reduce((s, r) => s + r.readability!.score, 0) / scored.length;
      lines.push(`Читаемость в среднем: ${formatScore(Math.round(mean * 10) / 10)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
