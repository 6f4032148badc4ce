// п. 8: «уведомить клиента способом, указанным в заявлении». The channel the notice goes by
// (`channel`) must be the one the application named (`requestedChannel`); codes and Russian names
// («почта», «ЕПГУ», «Госуслуги», «МФЦ»…) are reduced to one code first. Missing or unknown values are
// reported by name: the check must not pass silently.
import type { Rule } from '../src/engine/rule.js';
import { CHANNELS, channelName, readChannels } from '../src/notice/channels.js';
import { documentSpan } from '../src/notice/meta.js';

const CODES = CHANNELS.join(', ');

const rule: Rule = {
  meta: {
    id: 'notice-channel',
    point: 'п. 8',
    quote: 'уведомить клиента способом, указанным в заявлении',
    title: 'Уведомление не тем способом',
    description:
      'Уведомление о неполном пакете документов или ошибках в заявлении направляется тем способом, который клиент указал в заявлении: иначе он может его не увидеть. Способы в метаданных: requestedChannel (выбран в заявлении) и channel (как отправлено) — email, epgu, post, mfc, phone или по-русски («электронная почта», «Госуслуги», «почта», «МФЦ», «телефон»).',
    severity: 'error',
    kinds: ['notice'],
    scope: 'document',
    options: { aliases: {} },
    examples: {
      kind: 'notice',
      meta: { detectedAt: '2025-09-29T10:00:00+07:00', sentAt: '2025-09-29T18:40:00+07:00', requestedChannel: 'МФЦ', channel: 'e-mail' },
      incorrect: ['[[Уважаемая Майя Сергеевна!]]\n\nНе приложена копия наградного документа.'],
    },
  },
  check(context) {
    const [start, end] = documentSpan(context.doc);
    const aliases = (context.options.aliases ?? {}) as Record<string, string>;
    const c = readChannels(context.meta, aliases);
    for (const [field, code, rawValue, what] of [
      ['requestedChannel', c.requested, c.requestedRaw, 'способа, выбранного в заявлении'],
      ['channel', c.actual, c.actualRaw, 'способа отправки уведомления'],
    ] as const) {
      if (rawValue === undefined) {
        context.report({ start, end, severity: 'error', reason: `Нет ${what} (${field}) в метаданных уведомления: без него нельзя проверить, что клиента уведомили способом, указанным в заявлении (п. 8 правил). Укажите ${field}: ${CODES}.` });
        return;
      }
      if (!code && c.requestedRaw?.toLowerCase() !== c.actualRaw?.toLowerCase()) {
        context.report({ start, end, severity: 'error', reason: `Неизвестный способ связи в поле ${field}: «${rawValue}» — укажите один из: ${CODES} (или «электронная почта», «Госуслуги», «почта», «МФЦ», «телефон»), иначе способ уведомления нельзя сверить с заявлением (п. 8 правил).` });
        return;
      }
    }
    if (c.requested === c.actual) return;
    context.report({
      start,
      end,
      reason: `Уведомление отправлено способом «${channelName(c.actual, c.actualRaw)}», а в заявлении клиент выбрал «${channelName(c.requested, c.requestedRaw)}»: он может не увидеть уведомление (п. 8 правил: уведомить способом, указанным в заявлении). Отправьте его способом «${channelName(c.requested, c.requestedRaw)}».`,
      expected: c.requested ? [c.requested] : [],
    });
  },
};

export default rule;
