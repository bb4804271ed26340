// Child of bench/k8s.ts: runs `policy check --format json` in-process on a directory and
// prints its wall time, its own peak RSS and the number of findings as JSON.
import { main } from '../src/cli/main.js';

const [dir, ...extra] = process.argv.slice(2) as [string, ...string[]];
let output = '';
const started = process.hrtime.bigint();
const exitCode = await main(['node', 'policy', 'check', dir, '--format', 'json', ...extra], {
  stdout: (text) => void (output += text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => '',
  cwd: process.cwd(),
  env: process.env,
  isTTY: false,
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const report = JSON.parse(output) as { findings: unknown[] };
console.log(JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS, findings: report.findings.length, exitCode }));
