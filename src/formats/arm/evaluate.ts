// Evaluates template values: JSON nodes whose strings may be expressions, objects whose "copy"
// arrays are property loops, and the functions that read the template itself (parameters,
// variables, copyIndex, user-defined functions, lambdas, if). While it evaluates, it notes which
// parameters each value was computed from, so a finding can name the parameters file line.
import type { Node } from 'jsonc-parser';
import { isExpression, parseExpression, unescapeLiteral, ExpressionError, type Expr } from './expression.js';
import { BUILTINS, needsAzure, type Target } from './functions.js';
import { entries, property, type JsonSource } from './jsonc.js';
import { hasUnknown, isUnknown, Unknown } from './unknown.js';
import { EvalError, expectArray, expectBool, expectInt, expectString, getProperty, isObject, toText, typeName } from './values.js';
import { InputError, type DocPath, type RelatedLocation } from '../types.js';

/** Most instances a copy loop may make (Azure's limit). */
export const MAX_COPY = 800;

/** A parameter's value and where it was set; the value is computed on first use. */
export class Binding {
  private state: 'new' | 'busy' | 'done' = 'new';
  private resolved: unknown;
  private origins: RelatedLocation[] = [];

  constructor(
    readonly name: string,
    readonly secure: boolean,
    private readonly compute: () => { value: unknown; related: RelatedLocation[] },
    private readonly evaluator: Evaluator,
  ) {}

  get value(): unknown {
    this.resolve();
    return this.resolved;
  }

  get related(): RelatedLocation[] {
    this.resolve();
    return this.origins;
  }

  private resolve(): void {
    if (this.state === 'done') return;
    if (this.state === 'busy') throw new EvalError(`parameter '${this.name}' refers to itself`);
    this.state = 'busy';
    const [{ value, related }, reads] = this.evaluator.collect(() => this.compute());
    this.resolved = value;
    this.origins = [...related, ...reads.flatMap((read) => read.related)];
    this.state = 'done';
  }
}

interface UserFunction {
  parameters: string[];
  output: Node;
}

export interface Scope {
  source: JsonSource;
  target: Target;
  parameters: Map<string, Binding>;
  /** Absent inside user-defined functions, which may not read variables. */
  variables?: Variables;
  functions: Map<string, UserFunction>;
  /** Loop name (lower case) to index; '' is the enclosing resource loop. */
  copy: Map<string, number | Unknown>;
  lambda?: Map<string, unknown>;
  /** languageVersion 2.0: symbolic resource name (lower case) to a function giving its id, name and type. */
  symbols?: Map<string, () => Record<string, unknown>>;
}

export interface Recorder {
  (path: DocPath, node: Node, reads: Binding[]): void;
}

export interface Output {
  path: DocPath;
  record: Recorder;
}

const at = (out: Output | undefined, key: string | number): Output | undefined => out && { path: [...out.path, key], record: out.record };

class Lambda {
  constructor(
    readonly names: string[],
    readonly body: Expr,
    readonly scope: Scope,
    readonly text: string,
  ) {}
}

export class Evaluator {
  /** Names of functions the evaluator does not know; their results are unknown. */
  readonly unsupported = new Set<string>();
  private collectors: Set<Binding>[] = [];

  /** Runs `fn`, returning its result and the parameters it read. */
  collect<T>(fn: () => T): [T, Binding[]] {
    const reads = new Set<Binding>();
    this.collectors.push(reads);
    try {
      return [fn(), [...reads]];
    } finally {
      this.collectors.pop();
      const outer = this.collectors[this.collectors.length - 1];
      if (outer) for (const read of reads) outer.add(read);
    }
  }

  /** Attributes parameter reads to the value being evaluated. */
  addReads(bindings: Iterable<Binding>): void {
    const top = this.collectors[this.collectors.length - 1];
    if (top) for (const binding of bindings) top.add(binding);
  }

  /** Evaluates a JSON node deeply; `out` receives the source node of every value it produces. */
  value(node: Node, scope: Scope, out?: Output): unknown {
    switch (node.type) {
      case 'string': {
        const raw = scope.source.value(node) as string;
        if (!isExpression(raw)) {
          out?.record(out.path, node, []);
          return unescapeLiteral(raw);
        }
        const [value, reads] = this.collect(() => this.text(raw, node, scope));
        out?.record(out.path, node, reads);
        return value;
      }
      case 'object': {
        out?.record(out.path, node, []);
        const result: Record<string, unknown> = {};
        for (const [key, child] of entries(node, scope.source)) {
          const loops = key.toLowerCase() === 'copy' ? copySpecs(child, scope) : undefined;
          if (loops) {
            for (const loop of loops) result[loop.name] = this.propertyLoop(loop, scope, at(out, loop.name));
            continue;
          }
          const name = isExpression(key) ? this.key(key, child, scope) : unescapeLiteral(key);
          result[name] = this.value(child, scope, at(out, name));
        }
        return result;
      }
      case 'array':
        out?.record(out.path, node, []);
        return (node.children ?? []).map((child, i) => this.value(child, scope, at(out, i)));
      default:
        out?.record(out.path, node, []);
        return scope.source.value(node);
    }
  }

