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

interface Indexed {
  entry: CompiledEntry;
  steps: Step[];
  unless: boolean;
}

const MATCHABLE = new Set(['word', 'abbreviation']);

export class PhraseMatcher {
  private byFirst = new Map<string, Indexed[]>();
  private byPrefix: Indexed[] = [];
  private disabled: Set<string>;

  constructor(dictionaries: CompiledDictionary[], options: { disable?: string[] } = {}) {
    this.disabled = new Set(options.disable ?? []);
    for (const dict of dictionaries) {
      const sets = dict.sets.map((forms) => new Set(forms));
      for (const p of dict.patterns) {
        const entry = dict.entries[p.entry];
        const steps: Step[] = p.steps.map((s) =>
          typeof s === 'number' ? { type: 'forms', forms: sets[s] } : s.startsWith('~') ? { type: 'gap', max: Number(s.slice(1)) } : { type: 'prefix', prefix: s.slice(1) },
        );
        this.add({ entry, steps, unless: !!p.unless });
      }
    }
  }

  /** Adds an organisation's entry at run time: its patterns match as written (no lemma expansion). */
  addEntry(entry: CompiledEntry, unless: string[] = []): void {
    const same = (w: string) => new Set([w]);
    for (const source of entry.patterns) for (const steps of linearize(parsePattern(source), same)) this.add({ entry, steps, unless: false });
    for (const source of unless) for (const steps of linearize(parsePattern(source), same)) this.add({ entry, steps, unless: true });
  }

  private add(p: Indexed) {
    const first = p.steps[0];
    if (first.type === 'forms') {
      for (const form of first.forms) {
        let list = this.byFirst.get(form);
        if (!list) this.byFirst.set(form, (list = []));
        list.push(p);
      }
    } else this.byPrefix.push(p);
  }

  /** All matches in one sentence's words, the exceptions already applied. */
  match(words: Token[]): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const vetoed = new Set<CompiledEntry>();
    for (let i = 0; i < words.length; i++) {
      if (!MATCHABLE.has(words[i].kind)) continue;
      const candidates = this.byFirst.get(words[i].norm);
      const tryAll = (list: Indexed[] | undefined) => {
        if (!list) return;
        for (const p of list) {
          if (this.disabled.has(p.entry.id)) continue;
          const last = matchFrom(p.steps, words, 0, i);
          if (last < 0) continue;
          if (p.unless) vetoed.add(p.entry);
          else found.push({ entry: p.entry, first: i, last, start: words[i].start, end: words[last].end });
        }
      };
      tryAll(candidates);
      if (this.byPrefix.length) tryAll(this.byPrefix.filter((p) => p.steps[0].type === 'prefix' && words[i].norm.startsWith((p.steps[0] as { prefix: string }).prefix)));
    }
    return found.filter((m) => !vetoed.has(m.entry));
  }
}

/** Matches steps[k..] starting at words[i]; returns the index of the last matched word, or -1. */
function matchFrom(steps: Step[], words: Token[], k: number, i: number): number {
  if (i >= words.length) return -1;
  const step = steps[k];
  if (step.type === 'gap') {
    // shortest gap first: the tightest match is the most precise span
    for (let skip = 0; skip <= step.max; skip++) {
      const r = matchFrom(steps, words, k + 1, i + skip);
      if (r >= 0) return r;
    }
    return -1;
  }
  const w = words[i];
  const ok = MATCHABLE.has(w.kind) && (step.type === 'forms' ? step.forms.has(w.norm) : w.norm.startsWith(step.prefix));
  if (!ok) return -1;
  if (k === steps.length - 1) return i;
  return matchFrom(steps, words, k + 1, i + 1);
}
