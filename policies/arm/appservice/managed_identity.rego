# METADATA
# title: "Require a managed identity for App Service and Function apps"
# description: "A managed identity lets the app reach Key Vault, storage and databases without secrets in its configuration."
# custom:
#   id: ARM-APPSERVICE-005
#   severity: low
#   controls: ["mcsb:IM-3", "cis-azure:9.5"]
#   remediation: "Add identity: { type: SystemAssigned } (or UserAssigned) to the site."
#   message: "{{app}} {{name}} has no managed identity."
package arm.appservice.managed_identity

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "app": _app(r)}) if {
	some i, r in arm.resources_of("Microsoft.Web/sites")
	path := ["identity", "type"]
	_no_identity(r, path)
}

_app(r) := "Function app" if contains(lower(object.get(r, "kind", "")), "functionapp")

_app(r) := "App Service app" if not contains(lower(object.get(r, "kind", "")), "functionapp")

_no_identity(r, path) if arm.absent(r, path)

_no_identity(r, path) if lower(arm.known_value(r, path)) == "none"
