// Timestamps of notices (п. 8: «в течение 24 часов после выявления указанных проблем»). The order
// counts real hours, so only absolute instants are compared: a timestamp with an offset («+07:00»,
// «Z») is exact; one without is a wall-clock time in the configured zone. The zone's offset comes
// from Intl (browser-safe, no date library), which also knows the zone's historical changes.

export type Instant = { ok: true; ms: number; zoned: boolean } | { ok: false; problem: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function zoneOffset(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the zone's clocks show the given wall time (the earlier one in a repeated hour). */
export function fromWallTime(wall: number, timeZone: string): number {
  const first = zoneOffset(wall, timeZone);
  const guess = wall - first;
  const second = zoneOffset(guess, timeZone);
  if (second === first) return guess;
  const other = wall - second;
  return zoneOffset(other, timeZone) === second ? Math.min(guess, other) : guess;
}

/** Reads an ISO 8601 timestamp (offset or «Z» optional; milliseconds allowed). */
export function parseInstant(value: unknown, timeZone: string): Instant {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { ok: false, problem: 'недопустимая дата' } : { ok: true, ms: value.getTime(), zoned: true };
  if (typeof value !== 'string') return { ok: false, problem: value === undefined || value === null || value === '' ? 'missing' : 'ожидается строка вида 2025-06-16T08:00:00+07:00' };
  const text = value.trim();
  if (text === '') return { ok: false, problem: 'missing' };
  const m = ISO.exec(text);
  if (!m) return { ok: false, problem: `«${text}» — не дата и время в формате ISO 8601 (например, 2025-06-16T08:00:00+07:00)` };
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] ? Number(m[6]) : 0;
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(wall);
  // Date.UTC rolls «2025-02-30» over to March: such a value is a typo, not a date
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, problem: `«${text}» — такой даты или времени не бывает` };
  }
  const zone = m[8];
  if (!zone) {
    if (!isTimeZone(timeZone)) return { ok: false, problem: `часовой пояс «${timeZone}» неизвестен, а в «${text}» нет смещения от UTC` };
    return { ok: true, ms: fromWallTime(wall, timeZone), zoned: false };
  }
  if (/^z$/i.test(zone)) return { ok: true, ms: wall, zoned: true };
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offH = Number(digits.slice(0, 2));
  const offM = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (offH > 14 || offM > 59) return { ok: false, problem: `«${text}» — недопустимое смещение от UTC` };
  return { ok: true, ms: wall - sign * (offH * 60 + offM) * 60000, zoned: true };
}

export const HOUR = 3600_000;
export const MINUTE = 60_000;

/** «3 ч 20 мин», «45 мин», «2 ч»; days beyond 48 hours as «3 сут 4 ч». */
export function formatDuration(ms: number, round: 'up' | 'down' = 'down'): string {
  const minutes = round === 'up' ? Math.ceil(ms / MINUTE) : Math.floor(ms / MINUTE);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h >= 48) {
    const d = Math.floor(h / 24);
    const rest = h % 24;
    return rest ? `${d} сут ${rest} ч` : `${d} сут`;
  }
  if (h && m) return `${h} ч ${m} мин`;
  if (h) return `${h} ч`;
  return `${m} мин`;
}
