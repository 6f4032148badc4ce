// п. 7: «не допускать неуместных уточнений, рассуждений, косвенных ответов, оправданий, …».
// An excuse is an internal circumstance of the ministry given as the reason for a delay or for not
// acting: workload, staffing, technical problems, money, reorganisation (LABELING.md §4). It is an
// excuse even when a new date follows. Not an excuse: an apology without a cause, admitting and
// fixing our own mistake, a legal ground, waiting for another body with dates, a priority set by law.
import type { Rule, RuleMeta, Sentence, Token } from '../src/engine/rule.js';
import { nextSentence } from '../src/analysis/concrete.js';
import { restatesClient } from '../src/analysis/evidence.js';
import { matcherFor } from '../src/dict/index.js';
import { judgedSentences, neighbourMemo, reportUnion, sentenceMatches, type Found } from './lib/sentence-findings.js';

const meta: RuleMeta = {
  id: 'excuse',
  point: 'п. 7',
  quote: 'не допускать неуместных уточнений, рассуждений, косвенных ответов, оправданий, отсутствия ответа на обращение',
  title: 'Оправдание внутренними причинами',
  description:
    'Загруженность, нехватка сотрудников, сбои программы, нехватка денег или реорганизация — внутренние дела министерства. Клиенту они не помогают и звучат как оправдание. Извинитесь, если нужно, и скажите, что и когда будет сделано.',
  severity: 'error',
  kinds: ['reply', 'notice', 'call'],
  scope: 'phrase',
  skipQuoted: true,
};

// causal frames that turn a circumstance into a reason: «в связи с», «из-за», «вызвано» …
const FRAME_WORDS = /^(?:связи|из-за|причине|причинам|ввиду|вследствие|вызван[аоы]?|вызвана|вызвано|связан[аоы]?|обусловлен[аоы]?|объясняется|объясняются|объяснить|поскольку|потому|так|из)$/;
// the sentence speaks of a delay or of not acting
const DELAY = /^(?:задерж|продл|продлен|перенес|перенос|отлож|приостан|несвоевремен|своевремен|вовремя|долг|дольше|позже|позднее|ожидани|нельзя|невозможн|пришлось|вынужден|затян|увеличен|сорван|сорвал)/;
// «не смогли», «не рассмотрено», «не выплатили»: not acting
const NOT_DONE = /^(?:смог|успе|удал|получ|был|поступ|рассмотр|выплач|выплат|перечисл|зарегистр|выда|отправ|направ|приш|назнач|провед|подпис|оформ|перезвон|позвон|ответ|обработ|провер)/;
// words of a correction: admitting and fixing our own mistake is not an excuse
const FIX = /^(?:исправ|пересчит|перерасч|доплат|скорректир|верн[её]м|вернули|возмест|устранил|устранен|восстанов)/;

function hasFrameBefore(words: Token[], first: number): boolean {
  for (let k = Math.max(0, first - 4); k < first; k++) if (FRAME_WORDS.test(words[k].norm)) return true;
  return false;
}

/** The span grows left to take in the causal frame, so the reader sees «в связи с …» whole. */
function withFrame(sentence: Sentence, f: Found): Found {
  const words = sentence.words;
  for (let k = Math.max(0, f.first - 4); k < f.first; k++) {
    const w = words[k];
    if (!FRAME_WORDS.test(w.norm)) continue;
    // «в связи с», «по причине», «так как»: take the preposition before the frame word too
    const from = k > 0 && /^(?:в|по|так|из)$/.test(words[k - 1].norm) ? k - 1 : k;
    return { ...f, first: from, start: words[from].start };
  }
  // a bare preposition of cause right before: «по техническим причинам», «ввиду загрузки»
  const before = words[f.first - 1];
  if (before && /^(?:по|из-за|ввиду|вследствие|при)$/.test(before.norm)) return { ...f, first: f.first - 1, start: before.start };
  return f;
}

/** The excuses of one sentence (it and the next one decide). */
const excusesIn = neighbourMemo((context, sentence) => {
  const words = sentence.words;
  // «Если портал не открывается, подайте заявление в МФЦ» is advice, not an excuse
  if (words[0] && /^если$/.test(words[0].norm)) return [];
  // «Вы сообщили, что ваше заявление потеряли»: the client's account retold, not our reason
  if (restatesClient(sentence)) return [];
  if (matcherFor(meta.id, context.dictionaries).match(words).length === 0) return [];
  // worked out only for a sentence that names a circumstance (most name none)
  let delay: boolean | undefined;
  let fixed: boolean | undefined;
  const isDelay = () => (delay ??= words.some((w, k) => DELAY.test(w.norm) || (w.norm === 'не' && !!words[k + 1] && NOT_DONE.test(words[k + 1].norm))));
  const isFixed = () => (fixed ??= [sentence, nextSentence(context.doc, sentence)].some((s) => s?.words.some((w) => FIX.test(w.norm))));
  return sentenceMatches(
    context,
    meta,
    sentence,
    (m) => {
      const flags = m.entry.flags ?? [];
      // a circumstance that is only an excuse when it is given as a reason
      if (flags.includes('frame') && !hasFrameBefore(words, m.first) && !isDelay()) return false;
      // «техническая ошибка» followed by its correction is an admitted mistake
      if (flags.includes('fixable') && isFixed()) return false;
      return true;
    },
    true,
  ).map((f) => withFrame(sentence, f));
});

const rule: Rule = {
  meta,
  check(context) {
    for (const sentence of judgedSentences(context)) reportUnion(context, meta, excusesIn(context, sentence));
  },
};

export default rule;
