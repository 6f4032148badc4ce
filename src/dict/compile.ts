// Compiles a validated dictionary file into the run-time form: every pattern linearised, every
// lemma replaced by the set of its word forms (given by `formsOf`, the morphology at build time).
import type { CompiledDictionary, CompiledStep } from './compiled.js';
import { linearize, parsePattern } from './pattern.js';
import type { DictionaryFile } from './schema.js';

export function compileDictionary(name: string, file: DictionaryFile, formsOf: (lemma: string) => ReadonlySet<string>): CompiledDictionary {
  const sets: string[][] = [];
  const setIndex = new Map<string, number>();
  const setOf = (forms: ReadonlySet<string>) => {
    const list = [...forms].sort();
    const key = list.join('|');
    let i = setIndex.get(key);
    if (i === undefined) {
      i = sets.length;
      sets.push(list);
      setIndex.set(key, i);
    }
    return i;
  };
  const out: CompiledDictionary = { name, rule: file.rule, entries: [], sets, patterns: [] };
  file.entries.forEach((e, index) => {
    out.entries.push({
      id: e.id,
      rule: file.rule,
      explanation: e.explanation,
      suggestions: e.suggestions ?? [],
      ...(e.severity ? { severity: e.severity } : {}),
      ...(e.note ? { note: e.note } : {}),
      ...(e.flags ? { flags: e.flags } : {}),
      patterns: e.patterns,
      examples: { incorrect: e.examples.incorrect, correct: e.examples.correct ?? [] },
    });
    const add = (source: string, unless: boolean) => {
      for (const seq of linearize(parsePattern(source), formsOf)) {
        const steps: CompiledStep[] = seq.map((s) => (s.type === 'forms' ? setOf(s.forms) : s.type === 'gap' ? `~${s.max}` : `^${s.prefix}`));
        out.patterns.push(unless ? { entry: index, steps, unless } : { entry: index, steps });
      }
    };
    try {
      for (const p of e.patterns) add(p, false);
      for (const p of e.unless ?? []) add(p, true);
    } catch (error) {
      (error as Error).message = `запись «${e.id}»: ${(error as Error).message}`;
      throw error;
    }
  });
  return out;
}
