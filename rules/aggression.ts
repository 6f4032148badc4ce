// п. 7: «не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство,
// негативная тональность, оскорбительные обороты и т.д.)». This rule takes the blame, rudeness,
// insults and orders to stop. LABELING.md §4 quotes the sentence or clause, so an entry reports the
// clause it sits in (the sentence up to «;»), unless it is flagged `phrase`. The citizen's own
// quoted words are never judged (§3.2).
import type { RuleContext, Sentence } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/dict/matcher.js';
import { dictionaryRule } from './lib/dictionary-rule.js';

/** The clause around a match: the sentence cut at «;» (a comma or a colon joins a clause to its reason). */
function clauseOf(m: PhraseMatch, sentence: Sentence): [number, number] {
  if (m.entry.flags?.includes('phrase')) return [m.start, m.end];
  let start = sentence.start;
  let end = sentence.end;
  for (const t of sentence.tokens) {
    if (t.kind !== 'punct' || !/^;$/.test(t.text)) continue;
    if (t.end <= m.start) start = t.end;
    else if (t.start >= m.end && t.start < end) end = t.start;
  }
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  return [start + lead, end - trail];
}

// A clause is one finding, however many entries it trips (one run of the rule = one context).
const seen = new WeakMap<RuleContext, Array<[number, number]>>();
function firstInClause(m: PhraseMatch, sentence: Sentence, context: RuleContext): boolean {
  const [s, e] = clauseOf(m, sentence);
  let spans = seen.get(context);
  if (!spans) seen.set(context, (spans = []));
  if (spans.some(([a, b]) => a < e && s < b)) return false;
  spans.push([s, e]);
  return true;
}

export default dictionaryRule(
  {
    id: 'aggression',
    point: 'п. 7',
    quote: 'не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
    title: 'Грубость и обвинения',
    description:
      'Упрёки («вы сами виноваты», «не удосужились»), грубые требования («хватит писать»), оскорбления и поучения («читайте внимательнее») унижают человека и не помогают ему. Сообщите факт спокойно и скажите, что можно сделать сейчас.',
    severity: 'error',
    kinds: ['reply', 'notice', 'call'],
    scope: 'sentence',
    skipQuoted: true,
  },
  { keep: firstInClause, span: clauseOf },
);
