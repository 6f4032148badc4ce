// Whole letters for greeting, abbreviation and complex-term (fixtures/letters/<rule>/): a clean
// letter gives no finding of the rule, a dirty one gives exactly the listed spans.
import { describe, expect, it } from 'vitest';
import { describeLetters } from './letters.js';
import { lintOnly } from './helpers.js';
import { expandedAt, lettersFit, abbreviationOf } from '../rules/abbreviation.js';

const dirty: Record<string, Record<string, string[]>> = {
  greeting: {
    'dirty-no-closing.txt': ['Уважаемый Геннадий Павлович!'],
    'dirty-no-greeting.txt': ['На ваше обращение о путёвке в санаторий сообщаем, что путёвка выделена на 12–31 августа.'],
    'dirty-wrong-gender.txt': ['Уважаемый Валентина Степановна!'],
    'dirty-wrong-gender-lyubov.txt': ['Уважаемый Любовь!'],
  },
  abbreviation: {
    'dirty-rare.txt': ['КЦСОН', 'МСЭ', 'ЕГИССО'],
    'dirty-signature.txt': ['ЕДВ'],
    'dirty-quoted.txt': ['УСЗН', 'ЦЗН'],
  },
  'complex-term': {
    'dirty-terms.txt': ['в заявительном порядке', 'правоустанавливающие документы', 'межведомственному запросу', 'иждивенцы'],
    'dirty-medical.txt': ['освидетельствование', 'эпикриз', 'паллиативную'],
    'dirty-inflected.txt': ['недееспособной', 'номинальный счёт', 'обременение'],
  },
};

describeLetters(dirty);

describe('greeting', () => {
  it('a missing greeting and a missing closing make one finding', async () => {
    const found = await lintOnly('Сообщаем, что выплата назначена с 1 июня.\n\nСпециалист отдела\nА. Д. Лукина', 'greeting');
    expect(found).toHaveLength(1);
  });
  it('«Привет» is a greeting (familiarity judges its tone)', async () => {
    const found = await lintOnly('Привет, Лиана Олеговна!\n\nДокументы в порядке.\n\nС уважением,\nОля', 'greeting');
    expect(found).toEqual([]);
  });
  it('a subject line may precede the address', async () => {
    const found = await lintOnly('О компенсации\n\nЗдравствуйте!\n\nКомпенсация назначена.\n\nС уважением,\nА. Д. Лукина', 'greeting');
    expect(found).toEqual([]);
  });
  it('a notice is a letter too; a call is left to call-introduction', async () => {
    const text = 'Выплата назначена с 1 июня.';
    expect(await lintOnly(text, 'greeting', { kind: 'notice' })).toHaveLength(1);
    expect(await lintOnly(text, 'greeting', { kind: 'call' })).toEqual([]);
  });
});

describe('abbreviation', () => {
  it('reads initial letters off the full name', () => {
    expect(lettersFit('ЕПГУ', ['подать', 'через', 'единый', 'портал', 'государственных', 'услуг'], true)).toBe(true);
    expect(lettersFit('ЖКУ', ['оплату', 'жилищно-коммунальных', 'услуг'], true)).toBe(true);
    expect(lettersFit('МСЭ', ['медико-социальной', 'экспертизы'], true)).toBe(true);
    expect(lettersFit('ИПРА', ['индивидуальная', 'программа', 'реабилитации', 'или', 'абилитации'], true)).toBe(true);
    expect(lettersFit('ЕГРН', ['справка', 'из', 'банка'], true)).toBe(false);
  });
  it('finds abbreviations and leaves words alone', () => {
    expect(abbreviationOf('ЗАГСе')).toBe('ЗАГС');
    expect(abbreviationOf('КоАП')).toBe('КоАП');
    expect(abbreviationOf('МинТруд')).toBeUndefined();
    expect(abbreviationOf('Москва')).toBeUndefined();
    expect(typeof expandedAt).toBe('function');
  });
  it('the organisation adds its known abbreviations', async () => {
    const text = 'Обратитесь в КЦСОН Кировского района.';
    expect(await lintOnly(text, 'abbreviation')).toHaveLength(1);
    expect(await lintOnly(text, 'abbreviation', { dictionaries: { knownAbbreviations: ['кцсон'] } })).toEqual([]);
    expect(await lintOnly(text, 'abbreviation', { rules: { abbreviation: ['warn', { known: ['КЦСОН'] }] } })).toEqual([]);
  });
  it('suggests the full name of a well-known abbreviation', async () => {
    const [m] = await lintOnly('Выписку из ЕГРН мы запросим сами.', 'abbreviation');
    expect(m.expected[0]).toBe('Единый государственный реестр недвижимости (ЕГРН)');
  });
});

describe('complex-term', () => {
  it('the organisation adds its known terms', async () => {
    const text = 'Компенсация назначается в заявительном порядке.';
    expect(await lintOnly(text, 'complex-term')).toHaveLength(1);
    expect(await lintOnly(text, 'complex-term', { dictionaries: { knownTerms: ['в заявительном порядке'] } })).toEqual([]);
    const docs = 'Приложите правоустанавливающие документы на дом.';
    expect(await lintOnly(docs, 'complex-term', { dictionaries: { knownTerms: ['Правоустанавливающий документ'] } })).toEqual([]);
  });
  it('a term explained in the next sentence is fine', async () => {
    const text = 'Получить выплату может правопреемник. Так называют родственника, который получает невыплаченные суммы.';
    expect(await lintOnly(text, 'complex-term')).toEqual([]);
  });
});
