// Format extraction: decoded source → prose of the same length (see DESIGN.md, src/input/).
// text, markdown and html are synchronous (lintSync); eml needs postal-mime, which is async.

import type { InputFormat } from '../../types.js';
import { decodeBytes } from '../decode.js';
import { InputError } from '../errors.js';
import { extractEml, type ExtractedProse } from './eml.js';
import { extractHtml } from './html.js';
import { extractMarkdown } from './markdown.js';

export type { ExtractedProse };
export { extractEml, dropQuotesAndSignature } from './eml.js';
export { extractHtml, type HtmlOptions } from './html.js';
export { extractMarkdown } from './markdown.js';
export { guessFormat } from './guess.js';

/**
 * Synchronous extraction for `text`, `markdown` and `html`: `text` has exactly the length of
 * `source`, prose at the same offsets. `eml` throws: use extractProseAsync (or lint()).
 */
export function extractProse(source: string, format: InputFormat): ExtractedProse {
  switch (format) {
    case 'text':
      return { source, text: source };
    case 'markdown':
      return { source, text: extractMarkdown(source) };
    case 'html':
      return { source, text: extractHtml(source) };
    case 'eml':
      throw new InputError('письмо (.eml) разбирается только асинхронно: вызовите lint(), а не lintSync()');
    default:
      throw new InputError(`неизвестный формат «${String(format)}»: ожидается text, markdown, html или eml`);
  }
}

/**
 * Every format. For `eml` pass the raw bytes (the message's own charsets decide the
 * decoding) and the returned `source` is the decoded body; other formats take the decoded
 * string or bytes (decoded with decodeBytes: UTF-8, UTF-16, Windows-1251, KOI8-R).
 */
export async function extractProseAsync(input: string | Uint8Array, format: InputFormat): Promise<ExtractedProse> {
  if (format === 'eml') return extractEml(input);
  const source = typeof input === 'string' ? input : decodeBytes(input).text;
  return extractProse(source, format);
}
