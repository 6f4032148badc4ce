// Examples of use for src/input: bytes → string → prose of the same length → front matter.
// The invariant every extractor keeps: a word sits at the same offset in `text` as in
// `source`, so positions found in `text` are positions in the user's file.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../src/input/decode.js';
import { InputError } from '../src/input/errors.js';
import { extractProse, extractProseAsync, guessFormat, loadFormat } from '../src/input/formats/index.js';
import { dropQuotesAndSignature } from '../src/input/formats/eml.js';
import { readFrontMatter } from '../src/input/frontmatter.js';

// the parsers behind Markdown and HTML load on first need (describe blocks below use them at once)
await loadFormat('markdown');
await loadFormat('html');

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const fixtureText = (name: string) => decodeBytes(fixture(name)).text;

/** Everything in `text` that is not whitespace or U+200B padding, in order. */
const prose = (text: string) => text.replace(/\u200B/g, '').split(/[ \t\r\n]+/).filter(Boolean).join(' ');

function expectSameOffset(source: string, text: string, word: string): void {
  expect(text.indexOf(word), word).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(word), word).toBe(source.indexOf(word));
}

async function expectInputError(run: () => unknown, pattern: RegExp): Promise<InputError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(pattern);
    expect((error as Error).message).toMatch(/[а-яё]/i);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('decodeBytes', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  test('UTF-8, keeping a BOM as U+FEFF for normalisation to strip', () => {
    expect(decodeBytes(encode('Ответ готов'))).toEqual({ text: 'Ответ готов', encoding: 'utf-8' });
    const withBom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Ответ')]));
    expect(withBom).toEqual({ text: '\uFEFFОтвет', encoding: 'utf-8' });
  });

  test('UTF-16 LE and BE with a BOM, and LE without one', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x1e, 0x04, 0x3a, 0x04, 0x20, 0x00]); // «Ок »
    expect(decodeBytes(le)).toEqual({ text: '\uFEFFОк ', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x04, 0x1e, 0x04, 0x3a, 0x00, 0x21]); // «Ок!»
    expect(decodeBytes(be)).toEqual({ text: '\uFEFFОк!', encoding: 'utf-16be' });
    const bare = new Uint8Array([0x1e, 0x04, 0x3a, 0x04, 0x20, 0x00, 0x34, 0x04, 0x30, 0x04]); // «Ок да»
    expect(decodeBytes(bare)).toEqual({ text: 'Ок да', encoding: 'utf-16le' });
  });

  test('Windows-1251 is detected from invalid UTF-8 full of 0xC0–0xFF', () => {
    // «Ваше обращение рассмотрено» in cp1251
    const bytes = new Uint8Array([
      0xc2, 0xe0, 0xf8, 0xe5, 0x20, 0xee, 0xe1, 0xf0, 0xe0, 0xf9, 0xe5, 0xed, 0xe8, 0xe5, 0x20,
      0xf0, 0xe0, 0xf1, 0xf1, 0xec, 0xee, 0xf2, 0xf0, 0xe5, 0xed, 0xee,
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Ваше обращение рассмотрено', encoding: 'windows-1251' });
  });

  test('KOI8-R is told from Windows-1251 by letter frequencies', () => {
    // «Ваше обращение рассмотрено» in KOI8-R
    const bytes = new Uint8Array([
      0xf7, 0xc1, 0xdb, 0xc5, 0x20, 0xcf, 0xc2, 0xd2, 0xc1, 0xdd, 0xc5, 0xce, 0xc9, 0xc5, 0x20,
      0xd2, 0xc1, 0xd3, 0xd3, 0xcd, 0xcf, 0xd4, 0xd2, 0xc5, 0xce, 0xcf,
    ]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Ваше обращение рассмотрено', encoding: 'koi8-r' });
  });

  test('an explicit encoding overrides detection', () => {
    expect(decodeBytes(new Uint8Array([0xe4, 0xe0]), 'cp1251')).toEqual({ text: 'да', encoding: 'windows-1251' });
  });

  test('binary, non-Cyrillic garbage and unknown encodings are InputErrors in Russian', async () => {
    await expectInputError(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])), /двоичный файл/);
    await expectInputError(() => decodeBytes(new Uint8Array([0x41, 0x80, 0x81, 0x82, 0x42])), /не в кодировке UTF-8/);
    await expectInputError(() => decodeBytes(encode('да'), 'x-no-such'), /неизвестная кодировка/);
  });
});

