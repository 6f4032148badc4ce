/// <reference types="node" />
// A worker thread of the pool: its own linter, one file at a time.
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check.js';
import type { Task } from './types.js';

parentPort!.on('message', async ({ id, task }: { id: number; task: Task }) => {
  parentPort!.postMessage({ id, result: await checkFile(task) });
});
