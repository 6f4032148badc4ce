// Compiles a validated dictionary file into the run-time form: every pattern linearised, every
// lemma replaced by the set of its word forms (given by `formsOf`, the morphology at build time),
// and all sequences merged into one flattened trie.
import type { CompiledDictionary } from './compiled.js';
import { linearize, parsePattern } from './pattern.js';
import type { DictionaryFile } from './schema.js';
import { encodeTrie, flatten, insert, newBuildNode, trieStep } from './trie.js';

export function compileDictionary(name: string, file: DictionaryFile, formsOf: (lemma: string) => ReadonlySet<string>): CompiledDictionary {
  const sets: string[] = [];
  const setIndex = new Map<string, number>();
  const setOf = (forms: ReadonlySet<string>) => {
    const key = [...forms].sort().join(' ');
    let i = setIndex.get(key);
    if (i === undefined) {
      i = sets.length;
      sets.push(key);
      setIndex.set(key, i);
    }
    return i;
  };
  const prefixes: string[] = [];
  const prefixOf = (p: string) => {
    let i = prefixes.indexOf(p);
    if (i < 0) i = prefixes.push(p) - 1;
    return i;
  };
  const root = newBuildNode();
  let sequences = 0;
  const entries = file.entries.map((e, index) => {
    const add = (source: string, unless: boolean) => {
      for (const seq of linearize(parsePattern(source), formsOf)) {
        insert(root, seq.map((s) => trieStep(s, setOf, prefixOf)), index, unless);
        sequences++;
      }
    };
    try {
      for (const p of e.patterns) add(p, false);
      for (const p of e.unless ?? []) add(p, true);
    } catch (error) {
      (error as Error).message = `запись «${e.id}»: ${(error as Error).message}`;
      throw error;
    }
    return {
      id: e.id,
      rule: file.rule,
      explanation: e.explanation,
      suggestions: e.suggestions ?? [],
      ...(e.severity ? { severity: e.severity } : {}),
      ...(e.note ? { note: e.note } : {}),
      ...(e.flags ? { flags: e.flags } : {}),
      patterns: e.patterns,
      examples: { incorrect: e.examples.incorrect, correct: e.examples.correct ?? [] },
    };
  });
  return { name, rule: file.rule, entries, sets, prefixes, trie: encodeTrie(flatten(root)), sequences };
}