  /** A property name written as an expression, e.g. tags {"[concat('hidden-link:', ...)]": ...}. */
  private key(key: string, child: Node, scope: Scope): string {
    const value = this.text(key, child.parent ?? child, scope);
    if (typeof value === 'string') return value;
    if (isUnknown(value)) return key;
    throw this.error(scope, child.parent ?? child, `property name ${key} evaluates to ${typeName(value)}, not a string`);
  }

  /** Evaluates a copy loop's instances: `each(i)` builds instance i in a scope where copyIndex(name) is i. */
  loop<T>(count: unknown, name: string, node: Node, scope: Scope, each: (scope: Scope, i: number) => T): T[] {
    if (isUnknown(count)) return [each(withCopy(scope, name, count), 0)]; // one representative instance
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw this.error(scope, node, `copy count of '${name}' must be a non-negative integer, got ${JSON.stringify(count)}`);
    }
    if (count > MAX_COPY) throw this.error(scope, node, `copy count of '${name}' is ${count}; Azure allows at most ${MAX_COPY}`);
    return Array.from({ length: count }, (_, i) => each(withCopy(scope, name, i), i));
  }

  private propertyLoop(loop: CopySpec, scope: Scope, out: Output | undefined): unknown[] {
    if (out) out.record(out.path, loop.node, []);
    const count = this.value(loop.count, scope);
    return this.loop(count, loop.name, loop.node, scope, (inner, i) => this.value(loop.input, inner, at(out, i)));
  }

  /** Evaluates a template string: an expression "[...]" or a literal. */
  text(raw: string, node: Node, scope: Scope): unknown {
    if (!isExpression(raw)) return unescapeLiteral(raw);
    const body = raw.slice(1, -1);
    try {
      return this.expr(parseExpression(body), scope, body);
    } catch (error) {
      if (error instanceof ExpressionError || error instanceof EvalError) {
        const where = error instanceof ExpressionError ? ` at character ${error.offset + 2}` : '';
        throw this.error(scope, node, `${error.message}${where} in ${JSON.stringify(raw.length > 200 ? `${raw.slice(0, 200)}...` : raw)}`);
      }
      throw error;
    }
  }

  error(scope: Scope, node: Node, message: string): InputError {
    const span = scope.source.span(node);
    return new InputError(scope.source.file, message, span.startLine, span.startColumn);
  }

  private expr(e: Expr, scope: Scope, text: string): unknown {
    const source = () => text.slice(e.start, e.end);
    switch (e.kind) {
      case 'literal':
        return e.value;
      case 'member': {
        const target = this.expr(e.target, scope, text);
        if (isUnknown(target)) return new Unknown(source());
        if (!isObject(target)) throw new EvalError(`cannot read property '${e.name}' of ${typeName(target)}`);
        const value = getProperty(target, e.name);
        if (value === undefined) throw new EvalError(`property '${e.name}' does not exist; available: ${Object.keys(target).join(', ') || 'none'}`);
        return value;
      }
      case 'index': {
        const target = this.expr(e.target, scope, text);
        const index = this.expr(e.index, scope, text);
        if (isUnknown(target) || isUnknown(index)) return new Unknown(source());
        if (Array.isArray(target) && typeof index === 'number') {
          if (index < 0 || index >= target.length) throw new EvalError(`index ${index} is outside the array of length ${target.length}`);
          return target[index];
        }
        if (isObject(target) && typeof index === 'string') {
          const value = getProperty(target, index);
          if (value === undefined) throw new EvalError(`property '${index}' does not exist`);
          return value;
        }
        throw new EvalError(`cannot index ${typeName(target)} with ${typeName(index)}`);
      }
      case 'call':
        return this.call(e, scope, text, source());
    }
  }

  private call(e: Extract<Expr, { kind: 'call' }>, scope: Scope, text: string, source: string): unknown {
    const name = e.name.toLowerCase();
    const args = () => e.args.map((arg) => this.expr(arg, scope, text));
    switch (name) {
      case 'if': {
        if (e.args.length !== 3) throw new EvalError('if() expects 3 arguments');
        const condition = this.expr(e.args[0]!, scope, text);
        if (isUnknown(condition)) return new Unknown(source);
        return this.expr(e.args[expectBool('if', condition) ? 1 : 2]!, scope, text);
      }
      case 'and':
      case 'or': {
        const values = args();
        if (values.length < 2) throw new EvalError(`${e.name}() expects at least 2 arguments`);
        const decisive = name === 'or';
        if (values.some((v) => v === decisive)) return decisive;
        if (values.some(isUnknown)) return new Unknown(source);
        values.forEach((v, i) => expectBool(e.name, v, i + 1));
        return !decisive;
      }
      case 'coalesce':
        for (const arg of e.args) {
          const value = this.expr(arg, scope, text);
          if (isUnknown(value)) return new Unknown(source);
          if (value !== null) return value;
        }
        return null;
      case 'parameters': {
        const [key] = args();
        if (isUnknown(key)) return new Unknown(source);
        const binding = scope.parameters.get(expectString('parameters', key).toLowerCase());
        if (!binding) throw new EvalError(`parameter '${String(key)}' is not declared`);
        this.addReads([binding]);
        return binding.value;
      }
      case 'variables': {
        const [key] = args();
        if (isUnknown(key)) return new Unknown(source);
        if (!scope.variables) throw new EvalError('variables() cannot be used here');
        return scope.variables.get(expectString('variables', key));
      }
      case 'copyindex':
        return copyIndex(args(), scope, source);
      case 'lambda': {
        if (e.args.length < 1) throw new EvalError('lambda() expects parameter names and a body');
        const names = e.args.slice(0, -1).map((arg) => expectString('lambda', this.expr(arg, scope, text)));
        return new Lambda(names, e.args[e.args.length - 1]!, scope, text);
      }
      case 'lambdavariables': {
        const [key] = args();
        const value = scope.lambda?.get(expectString('lambdaVariables', key));
        if (value === undefined) throw new EvalError(`lambda variable '${String(key)}' is not defined`);
        return value;
      }
      case 'filter':
      case 'map':
      case 'reduce':
      case 'sort':
      case 'toobject':
        return this.higherOrder(name, args(), source);
      case 'resourceinfo': {
        const [key] = args();
        const symbol = scope.symbols?.get(expectString('resourceInfo', key).toLowerCase());
        if (!symbol) throw new EvalError(`no resource has the symbolic name '${String(key)}'`);
        return symbol();
      }
    }
    if (name.includes('.')) return this.userFunction(name, args(), scope, source);
    if (needsAzure(name)) return new Unknown(source);
    const builtin = BUILTINS[name];
    if (!builtin) {
      this.unsupported.add(e.name);
      return new Unknown(source);
    }
    const values = args();
    const unknownArgument = builtin.unknowns === 'none' ? undefined : builtin.unknowns === 'shallow' ? isUnknown : hasUnknown;
    if (unknownArgument && values.some(unknownArgument)) return new Unknown(source);
    return builtin.call(values, scope.target);
  }

  private userFunction(name: string, values: unknown[], scope: Scope, source: string): unknown {
    const fn = scope.functions.get(name);
    if (!fn) throw new EvalError(`user-defined function '${name}' is not declared`);
    if (values.length !== fn.parameters.length) throw new EvalError(`${name}() expects ${fn.parameters.length} arguments, got ${values.length}`);
    if (values.some(isUnknown)) return new Unknown(source);
    const parameters = new Map(fn.parameters.map((p, i) => [p.toLowerCase(), new Binding(p, false, () => ({ value: values[i], related: [] }), this)]));
    return this.value(fn.output, { source: scope.source, target: scope.target, parameters, functions: scope.functions, copy: new Map() });
  }

  private higherOrder(name: string, values: unknown[], source: string): unknown {
    if (values.some(isUnknown)) return new Unknown(source);
    const items = expectArray(name, values[0]);
    const lambda = values[name === 'reduce' ? 2 : 1];
    const keys = name === 'toobject' ? values[1] : undefined;
    if (!(lambda instanceof Lambda) && !(name === 'sort' || name === 'toobject')) throw new EvalError(`${name}() expects a lambda`);
    const apply = (fn: unknown, ...args: unknown[]) => {
      if (!(fn instanceof Lambda)) throw new EvalError(`${name}() expects a lambda`);
      const lambdaScope: Scope = { ...fn.scope, lambda: new Map([...(fn.scope.lambda ?? []), ...fn.names.map((n, i) => [n, args[i]] as const)]) };
      return this.expr(fn.body, lambdaScope, fn.text);
    };
    switch (name) {
      case 'filter': {
        const kept: unknown[] = [];
        for (const [i, item] of items.entries()) {
          const keep = apply(lambda, item, i);
          if (isUnknown(keep)) return new Unknown(source);
          if (expectBool('filter', keep)) kept.push(item);
        }
        return kept;
      }
      case 'map':
        return items.map((item, i) => apply(lambda, item, i));
      case 'reduce':
        return items.reduce((acc, item, i) => apply(lambda, acc, item, i), values[1]);
      case 'sort': {
        const order = values[1];
        let unknown = false;
        const sorted = [...items].sort((a, b) => {
          const less = apply(order, a, b);
          if (isUnknown(less)) unknown = true;
          return less === true ? -1 : apply(order, b, a) === true ? 1 : 0;
        });
        return unknown ? new Unknown(source) : sorted;
      }
      default: {
        const out: Record<string, unknown> = {};
        for (const item of items) {
          const key = apply(keys, item);
          if (isUnknown(key)) return new Unknown(source);
          out[toText(key)] = values.length > 2 ? apply(values[2], item) : item;
        }
        return out;
      }
    }
  }
}

