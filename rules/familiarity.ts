// п. 7: «не допускать архаизмов, жаргонной и просторечной лексики, языковой агрессии (грубость,
// хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и
// т.д.)». This rule takes панибратство: talking to the client as to a friend. Words come from
// dictionaries/familiarity.yml («дорогуша», «привет», «короче», «ну что ж», «ты», «твой»); the
// rest is found here, because it is grammar or typography, not a phrase:
//   - second-person singular verbs («получишь», «приходи», «позвони»): LABELING §4 says a 2nd
//     person singular imperative is familiarity; found with the run-time morphology, and only
//     when every dictionary reading of the word is such a form («мой», «три», «при», «вели» are
//     also other words and are left alone);
//   - emoji, emoticons «:)», «xD», smiley brackets «))» and «)))»;
//   - «!!» and longer runs (LABELING: «!!» is always familiarity; one «!» is fine).
// The citizen's quoted words and titles in «…» are skipped (LABELING §3.2).
import type { Rule, RuleContext, Sentence, Token } from '../src/engine/rule.js';
import type { MorphParse } from '../src/morph/types.js';
import { dictionaryRule } from './lib/dictionary-rule.js';
import { keepWord } from './lib/word-guards.js';

const meta: Rule['meta'] = {
  id: 'familiarity',
  point: 'п. 7',
  quote: 'не допускать архаизмов, жаргонной и просторечной лексики, языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
  title: 'Панибратство',
  description:
    'Обращение на «ты», «дорогуша», «привет», «короче», «ну что ж», смайлики и «!!» превращают официальный ответ в дружескую переписку: клиент воспринимает это как неуважение. Обращайтесь на «вы», пишите ровно и без эмоциональных знаков.',
  severity: 'error',
  kinds: ['reply', 'notice', 'call'],
  scope: 'word',
  skipQuoted: true,
  needs: ['morphology'],
  examples: {
    incorrect: [
      'Документы [[получишь]] в МФЦ до 5 мая.',
      'Справку [[пришли]] на почту до пятницы.',
      'Билеты в оригинале нужны для компенсации. [[Пришли]] их почтой на адрес министерства до 30 июня.',
      '[[Приходи]] в МФЦ с паспортом.',
      'Если будут вопросы, [[позвони]] по телефону 222-33-44.',
      'Справку [[прочитай]] вместе с памяткой.',
      'Если что-то непонятно — [[звони]], всё объясним.',
      'Ваше удостоверение готово[[!!]]',
      'Выплата назначена[[!!!]] Деньги придут до 25 мая.',
      'Ваши документы в порядке [[👍]] Заезд — 5 августа.',
      'Ждём вас в МФЦ [[:)]]',
      'Всё получилось[[)))]] Выплата назначена.',
      'Справку мы получили, спасибо[[))]]',
      'Документы готовы [[xD]]',
    ],
    correct: [
      'Уважаемая Анна Петровна!',
      'Документы получите в МФЦ до 5 мая.',
      'Все документы, которые вы отправили почтой, дошли до нас 11 марта.',
      'Приходите в МФЦ с паспортом.',
      'Ваше удостоверение готово! Его можно забрать в МФЦ.',
      'Выплата назначена (см. решение № 15 (приложение 2)).',
      'Нужны: 1) паспорт; 2) СНИЛС.',
      'Мой телефон указан ниже, три дня в неделю я веду приём.',
      'В обращении вы пишете: «Приходи сам и разбирайся, ты же начальник!!»',
      'Программа «Позвони маме» работает круглый год.',
      'Пособие назначено на любой вид дохода, будь то пенсия или зарплата.',
      'Прочитай вы памятку до конца, не пришлось бы ехать в центр дважды.',
      'Будь вы внимательнее, переплаты бы не было.',
      'Продлить срок министерство не вправе, тут уж ничего не попишешь.',
      'Что поделаешь, закон есть закон.',
      'Срок истёк 1 марта, и ничего тут уже не изменишь.',
      'Ответы министерства пришли к нам 5 мая.',
      'Их документы пришли в министерство 5 мая.',
      'Копии пришли почтой на адрес министерства 3 июня.',
      'Вчера к нам пришли их документы.',
      'Документы пришли его жене 5 мая.',
      'Документы пришли нам 5 мая.',
      'Вчера пришли в отдел письма.',
      'В понедельник письма пришли в отдел.',
      'Всем не угодишь, но мы постарались учесть все пожелания.',
      'Специалисты вели приём до 18:00.',
      'Документы пришли к нам 5 мая.',
      'Вчера к нам пришли ваши документы.',
      'Когда вы пришли в МФЦ, окно уже закрылось.',
      'Благодарим, что нашли время ответить на наш запрос от 3 мая.',
      'Спасибо, что зашли к нам в МФЦ и оставили отзыв.',
    ],
  },
};

