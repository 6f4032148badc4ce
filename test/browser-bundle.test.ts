// The library's "." export must run in a browser: bundled for the browser platform, it may not
// import any `node:` module nor touch a Node global.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('browser bundle', () => {
  it('builds src/index.ts for the browser with no Node imports or globals', async () => {
    const result = await build({
      entryPoints: ['src/index.ts'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      splitting: true,
      outdir: 'node_modules/.cache/yasno/browser-test',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter((f) => f.startsWith('node:') || /^(fs|path|os|url|module|child_process|worker_threads)$/.test(f))).toEqual([]);
    for (const file of result.outputFiles!) {
      const code = file.text;
      expect(code).not.toMatch(/from\s*["']node:|require\(["'](?:node:)?(?:fs|path|os|module|url)["']\)/);
      expect(code).not.toMatch(/\bprocess\.(?:env|argv|cwd|exit|stdout|stderr)\b/);
      expect(code).not.toMatch(/\bBuffer\.(?:from|alloc|isBuffer)\b/);
      expect(code).not.toMatch(/\b__dirname\b|\b__filename\b/);
    }
  });
});
