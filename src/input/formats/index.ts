// Format extraction: decoded source → prose of the same length (see DESIGN.md, src/input/).
// The parsers behind Markdown, HTML and e-mail (micromark, parse5, postal-mime) are loaded on
// first need: a plain-text draft, the common case, starts without them. `lint()` loads what a
// document needs; before `lintSync()` on Markdown or HTML, call `loadFormat` (or `linter.load()`).

import type { InputFormat } from '../../types.js';
import { decodeBytes } from '../decode.js';
import { InputError } from '../errors.js';
import type { ExtractedProse } from './eml.js';

export type { ExtractedProse };
export type { HtmlOptions } from './html.js';
export { guessFormat } from './guess.js';

const extractors: { markdown?: (source: string) => string; html?: (source: string) => string } = {};

/** Loads the parser of a format, so that the synchronous `extractProse` can handle it. */
export async function loadFormat(format: InputFormat): Promise<void> {
  if (format === 'markdown' && !extractors.markdown) extractors.markdown = (await import('./markdown.js')).extractMarkdown;
  if (format === 'html' && !extractors.html) {
    const { extractHtml } = await import('./html.js');
    extractors.html = (source) => extractHtml(source);
  }
}

/**
 * Synchronous extraction for `text`, `markdown` and `html`: `text` has exactly the length of
 * `source`, prose at the same offsets. `eml` throws: use extractProseAsync (or lint()).
 */
export function extractProse(source: string, format: InputFormat): ExtractedProse {
  switch (format) {
    case 'text':
      return { source, text: source };
    case 'markdown':
    case 'html': {
      const extract = extractors[format];
      if (!extract) throw new InputError(`разбор формата ${format} ещё не загружен: вызовите await loadFormat('${format}') или lint() вместо lintSync()`);
      return { source, text: extract(source) };
    }
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
  if (format === 'eml') return (await import('./eml.js')).extractEml(input);
  const source = typeof input === 'string' ? input : decodeBytes(input).text;
  await loadFormat(format);
  return extractProse(source, format);
}
