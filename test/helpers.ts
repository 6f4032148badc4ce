// Shared helpers for tests: marked examples and linting with one rule switched on.
import { createLinter } from '../src/node/index.js';
import type { LintOptions, LintResult, RuleSetting, YasnoMessage } from '../src/types.js';
import { rules } from '../rules/index.js';

/** «Ваше заявление [[принято в обработку]].» → the text and the marked span. */
export function unmark(example: string): { text: string; start: number; end: number } {
  const start = example.indexOf('[[');
  const end = example.indexOf(']]');
  if (start < 0 || end < start) return { text: example, start: -1, end: -1 };
  return { text: example.slice(0, start) + example.slice(start + 2, end) + example.slice(end + 2), start, end: end - 2 };
}

const linter = createLinter();

/** Lints with only the named rules on (the others off). */
export async function lintOnly(text: string, ids: string | string[], options: LintOptions = {}): Promise<YasnoMessage[]> {
  const on = new Set(Array.isArray(ids) ? ids : [ids]);
  const settings: Record<string, RuleSetting> = {};
  for (const r of rules) if (!on.has(r.meta.id)) settings[r.meta.id] = 'off';
  for (const [id, s] of Object.entries(options.rules ?? {})) settings[id] = s;
  const result = await linter.lint(text, { ...options, rules: settings });
  return result.messages.filter((m) => on.has(m.ruleId));
}

export async function lintAll(text: string, options: LintOptions = {}): Promise<LintResult> {
  return linter.lint(text, options);
}

export const spans = (messages: YasnoMessage[]) => messages.map((m) => `${m.ruleId}:${m.actual}`);
