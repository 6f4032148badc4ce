// п. 7: «не допускать архаизмов, жаргонной и просторечной лексики, языковой агрессии (грубость,
// хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)». This rule takes the jargon: the office
// and professional slang of the people who handle applications («заява», «льготник», «закрыть
// обращение», «пробить по базе»). The client does not share that slang, and it tells him that his
// case is a ticket in somebody's queue.
import { dictionaryRule } from './lib/dictionary-rule.js';
import { keepWord } from './lib/word-guards.js';

export default dictionaryRule(
  {
    id: 'jargon',
    point: 'п. 7',
    quote: 'не допускать архаизмов, жаргонной и просторечной лексики, языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
    title: 'Жаргон',
    description:
      'Служебный и профессиональный жаргон («заява», «льготник», «закрыть обращение», «пробить по базе») понятен сотрудникам, но не клиенту и звучит пренебрежительно. Назовите вещь обычным словом: «заявление», «получатель льготы», «ответить на обращение», «проверить в базе данных».',
    severity: 'warn',
    kinds: ['reply', 'notice', 'call'],
    scope: 'phrase',
    skipQuoted: true,
  },
  { keep: (m, sentence) => keepWord(m, sentence) },
);
