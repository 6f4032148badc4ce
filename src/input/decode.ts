// Bytes → string. Browser-safe: only TextDecoder, which Node (full ICU) and browsers both
// have with the legacy Cyrillic encodings.
//
// The BOM is KEPT in `text` as U+FEFF (whatever the encoding), so offsets into `text` are
// offsets into what a editor shows after decoding; normalisation strips U+FEFF and maps
// positions back, exactly as it does for U+200B.

import { InputError } from './errors.js';

export interface DecodedText {
  text: string;
  /** WHATWG encoding name actually used: utf-8, utf-16le, utf-16be, windows-1251, koi8-r. */
  encoding: string;
}

// Most frequent Russian lowercase letters: decoding cp1251 bytes as KOI8-R (or the other way
// round) swaps the case and scrambles the letters, so the right decoding scores far higher.
const FREQUENT = new Set('оеаинтсрвлкмдпуяыь');

function decodeStrict(bytes: Uint8Array, encoding: string, label = encoding): string {
  let decoder: TextDecoder;
  try {
    // ignoreBOM: keep U+FEFF in the text (see the note at the top).
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new InputError(`неизвестная кодировка «${label}»`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`файл не в кодировке ${label}: в нём есть недопустимые для неё байты`);
  }
}

function cyrillicScore(text: string): number {
  let frequent = 0;
  let cyrillic = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x0400 && code <= 0x04ff) {
      cyrillic++;
      if (FREQUENT.has(ch)) frequent++;
    }
  }
  return cyrillic === 0 ? 0 : frequent / cyrillic;
}

function hasNul(text: string): boolean {
  return text.includes('\u0000');
}

/**
 * BOM-less UTF-16 still shows up (Windows «Unicode» text). In UTF-16 every Cyrillic letter
 * has the high byte 0x04 and every ASCII character 0x00, so one byte lane is almost only
 * 0x00/0x04 while the other is not.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenHigh = 0;
  let oddHigh = 0;
  let evenZero = 0;
  let oddZero = 0;
  const pairs = bytes.length / 2;
  for (let i = 0; i < bytes.length; i += 2) {
    const a = bytes[i];
    const b = bytes[i + 1];
    if (a === 0 || a === 4) evenHigh++;
    if (b === 0 || b === 4) oddHigh++;
    if (a === 0) evenZero++;
    if (b === 0) oddZero++;
  }
  if (oddHigh / pairs > 0.9 && oddZero > 0 && evenZero === 0) return 'utf-16le';
  if (evenHigh / pairs > 0.9 && evenZero > 0 && oddZero === 0) return 'utf-16be';
  return undefined;
}

/**
 * Decode a file's bytes. An explicit `encoding` (any WHATWG label: `cp1251`, `koi8-r`,
 * `utf-16le`…) overrides detection. Detection: BOM (UTF-8, UTF-16 LE/BE), BOM-less UTF-16,
 * valid UTF-8, then Windows-1251 or KOI8-R for invalid UTF-8 whose high bytes are mostly in
 * 0xC0–0xFF (where both put the Cyrillic letters).
 */
export function decodeBytes(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding !== undefined && encoding.trim() !== '') {
    const label = encoding.trim();
    let name: string;
    try {
      name = new TextDecoder(label).encoding;
    } catch {
      throw new InputError(`неизвестная кодировка «${label}»`);
    }
    const text = decodeStrict(bytes, name, label);
    if (!name.startsWith('utf-16') && hasNul(text)) throw binary();
    return { text, encoding: name };
  }

  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;

  if (!hasUtf8Bom && bytes.includes(0)) {
    const sniffed = sniffUtf16(bytes);
    if (sniffed) return utf16(bytes, sniffed);
    throw binary();
  }

  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: try the legacy Cyrillic encodings below
  }
  if (hasUtf8Bom) throw new InputError('файл начинается с метки UTF-8, но дальше в нём недопустимые для UTF-8 байты');

  let high = 0;
  let letters = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) {
      high++;
      if (byte >= 0xc0) letters++;
    }
  }
  if (high === 0 || letters / high < 0.6) {
    throw new InputError('файл не в кодировке UTF-8 и не похож на Windows-1251: сохраните его в UTF-8');
  }
  const cp1251 = decodeStrict(bytes, 'windows-1251');
  const koi8 = decodeStrict(bytes, 'koi8-r');
  return cyrillicScore(koi8) > cyrillicScore(cp1251)
    ? { text: koi8, encoding: 'koi8-r' }
    : { text: cp1251, encoding: 'windows-1251' };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = decodeStrict(bytes, encoding, encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE');
  if (hasNul(text)) throw binary();
  return { text, encoding };
}

function binary(): InputError {
  return new InputError('двоичный файл, а не текст: в нём есть нулевые байты');
}
