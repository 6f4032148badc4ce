// Live checking: a text that changes on every keystroke is relinted by paragraphs. The pipeline is
// the kernel's (prepare → normalise → directives → parse → rules → messages), with two caches:
//   * the parse of each paragraph chunk, keyed by its text; the document model is stitched from
//     the chunks with shifted offsets (quotes, lines and headings are recomputed on the whole text,
//     since quotes may run across a blank line and line numbers are global). A chunk that did not
//     change keeps its Sentence objects, only moved, so what rules remember per sentence
//     (src/parse/sentence-memo.ts, rules/lib/sentence-findings.ts neighbourMemo, the phrase
//     matcher's memo) stays valid;
//   * the findings of the paragraph-local rules, keyed by the chunk's text (and the quoted spans
//     inside it), shifted to the chunk's place.
// Rules that look beyond the paragraph (greeting, brush-off, no-solution, notice-*, call-*,
// result-channel; first use of an abbreviation or a term; a denial's evidence or a promise's date in
// the next sentence; the letter's spelling-suggestion budget) rerun on the whole stitched document
// each time, which costs little because their per-sentence work is remembered.
// The result equals `lintSync` of the same text: test/live.test.ts checks it on random edits.
import { createLocator, normalize } from '../input/normalize.js';
import { LazyDoc, parse } from '../parse/index.js';
import { shareMatchKey } from '../dict/matcher.js';
import { findQuotes, quoteAt } from '../parse/quotes.js';
import type { Doc, Paragraph, QuoteSpan, Sentence, Token } from '../parse/model.js';
import { readabilityCounts, readabilityOf, type ReadabilityCounts } from '../analysis/readability.js';
import { rules as allRules } from '../../rules/index.js';
import type { Kind, LintOptions, LintResult, Metadata, YasnoMessage } from '../types.js';
import { readDirectives } from './directives.js';
import { resolveRules, type ResolvedRule } from './config.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { prepareInput } from './prepare.js';
import { createLinter, finish, ruleContext, toMessage } from './linter.js';

/**
 * Rules whose findings in a paragraph depend on other paragraphs, besides those of scope
 * 'document': first use of an abbreviation or a term in the letter; the sentence just before or
 * after (evidence for a denial, a date that makes a promise concrete); spelling suggestions are
 * given for a few words per letter.
 */
const DOCUMENT_LEVEL = new Set(['abbreviation', 'complex-term', 'spelling', 'denial', 'evasive', 'excuse']);

export interface LiveLinter {
  /** Lints the new text of the draft, reusing what did not change; equals `lintSync(text)`. */
  update(text: string): LintResult;
  /** The findings of the last update (empty before the first). */
  readonly messages: YasnoMessage[];
  /** The result of the last update. */
  readonly result: LintResult | undefined;
  /** What the last update reused, for tests and diagnostics. */
  readonly stats: { chunks: number; parsed: number; relinted: number };
}

type Found = Array<{ entry: ResolvedRule; report: Report }>;

interface Chunk {
  /** The paragraph as parsed: after a blank line («\n\n») unless it opens the text. */
  text: string;
  doc: Doc;
  counts: ReadabilityCounts;
  /** Its quotes are those of the whole text: no «вы пишете:» runs on past its end. */
  ownQuotes: boolean;
  /** Findings of the paragraph rules (chunk offsets) by kind and quotes. */
  local: Map<string, Found>;
  /** The last placement in a whole document, reused while the chunk does not move. */
  placed?: Placed;
}

interface Placed {
  /** The update that last placed it: a chunk placed twice in one text gets a copy the second time. */
  generation: number;
  shift: number;
  paragraphBase: number;
  sentenceBase: number;
  lineBase: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  lines: Doc['lines'];
}

const LEADING_PUNCTUATION = /^\s*[.,;:!?…]/;
const BLANK_LINES = /\n(?:[^\S\n]*\n)+/g;
const SPEECH_COLON_AT_END = /(?:вы|Вы)\s+(?:пишете|написали|указываете|указали|сообщаете|сообщили|утверждаете|жалуетесь)\s*:\s*$/;

