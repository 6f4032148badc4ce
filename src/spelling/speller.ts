// Spelling checker and suggester over the compiled automaton.
// No Node built-ins: must also run in browsers.
import {
  decodeAutomaton,
  FINAL_BIT,
  LABEL_MASK,
  LAST_BIT,
  TARGET_SHIFT,
  type Automaton,
  type SpellingData,
} from './automaton.js';

export interface Speller {
  /** True when the word is spelled correctly (е/ё and letter case are ignored). */
  correct(word: string): boolean;
  /** Ranked corrections, best first; empty when nothing is close enough. */
  suggest(word: string, limit?: number): string[];
}

/**
 * Same normalisation as scripts/lib/affixes.js normalizeWord (the data is
 * stored that way): lower case, ё→е, stress marks and soft hyphens removed.
 */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[\u0301\u00AD]/g, '');
}

const CYRILLIC = /[а-яё]/i;
const LATIN_OR_DIGITS = /^[a-z0-9]+$/i;
const DIGITS = /^\d+$/;

/** Enclitic particles written with a hyphen: какой-то, где-либо, давай-ка. */
const PARTICLES = new Set(['то', 'либо', 'нибудь', 'таки', 'ка']);

/**
 * First parts that form hyphenated nouns with any known word
 * (вице-губернатор, интернет-приемная, онлайн-запись).
 */
const NOUN_PREFIXES = new Set([
  'вице', 'экс', 'пресс', 'интернет', 'онлайн', 'офлайн', 'оффлайн', 'бизнес', 'веб', 'видео',
  'аудио', 'фото', 'медиа', 'штаб', 'лейб', 'обер', 'унтер', 'контр', 'мини', 'экспресс', 'колл',
  'смс', 'топ', 'блок', 'генерал', 'премьер', 'горячая', 'горячей', 'горячую', 'горячих',
]);

/**
 * Words ending in -о/-е that look like combining forms but never are one:
 * they would let «много-детный», «по-этому», «во-время» through.
 */
const NOT_COMBINING = new Set([
  'много', 'мало', 'само', 'все', 'всё', 'что', 'это', 'того', 'чего', 'его', 'кого', 'него',
  'тоже', 'также', 'зато', 'более', 'менее', 'вообще', 'ничего', 'можно', 'нужно', 'очень',
  'слишком', 'едва', 'где', 'оно', 'само', 'себе', 'мне', 'тебе', 'вне', 'изо', 'подо', 'надо',
  'обо', 'ото', 'перед', 'передо', 'либо', 'если', 'ещё', 'еще', 'уже', 'тоже', 'поэто',
]);

/** Dative pronouns that follow «по» as a separate word: по этому, по тому. */
const NOT_PO_ADVERB = new Set([
  'этому', 'тому', 'всему', 'кому', 'чему', 'нему', 'сему', 'ему', 'самому', 'одному', 'никому',
  'ничему', 'всякому', 'каждому', 'такому', 'какому', 'которому', 'любому', 'нашему', 'вашему',
]);

/** Short words that misspellings glue to the next word: вцелом, вообщем, както. */
const GLUED_FIRST = new Set([
  'в', 'во', 'на', 'не', 'ни', 'по', 'с', 'со', 'к', 'ко', 'за', 'из', 'от', 'до', 'без', 'при',
  'про', 'для', 'под', 'над', 'об', 'о', 'у', 'так', 'как', 'все', 'что', 'то',
]);
const GLUED_LAST = new Set(['же', 'бы', 'ли', 'то', 'таки', 'либо', 'нибудь']);
const SPLIT_COST = 0.8;

// --- Suggestion cost model -------------------------------------------------

const KEYBOARD_ROWS = ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'];

function buildKeyboardNeighbours(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (a: string | undefined, b: string | undefined) => {
    if (!a || !b) return;
    if (!map.has(a)) map.set(a, new Set());
    map.get(a)!.add(b);
  };
  KEYBOARD_ROWS.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      const ch = row[i];
      add(ch, row[i - 1]);
      add(ch, row[i + 1]);
      // Rows are staggered by half a key to the right, so the row above
      // touches columns i and i+1 and the row below i-1 and i.
      const up = KEYBOARD_ROWS[r - 1];
      if (up) { add(ch, up[i]); add(ch, up[i + 1]); }
      const down = KEYBOARD_ROWS[r + 1];
      if (down) { add(ch, down[i - 1]); add(ch, down[i]); }
    }
  });
  return map;
}

const KEYBOARD = buildKeyboardNeighbours();

/** Frequent Russian confusions: unstressed vowels, ь/ъ, voicing. */
const CONFUSIONS: Array<[string, string, number]> = [
  ['ь', 'ъ', 0.3],
  ['е', 'и', 0.5],
  ['а', 'о', 0.5],
  ['е', 'я', 0.6],
  ['и', 'я', 0.7],
  ['и', 'ы', 0.6],
  ['е', 'э', 0.6],
  ['з', 'с', 0.6],
  ['д', 'т', 0.7],
  ['б', 'п', 0.7],
  ['в', 'ф', 0.7],
  ['г', 'к', 0.7],
  ['ж', 'ш', 0.7],
  ['ш', 'щ', 0.6],
  ['ц', 'с', 0.8],
];

const SUB_COST = new Map<string, number>();
for (const [a, b, cost] of CONFUSIONS) {
  SUB_COST.set(a + b, cost);
  SUB_COST.set(b + a, cost);
}

