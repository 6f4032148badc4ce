// Classes of wording the substance rules learnt from the untuned substance-c holdout, each with the
// hard negatives that keep it from firing on a clean letter: the client's retold account is neither
// evidence nor an excuse, the date of the client's own letter is not concrete, «без задержек» is a
// promise only about the future, a claim that all is well is a denial only as a statement of fact, and
// a phrase inside «…» is a title, not the official's style.
import { describe, expect, it } from 'vitest';
import { lintOnly } from './helpers.js';

const found = async (text: string, id: string) => (await lintOnly(text, id, { kind: 'reply' })).map((m) => m.actual);

describe('denial', () => {
  it('does not take the dates of the client’s retold account as evidence', async () => {
    expect(await found('Вы пожаловались на грубость специалиста 14 марта. Факт некорректного поведения специалиста не установлен.', 'denial')).toHaveLength(1);
    expect(await found('Вы пишете, что 3 июня вам нагрубили в МФЦ. Нарушений в действиях специалиста не выявлено.', 'denial')).toHaveLength(1);
  });

  it('takes a named record or the rule a result follows as evidence', async () => {
    expect(await found('Пропусков посещений в марте не было: в журнале отмечены все восемь визитов.', 'denial')).toEqual([]);
    expect(await found('Выплата за эти годы начислена верно: её размер установлен законом области и с тех пор не менялся.', 'denial')).toEqual([]);
  });

  it('judges a claim that all is well, not a promise or a request', async () => {
    expect(await found('Специалисты офиса принимают посетителей без задержек.', 'denial')).toEqual(['принимают посетителей без задержек']);
    expect(await found('Выплату перечислим вовремя, до 20 мая.', 'denial')).toEqual([]);
    expect(await found('Пожалуйста, оплачивайте коммунальные услуги вовремя.', 'denial')).toEqual([]);
  });
});

describe('evasive', () => {
  it('does not take the date of the client’s own letter as concrete', async () => {
    expect(await found('Ваше заявление от 5 мая находится на рассмотрении.', 'evasive')).toEqual(['находится на рассмотрении']);
    expect(await found('Ваше обращение № 1245 от 12.03.2025 взято на контроль.', 'evasive')).toHaveLength(1);
  });

  it('takes «без промедления» as a promise only in a sentence about the future', async () => {
    expect(await found('Ответим без промедления.', 'evasive')).toEqual(['без промедления']);
    expect(await found('Специалисты офиса принимают посетителей без задержек.', 'evasive')).toEqual([]);
  });

  it('is saved by a date inside the phrase’s gap', async () => {
    expect(await found('Компенсацию перечислим до 25 мая, когда поступят средства из бюджета.', 'evasive')).toEqual([]);
    expect(await found('Компенсацию перечислим, когда поступят средства из бюджета.', 'evasive')).toHaveLength(1);
  });
});

describe('excuse', () => {
  it('does not judge the client’s retold account', async () => {
    expect(await found('Вы сообщили, что ваше заявление на субсидию потеряли. Мы проверили журнал регистрации.', 'excuse')).toEqual([]);
  });

  it('skips a title in «…»', async () => {
    expect(await found('Список курсов — на сайте министерства, раздел «Занятость».', 'excuse')).toEqual([]);
  });
});

describe('bureaucratese', () => {
  it('finds purpose frames with verbal nouns but not a plain «для» with one noun', async () => {
    expect(await found('Для повышения доступности транспортного обслуживания министерство закупает машины.', 'bureaucratese')).toEqual([
      'Для повышения доступности транспортного обслуживания',
    ]);
    expect(await found('Для сокращения очереди мы открыли второе окно.', 'bureaucratese')).toEqual([]);
    expect(await found('Для получения компенсации подайте заявление в МФЦ.', 'bureaucratese')).toEqual([]);
  });
});
