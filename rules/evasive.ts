// п. 7: «не допускать неуместных уточнений, рассуждений, косвенных ответов, оправданий, отсутствия
// ответа на обращение, конкретики („вопрос взят на контроль“, „принято в обработку“ и т.д.)».
// A status phrase is a non-answer unless the same or the next sentence gives the concrete thing:
// a date, an action with who does it, a number for this client (LABELING.md §3.5). One vague
// sentence is one finding, however many status words it stacks up.
import type { Rule, RuleMeta } from '../src/engine/rule.js';
import { concreteNearby } from '../src/analysis/concrete.js';
import { judgedSentences, reportUnion, sentenceMatches } from './lib/sentence-findings.js';

const meta: RuleMeta = {
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
};

const rule: Rule = {
  meta,
  check(context) {
    for (const sentence of judgedSentences(context)) {
      const found = sentenceMatches(context, meta, sentence, (m) =>
        // «always» entries («в ближайшее время») are vague by themselves: a date elsewhere does not save them
        m.entry.flags?.includes('always') ? true : !concreteNearby(context.doc, sentence, m.first, m.last),
        true,
      );
      reportUnion(context, meta, found);
    }
  },
};

export default rule;
