// п. 7: «избегать орфографических, грамматических, пунктуационных и стилистических ошибок».
// Government and agreement errors that the morphology can decide, and only when it decides them
// unambiguously: «согласно закона», «по окончанию», «оплачивает за жильё» (dictionaries/grammar.yml),
// «двое дочерей», «обоих девочек», «Результаты проверки будет направлено», «со следующей месяца»,
// «Справку …, выданного …», «Рассмотрев заявление, выплата назначена», «нужно обратится» /
// «выплата производиться». A missed error costs less than a false alarm.
import type { Rule, RuleContext, Sentence, Token } from '../src/engine/rule.js';
import type { MorphParse, Morphology } from '../src/morph/types.js';
import { matcherFor } from '../src/dict/index.js';

const POINT = 'п. 7 правил: избегать грамматических ошибок';

// «по + предложный»: «по окончании срока» means «после». Nouns of ending, arrival and receipt.
const PO_NOUNS = new Set(
  'окончание истечение прибытие приезд завершение возвращение достижение наступление получение поступление предъявление представление прекращение вступление исполнение приход прилет прилёт'.split(' '),
);

// Adverbial participles that have become prepositions: «Учитывая изложенное, выплата назначена» is fine.
const PREPOSITIONAL_GRND = new Set('учитывая исходя начиная включая благодаря несмотря судя спустя кончая погодя считая руководствуясь'.split(' '));

// Maps, not object literals: a word looked up as a property key is interned by V8 and kept until
// a full collection, and most words are not keys at all
const COLLECTIVE = new Map(Object.entries({ двое: 'две', трое: 'три', четверо: 'четыре', двоих: 'двух', троих: 'трёх', четверых: 'четырёх', двоим: 'двум', троим: 'трём', четверым: 'четырём', двоими: 'двумя', троими: 'тремя', четверыми: 'четырьмя' }));
const FEMININE_GEN_SING = new Map(Object.entries({ дочерей: 'дочери', девочек: 'девочки', женщин: 'женщины', сестер: 'сестры', сестёр: 'сестры', внучек: 'внучки', студенток: 'студентки', девушек: 'девушки', подруг: 'подруги', школьниц: 'школьницы' }));

const MODALS = new Set('нужно надо можно необходимо должен должна должно должны будет будут может могут можете сможете сможет смогут стоит следует придется придётся нельзя хотим хотите начнет начнёт начнут продолжит продолжат перестанет перестанут стал стала стали станет станут'.split(' '));
// short adjectives that take an infinitive («обязан представить», «готовы рассмотреть»)
const GOVERNING_ADJS = new Set('должен должна должно должны обязан обязана обязано обязаны готов готова готово готовы вынужден вынуждена вынуждены рад рады намерен намерены способен способны вправе возможно необходимо нужно можно надо нельзя'.split(' '));
const BETWEEN_MODAL = new Set('вам вас им ему ей мы вы бы ли еще ещё также тоже повторно вновь снова лично сначала обязательно срочно'.split(' '));

// nouns that govern an infinitive («Наша задача помогать…», «цель добиться…»)
const INFINITIVE_NOUNS = new Set('задача цель обязанность право возможность необходимость желание решение предложение просьба требование способ попытка смысл намерение готовность'.split(' '));

const words = (s: Sentence) => s.tokens;
const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

function parses(m: Morphology, t: Token): MorphParse[] {
  return m.parse(t.text);
}
const some = (ps: MorphParse[], f: (p: MorphParse) => boolean) => ps.some(f);
const every = (ps: MorphParse[], f: (p: MorphParse) => boolean) => ps.length > 0 && ps.every(f);

/** A rough genitive → dative for the suggestion («закона» → «закону»); undefined when unsure. */
function toDative(word: string, ps: MorphParse[]): string | undefined {
  const p = ps.find((x) => x.tags.has('gent'));
  if (!p) return undefined;
  const w = word;
  if (p.pos === 'ADJF' || p.pos === 'PRTF') {
    if (/(ого|его)$/.test(w)) return w.replace(/ого$/, 'ому').replace(/его$/, 'ему');
    if (/(ых|их)$/.test(w)) return w.replace(/х$/, 'м');
    if (/(ой|ей)$/.test(w)) return w;
    return undefined;
  }
  if (p.tags.has('plur')) {
    if (/ов$/.test(w)) return w.replace(/ов$/, 'ам');
    if (/ий$/.test(w)) return w.replace(/ий$/, 'иям');
    return undefined;
  }
  if (p.tags.has('femn')) {
    if (/ии$/.test(w)) return w;
    if (/[ыи]$/.test(w)) return w.replace(/[ыи]$/, 'е');
    return undefined;
  }
  if (/а$/.test(w)) return w.replace(/а$/, 'у');
  if (/я$/.test(w)) return w.replace(/я$/, 'ю');
  return undefined;
}

function reportPhrase(context: RuleContext, start: number, end: number, why: string, expected: string[]) {
  const actual = context.doc.text.slice(start, end);
  const better = expected.length ? ` Правильно: «${expected[0]}».` : '';
  context.report({ start, end, reason: `«${actual}» — ${why} (${POINT}).${better}`, expected });
}

/** «согласно/благодаря/вопреки» + genitive: these prepositions take the dative. */
function dativePrepositions(s: Sentence, m: Morphology, context: RuleContext) {
  const ts = words(s);
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i];
    if (!/^(согласно|благодаря|вопреки)$/.test(t.norm) || t.quoted) continue;
    // the first word after it decides; an adjective or pronoun before the noun shows the case too
    const next = ts[i + 1];
    if (!isWord(next)) continue;
    const ps = parses(m, next);
    if (!every(ps, (p) => p.known)) continue;
    // no dative reading at all, and a genitive one («постановления» is also a plural nominative,
    // which cannot follow the preposition either)
    if (some(ps, (p) => p.tags.has('datv'))) continue;
    if (!every(ps, (p) => p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF' || p.pos === 'NPRO' || p.pos === 'NUMR')) continue;
    if (!some(ps, (p) => p.tags.has('gent'))) continue;
    // «благодаря» is also the participle of «благодарить» («благодаря вас за…» is rare; «вас» is not genitive-only anyway)
    let end = next;
    if (ps.every((p) => p.pos !== 'NOUN')) {
      const noun = ts[i + 2];
      if (isWord(noun) && some(parses(m, noun), (p) => p.pos === 'NOUN' && p.tags.has('gent'))) end = noun;
    }
    const fixed = ts.slice(i + 1, end.index + 1).map((w) => toDative(w.text, parses(m, w)));
    const expected = fixed.every(Boolean) ? [`${t.text} ${fixed.join(' ')}`] : [];
    reportPhrase(context, t.start, end.end, `предлог «${t.norm}» требует дательного падежа («${t.norm} чему?»: «${t.norm} закону», а не «${t.norm} закона»)`, expected);
  }
}

