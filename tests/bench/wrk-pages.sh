#!/usr/bin/env bash
# Pages under load against Kestrel serving the same bytes as a static file, alternating, ratios in one run.
# Usage: bash tests/bench/wrk-pages.sh SITE_URL [STATIC_PORT] [SECONDS] [PATH...]
#   SITE_URL     a running site, e.g. http://127.0.0.1:5401 (127.0.0.1 only)
#   STATIC_PORT  port for the reference static file server (default 5499)
#   SECONDS      length of each wrk run (default 5); every page runs twice, alternating with its static twin
# Each page is fetched once (identity and Brotli), its bytes written to files, and served by
# `JapanUsRelations.Benchmarks static-files` (Kestrel + the static file middleware, nothing else).
# wrk: 2 threads, 32 connections. Prints one Markdown table: requests/s and p99 of page and file, ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
site=${1:?site url}; port=${2:-5499}; seconds=${3:-5}; shift $(( $# < 3 ? $# : 3 ))
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(/ /editions /editions/2026-02-05 /editions/2026-02-05/china /compare/2024-11-05/2026-02-05 /api/compare/2024-11-05/2026-02-05 /topics/okinawa-and-bases /facts "/search?q=Okinawa")
dir=$(mktemp -d /tmp/wrk-static-XXXX)
bench=tests/JapanUsRelations.Benchmarks/bin/Release/net10.0/JapanUsRelations.Benchmarks.dll
[ -f "$bench" ] || dotnet build tests/JapanUsRelations.Benchmarks -c Release -nologo -v quiet >/dev/null
dotnet "$bench" static-files "$dir" "http://127.0.0.1:$port" & static_pid=$!
trap 'kill $static_pid 2>/dev/null; rm -rf "$dir"' EXIT

# one wrk run -> "requests_per_s p99_ms errors"
run() {
  local out; out=$(wrk -t2 -c32 -d"${seconds}s" --latency "${@}" 2>&1)
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {e=e $0 "; "} END {print (e==""?"0":e)}')
  echo "$rps ${p99:-?} $errors"
}

sleep 2
echo "| Page | Coding | Bytes | Page req/s | Page p99 ms | File req/s | File p99 ms | Ratio | Errors |"
echo "|------|--------|------:|-----------:|------------:|-----------:|------------:|------:|--------|"
i=0
for path in "${paths[@]}"; do
  for coding in identity br; do
    i=$((i + 1)); file="$dir/f$i"
    hdr=(); [ "$coding" = br ] && hdr=(-H "Accept-Encoding: br")
    curl -s "${hdr[@]}" -o "$file" "$site$path"; curl -s "${hdr[@]}" -o /dev/null "$site$path"   # render, then warm
    bytes=$(stat -c %s "$file")
    wrk -t2 -c32 -d1s "${hdr[@]}" "$site$path" >/dev/null 2>&1; wrk -t2 -c32 -d1s "http://127.0.0.1:$port/f$i" >/dev/null 2>&1   # JIT warm-up
    read -r p1 l1 e1 <<<"$(run "${hdr[@]}" "$site$path")"
    read -r s1 m1 _ <<<"$(run "http://127.0.0.1:$port/f$i")"
    read -r p2 l2 e2 <<<"$(run "${hdr[@]}" "$site$path")"
    read -r s2 m2 _ <<<"$(run "http://127.0.0.1:$port/f$i")"
    awk -v path="$path" -v c="$coding" -v b="$bytes" -v p1="$p1" -v p2="$p2" -v s1="$s1" -v s2="$s2" -v l1="$l1" -v l2="$l2" -v m1="$m1" -v m2="$m2" -v e="$e1 $e2" \
      'BEGIN { p=(p1+p2)/2; s=(s1+s2)/2; l=(l1>l2?l1:l2); m=(m1>m2?m1:m2); printf "| `%s` | %s | %d | %.0f | %.1f | %.0f | %.1f | %.2f | %s |\n", path, c, b, p, l, s, m, p/s, e }'
  done
done
