// п. 7: «избегать орфографических, грамматических, пунктуационных и стилистических ошибок».
// Words the compiled speller does not know, glued «2022году», and compound prepositions written
// with the wrong ending where the sense decides («в течении месяца» → «в течение месяца»;
// dictionaries/spelling-phrases.yml). Precision first: a checker that flags surnames gets switched
// off, so anything that looks like a proper name, a literal or the citizen's own words is skipped.
import type { Rule, RuleContext, Sentence, Token } from '../src/engine/rule.js';
import type { CompiledEntry } from '../src/dict/compiled.js';
import type { OrganisationDictionaries } from '../src/types.js';
import { perSentence } from '../src/parse/sentence-memo.js';
import type { Speller } from '../src/spelling/index.js';
import { matcherFor } from '../src/dict/index.js';

const POINT = 'п. 7 правил: избегать орфографических ошибок';

// Non-standard words that other rules own (LABELING §4: a span carries the most specific rule):
// «заява» is jargon, «ложить», «ихний», «щас» are просторечие, not misspellings.
const OTHER_RULES = ['jargon', 'colloquial', 'archaism', 'familiarity'];
const NOT_SPELLING =
  /^(?:заяв(?:а|ы|е|у|ой|ою)|лож(?:ить|у|ат|ит|ишь|им|ите|ил|ила|ило|или|ь|ьте)|ихн(?:ий|его|ему|им|ем|яя|ей|юю|ее|ие|их|ими)|щас|ейн[а-я]+|евонн[а-я]+|покласть|поклал[аи]?)$/;

// Units and abbreviations written straight after a number are house-style slips, not spelling.
// («год» is not a unit: «1992год» is a glued word like «2022году».)
const UNITS = /^(?:г|гг|р|руб|коп|тыс|млн|млрд|км|м|см|мм|кг|т|ч|мин|сек|шт|чел|кв|га|л|й|я|е|го|ти|х|м2|ый|ой|ая|ом|ое)$/;

// Endings of surnames and patronymics: a capitalised unknown word with one of them is a name.
const NAME_ENDING = /(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым|ом|е|ых|ыми)?$|(?:ск|цк)(?:ий|ая|ого|ой|ому|им|ую)$|(?:енко|ук|юк|ко|ян|дзе|швили|ич|вна|чна|шна)$/;

/** Numeral first parts of compounds that hunspell does not list («пятиразовое», «двухкомнатная»). */
const NUMERAL_PREFIX = /^(?:одно|двух|трёх|трех|четырёх|четырех|пяти|шести|семи|восьми|девяти|десяти|много|мало|полу|само|обще|меж|сверх|взаимо|сверх|мини|авто|электро|теле|кино|фото|радио|видео|госу?|соц|мед|энерго|тепло|водо|газо|ресурсо|энергосбыт)/;

let cache = new Map<string, string[]>();
const SUGGEST_PER_DOCUMENT = 4;
const MAX_WORD = 40;

function acceptsUncached(speller: Speller, word: string, norm: string): boolean {
  if (speller.correct(word)) return true;
  // «невыплаченная», «неполученный»: не- with a participle or adjective is written solid
  if (norm.startsWith('не') && norm.length > 6 && speller.correct(norm.slice(2))) return true;
  // «дом-интернат», «купли-продажи»: both parts real words of three letters or more
  const parts = norm.split('-');
  if (parts.length === 2 && parts.every((p) => p.length >= 3 && speller.correct(p))) return true;
  // «правоустанавливающие», «жизнеобеспечение»: a known word with a linking vowel, then a known word
  for (let i = 4; i <= norm.length - 5; i++) {
    if ((norm[i - 1] === 'о' || norm[i - 1] === 'е') && speller.correct(norm.slice(i)) && (speller.correct(norm.slice(0, i)) || speller.correct(norm.slice(0, i - 1)))) return true;
  }
  const prefix = NUMERAL_PREFIX.exec(norm);
  if (prefix && norm.length - prefix[0].length >= 4 && speller.correct(norm.slice(prefix[0].length))) return true;
  return false;
}

// A letter repeats its words and live checking relints it on every keystroke: the verdict for
// a word is remembered (the speller is the same for the whole process).
const verdicts = new Map<string, boolean>();

function accepts(speller: Speller, word: string, extra: Set<string>): boolean {
  const norm = word.toLowerCase().replace(/ё/g, 'е');
  if (extra.has(norm)) return true;
  let ok = verdicts.get(word);
  if (ok === undefined) {
    ok = acceptsUncached(speller, word, norm);
    if (verdicts.size > 100_000) verdicts.clear();
    verdicts.set(word, ok);
  }
  return ok;
}

const isCapitalised = (w: string) => /^[А-ЯЁ]/.test(w);
const isAllCaps = (w: string) => w.length > 1 && w === w.toUpperCase();

