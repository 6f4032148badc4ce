// п. 7: «избегать орфографических, грамматических, пунктуационных и стилистических ошибок».
// Hand-written checks over the token stream and the clean text rather than typograf: typograf
// rewrites instead of reporting (positions would have to be recovered from its output), and several
// of its Russian rules are wrong for our letters (its phone rule mangles Novosibirsk numbers, it
// rewrites ISO dates). Each check here is a narrow, clear case; commas are only demanded where the
// grammar leaves no choice (LABELING §4 lists the hard negatives). «!!» is `familiarity`, not ours.
import type { Rule, RuleContext, Sentence, Token } from '../src/engine/rule.js';
import type { Morphology } from '../src/morph/types.js';

const POINT = 'п. 7 правил: избегать пунктуационных ошибок';

interface Finding {
  start: number;
  end: number;
  reason: string;
  expected?: string[];
  fix?: { start: number; end: number; text: string };
}

/** Tokens whose inner punctuation is part of the literal (numbers, dates, addresses, links). */
const LITERAL = new Set(['number', 'date', 'time', 'phone', 'email', 'url', 'legal', 'placeholder', 'abbreviation', 'initials', 'symbol', 'emoji']);

// Verbs of saying and knowing after which «что» opens a clause and needs a comma.
const SAY_KNOW = new Set(
  (
    'сообщаем сообщаю сообщили сообщил сообщила сообщаете напоминаем напоминаю напомним информируем информирую ' +
    'уведомляем уведомляю разъясняем разъясняю поясняем поясняю отмечаем подтверждаем подтверждаю указываем ' +
    'указываете указали указал указала считаем считаю полагаем знаем знаете понимаем понимаю уверены уверен ' +
    'уверена учитывая учтите пишете писали написали утверждаете заявляете выяснилось установлено выявлено ' +
    'известно гарантируем обещаем ответили надеемся сожалеем сообщите уточняем уточните убедитесь обратите'
  ).split(' '),
);

// The same verbs by lemma, in any form («выяснили что», «сообщает что», «объясняем что»)
const SAY_KNOW_LEMMAS = new Set(
  (
    'сообщить сообщать напомнить напоминать информировать проинформировать уведомить уведомлять разъяснить разъяснять ' +
    'пояснить пояснять отметить отмечать подтвердить подтверждать указать указывать считать полагать знать понимать ' +
    'понять выяснить выясниться установить выявить обнаружить узнать узнавать увидеть заметить гарантировать обещать ' +
    'надеяться сожалеть уточнить уточнять убедиться утверждать заявить заявлять предупредить предупреждать ' +
    'подчеркнуть доказать объяснить объяснять рассказать сказать ответить оказаться выясняться'
  ).split(' '),
);

// Words after which a subordinating word needs no comma of its own: conjunctions, particles and the
// parts of compound conjunctions («для того чтобы», «потому что», «даже если», «в случае если»).
const NO_COMMA_BEFORE = new Set(
  (
    'и а но или либо да не ни то того тем том потому так затем лишь только именно даже особенно ' +
    'как что чем случае вместо кроме причем причём также тоже ведь же бы ли вот уже еще ещё ' +
    'хотя тогда всегда пока прежде раньше после перед между при ' +
    'в во на о об обо по с со к ко у из от до для за под над про через без'
  ).split(' '),
);

const PREPOSITIONS = new Set('в во на о об обо по с со к ко у из от до для за под над при про через без между перед после около согласно благодаря'.split(' '));

// Introductory words and phrases that open a sentence and are introductory in every reading there.
// Guards: `noun` — not before a genitive («Кроме того документа», «С другой стороны дома»: a
// preposition with its noun); `manner` — not in a sentence about a way to do something («Таким
// образом вы сможете…» means «this way»).
const INTRODUCTORY: Array<{ words: string[]; guard?: 'noun' | 'manner' }> = [
  ...['к сожалению', 'к нашему сожалению', 'к большому сожалению', 'к глубокому сожалению', 'к огромному сожалению', 'к счастью', 'к несчастью'].map((w) => ({ words: w.split(' ') })),
  ...['кроме того', 'кроме этого', 'помимо того', 'помимо этого', 'с одной стороны', 'с другой стороны'].map((w) => ({ words: w.split(' '), guard: 'noun' as const })),
  { words: ['таким', 'образом'], guard: 'manner' },
  ...['во-первых', 'во-вторых', 'в-третьих', 'в-четвертых', 'в-пятых', 'например', 'к примеру', 'следовательно', 'итак', 'конечно', 'разумеется', 'безусловно', 'несомненно', 'вероятно', 'видимо', 'по-видимому', 'по всей видимости', 'по всей вероятности', 'скорее всего', 'кстати', 'впрочем', 'более того', 'как правило', 'как известно', 'в частности', 'иными словами', 'другими словами', 'иначе говоря', 'стало быть', 'пожалуй', 'по-моему', 'по нашему мнению', 'во всяком случае', 'честно говоря', 'откровенно говоря', 'собственно говоря', 'по правде говоря'].map((w) => ({ words: w.split(' ') })),
];
// looked up by the sentence's first word: the list is long and every sentence is tried
const INTRODUCTORY_BY_FIRST = new Map<string, typeof INTRODUCTORY>();
for (const intro of INTRODUCTORY) INTRODUCTORY_BY_FIRST.set(intro.words[0], [...(INTRODUCTORY_BY_FIRST.get(intro.words[0]) ?? []), intro]);
// «По данным Социального фонда, вы…», «По информации управляющей компании, ремонт…»: a source
// of information opening a sentence, closed by a comma after its genitives
const SOURCE_NOUNS = new Set('данным сведениям информации словам мнению подсчетам'.split(' '));
const SOURCE_OWNERS = new Set('нашим имеющимся последним предварительным официальным вашим'.split(' '));
const MANNER = /(?:^|[^\p{L}])(?:можно|сможете|можете|сможем|можем|удастся|получится|позволит|позволяет|получите|получить)(?:$|[^\p{L}])/iu;

// Compound conjunctions that open a subordinate clause as a whole: the comma stands before them
// unless a comma splits them («после того, как»)
const COMPOUND_CONJUNCTIONS = [
  'несмотря на то что',
  'после того как',
  'до того как',
  'перед тем как',
  'с тех пор как',
  'в связи с тем что',
  'ввиду того что',
  'вследствие того что',
  'благодаря тому что',
  'по мере того как',
  'в то время как',
  'тем более что',
  'при том что',
  'с тем чтобы',
  'в случае если',
  'из-за того что',
  'оттого что',
  'поскольку',
  'хотя',
].map((w) => w.split(' '));
// Adverbial participles that have become adverbs or prepositions and need no commas
// and the adverbial participles of idioms («не покладая рук», «честно говоря» is an introductory phrase)
const ADVERB_GRND = new Set(
  'сидя стоя лежа молча шутя нехотя любя крадучись исходя начиная благодаря несмотря судя спустя погодя кончая считая включая невзирая говоря покладая сломя спустя засучив затаив скрепя положа сложа очертя разинув'.split(' '),
);
// adverbs that stand before a compound conjunction and take the comma before themselves («сразу
// после того как», «вскоре после того как»)
const BEFORE_CONJUNCTION = new Set('сразу вскоре незадолго задолго непосредственно тотчас особенно именно уже лишь только даже'.split(' '));

