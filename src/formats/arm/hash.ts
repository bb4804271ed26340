// uniqueString() and guid() as Azure Resource Manager computes them, so that evaluated names
// match what a real deployment creates. Both join their arguments with '-' and hash the UTF-8
// bytes: uniqueString with the 64-bit Murmur variant of Azure.Deployments.Expression, encoded as
// 13 base32 characters; guid as an RFC 4122 version 5 UUID in ARM's own namespace.
import { createHash } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
const ARM_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830';

export function uniqueString(args: readonly string[]): string {
  let hash = murmur64(Buffer.from(args.join('-'), 'utf8'));
  let out = '';
  for (let i = 0; i < 13; i++) {
    out += BASE32[Number(hash >> 59n)];
    hash = (hash << 5n) & 0xffff_ffff_ffff_ffffn;
  }
  return out;
}

export function guid(args: readonly string[]): string {
  return uuidV5(ARM_NAMESPACE, args.join('-'));
}

/** RFC 4122 name-based UUID (SHA-1). */
export function uuidV5(namespace: string, name: string): string {
  const sha = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(Buffer.from(name, 'utf8')).digest();
  sha[6] = (sha[6]! & 0x0f) | 0x50;
  sha[8] = (sha[8]! & 0x3f) | 0x80;
  const hex = sha.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;
const mul = (a: number, b: number) => Math.imul(a, b) >>> 0;
const C1 = 597399067;
const C2 = 2869860233;

/** Little-endian word of up to 4 bytes starting at `at`. */
function word(bytes: Uint8Array, at: number, length: number): number {
  let k = 0;
  for (let j = length - 1; j >= 0; j--) k = ((k << 8) | bytes[at + j]!) >>> 0;
  return k;
}

function fmix(h: number): number {
  h = mul(h ^ (h >>> 16), 2246822507);
  h = mul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

function murmur64(bytes: Uint8Array): bigint {
  const length = bytes.length;
  let h1 = 0;
  let h2 = 0;
  let i = 0;
  for (; i + 7 < length; i += 8) {
    const k1 = mul(rotl(mul(word(bytes, i, 4), C1), 15), C2);
    h1 = (mul((rotl((h1 ^ k1) >>> 0, 19) + h2) >>> 0, 5) + 1444728091) >>> 0;
    const k2 = mul(rotl(mul(word(bytes, i + 4, 4), C2), 17), C1);
    h2 = (mul((rotl((h2 ^ k2) >>> 0, 13) + h1) >>> 0, 5) + 197830471) >>> 0;
  }
  const tail = length - i;
  if (tail > 0) {
    h1 = (h1 ^ mul(rotl(mul(word(bytes, i, Math.min(tail, 4)), C1), 15), C2)) >>> 0;
    if (tail > 4) h2 = (h2 ^ mul(rotl(mul(word(bytes, i + 4, tail - 4), C2), 17), C1)) >>> 0;
  }
  h1 = (h1 ^ length) >>> 0;
  h2 = (h2 ^ length) >>> 0;
  h1 = (h1 + h2) >>> 0;
  h2 = (h2 + h1) >>> 0;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 = (h1 + h2) >>> 0;
  h2 = (h2 + h1) >>> 0;
  return (BigInt(h2) << 32n) | BigInt(h1);
}
