// Points 8–10 and 12: notice deadline and channel from metadata, the notice's text, call scripts,
// the channel of a reply's result.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintOnly, unmark } from './helpers.js';
import { normalizeChannel } from '../src/notice/channels.js';
import { formatDuration, parseInstant } from '../src/notice/time.js';
import { entriesFor } from '../src/dict/index.js';
import { matcherFor } from '../src/dict/index.js';
import { parse } from '../src/parse/index.js';

const NOTICE = 'Уважаемая Анна Ивановна!\n\nК заявлению не приложена копия паспорта.\n\nПринесите её в МФЦ до 20 мая или подайте заявление заново.\n\nС уважением,\nотдел компенсаций';
const on = (detectedAt?: string, sentAt?: string, extra: Record<string, unknown> = {}) =>
  lintOnly(NOTICE, 'notice-deadline', { kind: 'notice', meta: { detectedAt, sentAt, requestedChannel: 'mfc', channel: 'mfc', ...extra } });

describe('notice-deadline', () => {
  it('exactly 24 h is in time', async () => {
    expect(await on('2025-06-16T08:00:00+07:00', '2025-06-17T08:00:00+07:00')).toEqual([]);
  });
  it('24 h + 1 min is late, and the message says by how much', async () => {
    const found = await on('2025-06-16T08:00:00+07:00', '2025-06-17T08:01:00+07:00');
    expect(found).toHaveLength(1);
    expect(found[0].reason).toContain('опоздание на 1 мин');
  });
  it('24 h + 1 s is late too (instants, not minutes)', async () => {
    expect(await on('2025-06-16T08:00:00+07:00', '2025-06-17T08:00:01+07:00')).toHaveLength(1);
  });
  it('across midnight', async () => {
    expect(await on('2025-11-20T22:15:00+07:00', '2025-11-21T08:00:00+07:00')).toEqual([]);
    expect(await on('2025-11-20T22:15:00+07:00', '2025-11-21T22:16:00+07:00')).toHaveLength(1);
  });
  it('across offsets: +07:00 vs Z vs +03:00', async () => {
    // wall clocks say 30.5 h, the real gap is 23.5 h
    expect(await on('2025-10-01T12:00:00Z', '2025-10-02T18:30:00+07:00')).toEqual([]);
    // wall clocks say 17.5 h, the real gap is 24.5 h
    expect(await on('2025-05-05T16:00:00+07:00', '2025-05-06T09:30:00Z')).toHaveLength(1);
    // Moscow time: 10:00+03:00 is 14:00 in Novosibirsk; exactly 24 h later
    expect(await on('2025-05-05T10:00:00+03:00', '2025-05-06T14:00:00+07:00')).toEqual([]);
    expect(await on('2025-05-05T10:00:00+03:00', '2025-05-06T14:01:00+07:00')).toHaveLength(1);
    expect(await on('2025-05-05T10:00:00.000+03:00', '2025-05-06T07:00:00.500Z')).toHaveLength(1);
  });
  it('reads a timestamp without an offset in the configured zone', async () => {
    // Novosibirsk is UTC+7: 08:00 local = 01:00Z
    expect(await on('2025-06-16T08:00:00', '2025-06-17T01:00:00Z')).toEqual([]);
    expect(await on('2025-06-16T08:00:00', '2025-06-17T01:01:00Z')).toHaveLength(1);
    const moscow = await lintOnly(NOTICE, 'notice-deadline', {
      kind: 'notice',
      timeZone: 'Europe/Moscow',
      meta: { detectedAt: '2025-06-16T08:00:00', sentAt: '2025-06-17T05:00:00Z', requestedChannel: 'mfc', channel: 'mfc' },
    });
    expect(moscow).toEqual([]);
    expect(parseInstant('2025-06-16T08:00', 'Asia/Novosibirsk')).toEqual({ ok: true, ms: Date.UTC(2025, 5, 16, 1), zoned: false });
  });
  it('names a missing or malformed field instead of passing', async () => {
    const missing = await on(undefined, '2025-06-17T08:00:00+07:00');
    expect(missing).toHaveLength(1);
    expect(missing[0].reason).toContain('detectedAt');
    expect(missing[0].fatal).toBe(true);
    const malformed = await on('2025-06-16T08:00:00+07:00', 'вчера вечером');
    expect(malformed).toHaveLength(1);
    expect(malformed[0].reason).toContain('sentAt');
    expect((await on('2025-02-30T08:00:00+07:00', '2025-03-01T08:00:00+07:00'))[0].reason).toContain('detectedAt');
    expect((await on('2025-06-16T08:00:00+07:00', '2025-06-15T08:00:00+07:00'))[0].reason).toContain('раньше');
  });
  it('a notice not sent yet is checked against now', async () => {
    const now = new Date('2025-06-17T04:40:00+07:00');
    const left = await lintOnly(NOTICE, 'notice-deadline', { kind: 'notice', now, meta: { detectedAt: '2025-06-16T08:00:00+07:00', requestedChannel: 'mfc', channel: 'mfc' } });
    expect(left).toHaveLength(1);
    expect(left[0].reason).toContain('осталось 3 ч 20 мин');
    expect(left[0].fatal).toBeUndefined();
    const late = await lintOnly(NOTICE, 'notice-deadline', { kind: 'notice', now: new Date('2025-06-17T09:05:00+07:00'), meta: { detectedAt: '2025-06-16T08:00:00+07:00' } });
    expect(late[0].reason).toContain('опоздание на 1 ч 5 мин');
    expect(late[0].fatal).toBe(true);
  });
  it('formats durations', () => {
    expect(formatDuration(3 * 3600_000 + 20 * 60_000)).toBe('3 ч 20 мин');
    expect(formatDuration(30_000, 'up')).toBe('1 мин');
    expect(formatDuration(50 * 3600_000)).toBe('2 сут 2 ч');
  });
});