/** «по окончанию» → «по окончании»: «по» meaning «после» takes the prepositional. */
function poPrepositional(s: Sentence, m: Morphology, context: RuleContext) {
  const ts = words(s);
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i];
    if (t.norm !== 'по' || t.quoted) continue;
    const next = ts[i + 1];
    if (!isWord(next)) continue;
    const ps = parses(m, next);
    const hit = ps.find((p) => PO_NOUNS.has(p.lemma.replace(/ё/g, 'е')) && p.tags.has('datv') && p.tags.has('sing'));
    if (!hit) continue;
    // «работа по завершению ремонта», «отдел по получению документов»: «по» = «в части», dative is right
    const prev = ts[i - 1];
    if (isWord(prev) && some(parses(m, prev), (p) => p.pos === 'NOUN' && !p.tags.has('Abbr'))) continue;
    const form = next.text.replace(/ию$/, 'ии').replace(/ду$/, 'де').replace(/ту$/, 'те').replace(/ду$/, 'де');
    const expected = form !== next.text ? [`${t.text} ${form}`] : [];
    reportPhrase(context, t.start, next.end, `в значении «после» предлог «по» требует предложного падежа`, expected);
  }
}

/** «двое дочерей»: collective numerals do not go with feminine nouns. */
function collectiveNumerals(s: Sentence, m: Morphology, context: RuleContext) {
  const ts = words(s);
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i];
    const cardinal = COLLECTIVE.get(t.norm);
    if (!cardinal || t.quoted) continue;
    // up to two adjectives between: «двое несовершеннолетних дочерей»
    for (let j = i + 1; j <= i + 3 && j < ts.length; j++) {
      const w = ts[j];
      if (!isWord(w)) break;
      const ps = parses(m, w);
      if (some(ps, (p) => p.pos === 'NOUN')) {
        // only the plural readings can follow the numeral («внучек» is also a masculine singular)
        const nouns = ps.filter((p) => p.pos === 'NOUN' && p.tags.has('plur'));
        if (nouns.length === 0) break;
        if (nouns.every((p) => p.tags.has('femn') && p.tags.has('plur') && p.known && !p.tags.has('Pltm') && !p.tags.has('GNdr'))) {
          const sing = FEMININE_GEN_SING.get(w.norm);
          const between = ts.slice(i + 1, j).map((x) => x.text);
          const expected = sing && between.length === 0 && /^(две|три|четыре)$/.test(cardinal) ? [`${cardinal} ${sing}`] : [];
          reportPhrase(context, t.start, w.end, `собирательное числительное «${t.norm}» не сочетается с существительными женского рода: нужно «${cardinal}»`, expected);
        }
        break;
      }
      if (!some(ps, (p) => p.pos === 'ADJF' || p.pos === 'PRTF')) break;
    }
  }
}

// Nouns of quantity take either number («большинство заявлений рассмотрены/рассмотрено»).
const QUANTITY_NOUNS = new Set('большинство меньшинство часть ряд множество половина треть четверть группа масса количество число пара сотня десяток тысяча'.split(' '));
const GENDERS = ['masc', 'femn', 'neut'] as const;
const numberOf = (p: MorphParse) => (p.tags.has('plur') ? 'plur' : p.tags.has('sing') ? 'sing' : undefined);
const genderOf = (p: MorphParse) => GENDERS.find((g) => p.tags.has(g));
/** The single value that all parses agree on, or undefined. */
function only<T>(ps: MorphParse[], f: (p: MorphParse) => T | undefined): T | undefined {
  const values = new Set(ps.map(f));
  return values.size === 1 ? [...values][0] : undefined;
}

/** A preposition: «для» is also a form of «длить», «на» and «у» are also particles or interjections. */
const isPreposition = (ps: MorphParse[]) =>
  some(ps, (p) => p.pos === 'PREP') && every(ps, (p) => ['PREP', 'GRND', 'PRCL', 'INTJ', 'CONJ'].includes(p.pos) || p.tags.has('Abbr'));

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
/** The case of a parse; the second genitive, accusative and locative («году», «в отпуску») count as the first. */
function caseOf(p: MorphParse): string | undefined {
  if (p.tags.has('gen2')) return 'gent';
  if (p.tags.has('loc2')) return 'loct';
  if (p.tags.has('acc2')) return 'accs';
  return CASES.find((c) => p.tags.has(c));
}

/** Whether an adjective or participle parse agrees with a noun or pronoun parse in case, number and gender. */
function agrees(a: MorphParse, n: MorphParse): boolean {
  const c = caseOf(a);
  if (!c || c !== caseOf(n)) return false;
  // the accusative of an animate noun is its genitive: «располагающего» is not «запрос»
  if (c === 'accs' && ((a.tags.has('anim') && n.tags.has('inan')) || (a.tags.has('inan') && n.tags.has('anim')))) return false;
  if (n.tags.has('plur') || n.tags.has('Pltm')) return a.tags.has('plur');
  if (!a.tags.has('sing')) return false;
  // «круглая сирота» / «круглый сирота»; pronouns without a gender
  if (n.tags.has('Ms-f') || n.tags.has('GNdr')) return true;
  const ga = genderOf(a);
  const gn = genderOf(n);
  return !ga || !gn || ga === gn;
}

/**
 * Subject–predicate agreement at the start of a sentence: «Результаты проверки будет направлено»,
 * «Деньги были перечислено», «Комиссия по распределению путёвок рассмотрели», «Заявление была
 * рассмотрена». The subject is a known common noun whose nominative readings agree on number (and
 * gender); genitive dependents and prepositional phrases may stand between. A finite active verb is
 * judged only when the noun cannot be an accusative object («Решение примем», «Заявление
 * рассмотрели 3 марта» are right).
 */
function agreement(s: Sentence, m: Morphology, context: RuleContext) {
  const ts = words(s);
  clauseAgreement(ts, 0, m, context);
  // a clause after a subordinate one or after «и/а/но»: «Если вы согласны, выплата будет назначен»
  for (let n = 1; n < ts.length; n++) {
    if (!(ts[n - 1].kind === 'punct' && /^[,;]$/.test(ts[n - 1].text))) continue;
    let at = n;
    if (isWord(ts[at]) && /^(и|а|но|однако|поэтому|тогда|то)$/.test(ts[at].norm)) at++;
    clauseAgreement(ts, at, m, context);
  }
}

