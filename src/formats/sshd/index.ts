// sshd_config (with its Include'd files) and `sshd -T` output, as one effective configuration.
//
// A value read from an Include'd file cannot be located in that file by locate(), whose Span
// has no file: locate() points at the Include line of the checked file that brought the value
// in, and related() gives the line in the Include'd file (and any Include lines in between).
import { basename, dirname, join, normalize } from 'node:path';
import { pathKey } from '../source.js';
import type { DocPath, Format, ParseContext, ParsedDocument, RelatedLocation, Span } from '../types.js';
import { keyword, SERVER_ONLY } from './keywords.js';
import { ConfigReader, type Origin, type ReadOptions } from './reader.js';

export type { SshdDocument, Setting, MatchBlock } from './reader.js';

const NAMED = /(?:^|[._-])sshd_config(?:$|[._-])/;
const TEMPLATE = /\.(?:j2|jinja2?|erb|tpl|tmpl|epp)$/i;
const DROP_IN_DIR = 'sshd_config.d';
/** Keywords every `sshd -T` prints, whatever the version. */
const SSHD_T_KEYS = ['port', 'permitrootlogin', 'logingracetime', 'ciphers', 'macs', 'kexalgorithms'];

export const sshd: Format = {
  kind: 'sshd',

  detect(file, text) {
    const name = basename(file);
    if (TEMPLATE.test(name)) return false;
    if (NAMED.test(name) || (basename(dirname(file)) === DROP_IN_DIR && name.endsWith('.conf'))) return true;
    return looksLikeSshdConfig(text);
  },

  parse(text, file, context) {
    if (isSshdT(text)) return [document(file, context, text, { source: 'sshd -T', defaults: false, complete: true })];
    if (isDropIn(file)) {
      if (includedByMainConfig(file, context)) return []; // checked as part of the sshd_config that includes it
      return [document(file, context, text, { source: 'sshd_config', defaults: false, complete: false })];
    }
    return [document(file, context, text, { source: 'sshd_config', defaults: true, complete: true })];
  },
};

function document(file: string, context: ParseContext, text: string, options: ReadOptions): ParsedDocument {
  const reader = new ConfigReader(file, context, options);
  const parsed = reader.read(text);
  const origin = (path: DocPath): Origin => {
    for (let n = path.length; n >= 0; n--) {
      const found = reader.origins.get(pathKey(path.slice(0, n)));
      if (found) return found;
    }
    return reader.origins.get(pathKey([]))!;
  };
  return {
    kind: 'sshd',
    file,
    resource: options.source === 'sshd -T' ? 'sshd -T' : options.complete ? 'sshd_config' : 'sshd_config drop-in',
    document: parsed,
    context: {},
    locate: (path): Span => {
      const found = origin(path);
      return found.via[0]?.span ?? found.span;
    },
    related: (path): RelatedLocation[] => {
      const found = origin(path);
      if (!found.via.length) return [];
      const hops = found.via.slice(1).map((hop) => ({ file: hop.file, ...hop.span, message: `included through "${hop.text}"` }));
      return [...hops, { file: found.file, ...found.span, message: `set here: ${found.text}` }];
    },
  };
}

/** `sshd -T` prints every keyword in lower case, one per line, without comments, Match or Include. */
function isSshdT(text: string): boolean {
  const keys = new Set<string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const key = /^([a-z0-9]+)(?:\s|$)/.exec(trimmed)?.[1];
    if (!key || key === 'match' || key === 'include') return false;
    keys.add(key);
  }
  return SSHD_T_KEYS.every((key) => keys.has(key));
}

/** Content test: mostly known sshd keywords, some that only sshd (not ssh_config) has, and no ssh_config Host blocks. */
function looksLikeSshdConfig(text: string): boolean {
  let serverOnly = 0;
  let known = 0;
  let lines = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    lines++;
    const word = /^([A-Za-z0-9]+)(?:\s*=\s*|\s+)\S/.exec(trimmed)?.[1]?.toLowerCase();
    if (word === 'host') return false;
    if (word && (keyword(word) || word === 'match' || word === 'include')) known++;
    if (word && SERVER_ONLY.has(word)) serverOnly++;
  }
  return serverOnly >= 2 && known >= lines * 0.8;
}

function isDropIn(file: string): boolean {
  return basename(dirname(file)) === DROP_IN_DIR;
}

/** Whether the sshd_config beside the drop-in folder reads this file through its Include directives. */
function includedByMainConfig(file: string, context: ParseContext): boolean {
  const configDir = dirname(dirname(file));
  if (!context.listDir(configDir)?.includes('sshd_config')) return false;
  const main = join(configDir, 'sshd_config');
  try {
    const reader = new ConfigReader(main, context, { source: 'sshd_config', defaults: false, complete: true });
    return reader.read(context.readFile(main, file)).included.includes(normalize(file));
  } catch {
    return false; // the main configuration is outside the tree or broken (reported on its own): check the drop-in alone
  }
}
