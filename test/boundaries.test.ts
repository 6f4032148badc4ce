// Module boundaries (DESIGN.md): the core that mail clients import touches no Node API, no
// terminal library; only src/cli and src/node do; nothing imports the CLI.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);

describe('module boundaries', () => {
  const core = [...files('src'), ...files('rules')].filter((f) => !/^src\/(cli|node)\//.test(f));

  it('the core imports no Node module, chalk or commander', () => {
    const bad = core.flatMap((f) => imports(f).filter((i) => /^node:|^(fs|path|os|child_process|worker_threads|chalk|commander|fast-glob|ignore)$/.test(i)).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });

  it('the core uses no Node globals', () => {
    const bad = core.filter((f) => /\bprocess\.(?:env|argv|exit|cwd|stdout|stderr)|\bBuffer\.|__dirname|\brequire\(/.test(readFileSync(f, 'utf8').replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')));
    expect(bad).toEqual([]);
  });

  it('nothing outside the CLI imports it', () => {
    const bad = [...files('src'), ...files('rules')].filter((f) => !f.startsWith('src/cli/')).flatMap((f) => imports(f).filter((i) => /\/cli\//.test(i)).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });
});
