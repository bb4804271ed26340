import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dockerfile, type DockerfileDocument, type Instruction } from '../../src/formats/dockerfile/index.js';
import { InputError, type ParseContext, type ParsedDocument } from '../../src/formats/types.js';

const context: ParseContext = {
  cwd: '/',
  root: '/',
  options: {},
  readFile: () => {
    throw new Error('a Dockerfile reads no other file');
  },
  listDir: () => undefined,
};

function parse(text: string, file = 'Dockerfile'): { doc: DockerfileDocument; parsed: ParsedDocument } {
  const [parsed] = dockerfile.parse(text, file, context);
  return { doc: parsed!.document as DockerfileDocument, parsed: parsed! };
}

/** The instructions of stage `s`, FROM excluded. */
function body(doc: DockerfileDocument, s = 0): Instruction[] {
  return doc.stages[s]!.instructions.slice(1);
}

function rejects(text: string, message: RegExp, line: number): void {
  assert.throws(
    () => parse(text),
    (error: unknown) => error instanceof InputError && message.test(error.message) && error.line === line && error.file === 'Dockerfile',
  );
}

describe('dockerfile: instructions and line structure', () => {
  test('keywords are case-insensitive and reported in lower case', () => {
    const { doc } = parse('from alpine:3.20\nRun echo hi\nWorkDir /app\n');
    assert.deepEqual(doc.stages[0]!.instructions.map((i) => i.cmd), ['from', 'run', 'workdir']);
  });

  test('continuations join lines and skip comment and blank lines in between', () => {
    const { doc, parsed } = parse(
      ['FROM alpine:3.20', 'RUN apk add --no-cache \\', '    # a comment inside the instruction', '', '    curl \\  ', '    git', 'USER nobody'].join('\n'),
    );
    const [run, user] = body(doc);
    assert.equal(run!.raw, 'apk add --no-cache     curl     git');
    assert.equal(run!.line, 2);
    assert.equal(run!.end_line, 6);
    assert.equal(user!.line, 7);
    assert.deepEqual(run!.commands!.map((c) => c.argv), [['apk', 'add', '--no-cache', 'curl', 'git']]);
    // "git" sits on line 6, columns 5-8, although the instruction starts on line 2.
    assert.deepEqual(parsed.locate(['stages', 0, 'instructions', 1, 'commands', 0, 'argv', 4]), { startLine: 6, startColumn: 5, endLine: 6, endColumn: 8 });
  });

  test('an escaped escape character at the end of a line is not a continuation', () => {
    const { doc } = parse('FROM alpine:3.20\nCOPY a.txt /data\\\\\nRUN ls\n');
    assert.deepEqual(body(doc).map((i) => i.cmd), ['copy', 'run']);
  });

  test('the escape directive makes the backtick the escape and continuation character', () => {
    const text = ['# escape=`', '', 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022', 'COPY testfile.txt c:\\', 'RUN dir c:\\ `', '    /s', ''].join('\r\n');
    const { doc } = parse(text);
    assert.equal(doc.directives.escape, '`');
    const [copy, run] = body(doc);
    assert.deepEqual(copy!.args, ['testfile.txt', 'c:\\']);
    assert.equal(run!.raw, 'dir c:\\     /s');
    assert.equal(run!.end_line, 6);
  });

  test('directives: any case and spacing at the top; after a comment they are comments', () => {
    const { doc } = parse('#  SYNTAX = docker/dockerfile:1.7\n#check=skip=JSONArgsRecommended;error=true\nFROM alpine:3.20\n');
    assert.deepEqual(doc.directives, { syntax: 'docker/dockerfile:1.7', check: 'skip=JSONArgsRecommended;error=true' });
    const late = parse('# a comment first\n# escape=`\nFROM alpine:3.20\nRUN echo \\\n  hi\n').doc;
    assert.deepEqual(late.directives, {});
    assert.equal(body(late)[0]!.raw, 'echo   hi');
  });

  test('exec (JSON) and shell forms', () => {
    const { doc, parsed } = parse(
      ['FROM alpine:3.20', 'CMD ["/app", "--port", "8080"]', "ENTRYPOINT ['single', 'quotes']", 'CMD ["a"] # not JSON any more', 'RUN ["sh", "-c", "echo $HOME"]'].join('\n'),
    );
    const [cmd, entrypoint, shellCmd, run] = body(doc);
    assert.deepEqual([cmd!.json, cmd!.args], [true, ['/app', '--port', '8080']]);
    assert.deepEqual([entrypoint!.json, entrypoint!.args], [false, ["['single', 'quotes']"]]);
    assert.equal(shellCmd!.json, false);
    assert.deepEqual(run!.commands!.map((c) => c.argv), [['echo', '$HOME']]);
    assert.deepEqual(parsed.locate(['stages', 0, 'instructions', 1, 'args', 2]), { startLine: 2, startColumn: 24, endLine: 2, endColumn: 30 });
  });
});

describe('dockerfile: heredocs', () => {
  test('RUN <<EOF: the body is the script, its commands located in the body', () => {
    const { doc, parsed } = parse(['FROM alpine:3.20', 'RUN <<EOF', 'set -e', 'curl -fsSL https://x | sh', 'EOF', 'USER nobody'].join('\n'));
    const [run, user] = body(doc);
    assert.deepEqual(run!.heredocs, [{ name: 'EOF', content: 'set -e\ncurl -fsSL https://x | sh\n', expand: true, chomp: false, line: 3 }]);
    assert.deepEqual(run!.commands!.map((c) => [c.argv[0], c.pipeline]), [['set', 0], ['curl', 1], ['sh', 1]]);
    assert.equal(run!.end_line, 5);
    assert.equal(user!.line, 6);
    assert.deepEqual(parsed.locate(['stages', 0, 'instructions', 1, 'commands', 2]), { startLine: 4, startColumn: 24, endLine: 4, endColumn: 26 });
  });

  test('<<- strips leading tabs, a quoted name turns expansion off, several heredocs in one line', () => {
    const text = ['FROM alpine:3.20', 'COPY <<-"CONF" <<EOT /etc/', '\tkey=${VALUE}', '\tCONF', 'two', 'EOT', 'RUN python3 <<PY', "print('not a shell script')", 'PY'].join('\n');
    const { doc } = parse(text);
    const [copy, run] = body(doc);
    assert.deepEqual(copy!.heredocs!.map((h) => [h.name, h.content, h.expand, h.chomp]), [
      ['CONF', 'key=${VALUE}\n', false, true],
      ['EOT', 'two\n', true, false],
    ]);
    assert.deepEqual(run!.commands!.map((c) => c.argv), [['python3']]);
  });

  test('heredocs only open in the shell form of RUN, COPY and ADD', () => {
    const { doc } = parse('FROM alpine:3.20\nRUN ["cat", "<<EOF"]\nENV A=<<EOF\nUSER nobody\n');
    assert.deepEqual(body(doc).map((i) => i.cmd), ['run', 'env', 'user']);
  });

  test('an unterminated heredoc is an error on the instruction line', () => {
    rejects('FROM alpine:3.20\n\nRUN <<EOF\necho hi\n', /unterminated heredoc <<EOF/, 3);
  });
});

describe('dockerfile: variables', () => {
  test('global ARGs feed FROM; substitution forms; unknown values stay unresolved', () => {
    const text = [
      'ARG REGISTRY=docker.io',
      'ARG TAG',
      'FROM ${REGISTRY}/library/alpine:${VERSION:-3.20}${SUFFIX:+-x}',
      'FROM golang:$TAG AS build',
    ].join('\n');
    const { doc } = parse(text);
    assert.deepEqual(doc.stages[0]!.from, {
      raw: '${REGISTRY}/library/alpine:${VERSION:-3.20}${SUFFIX:+-x}',
      reference: 'docker.io/library/alpine:3.20',
      image: 'docker.io/library/alpine',
      tag: '3.20',
      digest: null,
      platform: null,
      stage: null,
      scratch: false,
      resolved: true,
    });
    // TAG has no default: it comes from --build-arg, unknown here.
    assert.equal(doc.stages[1]!.from.resolved, false);
    assert.equal(doc.stages[1]!.from.reference, null);
    assert.equal(doc.args.length, 2);
  });

  test('in a stage: redeclared global ARG, ENV over ARG, same-instruction ENV, escaped dollar', () => {
    const text = [
      'ARG VERSION=1.2',
      'FROM alpine:3.20',
      'ARG VERSION',
      'ENV DIR=/opt/app-$VERSION',
      'ENV DIR=/srv OLD=$DIR',
      'WORKDIR $DIR',
      'LABEL old=${OLD} literal=\\$DIR quoted="a b" single=\'$DIR\'',
      'USER $APP_USER',
    ].join('\n');
    const { doc } = parse(text);
    const [, env1, env2, workdir, label, user] = body(doc);
    assert.deepEqual(env1!.pairs, [{ key: 'DIR', value: '/opt/app-1.2', literal: false }]);
    assert.deepEqual(env2!.pairs!.map((p) => [p.key, p.value]), [['DIR', '/srv'], ['OLD', '/opt/app-1.2']]);
    assert.deepEqual(workdir!.args, ['/srv']);
    assert.deepEqual(label!.pairs!.map((p) => [p.key, p.value]), [['old', '/opt/app-1.2'], ['literal', '$DIR'], ['quoted', 'a b'], ['single', '$DIR']]);
    // APP_USER may come from the base image's ENV: unknown, kept as written.
    assert.deepEqual([user!.args, user!.resolved], [['$APP_USER'], false]);
  });

  test('ENV is inherited by stages built FROM a stage; RUN is not expanded by Docker', () => {
    const { doc } = parse(['FROM scratch AS base', 'ENV HOME=/home/app', 'FROM base', 'WORKDIR $HOME/data', 'RUN echo $HOME', 'WORKDIR $UNSET/x'].join('\n'));
    const [workdir, run, unset] = body(doc, 1);
    assert.deepEqual(workdir!.args, ['/home/app/data']);
    assert.deepEqual(run!.args, ['echo $HOME']);
    // The lineage starts at scratch, which has no ENV: an undeclared variable is empty.
    assert.deepEqual([unset!.args, unset!.resolved], [['/x'], true]);
  });
});

describe('dockerfile: stages and flags', () => {
  test('stage names, FROM a stage, COPY --from by name and index', () => {
    const text = [
      'FROM --platform=$BUILDPLATFORM golang:1.22 AS Build',
      'RUN go build -o /out/app .',
      'FROM build AS test',
      'FROM gcr.io/distroless/static-debian12:nonroot',
      'COPY --from=BUILD --chown=65532:65532 --link /out/app /app',
      'COPY --from=0 /etc/ssl /etc/ssl',
      'COPY --from=nginx:1.27 /etc/nginx/mime.types /etc/',
    ].join('\n');
    const { doc, parsed } = parse(text);
    assert.deepEqual(doc.stages.map((s) => [s.name, s.parent, s.lineage, s.final]), [
      ['build', null, [0], false],
      ['test', 0, [0, 1], false],
      [null, null, [2], true],
    ]);
    assert.equal(doc.final_stage, 2);
    assert.equal(doc.stages[1]!.from.stage, 0);
    const [byName, byIndex, image] = body(doc, 2);
    assert.deepEqual(byName!.flags, [{ name: 'from', value: 'BUILD' }, { name: 'chown', value: '65532:65532' }, { name: 'link', value: null }]);
    assert.equal(byName!.from_stage, 0);
    assert.equal(byIndex!.from_stage, 0);
    assert.equal(image!.from_stage, undefined);
    assert.deepEqual(parsed.locate(['stages', 0, 'from', 'platform']), { startLine: 1, startColumn: 17, endLine: 1, endColumn: 31 });
    assert.deepEqual(parsed.locate(['stages', 0, 'name']), { startLine: 1, startColumn: 47, endLine: 1, endColumn: 52 });
  });

  test('repeated flags, ONBUILD triggers (not expanded), HEALTHCHECK forms', () => {
    const text = [
      'FROM alpine:3.20',
      'ENV TARGET=/cache',
      'RUN --mount=type=cache,target=$TARGET --mount=type=secret,id=npm true',
      'ONBUILD COPY . $TARGET',
      'HEALTHCHECK --interval=5s CMD ["/app", "-healthcheck"]',
      'HEALTHCHECK NONE',
    ].join('\n');
    const { doc, parsed } = parse(text);
    const [, run, onbuild, check, none] = body(doc);
    assert.deepEqual(run!.flags.map((f) => f.value), ['type=cache,target=/cache', 'type=secret,id=npm']);
    assert.deepEqual([onbuild!.trigger!.cmd, onbuild!.trigger!.args, onbuild!.resolved], ['copy', ['.', '$TARGET'], false]);
    assert.deepEqual(parsed.locate(['stages', 0, 'instructions', 3, 'trigger', 'args', 1]), { startLine: 4, startColumn: 16, endLine: 4, endColumn: 23 });
    assert.deepEqual([check!.json, check!.args, check!.flags], [true, ['CMD', '/app', '-healthcheck'], [{ name: 'interval', value: '5s' }]]);
    assert.deepEqual(none!.args, ['NONE']);
  });

  test('locate falls back to the nearest recorded ancestor', () => {
    const { parsed } = parse('FROM alpine:3.20\nUSER root\n');
    assert.deepEqual(parsed.locate(['stages', 0, 'instructions', 1, 'args', 7]), { startLine: 2, startColumn: 1, endLine: 2, endColumn: 10 });
    assert.deepEqual(parsed.locate(['stages', 0]), { startLine: 1, startColumn: 1, endLine: 1, endColumn: 17 });
  });

  test('a byte-order mark and CRLF line endings do not shift columns', () => {
    const { parsed } = parse('\uFEFFFROM alpine:3.20\r\nEXPOSE 22\r\n');
    assert.deepEqual(parsed.locate(['stages', 0, 'instructions', 1, 'args', 0]), { startLine: 2, startColumn: 8, endLine: 2, endColumn: 10 });
  });
});

describe('dockerfile: malformed input is an InputError with its line', () => {
  const cases: [string, string, RegExp, number][] = [
    ['unknown instruction', 'FROM alpine:3.20\nRUNN echo\n', /unknown instruction: RUNN/, 2],
    ['FROM with two arguments', 'FROM alpine:3.20 builder\n', /FROM requires either one argument, or three/, 1],
    ['ENV without a value', 'FROM alpine:3.20\nENV ONLY_KEY\n', /ENV requires a value for ONLY_KEY/, 2],
    ['ENV word without =', 'FROM alpine:3.20\nENV A=1 B\n', /can't find = in "B"/, 2],
    ['bad substitution', 'FROM alpine:3.20\nWORKDIR ${}\n', /bad substitution/, 2],
    ['missing brace', 'FROM alpine:3.20\nUSER ${APP\n', /missing '}'/, 2],
    ['unterminated quote', 'FROM alpine:3.20\n\nLABEL a="b\n', /matching double-quote/, 3],
    ['JSON array of non-strings', 'FROM alpine:3.20\nCMD ["sleep", 10]\n', /array of strings only/, 2],
    ['SHELL not in JSON form', 'FROM alpine:3.20\nSHELL /bin/bash -c\n', /JSON form/, 2],
    ['flags where none are allowed', 'FROM alpine:3.20\nENV --debug A=1\n', /ENV does not take flags/, 2],
    ['instruction before FROM', 'ARG A=1\nRUN echo\nFROM alpine:3.20\n', /RUN comes before the first FROM/, 2],
    ['no FROM', 'ARG A=1\n# only an ARG\n', /no FROM instruction/, 1],
    ['no instructions', '# syntax=docker/dockerfile:1\n\n# nothing else\n', /file with no instructions/, 1],
    ['duplicate stage name', 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS A\n', /duplicate stage name "a"/, 2],
    ['invalid stage name', 'FROM alpine:3.20 AS 1st\n', /invalid name for build stage/, 1],
    ['duplicate directive', '# escape=`\n# escape=\\\nFROM alpine:3.20\n', /only one escape parser directive/, 2],
    ['invalid escape token', '# escape=x\nFROM alpine:3.20\n', /invalid escape token 'x'/, 1],
    ['ONBUILD FROM', 'FROM alpine:3.20\nONBUILD FROM alpine\n', /ONBUILD cannot trigger FROM/, 2],
    ['HEALTHCHECK of an unknown type', 'FROM alpine:3.20\nHEALTHCHECK RUN true\n', /unknown type RUN/, 2],
    ['COPY with one argument', 'FROM alpine:3.20\nCOPY app\n', /COPY requires at least two arguments/, 2],
  ];
  for (const [name, text, message, line] of cases) test(name, () => rejects(text, message, line));
});
