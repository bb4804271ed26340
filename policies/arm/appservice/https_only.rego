# METADATA
# title: "Require HTTPS-only for App Service and Function apps"
# description: "Without httpsOnly, the app also answers plain HTTP, exposing session cookies and data in transit."
# custom:
#   id: ARM-APPSERVICE-001
#   severity: high
#   controls: ["mcsb:DP-3", "cis-azure:9.2"]
#   remediation: "Set properties.httpsOnly to true."
#   message: "{{app}} {{name}} accepts plain HTTP (httpsOnly is not true)."
#   fix:
#     - set: [properties, httpsOnly]
#       value: true
package arm.appservice.https_only

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "app": _app(r)}) if {
	some i, r in arm.resources_of("Microsoft.Web/sites")
	path := ["properties", "httpsOnly"]
	arm.not_true(r, path)
}

_app(r) := "Function app" if contains(lower(object.get(r, "kind", "")), "functionapp")

_app(r) := "App Service app" if not contains(lower(object.get(r, "kind", "")), "functionapp")
