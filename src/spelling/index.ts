// Lazy entry point: the ~1 MB dictionary module is imported on first use
// only, and decoded once per process (or page).
import { createSpeller, type Speller } from './speller.js';

export { createSpeller, normalizeWord, editCost, type Speller } from './speller.js';
export { createAutomaton, decodeAutomaton, decodeBase64, type Automaton, type SpellingData } from './automaton.js';

let cached: Promise<Speller> | undefined;

/**
 * Loads the compiled dictionary (src/generated/spelling-data.js, produced
 * by `node scripts/build-spelling.mjs`) and returns a shared speller.
 */
export function loadSpeller(): Promise<Speller> {
  cached ??= import('../generated/spelling-data.js').then(
    (data) => createSpeller(data),
    (err: unknown) => {
      // Let a later call retry, e.g. after the data has been generated.
      cached = undefined;
      throw err;
    },
  );
  return cached;
}