/** Splits the clean text at blank lines; a chunk starts at the start of its first line. */
function chunksOf(text: string): Array<{ start: number; text: string; separator: string }> {
  const out: Array<{ start: number; text: string; separator: string }> = [];
  let at = 0;
  BLANK_LINES.lastIndex = 0;
  for (let m = BLANK_LINES.exec(text); m; m = BLANK_LINES.exec(text)) {
    if (m.index > at && text.slice(at, m.index).trim()) out.push({ start: at, text: text.slice(at, m.index), separator: m[0] });
    else if (out.length) out[out.length - 1].separator += text.slice(at, m.index) + m[0];
    at = m.index + m[0].length;
  }
  if (at < text.length && text.slice(at).trim()) out.push({ start: at, text: text.slice(at), separator: '' });
  return out;
}

/** Quote spans touching [start, end), shifted by −start. */
function quotesIn(quotes: QuoteSpan[], start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const q of quotes) if (q.end > start && q.start < end) out.push({ start: q.start - start, end: q.end - start, speech: q.speech });
  return out;
}

const signature = (quotes: QuoteSpan[]) => quotes.map((q) => `${q.start}:${q.end}:${q.speech ? 1 : 0}`).join(',');

interface Placement {
  start: number;
  chunk: Chunk;
}

/**
 * The whole document from its chunks: offsets shifted, indexes, lines and headings as `parse`
 * computes them (a chunk starts at a line start, so its lines and headings are its own). With
 * `quotes` (the whole text's, when a chunk's own may differ) every token's quote flags are redone.
 */
function stitch(text: string, placements: Placement[], quotes?: QuoteSpan[], generation?: number): Doc {
  const doc = new LazyDoc(text, quotes ?? [], [], () => parse(text).tree);
  for (const { start: shift, chunk } of placements) {
    const at = { shift, paragraphBase: doc.paragraphs.length, sentenceBase: doc.sentences.length, lineBase: doc.lines.length };
    let placed = chunk.placed;
    // the last placement of the chunk is moved where it now stands (no copies while typing),
    // unless this is a chunk linted alone or a quote-redone copy, which must leave it alone
    if (generation !== undefined && !quotes && placed && placed.generation !== generation) {
      move(placed, at);
      placed.generation = generation;
    } else {
      placed = place(chunk, at, quotes);
      if (generation !== undefined && !quotes && !chunk.placed) chunk.placed = { ...placed, generation };
    }
    for (const p of placed.paragraphs) doc.paragraphs.push(p);
    for (const s of placed.sentences) doc.sentences.push(s);
    if (!quotes) for (const q of placed.quotes) doc.quotes.push(q);
    for (const l of placed.lines) doc.lines.push(l);
  }
  return doc;
}

type At = Pick<Placed, 'shift' | 'paragraphBase' | 'sentenceBase' | 'lineBase'>;

