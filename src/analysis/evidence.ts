// «Evidence» for `denial` (LABELING.md §4, denial; TAXONOMY: «не отрицать факт проблемы без
// доказательств»): a denial is backed when the reader is told what was checked, when, by whom, and
// with which result or document. We look for the traces such a description leaves in the text:
//   * a date or time (when it happened, when it was checked): «3 марта», «12.05.2025», «в 10:15»;
//   * a number about the case: a registration or document number («под номером 2291», «№ 17»),
//     a count or amount («в очереди 14 человек», «1 618 рублей»);
//   * a named check of a named source: «просмотрели видеозапись», «сверили журнал регистрации»;
//   * the rule the result follows: «размер установлен законом области».
// Not evidence: the date or number of the citizen's own letter («ваше обращение от 5 мая»,
// «жалоба № 123») — it only repeats what the citizen sent; numbers inside law citations
// («статья 3 Федерального закона № 5-ФЗ»); a bare «мы проверили» with nothing named; the client's own
// account retold («Вы пожаловались на грубость специалиста 14 марта»).
import type { Doc, Sentence, Token } from '../parse/model.js';
import { nextSentence } from './concrete.js';

const MONTHS = /^(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
// words that put a following number into a law citation
const LAW_WORD = /^(?:(?:ст|п|пп|ч)\.?|стать(?:я|и|е|ю|ей|ёй|ям|ями|ях)|пункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|подпункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?|част(?:ь|и|ью|ей|ям|ями|ях)|абзац(?:а|у|ем|е|ы|ев)?|глав(?:а|ы|е|у|ой)|закон(?:а|у|ом|е|ы|ов|ам|ами|ах)?|постановлени(?:е|я|ю|ем|и|й)|приказ(?:а|у|ом|е|ы|ов)?|распоряжени(?:е|я|ю|ем|и|й)|указ(?:а|у|ом|е)?|кодекс(?:а|у|ом|е)?|регламент(?:а|у|ом|е)?)$/;
// the citizen's own letter: its date and number only repeat what they sent
const INCOMING = /^(?:обращени|жалоб|письм|заявлени|запрос|вопрос)/;
const COMPLAINT = /^(?:обращени|жалоб)/;
// verbs and nouns of checking: someone looked at something
// (and what a record shows: «в журнале отмечены все восемь визитов»)
const CHECK = /^(?:провер|изучи|изуче|просмотр|прослуша|прослушива|сверил|сверен|сверк|сверя|опроси|опрос|запроси|запрос|проанализир|анализ|истребова|осмотр|осмотре|выезд|выехал|обследова|отмечен|зафиксирова|значится|значатся)/;
// things one can check and name: records, documents, cameras, registers
const SOURCE = /^(?:запис|видеозапис|аудиозапис|журнал|реестр|акт(?:а|е|у|ом|ы|ов|ам|ами|ах)?$|протокол|документ|выписк|табел|график|камер|видеонаблюдени|детализаци|переписк|квитанци|платеж|ведомост|расписани|талон|базу|баз[ае]|лицев|личн|карточк|регистрац|маршрут|трек|почтов|уведомлени|свидетел|очевид)/;

export interface Evidence {
  kind: 'date' | 'number' | 'check' | 'rule';
  token: Token;
}

// «начислена верно: её размер установлен законом области»: the rule the result follows is named, so
// the client can check the conclusion against it
const SET_BY = /^(?:установлен|определ[её]н|предусмотрен|закрепл[её]н|утвержд[её]н)[аоы]?$/;
const RULE_SOURCE = /^(?:закон|постановлени|приказ|решени|регламент|кодекс|тариф)/;

function lawNumber(words: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (LAW_WORD.test(words[k].norm) || words[k].kind === 'legal') return true;
  for (let k = i + 1; k < Math.min(words.length, i + 3); k++) if (words[k].kind === 'legal') return true;
  return false;
}

function incomingReference(words: Token[], i: number): boolean {
  // «обращение от 5 мая», «ваша жалоба № 123 от 2 апреля», «письмо от 12.03.2025»
  for (let k = Math.max(0, i - 4); k < i; k++) {
    if (!INCOMING.test(words[k].norm)) continue;
    // the complaint itself: «ваше обращение, поступившее 5 мая», «жалоба, зарегистрированная 2 апреля»
    if (COMPLAINT.test(words[k].norm)) return true;
    const between = words.slice(k + 1, i);
    if (between.every((w) => /^(?:от|№|n|номер|[0-9]+|вх|ваш[а-я]*)$/.test(w.norm) || w.kind === 'number' || w.kind === 'date' || MONTHS.test(w.norm))) return true;
  }
  return false;
}

function schedule(words: Token[], i: number): boolean {
  const prev = words[i - 1]?.norm;
  if (prev === 'с') return words.slice(i + 1, i + 3).some((w) => w.norm === 'до' || w.norm === 'по');
  if (prev === 'до' || prev === 'по') return words.slice(Math.max(0, i - 3), i - 1).some((w) => w.kind === 'time');
  return false;
}

/** The evidence the sentence gives, leaving out the words [skipFrom, skipTo]. */
export function evidenceIn(sentence: Sentence, skipFrom = -1, skipTo = -1): Evidence[] {
  const words = sentence.words;
  const found: Evidence[] = [];
  let check = -1;
  let source = -1;
  for (let i = 0; i < words.length; i++) {
    if (i >= skipFrom && i <= skipTo) continue;
    const w = words[i];
    if (w.quoted) continue;
    // «навещать можно с 10:00 до 19:00» is a timetable, not when something was checked
    if (w.kind === 'time' && schedule(words, i)) continue;
    if (w.kind === 'date' || w.kind === 'time') {
      if (!lawNumber(words, i) && !incomingReference(words, i)) found.push({ kind: 'date', token: w });
      continue;
    }
    if (w.kind === 'number') {
      if (lawNumber(words, i) || incomingReference(words, i)) continue;
      const next = words[i + 1];
      found.push({ kind: next && MONTHS.test(next.norm) ? 'date' : 'number', token: w });
      continue;
    }
    if (w.kind === 'placeholder') {
      found.push({ kind: 'number', token: w });
      continue;
    }
    if (w.kind !== 'word') continue;
    if (MONTHS.test(w.norm) && /^(?:в|с|по|до|за|на)$/.test(words[i - 1]?.norm ?? '')) {
      if (!incomingReference(words, i)) found.push({ kind: 'date', token: w });
      continue;
    }
    if (SET_BY.test(w.norm) && words.slice(i + 1, i + 3).some((x) => RULE_SOURCE.test(x.norm))) found.push({ kind: 'rule', token: w });
    if (CHECK.test(w.norm)) check = i;
    else if (SOURCE.test(w.norm)) source = i;
  }
  if (check >= 0 && source >= 0) found.push({ kind: 'check', token: words[Math.min(check, source)] });
  return found;
}

const GREETING = /^(?:уважаем|здравствуй|добрый|доброе)/i;

// «Вы пожаловались на грубость специалиста 14 марта»: the client's own account, retold. Its dates and
// numbers are what the client said happened, not what the ministry checked
const CLIENT_SAYS = /^(?:пиш|написал|сообщ|жалу|пожаловал|указ|счита|утвержда|прос|спрашива|обратил|обраща|расска|поясня|пояснил|излож|отмеча|отметил)/;
export function restatesClient(sentence: Sentence): boolean {
  const w = sentence.words.slice(0, 6).map((t) => t.norm);
  const you = w.indexOf('вы');
  if (you >= 0 && w.slice(you + 1, you + 3).some((x) => CLIENT_SAYS.test(x))) return true;
  // «В обращении вы пишете …», «По вашим словам …», «Как вы пишете …»
  return /^(?:по вашим словам|с ваших слов|в (?:вашем|своём|своем) (?:обращении|письме|жалобе))/.test(w.join(' '));
}

/** The sentence just before, if the reader takes it as part of the same account (not a greeting or heading). */
function previousSentence(doc: Doc, sentence: Sentence): Sentence | undefined {
  const prev = doc.sentences[sentence.index - 1];
  if (!prev || prev.heading || GREETING.test(prev.text) || restatesClient(prev)) return undefined;
  return prev;
}

/**
 * Whether a denial at words [skipFrom, skipTo] of the sentence is backed: the sentence itself, the
 * next one, the sentences before it in its paragraph or the one just before gives evidence (an
 * account of the check usually precedes its conclusion). With `checkOnly`, only a named check
 * counts (for «жалоб не поступало»: the reader must learn what was searched, not just a period).
 */
export function denialBacked(doc: Doc, sentence: Sentence, skipFrom: number, skipTo: number, checkOnly = false): boolean {
  const ok = (list: Evidence[]) => (checkOnly ? list.some((e) => e.kind === 'check') : list.length > 0);
  if (ok(evidenceIn(sentence, skipFrom, skipTo))) return true;
  const next = nextSentence(doc, sentence);
  if (next && ok(evidenceIn(next))) return true;
  const prev = previousSentence(doc, sentence);
  if (prev && ok(evidenceIn(prev))) return true;
  for (let k = sentence.index - 1; k >= 0; k--) {
    const before = doc.sentences[k];
    if (before.paragraph !== sentence.paragraph || before.heading || GREETING.test(before.text)) break;
    if (!restatesClient(before) && ok(evidenceIn(before))) return true;
  }
  return false;
}
