// Every lockfile and manifest format the SBOM reads: one parser module per format.
import type { LockfileParser } from '../model.js';
import { cargoLockfile } from './cargo.js';
import { goModule } from './gomod.js';
import { mavenPom } from './maven.js';
import { npmLockfile } from './npm.js';
import { pipfileLockfile } from './pipfile.js';
import { pnpmLockfile } from './pnpm.js';
import { poetryLockfile } from './poetry.js';
import { requirementsFile } from './requirements.js';
import { yarnLockfile } from './yarn.js';

export const lockfileParsers: readonly LockfileParser[] = [
  npmLockfile,
  yarnLockfile,
  pnpmLockfile,
  requirementsFile,
  poetryLockfile,
  pipfileLockfile,
  goModule,
  cargoLockfile,
  mavenPom,
];
