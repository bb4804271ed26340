// Parameters files and how they pair with templates: given with --parameters (context.options.parameters),
// or found beside the template by name: x.json <-> x.parameters.json and x.parameters.<env>.json
// (azuredeploy.json <-> azuredeploy.parameters.json is the same rule), and the portal's export
// template.json <-> parameters.json.
import path from 'node:path';
import type { Node } from 'jsonc-parser';
import { entries, loadJson, property, type JsonSource } from './jsonc.js';
import type { ParameterValues } from './template.js';
import { InputError, type ParseContext } from '../types.js';

const NAMED_PARAMETERS = /^(.+)\.parameters(?:\.[^.]+)?\.json$/i;

/** The names of the template files a parameters file pairs with by convention. */
export function templateNamesFor(parametersName: string): string[] {
  const match = NAMED_PARAMETERS.exec(parametersName);
  if (match) return [`${match[1]}.json`];
  return parametersName.toLowerCase() === 'parameters.json' ? ['template.json'] : [];
}

/** Reads a parameters file: every entry must give a `value` or a Key Vault `reference`. */
export function readParameters(source: JsonSource): ParameterValues {
  const parameters = property(source.root, 'parameters');
  if (parameters && parameters.type !== 'object') throw at(source, parameters, '"parameters" must be an object');
  const values = new Map<string, Node>();
  for (const [name, entry] of entries(parameters, source)) {
    if (entry.type !== 'object' || (!property(entry, 'value') && !property(entry, 'reference'))) {
      throw at(source, entry, `parameter '${name}' must be an object with "value" or a Key Vault "reference"`);
    }
    values.set(name.toLowerCase(), entry);
  }
  return { source, entries: values };
}

function at(source: JsonSource, node: Node, message: string): InputError {
  const span = source.span(node);
  return new InputError(source.file, message, span.startLine, span.startColumn);
}

/** Names of the template's parameters, lower case. */
export function declaredParameters(template: JsonSource): Set<string> {
  return new Set(entries(property(template.root, 'parameters'), template).map(([name]) => name.toLowerCase()));
}

/** Absolute paths given with --parameters. */
export function explicitParameterFiles(context: ParseContext): string[] {
  const given = context.options['parameters'];
  const list = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  return list.filter((p): p is string => typeof p === 'string').map((p) => path.resolve(context.cwd, p));
}

/** The file name as reported to the user: relative to the working directory when inside it. */
export function reported(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}

/**
 * The parameters files to evaluate a template with: the --parameters files that fit it (it
 * declares every parameter they set), else those beside it by name. A file paired by name that
 * sets a parameter the template does not declare is an error, as it is for Azure.
 */
export function parametersFor(template: JsonSource, templateFile: string, context: ParseContext): ParameterValues[] {
  const declared = declaredParameters(template);
  const load = (absolute: string) => {
    const file = reported(absolute, context.cwd);
    return readParameters(loadJson(context.readFile(absolute, template.file), file));
  };
  const explicit = explicitParameterFiles(context)
    .map(load)
    .filter((values) => [...values.entries.keys()].every((name) => declared.has(name)));
  if (explicit.length) return explicit;
  const absolute = path.resolve(context.cwd, templateFile);
  const dir = path.dirname(absolute);
  const name = path.basename(absolute);
  const paired = (context.listDir(dir) ?? []).filter((entry) => templateNamesFor(entry).includes(name)).sort();
  return paired.map((entry) => {
    const values = load(path.join(dir, entry));
    for (const [key, node] of values.entries) {
      if (!declared.has(key)) throw at(values.source, node.parent ?? node, `parameter '${String(values.source.value(node.parent?.children?.[0] ?? node))}' is not declared in ${template.file}`);
    }
    return values;
  });
}

/**
 * A parameters file parsed on its own yields nothing when its template is evaluated with it
 * (given with --parameters, or a template beside it pairs with it by name); otherwise no template
 * would ever read it, which is an error rather than a silent skip.
 */
export function checkParametersFileIsPaired(file: string, context: ParseContext): void {
  const absolute = path.resolve(context.cwd, file);
  if (explicitParameterFiles(context).includes(absolute)) return;
  const dir = path.dirname(absolute);
  const present = new Set(context.listDir(dir) ?? []);
  const candidates = templateNamesFor(path.basename(absolute));
  if (candidates.some((name) => present.has(name))) return;
  const expected = candidates.length ? `${candidates.join(' or ')} beside it` : 'a template named <name>.json beside it as <name>.parameters.json';
  throw new InputError(file, `no template found for this parameters file: expected ${expected}, or pass it with --parameters`);
}
