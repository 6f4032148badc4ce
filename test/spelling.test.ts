// The real-dictionary tests need src/generated/spelling-data.js, which is
// generated (not committed): run `node scripts/build-spelling.mjs` first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-ignore plain JS build-time module (JSDoc-typed); no .d.ts on purpose
import { buildDawg, serializeDawg, edgesToBytes, sortUnique } from '../scripts/lib/dawg.js';
// @ts-ignore plain JS build-time module (JSDoc-typed); no .d.ts on purpose
import { parseAff, expandEntry, expandDic, normalizeWord as buildNormalize } from '../scripts/lib/affixes.js';
import { decodeAutomaton, decodeBase64, type SpellingData } from '../src/spelling/automaton.js';
import { createSpeller, editCost, normalizeWord } from '../src/spelling/speller.js';
import { loadSpeller } from '../src/spelling/index.js';
import * as generated from '../src/generated/spelling-data.js';

function compile(words: string[]): SpellingData & { states: number } {
  const dawg = buildDawg(sortUnique(words));
  const edges: Uint32Array = serializeDawg(dawg);
  return {
    alphabet: dawg.alphabet,
    edgeCount: edges.length,
    edges: Buffer.from(edgesToBytes(edges)).toString('base64'),
    states: dawg.states,
  };
}

describe('DAWG builder and automaton', () => {
  const words = [
    'кот', 'кота', 'коту', 'котом', 'рот', 'рота', 'роту', 'ротом', 'а', 'абилитация',
    'абилитации', 'реабилитация', 'реабилитации', 'из-за', 'какой', 'какой-то', 'мфц',
  ];

  it('accepts every word it was built from and nothing else', () => {
    const a = decodeAutomaton(compile(words));
    for (const w of words) expect(a.has(w), w).toBe(true);
    for (const w of ['', 'ко', 'к', 'котa', 'котов', 'ротом-', 'абилитаци', 'б', 'какой-', 'из', 'мфцы']) {
      expect(a.has(w), w).toBe(false);
    }
  });

  it('is minimal: shared endings are stored once', () => {
    // кот/рот and their endings collapse into: root, {к,р}→, о→, т→ (final),
    // then one final state for а/у/ом and the м-state before it.
    const { states } = compile(['кот', 'кота', 'коту', 'котом', 'рот', 'рота', 'роту', 'ротом']);
    expect(states).toBe(6);
  });

  it('rejects unsorted input', () => {
    expect(() => buildDawg(['б', 'а'])).toThrow(/sorted/);
  });

  it('handles an empty dictionary', () => {
    const a = decodeAutomaton(compile([]));
    expect(a.has('а')).toBe(false);
  });

  it('decodes base64 without Buffer (browser path)', () => {
    const bytes = Uint8Array.from({ length: 257 }, (_, i) => (i * 37) & 0xff);
    for (const len of [0, 1, 2, 3, 4, 255, 256, 257]) {
      const slice = bytes.slice(0, len);
      const b64 = Buffer.from(slice).toString('base64');
      const saved = (globalThis as { Buffer?: unknown }).Buffer;
      try {
        (globalThis as { Buffer?: unknown }).Buffer = undefined;
        expect(Array.from(decodeBase64(b64)), `len ${len}`).toEqual(Array.from(slice));
      } finally {
        (globalThis as { Buffer?: unknown }).Buffer = saved;
      }
    }
  });
});

