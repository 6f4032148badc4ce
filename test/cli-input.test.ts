// Input: encodings (UTF-8 with/without BOM, UTF-16, Windows-1251, --encoding), --fix written
// atomically in the file's own encoding and line endings, and bad input: a one-line Russian
// error naming the file, the other files still checked, exit code 2.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIRTY, folder, yasno } from './cli-helpers.js';

/** Windows-1251 bytes of a Russian text (the test's own encoder). */
function cp1251(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x451) out.push(0xb8);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x2014) out.push(0x97);
    else if (c === 0xab) out.push(0xab);
    else if (c === 0xbb) out.push(0xbb);
    else throw new Error(`no cp1251 for ${ch}`);
  }
  return Buffer.from(out);
}

const FIXABLE = 'Здравствуйте, Анна Сергеевна!\r\n\r\nСправку выдадим 5 мая , а выплату - перечислим 10 мая.\r\n\r\nС уважением,\r\nИ. П. Смирнова\r\n';

describe('encodings and --fix', () => {
  it('reads UTF-8 with BOM, UTF-16 LE, Windows-1251; --encoding overrides detection', async () => {
    const dir = folder({
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DIRTY)]),
      'u16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DIRTY, 'utf16le')]),
      'cp.txt': cp1251(DIRTY),
    });
    const run = await yasno(['bom.txt', 'u16.txt', 'cp.txt', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    for (const r of report) {
      const m = r.messages.find((x: { ruleId: string }) => x.ruleId === 'evasive');
      expect(m?.actual, r.path).toMatch(/в ближайшее время$/);
      expect(m.place.start.line).toBe(3);
    }
    // read as KOI8-R on purpose: the letters come out scrambled, the evasive phrase is gone
    const koi = await yasno(['cp.txt', '--encoding', 'koi8-r', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(koi.stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'evasive')).toBe(false);
  });

  it('--fix writes safe fixes back in Windows-1251 with CRLF; without --fix nothing is written', async () => {
    const dir = folder({ 'cp.txt': cp1251(FIXABLE), 'u8.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIXABLE)]) });
    const before = readFileSync(join(dir, 'cp.txt'));
    const check = await yasno(['cp.txt', 'u8.txt'], { cwd: dir });
    expect(check.stdout).toMatch(/punctuation/);
    expect(readFileSync(join(dir, 'cp.txt')).equals(before)).toBe(true);

    const mode = statSync(join(dir, 'cp.txt')).mode;
    const run = await yasno(['cp.txt', 'u8.txt', '--fix'], { cwd: dir });
    expect(run.stdout).toMatch(/исправлено автоматически: 2/);
    const fixed = FIXABLE.replace('5 мая ,', '5 мая,').replace('выплату - перечислим', 'выплату — перечислим');
    expect(readFileSync(join(dir, 'cp.txt')).equals(cp1251(fixed))).toBe(true);
    expect(readFileSync(join(dir, 'u8.txt')).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixed)]))).toBe(true);
    expect(statSync(join(dir, 'cp.txt')).mode).toBe(mode);
    expect(readdirSync(dir).sort()).toEqual(['cp.txt', 'u8.txt']); // no temporary files left
    expect(run.stdout).not.toMatch(/punctuation/);
    // --fix on standard input is a usage error
    expect((await yasno(['-', '--fix'], { input: FIXABLE })).code).toBe(2);
  });
});

describe('bad input', () => {
  it('each bad file gives one Russian line naming it; the others are still checked; exit 2', async () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 'а ');
    const dir = folder({
      'good.txt': DIRTY,
      'empty.txt': '',
      'blank.txt': '  \n\n',
      'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]),
      'bad-utf8.txt': Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xff, 0xfe, 0x42]),
      'latin.txt': Buffer.from([0x41, 0x80, 0x81, 0x82, 0x83, 0x42]),
      'front.md': '---\nkind: [notice\n---\nЗдравствуйте!\n',
      'long.txt': 'а'.repeat(1_000_000),
      'big.txt': huge,
      'empty-dir/readme.pdf': 'x',
    });
    const run = await yasno(['good.txt', 'missing.txt', 'empty.txt', 'blank.txt', 'binary.txt', 'bad-utf8.txt', 'latin.txt', 'front.md', 'long.txt', 'big.txt', 'empty-dir', 'nothing/**/*.txt', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    const errors = run.stderr.trim().split('\n');
    expect(errors).toEqual([
      'yasno: missing.txt: файл не найден',
      'yasno: empty-dir: в папке нет файлов .txt, .text, .md, .markdown, .html, .htm, .eml',
      'yasno: nothing/**/*.txt: по этому шаблону не найдено ни одного файла',
      'yasno: empty.txt: файл пуст — проверять нечего',
      'yasno: blank.txt: в файле нет текста — проверять нечего',
      'yasno: binary.txt: двоичный файл, а не текст: в нём есть нулевые байты',
      'yasno: bad-utf8.txt: файл начинается с метки UTF-8, но дальше в нём недопустимые для UTF-8 байты',
      'yasno: latin.txt: файл не в кодировке UTF-8 и не похож на Windows-1251: сохраните его в UTF-8',
      expect.stringMatching(/^yasno: front\.md: ошибка в метаданных \(front matter\), строка \d+: /),
      'yasno: long.txt: строка 1 длиной 1 000 000 символов — это не похоже на письмо (предел 200 000)',
      'yasno: big.txt: файл слишком большой (50,0 МБ): yasno проверяет файлы до 10,0 МБ',
    ]);
    const report = JSON.parse(run.stdout);
    expect(report.map((r: { path: string }) => r.path).slice(0, 4)).toEqual(['missing.txt', 'empty-dir', 'nothing/**/*.txt', 'good.txt']);
    expect(report[3].messages.some((m: { ruleId: string }) => m.ruleId === 'evasive')).toBe(true);
    expect(report.filter((r: { error?: string }) => r.error)).toHaveLength(11);
  });
});

