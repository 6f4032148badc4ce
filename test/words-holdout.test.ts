// Word-rule corpora (fixtures/corpus/words-*.jsonl): replies by officials with different habits —
// archaisms, office slang, просторечие, «ты» and emoticons — and clean replies full of the hard
// negatives («до сих пор», «пока» meaning «while», «Ты не один» as a programme title, «1)» list
// markers). words-a was used to tune archaism, jargon, colloquial and familiarity; words-b was
// scored once, untuned, and its floors are its honest figures. A drop means a regression on words
// nobody tuned for. Scoring: test/corpus-score.ts (the rules of ../shared/eval/score.mjs).
import { describe, expect, it } from 'vitest';
import { belowFloors, scoreCorpus, type Floors } from './corpus-score.js';

const IDS = ['archaism', 'jargon', 'colloquial', 'familiarity'];

const all = (precision: number, recall: number): Floors => Object.fromEntries(IDS.map((id) => [id, { precision, recall }]));

// precision / recall reached on each file
const FLOORS: Record<string, Floors> = {
  'words-a': all(1, 1),
  'words-b': all(1, 1),
};

describe.each(Object.keys(FLOORS))('%s', (file) => {
  it('keeps every word rule at its precision and recall floor', async () => {
    const score = await scoreCorpus(file, IDS, new Set());
    expect(belowFloors(score, FLOORS[file]), score.misses.join('\n')).toEqual([]);
  });
});
