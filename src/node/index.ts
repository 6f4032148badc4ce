// The Node entry: the library as in a browser, with data read from the file system.
/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setMorphologyReader } from '../morph/az.js';

const require = createRequire(import.meta.url);
const azDicts = join(dirname(require.resolve('az/package.json')), 'dicts');

setMorphologyReader(async (file) => {
  const data = await readFile(join(azDicts, file));
  return file.endsWith('.json') ? data.toString('utf8') : data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
});

export * from '../index.js';
