// Word-rule corpora (fixtures/corpus/words-*.jsonl): replies by officials with different habits —
// archaisms, office slang, просторечие, «ты» and emoticons — and clean replies full of the hard
// negatives («до сих пор», «пока» meaning «while», «Ты не один» as a programme title, «1)» list
// markers). words-a was used to tune archaism, jargon, colloquial and familiarity; words-b was
// scored once, untuned, and its floors are its honest figures. A drop means a regression on words
// nobody tuned for. Scoring: test/corpus-score.ts (the rules of ../shared/eval/score.mjs).
//
// words-c (58 replies, 20 clean) aims at seven ids at once with forms the dictionaries and rules
// did not have: agreement of participles, adjectives and «оба» with their nouns, subjects with a
// prepositional phrase before the predicate, dangling participles with «у комиссии»; missing commas
// around participial and adverbial phrases, after introductory words, before «несмотря на то что»,
// «после того как», «в котором», a comma between subject and predicate; «сим», «в оном», «коих»,
// «доселе», «посему»; «пробили вас по базе», «висит в системе»; «видать», «покамест», «ехайте»;
// greetings with a man's name in -а, «Здравствуйте, уважаемый …», closings that are wishes. Scored
// once before any tuning (the honest estimate for unseen letters), precision / recall:
//   grammar 1.00 / 0.33, punctuation 1.00 / 0.50, long-sentence 1.00 / 1.00, archaism 0.90 / 1.00,
//   jargon 1.00 / 0.80, colloquial 0.89 / 0.73, greeting 0.86 / 1.00.
// «Отксерьте» was labelled jargon then; it is labelled colloquial now (the dictionaries mark
// «ксерить» разг.), which would have given jargon 1.00 / 0.89 and colloquial 0.90 / 0.75 untuned.
// The misses were then fixed by class (agreement by morphology, compound conjunctions, participial
// and adverbial phrases, introductory words, dictionary classes); every id now reaches 1.00 / 1.00 on
// it, and those are its floors. One finding of another id remains on it (wc53: familiarity takes
// «дошли» after a relative clause for the imperative of «дослать»); it is not scored here.
import { describe, expect, it } from 'vitest';
import { belowFloors, scoreCorpus, type Floors } from './corpus-score.js';

const WORD_IDS = ['archaism', 'jargon', 'colloquial', 'familiarity'];
const STYLE_IDS = ['grammar', 'punctuation', 'long-sentence', 'archaism', 'jargon', 'colloquial', 'greeting'];
const DOCUMENT_LEVEL = new Set(['greeting']);

const all = (ids: string[], precision: number, recall: number): Floors => Object.fromEntries(ids.map((id) => [id, { precision, recall }]));

// the ids each file is scored for, and the precision / recall reached on it
const FILES: Record<string, { ids: string[]; floors: Floors }> = {
  'words-a': { ids: WORD_IDS, floors: all(WORD_IDS, 1, 1) },
  'words-b': { ids: WORD_IDS, floors: all(WORD_IDS, 1, 1) },
  'words-c': {
    ids: STYLE_IDS,
    floors: all(STYLE_IDS, 1, 1),
  },
};

describe.each(Object.keys(FILES))('%s', (file) => {
  it('keeps every scored rule at its precision and recall floor', async () => {
    const { ids, floors } = FILES[file];
    const score = await scoreCorpus(file, ids, DOCUMENT_LEVEL);
    expect(belowFloors(score, floors), score.misses.join('\n')).toEqual([]);
  });
});
