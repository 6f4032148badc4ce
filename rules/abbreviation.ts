// п. 7: «минимизировать употребление сложных терминов и сокращений, редко используемых в
// повседневной жизни или требующих специального профильного образования». An abbreviation in
// capitals that is not on the common list (LABELING.md §7) must be expanded at its first use:
// «полное название (АББР)», «полное название (далее — АББР)» or «АББР (полное название)».
// One finding per distinct abbreviation per document, at its first occurrence. Not abbreviations:
// law numbers (token kind `legal`), dotted «г.», «т. е.» (kind `abbreviation`), initials,
// placeholders, Roman numerals, words typed in capitals, the citizen's quotes and titles in «…».
// The signature is not judged, and it does not expand anything used in the body.
import type { Rule, Sentence, Token } from '../src/engine/rule.js';
import type { Morphology } from '../src/morph/types.js';
import { perSentence } from '../src/parse/sentence-memo.js';
import { COMMON_ABBREVIATIONS, LAW_PARTS, LINK_WORDS, PLACE_TAIL, TECHNICAL_LATIN, VENUE_PREFIXES } from '../src/analysis/abbreviation-data.js';
import { inSignature } from '../src/analysis/letter-parts.js';
import { matcherFor } from '../src/dict/index.js';

const QUOTE = 'минимизировать употребление сложных терминов и сокращений, редко используемых в повседневной жизни или требующих специального профильного образования';

const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;
const norm = (s: string) => s.toUpperCase().replace(/Ё/g, 'Е');

/** The abbreviation a word part stands for («ЗАГСе» → «ЗАГС», «КоАП»), or undefined. */
export function abbreviationOf(part: string): string | undefined {
  // most words have at most one capital: decide that without Unicode-class regexes (this runs per word)
  let capitals = 0;
  for (let i = 0; i < part.length && capitals < 2; i++) {
    const c = part.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 1040 && c <= 1071) || c === 1025) capitals++;
  }
  if (capitals < 2) return undefined;
  if (!/^\p{L}+$/u.test(part)) return undefined;
  if (/^[A-ZА-ЯЁ]{2,}$/u.test(part)) return part;
  // an inflected abbreviation: «в ЗАГСе», «из ОСФРа»
  const inflected = /^([A-ZА-ЯЁ]{2,})[а-яё]{1,3}$/u.exec(part);
  if (inflected) return inflected[1];
  const upper = part.match(UPPER)?.length ?? 0;
  const lower = part.match(LOWER)?.length ?? 0;
  // mixed: «КоАП»; not a CamelCase word («МинТруд») nor a capitalised word
  if (/^\p{Lu}/u.test(part) && upper >= 2 && upper >= lower) return part;
  return undefined;
}

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
// Cyrillic look-alikes typed for Roman numerals («ХХ век»)
const isRoman = (s: string) => ROMAN.test(s.replace(/Х/g, 'X').replace(/І/g, 'I'));

const DASH = /^[—–-]$/;
const OPEN = new Set(['(']);
const CLOSE = new Set([')']);
// «(далее — ОСФР)», «(далее по тексту — ОСФР)», «(именуемое далее ОСФР)», «(сокращённо ОСФР)»
const HEREAFTER = /^(?:далее|именуем\p{L}*|сокращенно|сокращ\p{L}*)$/u;
const HEREAFTER_FILLER = /^(?:далее|по|тексту|именуем\p{L}*|сокращенно|сокращ\p{L}*|как|-|—|–|«|»|"|:)$/u;
// «ЕДВ — ежемесячная денежная выплата», «ЕДВ, то есть ежемесячная денежная выплата»
const EXPLAIN_AFTER = /^(?:то|т\. ?е\.|т\.е\.|или|иначе)$/u;

const wordText = (t: Token) => t.norm.replace(/[«»"]/g, '');

/**
 * Whether the letters of the abbreviation can be read off the words: each word gives its first
 * letter and maybe one or two more of its letters in order («жилищно-коммунальных» → «жк»,
 * «медико-социальная» → «мс»); prepositions and conjunctions may give nothing, and one other
 * word may be passed over («реестр прав на недвижимое имущество»). `whole`: every word must be
 * used (the name ends right before the bracket); otherwise the name may stop early.
 */
export function lettersFit(abbr: string, words: string[], whole: boolean): boolean {
  const all = words.map((w) => w.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}-]/gu, '')).filter(Boolean);
  if (!whole) return fitFrom(abbr, all, false);
  // the name ends right before the bracket; where it starts is not known
  for (let k = all.length - 1; k >= 0; k--) if (fitFrom(abbr, all.slice(k), true)) return true;
  return false;
}