describe('affix expansion', () => {
  const aff = parseAff(
    [
      'SET UTF-8',
      'SFX A Y 3',
      'SFX A   ый   ая   ый',
      'SFX A   ый   ому  [^ц]ый',
      'SFX A   0    ся   ть',
      'PFX P Y 1',
      'PFX P   0    не   .',
      'SFX B N 1',
      'SFX B   а    ы    [^г]а',
    ].join('\n'),
  );
  const expand = (word: string, flags: string[]) => {
    const out: string[] = [];
    expandEntry(word, flags, aff, (f: string) => out.push(f));
    return out.sort();
  };

  it('applies strip, append and condition', () => {
    expect(expand('новый', ['A'])).toEqual(['новая', 'новому', 'новый']);
    expect(expand('куцый', ['A'])).toEqual(['куцая', 'куцый']);
    expect(expand('мыть', ['A'])).toEqual(['мыть', 'мыться']);
  });

  it('builds the PFX+SFX cross product only for cross-capable classes', () => {
    expect(expand('новый', ['A', 'P'])).toEqual(
      ['неновая', 'неновому', 'неновый', 'новая', 'новому', 'новый'].sort(),
    );
    expect(expand('нога', ['B', 'P'])).toEqual(['ненога', 'нога'].sort());
    expect(expand('стена', ['B', 'P'])).toEqual(['неcтена'.replace('c', 'с'), 'стена', 'стены'].sort());
  });

  it('expands the real ru_RU entries like hunspell', () => {
    const dir = dirname(createRequire(import.meta.url).resolve('dictionary-ru'));
    const real = parseAff(readFileSync(join(dir, 'index.aff'), 'utf8'));
    const forms = (entry: string) => {
      const [w, f = ''] = entry.split('/');
      const out = new Set<string>();
      expandEntry(w, f.split(''), real, (x: string) => out.add(x));
      return out;
    };
    const z = forms('заявление/K');
    for (const f of ['заявление', 'заявления', 'заявлению', 'заявлением', 'заявлении', 'заявлений', 'заявлениям', 'заявлениями', 'заявлениях']) {
      expect(z.has(f), f).toBe(true);
    }
    const m = forms('многодетный/AS');
    for (const f of ['многодетный', 'многодетной', 'многодетному', 'многодетных', 'многодетными', 'многодетна']) {
      expect(m.has(f), f).toBe(true);
    }
  });
});

describe('normalisation', () => {
  it('is the same at build time and at run time', () => {
    for (const w of ['Ёлка', 'ЕЩЁ', 'зая\u0301вление', 'пере\u00ADнос']) {
      expect(normalizeWord(w)).toBe(buildNormalize(w));
    }
    expect(normalizeWord('ЕЩЁ')).toBe('еще');
  });
});