const KEYBOARD_COST = 0.6;
export const TRANSPOSE_COST = 0.7;
export const DOUBLE_COST = 0.4; // рассчитать/расчитать, программа/програма
const SOFT_SIGN_COST = 0.5; // -тся/-ться, обявление/объявление
const SHORT_I_COST = 0.7; // пожалуста/пожалуйста
// Writers seldom get the first letter wrong, so changing it costs extra
// (вцелом → «в целом», not «цвелом»).
export const FIRST_CHAR_PENALTY = 0.3;

/** Voiced/voiceless pairs: «подтвердить» is often typed «потвердить». */
const VOICING = new Set(['дт', 'тд', 'зс', 'сз', 'бп', 'пб', 'вф', 'фв', 'гк', 'кг', 'жш', 'шж']);
export const VOICING_GAP_COST = 0.6;

function subCost(a: string, b: string): number {
  if (a === b) return 0;
  const c = SUB_COST.get(a + b);
  if (c !== undefined) return c;
  if (KEYBOARD.get(a)?.has(b)) return KEYBOARD_COST;
  return 1;
}

/** Cost of a char of `s` at `i` that the other string lacks. */
export function gapCost(s: ArrayLike<string>, i: number, len: number): number {
  const ch = s[i];
  if ((i > 0 && s[i - 1] === ch) || (i + 1 < len && s[i + 1] === ch)) return DOUBLE_COST;
  if (ch === 'ь' || ch === 'ъ') return SOFT_SIGN_COST;
  if (ch === 'й') return SHORT_I_COST;
  if ((i > 0 && VOICING.has(s[i - 1] + ch)) || (i + 1 < len && VOICING.has(s[i + 1] + ch))) {
    return VOICING_GAP_COST;
  }
  return 1;
}

/**
 * Cost of a candidate char `ch` missing from the query. Only the previous
 * candidate char is known while walking the automaton, so the context on
 * the right comes from the query instead: `q[j]` is the query char the
 * insertion lands before.
 */
function insCost(ch: string, prevCand: string | undefined, q: ArrayLike<string>, j: number): number {
  const next = q[j];
  const prevQ = j > 0 ? q[j - 1] : undefined;
  if (ch === prevCand || ch === next || ch === prevQ) return DOUBLE_COST;
  if (ch === 'ь' || ch === 'ъ') return SOFT_SIGN_COST;
  if (ch === 'й') return SHORT_I_COST;
  if (
    (next !== undefined && VOICING.has(next + ch)) ||
    (prevCand !== undefined && VOICING.has(prevCand + ch))
  ) {
    return VOICING_GAP_COST;
  }
  return 1;
}

/** Weighted Damerau–Levenshtein (optimal string alignment) with the model above. */
export function editCost(from: string, to: string): number {
  const n = from.length;
  const m = to.length;
  const d: number[][] = [];
  for (let i = 0; i <= m; i++) d.push(new Array<number>(n + 1).fill(0));
  for (let j = 1; j <= n; j++) d[0][j] = d[0][j - 1] + gapCost(from, j - 1, n);
  for (let i = 1; i <= m; i++) {
    d[i][0] = d[i - 1][0] + insCost(to[i - 1], to[i - 2], from, 0);
    for (let j = 1; j <= n; j++) {
      const sub = subCost(from[j - 1], to[i - 1]);
      let best = d[i - 1][j - 1] + sub + (i === 1 && j === 1 && sub > 0 ? FIRST_CHAR_PENALTY : 0);
      best = Math.min(best, d[i][j - 1] + gapCost(from, j - 1, n), d[i - 1][j] + insCost(to[i - 1], to[i - 2], from, j));
      if (i > 1 && j > 1 && from[j - 1] === to[i - 2] && from[j - 2] === to[i - 1] && from[j - 1] !== from[j - 2]) {
        best = Math.min(best, d[i - 2][j - 2] + TRANSPOSE_COST + (i === 2 && j === 2 ? FIRST_CHAR_PENALTY : 0));
      }
      d[i][j] = best;
    }
  }
  return d[m][n];
}

export interface CostTables {
  size: number;
  /** sub[q * size + c]: substituting query symbol q by candidate symbol c. */
  sub: Float32Array;
  /** Gap cost of a candidate symbol that ignores its neighbours (ь/ъ, й, default). */
  gap: Float32Array;
  voicing: Uint8Array;
}

const tableCache = new WeakMap<Automaton, CostTables>();

/**
 * The cost model above, compiled to the automaton's label codes once.
 * Exported, with gapCost and the cost constants, for the reference search
 * in test/spelling-suggest.test.ts.
 */
export function costTables(a: Automaton): CostTables {
  let t = tableCache.get(a);
  if (t) return t;
  const { alphabet } = a;
  const size = alphabet.length;
  const sub = new Float32Array(size * size);
  const voicing = new Uint8Array(size * size);
  const gap = new Float32Array(size);
  for (let x = 0; x < size; x++) {
    const cx = alphabet[x];
    gap[x] = cx === 'ь' || cx === 'ъ' ? SOFT_SIGN_COST : cx === 'й' ? SHORT_I_COST : 1;
    for (let y = 0; y < size; y++) {
      sub[x * size + y] = subCost(cx, alphabet[y]);
      voicing[x * size + y] = VOICING.has(cx + alphabet[y]) ? 1 : 0;
    }
  }
  t = { size, sub, gap, voicing };
  tableCache.set(a, t);
  return t;
}