describe('guessFormat', () => {
  test('by extension first', () => {
    expect(guessFormat('ответ.TXT')).toBe('text');
    expect(guessFormat('шаблоны/отказ.md')).toBe('markdown');
    expect(guessFormat('README.markdown')).toBe('markdown');
    expect(guessFormat('letter.htm')).toBe('html');
    expect(guessFormat('reply.eml', '<html>')).toBe('eml');
  });

  test('by content when there is no name (stdin, a mail client)', () => {
    expect(guessFormat(undefined, fixtureText('letter.html'))).toBe('html');
    expect(guessFormat(undefined, fixtureText('reply-utf8.eml'))).toBe('eml');
    expect(guessFormat(undefined, 'From: Отдел\nTo: a@b.ru\n\nТекст')).toBe('eml');
    expect(guessFormat(undefined, 'Уважаемый Иван Петрович!\n\nВаше обращение рассмотрено.')).toBe('text');
    expect(guessFormat()).toBe('text');
  });
});

describe('text', () => {
  test('is its own prose', () => {
    const source = 'Уважаемый Иван Петрович!\r\n\r\nВаше обращение рассмотрено.';
    expect(extractProse(source, 'text')).toEqual({ source, text: source });
  });
});

describe('html', () => {
  const source = fixtureText('letter.html');
  const { text } = extractProse(source, 'html');

  test('keeps prose at its source offsets, same length', () => {
    expect(text).toHaveLength(source.length);
    for (const word of ['Уважаемая', 'обработку', 'Перерасчёт', 'Справка', 'Вопросы:', 'уважением,']) {
      expectSameOffset(source, text, word);
    }
  });

  test('blanks head, title, style, script, comments and tags', () => {
    for (const markup of ['Ответ на обращение', 'font-family', 'window.track', 'шаблон:', '<p', 'class=', 'DOCTYPE']) {
      expect(text).not.toContain(markup);
    }
    // every source line break is still there
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') expect(text[i]).toBe('\n');
  });

  test('character references become their character padded with U+200B', () => {
    const at = source.indexOf('&laquo;О&nbsp;перерасчёте');
    expect(text.slice(at, at + 22)).toBe('«\u200B'.padEnd(7, '\u200B') + 'О' + '\u00A0'.padEnd(6, '\u200B') + 'перерасчёте'.slice(0, 8));
    expect(prose(text)).toContain('Ваше обращение «О\u00A0перерасчёте платы» от\u00A012.03.2025 принято в\u00A0обработку.');
    expect(prose(text)).toContain('14.03.2025\u00A0— сумма 1\u00A0250\u00A0руб.');
  });

  test('a link whose text is its address is not prose; a worded link is', () => {
    const html = '<p>Подробнее: <a href="https://gosuslugi.ru/">gosuslugi.ru</a>, <a href="https://x.ru/a">в личном кабинете</a>.</p>';
    expect(prose(extractProse(html, 'html').text)).toBe('Подробнее: , в личном кабинете .');
  });

  test('<br> and block tags become line breaks, so words on either side do not run together', () => {
    const br = source.indexOf('<br>Перерасчёт');
    expect(text.slice(br, br + 4)).toBe('\n   ');
    const li = source.indexOf('<li>Справка');
    expect(text.slice(li, li + 4)).toBe('\n\n  ');
    expect(text.slice(source.indexOf('</li>'), source.indexOf('</li>') + 5)).toBe('\n\n   ');
  });
});

