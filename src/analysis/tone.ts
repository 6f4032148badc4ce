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