interface SearchTables {
  /** See reachOf. */
  reach: Int32Array;
  /** Letters as bits of a 32-bit mask (labels past 31 share bits, which only lets a few more letters through a filter). */
  lbit: Int32Array;
  /** after[c]: the letters whose insertion after c costs less for it (c doubled, a voicing pair). */
  after: Int32Array;
  /** minSubOf[c]: the least cost of a substitution for c. */
  minSubOf: Float64Array;
}

const searchCache = new WeakMap<Automaton, SearchTables>();

/** What the searches over an automaton share; built on first use. */
function searchTables(a: Automaton): SearchTables {
  let t = searchCache.get(a);
  if (t) return t;
  const { size, sub, voicing } = costTables(a);
  const lbit = new Int32Array(size);
  for (let c = 0; c < size; c++) lbit[c] = 1 << (c & 31);
  const after = new Int32Array(size);
  const minSubOf = new Float64Array(size).fill(Infinity);
  for (let c = 0; c < size; c++) {
    after[c] = lbit[c];
    for (let x = 0; x < size; x++) {
      if (voicing[c * size + x]) after[c] |= lbit[x];
      if (x !== c && sub[c * size + x] < minSubOf[c]) minSubOf[c] = sub[c * size + x];
    }
  }
  t = { reach: reachOf(a), lbit, after, minSubOf };
  searchCache.set(a, t);
  return t;
}

/**
 * reach[e]: the letters on any path from the target of edge e, as bits
 * 1 << (label & 31); 0 if it has no edges. Kept by edge rather than by
 * state so that a search reads it along with the edges. One Int32 per
 * edge, built once per automaton (tens of milliseconds: a walk over all
 * of it).
 */
function reachOf(a: Automaton): Int32Array {
  const { edges } = a;
  const reach = new Int32Array(edges.length);
  if (edges.length === 0) return reach;
  // Of each state, by its first edge: its letters so far, and 1 once done.
  const letters = new Int32Array(edges.length);
  const done = new Uint8Array(edges.length);
  // Depth-first over the (acyclic) automaton with a stack of the states
  // being read (by first edge) and the edge each is at; it is as deep as
  // the longest word.
  let firsts = new Int32Array(64);
  let at = new Int32Array(64);
  let top = 0;
  firsts[0] = 0;
  at[0] = 0;
  while (top >= 0) {
    const first = firsts[top];
    const e = at[top];
    const v = edges[e];
    const target = v >>> TARGET_SHIFT;
    if (target !== 0 && done[target] === 0) {
      if (++top === firsts.length) {
        const grown = new Int32Array(top * 2);
        grown.set(firsts);
        firsts = grown;
        const grownAt = new Int32Array(top * 2);
        grownAt.set(at);
        at = grownAt;
      }
      firsts[top] = target;
      at[top] = target;
      continue;
    }
    if (target !== 0) reach[e] = letters[target];
    letters[first] |= (1 << (v & LABEL_MASK & 31)) | reach[e];
    if ((v & LAST_BIT) !== 0) {
      done[first] = 1;
      top--;
    } else {
      at[top] = e + 1;
    }
  }
  return reach;
}

export type Search = (bound: number, exact: boolean, found: Map<string, number>) => void;

/**
 * Bounded weighted Damerau–Levenshtein search of `query` over the
 * automaton: a depth-first walk that carries one DP row per depth and
 * abandons a branch once its row exceeds the budget, so only the
 * neighbourhood of the query is visited. It runs on every keystroke of the
 * live check, so it works on label codes with cost tables built once per
 * query, computes each row only over the columns that can still be within
 * budget (two or three on average, not the whole query), skips the letters
 * no cell of a row can afford, and below a row too close to the budget for
 * anything but matches and substitutions it only walks along the query
 * (see walkFrom).
 *
 * `exact` picks the pruning rule. With `false` a branch goes on only while
 * its row has a cell within budget. A transposition jumps over a row, so
 * that rule misses a word whose jumped row is over budget; that row holds
 * the substitution in place of the transposition, so it costs at most
 * 1 - TRANSPOSE_COST = 0.3 more than the word, and every word costing
 * ≤ bound - 0.3 is still found. Suggestions keep that rule at their full
 * budget, so their output stays what it was. With `true` a branch also goes
 * on while the row before could still transpose within budget, so exactly
 * the words costing ≤ bound are found: the cheaper passes of `suggest` need
 * that.
 *
 * Every shortcut below only leaves out branches where neither rule finds
 * a word, so both find what the plain search of
 * test/spelling-suggest.test.ts finds, at the same costs.
 */
export function prepareSearch(a: Automaton, query: string): Search {
  const s = new QuerySearch(a, query);
  return (bound, exact, found) => s.run(bound, exact, found);
}

/**
 * The tables of one query and the state of its current pass. The search
 * itself is in plain functions taking this object rather than in closures
 * made per pass: V8 then compiles them once, with calls it can inline,
 * instead of throwing the compiled code away for each new closure.
 */