const TERRITORY = /^(?:район\p{L}*|област\p{L}*|округ\p{L}*|города|края|республики|россии|новосибирска)$/u;
/** «… Ленинского района», «… по Новосибирской области»: the territory after the name. */
const placeTail = (ws: string[]) => ws.length <= 3 && ws.every((w) => PLACE_TAIL.test(w)) && TERRITORY.test(ws[ws.length - 1]);

function fitFrom(abbr: string, ws: string[], whole: boolean): boolean {
  const letters = [...abbr.toLowerCase().replace(/ё/g, 'е')];
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number, skips: number): boolean => {
    // a prepositional tail may follow the name: «Отделение Социального фонда России по Новосибирской области (ОСФР)»
    if (i === letters.length) return !whole || j === ws.length || LINK_WORDS.has(ws[j]) || placeTail(ws.slice(j));
    if (j === ws.length) return false;
    const key = `${i},${j},${skips}`;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    let ok = false;
    const w = ws[j];
    if (j > 0 && LINK_WORDS.has(w) && go(i, j + 1, skips)) ok = true;
    if (!ok && j > 0 && skips < 1 && go(i, j + 1, skips + 1)) ok = true;
    if (!ok && w[0] === letters[i]) {
      // the first letter, then up to two more letters of the word, in order
      const take = (pos: number, got: number, li: number): boolean => {
        if (go(li, j + 1, skips)) return true;
        if (got >= 3 || li >= letters.length) return false;
        for (let p = pos; p < w.length; p++) if (w[p] === letters[li] && take(p + 1, got + 1, li + 1)) return true;
        return false;
      };
      ok = take(1, 1, i + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, 0);
}

/** The words of a sentence before token index `at`, back to a bracket, colon or the sentence start. */
function wordsBefore(sentence: Sentence, at: number, max = 15): string[] {
  const out: string[] = [];
  for (let k = at - 1; k >= 0 && out.length < max; k--) {
    const t = sentence.tokens[k];
    if (t.kind === 'punct' && /^[()[\]:;]$/.test(t.text)) break;
    if (t.kind === 'word') out.unshift(wordText(t));
  }
  return out;
}

/** The words after token index `at` up to a closing bracket or the end of the clause. */
function wordsAfter(sentence: Sentence, at: number, stop: RegExp, max = 15): string[] {
  const out: string[] = [];
  for (let k = at + 1; k < sentence.tokens.length && out.length < max; k++) {
    const t = sentence.tokens[k];
    if (t.kind === 'punct' && stop.test(t.text)) break;
    if (t.kind === 'word') out.push(wordText(t));
  }
  return out;
}

/** Whether the abbreviation at tokens[at] is expanded right there. */
export function expandedAt(sentence: Sentence, at: number, abbr: string): boolean {
  const tokens = sentence.tokens;
  // «… (далее — АББР)», «… (АББР)»
  let k = at - 1;
  let hereafter = false;
  while (k >= 0 && (HEREAFTER_FILLER.test(tokens[k].norm) || (tokens[k].kind === 'punct' && /^[«»"“”]$/.test(tokens[k].text)))) {
    if (HEREAFTER.test(tokens[k].norm)) hereafter = true;
    k--;
  }
  if (hereafter) return true;
  if (k >= 0 && OPEN.has(tokens[k].text) && lettersFit(abbr, wordsBefore(sentence, k), true)) return true;
  // «… системы жилищно-коммунального хозяйства (ГИС ЖКХ)»: a compound abbreviation in brackets is
  // expanded by the name as a whole, every part of it
  const caps = (t: Token) => t.kind === 'word' && /^[A-ZА-ЯЁ]{2,}$/u.test(t.text);
  let open = at - 1;
  while (open >= 0 && caps(tokens[open])) open--;
  let close = at + 1;
  while (close < tokens.length && caps(tokens[close])) close++;
  if (close - open > 2 && open >= 0 && OPEN.has(tokens[open].text) && close < tokens.length && tokens[close].text === ')') {
    const whole = tokens.slice(open + 1, close).map((t) => t.text).join('');
    if (lettersFit(whole, wordsBefore(sentence, open), true)) return true;
  }
  // «АББР (полное название)», «АББР — полное название», «АББР, то есть …»
  let n = at + 1;
  while (n < tokens.length && tokens[n].kind === 'punct' && /^[«»"“”]$/.test(tokens[n].text)) n++;
  if (n < tokens.length) {
    const t = tokens[n];
    if (OPEN.has(t.text) && lettersFit(abbr, wordsAfter(sentence, n, /^[)]$/), false)) return true;
    if (DASH.test(t.text) && lettersFit(abbr, wordsAfter(sentence, n, /^[,.;:!?()]$/), false)) return true;
    if (t.text === ',' && n + 1 < tokens.length) {
      const rest = wordsAfter(sentence, n, /^[.;:!?()]$/);
      if (rest.length && EXPLAIN_AFTER.test(rest[0]) && lettersFit(abbr, rest.slice(rest[0] === 'то' ? 2 : 1), false)) return true;
    }
  }
  void CLOSE;
  return false;
}

/** A word typed in capitals («ВНИМАНИЕ», «ВАЖНО») is not an abbreviation. */
function isCapsWord(base: string, context: { morphology?: Morphology }): boolean {
  const parses = context.morphology?.parse(base) ?? [];
  return parses.some((p) => p.known && !p.tags.has('Abbr') && !p.tags.has('Orgn') && !p.tags.has('Fixd'));
}

// «НЕ нужно», «ВСЕ документы»: a short function word typed in capitals for emphasis
const FUNCTION_POS = new Set(['PREP', 'CONJ', 'PRCL', 'NPRO', 'ADVB', 'PRED', 'INTJ']);
function isEmphasisedFunctionWord(base: string, context: { morphology?: Morphology }): boolean {
  const parses = context.morphology?.parse(base) ?? [];
  return parses.some((p) => p.known && !p.tags.has('Abbr') && (FUNCTION_POS.has(p.pos ?? '') || (p.pos === 'ADJF' && p.tags.has('Apro'))));
}

/** «ФЗ-181», «ФЗ № 181», «181 ФЗ»: the law-number part next to its number (a bare «ФЗ» is not one). */
function lawNumber(sentence: Sentence, token: Token): boolean {
  if (/\d/u.test(token.text)) return true;
  const near = [sentence.tokens[token.index - 1], sentence.tokens[token.index + 1], sentence.tokens[token.index + 2]];
  return near.some((t) => t && (t.text === '№' || /^\d/u.test(t.text)));
}

// «удостоверение серии ВТ № 123456»: the letters of a document series are a code, not an abbreviation
const SERIES = /^(?:сери[яиюей]|серий)$/u;

const rule: Rule = {
  meta: {
    id: 'abbreviation',
    point: 'п. 7',
    quote: QUOTE,
    title: 'Нерасшифрованное сокращение',
    description:
      'Читатель может не знать, что значат «ЕДВ», «ИПРА» или «УСЗН». При первом упоминании напишите полное название, а сокращение дайте в скобках: «ежемесячная денежная выплата (ЕДВ)» или «Отделение Социального фонда России по Новосибирской области (далее — ОСФР)». Общеизвестные сокращения (РФ, СНИЛС, ИНН, МФЦ…) расшифровывать не нужно.',
    severity: 'warn',
    kinds: ['reply', 'notice', 'call'],
    scope: 'word',
    options: { known: [...COMMON_ABBREVIATIONS] },
    needs: ['morphology'],
    skipQuoted: true,
    examples: {
      incorrect: [
        'Для оформления нужна справка [[МСЭ]] об установлении инвалидности.',
        'Обратитесь в [[ЦЗН]] по месту жительства. ЦЗН работает с 9:00.',
      ],
      correct: [
        'Подайте заявление через Единый портал государственных услуг (ЕПГУ). Для этого нужна учётная запись на ЕПГУ.',
        'Обратитесь в Отделение Социального фонда России по Новосибирской области (далее — ОСФР).',
        'Принесите паспорт, СНИЛС и ИНН в МФЦ.',
        'Компенсация назначена по закону № 5-ФЗ на XXI век, ул. Ленина, д. 5.',
        'Справку о решении ВТЭК (врачебно-трудовой экспертной комиссии) мы получили.',
        'Справку из ЗАГСа приносить НЕ нужно: удостоверение серии ВТ № 123456 выдано по ФЗ-5.',
        'Ярмарка вакансий пройдёт 22 мая в ДК «Юбилейный», приходите к 10:00.',
        'Обратитесь в центр занятости населения Советского района (ЦЗН) или проверьте сведения в государственной информационной системе жилищно-коммунального хозяйства (ГИС ЖКХ).',
      ],
    },
  },
  check(context) {
    const known = new Set([...((context.options.known as string[]) ?? []), ...(context.dictionaries.knownAbbreviations ?? [])].map(norm));
    const seen = new Set<string>();
    const matcher = matcherFor('abbreviation', context.dictionaries);
    for (const sentence of context.doc.sentences) {
      if (inSignature(context.doc, sentence.start)) break;
      for (const c of candidatesIn(sentence, context.morphology ?? NO_MORPHOLOGY)) {
        if (seen.has(c.key) || known.has(c.key)) continue;
        seen.add(c.key);
        if (c.explained) continue;
        const token = sentence.tokens[c.token];
        if (context.isAllowed(token.start, token.end)) continue;
        const entry = matcher.match([token])[0]?.entry;
        const full = entry?.suggestions[0];
        context.report({
          start: token.start,
          end: token.end,
          reason: `«${token.text}» — сокращение, которое редко встречается в повседневной жизни: читатель может не понять, о чём речь (п. 7 правил). Напишите полностью: ${full ? `«${full}»` : `«полное название (${c.abbr})»`}, дальше можно сокращённо.`,
          expected: full ? entry!.suggestions : [`полное название (${c.abbr})`],
          entryId: entry?.id,
        });
      }
    }
  },
};

// the memo's key when morphology is not loaded (the rule needs it, but tests may run without)
const NO_MORPHOLOGY = Object.freeze({});

interface Candidate {
  token: number;
  abbr: string;
  /** The normalised abbreviation: one finding per key per letter. */
  key: string;
  /** Expanded right there, or a venue's name («ДК «Юбилейный»): a first use that needs nothing. */
  explained: boolean;
}

/**
 * The abbreviations of a sentence that its own words do not rule out (remembered per sentence);
 * the letter decides which of them is a first use.
 */
const candidatesIn = perSentence((sentence: Sentence, morphology: Morphology | typeof NO_MORPHOLOGY): Candidate[] => {
  const context = { morphology: morphology === NO_MORPHOLOGY ? undefined : (morphology as Morphology) };
  const out: Candidate[] = [];
  // a line typed in capitals: its real words are not abbreviations, even short ones
  const capsLine = sentence.words.filter((w) => w.kind === 'word' && w.text.length >= 4 && /^\p{Lu}+$/u.test(w.text) && isCapsWord(w.text, context)).length >= 2;
  for (const token of sentence.tokens) {
    if (token.kind !== 'word' || token.quoted || token.inQuotes) continue;
    for (const part of token.text.split('-')) {
      const abbr = abbreviationOf(part);
      if (!abbr) continue;
      const key = norm(abbr);
      if (TECHNICAL_LATIN.has(key) || isRoman(abbr)) continue;
      if (LAW_PARTS.has(key) && lawNumber(sentence, token)) continue;
      if ((abbr.length >= 4 || capsLine) && isCapsWord(abbr, context)) continue;
      if (abbr.length <= 4 && abbr === part && isEmphasisedFunctionWord(abbr, context)) continue;
      const before = sentence.words[sentence.words.indexOf(token) - 1];
      if (before && SERIES.test(before.norm)) continue;
      const venue = VENUE_PREFIXES.has(abbr) && abbr === token.text && /^[«"“]/u.test(sentence.tokens[token.index + 1]?.text ?? '');
      out.push({ token: token.index, abbr, key, explained: venue || expandedAt(sentence, token.index, abbr) });
    }
  }
  return out;
});

export default rule;
