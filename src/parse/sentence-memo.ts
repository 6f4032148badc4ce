// What a rule works out from one sentence alone, remembered on the sentence.
//
// Live checking (src/engine/live.ts) keeps the Sentence objects of unchanged paragraphs from one
// keystroke to the next and only moves them (offsets and indexes change in place). A rule that
// must see the whole letter (first use of an abbreviation, a brush-off score, a refusal and a next
// step anywhere) can then rescan it at the cost of one look-up per sentence. So a remembered value
// must hold nothing that moves: token indexes, flags and entries are fine, offsets are not.
import type { Sentence } from './model.js';

/**
 * Wraps `compute` so that it runs once per sentence and `key` (the object its answer depends on,
 * such as the organisation's dictionaries); `args` must be fixed for a given key.
 */
export function perSentence<T, K extends object, A extends unknown[]>(
  compute: (sentence: Sentence, key: K, ...args: A) => T,
): (sentence: Sentence, key: K, ...args: A) => T {
  const memo = new WeakMap<Sentence, { key: K; value: T }>();
  return (sentence, key, ...args) => {
    const hit = memo.get(sentence);
    if (hit && hit.key === key) return hit.value;
    const value = compute(sentence, key, ...args);
    memo.set(sentence, { key, value });
    return value;
  };
}
