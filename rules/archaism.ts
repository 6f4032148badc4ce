// п. 7: «не допускать архаизмов, жаргонной и просторечной лексики, языковой агрессии (грубость,
// хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)». This rule takes the first part:
// archaisms — «сей», «оный», «дабы», «ибо», «засим» — which make a reply sound like a decree of
// another century and hide the plain meaning from the reader.
import { dictionaryRule } from './lib/dictionary-rule.js';
import { keepWord } from './lib/word-guards.js';

export default dictionaryRule(
  {
    id: 'archaism',
    point: 'п. 7',
    quote: 'не допускать архаизмов, жаргонной и просторечной лексики, языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
    title: 'Архаизм',
    description:
      'Устаревшие слова вроде «сей», «оный», «дабы», «ибо», «засим» делают ответ тяжёлым и отстранённым: читателю приходится переводить их на современный язык. Пишите так, как говорят сегодня: «этот», «он», «чтобы», «потому что».',
    severity: 'warn',
    kinds: ['reply', 'notice', 'call'],
    scope: 'word',
    skipQuoted: true,
  },
  { keep: (m, sentence) => keepWord(m, sentence) },
);
