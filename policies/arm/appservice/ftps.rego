# METADATA
# title: "Require FTPS only or disabled FTP for App Service and Function apps"
# description: "FTP sends deployment credentials and content in clear text; ftpsState defaults to AllAllowed."
# custom:
#   id: ARM-APPSERVICE-003
#   severity: medium
#   controls: ["mcsb:DP-3", "cis-azure:9.10"]
#   remediation: "Set siteConfig.ftpsState to Disabled (or FtpsOnly)."
#   message: "{{app}} {{name}} allows plain FTP (ftpsState: {{value}})."
#   fix:
#     - set: [properties, siteConfig, ftpsState]
#       value: FtpsOnly
#     - set: [ftpsState]
#       value: FtpsOnly
package arm.appservice.ftps

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), s.path, {"name": arm.display(r.name), "app": _app(r), "value": arm.display(s.value)}) if {
	some i, r in arm.resources_of("Microsoft.Web/sites")
	some s in arm.web_settings(i, "ftpsState")
	s.value == "AllAllowed"
}

_app(r) := "Function app" if contains(lower(object.get(r, "kind", "")), "functionapp")

_app(r) := "App Service app" if not contains(lower(object.get(r, "kind", "")), "functionapp")

# Not set anywhere means the default, AllAllowed.
deny contains result.finding(rego.metadata.chain(), arm.field_path(i, r, path), {"name": arm.display(r.name), "app": _app(r), "value": "not set, which means AllAllowed"}) if {
	some i, r in arm.resources_of("Microsoft.Web/sites")
	count(arm.web_settings(i, "ftpsState")) == 0
	path := ["properties", "siteConfig", "ftpsState"]
	not arm.unknown_along(r, path)
}