function withCopy(scope: Scope, name: string, index: number | Unknown): Scope {
  return { ...scope, copy: new Map(scope.copy).set(name.toLowerCase(), index) };
}

/** A resource loop also answers copyIndex() without a name. */
export function withResourceLoop(scope: Scope, name: string, index: number | Unknown): Scope {
  return { ...scope, copy: new Map(scope.copy).set(name.toLowerCase(), index).set('', index) };
}

function copyIndex(values: unknown[], scope: Scope, source: string): unknown {
  if (values.length > 2) throw new EvalError('copyIndex() expects at most 2 arguments');
  const loop = typeof values[0] === 'string' ? values[0] : undefined;
  const offset = values[loop === undefined ? 0 : 1] ?? 0;
  if (isUnknown(offset)) return new Unknown(source);
  const index = scope.copy.get(loop?.toLowerCase() ?? '');
  if (index === undefined) throw new EvalError(loop ? `there is no copy loop named '${loop}' here` : 'copyIndex() is used outside a copy loop');
  return isUnknown(index) ? new Unknown(source) : index + expectInt('copyIndex', offset, loop === undefined ? 1 : 2);
}

interface CopySpec {
  name: string;
  count: Node;
  input: Node;
  node: Node;
}

/** The property loops of a "copy" array, or undefined when it is not one (then it is a plain property). */
function copySpecs(node: Node, scope: Scope): CopySpec[] | undefined {
  if (node.type !== 'array' || !node.children?.length) return undefined;
  const specs: CopySpec[] = [];
  for (const child of node.children) {
    const name = property(child, 'name');
    const count = property(child, 'count');
    const input = property(child, 'input');
    if (!name || name.type !== 'string' || !count || !input) return undefined;
    specs.push({ name: scope.source.value(name) as string, count, input, node: child });
  }
  return specs;
}