describe('compiled ru_RU dictionary', () => {
  const speller = createSpeller(generated);

  it('has the expected size', () => {
    expect(generated.formCount).toBeGreaterThan(1_300_000);
    expect(generated.edges.length).toBeLessThan(3 * 1024 * 1024);
  });

  it('contains every form of a sample of hunspell entries', () => {
    const dir = dirname(createRequire(import.meta.url).resolve('dictionary-ru'));
    const aff = parseAff(readFileSync(join(dir, 'index.aff'), 'utf8'));
    const lines = readFileSync(join(dir, 'index.dic'), 'utf8').split('\n');
    // Every 25th entry keeps the test fast while covering all flag classes.
    const sample = [lines[0], ...lines.slice(1).filter((_, i) => i % 25 === 0)].join('\n');
    const a = decodeAutomaton(generated);
    let checked = 0;
    const missing: string[] = [];
    expandDic(sample, aff, (f: string) => {
      checked++;
      if (!a.has(buildNormalize(f))) missing.push(f);
    });
    expect(checked).toBeGreaterThan(40_000);
    expect(missing.slice(0, 10)).toEqual([]);
  });

  const correct = [
    'расчёт', 'расчет', 'рассчитать', 'ежемесячная', 'многодетной', 'компенсации',
    'реабилитированному', 'Новосибирской', 'заявление', 'её', 'ее', 'ещё', 'еще', 'какой-либо',
    'по-прежнему', 'госпошлина', 'госпошлины', 'Госуслуги', 'МФЦ', 'СНИЛС', 'малоимущим',
    'газификации', 'софинансирования', 'электронной', 'путёвку', 'путевки',
    'санаторно-курортного', 'жилищно-коммунальных', 'абилитации', 'правопреемнику',
    'стационарозамещающей', 'уважаемый', 'Уважаемая', 'ЗДРАВСТВУЙТЕ', 'сообщаем', 'рассмотрено',
    'обращение', 'назначена', 'выплата', 'ежемесячной', 'пособие', 'ребёнка', 'инвалидности',
    'Российской', 'Федерации', 'социальной', 'защиты', 'населения', 'учреждение',
    'предоставления', 'северо-западный', 'кто-то', 'как-то', 'по-новому', 'по-русски',
    'во-первых', 'из-за', 'вследствие', 'впоследствии', 'подтверждающих', 'документов',
    'многодетный', 'малоимущий', 'реабилитированный', 'газификация', 'софинансирование',
    'путёвка', 'санаторно-курортный', 'компенсация', 'абилитация', 'правопреемник',
    'стационарозамещающий', 'Соцфонда', 'медико-социальной', 'вице-губернатора', 'всё-таки',
    'SMS-сообщение', '2-го', 'e-mail', 'пол-литра', 'чуть-чуть',
  ];

  it.each(correct)('accepts %s', (w) => {
    expect(speller.correct(w)).toBe(true);
  });

  const misspelled = [
    'обьявление', 'пожалуста', 'расчитать', 'потвердить', 'вообщем', 'вцелом', 'извените',
    'сдесь', 'зделать', 'координально', 'агенство', 'инциндент', 'прийдется', 'будующий',
    'беспокоющий', 'расмотрение', 'рассмотренние', 'приемущество', 'учереждение', 'обезпечение',
    'безплатно', 'разсмотрение', 'оплочено', 'поликлинника', 'корректеровка', 'выплаченна',
    'назначеная', 'предоставленый', 'следущий', 'удостоврение', 'регестрация', 'дикларация',
    'квитанцыя', 'експертиза', 'впоследствие', 'вследствии', 'прийдёт', 'ежемесечная',
    'реабилитированому', 'госпошлинна', 'малоимущай', 'газефикация', 'софинансированние',
    'электроной', 'сожелению', 'извеняемся', 'пожайлуста', 'здраствуйте', 'уважаймый',
    'предоставте', 'предявить', 'подьезд', 'обьём', 'сьезд', 'компенсацыя', 'пенсеонер',
    'Обьявление', 'ПОЖАЛУСТА',
    // Hyphenated look-alikes that must stay errors.
    'по-этому', 'во-время', 'как-будто', 'много-детный', 'кроме-того', 'в-течении',
  ];

  it.each(misspelled)('rejects %s', (w) => {
    expect(speller.correct(w)).toBe(false);
  });

  it('ranks the intended correction first', () => {
    expect(speller.suggest('обьявление')[0]).toBe('объявление');
    expect(speller.suggest('пожалуста')[0]).toBe('пожалуйста');
    expect(speller.suggest('расчитать')[0]).toBe('рассчитать');
    expect(speller.suggest('компенсацыя')[0]).toBe('компенсация');
    expect(speller.suggest('вообщем')).toContain('в общем');
    expect(speller.suggest('агенство')[0]).toBe('агентство');
    expect(speller.suggest('здраствуйте')[0]).toBe('здравствуйте');
    expect(speller.suggest('потвердить')[0]).toBe('подтвердить');
    expect(speller.suggest('будующий')[0]).toBe('будущий');
    expect(speller.suggest('следущий')[0]).toBe('следующий');
    expect(speller.suggest('делаеться')[0]).toBe('делается');
    expect(speller.suggest('сдесь')[0]).toBe('здесь');
    expect(speller.suggest('вцелом')[0]).toBe('в целом');
    expect(speller.suggest('както')[0]).toBe('как-то');
  });

  it('keeps the case of the misspelled word and respects the limit', () => {
    expect(speller.suggest('Обьявление')[0]).toBe('Объявление');
    expect(speller.suggest('ПОЖАЛУСТА')[0]).toBe('ПОЖАЛУЙСТА');
    expect(speller.suggest('пожалуста', 2)).toHaveLength(2);
  });

  it('accepts organisation words passed at run time and suggests them', () => {
    const s = createSpeller(generated, ['Яснодар', 'ЦСПН']);
    expect(speller.correct('Яснодар')).toBe(false);
    expect(s.correct('Яснодар')).toBe(true);
    expect(s.correct('ЦСПН')).toBe(true);
    expect(s.suggest('Яснадар')[0]).toBe('Яснодар');
  });

  it('weights Russian confusions below arbitrary edits', () => {
    expect(editCost('обьявление', 'объявление')).toBeLessThan(0.5);
    expect(editCost('расчитать', 'рассчитать')).toBeLessThan(0.5);
    expect(editCost('делается', 'делаеться')).toBeLessThan(1);
    expect(editCost('лес', 'лис')).toBeLessThan(1); // unstressed е/и
    expect(editCost('кот', 'кор')).toBeLessThan(1); // т and р are neighbours on ЙЦУКЕН
    expect(editCost('кот', 'кщт')).toBe(1);
    expect(editCost('кот', 'кёт')).toBe(1);
  });

  it('loadSpeller caches one instance', async () => {
    const [a, b] = await Promise.all([loadSpeller(), loadSpeller()]);
    expect(a).toBe(b);
    expect(a.correct('заявление')).toBe(true);
  });
});
