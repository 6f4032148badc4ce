// The shared body of phrase rules: match the rule's dictionary (and the organisation's entries)
// in every sentence and report each match with its entry's explanation and suggestions.
import type { Rule, RuleContext, RuleMeta, Sentence } from '../../src/engine/rule.js';
import type { PhraseMatch } from '../../src/dict/matcher.js';
import { matcherFor } from '../../src/dict/index.js';
import { neighbourMemo } from './sentence-findings.js';

export interface DictionaryRuleHooks {
  /** Return false to drop a match (e.g. when the sentence is concrete). */
  keep?(match: PhraseMatch, sentence: Sentence, context: RuleContext): boolean;
  /**
   * `keep` reads only the sentence and the ones beside it (or before it in its paragraph): what a
   * sentence keeps is then remembered while they do not change (see neighbourMemo).
   */
  neighbours?: boolean;
  /** Report the whole sentence rather than the phrase. */
  span?(match: PhraseMatch, sentence: Sentence): [number, number];
}

export function reasonFor(actual: string, explanation: string, point: string, suggestions: string[]): string {
  const better = suggestions.length ? ` Лучше: «${suggestions[0].replace(/[.!]+$/, '')}».` : '';
  // an explanation that opens with the phrase itself must not repeat it
  const why = explanation.replace(/^«[^»]*»\s*[—–-]\s*/, '').replace(/\.$/, '');
  return `«${actual}» — ${why} (${point} правил).${better}`;
}

/** Builds a rule whose findings come from dictionaries/<rule>.yml. */
export function dictionaryRule(meta: RuleMeta, hooks: DictionaryRuleHooks = {}): Rule {
  const keptIn = (context: RuleContext, sentence: Sentence): PhraseMatch[] => {
    const kept: PhraseMatch[] = [];
    let lastEnd = -1;
    for (const m of matcherFor(meta.id, context.dictionaries).match(sentence.words).sort((a, b) => a.start - b.start || b.end - a.end)) {
      // overlapping matches of one rule in one place are one finding: the longest wins
      if (m.start < lastEnd) continue;
      if (meta.skipQuoted && sentence.words.slice(m.first, m.last + 1).some((w) => w.quoted)) continue;
      if (hooks.keep && !hooks.keep(m, sentence, context)) continue;
      if (context.isAllowed(m.start, m.end)) continue;
      lastEnd = m.end;
      kept.push(m);
    }
    return kept;
  };
  const matchesIn = hooks.neighbours ? neighbourMemo(keptIn) : keptIn;
  return {
    meta,
    check(context) {
      for (const sentence of context.doc.sentences) {
        for (const m of matchesIn(context, sentence)) {
          const [start, end] = hooks.span ? hooks.span(m, sentence) : [m.start, m.end];
          const actual = context.doc.text.slice(m.start, m.end);
          context.report({
            start,
            end,
            reason: reasonFor(actual, m.entry.explanation, meta.point, m.entry.suggestions),
            expected: m.entry.suggestions,
            note: m.entry.note,
            entryId: m.entry.id,
            severity: m.entry.severity,
          });
        }
      }
    },
  };
}
