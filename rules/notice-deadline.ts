// п. 8: «должностное лицо министерства обязано в течение 24 часов после выявления указанных
// проблем уведомить клиента способом, указанным в заявлении». Real hours count: the instants are
// compared, whatever offsets the two timestamps carry (LABELING.md §5). Exactly 24 h is in time.
// A notice not yet sent is measured against `now`. Missing or unreadable metadata is an error
// that names the field: a check that cannot run must not pass silently.
import type { Rule, RuleContext } from '../src/engine/rule.js';
import { documentSpan, metaText } from '../src/notice/meta.js';
import { HOUR, formatDuration, parseInstant } from '../src/notice/time.js';

const FIELDS = {
  detectedAt: 'даты выявления проблемы',
  sentAt: 'даты отправки уведомления',
} as const;

const SAMPLE = '2025-06-16T08:00:00+07:00';

function fieldProblem(context: RuleContext, field: keyof typeof FIELDS, problem: string, span: [number, number]) {
  const what = FIELDS[field];
  const reason =
    problem === 'missing'
      ? `Нет ${what} (${field}) в метаданных уведомления: без неё нельзя проверить срок в 24 часа (п. 8 правил). Укажите ${field}, например ${SAMPLE}.`
      : `Не удалось прочитать поле ${field} (${what}): ${problem}; без него нельзя проверить срок в 24 часа (п. 8 правил). Укажите, например, ${SAMPLE}.`;
  context.report({ start: span[0], end: span[1], reason, severity: 'error' });
}

const rule: Rule = {
  meta: {
    id: 'notice-deadline',
    point: 'п. 8',
    quote: 'должностное лицо министерства обязано в течение 24 часов после выявления указанных проблем уведомить клиента способом, указанным в заявлении',
    title: 'Уведомление позже 24 часов',
    description:
      'О неполном пакете документов или ошибках в заявлении клиента нужно уведомить в течение 24 часов после того, как проблему выявили. Срок считается по реальному времени: даты с разными часовыми поясами (+07:00, +03:00, Z) сравниваются как моменты времени. Дата без пояса читается в часовом поясе из настроек (timeZone, по умолчанию Asia/Novosibirsk). Если уведомление ещё не отправлено, срок сверяется с текущим временем.',
    severity: 'error',
    kinds: ['notice'],
    scope: 'document',
    options: { hours: 24 },
    examples: {
      kind: 'notice',
      meta: { detectedAt: '2025-06-16T08:00:00+07:00', sentAt: '2025-06-17T09:05:00+07:00', requestedChannel: 'mfc', channel: 'mfc' },
      incorrect: ['[[Уважаемый Прохор Семёнович!]]\n\nК заявлению не приложена копия паспорта.'],
    },
  },
  check(context) {
    const span = documentSpan(context.doc);
    const hours = Number(context.options.hours ?? 24);
    const limit = hours * HOUR;
    const detectedRaw = metaText(context.meta, 'detectedAt');
    const detected = parseInstant(detectedRaw, context.timeZone);
    if (!detected.ok) return fieldProblem(context, 'detectedAt', detected.problem, span);
    const sentRaw = metaText(context.meta, 'sentAt');
    if (sentRaw === undefined) {
      const elapsed = context.now.getTime() - detected.ms;
      if (elapsed > limit) {
        context.report({
          start: span[0],
          end: span[1],
          reason: `Уведомление ещё не отправлено, а с выявления проблемы прошло больше ${hours} ч: опоздание на ${formatDuration(elapsed - limit, 'up')} (п. 8 правил: уведомить клиента в течение ${hours} часов). Отправьте его сейчас.`,
          severity: 'error',
        });
      } else {
        // not a violation yet, but the official should know how much time is left
        context.report({
          start: span[0],
          end: span[1],
          reason: `Уведомление ещё не отправлено (нет sentAt): осталось ${formatDuration(Math.max(0, limit - elapsed))} из ${hours} ч (п. 8 правил: уведомить клиента в течение ${hours} часов после выявления проблемы).`,
          severity: 'info',
        });
      }
      return;
    }
    const sent = parseInstant(sentRaw, context.timeZone);
    if (!sent.ok) return fieldProblem(context, 'sentAt', sent.problem, span);
    const gap = sent.ms - detected.ms;
    if (gap < 0) {
      context.report({
        start: span[0],
        end: span[1],
        reason: `Дата отправки уведомления (sentAt ${sentRaw}) раньше даты выявления проблемы (detectedAt ${detectedRaw}) на ${formatDuration(-gap, 'up')}: проверьте метаданные, иначе срок в ${hours} ч (п. 8 правил) не проверить.`,
        severity: 'error',
      });
      return;
    }
    if (gap <= limit) return;
    context.report({
      start: span[0],
      end: span[1],
      reason: `Уведомление отправлено через ${formatDuration(gap, 'up')} после выявления проблемы — позже ${hours} часов (п. 8 правил): опоздание на ${formatDuration(gap - limit, 'up')}. Клиент теряет время, которое мог потратить на исправление документов.`,
    });
  },
};

export default rule;
