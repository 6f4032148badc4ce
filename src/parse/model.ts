// The document model that rules read: a flat, offset-addressed view of the NLCST tree after the
// Russian plugin has fixed sentence boundaries and merged literal units. All offsets are into the
// CLEAN text (after input normalisation); the engine maps them back to the original input.
import type { Root } from 'nlcst';

export type TokenKind =
  | 'word' // a run of letters (with inner hyphens/apostrophes): «по-прежнему», «ЕДВ»
  | 'number' // «5», «1 234,56», «50 %» without the sign
  | 'date' // «27.09.2024», «2025-06-16»
  | 'time' // «10:30», «9:00»
  | 'phone' // «+7 (383) 222-33-44», «222-33-44»
  | 'email'
  | 'url'
  | 'legal' // «№ 210-ФЗ», «№ 2816-р», «210-ФЗ»
  | 'placeholder' // «{{ФИО}}», «${name}», «[дата]», «<ФИО>», «%NAME%»
  | 'abbreviation' // a dotted abbreviation with its periods: «г.», «т. е.», «и т. д.»
  | 'initials' // «И. П.», «Е.В.»
  | 'punct'
  | 'symbol' // «№», «%», «+», «/»…
  | 'emoji';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower case, ё → е: the key for dictionary look-ups. */
  norm: string;
  start: number;
  end: number;
  /** Inside the citizen's quoted words («…» or after «вы пишете:»), which tone rules skip. */
  quoted: boolean;
  /** Inside «…» of any kind (titles of laws and programmes too). */
  inQuotes: boolean;
  /** Index in Sentence.tokens. */
  index: number;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Every token, punctuation included. */
  tokens: Token[];
  /** Word-like tokens only (words, literals, abbreviations, initials): what phrase patterns match against. */
  words: Token[];
  paragraph: number;
  /** Index in Doc.sentences. */
  index: number;
  /** A line without final punctuation standing alone (a heading or a signature line). */
  heading: boolean;
  /** A list item («1)», «2.», «а)», «–», «•» at the start of a line). */
  listItem: boolean;
  /** Position of the sentence's line among the document's non-empty lines (0-based). */
  line: number;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  index: number;
  sentences: Sentence[];
}

export interface QuoteSpan {
  start: number;
  end: number;
  /** The citizen's own words (reported speech), as opposed to a title in quotes. */
  speech: boolean;
}

export interface Doc {
  /** The clean text all offsets point into. */
  text: string;
  tree: Root;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  /** Non-empty lines of the clean text, [start, end) offsets. */
  lines: Array<{ start: number; end: number; text: string }>;
}
