// The compiled dictionaries, and one phrase matcher per rule with the organisation's additions.
import dictionaries from '../generated/dictionaries.js';
import type { OrganisationDictionaries } from '../types.js';
import type { CompiledDictionary, CompiledEntry } from './compiled.js';
import { PhraseMatcher } from './matcher.js';
import { validateEntry } from './schema.js';

export const compiledDictionaries: readonly CompiledDictionary[] = dictionaries;

export function dictionariesFor(rule: string): CompiledDictionary[] {
  return dictionaries.filter((d) => d.rule === rule);
}

export function entriesFor(rule: string): CompiledEntry[] {
  return dictionariesFor(rule).flatMap((d) => d.entries);
}

const base = new Map<string, PhraseMatcher>();

/** "No organisation dictionaries", one object: what rules remember per sentence is keyed by it. */
export const NO_DICTIONARIES: OrganisationDictionaries = Object.freeze({});

// an organisation's matchers, built once per dictionaries object (every rule asks on every lint)
const withOwn = new WeakMap<OrganisationDictionaries, Map<string, PhraseMatcher>>();

/** The matcher for a rule: shared when the organisation adds nothing, built once per its dictionaries when it does. */
export function matcherFor(rule: string, org?: OrganisationDictionaries): PhraseMatcher {
  const known = org && withOwn.get(org)?.get(rule);
  if (known) return known;
  const own = (org?.entries ?? []).filter((e) => (e.rule ?? '') === rule);
  const disable = org?.disable ?? [];
  if (!org || (own.length === 0 && disable.length === 0)) {
    let m = base.get(rule);
    if (!m) base.set(rule, (m = new PhraseMatcher(dictionariesFor(rule))));
    return m;
  }
  const m = new PhraseMatcher(dictionariesFor(rule), { disable });
  for (const raw of own) {
    const { rule: _rule, ...rest } = raw;
    const e = validateEntry(rest, 'настройки: dictionaries.entries', false);
    m.addEntry(
      { id: e.id, rule, explanation: e.explanation, suggestions: e.suggestions ?? [], patterns: e.patterns, examples: { incorrect: e.examples.incorrect, correct: e.examples.correct ?? [] }, ...(e.flags ? { flags: e.flags } : {}) },
      e.unless,
    );
  }
  let built = withOwn.get(org);
  if (!built) withOwn.set(org, (built = new Map()));
  built.set(rule, m);
  return m;
}
