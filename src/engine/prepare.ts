// Before normalisation: the format's prose and the front matter. The prepared text has the
// length of its source (non-prose blanked), so every offset carries over unchanged; for an e-mail
// the source is the decoded body.
import { extractProse, guessFormat, type ExtractedProse } from '../input/formats/index.js';
import { readFrontMatter } from '../input/frontmatter.js';
import type { InputFormat, Kind, LintOptions, Metadata } from '../types.js';

export interface Prepared {
  /** The text positions refer to (the input, or the decoded body of an e-mail). */
  source: string;
  /** Prose only, same length as `source`. */
  text: string;
  kind?: Kind;
  meta: Metadata;
}

export function formatOf(input: string, options: LintOptions): InputFormat {
  return options.format ?? guessFormat(options.path, input);
}

export function prepareInput(input: string, options: LintOptions, extracted?: ExtractedProse): Prepared {
  const prose = extracted ?? extractProse(input, formatOf(input, options));
  const front = readFrontMatter(prose.text);
  const { kind, ...meta } = front.data as Record<string, unknown>;
  for (const key of Object.keys(meta)) {
    // YAML reads an unquoted timestamp as a Date: keep the text form the rules expect
    if (meta[key] instanceof Date) meta[key] = (meta[key] as Date).toISOString();
  }
  return { source: prose.source, text: front.text, kind: kind as Kind | undefined, meta: meta as Metadata };
}
