// Builds input.document from the instructions: build stages, variable scopes (global ARGs for
// FROM; per stage ARG, and ENV inherited from the stage it is built on), substitution where
// Docker substitutes, and the source range of every path, for locate().
import { LineIndex, pathKey } from '../source.js';
import { InputError, type DocPath, type Span } from '../types.js';
import { expandWord, ExpansionError, hasVariables, type Binding, type Expanded, type Lookup } from './expand.js';
import { Mapped, type Range } from './mapped.js';
import type { CommandDoc, DockerfileDocument, Flag, HeredocDoc, ImageRef, Instruction, Pair, Stage } from './model.js';
import { scan } from './scan.js';
import { basename, parseShell, SHELLS, type ShellCommand } from './shell.js';
import { heredocRequests, parseInstruction, SyntaxError, type Syntax } from './syntax.js';

/** ARGs BuildKit defines in the global scope; their values depend on the build. */
const AUTOMATIC_ARGS = [
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
  'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
];
const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;
/** Flags whose values Docker substitutes. */
const EXPANDED_FLAGS: Record<string, ReadonlySet<string>> = {
  from: new Set(['platform']),
  copy: new Set(['from', 'chown', 'chmod']),
  add: new Set(['chown', 'chmod', 'checksum']),
  run: new Set(['mount']),
};
/** Instructions whose arguments Docker substitutes. */
const EXPANDED_ARGS = new Set(['add', 'copy', 'expose', 'from', 'stopsignal', 'user', 'volume', 'workdir']);
const WRAPPERS = new Set(['sudo', 'doas', 'env', 'exec', 'command', 'nohup', 'time']);
/** Options of the wrappers that take a separate value (sudo -u user, env -u NAME). */
const WRAPPER_VALUE_OPTIONS = new Set(['-u', '-g', '-C', '-D', '-p', '-r', '-t', '-U', '-h']);
const UNKNOWN: Binding = { kind: 'unknown' };
const UNSET: Binding = { kind: 'unset' };

const set = (value: string): Binding => ({ kind: 'set', value });
const bound = (expanded: Expanded): Binding => (expanded.resolved ? set(expanded.value) : UNKNOWN);

interface StageState {
  stage: Stage;
  env: Map<string, Binding>;
  args: Map<string, Binding>;
  /** What an undeclared variable is: unknown on an image (its ENV), unset on scratch. */
  undeclared: Binding;
  shell: string[];
}

export interface BuiltDocument {
  document: DockerfileDocument;
  locate(path: DocPath): Span;
}

export function buildDocument(text: string, file: string): BuiltDocument {
  const lines = new LineIndex(text);
  const inputError = (message: string, at: Range) => {
    const position = lines.position(at.start);
    return new InputError(file, message, position.line, position.column);
  };
  const scanned = scan(text, file, heredocRequests);
  const builder = new Builder(scanned.escape, inputError);
  for (const directive of scanned.directives) {
    builder.document.directives[directive.name] = directive.value;
    builder.record(['directives', directive.name], directive.range);
  }
  if (!scanned.lines.length) throw new InputError(file, 'file with no instructions', 1, 1);
  for (const logical of scanned.lines) {
    let syntax: Syntax;
    try {
      syntax = parseInstruction(logical, scanned.escape);
    } catch (error) {
      if (error instanceof SyntaxError) throw inputError(error.message, error.at);
      throw error;
    }
    builder.add(syntax);
  }
  const document = builder.finish(scanned.lines[scanned.lines.length - 1]!.text.range());
  const ranges = builder.ranges;
  return {
    document,
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const range = ranges.get(pathKey(path.slice(0, n)));
        if (range) return lines.span(range.start, range.end);
      }
      return lines.span(0, 0);
    },
  };
}

class Builder {
  readonly document: DockerfileDocument = { directives: {}, args: [], stages: [], final_stage: 0 };
  readonly ranges = new Map<string, Range>();
  private readonly global = new Map<string, Binding>(AUTOMATIC_ARGS.map((name) => [name, UNKNOWN]));
  private readonly states: StageState[] = [];

  constructor(
    private readonly escape: string,
    private readonly inputError: (message: string, at: Range) => InputError,
  ) {}

  record(path: DocPath, range: Range): void {
    const key = pathKey(path);
    if (!this.ranges.has(key)) this.ranges.set(key, range);
  }

