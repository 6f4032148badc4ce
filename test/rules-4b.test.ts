// Whole letters for denial, no-solution and brush-off (fixtures/letters/<rule>/): a clean letter
// gives no finding of the rule, a dirty one gives exactly the listed spans. Also the examples of the
// analysis dictionaries (next-step, formula), which no rule's examples test runs.
import { describe, expect, it } from 'vitest';
import { describeLetters } from './letters.js';
import { lintOnly, unmark } from './helpers.js';
import { entriesFor, matcherFor } from '../src/dict/index.js';
import { parse } from '../src/parse/index.js';

const dirty: Record<string, Record<string, string[]>> = {
  denial: {
    'dirty-rudeness.txt': ['не нашли подтверждения'],
    'dirty-not-true.txt': ['не соответствуют действительности', 'Специалист действовал в соответствии с административным регламентом'],
    'dirty-no-complaints.txt': ['жалоб на работу пункта не поступало', 'нарушений со стороны сотрудников пункта не установлено'],
  },
  'no-solution': {
    'dirty-ramp.txt': ['Установить пандус за счёт министерства не представляется возможным.'],
    'dirty-not-entitled.txt': ['Вы не являетесь ветераном труда, поэтому права на бесплатный проезд не имеете.'],
    'dirty-still-considering.txt': ['В предоставлении путёвки в санаторий в этом году вам отказано.'],
    'dirty-no-grounds.txt': ['Оснований для перерасчёта нет: пособие рассчитано правильно.'],
  },
  'brush-off': {
    'dirty-competence.txt': ['Вопросы начисления пенсии не входят в компетенцию министерства.'],
    'dirty-website.txt': ['По вашему обращению о компенсации за газификацию дома сообщаем следующее.'],
    'dirty-law.txt': [
      'Разъясняем, что в соответствии со статьёй 12 Закона Новосибирской области № 123-ОЗ меры социальной поддержки предоставляются гражданам при наличии оснований.',
    ],
  },
};

describeLetters(dirty);

describe.each(['next-step', 'formula'])('analysis dictionary %s', (name) => {
  const entries = entriesFor(name);
  it('has entries', () => expect(entries.length).toBeGreaterThan(0));
  const cases = entries.flatMap((e) => [
    ...e.examples.incorrect.map((text) => ({ id: e.id, text, finds: true })),
    ...(e.examples.correct ?? []).map((text) => ({ id: e.id, text, finds: false })),
  ]);
  it.each(cases)('$id: $text', ({ id, text, finds }) => {
    const { text: clean, start, end } = unmark(text);
    const doc = parse(clean);
    const matches = doc.sentences.flatMap((s) => matcherFor(name).match(s.words)).filter((m) => m.entry.id === id);
    if (finds) expect(matches.some((m) => m.start === start && m.end === end)).toBe(true);
    else expect(matches).toEqual([]);
  });
});

describe('no-solution', () => {
  it('reports once per letter, at the first refusal', async () => {
    const text = 'В выдаче путёвки отказано. Оснований для пересмотра нет.';
    const found = await lintOnly(text, 'no-solution');
    expect(found.map((m) => m.actual)).toEqual(['В выдаче путёвки отказано.']);
  });
  it('a refusal taken back («обжаловать бесполезно») has no next step', async () => {
    const found = await lintOnly('Обжаловать отказ бесполезно. Субсидию вам не назначат.', 'no-solution');
    expect(found.map((m) => m.actual)).toEqual(['Субсидию вам не назначат.']);
  });
  it('«still under consideration» is not a next step', async () => {
    const found = await lintOnly('В выплате отказано. Ваше обращение находится на рассмотрении.', 'no-solution');
    expect(found).toHaveLength(1);
  });
  it('a phone number anywhere is a contact for help', async () => {
    const found = await lintOnly('В выплате отказано.\n\nС уважением,\nотдел выплат, тел. 8 (383) 221-60-14', 'no-solution');
    expect(found).toEqual([]);
  });
  it('a conditional rule is not a refusal', async () => {
    expect(await lintOnly('Если долг больше двух месяцев, субсидию не назначат.', 'no-solution')).toEqual([]);
  });
  it('the message names the point and the missing step', async () => {
    const [m] = await lintOnly('В продлении выплаты отказано.', 'no-solution');
    expect(m.message ?? m.reason).toMatch(/п\. 7/);
    expect(m.message ?? m.reason).toMatch(/обжалова/);
  });
});

describe('brush-off', () => {
  it('shows its features in the message', async () => {
    const text = 'Уважаемый Пётр Ильич!\n\nСообщаем, что министерство действует в пределах полномочий. Ответ дан по существу поставленных вопросов.\n\nС уважением,\nприёмная';
    const [m] = await lintOnly(text, 'brush-off');
    expect(m.message ?? m.reason).toMatch(/2 из 2 предложений/);
    expect(m.message ?? m.reason).toMatch(/факты о вашем деле: 0/);
  });
  it('«обратитесь в …» without a contact is not an answer', async () => {
    const text = 'Уважаемая Анна Петровна!\n\nВопросы пенсии не относятся к компетенции министерства. Обратитесь в Социальный фонд России.\n\nС уважением,\nприёмная';
    expect(await lintOnly(text, 'brush-off')).toHaveLength(1);
  });
  it('«обратитесь в …» with a phone is a redirect, not a brush-off', async () => {
    const text = 'Уважаемая Анна Петровна!\n\nВопросы пенсии не относятся к компетенции министерства. Обратитесь в Социальный фонд России по телефону 8 800 100-00-01.\n\nС уважением,\nприёмная';
    expect(await lintOnly(text, 'brush-off')).toEqual([]);
  });
  it('a letter with no formula is not a brush-off, however short', async () => {
    expect(await lintOnly('Уважаемый Олег Иванович!\n\nДа, вы можете получить компенсацию.\n\nС уважением,\nотдел', 'brush-off')).toEqual([]);
  });
});

describe('denial', () => {
  it('a check named just before backs the denial', async () => {
    const text = 'Мы прослушали запись вашего звонка 3 апреля. Нарушений в действиях оператора не выявлено.';
    expect(await lintOnly(text, 'denial')).toEqual([]);
  });
  it('the date of the citizen\'s own letter is not evidence', async () => {
    const found = await lintOnly('Ваше обращение от 5 мая рассмотрено, нарушений не выявлено.', 'denial');
    expect(found.map((m) => m.actual)).toEqual(['нарушений не выявлено']);
  });
  it('«жалоб не поступало» needs a named check, not a period', async () => {
    expect(await lintOnly('За 2024 год жалоб на специалиста не поступало.', 'denial')).toHaveLength(1);
    expect(await lintOnly('Мы проверили журнал обращений за 2024 год: жалоб на специалиста не поступало.', 'denial')).toEqual([]);
  });
});
