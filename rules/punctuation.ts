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

const INTRODUCTORY: Array<{ words: string[]; text: string }> = [
  { words: ['к', 'сожалению'], text: 'К сожалению' },
  { words: ['кроме', 'того'], text: 'Кроме того' },
  { words: ['во-первых'], text: 'Во-первых' },
  { words: ['во-вторых'], text: 'Во-вторых' },
  { words: ['в-третьих'], text: 'В-третьих' },
  { words: ['в-четвертых'], text: 'В-четвёртых' },
  { words: ['например'], text: 'Например' },
  { words: ['к', 'счастью'], text: 'К счастью' },
  { words: ['следовательно'], text: 'Следовательно' },
];

const isWord = (t: Token | undefined) => !!t && t.kind === 'word';
const lower = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

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
      const saying =
        SAY_KNOW.has(p) ||
        (/^(вас|вам|тебя|тебе)$/.test(p) && isWord(before) && SAY_KNOW.has(before.norm)) ||
        (p === 'внимание' && [tokens[i - 2], tokens[i - 3]].some((w) => isWord(w) && /^обраща|^обрат/.test(w.norm)));
      if (saying && isWord(next)) missing(prev, t, t, 'перед «что», которое начинает придаточное предложение, нужна запятая');
    } else if (n === 'чтобы') {
      if (!NO_COMMA_BEFORE.has(p) && !PREPOSITIONS.has(p) && isWord(next)) missing(prev, t, t, 'перед «чтобы» нужна запятая');
    } else if (/^котор(ый|ая|ое|ые|ую)$/.test(n)) {
      // «заявление которое»: a noun or a pronoun, then the relative word with no sign between
      if (NO_COMMA_BEFORE.has(p) || PREPOSITIONS.has(p)) continue;
      if (morph && !hasParse(morph, prev.text, (pos) => pos === 'NOUN' || pos === 'NPRO' || pos === 'ADJF' || pos === 'PRTF')) continue;
      missing(prev, t, t, 'перед «который» нужна запятая: он начинает придаточное предложение');
    } else if (/^котор(ом|ой|ым|ыми|ых|ого|ому)$/.test(n) && PREPOSITIONS.has(p)) {
      // «организации в которой»: the comma goes before the preposition
      const before = tokens[i - 2];
      if (!isWord(before) || NO_COMMA_BEFORE.has(before.norm) || PREPOSITIONS.has(before.norm)) continue;
      if (morph && !hasParse(morph, before.text, (pos) => pos === 'NOUN' || pos === 'NPRO')) continue;
      missing(before, prev, t, `перед «${prev.text} ${t.text}» нужна запятая: здесь начинается придаточное предложение`);
    } else if (n === 'если' || n === 'когда') {
      if (NO_COMMA_BEFORE.has(p) || PREPOSITIONS.has(p) || !isWord(next)) continue;
      // «если/когда» right after a finite verb or a short participle: the clause boundary is clear
      // «Сообщите нам если»: a personal pronoun object between the verb and the clause changes nothing
      const before = tokens[i - 2];
      const objectOfVerb =
        !!morph && /^(нам|вам|мне|им|ему|ей|нас|вас|меня|их|его|ее)$/.test(p) && isWord(before) &&
        hasParse(morph, before.text, (pos) => pos === 'VERB' || pos === 'INFN');
      if (!objectOfVerb && (!morph || !hasParse(morph, prev.text, (pos, tags) => pos === 'VERB' || pos === 'PRTS' || pos === 'INFN' || (pos === 'NOUN' && !tags.has('gent'))))) continue;
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
  for (const intro of INTRODUCTORY) {
    const n = intro.words.length;
    if (words.length <= n || words[0].quoted) continue;
    if (!intro.words.every((w, k) => lower(words[k].text) === w && words[k].kind === 'word')) continue;
    const next = words[n];
    if (!isWord(next) || next.start !== words[n - 1].end + 1) continue;
    // «Кроме того документа» is a preposition with its noun, not the introductory «кроме того»
    if (intro.words[0] === 'кроме' && (!morph || hasParse(morph, next.text, (pos, tags) => (pos === 'NOUN' || pos === 'ADJF' || pos === 'PRTF') && tags.has('gent')))) continue;
    if (intro.words[0] === 'следовательно' && /^(?:и|а)$/.test(next.norm)) continue;
    const actual = context.doc.text.slice(words[0].start, words[n - 1].end);
    out.push({
      start: words[0].start,
      end: next.end,
      reason: `«${actual}» — вводные слова в начале предложения отделяются запятой (${POINT}). Правильно: «${actual}, ${next.text}».`,
      expected: [`${actual}, ${next.text}`],
    });
  }
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
      'Лишние и сдвоенные знаки, пробел перед запятой или точкой, нет пробела после знака, непарные скобки и кавычки, прямые кавычки вместо «ёлочек», дефис с пробелами вместо тире; пропущенная запятая в бесспорных случаях: перед «что» после «сообщаем», «напоминаем»; перед «чтобы», «который», «потому что», «так как»; вокруг «пожалуйста»; после вводных «к сожалению», «кроме того», «например» в начале предложения.',
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
      ],
    },
  },
  check(context) {
    const findings: Finding[] = [];
    for (const sentence of context.doc.sentences) {
      missingCommas(sentence, context, findings);
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