describe('channels', () => {
  it('normalises codes and Russian names', () => {
    for (const [value, code] of [
      ['email', 'email'], ['E-mail', 'email'], ['электронная почта', 'email'], ['эл. почта', 'email'], ['по электронной почте', 'email'],
      ['epgu', 'epgu'], ['ЕПГУ', 'epgu'], ['Госуслуги', 'epgu'], ['портал госуслуг', 'epgu'], ['через Госуслуги', 'epgu'], ['Единый портал государственных услуг', 'epgu'],
      ['post', 'post'], ['почта', 'post'], ['почтой', 'post'], ['Почта России', 'post'], ['заказным письмом', 'post'],
      ['mfc', 'mfc'], ['МФЦ', 'mfc'], ['через МФЦ', 'mfc'], ['многофункциональный центр', 'mfc'],
      ['phone', 'phone'], ['телефон', 'phone'], ['по телефону', 'phone'],
    ] as const) expect(normalizeChannel(value), value).toBe(code);
    expect(normalizeChannel('факс')).toBeUndefined();
    expect(normalizeChannel('почта на даче', { 'почта на даче': 'post' })).toBe('post');
  });
  it('notice-channel compares normalised values and names missing fields', async () => {
    const lint = (requestedChannel?: string, channel?: string) =>
      lintOnly(NOTICE, 'notice-channel', { kind: 'notice', meta: { detectedAt: '2025-06-16T08:00:00+07:00', sentAt: '2025-06-16T09:00:00+07:00', requestedChannel, channel } });
    expect(await lint('Госуслуги', 'epgu')).toEqual([]);
    expect(await lint('электронная почта', 'email')).toEqual([]);
    expect(await lint('mfc', 'email')).toHaveLength(1);
    expect((await lint(undefined, 'email'))[0].reason).toContain('requestedChannel');
    expect((await lint('mfc', undefined))[0].reason).toContain('channel');
    expect((await lint('голубиная почта', 'mfc'))[0].reason).toContain('Неизвестный');
  });
  it('result-channel only when both channels are given and differ', async () => {
    const reply = 'Уважаемый Олег Иванович!\n\nВам назначена выплата с 1 марта.\n\nС уважением,\nотдел назначения выплат';
    expect(await lintOnly(reply, 'result-channel', { meta: { requestedChannel: 'email', channel: 'post' } })).toHaveLength(1);
    expect(await lintOnly(reply, 'result-channel', { meta: { requestedChannel: 'почта', channel: 'post' } })).toEqual([]);
    expect(await lintOnly(reply, 'result-channel', { meta: { requestedChannel: 'email' } })).toEqual([]);
    expect(await lintOnly(reply, 'result-channel', {})).toEqual([]);
    // on a notice the mismatch is notice-channel
    expect(await lintOnly(reply, 'result-channel', { kind: 'notice', meta: { requestedChannel: 'email', channel: 'post' } })).toEqual([]);
  });
});

