// п. 7: «не допускать архаизмов, жаргонной и просторечной лексики, языковой агрессии (грубость,
// хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)». This rule takes the просторечие and
// the everyday colloquial words unfit for an official letter («щас», «ихний», «ложить», «без
// понятия», «не в курсе»): they read as carelessness, and the client takes them as disrespect.
import { dictionaryRule } from './lib/dictionary-rule.js';
import { keepWord } from './lib/word-guards.js';

export default dictionaryRule(
  {
    id: 'colloquial',
    point: 'п. 7',
    quote: 'не допускать архаизмов, жаргонной и просторечной лексики, языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
    title: 'Просторечие',
    description:
      'Просторечные и разговорные слова («щас», «ихний», «ложить», «без понятия», «не в курсе») уместны в разговоре с друзьями, но не в ответе министерства: они звучат небрежно и неуважительно. Замените их нейтральными: «сейчас», «их», «класть», «не знаем».',
    severity: 'warn',
    kinds: ['reply', 'notice', 'call'],
    scope: 'phrase',
    skipQuoted: true,
  },
  { keep: (m, sentence) => keepWord(m, sentence) },
);
