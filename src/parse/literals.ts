// Literal units: numbers, dates, times, phones, legal references, e-mails, URLs and template
// placeholders are one token each and never flagged by word rules. The tokenizer splits them
// («+», «7», «(», «383», «)»…), so we recognise them on the text itself. Every pattern is sticky
// and its quantifiers are bounded, so an attempt at one position costs O(longest literal) and a
// scan stays linear in the text, whatever a user pastes.
import type { TokenKind } from './model.js';

export interface LiteralSpan {
  start: number;
  end: number;
  kind: TokenKind;
}

const PATTERNS: Array<[TokenKind, RegExp]> = [
  ['url', /(?:https?:\/\/|www\.)[^\s«»"<>]{1,2000}/y],
  ['email', /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}/y],
  ['placeholder', /\{\{[^{}\n]{1,80}\}\}|\$\{[^{}\n]{1,80}\}|\[[^[\]\n.!?]{1,60}\]|<[^<>\n]{1,60}>|%[A-Za-zА-Яа-яЁё_][A-Za-zА-Яа-яЁё_ ]{0,38}%/y],
  ['phone', /(?:\+7|8)[ -]?\(?\d{3,5}\)?[ -]?\d{1,3}[ -]?\d{2}[ -]?\d{2}(?!\d)/y],
  ['phone', /\d{2,3}-\d{2}-\d{2}(?![\d-])/y],
  ['legal', /№ ?\d[\dА-Яа-яЁёA-Za-z./-]{0,24}(?:[-–‑][А-ЯЁA-Zа-яё]{1,4})?/y],
  ['legal', /\d{1,6}[-–‑](?:ФКЗ|ФЗ|ОЗ|КЗ|З|рп|р|пп|п|у|па)(?![А-Яа-яЁё])/y],
  ['date', /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?/y],
  ['date', /\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)/y],
  ['time', /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y],
  ['number', /\d{1,3}(?: \d{3})+(?:,\d{1,6})?(?!\d)/y],
  ['number', /\d{1,15}(?:[.,]\d{1,6})?(?:-(?:го|му|м|й|я|е|х|ми|ю|ое|ая|ые|ый|ой|ом|ых))?(?![\dА-Яа-яЁё])/y],
];

const TRAILING = /[.,;:!?)»"']+$/;

/** Tries every literal pattern at `at`; returns the longest match, or undefined. */
export function literalAt(text: string, at: number): LiteralSpan | undefined {
  let best: LiteralSpan | undefined;
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    let end = at + m[0].length;
    if (kind === 'legal' && m[0].endsWith('.')) end -= 1;
    if (kind === 'url' || kind === 'email') {
      const trimmed = TRAILING.exec(m[0]);
      if (trimmed) end -= trimmed[0].length;
    }
    if (end > at && (!best || end - at > best.end - best.start)) best = { start: at, end, kind };
  }
  return best;
}
