// Host firewalls, detected by content: iptables-save / ip6tables-save, nftables (text and
// JSON), firewalld zone files, and ufw (user.rules and `ufw status`), all read into one model
// (./model.ts). input.context.sshPorts lists the ports SSH listens on; it is [22] here, and a
// run that also scans the host's sshd_config may replace it with that file's Port values.
import { extname } from 'node:path';
import type { Format, ParsedDocument, Span } from '../types.js';
import { firewalldDocument, looksLikeZone } from './firewalld.js';
import { iptablesDocument } from './iptables.js';
import { SourceMap, type FirewallDocument } from './model.js';
import { looksLikeNftJson, parseNftJson } from './nft-json.js';
import { nftDocument, type NftChain } from './nft-model.js';
import { parseNftText } from './nftables.js';
import { looksLikeStatus, looksLikeUserRules, statusDocument, userRulesDocument } from './ufw.js';

export type { FirewallDocument, View, Rule, EffectiveRule } from './model.js';

/** The port SSH listens on unless a scanned sshd_config says otherwise. */
export const DEFAULT_SSH_PORTS: readonly number[] = [22];

const DOCUMENTATION = new Set(['.md', '.markdown', '.rst', '.adoc', '.html', '.htm']);
const IPTABLES_SAVE = /^\*(filter|nat|mangle|raw|security)\s*$/m;
const COMMIT = /^COMMIT\s*$/m;
const NFT_TEXT = /^(#!.*\bnft\b|\s*flush\s+ruleset\b|\s*table\s+(ip|ip6|inet|arp|bridge|netdev)\s+\S+\s*\{|\s*add\s+(table|chain|rule)\s+(ip|ip6|inet)\s)/m;

export const firewall: Format = {
  kind: 'firewall',

  detect(file, text) {
    if (DOCUMENTATION.has(extname(file).toLowerCase())) return false; // a ruleset quoted in prose is not one
    return (
      looksLikeUserRules(text) ||
      (IPTABLES_SAVE.test(text) && COMMIT.test(text)) ||
      looksLikeNftJson(text) ||
      NFT_TEXT.test(text) ||
      looksLikeZone(text) ||
      looksLikeStatus(text)
    );
  },

  parse(text, file, context) {
    if (looksLikeUserRules(text)) {
      const { document, map } = userRulesDocument(text, file, context);
      return [toParsed(file, `ufw ${document.ipv6 ? 'user6.rules' : 'user.rules'}`, document, map)];
    }
    if (IPTABLES_SAVE.test(text)) {
      const { document, map } = iptablesDocument(text, file);
      return [toParsed(file, document.ipv6 ? 'ip6tables ruleset' : 'iptables ruleset', document, map)];
    }
    if (looksLikeNftJson(text)) {
      const { chains, lines } = parseNftJson(text, file);
      return [nftParsed(file, chains, lines.span(0, 0))];
    }
    if (looksLikeZone(text)) {
      const { document, map, zone } = firewalldDocument(text, file, context);
      return [toParsed(file, `firewalld zone ${zone}`, document, map)];
    }
    if (looksLikeStatus(text)) {
      const { document, map } = statusDocument(text, file);
      return [toParsed(file, 'ufw status', document, map)];
    }
    const { chains, lines } = parseNftText(text, file);
    return [nftParsed(file, chains, lines.span(0, Math.max(0, text.indexOf('\n'))))];
  },
};

function nftParsed(file: string, chains: NftChain[], fallback: Span): ParsedDocument {
  const map = new SourceMap(file, fallback);
  return toParsed(file, 'nftables ruleset', nftDocument(chains, map), map);
}

function toParsed(file: string, resource: string, document: FirewallDocument, map: SourceMap): ParsedDocument {
  // Rules whose match could not be resolved never count as open; the run reports them.
  const unresolved = [...new Set(document.rules.flatMap((rule) => (rule.unresolved ? [rule.unresolved] : [])))];
  return {
    kind: 'firewall',
    file,
    resource,
    document,
    context: { sshPorts: [...DEFAULT_SSH_PORTS], ...(unresolved.length ? { unresolved } : {}) },
    locate: (path) => map.locate(path),
    related: (path) => map.related(path),
  };
}
