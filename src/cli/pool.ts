/// <reference types="node" />
// Many files on all cores: a pool of worker threads, each with its own linter. Results come back
// in input order whatever order the workers finish in.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileResult, Task } from './types.js';

export async function runPool(tasks: Task[], onDone: (done: number) => void): Promise<FileResult[]> {
  const size = Math.max(1, Math.min(availableParallelism(), tasks.length));
  const results: FileResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: size }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./worker.js', import.meta.url));
          workers.push(worker);
          const feed = () => {
            if (next >= tasks.length) return resolve();
            const id = next++;
            worker.postMessage({ id, task: tasks[id] });
          };
          worker.on('message', ({ id, result }: { id: number; result: FileResult }) => {
            results[id] = result;
            onDone(++done);
            feed();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`поток проверки завершился с кодом ${code}`));
          });
          feed();
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