const base = dictionaryRule(meta, { keep: (m, sentence) => keepWord(m, sentence) });

const quotedOrTitle = (t: Token) => t.quoted || t.inQuotes;

/** A parse that is a second-person singular verb form: «получишь», «приходи» (not «пойдём»). */
const secondSingular = (p: MorphParse) =>
  p.pos === 'VERB' && p.tags.has('sing') && (p.tags.has('2per') || (p.tags.has('impr') && !p.tags.has('incl')));

function isTyVerb(word: Token, sentence: Sentence, context: RuleContext): boolean {
  const morphology = context.morphology;
  if (!morphology || word.kind !== 'word' || !/^[а-яё-]+$/i.test(word.text) || word.text.length < 2) return false;
  // a capital inside a sentence is a name, not a verb
  if (/^[А-ЯЁ]/.test(word.text) && sentence.words[0] !== word) return false;
  const known = morphology.parse(word.text).filter((p) => p.known);
  if (!known.some(secondSingular)) return false;
  // every reading must be a ты-form (or a parenthetical «знаешь», an interjection «слышь»):
  // «мой», «три», «при», «вели», «делись» are other words too
  if (!known.every((p) => secondSingular(p) || p.tags.has('Prnt') || p.pos === 'INTJ')) {
    // «пришли», «пошли», «зашли» are an imperative or a past plural: the imperative when nothing in
    // the clause can be its plural subject («справку пришли на почту», but «документы пришли к нам»)
    if (!known.every((p) => secondSingular(p) || (p.pos === 'VERB' && p.tags.has('past') && p.tags.has('plur')))) return false;
    if (!imperativeClause(word, sentence, morphology)) return false;
  }
  // «будь то пенсия или зарплата» is a conjunction
  const at = sentence.words.indexOf(word);
  const next = sentence.words[at + 1];
  if (word.norm === 'будь' && next?.norm === 'то') return false;
  // «Прочитай вы памятку…, не пришлось бы», «Будь вы внимательнее…»: an imperative with its own
  // subject right after it is the conditional mood, not a «ты»-address
  if (next && CONDITIONAL_SUBJECT.has(next.norm) && known.some((p) => p.tags.has('impr'))) return false;
  // «ничего не попишешь», «что поделаешь», «вам не угодишь»: the generic «you» of a fixed saying
  if (GENERIC_SAYING.has(word.norm)) {
    const before = sentence.words[at - 1]?.norm;
    if (before === 'не' || before === 'что' || before === 'никуда') return false;
  }
  // «ничего тут уже не изменишь», «никак не исправишь»: after «ничего/никак … не» a ты-form of
  // a verb of changing means «nobody can», a fatalistic saying (negative-tone), not a «ты»-address
  if (GENERIC_AFTER_NOTHING.has(word.norm) && sentence.words[at - 1]?.norm === 'не') {
    for (let k = at - 2; k >= 0 && k >= at - 5; k--) if (NOTHING.has(sentence.words[k].norm)) return false;
  }
  return true;
}

const CONDITIONAL_SUBJECT = new Set(['вы', 'он', 'она', 'оно', 'они', 'мы', 'я']);
// sayings whose «ты»-form means «anyone»: they are never addressed to the client
const GENERIC_SAYING = new Set(['поделаешь', 'попишешь', 'угодишь', 'напасешься', 'денешься', 'поспоришь', 'возразишь', 'придерешься', 'разберешь']);

const GENERIC_AFTER_NOTHING = new Set(['изменишь', 'исправишь', 'вернешь', 'переделаешь', 'отменишь', 'сделаешь', 'докажешь']);
const NOTHING = new Set(['ничего', 'ничем', 'никак', 'никого', 'ничто']);

const OBJECT_PRONOUN = new Set(['их', 'его', 'ее']);

const SUBORDINATOR = new Set(['что', 'чтобы', 'когда', 'если', 'как', 'хотя', 'пока', 'раз', 'где', 'куда', 'откуда', 'будто', 'словно', 'который', 'которые', 'которых', 'ли', 'поскольку', 'потому']);

const RELATIVE = /^котор(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)$/;

