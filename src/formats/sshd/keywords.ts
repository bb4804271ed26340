// The sshd_config keywords policygate knows, after OpenSSH's servconf.c and sshd_config(5):
// spelling, aliases, whether values accumulate, whether a Match block may set them, the values
// sshd accepts, and the compiled-in default of upstream OpenSSH 9.9 (portable) as `sshd -T`
// prints it. Keywords missing here are kept as written: distributions add their own
// (DebianBanner, GSSAPIKexAlgorithms...), and a newer sshd may know more than this table.

export type ValueType = 'flag' | 'enum' | 'number' | 'time' | 'port' | 'algorithms' | 'text';

export interface Keyword {
  /** Spelling of sshd_config(5); the document key is its lower case. */
  name: string;
  aliases?: readonly string[];
  type: ValueType;
  /** Accepted values of an enum, compared case-insensitively as sshd does. */
  values?: readonly string[];
  /** Values of every directive accumulate (Port, AllowUsers...) instead of the first one winning. */
  accumulates?: boolean;
  /** Allowed after Match (SSHCFG_MATCH in servconf.c); sshd refuses to start on any other. */
  inMatch?: boolean;
  /** OpenSSH's compiled-in value when the keyword is absent, as `sshd -T` prints it. */
  default?: string;
}

const FLAG = ['yes', 'no'] as const;
const FORWARDING = ['yes', 'all', 'no', 'local', 'remote'] as const;

/** The defaults of `ssh -Q`-style algorithm lists, upstream OpenSSH 9.9. */
export const DEFAULT_ALGORITHMS = {
  ciphers: 'chacha20-poly1305@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr,aes128-gcm@openssh.com,aes256-gcm@openssh.com',
  macs:
    'umac-64-etm@openssh.com,umac-128-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512-etm@openssh.com,' +
    'hmac-sha1-etm@openssh.com,umac-64@openssh.com,umac-128@openssh.com,hmac-sha2-256,hmac-sha2-512,hmac-sha1',
  kexalgorithms:
    'sntrup761x25519-sha512,sntrup761x25519-sha512@openssh.com,mlkem768x25519-sha256,curve25519-sha256,' +
    'curve25519-sha256@libssh.org,ecdh-sha2-nistp256,ecdh-sha2-nistp384,ecdh-sha2-nistp521,' +
    'diffie-hellman-group-exchange-sha256,diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,' +
    'diffie-hellman-group14-sha256',
} as const;

