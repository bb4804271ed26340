// `policy init`: a commented starter config that is valid as written and means the defaults.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../util/atomic.js';
import { CONFIG_FILE } from './load.js';

export const STARTER = `# policygate configuration. Every key is optional; the README's "The gate" section explains each.
# Editors with the YAML language server validate this file against the schema that ships with policygate:
# yaml-language-server: $schema=./node_modules/policygate/build/src/config/policygate.schema.json
version: 1

# Which files are checked: .gitignore-style patterns relative to this file. Exclude wins.
paths:
  include: []             # e.g. ["deploy/**", "k8s/**"]; empty means everything under the paths given
  exclude: []             # e.g. ["**/testdata/**", "charts/*/templates/**"]

# Rule selection: the rules of these profiles, plus rules.enable, minus rules.disable.
# No profile and no rules.enable means every rule. --profile on the command line replaces profiles.
profiles: []              # pss-baseline, pss-restricted

rules:
  enable: []              # e.g. [K8S-PSS-101]; wildcards allowed: K8S-PSS-1*
  disable: []             # e.g. [K8S-PSS-007]
  severity: {}            # overrides, e.g. { K8S-PSS-006: low }

# When \`policy check\` blocks (exit 1). Suppressed and baseline findings never count.
gate:
  severity: high          # block on a new finding at or above: critical, high, medium, low, info
  # maxNewFindings: 0     # also block when there are more new findings than this, of any severity
  # risk: 70              # also block when the change's risk score (0-100) reaches this

# Accepted findings. Each needs the rule, a scope (path, resource and/or fingerprint), a reason, an owner
# and an expiry date; after that date the waiver stops suppressing and the finding blocks again.
waivers: []
#  - rule: K8S-PSS-003
#    resource: Deployment/prod/node-agent
#    reason: The vendor agent needs host access until it is replaced (OPS-1234).
#    owner: platform-team
#    expires: 2027-06-30

# Reports written on every run besides stdout; --output on the command line replaces these.
outputs: []
#  - { format: sarif, path: policygate.sarif }
#  - { format: junit, path: policygate-junit.xml }
#  - { format: markdown, path: policygate.md }
`;

/** Writes the starter file into `dir` and returns its path; undefined when one exists and `force` is off. */
export function initConfig(dir: string, force: boolean): string | undefined {
  const file = join(dir, CONFIG_FILE);
  if (existsSync(file) && !force) return undefined;
  writeAtomic(file, STARTER);
  return file;
}
