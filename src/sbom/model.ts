// What every lockfile parser returns: one project with its packages and, where the lockfile
// records it, the graph between them. The assembler turns projects into one CycloneDX BOM.

/** `dev` packages are left out of the BOM unless asked for; then they are scoped `excluded`. */
export type Scope = 'required' | 'optional' | 'dev';

export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

export interface Hash {
  alg: HashAlgorithm;
  /** Lowercase hex. */
  content: string;
}

export interface Package {
  /** The package URL; also its identity (bom-ref) in the BOM. */
  purl: string;
  name: string;
  /** Maven groupId; npm scopes stay in `name`, as npm itself writes them. */
  group?: string;
  version?: string;
  scope: Scope;
  /** Digests of the one artifact the lockfile says will be installed. */
  hashes: Hash[];
  /** Licence ids, expressions or names as the lockfile records them. */
  licenses: string[];
  properties: [name: string, value: string][];
  /** `distribution` is where the artifact comes from, `vcs` a source repository. */
  externalReferences: { type: 'distribution' | 'vcs'; url: string }[];
  /** purls of the packages this one depends on. */
  dependsOn: string[];
}

/** The project a lockfile belongs to: its root component and what it locks. */
export interface Project {
  /** The lockfile, as reported to the user. */
  file: string;
  root: {
    name: string;
    group?: string;
    version?: string;
    purl?: string;
    licenses?: string[];
    /** The manifest the root was read from (package.json, pyproject.toml, ...), when there is one. */
    manifest?: string;
  };
  /** purls of the root's direct dependencies. */
  dependsOn: string[];
  packages: Package[];
}

/** Something the user should know about a file that did not stop it from being read. */
export interface Notice {
  file: string;
  line?: number;
  message: string;
}

/** What a lockfile parser may read besides the lockfile, and where it reports notices. */
export interface LockfileContext {
  /** Reads a file relative to the lockfile's directory; undefined when it does not exist. */
  readSibling(relativePath: string): string | undefined;
  /** Entry names of a directory relative to the lockfile's directory; undefined when it does not exist. */
  listSibling(relativePath: string): string[] | undefined;
  /** The sibling's path as reported to the user, for notices and errors about it. */
  siblingFile(relativePath: string): string;
  notice(message: string, line?: number): void;
}

export interface LockfileParser {
  /** Short name for messages, e.g. `package-lock.json`. */
  name: string;
  /** Does this parser read files with this base name? */
  matches(basename: string): boolean;
  /** Throws InputError naming the file (and line where known) on a broken lockfile. */
  parse(text: string, file: string, context: LockfileContext): Project;
}

export function newPackage(fields: Pick<Package, 'purl' | 'name'> & Partial<Package>): Package {
  return { scope: 'required', hashes: [], licenses: [], properties: [], externalReferences: [], dependsOn: [], ...fields };
}
