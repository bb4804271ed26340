import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sshd, type SshdDocument } from '../../src/formats/sshd/index.js';
import { InputError, type ParsedDocument } from '../../src/formats/types.js';
import { tree } from './tree.js';

function parseOne(text: string, files: Record<string, string> = {}, file = 'sshd_config'): ParsedDocument {
  const documents = tree({ [file]: text, ...files }).parse(sshd, file);
  assert.equal(documents.length, 1);
  return documents[0]!;
}

function config(document: ParsedDocument): SshdDocument {
  return document.document as SshdDocument;
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an InputError');
}

describe('sshd_config semantics', () => {
  test('the first value obtained wins and locate points at its line', () => {
    const doc = parseOne('# comment\nPermitRootLogin no\nPermitRootLogin yes\n');
    assert.equal(config(doc).global['permitrootlogin']!.value, 'no');
    assert.equal(doc.locate(['global', 'permitrootlogin']).startLine, 2);
  });

  test('list keywords accumulate across directives, each argument located on its own line', () => {
    const doc = parseOne('Port 22\nAllowUsers alice bob\nPort 2222\nAllowUsers carol\n');
    const global = config(doc).global;
    assert.deepEqual(global['port']!.args, ['22', '2222']);
    assert.deepEqual(global['allowusers']!.args, ['alice', 'bob', 'carol']);
    assert.equal(doc.locate(['global', 'port', 'args', 1]).startLine, 3);
    assert.equal(doc.locate(['global', 'allowusers', 'args', 2]).startLine, 4);
  });

  test('keywords are case-insensitive and accept Key=value', () => {
    const global = config(parseOne('passwordauthentication=no\nPASSWORDAUTHENTICATION yes\nMaxAuthTries = 3\nX11Forwarding =yes\n')).global;
    assert.equal(global['passwordauthentication']!.value, 'no');
    assert.equal(global['maxauthtries']!.number, 3);
    assert.equal(global['x11forwarding']!.value, 'yes');
  });

  test('quoted arguments, escapes and trailing comments', () => {
    const global = config(
      parseOne('Banner "/etc/issue net"\nAcceptEnv \'LANG LC_*\' XMODIFIERS # not an argument\nForceCommand echo\\ hi "say \\"x\\""\n'),
    ).global;
    assert.deepEqual(global['banner']!.args, ['/etc/issue net']);
    assert.deepEqual(global['acceptenv']!.args, ['LANG LC_*', 'XMODIFIERS']);
    assert.deepEqual(global['forcecommand']!.args, ['echo hi', 'say "x"']);
  });

  test('an unterminated quote is an input error on its line', () => {
    const error = inputError(() => parseOne('Port 22\nBanner "/etc/issue\n'));
    assert.equal(error.line, 2);
    assert.equal(error.column, 8);
  });

  test('a keyword without an argument is an input error', () => {
    assert.equal(inputError(() => parseOne('\n\nPermitRootLogin\n')).line, 3);
  });

  test('a value sshd would refuse is an input error at the argument', () => {
    const error = inputError(() => parseOne('PermitRootLogin maybe\n'));
    assert.equal(error.line, 1);
    assert.equal(error.column, 17);
    assert.match(error.message, /prohibit-password/);
    assert.equal(inputError(() => parseOne('MaxAuthTries three\n')).line, 1);
    assert.equal(inputError(() => parseOne('LoginGraceTime 1x\n')).line, 1);
  });

  test('times are converted to seconds and values compare case-insensitively', () => {
    const global = config(parseOne('LoginGraceTime 1m30s\nClientAliveInterval 5M\nPasswordAuthentication YES\n')).global;
    assert.equal(global['logingracetime']!.number, 90);
    assert.equal(global['clientaliveinterval']!.number, 300);
    assert.equal(global['passwordauthentication']!.value, 'YES');
  });

  test('aliases share one setting: ChallengeResponseAuthentication is KbdInteractiveAuthentication', () => {
    const global = config(parseOne('ChallengeResponseAuthentication no\nKbdInteractiveAuthentication yes\n')).global;
    assert.equal(global['kbdinteractiveauthentication']!.value, 'no');
    assert.equal(global['kbdinteractiveauthentication']!.keyword, 'ChallengeResponseAuthentication');
  });

  test('missing keywords take OpenSSH defaults, marked as such and located at the top of the file', () => {
    const doc = parseOne('\n\nPermitRootLogin no\n');
    const global = config(doc).global;
    assert.deepEqual(
      { value: global['passwordauthentication']!.value, default: global['passwordauthentication']!.default },
      { value: 'yes', default: true },
    );
    assert.equal(global['permitrootlogin']!.default, false);
    assert.equal(global['maxauthtries']!.number, 6);
    assert.ok(global['ciphers']!.algorithms!.includes('chacha20-poly1305@openssh.com'));
    assert.equal(doc.locate(['global', 'passwordauthentication']).startLine, 1);
  });

  test('algorithm lists apply +, - and ^ to the default list', () => {
    const global = config(parseOne('Ciphers +aes128-cbc\nMACs -hmac-sha1*,umac-64*\nKexAlgorithms ^curve25519-sha256\n')).global;
    assert.equal(global['ciphers']!.algorithms!.at(-1), 'aes128-cbc');
    assert.ok(global['ciphers']!.algorithms!.includes('aes256-ctr'));
    assert.ok(!global['macs']!.algorithms!.some((mac) => mac.startsWith('hmac-sha1') || mac.startsWith('umac-64')));
    assert.equal(global['kexalgorithms']!.algorithms![0], 'curve25519-sha256');
  });
});

