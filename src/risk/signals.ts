// What a rule's findings say about the resource they are on, by rule metadata: the one table
// that maps rule ids and compliance controls to the context factors of the risk model. A new
// rule slots in through its controls (a new PSS privilege rule carries pss:baseline:*), or by
// adding its id here.
import type { Finding } from '../findings/finding.js';

export type Signal =
  /** The resource is reachable from the Internet (or from any source). */
  | 'exposure'
  /** SSH in particular is reachable from the Internet: hosts configured by sshd_config in the change are exposed. */
  | 'ssh-exposure'
  /** The workload runs with host-level privilege (privileged, root, host namespaces, host paths). */
  | 'privilege'
  /** A compound finding: weaknesses across resources or kinds that combine. */
  | 'compound';

interface SignalRule {
  signal: Signal;
  ids?: readonly string[];
  controls?: readonly string[];
  idPattern?: RegExp;
}

export const SIGNAL_RULES: readonly SignalRule[] = [
  {
    signal: 'exposure',
    ids: [
      'ARM-NETWORK-001', // SSH from the Internet in an NSG
      'ARM-NETWORK-002', // RDP
      'ARM-NETWORK-003', // database ports
      'ARM-NETWORK-004', // every port
      'ARM-NETWORK-005', // public IP on a VM
      'ARM-SQL-005', // SQL firewall admits every IPv4 address
      'ARM-STORAGE-003', // anonymous public blob access
      'ARM-STORAGE-004',
      'K8S-NET-001', // NodePort Service
      'K8S-NET-002', // LoadBalancer Service without source ranges
      'K8S-NET-003', // LoadBalancer Service
      'K8S-NET-004', // externalIPs
      'FW-002', // SSH from any source
      'FW-003',
      'FW-004',
      'FW-005',
      'FW-006',
      'FW-007',
      'FW-008', // accept everything from any source
    ],
    // Microsoft cloud security benchmark NS-2: PaaS services reachable from public networks.
    controls: ['mcsb:NS-2'],
  },
  { signal: 'ssh-exposure', ids: ['ARM-NETWORK-001', 'ARM-NETWORK-004', 'FW-002', 'FW-008'] },
  {
    signal: 'privilege',
    controls: [
      'pss:baseline:host-process',
      'pss:baseline:host-namespaces',
      'pss:baseline:privileged',
      'pss:baseline:capabilities',
      'pss:baseline:hostpath-volumes',
      // Explicit user ID 0; not running-as-non-root or privilege-escalation, which fire on every
      // workload that leaves them unset and so say nothing about this one.
      'pss:restricted:running-as-non-root-user',
      'cis-k8s:5.2.2', // privileged
      'cis-k8s:5.2.9', // added capabilities (CAP_SYS_ADMIN)
      'cis-k8s:5.2.12', // hostPath, the runtime socket
      'cis-docker:4.1', // the image runs as root
    ],
    ids: ['DOCKER-008'], // RUN --security=insecure
  },
  { signal: 'compound', idPattern: /-COMPOUND-\d+$/ },
];

/** Findings of one rule share their signals: a large run has a hundred thousand findings of a few hundred rules. */
const known = new Map<string, ReadonlySet<Signal>>();

/** The signals a finding carries, by its rule id and controls. */
export function signalsOf(finding: Pick<Finding, 'ruleId' | 'controls'>): ReadonlySet<Signal> {
  const key = `${finding.ruleId}\u0000${finding.controls.join('\u0000')}`;
  let signals = known.get(key);
  if (!signals) known.set(key, (signals = computeSignals(finding)));
  return signals;
}

function computeSignals(finding: Pick<Finding, 'ruleId' | 'controls'>): Set<Signal> {
  const signals = new Set<Signal>();
  for (const rule of SIGNAL_RULES) {
    if (rule.ids?.includes(finding.ruleId) || rule.idPattern?.test(finding.ruleId) || rule.controls?.some((control) => finding.controls.includes(control))) {
      signals.add(rule.signal);
    }
  }
  return signals;
}