  add(syntax: Syntax): void {
    const state = this.states[this.states.length - 1];
    if (syntax.cmd === 'from') return this.addStage(syntax);
    if (!state) {
      if (syntax.cmd !== 'arg') {
        throw this.inputError(`${syntax.cmd.toUpperCase()} comes before the first FROM: only ARG may precede FROM`, syntax.keyword.range());
      }
      const path = ['args', this.document.args.length];
      const { instruction, bindings } = this.instruction(syntax, path, this.globalLookup, undefined);
      for (const [name, binding] of bindings) this.global.set(name, binding);
      this.document.args.push(instruction);
      return;
    }
    const path = ['stages', state.stage.index, 'instructions', state.stage.instructions.length];
    const { instruction, bindings } = this.instruction(syntax, path, this.stageLookup(state), state);
    for (const [name, binding] of bindings) (syntax.cmd === 'env' ? state.env : state.args).set(name, binding);
    if (syntax.cmd === 'shell') state.shell = instruction.args;
    state.stage.instructions.push(instruction);
  }

  finish(last: Range): DockerfileDocument {
    const stages = this.document.stages;
    if (!stages.length) throw this.inputError('no FROM instruction: a Dockerfile needs at least one build stage', last);
    stages[stages.length - 1]!.final = true;
    this.document.final_stage = stages.length - 1;
    this.record([], this.ranges.get(pathKey(['stages', 0]))!);
    return this.document;
  }

  private readonly globalLookup: Lookup = (name) => this.global.get(name) ?? UNSET;

  private stageLookup(state: StageState): Lookup {
    return (name) => state.env.get(name) ?? state.args.get(name) ?? state.undeclared;
  }

  private expand(raw: Mapped, lookup: Lookup, text = raw.text): Expanded {
    try {
      return expandWord(text, this.escape, lookup);
    } catch (error) {
      if (error instanceof ExpansionError) throw this.inputError(error.message, raw.range());
      throw error;
    }
  }

  private addStage(syntax: Syntax): void {
    const index = this.states.length;
    const path = ['stages', index];
    const { instruction } = this.instruction(syntax, [...path, 'instructions', 0], this.globalLookup, undefined);
    const [imageWord, , nameWord] = syntax.args;
    const image = this.expand(imageWord!, this.globalLookup);
    const platform = syntax.flags.find((flag) => flag.name === 'platform');
    const platformValue = platform ? this.expand(platform.valueRaw, this.globalLookup, platform.value ?? '') : undefined;
    const name = nameWord ? nameWord.text.toLowerCase() : null;
    if (name !== null) {
      if (!STAGE_NAME.test(name)) throw this.inputError(`invalid name for build stage: "${nameWord!.text}", name can't start with a number or contain symbols`, nameWord!.range());
      if (this.document.stages.some((stage) => stage.name === name)) throw this.inputError(`duplicate stage name "${name}"`, nameWord!.range());
    }
    const parentState = image.resolved ? this.states.find((state) => state.stage.name === image.value.toLowerCase()) : undefined;
    const from: ImageRef = {
      raw: imageWord!.text,
      reference: image.resolved ? image.value : null,
      image: null,
      tag: null,
      digest: null,
      platform: platformValue?.resolved ? platformValue.value : null,
      stage: parentState ? parentState.stage.index : null,
      scratch: image.resolved && image.value.toLowerCase() === 'scratch',
      resolved: image.resolved,
    };
    if (image.resolved && !parentState && !from.scratch) Object.assign(from, splitReference(image.value));
    if (parentState) from.image = parentState.stage.name;
    const stage: Stage = {
      index,
      name,
      from,
      parent: from.stage,
      lineage: parentState ? [...parentState.stage.lineage, index] : [index],
      final: false,
      instructions: [instruction],
    };
    this.record(path, syntax.range);
    this.record([...path, 'from'], imageWord!.range());
    if (platform) this.record([...path, 'from', 'platform'], platform.valueRaw.range());
    if (nameWord) this.record([...path, 'name'], nameWord.range());
    this.document.stages.push(stage);
    this.states.push({
      stage,
      env: new Map(parentState?.env),
      args: new Map(),
      undeclared: parentState ? parentState.undeclared : from.scratch ? UNSET : UNKNOWN,
      shell: parentState ? parentState.shell : ['/bin/sh', '-c'],
    });
  }

