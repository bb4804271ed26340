// Which rules run and at which severity: profiles, plus rules enabled on top of them, minus
// rules disabled; then per-rule severity overrides. Applied to findings after evaluation.
import type { Severity } from '../findings/finding.js';
import { profileSelects } from '../findings/profiles.js';
import type { Config } from './load.js';
import { ruleIds } from './patterns.js';

export interface RuleSelection {
  /** Whether a rule with this id and these controls runs. */
  selects(id: string, controls: readonly string[]): boolean;
  /** Whether the config disables a rule outright (rules that no profile selects, e.g. *-SUPPRESS-001, honour only this). */
  disables(id: string): boolean;
  /** The severity a rule reports at: its own, or the config's override. */
  severity(id: string, own: Severity): Severity;
}

/** `profiles` are the command line's when given, else the config's. */
export function ruleSelection(rules: Config['rules'], profiles: readonly string[]): RuleSelection {
  const enabled = ruleIds(rules.enable);
  const disabled = ruleIds(rules.disable);
  const everything = !profiles.length && !rules.enable.length;
  const overrides = Object.entries(rules.severity).map(([pattern, severity]) => ({ matches: ruleIds([pattern]), severity }));
  return {
    disables: disabled,
    selects: (id, controls) =>
      !disabled(id) && (everything || enabled(id) || profiles.some((profile) => profileSelects(profile, controls))),
    // An exact id wins over a wildcard; otherwise the last matching entry, as written.
    severity: (id, own) =>
      rules.severity[id] ?? overrides.filter((override) => override.matches(id)).at(-1)?.severity ?? own,
  };
}
