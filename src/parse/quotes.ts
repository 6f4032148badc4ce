// Quoted spans, and which of them are the citizen's own words (LABELING.md §3.2): «…» or "…"
// after a verb of saying addressed to the citizen («вы пишете», «по вашим словам»), and the rest of
// a sentence after «вы пишете:». Titles of laws and programmes in quotes are not speech.
import type { QuoteSpan } from './model.js';

const OPEN = new Map([['«', '»'], ['„', '“'], ['“', '”']]);

// Stems of verbs of saying, and second-person markers nearby, that introduce reported speech.
const SAYING = /(?:^|[^а-яё])(?:пише|писали|написал|указыва|указал|сообща|сообщил|жалуе|жаловал|утвержда|спрашива|спросил|говори|сказал|называе|назвал|считае|просите|просил|выразил|отметил|заявля|заявил)[а-яё]*/i;
const SECOND_PERSON = /(?:^|[^а-яё])(?:вы|вас|ваш[а-яё]*|по\s+вашим\s+словам|по\s+словам)(?:[^а-яё]|$)/i;

export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Array<{ close: string; at: number }> = [];
  let straightAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') {
      // quotes do not run across paragraphs
      stack.length = 0;
      straightAt = -1;
      continue;
    }
    const close = OPEN.get(ch);
    if (close && !(ch === '“' && stack.length && stack[stack.length - 1].close === '“')) {
      stack.push({ close, at: i });
      continue;
    }
    if (stack.length && ch === stack[stack.length - 1].close) {
      const { at } = stack.pop()!;
      if (stack.length === 0) spans.push({ start: at, end: i + 1, speech: false });
      continue;
    }
    if (ch === '"') {
      if (straightAt < 0) straightAt = i;
      else {
        spans.push({ start: straightAt, end: i + 1, speech: false });
        straightAt = -1;
      }
    }
  }
  for (const span of spans) span.speech = isSpeech(text, span);
  // «вы пишете: …» without quotes: the rest of the sentence is the citizen's
  const colon = /(?:вы|Вы)\s+(?:пишете|написали|указываете|указали|сообщаете|сообщили|утверждаете|жалуетесь)\s*:\s*/g;
  for (let m = colon.exec(text); m; m = colon.exec(text)) {
    const start = m.index + m[0].length;
    if (text[start] === '«' || text[start] === '"') continue;
    const rest = /[.!?…](?:\s|$)|\n/.exec(text.slice(start));
    const end = rest ? start + rest.index : text.length;
    if (end > start) spans.push({ start, end, speech: true });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function isSpeech(text: string, span: QuoteSpan): boolean {
  // look back to the start of the sentence, at most 120 characters
  const from = Math.max(0, span.start - 120);
  let before = text.slice(from, span.start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  if (cut >= 0) before = before.slice(cut + 1);
  return SAYING.test(before) && SECOND_PERSON.test(before);
}

/** The quote span holding [s, e), by binary search over the sorted spans. */
export function quoteAt(quotes: QuoteSpan[], s: number, e: number): QuoteSpan | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start <= s) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // spans may nest («вы пишете:» inside a quote): look back a little for one that contains the token
  for (let k = found; k >= 0 && k >= found - 3; k--) if (quotes[k].start <= s && e <= quotes[k].end) return quotes[k];
  return undefined;
}