const isWord = (t: Token | undefined) => !!t && t.kind === 'word';

function hasParse(morph: Morphology | undefined, word: string, test: (pos: string, tags: ReadonlySet<string>) => boolean): boolean {
  if (!morph) return false;
  return morph.parse(word).some((p) => test(p.pos, p.tags));
}

/** The clause-opening checks: a comma is missing before «что», «чтобы», «который»… */
function missingCommas(sentence: Sentence, context: RuleContext, out: Finding[]) {
  const tokens = sentence.tokens;
  const morph = context.morphology;
  const text = context.doc.text;
  const missing = (prev: Token, from: Token, to: Token, why: string) => {
    if (prev.quoted || from.quoted) return;
    const actual = text.slice(prev.start, to.end);
    const fixed = text.slice(prev.start, prev.end) + ',' + text.slice(prev.end, to.end);
    out.push({ start: prev.start, end: to.end, reason: `«${actual}» — ${why} (${POINT}). Правильно: «${fixed}».`, expected: [fixed] });
  };
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const prev = tokens[i - 1];
    if (!isWord(prev)) continue; // a sign already stands before it
    const p = prev.norm;
    const n = t.norm;
    const next = tokens[i + 1];
    if (n === 'что') {
      // «Сообщаем что», «Информируем вас что», «Обращаем (ваше) внимание что»
      const before = tokens[i - 2];
      const sayingVerb = (w: Token | undefined): boolean =>
        !!w && isWord(w) && (SAY_KNOW.has(w.norm) || (!!morph && morph.parse(w.text).some((x) => ['VERB', 'INFN', 'PRTS', 'GRND'].includes(x.pos) && SAY_KNOW_LEMMAS.has(x.lemma)) && !morph.parse(w.text).some((x) => ['NOUN', 'ADJF', 'CONJ', 'PRCL'].includes(x.pos))));
      const saying =
        sayingVerb(prev) ||
        (/^(вас|вам|нам|им|ему|ей|их|его|ее)$/.test(p) && sayingVerb(tokens[i - 2])) ||
        (/^(вас|вам|тебя|тебе)$/.test(p) && isWord(before) && SAY_KNOW.has(before.norm)) ||
        (p === 'внимание' && [tokens[i - 2], tokens[i - 3]].some((w) => isWord(w) && /^обраща|^обрат/.test(w.norm)));
      if (saying && isWord(next)) missing(prev, t, t, 'перед «что», которое начинает придаточное предложение, нужна запятая');
    } else if (n === 'чтобы') {
      if (!NO_COMMA_BEFORE.has(p) && !PREPOSITIONS.has(p) && isWord(next)) missing(prev, t, t, 'перед «чтобы» нужна запятая');
    } else if (/^котор(ый|ая|ое|ые|ую)$/.test(n) && !PREPOSITIONS.has(p)) {
      // «заявление которое»: a noun or a pronoun, then the relative word with no sign between
      if (NO_COMMA_BEFORE.has(p)) continue;
      if (morph && !hasParse(morph, prev.text, (pos) => pos === 'NOUN' || pos === 'NPRO' || pos === 'ADJF' || pos === 'PRTF')) continue;
      missing(prev, t, t, 'перед «который» нужна запятая: он начинает придаточное предложение');
    } else if (/^котор(ом|ой|ым|ыми|ых|ого|ому|ый|ая|ое|ые|ую)$/.test(n) && PREPOSITIONS.has(p)) {
      // «организации в которой»: the comma goes before the preposition
      const before = tokens[i - 2];
      if (!isWord(before) || NO_COMMA_BEFORE.has(before.norm) || PREPOSITIONS.has(before.norm)) continue;
      if (morph && !hasParse(morph, before.text, (pos) => pos === 'NOUN' || pos === 'NPRO')) continue;
      missing(before, prev, t, `перед «${prev.text} ${t.text}» нужна запятая: здесь начинается придаточное предложение`);
    } else if ((n === 'где' || n === 'куда' || n === 'откуда') && isWord(next) && !/^(угодно|бы|либо|нибудь|попало|придется|придётся)$/.test(next.norm)) {
      // «в отдел где вам помогут»: a relative clause after a noun of place
      if (NO_COMMA_BEFORE.has(p) || PREPOSITIONS.has(p)) continue;
      if (!morph || !hasParse(morph, prev.text, (pos, tags) => pos === 'NOUN' && !tags.has('Name') && !tags.has('Surn')) || hasParse(morph, prev.text, (pos) => pos !== 'NOUN')) continue;
      // «там где-то», «неизвестно где»: not after a noun
      missing(prev, t, t, `перед «${t.text}», которое начинает придаточное предложение, нужна запятая`);
    } else if (n === 'если' || n === 'когда') {
      if (NO_COMMA_BEFORE.has(p) || PREPOSITIONS.has(p) || !isWord(next)) continue;
      // «если/когда» right after a finite verb or a short participle: the clause boundary is clear
      // «Сообщите нам если»: a personal pronoun object between the verb and the clause changes nothing
      const before = tokens[i - 2];
      const objectOfVerb =
        !!morph && /^(нам|вам|мне|им|ему|ей|нас|вас|меня|их|его|ее)$/.test(p) && isWord(before) &&
        hasParse(morph, before.text, (pos) => pos === 'VERB' || pos === 'INFN');
      // «подать заявление снова если», «выплату сразу когда»: an adverb of time or manner ends the
      // main clause as well; particles and conjunctions («только если», «даже если») are listed above
      // «Поэтому если…», «…, теперь если…»: an adverb opening the clause may stay without a comma
      const adverb =
        n === 'если' && !!morph && !/^(более|разве|исключительно|всего|иначе|лишь|преимущественно)$/.test(p) && isWord(tokens[i - 2]) &&
        hasParse(morph, prev.text, (pos) => pos === 'ADVB') && !hasParse(morph, prev.text, (pos) => ['CONJ', 'PRCL', 'PREP', 'NPRO'].includes(pos));
      if (!objectOfVerb && !adverb && (!morph || !hasParse(morph, prev.text, (pos, tags) => pos === 'VERB' || pos === 'PRTS' || pos === 'INFN' || (pos === 'NOUN' && !tags.has('gent'))))) continue;
      missing(prev, t, t, `перед «${t.text}», которое начинает придаточное предложение, нужна запятая`);
    } else if ((n === 'потому' && next?.norm === 'что') || (n === 'так' && next?.norm === 'как')) {
      if (NO_COMMA_BEFORE.has(p) || PREPOSITIONS.has(p) || !isWord(tokens[i + 2])) continue;
      if (n === 'так') {
        // «оформите так как указано» is «так, как»: only after a finite verb or a participle is it «так как»
        if (!morph || !hasParse(morph, prev.text, (pos, tags) => (pos === 'VERB' && !tags.has('impr')) || pos === 'PRTS' || pos === 'ADJS')) continue;
        if (hasParse(morph, prev.text, (pos, tags) => tags.has('impr') || pos === 'INFN')) continue;
      }
      missing(prev, t, next!, `перед «${t.text} ${next!.text}» нужна запятая`);
    } else if (n === 'пожалуйста') {
      if (!NO_COMMA_BEFORE.has(p)) missing(prev, t, t, '«пожалуйста» выделяется запятыми');
    } else if (n === 'но' || n === 'а') {
      // «оформлена верно но не указан», «не в мае а в июне», «не только … но и»: an adversative
      // conjunction inside a sentence always has a comma before it
      if (NO_COMMA_BEFORE.has(p) || PREPOSITIONS.has(p) || !isWord(next) || !/^[а-яё-]+$/.test(prev.text)) continue;
      // «подпункт а пункта 2»: a letter naming a point, not the conjunction
      if (n === 'а' && /^(?:под)?пункт|^литер|^букв|^корпус|^строени/.test(p)) continue;
      missing(prev, t, t, `перед противительным союзом «${t.text}» нужна запятая`);
    } else if (n === 'поэтому' || (n === 'так' && next?.norm === 'что' && isWord(tokens[i + 2]) && !/^(?:ли|бы|б|то)$/.test(tokens[i + 2].norm))) {
      // «сформирован поэтому ваше…», «получили так что…»: after a predicate a clause of consequence
      // begins; «Мы поэтому не можем» (an adverb inside the clause) follows no predicate
      if (NO_COMMA_BEFORE.has(p) || PREPOSITIONS.has(p) || !isWord(next) || !morph) continue;
      const pp = morph.parse(prev.text);
      if (!pp.length || !pp.every((x) => (x.pos === 'VERB' && !x.tags.has('impr')) || x.pos === 'PRTS')) continue;
      const last = n === 'так' ? next! : t;
      missing(prev, t, last, `перед «${text.slice(t.start, last.end)}», которое начинает придаточное предложение следствия, нужна запятая`);
    } else if (n === 'как' && p === 'же' && isWord(next) && i >= 3 && isWord(tokens[i - 2]) && /^(?:так|такой|такая|такое|такие|такого|такую|таким|такой|такими|таких|том|тот|та|то|те|тому|той|тем|теми|тех|ту)$/.test(tokens[i - 2].norm) && isWord(tokens[i - 3])) {
      // «рассчитали так же как в прошлом году», «в том же порядке как» → «так же, как»
      out.push({ start: tokens[i - 2].start, end: t.end, reason: `«${text.slice(tokens[i - 2].start, t.end)}» — перед «как» в сравнительном обороте после «${tokens[i - 2].text} же» нужна запятая (${POINT}). Правильно: «${tokens[i - 2].text} же, как».`, expected: [`${tokens[i - 2].text} же, как`] });
    }
  }
  // «Пожалуйста оплатите»: the comma after «пожалуйста»
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.norm !== 'пожалуйста' || t.quoted || !isWord(tokens[i + 1])) continue;
    const next = tokens[i + 1];
    const fixed = `${t.text}, ${next.text}`;
    out.push({ start: t.start, end: next.end, reason: `«${text.slice(t.start, next.end)}» — «пожалуйста» выделяется запятыми (${POINT}). Правильно: «${fixed}».`, expected: [fixed] });
  }
  // introductory words opening a sentence
  const words = tokens.filter((t) => t.kind !== 'punct' || !/^[«"„(\-–—]$/.test(t.text));
  const opening = (n: number) => {
    const next = words[n];
    if (!isWord(next) || next.start !== words[n - 1].end + 1) return;
    const actual = context.doc.text.slice(words[0].start, words[n - 1].end);
    out.push({
      start: words[0].start,
      end: next.end,
      reason: `«${actual}» — вводные слова в начале предложения отделяются запятой (${POINT}). Правильно: «${actual}, ${next.text}».`,
      expected: [`${actual}, ${next.text}`],
    });
  };
  let found = false;
  for (const intro of INTRODUCTORY_BY_FIRST.get(words[0]?.norm ?? '') ?? []) {
    const n = intro.words.length;
    if (found || words.length <= n || words[0].quoted) continue;
    if (!intro.words.every((w, k) => words[k].norm === w && words[k].kind === 'word')) continue;
    const next = words[n];
    // «Кроме того документа» is a preposition with its noun, not the introductory «кроме того»
    if (intro.guard === 'noun' && (!morph || hasParse(morph, next.text, (pos, tags) => (pos === 'NOUN' || pos === 'ADJF' || pos === 'PRTF') && tags.has('gent')))) continue;
    if (intro.guard === 'manner' && MANNER.test(sentence.text)) continue;
    if (intro.words[0] === 'следовательно' && /^(?:и|а)$/.test(next.norm)) continue;
    // «Конечно же, …»: the particle belongs to the word
    if (/^(?:же|ж)$/.test(next.norm)) continue;
    found = true;
    opening(n);
  }
  // «По данным Социального фонда вы числитесь…»
  if (!found && morph && words.length > 3 && words[0].norm === 'по' && !words[0].quoted) {
    let n = 1;
    if (SOURCE_OWNERS.has(words[n].norm)) n++;
    if (isWord(words[n]) && SOURCE_NOUNS.has(words[n].norm)) {
      n++;
      // the genitives of the source: «управляющей компании», «Социального фонда России»
      while (n < words.length && isWord(words[n]) && words[n].start === words[n - 1].end + 1 && hasParse(morph, words[n].text, (pos, tags) => tags.has('gent') && ['NOUN', 'ADJF', 'PRTF', 'NPRO'].includes(pos))) n++;
      const next = words[n];
      if (isWord(next) && next.start === words[n - 1].end + 1 && !hasParse(morph, next.text, (_pos, tags) => tags.has('gent'))) opening(n);
    }
  }
}

/** «несмотря на то что», «после того как» … in the middle of a sentence with no comma before them or inside. */
const CONJUNCTION_STARTS = new Set(COMPOUND_CONJUNCTIONS.map((words) => words[0]));

function compoundConjunctions(sentence: Sentence, context: RuleContext, out: Finding[]) {
  const tokens = sentence.tokens;
  const text = context.doc.text;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    if (!isWord(prev) || !isWord(tokens[i]) || tokens[i].quoted) continue;
    // «и после того как», «только после того как», «сразу после того как»: the comma goes before
    // the conjunction, the particle or the adverb
    if (NO_COMMA_BEFORE.has(prev.norm) || PREPOSITIONS.has(prev.norm) || BEFORE_CONJUNCTION.has(prev.norm)) continue;
    if (!CONJUNCTION_STARTS.has(tokens[i].norm)) continue;
    for (const words of COMPOUND_CONJUNCTIONS) {
      if (words[0] !== tokens[i].norm) continue;
      const span = tokens.slice(i, i + words.length);
      if (span.length < words.length || !words.every((w, k) => span[k].kind === 'word' && span[k].norm === w)) continue;
      const after = tokens[i + words.length];
      if (!isWord(after)) continue;
      // «хотя бы», «хотя и»: a particle, not the conjunction
      if (words[0] === 'хотя' && /^(?:бы|б|и)$/.test(after.norm)) continue;
      const last = span[span.length - 1];
      const actual = text.slice(prev.start, last.end);
      const fixed = `${text.slice(prev.start, prev.end)},${text.slice(prev.end, last.end)}`;
      out.push({ start: prev.start, end: last.end, reason: `«${actual}» — перед союзом «${words.join(' ')}» нужна запятая: он начинает придаточное предложение (${POINT}). Правильно: «${fixed}».`, expected: [fixed] });
      break;
    }
  }
}

