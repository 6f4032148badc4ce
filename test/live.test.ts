// Live checking must give exactly what a full lint gives, after any edit: random edits of real
// letters (the fixtures and the labelled sample), of every kind, compared message by message.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLinter, createLiveLinter, type Linter, type LintOptions } from '../src/node/index.js';

const root = join(import.meta.dirname, '..');

function letters(): Array<{ text: string; kind: 'reply' | 'notice' | 'call' }> {
  const out: Array<{ text: string; kind: 'reply' | 'notice' | 'call' }> = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.txt')) out.push({ text: readFileSync(p, 'utf8'), kind: p.includes('/call') ? 'call' : p.includes('/notice') ? 'notice' : 'reply' });
    }
  };
  walk(join(root, 'fixtures/letters'));
  const corpus = join(root, '../shared/corpus/dev.jsonl');
  if (existsSync(corpus)) {
    for (const line of readFileSync(corpus, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text: string; kind?: 'reply' | 'notice' | 'call' };
      out.push({ text: row.text, kind: row.kind ?? 'reply' });
    }
  }
  return out;
}

let seed = 7;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const PHRASES = ['принято в обработку', 'в связи с вышеизложенным', ' ЕДВ ', '«вы пишете»', 'Уважаемый Иван Петрович!', '\n\n', '\n', ' ', '.', ',', 'а', 'не', ' вы пишете: нам всё равно', '«', '»', 'МФЦ', 'С уважением,\nотдел'];

/** One random edit: typing, deleting, pasting a phrase, splitting or joining paragraphs, moving one. */
function edit(text: string, paragraphs: string[]): string {
  const at = Math.floor(rand() * (text.length + 1));
  const r = rand();
  if (r < 0.3) return text.slice(0, at) + pick(['а', 'о', ' ', 'н', 'е', '.', ',', '\n']) + text.slice(at);
  if (r < 0.5) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
  if (r < 0.7) return text.slice(0, at) + pick(PHRASES) + text.slice(at);
  if (r < 0.8) return text.slice(0, at) + '\n\n' + pick(paragraphs) + '\n\n' + text.slice(at);
  if (r < 0.9) return text.replace(/\n\s*\n/, (m) => (rand() < 0.5 ? ' ' : m + m));
  const parts = text.split('\n\n');
  if (parts.length > 2) {
    const [moved] = parts.splice(Math.floor(rand() * parts.length), 1);
    parts.splice(Math.floor(rand() * parts.length), 0, moved);
  }
  return parts.join('\n\n');
}

// YASNO_LIVE_EDITS=40 for a longer run (every letter, more edits each)
const EDITS = Number(process.env.YASNO_LIVE_EDITS ?? 12);
const NOW = new Date('2025-03-01T09:00:00+07:00');
const META = { detectedAt: '2025-02-20T10:00:00+07:00', sentAt: '2025-02-21T12:00:00+07:00', channel: 'sms', requestedChannel: 'email' };

describe('live linter', () => {
  const all = letters();
  const paragraphs = all.flatMap((l) => l.text.split(/\n\s*\n/)).filter((p) => p.trim().length > 20);
  let full: Linter;
  beforeAll(async () => {
    full = createLinter();
    await full.load();
  });

  for (const kind of ['reply', 'notice', 'call'] as const) {
    it(`equals a full lint after random edits (${kind})`, async () => {
      const options: LintOptions = { kind, now: NOW, format: 'text', ...(kind === 'reply' ? {} : { meta: META }) };
      const live = await createLiveLinter(options);
      const sample = all.filter((l) => l.kind === kind);
      let checked = 0;
      for (const [n, letter] of sample.entries()) {
        if (kind === 'reply' && n % 3 && !process.env.YASNO_LIVE_EDITS) continue;
        let text = letter.text;
        for (let i = 0; i < EDITS; i++) {
          const got = live.update(text);
          const want = full.lintSync(text, options);
          expect(got.messages, `правка ${i} письма ${n}:\n${text}`).toEqual(want.messages);
          expect(got.readability, `правка ${i} письма ${n}:\n${text}`).toEqual(want.readability);
          checked++;
          text = edit(text, paragraphs);
        }
      }
      expect(checked).toBeGreaterThan(30);
    });
  }

  it('relints only the paragraph that changed', async () => {
    const live = await createLiveLinter({ now: NOW });
    const text = all.find((l) => l.kind === 'reply' && l.text.split('\n\n').length > 4)!.text;
    live.update(text);
    const at = text.indexOf('\n\n') + 5;
    live.update(text.slice(0, at) + 'а' + text.slice(at));
    expect(live.stats.parsed).toBe(1);
    expect(live.stats.relinted).toBe(1);
    expect(live.stats.chunks).toBeGreaterThan(4);
  });

  it('keeps the last result and its messages', async () => {
    const live = await createLiveLinter();
    expect(live.messages).toEqual([]);
    const result = live.update('Ваше обращение принято в обработку.');
    expect(live.result).toBe(result);
    expect(live.messages.some((m) => m.ruleId === 'evasive')).toBe(true);
    expect(live.update('Ваше обращение принято в обработку.')).toBe(result);
  });
});
