# METADATA
# title: "Disallow remote debugging on App Service and Function apps"
# description: "Remote debugging opens extra inbound ports and a debugger attached to production code."
# custom:
#   id: ARM-APPSERVICE-004
#   severity: medium
#   controls: ["mcsb:PV-2"]
#   remediation: "Set siteConfig.remoteDebuggingEnabled to false."
#   message: "{{app}} {{name}} has remote debugging enabled."
#   fix:
#     - set: [remoteDebuggingEnabled]
#       value: false
package arm.appservice.remote_debugging

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), s.path, {"name": arm.display(r.name), "app": _app(r), "value": arm.display(s.value)}) if {
	some i, r in arm.resources_of("Microsoft.Web/sites")
	some s in arm.web_settings(i, "remoteDebuggingEnabled")
	s.value == true
}

_app(r) := "Function app" if contains(lower(object.get(r, "kind", "")), "functionapp")

_app(r) := "App Service app" if not contains(lower(object.get(r, "kind", "")), "functionapp")