class QuerySearch {
  readonly edges: Uint32Array;
  readonly alphabet: string;
  /** Of the automaton: see reachOf. */
  readonly reach: Int32Array;
  readonly size: number;
  readonly n: number;
  /** Of a DP row: columns 0..n. */
  readonly width: number;
  /** Label codes of the query chars; chars outside the alphabet get codes >= size that match nothing. */
  readonly q: Int32Array;
  /** del[j]: query char j missing from the candidate. */
  readonly del: Float64Array;
  /**
   * diag[c * width + j]: candidate symbol c aligned with query char j - 1;
   * diag0 the same for the first candidate char, which costs extra to change.
   */
  readonly diag: Float64Array;
  readonly diag0: Float64Array;
  /**
   * ins[(2c + v) * width + j]: candidate symbol c missing from the query
   * before query char j, where v = 1 if c and the previous candidate char
   * form a voicing pair. The extra last row: c repeats the previous char.
   */
  readonly ins: Float64Array;
  readonly voicing: Uint8Array;
  /** Least cost of an insertion or a deletion. */
  readonly minGap: number;
  /** Least cost of a substitution. */
  readonly minSub: number;
  /** Of the automaton: see SearchTables. */
  readonly lbit: Int32Array;
  /**
   * cheap[j * 10 + L]: the letters a candidate can continue with from a
   * cell of column j that has L / 10 (up to 0.1 more) of the budget left:
   * those a substitution, a match or an insertion (with no regard to the
   * previous candidate char) costs that little.
   */
  readonly cheap: Int32Array;
  readonly after: Int32Array;
  /** Whether the query is short enough (under 31 chars) for columns as bits. */
  readonly parallel: boolean;
  /** match[c]: the query positions holding c, as bits. */
  readonly match: Int32Array;
  /** least[j]: the least query char j costs to delete or change. */
  readonly least: Float64Array;
  /** Letters that a substitution cheaper than any gap can stand for (ь/ъ). */
  readonly soft: number;
  /** rest[j]: the letters of query chars j..; -1 when they hold a char outside the alphabet. */
  readonly rest: Int32Array;
  /** The query's letters, and whether it has chars outside the alphabet. */
  readonly letters: number;
  readonly outside: boolean;
  readonly maxDepth: number;
  /**
   * Row d at rows[d * width]. Columns lo[d]..hi[d] of row d hold every
   * cell within budget (lo = width when there is none); cells outside them
   * are over budget, and may be stale: a row is read outside its range
   * only after filling in Infinity.
   */
  readonly rows: Float64Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** The candidate's label codes by depth. */
  readonly chars: Int32Array;
  // The current pass.
  bound = 0;
  exact = false;
  found = new Map<string, number>();
  /** The row and depth walkExact starts from. */
  walkRow = 0;
  walkDepth = 0;

  constructor(a: Automaton, query: string) {
    const { size, sub, gap, voicing } = costTables(a);
    const tables = searchTables(a);
    this.edges = a.edges;
    this.alphabet = a.alphabet;
    this.reach = tables.reach;
    this.size = size;
    this.voicing = voicing;
    const n = query.length;
    const width = n + 1;
    this.n = n;
    this.width = width;
    const q = new Int32Array(n + 1);
    for (let j = 0; j < n; j++) {
      const c = a.codeOf(query.charCodeAt(j));
      q[j] = c >= 0 ? c : size + j;
    }
    q[n] = -1;
    this.q = q;
    const del = new Float64Array(n);
    const qChars = query.split('');
    for (let j = 0; j < n; j++) del[j] = gapCost(qChars, j, n);
    this.del = del;

    const diag = new Float64Array(size * width);
    const diag0 = new Float64Array(size * width);
    const ins = new Float64Array((2 * size + 1) * width).fill(DOUBLE_COST);
    for (let c = 0; c < size; c++) {
      for (let j = 0; j <= n; j++) {
        if (j > 0) {
          const qc = q[j - 1];
          const s = qc === c ? 0 : qc < size ? sub[qc * size + c] : 1;
          diag[c * width + j] = s;
          diag0[c * width + j] = j === 1 && s > 0 ? s + FIRST_CHAR_PENALTY : s;
        }
        const next = q[j];
        let cost = 1;
        if (c === next || (j > 0 && c === q[j - 1])) cost = DOUBLE_COST;
        else if (gap[c] < 1) cost = gap[c];
        else if (next >= 0 && next < size && voicing[next * size + c]) cost = VOICING_GAP_COST;
        ins[2 * c * width + j] = cost;
        ins[(2 * c + 1) * width + j] = cost === 1 ? VOICING_GAP_COST : cost;
      }
    }
    this.diag = diag;
    this.diag0 = diag0;
    this.ins = ins;
    let minGap = Infinity;
    for (let k = 0; k < ins.length; k++) if (ins[k] < minGap) minGap = ins[k];
    for (let j = 0; j < n; j++) if (del[j] < minGap) minGap = del[j];
    this.minGap = minGap;
    let minSub = Infinity;
    for (let k = 0; k < diag.length; k++) if (diag[k] > 0 && diag[k] < minSub) minSub = diag[k];
    this.minSub = minSub;

    const { lbit, minSubOf } = tables;
    this.lbit = lbit;
    const cheap = new Int32Array(width * 10);
    for (let j = 0; j <= n; j++) {
      for (let c = 0; c < size; c++) {
        let cost = ins[2 * c * width + j];
        if (j < n && diag[c * width + j + 1] < cost) cost = diag[c * width + j + 1];
        // the least L with cost < (L + 1) / 10 + 1e-6
        const L = Math.max(0, Math.floor((cost - 1e-6) * 10 - 1) + 1);
        if (L < 10) cheap[j * 10 + L] |= lbit[c];
      }
      for (let L = 1; L < 10; L++) cheap[j * 10 + L] |= cheap[j * 10 + L - 1];
    }
    this.cheap = cheap;
    this.after = tables.after;
    this.parallel = n < 31;
    const match = new Int32Array(size);
    if (this.parallel) for (let j = 0; j < n; j++) if (q[j] < size) match[q[j]] |= 1 << j;
    this.match = match;
    const least = new Float64Array(n);
    for (let j = 0; j < n; j++) least[j] = Math.min(del[j], q[j] < size ? minSubOf[q[j]] : 1);
    this.least = least;
    let soft = 0;
    for (let x = 0; x < size; x++) if (minSubOf[x] < minGap) soft |= lbit[x];
    this.soft = soft;
    const rest = new Int32Array(width);
    for (let j = n - 1; j >= 0; j--) {
      rest[j] = rest[j + 1] === -1 || q[j] >= size ? -1 : rest[j + 1] | lbit[q[j]];
    }
    this.rest = rest;
    let letters = 0;
    let outside = false;
    for (let j = 0; j < n; j++) {
      if (q[j] >= size) outside = true;
      else letters |= lbit[q[j]];
    }
    this.letters = letters;
    this.outside = outside;

    const maxDepth = n + 8; // each char beyond the query's length costs at least 0.4
    this.maxDepth = maxDepth;
    this.rows = new Float64Array((maxDepth + 1) * width);
    this.lo = new Int32Array(maxDepth + 1);
    this.hi = new Int32Array(maxDepth + 1);
    this.chars = new Int32Array(maxDepth);
  }

