// The shape of a compiled dictionary (src/generated/dictionaries.js), written by
// scripts/build-dictionaries.ts from dictionaries/*.yml.

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

export interface CompiledDictionary {
  name: string;
  rule: string;
  entries: CompiledEntry[];
  /** Word-form sets, each the forms joined by spaces (split on first use). */
  sets: string[];
  /** Prefix steps («загружен*»), referenced from the trie as −index−1. */
  prefixes: string[];
  /** The trie of all pattern sequences, flattened (see trie.ts) and base64-encoded. */
  trie: string;
  /** How many linear sequences the patterns expand to (for the build's report). */
  sequences: number;
}