describe('markdown', () => {
  const source = fixtureText('template.md');
  const { text } = extractProse(source, 'markdown');

  test('keeps prose at its source offsets, same length, every line break kept', () => {
    expect(text).toHaveLength(source.length);
    for (const word of ['Уведомление', 'Сообщаем', 'перерасчёт', 'личном кабинете', 'проверьте', 'квитанции;', 'ответьте']) {
      expectSameOffset(source, text, word);
    }
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') expect(text[i]).toBe('\n');
  });

  test('blanks code, comments, link targets, images and markers', () => {
    for (const markup of ['RECALC', '{{номер}}', 'Плейсхолдеры', 'https://', 'Логотип', 'logo.png', '**', '# ', '- ', '```', '](']) {
      expect(text).not.toContain(markup);
    }
    expect(prose(text)).toContain('Сообщаем, что перерасчёт платы за {{месяц}} выполнен {{дата}}. Подробности — в личном кабинете .');
    expect(text).toContain('проверьте сумму в\u00A0\u200B\u200B\u200B\u200B\u200Bквитанции;');
  });

  test('headings and list items start a new paragraph', () => {
    const item = source.indexOf('- если');
    expect(text.slice(item - 1, item + 2)).toBe('\n\n\n');
    const heading = source.indexOf('# Уведомление');
    expect(text.slice(heading, heading + 2)).toBe('\n\n');
  });

  test('leaves the front matter for readFrontMatter, which reads and blanks it', () => {
    const { data, text: body } = readFrontMatter(text);
    expect(data).toEqual({
      kind: 'notice',
      detectedAt: '2025-03-10T09:00:00+03:00',
      sentAt: '2025-03-12T15:30:00+03:00',
      channel: 'email',
      requestedChannel: 'email',
      template: 'recalc-v2',
    });
    expect(body).toHaveLength(source.length);
    expect(body).not.toContain('kind');
    expect(body.slice(0, source.indexOf('# Уведомление')).trim()).toBe('');
    expectSameOffset(source, body, 'Сообщаем');
  });

  test('GFM: table cells on lines of their own, bare URLs blanked', () => {
    const md = 'Сроки — на сайте https://gosuslugi.ru/help и www.mos.ru.\n\n| Этап | Срок |\n|---|---|\n| Ответ | 30 дней |\n';
    const out = extractProse(md, 'markdown').text;
    expect(out).toHaveLength(md.length);
    expect(out).not.toMatch(/https|www|\|/);
    expect(out.slice(md.indexOf('| 30'), md.indexOf('30'))).toBe('\n ');
    expectSameOffset(md, out, '30 дней');
  });

  test('a BOM does not shift offsets (micromark drops it before counting)', () => {
    const md = '\uFEFF# Ответ\n\nВаше обращение рассмотрено.\n';
    const out = extractProse(md, 'markdown').text;
    expect(out[0]).toBe('\uFEFF');
    expectSameOffset(md, out, 'обращение');
  });

  test('a blockquote’s `>` on continuation lines and escapes are not prose', () => {
    const md = '> Вы пишете:\n> «Когда \\*будет* ответ?»\n';
    const out = extractProse(md, 'markdown').text;
    expect(out).toHaveLength(md.length);
    expect(out).not.toContain('>');
    expect(prose(out)).toBe('Вы пишете: «Когда *будет* ответ?»');
  });
});

