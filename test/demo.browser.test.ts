// The demo page in a real browser (Debian's Chromium driven by playwright-core): build it, serve
// dist/demo from a local static server, type a draft, see the underline and the explanation, click
// a suggestion, see the text change and the finding go. Keeps a screenshot as docs/demo.png.
// Without Chromium the test is skipped (run `bash scripts/ensure-chromium.sh` as root); in CI it fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  const message = `Chromium не найден (${CHROMIUM}): браузерный тест демо-страницы пропущен. Установите его: sudo bash scripts/ensure-chromium.sh`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    resolve({ server, url: `http://127.0.0.1:${address.port}/` });
  }));
}

describe.skipIf(!available)('demo page in Chromium', () => {
  let server: Server | undefined;
  let url = '';
  let profile = '';
  let context: import('playwright-core').BrowserContext | undefined;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'demo/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'pipe' });
    execFileSync(process.execPath, [join(root, 'scripts/build-browser.mjs'), '--quiet'], { cwd: root, stdio: 'pipe' });
    ({ server, url } = await serve(join(root, 'dist')));
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'yasno-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 860 },
      locale: 'ru-RU',
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('underlines «принято в обработку», explains it and replaces it in one click', async () => {
    const page = await context!.newPage();
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const target = route.request().url();
      if (target.startsWith(url)) return route.continue();
      outside.push(target);
      return route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}demo/index.html`);
    const status = page.locator('#status');
    await expect.poll(() => status.textContent(), { timeout: 45_000 }).toMatch(/Найдено замечаний|Замечаний нет/);

    const draft = page.getByLabel('Текст ответа');
    await draft.fill('Уважаемый Иван Петрович!\n\n');
    await draft.press('End');
    await draft.pressSequentially('Ваше обращение принято в обработку.', { delay: 5 });
    await draft.press('Control+End');
    await draft.pressSequentially('\n\nС уважением,\nотдел выплат');

    const finding = page.locator('.finding[data-rule="evasive"]', { hasText: 'принято в обработку' });
    await finding.waitFor({ timeout: 10_000 });
    await expect.poll(() => finding.locator('.reason').textContent()).toMatch(/п\. 7/);
    const mark = page.locator('#backdrop mark', { hasText: 'принято в обработку' });
    expect(await mark.count()).toBe(1);
    const box = await mark.boundingBox();
    expect(box && box.width > 20 && box.height > 5).toBe(true);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/Найдено замечаний: \d+/);
    await page.screenshot({ path: join(root, 'docs/demo.png') });

    const button = finding.locator('button.replace').first();
    const label = (await button.textContent()) ?? '';
    const replacement = /«(.*)»/.exec(label)?.[1] ?? '';
    expect(replacement.length).toBeGreaterThan(0);
    await button.click();
    await expect.poll(() => draft.inputValue()).not.toContain('принято в обработку');
    expect(await draft.inputValue()).toContain(replacement);
    await expect.poll(() => page.locator('.finding[data-rule="evasive"]', { hasText: 'принято в обработку' }).count()).toBe(0);
    expect(await page.locator('#backdrop mark', { hasText: 'принято в обработку' }).count()).toBe(0);

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  }, 90_000);

  it('runs the browser bundle (dist/browser/yasno.js) with its lazy chunks and the morphology data', async () => {
    const page = await context!.newPage();
    await page.goto(`${url}demo/index.html`);
    // a string, so that vitest does not rewrite the dynamic import
    const found = (await page.evaluate(`(async () => {
      const lib = await import(${JSON.stringify(`${url}browser/yasno.js`)});
      const result = await lib.lint('Уважаемый Иван Петрович!\\n\\nВаше обращение принято в обработку, заява рассмотрена.\\n\\nС уважением,\\nотдел');
      const live = await lib.createLiveLinter();
      const again = live.update('Ваше обращение принято в обработку.');
      return { ids: result.messages.map((m) => m.ruleId), live: again.messages.map((m) => m.ruleId) };
    })()`)) as { ids: string[]; live: string[] };
    expect(found.ids).toContain('evasive');
    expect(found.live).toContain('evasive');
  }, 60_000);
});
