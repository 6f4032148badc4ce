// Whole letters of fixtures/letters/<rule>/ as tests: every clean-*.txt gives no finding, every
// dirty-*.txt exactly the findings its table lists. Shared by the rules-* test files.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintOnly } from './helpers.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'letters');

/**
 * `dirty[rule][file]` lists what the letter must give, by `actual`. With `together`, every rule of
 * the group runs on every letter of the group (a phrase must go to the most specific of them) and
 * findings are listed as `rule:actual`.
 */
export function describeLetters(dirty: Record<string, Record<string, string[]>>, together?: string[]): void {
  for (const rule of Object.keys(dirty)) {
    const dir = join(root, rule);
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    const found = async (file: string) => {
      const messages = await lintOnly(readFileSync(join(dir, file), 'utf8'), together ?? rule);
      return messages.map((m) => (together ? `${m.ruleId}:${m.actual}` : m.actual));
    };
    describe(`${rule}: whole letters`, () => {
      it.each(files.filter((f) => f.startsWith('clean-')))('%s is clean', async (file) => {
        expect(await found(file)).toEqual([]);
      });
      it.each(files.filter((f) => f.startsWith('dirty-')))('%s', async (file) => {
        expect(await found(file)).toEqual(dirty[rule][file]);
      });
      it('every dirty letter in the table exists', () => {
        for (const file of Object.keys(dirty[rule])) expect(files).toContain(file);
      });
    });
  }
}