/**
 * Participial and adverbial phrases: «Поездки заказанные по телефону…» (the comma after the noun),
 * «пересчитали учитывая рождение…», «Получив справку мы пересчитаем…».
 */
function phrases(sentence: Sentence, context: RuleContext, out: Finding[]) {
  const morph = context.morphology;
  if (!morph || sentence.heading) return;
  const tokens = sentence.tokens;
  const text = context.doc.text;
  const parse = (t: Token) => morph.parse(t.text);
  const push = (from: Token, to: Token, why: string) => {
    const actual = text.slice(from.start, to.end);
    const fixed = `${text.slice(from.start, from.end)},${text.slice(from.end, to.end)}`;
    out.push({ start: from.start, end: to.end, reason: `«${actual}» — ${why} (${POINT}). Правильно: «${fixed}».`, expected: [fixed] });
  };
  // a word that can depend on a participle or an adverbial participle: its phrase goes on
  const dependent = (t: Token | undefined) =>
    !!t && (t.kind === 'number' || t.kind === 'date' || t.kind === 'time' || (isWord(t) && parse(t).some((p) => ['PREP', 'NOUN', 'NPRO', 'ADVB', 'NUMR', 'ADJF'].includes(p.pos)) && !parse(t).some((p) => ['VERB', 'INFN', 'PRTS', 'CONJ'].includes(p.pos))));
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!isWord(t) || !isWord(prev) || t.quoted || t.inQuotes || prev.inQuotes) continue;
    const ps = parse(t);
    // a participle right after the noun it agrees with: «Документы поступившие в МФЦ…»
    if (ps.length && ps.every((p) => p.known && (p.pos === 'PRTF' || p.pos === 'ADJF')) && ps.some((p) => p.pos === 'PRTF') && !ps.some((p) => p.tags.has('Subx'))) {
      const np = parse(prev);
      if (!np.length || !np.every((p) => p.known && p.pos === 'NOUN') || np.some((p) => ['Name', 'Surn', 'Patr', 'Abbr', 'Fixd'].some((x) => p.tags.has(x)))) continue;
      const agree = ps.some((a) => a.pos === 'PRTF' && np.some((n) => agreement(a, n)));
      const next = tokens[i + 1];
      // «справку, выданную вам» has it; the participle before a noun of its own is that noun's attribute
      if (!agree || !dependent(next) || (isWord(next) && parse(next).some((n) => n.pos === 'NOUN' && ps.some((a) => agreement(a, n))))) continue;
      push(prev, t, 'причастный оборот после определяемого слова выделяется запятыми');
      continue;
    }
    // an adverbial participle after a verb or a noun: «пересчитали учитывая рождение…»
    if (ps.length && ps.every((p) => p.pos === 'GRND') && !ADVERB_GRND.has(t.norm)) {
      let before = prev;
      if (before.norm === 'не') {
        const b = tokens[i - 2];
        if (!isWord(b)) continue;
        before = b;
      }
      if (NO_COMMA_BEFORE.has(before.norm) || PREPOSITIONS.has(before.norm) || !dependent(tokens[i + 1])) continue;
      if (!parse(before).some((p) => ['VERB', 'INFN', 'PRTS', 'NOUN', 'NPRO', 'ADVB'].includes(p.pos)) || parse(before).some((p) => ['CONJ', 'PRCL', 'PREP'].includes(p.pos))) continue;
      push(before, t, 'деепричастный оборот выделяется запятыми');
    }
  }
  // a sentence opening with an adverbial participle: «Получив справку мы пересчитаем…»
  const words = tokens.filter((t) => t.kind !== 'punct' || !/^[«"„(\-–—]$/.test(t.text));
  const first = words[0];
  if (!isWord(first) || first.quoted || ADVERB_GRND.has(first.norm) || first.norm === 'учитывая' && !isWord(words[1])) return;
  const fp = parse(first);
  if (!fp.length || !fp.every((p) => p.pos === 'GRND')) return;
  for (let n = 1; n < words.length; n++) {
    const w = words[n];
    if (w.kind === 'punct') return; // a sign closes the phrase
    if (!isWord(w)) continue;
    const wp = parse(w);
    const subject = wp.some((p) => p.pos === 'NPRO' && p.tags.has('nomn') && /^(я|мы|вы|он|она|они)$/.test(p.lemma));
    const predicate = wp.length > 0 && wp.every((p) => (p.pos === 'VERB' && !p.tags.has('impr')) || p.pos === 'PRTS' || p.pos === 'PRED');
    if (!subject && !predicate) continue;
    if (n < 2) return;
    // «Получив справку мы…»: the comma goes before the subject; «Рассмотрев заявление комиссия
    // решила…»: before the word that opens the clause, which the predicate follows
    let at = n;
    if (predicate && !subject) {
      const b = words[n - 1];
      if (isWord(b) && parse(b).some((p) => p.pos === 'NOUN' && p.tags.has('nomn'))) at = n - 1;
    }
    if (at < 2 || !isWord(words[at - 1])) return;
    push(words[at - 1], words[at], 'деепричастный оборот в начале предложения отделяется запятой');
    return;
  }
}

/** «Решение о назначении пособия, отправлено вам»: no comma between the subject and its predicate. */
function subjectComma(sentence: Sentence, context: RuleContext, out: Finding[]) {
  const morph = context.morphology;
  if (!morph || sentence.heading) return;
  const tokens = sentence.tokens;
  const parse = (t: Token) => morph.parse(t.text);
  let i = 0;
  while (i < tokens.length && isWord(tokens[i]) && parse(tokens[i]).every((p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.tags.has('nomn'))) i++;
  const head = tokens[i];
  if (!isWord(head) || head.quoted || head.inQuotes) return;
  const hp = parse(head);
  if (!hp.length || !hp.every((p) => p.known && !['Name', 'Surn', 'Patr', 'Abbr'].some((x) => p.tags.has(x)))) return;
  const nominative = hp.filter((p) => p.pos === 'NOUN' && p.tags.has('nomn'));
  if (!nominative.length || hp.some((p) => p.pos !== 'NOUN')) return;
  // its dependents: genitives and prepositional phrases, no verb, no conjunction, no quotes
  let j = i + 1;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'punct') break;
    if (t.inQuotes || (!isWord(t) && t.kind !== 'number' && t.kind !== 'date')) return;
    if (!isWord(t)) continue;
    const tp = parse(t);
    // «Документы из МФЦ, …»: an abbreviation the morphology does not know is a noun
    if (!tp.length && /^[А-ЯЁ]{2,}$/.test(t.text)) continue;
    if (!tp.length || /^(и|или|либо|а|но)$/.test(t.norm)) return;
    if (tp.some((p) => ['VERB', 'INFN', 'PRTS', 'ADJS', 'GRND', 'PRED', 'CONJ', 'ADVB'].includes(p.pos))) return;
    // «Поездки заказанные по телефону …, выполняются»: the comma closes a participial phrase
    const before = tokens[j - 1];
    if (tp.some((p) => p.pos === 'PRTF') && isWord(before) && parse(before).some((p) => p.pos === 'NOUN')) return;
  }
  const comma = tokens[j];
  if (!comma || comma.text !== ',') return;
  const pred = tokens[j + 1];
  if (!isWord(pred)) return;
  const pp = parse(pred);
  if (!pp.length || !pp.every((p) => p.pos === 'PRTS' || (p.pos === 'VERB' && (p.tags.has('past') || p.tags.has('3per')) && !p.tags.has('impr')))) return;
  // the predicate agrees with the subject: then the comma only separates them
  const fits = pp.some((p) =>
    nominative.some((n) => {
      if (n.tags.has('plur') || n.tags.has('Pltm')) return p.tags.has('plur');
      if (!p.tags.has('sing')) return false;
      const g = ['masc', 'femn', 'neut'].find((x) => p.tags.has(x));
      return !g || n.tags.has(g) || n.tags.has('Ms-f');
    }),
  );
  if (!fits) return;
  // «Заявление о выплате, рассмотрено и …» is the error; «…, рассмотрено, …» opens a phrase of its own
  const after = tokens[j + 2];
  if (after && after.kind === 'punct' && after.text === ',') return;
  const prev = tokens[j - 1];
  const text = context.doc.text;
  const actual = text.slice(prev.start, pred.end);
  const fixed = `${text.slice(prev.start, prev.end)} ${pred.text}`;
  out.push({ start: prev.start, end: pred.end, reason: `«${actual}» — запятая не ставится между подлежащим и сказуемым (${POINT}). Правильно: «${fixed}».`, expected: [fixed], fix: { start: comma.start, end: comma.end, text: '' } });
}

