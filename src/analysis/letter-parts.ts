// The frame of a letter: the opening (greeting or form of address), the closing formula and the
// signature block. Used by `greeting` (is the frame there?) and by word rules that must not judge
// the signature (LABELING.md §3.7: name, position, department are not judged; a signature does
// not expand an abbreviation used in the body).
import type { Doc, Sentence } from '../parse/model.js';
import { CLOSING_LINE, CLOSING_SENTENCE, GREETING, GREETING_PLACEHOLDER, matchesAny } from './greeting-data.js';

export interface LetterParts {
  /** The sentence that greets or addresses the reader, if any. */
  greeting?: Sentence;
  /** Offset where the signature block starts (the closing formula line included); text length when none. */
  signatureStart: number;
  /** True when the letter ends politely: «С уважением», a thank-you or a wish before the signature. */
  closed: boolean;
}

const cache = new WeakMap<Doc, LetterParts>();

// a patronymic (incl. Turkic «оглы»/«кызы») makes a bare «Иван Петрович!» a form of address
const PATRONYMIC = /(?:ович|евич|ьич|ич|овна|евна|ична|инична|оглы|кызы|гызы|улы|уулу|угли|кизи)$/u;
const FINAL = /[.!?…]["»)]*$/u;
// a field of the letter's header, however long: «Кому: …», «Адрес: …», «Исх. № … от …», «На № … от …», «Тема: …»
const HEADER_FIELD = /^\s*(?:кому|адрес|адресат|получатель|от кого|отправитель|тема|исх|вх|на\s+(?:№|вх|исх|ваш)|рег\.?\s*№|дата|№\s*\d)/iu;

/** How many leading sentences may precede the greeting (an addressee block, a subject line). */
const OPENING_SENTENCES = 6;
/** A sentence longer than this is body text, not an addressee or subject line. */
const OPENING_WORDS = 8;
/** How many body sentences before the signature may carry the polite closing. */
const CLOSING_SENTENCES = 3;

function isGreeting(s: Sentence): boolean {
  if (matchesAny(GREETING, s.text)) return true;
  const words = s.words;
  // «{{обращение}}» standing for the greeting itself
  if (words.length && words[0].kind === 'placeholder' && GREETING_PLACEHOLDER.test(words[0].text)) return true;
  // «Иван Петрович!»: a bare name with a patronymic is a form of address
  if (words.length >= 2 && words.length <= 4 && /[!,]\s*$/u.test(s.text) && words.every((w) => w.kind === 'word' && /^\p{Lu}/u.test(w.text))) {
    return words.some((w) => PATRONYMIC.test(w.norm));
  }
  return false;
}

function signatureStartOf(doc: Doc): { start: number; closingLine: number } {
  const lines = doc.lines;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 8); i--) {
    if (matchesAny(CLOSING_LINE, lines[i].text)) return { start: lines[i].start, closingLine: i };
  }
  // no closing formula: trailing short lines without final punctuation are the signature
  let i = lines.length;
  while (i > 0 && lines.length - i < 5) {
    const line = lines[i - 1];
    if (FINAL.test(line.text.trim()) || line.text.trim().split(/\s+/).length > 10) break;
    i--;
  }
  return { start: i < lines.length ? lines[i].start : doc.text.length, closingLine: -1 };
}

export function letterParts(doc: Doc): LetterParts {
  const cached = cache.get(doc);
  if (cached) return cached;
  let greeting: Sentence | undefined;
  for (const s of doc.sentences.slice(0, OPENING_SENTENCES)) {
    if (isGreeting(s)) {
      greeting = s;
      break;
    }
    // an addressee block or a subject line may come first («Кому: Ивановой М. И.», «О компенсации»);
    // the first real sentence of the body ends the search
    if (!s.heading && s.words.length > OPENING_WORDS && !HEADER_FIELD.test(s.text)) break;
  }
  const { start: signatureStart, closingLine } = signatureStartOf(doc);
  let closed = closingLine >= 0;
  if (!closed) {
    const body = doc.sentences.filter((s) => s.end <= signatureStart && s !== greeting && (!greeting || s.start > greeting.start));
    // «Благодарим за обращение.» opening the body is part of the greeting, not the closing: a
    // thank-you or a wish closes only when it stands after the first paragraph of a longer body
    const opening = body.length > 1 ? body[0].paragraph : -1;
    const last = body.length ? body[body.length - 1].paragraph : -1;
    closed = body
      .slice(-CLOSING_SENTENCES)
      .some((s) => (s.paragraph !== opening || opening === last) && s !== (body.length > 1 ? body[0] : undefined) && matchesAny(CLOSING_SENTENCE, s.text));
  }
  const parts = { greeting, signatureStart, closed };
  cache.set(doc, parts);
  return parts;
}

/** True when the offset lies in the signature block (after «С уважением» or in the trailing name lines). */
export function inSignature(doc: Doc, offset: number): boolean {
  return offset >= letterParts(doc).signatureStart;
}
