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

/** Applies one edit (e.g. a suggestion from `message.fixes`) to the text it was computed on. */
export function applyEdit(input: string, edit: TextEdit): string {
  if (edit.start < 0 || edit.end < edit.start || edit.end > input.length) throw new RangeError('yasno: правка за пределами текста');
  return input.slice(0, edit.start) + edit.text + input.slice(edit.end);
}

/**
 * Moves the findings over an applied edit, so a client can apply another suggestion without
 * relinting: findings before the edit stay, those after it shift, those it touched are dropped.
 * `text` is the text after the edit (for lines and columns).
 */
export function shiftMessages(messages: readonly YasnoMessage[], edit: TextEdit, text: string): YasnoMessage[] {
  const delta = edit.text.length - (edit.end - edit.start);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lineStarts.push(i + 1);
  const point = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo] + 1, offset };
  };
  const move = (at: number) => (at >= edit.end ? at + delta : at);
  // a replaced range overlaps the finding; an insertion falls strictly inside it
  const touched = (start: number, end: number) => (edit.start < edit.end ? start < edit.end && end > edit.start : start < edit.start && edit.start < end);
  const out: YasnoMessage[] = [];
  for (const m of messages) {
    const start = m.place.start.offset;
    const end = m.place.end.offset;
    if (touched(start, end)) continue;
    if (end <= edit.start) {
      out.push(m);
      continue;
    }
    const s = point(move(start));
    const shifted: YasnoMessage = { ...m, place: { start: s, end: point(move(end)) }, line: s.line, column: s.column };
    if (m.fixes) shifted.fixes = m.fixes.map((f) => ({ ...f, start: move(f.start), end: move(f.end) }));
    if (m.fix) shifted.fix = { ...m.fix, start: move(m.fix.start), end: move(m.fix.end) };
    out.push(shifted);
  }
  return out;
}
