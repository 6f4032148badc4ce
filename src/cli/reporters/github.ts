/// <reference types="node" />
// GitHub Actions workflow commands: one annotation per finding on the changed file.
// Escaping per the runner's toolkit: data escapes % CR LF; properties also : and ,.
import type { FileResult } from '../types.js';
import { levelOf } from './common.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

export function github(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) {
      lines.push(`::error file=${escapeProperty(r.path)},title=${escapeProperty('yasno: файл не проверен')}::${escapeData(r.error)}`);
      continue;
    }
    for (const m of r.messages) {
      const { start, end } = m.place;
      const props = [
        `file=${escapeProperty(r.path)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`yasno (${m.ruleId})`)}`,
      ];
      lines.push(`::${COMMAND[levelOf(m)]} ${props.join(',')}::${escapeData(m.reason)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
