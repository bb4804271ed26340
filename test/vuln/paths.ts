import { join } from 'node:path';

/** test/vuln/fixtures in the source tree (tests run from build/). */
export const FIXTURES = join(import.meta.dirname, '../../../test/vuln/fixtures');
