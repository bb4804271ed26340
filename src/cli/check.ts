import { run } from '../engine/run.js';
import type { Severity } from '../findings/finding.js';
import { decide } from '../gate/decide.js';
import { renderJson } from '../report/json.js';
import { buildReport } from '../report/model.js';
import { renderText } from '../report/text.js';
import { version, type Io } from './main.js';

export interface CheckCommandOptions {
  paths: string[];
  format: 'text' | 'json';
  severityThreshold: Severity;
  profiles: string[];
  bundles: string[];
  builtin: boolean;
  formatOptions: Record<string, unknown>;
  stdinFilename: string;
  threads?: number;
}

export async function checkCommand(options: CheckCommandOptions, io: Io): Promise<number> {
  const stdin = options.paths.includes('-') ? { text: io.readStdin(), file: options.stdinFilename } : undefined;
  const result = await run({ cwd: io.cwd, ...options, ...(stdin ? { stdin } : {}) });
  const decision = decide(result.findings, result.errors.length, options.severityThreshold);
  const report = buildReport(result, decision, version());
  io.stdout(options.format === 'json' ? renderJson(report) : renderText(report, { color: io.isTTY && !io.env['NO_COLOR'] }));
  return decision.exitCode;
}
