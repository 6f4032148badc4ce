// Small structural analyses shared by the tone rules (aggression, sarcasm, negative-tone). A phrase
// list never covers every wording, so the classes that are about syntax rather than words live here:
// a reproach in the past («стоило сохранить», «надо было прийти»), and the overlap of irony and
// reproach in one sentence, where LABELING.md §2 keeps only the more specific id (sarcasm).
import type { Sentence, Token } from '../parse/model.js';

export interface ToneSpan {
  /** Index of the first and last word in `sentence.words`. */
  first: number;
  last: number;
  start: number;
  end: number;
}

const MODAL = new Set(['стоило', 'следовало']);
const NEED = new Set(['надо', 'нужно', 'необходимо']);
// the official's own duty («нам нужно было дождаться ответа») is not a reproach
const FIRST_PERSON = new Set(['мы', 'нам', 'нас', 'нами', 'министерству', 'министерство', 'центру', 'специалисту', 'специалистам', 'сотрудникам', 'я', 'мне']);
// a condition, a comparison or an aside («как и следовало ожидать», «больше, чем следовало»)
const CONDITION = new Set(['если', 'бы', 'б', 'как', 'чем', 'чтобы', 'когда', 'ли']);
const INFINITIVE = /^[а-я-]{3,}(?:ть|ти|чь|ться|тись)$/;

/**
 * «Билеты стоило сохранить», «вам следовало прочитать договор», «надо было сразу приносить
 * оригиналы»: a modal of obligation in the past with an infinitive — telling the client what
 * they ought to have done. Not when the sentence names a date or an amount (a deadline stated as
 * a fact), nor in a condition, nor about the ministry's own duty.
 */
export function pastReproach(sentence: Sentence): ToneSpan | undefined {
  const w = sentence.words;
  if (sentence.tokens.some((t) => t.kind === 'date' || t.kind === 'number' || t.kind === 'time')) return undefined;
  for (let i = 0; i < w.length; i++) {
    let j = -1;
    if (MODAL.has(w[i].norm)) j = i + 1;
    else if (NEED.has(w[i].norm) && w[i + 1]?.norm === 'было') j = i + 2;
    if (j < 0) continue;
    if (w[i - 1]?.norm === 'не' || w[j]?.norm === 'бы' || w[j]?.norm === 'б') continue;
    const before = w.slice(0, i);
    if (before.some((t) => CONDITION.has(t.norm) || FIRST_PERSON.has(t.norm))) continue;
    const after = w.slice(j, j + 3);
    const inf = after.findIndex((t) => t.kind === 'word' && INFINITIVE.test(t.norm) && !FIRST_PERSON.has(t.norm));
    if (inf < 0) continue;
    if (after.slice(0, inf).some((t) => FIRST_PERSON.has(t.norm) || CONDITION.has(t.norm))) continue;
    const last = j + inf;
    if (w.slice(i, last + 1).some((t: Token) => t.quoted)) continue;
    return { first: i, last, start: w[i].start, end: w[last].end };
  }
  return undefined;
}

/** What the tone analyses need to know about a word's grammar (the run-time morphology, narrowed). */
export interface VerbForms {
  /** A finite verb in the past tense («прислали», «забыли»). */
  past(word: Token): boolean;
  /** A finite verb in the present tense, second person plural («путаете», «пишете»). */
  secondPlural(word: Token): boolean;
  /** The verb's dictionary form («решили» → «решить»). */
  lemma(word: Token): string | undefined;
}

// «вы сами решили», «вы сами выбрали»: the client's free choice, not a fault; «вы так и не
// получили уведомление?»: what did not reach the client is not the client's doing; «вы опять
// сможете»: news, not a reproach
const NOT_A_FAULT = new Set(['решить', 'выбрать', 'захотеть', 'пожелать', 'определить', 'предпочесть', 'получить', 'дождаться', 'мочь', 'смочь']);

// «опять», «вечно», «в очередной раз»: the client does the same wrong thing again
const AGAIN = [['опять'], ['вечно'], ['постоянно'], ['в', 'очередной', 'раз'], ['в', 'который', 'раз'], ['который', 'раз'], ['уже', 'который', 'раз'], ['как', 'всегда']];
// «снова», «вновь» also open neutral news («вы снова можете подать заявление»): a reproach only
// when the act itself is named as wrong
const AGAIN_WEAK = [['снова'], ['вновь'], ['еще', 'раз']];
const SELF = [['сами'], ['сам'], ['сама']];
const NEVER = [['так', 'и', 'не'], ['так', 'ни', 'разу', 'и', 'не'], ['даже', 'не']];
// words that may stand between the marker and the verb: «вы опять всё перепутали», «вы сами же не принесли»
const FILLER = new Set(['же', 'ведь', 'уже', 'все', 'почему-то', 'зачем-то', 'нам', 'его', 'ее', 'их', 'это', 'тоже', 'и']);
// the act named as wrong: «не тот период», «неверный счёт», «без подписи», «с ошибкой»
const WRONG = /^(?:неверн|неправильн|ошибочн|чуж|без$)/;
// a condition or a time clause is not a statement about the client («если вы опять не получите…»,
// «когда вы снова обратились…»), nor is «как вы сами написали»
const NOT_A_STATEMENT = new Set(['если', 'когда', 'чтобы', 'ли', 'бы', 'б', 'пока', 'как', 'разве', 'неужели']);