  run(bound: number, exact: boolean, found: Map<string, number>): void {
    if (this.edges.length === 0) return;
    this.bound = bound;
    this.exact = exact;
    this.found = found;
    const { rows, del, n } = this;
    this.lo[0] = 0;
    this.hi[0] = 0;
    rows[0] = 0;
    for (let j = 1; j <= n; j++) {
      rows[j] = rows[j - 1] + del[j - 1];
      if (rows[j] <= bound) this.hi[0] = j;
    }
    visit(this, 0, 0, 0, -1);
  }
}

/** Notes the candidate chars[0..depth] at `cost`. */
function record(s: QuerySearch, depth: number, cost: number): void {
  const { alphabet, chars } = s;
  let word = '';
  for (let k = 0; k <= depth; k++) word += alphabet[chars[k]];
  const old = s.found.get(word);
  if (old === undefined || cost < old) s.found.set(word, cost);
}

/**
 * Searches below row `depth` when its cells are all too close to the
 * budget for an insertion, a deletion or a transposition: what is left
 * are matches and substitutions, so the candidates of each cell follow
 * the rest of the query char by char. That needs the rest's letters on
 * the paths from here, but for those a substitution cheap enough can stand
 * for; `reached` holds the paths' letters.
 */
function walkFrom(s: QuerySearch, first: number, depth: number, prevMin: number, reached: number): void {
  const { rows, rest, bound, n } = s;
  const p = depth * s.width;
  const phi = s.hi[depth];
  const matchOnly = prevMin + s.minSub > bound;
  const missing = ~reached & (matchOnly ? -1 : ~s.soft);
  if (s.parallel && matchOnly) {
    let cols = 0;
    for (let j = s.lo[depth]; j <= phi && j < n; j++) {
      if (rows[p + j] <= bound && (rest[j] & missing) === 0) cols |= 1 << j;
    }
    if (cols !== 0) {
      s.walkRow = p;
      s.walkDepth = depth;
      walkExact(s, first, depth, cols);
    }
  } else {
    for (let j = s.lo[depth]; j <= phi && j < n; j++) {
      const cost = rows[p + j];
      if (cost <= bound && (rest[j] & missing) === 0) walk(s, first, depth, j, cost);
    }
  }
}

/**
 * Follows the candidates of the state at edge `first` whose char at
 * `depth` stands for query char j and every later char for the next query
 * char, by a match or a substitution, at `cost` so far.
 */
function walk(s: QuerySearch, first: number, depth: number, j: number, cost: number): void {
  const { edges, q, n, bound, chars, maxDepth } = s;
  for (;;) {
    if (depth >= maxDepth) return;
    const last = j + 1 === n;
    if (cost + s.minSub > bound) {
      // Only a match: labels are sorted, so stop at the first one not below it.
      const qc = q[j];
      let v = 0;
      for (let e = first; ; e++) {
        v = edges[e];
        const c = v & LABEL_MASK;
        if (c >= qc) {
          if (c > qc) return;
          break;
        }
        if ((v & LAST_BIT) !== 0) return;
      }
      chars[depth] = qc;
      if (last) {
        if ((v & FINAL_BIT) !== 0) record(s, depth, cost);
        return;
      }
      first = v >>> TARGET_SHIFT;
      if (first === 0) return;
      depth++;
      j++;
      continue;
    }
    const { diag, width } = s;
    const d0 = j + 1;
    for (let e = first; ; e++) {
      const v = edges[e];
      const c = v & LABEL_MASK;
      const next = cost + diag[c * width + d0];
      if (next <= bound) {
        chars[depth] = c;
        if (last) {
          if ((v & FINAL_BIT) !== 0) record(s, depth, next);
        } else {
          const target = v >>> TARGET_SHIFT;
          if (target !== 0) walk(s, target, depth + 1, j + 1, next);
        }
      }
      if ((v & LAST_BIT) !== 0) return;
    }
  }
}

