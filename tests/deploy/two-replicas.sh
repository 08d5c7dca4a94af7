#!/usr/bin/env bash
# Two app replicas behind nginx (Debian package) on 127.0.0.1 as a caching reverse proxy; a new database is swapped
# in under load by swapping the link the replicas serve: no restart, each replica notices the new file within a second
# (Editions:ReloadCheckSeconds) and switches to it between requests. Passes when wrk saw 0 errors, every response
# carried exactly one database version (its X-Editions-Database header always goes with the same number of editions
# in its body), both replicas serve the new version at the end, under the same process ids. See docs/deploy.md.
# Usage: bash tests/deploy/two-replicas.sh [BASE_PORT]   (default 5850: nginx BASE, replicas BASE+1, BASE+2)
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-5850}; proxy=$base; a=$((base + 1)); b=$((base + 2))
command -v nginx >/dev/null || { apt-get install -y -qq nginx-light >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq nginx-light) >/dev/null; }
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
work=$(mktemp -d /tmp/two-replicas-XXXX)
web=src/JapanUsRelations.Web/bin/Release/net10.0/JapanUsRelations.Web.dll
gen=tests/JapanUsRelations.SyntheticCorpus/bin/Release/net10.0/JapanUsRelations.SyntheticCorpus.dll
[ -f "$web" ] && [ -f "$gen" ] || dotnet build JapanUsRelations.sln -c Release -nologo -v quiet >/dev/null
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# 1. Build two database versions elsewhere (as a CI job would): v1 = the seeds; v2 = the seeds + 3 synthetic editions.
dotnet "$web" ingest --Editions:SeedsPath=seeds --Editions:DatabasePath="$work/editions-v1.db" --Serilog:MinimumLevel:Default=Warning >/dev/null
dotnet "$gen" "$work/seeds-v2" --editions 3 --include-seeds >/dev/null
dotnet "$web" ingest --Editions:SeedsPath="$work/seeds-v2" --Editions:DatabasePath="$work/editions-v2.db" --Serilog:MinimumLevel:Default=Warning >/dev/null
ln -s "$work/editions-v1.db" "$work/editions.db"   # what replicas serve: a link, followed every second

start_replica() { # port -> pid in $replica_pid
  dotnet "$web" --urls "http://127.0.0.1:$1" --Editions:DatabasePath="$work/editions.db" --Editions:IngestOnStart=false \
    --Editions:ResponseCache:SharedMaxAgeSeconds=1 --Editions:ResponseCache:MaxAgeSeconds=0 \
    --Serilog:MinimumLevel:Default=Warning --Serilog:MinimumLevel:Override:JapanUsRelations.Web.Infrastructure.Serving.ServedStore=Information \
    >>"$work/replica-$1.log" 2>&1 &
  replica_pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  curl -s -o /dev/null "http://127.0.0.1:$1/api/editions"   # first render before taking traffic from nginx
}
start_replica "$a"; pid_a=$replica_pid; pids+=("$pid_a")
start_replica "$b"; pid_b=$replica_pid; pids+=("$pid_b")

user_line=""; [ "$(id -u)" = 0 ] && user_line="user root;"   # workers must write the cache under $work
cat >"$work/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  proxy_cache_path $work/cache levels=1:2 keys_zone=pages:10m max_size=200m inactive=10m use_temp_path=off;
  upstream editions {
    server 127.0.0.1:$a max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$b max_fails=1 fail_timeout=2s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$proxy;
    location / {
      proxy_pass http://editions;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_cache pages;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout http_502 http_503;
      add_header X-Proxy-Cache \$upstream_cache_status;
    }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" || { cat "$work/nginx-error.log"; exit 1; }
sleep 0.5
echo "nginx 127.0.0.1:$proxy -> replicas :$a :$b, serving $(readlink "$work/editions.db" | xargs basename)"

# 2. Load through nginx for 16 s; at 4 s swap the link to v2 atomically. Nothing is restarted.
url="http://127.0.0.1:$proxy/api/editions"
wrk -t2 -c16 -d16s -s tests/deploy/versions.lua "$url" >"$work/wrk.txt" 2>&1 & wrk_pid=$!
sleep 4
ln -s "$work/editions-v2.db" "$work/editions.db.new" && mv -T "$work/editions.db.new" "$work/editions.db"
echo "swapped the link to $(readlink "$work/editions.db" | xargs basename) under load"
for port in "$a" "$b"; do
  for _ in $(seq 1 100); do
    n=$(curl -s "http://127.0.0.1:$port/api/editions" | { grep -o '"sourceFile"' || true; } | wc -l)
    [ "$n" = 8 ] && break; sleep 0.1
  done
  echo "replica :$port serves the new database ($n editions), same process: $(kill -0 "$([ "$port" = "$a" ] && echo "$pid_a" || echo "$pid_b")" && echo yes)"
done
wait "$wrk_pid" || true
sleep 1.5
final=$(curl -s -D "$work/final.headers" -o "$work/final.json" -w '%{http_code}' "$url" || true)
final="$final $(tr -d '\r' <"$work/final.headers" | awk -F': ' 'tolower($1)=="x-editions-database" {print $2}')"
final_count=$({ grep -o '"sourceFile"' "$work/final.json" || true; } | wc -l)
replica_counts=""
for port in "$a" "$b"; do replica_counts="$replica_counts $(curl -s "http://127.0.0.1:$port/api/editions" | { grep -o '"sourceFile"' || true; } | wc -l)"; done

cat "$work/wrk.txt"
[ -s "$work/nginx-error.log" ] && { echo "nginx error log:"; tail -5 "$work/nginx-error.log"; }
echo "after the rollout: HTTP status and database $final, $final_count editions"
errors=$(awk '/^non-200/ {print $2}' "$work/wrk.txt")
socket=$(grep -c "Socket errors" "$work/wrk.txt" || true)
versions=$(grep '^version ' "$work/wrk.txt" | awk '{print $2}' | sort | uniq -c | awk '$1 > 1' | wc -l)   # a header seen with two edition counts
counts=$(grep '^version ' "$work/wrk.txt" | awk '{print $3}' | sort | uniq -c | awk '$1 > 1' | wc -l)     # an edition count seen with two headers
status=0
[ "${errors:-1}" = "0" ] && [ "$socket" = "0" ] || { echo "FAIL: errors during the rollout"; status=1; }
[ "$versions" = "0" ] && [ "$counts" = "0" ] || { echo "FAIL: a response mixed two database versions"; status=1; }
[ "$final_count" = "8" ] && [ "$replica_counts" = " 8 8" ] || { echo "FAIL: the new database (8 editions) is not served after the rollout (proxy $final_count, replicas$replica_counts)"; status=1; }
grep -h "Serving database" "$work"/replica-*.log | sed 's/^/replica log: /' || true
[ "$status" = 0 ] && echo "PASS: 0 errors, every response from one database version, v2 served by both replicas after the swap, no restart"
exit $status
