#!/usr/bin/env bash
# The cost of decision receipts, measured (issue 14): decisions/s over HTTP with receipts on and
# off in one run (same jar, same bodies, same machine minutes apart), receipts written per second,
# the database size per 100,000 receipts, and the impact replay of the receipts kept (target: 100,000
# in under 60 s). Uses its own embedded PostgreSQL under benchmarks/target/receipts-pg.
#
#   benchmarks/receipts.sh                 # DURATION=20s CONNECTIONS=16 PORT=8085
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8085}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-16}"
PG_PORT="${PG_PORT:-54339}"
SERVICE_JAR=service/target/service-0.1.0-SNAPSHOT.jar
BENCH_JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/receipts
BASE="http://127.0.0.1:${PORT}"
AUTH="Basic $(printf '%s' case-system:case-system-secret | base64)"

command -v wrk >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v psql >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
[[ -f "$SERVICE_JAR" && -f "$BENCH_JAR" ]] || mvn -B -q -pl service,benchmarks -am package -DskipTests

rm -rf "$OUT" && mkdir -p "$OUT/bodies"
java -cp "$BENCH_JAR" uk.caredecisions.benchmarks.Bodies "$OUT/bodies" > /dev/null 2>&1
for f in "$OUT"/bodies/adult-eligibility/*.json; do printf '/v1/decisions/adult-eligibility\t%s\n' "$f"; done > "$OUT/adult.list"

PID=""
stop() { if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi; PID=""; }
trap stop EXIT
start() { # extra arguments for the service
  java -jar "$SERVICE_JAR" --server.port="$PORT" --caredecisions.store.embedded.data-dir="$OUT/pg" \
    --caredecisions.store.embedded.port="$PG_PORT" "$@" > "$OUT/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "$BASE/actuator/health/readiness" && return 0
    kill -0 "$PID" 2>/dev/null || { tail -20 "$OUT/service.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "not ready" >&2; exit 1
}
rate() { # name -> requests/s of a wrk run on adult eligibility
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s benchmarks/load/mix.lua "$BASE" -- "$OUT/adult.list" "$AUTH" > "$OUT/wrk-$1.txt" 2>&1
  awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$OUT/wrk-$1.txt"
}
sql() { psql -h localhost -p "$PG_PORT" -U postgres -At -c "$1" postgres; }

start --caredecisions.receipts.enabled=false
rate warmup-off > /dev/null
off=$(rate off)
stop
start
rate warmup-on > /dev/null
before=$(sql "SELECT count(*) FROM decision_receipt")
t0=$(date +%s%N)
on=$(rate on)
sleep 2
after=$(sql "SELECT count(*) FROM decision_receipt")
secs=$(awk -v d="$DURATION" 'BEGIN { sub(/s$/, "", d); print d + 2 }')
written=$(( after - before ))
size=$(sql "SELECT pg_total_relation_size('decision_receipt')")
count=$(sql "SELECT count(*) FROM decision_receipt")
version=$(curl -fs -H "Authorization: $AUTH" "$BASE/v1/rulesets" | grep -o '"version":"[^"]*","effectiveFrom":"[^"]*","sha256":"[^"]*","status":"ACTIVE"' | head -1 | cut -d'"' -f4)
impact=$(curl -fs -u practice-lead:practice-lead-secret -X POST "$BASE/v1/reports/impact?version=$version&from=1900-01-01&to=2200-01-01&decisionType=ADULT_ELIGIBILITY&sample=0")
impact_ms=$(printf '%s' "$impact" | grep -o '"millis":[0-9]*' | cut -d: -f2)
replayed=$(printf '%s' "$impact" | grep -o '"decisions":[0-9]*' | cut -d: -f2)
stop

{
  echo "| measure | value |"
  echo "|---|---:|"
  echo "| adult eligibility, receipts off ($CONNECTIONS connections) | $off /s |"
  echo "| adult eligibility, receipts on | $on /s |"
  echo "| cost of receipts | $(awk -v a="$off" -v b="$on" 'BEGIN { printf "%.1f%%", (a - b) * 100 / a }') |"
  echo "| receipts written during the run | $written in ${secs} s ($(( written / ${secs%.*} ))/s) |"
  echo "| database size per 100,000 receipts | $(awk -v s="$size" -v c="$count" 'BEGIN { printf "%.0f MB", s / c * 100000 / 1048576 }') ($count kept, $(( size / 1048576 )) MB) |"
  echo "| impact replay of the receipts kept under $version | $replayed in ${impact_ms} ms ($(awk -v n="$replayed" -v ms="$impact_ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')/s; 100,000 would take $(awk -v n="$replayed" -v ms="$impact_ms" 'BEGIN { printf "%.0f s", 100000 * ms / n / 1000 }')) |"
  echo "| load average | $(cut -d' ' -f1-3 /proc/loadavg) |"
} | tee "$OUT/results.md"
