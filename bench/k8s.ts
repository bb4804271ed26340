// npm run bench [-- --documents N] — times `policy check` on a generated Kubernetes corpus.
// The check runs in a child process so that its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus.js';

const { values } = parseArgs({
  options: { documents: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, threads: { type: 'string' } },
});
const documents = Number(values.documents);
const dir = mkdtempSync(join(tmpdir(), 'policygate-bench-'));
try {
  const files = writeCorpus(dir, documents);
  const child = join(import.meta.dirname, 'measure.js');
  const runs = Array.from({ length: Number(values.runs) }, () => JSON.parse(execFileSync(process.execPath, [child, dir, ...(values.threads ? ['--threads', values.threads] : [])], { encoding: 'utf8', maxBuffer: 1 << 30 })) as Measured);
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  console.log(`corpus: ${files} files, ${documents} documents (${tmpdir()})`);
  console.log(`policy check${values.threads ? ` --threads ${values.threads}` : ''}: ${best.findings} findings, exit ${best.exitCode}, best of ${runs.length} runs`);
  console.log(`  wall time   ${best.seconds.toFixed(2)} s  (runs: ${runs.map((run) => run.seconds.toFixed(2)).join(', ')})`);
  console.log(`  files/s     ${Math.round(files / best.seconds)}`);
  console.log(`  documents/s ${Math.round(documents / best.seconds)}`);
  console.log(`  peak RSS    ${Math.round(Math.max(...runs.map((run) => run.maxRssKb)) / 1024)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

interface Measured {
  seconds: number;
  maxRssKb: number;
  findings: number;
  exitCode: number;
}
