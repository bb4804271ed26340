# METADATA
# title: "Require TLS 1.2 or later for App Service and Function apps"
# description: "Apps that accept TLS 1.0 or 1.1 let clients negotiate protocols with known weaknesses."
# custom:
#   id: ARM-APPSERVICE-002
#   severity: high
#   controls: ["mcsb:DP-3", "cis-azure:9.3"]
#   remediation: "Set siteConfig.minTlsVersion to 1.2 (or leave it out: 1.2 is the default)."
#   message: "{{app}} {{name}} accepts TLS {{value}}."
#   fix:
#     - set: [minTlsVersion]
#       value: "1.2"
package arm.appservice.minimum_tls

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), s.path, {"name": arm.display(r.name), "app": _app(r), "value": arm.display(s.value)}) if {
	some i, r in arm.resources_of("Microsoft.Web/sites")
	some s in arm.web_settings(i, "minTlsVersion")
	s.value in {"1.0", "1.1"}
}

_app(r) := "Function app" if contains(lower(object.get(r, "kind", "")), "functionapp")

_app(r) := "App Service app" if not contains(lower(object.get(r, "kind", "")), "functionapp")
