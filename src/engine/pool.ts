// Spreads work on files over worker threads. Each worker loads the bundles once and handles whole
// files — the document pass (read, parse, evaluate, locate), then locating the run pass's findings
// in the files they name — so only small results cross threads. Tasks are handed out one at a time
// to whichever worker is free, and results are put back in input order.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawFinding } from '../findings/finding.js';
import { checkSource, locateInSource, type FileResult, type Located, type Source, type SourceOptions } from './check.js';
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

/** Run-scope findings to locate in one file: each names its document by position in the file. */
export interface LocateRequest {
  position: number;
  raw: RawFinding;
}

export type Task = { type: 'check'; job: Job } | { type: 'locate'; job: Job; requests: LocateRequest[] };
type Result<T extends Task> = T extends { type: 'check' } ? FileResult : Located;

/** One task, wherever it runs: in-process or in a worker. */
export function perform(engine: Engine, options: SourceOptions, task: Task): Promise<FileResult> | Located {
  return task.type === 'check'
    ? checkSource(engine, task.job.source, options, task.job.text)
    : locateInSource(engine, task.job.source, options, task.job.text, task.requests);
}

export class Pool {
  private workers: Worker[] | undefined;

  private constructor(
    private readonly engine: Engine,
    private readonly setup: WorkerSetup,
    private readonly threads: number,
  ) {}

  /** In-process when one thread is asked for or there are too few files to be worth workers. */
  static open(engine: Engine, setup: WorkerSetup, files: number, threads = defaultThreads()): Pool {
    return new Pool(engine, setup, files < MIN_FILES_FOR_WORKERS ? 1 : Math.min(threads, Math.ceil(files / MIN_FILES_FOR_WORKERS)));
  }

  async run<T extends Task>(tasks: T[]): Promise<Result<T>[]> {
    if (this.threads <= 1) {
      const results: Result<T>[] = [];
      for (const task of tasks) results.push((await perform(this.engine, this.setup.options, task)) as Result<T>);
      return results;
    }
    this.workers ??= Array.from({ length: this.threads }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: this.setup }));
    return inWorkers(this.workers, tasks);
  }

  close(): void {
    for (const worker of this.workers ?? []) void worker.terminate();
    this.workers = undefined;
  }
}

function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

function inWorkers<T extends Task>(workers: Worker[], tasks: T[]): Promise<Result<T>[]> {
  const results = new Array<Result<T>>(tasks.length);
  if (!tasks.length) return Promise.resolve(results);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    type OnMessage = (message: { index: number; result: Result<T> } | { error: string }) => void;
    const listeners: [Worker, OnMessage, (error: Error) => void][] = [];
    const finish = (error?: Error) => {
      for (const [worker, onMessage, onError] of listeners) {
        worker.off('message', onMessage);
        worker.off('error', onError);
      }
      if (error) reject(error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (next < tasks.length) {
        const index = next++;
        worker.postMessage({ index, task: tasks[index] });
      }
    };
    for (const worker of workers) {
      const onMessage: OnMessage = (message) => {
        if ('error' in message) return finish(new Error(message.error));
        results[message.index] = message.result;
        if (++done === tasks.length) finish();
        else feed(worker);
      };
      const onError = (error: Error) => finish(error);
      worker.on('message', onMessage);
      worker.on('error', onError);
      listeners.push([worker, onMessage, onError]);
      feed(worker);
    }
  });
}
