#!/usr/bin/env bash
# Soak test: the real site on 127.0.0.1, 64 connections (wrk) on each page type for DURATION seconds, then the
# figures: requests, errors (non-2xx/3xx, socket errors), p99 latency, and the site's memory (RSS) after its first
# 10,000 requests (spread over every page type) and at the end. Fails when any request errs or memory at the end is more than 10 % above its
# value after the first 10,000. Bounded: loopback only, DURATION (default 120) per page type.
#   bash tests/soak.sh                 # full run: 8 page types x 120 s
#   DURATION=10 bash tests/soak.sh     # a short run
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5390}
DURATION=${DURATION:-120}
CONNECTIONS=${CONNECTIONS:-64}
HOST=127.0.0.1
command -v wrk >/dev/null || { echo "soak needs wrk (apt-get install wrk)"; exit 2; }

data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
dotnet build src/JapanUsRelations.Web -c Release -nologo -v quiet >/dev/null
dll=src/JapanUsRelations.Web/bin/Release/net10.0/JapanUsRelations.Web.dll
dotnet "$dll" ingest --Editions:DatabasePath="$data/editions.db" --Serilog:MinimumLevel:Default=Warning >/dev/null
dotnet "$dll" --urls "http://$HOST:$PORT" --Editions:DatabasePath="$data/editions.db" --Serilog:MinimumLevel:Default=Warning >"$data/site.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do curl -sf "http://$HOST:$PORT/healthz" >/dev/null && break; sleep 0.3; done

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status"; }
paths=(/ /editions/2026-02-05 /editions/2026-02-05/china /compare/2024-11-05/2026-02-05 /topics/okinawa-and-bases /facts /search?q=Okinawa /api/editions/2026-02-05)
# First 10,000 requests: every page type in turn (a wrk Lua script), so each feature has loaded what it keeps.
lua="$data/mixed.lua"
{ echo "paths = {"; for path in "${paths[@]}"; do echo "  \"$path\","; done
  echo "}"; echo "i = 0"; echo "request = function() i = i + 1; return wrk.format(\"GET\", paths[(i % #paths) + 1]) end"; } >"$lua"
total=0; errors=0
while [ "$total" -lt 10000 ]; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d5s -s "$lua" "http://$HOST:$PORT")
  total=$((total + $(echo "$out" | awk '/requests in/ {print $1}')))
  errors=$((errors + $(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $NF}' | grep . || echo 0)))
done
rss10k=$(rss)
echo "Warm-up: $total requests over every page type, $errors errors, RSS ${rss10k} MB"
echo
echo "| Page | Requests | Errors | p99 | RSS after (MB) |"
echo "|------|---------:|-------:|----:|---------------:|"
for path in "${paths[@]}"; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://$HOST:$PORT$path")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  non2xx=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $NF}')
  socket=$(echo "$out" | awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  page_errors=$(( ${non2xx:-0} + ${socket:-0} ))
  total=$((total + requests)); errors=$((errors + page_errors))
  now=$(rss)
  echo "| \`$path\` | $requests | $page_errors | $p99 | $now |"
done
final=$(rss)
echo
echo "total $total requests, $errors errors; RSS after the first 10,000 (warm-up): ${rss10k} MB, at the end: ${final} MB"
if [ "$errors" -ne 0 ]; then echo "FAIL: $errors errors"; exit 1; fi
if [ "$total" -lt 100000 ]; then echo "note: fewer than 100,000 requests; the memory comparison is over $total"; fi
if [ $((final * 100)) -gt $((rss10k * 110)) ]; then echo "FAIL: memory grew more than 10 %"; exit 1; fi
echo "PASS"
