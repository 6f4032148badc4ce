import type { InputFormat } from '../../types.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  eml: 'eml',
};

// The headers a mail client writes first; one of them on the very first line means a message.
const MIME_HEADER = /^(?:from|to|subject|date|content-type|mime-version|received|return-path|message-id|delivered-to|x-[\w-]+)\s*:/i;

/**
 * The input format from the file name's extension, else from the content: an HTML document
 * start, a block of MIME headers at the top, else plain text. Markdown is never guessed from
 * content: a plain reply with a dash list reads the same either way.
 */
export function guessFormat(fileName?: string, source?: string): InputFormat {
  if (fileName) {
    const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
    const byName = match ? BY_EXTENSION[match[1].toLowerCase()] : undefined;
    if (byName) return byName;
  }
  if (source === undefined) return 'text';
  const head = source.slice(0, 2049).replace(/^\uFEFF/, '').slice(0, 2048);
  if (/^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) return 'html';
  const lines = head.split(/\r?\n/, 8);
  if (MIME_HEADER.test(lines[0] ?? '') && lines.slice(0, 6).filter((l) => MIME_HEADER.test(l)).length >= 2) {
    return 'eml';
  }
  if (/^\s*<(?:head|body|p|div|table)[\s>]/i.test(head)) return 'html';
  return 'text';
}
