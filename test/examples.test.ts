// Every example of every dictionary entry and every rule is a test, the LanguageTool way: an
// incorrect example gives exactly one finding of its rule at the marked span; applying the first
// suggestion makes that finding go away; a correct example gives none.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { entriesFor } from '../src/dict/index.js';
import { lintOnly, unmark } from './helpers.js';
import type { Kind, Metadata } from '../src/types.js';

interface Case {
  rule: string;
  source: string;
  incorrect: string[];
  correct: string[];
  suggestion?: string;
  options?: Record<string, unknown>;
  kind?: Kind;
  meta?: Metadata;
}

const cases: Case[] = [];
for (const rule of rules) {
  const ex = rule.meta.examples;
  if (ex) cases.push({ rule: rule.meta.id, source: `rule ${rule.meta.id}`, incorrect: ex.incorrect ?? [], correct: ex.correct ?? [], options: ex.options, kind: ex.kind, meta: ex.meta });
  for (const entry of entriesFor(rule.meta.id)) {
    cases.push({ rule: rule.meta.id, source: `entry ${entry.id}`, incorrect: entry.examples.incorrect, correct: entry.examples.correct, suggestion: entry.suggestions[0] });
  }
}

describe.each(cases)('$source', (c) => {
  const settings = c.options ? { [c.rule]: ['error', c.options] as ['error', Record<string, unknown>] } : undefined;
  const opts = { kind: c.kind, meta: c.meta, rules: settings };

  it('has at least one incorrect example', () => {
    expect(c.incorrect.length).toBeGreaterThan(0);
  });

  it.each(c.incorrect)('flags %s', async (example) => {
    const { text, start, end } = unmark(example);
    const found = await lintOnly(text, c.rule, opts);
    expect(found.map((m) => m.actual)).toEqual([text.slice(start, end)]);
    expect(found[0].place.start.offset).toBe(start);
    expect(found[0].place.end.offset).toBe(end);
    if (c.suggestion && !/[\[\]]/.test(c.suggestion.replace(/\[[^\]]*\]/g, ''))) {
      const fixed = text.slice(0, start) + c.suggestion + text.slice(end);
      const again = await lintOnly(fixed, c.rule, opts);
      expect(again.filter((m) => m.entryId === found[0].entryId)).toEqual([]);
    }
  });

  it.each(c.correct)('accepts %s', async (example) => {
    const found = await lintOnly(example, c.rule, opts);
    expect(found.map((m) => m.actual)).toEqual([]);
  });
});
