// The action's inputs (action.yml), read the way the runner passes them: INPUT_<NAME> variables.
// The base of a pull request comes from the event payload at GITHUB_EVENT_PATH.
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';

export interface ActionInputs {
  paths: string[];
  profiles: string[];
  config: string;
  severityThreshold: string;
  riskThreshold: string;
  /** The git ref to compare with; empty checks the whole tree. */
  base: string;
  /** Report paths to write; empty writes none. */
  reports: { sarif: string; junit: string; html: string; json: string; sbom: string };
  softFail: boolean;
  bundles: string[];
}

export class ActionInputError extends Error {}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const text = (name: string) => core.getInput(name).trim();
  return {
    paths: list(text('paths')),
    profiles: list(text('profiles')),
    config: text('config'),
    severityThreshold: text('severity-threshold'),
    riskThreshold: text('risk-threshold'),
    base: text('base-ref') || eventBase(env),
    reports: { sarif: text('sarif'), junit: text('junit'), html: text('html'), json: text('json'), sbom: text('sbom') },
    softFail: core.getBooleanInput('soft-fail'),
    bundles: list(text('bundles')),
  };
}

/** Lists are written one per line or separated by commas. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The commit a pull request (or a merge-queue group) is merged into: the base to compare with, so
 * that only what the change introduces counts. Empty for other events (push, schedule...).
 */
export function eventBase(env: NodeJS.ProcessEnv): string {
  const event = env['GITHUB_EVENT_NAME'];
  if (event !== 'pull_request' && event !== 'pull_request_target' && event !== 'merge_group') return '';
  const file = env['GITHUB_EVENT_PATH'];
  if (!file) throw new ActionInputError(`a ${event} event without GITHUB_EVENT_PATH: set base-ref`);
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ActionInputError(`cannot read the event payload ${file}: ${(error as Error).message}`);
  }
  const sha = event === 'merge_group' ? field(payload, ['merge_group', 'base_sha']) : field(payload, ['pull_request', 'base', 'sha']);
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) throw new ActionInputError(`the ${event} payload has no base commit: set base-ref`);
  return sha;
}

function field(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);
}
