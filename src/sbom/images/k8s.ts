// Images of every container (containers, initContainers, ephemeralContainers) of every pod
// template in Kubernetes manifests, read through the k8s format (so Lists are unwrapped).
import { k8s } from '../../formats/k8s/index.js';
import type { DocPath } from '../../formats/types.js';
import { array, record, string } from '../text/values.js';
import type { ImageExtractor, ImageUse } from './index.js';

/**
 * Where the pod template sits, by API group and kind: the same table as policies/lib/k8s.rego, so
 * the SBOM and the pod rules agree on which kinds run pods (a CRD reusing a kind name does not).
 */
const CONTROLLER: DocPath = ['spec', 'template'];
const TEMPLATE_ROOTS: Record<string, Record<string, DocPath>> = {
  '': { Pod: [], PodTemplate: ['template'], ReplicationController: CONTROLLER },
  apps: { DaemonSet: CONTROLLER, Deployment: CONTROLLER, ReplicaSet: CONTROLLER, StatefulSet: CONTROLLER },
  extensions: { DaemonSet: CONTROLLER, Deployment: CONTROLLER, ReplicaSet: CONTROLLER },
  batch: { CronJob: ['spec', 'jobTemplate', 'spec', 'template'], Job: CONTROLLER },
};
const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

function at(value: unknown, path: DocPath): unknown {
  return path.reduce<unknown>((node, key) => (Array.isArray(node) ? node[key as number] : record(node)?.[key]), value);
}

export const k8sImages: ImageExtractor = {
  name: 'kubernetes',
  candidate: (file) => /\.(ya?ml|json)$/i.test(file),
  detect: (file, text) => k8s.detect(file, text),
  extract(text, file, context) {
    const uses: ImageUse[] = [];
    for (const document of k8s.parse(text, file, context)) {
      const manifest = record(document.document) ?? {};
      const apiVersion = string(manifest.apiVersion) ?? '';
      const template = TEMPLATE_ROOTS[apiVersion.includes('/') ? apiVersion.split('/')[0]! : '']?.[string(manifest.kind) ?? ''];
      if (!template) continue;
      const specPath = [...template, 'spec'];
      const spec = record(at(manifest, specPath)) ?? {};
      for (const list of CONTAINER_LISTS) {
        array(spec[list]).forEach((container, index) => {
          const reference = string(record(container)?.image);
          if (reference !== undefined) uses.push({ reference, file, resource: document.resource, line: document.locate([...specPath, list, index, 'image']).startLine });
        });
      }
    }
    return uses;
  },
};
