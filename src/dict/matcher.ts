// Run-time phrase matching over the tries the build made (trie.ts): from every word, the trie is
// walked with hash look-ups of word forms (as nlcst-search indexes phrases by their first word),
// so alternatives that share a prefix cost one look-up and the whole is linear in the number of
// words with a small constant. Nothing is decoded until a rule first matches.
import type { Token } from '../parse/model.js';
import type { CompiledDictionary, CompiledEntry } from './compiled.js';
import { linearize, parsePattern } from './pattern.js';
import { decodeTrie, flatten, insert, newBuildNode, trieStep, type BuildNode } from './trie.js';

export interface PhraseMatch {
  entry: CompiledEntry;
  /** Indexes into the words array, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

const MATCHABLE = new Set(['word', 'abbreviation']);
const NONE: readonly number[] = [];
const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);
/** Nodes with this many word edges get a form → children index on first visit. */
const INDEX_FROM = 6;

/** One dictionary's trie, decoded lazily. */
class Trie {
  private data?: Int32Array;
  private setCache: Array<ReadonlySet<string> | undefined> = [];
  private indexes = new Map<number, Map<string, number[]>>();
  private withPrefixes = new Set<number>();

  constructor(
    private source: () => Int32Array,
    private sets: string[],
    private prefixes: string[],
    readonly entries: CompiledEntry[],
  ) {}

  get array(): Int32Array {
    return (this.data ??= this.source());
  }

  set(i: number): ReadonlySet<string> {
    return (this.setCache[i] ??= new Set(this.sets[i].split(' ')));
  }

  /** Whether word w passes the edge step. */
  fits(step: number, w: Token): boolean {
    if (step < 0) {
      const prefix = this.prefixes[-step - 1];
      return prefix === '' || (MATCHABLE.has(w.kind) && w.norm.startsWith(prefix));
    }
    return MATCHABLE.has(w.kind) && this.set(step).has(w.norm);
  }

  /** The children of node o reached by word w (a shared array: read it before the next call). */
  next(o: number, w: Token): readonly number[] {
    const d = this.array;
    const n = d[o];
    if (n === 0) return NONE;
    if (n >= INDEX_FROM) {
      let index = this.indexes.get(o);
      if (!index) {
        index = new Map();
        let prefixes = false;
        for (let k = 0; k < n; k++) {
          const step = d[o + 1 + 2 * k];
          if (step < 0) {
            prefixes = true;
            continue;
          }
          for (const f of this.set(step)) {
            const list = index.get(f);
            if (list) list.push(d[o + 2 + 2 * k]);
            else index.set(f, [d[o + 2 + 2 * k]]);
          }
        }
        if (prefixes) this.withPrefixes.add(o);
        this.indexes.set(o, index);
      }
      const hit = MATCHABLE.has(w.kind) ? index.get(w.norm) : undefined;
      if (!this.withPrefixes.has(o)) return hit ?? NONE;
      const out = hit ? [...hit] : [];
      for (let k = 0; k < n; k++) if (d[o + 1 + 2 * k] < 0 && this.fits(d[o + 1 + 2 * k], w)) out.push(d[o + 2 + 2 * k]);
      return out;
    }
    let out: number[] | undefined;
    for (let k = 0; k < n; k++) if (this.fits(d[o + 1 + 2 * k], w)) (out ??= []).push(d[o + 2 + 2 * k]);
    return out ?? NONE;
  }

  /** Every entry whose pattern starts at words[i], with the farthest end («выявлено не было» keeps «было»). */
  matchAt(words: Token[], i: number, found: Map<CompiledEntry, number>, vetoed: Set<CompiledEntry>): void {
    const d = this.array;
    const walk = (o: number, at: number, depth: number) => {
      // at: the next word to read; the last matched word is at − 1
      const gapsAt = o + 1 + 2 * d[o];
      const acceptAt = gapsAt + 1 + 2 * d[gapsAt];
      for (let k = 0; k < d[acceptAt]; k++) {
        const v = d[acceptAt + 1 + k];
        const entry = this.entries[v >> 1];
        if (v & 1) vetoed.add(entry);
        else {
          const prev = found.get(entry);
          if (prev === undefined || at - 1 > prev) found.set(entry, at - 1);
        }
      }
      if (depth > 64) return;
      for (let k = 0; k < d[gapsAt]; k++) {
        const max = d[gapsAt + 1 + 2 * k];
        const child = d[gapsAt + 2 + 2 * k];
        for (let skip = 0; skip <= max && at + skip <= words.length; skip++) walk(child, at + skip, depth + 1);
      }
      if (at >= words.length) return;
      const children = this.next(o, words[at]);
      for (let k = 0; k < children.length; k++) walk(children[k], at + 1, depth + 1);
    };
    // a gap may not open a pattern: the root is entered at word i only
    const firsts = this.next(0, words[i]);
    for (let k = 0; k < firsts.length; k++) walk(firsts[k], i + 1, 1);
  }
}

interface OwnEntries {
  root: BuildNode;
  sets: string[];
  setIndex: Map<string, number>;
  prefixes: string[];
  entries: CompiledEntry[];
  trie?: Trie;
}

export class PhraseMatcher {
  private tries: Trie[] = [];
  private disabled: Set<string>;
  private own?: OwnEntries;
  // Matches depend only on the words' kinds and forms: remembered by those, so a sentence that
  // did not change (live checking relints the whole letter on each keystroke) costs one look-up.
  private memo = new Map<string, Array<[CompiledEntry, number, number]>>();

