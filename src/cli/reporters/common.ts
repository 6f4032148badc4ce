/// <reference types="node" />
import type { YasnoMessage } from '../../index.js';

export type Level = 'error' | 'warning' | 'info';

export const levelOf = (m: YasnoMessage): Level => (m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info');
export const LEVEL_NAMES: Record<Level, string> = { error: 'ошибка', warning: 'предупреждение', info: 'подсказка' };
export const DOCS_URL = 'https://github.com/yasno-linter/yasno/blob/main/README.md#';

/** Line breaks inside a message would break line-oriented formats. */
export const oneLine = (s: string) => s.replace(/\s*\r?\n\s*/g, ' ');

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function count(messages: YasnoMessage[], into: Counts = { errors: 0, warnings: 0, infos: 0 }): Counts {
  for (const m of messages) {
    const level = levelOf(m);
    if (level === 'error') into.errors++;
    else if (level === 'warning') into.warnings++;
    else into.infos++;
  }
  return into;
}