/** A template's variables, evaluated on first use; copy loops in `copy` make array variables. */
export class Variables {
  private readonly entries = new Map<string, { evaluate: () => unknown; state: 'new' | 'busy' | 'done'; value?: unknown; reads: Binding[] }>();

  constructor(
    node: Node | undefined,
    private readonly evaluator: Evaluator,
    private readonly scope: () => Scope,
  ) {
    for (const [name, child] of entries(node, scope().source)) {
      const loops = name.toLowerCase() === 'copy' ? copySpecs(child, scope()) : undefined;
      if (loops) {
        for (const loop of loops) {
          this.add(loop.name, () => {
            const s = this.scope();
            return evaluator.loop(evaluator.value(loop.count, s), loop.name, loop.node, s, (inner) => evaluator.value(loop.input, inner));
          });
        }
      } else this.add(name, () => evaluator.value(child, this.scope()));
    }
  }

  private add(name: string, evaluate: () => unknown): void {
    this.entries.set(name.toLowerCase(), { evaluate, state: 'new', reads: [] });
  }

  get(name: string): unknown {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) throw new EvalError(`variable '${name}' is not declared`);
    if (entry.state === 'busy') throw new EvalError(`variable '${name}' refers to itself`);
    if (entry.state === 'new') {
      entry.state = 'busy';
      [entry.value, entry.reads] = this.evaluator.collect(() => entry.evaluate());
      entry.state = 'done';
    } else this.evaluator.addReads(entry.reads);
    return entry.value;
  }
}

/** User-defined functions of a template: namespace.member -> parameters and output value. */
export function userFunctions(node: Node | undefined, source: JsonSource): Map<string, UserFunction> {
  const out = new Map<string, UserFunction>();
  for (const group of node?.type === 'array' ? (node.children ?? []) : []) {
    const namespace = source.value(property(group, 'namespace') ?? group);
    for (const [member, definition] of entries(property(group, 'members'), source)) {
      const output = property(property(definition, 'output'), 'value');
      if (typeof namespace !== 'string' || !output) continue;
      const parameters = (property(definition, 'parameters')?.children ?? []).map((p) => String(source.value(property(p, 'name') ?? p)));
      out.set(`${namespace}.${member}`.toLowerCase(), { parameters, output });
    }
  }
  return out;
}