function startsAt(w: Token[], at: number, seq: string[]): boolean {
  return seq.every((s, k) => w[at + k]?.norm === s);
}

function markerAt(w: Token[], at: number, list: string[][]): number {
  for (const seq of list) if (startsAt(w, at, seq)) return seq.length;
  return 0;
}

/**
 * «Вы опять прислали справку не за тот период», «вы сами принесли справку только 27 мая», «вы так и
 * не донесли справку», «это вы не сообщили о работе сына», «именно вы указали старый адрес»: the
 * client («вы») named as the doer of a fault, with a word that makes it a reproach (again, yourself,
 * never, «это вы» / «именно вы»). A phrase list would need every verb; the verb is found by its
 * grammar instead. A plain reason («потому что вы не приложили справку») is a neutral statement and
 * is left alone (LABELING.md §4, aggression).
 */
export function personalFault(sentence: Sentence, verbs: VerbForms): ToneSpan | undefined {
  const w = sentence.words;
  for (let i = 0; i < w.length; i++) {
    if (w[i].norm !== 'вы' || w[i].quoted) continue;
    // the clause before «вы»: a condition there makes it no statement
    let from = i;
    while (from > 0 && !clauseBreakBetween(sentence, w[from - 1], w[from])) from--;
    if (w.slice(from, i).some((t) => NOT_A_STATEMENT.has(t.norm))) continue;
    const found = faultAfter(sentence, w, i, from, verbs);
    if (found) return found;
  }
  return undefined;
}

function faultAfter(sentence: Sentence, w: Token[], i: number, from: number, verbs: VerbForms): ToneSpan | undefined {
  // «это вы не сообщили», «именно вы указали», «опять вы перепутали»: a marker right before «вы»
  let first = i;
  let kind: 'again' | 'weak' | 'self' | 'never' | 'cleft' | undefined;
  const before = w[i - 1]?.norm;
  if (before === 'именно' || (before === 'это' && i - 1 === from)) {
    kind = 'cleft';
    first = i - 1;
  }
  for (let k = Math.max(from, i - 3); k < i && !kind; k++) {
    if (markerAt(w, k, AGAIN) && k + markerAt(w, k, AGAIN) === i) {
      kind = 'again';
      first = k;
    }
  }
  // after «вы»: the markers, a few light words, then the verb; a marker may stand between commas
  // («вы, как всегда, забыли»)
  let j = i + 1;
  let lastWasMarker = false;
  for (let step = 0; step < 4 && j < w.length; step++) {
    const broken = clauseBreakBetween(sentence, w[j - 1], w[j]);
    let n: number;
    if ((n = markerAt(w, j, AGAIN))) kind = kind === 'cleft' ? kind : 'again';
    else if ((n = markerAt(w, j, NEVER))) kind = kind ?? 'never';
    else if ((n = markerAt(w, j, SELF))) kind = kind ?? 'self';
    else if ((n = markerAt(w, j, AGAIN_WEAK))) kind = kind ?? 'weak';
    else if (!broken && FILLER.has(w[j].norm)) n = 1;
    else break;
    if (broken && !lastWasMarker && j !== i + 1) return undefined;
    lastWasMarker = n > 0 && !FILLER.has(w[j].norm);
    j += n;
  }
  if (!kind) return undefined;
  // the verb, possibly after «не» («так и не», «даже не» have taken theirs)
  const negated = w[j]?.norm === 'не' || w[j - 1]?.norm === 'не';
  if (w[j]?.norm === 'не') j++;
  const verb = w[j];
  if (!verb || verb.quoted) return undefined;
  if (clauseBreakBetween(sentence, w[j - 1], verb) && !lastWasMarker) return undefined;
  // «вы вечно путаете», «вы опять пишете о том же»: the present is a reproach only after «опять» and the like
  if (!verbs.past(verb) && !(kind === 'again' && verbs.secondPlural(verb))) return undefined;
  if (NOT_A_FAULT.has(verbs.lemma(verb) ?? '')) return undefined;
  // «это вы указали в заявлении» names what was written; «это вы не сообщили» is blame
  if (kind === 'cleft' && before === 'это' && !negated) return undefined;
  if (kind === 'weak' && !negated) {
    // «вы снова прислали справку не за тот период», «вы вновь подали заявление без подписи»
    const rest = clauseWords(sentence, w, j + 1);
    const named = rest.some((t, k) => WRONG.test(t.norm) || (t.norm === 'не' && !!rest[k + 1] && /^(?:тот|та|то|те|ту|той|тех|за|так|туда)$/.test(rest[k + 1].norm)));
    if (!named) return undefined;
  }
  return { first, last: j, start: w[first].start, end: w[j].end };
}

/** The words after `at` up to the next comma, colon, dash or the sentence end. */
function clauseWords(sentence: Sentence, w: Token[], at: number): Token[] {
  const out: Token[] = [];
  for (let k = at; k < w.length; k++) {
    if (k > at && clauseBreakBetween(sentence, w[k - 1], w[k])) break;
    out.push(w[k]);
  }
  return out;
}

/** True when punctuation that splits clauses (comma, colon, semicolon, dash, bracket) stands between two words. */
function clauseBreakBetween(sentence: Sentence, a: Token, b: Token): boolean {
  return sentence.tokens.some((t) => t.kind === 'punct' && t.start >= a.end && t.end <= b.start && /[,;:—–()]/.test(t.text));
}
