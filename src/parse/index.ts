// Russian parsing: unified + retext-latin for tokens, our plugin for segmentation, then the flat
// document model rules read. retext-english is the same parser plus English-only handling: it
// gives the same tokens on Russian text and is slower, so we use retext-latin.
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import type { Root, Sentence as NlcstSentence, Word } from 'nlcst';
import retextRussian from './russian.js';
import { findQuotes } from './quotes.js';
import type { Doc, Paragraph, QuoteSpan, Sentence, Token, TokenKind } from './model.js';

const processor = unified().use(retextLatin).use(retextRussian).freeze();

export const normWord = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

const WORDLIKE = new Set<TokenKind>(['word', 'number', 'date', 'time', 'phone', 'email', 'url', 'legal', 'placeholder', 'abbreviation', 'initials']);

export function parse(text: string): Doc {
  const tree = processor.parse(text) as Root;
  processor.runSync(tree, { value: text } as never);
  const quotes = findQuotes(text);
  const lines = linesOf(text);
  const doc: Doc = { text, tree, paragraphs: [], sentences: [], quotes, lines };
  let lineIndex = 0;
  tree.children.forEach((p) => {
    if (p.type !== 'ParagraphNode') return;
    const paragraph: Paragraph = {
      start: p.position!.start.offset!,
      end: p.position!.end.offset!,
      text: text.slice(p.position!.start.offset!, p.position!.end.offset!),
      index: doc.paragraphs.length,
      sentences: [],
    };
    for (const s of p.children) {
      if (s.type !== 'SentenceNode') continue;
      const sentence = toSentence(s, text, quotes, paragraph.index, doc.sentences.length);
      while (lineIndex + 1 < lines.length && lines[lineIndex].end < sentence.start) lineIndex++;
      sentence.line = lineIndex;
      const line = lines[lineIndex];
      sentence.heading = !!line && line.start === sentence.start && trimEnd(line) === sentence.end && !/[.!?…:;,»)]$/.test(sentence.text) && !sentence.listItem;
      paragraph.sentences.push(sentence);
      doc.sentences.push(sentence);
    }
    doc.paragraphs.push(paragraph);
  });
  return doc;
}

function trimEnd(line: { start: number; end: number; text: string }) {
  return line.start + line.text.replace(/\s+$/, '').length;
}

function toSentence(node: NlcstSentence, text: string, quotes: QuoteSpan[], paragraph: number, index: number): Sentence {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const tokens: Token[] = [];
  let listItem = false;
  for (const child of node.children) {
    const s = child.position!.start.offset!;
    const e = child.position!.end.offset!;
    if (child.type === 'WhiteSpaceNode') continue;
    let kind: TokenKind;
    if (child.type === 'WordNode') kind = ((child as Word).data as { kind?: TokenKind } | undefined)?.kind ?? 'word';
    else if (child.type === 'PunctuationNode') kind = 'punct';
    else kind = /\p{Extended_Pictographic}/u.test(text.slice(s, e)) ? 'emoji' : 'symbol';
    if ((child.data as { listMarker?: boolean } | undefined)?.listMarker) listItem = true;
    const inside = quoteAt(quotes, s, e);
    const value = text.slice(s, e);
    tokens.push({ kind, text: value, norm: normWord(value), start: s, end: e, quoted: !!inside?.speech, inQuotes: !!inside, index: tokens.length });
  }
  return {
    start,
    end,
    text: text.slice(start, end),
    tokens,
    words: tokens.filter((t) => WORDLIKE.has(t.kind)),
    paragraph,
    index,
    heading: false,
    listItem,
    line: 0,
  };
}

/** The quote span holding [s, e), by binary search over the sorted spans. */
function quoteAt(quotes: QuoteSpan[], s: number, e: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= s) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // spans may nest («вы пишете:» inside a quote): look back a little for one that contains the token
  for (let k = found; k >= 0 && k >= found - 3; k--) if (quotes[k].start <= s && e <= quotes[k].end) return quotes[k];
  return undefined;
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