const KEYWORDS: readonly Keyword[] = [
  // Authentication
  { name: 'PermitRootLogin', type: 'enum', values: ['yes', 'prohibit-password', 'without-password', 'forced-commands-only', 'no'], inMatch: true, default: 'prohibit-password' },
  { name: 'PasswordAuthentication', type: 'flag', inMatch: true, default: 'yes' },
  { name: 'KbdInteractiveAuthentication', aliases: ['ChallengeResponseAuthentication', 'SkeyAuthentication'], type: 'flag', inMatch: true, default: 'yes' },
  { name: 'PermitEmptyPasswords', type: 'flag', inMatch: true, default: 'no' },
  { name: 'PubkeyAuthentication', aliases: ['DSAAuthentication'], type: 'flag', inMatch: true, default: 'yes' },
  { name: 'HostbasedAuthentication', type: 'flag', inMatch: true, default: 'no' },
  { name: 'HostbasedUsesNameFromPacketOnly', type: 'flag', inMatch: true, default: 'no' },
  { name: 'IgnoreRhosts', type: 'enum', values: ['yes', 'no', 'shosts-only'], inMatch: true, default: 'yes' },
  { name: 'IgnoreUserKnownHosts', type: 'flag', default: 'no' },
  { name: 'PermitUserEnvironment', type: 'text', default: 'no' },
  { name: 'UsePAM', type: 'flag', default: 'no' },
  { name: 'GSSAPIAuthentication', type: 'flag', inMatch: true, default: 'no' },
  { name: 'GSSAPICleanupCredentials', type: 'flag', default: 'yes' },
  { name: 'GSSAPIStrictAcceptorCheck', type: 'flag', default: 'yes' },
  { name: 'KerberosAuthentication', type: 'flag', inMatch: true, default: 'no' },
  { name: 'KerberosOrLocalPasswd', type: 'flag', default: 'yes' },
  { name: 'KerberosTicketCleanup', type: 'flag', default: 'yes' },
  { name: 'KerberosGetAFSToken', type: 'flag', default: 'no' },
  { name: 'AuthenticationMethods', type: 'text', inMatch: true, default: 'any' },
  { name: 'AuthorizedKeysFile', type: 'text', inMatch: true, default: '.ssh/authorized_keys .ssh/authorized_keys2' },
  { name: 'AuthorizedKeysCommand', type: 'text', inMatch: true },
  { name: 'AuthorizedKeysCommandUser', type: 'text', inMatch: true },
  { name: 'AuthorizedPrincipalsCommand', type: 'text', inMatch: true },
  { name: 'AuthorizedPrincipalsCommandUser', type: 'text', inMatch: true },
  { name: 'AuthorizedPrincipalsFile', type: 'text', inMatch: true, default: 'none' },
  { name: 'TrustedUserCAKeys', type: 'text', inMatch: true, default: 'none' },
  { name: 'RevokedKeys', type: 'text', inMatch: true, default: 'none' },
  { name: 'PubkeyAuthOptions', type: 'text', inMatch: true, default: 'none' },
  { name: 'MaxAuthTries', type: 'number', inMatch: true, default: '6' },
  { name: 'LoginGraceTime', type: 'time', default: '120' },
  { name: 'RequiredRSASize', type: 'number', inMatch: true, default: '1024' },
  // Who may log in
  { name: 'AllowUsers', type: 'text', accumulates: true, inMatch: true },
  { name: 'DenyUsers', type: 'text', accumulates: true, inMatch: true },
  { name: 'AllowGroups', type: 'text', accumulates: true, inMatch: true },
  { name: 'DenyGroups', type: 'text', accumulates: true, inMatch: true },
  // Forwarding and sessions
  { name: 'X11Forwarding', type: 'flag', inMatch: true, default: 'no' },
  { name: 'X11UseLocalhost', type: 'flag', inMatch: true, default: 'yes' },
  { name: 'X11DisplayOffset', type: 'number', inMatch: true, default: '10' },
  { name: 'AllowTcpForwarding', type: 'enum', values: FORWARDING, inMatch: true, default: 'yes' },
  { name: 'AllowStreamLocalForwarding', type: 'enum', values: FORWARDING, inMatch: true, default: 'yes' },
  { name: 'AllowAgentForwarding', type: 'flag', inMatch: true, default: 'yes' },
  { name: 'DisableForwarding', type: 'flag', inMatch: true, default: 'no' },
  { name: 'GatewayPorts', type: 'enum', values: ['yes', 'no', 'clientspecified'], inMatch: true, default: 'no' },
  { name: 'PermitTunnel', type: 'enum', values: ['yes', 'no', 'point-to-point', 'ethernet'], inMatch: true, default: 'no' },
  { name: 'PermitOpen', type: 'text', inMatch: true, default: 'any' },
  { name: 'PermitListen', type: 'text', inMatch: true, default: 'any' },
  { name: 'PermitTTY', type: 'flag', inMatch: true, default: 'yes' },
  { name: 'PermitUserRC', type: 'flag', inMatch: true, default: 'yes' },
  { name: 'ForceCommand', type: 'text', inMatch: true, default: 'none' },
  { name: 'ChrootDirectory', type: 'text', inMatch: true, default: 'none' },
  { name: 'AcceptEnv', type: 'text', accumulates: true, inMatch: true },
  { name: 'SetEnv', type: 'text', accumulates: true, inMatch: true },
  { name: 'MaxSessions', type: 'number', inMatch: true, default: '10' },
  { name: 'MaxStartups', type: 'text', default: '10:30:100' },
  { name: 'PerSourceMaxStartups', type: 'text', default: 'none' },
  { name: 'PerSourceNetBlockSize', type: 'text', default: '32:128' },
  { name: 'ClientAliveInterval', type: 'time', inMatch: true, default: '0' },
  { name: 'ClientAliveCountMax', type: 'number', inMatch: true, default: '3' },
  { name: 'ChannelTimeout', type: 'text', inMatch: true, default: 'none' },
  { name: 'UnusedConnectionTimeout', type: 'text', inMatch: true, default: 'none' },
  { name: 'TCPKeepAlive', aliases: ['KeepAlive'], type: 'flag', default: 'yes' },
  { name: 'Banner', type: 'text', inMatch: true, default: 'none' },
  { name: 'PrintMotd', type: 'flag', default: 'yes' },
  { name: 'PrintLastLog', type: 'flag', default: 'yes' },
  { name: 'Subsystem', type: 'text', accumulates: true },
  { name: 'ExposeAuthInfo', type: 'flag', inMatch: true, default: 'no' },
  { name: 'StreamLocalBindMask', type: 'text', inMatch: true, default: '0177' },
  { name: 'StreamLocalBindUnlink', type: 'flag', inMatch: true, default: 'no' },
  { name: 'IPQoS', type: 'text', inMatch: true, default: 'af21 cs1' },
  { name: 'RekeyLimit', type: 'text', inMatch: true, default: '0 0' },
  { name: 'RDomain', type: 'text', inMatch: true },
  // Logging
  { name: 'LogLevel', type: 'enum', values: ['quiet', 'fatal', 'error', 'info', 'verbose', 'debug', 'debug1', 'debug2', 'debug3'], inMatch: true, default: 'INFO' },
  { name: 'LogVerbose', type: 'text', inMatch: true },
  { name: 'SyslogFacility', type: 'enum', values: ['daemon', 'user', 'auth', 'authpriv', 'local0', 'local1', 'local2', 'local3', 'local4', 'local5', 'local6', 'local7'], default: 'AUTH' },
  // Network and host
  { name: 'Port', type: 'port', accumulates: true, default: '22' },
  { name: 'ListenAddress', type: 'text', accumulates: true },
  { name: 'AddressFamily', type: 'enum', values: ['any', 'inet', 'inet6'], default: 'any' },
  { name: 'HostKey', aliases: ['HostDSAKey'], type: 'text', accumulates: true },
  { name: 'HostCertificate', type: 'text', accumulates: true },
  { name: 'HostKeyAgent', type: 'text' },
  { name: 'UseDNS', type: 'flag', default: 'no' },
  { name: 'StrictModes', type: 'flag', default: 'yes' },
  { name: 'Compression', type: 'enum', values: ['yes', 'delayed', 'no'], default: 'yes' },
  { name: 'Protocol', type: 'text' },
  { name: 'PidFile', type: 'text', default: '/var/run/sshd.pid' },
  { name: 'XAuthLocation', type: 'text' },
  { name: 'VersionAddendum', type: 'text', default: 'none' },
  { name: 'FingerprintHash', type: 'enum', values: ['md5', 'sha256'], default: 'SHA256' },
  { name: 'ModuliFile', type: 'text' },
  { name: 'SecurityKeyProvider', type: 'text' },
  { name: 'PerSourcePenalties', type: 'text' },
  { name: 'PerSourcePenaltyExemptList', type: 'text' },
  // Cryptography
  { name: 'Ciphers', type: 'algorithms', default: DEFAULT_ALGORITHMS.ciphers },
  { name: 'MACs', type: 'algorithms', default: DEFAULT_ALGORITHMS.macs },
  { name: 'KexAlgorithms', type: 'algorithms', default: DEFAULT_ALGORITHMS.kexalgorithms },
  { name: 'HostKeyAlgorithms', type: 'text' },
  { name: 'PubkeyAcceptedAlgorithms', aliases: ['PubkeyAcceptedKeyTypes'], type: 'text', inMatch: true },
  { name: 'HostbasedAcceptedAlgorithms', aliases: ['HostbasedAcceptedKeyTypes'], type: 'text', inMatch: true },
  { name: 'CASignatureAlgorithms', type: 'text', inMatch: true },
];

