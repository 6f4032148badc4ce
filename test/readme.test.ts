// The README is generated (scripts/readme.mjs) from docs/readme/*.md and the rules' metadata:
// the committed file must be what the generator writes, and it must open with the two commands.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-ignore plain JS build-time script
import { renderReadme } from '../scripts/readme.mjs';

describe('README', () => {
  it('is up to date with docs/readme and the rules (run node scripts/readme.mjs)', async () => {
    expect(readFileSync('README.md', 'utf8')).toBe(await renderReadme());
  });

  it('starts with the install-and-run command and the test command', () => {
    const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1].trim());
    expect(blocks[0]).toMatch(/^npm ci && npx yasno fixtures\/\S+/);
    expect(blocks[1]).toBe('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toContain('npm ci && npm test');
  });
});
