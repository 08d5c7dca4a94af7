#!/usr/bin/env bash
# Page sizes and render times at scale: starts the site on an existing database (no ingestion, the rendered-response
# cache off, so every request renders), times the first request after launch, then fetches each page once (cold:
# the editions it shows are read from the database) and five times more (warm: their content is in the store's
# cache), printing one Markdown table: bytes, cold ms, warm median ms, status.
# Usage: bash tests/bench/page-scale.sh DATABASE [PORT] [PATH...]
#   DATABASE  an ingested database, e.g. /tmp/gen1000.db (see docs/benchmarks.md for making one)
#   PORT      port on 127.0.0.1 (default 5790)
# Paths default to one of every page type (and twin), with ids read from the database.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=${1:?database}; port=${2:-5790}; shift $(( $# < 2 ? $# : 2 ))
site="http://127.0.0.1:$port"
dll=src/JapanUsRelations.Web/bin/Release/net10.0/JapanUsRelations.Web.dll
[ -f "$dll" ] || dotnet build src/JapanUsRelations.Web -c Release -nologo -v quiet >/dev/null

paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  latest=$(sqlite3 "$db" "SELECT slug FROM edition WHERE kind = 'Report' ORDER BY published DESC LIMIT 1")
  previous=$(sqlite3 "$db" "SELECT slug FROM edition WHERE kind = 'Report' ORDER BY published DESC LIMIT 1 OFFSET 1")
  report=$(sqlite3 "$db" "SELECT report_key FROM edition WHERE slug = '$latest'")
  section=$(sqlite3 "$db" "SELECT s.slug FROM section s JOIN edition e ON e.id = s.edition_id WHERE e.slug = '$latest' ORDER BY s.ordinal LIMIT 1 OFFSET 1")
  paths=(/ /editions "/editions?page=20" /reports "/reports/$report" "/reports/$report?page=20" "/editions/$latest" "/editions/$latest/$section"
         /compare "/compare/$previous/$latest" /topics "/topics?page=40" /topics/okinawa-and-bases "/topics/okinawa-and-bases?page=50"
         /facts "/facts?page=40" /facts/us-troops-in-japan "/facts/us-troops-in-japan?page=25" /facts/unclassified "/search?q=Okinawa" "/cite/$latest"
         /api /api/editions /api/reports "/api/reports/$report" "/api/editions/$latest" /api/topics /api/topics/okinawa-and-bases /api/facts
         /api/facts/us-troops-in-japan /api/facts/unclassified)
fi

start=$(date +%s%N)
dotnet "$dll" --urls "$site" --Editions:DatabasePath="$db" --Editions:IngestOnStart=false --Editions:ResponseCache:Enabled=false \
  --Serilog:MinimumLevel:Default=Warning >/tmp/page-scale-$port.log 2>&1 & pid=$!
trap 'kill $pid 2>/dev/null' EXIT
until first=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" "$site/" 2>/dev/null) && [ "${first%% *}" = 200 ]; do sleep 0.02; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
echo "First request: launch to first 200 of / in $ready ms; that request took $(awk '{printf "%.0f", $2*1000}' <<<"$first") ms."
echo
echo "| Page | Status | Bytes | Cold ms | Warm ms (median of 5) |"
echo "|------|-------:|------:|--------:|----------------------:|"
for path in "${paths[@]}"; do
  cold=$(curl -s --max-time 120 -o /dev/null -w "%{http_code} %{size_download} %{time_total}" "$site$path")
  warm=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w "%{time_total}\n" "$site$path"; done | sort -n | sed -n 3p)
  read -r status bytes secs <<<"$cold"
  printf "| \`%s\` | %s | %s | %.0f | %.0f |\n" "$path" "$status" "$bytes" "$(awk "BEGIN{print $secs*1000}")" "$(awk "BEGIN{print $warm*1000}")"
done
