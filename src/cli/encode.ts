/// <reference types="node" />
// Writing text back in the encoding it was read in. TextEncoder only writes UTF-8, so the legacy
// Cyrillic single-byte encodings use a table built from TextDecoder (the reverse of decoding).

const tables = new Map<string, Map<number, number>>();

function tableFor(encoding: string): Map<number, number> {
  let table = tables.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const ch = decoder.decode(new Uint8Array([byte]));
      if (ch.length === 1 && ch !== '\uFFFD') table.set(ch.charCodeAt(0), byte);
    }
    tables.set(encoding, table);
  }
  return table;
}

export class EncodeError extends Error {}

export function encodeText(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const out = new Uint8Array(text.length * 2);
    const le = encoding === 'utf-16le';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = code & 0xff;
      out[2 * i + (le ? 1 : 0)] = code >> 8;
    }
    return out;
  }
  const table = tableFor(encoding);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[i] = code;
    else {
      const byte = table.get(code);
      if (byte === undefined) throw new EncodeError(`символ «${text[i]}» нельзя записать в кодировке ${encoding}`);
      out[i] = byte;
    }
  }
  return out;
}
