// LABELING.md §3.5 «concrete»: a date or a period with a start, an action with its doer, a number
// for the client. «В ближайшее время» and promises to inform or to consider are not concrete.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse/index.js';
import { isConcrete } from '../src/analysis/concrete.js';

const concrete = (text: string) => isConcrete(parse(text).sentences[0]);

describe('concrete', () => {
  it.each([
    'Решение примем до 24 февраля.',
    'Бюро ответит вам в течение 30 дней.',
    'Ответим в течение трёх рабочих дней.',
    'Ответ придёт в течение месяца.',
    'Специалист позвонит вам завтра.',
    'Сейчас мы уточняем у Социального фонда ваш стаж.',
    'Деньги поступят на ваш счёт до [дата].',
    'Компенсация назначена.',
    'Вы 14-й в очереди.',
    'Заявление зарегистрировано 17 января, решение примем до 1 февраля.',
    'Ответ на ваше заявление от 5 мая пришлём до 20 мая.',
    'Социальный работник будет приходить по средам.',
  ])('%s', (text) => expect(concrete(text)).toBe(true));

  it.each([
    'О результатах мы сообщим вам дополнительно.',
    'Решение примем после проверки.',
    'Выплата поступит в ближайшее время.',
    'Срок рассмотрения продлён.',
    'Обращение № 2291 рассматривается.',
    'Выплата будет назначена после проверки.',
    'Мы рассмотрим ваше обращение.',
    // the date or number of the client's own letter names the letter, not a next step
    'Ваше заявление от 5 мая находится на рассмотрении.',
    'Ваше обращение № 1245 от 12.03.2025 взято на контроль.',
    'Ваше заявление, поданное 14 февраля, рассматривается.',
  ])('not: %s', (text) => expect(concrete(text)).toBe(false));
});
