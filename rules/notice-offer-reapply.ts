// п. 8: уведомить клиента «с предложением: … повторно обратиться за услугой (сервисом)». A clean
// notice offers both: to complete this application and to apply again (LABELING.md §5). The
// phrases of the offer live in dictionaries/notice-reapply.yml.
import type { Rule } from '../src/engine/rule.js';
import { documentSpan } from '../src/notice/meta.js';
import { bodySentences, reapplyMatches, safeParse } from '../src/notice/notice-text.js';

const rule: Rule = {
  meta: {
    id: 'notice-offer-reapply',
    point: 'п. 8',
    quote: 'уведомить клиента способом, указанным в заявлении, с предложением: … повторно обратиться за услугой (сервисом)',
    title: 'Нет предложения подать заявление повторно',
    description:
      'Кроме предложения дослать документы или исправить ошибки, уведомление должно предложить и второй путь: подать заявление заново (повторно обратиться за услугой) — например, если клиенту так удобнее.',
    severity: 'error',
    kinds: ['notice'],
    scope: 'document',
    needs: ['morphology'],
    examples: {
      kind: 'notice',
      incorrect: [
        '[[Уважаемая Евгения Романовна!]]\n\nВ заявлении не указан номер лицевого счёта. Сообщите его по телефону 8 (383) 221-60-30 до 20 мая.',
        '[[Уважаемая Евгения Романовна!]]\n\nПовторно направляем вам перечень недостающих документов: нет справки о доходах. Пришлите её ответом на это письмо.',
      ],
      correct: [
        'Уважаемая Евгения Романовна!\n\nВ заявлении не указан номер лицевого счёта. Сообщите его по телефону 8 (383) 221-60-30 до 20 мая. Если удобнее, подайте заявление заново.',
        'Уважаемая Евгения Романовна!\n\nВ заявлении не указан номер лицевого счёта. Сообщите его ответом на это письмо или обратитесь за компенсацией повторно.',
      ],
    },
  },
  check(context) {
    const morph = context.morphology;
    // «Повторно направляем вам перечень», «вы уже обращались повторно»: the office's own act or a
    // past fact, not an offer to the client (who is offered an infinitive, an imperative, a future)
    const reported = (w: { text: string }) => {
      const p = safeParse(morph, w.text)[0];
      return !!p && p.pos === 'VERB' && (p.tags.has('1per') || p.tags.has('past'));
    };
    for (const s of bodySentences(context.doc)) {
      const found = reapplyMatches(s, context.dictionaries).filter((m) => {
        // «не нужно подавать заявление заново» is the opposite of an offer
        const before = s.words.slice(Math.max(0, m.first - 3), m.first).map((w) => w.norm);
        // «повторно подавать заявление не нужно», «повторно обращаться за выплатой не потребуется»:
        // the negation may follow the phrase
        const after = s.words.slice(m.last + 1, m.last + 6).map((w) => w.norm);
        // «заново подавать заявление не придётся / не потребуется»
        const negated = (ws: string[]) => (ws.includes('не') && ws.some((w) => /^(?:нужн|надо|обязательн|требуется|требует|потребуется|следует|стоит|нужно|придется|прид[её]тся|необходим)/.test(w))) || ws.includes('нельзя') || (ws.includes('нет') && ws.some((w) => /^необходимост|^нужд|^смысл/.test(w)));
        if (s.words.slice(m.first, m.last + 1).some(reported)) return false;
        return !negated(before) && !negated(after);
      });
      if (found.length) return;
    }
    const [start, end] = documentSpan(context.doc);
    context.report({
      start,
      end,
      reason: 'В уведомлении нет предложения подать заявление повторно (п. 8 правил: «повторно обратиться за услугой»): клиент не знает о втором пути. Добавьте, например: «Если вам удобнее, подайте заявление заново вместе с документами».',
    });
  },
};

export default rule;
