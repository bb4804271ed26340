package lib.arm_test

import data.lib.arm

unknown := {"$unknown": "reference('x').id"}

test_success_is_unknown if {
	arm.is_unknown(unknown)
	not arm.is_unknown({"$unknown": "x", "other": 1})
	not arm.is_unknown("[reference('x')]")
}

test_success_known_value_skips_unknowns if {
	arm.known_value({"a": {"b": 1}}, ["a", "b"]) == 1
	not arm.known_value({"a": unknown}, ["a", "b"])
	not arm.known_value({"a": {"b": unknown}}, ["a", "b"])
}

test_success_absent_is_not_unknown if {
	arm.absent({"a": {}}, ["a", "b"])
	arm.absent({}, ["a", "b"])
	not arm.absent({"a": unknown}, ["a", "b"])
	not arm.absent({"a": {"b": false}}, ["a", "b"])
}

test_success_booleans if {
	arm.is_false({"a": false}, ["a"])
	arm.is_true({"a": "True"}, ["a"])
	arm.not_true({}, ["a"])
	not arm.not_true({"a": unknown}, ["a"])
}

test_success_field_path_stops_below_existing_ancestor if {
	arm.field_path(3, {"properties": {}}, ["properties", "networkAcls", "defaultAction"]) == ["resources", 3, "properties", "networkAcls"]
	arm.field_path(0, {"properties": {"x": 1}}, ["properties", "x"]) == ["resources", 0, "properties", "x"]
	arm.field_path(1, {}, ["properties", "x"]) == ["resources", 1, "properties"]
}

test_success_ports if {
	rule := {"direction": "Inbound", "access": "Allow", "sourceAddressPrefixes": ["10.0.0.0/8", "Internet"], "destinationPortRanges": ["20-25", 3389]}
	arm.open_to_internet(rule)
	arm.opens_port(rule, 22)
	arm.opens_port(rule, 3389)
	not arm.opens_port(rule, 443)
	not arm.all_ports(rule)
	arm.all_ports({"destinationPortRange": "0-65535"})
}

test_success_display if {
	arm.display("web") == "web"
	arm.display(unknown) == "[reference('x').id]"
	arm.display(3) == "3"
}

test_success_resources_of_ignores_case if {
	found := arm.resources_of("microsoft.storage/STORAGEACCOUNTS") with input as {"document": {"resources": [{"type": "Microsoft.Storage/storageAccounts"}, {"type": "Microsoft.Web/sites"}]}}
	object.keys(found) == {0}
}
