#!/usr/bin/env bash
# The cost of decision receipts, measured (issue 14): decisions/s over HTTP with receipts on and
# off in one run (same jar, same bodies, two services side by side measured in turn), receipts written per second,
# the database size per 100,000 receipts, and the impact replay of the receipts kept (target: 100,000
# in under 60 s). Each service has its own embedded PostgreSQL under benchmarks/target/receipts.
#
#   benchmarks/receipts.sh                 # DURATION=20s WARMUP=180s CONNECTIONS=16 ROUNDS=3 PORT=8085 (and PORT+1)
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
source benchmarks/load/services.sh
adult_bodies

# Both services run side by side (receipts off on PORT, on on PORT+1, each with its own database) and
# are measured in turn, ROUNDS times, so a change in the machine's load falls on both alike.
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-180s}"
rate() { # log-name port [duration] -> requests/s of a wrk run on adult eligibility; a run with any error is refused
  wrk -t2 -c"$CONNECTIONS" -d"${3:-$DURATION}" --latency -s benchmarks/load/mix.lua "http://127.0.0.1:$2" -- "$OUT/adult.list" "$AUTH" > "$OUT/wrk-$1.txt" 2>&1
  if grep -q "Non-2xx\|Socket errors" "$OUT/wrk-$1.txt"; then echo "wrk run $1 had errors:" >&2; cat "$OUT/wrk-$1.txt" >&2; exit 1; fi
  awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$OUT/wrk-$1.txt"
}
ON_PORT=$((PORT + 1))
ON_PG=$((PG_PORT + 1))
sql() { psql -h localhost -p "$ON_PG" -U postgres -At -c "$1" postgres; }

start_service off "$SERVICE_JAR" "$PORT" "$PG_PORT" --caredecisions.receipts.enabled=false
start_service on "$SERVICE_JAR" "$ON_PORT" "$ON_PG"
# The JIT on two cores compiles the request path for about 150 s of load (C2's compile time, by
# `jstat -compiler`, flat only from then; with 60 s a round measured 41% one morning): each service is
# warmed up for WARMUP, then left to finish compiling before anything is measured.
rate warmup-off "$PORT" "$WARMUP" > /dev/null
rate warmup-on "$ON_PORT" "$WARMUP" > /dev/null
sleep 10
offs=(); ons=(); written=0; on_secs=0
for round in $(seq 1 "$ROUNDS"); do
  offs+=("$(rate "off-$round" "$PORT")")
  before=$(sql "SELECT count(*) FROM decision_receipt")
  ons+=("$(rate "on-$round" "$ON_PORT")")
  sleep 2
  after=$(sql "SELECT count(*) FROM decision_receipt")
  written=$(( written + after - before ))
  on_secs=$(awk -v s="$on_secs" -v d="$DURATION" 'BEGIN { sub(/s$/, "", d); print s + d + 2 }')
done
lost=$(curl -fs -u monitoring:monitoring-secret "http://127.0.0.1:$ON_PORT/actuator/prometheus" 2>/dev/null | awk '/^receipts_lost_total/ { print $2 }')
off=$(printf '%s\n' "${offs[@]}" | awk '{ s += $1 } END { printf "%.0f", s / NR }')
on=$(printf '%s\n' "${ons[@]}" | awk '{ s += $1 } END { printf "%.0f", s / NR }')
costs=$(for i in "${!offs[@]}"; do awk -v a="${offs[$i]}" -v b="${ons[$i]}" 'BEGIN { printf "%.1f%% ", (a - b) * 100 / a }'; done)
size=$(sql "SELECT pg_total_relation_size('decision_receipt')")
count=$(sql "SELECT count(*) FROM decision_receipt")
BASE="http://127.0.0.1:$ON_PORT"
version=$(curl -fs -H "Authorization: $AUTH" "$BASE/v1/rulesets" | grep -o '"version":"[^"]*","effectiveFrom":"[^"]*","sha256":"[^"]*","status":"ACTIVE"' | head -1 | cut -d'"' -f4)
impact=$(curl -fs -u practice-lead:practice-lead-secret -X POST "$BASE/v1/reports/impact?version=$version&from=1900-01-01&to=2200-01-01&decisionType=ADULT_ELIGIBILITY&sample=0")
impact_ms=$(printf '%s' "$impact" | grep -o '"millis":[0-9]*' | cut -d: -f2)
replayed=$(printf '%s' "$impact" | grep -o '"decisions":[0-9]*' | cut -d: -f2)
stop_all
secs=$on_secs

{
  echo "| measure | value |"
  echo "|---|---:|"
  echo "| adult eligibility, receipts off ($CONNECTIONS connections, mean of $ROUNDS runs of $DURATION) | $off /s (${offs[*]}) |"
  echo "| adult eligibility, receipts on, the runs in between | $on /s (${ons[*]}) |"
  echo "| cost of receipts | $(awk -v a="$off" -v b="$on" 'BEGIN { printf "%.1f%%", (a - b) * 100 / a }') (each round: ${costs% }) |"
  echo "| receipts lost (queue full) | ${lost:-0} |"
  echo "| receipts written during the runs with receipts on | $written in ${secs} s ($(( written / ${secs%.*} ))/s) |"
  echo "| database size per 100,000 receipts | $(awk -v s="$size" -v c="$count" 'BEGIN { printf "%.0f MB", s / c * 100000 / 1048576 }') ($count kept, $(( size / 1048576 )) MB) |"
  echo "| impact replay of the receipts kept under $version | $replayed in ${impact_ms} ms ($(awk -v n="$replayed" -v ms="$impact_ms" 'BEGIN { printf "%.0f", n * 1000 / ms }')/s; 100,000 would take $(awk -v n="$replayed" -v ms="$impact_ms" 'BEGIN { printf "%.0f s", 100000 * ms / n / 1000 }')) |"
  echo "| load average | $(cut -d' ' -f1-3 /proc/loadavg) |"
} | tee "$OUT/results.md"
