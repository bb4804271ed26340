// Licence strings from lockfiles and manifests to CycloneDX licences: SPDX ids where known,
// one SPDX expression when the text is a valid compound expression, names otherwise.
import { Models, SPDX } from '@cyclonedx/cyclonedx-library';

const LICENSE_REF = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/;

function isLicenseId(token: string): boolean {
  return SPDX.fixupSpdxId(token.replace(/\+$/, '')) !== undefined || LICENSE_REF.test(token);
}

/** SPDX license expression grammar: ids (optionally `+`), `WITH` an exception, `AND`/`OR`, parentheses. */
export function isSpdxExpression(text: string): boolean {
  const tokens = text.replace(/([()])/g, ' $1 ').trim().split(/\s+/);
  let at = 0;
  const term = (): boolean => {
    if (tokens[at] === '(') {
      at++;
      if (!expression() || tokens[at] !== ')') return false;
      at++;
      return true;
    }
    const id = tokens[at];
    if (id === undefined || !isLicenseId(id)) return false;
    at++;
    if (tokens[at] === 'WITH') {
      at++;
      if (!/^[A-Za-z0-9.+-]+$/.test(tokens[at] ?? '')) return false;
      at++;
    }
    return true;
  };
  const expression = (): boolean => {
    if (!term()) return false;
    while (tokens[at] === 'AND' || tokens[at] === 'OR') {
      at++;
      if (!term()) return false;
    }
    return true;
  };
  return expression() && at === tokens.length;
}

export function toLicenses(texts: readonly string[]): Models.LicenseRepository {
  const unique = [...new Set(texts.map((text) => text.trim()).filter(Boolean))].sort();
  const only = unique.length === 1 ? unique[0]! : undefined;
  // CycloneDX allows an expression only as the sole licence entry.
  if (only && !SPDX.fixupSpdxId(only) && /\s|\(/.test(only) && isSpdxExpression(only)) {
    return new Models.LicenseRepository([new Models.LicenseExpression(only)]);
  }
  return new Models.LicenseRepository(
    unique.map((text) => {
      const id = SPDX.fixupSpdxId(text);
      return id ? new Models.SpdxLicense(id) : new Models.NamedLicense(text);
    }),
  );
}