describe('Match blocks', () => {
  const text = [
    'PasswordAuthentication no',
    'Match User alice',
    '  PasswordAuthentication yes',
    '  X11Forwarding yes',
    'Match Address 10.0.0.0/8',
    '  PermitRootLogin yes',
    '  PasswordAuthentication no',
    '',
  ].join('\n');

  test('a key after Match does not change the global value', () => {
    const doc = parseOne(text);
    const parsed = config(doc);
    assert.equal(parsed.global['passwordauthentication']!.value, 'no');
    assert.equal(parsed.global['x11forwarding']!.default, true);
    assert.equal(parsed.global['permitrootlogin']!.default, true);
    assert.deepEqual(
      parsed.matches.map((block) => [block.criteria, Object.keys(block.settings)]),
      [
        ['User alice', ['passwordauthentication', 'x11forwarding']],
        ['Address 10.0.0.0/8', ['permitrootlogin', 'passwordauthentication']],
      ],
    );
    assert.equal(doc.locate(['matches', 0, 'settings', 'passwordauthentication']).startLine, 3);
    assert.equal(doc.locate(['matches', 1]).startLine, 5);
  });

  test('a keyword sshd does not allow after Match is an input error', () => {
    const error = inputError(() => parseOne('Match Group admins\n  Ciphers aes256-ctr\n'));
    assert.equal(error.line, 2);
    assert.match(error.message, /not allowed inside a Match block/);
  });
});

