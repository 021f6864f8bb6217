#!/usr/bin/env bash
# End-to-end tests of the VS Code extension in a real VS Code (code-server + headless Chromium),
# as CI runs them on a fresh machine: install (idempotent, pinned), build, then
#   1. the in-host mocha suite with a workspace folder,
#   2. the same suite without a workspace folder,
#   3. the Playwright UI test (type a claim → squiggle → quick fix → review; screenshots).
# Each prints "<name>: N passed, N failed"; the last line sums them up. Exit code 0 only if all pass.
#   E2E_HOME  tools (Node 24, code-server, playwright-core), default /tmp/promesse-e2e
#   SHOTS_DIR where the UI test writes its screenshots (default: images/ of the repository)
set -uo pipefail
cd "$(dirname "$0")/../.."
export E2E_HOME=${E2E_HOME:-/tmp/promesse-e2e}
export E2E_TMP=${E2E_TMP:-$E2E_HOME/tmp}

bash scripts/e2e/setup.sh || { echo "e2e: 0 passed, 1 failed"; exit 1; }
node esbuild.mjs && node scripts/e2e/build-tests.mjs || { echo "e2e: 0 passed, 1 failed"; exit 1; }

passed=0 failed=0 status=0
run() {
  local log code line p f
  log=$(mktemp)
  "$@" 2>&1 | tee "$log"
  code=${PIPESTATUS[0]}
  line=$(grep -E ': [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  rm -f "$log"
  p=$(sed -nE 's/.*: ([0-9]+) passed.*/\1/p' <<<"$line")
  f=$(sed -nE 's/.* ([0-9]+) failed.*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-1}))
  if [ "$code" -ne 0 ] || [ "${f:-1}" -ne 0 ]; then status=1; fi
}
run node scripts/e2e/run-in-host.mjs
run node scripts/e2e/run-in-host.mjs --no-folder
run node scripts/e2e/ui-test.mjs
echo "e2e: $passed passed, $failed failed"
exit $status
