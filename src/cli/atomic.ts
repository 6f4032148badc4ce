/// <reference types="node" />
// Atomic writes: a temporary file in the same folder, then rename, so a crash never leaves half a file.
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(file)).mode & 0o7777;
  } catch {
    // a new file: default permissions
  }
  try {
    await writeFile(temp, data, mode === undefined ? undefined : { mode });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
