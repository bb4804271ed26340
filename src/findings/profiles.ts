// A profile selects rules by the compliance controls they map to: one mechanism for every standard.

export const PROFILES: Readonly<Record<string, { description: string; controlPrefixes: readonly string[] }>> = {
  'pss-baseline': {
    description: 'Kubernetes Pod Security Standards, baseline level',
    controlPrefixes: ['pss:baseline:'],
  },
  'pss-restricted': {
    description: 'Kubernetes Pod Security Standards, restricted level (includes baseline, as the standard defines it)',
    controlPrefixes: ['pss:baseline:', 'pss:restricted:'],
  },
  'cis-sshd': {
    description: 'CIS Distribution Independent Linux benchmark, SSH server items',
    controlPrefixes: ['cis-sshd:'],
  },
  'devsec-ssh': {
    description: 'dev-sec ssh-baseline, sshd controls',
    controlPrefixes: ['devsec-ssh:'],
  },
  'cis-firewall': {
    description: 'CIS benchmark host firewall items (Ubuntu 3.5 layout)',
    controlPrefixes: ['cis-firewall:'],
  },
};

export function profileSelects(profile: string, controls: readonly string[]): boolean {
  const prefixes = PROFILES[profile]?.controlPrefixes ?? [];
  return controls.some((control) => prefixes.some((prefix) => control.startsWith(prefix)));
}
