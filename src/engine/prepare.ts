// Before normalisation: the format's prose and the front matter. For text, Markdown and HTML the
// prepared text has the source's length (non-prose blanked), so offsets carry over unchanged.
import type { Kind, LintOptions, Metadata } from '../types.js';

export interface Prepared {
  /** The text positions refer to (the input, or the decoded body of an e-mail). */
  source: string;
  /** Prose only, same length as `source`. */
  text: string;
  toSource: (offset: number) => number;
  kind?: Kind;
  meta: Metadata;
}

const identity = (n: number) => n;

export function prepareInput(input: string, _options: LintOptions): Prepared {
  return { source: input, text: input, toSource: identity, meta: {} };
}
