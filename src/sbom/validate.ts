// Schema validation of CycloneDX documents with the library's validators (the official JSON
// schemas, strict variant). XML validation needs libxmljs2, which needs Node 22: it is reported
// as skipped, never as valid.
import { Validation, type Spec } from '@cyclonedx/cyclonedx-library';
import { record, string } from './text/values.js';

export interface ValidationResult {
  valid: boolean;
  /** Set when the document could not be validated at all; `valid` is then false. */
  skipped?: string;
  errors: string[];
}

const KNOWN_VERSIONS = new Set(['1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);

export async function validateBomText(text: string): Promise<ValidationResult> {
  if (text.trimStart().startsWith('<')) {
    return { valid: false, skipped: 'XML SBOM validation needs the optional libxmljs2 package, which needs Node 22: not validated', errors: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { valid: false, errors: [`not JSON: ${(error as Error).message}`] };
  }
  const version = string(record(json)?.specVersion);
  if (record(json)?.bomFormat !== 'CycloneDX' || !version || !KNOWN_VERSIONS.has(version)) {
    return { valid: false, errors: [`not a CycloneDX document: bomFormat must be "CycloneDX" and specVersion one of ${[...KNOWN_VERSIONS].join(', ')}`] };
  }
  const failure = await new Validation.JsonStrictValidator(version as Spec.Version).validate(text);
  return failure === null ? { valid: true, errors: [] } : { valid: false, errors: describe(failure) };
}

/** ajv errors as `<path>: <message>` lines. */
function describe(failure: unknown): string[] {
  const errors = Array.isArray(failure) ? failure : [failure];
  return errors.map((error) => {
    const item = record(error);
    const where = string(item?.instancePath) || '/';
    const params = item?.params ? ` ${JSON.stringify(item.params)}` : '';
    return item ? `${where}: ${string(item.message) ?? 'invalid'}${params}` : String(error);
  });
}