/**
 * walk for all the columns in `cols` (bits) at once, when the budget left
 * is too little even for a substitution: a candidate char then moves a
 * column on only if it matches the query char there. A candidate costs
 * what the column its walk started from did, in row s.walkDepth.
 */
function walkExact(s: QuerySearch, first: number, depth: number, cols: number): void {
  const { edges, n, match, chars } = s;
  for (;;) {
    if (depth >= s.maxDepth) return;
    // With one column one label at most matches: the walk goes on with it
    // here rather than in a call, and the labels (sorted) past it need no look.
    const one = (cols & (cols - 1)) === 0;
    const stop = one ? s.q[31 - Math.clz32(cols)] : LABEL_MASK;
    let next = 0;
    let target = 0;
    for (let e = first; ; e++) {
      const v = edges[e];
      const c = v & LABEL_MASK;
      if (c > stop) return;
      const m = cols & match[c];
      if (m !== 0) {
        chars[depth] = c;
        next = m << 1;
        if (next >>> n !== 0) {
          if ((v & FINAL_BIT) !== 0) record(s, depth, s.rows[s.walkRow + n - (depth + 1 - s.walkDepth)]);
          next &= ~(1 << n);
        }
        target = v >>> TARGET_SHIFT;
        if (one) break;
        if (next !== 0 && target !== 0) walkExact(s, target, depth + 1, next);
      }
      if ((v & LAST_BIT) !== 0) return;
    }
    if (next === 0 || target === 0) return;
    first = target;
    cols = next;
    depth++;
  }
}

/**
 * Expands the state at edge `first`, reached by `depth` chars: computes
 * the row of each letter that can keep a cell within budget and goes on
 * below it. prevMin: the least cell of row `depth`; reached: the letters
 * on the paths from the state.
 */
