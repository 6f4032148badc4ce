// Whole letters for the tone rules of point 7 — aggression, sarcasm, negative-tone: dirty letters
// give exactly the listed findings, clean letters give none of the three. Plus hard negatives:
// polite wording that shares words with the dictionaries must stay clean.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintOnly } from './helpers.js';

const IDS = ['aggression', 'sarcasm', 'negative-tone'];
const dir = (rule: string) => join(__dirname, '..', 'fixtures', 'letters', rule);
const read = (rule: string, file: string) => readFileSync(join(dir(rule), file), 'utf8');

const dirty: Record<string, string[]> = {
  'aggression/dirty-1.txt': [
    'aggression:Вам же объясняли по телефону, какие документы нужны для продления.',
    'aggression:По вашей вине выплата за апрель приостановлена.',
    'aggression:Читайте внимательнее памятку, которую вы получили в МФЦ.',
  ],
  'aggression/dirty-2.txt': [
    'aggression:Сколько можно задавать один и тот же вопрос?',
    'aggression:Прекратите засыпать министерство одинаковыми письмами.',
    'aggression:Любой школьник поймёт, как это посчитать.',
  ],
  'sarcasm/dirty-1.txt': [
    'sarcasm:Спасибо, что всё-таки прислали копию паспорта.',
    'sarcasm:Как вы, должно быть, знаете, без неё мы не могли рассмотреть заявление.',
    'sarcasm:вашу «срочную» просьбу',
  ],
  'sarcasm/dirty-2.txt': [
    'sarcasm:Поздравляем, вы в очередной раз прислали заявление без подписи.',
    'sarcasm:Какая неожиданность.',
  ],
  'negative-tone/dirty-1.txt': [
    'negative-tone:Путёвку выдают один раз в год, поэтому вторую путёвку вам не выдадут ни при каких условиях.',
    'negative-tone:Жаловаться на это решение бессмысленно.',
    'negative-tone:Это не наша забота, что санаторий в вашем районе закрылся.',
  ],
  'negative-tone/dirty-2.txt': [
    'negative-tone:К сожалению, помочь вам мы ничем не можем.',
    'negative-tone:Долг за газ начислила газоснабжающая организация, и нас этот спор не касается.',
    'negative-tone:На компенсацию до погашения долга не рассчитывайте.',
  ],
};

describe('letters of aggression, sarcasm and negative-tone', () => {
  for (const rule of IDS) {
    for (const file of readdirSync(dir(rule)).filter((f) => f.endsWith('.txt')).sort()) {
      const key = `${rule}/${file}`;
      it(key, async () => {
        const found = await lintOnly(read(rule, file), IDS);
        const got = found.map((m) => `${m.ruleId}:${m.actual}`);
        if (file.startsWith('clean-')) expect(got).toEqual([]);
        else expect(got).toEqual(dirty[key]);
      });
    }
  }

  it('every dirty letter is listed', () => {
    for (const key of Object.keys(dirty)) expect(() => read(key.split('/')[0], key.split('/')[1])).not.toThrow();
  });
});

describe('tone rules: spans and messages', () => {
  it('reports the whole sentence, once, however many entries it trips', async () => {
    const found = await lintOnly('Вы сами виноваты, вы опять всё перепутали.', 'aggression');
    expect(found.map((m) => m.actual)).toEqual(['Вы сами виноваты, вы опять всё перепутали.']);
  });

  it('reports the clause when a semicolon splits the sentence', async () => {
    const found = await lintOnly('Выплата назначена с 1 марта; по вашей вине она задержалась.', 'aggression');
    expect(found.map((m) => m.actual)).toEqual(['по вашей вине она задержалась.']);
  });

  it('names the phrase, cites п. 7 and suggests a wording', async () => {
    const [m] = await lintOnly('Обжаловать отказ бесполезно.', 'negative-tone');
    expect(m.reason).toMatch(/^«бесполезно» — .*\(п\. 7 правил\)\. Лучше: «/);
  });

  it('skips the citizen’s quoted words', async () => {
    const text = 'В обращении вы пишете, что в центре «одни бездельники, до них не дозвониться, хватит кормить нас обещаниями, это бесполезно». Мы понимаем ваше возмущение.';
    expect(await lintOnly(text, IDS)).toEqual([]);
  });

  it('catches mocking quotes after «ваш» but not titles', async () => {
    const found = await lintOnly('Ваше «важное» обращение рассмотрено. Ваше заявление на программу «Социальный контракт» одобрено.', 'sarcasm');
    expect(found.map((m) => m.actual)).toEqual(['Ваше «важное» обращение']);
  });
});

const polite = [
  'Благодарим за обращение.',
  'Спасибо, что прислали справку из школы: выплата назначена с 1 сентября.',
  'Поздравляем вас с юбилеем и желаем здоровья!',
  'Поздравляем: вашей семье присвоен статус многодетной.',
  'Заявление нужно подать в течение шести месяцев со дня смерти.',
  'Пожалуйста, оплачивайте ЖКУ вовремя.',
  'Пожалуйста, внимательно проверьте номер счёта.',
  'К сожалению, путёвок на июнь нет, но на июль есть 40 свободных мест: позвоните нам, и мы вас запишем.',
  'В выдаче стиральной машины отказано, потому что ваша ситуация не относится к пожару или наводнению.',
  'Без справки о доходах рассчитать субсидию невозможно.',
  'Ничего делать не нужно: выплата сохраняется.',
  'Вам не нужно приносить справку, мы запросим её сами.',
  'Если вы не согласны с решением, его можно обжаловать в суде.',
  'Не присылайте оригиналы документов, достаточно копий.',
  'Достаточно прислать копию паспорта.',
  'Ваша жалоба на грубость сотрудника центра проверена: специалист получил выговор.',
  'Мы проверили телефонную линию. Вы правы: в марте дозвониться было трудно.',
  'Приносим извинения: ответ на ваше обращение задержался на неделю.',
  'Ваша проблема с начислением решена: перерасчёт сделан 5 мая.',
  'Если вам трудно прийти в МФЦ, специалист придёт к вам домой.',
  'Вы можете сами выбрать удобный способ получения выплаты.',
  'Как вы и просили, ответ отправлен на электронную почту.',
  'Переезд никак не повлияет на размер выплаты.',
  'Мы снова проверили расчёт и нашли ошибку: доплатим 1 200 рублей до 20 мая.',
  'Если вы снова переедете, сообщите нам новый адрес.',
  'Решение примем до 24 февраля и сообщим вам по телефону.',
  'Окончательное решение комиссия примет 10 мая.',
  'Ни в коем случае не сообщайте посторонним код из СМС.',
  'Нам нужно было дождаться ответа из Социального фонда, поэтому решение принято 10 мая.',
  'Желаем вам успехов!',
  'Шанс получить путёвку выше, если подать заявление до 1 марта.',
  'Сколько раз в год можно получить путёвку, зависит от программы.',
  'Мы понимаем ваше возмущение и приносим извинения.',
  'Удостоверение ветерана труда можно получить в МФЦ с 15 мая.',
];

describe('hard negatives stay clean', () => {
  it.each(polite)('%s', async (text) => {
    const found = await lintOnly(text, IDS);
    expect(found.map((m) => `${m.ruleId}/${m.entryId}:${m.actual}`)).toEqual([]);
  });
});