  constructor(dictionaries: CompiledDictionary[], options: { disable?: string[] } = {}) {
    this.disabled = new Set(options.disable ?? []);
    for (const d of dictionaries) this.tries.push(new Trie(() => decodeTrie(d.trie), d.sets, d.prefixes, d.entries));
  }

  /** Adds an organisation's entry at run time: its patterns match as written (no lemma expansion). */
  addEntry(entry: CompiledEntry, unless: string[] = []): void {
    const own: OwnEntries = (this.own ??= { root: newBuildNode(), sets: [], setIndex: new Map(), prefixes: [], entries: [] });
    const index = own.entries.push(entry) - 1;
    const setOf = (forms: ReadonlySet<string>) => {
      const key = [...forms].sort().join(' ');
      let i = own.setIndex.get(key);
      if (i === undefined) own.setIndex.set(key, (i = own.sets.push(key) - 1));
      return i;
    };
    const prefixOf = (p: string) => (own.prefixes.includes(p) ? own.prefixes.indexOf(p) : own.prefixes.push(p) - 1);
    const same = (w: string) => new Set([w]);
    for (const [sources, isUnless] of [[entry.patterns, false], [unless, true]] as const) {
      for (const source of sources) for (const steps of linearize(parsePattern(source), same)) insert(own.root, steps.map((s) => trieStep(s, setOf, prefixOf)), index, isUnless);
    }
    const data = flatten(own.root);
    if (own.trie) this.tries.splice(this.tries.indexOf(own.trie), 1);
    own.trie = new Trie(() => data, own.sets, own.prefixes, own.entries);
    this.tries.push(own.trie);
    this.memo.clear();
  }

  /** All matches in one sentence's words, the exceptions already applied. */
  match(words: Token[]): PhraseMatch[] {
    const key = matchKey(words);
    let hits = this.memo.get(key);
    if (!hits) {
      hits = this.matchWords(words).map((m) => [m.entry, m.first, m.last]);
      if (this.memo.size >= 20000) this.memo.clear();
      this.memo.set(key, hits);
    }
    // most sentences match nothing: no new array for them (document rules ask on every keystroke)
    if (hits.length === 0) return NO_MATCHES as PhraseMatch[];
    return hits.map(([entry, first, last]) => ({ entry, first, last, start: words[first].start, end: words[last].end }));
  }

  private matchWords(words: Token[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const vetoed = new Set<CompiledEntry>();
    const best = new Map<CompiledEntry, number>();
    for (let i = 0; i < words.length; i++) {
      if (!MATCHABLE.has(words[i].kind)) continue;
      best.clear();
      for (const trie of this.tries) trie.matchAt(words, i, best, vetoed);
      for (const [entry, last] of best) {
        if (this.disabled.has(entry.id)) continue;
        found.push({ entry, first: i, last, start: words[i].start, end: words[last].end });
      }
    }
    return vetoed.size ? found.filter((m) => !vetoed.has(m.entry)) : found;
  }
}

// The memo key of a words array, computed once per array and shared by every matcher.
const keys = new WeakMap<Token[], string>();

function matchKey(words: Token[]): string {
  let key = keys.get(words);
  if (key === undefined) {
    key = '';
    for (const w of words) key += (MATCHABLE.has(w.kind) ? '\u0001' : '\u0002') + w.norm;
    keys.set(words, key);
  }
  return key;
}

/** Lets a copy of a words array (the same words at other offsets) reuse the original's memo key. */
export function shareMatchKey(original: Token[], copy: Token[]): void {
  const key = keys.get(original);
  if (key !== undefined) keys.set(copy, key);
}
