// go.mod with go.sum. Since Go 1.17 go.mod requires every module of the build list (indirect
// ones marked `// indirect`); replace directives name the code actually built. go.mod records no
// graph between modules: the project depends on its direct requirements, and indirect modules
// are marked. go.sum's h1: digests hash a file listing, not a downloadable artifact, so they are
// kept as properties, not component hashes.
import { InputError } from '../../formats/types.js';
import { newPackage, type LockfileParser, type Package } from '../model.js';
import { golangPurl } from '../purl.js';

interface Directive {
  verb: string;
  args: string[];
  comment: string;
  line: number;
}

function tokens(text: string): string[] {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** Lines and `verb ( ... )` blocks, each line split into arguments and its trailing comment. */
export function readGoMod(text: string, file: string): Directive[] {
  const directives: Directive[] = [];
  let block: { verb: string; line: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const commentAt = raw.indexOf('//');
    const comment = commentAt === -1 ? '' : raw.slice(commentAt + 2).trim();
    const args = tokens(commentAt === -1 ? raw : raw.slice(0, commentAt));
    if (!args.length) return;
    if (block) {
      if (args[0] === ')') block = undefined;
      else directives.push({ verb: block.verb, args, comment, line });
    } else if (args[args.length - 1] === '(' && args.length === 2) block = { verb: args[0]!, line };
    else directives.push({ verb: args[0]!, args: args.slice(1), comment, line });
  });
  if (block) throw new InputError(file, `'${block.verb} (' block is not closed`, block.line);
  return directives;
}

const LOCAL_PATH = /^(\.{1,2}\/|\/|\.{1,2}$)/;

export const goModule: LockfileParser = {
  name: 'go.mod',
  matches: (basename) => basename === 'go.mod',
  parse(text, file, context) {
    const directives = readGoMod(text, file);
    const module = directives.find((directive) => directive.verb === 'module')?.args[0];
    if (!module) throw new InputError(file, 'no module directive');
    const goVersion = directives.find((directive) => directive.verb === 'go')?.args[0];
    if (goVersion && /^1\.(\d|1[0-6])(\.|$)/.test(goVersion)) {
      context.notice(`go ${goVersion} < 1.17: go.mod does not list every indirect dependency, so the SBOM may miss some`);
    }
    const replaces = directives
      .filter((directive) => directive.verb === 'replace')
      .map(({ args, line }) => {
        const arrow = args.indexOf('=>');
        if (arrow < 1 || arrow > 2 || args.length < arrow + 2) throw new InputError(file, 'malformed replace directive', line);
        return { path: args[0]!, version: arrow === 2 ? args[1] : undefined, to: args[arrow + 1]!, toVersion: args[arrow + 2] };
      });
    const sums = new Map<string, string>();
    for (const sumLine of (context.readSibling('go.sum') ?? '').split(/\r?\n/)) {
      const [path, version, hash] = sumLine.trim().split(/\s+/);
      if (path && version && hash && !version.endsWith('/go.mod')) sums.set(`${path}@${version}`, hash);
    }
    const packages: Package[] = [];
    const direct: string[] = [];
    for (const { args, comment, line } of directives.filter((directive) => directive.verb === 'require')) {
      const [path, version] = args;
      if (!path || !version) throw new InputError(file, 'malformed require directive', line);
      const replace = replaces.find((candidate) => candidate.path === path && (!candidate.version || candidate.version === version));
      const local = replace && LOCAL_PATH.test(replace.to);
      const builtPath = replace && !local ? replace.to : path;
      const builtVersion = local ? undefined : (replace?.toVersion ?? version);
      const pkg = newPackage({ purl: golangPurl(builtPath, builtVersion), name: builtPath, version: builtVersion });
      if (replace) pkg.properties.push(['policygate:go:replaces', `${path}@${version}`]);
      if (local) pkg.properties.push(['policygate:go:local-path', replace.to]);
      const sum = builtVersion && sums.get(`${builtPath}@${builtVersion}`);
      if (sum) pkg.properties.push(['policygate:go:sum', sum]);
      if (/(^|;\s*)indirect(\s*;|$)/.test(comment)) pkg.properties.push(['policygate:go:indirect', 'true']);
      else direct.push(pkg.purl);
      packages.push(pkg);
    }
    return { file, root: { name: module, purl: golangPurl(module), manifest: 'go.mod' }, dependsOn: [...new Set(direct)].sort(), packages };
  },
};