/** The word tokens of a sentence, for look-around. */
function neighbours(sentence: Sentence, t: Token): { prev?: Token; next?: Token; first: boolean } {
  const tokens = sentence.tokens;
  let prev: Token | undefined;
  for (let i = t.index - 1; i >= 0; i--) if (tokens[i].kind !== 'punct' && tokens[i].kind !== 'symbol') { prev = tokens[i]; break; }
  let next: Token | undefined;
  for (let i = t.index + 1; i < tokens.length; i++) if (tokens[i].kind !== 'punct' && tokens[i].kind !== 'symbol') { next = tokens[i]; break; }
  return { prev, next, first: !prev };
}

function looksLikeName(sentence: Sentence, t: Token): boolean {
  if (!isCapitalised(t.text)) return false;
  const { prev, next, first } = neighbours(sentence, t);
  // mid-sentence a capitalised unknown word is a name, a place or an organisation
  if (!first) return true;
  if (sentence.heading) return true; // signature lines: «Ворожцова Елена Викторовна»
  // «Ворожцова Елена», «Ворожцова Е. В.»: a capitalised word right after it (a comma between
  // breaks the name: «Здраствуйте, Константин Юрьевич!» is a greeting, not a surname)
  const adjacent = next && sentence.tokens.slice(t.index + 1, next.index).every((x) => x.kind !== 'punct' || /^[«"„]$/.test(x.text));
  if (next && adjacent && (next.kind === 'initials' || (next.kind === 'word' && isCapitalised(next.text)))) return true;
  if (prev?.kind === 'initials') return true;
  return NAME_ENDING.test(t.norm);
}

function report(context: RuleContext, t: Token, expected: string[]) {
  const better = expected.length ? ` Правильно: «${expected[0]}».` : '';
  context.report({ start: t.start, end: t.end, reason: `«${t.text}» — орфографическая ошибка (${POINT}).${better}`, expected });
}

function suggestionsFor(speller: Speller, word: string, budget: { left: number }): string[] {
  // suggest() walks the automaton (~10 ms): only for flagged words, and a few per document. The
  // budget counts every flagged word, remembered or not, so that the same letter always gets the
  // same suggestions whatever was checked before it (same input, same bytes).
  if (budget.left <= 0) return [];
  budget.left--;
  const hit = cache.get(word);
  if (hit) return hit;
  const found = speller.suggest(word, 3);
  if (cache.size > 2000) cache = new Map();
  cache.set(word, found);
  return found;
}

const rule: Rule = {
  meta: {
    id: 'spelling',
    point: 'п. 7',
    quote: 'избегать орфографических, грамматических, пунктуационных и стилистических ошибок',
    title: 'Орфографическая ошибка',
    description:
      'Ошибка в слове подрывает доверие к ответу. Проверяются слова по словарю русского языка (ё и е равноправны), слова, слипшиеся с числом («2022году»), и составные предлоги с неверным окончанием («в течении месяца» → «в течение месяца»). Имена, фамилии, аббревиатуры, адреса, шаблонные поля и слова гражданина в кавычках не проверяются.',
    severity: 'error',
    kinds: ['reply', 'notice', 'call'],
    scope: 'word',
    needs: ['spelling'],
    skipQuoted: true,
    examples: {
      incorrect: [
        '[[Здраствуйте]], Константин Юрьевич!',
        'Стаж с 1985 по [[1992год]] подтверждён архивной справкой.',
        'В [[обьявлении]] указан телефон для справок.',
        'Специалист поможет [[расчитать]] размер субсидии.',
        'Выплата назначена с 1 января [[2022году]].',
        '[[Пожалуста]], приложите копию паспорта.',
      ],
      correct: [
        'Жалобу на ООО «Сибирская энергосбытовая компания» мы передали в прокуратуру.',
        'Кассир Федосеева получила замечание, инженер Шабалин проверил котельную.',
        'Ваше заявление рассмотрено, расчет субсидии приложен.',
        'Специалист Ворожцова Е. В. проверила документы и рассчитала выплату.',
        'Уважаемый(ая) {{ФИО}}! Ответ направлен на адрес ivanov@mail.ru.',
        'Вы пишете, что «заявленье не приняли».',
        'Обратитесь в МФЦ по адресу: г. Новосибирск, ул. Ленина, д. 5.',
        'Выплата будет перечислена в течение 10 рабочих дней.',
        'В течении реки Обь выделяют три участка.',
      ],
    },
  },
  check(context) {
    const speller = context.spelling as Speller | undefined;
    if (!speller) return;
    const budget = { left: SUGGEST_PER_DOCUMENT };

    // Names in quotes («Теплосервис-Маслянино», «Сибирская энергосбытовая компания») are proper
    // names of organisations and programmes: their words are not the official's to spell.
    const text = context.doc.text;
    const titles = context.doc.quotes.filter((q) => !q.speech && /^[«"„“]?\s*[A-ZА-ЯЁ0-9]/.test(text.slice(q.start, q.end)));
    const inTitle = (t: Token) => t.inQuotes && titles.some((q) => q.start <= t.start && t.end <= q.end);

    for (const sentence of context.doc.sentences) {
      for (const c of candidatesIn(sentence, context.dictionaries, speller)) {
        if (c.kind === 'phrase') {
          const first = sentence.words[c.first];
          const second = sentence.words[c.last];
          if (context.isAllowed(first.start, second.end)) continue;
          const actual = text.slice(first.start, second.end);
          const expected = c.entry.suggestions.map((s) => (isCapitalised(actual) ? s[0].toUpperCase() + s.slice(1) : s));
          context.report({
            start: first.start,
            end: second.end,
            reason: `«${actual}» — орфографическая ошибка: ${c.entry.explanation} (${POINT}). Правильно: «${expected[0]}».`,
            expected,
            entryId: c.entry.id,
            note: c.entry.note,
          });
          continue;
        }
        const t = sentence.tokens[c.token];
        if (c.kind === 'word' && inTitle(t)) continue;
        if (context.isAllowed(t.start, t.end)) continue;
        if (c.kind === 'glued') {
          const [, digits, word] = /^(\d+)(.+)$/.exec(t.text)!;
          const expected = [`${digits} ${word}`];
          context.report({ start: t.start, end: t.end, reason: `«${t.text}» — число слилось со словом (${POINT}). Правильно: «${expected[0]}».`, expected });
        } else report(context, t, c.kind === 'long' ? [] : suggestionsFor(speller, t.text, budget));
      }
    }
  },
};

type Candidate =
  /** A compound preposition with the wrong ending: words [first, last]. */
  | { kind: 'phrase'; first: number; last: number; entry: CompiledEntry }
  /** A number glued to a word, a word too long to be Russian, an unknown word: its token index. */
  | { kind: 'glued' | 'long' | 'word'; token: number };

/**
 * What a sentence alone says about its spelling; the letter decides the rest (titles in quotes,
 * the organisation's allowed spans, which words get suggestions).
 */
const candidatesIn = perSentence((sentence: Sentence, dictionaries: OrganisationDictionaries, speller: Speller): Candidate[] => {
  const out: Candidate[] = [];
  const extra = extraWords(dictionaries);
  const covered = new Set<Token>();
  for (const m of matcherFor('spelling', dictionaries).match(sentence.words)) {
    const first = sentence.words[m.first];
    if (first.quoted) continue;
    const last = Math.min(m.first + 1, sentence.words.length - 1);
    covered.add(first).add(sentence.words[last]);
    out.push({ kind: 'phrase', first: m.first, last, entry: m.entry });
  }
  let owned: Set<number> | undefined;
  for (const t of sentence.tokens) {
    if (t.kind !== 'word' || t.quoted || covered.has(t)) continue;
    const glued = /^(\d+)([а-яё]+)$/i.exec(t.text);
    if (glued) {
      if (!UNITS.test(glued[2].toLowerCase()) && glued[2].length >= 3 && speller.correct(glued[2])) out.push({ kind: 'glued', token: t.index });
      continue;
    }
    // Latin, digits, apostrophes, mixed alphabets: not Russian words
    if (!/^[а-яё]+(?:-[а-яё]+)*$/i.test(t.text)) continue;
    if (t.text.length <= 2 || isAllCaps(t.text.replace(/-/g, ''))) continue;
    if (NOT_SPELLING.test(t.norm)) continue;
    // no Russian word is this long: say so without the (length-squared) compound and suggestion search
    if (t.text.length > MAX_WORD) {
      out.push({ kind: 'long', token: t.index });
      continue;
    }
    if (accepts(speller, t.text, extra)) continue;
    if (looksLikeName(sentence, t)) continue;
    const { prev, next } = neighbours(sentence, t);
    if (prev?.kind === 'initials' || next?.kind === 'initials') continue;
    // «Уважаемый(ая)»: an ending in brackets glued to the word
    // (read in the sentence's own text: what is remembered must not depend on where it stands)
    const at = t.start - sentence.start;
    if (sentence.text[at - 1] === '(' && sentence.text[at + t.text.length] === ')') continue;
    if (!owned) {
      owned = new Set();
      for (const id of OTHER_RULES) for (const hit of matcherFor(id, dictionaries).match(sentence.words)) for (let i = hit.first; i <= hit.last; i++) owned.add(sentence.words[i].index);
    }
    if (owned.has(t.index)) continue;
    out.push({ kind: 'word', token: t.index });
  }
  return out;
});

const extraSets = new WeakMap<OrganisationDictionaries, Set<string>>();
function extraWords(dictionaries: OrganisationDictionaries): Set<string> {
  let set = extraSets.get(dictionaries);
  if (!set) extraSets.set(dictionaries, (set = new Set((dictionaries.words ?? []).map((w) => w.toLowerCase().replace(/ё/g, 'е')))));
  return set;
}

export default rule;