/** A fresh copy of the chunk's document at a place in the whole text. */
function place(chunk: Chunk, at: At, quotes?: QuoteSpan[]): Placed {
  const { shift } = at;
  const placed: Placed = { generation: -1, ...at, paragraphs: [], sentences: [], quotes: [], lines: [] };
  for (const p of chunk.doc.paragraphs) {
    const paragraph: Paragraph = { start: p.start + shift, end: p.end + shift, text: p.text, index: at.paragraphBase + p.index, sentences: [] };
    for (const s of p.sentences) {
      const tokens: Token[] = [];
      const words: Token[] = [];
      let w = 0;
      for (const t of s.tokens) {
        const start = t.start + shift;
        const end = t.end + shift;
        let quoted = t.quoted;
        let inQuotes = t.inQuotes;
        if (quotes) {
          const inside = quotes.length ? quoteAt(quotes, start, end) : undefined;
          quoted = !!inside?.speech;
          inQuotes = !!inside;
        }
        const token: Token = { kind: t.kind, text: t.text, norm: t.norm, start, end, quoted, inQuotes, index: t.index };
        tokens.push(token);
        if (s.words[w] === t) {
          words.push(token);
          w++;
        }
      }
      shareMatchKey(s.words, words);
      const sentence: Sentence = { ...s, start: s.start + shift, end: s.end + shift, tokens, words, paragraph: paragraph.index, index: at.sentenceBase + s.index, line: at.lineBase + s.line };
      paragraph.sentences.push(sentence);
      placed.sentences.push(sentence);
    }
    placed.paragraphs.push(paragraph);
  }
  for (const q of chunk.doc.quotes) placed.quotes.push({ ...q, start: q.start + shift, end: q.end + shift });
  for (const l of chunk.doc.lines) placed.lines.push({ ...l, start: l.start + shift, end: l.end + shift });
  return placed;
}

/** Moves a placement to another place, in place: offsets and indexes only. */
function move(placed: Placed, at: At) {
  const d = at.shift - placed.shift;
  const dp = at.paragraphBase - placed.paragraphBase;
  const ds = at.sentenceBase - placed.sentenceBase;
  const dl = at.lineBase - placed.lineBase;
  if (d === 0 && dp === 0 && ds === 0 && dl === 0) return;
  for (const p of placed.paragraphs) {
    p.start += d;
    p.end += d;
    p.index += dp;
  }
  for (const s of placed.sentences) {
    s.start += d;
    s.end += d;
    s.paragraph += dp;
    s.index += ds;
    s.line += dl;
    if (d) for (const t of s.tokens) {
      t.start += d;
      t.end += d;
    }
  }
  if (d) {
    for (const q of placed.quotes) {
      q.start += d;
      q.end += d;
    }
    for (const l of placed.lines) {
      l.start += d;
      l.end += d;
    }
  }
  Object.assign(placed, at);
}

/**
 * A linter for a draft being typed: `await createLiveLinter(options)` loads the data the rules
 * need, then `update(text)` relints only the paragraphs that changed.
 */
