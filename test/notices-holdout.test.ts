// Held-out corpora for points 8–10 and 12 (fixtures/corpus/notices-*.jsonl): notices, call scripts
// and replies with channel metadata, in wordings the dev set does not have. notices-a was used to
// tune the rules; notices-b was scored once untuned, then its missed classes were generalised;
// notices-c tunes the offers and vague wordings; notices-d is scored once, untuned. The
// scoring follows ../shared/eval/score.mjs (ids equal; these ids are document-level, so a finding
// anywhere in the document matches; point-7 findings are not scored here). A drop below a floor
// means a regression on text nobody tuned for.
// YASNO_SCORE=1 npx vitest run test/notices-holdout.test.ts prints the table and the misses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintOnly } from './helpers.js';
import type { Kind, Metadata } from '../src/types.js';

const IDS = [
  'notice-deadline',
  'notice-channel',
  'notice-missing-items',
  'notice-offer-fix',
  'notice-offer-reapply',
  'call-introduction',
  'call-purpose',
  'call-closing',
  'result-channel',
];

interface Doc {
  id: string;
  kind: Kind;
  text: string;
  meta?: Metadata;
  expect: Array<{ rule: string; quote: string | null; optional?: boolean }>;
}

type Floor = { precision: number; recall: number };

const all = (precision: number, recall: number) => Object.fromEntries(IDS.map((id) => [id, { precision, recall }]));

// precision / recall reached on each file. notices-b was first scored untuned (notice-missing-items
// recall 0.60: nb05 «заполнено не до конца», nb13 «не хватает ряда документов»; notice-offer-fix
// precision 0.67: nb03 «явиться … для внесения исправлений», nb11 «перешлите справку через портал»);
// these classes were then fixed by generalising, so its floors are now 1.00. notices-c is the tuning
// set for that work (first-person and passive offers, verbs of coming and sending, services named
// in passing). notices-d was scored once, untuned, after notices-c was done: all ids at 1.00 except
// notice-missing-items recall 0.71 (nd05 «сведения …, указанные в заявлении, неполные», nd19 «о
// необходимости представить дополнительные документы») and notice-offer-fix precision 0.50 (nd04
// «согласие ждём … в МФЦ»: an item outside the closed list, nd09 a specialist's «приму», nd13
// «доработать»). Those classes were then generalised (with other wordings added to notices-c), so
// notices-d is no longer held out; its floors guard the fixes.
// notices-e (47 documents: 27 notices, 16 calls, 4 replies; 18 clean) was written before the rules
// were read and scored once, untuned: notice-missing-items precision 0.60 recall 0.43 (false on a
// numbered list after «не приложены:» and on «нашли две неточности» followed by the two; missed «не
// весь перечень документов», «ряда других документов», «они не соответствуют установленным
// требованиям», «заполнены не все обязательные графы»), notice-offer-reapply precision 0.60 recall
// 0.75 (missed «можно подать и повторно», «при следующем обращении … приложите»; a first-person
// «Повторно направляем вам перечень» taken for an offer), call-purpose 0.75 / 0.75 (a dialogue
// written with dashes read as one turn; «верификации данных» missed); every other id 1.00 / 1.00.
// These are the honest estimate for unseen text. The classes were then generalised, with other
// sentences and hard negatives in test/notice-classes.test.ts (dash dialogues, list headers,
// counted announcements, «не весь», pronoun subjects, first-person «повторно направляем», «при
// следующем обращении», Latinate and database words in a call's purpose), so notices-e is no
// longer held out; its floors guard the fixes.
// notices-f (29 documents, 13 clean) is a fresh probe by the same author after the notices-e fixes
// (so not blind to the rules), scored once before its own fixes: notice-missing-items precision
// 0.50 recall 0.33 (missed «неполный комплект документов, предусмотренный пунктом 2.6
// регламента» — a participle of reference took for a named thing — and «представлены не за все
// месяцы»; false on «имеются исправления и зачёркивания»), notice-offer-reapply 0.67 / 0.67
// («отозвать заявление и обратиться с новым» missed; «заново подавать заявление не придётся» taken
// for an offer); all else 1.00. The notice text rules generalise worse than the metadata and call
// rules: treat about 0.5–0.7 as the estimate for those two ids on unseen wording.
const FLOORS: Record<string, Record<string, Floor>> = {
  'notices-a': all(1, 1),
  'notices-b': all(1, 1),
  'notices-c': all(1, 1),
  'notices-d': all(1, 1),
  'notices-e': all(1, 1),
  'notices-f': all(1, 1),
};

async function score(file: string) {
  const docs: Doc[] = readFileSync(new URL(`../fixtures/corpus/${file}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const stats = new Map(IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  await Promise.all(
    docs.map(async (doc) => {
      const messages = await lintOnly(doc.text, IDS, { kind: doc.kind, meta: doc.meta ?? {} });
      const expected = doc.expect.filter((e) => IDS.includes(e.rule));
      // document-level ids: one expectation per id per document, repeats count once
      for (const id of new Set(messages.map((m) => m.ruleId))) {
        const e = expected.find((x) => x.rule === id);
        if (e?.optional) continue;
        if (e) stats.get(id)!.tp++;
        else {
          stats.get(id)!.fp++;
          const m = messages.find((x) => x.ruleId === id)!;
          misses.push(`${doc.id}: false ${id} «${m.actual.slice(0, 60)}» — ${m.reason.slice(0, 120)}`);
        }
      }
      for (const e of expected) {
        if (e.optional || messages.some((m) => m.ruleId === e.rule)) continue;
        stats.get(e.rule)!.fn++;
        misses.push(`${doc.id}: missed ${e.rule}${e.quote ? ` «${e.quote}»` : ''}`);
      }
    }),
  );
  return { stats, misses: misses.sort() };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe.each(Object.keys(FLOORS))('%s', (file) => {
  it('keeps every notice, call and result-channel rule at its precision and recall floor', async () => {
    const { stats, misses } = await score(file);
    const below: string[] = [];
    const table: string[] = [];
    for (const id of IDS) {
      const s = stats.get(id)!;
      const precision = ratio(s.tp, s.tp + s.fp);
      const recall = ratio(s.tp, s.tp + s.fn);
      table.push(`${id.padEnd(21)} ${s.tp} ${s.fp} ${s.fn}  ${precision.toFixed(2)} ${recall.toFixed(2)}`);
      const floor = FLOORS[file][id];
      if (precision + 1e-9 < floor.precision) below.push(`${id} precision ${precision.toFixed(2)} < ${floor.precision}`);
      if (recall + 1e-9 < floor.recall) below.push(`${id} recall ${recall.toFixed(2)} < ${floor.recall}`);
    }
    if (globalThis.process?.env?.YASNO_SCORE) console.log(`${file}\n${table.join('\n')}\n${misses.join('\n')}`);
    expect(below, misses.join('\n')).toEqual([]);
  });
});
