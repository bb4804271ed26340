// A worker of the pool in pool.ts: loads the bundles once, then performs one task per message.
import { parentPort, workerData } from 'node:worker_threads';
import { readBundle } from './bundle.js';
import { Engine } from './engine.js';
import { perform, type Task, type WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const engine = Engine.load(setup.bundles.map(readBundle));
// A failure to load is reported with the first task (the main thread loaded the same bundles first).
engine.catch(() => undefined);

port.on('message', async ({ index, task }: { index: number; task: Task }) => {
  try {
    port.postMessage({ index, result: await perform(await engine, setup.options, task) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