export const FLAG_VALUES = FLAG;

const BY_SPELLING = new Map<string, Keyword>(
  KEYWORDS.flatMap((keyword) => [keyword.name, ...(keyword.aliases ?? [])].map((spelling) => [spelling.toLowerCase(), keyword] as const)),
);

/** The keyword for any spelling sshd accepts, case-insensitively; undefined when unknown. */
export function keyword(spelling: string): Keyword | undefined {
  return BY_SPELLING.get(spelling.toLowerCase());
}

/** Keywords that have a compiled-in default, for filling in what a configuration leaves out. */
export const WITH_DEFAULTS: readonly Keyword[] = KEYWORDS.filter((entry) => entry.default !== undefined);

/** Keywords that only an sshd_config meant for sshd (not ssh_config) would carry, for detection. */
export const SERVER_ONLY = new Set([
  'permitrootlogin', 'usepam', 'subsystem', 'x11forwarding', 'allowtcpforwarding', 'authorizedkeysfile', 'hostkey',
  'permitemptypasswords', 'clientaliveinterval', 'clientalivecountmax', 'logingracetime', 'maxauthtries', 'maxsessions',
  'printmotd', 'printlastlog', 'acceptenv', 'allowusers', 'allowgroups', 'denyusers', 'denygroups', 'ignorerhosts',
  'usedns', 'permittunnel', 'syslogfacility', 'listenaddress', 'strictmodes', 'permituserenvironment',
  'chrootdirectory', 'forcecommand', 'kbdinteractiveauthentication', 'challengeresponseauthentication', 'maxstartups',
]);
