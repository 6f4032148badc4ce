// п. 9: «по завершении разговора благодарит клиента за обращение и прощается». The official's
// last words need both a thank-you (for anything) and a goodbye (LABELING.md §5).
import type { Rule } from '../src/engine/rule.js';
import { callTurns, closing, officialLines } from '../src/notice/call.js';
import { documentSpan } from '../src/notice/meta.js';

const rule: Rule = {
  meta: {
    id: 'call-closing',
    point: 'п. 9',
    quote: 'по завершении разговора благодарит клиента за обращение и прощается',
    title: 'Звонок закончен без благодарности или прощания',
    description: 'В конце разговора сотрудник благодарит клиента («Спасибо за обращение», «Благодарю за ответы») и прощается («До свидания», «Всего доброго»).',
    severity: 'error',
    kinds: ['call'],
    scope: 'document',
    examples: {
      kind: 'call',
      incorrect: [
        'Специалист: Здравствуйте! Нужно уточнить, где учится ваш сын.\nКлиент: В техникуме.\n[[Специалист: Ладно.]] До свидания.',
        'Специалист: Здравствуйте! Нужно уточнить ваш доход от аренды.\nКлиент: Десять тысяч в месяц.\n[[Специалист: Спасибо за информацию.]]',
      ],
      correct: ['Специалист: Здравствуйте! Нужно уточнить адрес дома.\nКлиент: Улица Полевая, дом 7.\nСпециалист: Записал. Спасибо за обращение. Всего доброго!'],
    },
  },
  check(context) {
    const lines = officialLines(context.doc, callTurns(context.doc));
    const { thanks, goodbye } = closing(lines);
    if (thanks && goodbye) return;
    const lastTurn = lines.length ? lines[lines.length - 1].turn : -1;
    const last = lines.find((l) => l.turn === lastTurn);
    const [start, end] = last ? [last.sentence.start, last.sentence.end] : documentSpan(context.doc);
    const missing = !thanks && !goodbye ? 'ни благодарности, ни прощания' : !thanks ? 'благодарности' : 'прощания';
    context.report({
      start,
      end,
      reason: `В конце разговора нет ${missing} (п. 9 правил: по завершении разговора сотрудник благодарит клиента за обращение и прощается). Закончите так: «Спасибо за обращение! До свидания».`,
    });
  },
};

export default rule;
