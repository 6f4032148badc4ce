// Shared by the extractors: the output is an array of UTF-16 code units, one per source
// code unit, so every offset into the extracted text is the same offset into the source.

/** Padding after a decoded character reference; normalisation deletes it and maps back. */
export const PAD = '\u200B';

/** A blank copy of `source`: spaces, with every line break kept so line numbers stay. */
export function blankArray(source: string, start = 0, end = source.length): string[] {
  const out = new Array<string>(end - start);
  for (let i = start; i < end; i++) {
    const ch = source[i];
    out[i - start] = ch === '\n' || ch === '\r' ? ch : ' ';
  }
  return out;
}

export function blankString(source: string): string {
  return blankArray(source).join('');
}

/** Blank [start, end) of `out` in place, keeping line breaks. */
export function blankRange(out: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) {
    if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  }
}

/**
 * Write `replacement` at `offset` padded with U+200B to `length` code units. A reference is
 * always at least as long as what it stands for, so the result never grows.
 */
export function writePadded(out: string[], offset: number, length: number, replacement: string): void {
  const units = replacement.length <= length ? replacement : replacement.slice(0, length);
  for (let i = 0; i < length; i++) out[offset + i] = i < units.length ? units[i] : PAD;
}

/**
 * Put line breaks into a blanked region [start, end) that stands for a block boundary, so
 * that the parser sees separate lines or paragraphs. Only plain spaces are overwritten:
 * prose and existing line breaks are never touched.
 */
export function breakAt(out: string[], start: number, end: number, count: number): void {
  let written = 0;
  for (let i = start; i < end && written < count; i++) {
    if (out[i] !== ' ') return;
    out[i] = '\n';
    written++;
  }
}
