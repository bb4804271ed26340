// Lockfile digests to CycloneDX hashes (lowercase hex).
import type { Hash, HashAlgorithm, Package } from './model.js';

const SRI_ALGORITHMS: Record<string, HashAlgorithm> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
const HEX_LENGTH: Record<HashAlgorithm, number> = { 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 };

/** Subresource Integrity (`sha512-<base64> sha1-<base64>`), as npm, yarn and pnpm record it: one hash per algorithm. */
export function fromIntegrity(integrity: string | undefined): Hash[] {
  const hashes = new Map<HashAlgorithm, string>();
  for (const token of (integrity ?? '').trim().split(/\s+/)) {
    const dash = token.indexOf('-');
    const alg = SRI_ALGORITHMS[token.slice(0, dash).toLowerCase()];
    if (!alg || hashes.has(alg)) continue;
    const hex = Buffer.from(token.slice(dash + 1).replace(/\?.*$/, ''), 'base64').toString('hex');
    if (hex.length === HEX_LENGTH[alg]) hashes.set(alg, hex);
  }
  return [...hashes].map(([alg, content]) => ({ alg, content }));
}

/** `sha256:<hex>` (pip, poetry, Pipfile.lock, image digests), or undefined when it is not a well-formed digest. */
export function fromPrefixedHex(value: string): Hash | undefined {
  const match = /^(sha1|sha256|sha384|sha512)[:=]([0-9a-fA-F]+)$/.exec(value.trim());
  const alg = match && SRI_ALGORITHMS[match[1]!];
  return alg && match[2]!.length === HEX_LENGTH[alg] ? { alg, content: match[2]!.toLowerCase() } : undefined;
}

/** A bare hex digest of a known algorithm (Cargo.lock checksums, yarn `#sha1` URL fragments). */
export function fromHex(alg: HashAlgorithm, hex: string | undefined): Hash[] {
  return hex && hex.length === HEX_LENGTH[alg] && /^[0-9a-fA-F]+$/.test(hex) ? [{ alg, content: hex.toLowerCase() }] : [];
}

/**
 * Python lockfiles record one digest per distribution file (each wheel and the sdist). Only a
 * single candidate identifies the artifact that will be installed; with several, the installer
 * picks one per platform, so none of them is the component's hash and none is claimed.
 */
export function distributionHashes(pkg: Package, digests: string[]): void {
  const hashes = digests.map(fromPrefixedHex).filter((hash): hash is Hash => hash !== undefined);
  if (hashes.length === 1) pkg.hashes.push(hashes[0]!);
}