function clauseAgreement(ts: Token[], from: number, m: Morphology, context: RuleContext) {
  let i = from;
  while (i < ts.length && ts[i].kind === 'punct' && /^[«"(—–-]$/.test(ts[i].text)) i++;
  i = pastOpening(ts, i, m);
  // optional adjectives and possessives («Ваши», «Запрошенные», «Районная»)
  let k = i;
  while (k < ts.length && isWord(ts[k]) && every(parses(m, ts[k]), (p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && p.tags.has('nomn') || p.tags.has('accs') && (p.pos === 'ADJF' || p.pos === 'PRTF'))) k++;
  const head = ts[k];
  if (!isWord(head) || head.quoted || QUANTITY_NOUNS.has(head.norm)) return;
  const hp = parses(m, head);
  if (!every(hp, (p) => p.known && !p.tags.has('Name') && !p.tags.has('Surn') && !p.tags.has('Patr') && !p.tags.has('Abbr'))) return;
  const nominative = hp.filter((p) => p.pos === 'NOUN' && p.tags.has('nomn'));
  if (nominative.length === 0) return;
  const number = only(nominative, numberOf);
  if (!number) return;
  const gender = number === 'sing' ? only(nominative, genderOf) : undefined;
  if (nominative.some((p) => p.tags.has('GNdr') || p.tags.has('Ms-f'))) return;
  const couldBeObject = hp.some((p) => p.pos === 'NOUN' && p.tags.has('accs'));
  // dependents: genitives («проверки», «вашего заявления») and prepositional phrases («по распределению путёвок»)
  let j = k + 1;
  while (j < ts.length && isWord(ts[j]) && j - k <= 6) {
    // «Кассир Федосеева получила»: a capitalised word after the noun is a name in apposition, and
    // the predicate may agree with it
    // «Порядок и условия … определены»: coordinated subjects take a plural predicate
    if (/^(и|или|либо|а|да)$/.test(ts[j].norm)) return;
    const ps = parses(m, ts[j]);
    if (/^[А-ЯЁ]/.test(ts[j].text) && some(ps, (p) => !p.known || p.tags.has('Surn') || p.tags.has('Name') || p.tags.has('Patr'))) return;
    if (some(ps, (p) => p.tags.has('gent') && (p.pos === 'NOUN' || p.pos === 'ADJF' || p.pos === 'PRTF' || p.pos === 'NPRO'))) {
      j++;
      continue;
    }
    if (isPreposition(ps)) {
      // «Мама с папой приехали»: a comitative phrase makes the subject plural in sense
      if (/^(с|со)$/.test(ts[j].norm)) return;
      let n = j + 1;
      while (n < ts.length && isWord(ts[n]) && every(parses(m, ts[n]), (p) => p.pos === 'ADJF' || p.pos === 'PRTF')) n++;
      if (!isWord(ts[n]) || !some(parses(m, ts[n]), (p) => p.pos === 'NOUN' && !p.tags.has('nomn'))) return;
      // «Выплаты за март и апрель перечислены»: nouns joined inside the phrase share its case and
      // do not join the subject
      const inPhrase = parses(m, ts[n]).filter((p) => p.pos === 'NOUN' && !p.tags.has('nomn')).map(caseOf);
      while (/^(и|или)$/.test(ts[n + 1]?.norm ?? '') && isWord(ts[n + 2]) && some(parses(m, ts[n + 2]), (p) => p.pos === 'NOUN' && inPhrase.includes(caseOf(p)))) n += 2;
      j = n + 1;
      continue;
    }
    break;
  }
  const pred = ts[j];
  if (!isWord(pred)) return;
  const pp = parses(m, pred);
  // the predicate's own forms: «будет направлено», «были перечислено», «направлено», «рассмотрели»
  const parts: MorphParse[][] = [];
  let last = pred;
  if (every(pp, (p) => p.pos === 'VERB' && p.lemma === 'быть') || (some(pp, (p) => p.pos === 'VERB' && p.lemma === 'быть') && /^(был|была|было|были|будет|будут)$/.test(pred.norm))) {
    const be = pp.filter((p) => p.pos === 'VERB');
    parts.push(be);
    const after = ts[j + 1];
    if (isWord(after)) {
      const ap = parses(m, after);
      if (every(ap, (p) => p.pos === 'PRTS' || p.pos === 'ADJS')) {
        parts.push(ap);
        last = after;
      } else return; // «будет рассматривать комиссия»: another construction
    } else return;
  } else if (every(pp, (p) => p.pos === 'PRTS')) {
    parts.push(pp);
  } else if (!couldBeObject && every(pp, (p) => p.pos === 'VERB' && (p.tags.has('past') || p.tags.has('3per')))) {
    parts.push(pp);
  } else return;
  // «Документы было решено направить»: an impersonal predicate with an infinitive is right
  const rest = ts.slice(last.index + 1);
  if (rest.some((t) => isWord(t) && some(parses(m, t), (p) => p.pos === 'INFN'))) return;
  // «Врач назначила», «Специалист проверила»: a masculine noun of a profession takes a feminine
  // predicate when a woman holds it
  const profession = gender === 'masc' && nominative.every((p) => p.tags.has('anim'));
  let wrong = false;
  for (const forms of parts) {
    const n = only(forms, numberOf);
    if (n && n !== number) wrong = true;
    const g = only(forms, genderOf);
    if (n === 'sing' && number === 'sing' && gender && g && g !== gender && !(profession && g === 'femn')) wrong = true;
  }
  if (!wrong) return;
  const subject = context.doc.text.slice(ts[i].start, head.end);
  const says = number === 'plur' ? 'во множественном числе, а сказуемое — в единственном' : 'в единственном числе, а сказуемое с ним не согласовано';
  reportPhrase(context, ts[i].start, last.end, `подлежащее «${subject}» ${says}; сказуемое согласуется с подлежащим в числе и роде`, []);
}

// words that may open a sentence before its subject: «Поэтому пособие…», «Теперь выплаты…»
const OPENERS = new Set('поэтому теперь сейчас сегодня также тогда затем потом уже вчера завтра ранее позже однако зато'.split(' '));

/**
 * The index of the subject's first word past an opening adverb and a time phrase: «С 1 мая пособие
 * …», «В марте выплаты …». A phrase with a noun of its own takes its genitives along («По итогам
 * проверки назначена выплата»: no subject at the start), so only a date-like phrase is skipped.
 */
function pastOpening(ts: Token[], i: number, m: Morphology): number {
  if (isWord(ts[i]) && OPENERS.has(ts[i].norm)) {
    i++;
    if (ts[i]?.kind === 'punct' && ts[i].text === ',') i++;
  }
  if (!isWord(ts[i]) || !isPreposition(parses(m, ts[i]))) return i;
  let k = i + 1;
  if (ts[k]?.kind === 'number' || ts[k]?.kind === 'date') {
    k++;
    if (isWord(ts[k]) && MONTHS.test(ts[k].norm)) k++;
  } else if (isWord(ts[k]) && MONTHS.test(ts[k].norm)) {
    k++;
  } else return i;
  if (ts[k]?.kind === 'punct' && ts[k].text === ',') k++;
  return k;
}

const MONTHS = /^(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;

/**
 * «обоих девочек», «обеих сыновей»: «оба» takes the gender of its noun (masculine and neuter
 * «оба, обоих», feminine «обе, обеих»).
 */
const OBA_MASC = new Map(Object.entries({ оба: 'обе', обоих: 'обеих', обоим: 'обеим', обоими: 'обеими' }));
const OBA_FEMN = new Map([...OBA_MASC].map(([a, b]) => [b, a]));

function obaAgreement(s: Sentence, m: Morphology, context: RuleContext) {
  const ts = words(s);
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i];
    if (!isWord(t) || t.quoted) continue;
    const other = OBA_MASC.get(t.norm) ?? OBA_FEMN.get(t.norm);
    if (!other) continue;
    const feminine = OBA_FEMN.has(t.norm);
    // an adjective may stand between: «обоих несовершеннолетних дочерей»
    for (let j = i + 1; j <= i + 3 && j < ts.length; j++) {
      const w = ts[j];
      if (!isWord(w)) break;
      const ps = parses(m, w);
      const nouns = ps.filter((p) => p.pos === 'NOUN');
      if (nouns.length) {
        if (!every(ps, (p) => p.pos === 'NOUN' && p.known) || /^[А-ЯЁ]/.test(w.text)) break;
        if (nouns.some((p) => p.tags.has('Ms-f') || p.tags.has('GNdr') || p.tags.has('Pltm'))) break;
        const genders = new Set(nouns.map(genderOf));
        const wrong = feminine ? !genders.has('femn') && !genders.has(undefined) : genders.size === 1 && genders.has('femn');
        if (wrong) {
          const between = ts.slice(i + 1, j + 1).map((x) => x.text).join(' ').replace(/\s+/g, ' ');
          const fixed = `${t.text[0] === t.text[0].toUpperCase() ? other[0].toUpperCase() + other.slice(1) : other} ${between}`;
          reportPhrase(context, t.start, w.end, `«${t.norm}» согласуется с существительным в роде: ${feminine ? '«оба, обоих» — с мужским и средним' : '«обе, обеих» — с женским'}`, [fixed]);
        }
        break;
      }
      if (!every(ps, (p) => p.pos === 'ADJF' || p.pos === 'PRTF')) break;
    }
  }
}

// Adjectives that govern a noun of their own («полный сил», «достойный внимания», «лишённых права»)
const GOVERNING_ADJF = new Set('достойный недостойный полный лишенный лишить свободный чуждый исполненный преисполненный богатый'.split(' '));
// The cases a preposition governs: in «без таковой помощь» the genitive of «без» is «таковой»
// alone, and «помощь» is the object of the verb that follows
const PREPOSITION_CASES = new Map<string, string[]>(
  [
    ['без для до из изо от ото у около после кроме вместо среди ради возле вокруг мимо вдоль против близ вне внутри сверх помимо насчет', ['gent']],
    ['к ко благодаря согласно вопреки навстречу', ['datv']],
    ['по', ['datv', 'loct', 'accs']],
    ['в во на', ['accs', 'loct']],
    ['о об обо', ['loct', 'accs']],
    ['при', ['loct']],
    ['с со', ['gent', 'ablt', 'accs']],
    ['за под подо над перед передо между', ['ablt', 'accs']],
    ['через про сквозь', ['accs']],
  ].flatMap(([words, cases]) => (words as string).split(' ').map((w): [string, string[]] => [w, cases as string[]])),
);
// Adjectives that take a dative object («необходимый семье», «положенная вам»)
const DATIVE_ADJF = new Set(
  'необходимый нужный ненужный полезный понятный непонятный известный неизвестный доступный недоступный равный подобный положенный благодарный верный знакомый близкий свойственный присущий соответствующий важный интересный удобный неудобный выгодный предоставленный адресованный причитающийся посвященный подведомственный подчиненный подотчетный аналогичный идентичный противоположный принадлежащий обязанный соразмерный пропорциональный родственный приятный понятный ясный'.split(' '),
);
const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Fixd', 'Init', 'Trad'];

/**
 * «со следующей месяца», «по новой адресу»: an adjective right before a noun in the same case but
 * another gender or number. The same case is the sign that the two belong together; where a case
 * could be governed by the adjective itself (a participle with its agent, «выданным поликлиникой»;
 * a dative object, «необходимых семье») the pair is left alone.
 */
function adjectiveNoun(s: Sentence, m: Morphology, context: RuleContext) {
  if (s.heading) return;
  const ts = words(s);
  for (let i = 0; i + 1 < ts.length; i++) {
    const a = ts[i];
    const n = ts[i + 1];
    if (!isWord(a) || !isWord(n) || a.quoted || a.inQuotes || n.inQuotes) continue;
    if (n.start !== a.end + 1 || /^[А-ЯЁ]/.test(n.text) || /-/.test(n.text + a.text)) continue;
    const all = parses(m, a);
    const np = parses(m, n);
    // an ordinal is also a noun («первое» — the first course), and its adjective reading decides;
    // other adjectives used as nouns take genitives («приёмной министерства»)
    const ordinal = some(all, (p) => p.pos === 'ADJF' && p.tags.has('Anum'));
    if (!every(all, (p) => p.known && (p.pos === 'ADJF' || p.pos === 'PRTF' || (ordinal && p.pos === 'NOUN')))) continue;
    const ap = all.filter((p) => p.pos !== 'NOUN');
    if (!every(np, (p) => p.known && p.pos === 'NOUN' && !PROPER.some((tag) => p.tags.has(tag)))) continue;
    // «последние полгода»: «пол-» nouns count as a plural of time
    if (np.some((p) => /^пол(год|час|месяц|дн|сут|недел)/.test(p.lemma)) || ap.some((p) => GOVERNING_ADJF.has(p.lemma))) continue;
    // «у которых доход»: a relative pronoun is not an attribute
    if (ap.some((p) => p.lemma === 'который')) continue;
    const before = ts[i - 1];
    // «три последних месяца», «24 квадратных метра»: after 2–4 the adjective is a plural genitive
    if (before && (before.kind === 'number' || (isWord(before) && some(parses(m, before), (p) => p.pos === 'NUMR')))) continue;
    // «областного и местного бюджетов», «на июльскую и августовскую смены»: coordinated adjectives
    // of a plural noun are singular each
    if (np.some((p) => p.tags.has('plur')) && isWord(before) && /^(и|или|либо|а)$/.test(before.norm)) continue;
    let k = i - 1;
    while (k >= 0 && isWord(ts[k]) && every(parses(m, ts[k]), (p) => p.pos === 'ADJF' || p.pos === 'PRTF')) k--;
    const prep = k >= 0 && isWord(ts[k]) && isPreposition(parses(m, ts[k])) ? ts[k].norm : undefined;
    // a participle with no adjective reading governs like a verb («выданным поликлиникой»);
    // «данном», «указанной» are adjectives as well
    const participle = !ap.some((p) => p.pos === 'ADJF');
    if (!prep && participle) continue;
    if (prep && !PREPOSITION_CASES.has(prep)) continue;
    const governed = prep ? PREPOSITION_CASES.get(prep)!.filter((c) => !(participle && c === 'ablt')) : ['nomn', 'gent', 'accs'];
    // a dative noun after a participle or an adjective of need is often its object («положенных
    // семье», «необходимых семье»), unless the preposition itself asks for the dative («по новой адресу»)
    const takesDative = participle || ap.some((p) => DATIVE_ADJF.has(p.lemma));
    if (np.some((p) => p.tags.has('datv')) && takesDative && !governed.includes('datv')) continue;
    // «свои фамилию, имя, отчество»: a plural adjective before a list of singular nouns
    const after = ts[i + 2];
    if (after && (after.text === ',' || /^(и|или|либо)$/.test(after.norm)) && ap.some((p) => p.tags.has('plur'))) continue;
    const allowed = new Set(governed);
    // a shared case, with the animacy of the accusative («С учётом изложенного пособие»: the
    // animate accusative of «изложенного» is its genitive, and «пособие» is inanimate)
    const shared = (x: MorphParse, y: MorphParse) => caseOf(x) === caseOf(y) && !(caseOf(x) === 'accs' && ((x.tags.has('anim') && y.tags.has('inan')) || (x.tags.has('inan') && y.tags.has('anim'))));
    if (!ap.some((x) => allowed.has(caseOf(x) ?? '') && np.some((y) => shared(x, y)))) continue;
    if (ap.some((x) => np.some((y) => agrees(x, y)))) continue;
    reportPhrase(context, a.start, n.end, `«${a.text}» не согласовано с существительным «${n.text}»: прилагательное стоит в том же падеже, но в другом роде или числе`, []);
  }
}

/**
 * «Справку о составе семьи, выданного управляющей компанией»: a participle after a comma agrees
 * with the noun it describes. Reported only when no noun or pronoun before it in the sentence, nor
 * any noun of its own phrase, has its case, number and gender.
 */
function participleAfterComma(s: Sentence, m: Morphology, context: RuleContext) {
  if (s.heading) return;
  const ts = words(s);
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i];
    if (!isWord(t) || t.quoted || t.inQuotes || !(ts[i - 1].kind === 'punct' && ts[i - 1].text === ',')) continue;
    const ps = parses(m, t);
    if (!every(ps, (p) => p.known && (p.pos === 'PRTF' || p.pos === 'ADJF')) || !some(ps, (p) => p.pos === 'PRTF')) continue;
    // «заведующая согласует», «следующую можно получить»: a participle used as a noun, not a phrase
    // of its own; a participial phrase goes on with a dependent word
    if (some(ps, (p) => p.tags.has('Subx'))) continue;
    const next = ts[i + 1];
    if (!next || (isWord(next) && !some(parses(m, next), (p) => ['PREP', 'NOUN', 'NPRO', 'ADJF', 'PRTF', 'NUMR', 'ADVB'].includes(p.pos)))) continue;
    if (isWord(next) && some(parses(m, next), (p) => ['VERB', 'INFN', 'PRED', 'PRTS'].includes(p.pos))) continue;
    const heads: MorphParse[] = [];
    let unsure = false;
    const collect = (w: Token) => {
      if (w.kind === 'punct') return;
      if (w.kind !== 'word') {
        // a placeholder, an abbreviation or a number may be what the participle describes
        if (w.kind !== 'number' && w.kind !== 'date' && w.kind !== 'time') unsure = true;
        return;
      }
      const wp = parses(m, w);
      if (!every(wp, (p) => p.known)) unsure = true;
      // «о», «в» are also abbreviations of nouns («о.» — остров) that would agree with anything
      if (some(wp, (p) => ['PREP', 'CONJ', 'PRCL'].includes(p.pos))) return;
      heads.push(...wp.filter((p) => p.pos === 'NOUN' || p.pos === 'NPRO' || (p.pos === 'ADJF' && (p.tags.has('Apro') || p.tags.has('Subx'))) || (p.pos === 'PRTF' && p.tags.has('Subx'))));
    };
    for (let j = 0; j < i - 1; j++) collect(ts[j]);
    // «, поступившее от вас обращение»: the participle may stand before its noun; a transitive
    // active participle's noun is its object («, подтверждающий доход»), not its head
    if (!ps.some((p) => p.tags.has('tran') && p.tags.has('actv')))
      for (let j = i + 1; j < ts.length && !(ts[j].kind === 'punct' && /^[,;:—–()!?.]$/.test(ts[j].text)); j++) collect(ts[j]);
    if (unsure || heads.some((h) => ps.some((p) => agrees(p, h)))) continue;
    reportPhrase(context, t.start, t.end, `причастие «${t.text}» не согласовано ни с одним существительным перед ним: причастный оборот согласуется в роде, числе и падеже с тем словом, к которому относится`, []);
  }
}

