// п. 7: «обеспечить полноту предоставляемой информации, при этом использовать короткие и
// лаконичные предложения». A word is a run of letters or digits; a number, a date, a law number
// or a placeholder counts once (LABELING.md §6). A list item is its own unit, not part of a sentence.
import type { Rule } from '../src/engine/rule.js';

const COUNTED = new Set(['word', 'number', 'date', 'time', 'phone', 'email', 'url', 'legal', 'placeholder', 'abbreviation', 'initials']);

const rule: Rule = {
  meta: {
    id: 'long-sentence',
    point: 'п. 7',
    quote: 'обеспечить полноту предоставляемой информации, при этом использовать короткие и лаконичные предложения',
    title: 'Слишком длинное предложение',
    description:
      'Длинное предложение трудно понять с первого раза: к концу читатель забывает начало. Разбейте его на два-три коротких, по одной мысли в каждом.',
    severity: 'warn',
    kinds: ['reply', 'notice', 'call'],
    scope: 'sentence',
    options: { max: 25 },
    examples: {
      incorrect: [
        '[[Сообщаем вам, что ваше заявление на получение путёвки в санаторий рассмотрено и вам выделена путёвка в санаторий «Сосновый бор» с 10 по 30 ноября, которую необходимо получить в отделе не позднее чем за пять дней до заезда.]]',
      ],
      correct: [
        'Вам выделена путёвка в санаторий «Сосновый бор» с 10 по 30 ноября. Получите её в отделе не позднее чем за пять дней до заезда.',
      ],
    },
  },
  check(context) {
    const max = Number(context.options.max);
    for (const sentence of context.doc.sentences) {
      // an abbreviation such as «т. е.» is one word in speech; initials name one person
      const count = sentence.words.filter((w) => COUNTED.has(w.kind) && (w.kind !== 'word' || /[\p{L}\d]/u.test(w.text))).length;
      if (count <= max) continue;
      context.report({
        start: sentence.start,
        end: sentence.end,
        reason: `Предложение из ${count} слов — длиннее ${max}: его трудно понять с первого раза (п. 7 правил: «короткие и лаконичные предложения»). Разбейте его на два-три коротких.`,
      });
    }
  },
};

export default rule;
