// pom.xml: the declared dependencies whose versions the pom states literally, after
// interpolating its own <properties> and project coordinates and applying its own
// <dependencyManagement>. Versions that only a parent pom, an imported BOM or a range decides are
// reported, not guessed. Maven resolves the transitive graph at build time: the pom records only
// direct dependencies. Scope test is dev; optional dependencies are optional.
import { InputError } from '../../formats/types.js';
import { newPackage, type LockfileParser, type Package, type Scope } from '../model.js';
import { mavenPurl } from '../purl.js';
import { child, childText, parseXml, type XmlElement } from '../../formats/xml.js';

function interpolator(project: XmlElement) {
  const properties = new Map<string, string>();
  for (const property of child(project, 'properties')?.children ?? []) properties.set(property.name, property.text.trim());
  const parent = child(project, 'parent');
  const coordinates: Record<string, string | undefined> = {
    'project.groupId': childText(project, 'groupId') ?? childText(parent, 'groupId'),
    'project.artifactId': childText(project, 'artifactId'),
    'project.version': childText(project, 'version') ?? childText(parent, 'version'),
    'project.parent.groupId': childText(parent, 'groupId'),
    'project.parent.version': childText(parent, 'version'),
  };
  /** Undefined when a ${...} stays unresolved. */
  return (value: string | undefined): string | undefined => {
    let text = value;
    for (let round = 0; text?.includes('${') && round < 10; round++) {
      text = text.replace(/\$\{([^}]+)\}/g, (match, key: string) => properties.get(key) ?? coordinates[key] ?? coordinates[key.replace(/^pom\./, 'project.')] ?? match);
    }
    return text?.includes('${') ? undefined : text;
  };
}

export const mavenPom: LockfileParser = {
  name: 'pom.xml',
  matches: (basename) => basename === 'pom.xml',
  parse(text, file, context) {
    const project = parseXml(text, file);
    if (project.name !== 'project') throw new InputError(file, `root element is <${project.name}>, not <project>`, project.line);
    const resolve = interpolator(project);
    const managed = new Map<string, string | undefined>();
    for (const dependency of child(child(project, 'dependencyManagement'), 'dependencies')?.children ?? []) {
      managed.set(`${resolve(childText(dependency, 'groupId'))}:${resolve(childText(dependency, 'artifactId'))}`, resolve(childText(dependency, 'version')));
    }
    const packages = new Map<string, Package>();
    for (const dependency of child(project, 'dependencies')?.children.filter((item) => item.name === 'dependency') ?? []) {
      const groupId = resolve(childText(dependency, 'groupId'));
      const artifactId = resolve(childText(dependency, 'artifactId'));
      if (!groupId || !artifactId) {
        context.notice('dependency without a literal groupId and artifactId: not in the SBOM', dependency.line);
        continue;
      }
      const declared = childText(dependency, 'version');
      const version = declared === undefined ? managed.get(`${groupId}:${artifactId}`) : resolve(declared);
      if (!version || /[[\](),]/.test(version)) {
        const why = declared === undefined ? 'is managed outside this pom (parent or imported BOM)' : `'${declared}' is not a literal version`;
        context.notice(`${groupId}:${artifactId}: version ${why}: not in the SBOM`, dependency.line);
        continue;
      }
      const type = resolve(childText(dependency, 'type'));
      const classifier = resolve(childText(dependency, 'classifier'));
      const mavenScope = childText(dependency, 'scope');
      const scope: Scope = mavenScope === 'test' ? 'dev' : childText(dependency, 'optional') === 'true' ? 'optional' : 'required';
      const pkg = newPackage({
        purl: mavenPurl(groupId, artifactId, version, { type: type && type !== 'jar' ? type : undefined, classifier }),
        name: artifactId,
        group: groupId,
        version,
        scope,
      });
      if (mavenScope && mavenScope !== 'compile') pkg.properties.push(['policygate:maven:scope', mavenScope]);
      packages.set(pkg.purl, pkg);
    }
    const groupId = resolve(childText(project, 'groupId') ?? childText(child(project, 'parent'), 'groupId'));
    const artifactId = resolve(childText(project, 'artifactId')) ?? 'project';
    const version = resolve(childText(project, 'version') ?? childText(child(project, 'parent'), 'version'));
    const licenses = (child(project, 'licenses')?.children ?? []).map((license) => childText(license, 'name')).filter((name): name is string => !!name);
    return {
      file,
      root: { name: artifactId, group: groupId, version, purl: groupId ? mavenPurl(groupId, artifactId, version) : undefined, licenses, manifest: 'pom.xml' },
      dependsOn: [...packages.keys()].sort(),
      packages: [...packages.values()],
    };
  },
};
