# Tests of lib.firewall, and the input builders the firewall rule tests share.
package lib.firewall_test

import data.lib.firewall

envelope(document) := {"kind": "firewall", "file": "rules.v4", "document": document, "context": {"sshPorts": [22]}}

# rule(fields) is a model rule that accepts everything, with `fields` overriding.
rule(fields) := object.union(
	{
		"action": "accept", "log": false, "protocols": [], "ports": [], "sources": [], "destinations": [],
		"interfaces": [], "states": [], "negated": [], "conditions": [], "text": "rule", "path": ["rules", 0],
	},
	fields,
)

# tcp(port, n) accepts TCP `port` from anywhere; it is document rule n.
tcp(port, n) := rule({
	"protocols": ["tcp"],
	"ports": [{"from": port, "to": port}],
	"text": concat("", ["-A INPUT -p tcp --dport ", format_int(port, 10), " -j ACCEPT"]),
	"path": ["rules", n],
})

drop_all(n) := rule({"action": "drop", "text": "-A INPUT -j DROP", "path": ["rules", n]})

loopback(n) := rule({"interfaces": ["lo"], "text": "-A INPUT -i lo -j ACCEPT", "path": ["rules", n]})

view(policy, rules) := {
	"policy": policy,
	"policyReason": concat("", ["INPUT policy ", upper(policy)]),
	"policyPath": ["chains", "INPUT"],
	"rules": rules,
}

ipv4(input_view) := envelope({"format": "iptables", "rules": [], "ipv4": {"input": input_view}})

# dual(v4, v6) has both families, as an nftables inet table or a firewalld zone does.
dual(v4, v6) := envelope({"format": "nftables", "rules": [], "ipv4": {"input": v4}, "ipv6": {"input": v6}})

paths(findings) := {f.path | some f in findings}

test_success_rules_after_a_drop_everything_rule_are_unreachable if {
	doc := ipv4(view("accept", [tcp(80, 0), drop_all(1), tcp(22, 2)]))
	{r.path | some r in firewall.reachable_input_rules} == {["rules", 0], ["rules", 1]} with input as doc
}

test_success_open_to_any if {
	firewall.open_to_any(tcp(22, 0))
	firewall.open_to_any(rule({"sources": ["10.0.0.0/8"], "negated": ["sources"]}))
	firewall.open_to_any(rule({"interfaces": ["eth0"]}))
	firewall.open_to_any(rule({"interfaces": ["lo"], "negated": ["interfaces"]}))
	firewall.open_to_any(rule({"states": ["new"]}))
	not firewall.open_to_any(rule({"sources": ["10.0.0.0/8"]}))
	not firewall.open_to_any(rule({"interfaces": ["lo"]}))
	not firewall.open_to_any(rule({"states": ["established", "related"]}))
	not firewall.open_to_any(rule({"action": "drop"}))
	not firewall.open_to_any(rule({"unresolved": "unknown service"}))
}

test_success_exposes_matches_protocol_and_port_ranges if {
	firewall.exposes(rule({"protocols": ["tcp"], "ports": [{"from": 20, "to": 25}]}), 22, "tcp")
	firewall.exposes(rule({"ports": [{"from": 22, "to": 22}]}), 22, "udp")
	firewall.exposes(rule({"protocols": ["tcp"], "ports": [{"from": 80, "to": 80}], "negated": ["ports"]}), 22, "tcp")
	not firewall.exposes(rule({"protocols": ["udp"], "ports": [{"from": 22, "to": 22}]}), 22, "tcp")
	not firewall.exposes(rule({"protocols": ["tcp"], "ports": [{"from": 22, "to": 22}], "negated": ["ports"]}), 22, "tcp")
	not firewall.exposes(rule({"protocols": ["tcp"]}), 22, "tcp")
}

test_success_exposed_gathers_the_services_of_one_rule if {
	shared := rule({"protocols": ["tcp"], "ports": [{"from": 3306, "to": 3306}, {"from": 5432, "to": 5432}], "text": "db", "path": ["rules", 3]})
	services := [
		{"label": "MySQL (TCP 3306)", "port": 3306, "protocol": "tcp"},
		{"label": "PostgreSQL (TCP 5432)", "port": 5432, "protocol": "tcp"},
	]
	exposed := firewall.exposed(services) with input as dual(view("drop", [shared]), view("drop", [shared]))
	exposed == {{"path": ["rules", 3], "params": {"rule": "db", "services": "MySQL (TCP 3306), PostgreSQL (TCP 5432)"}}}
}

test_success_default_policies if {
	firewall.open_by_default(view("accept", [tcp(22, 0)]))
	not firewall.open_by_default(view("accept", [tcp(22, 0), drop_all(1)]))
	not firewall.open_by_default(view("drop", []))
	firewall.restrictive(view("reject", []))
	firewall.restrictive(view("accept", [drop_all(0)]))
	not firewall.restrictive({"policyPath": [], "rules": []})
}

test_success_loopback_allowed if {
	firewall.loopback_allowed(view("drop", [loopback(0)]))
	firewall.loopback_allowed(object.union(view("drop", []), {"loopbackImplicit": true}))
	not firewall.loopback_allowed(view("drop", [drop_all(0), loopback(1)]))
	not firewall.loopback_allowed(view("drop", [rule({"interfaces": ["lo"], "action": "drop"})]))
}

test_success_ssh_ports_come_from_the_context if {
	firewall.ssh_ports == [2222] with input as object.union(ipv4(view("drop", [])), {"context": {"sshPorts": [2222]}})
	firewall.ssh_ports == [22] with input as {"kind": "firewall", "document": {}}
}
