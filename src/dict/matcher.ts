// Run-time phrase matching: hash look-ups of word forms, patterns indexed by their first word
// (as nlcst-search does), so the cost is linear in the number of words with a small constant.
import type { Token } from '../parse/model.js';
import type { CompiledDictionary, CompiledEntry } from './compiled.js';
import { linearize, parsePattern, type Step } from './pattern.js';

export interface PhraseMatch {
  entry: CompiledEntry;
  /** Indexes into the words array, inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

// The linear sequences of all patterns are merged into one trie: alternatives that share a prefix
// share nodes, so a word is looked up once per node (a hash look-up where a node has many edges)
// however many alternatives follow. Gaps are edges that skip up to N words.
interface Accept {
  entry: CompiledEntry;
  unless: boolean;
}

interface Node {
  edges: Array<{ step: Step; child: Node }>;
  /** Built when a node has many form edges: form → children. */
  index?: Map<string, Node[]>;
  /** Edges that the index does not cover (prefix steps). */
  rest?: Array<{ step: Step; child: Node }>;
  gaps: Array<{ max: number; child: Node }>;
  accept: Accept[];
}

const MATCHABLE = new Set(['word', 'abbreviation']);
const INDEX_FROM = 6;

const newNode = (): Node => ({ edges: [], gaps: [], accept: [] });

export class PhraseMatcher {
  private root = newNode();
  private disabled: Set<string>;
  private sealed = false;

  constructor(dictionaries: CompiledDictionary[], options: { disable?: string[] } = {}) {
    this.disabled = new Set(options.disable ?? []);
    for (const dict of dictionaries) {
      const sets = dict.sets.map((forms) => new Set(forms));
      const steps = new Map<string, Step>(); // one Step object per distinct step, so trie edges are shared
      const stepOf = (s: number | string): Step => {
        const key = String(s);
        let step = steps.get(key);
        if (!step) {
          step = typeof s === 'number' ? { type: 'forms', forms: sets[s] } : s.startsWith('~') ? { type: 'gap', max: Number(s.slice(1)) } : { type: 'prefix', prefix: s.slice(1) };
          steps.set(key, step);
        }
        return step;
      };
      for (const p of dict.patterns) this.add(dict.entries[p.entry], p.steps.map(stepOf), !!p.unless);
    }
  }

  /** Adds an organisation's entry at run time: its patterns match as written (no lemma expansion). */
  addEntry(entry: CompiledEntry, unless: string[] = []): void {
    const same = (w: string) => new Set([w]);
    for (const source of entry.patterns) for (const steps of linearize(parsePattern(source), same)) this.add(entry, steps, false);
    for (const source of unless) for (const steps of linearize(parsePattern(source), same)) this.add(entry, steps, true);
    this.sealed = false;
    this.memo.clear();
  }

  private add(entry: CompiledEntry, steps: Step[], unless: boolean) {
    let node = this.root;
    for (const step of steps) {
      if (step.type === 'gap') {
        let edge = node.gaps.find((g) => g.max === step.max);
        if (!edge) node.gaps.push((edge = { max: step.max, child: newNode() }));
        node = edge.child;
      } else {
        let edge = node.edges.find((e) => e.step === step);
        if (!edge) node.edges.push((edge = { step, child: newNode() }));
        node = edge.child;
      }
    }
    if (!node.accept.some((a) => a.entry === entry && a.unless === unless)) node.accept.push({ entry, unless });
  }

  /** Indexes the nodes with many edges by word form (once, before the first match). */
  private seal() {
    const visit = (node: Node) => {
      node.index = undefined;
      node.rest = undefined;
      if (node.edges.length >= INDEX_FROM) {
        const index = new Map<string, Node[]>();
        const rest: Node['edges'] = [];
        for (const e of node.edges) {
          if (e.step.type !== 'forms') {
            rest.push(e);
            continue;
          }
          for (const f of e.step.forms) {
            const list = index.get(f);
            if (list) list.push(e.child);
            else index.set(f, [e.child]);
          }
        }
        node.index = index;
        node.rest = rest;
      }
      for (const e of node.edges) visit(e.child);
      for (const g of node.gaps) visit(g.child);
    };
    visit(this.root);
    this.sealed = true;
  }

  // Matches depend only on the words' kinds and forms: remembered by those, so a sentence that
  // did not change (live checking relints the whole letter on each keystroke) costs one look-up.
  private memo = new Map<string, Array<[CompiledEntry, number, number]>>();

  /** All matches in one sentence's words, the exceptions already applied. */
  match(words: Token[]): PhraseMatch[] {
    const key = matchKey(words);
    let hits = this.memo.get(key);
    if (!hits) {
      hits = this.matchWords(words).map((m) => [m.entry, m.first, m.last]);
      if (this.memo.size >= 20000) this.memo.clear();
      this.memo.set(key, hits);
    }
    return hits.map(([entry, first, last]) => ({ entry, first, last, start: words[first].start, end: words[last].end }));
  }

  private matchWords(words: Token[]): PhraseMatch[] {
    if (!this.sealed) this.seal();
    const found: PhraseMatch[] = [];
    let vetoed: Set<CompiledEntry> | undefined;
    for (let i = 0; i < words.length; i++) {
      if (!MATCHABLE.has(words[i].kind)) continue;
      // the farthest end per entry for this start: an optional last word («выявлено не было»)
      // belongs to the phrase, as the longest of overlapping matches did before the trie
      const best = new Map<CompiledEntry, number>();
      const seen = new Set<Node>();
      const walk = (node: Node, at: number, depth: number) => {
        // at: the next word to read; the last matched word is at − 1
        for (const a of node.accept) {
          if (a.unless) (vetoed ??= new Set()).add(a.entry);
          else if (!this.disabled.has(a.entry.id)) {
            const prev = best.get(a.entry);
            if (prev === undefined || at - 1 > prev) best.set(a.entry, at - 1);
          }
        }
        if (depth > 64) return;
        for (const g of node.gaps) for (let skip = 0; skip <= g.max && at + skip <= words.length; skip++) walk(g.child, at + skip, depth + 1);
        if (at >= words.length) return;
        const w = words[at];
        if (node.index) {
          if (MATCHABLE.has(w.kind)) for (const child of node.index.get(w.norm) ?? []) walk(child, at + 1, depth + 1);
          for (const e of node.rest!) if (fits(e.step, w)) walk(e.child, at + 1, depth + 1);
        } else {
          for (const e of node.edges) if (fits(e.step, w)) walk(e.child, at + 1, depth + 1);
        }
      };
      // a gap may not open a pattern, so the root is entered at word i only
      const w = words[i];
      const root = this.root;
      if (!root.index && root.edges.length >= INDEX_FROM) this.seal();
      const firsts = root.index ? [...(root.index.get(w.norm) ?? []), ...root.rest!.filter((e) => fits(e.step, w)).map((e) => e.child)] : root.edges.filter((e) => fits(e.step, w)).map((e) => e.child);
      for (const child of firsts) {
        if (seen.has(child)) continue;
        seen.add(child);
        walk(child, i + 1, 1);
      }
      for (const [entry, last] of best) found.push({ entry, first: i, last, start: words[i].start, end: words[last].end });
    }
    return vetoed ? found.filter((m) => !vetoed!.has(m.entry)) : found;
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

const fits = (step: Step, w: Token) =>
  step.type === 'prefix' && step.prefix === '' ? true : MATCHABLE.has(w.kind) && (step.type === 'forms' ? step.forms.has(w.norm) : step.type === 'prefix' && w.norm.startsWith(step.prefix));