/** «Рассмотрев заявление, выплата назначена»: the participle's doer is not the subject. */
function danglingParticiple(s: Sentence, m: Morphology, context: RuleContext) {
  const ts = words(s);
  const first = ts.find((t) => t.kind !== 'punct');
  if (!isWord(first) || first.quoted || PREPOSITIONAL_GRND.has(first.norm)) return;
  if (!every(parses(m, first), (p) => p.pos === 'GRND')) return;
  const comma = ts.findIndex((t, n) => n > first.index && t.kind === 'punct' && t.text === ',');
  if (comma < 0) return;
  const clause: Token[] = [];
  for (let n = comma + 1; n < ts.length; n++) {
    if (ts[n].kind === 'punct' && /^[,;:—–()]$/.test(ts[n].text)) break;
    if (isWord(ts[n])) clause.push(ts[n]);
  }
  const doer = clause.some((w) => some(parses(m, w), (p) => p.pos === 'NPRO' && p.tags.has('nomn') && /^(я|мы|вы|ты|он|она|они)$/.test(p.lemma)));
  // «Изучив документы, у комиссии не возникло вопросов»: the doer stands in «у + родительный», not as the subject
  if (clause.length >= 2 && clause[0].norm === 'у' && !doer) {
    const owner = clause.slice(1, 4).find((w) => some(parses(m, w), (p) => (p.pos === 'NOUN' || p.pos === 'NPRO') && p.tags.has('gent')));
    if (owner) {
      reportPhrase(context, first.start, owner.end, `деепричастный оборот «${first.text}…» относится к тому, кто действует, а он стоит в обороте «у ${owner.text}», а не подлежащим; напишите «${first.text} …, мы …» или «Когда мы …, у нас …»`, []);
      return;
    }
  }
  let passive: Token | undefined;
  for (const [n, w] of clause.entries()) {
    const ps = parses(m, w);
    // a doer in the clause: «мы», «комиссия решила», «вы получите», «сообщаем»
    if (some(ps, (p) => p.pos === 'NPRO' && p.tags.has('nomn') && /^(я|мы|вы|ты|он|она|они)$/.test(p.lemma))) return;
    if (some(ps, (p) => p.pos === 'VERB' && p.lemma !== 'быть') && !some(ps, (p) => p.pos === 'PRTS' || p.pos === 'NOUN' || p.pos === 'ADJS')) return;
    if (some(ps, (p) => p.pos === 'PRED')) return;
    // an infinitive is the predicate of an impersonal clause («Получив справку, обратиться …»), but
    // not when a noun governs it («было принято решение добавить», «есть возможность получить»)
    // nor when an impersonal passive governs it («было решено продлить»)
    const governor = n > 0 ? parses(m, clause[n - 1]) : [];
    const impersonalPassive = every(governor, (p) => p.pos === 'PRTS' && p.tags.has('neut') && p.tags.has('sing'));
    if (some(ps, (p) => p.pos === 'INFN') && !(n > 0 && (every(governor, (p) => p.pos === 'NOUN') || impersonalPassive))) return;
    // «принято» is also a short adjective («так принято»)
    if (!passive && every(ps, (p) => p.pos === 'PRTS' || p.pos === 'ADJS') && some(ps, (p) => p.pos === 'PRTS')) passive = w;
  }
  if (!passive) return;
  reportPhrase(context, first.start, passive.end, `деепричастный оборот «${first.text}…» относится к тому, кто действует, а в предложении действующего лица нет; напишите «${first.text} …, мы …»`, []);
}

