# Shared helpers for the command-line tests (sourced, not run).
# Each test gets $RASD (the binary) and a fresh $TMP that is removed on exit.
set -euo pipefail
RASD="$(realpath "$1")"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SHARED="$HERE/../../shared"

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_status CODE CMD...: runs CMD, fails unless it exits with CODE.
expect_status() {
  local want="$1"; shift
  set +e; "$@"; local got=$?; set -e
  [ "$got" -eq "$want" ] || fail "'$*' exited $got, expected $want"
}
