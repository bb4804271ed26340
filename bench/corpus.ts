// Generates a realistic Kubernetes corpus: mixed kinds, multi-document files, about a third violating.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const IMAGES = ['nginx:1.27', 'registry.example.com/api:3.2.1', 'redis:7.2', 'ghcr.io/acme/worker@sha256:' + 'ab'.repeat(32)];

function container(i: number, violating: boolean): string {
  const security = violating
    ? `          securityContext:\n            privileged: ${i % 2 === 0}\n            allowPrivilegeEscalation: true\n            capabilities:\n              add: ["SYS_ADMIN"]\n`
    : `          securityContext:\n            allowPrivilegeEscalation: false\n            readOnlyRootFilesystem: true\n            capabilities:\n              drop: ["ALL"]\n`;
  return `        - name: c${i}\n          image: ${IMAGES[i % IMAGES.length]}\n          ports:\n            - containerPort: ${8000 + (i % 100)}\n${security}          resources:\n            limits: { cpu: 500m, memory: 256Mi }\n`;
}

function podSpec(i: number, violating: boolean, indent: string): string {
  const spec = `securityContext:\n  runAsNonRoot: ${!violating}\n  seccompProfile:\n    type: ${violating ? 'Unconfined' : 'RuntimeDefault'}\n${violating ? 'hostNetwork: true\n' : ''}containers:\n${container(i, violating)}${container(i + 1, false)}`;
  return spec
    .split('\n')
    .map((line) => (line ? indent + line.replace(/^ {8}/, '') : line))
    .join('\n');
}

function documentFor(i: number): string {
  const violating = i % 3 === 0;
  const meta = `metadata:\n  name: app-${i}\n  namespace: team-${i % 20}\n  labels:\n    app.kubernetes.io/name: app-${i}\n`;
  switch (i % 6) {
    case 0:
      return `apiVersion: apps/v1\nkind: Deployment\n${meta}spec:\n  replicas: 2\n  selector:\n    matchLabels: { app: app-${i} }\n  template:\n    metadata:\n      labels: { app: app-${i} }\n    spec:\n${podSpec(i, violating, '      ')}`;
    case 1:
      return `apiVersion: v1\nkind: Pod\n${meta}spec:\n${podSpec(i, violating, '  ')}`;
    case 2:
      return `apiVersion: batch/v1\nkind: CronJob\n${meta}spec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${podSpec(i, violating, '          ')}`;
    case 3:
      return `apiVersion: apps/v1\nkind: StatefulSet\n${meta}spec:\n  serviceName: app-${i}\n  selector:\n    matchLabels: { app: app-${i} }\n  template:\n    spec:\n${podSpec(i, violating, '      ')}`;
    case 4:
      return `apiVersion: v1\nkind: Service\n${meta}spec:\n  type: ClusterIP\n  selector: { app: app-${i} }\n  ports:\n    - port: 80\n      targetPort: 8080\n`;
    default:
      return `apiVersion: v1\nkind: ConfigMap\n${meta}data:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: "a,b,c"\n`;
  }
}

/** Writes `documents` documents, `perFile` to a file, into `dir`; returns the number of files. */
export function writeCorpus(dir: string, documents: number, perFile = 5): number {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  for (let start = 0; start < documents; start += perFile) {
    const docs: string[] = [];
    for (let i = start; i < Math.min(documents, start + perFile); i++) docs.push(documentFor(i));
    mkdirSync(join(dir, `ns-${files % 20}`), { recursive: true });
    writeFileSync(join(dir, `ns-${files % 20}`, `app-${files}.yaml`), docs.join('---\n'));
    files++;
  }
  return files;
}
