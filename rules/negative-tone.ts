// п. 7: «не допускать … языковой агрессии (… негативная тональность, оскорбительные обороты и т.д.)».
// Hopeless, categorical or dismissive wording: «ничем не можем помочь», «бесполезно», «это не наша
// проблема». Not a refusal as such: «К сожалению, …» with a reason and an alternative, or a plain
// «отказано» with a reason, is `no-solution` ground, not tone (LABELING.md §4). Like aggression, an
// entry reports its clause unless it is flagged `phrase`; the citizen's quoted words are skipped.
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
