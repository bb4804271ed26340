// Reads a policy bundle: a `.tar.gz` written by `opa build -t wasm`, or a bare
// `policy.wasm` with a sidecar `catalog.json` (the built-in bundle's form).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { RuleMeta } from '../findings/finding.js';

export interface Bundle {
  /** Where it came from, for messages. */
  source: string;
  wasm: Uint8Array<ArrayBuffer>;
  data: unknown;
  /** Rule metadata known without evaluating (empty for a bundle without a catalog). */
  catalog: RuleMeta[];
}

export class BundleError extends Error {
  constructor(readonly source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = 'BundleError';
  }
}

export function readBundle(file: string): Bundle {
  if (!existsSync(file)) throw new BundleError(file, 'bundle not found');
  if (file.endsWith('.wasm')) {
    const catalogFile = join(dirname(file), 'catalog.json');
    const dataFile = join(dirname(file), 'data.json');
    return {
      source: file,
      wasm: new Uint8Array(readFileSync(file)),
      data: existsSync(dataFile) ? parseJson(file, 'data.json', readFileSync(dataFile, 'utf8')) : {},
      catalog: existsSync(catalogFile) ? (parseJson(file, 'catalog.json', readFileSync(catalogFile, 'utf8')) as RuleMeta[]) : [],
    };
  }
  let entries: Map<string, Buffer>;
  try {
    entries = untar(gunzipSync(readFileSync(file)));
  } catch (error) {
    throw new BundleError(file, `not a gzip-compressed tar bundle (${(error as Error).message})`);
  }
  const wasm = entries.get('policy.wasm');
  if (!wasm) throw new BundleError(file, 'bundle has no /policy.wasm (build it with `opa build -t wasm`)');
  const data = entries.get('data.json');
  const catalog = entries.get('catalog.json');
  return {
    source: file,
    wasm: new Uint8Array(wasm),
    data: data ? parseJson(file, 'data.json', data.toString('utf8')) : {},
    catalog: catalog ? (parseJson(file, 'catalog.json', catalog.toString('utf8')) as RuleMeta[]) : [],
  };
}

function parseJson(source: string, name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BundleError(source, `${name} is not valid JSON (${(error as Error).message})`);
  }
}

/** Minimal ustar reader: regular files only, names without their leading slash. */
export function untar(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = archive.subarray(offset + 512, offset + 512 + size);
    if (body.length < size) throw new Error('truncated archive');
    longName = undefined;
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') files.set(name.replace(/^\.?\//, ''), body);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}
