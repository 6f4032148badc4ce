// Regular expressions that touch user text must run in linear time: adversarial repetitions
// through the CLI (and the CLI's own limit on a million-character line) complete with a stable
// finding list. No timing assertion beyond the generous timeout.
import { describe, expect, it } from 'vitest';
import { folder, yasno } from './cli-helpers.js';

const GREETING = 'Здравствуйте, Анна Сергеевна!\n\n';
const SIGN = '\n\nС уважением,\nИ. П. Смирнова\n';

describe('adversarial input', () => {
  it('100 000 spaces, commas, «ааа…», nested brackets, a million-character line', { timeout: 240_000 }, async () => {
    const dir = folder({
      'spaces.txt': GREETING + 'Ответ' + ' '.repeat(100_000) + 'пришлём до 5 мая.' + SIGN,
      'commas.txt': GREETING + 'Ответ пришлём до 5 мая' + ','.repeat(100_000) + '.' + SIGN,
      'letters.txt': GREETING + 'а'.repeat(100_000) + '.' + SIGN,
      'brackets.md': GREETING + '('.repeat(50_000) + 'ответ' + ')'.repeat(50_000) + '\n' + '['.repeat(30_000) + 'x' + ']'.repeat(30_000) + SIGN,
      'tags.html': '<p>' + '<b>'.repeat(1_000) + 'Здравствуйте!' + '</b>'.repeat(1_000) + '</p><!--' + '-'.repeat(40_000),
      'million.txt': 'а '.repeat(500_000),
    });
    const run = await yasno(['spaces.txt', 'commas.txt', 'letters.txt', 'brackets.md', 'tags.html', 'million.txt', '--format', 'json'], { cwd: dir, timeout: 230_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('yasno: million.txt: строка 1 длиной 1 000 000 символов — это не похоже на письмо (предел 200 000)\n');
    const found = Object.fromEntries(JSON.parse(run.stdout).map((r: { path: string; messages: Array<{ ruleId: string }> }) => [r.path, [...new Set(r.messages.map((m) => m.ruleId))].sort()]));
    expect(Object.keys(found)).toEqual(['spaces.txt', 'commas.txt', 'letters.txt', 'brackets.md', 'tags.html', 'million.txt']);
    expect(found['spaces.txt']).not.toContain('evasive');
    expect(found['commas.txt']).toContain('punctuation');
    expect(found['million.txt']).toEqual([]);
  });
});
