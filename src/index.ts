// yasno as a library: `lint` (async, loads what it needs) and `createLinter` (preload once, then
// `lintSync` many times, e.g. as an official types in a mail client). Browser-safe: data that is
// not bundled is read through readers that the entry point sets (fetch here, fs in src/node).
import { createLinter, registerResource, type Linter } from './engine/linter.js';
import { loadSpeller, type Speller } from './spelling/index.js';
import { setMorphologyReader } from './morph/az.js';
import { rules } from '../rules/index.js';
import type { LintOptions, LintResult } from './types.js';

// In a browser the morphology dictionary sits beside the bundle (the browser build copies it there).
setMorphologyReader(async (file) => {
  const response = await fetch(new URL(`./az-dicts/${file}`, import.meta.url));
  if (!response.ok) throw new Error(`не удалось загрузить словарь морфологии ${file}: ${response.status}`);
  return file.endsWith('.json') ? response.text() : response.arrayBuffer();
});

// The speller's ~1 MB dictionary is a dynamic import inside loadSpeller: registering it here costs
// nothing until a rule that needs it runs. (Registered at the entry point, not in the rule module:
// the rule module is evaluated while the engine is still initialising.)
let speller: Speller | undefined;
registerResource('spelling', async () => (speller ??= await loadSpeller()), () => speller);

let shared: Linter | undefined;
const defaultLinter = () => (shared ??= createLinter());

/** Lints a draft: loads what the rules need on first use. */
export function lint(input: string | Uint8Array, options?: LintOptions): Promise<LintResult> {
  return defaultLinter().lint(input, options);
}

/** Lints synchronously; throws if a rule needs data that is not loaded yet (await `preload()` first). */
export function lintSync(input: string, options?: LintOptions): LintResult {
  return defaultLinter().lintSync(input, options);
}

/** Loads the data of every default rule, so that `lintSync` can run. */
export function preload(): Promise<void> {
  return defaultLinter().load();
}

export { createLinter, rules, setMorphologyReader };
export type { Linter };
export { ConfigError, nearestName } from './engine/config.js';
export { InputError } from './input/errors.js';
export { decodeBytes, type DecodedText } from './input/decode.js';
export { guessFormat } from './input/formats/guess.js';
export { loadFormat } from './input/formats/index.js';
export { entriesFor } from './dict/index.js';
export type { CompiledEntry as DictionaryEntry } from './dict/compiled.js';
export { applyFixes, applyEdit, applyEdits, shiftMessages } from './engine/fixes.js';
export { createLiveLinter, type LiveLinter } from './engine/live.js';
export { parse } from './parse/index.js';
export type * from './types.js';
export type { Rule, RuleMeta, RuleContext, Report } from './engine/rule.js';
