// п. 7: «не допускать неуместных уточнений, рассуждений, косвенных ответов, оправданий, отсутствия
// ответа на обращение, конкретики („вопрос взят на контроль“, „принято в обработку“ и т.д.)».
// A status phrase is a non-answer unless the same or the next sentence gives the concrete thing:
// a date, an action with who does it, a number for this client (LABELING.md §3.5). One vague
// sentence is one finding, however many status words it stacks up.
import type { Rule, RuleMeta } from '../src/engine/rule.js';
import { concreteNearby, isConcrete } from '../src/analysis/concrete.js';
import type { PhraseMatch } from '../src/dict/matcher.js';
import type { Sentence } from '../src/engine/rule.js';
import type { Morphology } from '../src/morph/types.js';
import { judgedSentences, neighbourMemo, reportUnion, sentenceMatches } from './lib/sentence-findings.js';

const meta: RuleMeta = {
  id: 'evasive',
  point: 'п. 7',
  quote: 'не допускать неуместных уточнений, рассуждений, косвенных ответов, оправданий, отсутствия ответа на обращение, конкретики («вопрос взят на контроль», «принято в обработку» и т.д.)',
  title: 'Ответ без конкретики',
  description:
    'Фразы вроде «принято в обработку» или «вопрос на контроле» сообщают статус, но не ответ: клиент не узнаёт, что сделано, кто это делает и когда будет результат. Напишите конкретно: что сделано, кто и что сделает дальше и к какой дате.',
  severity: 'error',
  kinds: ['reply', 'notice', 'call'],
  scope: 'phrase',
  skipQuoted: true,
  // the `future` entries («без промедления») are promises only in a sentence about the future
  needs: ['morphology'],
};

// a pattern that itself speaks of «не» («не останется без внимания», «сроки не определены»)
const NEGATIVE_PATTERN = /(?:^|[\s(|=])не(?:[\s)|]|$)/;

/** «Ваше обращение долго не рассматривалось» tells of a delay, not of a status: the matched verb is negated. */
function negated(sentence: Sentence, m: PhraseMatch): boolean {
  if (m.entry.patterns.some((p) => NEGATIVE_PATTERN.test(p))) return false;
  return sentence.words.slice(Math.max(0, m.first - 1), m.last + 1).some((w) => w.norm === 'не');
}

// «Узнать, как идёт проверка, можно по телефону»: the status words are an indirect question the
// client may ask, not the letter's own status report
const ASK = /^(?:узнать|уточнить|спросить|выяснить|следить|отслеживать|проверить)$/;
const WH = /^(?:как|когда|где|на|какой|каком|чем|что)$/;
function askedAbout(sentence: Sentence, m: PhraseMatch): boolean {
  const w = sentence.words;
  for (let k = Math.max(0, m.first - 4); k < m.first; k++) if (ASK.test(w[k].norm) && WH.test(w[k + 1]?.norm ?? '')) return true;
  return false;
}

// «Если сумма окажется другой, пришлите фото — мы разберёмся»: a promise for a case that may come,
// after the client's own step, is a plan, not the status of this request
const CONDITION = /^(?:если|в случае)/;
const IMPERATIVE = /(?:[иь]те|йте)(?:сь)?$/;
function clientStepBefore(sentence: Sentence, m: PhraseMatch): boolean {
  const before = sentence.tokens.filter((t) => t.end <= m.start);
  return before.some((t, i) => t.kind === 'email' || t.kind === 'phone' || t.kind === 'url' ||
    (t.kind === 'word' && IMPERATIVE.test(t.norm) && !/^(?:вы|не)$/.test(before[i - 1]?.norm ?? '')));
}

// «Ответим без промедления» promises; «Специалисты принимают посетителей без задержек» describes the
// office's practice — a claim for `denial` to judge, not a vague promise
const FUTURE_AUX = /^(?:буд(?:у|ем|ет|ете|ут))$/;
function speaksOfFuture(sentence: Sentence, morphology: Morphology | undefined): boolean {
  if (!morphology) return true;
  return sentence.words.some((w) => {
    if (w.kind !== 'word') return false;
    if (FUTURE_AUX.test(w.norm)) return true;
    const best = morphology.parse(w.norm)[0];
    return !!best && best.pos === 'VERB' && best.tags.has('futr');
  });
}

/** «Решение примем до 4 апреля. О решении сообщим письмом»: a promise that points back to a dated step. */
function concreteBefore(sentences: Sentence[], sentence: Sentence): boolean {
  const prev = sentences[sentence.index - 1];
  return !!prev && !prev.heading && prev.paragraph === sentence.paragraph && isConcrete(prev);
}

/** The non-answers of one sentence (it, the one before and the one after decide). */
const evasionsIn = neighbourMemo((context, sentence) =>
  sentenceMatches(
    context,
    meta,
    sentence,
    (m) => {
      if (negated(sentence, m) || askedAbout(sentence, m)) return false;
      if (m.entry.flags?.includes('future') && !speaksOfFuture(sentence, context.morphology)) return false;
      // «always» entries («в ближайшее время») are vague by themselves: a date elsewhere does not save them
      if (m.entry.flags?.includes('always')) return true;
      if (CONDITION.test(sentence.text.trimStart().toLowerCase()) && clientStepBefore(sentence, m)) return false;
      if (concreteNearby(context.doc, sentence, m.first, m.last)) return false;
      return !(m.entry.flags?.includes('anaphoric') && concreteBefore(context.doc.sentences, sentence));
    },
    true,
  ),
);

const rule: Rule = {
  meta,
  check(context) {
    for (const sentence of judgedSentences(context)) reportUnion(context, meta, evasionsIn(context, sentence));
  },
};

export default rule;
