// Config discovery (nearest first, every file type, package.json field, --config) and config
// errors: unknown rule, option or key with the nearest valid name, broken JSON or YAML.
import { describe, expect, it } from 'vitest';
import { folder, yasno } from './cli-helpers.js';

const ARCHAIC = 'Здравствуйте, Анна Сергеевна!\n\nСим сообщаем: ответ пришлём до 5 мая. Справку выдадим 6 мая, а выплату перечислим 10 мая после проверки документов, которые вы представили в отдел в прошлом месяце вместе с заявлением.\n\nС уважением,\nИ. П. Смирнова\n';
const rulesOf = (stdout: string) => Object.fromEntries(JSON.parse(stdout).map((r: { path: string; messages: Array<{ ruleId: string; fatal: boolean }> }) => [r.path, r.messages.map((m) => `${m.ruleId}:${m.fatal}`).sort().join(' ')]));

describe('config discovery', () => {
  it('finds the nearest config of each kind; --config overrides', async () => {
    const dir = folder({
      'root.txt': ARCHAIC,
      '.yasnorc': 'rules:\n  archaism: error\n',
      'json/a.txt': ARCHAIC,
      'json/.yasnorc.json': JSON.stringify({ rules: { archaism: 'off' } }),
      'yaml/a.txt': ARCHAIC,
      'yaml/.yasnorc.yaml': 'rules:\n  long-sentence: [warn, { max: 10 }]\n  archaism: off\n',
      'yml/deep/a.txt': ARCHAIC,
      'yml/.yasnorc.yml': 'dictionaries:\n  allow: [сим]\n',
      'js/a.txt': ARCHAIC,
      'js/yasno.config.js': "export default { rules: { archaism: 'info' } };\n",
      'pkg/a.txt': ARCHAIC,
      'pkg/package.json': JSON.stringify({ name: 'x', yasno: { rules: { archaism: { severity: 'error' }, 'long-sentence': 'off' } } }),
      'nopkg/a.txt': ARCHAIC,
      'nopkg/package.json': JSON.stringify({ name: 'y' }),
      'other.json': JSON.stringify({ rules: { archaism: 'off', 'long-sentence': 'off' } }),
    });
    const files = ['root.txt', 'json/a.txt', 'yaml/a.txt', 'yml/deep/a.txt', 'js/a.txt', 'pkg/a.txt', 'nopkg/a.txt'];
    const [run, forced] = await Promise.all([
      yasno([...files, '--format', 'json'], { cwd: dir }),
      yasno([...files, '--format', 'json', '--config', 'other.json'], { cwd: dir }),
    ]);
    const got = rulesOf(run.stdout);
    expect(got['root.txt']).toBe('archaism:true');
    expect(got['json/a.txt']).toBe('');
    expect(got['yaml/a.txt']).toBe('long-sentence:false');
    expect(got['yml/deep/a.txt']).toBe('');
    expect(got['js/a.txt']).toBe('archaism:undefined');
    expect(got['pkg/a.txt']).toBe('archaism:true');
    expect(got['nopkg/a.txt']).toBe('archaism:true'); // no yasno field: the root .yasnorc applies
    expect(Object.values(rulesOf(forced.stdout)).every((v) => v === '')).toBe(true);
  });

  it('config errors name the file and the key with the nearest valid one, exit 2, other files still checked', async () => {
    const dir = folder({
      'ok/a.txt': ARCHAIC,
      'rule/a.txt': ARCHAIC,
      'rule/b.txt': ARCHAIC,
      'rule/.yasnorc.json': JSON.stringify({ rules: { archaizm: 'off' } }),
      'option/a.txt': ARCHAIC,
      'option/.yasnorc.yaml': 'rules:\n  long-sentence: [warn, { maks: 10 }]\n',
      'top/a.txt': ARCHAIC,
      'top/.yasnorc.yml': 'rule:\n  archaism: off\n',
      'severity/a.txt': ARCHAIC,
      'severity/.yasnorc.json': '{"rules": {"archaism": "eror"}}',
      'json/a.txt': ARCHAIC,
      'json/.yasnorc.json': '{\n  "rules": {\n    "archaism": "off",\n  }\n}\n',
      'yaml/a.txt': ARCHAIC,
      'yaml/.yasnorc.yaml': 'rules:\n  archaism: [off\n',
      'dict/a.txt': ARCHAIC,
      'dict/.yasnorc.yaml': 'dictionaries:\n  alow: [сим]\n',
    });
    const run = await yasno(['ok', 'rule', 'option', 'top', 'severity', 'json', 'yaml', 'dict', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'yasno: rule/.yasnorc.json: rules: неизвестное правило «archaizm» — может быть, «archaism»?',
      'yasno: option/.yasnorc.yaml: rules.long-sentence: неизвестный параметр «maks» — может быть, «max»?',
      'yasno: top/.yasnorc.yml: неизвестный параметр «rule» — может быть, «rules»?',
      'yasno: severity/.yasnorc.json: rules.archaism: уровень «eror» не бывает — off, warn, error или info — может быть, «error»?',
      'yasno: json/.yasnorc.json: некорректный JSON в строке 4, столбце 3',
      expect.stringMatching(/^yasno: yaml\/\.yasnorc\.yaml: некорректный YAML в строке \d+: это не YAML$/),
      'yasno: dict/.yasnorc.yaml: dictionaries: неизвестный параметр «alow» — может быть, «allow»?',
    ]);
    const report = JSON.parse(run.stdout);
    expect(report[0]).toMatchObject({ path: 'ok/a.txt' });
    expect(report[0].messages.length).toBeGreaterThan(0);
    expect(report.find((r: { path: string }) => r.path === 'rule/b.txt').error).toBe('не проверен: ошибка в настройках rule/.yasnorc.json');
  });

  it('a broken --config file is an error before anything is checked', async () => {
    const dir = folder({ 'a.txt': ARCHAIC, 'bad.yaml': 'kind: replay\n' });
    const run = await yasno(['a.txt', '--config', 'bad.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('yasno: bad.yaml: kind: «replay» — ожидается reply, notice или call — может быть, «reply»?\n');
    expect(run.stdout).toBe('');
  });
});