  /** The instruction as Rego sees it, its ranges recorded under `path`, and the variables it binds. */
  private instruction(syntax: Syntax, path: DocPath, lookup: Lookup, state: StageState | undefined): { instruction: Instruction; bindings: [string, Binding][] } {
    let resolved = true;
    const track = (result: Expanded) => {
      resolved &&= result.resolved;
      return result;
    };
    this.record(path, syntax.range);
    this.record([...path, 'cmd'], syntax.keyword.range());
    const expandedFlags = EXPANDED_FLAGS[syntax.cmd];
    const flags: Flag[] = syntax.flags.map((flag, k) => {
      this.record([...path, 'flags', k], flag.raw.range());
      this.record([...path, 'flags', k, 'value'], flag.valueRaw.range());
      if (flag.value === null || !expandedFlags?.has(flag.name)) return { name: flag.name, value: flag.value };
      const value = track(this.expand(flag.valueRaw, lookup, flag.value));
      return { name: flag.name, value: value.resolved ? value.value : flag.value };
    });
    syntax.args.forEach((arg, j) => this.record([...path, 'args', j], arg.range()));
    // As written: JSON strings decoded; HEALTHCHECK keeps its CMD keyword before the command.
    const written = syntax.json
      ? syntax.cmd === 'healthcheck'
        ? [syntax.args[0]!.text, ...syntax.jsonValues]
        : syntax.jsonValues
      : syntax.args.map((arg) => arg.text);
    const args = EXPANDED_ARGS.has(syntax.cmd)
      ? syntax.args.map((arg, j) => {
          const value = track(this.expand(arg, lookup, written[j]));
          return value.resolved ? value.value : written[j]!;
        })
      : written;
    const instruction: Instruction = {
      cmd: syntax.cmd,
      line: syntax.line,
      end_line: syntax.endLine,
      raw: syntax.rest.text,
      flags,
      args,
      json: syntax.json,
      resolved: true,
    };
    const bindings: [string, Binding][] = [];
    if (syntax.pairs.length) instruction.pairs = this.pairs(syntax, path, lookup, track, syntax.cmd === 'label' ? [] : bindings);
    if (syntax.cmd === 'run' || syntax.cmd === 'copy' || syntax.cmd === 'add') instruction.heredocs = this.heredocs(syntax, path);
    if (syntax.cmd === 'run') Object.assign(instruction, this.script(syntax, path, state));
    if ((syntax.cmd === 'copy' || syntax.cmd === 'add') && state) {
      const from = flags.find((flag) => flag.name === 'from')?.value;
      const source = from === undefined || from === null ? undefined : this.stageOf(from, state.stage.index);
      if (source !== undefined) instruction.from_stage = source;
    }
    if (syntax.trigger) {
      // Runs in a later build, with that build's variables: nothing is substituted now.
      const trigger = this.instruction(syntax.trigger, [...path, 'trigger'], () => UNKNOWN, undefined).instruction;
      instruction.trigger = trigger;
      resolved &&= trigger.resolved;
    }
    instruction.resolved = resolved;
    return { instruction, bindings };
  }

  private pairs(syntax: Syntax, path: DocPath, lookup: Lookup, track: (result: Expanded) => Expanded, bindings: [string, Binding][]): Pair[] {
    // ENV and LABEL see the values from before the instruction; each ARG sees the ones before it.
    const sequential = syntax.cmd === 'arg';
    const local = new Map<string, Binding>();
    const seen: Lookup = (name) => (sequential ? local.get(name) : undefined) ?? lookup(name);
    return syntax.pairs.map((pair, k) => {
      this.record([...path, 'pairs', k], pair.word.range());
      this.record([...path, 'pairs', k, 'key'], pair.key.range());
      this.record([...path, 'pairs', k, 'value'], (pair.value ?? pair.word).range());
      const key = sequential ? { value: pair.key.text, resolved: true } : track(this.expand(pair.key, seen));
      const value = pair.value ? track(this.expand(pair.value, seen)) : null;
      const binding = value ? bound(value) : this.declared(key.value);
      local.set(key.value, binding);
      bindings.push([key.value, binding]);
      return {
        key: key.resolved ? key.value : pair.key.text,
        value: value ? (value.resolved ? value.value : pair.value!.text) : null,
        literal: pair.value !== null && !hasVariables(pair.value.text, this.escape),
      };
    });
  }

