// Our Russian plugin for retext: retext-latin tokenises well but segments Russian badly (it
// breaks after «г.», «ул.», «И. П.», «ст. 7 ч. 1», and does not break after «и т. д.» or «Дом 5.»
// before a capital). We keep its tokens and rebuild paragraphs and sentences with Russian rules
// (LABELING.md §6): literal units merged into one word, abbreviation and initial periods kept
// inside the sentence, a line break always ending a sentence.
import type { Paragraph, Root, Sentence, SentenceContent, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { DOTTED_ABBREVIATIONS, FINAL_ABBREVIATIONS, SPACED_ABBREVIATIONS } from './abbreviations.js';
import { literalAt } from './literals.js';
import type { TokenKind } from './model.js';

export interface FlatToken {
  type: 'word' | 'ws' | 'punct' | 'symbol';
  kind: TokenKind | 'ws';
  text: string;
  start: number;
  end: number;
}

const UPPER = /^[А-ЯЁA-Z]/;
const TERMINAL = /^[.!?…]+$|^\.\.\.$|^[!?]+\.?$/;
const CLOSERS = /^[»")\]”’]+$/;
const EMOJI = /\p{Extended_Pictographic}/u;
const LIST_MARKER = /^(?:\d{1,2}[.)]|[а-яa-z][)]|[–—•*·▪-])$/;
const VERB_END = /(?:ли|ть|ем|им|ют|ут|ат|ят|ил|ал|ел|ем|ет|ит)$/;

/** Flattens retext-latin's tree into tokens with offsets into the text. */
function flatten(tree: Root, text: string, base = 0): FlatToken[] {
  const out: FlatToken[] = [];
  const visit = (node: { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } }) => {
    if (node.type === 'WordNode' || node.type === 'WhiteSpaceNode' || node.type === 'PunctuationNode' || node.type === 'SymbolNode' || node.type === 'SourceNode' || node.type === 'TextNode') {
      const start = base + (node.position?.start.offset ?? 0);
      const end = base + (node.position?.end.offset ?? 0);
      const value = text.slice(start, end);
      const type = node.type === 'WordNode' || node.type === 'TextNode' || node.type === 'SourceNode' ? 'word' : node.type === 'WhiteSpaceNode' ? 'ws' : node.type === 'PunctuationNode' ? 'punct' : 'symbol';
      out.push({ type, kind: type === 'ws' ? 'ws' : type === 'word' ? 'word' : type === 'punct' ? 'punct' : EMOJI.test(value) ? 'emoji' : 'symbol', text: value, start, end });
      return;
    }
    for (const child of (node.children ?? []) as typeof node[]) visit(child);
  };
  visit(tree as never);
  return out;
}

/** Splits «5.» and «см.» into a word and a period; keeps inner-dot words («т.п.», «Е.В.», «gosuslugi.ru»). */
function splitFinalPeriods(tokens: FlatToken[]): FlatToken[] {
  const out: FlatToken[] = [];
  for (const t of tokens) {
    if (t.type === 'word' && t.text.length > 1 && t.text.endsWith('.') && !t.text.slice(0, -1).includes('.')) {
      out.push({ ...t, text: t.text.slice(0, -1), end: t.end - 1 });
      out.push({ type: 'punct', kind: 'punct', text: '.', start: t.end - 1, end: t.end });
    } else out.push(t);
  }
  return out;
}

