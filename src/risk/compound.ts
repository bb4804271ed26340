// Compound weaknesses that need the vulnerability database, which the Rego run scope does not
// see: an Internet-exposed workload running an image that has known vulnerabilities and is
// not pinned by digest (so what runs may not even be what was scanned). The compounds that
// configuration alone shows are Rego rules (policies/*/compound/).
import type { SbomComponent, Vulnerability } from '../vuln/index.js';
import { parsePurl } from '../vuln/packages.js';
import { NOT_AFFECTED } from '../vuln/vex.js';
import type { RiskConfig } from './config.js';
import { contextFactors, type RiskContext } from './context.js';
import type { RiskItem } from './items.js';
import { resourceKey } from './resources.js';
import { applyFactors, BASE_SCORES } from './score.js';

export const EXPOSED_VULNERABLE_IMAGE = 'RISK-COMPOUND-001';

const IMAGE_SOURCE = 'policygate:image:source';

/** bom-ref of each image component to the resources that run it (the SBOM records `file#resource`). */
export function imageSources(components: readonly SbomComponent[]): Map<string, { file: string; resource: string }[]> {
  const sources = new Map<string, { file: string; resource: string }[]>();
  for (const component of components) {
    const values = component.properties.filter((property) => property.name === IMAGE_SOURCE).map((property) => property.value);
    const list = values.flatMap((value) => {
      const hash = value.lastIndexOf('#');
      return hash > 0 ? [{ file: value.slice(0, hash), resource: value.slice(hash + 1) }] : [];
    });
    if (list.length) sources.set(component.ref, list);
  }
  return sources;
}

export function imageCompounds(vulnerabilities: readonly Vulnerability[], components: readonly SbomComponent[], context: RiskContext, config: RiskConfig): RiskItem[] {
  const sources = imageSources(components);
  const items: RiskItem[] = [];
  for (const component of components) {
    const purl = parsePurl(component.purl);
    // pkg:docker is an image named by tag only; pkg:oci carries its digest.
    if (purl?.type !== 'docker') continue;
    const found = vulnerabilities.filter((vulnerability) => vulnerability.affects.some((affect) => affect.ref === component.ref && !(affect.vex && NOT_AFFECTED.has(affect.vex.state))));
    if (!found.length) continue;
    for (const source of sources.get(component.ref) ?? []) {
      const where = context.of(source.file, source.resource);
      if (!where.exposure) continue;
      const image = `${component.name}:${component.version ?? 'latest'}`;
      const factors = contextFactors(where, config, { exposure: true, privilege: true });
      items.push({
        kind: 'compound',
        id: EXPOSED_VULNERABLE_IMAGE,
        title: `${source.resource} is reachable from the Internet and runs ${image}, which has ${found.length} known vulnerabilit${found.length === 1 ? 'y' : 'ies'} and is not pinned by digest.`,
        where: `${source.file}: ${source.resource}`,
        group: resourceKey(source.file, source.resource),
        base: { score: BASE_SCORES.critical, from: 'compound: exposed workload, vulnerable image, not pinned' },
        factors,
        risk: applyFactors(BASE_SCORES.critical, factors),
        parts: [
          `exposure: ${source.resource} in ${source.file} (${where.exposure})`,
          `image: ${image} is named by tag, not by digest`,
          `vulnerabilities: ${found.map((vulnerability) => `${vulnerability.id} (${vulnerability.severity.rating})`).join(', ')}`,
        ],
      });
    }
  }
  return items;
}
