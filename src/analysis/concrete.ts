// «Concrete» as LABELING.md §3.5 defines it: a calendar date or a period with a start point, a
// named action with an actor, or a number that applies to the client. «В ближайшее время» is not.
import type { Doc, Sentence, Token } from '../parse/model.js';

const MONTHS = /^(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
const PERIOD_UNITS = /^(?:дн|день|рабоч|календарн|недел|месяц|час|минут|сут)/;
// numerals in words before a period unit: «в течение трёх рабочих дней», «через две недели»
const NUMERAL_WORDS = /^(?:одн|дв[ау]|двух|тр[иеё]|четыр|пят|шест|сем|восем|девят|десят|пятнадцат|двадцат|тридцат|полтор|нескольк)/;
// a period named by one word counts from the letter: «в течение месяца», «через неделю»
const PERIOD_PREP = /^(?:течение|через|за)$/;
// «по средам», «по вторникам и пятницам»: a weekly schedule is as concrete as a date
const RELATIVE_DAYS = /^(?:сегодня|завтра|послезавтра|понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|воскресенье|понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)$/;
// actions a reader can check: who does what. Promises to inform, decide or consider are not enough
// by themselves («сообщим», «примем решение», «рассмотрим») — without a date they stay vague.
const WE_ACTION = /^(?:уточня|уточни|провер|направ|напра|позвон|перезвон|пришл|присыл|отправ|перечисл|выплат|назнач|запрос|запраш|пересла|передад|передал|выда|вручи|привез|доставим|подготов|оформ|рассчита|пересчита|верн|возмест|включ|запиш|пригла|организ|выезж|выед|встрет|приед|приход|прид|установ|замен|отремонт|исправ|доплат|продл)[а-яё]*(?:ем|им|ём|ли|ла|л|ет|ит|ут|ют|ат|ят)$/;
// a result already reached: «компенсация назначена», «выплата продлена» («будет назначена» is a promise)
const RESULT = /^(?:назнач|перечисл|выплач|исправл|пересчита|выда|возобнов|восстановл|предоставл|зачисл)[а-яё]*(?:ена|ено|ен|ены|ана|ано|ан|аны)$/;
const ACTORS = /^(?:специалист|сотрудник|инспектор|отдел|комисси|управлени|центр|фонд|бюро|работник|социальн|курьер|врач|консультант|начальник|министерство|мы|мастер|заведующ|руководител|бухгалтер|компани|организаци|мфц)/;
const VAGUE = /^(?:рассмотр|изуч|прораб|постара|будем|разбер|учт|приложим|контрол|держ|сообщ|информ|проинформ|уведом|извест|ответ|прим|решим|решат)/;

// «Ваше заявление от 5 мая находится на рассмотрении»: the date (or number) of the client's own letter
// only names the letter; it says nothing about what happens next
const INCOMING = /^(?:обращени|жалоб|письм|заявлени|запрос|заявк|ходатайств)/;
const INCOMING_LINK = /^(?:от|№|n|номер|вх|ваш[а-я]*|поданн[а-я]*|поступивш[а-я]*|направленн[а-я]*|отправленн[а-я]*|вами|нам|к|в|министерство|г|года)$/;

function incomingDate(words: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = words[k];
    // «письмом от 5 мая» may be our own letter; «ваше письмо от 5 мая» is the client's
    if (INCOMING.test(w.norm)) return !/^письм/.test(w.norm) || /^ваш/.test(words[k - 1]?.norm ?? '');
    if (!(INCOMING_LINK.test(w.norm) || w.kind === 'number' || w.kind === 'date' || w.kind === 'legal' || MONTHS.test(w.norm))) return false;
  }
  return false;
}

function precededByNumberSign(sentence: Sentence, w: Token): boolean {
  // the token right before: «№ 2291», «номер 2291», «под номером 2291»
  const before = sentence.tokens[w.index - 1];
  return !!before && (before.text === '№' || /^номер(?:ом|у|а)?$/.test(before.norm));
}

/** «за период с января по март», «за март», «в марте прошлого года»: a period already past. */
function pastPeriod(words: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (/^(?:за|период|периода|прошл)/.test(words[k].norm)) return true;
  return /^(?:прошлого|прошедшего|предыдущего)$/.test(words[i + 1]?.norm ?? '');
}

