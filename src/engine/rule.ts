// What a rule is: data (meta) plus one function that only reports (ESLint's shape).
import type { Doc, Sentence, Token } from '../parse/model.js';
import type { Kind, Metadata, OrganisationDictionaries, SeverityName, TextEdit } from '../types.js';
import type { Morphology } from '../morph/types.js';

export interface RuleExample {
  /** Text with the offending span marked as [[…]]. */
  incorrect?: string[];
  correct?: string[];
  /** Options for the rule while these examples run. */
  options?: Record<string, unknown>;
  kind?: Kind;
  meta?: Metadata;
}

export interface RuleMeta {
  /** Taxonomy id (TAXONOMY.md). */
  id: string;
  /** The point of the order, e.g. «п. 7». */
  point: string;
  /** The words of the order this rule enforces, quoted verbatim. */
  quote: string;
  /** Short Russian title. */
  title: string;
  /** Longer Russian explanation (shown by `--explain`, stored in `note`). */
  description: string;
  severity: Exclude<SeverityName, 'off'>;
  /** Kinds of document the rule runs on. */
  kinds: Kind[];
  /** 'document' for rules reported once per document. */
  scope: 'word' | 'phrase' | 'sentence' | 'document';
  /** Options with their defaults. */
  options?: Record<string, unknown>;
  /** Lazily loaded resources the rule needs before `check` can run. */
  needs?: Array<'morphology' | 'spelling'>;
  /** Rule-level examples (dictionary rules also have per-entry examples). */
  examples?: RuleExample;
  /** Tone rules skip the citizen's quoted words. */
  skipQuoted?: boolean;
}

export interface Report {
  /** Span in the CLEAN text. */
  start: number;
  end: number;
  /** Russian, one sentence: what is wrong and why, citing the point. */
  reason: string;
  expected?: string[];
  note?: string;
  entryId?: string;
  /** A safe automatic fix on the CLEAN text (punctuation/typography only). */
  fix?: { start: number; end: number; text: string };
  /** Override the rule's severity for this finding. */
  severity?: Exclude<SeverityName, 'off'>;
}

export interface RuleContext {
  doc: Doc;
  kind: Kind;
  meta: Metadata;
  options: Record<string, unknown>;
  dictionaries: OrganisationDictionaries;
  ministry: string;
  timeZone: string;
  now: Date;
  /** Present when the rule declared `needs: ['morphology']` and it is loaded. */
  morphology?: Morphology;
  /** Present when the rule declared `needs: ['spelling']` and it is loaded. */
  spelling?: unknown;
  /** True when [start, end) is allowed by the organisation's allow-list. */
  isAllowed(start: number, end: number): boolean;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export type { Doc, Sentence, Token, TextEdit };
