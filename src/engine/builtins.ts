// Builtins that OPA's WASM leaves to the host. The SDK implements a few in JavaScript;
// policygate adds its own here. A bundle importing anything else is refused at load.

/** Implemented by @open-policy-agent/opa-wasm itself (src/builtins/ of the SDK). */
export const SDK_BUILTINS: ReadonlySet<string> = new Set([
  'json.is_valid',
  'sprintf',
  'regex.split',
  'yaml.is_valid',
  'yaml.marshal',
  'yaml.unmarshal',
]);

/** Go's RE2 and JavaScript agree on the syntax policies use; `$1` / `${1}` expand groups in both. */
function regexReplace(text: string, pattern: string, replacement: string): string {
  return text.replace(new RegExp(pattern, 'g'), replacement.replace(/\$\{(\d+)\}/g, '$$$1'));
}

export const HOST_BUILTINS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  'regex.replace': regexReplace,
};

export function isImplemented(name: string): boolean {
  return SDK_BUILTINS.has(name) || Object.hasOwn(HOST_BUILTINS, name);
}
