// .eml → the official's new text. postal-mime (browser + Node, no Node built-ins) does MIME:
// multipart, base64 / quoted-printable and charsets (windows-1251, koi8-r via TextDecoder).
// It is asynchronous, so this format is too.

import PostalMime from 'postal-mime';
import { InputError } from '../errors.js';
import { blankRange } from './blank.js';
import { extractHtml } from './html.js';

export interface ExtractedProse {
  /** The text positions refer to: for eml, the decoded body part (plain text or HTML). */
  source: string;
  /** Same length as `source`; everything that is not prose is blanked. */
  text: string;
}

// A line that opens a quoted earlier message, after which nothing is the official's text.
const SEPARATOR = /^\s*-{2,}\s*(?:original message|исходное сообщение|пересылаемое сообщение|forwarded message|перенаправленное сообщение)\s*-{2,}\s*$/i;
// «12.05.2024, 10:15, Иван <ivan@mail.ru> пишет:», «On Mon, 1 Jan 2024 … wrote:». Not
// «вы пишете:» — that introduces the citizen's words inside the official's own reply.
const ATTRIBUTION = /(?:^|[^а-яёa-z])(?:пишет|написал|написала|написал\(а\)|wrote)\s*:\s*$/i;
const HAS_DATE_OR_ADDRESS = /@|\d{1,2}[:.]\d{2}|\d{4}/;
// Outlook's header block: «From: …» / «От: …» followed by «Sent:» / «Отправлено:».
const HEADER_FROM = /^\s*(?:from|от)\s*:/i;
const HEADER_SENT = /^\s*(?:sent|date|отправлено|дата)\s*:/i;
const SIGNATURE = /^-- ?$/;
const QUOTED = /^\s*>/;

/**
 * Blank what is not the official's new text: `>`-quoted lines, everything from an earlier
 * message's attribution or separator line on, and the signature after a `-- ` line.
 * Works on the extracted text (same length as the source), line by line.
 */
export function dropQuotesAndSignature(text: string): string {
  const out = text.split('');
  const lines: Array<{ start: number; end: number; value: string }> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const value = text.slice(start, i).replace(/\r$/, '').replace(/\u200B/g, '');
      lines.push({ start, end: i, value });
      start = i + 1;
    }
  }
  const nextNonBlank = (index: number) => lines.slice(index + 1).find((l) => l.value.trim() !== '');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const opensQuote =
      SEPARATOR.test(line.value) ||
      SIGNATURE.test(line.value) ||
      (ATTRIBUTION.test(line.value) &&
        (HAS_DATE_OR_ADDRESS.test(line.value) || QUOTED.test(nextNonBlank(n)?.value ?? ''))) ||
      (HEADER_FROM.test(line.value) && lines.slice(n + 1, n + 5).some((l) => HEADER_SENT.test(l.value)));
    if (opensQuote) {
      blankRange(out, line.start, text.length);
      break;
    }
    if (QUOTED.test(line.value)) blankRange(out, line.start, line.end);
  }
  return out.join('');
}

function toBytes(raw: string | Uint8Array): Uint8Array {
  if (typeof raw !== 'string') return raw;
  // A message read as Latin-1 (or pure 7-bit) maps back to its bytes one to one; anything
  // else was decoded already and is re-encoded as UTF-8.
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u00ff]*$/.test(raw)) return Uint8Array.from(raw, (ch) => ch.charCodeAt(0));
  return new TextEncoder().encode(raw);
}

/**
 * Whether the message has a real inline text/plain body: postal-mime makes one up from the
 * HTML when there is none, and that made-up text must not win over the HTML itself.
 * Looks at the top header block and at the header block after every boundary line.
 */
function hasPlainPart(bytes: Uint8Array): boolean {
  const raw = new TextDecoder('latin1').decode(bytes);
  const blocks: string[] = [];
  const headerBlock = (from: number) => {
    const end = raw.slice(from).search(/\r?\n\r?\n/);
    return end < 0 ? raw.slice(from) : raw.slice(from, from + end);
  };
  blocks.push(headerBlock(0));
  const boundary = /^--[^\r\n]+\r?\n/gm;
  for (let m = boundary.exec(raw); m; m = boundary.exec(raw)) blocks.push(headerBlock(m.index + m[0].length));
  return blocks.some((block, index) => {
    const type = /^content-type\s*:\s*([^;\s]+)/im.exec(block)?.[1].toLowerCase();
    const attachment = /^content-disposition\s*:\s*attachment/im.test(block);
    return !attachment && (type === 'text/plain' || (index === 0 && type === undefined));
  });
}

/**
 * Parse an e-mail message (pass the file's BYTES: an 8-bit body in windows-1251 cannot be
 * recovered from a string decoded with the wrong charset) and return its text/plain body,
 * else its text/html body run through the HTML extractor, with quotes and signature blanked.
 */
export async function extractEml(raw: string | Uint8Array): Promise<ExtractedProse> {
  const bytes = toBytes(raw);
  let email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new InputError('не удалось разобрать письмо (.eml): файл повреждён или это не письмо', { cause: error });
  }
  if (email.text !== undefined && email.text.trim() !== '' && (email.html === undefined || hasPlainPart(bytes))) {
    return { source: email.text, text: dropQuotesAndSignature(email.text) };
  }
  if (email.html !== undefined && email.html.trim() !== '') {
    return { source: email.html, text: dropQuotesAndSignature(extractHtml(email.html, { dropQuotes: true })) };
  }
  throw new InputError('в письме нет текста: ни части text/plain, ни части text/html');
}