// Prepositions that take the genitive only and are never anything else in a letter
const GENITIVE_PREPOSITIONS = new Set('ввиду вследствие посредством относительно касательно насчет насчёт помимо вместо среди ради возле'.split(' '));
const RELATIVE_NOMN = new Map<string, string>([['который', 'masc'], ['которая', 'femn'], ['которое', 'neut'], ['которые', 'plur']]);
const ONE_OF = new Map<string, string>([['один', 'masc'], ['одна', 'femn'], ['одно', 'neut'], ['каждый', 'masc'], ['каждая', 'femn'], ['каждое', 'neut']]);
/** The gender (or «plur») that a past verb, short participle or adjective shows; undefined when its parses disagree. */
function formOf(ps: MorphParse[]): string | undefined {
  return only(ps, (p) => (p.tags.has('plur') ? 'plur' : genderOf(p)));
}
const isPredicate = (ps: MorphParse[]) => every(ps, (p) => p.pos === 'PRTS' || p.pos === 'ADJS' || (p.pos === 'VERB' && p.tags.has('past')));

/**
 * Agreement that reads a few words in order: «Вы включена» (the polite «Вы» takes a plural
 * predicate), «заявление, которое поступила», «Одна из справок был выдан», «вам назначен ежемесячная
 * выплата» (the predicate before its subject), «по указанной в заявлении адресу»; and the genitive
 * after «ввиду», «вследствие» («ввиду отсутствие справки»).
 */