describe('Include', () => {
  const main = ['Port 22', 'Include sshd_config.d/*.conf', 'X11Forwarding no', 'PasswordAuthentication yes', ''].join('\n');

  test('globs expand in lexical order and the first value wins across files', () => {
    const doc = parseOne(main, {
      'sshd_config.d/20-late.conf': 'PasswordAuthentication yes\n',
      'sshd_config.d/10-early.conf': '# drop-in\nPasswordAuthentication no\n',
      'sshd_config.d/.hidden.conf': 'PermitRootLogin yes\n',
      'sshd_config.d/notes.txt': 'PermitRootLogin yes\n',
    });
    const parsed = config(doc);
    assert.deepEqual(parsed.included, ['sshd_config.d/10-early.conf', 'sshd_config.d/20-late.conf']);
    assert.equal(parsed.global['passwordauthentication']!.value, 'no');
    assert.equal(parsed.global['passwordauthentication']!.file, 'sshd_config.d/10-early.conf');
    assert.equal(parsed.global['permitrootlogin']!.default, true);
  });

  test('a value from an Include\'d file is located at the Include line, with the real line as related', () => {
    const doc = parseOne(main, { 'sshd_config.d/10-early.conf': '# drop-in\nPasswordAuthentication no\n' });
    assert.equal(doc.locate(['global', 'passwordauthentication']).startLine, 2);
    const related = doc.related!(['global', 'passwordauthentication']);
    assert.deepEqual(
      related.map((location) => [location.file, location.startLine, location.message]),
      [['sshd_config.d/10-early.conf', 2, 'set here: PasswordAuthentication no']],
    );
    assert.deepEqual(doc.related!(['global', 'port']), []);
  });

  test('/etc/ssh paths are looked up beside the checked sshd_config, and nested includes are traced', () => {
    const doc = parseOne('Include /etc/ssh/sshd_config.d/*.conf\n', {
      'sshd_config.d/50-base.conf': 'Include /etc/ssh/extra/hardening.conf\n',
      'extra/hardening.conf': 'MaxAuthTries 3\n',
    });
    assert.equal(config(doc).global['maxauthtries']!.number, 3);
    assert.deepEqual(
      doc.related!(['global', 'maxauthtries']).map((location) => [location.file, location.startLine]),
      [
        ['sshd_config.d/50-base.conf', 1],
        ['extra/hardening.conf', 1],
      ],
    );
  });

  test("an Include'd file's Match block ends with that file", () => {
    const parsed = config(
      parseOne(main, { 'sshd_config.d/10-users.conf': 'Match User bob\n  X11Forwarding yes\n' }),
    );
    assert.equal(parsed.global['x11forwarding']!.value, 'no');
    assert.equal(parsed.matches[0]!.settings['x11forwarding']!.value, 'yes');
  });

  test('an Include inside a Match block belongs to that block', () => {
    const parsed = config(
      parseOne('Match User bob\n  Include bob.conf\n', { 'bob.conf': 'PasswordAuthentication yes\nMatch Address 10.0.0.1\n  X11Forwarding yes\n' }),
    );
    assert.equal(parsed.global['passwordauthentication']!.default, true);
    assert.deepEqual(
      parsed.matches.map((block) => [block.criteria, Object.keys(block.settings)]),
      [
        ['User bob', ['passwordauthentication']],
        ['User bob Address 10.0.0.1', ['x11forwarding']],
      ],
    );
  });

  test('a glob that matches nothing is not an error (sshd skips it)', () => {
    assert.deepEqual(config(parseOne(main)).included, []);
  });

  test('a missing file is an input error on the Include line', () => {
    const error = inputError(() => parseOne('Port 22\nInclude hardening.conf\n'));
    assert.equal(error.file, 'sshd_config');
    assert.equal(error.line, 2);
    assert.match(error.message, /no such file/);
  });

  test('an include loop is an input error naming the chain', () => {
    const error = inputError(() => parseOne('Include a.conf\n', { 'a.conf': 'Port 22\nInclude b.conf\n', 'b.conf': 'Include a.conf\n' }));
    assert.equal(error.file, 'b.conf');
    assert.equal(error.line, 1);
    assert.match(error.message, /Include loop: sshd_config -> a\.conf -> b\.conf -> a\.conf/);
  });

  test('a path outside the scanned tree is an input error', () => {
    const scan = tree({ 'etc/ssh/sshd_config': 'Include ../../secret.conf\n', 'secret.conf': 'Port 2\n' }, 'etc');
    const error = inputError(() => scan.parse(sshd, 'etc/ssh/sshd_config'));
    assert.equal(error.line, 1);
    assert.match(error.message, /outside the scanned tree/);
  });

  test('a ~ path is refused like sshd does', () => {
    assert.match(inputError(() => parseOne('Include ~/.ssh/x.conf\n')).message, /starts with ~/);
  });
});

