// The capabilities file handed to `opa build`: exactly the builtins policygate's engine can
// evaluate, so a policy calling anything else (http.send, time.now_ns...) fails at build time,
// with opa's own message naming the file and line, instead of at evaluation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { HOST_BUILTINS, SDK_BUILTINS } from '../engine/builtins.js';

interface Builtin {
  name: string;
}

export interface Capabilities {
  builtins: Builtin[];
  features?: string[];
  future_keywords?: string[];
  wasm_abi_versions?: unknown[];
}

/**
 * Measured with OPA 1.22.4 and opa-wasm 1.10 (a one-call policy per builtin, then the module's
 * `builtins` export): OPA compiles these into WASM although the SDK's capabilities.json omits them...
 */
const NATIVE_NOT_LISTED = ['array.flatten', 'array.reverse', 'object.keys', 'object.union_n', 'strings.reverse'];
/** ...and leaves these, which the SDK lists, to a host that implements neither. */
const LISTED_NOT_IMPLEMENTED = new Set(['time.diff', 'rand.intn']);
/** Not evaluated at all: OPA folds them into constants at compile time. */
const COMPILE_TIME = ['rego.metadata.chain', 'rego.metadata.rule'];

/** The SDK's own list: the builtins compiled into WASM plus those its JavaScript implements. */
export function sdkCapabilities(): Capabilities {
  // The package's exports map hides the file; it sits at the package root, beside src/.
  const file = join(dirname(createRequire(import.meta.url).resolve('@open-policy-agent/opa-wasm')), '../capabilities.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Capabilities;
}

/**
 * The SDK's list, corrected by the measurements above, plus the builtins the engine serves from
 * JavaScript (SDK_BUILTINS, HOST_BUILTINS) and the compile-time ones. Declarations and language
 * features come from the opa that builds (`current` is its `opa capabilities --current`).
 */
export function engineCapabilities(current: Capabilities): Capabilities {
  const sdk = sdkCapabilities();
  const builtins = sdk.builtins.filter((builtin) => !LISTED_NOT_IMPLEMENTED.has(builtin.name));
  const listed = new Set(builtins.map((builtin) => builtin.name));
  const wanted = [...NATIVE_NOT_LISTED, ...SDK_BUILTINS, ...Object.keys(HOST_BUILTINS), ...COMPILE_TIME];
  for (const builtin of current.builtins) {
    if (wanted.includes(builtin.name) && !listed.has(builtin.name)) {
      builtins.push(builtin);
      listed.add(builtin.name);
    }
  }
  return {
    builtins: builtins.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    features: current.features ?? [],
    future_keywords: current.future_keywords ?? [],
    wasm_abi_versions: sdk.wasm_abi_versions ?? [],
  };
}
