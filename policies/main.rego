# METADATA
# title: Entrypoints
# description: |
#   One aggregate entrypoint per input kind. Every rule lives in its own package
#   data.<kind>.<family>.<rule> and contributes to that package's `deny` set, evaluated
#   once per document; rules over the whole run (cross-resource, cross-kind) contribute
#   to `deny_run`, evaluated once over the index of every document's facts.
package main

k8s contains finding if some finding in data.k8s[_][_].deny

arm contains finding if some finding in data.arm[_][_].deny

sshd contains finding if some finding in data.sshd[_][_].deny

firewall contains finding if some finding in data.firewall[_][_].deny

dockerfile contains finding if some finding in data.dockerfile[_][_].deny

run contains finding if some finding in data.k8s[_][_].deny_run

run contains finding if some finding in data.arm[_][_].deny_run

run contains finding if some finding in data.sshd[_][_].deny_run

run contains finding if some finding in data.firewall[_][_].deny_run

run contains finding if some finding in data.dockerfile[_][_].deny_run