describe('drop-in files', () => {
  const files = {
    'etc/ssh/sshd_config': 'Include /etc/ssh/sshd_config.d/*.conf\n',
    'etc/ssh/sshd_config.d/50-cloud-init.conf': 'PasswordAuthentication yes\n',
    'standalone/sshd_config.d/10-hardening.conf': 'PasswordAuthentication no\n',
  };

  test('a drop-in that its sshd_config includes is checked as part of it', () => {
    assert.deepEqual(tree(files).parse(sshd, 'etc/ssh/sshd_config.d/50-cloud-init.conf'), []);
  });

  test('a drop-in without its sshd_config is checked alone, without defaults', () => {
    const [doc] = tree(files).parse(sshd, 'standalone/sshd_config.d/10-hardening.conf');
    const parsed = config(doc!);
    assert.equal(parsed.complete, false);
    assert.deepEqual(Object.keys(parsed.global), ['passwordauthentication']);
  });
});

describe('sshd -T output', () => {
  const output = [
    'port 22',
    'addressfamily any',
    'listenaddress [::]:22',
    'listenaddress 0.0.0.0:22',
    'usepam yes',
    'logingracetime 120',
    'permitrootlogin without-password',
    'passwordauthentication no',
    'ciphers chacha20-poly1305@openssh.com,aes256-cbc',
    'macs hmac-sha2-256-etm@openssh.com',
    'kexalgorithms curve25519-sha256',
    'acceptenv LANG',
    'acceptenv LC_*',
    '',
  ].join('\n');

  test('is detected by content and read as the effective configuration, without defaults', () => {
    assert.ok(sshd.detect('effective.txt', output));
    const doc = parseOne(output, {}, 'effective.txt');
    const parsed = config(doc);
    assert.equal(parsed.source, 'sshd -T');
    assert.equal(doc.resource, 'sshd -T');
    assert.equal(parsed.global['permitrootlogin']!.value, 'without-password');
    assert.equal(parsed.global['permitrootlogin']!.keyword, 'PermitRootLogin', 'messages use the manual\'s spelling');
    assert.equal(parsed.global['permitrootlogin']!.default, false);
    assert.equal(parsed.global['x11forwarding'], undefined);
    assert.deepEqual(parsed.global['acceptenv']!.args, ['LANG', 'LC_*']);
    assert.deepEqual(parsed.global['ciphers']!.algorithms, ['chacha20-poly1305@openssh.com', 'aes256-cbc']);
    assert.equal(doc.locate(['global', 'passwordauthentication']).startLine, 8);
  });

  test('an sshd_config written in lower case is not mistaken for sshd -T', () => {
    assert.equal(config(parseOne('port 22\npermitrootlogin no\n')).source, 'sshd_config');
  });
});

describe('detection', () => {
  test('by name', () => {
    assert.ok(sshd.detect('etc/ssh/sshd_config', ''));
    assert.ok(sshd.detect('hosts/weak.sshd_config', ''));
    assert.ok(sshd.detect('etc/ssh/sshd_config.d/50-cloud-init.conf', 'PasswordAuthentication yes\n'));
    assert.ok(!sshd.detect('templates/sshd_config.j2', 'PermitRootLogin {{ root }}\n'));
  });

  test('by content', () => {
    assert.ok(sshd.detect('server.conf', '# hardened\nPermitRootLogin no\nUsePAM yes\nSubsystem sftp internal-sftp\n'));
    assert.ok(!sshd.detect('ssh_config', 'Host *\n  PasswordAuthentication no\n  ForwardX11 no\n'));
    assert.ok(!sshd.detect('values.yaml', 'permitRootLogin: false\nusePam: true\n'));
    assert.ok(!sshd.detect('notes.txt', 'PermitRootLogin no\nUsePAM yes\nsome prose here\nmore prose\n'));
  });
});