function visit(s: QuerySearch, first: number, depth: number, prevMin: number, reached: number): void {
  if (depth >= s.maxDepth) return;
  const { edges, rows, q, n, width, size, lbit, bound, exact, del, ins, chars } = s;
  const p = depth * width; // row `depth`, the new rows' previous one
  const p2 = p - width;
  const r = p + width;
  const plo = s.lo[depth];
  const phi = s.hi[depth];
  const p2lo = depth > 0 ? s.lo[depth - 1] : width;
  const p2hi = depth > 0 ? s.hi[depth - 1] : -1;
  const prevCand = depth > 0 ? chars[depth - 1] : -1;
  // In the exact rule a branch goes on while the row before could still
  // transpose, whatever the new row: then every letter is tried.
  const keep = exact && prevMin + TRANSPOSE_COST <= bound;
  // Letters a transposition from the row before can bring within budget.
  let swap = 0;
  for (let j = p2lo; j <= p2hi && j + 1 < n; j++) {
    if (q[j + 1] === prevCand && q[j] < size && rows[p2 + j] + TRANSPOSE_COST <= bound) swap |= lbit[q[j]];
  }
  // Letters that could begin a transposition from a cell of the row. The
  // rule goes on to such a transposition while the row in between has a
  // cell within budget, any cell, so these letters are always tried; nor
  // is the search below them a walk, whatever their row.
  let swapNext = 0;
  for (let j = plo; j <= phi && j + 1 < n; j++) {
    if (q[j] < size && q[j + 1] < size && rows[p + j] + TRANSPOSE_COST <= bound) swapNext |= lbit[q[j + 1]];
  }
  // Other letters are tried only if a cell of the row can afford them: a
  // new cell within budget comes from a cell of the row within budget by a
  // match, a substitution or an insertion, or by a transposition from the
  // row before, or by deletions from such a cell. And that cell is of use
  // only if the rest of the query can follow it within budget: the query
  // chars whose letter is on no path from here must be deleted or
  // changed, at `least` each. h sums that over the chars past column j;
  // the new cells cell j leads to lie in columns j and j + 1, so they
  // leave at least that much to pay.
  let mask = swap | swapNext;
  if (keep || prevCand < 0) mask = -1;
  else {
    const { least, cheap } = s;
    const absent = ~reached & s.letters;
    let h = 0;
    if (absent !== 0 || s.outside) {
      for (let j = n - 1; j > phi; j--) if (q[j] >= size || (lbit[q[j]] & absent) !== 0) h += least[j];
    }
    let any = false;
    for (let j = phi; j >= plo; j--) {
      const left = bound - rows[p + j] - h;
      if (j < n && (q[j] >= size || (lbit[q[j]] & absent) !== 0)) h += least[j];
      // The search sums the same costs in another order: allow for rounding.
      if (left < -1e-9) continue;
      any = true;
      const L = Math.floor(left * 10 + 1e-6);
      if (L >= 10) {
        mask = -1;
        break;
      }
      mask |= cheap[j * 10 + L];
    }
    if (any) mask |= s.after[prevCand];
  }
  // A new cell within budget lies next to one of the previous row or two
  // columns past one of the row before (transposition), or is reached by
  // deletions from such a cell.
  const from = Math.min(plo, p2lo + 2);
  const to = Math.min(n, Math.max(phi + 1, p2hi + 2));
  for (let j = Math.max(from - 1, 0); j < plo; j++) rows[p + j] = Infinity;
  for (let j = phi + 1; j <= to; j++) rows[p + j] = Infinity;
  const dg = depth === 0 ? s.diag0 : s.diag;
  const { voicing, reach, minGap } = s;
  for (let e = first; ; e++) {
    const v = edges[e];
    const c = v & LABEL_MASK;
    if ((mask & lbit[c]) === 0) {
      if ((v & LAST_BIT) !== 0) break;
      continue;
    }
    chars[depth] = c;
    const d0 = c * width;
    const i0 = (c === prevCand ? 2 * size : prevCand >= 0 ? 2 * c + voicing[prevCand * size + c] : 2 * c) * width;
    let rlo = width;
    let rhi = -1;
    let min = Infinity;
    let left = Infinity; // the cell before `from` is over budget
    let j = from;
    if (j === 0) {
      left = rows[r] = rows[p] + ins[i0];
      if (left <= bound) {
        rlo = rhi = 0;
        min = left;
      }
      j = 1;
    }
    // two copies of the row loop on purpose: most letters can start no transposition here, and
    // the loop without that test is the innermost code of the whole search
    if ((swap & lbit[c]) === 0) {
      for (; j <= to; j++) {
        let best = rows[p + j - 1] + dg[d0 + j];
        const dl = left + del[j - 1];
        if (dl < best) best = dl;
        const il = rows[p + j] + ins[i0 + j];
        if (il < best) best = il;
        rows[r + j] = left = best;
        if (best <= bound) {
          if (rlo === width) rlo = j;
          rhi = j;
          if (best < min) min = best;
        }
      }
    } else {
      for (; j <= to; j++) {
        let best = rows[p + j - 1] + dg[d0 + j];
        const dl = left + del[j - 1];
        if (dl < best) best = dl;
        const il = rows[p + j] + ins[i0 + j];
        if (il < best) best = il;
        if (j > 1 && q[j - 1] === prevCand && q[j - 2] === c && prevCand !== c && j - 2 >= p2lo && j - 2 <= p2hi) {
          const t = rows[p2 + j - 2] + TRANSPOSE_COST + (depth === 1 && j === 2 ? FIRST_CHAR_PENALTY : 0);
          if (t < best) best = t;
        }
        rows[r + j] = left = best;
        if (best <= bound) {
          if (rlo === width) rlo = j;
          rhi = j;
          if (best < min) min = best;
        }
      }
    }
    // Past `to` only deletions from the last cell can stay within budget.
    for (; j <= n && left + del[j - 1] <= bound; j++) {
      rows[r + j] = left = left + del[j - 1];
      rhi = j;
    }
    if ((v & FINAL_BIT) !== 0 && rhi === n) record(s, depth, rows[r + n]);
    const target = v >>> TARGET_SHIFT;
    if (target !== 0 && (rhi >= 0 || keep)) {
      s.lo[depth + 1] = rlo;
      s.hi[depth + 1] = rhi;
      // Too little budget left in the new row for an insertion, a deletion
      // or a transposition (none of its cells can begin one, as c is not in
      // swapNext, nor the exact rule go on for one): only walks are left.
      if (rhi >= 0 && (swapNext & lbit[c]) === 0 && min + minGap > bound && !(exact && min + TRANSPOSE_COST <= bound)) {
        walkFrom(s, target, depth + 1, min, reach[e]);
      } else {
        visit(s, target, depth + 1, min, reach[e]);
      }
    }
    if ((v & LAST_BIT) !== 0) break;
  }
}

function restoreCase(original: string, word: string): string {
  const letters = original.replace(/[^A-Za-zА-Яа-яЁё]/g, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return word.toUpperCase();
  }
  const first = letters[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return word[0].toUpperCase() + word.slice(1);
  }
  return word;
}