export async function createLiveLinter(options: LintOptions = {}, rules: readonly Rule[] = allRules): Promise<LiveLinter> {
  const full = createLinter(options, rules);
  await full.load();
  const resolved = resolveRules(rules, options.rules);
  let cache = new Map<string, Chunk>();
  let last: { input: string; result: LintResult } | undefined;
  const stats = { chunks: 0, parsed: 0, relinted: 0 };
  let generation = 0;

  const contextFor = (entry: ResolvedRule, doc: Doc, kind: Kind, meta: Metadata, now: Date, report: (r: Report) => void): RuleContext =>
    ruleContext(entry, doc, kind, meta, now, options, report);

  const update = (input: string): LintResult => {
    if (typeof input !== 'string') throw new TypeError('yasno: текст для проверки должен быть строкой');
    if (last && last.input === input) return last.result;
    const prepared = prepareInput(input, options);
    const source = prepared.source;
    const kind: Kind = (options.kind ?? prepared.kind ?? 'reply') as Kind;
    const meta: Metadata = { ...prepared.meta, ...(options.meta ?? {}) };
    const now = options.now ?? new Date();
    const normalized = normalize(prepared.text);
    const directives = readDirectives(normalized.text);
    const text = directives.text;
    const locate = createLocator(source);
    const active = resolved.filter((r) => r.rule.meta.kinds.includes(kind));
    const isGlobal = (r: ResolvedRule) => r.rule.meta.scope === 'document' || DOCUMENT_LEVEL.has(r.rule.meta.id);
    const global = active.filter(isGlobal);
    const paragraphRules = active.filter((r) => !isGlobal(r));

    stats.chunks = stats.parsed = stats.relinted = 0;
    const pieces = chunksOf(text);
    // a paragraph opening with punctuation is tokenized differently alone («.В» is one word there
    // and two tokens after a sentence): such a text is checked whole
    if (pieces.some((p) => LEADING_PUNCTUATION.test(p.text))) {
      const result = full.lintSync(input);
      last = { input, result };
      return result;
    }
    const next = new Map<string, Chunk>();
    const placements: Placement[] = [];
    // a chunk's own quotes are the whole text's unless a quote or «вы пишете:» runs past a blank line
    let ownQuotes = true;
    for (const piece of pieces) {
      // a paragraph is parsed after a blank line, as in the whole text: the tokenizer reads the
      // start of the text differently («.В» is one word there)
      // keyed by the paragraph's own text (a slice: no copy per keystroke), the opening one apart
      const key = piece.start === 0 ? `\u0000${piece.text}` : piece.text;
      let chunk = next.get(key) ?? cache.get(key);
      if (!chunk) {
        const chunkText = piece.start === 0 ? piece.text : `\n\n${piece.text}`;
        const doc = parse(chunkText);
        chunk = { text: chunkText, doc, counts: readabilityCounts(doc), ownQuotes: !SPEECH_COLON_AT_END.test(chunkText), local: new Map() };
        stats.parsed++;
      }
      if (!chunk.ownQuotes || (piece.separator && !piece.separator.includes('\n\n'))) ownQuotes = false;
      next.set(key, chunk);
      placements.push({ start: piece.start - (chunk.text.length - piece.text.length), chunk });
    }
    stats.chunks = placements.length;
    cache = next;
    const quotes = ownQuotes ? undefined : findQuotes(text);
    const doc = stitch(text, placements, quotes, ++generation);

    const messages: YasnoMessage[] = [];
    const emit = (entry: ResolvedRule, r: Report, shift: number) => {
      if (shift) r = shiftReport(r, shift);
      if (directives.isDisabled(entry.rule.meta.id, r.start)) return;
      messages.push(toMessage(r, entry.rule, entry.severity, normalized, locate, source));
    };
    const check = (entries: ResolvedRule[], on: Doc, into: Found) => {
      for (const entry of entries) entry.rule.check(contextFor(entry, on, kind, meta, now, (report) => into.push({ entry, report })));
    };
    for (const { start, chunk } of placements) {
      const end = start + chunk.text.length;
      let own = chunk.doc.quotes;
      let key: string = kind;
      if (quotes) {
        const whole = quotesIn(quotes, start, end);
        const sig = signature(whole);
        if (sig !== signature(chunk.doc.quotes)) {
          key += `|${sig}`;
          own = whole;
        }
      }
      let found = chunk.local.get(key);
      if (!found) {
        found = [];
        check(paragraphRules, own === chunk.doc.quotes ? chunk.doc : stitch(chunk.text, [{ start: 0, chunk }], own), found);
        chunk.local.set(key, found);
        stats.relinted++;
      }
      for (const { entry, report } of found) emit(entry, report, start);
    }
    for (const entry of global) entry.rule.check(contextFor(entry, doc, kind, meta, now, (r) => emit(entry, r, 0)));

    const counts: ReadabilityCounts = { words: 0, syllables: 0, sentences: 0 };
    for (const { chunk } of placements) {
      counts.words += chunk.counts.words;
      counts.syllables += chunk.counts.syllables;
      counts.sentences += chunk.counts.sentences;
    }
    const result: LintResult = { messages: finish(messages), readability: readabilityOf(counts), kind, meta };
    last = { input, result };
    return result;
  };

  return {
    update,
    get messages() {
      return last?.result.messages ?? [];
    },
    get result() {
      return last?.result;
    },
    stats,
  };
}

function shiftReport(r: Report, shift: number): Report {
  const out = { ...r, start: r.start + shift, end: r.end + shift };
  if (r.fix) out.fix = { ...r.fix, start: r.fix.start + shift, end: r.fix.end + shift };
  return out;
}
