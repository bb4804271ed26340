// Service names to ports: /etc/services names (iptables --dport ssh), the firewalld services
// shipped in /usr/lib/firewalld/services, and the ufw application profiles of common packages.
// A name missing here leaves its rule unresolved rather than guessed.
import type { PortRange } from './model.js';

export interface ServicePort {
  protocol: string;
  range: PortRange;
}

/** The /etc/services names rules commonly use. */
const ETC_SERVICES: Record<string, number> = {
  'ftp-data': 20, ftp: 21, ssh: 22, telnet: 23, smtp: 25, domain: 53, http: 80, www: 80, kerberos: 88, pop3: 110,
  sunrpc: 111, 'netbios-ns': 137, 'netbios-dgm': 138, 'netbios-ssn': 139, imap: 143, imap2: 143, snmp: 161, ldap: 389,
  https: 443, 'microsoft-ds': 445, submission: 587, ldaps: 636, rsync: 873, imaps: 993, pop3s: 995, 'ms-sql-s': 1433,
  nfs: 2049, mysql: 3306, 'ms-wbt-server': 3389, postgresql: 5432, postgres: 5432, vnc: 5900, x11: 6000, redis: 6379,
  'http-alt': 8080, mongodb: 27017,
};

/** firewalld service definitions (port/protocol, space separated). */
const FIREWALLD: Record<string, string> = {
  ssh: '22/tcp', http: '80/tcp', https: '443/tcp', http3: '443/udp', dns: '53/tcp 53/udp', 'dns-over-tls': '853/tcp',
  dhcp: '67/udp', dhcpv6: '547/udp', 'dhcpv6-client': '546/udp', cockpit: '9090/tcp', ntp: '123/udp', snmp: '161/udp',
  mysql: '3306/tcp', postgresql: '5432/tcp', mssql: '1433/tcp', redis: '6379/tcp', mongodb: '27017-27019/tcp',
  elasticsearch: '9200/tcp 9300/tcp', rdp: '3389/tcp', telnet: '23/tcp', ftp: '21/tcp', tftp: '69/udp',
  samba: '139/tcp 445/tcp 137/udp 138/udp', 'samba-client': '137/udp 138/udp', smtp: '25/tcp', smtps: '465/tcp',
  'smtp-submission': '587/tcp', imap: '143/tcp', imaps: '993/tcp', pop3: '110/tcp', pop3s: '995/tcp', ldap: '389/tcp',
  ldaps: '636/tcp', kerberos: '88/tcp 88/udp', nfs: '2049/tcp', 'rpc-bind': '111/tcp 111/udp', mountd: '20048/tcp 20048/udp',
  'vnc-server': '5900-5903/tcp', 'kube-apiserver': '6443/tcp', 'etcd-client': '2379/tcp', 'etcd-server': '2380/tcp',
  'docker-registry': '5000/tcp', prometheus: '9090/tcp', grafana: '3000/tcp', jenkins: '8080/tcp', mdns: '5353/udp',
  ipp: '631/tcp 631/udp', 'ipp-client': '631/udp', squid: '3128/tcp', memcache: '11211/tcp', kibana: '5601/tcp',
  wireguard: '51820/udp', openvpn: '1194/udp', 'zabbix-agent': '10050/tcp', 'zabbix-server': '10051/tcp',
  'puppetmaster': '8140/tcp', git: '9418/tcp', svn: '3690/tcp', libvirt: '16509/tcp', 'libvirt-tls': '16514/tcp',
};

/** ufw application profiles of common packages (names are case-sensitive, as in `ufw app list`). */
const UFW_APPS: Record<string, string> = {
  OpenSSH: '22/tcp', Apache: '80/tcp', 'Apache Secure': '443/tcp', 'Apache Full': '80/tcp 443/tcp', 'Nginx HTTP': '80/tcp',
  'Nginx HTTPS': '443/tcp', 'Nginx Full': '80/tcp 443/tcp', 'Nginx QUIC': '443/tcp 443/udp', Postfix: '25/tcp',
  'Postfix SMTPS': '465/tcp', 'Postfix Submission': '587/tcp', 'Dovecot IMAP': '143/tcp', 'Dovecot Secure IMAP': '993/tcp',
  'Dovecot POP3': '110/tcp', 'Dovecot Secure POP3': '995/tcp', Samba: '137/udp 138/udp 139/tcp 445/tcp', CUPS: '631/tcp',
  Bind9: '53/tcp 53/udp', OpenLDAP: '389/tcp', 'OpenLDAP LDAPS': '636/tcp',
};

function table(definitions: Record<string, string>): Map<string, ServicePort[]> {
  return new Map(
    Object.entries(definitions).map(([name, ports]) => [
      name,
      ports.split(' ').map((entry) => {
        const [range, protocol] = entry.split('/') as [string, string];
        const [from, to = from] = range.split('-').map(Number) as [number, number?];
        return { protocol, range: { from, to } };
      }),
    ]),
  );
}

const FIREWALLD_SERVICES = table(FIREWALLD);
const UFW_APPLICATIONS = table(UFW_APPS);

export function servicePort(name: string): number | undefined {
  return ETC_SERVICES[name.toLowerCase()];
}

export function firewalldService(name: string): ServicePort[] | undefined {
  return FIREWALLD_SERVICES.get(name);
}

export function ufwApplication(name: string): ServicePort[] | undefined {
  return UFW_APPLICATIONS.get(name);
}