const CLAUSE_OPENERS = new Set(['если', 'когда']);
const PERSONAL_NOMN = new Set('я мы вы он она они'.split(' '));
const isFinite = (ps: ReadonlyArray<{ pos: string; tags: ReadonlySet<string> }>) => ps.length > 0 && ps.every((p) => p.pos === 'VERB');

/**
 * Commas around clauses and comparisons that the checks above do not see:
 * «Если справка не придёт до 20 октября мы позвоним» (the clause that opens a sentence is closed by
 * a comma), «Размер выплаты, как и в прошлом году составляет…» (a comparison opened by a comma is
 * closed by one), «Приходите, как можно раньше» (no comma before «как можно» + comparative),
 * «пришлите справку, и копию паспорта» (no comma before a single «и» joining two objects).
 */
function clauseCommas(sentence: Sentence, context: RuleContext, out: Finding[]) {
  const morph = context.morphology;
  if (!morph || sentence.heading) return;
  const tokens = sentence.tokens;
  const text = context.doc.text;
  const parse = (t: Token) => morph.parse(t.text);
  const missingBefore = (prev: Token, t: Token, why: string) => {
    const fixed = `${text.slice(prev.start, prev.end)},${text.slice(prev.end, t.end)}`;
    out.push({ start: prev.start, end: t.end, reason: `«${text.slice(prev.start, t.end)}» — ${why} (${POINT}). Правильно: «${fixed}».`, expected: [fixed] });
  };
  const extra = (prev: Token, comma: Token, t: Token, why: string) => {
    const fixed = `${text.slice(prev.start, prev.end)}${text.slice(comma.end, t.end)}`;
    out.push({ start: prev.start, end: t.end, reason: `«${text.slice(prev.start, t.end)}» — ${why} (${POINT}). Правильно: «${fixed}».`, expected: [fixed], fix: { start: comma.start, end: comma.end, text: '' } });
  };
  const verbLike = (t: Token) => isWord(t) && parse(t).some((p) => ['VERB', 'INFN', 'PRTS', 'ADJS', 'PRED', 'GRND', 'PRTF'].includes(p.pos));
  // the opening clause: «Если …» with no sign before the main clause
  const first = tokens[0];
  if (isWord(first) && CLAUSE_OPENERS.has(first.norm) && !first.quoted && !/\?\s*$/.test(sentence.text)) {
    let verbSeen = false;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!isWord(t)) {
        if (t.kind === 'punct') break;
        continue;
      }
      const ps = parse(t);
      if (!verbSeen) {
        if (isFinite(ps) && !ps.some((p) => p.tags.has('impr'))) verbSeen = true;
        continue;
      }
      const prev = tokens[i - 1];
      if (!isWord(prev) || NO_COMMA_BEFORE.has(prev.norm) || PREPOSITIONS.has(prev.norm)) {
        if (isWord(prev) && /^(?:и|или|либо|а|но|что|чтобы|который|которые|которая|которое)$/.test(prev.norm)) break;
        continue;
      }
      const subject = PERSONAL_NOMN.has(t.norm) && ps.some((p) => p.pos === 'NPRO' && p.tags.has('nomn'));
      // «обратитесь» is also «вы обратитесь»; with no «вы» before it, it is the imperative
      const imperative = isFinite(ps) && ps.some((p) => p.tags.has('impr'));
      if (subject || imperative) {
        missingBefore(prev, t, `придаточное «${first.text} …» в начале предложения отделяется запятой`);
        break;
      }
      if (isFinite(ps) || ps.some((p) => ['CONJ'].includes(p.pos))) break;
    }
  }
  // the first sign inside the sentence (commas around «пожалуйста» do not count): found once, not per comma
  const firstSign = tokens.findIndex((x, k) => x.kind === 'punct' && /^[,;:—–()]$/.test(x.text) && !(x.text === ',' && (tokens[k - 1]?.norm === 'пожалуйста' || tokens[k + 1]?.norm === 'пожалуйста')));
  for (let i = 1; i + 2 < tokens.length; i++) {
    const comma = tokens[i];
    if (comma.kind !== 'punct' || comma.text !== ',') continue;
    const prev = tokens[i - 1];
    const t = tokens[i + 1];
    if (!isWord(prev) || !isWord(t) || t.quoted || prev.quoted) continue;
    const earlierComma = firstSign >= 0 && firstSign < i;
    // «Приходите, как можно раньше»
    if (t.norm === 'как' && tokens[i + 2]?.norm === 'можно' && isWord(tokens[i + 3]) && parse(tokens[i + 3]).some((p) => p.tags.has('Cmp2') || p.tags.has('COMP') || p.pos === 'COMP') && !earlierComma && !NO_COMMA_BEFORE.has(prev.norm) && prev.norm !== 'пожалуйста') {
      extra(prev, comma, t, '«как можно раньше» — не сравнительный оборот, запятая перед ним не нужна');
      continue;
    }
    // «Размер выплаты, как и в прошлом году составляет…»: no predicate before the comparison, and
    // the comparison (a prepositional phrase) runs into it
    if (t.norm === 'как' && tokens[i + 2]?.norm === 'и' && !earlierComma) {
      const before = tokens.slice(0, i).filter(isWord);
      if (before.length < 2 || before.some(verbLike)) continue;
      const p0 = tokens[i + 3];
      if (!isWord(p0) || !parse(p0).some((p) => p.pos === 'PREP')) continue;
      for (let j = i + 4; j < tokens.length; j++) {
        const w = tokens[j];
        if (!isWord(w)) break;
        const ps = parse(w);
        if (ps.some((p) => ['NOUN', 'ADJF', 'NUMR', 'NPRO'].includes(p.pos)) && !verbLike(w)) continue;
        if (isFinite(ps) && !ps.some((p) => p.tags.has('impr')) && j > i + 4) missingBefore(tokens[j - 1], w, 'сравнительный оборот «как и …» выделяется запятыми с обеих сторон');
        break;
      }
      continue;
    }
    // «пришлите справку из фонда, и копию паспорта»: a single «и» between two objects of one verb
    if (t.norm === 'и' && !earlierComma) {
      const left = tokens.slice(0, i);
      if (!left.some((w) => isWord(w) && isFinite(parse(w)))) continue;
      if (left.some((w) => isWord(w) && /^(?:и|или|либо|ни|как|не)$/.test(w.norm))) continue;
      // the right-hand part: a noun phrase in a case other than the nominative, up to the end or the next sign
      const right: Token[] = [];
      let j = i + 2;
      for (; j < tokens.length && tokens[j].kind !== 'punct'; j++) right.push(tokens[j]);
      // «первую часть перечислим в мае, и вторую — в июне»: an elliptical clause, the comma is right
      if (tokens[j] && /^[—–-]$/.test(tokens[j].text)) continue;
      if (right.length === 0 || !right.every((w) => w.kind !== 'word' || !verbLike(w))) continue;
      if (right.some((w) => isWord(w) && (PERSONAL_NOMN.has(w.norm) || /^(?:это|то|так|там|тогда|потом|затем|также|тоже|поэтому|еще|ещё|уже|даже|только)$/.test(w.norm)))) continue;
      const head = right[0];
      if (!isWord(head)) continue;
      const hp = parse(head);
      if (!hp.length || !hp.every((p) => p.known && (p.pos === 'NOUN' || p.pos === 'ADJF') && !p.tags.has('nomn'))) continue;
      const cases = new Set(hp.map((p) => ['gent', 'datv', 'accs', 'ablt', 'loct'].find((c) => p.tags.has(c))));
      // the first member: a noun of the same case right after the verb
      const leftNouns = left.filter((w) => isWord(w) && parse(w).some((p) => p.pos === 'NOUN' && [...cases].some((c) => c && p.tags.has(c))));
      if (!leftNouns.length) continue;
      extra(prev, comma, t, 'однородные члены, соединённые одиночным союзом «и», запятой не разделяются');
    }
  }
}

