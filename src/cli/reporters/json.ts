/// <reference types="node" />
// DESIGN.md's contract: an array of { path, messages, readability } in input order. A file that
// could not be checked has no messages and an `error` (the one-line reason).
import type { FileResult } from '../types.js';

export function json(results: FileResult[]): string {
  const out = results.map((r) => {
    const entry: Record<string, unknown> = { path: r.path, messages: r.messages, readability: r.readability };
    if (r.error) entry.error = r.error;
    if (r.fixed) entry.fixed = r.fixed;
    return entry;
  });
  return JSON.stringify(out, null, 2) + '\n';
}