describe('signal dictionary notice-reapply', () => {
  const matcher = matcherFor('notice-reapply');
  for (const entry of entriesFor('notice-reapply')) {
    it.each(entry.examples.incorrect)(`${entry.id} finds %s`, (example) => {
      const { text, start, end } = unmark(example);
      const found = parse(text).sentences.flatMap((s) => matcher.match(s.words)).filter((m) => m.entry.id === entry.id);
      // a signal dictionary: only presence matters, so a match may run past the marked words
      // (the matcher keeps the farthest end: «подать новое» + «заявление»)
      expect(found.some((m) => m.start <= start && m.end >= end), found.map((m) => text.slice(m.start, m.end)).join(' | ')).toBe(true);
    });
    it.each(entry.examples.correct)(`${entry.id} ignores %s`, (example) => {
      expect(parse(example).sentences.flatMap((s) => matcher.match(s.words))).toEqual([]);
    });
  }
});

const ON_TIME = { detectedAt: '2025-06-16T08:00:00+07:00', sentAt: '2025-06-16T15:00:00+07:00', requestedChannel: 'email', channel: 'email' };
const MINE = ['notice-deadline', 'notice-channel', 'notice-missing-items', 'notice-offer-fix', 'notice-offer-reapply', 'call-introduction', 'call-purpose', 'call-closing', 'result-channel'];
// what each dirty fixture must give (and nothing else of these ids)
const DIRTY: Record<string, string[]> = {
  'notice/dirty-vague.txt': ['notice-missing-items', 'notice-offer-fix', 'notice-offer-reapply'],
  'notice/dirty-no-how.txt': ['notice-offer-fix', 'notice-offer-reapply'],
  'call/dirty-institution.txt': ['call-introduction'],
  'call/dirty-abbreviation.txt': ['call-purpose'],
  'call/dirty-no-goodbye.txt': ['call-closing'],
};

describe.each(['notice', 'call'] as const)('whole %s fixtures', (kind) => {
  const dir = join(__dirname, '..', 'fixtures', 'letters', kind);
  it.each(readdirSync(dir).filter((f) => f.endsWith('.txt')))('%s', async (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const found = await lintOnly(text, MINE, { kind, meta: kind === 'notice' ? ON_TIME : {} });
    const ids = [...new Set(found.map((m) => m.ruleId))].sort();
    expect(ids).toEqual(file.startsWith('clean') ? [] : [...DIRTY[`${kind}/${file}`]].sort());
  });
});

describe('sample fixtures', () => {
  it('fixtures/notice.md (front matter) is clean', async () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'notice.md'), 'utf8');
    expect(await lintOnly(text, MINE, { path: 'notice.md' })).toEqual([]);
  });
  it('fixtures/call.txt is clean', async () => {
    const text = readFileSync(join(__dirname, '..', 'fixtures', 'call.txt'), 'utf8');
    expect(await lintOnly(text, MINE, { kind: 'call' })).toEqual([]);
  });
});