/** Whether a participle parse agrees with a noun parse (case, number, gender; animacy in the accusative). */
function agreement(a: { tags: ReadonlySet<string> }, n: { tags: ReadonlySet<string> }): boolean {
  const cases = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
  const c = cases.find((x) => a.tags.has(x));
  if (!c || !n.tags.has(c)) return false;
  if (c === 'accs' && ((a.tags.has('anim') && n.tags.has('inan')) || (a.tags.has('inan') && n.tags.has('anim')))) return false;
  if (n.tags.has('plur') || n.tags.has('Pltm')) return a.tags.has('plur');
  if (!a.tags.has('sing')) return false;
  const g = ['masc', 'femn', 'neut'].find((x) => a.tags.has(x));
  return !g || n.tags.has(g) || n.tags.has('Ms-f');
}

/** Signs: doubled, spaced, glued; dashes; straight quotes. All of these have a safe fix. */
function signs(sentence: Sentence, context: RuleContext, out: Finding[]) {
  const text = context.doc.text;
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || t.quoted) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const startOfLine = !prev || /\n\s*$/.test(text.slice(prev.end, t.start));
    // «,,», «..», «,.», «;;»: an ellipsis «...» and «?!» are fine; «!!» is familiarity
    if (/^[,.;:]{2,}$/.test(t.text) && !/^\.{3,}$/.test(t.text)) {
      const keep = t.text.includes('.') && !t.text.startsWith(',') ? '.' : t.text[0];
      const fixedSign = /^,+\.+$/.test(t.text) ? '.' : keep;
      const from = isWord(prev) && prev!.end === t.start ? prev!.start : t.start;
      const actual = text.slice(from, t.end);
      const fixed = text.slice(from, t.start) + fixedSign;
      out.push({ start: from, end: t.end, reason: `«${actual}» — лишний знак препинания (${POINT}). Правильно: «${fixed}».`, expected: [fixed], fix: { start: t.start, end: t.end, text: fixedSign } });
    }
    // a space before a comma, period, colon, semicolon, «!» or «?»
    if (/^[,.:;!?]/.test(t.text) && !/^\.{3}|^…/.test(t.text) && !/^[:;]-?[()]/.test(text.slice(t.start, t.start + 3)) && prev && !startOfLine && prev.end < t.start && /^[ \t]+$/.test(text.slice(prev.end, t.start))) {
      const after = text[t.end];
      if (after === undefined || /[\s»)"“\]]/.test(after) || /[А-Яа-яЁё]/.test(after)) {
        const actual = text.slice(prev.start, t.end);
        const fixed = text.slice(prev.start, prev.end) + t.text;
        out.push({ start: prev.start, end: t.end, reason: `«${actual}» — пробел перед знаком препинания не ставится (${POINT}). Правильно: «${fixed}».`, expected: [fixed], fix: { start: prev.end, end: t.start, text: '' } });
      }
    }
    // no space after a sign before a word: «ушёл;далее», «пришёл ,но»
    if (/^[,;:!?]$|^\.$/.test(t.text) && isWord(next) && next!.start === t.end && /^[А-Яа-яЁё]/.test(next!.text)) {
      if (t.text === '.' && !/^[А-ЯЁ][а-яё]/.test(next!.text)) continue;
      if (t.text === '.' && prev && LITERAL.has(prev.kind)) continue;
      const actual = text.slice(t.start, next!.end);
      out.push({ start: t.start, end: next!.end, reason: `«${actual}» — после знака препинания нужен пробел (${POINT}). Правильно: «${t.text} ${next!.text}».`, expected: [`${t.text} ${next!.text}`], fix: { start: t.end, end: t.end, text: ' ' } });
    }
    // a hyphen with spaces between words is a dash: «компания - обычно» → «компания — обычно»
    if (/^-{1,2}$/.test(t.text) && prev && next && !startOfLine && prev.end < t.start && t.end < next.start) {
      const gapBefore = text.slice(prev.end, t.start);
      const gapAfter = text.slice(t.end, next.start);
      if (/^[ \t]+$/.test(gapBefore) && /^[ \t]+$/.test(gapAfter) && (isWord(prev) || /^[»)"]$/.test(prev.text) || prev.kind === 'placeholder') && (isWord(next) || /^[«("]$/.test(next.text) || next.kind === 'placeholder' || (isWord(prev) && (next.kind === 'number' || next.kind === 'date')))) {
        const actual = text.slice(prev.start, next.end);
        const fixed = text.slice(prev.start, t.start) + '—' + text.slice(t.end, next.end);
        out.push({ start: prev.start, end: next.end, reason: `«${actual}» — между словами ставится тире, а не дефис (${POINT}). Правильно: «${fixed}».`, expected: [fixed], fix: { start: t.start, end: t.end, text: '—' } });
      }
    }
  }
  // glued signs inside one word token: «пункт два:Далее», «сделано.Далее», «слово,слово»
  for (const t of tokens) {
    if (t.kind !== 'word' || t.quoted) continue;
    const re = /([а-яё]{2,40})([,;:]|\.(?=[А-ЯЁ][а-яё]{2}))([А-ЯЁа-яё]{1,40})/g;
    for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
      if (m[2] === '.' && /^(?:г|ул|пр|пер|д|кв|обл|р-н|им|ст|см|тел|каб|оф|пос|пгт|с|мкр|просп|наб|корп|стр)$/i.test(m[1])) continue;
      const at = t.start + m.index + m[1].length;
      const actual = m[0];
      out.push({ start: t.start + m.index, end: t.start + m.index + m[0].length, reason: `«${actual}» — после знака препинания нужен пробел (${POINT}). Правильно: «${m[1]}${m[2]} ${m[3]}».`, expected: [`${m[1]}${m[2]} ${m[3]}`], fix: { start: at + 1, end: at + 1, text: ' ' } });
    }
  }
}

