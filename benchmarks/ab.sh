#!/usr/bin/env bash
# Two builds of the service side by side (say main and a change), measured in turn over HTTP so a
# drift in the machine's load falls on both alike: adult eligibility at 16 connections and the floor
# (GET liveness through the same security chain), ROUNDS rounds of DURATION after WARMUP each.
# Each service has its own embedded PostgreSQL under benchmarks/target/ab.
#
#   benchmarks/ab.sh A.jar B.jar                 # ROUNDS=3 DURATION=15s WARMUP=180s PORT=8087 (and PORT+1)
#   ARGS=--caredecisions.receipts.enabled=false benchmarks/ab.sh A.jar B.jar
#   B_JVM_OPTS="-XX:+UseSerialGC -Xmx512m" benchmarks/ab.sh A.jar A.jar   # one jar, two sets of JVM options (A_JVM_OPTS too)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR_A=$(realpath "$1")
JAR_B=$(realpath "$2")
PORT="${PORT:-8087}"
PG_PORT="${PG_PORT:-54343}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-180s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-16}"
BENCH_JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/ab
AUTH="Basic $(printf '%s' case-system:case-system-secret | base64)"

command -v wrk >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[[ -f "$BENCH_JAR" ]] || mvn -B -q -pl benchmarks -am package -DskipTests
rm -rf "$OUT" && mkdir -p "$OUT/bodies"
source benchmarks/load/services.sh
adult_bodies

adult() { # log-name port [duration] -> "requests/s p99"; a run with any error is refused
  wrk -t2 -c"$CONNECTIONS" -d"${3:-$DURATION}" --latency -s benchmarks/load/mix.lua "http://127.0.0.1:$2" -- "$OUT/adult.list" "$AUTH" > "$OUT/wrk-$1.txt" 2>&1
  check "$1"
}
floor() { # log-name port
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: $AUTH" "http://127.0.0.1:$2/actuator/health/liveness" > "$OUT/wrk-$1.txt" 2>&1
  check "$1"
}
check() {
  if grep -q "Non-2xx\|Socket errors" "$OUT/wrk-$1.txt"; then echo "wrk run $1 had errors:" >&2; cat "$OUT/wrk-$1.txt" >&2; exit 1; fi
  awk '/^Requests\/sec/ { r = $2 } / 99%/ { p = $2 } END { printf "%.0f %s", r, p }' "$OUT/wrk-$1.txt"
}
JVM_OPTS="${A_JVM_OPTS:-}" start_service a "$JAR_A" "$PORT" "$PG_PORT" ${ARGS:-}
JVM_OPTS="${B_JVM_OPTS:-}" start_service b "$JAR_B" $((PORT + 1)) $((PG_PORT + 1)) ${ARGS:-}
adult warmup-a "$PORT" "$WARMUP" > /dev/null
adult warmup-b $((PORT + 1)) "$WARMUP" > /dev/null
sleep 5
{
  echo "| round | A adult /s (p99) | B adult /s (p99) | A floor /s | B floor /s |"
  echo "|---|---:|---:|---:|---:|"
  for round in $(seq 1 "$ROUNDS"); do
    read -r aa ap <<< "$(adult "a-$round" "$PORT")"
    read -r ba bp <<< "$(adult "b-$round" $((PORT + 1)))"
    read -r af _ <<< "$(floor "fa-$round" "$PORT")"
    read -r bf _ <<< "$(floor "fb-$round" $((PORT + 1)))"
    echo "| $round | $aa ($ap) | $ba ($bp) | $af | $bf |"
  done
  echo
  echo "A: $JAR_A ${A_JVM_OPTS:-}; B: $JAR_B ${B_JVM_OPTS:-}; ${ARGS:-default settings}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/results.md"