function dateAt(sentence: Sentence, i: number): boolean {
  const words = sentence.words;
  {
    const w = words[i];
    if ((w.kind === 'date' || w.kind === 'number' || MONTHS.test(w.norm)) && incomingDate(words, i)) return false;
    // a template's «[дата]» or «{{сумма}}» stands for the concrete value the official fills in
    if (w.kind === 'date' || w.kind === 'time' || w.kind === 'placeholder') return true;
    const next = words[i + 1];
    if (w.kind === 'number') {
      // a registration number says nothing about what happens next
      return !precededByNumberSign(sentence, w); // a date («24 февраля»), a period («10 рабочих дней»), an amount, a queue position
    }
    if (w.kind !== 'word') return false;
    const prev = words[i - 1]?.norm ?? '';
    // «до марта», «до конца мая»; but «за период с января по март» names the past the letter is about
    if (MONTHS.test(w.norm) && /^(?:до|с|по|к|в|на|конца|начала|середины|кроме)$/.test(prev) && !pastPeriod(words, i)) return true;
    if (NUMERAL_WORDS.test(w.norm) && next && (PERIOD_UNITS.test(next.norm) || (words[i + 2] && PERIOD_UNITS.test(words[i + 2].norm)))) return true;
    if (PERIOD_PREP.test(prev) && /^(?:недел|месяц|сут|полугод|квартал)/.test(w.norm)) return true; // «в течение месяца»
    if (/^(?:конца|начала|окончания)$/.test(w.norm) && prev === 'до' && next && /^(?:недел|месяц|года|квартал|текущ|этого|сентябр)/.test(next.norm)) return true;
    if (RELATIVE_DAYS.test(w.norm)) return true;
    return false;
  }
}

function actionAt(words: Token[], i: number): boolean {
  const w = words[i];
  if (w.kind === 'word' && !VAGUE.test(w.norm) && WE_ACTION.test(w.norm)) {
    // an actor within three words before or after
    for (let k = Math.max(0, i - 3); k < Math.min(words.length, i + 3); k++) if (k !== i && ACTORS.test(words[k].norm)) return true;
    if (/(?:ем|им|ём)$/.test(w.norm)) return true; // first person plural: «уточняем», «перечислим»
  }
  return RESULT.test(w.norm) && !/^(?:будет|будут|может|могут)$/.test(words[i - 1]?.norm ?? '');
}

// The indexes of the words that make a sentence concrete, computed once per sentence: a rule asks
// for every phrase it finds, and a long sentence may hold many.
const markers = new WeakMap<Sentence, number[]>();

function markersOf(sentence: Sentence): number[] {
  let list = markers.get(sentence);
  if (!list) {
    list = [];
    for (let i = 0; i < sentence.words.length; i++) if (dateAt(sentence, i) || actionAt(sentence.words, i)) list.push(i);
    markers.set(sentence, list);
  }
  return list;
}

/** Whether the sentence, leaving out the words [skipFrom, skipTo], gives something concrete. */
export function isConcrete(sentence: Sentence, skipFrom = -1, skipTo = -1): boolean {
  const list = markersOf(sentence);
  if (list.length === 0) return false;
  if (skipFrom < 0) return true;
  return list[0] < skipFrom || list[list.length - 1] > skipTo;
}

const CLOSING = /^(?:с уважением|благодарим|спасибо|желаем)/i;

/** The sentence a reader takes as the continuation: the next in the paragraph, or the first of the next paragraph. */
export function nextSentence(doc: Doc, sentence: Sentence): Sentence | undefined {
  const next = doc.sentences[sentence.index + 1];
  if (!next || next.heading || CLOSING.test(next.text)) return undefined;
  return next;
}

/** Whether a date or period stands among the words [from, to]: a pattern with a gap may span one. */
export function datedWithin(sentence: Sentence, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= Math.min(to, sentence.words.length - 1); i++) if (dateAt(sentence, i)) return true;
  return false;
}

/**
 * Concrete in the same sentence or in the next one. Inside the phrase itself only a date counts
 * («вернёмся к вопросу 12 мая, после ответа фонда»): the phrase's own verb is the vague promise.
 */
export function concreteNearby(doc: Doc, sentence: Sentence, skipFrom: number, skipTo: number): boolean {
  if (isConcrete(sentence, skipFrom, skipTo) || datedWithin(sentence, skipFrom, skipTo)) return true;
  const next = nextSentence(doc, sentence);
  return !!next && isConcrete(next);
}
