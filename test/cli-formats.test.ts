// Report formats for CI: JSON (DESIGN.md's contract), SARIF 2.1.0, GitHub workflow commands,
// JUnit XML; --output written atomically; input formats by extension and --format-in.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIRTY, folder, yasno } from './cli-helpers.js';

const EVASIVE = 'Ответ будет направлен в ближайшее время.';
let dir: string;
beforeAll(() => {
  dir = folder({
    'a.txt': DIRTY,
    'b,c%.txt': 'Здравствуйте!\nОтвет будет\nнаправлен, а справку - выдадим позже.\n',
    'page.html': `<html><body><p>Здравствуйте!</p><p>${EVASIVE}</p></body></html>`,
    'note.md': `# Ответ\n\n**${EVASIVE}**\n`,
    'mail.eml': `From: a@example.ru\r\nTo: b@example.ru\r\nSubject: =?UTF-8?B?0J7RgtCy0LXRgg==?=\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nЗдравствуйте!\r\n${EVASIVE}\r\n`,
    'markup.txt': `<p>${EVASIVE}</p>`,
  });
});

describe('report formats', () => {
  it('json: an array of { path, messages, readability }, messages on the original input', async () => {
    const run = await yasno(['a.txt', 'page.html', 'note.md', 'mail.eml', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.map((r: { path: string }) => r.path)).toEqual(['a.txt', 'page.html', 'note.md', 'mail.eml']);
    for (const r of report) {
      expect(Object.keys(r).sort()).toEqual(['messages', 'path', 'readability']);
      const m = r.messages.find((x: { ruleId: string }) => x.ruleId === 'evasive');
      expect(m, r.path).toBeDefined();
      expect(m.actual).toMatch(/в ближайшее время/);
      expect(m).toMatchObject({ source: 'yasno', fatal: true });
      expect(m.place.start).toEqual({ line: expect.any(Number), column: expect.any(Number), offset: expect.any(Number) });
      expect(typeof r.readability.score).toBe('number');
    }
    const html = readFileSync(join(dir, 'page.html'), 'utf8');
    const m = report[1].messages.find((x: { ruleId: string }) => x.ruleId === 'evasive');
    expect(html.slice(m.place.start.offset, m.place.end.offset)).toBe(m.actual);
  });

  it('--format-in overrides the extension', async () => {
    const [asText, asHtml] = await Promise.all([
      yasno(['markup.txt', '--format', 'json'], { cwd: dir }),
      yasno(['markup.txt', '--format', 'json', '--format-in', 'html'], { cwd: dir }),
    ]);
    const actual = (run: { stdout: string }) => JSON.parse(run.stdout)[0].messages.map((m: { actual: string }) => m.actual).join('|');
    expect(actual(asHtml)).toMatch(/в ближайшее время/);
    expect(actual(asText)).not.toBe(actual(asHtml));
  });

  it('sarif: 2.1.0 with rules, regions and fingerprints, written atomically with --output', async () => {
    const run = await yasno(['a.txt', 'b,c%.txt', 'missing.txt', '--format', 'sarif', '--output', 'out/../yasno.sarif'], { cwd: dir });
    expect(run.code).toBe(2); // missing.txt
    expect(run.stdout).toBe('');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const log = JSON.parse(readFileSync(join(dir, 'yasno.sarif'), 'utf8'));
    expect(log.version).toBe('2.1.0');
    const runLog = log.runs[0];
    const driver = runLog.tool.driver;
    expect(driver.name).toBe('yasno');
    const evasive = driver.rules.find((r: { id: string }) => r.id === 'evasive');
    expect(evasive).toMatchObject({ id: 'evasive', name: 'Evasive', shortDescription: { text: 'Ответ без конкретики' }, helpUri: expect.stringMatching(/#evasive$/) });
    expect(evasive.fullDescription.text.length).toBeGreaterThan(20);
    expect(evasive.help.text).toMatch(/п\. 7 правил: «/);
    const result = runLog.results.find((r: { ruleId: string }) => r.ruleId === 'evasive');
    expect(result.level).toBe('error');
    expect(result.message.text).toMatch(/в ближайшее время/);
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('a.txt');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: expect.any(Number), endLine: 3, endColumn: expect.any(Number) });
    expect(driver.rules[result.ruleIndex].id).toBe('evasive');
    expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
    const fingerprints = runLog.results.map((r: { partialFingerprints: Record<string, string> }) => Object.values(r.partialFingerprints)[0]);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
    expect(runLog.results.some((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri === 'b%2Cc%25.txt')).toBe(true);
    expect(runLog.invocations[0].executionSuccessful).toBe(false);
    expect(runLog.invocations[0].toolExecutionNotifications[0].message.text).toBe('missing.txt: файл не найден');
  });

  it('sarif: valid against the SARIF 2.1.0 schema published by its authors', async () => {
    // the schema file ships in Microsoft's @microsoft/jest-sarif (draft-04 JSON Schema)
    const schema = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // its language-tag pattern is not valid as a Unicode regular expression: unicodeRegExp off
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const run = await yasno(['a.txt', 'b,c%.txt', 'page.html', 'missing.txt', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(run.stdout);
    expect(log.runs[0].results.length).toBeGreaterThan(3);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('github: workflow commands with escaped properties and data; junit: XML', async () => {
    const [gh, junit] = await Promise.all([
      yasno(['a.txt', 'b,c%.txt', '--format', 'github'], { cwd: dir }),
      yasno(['a.txt', 'b,c%.txt', '--format', 'junit'], { cwd: dir }),
    ]);
    const lines = gh.stdout.trim().split('\n');
    expect(lines.every((l) => /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::.+$/.test(l))).toBe(true);
    expect(gh.stdout).toMatch(/^::error file=a\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=yasno \(evasive\)::«/m);
    expect(gh.stdout).toMatch(/^::warning file=b%2Cc%25\.txt,line=\d+/m);
    expect(junit.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="yasno" tests="\d+" failures="\d+" errors="0">/);
    expect(junit.stdout).toContain('<testsuite name="a.txt"');
    expect(junit.stdout).toMatch(/<failure message="«[^"]*" type="error">a\.txt:3:\d+-3:\d+ ошибка/);
    expect(junit.stdout.match(/<testsuite /g)).toHaveLength(2);
  });
});
