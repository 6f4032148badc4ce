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

export type Search = (bound: number, exact: boolean, found: Map<string, number>) => void;

/**
 * Bounded weighted Damerau–Levenshtein search of `query` over the
 * automaton: a depth-first walk that carries one DP row per depth and
 * abandons a branch once its row exceeds the budget, so only the
 * neighbourhood of the query is visited. It runs on every keystroke of the
 * live check and tries ~15 000 edges per word at budget 2, so it works on
 * label codes with cost tables built once per query, computes each row only
 * over the columns that can still be within budget (two or three on
 * average, not the whole query), and skips most letters with a cheap test.
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
 */
export function prepareSearch(a: Automaton, query: string): Search {
  const { edges, alphabet } = a;
  const { size, sub, gap, voicing } = costTables(a);
  const n = query.length;
  const width = n + 1; // of a DP row: columns 0..n
  // Query chars outside the alphabet get codes >= size that match nothing.
  const q = new Int32Array(n + 1);
  for (let j = 0; j < n; j++) {
    const c = a.codeOf(query.charCodeAt(j));
    q[j] = c >= 0 ? c : size + j;
  }
  q[n] = -1;
  const del = new Float64Array(n);
  const qChars = query.split('');
  for (let j = 0; j < n; j++) del[j] = gapCost(qChars, j, n);

  // diag[c * width + j]: candidate symbol c aligned with query char j - 1;
  // diag0 the same for the first candidate char, which costs extra to change.
  const diag = new Float64Array(size * width);
  const diag0 = new Float64Array(size * width);
  // ins[(2c + v) * width + j]: candidate symbol c missing from the query
  // before query char j, where v = 1 if c and the previous candidate char
  // form a voicing pair. The extra last row: c repeats the previous char.
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
  let minIns = Infinity;
  for (let k = 0; k < ins.length; k++) if (ins[k] < minIns) minIns = ins[k];

  const maxDepth = n + 8; // each char beyond the query's length costs at least 0.4
  const rows = new Float64Array((maxDepth + 1) * width);
  // Columns lo[d]..hi[d] of row d hold every cell within budget (lo = width
  // when there is none); cells outside them are over budget, and may be
  // stale: a row is read outside its range only after filling in Infinity.
  const lo = new Int32Array(maxDepth + 1);
  const hi = new Int32Array(maxDepth + 1);
  const chars = new Int32Array(maxDepth);

  return (bound, exact, found) => {
    if (edges.length === 0) return;
    lo[0] = 0;
    hi[0] = 0;
    rows[0] = 0;
    for (let j = 1; j <= n; j++) {
      rows[j] = rows[j - 1] + del[j - 1];
      if (rows[j] <= bound) hi[0] = j;
    }

    /** Expands the state at edge `first`, reached by `depth` chars; prevMin: least cell of row `depth`. */
    const visit = (first: number, depth: number, prevMin: number): void => {
      if (depth >= maxDepth) return;
      const p = depth * width; // row `depth`, the new rows' previous one
      const p2 = p - width;
      const r = p + width;
      const plo = lo[depth];
      const phi = hi[depth];
      const p2lo = depth > 0 ? lo[depth - 1] : width;
      const p2hi = depth > 0 ? hi[depth - 1] : -1;
      // A new cell within budget lies next to one of the previous row or two
      // columns past one of the row before (transposition), or is reached by
      // deletions from such a cell.
      const from = Math.min(plo, p2lo + 2);
      const to = Math.min(n, Math.max(phi + 1, p2hi + 2));
      for (let j = Math.max(from - 1, 0); j < plo; j++) rows[p + j] = Infinity;
      for (let j = phi + 1; j <= to; j++) rows[p + j] = Infinity;
      const prevCand = depth > 0 ? chars[depth - 1] : -1;
      const dg = depth === 0 ? diag0 : diag;
      // Most edges are tried where what is left of the budget is too little
      // for an insertion or a transposition: then only a substitution or a
      // match from a cell of the previous row's range can keep a new cell
      // within budget, so try that first and skip the letter if it fails.
      let tight = prevMin + minIns > bound && !(exact && prevMin + TRANSPOSE_COST <= bound);
      for (let j = p2lo; tight && j <= p2hi && j + 1 < n; j++) {
        if (q[j + 1] === prevCand && rows[p2 + j] + TRANSPOSE_COST <= bound) tight = false;
      }
      for (let e = first; ; e++) {
        const v = edges[e];
        const c = v & LABEL_MASK;
        if (tight) {
          let j = plo;
          while (j <= phi && j < n && rows[p + j] + dg[c * width + j + 1] > bound) j++;
          if (j > phi || j === n) {
            if ((v & LAST_BIT) !== 0) break;
            continue;
          }
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
        // Past `to` only deletions from the last cell can stay within budget.
        for (; j <= n && left + del[j - 1] <= bound; j++) {
          rows[r + j] = left = left + del[j - 1];
          rhi = j;
        }
        if ((v & FINAL_BIT) !== 0 && rhi === n) {
          const cost = rows[r + n];
          let word = '';
          for (let k = 0; k <= depth; k++) word += alphabet[chars[k]];
          const old = found.get(word);
          if (old === undefined || cost < old) found.set(word, cost);
        }
        const target = v >>> TARGET_SHIFT;
        if (target !== 0 && (rhi >= 0 || (exact && prevMin + TRANSPOSE_COST <= bound))) {
          lo[depth + 1] = rlo;
          hi[depth + 1] = rhi;
          visit(target, depth + 1, min);
        }
        if ((v & LAST_BIT) !== 0) break;
      }
    };
    visit(0, 0, 0);
  };
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
    // A pass half a point below the budget finds exactly the candidates
    // costing ≤ its bound, at the costs the full pass gives them (see
    // prepareSearch on why it must stay over 0.3 below); they rank before
    // all the others, so once there are `limit` of them they are the answer.
    const search = prepareSearch(automaton, w);
    let found = new Map<string, number>();
    for (const bound of maxCost > 1 ? [maxCost - 0.5, maxCost] : [maxCost]) {
      found = new Map();
      search(bound, bound < maxCost, found);
      for (const [x, c] of outside) if (c <= bound) found.set(x, Math.min(c, found.get(x) ?? Infinity));
      if (SPLIT_COST <= bound || bound === maxCost) for (const s of splits) found.set(s, SPLIT_COST);
      found.delete(w);
      if (found.size >= limit) break;
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