/** Merges the tokens covered by a literal unit into one word token of that kind. */
function mergeLiterals(tokens: FlatToken[], text: string): FlatToken[] {
  const out: FlatToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    const atBoundary = !prev || prev.type === 'ws' || (prev.type === 'punct' && /[(«"„[:;,—–-]$/.test(prev.text));
    const candidate = t.type !== 'ws' && atBoundary && /[\d+№{$[<%wh@A-Za-z]/.test(t.text[0]) ? literalAt(text, t.start) : undefined;
    // «oszn@nso.ru.» before a lower-case line arrives as one word with its period: the literal is
    // the address, the rest is punctuation
    if (candidate && candidate.kind !== 'word' && candidate.end > t.start && candidate.end < t.end && /^[.,;:!?…]+$/.test(text.slice(candidate.end, t.end))) {
      out.push({ type: 'word', kind: candidate.kind, text: text.slice(t.start, candidate.end), start: t.start, end: candidate.end });
      for (let k = candidate.end; k < t.end; k++) out.push({ type: 'punct', kind: 'punct', text: text[k], start: k, end: k + 1 });
      continue;
    }
    if (candidate && candidate.end >= t.end) {
      let j = i;
      while (j + 1 < tokens.length && tokens[j + 1].end <= candidate.end) j++;
      const end = tokens[j].end;
      if (end > t.start && (j > i || candidate.kind !== 'word')) {
        out.push({ type: 'word', kind: candidate.kind, text: text.slice(t.start, end), start: t.start, end });
        i = j;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

const key = (word: string) => word.toLowerCase().replace(/ё/g, 'е');

/** Marks abbreviation and initial periods, merging them into one token («ул.», «т. е.», «И. П.»). */
function mergeAbbreviations(tokens: FlatToken[]): FlatToken[] {
  const out: FlatToken[] = [];
  const nextWord = (i: number) => {
    for (let k = i; k < tokens.length; k++) {
      if (tokens[k].type === 'ws') {
        if (tokens[k].text.includes('\n')) return undefined;
        continue;
      }
      return tokens[k];
    }
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const dot = tokens[i + 1];
    if (t.type !== 'word' || t.kind !== 'word' || !dot || dot.text !== '.') {
      // «Е.В.», «т.п.» arrive as one word
      if (t.type === 'word' && t.kind === 'word' && /^(?:[А-ЯЁA-Z]\.){1,3}$/.test(t.text)) out.push({ ...t, kind: 'initials' });
      else if (t.type === 'word' && t.kind === 'word' && t.text.includes('.') && DOTTED_ABBREVIATIONS.has(key(t.text).replace(/\.$/, ''))) out.push({ ...t, kind: 'abbreviation' });
      else out.push(t);
      continue;
    }
    const k = key(t.text);
    // spaced multi-part abbreviations: «т. е.», «т. д.»
    {
      const ws = tokens[i + 2];
      const second = ws?.type === 'ws' && !ws.text.includes('\n') ? tokens[i + 3] : tokens[i + 2];
      const secondDot = second === tokens[i + 2] ? tokens[i + 3] : tokens[i + 4];
      const spaced = second && SPACED_ABBREVIATIONS.some(([a, b]) => a === k && b === key(second.text));
      if (spaced && second.type === 'word' && secondDot?.text === '.') {
        out.push({ type: 'word', kind: 'abbreviation', text: '', start: t.start, end: secondDot.end });
        i = second === tokens[i + 2] ? i + 3 : i + 4;
        continue;
      }
    }
    // initials: a capital letter and a period, next to a capitalised name
    if (/^[А-ЯЁA-Z]$/.test(t.text)) {
      let end = i + 1;
      // «И. П.» — take a second initial
      const ws = tokens[i + 2];
      const second = ws?.type === 'ws' && !ws.text.includes('\n') ? tokens[i + 3] : undefined;
      if (second && /^[А-ЯЁA-Z]$/.test(second.text) && tokens[i + 4]?.text === '.') end = i + 4;
      const after = nextWord(end + 1);
      const before = out.length >= 2 ? out[out.length - 2] : undefined;
      const nameAfter = after && after.type === 'word' && UPPER.test(after.text) && /[а-яё]/.test(after.text);
      const nameBefore = before && before.type === 'word' && UPPER.test(before.text) && /[а-яё]/.test(before.text) && out[out.length - 1]?.type === 'ws';
      if (nameAfter || nameBefore || end > i + 1) {
        out.push({ type: 'word', kind: 'initials', text: '', start: t.start, end: tokens[end].end });
        i = end;
        continue;
      }
    }
    if (DOTTED_ABBREVIATIONS.has(k) || (k.length === 1 && /[а-яё]/.test(k) && k !== 'я')) {
      // «им.» after a verb is the pronoun at the end of a sentence: «позвонили им.»
      let back = out.length - 1;
      while (back >= 0 && out[back].type !== 'word') back--;
      const prevWord = back >= 0 ? out[back] : undefined;
      const pronoun = k === 'им' && prevWord && VERB_END.test(key(prevWord.text));
      if (!pronoun) {
        out.push({ type: 'word', kind: 'abbreviation', text: '', start: t.start, end: dot.end });
        i += 1;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** «и т. д.», «т.п.», «и др.», «и пр.» close an enumeration; «пр. Ленина» (проспект) does not. */
function closesEnumeration(tokens: FlatToken[], i: number): boolean {
  const k = key(tokens[i].text).replace(/\s+/g, '').replace(/\.$/, '');
  if (!FINAL_ABBREVIATIONS.has(k)) return false;
  if (k.startsWith('т.')) return true;
  let j = i - 1;
  while (j >= 0 && tokens[j].type === 'ws') j--;
  return j >= 0 && key(tokens[j].text) === 'и';
}

// Surname endings: «Сидоров И. П.» puts the initials after the name, «И. П. Сидоров» before it.
const SURNAME = /^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|ко|ук|юк|ич|их|ых|ман|ер)$/;

/** «… Сидоров И. П. Он …»: initials after a surname close the sentence unless another name follows. */
function followsSurname(tokens: FlatToken[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].type === 'ws' && !tokens[j].text.includes('\n')) j--;
  if (j < 0 || j === i - 1 || !SURNAME.test(tokens[j].text)) return false;
  let k = i + 1;
  while (k < tokens.length && tokens[k].type === 'ws' && !tokens[k].text.includes('\n')) k++;
  return !(k < tokens.length && SURNAME.test(tokens[k].text));
}

export interface Segment {
  /** Token ranges [from, to) of each sentence, grouped by paragraph. */
  paragraphs: Array<Array<[number, number]>>;
  tokens: FlatToken[];
}

/** Sentence and paragraph boundaries by LABELING.md §6. */
function segment(tokens: FlatToken[]): Segment {
  const paragraphs: Array<Array<[number, number]>> = [];
  let sentences: Array<[number, number]> = [];
  let from = -1;
  const close = (to: number) => {
    if (from >= 0) {
      let end = to;
      while (end > from && tokens[end - 1].type === 'ws') end--;
      if (end > from) sentences.push([from, end]);
    }
    from = -1;
  };
  const nextNonWs = (i: number) => {
    let k = i;
    while (k < tokens.length && tokens[k].type === 'ws') k++;
    return k;
  };
  const startsSentence = (t: FlatToken | undefined) =>
    !!t && (UPPER.test(t.text) || /^[\d«"„—–(]/.test(t.text) || t.kind === 'placeholder' || t.kind === 'emoji' || t.kind === 'initials');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'ws') {
      if (/\n[^\S\n]*\n/.test(t.text)) {
        close(i);
        if (sentences.length) paragraphs.push(sentences);
        sentences = [];
      } else if (t.text.includes('\n')) close(i);
      continue;
    }
    if (from < 0) from = i;
    const terminal =
      (t.type === 'punct' && TERMINAL.test(t.text)) ||
      t.kind === 'emoji' ||
      (t.kind === 'abbreviation' && closesEnumeration(tokens, i)) ||
      (t.kind === 'initials' && followsSurname(tokens, i));
    if (!terminal) continue;
    // closing quotes and brackets right after the terminal belong to this sentence
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].type === 'punct' && CLOSERS.test(tokens[last + 1].text)) last++;
    const after = tokens[last + 1];
    if (!after) {
      i = last;
      continue;
    }
    if (after.type !== 'ws') {
      // an emoji glued to the next word still ends the sentence only before a space
      continue;
    }
    if (after.text.includes('\n')) {
      i = last;
      continue;
    }
    const next = tokens[nextNonWs(last + 1)];
    if (startsSentence(next)) {
      close(last + 1);
      i = last;
    }
  }
  close(tokens.length);
  if (sentences.length) paragraphs.push(sentences);
  return { paragraphs, tokens };
}

export function tokenizeFlat(flat: FlatToken[], text: string): FlatToken[] {
  let tokens = splitFinalPeriods(flat);
  tokens = mergeLiterals(tokens, text);
  tokens = mergeAbbreviations(tokens);
  for (const t of tokens) if (t.text === '') t.text = text.slice(t.start, t.end);
  // a list marker at the start of a line («1)», «2.», «а)», «–», «•»)
  const out: FlatToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = out[out.length - 1];
    const lineStart = !prev || (prev.type === 'ws' && prev.text.includes('\n'));
    if (lineStart) {
      const dot = t.type === 'word' && tokens[i + 1]?.type === 'punct' && /^[.)]$/.test(tokens[i + 1].text);
      const marker = dot ? t.text + tokens[i + 1].text : t.text;
      if (LIST_MARKER.test(marker) && tokens[i + (dot ? 2 : 1)]?.type === 'ws') {
        out.push({ type: 'symbol', kind: 'symbol', text: marker, start: t.start, end: dot ? tokens[i + 1].end : t.end, listMarker: true } as FlatToken);
        if (dot) i++;
        continue;
      }
    }
    out.push(t);
  }
  tokens = out;
  return tokens;
}

function locator(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
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

/** Rebuilds the NLCST tree from our tokens and boundaries; word nodes carry `data.kind`. */
export function buildTree(seg: Segment, text: string): Root {
  const at = locator(text);
  const position = (start: number, end: number) => ({ start: at(start), end: at(end) });
  const node = (t: FlatToken): SentenceContent => {
    const pos = position(t.start, t.end);
    if (t.type === 'word') {
      const word: Word = { type: 'WordNode', children: [{ type: 'TextNode', value: t.text, position: pos }], position: pos, data: { kind: t.kind } as never };
      return word;
    }
    if (t.type === 'ws') return { type: 'WhiteSpaceNode', value: t.text, position: pos };
    if (t.type === 'punct') return { type: 'PunctuationNode', value: t.text, position: pos, data: (t as { listMarker?: boolean }).listMarker ? ({ listMarker: true } as never) : undefined };
    return { type: 'SymbolNode', value: t.text, position: pos, data: (t as { listMarker?: boolean }).listMarker ? ({ listMarker: true } as never) : undefined };
  };
  const paragraphs: Paragraph[] = seg.paragraphs.map((sentences) => {
    const children: Paragraph['children'] = [];
    sentences.forEach(([from, to], n) => {
      if (n > 0) {
        const prevEnd = seg.tokens[sentences[n - 1][1] - 1].end;
        const start = seg.tokens[from].start;
        if (start > prevEnd) children.push({ type: 'WhiteSpaceNode', value: text.slice(prevEnd, start), position: position(prevEnd, start) });
      }
      const sentence: Sentence = {
        type: 'SentenceNode',
        children: seg.tokens.slice(from, to).map(node),
        position: position(seg.tokens[from].start, seg.tokens[to - 1].end),
      };
      children.push(sentence);
    });
    const first = children[0];
    const last = children[children.length - 1];
    return { type: 'ParagraphNode', children, position: position(first.position!.start.offset!, last.position!.end.offset!) };
  });
  return { type: 'RootNode', children: paragraphs, position: position(0, text.length) };
}

/**
 * Splits the text into pieces of about `size` characters that end at a line break (a line break
 * always ends a sentence, so no sentence is cut), or at a space inside a very long line.
 */
export function chunks(text: string, size = 4096): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      // look back for a line break within this piece only (lastIndexOf would scan to the start)
      let nl = end;
      while (nl > start && text.charCodeAt(nl) !== 10) nl--;
      if (nl > start) end = nl + 1;
      else {
        // one very long line: cut after a space so that no word is split
        const next = text.indexOf('\n', end);
        const limit = next < 0 ? text.length : next + 1;
        const space = text.indexOf(' ', end);
        end = space >= 0 && space < limit ? space + 1 : limit;
      }
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

interface Chunked {
  /** The flat tokens of every piece, offsets into the whole text. */
  tokens: FlatToken[];
}

/**
 * The unified plugin: replaces retext-latin's segmentation with the Russian one. retext-latin's
 * parse time grows faster than the text on long documents, so the text is fed to it in
 * line-bounded pieces, which keeps the whole pipeline linear.
 */
export default function retextRussian(this: unknown) {
  const self = this as { parser: (doc: string, file: unknown) => Root };
  const base = self.parser;
  self.parser = (doc: string, file: unknown) => {
    const text = String(doc);
    // each piece's tree is flattened at once and let go, so a long text never holds them all
    const tokens: FlatToken[] = [];
    for (const [s, e] of chunks(text)) for (const t of flatten(base(text.slice(s, e), file), text, s)) tokens.push(t);
    const data: Chunked = { tokens };
    return { type: 'RootNode', children: [], data } as unknown as Root;
  };
  return (tree: Root, file: { value: unknown }) => {
    const text = String(file.value);
    const rebuilt = buildTree(segmentTree(tree, text), text);
    tree.children = rebuilt.children;
    tree.position = rebuilt.position;
    tree.data = undefined;
  };
}

/** Our tokens and sentence boundaries from what the (chunked) retext-latin parser produced. */
export function segmentTree(tree: Root, text: string): Segment {
  const data = tree.data as unknown as Chunked | undefined;
  return segment(tokenizeFlat(data?.tokens ?? flatten(tree, text, 0), text));
}

export { toString };
