// Tone rules report the clause a phrase stands in, once per clause however many entries it trips.
import type { RuleContext, Sentence } from '../../src/engine/rule.js';
import type { PhraseMatch } from '../../src/dict/matcher.js';

/** The clause around a match: the sentence cut at «;» (a comma or a colon joins a clause to its reason). */
export function clauseOf(m: PhraseMatch, sentence: Sentence): [number, number] {
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

/**
 * The clauses a rule has reported in one run: `claim` says whether a span is new, `keep` is the
 * dictionaryRule hook that lets through the first match of each clause.
 */
export function clauseSpans() {
  const seen = new WeakMap<RuleContext, Array<[number, number]>>();
  const claim = (context: RuleContext, start: number, end: number): boolean => {
    let spans = seen.get(context);
    if (!spans) seen.set(context, (spans = []));
    if (spans.some(([a, b]) => a < end && start < b)) return false;
    spans.push([start, end]);
    return true;
  };
  const keep = (m: PhraseMatch, sentence: Sentence, context: RuleContext): boolean => {
    const [s, e] = clauseOf(m, sentence);
    return claim(context, s, e);
  };
  return { claim, keep };
}
