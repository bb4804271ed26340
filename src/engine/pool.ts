// Spreads files over worker threads. Each worker loads the bundles once and checks whole files
// (read, parse, evaluate, locate), so only small results cross threads; files are handed out
// one at a time to whichever worker is free, and results are put back in input order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkSource, type FileResult, type Source, type SourceOptions } from './check.js';
import type { Engine } from './engine.js';

/** Below this many files, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

export interface Job {
  source: Source;
  text?: string;
}

export interface WorkerSetup {
  bundles: string[];
  options: SourceOptions;
}

export async function checkAll(jobs: Job[], engine: Engine, setup: WorkerSetup, threads = defaultThreads()): Promise<FileResult[]> {
  if (threads <= 1 || jobs.length < MIN_FILES_FOR_WORKERS) {
    const results: FileResult[] = [];
    for (const job of jobs) results.push(await checkSource(engine, job.source, setup.options, job.text));
    return results;
  }
  return inWorkers(jobs, setup, Math.min(threads, Math.ceil(jobs.length / MIN_FILES_FOR_WORKERS)));
}

function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

function inWorkers(jobs: Job[], setup: WorkerSetup, threads: number): Promise<FileResult[]> {
  const results = new Array<FileResult>(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (next < jobs.length) {
        const index = next++;
        worker.postMessage({ index, job: jobs[index] });
      }
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
      workers.push(worker);
      worker.on('message', (message: { index: number; result: FileResult } | { error: string }) => {
        if ('error' in message) return finish(new Error(message.error));
        results[message.index] = message.result;
        if (++done === jobs.length) finish();
        else feed(worker);
      });
      worker.on('error', finish);
      worker.once('online', () => feed(worker));
    }
  });
}
