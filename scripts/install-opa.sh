#!/usr/bin/env bash
# Installs the pinned OPA into .tools/bin with `go install` (no prebuilt download).
# v1.22.4 is the newest v1 the Go module proxy serves here (v1.23.0 answers 403 "not available").
set -euo pipefail
OPA_VERSION="${OPA_VERSION:-v1.22.4}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
if [ -x "$bin/opa" ] && "$bin/opa" version 2>/dev/null | grep -qx "Version: ${OPA_VERSION#v}"; then
  exit 0
fi
mkdir -p "$bin"
echo "installing opa $OPA_VERSION into $bin (go install, CGO off)" >&2
CGO_ENABLED=0 GOBIN="$bin" GOFLAGS=-buildvcs=false go install -tags opa_no_oci "github.com/open-policy-agent/opa@$OPA_VERSION"
"$bin/opa" version >&2
