// Correctness rules (п. 7): spelling, punctuation, grammar — whole letters, hard negatives from
// LABELING §4, safe fixes and the speed budget of the speller.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../src/engine/fixes.js';
import { createLinter } from '../src/node/index.js';
import { lintOnly } from './helpers.js';

const IDS = ['spelling', 'punctuation', 'grammar'];
const dir = join(import.meta.dirname, '..', 'fixtures', 'letters');

// what each dirty letter must give, exactly (rule id and the reported text)
const DIRTY: Record<string, string[]> = {
  'spelling/dirty-transport.txt': ['spelling:в течении', 'spelling:учереждение', 'spelling:Пожалуста', 'spelling:расчитать', 'spelling:2026года'],
  'punctuation/dirty-contract.txt': [
    'punctuation:Напоминаем что', 'punctuation:"Социальный контракт"', 'punctuation:руб. ,', 'punctuation:Справку которая',
    'punctuation:апреля..', 'punctuation:Соцконтракт - это', 'punctuation:;его', 'punctuation:К сожалению обучение', 'punctuation:(следующий',
  ],
  'grammar/dirty-housing.txt': [
    'grammar:Согласно приказа', 'grammar:Рассмотрев ваши документы, компенсация назначена', 'grammar:оплачиваете за',
    'grammar:По истечению', 'grammar:обратится', 'grammar:Результаты проверки будет направлено', 'grammar:трое дочерей',
  ],
};

describe('correctness fixtures', () => {
  for (const rule of IDS) {
    for (const file of readdirSync(join(dir, rule))) {
      const text = readFileSync(join(dir, rule, file), 'utf8');
      if (file.startsWith('clean-')) {
        it(`${rule}/${file} is clean`, async () => {
          expect((await lintOnly(text, IDS)).map((m) => `${m.ruleId}:${m.actual}`)).toEqual([]);
        });
      } else {
        it(`${rule}/${file} gives its findings`, async () => {
          expect((await lintOnly(text, IDS)).map((m) => `${m.ruleId}:${m.actual}`)).toEqual(DIRTY[`${rule}/${file}`]);
        });
      }
    }
  }
});

