// п. 7: «не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство,
// негативная тональность, оскорбительные обороты и т.д.)». This rule takes the blame, rudeness,
// insults and orders to stop. LABELING.md §4 quotes the sentence or clause, so an entry reports the
// clause it sits in (the sentence up to «;»), unless it is flagged `phrase`. The citizen's own
// quoted words are never judged (§3.2).
import type { RuleContext, Sentence } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/dict/matcher.js';
import type { Rule } from '../src/engine/rule.js';
import type { Kind } from '../src/types.js';
import { matcherFor } from '../src/dict/index.js';
import { pastReproach } from '../src/analysis/tone.js';
import { dictionaryRule } from './lib/dictionary-rule.js';
import { clauseOf, clauseSpans } from './lib/clause.js';

const clauses = clauseSpans();
// an ironic reproach is sarcasm's, not aggression's
const firstInClause = (m: PhraseMatch, sentence: Sentence, context: RuleContext) => !ironic(sentence, context, m.first, m.last) && clauses.keep(m, sentence, context);

// «Какая неожиданность: вы снова забыли…» is irony about a slip, labelled sarcasm only (LABELING.md
// §2: a span carries the most specific id). A reproach inside an ironic sentence is left to sarcasm.
// When the irony marker lies within the reproach itself («вы, как всегда, забыли»), the reproach stays.
const ironyMemo = new WeakMap<Sentence, PhraseMatch[]>();
function ironic(sentence: Sentence, context: RuleContext, first: number, last: number): boolean {
  let found = ironyMemo.get(sentence);
  if (found === undefined) {
    found = matcherFor('sarcasm', context.dictionaries)
      .match(sentence.words)
      .filter((m) => !sentence.words.slice(m.first, m.last + 1).some((w) => w.quoted));
    ironyMemo.set(sentence, found);
  }
  // a marker of its own, not the reproach's words read as irony («вы, как всегда, забыли»)
  return found.some((m) => m.first < first || m.last > last);
}

const meta = {
  id: 'aggression',
  point: 'п. 7',
  quote: 'не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
  title: 'Грубость и обвинения',
  description:
    'Упрёки («вы сами виноваты», «не удосужились»), грубые требования («хватит писать»), оскорбления и поучения («читайте внимательнее») унижают человека и не помогают ему. Сообщите факт спокойно и скажите, что можно сделать сейчас.',
  severity: 'error' as const,
  kinds: ['reply', 'notice', 'call'] as Kind[],
  scope: 'sentence' as const,
  skipQuoted: true,
};

const base = dictionaryRule(meta, { keep: firstInClause, span: clauseOf });

const rule: Rule = {
  meta: {
    ...meta,
    examples: {
      incorrect: [
        '[[Билеты стоило сохранить, а не выбрасывать их сразу после поездки.]]',
        '[[Вам следовало прочитать договор, прежде чем его подписывать.]]',
        '[[Надо было сразу приносить оригиналы, а не копии.]]',
      ],
      correct: [
        'Нам нужно было дождаться ответа из Социального фонда, поэтому решение принято позже.',
        'Заявление следовало подать до 1 марта, поэтому мы рассмотрим его в общем порядке.',
        'Если бы справка пришла раньше, выплату можно было назначить с января.',
        'Как и следовало ожидать, перерасчёт увеличил выплату.',
        'Лечение стоило дорого, поэтому мы назначили компенсацию.',
      ],
    },
  },
  check(context) {
    base.check(context);
    for (const sentence of context.doc.sentences) {
      const found = pastReproach(sentence);
      if (!found || ironic(sentence, context, found.first, found.last)) continue;
      const m = { start: found.start, end: found.end, first: found.first, last: found.last, entry: { flags: [] } } as unknown as PhraseMatch;
      const [start, end] = clauseOf(m, sentence);
      if (context.isAllowed(found.start, found.end)) continue;
      if (!clauses.claim(context, start, end)) continue;
      const actual = context.doc.text.slice(found.start, found.end);
      context.report({
        start,
        end,
        reason: `«${actual}» — упрёк в том, что человек должен был сделать раньше, звучит как обвинение (п. 7 правил). Лучше сказать, что можно сделать сейчас.`,
        expected: ['Сейчас вы можете [что сделать].'],
        entryId: 'aggression.past-reproach',
      });
    }
  },
};

export default rule;
