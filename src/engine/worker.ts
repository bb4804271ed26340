// A worker of the pool in pool.ts: loads the bundles once, then checks one file per message.
import { parentPort, workerData } from 'node:worker_threads';
import { readBundle } from './bundle.js';
import { checkSource } from './check.js';
import { Engine } from './engine.js';
import type { Job, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;

try {
  const engine = await Engine.load(setup.bundles.map(readBundle));
  port.on('message', async ({ index, job }: { index: number; job: Job }) => {
    try {
      port.postMessage({ index, result: await checkSource(engine, job.source, setup.options, job.text) });
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
} catch (error) {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
