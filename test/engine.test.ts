// The kernel as a library user meets it: config, directives, ordering, the synchronous API.
import { describe, expect, it } from 'vitest';
import { ConfigError, createLinter, lint, preload, lintSync } from '../src/node/index.js';
import { lintOnly } from './helpers.js';

const draft = 'Уважаемая Анна Сергеевна!\n\nВаше заявление принято в обработку.\n\nС уважением,\nотдел выплат';

describe('messages', () => {
  it('are VFileMessage-shaped, in Russian, with the rule id and the original span', async () => {
    const [m] = await lintOnly(draft, 'evasive');
    expect(m).toMatchObject({ ruleId: 'evasive', source: 'yasno', fatal: true, line: 3, point: 'п. 7' });
    expect(m.actual).toContain('принято в обработку');
    expect(draft.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual);
    expect(m.reason).toMatch(/принято в обработку.*\(п\. 7 правил\)/);
    expect(m.expected.length).toBeGreaterThan(0);
    expect(m.url).toContain('evasive');
  });

  it('are sorted by place and free of duplicates', async () => {
    const text = 'Вопрос взят на контроль. Ваше заявление принято в обработку. Вопрос взят на контроль.';
    const found = await lintOnly(text, 'evasive');
    const offsets = found.map((m) => m.place.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(new Set(offsets).size).toBe(offsets.length);
  });
});

describe('config', () => {
  it('switches a rule off or changes its severity', async () => {
    expect(await lintOnly(draft, 'evasive', { rules: { evasive: 'off' } })).toEqual([]);
    const [m] = await lintOnly(draft, 'evasive', { rules: { evasive: 'warn' } });
    expect(m.fatal).toBe(false);
  });

  it('passes options to a rule', async () => {
    const text = 'Мы назначили вам выплату на шесть месяцев с первого числа следующего месяца.';
    expect(await lintOnly(text, 'long-sentence')).toEqual([]);
    const found = await lintOnly(text, 'long-sentence', { rules: { 'long-sentence': ['warn', { max: 5 }] } });
    expect(found).toHaveLength(1);
  });

  it('rejects an unknown rule id and suggests the nearest one', async () => {
    await expect(lint(draft, { rules: { evasiv: 'off' } })).rejects.toThrow(ConfigError);
    await expect(lint(draft, { rules: { evasiv: 'off' } })).rejects.toThrow(/«evasive»/);
  });

  it('rejects an unknown option', async () => {
    await expect(lint(draft, { rules: { 'long-sentence': ['warn', { maks: 10 }] } })).rejects.toThrow(/неизвестный параметр «maks» — может быть, «max»/);
  });

  it('takes the organisation’s own entries, exceptions and allowed phrases', async () => {
    const org = {
      entries: [{ id: 'org.v-ocheredi', rule: 'evasive', patterns: ['=заявка =поставлена =в =стек'], explanation: 'статус без срока', suggestions: ['до [дата]'] }],
    };
    expect(await lintOnly('Ваша заявка поставлена в стек.', 'evasive')).toEqual([]);
    const [m] = await lintOnly('Ваша заявка поставлена в стек.', 'evasive', { dictionaries: org });
    expect(m.entryId).toBe('org.v-ocheredi');
    expect(await lintOnly(draft, 'evasive', { dictionaries: { allow: ['принято в обработку'] } })).toEqual([]);
    const [builtIn] = await lintOnly(draft, 'evasive');
    const disabled = await lintOnly(draft, 'evasive', { dictionaries: { disable: [builtIn.entryId!] } });
    expect(disabled.filter((x) => x.entryId === builtIn.entryId)).toEqual([]);
  });
});

describe('inline directives', () => {
  it('yasno-disable-next-line in an HTML comment', async () => {
    const text = '<!-- yasno-disable-next-line evasive -->\nВаше заявление принято в обработку.\nВопрос взят на контроль.';
    const found = await lintOnly(text, 'evasive');
    expect(found.map((m) => m.actual)).toHaveLength(1);
    expect(found[0].actual).toContain('взят на контроль');
  });

  it('yasno-disable and yasno-enable on lines of their own', async () => {
    const text = 'yasno-disable evasive\nВаше заявление принято в обработку.\nyasno-enable evasive\nВопрос взят на контроль.';
    const found = await lintOnly(text, 'evasive');
    expect(found.map((m) => m.actual)).toHaveLength(1);
    expect(found[0].actual).toContain('взят на контроль');
  });

  it('a disable without ids silences every rule, and the directive itself is not prose', async () => {
    const text = '<!-- yasno-disable -->\nВаше заявление принято в обработку.';
    expect(await lintOnly(text, ['evasive', 'long-sentence'])).toEqual([]);
  });
});

describe('the synchronous API', () => {
  it('lints many times after one preload', async () => {
    await preload();
    const first = lintSync(draft).messages.filter((m) => m.ruleId === 'evasive');
    expect(first).toHaveLength(1);
    const linter = createLinter({ rules: { 'long-sentence': 'off' } });
    await linter.load();
    expect(linter.lintSync(draft).messages.some((m) => m.ruleId === 'long-sentence')).toBe(false);
  });

  it('reports readability with its band', async () => {
    const { readability } = await lint(draft);
    expect(readability?.score).toBeGreaterThan(0);
    expect(readability?.band).toMatch(/понятно/);
  });

  it('reads the kind and metadata from front matter', async () => {
    const result = await lint('---\nkind: notice\nchannel: email\n---\nТекст уведомления.');
    expect(result.kind).toBe('notice');
    expect(result.meta.channel).toBe('email');
  });
});