function imperativeClause(word: Token, sentence: Sentence, morphology: NonNullable<RuleContext['morphology']>): boolean {
  const tokens = sentence.tokens;
  const at = tokens.indexOf(word);
  const next = sentence.words[sentence.words.indexOf(word) + 1];
  // «пришли нам», «пошли мне»: a dative right after is the addressee of a request
  // «пришли их почтой», «пришли его»: the past plural «пришли» (прийти) is intransitive, so a pronoun
  // object right after it makes the imperative of «прислать» — unless the pronoun is a possessive of
  // a noun in the nominative that follows («пришли их документы» = their documents arrived).
  // Either way only a subject before the verb can still make it a past plural («Документы пришли нам»).
  const after = sentence.words[sentence.words.indexOf(word) + 2];
  const addressed =
    !!next &&
    (next.norm === 'нам' ||
      next.norm === 'мне' ||
      (OBJECT_PRONOUN.has(next.norm) && (!after || !morphology.parse(after.text).some((p) => p.tags.has('nomn')))));
  const clause: Token[] = [];
  let i = at - 1;
  for (; i >= 0 && !(tokens[i].kind === 'punct' && /[,;:—–()]/.test(tokens[i].text)); i--) clause.push(tokens[i]);
  // «Все документы, которые вы отправили почтой, дошли до нас»: a relative clause stands between
  // the subject and its verb, so the subject is sought before it too
  if (clause.length === 0 && tokens[i]?.text === ',') {
    let open = i - 1;
    while (open >= 0 && !(tokens[open].kind === 'punct' && /[,;:—–()]/.test(tokens[open].text))) open--;
    if (open >= 0 && tokens[open].text === ',' && RELATIVE.test(tokens[open + 1]?.norm ?? '')) {
      for (let k = open - 1; k >= 0 && !(tokens[k].kind === 'punct' && /[,;:—–()]/.test(tokens[k].text)); k--) clause.push(tokens[k]);
    }
  }
  // an imperative heads a main clause: after «что», «когда», «если» the form is a past plural whose
  // subject «вы» is left out («Благодарим, что нашли время ответить»)
  if (clause.some((t) => t.kind === 'word' && SUBORDINATOR.has(t.norm))) return false;
  const preverbal = clause.length;
  for (let i = at + 1; i < tokens.length && !(tokens[i].kind === 'punct' && /[,;:—–()]/.test(tokens[i].text)); i++) clause.push(tokens[i]);
  // an indeclinable possessive («их», «его», «её» — ADJF Fixd) only qualifies a noun, so it is never
  // the subject itself: «Пришли их почтой» is an imperative with the object «их»
  const subject = (p: MorphParse) => !p.tags.has('Fixd') && (p.pos === 'NOUN' || p.pos === 'NPRO' || p.pos === 'ADJF' || p.pos === 'PRTF' || p.pos === 'NUMR') && p.tags.has('nomn') && (p.tags.has('plur') || p.pos === 'NUMR');
  // a word after a preposition is not a subject: «до пятницы», «на выходные»
  const afterPreposition = (t: Token) => {
    const prev = sentence.words[sentence.words.indexOf(t) - 1];
    return !!prev && morphology.parse(prev.text).some((p) => p.pos === 'PREP');
  };
  return !(addressed ? clause.slice(0, preverbal) : clause).some((t) => t.kind === 'word' && !afterPreposition(t) && morphology.parse(t.text).some(subject));
}

const REASON_VERB = (w: string) =>
  `«${w}» — обращение на «ты» звучит фамильярно, клиенту так писать нельзя (п. 7 правил). Лучше: форма на «вы».`;
const REASON_EMOJI = (w: string) =>
  `«${w}» — смайлики и эмодзи превращают официальный ответ в дружескую переписку (п. 7 правил). Лучше: убрать.`;
const REASON_BANG = (w: string) =>
  `«${w}» — несколько восклицательных знаков подряд звучат как крик или панибратство (п. 7 правил). Лучше: «.».`;

// «:)», «:-)», «;)», «:(», «:D», «=)», «xD»: emoticons typed as characters
const EMOTICON = /(?<![\p{N}:;=])[:;=][-–]?(?:\)+|\(+|[DРPр])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[xXхХ][DДdд](?![\p{L}\p{N}])/gu;

