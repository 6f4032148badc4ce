// Input normalisation: rules see clean text, every reported position still points into the
// original input. Characters are either kept one-to-one, replaced one-to-one (no-break spaces,
// a lone CR), or dropped (BOM, the CR of CRLF, soft hyphens, zero-width characters, stress marks);
// `toOriginal` records where each clean character came from.

export interface Normalized {
  original: string;
  text: string;
  /**
   * toOriginal[i] is the original offset of clean character i; toOriginal[text.length] =
   * original.length. Absent when the text needed no change (offsets are the same).
   */
  toOriginal?: Int32Array;
}

const DROPPED = new Set([
  0xfeff, // BOM / zero-width no-break space
  0x00ad, // soft hyphen
  0x200b, 0x200c, 0x200d, 0x2060, // zero-width space, non-joiner, joiner, word joiner
  0x0301, 0x0300, // combining acute and grave: stress marks
]);

const SPACES = new Set([0x00a0, 0x202f, 0x2007, 0x2009, 0x200a, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2008, 0x3000]);

// every character the loop below changes or drops: a text without them is clean as it is
const CHANGED = /[\r\u00ad\u00a0\u0300\u0301\u2002-\u200d\u2028\u2029\u202f\u2060\u3000\ufeff]/;

export function normalize(original: string): Normalized {
  // most drafts need nothing, and live checking normalises on every keystroke: no copy, no map
  if (!CHANGED.test(original)) return { original, text: original };
  const parts: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  let run = 0; // start of the current run of characters kept as they are
  const flush = (to: number) => {
    if (to > run) parts.push(original.slice(run, to));
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // the common case, kept as is: letters, digits, ASCII, ordinary punctuation
    if (code !== 0x0d && code !== 0x00ad && !(code >= 0x2000 && code <= 0x2060) && code !== 0x00a0 && code !== 0xfeff && code !== 0x0301 && code !== 0x0300 && code !== 0x3000) {
      map[n++] = i;
      continue;
    }
    flush(i);
    run = i + 1;
    if (DROPPED.has(code) || (code === 0x0d && original.charCodeAt(i + 1) === 0x0a)) continue; // the CR of CRLF is dropped
    if (code === 0x0d || code === 0x2028 || code === 0x2029) parts.push('\n');
    else if (SPACES.has(code)) parts.push(' ');
    else parts.push(original[i]);
    map[n++] = i;
  }
  map[n] = original.length;
  flush(original.length);
  return { original, text: parts.join(''), toOriginal: map.slice(0, n + 1) };
}

/** Maps a clean span [start, end) to the original span. */
export function toOriginalSpan(normalized: Normalized, start: number, end: number): [number, number] {
  const { toOriginal } = normalized;
  if (!toOriginal) return [start, end];
  const from = toOriginal[start];
  const to = end > start ? toOriginal[end - 1] + 1 : from;
  return [from, to];
}

/** Maps an original offset to a 1-based line and column (lines end at LF, as unified counts them). */
export function createLocator(original: string): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [0];
  for (let i = 0; i < original.length; i++) if (original.charCodeAt(i) === 0x0a) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  };
}
