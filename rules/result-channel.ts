// п. 10: «Услуга (сервис) считается предоставленной после направления клиенту результата»; п. 12:
// результат направляется «указанным вариантом по выбору клиента (при наличии возможности)».
// Checked only when the metadata names both channels; a mismatch is reported whatever the text
// says, because the linter cannot judge «при наличии возможности» (LABELING.md §5).
import type { Rule } from '../src/engine/rule.js';
import { channelName, readChannels } from '../src/notice/channels.js';
import { documentSpan } from '../src/notice/meta.js';

const rule: Rule = {
  meta: {
    id: 'result-channel',
    point: 'пп. 10, 12',
    quote: 'Результат предоставления услуги (сервиса) министерства направляется клиенту … указанным вариантом по выбору клиента (при наличии возможности)',
    title: 'Результат не тем способом',
    description:
      'Результат услуги направляется клиенту тем способом, который он выбрал (requestedChannel в метаданных); услуга считается предоставленной только после того, как результат направлен. Если в метаданных указан и выбранный способ, и способ отправки (channel), и они различаются, это ошибка. Если выбранным способом отправить нельзя, объясните это в ответе и отключите проверку для этого письма.',
    severity: 'error',
    kinds: ['reply'],
    scope: 'document',
    options: { aliases: {} },
    examples: {
      kind: 'reply',
      meta: { requestedChannel: 'email', channel: 'почтой' },
      incorrect: ['[[Уважаемый Олег Иванович!]]\n\nВам назначена ежемесячная выплата с 1 марта.\n\nС уважением,\nотдел назначения выплат'],
    },
  },
  check(context) {
    const aliases = (context.options.aliases ?? {}) as Record<string, string>;
    const c = readChannels(context.meta, aliases);
    if (c.requestedRaw === undefined || c.actualRaw === undefined) return;
    const same = c.requested && c.actual ? c.requested === c.actual : c.requestedRaw.toLowerCase() === c.actualRaw.toLowerCase();
    if (same) return;
    const [start, end] = documentSpan(context.doc);
    context.report({
      start,
      end,
      reason: `Результат направлен способом «${channelName(c.actual, c.actualRaw)}», а клиент выбрал «${channelName(c.requested, c.requestedRaw)}» (пп. 10 и 12 правил: результат направляется выбранным клиентом способом). Направьте результат способом «${channelName(c.requested, c.requestedRaw)}» или объясните, почему это невозможно.`,
    });
  },
};

export default rule;
