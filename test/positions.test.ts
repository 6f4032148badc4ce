// Every reported position points into the ORIGINAL input: input.slice(start, end) === actual,
// with CRLF, a lone CR, a BOM, no-break spaces, soft hyphens, zero-width characters and stress marks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../src/input/normalize.js';
import { lintAll } from './helpers.js';

const corpus = readFileSync(new URL('../../shared/corpus/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; kind: 'reply' | 'notice' | 'call'; text: string; meta: Record<string, string> });

const variants: Array<[string, (s: string) => string]> = [
  ['as is', (s) => s],
  ['CRLF', (s) => s.replace(/\r?\n/g, '\r\n')],
  ['lone CR', (s) => s.replace(/\r?\n/g, '\r')],
  ['BOM', (s) => '\ufeff' + s],
  ['no-break spaces', (s) => s.replace(/ (?=\S)/g, (m, at: number) => (at % 3 === 0 ? '\u00a0' : m))],
  ['soft hyphens and zero-width spaces', (s) => s.replace(/([а-яё]{3})([а-яё]{3})/g, '$1\u00ad$2').replace(/\. /g, '.\u200b ')],
  ['stress marks', (s) => s.replace(/([аоуеи])([а-яё]{2})/g, '$1\u0301$2')],
];

describe('positions point into the original input', () => {
  it.each(variants)('%s', async (_name, change) => {
    let checked = 0;
    for (const doc of corpus) {
      const input = change(doc.text);
      const { messages } = await lintAll(input, { kind: doc.kind, meta: doc.meta });
      for (const m of messages) {
        expect(input.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual);
        const lineStart = input.lastIndexOf('\n', m.place.start.offset - 1) + 1;
        expect(m.place.start.column).toBe(m.place.start.offset - lineStart + 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('finds a phrase broken by a soft hyphen and reports the original span', async () => {
    const input = 'Уважаемая Анна Сергеевна!\r\n\r\nВаше заявление при\u00adнято в\u00a0обработку.\r\n';
    const { messages } = await lintAll(input);
    const evasive = messages.find((m) => m.ruleId === 'evasive')!;
    expect(evasive.actual).toContain('при\u00adнято в\u00a0обработку');
    expect(input.slice(evasive.place.start.offset, evasive.place.end.offset)).toBe(evasive.actual);
    expect(evasive.place.start.line).toBe(3);
    expect(evasive.place.end).toEqual({ line: 3, column: 36, offset: 64 });
  });
});

describe('normalize', () => {
  it('keeps a map from every clean character to the original', () => {
    const n = normalize('\ufeffА\r\nб\u00adв\u00a0г\u0301\rд');
    expect(n.text).toBe('А\nбв г\nд');
    expect([...n.toOriginal!]).toEqual([1, 3, 4, 6, 7, 8, 10, 11, 12]);
  });

  it('leaves a clean text as it is, with no map to keep', () => {
    const text = 'Уважаемая Анна Сергеевна!\n\nВыплата — 1 200 рублей, «как положено».';
    const n = normalize(text);
    expect(n.text).toBe(text);
    expect(n.toOriginal).toBeUndefined();
    expect(toOriginalSpan(n, 3, 7)).toEqual([3, 7]);
  });
});
