# METADATA
# title: Finding constructor
# description: |
#   Builds the object every rule returns. Only the rule's id travels with a finding: the
#   rest of its METADATA is in the bundle's catalog, joined in TypeScript. Findings are set
#   members, hashed on every insertion, so a small object keeps evaluation fast.
package lib.result

# finding(chain, path, params) is one violation of the rule whose package-scoped METADATA
# is in `chain` (rego.metadata.chain(), folded to a constant at compile time): `path` points
# into input.document (TypeScript turns it into file, line and column), `params` fill the
# {{placeholders}} of the rule's custom.message.
finding(chain, path, params) := {"id": id, "path": path, "params": params} if {
	some entry in chain
	id := entry.annotations.custom.id
}

# run_finding(chain, document, path, params) is a run-scope violation about the indexed
# document with id `document` (input.documents[document]); `path` points into that document.
run_finding(chain, document, path, params) := object.union(finding(chain, path, params), {"document": document})
