# METADATA
# title: "Disallow public IP addresses on virtual machines"
# description: "A public IP on a virtual machine's network interface makes the machine directly reachable from the Internet; publish services through a load balancer, application gateway or Bastion instead."
# custom:
#   id: ARM-NETWORK-005
#   severity: medium
#   controls: ["mcsb:NS-1"]
#   remediation: "Remove publicIPAddress from the network interface's IP configurations and reach the machine through Azure Bastion or a load balancer."
#   message: "Virtual machine {{vm}} has a public IP address on network interface {{nic}}."
package arm.network.vm_public_ip

import data.lib.arm
import data.lib.result

deny contains result.finding(rego.metadata.chain(), path, {"vm": arm.display(vm.name), "nic": arm.display(nic.name)}) if {
	some vm in arm.resources_of("Microsoft.Compute/virtualMachines")
	some ref in vm.properties.networkProfile.networkInterfaces
	n := arm.resource_at(ref.id)
	nic := input.document.resources[n]
	some j, ip in nic.properties.ipConfigurations
	arm.known_value(ip, ["properties", "publicIPAddress"])
	path := ["resources", n, "properties", "ipConfigurations", j, "properties", "publicIPAddress"]
}

deny contains result.finding(rego.metadata.chain(), path, {"vm": arm.display(vm.name), "nic": arm.display(config.name)}) if {
	some i, vm in arm.resources_of("Microsoft.Compute/virtualMachines")
	some j, config in vm.properties.networkProfile.networkInterfaceConfigurations
	some k, ip in config.properties.ipConfigurations
	arm.known_value(ip, ["properties", "publicIPAddressConfiguration"])
	path := ["resources", i, "properties", "networkProfile", "networkInterfaceConfigurations", j, "properties", "ipConfigurations", k, "properties", "publicIPAddressConfiguration"]
}
