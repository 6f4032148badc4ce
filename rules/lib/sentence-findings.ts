// Phrase rules that judge a sentence rather than a single phrase (evasive, excuse, bureaucratese):
// the dictionary's matches in one sentence are gathered first, then reported either as one finding
// over their union (one non-answer is one finding however many status words it has) or, when a
// sentence holds many matches, as the whole sentence.
import type { RuleContext, RuleMeta, Sentence } from '../../src/engine/rule.js';
import type { PhraseMatch } from '../../src/dict/matcher.js';
import { matcherFor } from '../../src/dict/index.js';

export interface Found {
  start: number;
  end: number;
  /** First and last word index in the sentence. */
  first: number;
  last: number;
  entryId?: string;
  explanation: string;
  suggestions: string[];
  note?: string;
  severity?: 'warn' | 'error' | 'info';
}

export const fromMatch = (m: PhraseMatch): Found => ({
  start: m.start,
  end: m.end,
  first: m.first,
  last: m.last,
  entryId: m.entry.id,
  explanation: m.entry.explanation,
  suggestions: m.entry.suggestions,
  note: m.entry.note,
  severity: m.entry.severity,
});

/** The Russian message: what was found, why it hurts, the point, a better wording. */
export function reasonText(actual: string, explanation: string, point: string, suggestions: string[]): string {
  const quoted = actual.replace(/\s+/g, ' ').trim();
  const better = suggestions.length ? ` Лучше: «${suggestions[0].replace(/[.;]$/, '')}».` : '';
  return `«${quoted}» — ${explanation} (${point} правил).${better}`;
}

/**
 * A phrase that begins and ends inside «…»: a title («раздел „Занятость“», «программа „Забота“») or a
 * wording cited as such («формулировка „на рассмотрении“»), not the official's own style (LABELING §3.2).
 */
export function inTitle(sentence: Sentence, first: number, last: number): boolean {
  return sentence.words[first]?.inQuotes === true && sentence.words[last]?.inQuotes === true;
}

/** The dictionary matches of a sentence that survive the filters, longest first at each place, no overlaps. */
export function sentenceMatches(
  context: RuleContext,
  meta: RuleMeta,
  sentence: Sentence,
  keep?: (m: PhraseMatch) => boolean,
  /** Keep matches that overlap an earlier one (when the findings are reported as their union). */
  overlapping = false,
): Found[] {
  const matcher = matcherFor(meta.id, context.dictionaries);
  const out: Found[] = [];
  let lastEnd = -1;
  for (const m of matcher.match(sentence.words).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < lastEnd && !overlapping) continue;
    if (meta.skipQuoted && sentence.words.slice(m.first, m.last + 1).some((w) => w.quoted)) continue;
    if (meta.skipQuoted && inTitle(sentence, m.first, m.last)) continue;
    if (keep && !keep(m)) continue;
    if (context.isAllowed(m.start, m.end)) continue;
    lastEnd = Math.max(lastEnd, m.end);
    out.push(fromMatch(m));
  }
  return out;
}

/** Reports the findings of one sentence as a single finding over their union. */
export function reportUnion(context: RuleContext, meta: RuleMeta, found: Found[]): void {
  if (found.length === 0) return;
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const start = sorted[0].start;
  const end = Math.max(...sorted.map((f) => f.end));
  const lead = sorted[0];
  const actual = context.doc.text.slice(start, end);
  context.report({
    start,
    end,
    reason: reasonText(actual, lead.explanation, meta.point, lead.suggestions),
    expected: lead.suggestions,
    note: lead.note,
    entryId: lead.entryId,
    severity: lead.severity,
  });
}

/** Reports each finding on its own. */
export function reportEach(context: RuleContext, meta: RuleMeta, found: Found[]): void {
  for (const f of found) {
    const actual = context.doc.text.slice(f.start, f.end);
    context.report({
      start: f.start,
      end: f.end,
      reason: reasonText(actual, f.explanation, meta.point, f.suggestions),
      expected: f.suggestions,
      note: f.note,
      entryId: f.entryId,
      severity: f.severity,
    });
  }
}

/** A finding by its words [first, last] of a sentence, and its offsets. */
interface Span {
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * Remembers what `find` says of one sentence for as long as the sentence and the ones just before
 * and after it stay the same objects: live checking keeps those of unchanged paragraphs, so a rule
 * that reads a sentence and its neighbours (a date in the next sentence, evidence in the previous
 * one, the sentences before it in its paragraph) rescans a whole letter at the cost of a look-up
 * per sentence. The findings are kept by word index and their offsets recomputed when read.
 */
export function neighbourMemo<T extends Span>(find: (context: RuleContext, sentence: Sentence) => T[]): (context: RuleContext, sentence: Sentence) => T[] {
  const memo = new WeakMap<Sentence, { dictionaries: object; prev?: Sentence; next?: Sentence; found: T[] }>();
  return (context, sentence) => {
    const prev = context.doc.sentences[sentence.index - 1];
    const next = context.doc.sentences[sentence.index + 1];
    const hit = memo.get(sentence);
    if (hit && hit.dictionaries === context.dictionaries && hit.prev === prev && hit.next === next) {
      return hit.found.length === 0 ? hit.found : hit.found.map((f) => ({ ...f, start: sentence.words[f.first].start, end: sentence.words[f.last].end }));
    }
    const found = find(context, sentence);
    memo.set(sentence, { dictionaries: context.dictionaries, prev, next, found });
    return found;
  };
}

/** Sentences a style rule judges: not headings or signature lines. */
export function judgedSentences(context: RuleContext): Sentence[] {
  return context.doc.sentences.filter((s) => !s.heading);
}
