// yarn.lock: classic (v1) and berry (2+) share the file name, not the format.
import type { LockfileParser } from '../model.js';
import { parseYarnBerry } from './yarn-berry.js';
import { parseYarnClassic } from './yarn-classic.js';

export const yarnLockfile: LockfileParser = {
  name: 'yarn.lock',
  matches: (basename) => basename === 'yarn.lock',
  parse: (text, file, context) => (/^__metadata:/m.test(text) ? parseYarnBerry(text, file, context) : parseYarnClassic(text, file, context)),
};
