// «Concrete» as LABELING.md §3.5 defines it: a calendar date or a period with a start point, a
// named action with an actor, or a number that applies to the client. «В ближайшее время» is not.
import type { Doc, Sentence, Token } from '../parse/model.js';

const MONTHS = /^(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
const PERIOD_UNITS = /^(?:дн|день|рабоч|календарн|недел|месяц|час|минут)/;
// first-person plural and third-person actions that say who does what
const WE_ACTION = /^(?:уточня|уточни|провер|направ|напра|сообщ|позвон|перезвон|пришл|присыл|отправ|перечисл|выплат|назнач|запрос|пересла|передад|передал|выда|вручи|привез|доставим|подготов|оформ|рассчита|пересчита|верн|возмест|включ|запиш|пригла|организ|выезж|выед|встрет|прим)[а-яё]*(?:ем|им|ём|ли|ла|л|ет|ит|ут|ют|ат|ят)$/;
const ACTORS = /^(?:специалист|сотрудник|инспектор|отдел|комисси|управлени|центр|фонд|бюро|работник|социальн|курьер|врач|консультант|начальник|министерство|мы)/;
const VAGUE = /^(?:рассмотр|изуч|прораб|постара|будем|разбер|учт|приложим|контрол|держ)/;

function hasDate(words: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (w.kind === 'date' || w.kind === 'time') return true;
    if (w.kind === 'number') {
      const next = words[i + 1];
      if (next && MONTHS.test(next.norm)) return true; // «24 февраля»
      if (next && PERIOD_UNITS.test(next.norm)) return true; // «10 рабочих дней», «30 дней»
      if (/^(?:19|20)\d\d$/.test(w.text) && next && /^год/.test(next.norm)) return true;
      return true; // an amount, a queue position, a count for this client
    }
    if (MONTHS.test(w.norm) && /^(?:до|с|по|к|в|на)$/.test(words[i - 1]?.norm ?? '')) return true; // «до марта»
  }
  return false;
}

function hasActorAction(words: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i];
    if (w.kind !== 'word' || VAGUE.test(w.norm)) continue;
    if (!WE_ACTION.test(w.norm)) continue;
    // an actor within two words before or after
    for (let k = Math.max(from, i - 3); k < Math.min(to, i + 3); k++) if (k !== i && ACTORS.test(words[k].norm)) return true;
    if (/(?:ем|им|ём)$/.test(w.norm)) return true; // first person plural: «уточняем», «перечислим»
  }
  return false;
}

/** Whether the sentence, leaving out the words [skipFrom, skipTo], gives something concrete. */
export function isConcrete(sentence: Sentence, skipFrom = -1, skipTo = -1): boolean {
  const words = sentence.words;
  const ranges: Array<[number, number]> = skipFrom >= 0 ? [[0, skipFrom], [skipTo + 1, words.length]] : [[0, words.length]];
  return ranges.some(([a, b]) => hasDate(words, a, b) || hasActorAction(words, a, b));
}

const CLOSING = /^(?:с уважением|благодарим|спасибо|желаем)/i;

/** The sentence a reader takes as the continuation: the next in the paragraph, or the first of the next paragraph. */
export function nextSentence(doc: Doc, sentence: Sentence): Sentence | undefined {
  const next = doc.sentences[sentence.index + 1];
  if (!next || next.heading || CLOSING.test(next.text)) return undefined;
  return next;
}

/** Concrete in the same sentence (outside the phrase) or in the next one. */
export function concreteNearby(doc: Doc, sentence: Sentence, skipFrom: number, skipTo: number): boolean {
  if (isConcrete(sentence, skipFrom, skipTo)) return true;
  const next = nextSentence(doc, sentence);
  return !!next && isConcrete(next);
}