function checkTypography(context: RuleContext, taken: Array<[number, number]>): void {
  const { doc } = context;
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const report = (start: number, end: number, reason: string, entryId: string, expected: string[]) => {
    if (overlaps(start, end) || context.isAllowed(start, end)) return;
    taken.push([start, end]);
    context.report({ start, end, reason, expected, entryId });
  };
  const tokenAt = new Map<number, Token>();
  for (const s of doc.sentences) for (const t of s.tokens) tokenAt.set(t.start, t);
  const skip = (start: number) => {
    const t = tokenAt.get(start);
    return !!t && quotedOrTitle(t);
  };
  for (const m of doc.text.matchAll(EMOTICON)) {
    const start = m.index!;
    if (skip(start)) continue;
    // a time or list marker before the colon («10:30», «3:)») is not a smiley
    if (/[\d]/.test(doc.text[start - 1] ?? '')) continue;
    report(start, start + m[0].length, REASON_EMOJI(m[0]), 'familiarity.emoticon', ['']);
  }
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (quotedOrTitle(t)) continue;
      if (t.kind === 'emoji') {
        if (notEmoji(t, tokens[i + 1], sentence)) continue;
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1].kind === 'emoji' && tokens[j + 1].start - tokens[j].end <= 1) j++;
        report(t.start, tokens[j].end, REASON_EMOJI(doc.text.slice(t.start, tokens[j].end)), 'familiarity.emoji', ['']);
        i = j;
        continue;
      }
      if (t.kind !== 'punct') continue;
      if ((t.text.match(/!/g) ?? []).length >= 2) {
        report(t.start, t.end, REASON_BANG(t.text), 'familiarity.exclamations', ['.']);
        continue;
      }
      if (/^\)+$/.test(t.text) && smileyBrackets(doc.text, t)) report(t.start, t.end, REASON_EMOJI(t.text), 'familiarity.brackets', ['']);
      else if (/^\(\(+$/.test(t.text) && !/^[\p{L}\p{N}]/u.test(doc.text.slice(t.end, t.end + 1))) report(t.start, t.end, REASON_EMOJI(t.text), 'familiarity.brackets', ['']);
    }
  }
}

// «©», «®», «™» are typography, and a telephone or envelope before a contact is a label, not a
// feeling: «☎ 222-33-44», «✉ info@mail.ru», also in a signature line
const TYPOGRAPHIC = /^[©®™]$/u;
const CONTACT_MARK = /^[☎📞📱✉📧📨📩🌐📍🏢🕘🕒⏰]\uFE0F?$/u;
const CONTACT = new Set(['phone', 'email', 'url', 'time']);

function notEmoji(t: Token, next: Token | undefined, sentence: Sentence): boolean {
  if (TYPOGRAPHIC.test(t.text)) return true;
  return CONTACT_MARK.test(t.text) && (sentence.heading || (!!next && (CONTACT.has(next.kind) || next.kind === 'punct' || next.kind === 'word')));
}

/** True when a run of «)» closes more than the brackets opened before it on its line. */
function smileyBrackets(text: string, t: Token): boolean {
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const before = text.slice(lineStart, t.start);
  // «1)», «а)», «IV)» at the start of a line are list markers
  if (/^\s*[\p{L}\p{N}]{1,3}$/u.test(before)) return false;
  // a bracket may open on an earlier line of the same paragraph
  const paragraphStart = text.lastIndexOf('\n\n', t.start - 1);
  let open = 0;
  for (const ch of text.slice(paragraphStart < 0 ? 0 : paragraphStart, t.start)) {
    if (ch === '(') open++;
    else if (ch === ')') open = Math.max(0, open - 1);
  }
  const run = t.text.length;
  if (run - open >= 2) return true;
  // a single unmatched «)» after a word at the end of a clause: «спасибо)»
  return run - open === 1 && open === 0 && /[\p{L}]$/u.test(before) && /^(?:\s|$|[.,!?])/u.test(text.slice(t.end, t.end + 1));
}

const rule: Rule = {
  meta,
  check(context) {
    const taken: Array<[number, number]> = [];
    const pronouns: Array<[number, number]> = [];
    // a copy, not Object.create(context): a fresh prototype per check costs V8 a hidden class of
    // its own that outlives the check (live checking runs this on every keystroke)
    const tracking: RuleContext = {
      ...context,
      report: (r) => {
        taken.push([r.start, r.end]);
        if (r.entryId === 'familiarity.ty' || r.entryId === 'familiarity.tvoy') pronouns.push([r.start, r.end]);
        context.report(r);
      },
    };
    base.check(tracking);
    const text = context.doc.text;
    // «Ты можешь подать…» is one «ты»-address: the verb of a clause whose «ты» is already reported adds nothing
    const sameClause = (word: Token) =>
      pronouns.some(([a, b]) => {
        const between = a < word.start ? text.slice(b, word.start) : text.slice(word.end, a);
        return !/[,;:—–.!?()\n]/.test(between) && between.split(/\s+/).filter(Boolean).length <= 3;
      });
    for (const sentence of context.doc.sentences) {
      for (const word of sentence.words) {
        if (quotedOrTitle(word) || taken.some(([a, b]) => word.start < b && a < word.end)) continue;
        if (!isTyVerb(word, sentence, context) || context.isAllowed(word.start, word.end) || sameClause(word)) continue;
        taken.push([word.start, word.end]);
        context.report({ start: word.start, end: word.end, reason: REASON_VERB(word.text), expected: ['форма на «вы»'], entryId: 'familiarity.ty-verb' });
      }
    }
    checkTypography(context, taken);
  },
};

export default rule;
