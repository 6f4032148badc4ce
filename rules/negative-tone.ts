// п. 7: «не допускать … языковой агрессии (… негативная тональность, оскорбительные обороты и т.д.)».
// Hopeless, categorical or dismissive wording: «ничем не можем помочь», «бесполезно», «это не наша
// проблема». Not a refusal as such: «К сожалению, …» with a reason and an alternative, or a plain
// «отказано» with a reason, is `no-solution` ground, not tone (LABELING.md §4). Like aggression, an
// entry reports its clause unless it is flagged `phrase`; the citizen's quoted words are skipped.
import { dictionaryRule } from './lib/dictionary-rule.js';
import { clauseOf, clauseSpans } from './lib/clause.js';

const clauses = clauseSpans();
const firstInClause = clauses.keep;

export default dictionaryRule(
  {
    id: 'negative-tone',
    point: 'п. 7',
    quote: 'не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
    title: 'Негативная тональность',
    description:
      'Безнадёжные и категоричные слова («бесполезно», «категорически», «ничем не можем помочь», «это не наша проблема») закрывают разговор и оставляют человека без выхода. Объясните причину и скажите, что он может сделать, куда обратиться или как обжаловать решение.',
    severity: 'error',
    kinds: ['reply', 'notice', 'call'],
    scope: 'sentence',
    skipQuoted: true,
  },
  { keep: firstInClause, span: clauseOf },
);
