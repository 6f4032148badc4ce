// Scores a labelled corpus (fixtures/corpus/*.jsonl, the format of ../shared/corpus/LABELING.md §1)
// for some finding ids, the way ../shared/eval/score.mjs does: a finding matches an expectation when
// the ids agree and the spans overlap (document-level ids: anywhere in the document); each
// expectation is matched once, further findings overlapping a matched one are repeats; point-7
// findings on notices and calls are not scored. Used by the held-out corpus tests.
import { readFileSync } from 'node:fs';
import { lintOnly } from './helpers.js';
import type { Kind, Metadata, YasnoMessage } from '../src/types.js';

export interface CorpusDoc {
  id: string;
  kind: Kind;
  text: string;
  meta?: Metadata;
  expect: Array<{ rule: string; quote: string | null; optional?: boolean }>;
}

export interface IdStats {
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusScore {
  stats: Map<string, IdStats>;
  misses: string[];
}

export type Floors = Record<string, { precision: number; recall: number }>;

export function readCorpus(name: string): CorpusDoc[] {
  return readFileSync(new URL(`../fixtures/corpus/${name}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function occurrences(text: string, quote: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push([at, at + quote.length]);
  return found;
}

export async function scoreCorpus(name: string, ids: string[], documentLevel: Set<string>): Promise<CorpusScore> {
  const docs = readCorpus(name);
  const stats = new Map(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  await Promise.all(
    docs.map(async (doc) => {
      if (doc.kind !== 'reply') return; // point-7 findings on notices and calls are not scored
      const expected = doc.expect
        .filter((e) => ids.includes(e.rule))
        .map((e) => ({ ...e, spans: e.quote ? occurrences(doc.text, e.quote) : [], matched: false }));
      const messages: YasnoMessage[] = await lintOnly(doc.text, ids, { kind: doc.kind, meta: doc.meta ?? {} });
      for (const m of messages) {
        const start = m.place.start.offset ?? 0;
        const span: [number, number] = [start, Math.max(m.place.end.offset ?? 0, start + 1)];
        const hit = (e: (typeof expected)[number]) =>
          documentLevel.has(m.ruleId) || e.spans.length === 0 || e.spans.some(([a, b]) => a < span[1] && span[0] < b);
        const candidates = expected.filter((e) => e.rule === m.ruleId);
        const open = candidates.find((e) => !e.matched && hit(e));
        if (open) {
          open.matched = true;
          if (!open.optional) stats.get(m.ruleId)!.tp++;
        } else if (!candidates.some((e) => e.matched && hit(e))) {
          stats.get(m.ruleId)!.fp++;
          misses.push(`${doc.id}: false ${m.ruleId} «${doc.text.slice(span[0], span[1])}»`);
        }
      }
      for (const e of expected) {
        if (e.matched || e.optional) continue;
        stats.get(e.rule)!.fn++;
        misses.push(`${doc.id}: missed ${e.rule} «${e.quote}»`);
      }
    }),
  );
  return { stats, misses };
}

/** The ids whose precision or recall fell below their floor, with the figures. */
export function belowFloors(score: CorpusScore, floors: Floors): string[] {
  const below: string[] = [];
  for (const [id, floor] of Object.entries(floors)) {
    const s = score.stats.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
    if (precision + 1e-9 < floor.precision) below.push(`${id} precision ${precision.toFixed(2)} < ${floor.precision}`);
    if (recall + 1e-9 < floor.recall) below.push(`${id} recall ${recall.toFixed(2)} < ${floor.recall}`);
  }
  return below;
}
