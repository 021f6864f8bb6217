#!/usr/bin/env bash
# Every test: type-check, build, unit/CLI/rule tests (mocha), then the real-VS-Code suites.
# The last line sums both: "total: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
status=0
npm test 2>&1 | tee "$log" || status=1
unit=$(grep -E '^unit: [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
bash scripts/e2e/ci.sh 2>&1 | tee -a "$log" || status=1
e2e=$(grep -E '^e2e: [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
rm -f "$log"
count() { local n; n=$(sed -nE "s/.*: ([0-9]+) passed, ([0-9]+) failed.*/\\$1/p" <<<"$2"); echo "${n:-0}"; }
passed=$(( $(count 1 "$unit") + $(count 1 "$e2e") ))
failed=$(( $(count 2 "$unit") + $(count 2 "$e2e") ))
[ -z "$unit" ] && { failed=$((failed + 1)); status=1; }
[ -z "$e2e" ] && { failed=$((failed + 1)); status=1; }
[ "$failed" -gt 0 ] && status=1
echo "total: $passed passed, $failed failed"
exit $status