export function createSpeller(data: SpellingData | Automaton, extraWords: string[] = []): Speller {
  const automaton: Automaton = 'has' in data ? data : decodeAutomaton(data);
  const extra = new Set<string>();
  for (const w of extraWords) {
    const n = normalizeWord(w.trim());
    if (n) extra.add(n);
  }

  const known = (w: string): boolean => automaton.has(w) || extra.has(w);

  const isCombiningForm = (part: string): boolean => {
    if (part === 'юго' || part === 'северо') return true;
    if (part.length < 4 || NOT_COMBINING.has(part)) return false;
    const last = part[part.length - 1];
    if (last !== 'о' && last !== 'е') return false;
    const base = part.slice(0, -1);
    // социально-, жилищно- (жилищный), медико- (медик), древне- (древний)
    // Only adjective or noun stems count: accepting any known word would
    // let «кроме-того» through.
    return (
      known(base) ||
      known(base + 'ый') ||
      known(base + 'ий') ||
      known(base + 'ой')
    );
  };

  const partOk = (part: string): boolean => LATIN_OR_DIGITS.test(part) || known(part);

  const compoundOk = (parts: string[]): boolean => {
    if (parts.length < 2 || parts.some((p) => p.length === 0)) return false;
    const first = parts[0];
    const last = parts[parts.length - 1];
    const rest = parts.slice(1).join('-');
    if (PARTICLES.has(last)) return wordOk(parts.slice(0, -1).join('-'));
    if ((first === 'кое' || first === 'кой') && parts.length === 2) return known(rest);
    if (first === 'по' && parts.length === 2) {
      // по-новому, по-прежнему, по-моему; по-русски, по-человечески
      if (/(ому|ему)$/.test(rest)) return !NOT_PO_ADVERB.has(rest) && known(rest);
      if (/(ски|цки)$/.test(rest)) return known(rest + 'й');
      return false;
    }
    if (parts.length === 2 && first === last) return known(first); // чуть-чуть, еле-еле
    if (first === 'пол' && parts.length === 2) return /^[аеиоуыэюял]/.test(rest) && known(rest);
    if (NOUN_PREFIXES.has(first)) return wordOk(rest);
    // 1-й, 2-го, 10-летний: numerals are out of a spelling check's reach.
    if (DIGITS.test(first)) return parts.slice(1).every((p) => /^[а-я0-9a-z]+$/i.test(p));
    // SMS-сообщение, Wi-Fi: Latin parts pass, Cyrillic parts must be words.
    if (parts.some((p) => LATIN_OR_DIGITS.test(p))) return parts.every(partOk);
    // северо-западный, социально-экономический, санаторно-курортный
    return parts.slice(0, -1).every(isCombiningForm) && known(last);
  };

  const wordOk = (w: string): boolean => {
    if (known(w)) return true;
    if (w.includes('-')) return compoundOk(w.split('-'));
    return false;
  };

  const correct = (word: string): boolean => {
    const w = normalizeWord(word).replace(/^[-‐‑]+|[-‐‑]+$/g, '').replace(/[‐‑]/g, '-');
    if (!w) return true;
    // Non-Cyrillic tokens (Latin words, numbers) are out of scope.
    if (!CYRILLIC.test(w)) return true;
    return wordOk(w);
  };

  const suggest = (word: string, limit = 5): string[] => {
    const w = normalizeWord(word).replace(/^[-‐‑]+|[-‐‑]+$/g, '').replace(/[‐‑]/g, '-');
    if (!w || limit <= 0) return [];
    // Short words have many neighbours at distance 2; keep the budget tight.
    const maxCost = w.length <= 3 ? 1 : w.length <= 5 ? 1.5 : 2;
    const outside = new Map<string, number>(); // candidates the automaton does not hold
    for (const x of extra) {
      if (Math.abs(x.length - w.length) > 4) continue;
      const c = editCost(w, x);
      if (c <= maxCost) outside.set(x, c);
    }
    // «вообщем» → «в общем»: a missing space is one edit, but the automaton
    // holds single words, so try the splits explicitly.
    const splits: string[] = [];
    for (let i = 1; i < w.length; i++) {
      let a = w.slice(0, i);
      const b = w.slice(i);
      if (!(GLUED_FIRST.has(a) || GLUED_LAST.has(b)) || !known(a) || !known(b)) continue;
      // во/со/ко appear only before consonant clusters: «вообщем» is «в общем».
      if ((a === 'во' || a === 'со' || a === 'ко') && /^[аеиоуыэюя]/.test(b)) a = a[0];
      splits.push(a + (PARTICLES.has(b) ? '-' : ' ') + b);
    }
    // Iterative deepening: most typos have `limit` candidates well within
    // the budget, and the search grows several times with each half point.
    // A pass below the budget finds exactly the candidates costing ≤ its
    // bound, at the costs the full pass gives them (see prepareSearch on
    // why it must stay over 0.3 below); they rank before all the others, so
    // once there are `limit` of them they are the answer. A pass a point
    // below costs little. When it finds fewer than `limit` - 1, none of
    // them a single cheap edit away (≤ 0.5), the pass half a point below
    // seldom finds enough, and is skipped.
    const search = prepareSearch(automaton, w);
    let found = new Map<string, number>();
    const bounds = maxCost > 1.5 ? [maxCost - 1, maxCost - 0.5, maxCost] : maxCost > 1 ? [maxCost - 0.5, maxCost] : [maxCost];
    for (let k = 0; k < bounds.length; k++) {
      const bound = bounds[k];
      found = new Map();
      search(bound, bound < maxCost, found);
      for (const [x, c] of outside) if (c <= bound) found.set(x, Math.min(c, found.get(x) ?? Infinity));
      if (SPLIT_COST <= bound || bound === maxCost) for (const s of splits) found.set(s, SPLIT_COST);
      found.delete(w);
      if (found.size >= limit) break;
      if (k === 0 && bounds.length === 3 && found.size < limit - 1) {
        let near = false;
        for (const c of found.values()) if (c <= bound - 0.5) near = true;
        if (!near) k++;
      }
    }
    const prefix = (x: string): number => {
      let k = 0;
      while (k < x.length && k < w.length && x[k] === w[k]) k++;
      return k;
    };
    // On equal cost prefer the candidate that keeps more of the beginning:
    // writers rarely get the first letters wrong (будующий → будущий, not бушующий).
    return [...found]
      .sort(
        (a, b) =>
          a[1] - b[1] ||
          prefix(b[0]) - prefix(a[0]) ||
          Math.abs(a[0].length - w.length) - Math.abs(b[0].length - w.length) ||
          (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
      )
      .slice(0, limit)
      .map(([s]) => restoreCase(word, s));
  };

  return { correct, suggest };
}