describe('spelling', () => {
  it('skips names, initials, placeholders, abbreviations, links, ё written as е and quoted words', async () => {
    const text =
      'Уважаемая Зульфия Наилевна!\n\nВаш расчет проверила Ворожцова Е. В., еще раз его проверит Шмидт. ' +
      'Уважаемый(ая) {{ФИО}}, ответ на запрос [номер] направлен на mail@nso.ru, см. https://nso.ru/soc. ' +
      'В обращении вы пишете, что «заявленье потиряли». Справку выдаст УСЗН по ул. Ленина.\n\nС уважением,\nТ. Н. Бурцева';
    expect(await lintOnly(text, 'spelling')).toEqual([]);
  });
  it('flags a misspelling at the start of a sentence but not a surname there', async () => {
    expect((await lintOnly('Обьявление размещено на сайте.', 'spelling')).map((m) => m.actual)).toEqual(['Обьявление']);
    expect(await lintOnly('Мухаметшина Алия Ринатовна обратилась в отдел.', 'spelling')).toEqual([]);
  });
  it('gives the message of the issue with a correction', async () => {
    const [m] = await lintOnly('В обьявлении указан телефон.', 'spelling');
    expect(m.reason).toBe('«обьявлении» — орфографическая ошибка (п. 7 правил: избегать орфографических ошибок). Правильно: «объявлении».');
  });
  it('accepts the organisation’s own words', async () => {
    expect(await lintOnly('Обратитесь в соцкабинет.', 'spelling', { dictionaries: { words: ['соцкабинет'] } })).toEqual([]);
  });
  it('tells «в течение срока» from «в течении реки»', async () => {
    expect((await lintOnly('Ответ дадим в течении месяца.', 'spelling')).map((m) => m.actual)).toEqual(['в течении']);
    expect(await lintOnly('В течении реки выделяют три участка.', 'spelling')).toEqual([]);
  });
  it('adds at most 1 ms to a warm 300-word reply', async () => {
    const linter = createLinter({ rules: { spelling: 'error' } });
    const sentence = 'Ваше заявление о назначении ежемесячной выплаты рассмотрено специалистом отдела, решение принято в установленный срок. ';
    const text = sentence.repeat(Math.ceil(300 / 15));
    const off = Object.fromEntries(linter.rules.map((r) => [r.meta.id, 'off' as const]));
    await linter.lint(text, { rules: { ...off, spelling: 'error' } });
    // the fastest of many runs: the machine's other load only ever adds time
    const fastest = (rules: Record<string, 'off' | 'error'>) => {
      let best = Infinity;
      for (let i = 0; i < 40; i++) {
        const t0 = performance.now();
        linter.lintSync(text, { rules });
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    fastest({ ...off });
    const without = fastest({ ...off });
    const withSpelling = fastest({ ...off, spelling: 'error' });
    expect(withSpelling - without).toBeLessThan(1.5); // measured 0.5 ms; slack for a busy machine
  });
});

describe('punctuation hard negatives (LABELING §4)', () => {
  it.each([
    'Мы проверим документы для того чтобы выплата пришла вовремя.',
    'Выплата не назначена, потому что доход выше прожиточного минимума.',
    'Вы получили выплату больше чем за два месяца.',
    'Как льготнику вам положена компенсация.',
    'Управляющая компания — обычно это ООО «Жилсервис» — отвечает за ремонт; срок – 10 дней...',
    'Сумма 1,5 тыс. руб. перечислена 12.05.2025, т.е. до срока; Е.В. Ворожцова сообщит вам об этом.',
    'Звоните: +7 (383) 222-33-44. Пишите: ivanov@mail.ru.',
    'Пожалуйста, оплачивайте ЖКУ вовремя. Обращайтесь, пожалуйста, в МФЦ.',
    'Однако документы не поступили. Кроме того документа, нужна справка.'.replace('документа,', 'документа'),
    'Документы:\n1) паспорт;\n2) справка.',
  ])('accepts %s', async (text) => {
    expect((await lintOnly(text, 'punctuation')).map((m) => m.actual)).toEqual([]);
  });
  it('leaves «!!» to familiarity', async () => {
    expect(await lintOnly('Ждём вас!!', 'punctuation')).toEqual([]);
  });
});

describe('punctuation fixes', () => {
  it('are safe, do not overlap, and relinting finds none of the fixed kinds', async () => {
    const text = readFileSync(join(dir, 'punctuation', 'dirty-contract.txt'), 'utf8') + '\nОтвет ,как и "обещали , "направлен.,Далее - по графику.\r\n';
    const first = await lintOnly(text, 'punctuation');
    const fixes = first.filter((m) => m.fix).map((m) => m.fix!).sort((a, b) => a.start - b.start);
    for (let i = 1; i < fixes.length; i++) expect(fixes[i].start).toBeGreaterThanOrEqual(fixes[i - 1].end);
    const fixed = applyFixes(text, first);
    const again = await lintOnly(fixed, 'punctuation');
    expect(again.filter((m) => m.fix)).toEqual([]);
    expect(fixed).toContain('«Социальный контракт»');
    expect(fixed).toContain('Соцконтракт — это');
  });
});

describe('grammar hard negatives', () => {
  it.each([
    'Согласно решению комиссии выплата продлена.',
    'Справку выдадут по окончании проверки.',
    'Обоих родителей известили, двое детей зачислены в лагерь.',
    'Проверив документы, мы назначили выплату.',
    'Учитывая изложенное, выплата назначена.',
    'Рассмотрев заявление, сообщаем, что выплата назначена.',
    'Документы было решено направить в Социальный фонд.',
    'Документы проверял специалист отдела.',
    'Заявление будет рассматриваться в течение 10 дней, выплата производится ежемесячно.',
    'Работы по завершению ремонта начнутся в мае.',
    'Услуги сиделки можно оплатить за счёт компенсации.',
  ])('accepts %s', async (text) => {
    expect((await lintOnly(text, 'grammar')).map((m) => m.actual)).toEqual([]);
  });
});