function orderedAgreement(s: Sentence, m: Morphology, context: RuleContext) {
  if (s.heading) return;
  const ts = words(s);
  const clauseEnd = (t: Token | undefined) => !t || (t.kind === 'punct' && /^[,;:—–()!?.]$/.test(t.text));
  // the first nominative noun or pronoun of the sentence, found once (a short participle before it
  // may be a predicate placed before its subject)
  let firstNominative = -2;
  const nominativeBefore = (i: number) => {
    if (firstNominative === -2) firstNominative = ts.findIndex((w) => isWord(w) && !isPreposition(parses(m, w)) && some(parses(m, w), (p) => (p.pos === 'NOUN' || p.pos === 'NPRO') && p.tags.has('nomn') && !p.tags.has('Abbr')));
    return firstNominative >= 0 && firstNominative < i;
  };
  for (let i = 0; i + 1 < ts.length; i++) {
    const t = ts[i];
    if (!isWord(t) || t.quoted || t.inQuotes) continue;
    const next = ts[i + 1];
    if (!isWord(next)) continue;
    // «Вы включена в список», «Вы должна»: the polite «Вы» takes the plural
    if (t.norm === 'вы') {
      let k = i + 1;
      if (ts[k]?.norm === 'не') k++;
      const w = ts[k];
      if (isWord(w)) {
        const ps = parses(m, w);
        const f = isPredicate(ps) ? formOf(ps) : undefined;
        if (f && f !== 'plur' && every(ps, (p) => p.known)) {
          reportPhrase(context, t.start, w.end, `с местоимением «${t.text}» (и при вежливом обращении к одному человеку) сказуемое ставится во множественном числе: «Вы включены», «Вы должны»`, []);
          continue;
        }
      }
    }
    // «заявление, которое поступила»: a nominative relative word and its predicate
    const rel = RELATIVE_NOMN.get(t.norm);
    if (rel && ts[i - 1]?.text === ',') {
      const ps = parses(m, next);
      if (isPredicate(ps) && every(ps, (p) => p.known)) {
        const f = formOf(ps);
        // «которое подала дочь»: «которое» is an accusative there; only the nominative-only «которая»,
        // a short participle or an intransitive verb leave no room for another subject
        const sure = t.norm === 'которая' || every(ps, (p) => p.pos === 'PRTS') || every(ps, (p) => p.tags.has('intr'));
        if (sure && f && f !== rel) {
          reportPhrase(context, t.start, next.end, `«${t.text}» и его сказуемое «${next.text}» не согласованы в роде или числе`, []);
          continue;
        }
      }
    }
    // «Одна из ваших справок был выдан»
    const one = ONE_OF.get(t.norm);
    if (one && next.norm === 'из' && every(parses(m, t), (p) => p.tags.has('nomn') || p.tags.has('accs'))) {
      let j = i + 2;
      while (j < ts.length && isWord(ts[j]) && some(parses(m, ts[j]), (p) => p.tags.has('gent') && ['NOUN', 'ADJF', 'PRTF', 'NPRO'].includes(p.pos)) && !isPredicate(parses(m, ts[j]))) j++;
      let pred = ts[j];
      if (j > i + 2 && isWord(pred)) {
        let pp = parses(m, pred);
        let last = pred;
        if (every(pp, (p) => p.pos === 'VERB' && p.lemma === 'быть' && p.tags.has('past')) && isWord(ts[j + 1]) && isPredicate(parses(m, ts[j + 1]))) {
          const f1 = formOf(pp);
          const f2 = formOf(parses(m, ts[j + 1]));
          last = ts[j + 1];
          if (f1 !== f2 && f1 === one) pp = parses(m, ts[j + 1]);
        }
        // «Одно из заявлений рассмотрели»: «одно» is an object there; only a short participle, an
        // intransitive verb or the nominative-only feminine leave no other subject
        const sure = one === 'femn' && t.norm !== 'каждое' ? true : every(pp, (p) => p.pos === 'PRTS' || p.pos === 'ADJS' || p.tags.has('intr'));
        const f = isPredicate(pp) && every(pp, (p) => p.known) ? formOf(pp) : undefined;
        if (sure && f && f !== one) {
          reportPhrase(context, t.start, last.end, `сказуемое согласуется со словом «${t.text}», а не с существительным после «из»`, []);
          continue;
        }
      }
    }
    // «вам назначен ежемесячная выплата»: a short participle before its subject
    const ps = parses(m, t);
    if (every(ps, (p) => (p.pos === 'PRTS' || p.pos === 'ADJS') && p.known) && some(ps, (p) => p.pos === 'PRTS') && !nominativeBefore(i)) {
      const np = parses(m, next);
      const f = formOf(ps);
      if (f && every(np, (p) => p.known && (p.pos === 'ADJF' || p.pos === 'NOUN') && p.tags.has('nomn') && !PROPER.some((x) => p.tags.has(x)) && !p.tags.has('Ms-f') && !p.tags.has('GNdr') && !p.tags.has('Pltm'))) {
        const nf = only(np, (p) => (p.tags.has('plur') ? 'plur' : genderOf(p)));
        if (nf && nf !== f) {
          reportPhrase(context, t.start, next.end, `сказуемое «${t.text}» не согласовано с подлежащим, которое стоит после него`, []);
          continue;
        }
      }
    }
    // «ввиду отсутствие справки»
    if (GENITIVE_PREPOSITIONS.has(t.norm) && !(i > 0 && isWord(ts[i - 1]) && some(parses(m, ts[i - 1]), (p) => p.lemma === 'иметь'))) {
      const np = parses(m, next);
      if (every(np, (p) => p.known && ['NOUN', 'ADJF', 'PRTF'].includes(p.pos) && !PROPER.some((x) => p.tags.has(x))) && !some(np, (p) => caseOf(p) === 'gent')) {
        reportPhrase(context, t.start, next.end, `предлог «${t.norm}» требует родительного падежа`, []);
        continue;
      }
    }
    // «по указанной в заявлении адресу»: a participle with its own prepositional phrase before its noun
    const governed = PREPOSITION_CASES.get(t.norm);
    if (governed && isPreposition(parses(m, t))) {
      const ap = parses(m, next);
      if (!every(ap, (p) => p.known && (p.pos === 'PRTF' || p.pos === 'ADJF')) || !some(ap, (p) => p.pos === 'PRTF')) continue;
      const q = ts[i + 2];
      if (!isWord(q) || !isPreposition(parses(m, q))) continue;
      let j = i + 3;
      while (j < ts.length && isWord(ts[j]) && every(parses(m, ts[j]), (p) => p.pos === 'ADJF' || p.pos === 'PRTF')) j++;
      if (!isWord(ts[j]) || !every(parses(m, ts[j]), (p) => p.pos === 'NOUN')) continue;
      const n = ts[j + 1];
      if (!isWord(n) || n.start !== ts[j].end + 1 || /^[А-ЯЁ]/.test(n.text)) continue;
      const np = parses(m, n);
      if (!every(np, (p) => p.known && p.pos === 'NOUN' && !PROPER.some((x) => p.tags.has(x)))) continue;
      const shared = ap.filter((a) => governed.includes(caseOf(a) ?? '') && np.some((y) => caseOf(y) === caseOf(a)));
      if (!shared.length || ap.some((a) => np.some((y) => agrees(a, y)))) continue;
      if (clauseEnd(ts[j + 2]) === false && isWord(ts[j + 2]) && some(parses(m, ts[j + 2]), (p) => p.pos === 'NOUN' && ap.some((a) => agrees(a, p)))) continue;
      reportPhrase(context, next.start, n.end, `«${next.text}» не согласовано с существительным «${n.text}»: причастие стоит в том же падеже, но в другом роде или числе`, []);
    }
  }
}

