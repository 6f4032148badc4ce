// Held-out corpora for the correctness rules (fixtures/corpus/correct-*.jsonl): replies on other
// topics and in other voices, with misspellings, punctuation and grammar errors in forms the dev set
// does not have, and many hard negatives (surnames in any case, place names, organisation names in
// «…», new official words, е for ё, hyphenated words, proper commas). correct-c was used to tune the
// rules; correct-d was scored once, untuned, and its floors are its honest figures (d10: a
// деепричастный оборот with a passive and an infinitive, «Изучив обращение, перевозчиком было
// принято решение добавить»; d17: «Документы для назначения субсидии был получен» — a purpose
// phrase between subject and predicate). A drop below a floor means a regression on unseen text.
import { describe, expect, it } from 'vitest';
import { belowFloors, scoreCorpus, type Floors } from './corpus-score.js';

const IDS = ['spelling', 'punctuation', 'grammar'];

const FLOORS: Record<string, Floors> = {
  'correct-c': {
    spelling: { precision: 1, recall: 1 },
    punctuation: { precision: 1, recall: 1 },
    grammar: { precision: 1, recall: 1 },
  },
  'correct-d': {
    spelling: { precision: 1, recall: 1 },
    punctuation: { precision: 1, recall: 1 },
    grammar: { precision: 1, recall: 0.71 },
  },
};

describe.each(Object.keys(FLOORS))('%s', (file) => {
  it('keeps spelling, punctuation and grammar at their precision and recall floors', async () => {
    const score = await scoreCorpus(file, IDS, new Set());
    const below = belowFloors(score, FLOORS[file]);
    expect(below, score.misses.join('\n')).toEqual([]);
  });
});
