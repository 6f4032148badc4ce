// Russian parsing: unified + retext-latin for tokens, our plugin for segmentation, then the flat
// document model rules read. retext-english is the same parser plus English-only handling: it
// gives the same tokens on Russian text and is slower, so we use retext-latin.
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import type { Root } from 'nlcst';
import retextRussian, { buildTree, segmentTree, type FlatToken } from './russian.js';
import { findQuotes, quoteAt } from './quotes.js';
import type { Doc, Paragraph, QuoteSpan, Sentence, Token, TokenKind } from './model.js';

const processor = unified().use(retextLatin).use(retextRussian).freeze();

export const normWord = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

const WORDLIKE = new Set<TokenKind>(['word', 'number', 'date', 'time', 'phone', 'email', 'url', 'legal', 'placeholder', 'abbreviation', 'initials']);

/**
 * A document whose NLCST tree is built on first read. A class, not an object literal with a
 * getter: V8 gives each literal with its own accessor closure a hidden class of its own, kept in
 * the old generation, and that keeps the closure (with the text and tokens it captured) alive
 * until a full collection. Live checking makes a document on every keystroke.
 */
export class LazyDoc implements Doc {
  paragraphs: Paragraph[] = [];
  sentences: Sentence[] = [];
  #tree?: Root;
  readonly #build: () => Root;

  constructor(
    public text: string,
    public quotes: QuoteSpan[],
    public lines: Doc['lines'],
    build: () => Root,
  ) {
    this.#build = build;
  }

  get tree(): Root {
    return (this.#tree ??= this.#build());
  }
}

export function parse(text: string): Doc {
  // the chunked retext-latin parse, then our segmentation; the NLCST tree of the result is built
  // only if someone reads `doc.tree` (rules read the flat model, which is much cheaper)
  const raw = processor.parse(text) as Root;
  const seg = segmentTree(raw, text);
  const quotes = findQuotes(text);
  const lines = linesOf(text);
  const doc = new LazyDoc(text, quotes, lines, () => buildTree(seg, text));
  let lineIndex = 0;
  for (const ranges of seg.paragraphs) {
    const first = seg.tokens[ranges[0][0]];
    const last = seg.tokens[ranges[ranges.length - 1][1] - 1];
    const paragraph: Paragraph = { start: first.start, end: last.end, text: text.slice(first.start, last.end), index: doc.paragraphs.length, sentences: [] };
    for (const [from, to] of ranges) {
      const sentence = toSentence(seg.tokens, from, to, text, quotes, paragraph.index, doc.sentences.length);
      while (lineIndex + 1 < lines.length && lines[lineIndex].end < sentence.start) lineIndex++;
      sentence.line = lineIndex;
      const line = lines[lineIndex];
      sentence.heading = !!line && line.start === sentence.start && trimEnd(line) === sentence.end && !/[.!?…:;,»)]$/.test(sentence.text) && !sentence.listItem;
      paragraph.sentences.push(sentence);
      doc.sentences.push(sentence);
    }
    doc.paragraphs.push(paragraph);
  }
  return doc;
}

function trimEnd(line: { start: number; end: number; text: string }) {
  // by hand: /\s+$/ is quadratic on a long run of spaces followed by a letter
  let end = line.text.length;
  while (end > 0 && /\s/.test(line.text[end - 1])) end--;
  return line.start + end;
}

function toSentence(all: FlatToken[], from: number, to: number, text: string, quotes: QuoteSpan[], paragraph: number, index: number): Sentence {
  const start = all[from].start;
  const end = all[to - 1].end;
  const tokens: Token[] = [];
  const words: Token[] = [];
  let listItem = false;
  for (let k = from; k < to; k++) {
    const t = all[k];
    if (t.type === 'ws') continue;
    if ((t as { listMarker?: boolean }).listMarker) listItem = true;
    const inside = quotes.length ? quoteAt(quotes, t.start, t.end) : undefined;
    const token: Token = { kind: t.kind as TokenKind, text: t.text, norm: normWord(t.text), start: t.start, end: t.end, quoted: !!inside?.speech, inQuotes: !!inside, index: tokens.length };
    tokens.push(token);
    if (WORDLIKE.has(token.kind)) words.push(token);
  }
  return { start, end, text: text.slice(start, end), tokens, words, paragraph, index, heading: false, listItem, line: 0 };
}

function linesOf(text: string) {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let at = 0;
  for (const part of text.split('\n')) {
    if (part.trim()) lines.push({ start: at, end: at + part.length, text: part });
    at += part.length + 1;
  }
  return lines;
}

export type { Doc, Sentence, Token } from './model.js';