/** Straight quotes, and brackets and «ёлочки» without a pair, per paragraph. */
function pairs(context: RuleContext, out: Finding[]) {
  const doc = context.doc;
  const text = doc.text;
  const speech = doc.quotes.filter((q) => q.speech);
  const inSpeech = (i: number) => speech.some((q) => i > q.start && i < q.end - 1);
  for (const paragraph of doc.paragraphs) {
    const stack: Array<{ ch: string; at: number }> = [];
    let straight = -1;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i];
      if (ch === '"') {
        if (straight < 0) straight = i;
        else {
          const inner = text.slice(straight + 1, i);
          const actual = text.slice(straight, i + 1);
          if (!inner.includes('\n') && inner.trim()) {
            const fixed = `«${inner.replace(/«/g, '„').replace(/»/g, '“')}»`;
            out.push({ start: straight, end: i + 1, reason: `${actual} — в письмах ставятся кавычки-«ёлочки», а не прямые кавычки (${POINT}). Правильно: ${fixed}.`, expected: [fixed], fix: { start: straight, end: i + 1, text: fixed } });
          }
          straight = -1;
        }
        continue;
      }
      if (ch === '(' || ch === '«') stack.push({ ch, at: i });
      else if (ch === ')' || ch === '»') {
        const open = ch === ')' ? '(' : '«';
        const top = stack.length ? stack[stack.length - 1] : undefined;
        if (top?.ch === open) {
          stack.pop();
          continue;
        }
        // «1)», «а)» at the start of a line are list markers, «:)» a smiley
        const lineStart = text.lastIndexOf('\n', i - 1) + 1;
        if (ch === ')' && /^\s*(?:\d{1,2}|[а-яa-z])$/i.test(text.slice(lineStart, i))) continue;
        if (ch === ')' && /[:;=]-?$/.test(text.slice(Math.max(0, i - 2), i))) continue;
        // «1) …; 2) …» inside a line are list markers too
        if (ch === ')' && /(?:^|[\s:;,])(?:\d{1,2}|[а-яa-z])$/i.test(text.slice(Math.max(0, i - 4), i))) continue;
        // «отвечу)», «на связи))»: a bracket smiley is familiarity's, not a punctuation error
        if (ch === ')' && (text[i + 1] === ')' || text[i - 1] === ')' || /^[ \t]*(?:\r?\n|$)/.test(text.slice(i + 1, i + 3)))) continue;
        if (stack.some((s) => s.ch === open)) continue; // crossed pairs: report the opener below
        if (!inSpeech(i)) out.push(unbalanced(text, i, ch));
      }
    }
    for (const s of stack) if (!inSpeech(s.at)) out.push(unbalanced(text, s.at, s.ch));
  }
}

