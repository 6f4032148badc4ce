// п. 7: «не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, …)». Irony, mock
// praise and mock gratitude: «как вы, наверное, догадываетесь», «спасибо, что наконец-то…», «браво».
// Sincere thanks and congratulations are not sarcasm. Besides the dictionary, the rule catches mocking
// quote marks around the client's own word right after «ваш»: «ваша „срочная“ просьба». A title in
// quotes starts with a capital letter and never follows «ваш» directly, so it is left alone.
import type { Rule } from '../src/engine/rule.js';
import { dictionaryRule } from './lib/dictionary-rule.js';
import { clauseOf, clauseSpans } from './lib/clause.js';

const clauses = clauseSpans();
const firstInClause = clauses.keep;

const meta = {
  id: 'sarcasm',
  point: 'п. 7',
  quote: 'не допускать … языковой агрессии (грубость, хамство, обвинения, сарказм, панибратство, негативная тональность, оскорбительные обороты и т.д.)',
  title: 'Сарказм',
  description:
    'Ирония, насмешливая похвала и показная благодарность («как вы, наверное, догадываетесь», «спасибо, что наконец-то прислали», «браво») звучат как издёвка. Пишите прямо: что нужно сделать и зачем.',
  severity: 'error' as const,
  kinds: ['reply' as const, 'notice' as const, 'call' as const],
  scope: 'sentence' as const,
  skipQuoted: true,
};

const base = dictionaryRule(meta, { keep: firstInClause, span: clauseOf });

const OPENING = new Set(['«', '„', '“', '"']);
const CLOSING = new Set(['»', '“', '”', '"']);
const ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ому|ему|ым|им|ых|их|ыми|ими|ей)$/;

const rule: Rule = {
  meta: {
    ...meta,
    examples: {
      incorrect: [
        'Мы рассмотрели [[вашу «срочную» просьбу]] в общем порядке.',
        'На [[ваши «доказательства»]] мы ответили ещё в марте.',
        'Ответ на [[ваше «важное» обращение]] направлен 5 мая.',
      ],
      correct: [
        'Мы рассмотрели вашу срочную просьбу и ответили в тот же день.',
        'Ваше заявление на программу «Социальный контракт» одобрено.',
        'Ваша организация «Надежда» включена в реестр поставщиков.',
        'В обращении вы пишете, что ваша «срочная» просьба осталась без ответа.',
      ],
    },
  },
  check(context) {
    base.check(context);
    for (const sentence of context.doc.sentences) {
      const t = sentence.tokens;
      for (let i = 0; i + 2 < t.length; i++) {
        // «ваш» + an opening quote + one or two lower-case words + a closing quote
        if (t[i].kind !== 'word' || !t[i].norm.startsWith('ваш') || t[i].quoted) continue;
        if (t[i + 1].kind !== 'punct' || !OPENING.has(t[i + 1].text)) continue;
        let j = i + 2;
        const words: typeof t = [];
        while (j < t.length && t[j].kind === 'word' && words.length < 3) words.push(t[j++]);
        if (words.length < 1 || words.length > 2 || j >= t.length || !CLOSING.has(t[j].text)) continue;
        if (words.some((w) => w.quoted) || !/^\p{Ll}/u.test(words[0].text)) continue;
        let end = t[j].end;
        // the noun the mocked word qualifies («„срочная“ просьба») belongs to the span
        if (ADJECTIVE.test(words[words.length - 1].norm) && t[j + 1]?.kind === 'word' && /^\p{Ll}/u.test(t[j + 1].text)) end = t[j + 1].end;
        const start = t[i].start;
        if (context.isAllowed(start, end)) continue;
        if (!clauses.claim(context, start, end)) continue;
        const actual = context.doc.text.slice(start, end);
        context.report({
          start,
          end,
          reason: `«${actual}» — кавычки вокруг слов клиента звучат как насмешка над его просьбой (п. 7 правил). Лучше: «${context.doc.text.slice(t[i].start, t[i].end)} ${words.map((w) => w.text).join(' ')}» без кавычек или просто «ваше обращение».`,
          expected: ['ваше обращение'],
          entryId: 'sarcasm.quote-marks',
        });
      }
    }
  },
};

export default rule;
