#!/usr/bin/env bash
# Where the receipts' cost goes, two builds side by side (issue 14): both services loaded at once (8
# connections each, so a change in the machine's speed falls on both alike), then, over ROUNDS runs,
# the CPU each one's PostgreSQL (every process of that server) and receipt writer spent per receipt
# written, and each database's size per 100,000 receipts.
#
#   benchmarks/receipts-cpu.sh before.jar after.jar      # WARMUP=200s DURATION=30s ROUNDS=3 PORT=8087 (and PORT+1)
#
# The JIT on two cores is still compiling the request path for about two and a half minutes of load:
# a shorter warm-up measures the compiler too.
set -euo pipefail
cd "$(dirname "$0")/.."

A_JAR=$1
B_JAR=$2
PORT="${PORT:-8087}"
PG_PORT="${PG_PORT:-54337}"
WARMUP="${WARMUP:-200s}"
DURATION="${DURATION:-30s}"
ROUNDS="${ROUNDS:-3}"
BENCH_JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/receipts-cpu
AUTH="Basic $(printf '%s' case-system:case-system-secret | base64)"

command -v wrk >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v psql >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq postgresql-client >/dev/null; }
[[ -f "$BENCH_JAR" ]] || mvn -B -q -pl benchmarks -am package -DskipTests

rm -rf "$OUT" && mkdir -p "$OUT/bodies"
source benchmarks/load/services.sh
adult_bodies

start_service a "$A_JAR" "$PORT" "$PG_PORT"
start_service b "$B_JAR" "$((PORT + 1))" "$((PG_PORT + 1))"
A_PID=${PIDS[0]}
B_PID=${PIDS[1]}

both() { # duration -> wrk on both services at once
  wrk -t1 -c8 -d"$1" -s benchmarks/load/mix.lua "http://127.0.0.1:$PORT" -- "$OUT/adult.list" "$AUTH" > "$OUT/wrk-a.txt" 2>&1 &
  local a=$!
  wrk -t1 -c8 -d"$1" -s benchmarks/load/mix.lua "http://127.0.0.1:$((PORT + 1))" -- "$OUT/adult.list" "$AUTH" > "$OUT/wrk-b.txt" 2>&1 &
  wait $a $!
}
postgres_ticks() { # server port -> CPU ticks of its postmaster and every process it started
  local main total=0
  main=$(pgrep -f "postgres -D .* -p $1 " | head -1)
  for p in $main $(pgrep -P "$main"); do total=$(( total + $(awk '{ print $14 + $15 }' /proc/"$p"/stat 2>/dev/null || echo 0) )); done
  echo "$total"
}
writer_ticks() { # service pid -> CPU ticks of its receipt writer
  for task in /proc/"$1"/task/*; do
    if [[ "$(cat "$task/comm" 2>/dev/null)" == receipt-writer ]]; then awk '{ print $14 + $15 }' "$task/stat"; fi
  done
}
count() { psql -h localhost -p "$1" -U postgres -At -c "SELECT count(*) FROM decision_receipt" postgres; }
per_receipt() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }'; }

both "$WARMUP"
{
  echo "| round | build | receipts | PostgreSQL us/receipt | writer us/receipt | requests/s |"
  echo "|---|---|---:|---:|---:|---:|"
  for round in $(seq 1 "$ROUNDS"); do
    a_pg=$(postgres_ticks "$PG_PORT"); b_pg=$(postgres_ticks "$((PG_PORT + 1))")
    a_w=$(writer_ticks "$A_PID"); b_w=$(writer_ticks "$B_PID")
    a_n=$(count "$PG_PORT"); b_n=$(count "$((PG_PORT + 1))")
    both "$DURATION"
    sleep 2
    a_n=$(( $(count "$PG_PORT") - a_n )); b_n=$(( $(count "$((PG_PORT + 1))") - b_n ))
    echo "| $round | a: $A_JAR | $a_n | $(per_receipt $(( $(postgres_ticks "$PG_PORT") - a_pg )) "$a_n") | $(per_receipt $(( $(writer_ticks "$A_PID") - a_w )) "$a_n") | $(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$OUT/wrk-a.txt") |"
    echo "| $round | b: $B_JAR | $b_n | $(per_receipt $(( $(postgres_ticks "$((PG_PORT + 1))") - b_pg )) "$b_n") | $(per_receipt $(( $(writer_ticks "$B_PID") - b_w )) "$b_n") | $(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$OUT/wrk-b.txt") |"
  done
  for p in "$PG_PORT" "$((PG_PORT + 1))"; do
    echo "database of port $p: $(psql -h localhost -p "$p" -U postgres -At -c "SELECT pg_total_relation_size('decision_receipt') * 100000 / 1048576 / count(*) FROM decision_receipt" postgres) MB per 100,000 receipts"
  done
} | tee "$OUT/results.md"