function unbalanced(text: string, at: number, ch: string): Finding {
  const opening = ch === '(' || ch === '«';
  const word = opening ? /^[«(]?[^\s«»()]*/.exec(text.slice(at, at + 60))![0] : /[^\s«»()]*[»)]$/.exec(text.slice(Math.max(0, at - 40), at + 1))![0];
  const start = opening ? at : at + 1 - word.length;
  const end = opening ? at + Math.max(1, word.length) : at + 1;
  const what = ch === '(' || ch === ')' ? 'скобки' : 'кавычки';
  return { start, end, reason: `«${text.slice(start, end)}» — у ${what} нет пары (${POINT}).` };
}

/**
 * Overlapping fixes would corrupt the text. A straight-quote fix replaces its whole span, but the
 * quote signs are one character each, so the fixes inside keep their offsets and are folded into
 * it; any other fix that overlaps an earlier one is dropped (the finding stays, without a fix).
 */
function settleFixes(findings: Finding[]) {
  const quotes = findings.filter((f) => f.fix && f.fix.text.startsWith('«') && f.fix.end - f.fix.start === f.fix.text.length);
  for (const q of quotes) {
    const outer = q.fix!;
    const inner = findings.filter((f) => f !== q && f.fix && f.fix.start > outer.start && f.fix.end < outer.end).sort((a, b) => b.fix!.start - a.fix!.start);
    for (const f of inner) {
      outer.text = outer.text.slice(0, f.fix!.start - outer.start) + f.fix!.text + outer.text.slice(f.fix!.end - outer.start);
      delete f.fix;
    }
  }
  let limit = -1;
  for (const f of findings.filter((x) => x.fix).sort((a, b) => a.fix!.start - b.fix!.start || a.fix!.end - b.fix!.end)) {
    // an insertion at the end of an earlier edit would also clash
    if (f.fix!.start < limit || (f.fix!.start === limit && f.fix!.start === f.fix!.end)) delete f.fix;
    else limit = Math.max(limit, f.fix!.end);
  }
}

