// Runs the BUILT CLI as a process. The built tree is copied to a temporary folder first, so that
// a colleague's rebuild of dist/ (which starts by deleting it) cannot break a test run midway.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let snapshot: string | undefined;

function builtCopy(): string {
  if (snapshot) return snapshot;
  const dir = mkdtempSync(join(tmpdir(), 'yasno-cli-'));
  const wanted = ['dist/src/cli/main.js', 'dist/src/cli/worker.js', 'dist/src/node/index.js', 'dist/src/generated/dictionaries.js', 'dist/rules/index.js'];
  for (let attempt = 0; ; attempt++) {
    if (!wanted.every((f) => existsSync(join(root, f)))) {
      if (attempt === 0) execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--quiet'], { cwd: root, stdio: 'ignore' });
      else execFileSync('sleep', ['5']);
    }
    try {
      rmSync(join(dir, 'dist'), { recursive: true, force: true });
      cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
      if (wanted.every((f) => existsSync(join(dir, f)))) break;
    } catch {
      // copied while being rebuilt: try again
    }
    if (attempt > 30) throw new Error('dist/ is not built: run node scripts/build.mjs');
  }
  mkdirSync(join(dir, 'bin'));
  cpSync(join(root, 'bin/yasno.js'), join(dir, 'bin/yasno.js'));
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return (snapshot = dir);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  timeout?: number;
}

/** `yasno args…` in `cwd`; colours off and CI set unless the test says otherwise. */
export function yasno(args: string[], options: RunOptions = {}): Promise<Run> {
  const bin = join(builtCopy(), 'bin/yasno.js');
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, CI: '1', FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env })) {
    if (v !== undefined) env[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { cwd: options.cwd ?? root, env, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 90_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: error ? (error.code as unknown as number) : 0, stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8'), stdoutBytes: stdout });
      },
    );
    child.stdin!.end(options.input ?? '');
  });
}

/** A temporary folder with the given files (string: UTF-8 text, Buffer: bytes). */
export function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'yasno-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export const CLEAN = 'Здравствуйте, Анна Сергеевна!\n\nВам назначена ежемесячная выплата. Первую выплату перечислим 5 апреля.\n\nС уважением,\nИ. П. Смирнова\n';
export const DIRTY = 'Здравствуйте, Анна Сергеевна!\n\nОтвет будет направлен в ближайшее время.\n\nС уважением,\nИ. П. Смирнова\n';
