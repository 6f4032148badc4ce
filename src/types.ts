// The public contract of the library (DESIGN.md, "The contract"). Everything a caller sees is typed here.

export type Kind = 'reply' | 'notice' | 'call';
export type InputFormat = 'text' | 'markdown' | 'html' | 'eml';
export type SeverityName = 'off' | 'warn' | 'error' | 'info';

/** Per-rule setting in config: a severity, or a severity with options, or options alone. */
export type RuleSetting =
  | SeverityName
  | [SeverityName, Record<string, unknown>]
  | { severity?: SeverityName; options?: Record<string, unknown> };

export interface Metadata {
  detectedAt?: string;
  sentAt?: string;
  channel?: string;
  requestedChannel?: string;
  [key: string]: unknown;
}

/** An organisation's own dictionary additions and exceptions (same YAML shape as dictionaries/*.yml). */
export interface OrganisationDictionaries {
  /** Extra entries, in the format of dictionaries/*.yml (patterns are matched as written: lemma expansion needs the build). */
  entries?: DictionaryEntrySource[];
  /** Words and phrases never flagged, by any rule (compared case-insensitively, ё = е). */
  allow?: string[];
  /** Entry ids to switch off. */
  disable?: string[];
  /** Abbreviations that need no expansion. */
  knownAbbreviations?: string[];
  /** Terms that need no explanation. */
  knownTerms?: string[];
  /** Words the speller accepts. */
  words?: string[];
}

export interface LintOptions {
  kind?: Kind;
  meta?: Metadata;
  format?: InputFormat;
  rules?: Record<string, RuleSetting>;
  dictionaries?: OrganisationDictionaries;
  /** Full name of the ministry, for call scripts. */
  ministry?: string;
  /** IANA time zone for timestamps without an offset. */
  timeZone?: string;
  /** The current time, for checks against «now» (notices not yet sent). */
  now?: Date;
  /** File name shown in messages (optional). */
  path?: string;
}

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/** A text edit on the ORIGINAL input: replace [start, end) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A finding, shaped like a VFileMessage (vfile-message) so unified tooling understands it. */
export interface YasnoMessage {
  ruleId: string;
  source: 'yasno';
  reason: string;
  message: string;
  place: Position;
  line: number;
  column: number;
  /** true: error, false: warning, undefined: info. */
  fatal: boolean | undefined;
  actual: string;
  expected: string[];
  note?: string;
  url?: string;
  /** The point of the order the rule enforces, e.g. «п. 7». */
  point?: string;
  /** Stable id of the dictionary entry that fired, when a dictionary rule reports. */
  entryId?: string;
  /** Suggestions as edits on the original input, in the order of `expected`. */
  fixes?: TextEdit[];
  /** A safe automatic fix (only punctuation and typography), applied by `--fix`. */
  fix?: TextEdit;
}

export interface Readability {
  /** Flesch reading ease, Russian adaptation (Oborneva): 206.835 − 1.3·ASL − 60.1·ASW. */
  score: number;
  band: string;
  words: number;
  sentences: number;
  syllables: number;
}

export interface LintResult {
  messages: YasnoMessage[];
  readability?: Readability;
  kind: Kind;
  meta: Metadata;
}

/** Source form of a dictionary entry (dictionaries/*.yml). */
export interface DictionaryEntrySource {
  id: string;
  rule?: string;
  patterns: string[];
  explanation: string;
  suggestions?: string[];
  severity?: SeverityName;
  examples?: { incorrect?: string[]; correct?: string[] };
  [key: string]: unknown;
}