const rule: Rule = {
  meta: {
    id: 'punctuation',
    point: 'п. 7',
    quote: 'избегать орфографических, грамматических, пунктуационных и стилистических ошибок',
    title: 'Пунктуационная ошибка',
    description:
      'Лишние и сдвоенные знаки, пробел перед запятой или точкой, нет пробела после знака, непарные скобки и кавычки, прямые кавычки вместо «ёлочек», дефис с пробелами вместо тире; пропущенная запятая в бесспорных случаях: перед «что» после «сообщаем», «напоминаем»; перед «чтобы», «который» (и «в котором»), «где», «если», «потому что», «так как», «несмотря на то что», «после того как» и другими составными союзами; вокруг «пожалуйста»; после вводных слов в начале предложения («к сожалению», «кроме того», «таким образом», «по данным …»); причастный оборот после определяемого слова и деепричастный оборот без запятых; нет запятой перед «но», «а», «поэтому», «так что», внутри «так же, как», после придаточного «Если …» в начале предложения; лишняя запятая между подлежащим и сказуемым, перед одиночным «и» между однородными дополнениями, перед «как можно раньше».',
    severity: 'warn',
    kinds: ['reply', 'notice', 'call'],
    scope: 'phrase',
    needs: ['morphology'],
    skipQuoted: true,
    examples: {
      incorrect: [
        'Ваш номер в [[очереди - 14]].',
        'Сообщите [[нам если]] вы выйдете на работу раньше срока.',
        'Семья признана [[малоимущей,,]] выплата назначена.',
        'Ваше заявление [[рассмотрено ,]] выплата назначена.',
        'Выплата [[назначена.Следующий]] перерасчёт — в январе.',
        'Выплата назначена с 1 марта[[;срок]] — один год.',
        'Вы участвуете в программе [["Социальный контракт"]].',
        'Управляющая [[компания - обычно]] отвечает за ремонт.',
        '[[Напоминаем что]] заявление можно подать через МФЦ.',
        'Приложите [[справку которая]] подтверждает доход.',
        'Мы проверим документы для того чтобы выплата пришла вовремя. [[Просим чтобы]] вы сообщили об изменениях.',
        '[[К сожалению выплата]] не может быть назначена: доход выше прожиточного минимума.',
        '[[Пожалуйста оплачивайте]] услуги до 10-го числа.',
        'Выплата назначена [[(с]] 1 марта.',
        'Выплата придёт на [[карту после того как]] банк подтвердит реквизиты.',
        'Пособие назначено [[вам несмотря на то что]] справка пришла позже.',
        'Вы можете подать заявление [[снова если]] доход семьи снизится.',
        'В [[заявлении в котором]] вы просите о пособии, нет номера счёта.',
        'Закрыт [[счёт на который]] приходила выплата.',
        'Приходите в [[отдел где]] вам помогут заполнить заявление.',
        'Мы [[выяснили что]] справка потерялась на почте.',
        '[[Таким образом доход]] семьи ниже прожиточного минимума.',
        '[[По данным Социального фонда вы]] получаете пенсию с 2019 года.',
        '[[Поездки заказанные]] по телефону за сутки, выполняются бесплатно.',
        'Компенсацию мы [[пересчитали учитывая]] рождение второго ребёнка.',
        'Получив [[справку мы]] пересчитаем выплату.',
        'Решение о назначении [[пособия, отправлено]] вам 3 июня.',
      ],
      correct: [
        'Возможны два решения: 1) пособие сохранится; 2) пособие пересчитают с 1 июля.',
        'Если будут вопросы — пишите, мы на связи))',
        'Напоминаем, что заявление можно подать через МФЦ.',
        'Мы проверим документы для того чтобы выплата пришла вовремя.',
        'Выплата не назначена, потому что доход выше прожиточного минимума.',
        'Вы получили выплату больше чем за два месяца.',
        'Как льготнику вам положена компенсация.',
        'Это не что иное, как перерасчёт.',
        'Звоните: +7 (383) 222-33-44, с 9:00 до 18:00. Сумма — 1 500,50 руб., т. е. 1,5 тыс. руб.',
        'Документы, подписанные Е.В. Ворожцовой, направлены 12.05.2025 на адрес ivanov@mail.ru.',
        'Подробнее: https://www.gosuslugi.ru/help, раздел «Выплаты».',
        'Управляющая компания — обычно это ООО «Жилсервис» — отвечает за ремонт; срок – 10 дней...',
        'Пожалуйста, оплачивайте услуги вовремя. Обращайтесь, пожалуйста, по телефону.',
        'К сожалению, выплата не может быть назначена. Кроме того документа нужна справка о доходах.',
        'Документы:\n1) паспорт;\n2) справка о доходах.',
        'Выплата придёт после того, как банк подтвердит реквизиты. После того как банк их подтвердит, мы позвоним.',
        'Выплату назначим только после того как получим справку. Приходите хотя бы за час до закрытия.',
        'Таким образом вы сможете получить выплату быстрее. С другой стороны дома есть пандус.',
        'По вашему заявлению мы проверили начисления. По данным Социального фонда, стаж подтверждён.',
        'Поступившие из МФЦ документы рассмотрены. Семьи погибших военнослужащих получают выплату.',
        'Справка выдаётся в порядке, установленном законом, и действует месяц.',
        'Выплата назначена начиная с 1 мая, доход рассчитан исходя из пенсии.',
        'Изучив документы, комиссия назначила выплату. Не дожидаясь ответа фонда, мы назначили выплату.',
        'Решение о назначении пособия, принятое 3 июня, отправлено вам. Документы, к сожалению, не поступили.',
        'Вы получаете пособие как одинокая мать, даже если работаете.',
      ],
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const sentence of context.doc.sentences) {
      missingCommas(sentence, context, findings);
      compoundConjunctions(sentence, context, findings);
      phrases(sentence, context, findings);
      subjectComma(sentence, context, findings);
      clauseCommas(sentence, context, findings);
      signs(sentence, context, findings);
    }
    pairs(context, findings);
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    settleFixes(findings);
    let lastStart = -1;
    let lastEnd = -1;
    for (const f of findings) {
      if (f.start === lastStart && f.end === lastEnd) continue;
      if (context.isAllowed(f.start, f.end)) continue;
      lastStart = f.start;
      lastEnd = f.end;
      context.report(f);
    }
  },
};

export default rule;