  /**
   * An ARG without a default: inside a stage, the global ARG's value when there is one; otherwise
   * whatever --build-arg passes, which is not known here.
   */
  private declared(name: string): Binding {
    if (this.states.length && this.global.has(name)) return this.global.get(name)!;
    return UNKNOWN;
  }

  private heredocs(syntax: Syntax, path: DocPath): HeredocDoc[] {
    return syntax.heredocs.map((heredoc, k) => {
      this.record([...path, 'heredocs', k], heredoc.body.range);
      const content = heredoc.body.content.text;
      return {
        name: heredoc.name,
        content: heredoc.chomp ? content.replace(/^\t+/gm, '') : content,
        expand: heredoc.expand,
        chomp: heredoc.chomp,
        line: heredoc.body.startLine,
      };
    });
  }

  /** RUN: the script and its commands, read as the shell in effect reads them. */
  private script(syntax: Syntax, path: DocPath, state: StageState | undefined): { script: string; commands: CommandDoc[] } {
    const posix = !state || SHELLS.has(basename(state.shell[0] ?? ''));
    if (!syntax.json) {
      const bodies = syntax.heredocs.map((heredoc) => heredoc.body.content);
      const script = [syntax.rest.text, ...bodies.map((body) => body.text)].join('\n');
      return { script, commands: posix ? this.commands(parseShell(syntax.rest, bodies), path) : [] };
    }
    const values = syntax.jsonValues;
    if (values.length >= 3 && SHELLS.has(basename(values[0]!)) && /^-[a-z]*c[a-z]*$/.test(values[1]!)) {
      const token = syntax.args[2]!;
      const inner = token.text.slice(1, -1) === values[2] ? token.slice(1, token.length - 1) : Mapped.at(values[2]!, token.offset(1));
      return { script: values[2]!, commands: this.commands(parseShell(inner), path) };
    }
    const argv = syntax.args.map((token, j) => ({ value: values[j]!, range: token.range() }));
    return { script: values.join(' '), commands: this.commands([{ argv, pipeline: 0, parent: null }], path) };
  }

  private commands(commands: ShellCommand[], path: DocPath): CommandDoc[] {
    return commands.map((command, k) => {
      const at = [...path, 'commands', k];
      const first = command.argv[0]!;
      const last = command.argv[command.argv.length - 1]!;
      this.record(at, { start: first.range.start, end: last.range.end });
      command.argv.forEach((word, j) => this.record([...at, 'argv', j], word.range));
      const argv = command.argv.map((word) => word.value);
      const dropped = wrapperLength(argv);
      argv.slice(dropped).forEach((_, j) => this.record([...at, 'exec', j], command.argv[dropped + j]!.range));
      return { argv, exec: argv.slice(dropped), pipeline: command.pipeline, parent: command.parent };
    });
  }

  /** The stage a COPY --from names: an earlier stage by name or by index. */
  private stageOf(from: string, current: number): number | undefined {
    if (/^\d+$/.test(from)) return Number(from) < current ? Number(from) : undefined;
    return this.document.stages.find((stage) => stage.name === from.toLowerCase() && stage.index < current)?.index;
  }
}

/** How many leading words are wrappers (sudo -u x, env A=b, exec...) around the real program. */
function wrapperLength(argv: string[]): number {
  let i = 0;
  while (i < argv.length && WRAPPERS.has(basename(argv[i]!))) {
    i++;
    while (i < argv.length && (argv[i]!.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[i]!))) {
      const option = argv[i++]!;
      if (option === '--') break;
      if (WRAPPER_VALUE_OPTIONS.has(option)) i++;
    }
  }
  return i;
}

/** `registry/repo:tag@digest` into its parts; the tag is after the last `:` that follows the last `/`. */
export function splitReference(reference: string): { image: string; tag: string | null; digest: string | null } {
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : null;
  const name = at >= 0 ? reference.slice(0, at) : reference;
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) return { image: name.slice(0, colon), tag: name.slice(colon + 1), digest };
  return { image: name, tag: null, digest };
}
