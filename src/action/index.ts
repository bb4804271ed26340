// The action's entry point (action.yml `runs.main`, bundled into dist/ by `npm run build:action`).
import * as core from '@actions/core';
import { runAction } from './run.js';

try {
  await runAction();
} catch (error) {
  core.setFailed(`policygate: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}
