// The shape of a compiled dictionary (src/generated/<name>.js), written by scripts/build-dictionaries.

export interface CompiledEntry {
  id: string;
  rule: string;
  explanation: string;
  suggestions: string[];
  severity?: 'warn' | 'error' | 'info';
  note?: string;
  flags?: string[];
  /** The patterns as written, for docs. */
  patterns: string[];
  examples: { incorrect: string[]; correct: string[] };
}

/**
 * A step of a compiled pattern: a number is an index into `sets` (the word forms to match),
 * "~N" a gap of up to N words, "^xyz" a word starting with «xyz» ("^" alone: any word).
 */
export type CompiledStep = number | string;

export interface CompiledPattern {
  entry: number;
  steps: CompiledStep[];
  /** An exception pattern: where it matches, the entry does not fire. */
  unless?: boolean;
}

export interface CompiledDictionary {
  name: string;
  rule: string;
  entries: CompiledEntry[];
  sets: string[][];
  patterns: CompiledPattern[];
}
