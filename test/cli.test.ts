// The CLI for an official before sending: the report, stdin, help, --explain, --rules, colours,
// --quiet, --max-warnings, --kind and --meta, exit codes and deterministic output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, DIRTY, folder, root, yasno } from './cli-helpers.js';

describe('yasno CLI', () => {
  it('reports the example in the stylish format and exits 1', async () => {
    const run = await yasno(['fixtures/example.txt']);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('fixtures/example.txt');
    expect(run.stdout).toMatch(/^ {2}\d+:\d+-\d+:\d+ +ошибка +«Ответ будет направлен в ближайшее время» .+ evasive$/m);
    expect(run.stdout).toMatch(/предупреждение +«вышеозначенного» .+ archaism$/m);
    expect(run.stdout).toMatch(/long-sentence$/m);
    expect(run.stdout).toMatch(/^✖ \d+ замечани[йея] \(\d+ ошибк[аи], \d+ предупреждени[йея]\)$/m);
    expect(run.stdout).toMatch(/^Читаемость: \d+,\d — .+$/m);
    expect(run.stdout).not.toMatch(/\u001b\[/); // no colours when piped
    expect(run.stderr).toBe('');
  });

  it('says so when there is nothing to fix, exit 0', async () => {
    const dir = folder({ 'ответ.txt': CLEAN });
    const run = await yasno(['ответ.txt'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^✔ Замечаний нет$/m);
    expect(run.stdout).toMatch(/^Читаемость: /m);
  });

  it('reads piped stdin, with or without «-»', async () => {
    const a = await yasno([], { input: DIRTY });
    const b = await yasno(['-'], { input: DIRTY });
    expect(a.code).toBe(1);
    expect(a.stdout).toMatch(/^<stdin>$/m);
    expect(a.stdout).toMatch(/evasive$/m);
    expect(b.stdout).toBe(a.stdout);
    const named = await yasno(['-', '--stdin-filename', 'ответ.html'], { input: '<p>Ответ будет направлен в ближайшее время.</p>' });
    expect(named.stdout).toMatch(/^ответ\.html$/m);
    expect(named.stdout).toMatch(/1:\d+-1:\d+ +ошибка .*evasive/);
  });

  it('empty stdin is an input error', async () => {
    const run = await yasno(['-'], { input: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('yasno: <stdin>: файл пуст — проверять нечего\n');
  });

  it('is deterministic: same input, same bytes', async () => {
    const a = await yasno(['fixtures/example.txt', '--format', 'json']);
    const b = await yasno(['fixtures/example.txt', '--format', 'json']);
    expect(a.stdoutBytes.equals(b.stdoutBytes)).toBe(true);
  });

  it('prints Russian help and the version', async () => {
    const help = await yasno(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Использование: yasno \[параметры\] \[файлы…\]/);
    expect(help.stdout).toContain('Параметры:');
    expect(help.stdout).toContain('Аргументы:');
    expect(help.stdout).toContain('Коды завершения');
    expect(help.stdout).not.toMatch(/Usage|Options:|display help|default:/);
    const version = await yasno(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  it('translates usage errors and exits 2', async () => {
    const unknown = await yasno(['--qiuet', 'x.txt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('yasno: неизвестный параметр «--qiuet» — может быть, «--quiet»?\nСправка: yasno --help\n');
    const missing = await yasno(['--format']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^yasno: параметру «--format» нужно значение\n/);
    const bad = await yasno(['--format', 'xml', 'x.txt']);
    expect(bad.stderr).toMatch(/^yasno: --format: «xml» — допустимо stylish, json, sarif, github, junit\n/);
    expect((await yasno(['--kind', 'replay', '-'], { input: CLEAN })).stderr).toMatch(/может быть, «reply»/);
    expect((await yasno(['--max-warnings', 'много', '-'], { input: CLEAN })).code).toBe(2);
    expect((await yasno(['--meta', 'channel', '-'], { input: CLEAN })).stderr).toMatch(/ожидается ключ=значение/);
    expect((await yasno(['--encoding', 'klingon', '-'], { input: CLEAN })).stderr).toMatch(/неизвестная кодировка «klingon»/);
  });

  it('--explain prints the point of the order, description and examples', async () => {
    const run = await yasno(['--explain', 'evasive']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^evasive — Ответ без конкретики$/m);
    expect(run.stdout).toMatch(/^п\. 7 правил: «не допускать неуместных уточнений/m);
    expect(run.stdout).toMatch(/Словарь правила \(\d+\):/);
    expect(run.stdout).toMatch(/не надо: .*\[.+\]/); // the marked span of a dictionary example
    const rule = await yasno(['--explain', 'long-sentence']);
    expect(rule.stdout).toMatch(/max: 25/);
    expect(rule.stdout).toContain('Так писать не надо:');
    expect(rule.stdout).toMatch(/• \[Сообщаем вам/);
    const typo = await yasno(['--explain', 'evasiv']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^yasno: --explain: неизвестное правило «evasiv» — может быть, «evasive»\?/);
  });

  it('--rules lists every rule with its severity, after the config', async () => {
    const dir = folder({ '.yasnorc.json': JSON.stringify({ rules: { 'long-sentence': 'off', archaism: 'error' } }) });
    const run = await yasno(['--rules'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^evasive +ошибка +п\. 7 +Ответ без конкретики$/m);
    expect(run.stdout).toMatch(/^long-sentence +выключено/m);
    expect(run.stdout).toMatch(/^archaism +ошибка/m);
  });

  it('colours only on demand: FORCE_COLOR and --color; NO_COLOR and pipes stay plain', async () => {
    const forced = await yasno(['fixtures/example.txt'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[31mошибка/);
    const flag = await yasno(['fixtures/example.txt', '--color']);
    expect(flag.stdout).toMatch(/\u001b\[/);
    const no = await yasno(['fixtures/example.txt'], { env: { NO_COLOR: '1' } });
    expect(no.stdout).not.toMatch(/\u001b\[/);
    const off = await yasno(['fixtures/example.txt', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(off.stdout).not.toMatch(/\u001b\[/);
  });

  it('--quiet shows errors only; --max-warnings turns warnings into exit 1', async () => {
    const dir = folder({ 'w.txt': CLEAN.replace('Вам назначена', 'Сим сообщаем: вам назначена') });
    const plain = await yasno(['w.txt'], { cwd: dir });
    expect(plain.stdout).toMatch(/предупреждение .*archaism/);
    expect(plain.code).toBe(0);
    const quiet = await yasno(['w.txt', '--quiet'], { cwd: dir });
    expect(quiet.stdout).not.toMatch(/предупреждение/);
    expect(quiet.code).toBe(0);
    const strict = await yasno(['w.txt', '--max-warnings', '0'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^yasno: 1 предупреждение — больше допустимого \(--max-warnings 0\)$/m);
    expect((await yasno(['w.txt', '--max-warnings', '5'], { cwd: dir })).code).toBe(0);
    const quietExample = await yasno(['fixtures/example.txt', '-q', '--format', 'json']);
    const messages = JSON.parse(quietExample.stdout)[0].messages;
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m: { fatal: boolean }) => m.fatal === true)).toBe(true);
  });

  it('--kind and --meta reach the notice rules; front matter is read too', async () => {
    const notice = 'Здравствуйте, Анна Сергеевна!\n\nВ вашем заявлении не хватает справки о доходах.\n\nС уважением,\nИ. П. Смирнова\n';
    const dir = folder({ 'n.txt': notice, 'fm.md': `---\nkind: notice\n---\n${notice}` });
    const asReply = JSON.parse((await yasno(['n.txt', '--format', 'json'], { cwd: dir })).stdout)[0];
    const asNotice = JSON.parse((await yasno(['n.txt', '--format', 'json', '--kind', 'notice', '--meta', 'detectedAt=2024-03-01T10:00+07:00', '--meta', 'sentAt=2024-03-05T10:00+07:00'], { cwd: dir })).stdout)[0];
    const ids = (r: { messages: Array<{ ruleId: string }> }) => r.messages.map((m) => m.ruleId);
    expect(ids(asReply).some((id) => id.startsWith('notice-'))).toBe(false);
    expect(ids(asNotice)).toContain('notice-deadline');
    const fm = JSON.parse((await yasno(['fm.md', '--format', 'json'], { cwd: dir })).stdout)[0];
    expect(ids(fm).some((id) => id.startsWith('notice-'))).toBe(true);
  });
});
