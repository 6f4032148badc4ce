#!/usr/bin/env node
// Copies the browser bundle (dist/browser: yasno.js, its lazy chunks, the morphology dictionary)
// into this extension as yasno/, building it first when missing. Then load manifest.json in
// Thunderbird as a temporary add-on, or zip this folder into an .xpi.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const bundle = join(root, 'dist/browser');
if (!existsSync(join(bundle, 'yasno.js')) || process.argv.includes('--rebuild')) {
  execFileSync(process.execPath, [join(root, 'scripts/build-browser.mjs')], { stdio: 'inherit', cwd: root });
}
rmSync(join(here, 'yasno'), { recursive: true, force: true });
cpSync(bundle, join(here, 'yasno'), { recursive: true, filter: (src) => !src.endsWith('sizes.json') });
console.log('examples/thunderbird/yasno/ готово: загрузите manifest.json как временное дополнение');
