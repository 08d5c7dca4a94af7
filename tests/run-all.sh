#!/usr/bin/env bash
# The test command: installs what the tests need, builds, runs every test project, prints "N passed, N failed".
# Usage: bash tests/run-all.sh            (from anywhere in the checkout)
set -uo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium (browser downloads are not possible here).
if ! command -v chromium >/dev/null 2>&1; then
  bash tests/install-chromium.sh || true
fi

# axe-core (accessibility checks in the browser tests) comes from npm, pinned by package-lock.json.
if [ -f tests/JapanUsRelations.Web.Tests/Browser/package.json ] && [ ! -d tests/JapanUsRelations.Web.Tests/Browser/node_modules/axe-core ]; then
  (cd tests/JapanUsRelations.Web.Tests/Browser && npm ci --silent --no-audit --no-fund) || echo "warning: npm ci failed"
fi

rm -rf TestResults
dotnet build JapanUsRelations.sln -c Release -nologo -v quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet test JapanUsRelations.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory TestResults
status=$?

passed=0; failed=0
for trx in TestResults/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
  f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
exit "$status"
