// Azure Resource Manager deployment templates (JSON, languageVersion 1.0 and 2.0) and their
// parameters files. Each (template, parameters file) pair is expanded into one document.
import path from 'node:path';
import { deployedImages } from './images.js';
import { loadJson, property, type JsonSource } from './jsonc.js';
import { checkParametersFileIsPaired, parametersFor } from './parameters.js';
import { expandTemplate, languageVersionOf, targetScopeOf, type ParameterValues } from './template.js';
import type { Target } from './functions.js';
import { InputError, type DocPath, type Format, type ParseContext, type ParsedDocument } from '../types.js';

const JSON_FILE = /\.jsonc?$/i;
const ARM_SCHEMA = /"\$schema"\s*:\s*"[^"]*(?:deploymentTemplate|deploymentParameters)\.json/i;
const LANGUAGE_VERSION = /"languageVersion"\s*:/;
const CONTENT_VERSION = /"contentVersion"\s*:/;

/** Placeholder deployment target; `--arm-*` style options may give real values. */
export const PLACEHOLDER_TARGET: Omit<Target, 'scope' | 'deploymentName'> = {
  subscriptionId: '00000000-0000-0000-0000-000000000000',
  resourceGroup: 'resourceGroup',
  location: 'resourceGroupLocation',
  tenantId: '00000000-0000-0000-0000-000000000000',
  managementGroup: 'managementGroup',
};

type FileKind = 'template' | 'parameters';

function kindOf(source: JsonSource): FileKind {
  if (source.root.type !== 'object') throw new InputError(source.file, 'an ARM template or parameters file must be a JSON object', 1, 1);
  const schema = source.value(property(source.root, '$schema') ?? source.root);
  const text = typeof schema === 'string' ? schema.toLowerCase() : '';
  if (text.includes('deploymentparameters')) return 'parameters';
  if (text.includes('deploymenttemplate') || property(source.root, 'languageVersion')) return 'template';
  throw new InputError(source.file, 'not an ARM deployment template or parameters file ($schema names neither)', 1, 1);
}

function targetFor(template: JsonSource, file: string, context: ParseContext): Target {
  const option = (name: keyof typeof PLACEHOLDER_TARGET) => {
    const value = context.options[name];
    return typeof value === 'string' && value ? value : PLACEHOLDER_TARGET[name];
  };
  return {
    scope: targetScopeOf(template.value(property(template.root, '$schema') ?? template.root)),
    subscriptionId: option('subscriptionId'),
    resourceGroup: option('resourceGroup'),
    location: option('location'),
    tenantId: option('tenantId'),
    managementGroup: option('managementGroup'),
    // The Azure CLI names a deployment after its template file by default.
    deploymentName: path.basename(file).replace(/\.jsonc?$/i, ''),
  };
}

function documentFor(template: JsonSource, values: ParameterValues | undefined, target: Target): ParsedDocument {
  const expansion = expandTemplate(template, values, target);
  const resourceAt = (p: DocPath): string => {
    const resource = p[0] === 'resources' && typeof p[1] === 'number' ? expansion.document.resources[p[1]] : undefined;
    if (!resource) return values ? `${template.file} with ${values.source.file}` : template.file;
    // The same resource checked with two parameters files is two resources to a baseline.
    return `${resource.type}/${displayName(resource.name)}${values ? ` (${path.basename(values.source.file)})` : ''}`;
  };
  return {
    kind: 'arm',
    file: template.file,
    resource: values ? `${template.file} with ${values.source.file}` : template.file,
    document: expansion.document,
    context: {
      unresolved: expansion.unresolved,
      unresolvedParameters: expansion.unresolvedParameters,
      unsupportedFunctions: expansion.unsupportedFunctions,
      languageVersion: languageVersionOf(template),
      targetScope: target.scope,
      ...(values ? { parametersFile: values.source.file } : {}),
    },
    locate: (p) => expansion.locate(p),
    related: (p) => expansion.related(p),
    resourceAt,
    // The whole model, plus the images its resources run, each named by the resource that runs it,
    // the name each resource's findings carry, and the parameters file the values came from.
    facts: () => ({
      ...expansion.document,
      images: deployedImages(expansion.document).map((use) => ({ resource: resourceAt(use.path), image: use.reference })),
      resourceNames: expansion.document.resources.map((_, index) => resourceAt(['resources', index])),
      ...(values ? { parametersFile: values.source.file } : {}),
    }),
  };
}

function displayName(name: unknown): string {
  if (typeof name === 'string') return name;
  const unknown = name && typeof name === 'object' ? (name as Record<string, unknown>)['$unknown'] : undefined;
  return typeof unknown === 'string' ? unknown : '<unknown>';
}

export const arm: Format = {
  kind: 'arm',

  detect(file, text) {
    return JSON_FILE.test(file) && (ARM_SCHEMA.test(text) || (LANGUAGE_VERSION.test(text) && CONTENT_VERSION.test(text)));
  },

  parse(text, file, context) {
    const source = loadJson(text, file);
    if (kindOf(source) === 'parameters') {
      checkParametersFileIsPaired(file, context);
      return [];
    }
    const target = targetFor(source, file, context);
    const pairs = parametersFor(source, file, context);
    if (pairs.length === 0) return [documentFor(source, undefined, target)];
    return pairs.map((values) => documentFor(source, values, target));
  },
};