/** «нужно обратится» → «обратиться»; «выплата производиться» → «производится». */
function tsyaTsya(s: Sentence, m: Morphology, context: RuleContext) {
  const ts = words(s);
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (!isWord(t) || t.quoted) continue;
    if (/тся$/.test(t.norm)) {
      let j = i - 1;
      while (j >= 0 && isWord(ts[j]) && BETWEEN_MODAL.has(ts[j].norm)) j--;
      const modal = ts[j];
      if (!isWord(modal) || !MODALS.has(modal.norm) || j === i) continue;
      const ps = parses(m, t);
      if (!every(ps, (p) => p.pos === 'VERB' && p.tags.has('3per'))) continue;
      const inf = t.text.replace(/тся$/, 'ться');
      if (!every(parses(m, { ...t, text: inf }), (p) => p.pos === 'INFN' && p.known)) continue;
      // «будет» + present «-тся» is the error too, but «может» before a noun subject is not a modal of it
      reportPhrase(context, t.start, t.end, `после «${modal.text}» нужен инфинитив: «что делать?» — «${inf}» (с мягким знаком)`, [inf]);
    } else if (/ться$/.test(t.norm)) {
      const ps = parses(m, t);
      if (!every(ps, (p) => p.pos === 'INFN')) continue;
      const prev = ts[i - 1];
      if (!isWord(prev)) continue;
      const pp = parses(m, prev);
      let subject = every(pp, (p) => (p.pos === 'NOUN' && p.tags.has('nomn') && !p.tags.has('accs')) || (p.lemma === 'который' && p.tags.has('nomn')));
      // «Такие заявления рассматриваться в течение…»: a noun that may be a nominative, after a
      // nominative attribute, and no verb of any kind in the clause — the infinitive stands for the predicate
      if (!subject && every(pp, (p) => p.pos === 'NOUN' && p.known && !PROPER.some((x) => p.tags.has(x))) && some(pp, (p) => p.tags.has('nomn')) && !INFINITIVE_NOUNS.has(pp[0].lemma)) {
        const attr = ts[i - 2];
        const attrNomn = isWord(attr) && every(parses(m, attr), (p) => (p.pos === 'ADJF' || p.pos === 'PRTF') && (p.tags.has('nomn') || p.tags.has('accs'))) && some(parses(m, attr), (p) => p.tags.has('nomn') && pp.some((n) => n.tags.has('nomn') && agrees(p, n)));
        let clauseVerb = false;
        for (let j = i + 1; j < ts.length && !(ts[j].kind === 'punct' && /^[,;:—–()]$/.test(ts[j].text)); j++) {
          if (isWord(ts[j]) && (MODALS.has(ts[j].norm) || GOVERNING_ADJS.has(ts[j].norm) || some(parses(m, ts[j]), (p) => ['VERB', 'INFN', 'PRED', 'PRTS', 'ADJS', 'GRND'].includes(p.pos)))) clauseVerb = true;
        }
        const firstWord = ts.slice(0, i - 1).every((w) => !isWord(w));
        subject = (attrNomn || firstWord) && !clauseVerb;
      }
      if (!subject) continue;
      // nothing in the clause before that could govern an infinitive
      let governed = false;
      for (let j = i - 2; j >= 0; j--) {
        const w = ts[j];
        if (w.kind === 'punct' && /^[,;:—–]$/.test(w.text)) break;
        if (!isWord(w)) continue;
        if (MODALS.has(w.norm) || GOVERNING_ADJS.has(w.norm) || some(parses(m, w), (p) => ['VERB', 'INFN', 'PRED', 'GRND'].includes(p.pos))) governed = true;
      }
      // «Повторная проверка проводиться не будет»: the auxiliary or modal may follow the infinitive
      for (let j = i + 1; j < ts.length && j <= i + 3; j++) {
        const w = ts[j];
        if (!isWord(w)) break;
        if (MODALS.has(w.norm) || GOVERNING_ADJS.has(w.norm)) governed = true;
        if (w.norm !== 'не') break;
      }
      if (governed) continue;
      // «производиться» → «производится», «рассматриваться» → «рассматривается»
      // a plural subject («Такие заявления») takes «рассматриваются»
      const plural = every(pp, (p) => p.tags.has('plur') || !p.tags.has('nomn')) && (!isWord(ts[i - 2]) || every(parses(m, ts[i - 2]), (p) => !p.tags.has('sing')));
      const candidates = plural ? [t.text.replace(/ться$/, 'ются'), t.text.replace(/ться$/, 'ятся'), t.text.replace(/иться$/, 'ятся'), t.text.replace(/аться$/, 'атся')] : [t.text.replace(/ться$/, 'тся'), t.text.replace(/ться$/, 'ется')];
      const finite = candidates.find((f) => some(parses(m, { ...t, text: f }), (p) => p.pos === 'VERB' && p.tags.has('3per') && p.known && p.tags.has(plural ? 'plur' : 'sing')));
      if (!finite) continue;
      reportPhrase(context, t.start, t.end, `здесь сказуемое «что делает?» — «${finite}» (без мягкого знака)`, [finite]);
    }
  }
}

