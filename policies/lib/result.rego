# METADATA
# title: Finding constructor
# description: |
#   Builds the object every rule returns. The rule's METADATA (package scope) reaches it
#   through rego.metadata.chain(), which OPA folds into constants at compile time.
package lib.result

# finding(chain, path, params) is one violation: `path` points into input.document
# (TypeScript turns it into file, line and column), `params` fill the {{placeholders}}
# of the rule's custom.message.
finding(chain, path, params) := {"rule": meta, "path": path, "params": params} if {
	some entry in chain
	meta := entry.annotations
	meta.custom.id
}

# run_finding(chain, document, path, params) is a run-scope violation about the indexed
# document with id `document` (input.documents[document]); `path` points into that document.
run_finding(chain, document, path, params) := object.union(finding(chain, path, params), {"document": document})
