// npm run build:policies — compiles policies/ into the built-in bundle that ships in policies/dist/.
import { buildBundle } from '../build/src/authoring/build.js';

try {
  const { rules } = buildBundle(['policies'], 'policies/dist');
  console.error(`policies/dist: ${rules} rules`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