function phrases(s: Sentence, context: RuleContext) {
  const matcher = matcherFor('grammar', context.dictionaries);
  for (const hit of matcher.match(s.words)) {
    const ws = s.words.slice(hit.first, hit.last + 1);
    if (ws.some((w) => w.quoted)) continue;
    // the pattern skips punctuation, but a comma or a dash between its words puts them in different
    // clauses: «Как мы и отмечали, о переносе срока…» governs nothing
    if (s.tokens.slice(ws[0].index + 1, ws[ws.length - 1].index).some((t) => t.kind === 'punct' && /^[,;:—–()]$/.test(t.text))) continue;
    const actual = context.doc.text.slice(hit.start, hit.end);
    let expected = hit.entry.suggestions;
    if (hit.entry.flags?.includes('drop-last')) expected = [context.doc.text.slice(hit.start, ws[ws.length - 2].end)];
    if (hit.entry.flags?.includes('genitive-last')) expected = [context.doc.text.slice(hit.start, ws[ws.length - 1].start) + ws[ws.length - 1].text.replace(/е$/, 'я')];
    context.report({
      start: hit.start,
      end: hit.end,
      reason: `«${actual}» — ${hit.entry.explanation} (${POINT}).${expected.length ? ` Правильно: «${expected[0]}».` : ''}`,
      expected,
      entryId: hit.entry.id,
      note: hit.entry.note,
    });
  }
}

const rule: Rule = {
  meta: {
    id: 'grammar',
    point: 'п. 7',
    quote: 'избегать орфографических, грамматических, пунктуационных и стилистических ошибок',
    title: 'Грамматическая ошибка',
    description:
      'Ошибки управления и согласования, которые можно найти надёжно: «согласно закона» (нужно «согласно закону»), «по окончанию» (нужно «по окончании»), «оплачивать за жильё», «двое дочерей», «обоих девочек», «Результаты проверки будет направлено», «со следующей месяца», «Справку, выданного…», деепричастный оборот без действующего лица («Рассмотрев заявление, выплата назначена», «Изучив документы, у комиссии не возникло вопросов»), «нужно обратится» / «выплата производиться» / «заявления рассматриваться в течение месяца», «Вы включена», «заявление, которое поступила», «Одна из справок был выдан», «вам назначен ежемесячная выплата», «ввиду отсутствие», «уделить внимание на».',
    severity: 'error',
    kinds: ['reply', 'notice', 'call'],
    scope: 'phrase',
    needs: ['morphology'],
    skipQuoted: true,
    examples: {
      incorrect: [
        'Компенсация назначена [[согласно закона]] Новосибирской области.',
        'Выплата продлена [[согласно решения]] комиссии.',
        'Справку выдадут [[по окончанию]] проверки.',
        '[[По истечению]] срока выплата прекращается.',
        'В семье [[двое дочерей]] школьного возраста.',
        '[[Результаты проверки будет направлено]] вам по почте.',
        '[[Рассмотрев ваше заявление, выплата назначена]] с 1 марта.',
        '[[Пособия были перечислено]] на ваш счёт 5 мая.',
        '[[Справки для оформления путёвки был получен]] 3 апреля.',
        '[[Изучив жалобу, управляющей компанией было принято]] решение заменить трубы.',
        '[[Служба социального такси отказались]] от заказа без объяснений.',
        '[[Заявление о компенсации была рассмотрена]] на заседании комиссии.',
        'В семье [[трое внучек]] школьного возраста.',
        'Вам нужно [[обратится]] в МФЦ с паспортом.',
        'Выплата [[производиться]] ежемесячно до 25-го числа.',
        'Справку о составе семьи, [[выданного]] управляющей компанией, мы получили 11 апреля.',
        'Пособие на [[обоих дочерей]] назначено с 1 марта.',
        'Выплата будет приходить со [[следующей месяца]].',
        'Справку отправим по [[новой адресу]].',
        '[[Выплаты за март и апрель перечислена]] на ваш счёт.',
        '[[Пособие на внучку была назначено]] с 1 марта.',
        'С 1 мая [[пенсия была пересчитан]].',
        '[[Изучив документы, у комиссии]] не возникло вопросов.',
        'Если вы согласны, [[выплата будет назначен]] с 1 мая.',
      ],
      correct: [
        'Кассир Федосеева получила замечание.',
        'Врач назначила вам осмотр на 12 мая.',
        'Порядок и условия выплаты определены законом.',
        'Компенсация назначена согласно закону Новосибирской области.',
        'Выплата продлена согласно решению комиссии.',
        'Справку выдадут по окончании проверки.',
        'Отдел по завершению ремонта работает до 18:00.',
        'Двое детей и обоих родителей учитывают при расчёте.',
        'Результаты проверки будут направлены вам по почте.',
        'Решение примем до 24 февраля и сообщим вам.',
        'Заявление рассмотрели 3 марта, выплата назначена.',
        'Мама с папой приехали в центр вместе с ребёнком.',
        'Большинство заявлений рассмотрены в срок.',
        'Комиссия по делам несовершеннолетних рассмотрела ваше обращение.',
        'Проверив документы, мы назначили выплату.',
        'Изучив жалобу, управляющая компания приняла решение заменить трубы.',
        'Справки для оформления путёвки были получены 3 апреля.',
        'Получив справку, обратиться в МФЦ можно в любой день.',
        'Повторная проверка проводиться не будет: её итоги можно обжаловать в суде.',
        'С учётом изложенного пособие назначено с 1 мая.',
        'Учитывая изложенное, выплата назначена с 1 марта.',
        'Вам нужно обратиться в МФЦ с паспортом.',
        'Выплата производится ежемесячно, она может производиться и досрочно.',
        'Благодаря вашему обращению ошибка исправлена.',
        'Копию справки, выданной поликлиникой, приложите к заявлению.',
        'Документом, выданным поликлиникой, подтверждается инвалидность.',
        'Мы оформили документы, необходимые семье для субсидии.',
        'Ответ на ваше обращение, поступившее 3 мая, направлен по почте.',
        'Путёвка выдаётся раз в год, следующую можно получить с 1 января.',
        'Пособие на обеих дочерей и обоих сыновей назначено с 1 марта.',
        'За последние полгода доход не изменился, первые три месяца выплата шла на карту.',
        'Путёвки на июльскую и августовскую смены оплачены из областного и местного бюджетов.',
        'Выплаты за март и апрель перечислены на ваш счёт 14 мая.',
        'По итогам проверки назначена выплата в размере 5 000 рублей.',
        'Изучив документы, мы не нашли оснований для отказа.',
        'Мы проверили документы, справки получены вовремя, деньги переведём до 20 мая.',
      ],
    },
  },
  check(context) {
    const m = context.morphology;
    if (!m) return;
    for (const s of context.doc.sentences) {
      phrases(s, context);
      dativePrepositions(s, m, context);
      poPrepositional(s, m, context);
      collectiveNumerals(s, m, context);
      agreement(s, m, context);
      obaAgreement(s, m, context);
      adjectiveNoun(s, m, context);
      participleAfterComma(s, m, context);
      danglingParticiple(s, m, context);
      tsyaTsya(s, m, context);
      orderedAgreement(s, m, context);
    }
  },
};

export default rule;
