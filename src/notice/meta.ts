// Reading notice metadata (front matter or library options, merged by the engine into
// context.meta) and the place where a document-level finding is shown.
import type { Doc, Sentence } from '../parse/model.js';

/** A field's value as text, or undefined when it is absent or empty. */
export function metaText(meta: Record<string, unknown>, field: string): string | undefined {
  const v = meta[field];
  if (v === undefined || v === null) return undefined;
  if (v instanceof Date) return v.toISOString();
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/** The first sentence of the body (the address line of a letter, the first line of a script). */
export function firstSentence(doc: Doc): Sentence | undefined {
  return doc.sentences.find((s) => s.words.length > 0) ?? doc.sentences[0];
}

/** The span of a document-level finding with no better place: the first sentence, or the start. */
export function documentSpan(doc: Doc): [number, number] {
  const s = firstSentence(doc);
  if (s) return [s.start, s.end];
  const at = doc.text.search(/\S/);
  return at < 0 ? [0, 0] : [at, at + 1];
}
