// Applying edits to the original input. Edits are applied from the end, so earlier positions stay
// valid; overlapping edits after the first are skipped rather than corrupting the text.
import type { TextEdit, YasnoMessage } from '../types.js';

export function applyEdits(input: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = input;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.end > limit) continue;
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/** Applies the safe automatic fixes (`message.fix`) of the messages. */
export function applyFixes(input: string, messages: YasnoMessage[]): string {
  return applyEdits(input, messages.flatMap((m) => (m.fix ? [m.fix] : [])));
}