describe('eml', () => {
  test('quoted-printable Windows-1251: the reply without the signature and the quoted request', async () => {
    const { source, text } = await extractProseAsync(fixture('reply-cp1251.eml'), 'eml');
    expect(source).toContain('Ваше обращение от 12.03.2025 № 45-678 о перерасчёте платы рассмотрено.');
    expect(text).toHaveLength(source.length);
    expectSameOffset(source, text, 'Перерасчёт за март выполнен');
    expectSameOffset(source, text, 'назовите номер обращения.');
    for (const dropped of ['С уважением', 'Иванов', 'пишет:', 'Прошу провести', '>']) {
      expect(source).toContain(dropped);
      expect(text).not.toContain(dropped);
    }
  });

  test('base64 UTF-8 HTML part: HTML extraction, the mail client’s quote dropped, attachment ignored', async () => {
    const { source, text } = await extractProseAsync(fixture('reply-utf8.eml'), 'eml');
    expect(source).toMatch(/^<!DOCTYPE html>/);
    expect(text).toHaveLength(source.length);
    expectSameOffset(source, text, 'Уважаемый Пётр Николаевич!');
    expectSameOffset(source, text, 'рассмотрено.');
    expect(prose(text)).toContain('Ваше обращение «О\u00A0ремонте дороги» рассмотрено.');
    for (const dropped of ['Когда отремонтируют', 'p.smirnov', 'План ремонта', 'margin']) {
      expect(text).not.toContain(dropped);
    }
  });

  test('extractProse is synchronous and refuses eml, which only the async path parses', async () => {
    await expectInputError(() => extractProse('From: a@b.ru\n\nТекст', 'eml'), /асинхронно/);
  });

  test('not a message at all', async () => {
    await expectInputError(() => extractProseAsync('From: a@b.ru\nSubject: пусто\n\n', 'eml'), /нет текста/);
  });
});

describe('dropQuotesAndSignature', () => {
  test('«вы пишете:» in the official’s own reply is not a quote attribution', () => {
    const reply = 'В обращении вы пишете:\n«Дорогу не ремонтируют».\nРемонт назначен на май.';
    expect(dropQuotesAndSignature(reply)).toBe(reply);
  });

  test('`>` lines are blanked where they are, the separator blanks everything after it', () => {
    const mail = 'Ответ дан.\n> старый текст\nЕщё строка.\n-----Original Message-----\nFrom: x';
    const out = dropQuotesAndSignature(mail);
    expect(out).toHaveLength(mail.length);
    expect(prose(out)).toBe('Ответ дан. Ещё строка.');
    expect(prose(dropQuotesAndSignature('Ответ.\n-----Исходное сообщение-----\nВопрос'))).toBe('Ответ.');
    expect(prose(dropQuotesAndSignature('Ответ.\nOn Mon, 3 Mar 2025 at 18:20 Pyotr <p@x.ru> wrote:\nВопрос'))).toBe('Ответ.');
    expect(prose(dropQuotesAndSignature('Ответ.\nОт: Пётр\nОтправлено: 3 марта\nВопрос'))).toBe('Ответ.');
  });
});

describe('readFrontMatter', () => {
  test('no front matter: text unchanged, empty data', () => {
    expect(readFrontMatter('Ответ.\n---\nЕщё')).toEqual({ data: {}, text: 'Ответ.\n---\nЕщё' });
    // a reply that merely opens with a rule is not front matter
    const ruled = '---\nУважаемый Иван Петрович!\n---\nОтвет.';
    expect(readFrontMatter(ruled)).toEqual({ data: {}, text: ruled });
  });

  test('after a BOM, with CRLF line ends: BOM kept, the rest blanked', () => {
    const source = '\uFEFF---\r\nkind: call\r\n---\r\nДобрый день!';
    const { data, text } = readFrontMatter(source);
    expect(data).toEqual({ kind: 'call' });
    expect(text).toBe('\uFEFF   \r\n          \r\n   \r\nДобрый день!');
  });

  test('broken front matter is an InputError naming the line', async () => {
    const error = await expectInputError(
      () => readFrontMatter('---\nkind: notice\nsentAt: [2025-03-12\n---\nТекст'),
      /front matter.*строка \d/,
    );
    expect(error.line).toBeGreaterThanOrEqual(3);
    await expectInputError(() => readFrontMatter('---\nkind: notice\nТекст без конца'), /не закрыты.*строке 1/);
    const kind = await expectInputError(() => readFrontMatter('---\nchannel: email\nkind: letter\n---\n'), /строка 3.*reply/);
    expect(kind.line).toBe(3);
  });
});
