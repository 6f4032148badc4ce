// Whole letters and edge cases for the point-7 word rules: archaism, jargon, colloquial,
// familiarity (fixtures/letters/<rule>/): a clean letter gives no finding of the rule, a dirty one
// gives exactly the listed spans, in order.
import { describe, expect, it } from 'vitest';
import { describeLetters } from './letters.js';
import { lintOnly } from './helpers.js';

const dirty: Record<string, Record<string, string[]>> = {
  archaism: {
    'dirty-chancellery.txt': ['Сим', 'вышеозначенное', 'Оное', 'сего года', 'посему', 'Дабы', 'ибо', 'присовокупите', 'Препровождаем', 'Засим'],
    'dirty-forms.txt': ['прошение', 'Доселе', 'таковой', 'коей', 'Ежели'],
  },
  jargon: {
    'dirty-office.txt': ['пробили вас по базе', 'льготница', 'обращение отработано', 'выплатное дело', 'Досылку', 'закроем обращение'],
    'dirty-slang.txt': ['заява', 'кадровика', 'допсоглашения', 'личку', 'отказникам'],
  },
  colloquial: {
    'dirty-prostorechie.txt': ['без понятия', 'ихнему', 'щас', 'ложить', 'нету'],
    'dirty-razgovor.txt': ['не в курсе', 'Вообще-то', 'справку надо было скинуть', 'морока', 'халява'],
  },
  familiarity: {
    'dirty-friendly.txt': ['Привет', 'Короче', 'твоё', '!!', 'Ну что ж', 'приходи', 'принеси', '😊', 'Пока'],
    'dirty-mixed.txt': ['Дорогуша', '👍', 'опоздай', ')))', 'звони', 'окей'],
  },
};

describeLetters(dirty);

const actual = async (text: string, rule: string) => (await lintOnly(text, rule)).map((m) => m.actual);

describe('archaism', () => {
  it('«сей» never reaches «сейчас», «сегодня», «до сих пор» or a surname', async () => {
    expect(await actual('До сих пор и по сих пор выплата не пришла, сейчас мы проверяем, сегодня ответим. Сейфуллина Р. Р.', 'archaism')).toEqual([]);
  });
  it('every form of «сей» and «оный»', async () => {
    expect(await actual('К сему письму прилагаем копию. Сии документы и оных копии получены.', 'archaism')).toEqual(['сему', 'Сии', 'оных']);
  });
  it('«как таковой» and «ныне действующий» are modern', async () => {
    expect(await actual('Пособие как таковое не положено по ныне действующему закону.', 'archaism')).toEqual([]);
  });
});

describe('jargon', () => {
  it('«закрыть обращение» in any voice and word order', async () => {
    expect(await actual('Ваше обращение закрыто.', 'jargon')).toEqual(['обращение закрыто']);
    expect(await actual('Мы закрываем вашу жалобу.', 'jargon')).toEqual(['закрываем вашу жалобу']);
  });
  it('ordinary clipped words are not jargon', async () => {
    expect(await actual('Компенсация за капремонт назначена, справку из военкомата не нужно. Льгота положена получателю пенсии.', 'jargon')).toEqual([]);
  });
  it('a phrase does not run across a comma', async () => {
    expect(await actual('Вы отработали 20 лет, заявление рассмотрим до 10 апреля.', 'jargon')).toEqual([]);
  });
});

describe('colloquial', () => {
  it('the citizen\'s quoted words are not judged (LABELING §3.2)', async () => {
    expect(await actual('Вы пишете: «щас никто не отвечает, ихний начальник без понятия».', 'colloquial')).toEqual([]);
  });
  it('«как бы» in a question and «как бы ни» are fine, the filler is not', async () => {
    expect(await actual('Как бы вы хотели получить выплату? Как бы то ни было, срок прошёл.', 'colloquial')).toEqual([]);
    expect(await actual('Мы как бы рассмотрели ваше заявление.', 'colloquial')).toEqual(['как бы']);
  });
  it('«типа» as a genitive is fine', async () => {
    expect(await actual('Справка установленного типа выдаётся в МФЦ.', 'colloquial')).toEqual([]);
  });
});

describe('familiarity', () => {
  it('second-person singular verbs, not their homonyms', async () => {
    expect(await actual('Документы получишь в МФЦ, позвони заранее.', 'familiarity')).toEqual(['получишь', 'позвони']);
    expect(await actual('Мой телефон ниже, три дня в неделю при МФЦ ведём приём; специалисты вели приём до 18:00.', 'familiarity')).toEqual([]);
    expect(await actual('Выплата назначается на любой доход, будь то пенсия или зарплата.', 'familiarity')).toEqual([]);
  });
  it('«ты» in the citizen\'s words or in a programme title is not judged', async () => {
    expect(await actual('Вы пишете: «Ты мне ответь, приходи сам!!» Программа «Ты не один» работает круглый год.', 'familiarity')).toEqual([]);
  });
  it('one «!» is fine, «!!» is not', async () => {
    expect(await actual('Уважаемая Анна Петровна! Выплата назначена!', 'familiarity')).toEqual([]);
    expect(await actual('Выплата назначена!!! Деньги придут до 25 мая.', 'familiarity')).toEqual(['!!!']);
  });
  it('smiley brackets and emoticons, but not nested brackets or list markers', async () => {
    expect(await actual('Спасибо за справку)) Ждём вас :) Всё готово xD', 'familiarity')).toEqual(['))', ':)', 'xD']);
    expect(await actual('Выплата назначена (см. решение № 15 (приложение 2)).\n1) паспорт;\n2) СНИЛС.', 'familiarity')).toEqual([]);
  });
  it('emoji, but not © or a telephone sign before a number', async () => {
    expect(await actual('Документы в порядке 👍🙂 Заезд 5 августа.', 'familiarity')).toEqual(['👍🙂']);
    expect(await actual('Звоните: ☎ +7 (383) 222-33-44. © Министерство, 2025.', 'familiarity')).toEqual([]);
  });
  it('«пока» says goodbye only on its own', async () => {
    expect(await actual('Пока справка не поступила, выплата приостановлена.', 'familiarity')).toEqual([]);
    expect(await actual('Всего хорошего, пока!', 'familiarity')).toEqual(['пока']);
  });
});
