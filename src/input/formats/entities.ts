import { decodeHTML, decodeHTMLStrict } from 'entities';
import { writePadded } from './blank.js';

// Named (up to the longest HTML name), decimal and hex references; the `;` is optional in
// HTML text (legacy references like `&nbsp` or `&copy`), required in Markdown.
const REFERENCE = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/g;

/**
 * Copy source[start, end) into `out`, replacing each character reference by its character
 * followed by U+200B padding, so offsets stay aligned and words are not cut.
 */
export function paintWithReferences(
  out: string[],
  source: string,
  start: number,
  end: number,
  strict: boolean,
): void {
  const slice = source.slice(start, end);
  for (let i = 0; i < slice.length; i++) out[start + i] = slice[i];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(slice); m; m = REFERENCE.exec(slice)) {
    const raw = m[0];
    // Markdown: `\&amp;` is an escaped ampersand followed by the letters «amp;».
    if (strict && (!raw.endsWith(';') || slice[m.index - 1] === '\\')) continue;
    const decoded = strict ? decodeHTMLStrict(raw) : decodeHTML(raw);
    if (decoded === raw) continue;
    writePadded(out, start + m.index, raw.length, decoded);
  }
}
