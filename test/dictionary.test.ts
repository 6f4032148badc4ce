// The dictionary schema, the pattern language and the matcher.
import { describe, expect, it } from 'vitest';
import { validateFile } from '../src/dict/schema.js';
import { linearize, parsePattern, PatternError } from '../src/dict/pattern.js';
import { PhraseMatcher } from '../src/dict/matcher.js';
import { compileDictionary } from '../src/dict/compile.js';
import { parse } from '../src/parse/index.js';

const entry = { id: 'x.a', patterns: ['принять в обработку'], explanation: 'e', examples: { incorrect: ['[[принято в обработку]]'] } };

describe('schema', () => {
  it('rejects an unknown key and suggests the nearest one', () => {
    expect(() => validateFile({ rule: 'x', entries: [{ ...entry, sugestions: [] }] }, 'x.yml')).toThrow(/неизвестный ключ «sugestions» \(может быть, «suggestions»\?\)/);
    expect(() => validateFile({ rule: 'x', entris: [] }, 'x.yml')).toThrow(/«entris»/);
  });
  it('requires an incorrect example with a marked span', () => {
    expect(() => validateFile({ rule: 'x', entries: [{ ...entry, examples: { incorrect: ['без отметки'] } }] }, 'x.yml')).toThrow(/\[\[…\]\]/);
    expect(() => validateFile({ rule: 'x', entries: [{ ...entry, examples: {} }] }, 'x.yml')).toThrow(/неверный пример/);
  });
  it('rejects duplicate ids', () => {
    expect(() => validateFile({ rule: 'x', entries: [entry, entry] }, 'x.yml')).toThrow(/повторяется/);
  });
});

describe('patterns', () => {
  const same = (w: string) => new Set([w]);
  it('expands alternatives and optional items', () => {
    const seqs = linearize(parsePattern('(взять|поставить) ваш? на контроль'), same);
    // one-word alternatives are one set of forms: one trie branch, not one per word
    expect(seqs.map((s) => s.map((x) => (x.type === 'forms' ? [...x.forms].join('|') : x.type)).join(' '))).toEqual([
      'взять|поставить на контроль',
      'взять|поставить ваш на контроль',
    ]);
    const mixed = linearize(parsePattern('(принять|взять в работу|=держим) меры'), same);
    expect(mixed.map((s) => s.map((x) => (x.type === 'forms' ? [...x.forms].join('|') : x.type)).join(' '))).toEqual([
      'принять|держим меры',
      'взять в работу меры',
    ]);
  });
  it('reports syntax errors in Russian', () => {
    expect(() => parsePattern('(a|b')).toThrow(PatternError);
    expect(() => parsePattern('a )')).toThrow(/лишняя/);
    expect(() => parsePattern('взять ~10 контроль')).toThrow(/длиннее 9 слов/);
    expect(() => parsePattern('взять ~ контроль')).toThrow(PatternError);
  });
});

describe('matcher', () => {
  const dict = compileDictionary(
    'test',
    validateFile({ rule: 'evasive', entries: [{ ...entry, patterns: ['(=принято|=принята) ~2 (=в =обработку)'], unless: ['=не =принято'] }] }, 't.yml'),
    (w) => new Set([w]),
  );
  const matcher = new PhraseMatcher([dict]);
  const find = (text: string) => parse(text).sentences.flatMap((s) => matcher.match(s.words)).map((m) => text.slice(m.start, m.end));

  it('matches across small gaps and skips punctuation', () => {
    expect(find('Заявление принято, как обычно, в обработку.')).toEqual(['принято, как обычно, в обработку']);
    expect(find('Заявление принято сегодня утром в обработку.')).toEqual(['принято сегодня утром в обработку']);
    expect(find('Заявление принято сегодня утром вечером в обработку.')).toEqual([]);
  });
  it('applies exceptions in the same sentence', () => {
    expect(find('Заявление не принято в обработку.')).toEqual([]);
  });
  it('stays linear on long input', () => {
    const text = 'принято '.repeat(20000) + 'в обработку.';
    // only the last three «принято» are within the gap of the phrase
    expect(find(text)).toEqual(['принято принято принято в обработку', 'принято принято в обработку', 'принято в обработку']);
  });
});
