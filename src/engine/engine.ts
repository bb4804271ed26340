// Evaluates documents against every loaded bundle through @open-policy-agent/opa-wasm.
// Each bundle's WebAssembly.Module is compiled once; instances are cheap to remake,
// and are remade when a large input has left their memory grown (WASM memory never shrinks).
import { loadPolicy, type LoadedPolicy } from '@open-policy-agent/opa-wasm';
import type { RawFinding, RuleMeta } from '../findings/finding.js';
import type { Kind } from '../formats/types.js';
import { BundleError, type Bundle } from './bundle.js';
import { HOST_BUILTINS, isImplemented } from './builtins.js';

const PAGE = 64 * 1024;

export interface MemoryLimits {
  /** Hard cap on one instance's memory; an input that needs more is an evaluation error. */
  maxBytes: number;
  /** An instance whose memory grew past this is replaced after the call. */
  recycleBytes: number;
}

export const DEFAULT_MEMORY: MemoryLimits = { maxBytes: 512 * 1024 * 1024, recycleBytes: 64 * 1024 * 1024 };

/** What document-scope rules see as `input`. */
export interface Envelope {
  kind: Kind;
  file: string;
  document: unknown;
  context: Record<string, unknown>;
}

/** What run-scope rules see as `input`: the facts of every document of the run. */
export interface RunIndex {
  documents: IndexedDocument[];
}

export interface IndexedDocument {
  /** Position in `documents`; run-scope findings name the document they are about by it. */
  id: number;
  kind: Kind;
  file: string;
  resource: string;
  facts: unknown;
  /** Ids of the rules that fired on this document in the document pass. */
  findings: string[];
}

export const RUN_ENTRYPOINT = 'main/run';

export class EvaluationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvaluationError';
  }
}

class LoadedBundle {
  private policy: LoadedPolicy | undefined;
  readonly entrypoints: ReadonlySet<string>;
  /** How many instances were made: the first, plus one per recycling. */
  instances = 1;

  private constructor(
    readonly bundle: Bundle,
    private readonly module: WebAssembly.Module,
    private readonly memory: MemoryLimits,
    first: LoadedPolicy,
  ) {
    this.policy = first;
    this.entrypoints = new Set(Object.keys(first.entrypoints as Record<string, number>));
  }

  static async load(bundle: Bundle, memory: MemoryLimits): Promise<LoadedBundle> {
    let module: WebAssembly.Module;
    try {
      module = new WebAssembly.Module(bundle.wasm);
    } catch (error) {
      throw new BundleError(bundle.source, `policy.wasm is not a valid WebAssembly module (${(error as Error).message})`);
    }
    const policy = await instantiate(bundle, module, memory);
    const missing = importedBuiltins(policy).filter((name) => !isImplemented(name));
    if (missing.length) {
      throw new BundleError(bundle.source, `uses builtin${missing.length > 1 ? 's' : ''} that policygate does not implement: ${missing.join(', ')}`);
    }
    return new LoadedBundle(bundle, module, memory, policy);
  }

  async evaluate(entrypoint: string, input: Envelope | RunIndex): Promise<RawFinding[]> {
    if (!this.policy) {
      this.policy = await instantiate(this.bundle, this.module, this.memory);
      this.instances++;
    }
    const policy = this.policy;
    try {
      const result = policy.evaluate(input, entrypoint) as { result?: RawFinding[] }[];
      return result[0]?.result ?? [];
    } catch (error) {
      // A failed call can leave the instance mid-state; start the next one afresh.
      this.policy = undefined;
      throw new EvaluationError(`${this.bundle.source}: ${describe(error, this.memory)}`);
    } finally {
      if (policy.mem.buffer.byteLength > this.memory.recycleBytes) this.policy = undefined;
    }
  }
}

async function instantiate(bundle: Bundle, module: WebAssembly.Module, memory: MemoryLimits): Promise<LoadedPolicy> {
  const policy = await loadPolicy(module, { initial: 5, maximum: Math.floor(memory.maxBytes / PAGE) }, HOST_BUILTINS);
  policy.setData(bundle.data as object);
  return policy;
}

/** The names of the builtins a module calls on the host, read from its `builtins` export. */
function importedBuiltins(policy: LoadedPolicy): string[] {
  const exports = (policy.wasmInstance as WebAssembly.Instance).exports as Record<string, (...args: number[]) => number>;
  const address = exports['opa_json_dump']!(exports['builtins']!());
  const bytes = new Uint8Array(policy.mem.buffer);
  let end = address;
  while (bytes[end] !== 0) end++;
  return Object.keys(JSON.parse(new TextDecoder().decode(bytes.subarray(address, end))) as object);
}

function describe(error: unknown, memory: MemoryLimits): string {
  const message =
    error instanceof Error ? error.message : typeof error === 'object' && error && 'message' in error ? String(error.message) : String(error);
  // Growing past the cap fails in JS (RangeError) or inside WASM's allocator, depending on who asked.
  if (error instanceof RangeError || message.includes('opa_malloc: failed')) {
    return `evaluation needs more than ${Math.round(memory.maxBytes / 1024 / 1024)} MB of memory`;
  }
  return message;
}

export class Engine {
  private constructor(
    private readonly bundles: LoadedBundle[],
    private readonly rules: ReadonlyMap<string, RuleMeta>,
  ) {}

  static async load(bundles: Bundle[], memory: MemoryLimits = DEFAULT_MEMORY): Promise<Engine> {
    const rules = new Map<string, RuleMeta & { source: string }>();
    for (const bundle of bundles) {
      for (const rule of bundle.catalog) {
        const clash = rules.get(rule.id);
        if (clash) throw new BundleError(bundle.source, `rule id ${rule.id} is also defined by ${clash.source}`);
        rules.set(rule.id, { ...rule, source: bundle.source });
      }
    }
    return new Engine(await Promise.all(bundles.map((bundle) => LoadedBundle.load(bundle, memory))), rules);
  }

  /** The catalog entry of a rule of any loaded bundle. */
  rule(id: string): RuleMeta | undefined {
    return this.rules.get(id);
  }

  /** Instances made per bundle so far (recycling shows as more than one). */
  instanceCounts(): number[] {
    return this.bundles.map((bundle) => bundle.instances);
  }

  /** Every bundle's findings for one document; bundles without rules for the kind are passed over. */
  evaluate(input: Envelope): Promise<RawFinding[]> {
    return this.evaluateAt(`main/${input.kind}`, input);
  }

  /** Every bundle's run-scope findings over the facts of the whole run. */
  evaluateRun(index: RunIndex): Promise<RawFinding[]> {
    return this.evaluateAt(RUN_ENTRYPOINT, index);
  }

  private async evaluateAt(entrypoint: string, input: Envelope | RunIndex): Promise<RawFinding[]> {
    const findings: RawFinding[] = [];
    for (const bundle of this.bundles) {
      if (bundle.entrypoints.has(entrypoint)) findings.push(...(await bundle.evaluate(entrypoint, input)));
    }
    return findings;
  }
}
