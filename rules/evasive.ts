// п. 7: «не допускать неуместных уточнений, рассуждений, косвенных ответов, оправданий, отсутствия
// ответа на обращение, конкретики („вопрос взят на контроль“, „принято в обработку“ и т.д.)».
// A status phrase is a non-answer unless the same or the next sentence gives the concrete thing:
// a date, an action with who does it, a number for this client (LABELING.md §3.5).
import { concreteNearby } from '../src/analysis/concrete.js';
import { dictionaryRule } from './lib/dictionary-rule.js';

export default dictionaryRule(
  {
    id: 'evasive',
    point: 'п. 7',
    quote: 'не допускать неуместных уточнений, рассуждений, косвенных ответов, оправданий, отсутствия ответа на обращение, конкретики («вопрос взят на контроль», «принято в обработку» и т.д.)',
    title: 'Ответ без конкретики',
    description:
      'Фразы вроде «принято в обработку» или «вопрос на контроле» сообщают статус, но не ответ: клиент не узнаёт, что сделано, кто это делает и когда будет результат. Напишите конкретно: что сделано, кто и что сделает дальше и к какой дате.',
    severity: 'error',
    kinds: ['reply', 'notice', 'call'],
    scope: 'phrase',
    skipQuoted: true,
  },
  {
    // «always» entries («в ближайшее время») are vague by themselves: a date elsewhere does not save them
    keep: (m, sentence, context) => m.entry.flags?.includes('always') || !concreteNearby(context.doc, sentence, m.first, m.last),
  },
);
