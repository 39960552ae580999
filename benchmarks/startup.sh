#!/usr/bin/env bash
# Start-up time to ready: launches the service jar RUNS times on loopback, polls
# /actuator/health/readiness every 50 ms, prints each time (and the CPU used by then) and the median,
# and stops it by pid.
#   benchmarks/startup.sh [service jar] [runs]
#   EXTRACT=1 benchmarks/startup.sh    # run Spring Boot's extracted layout (java -Djarmode=tools ... extract):
#                                      # plain jars on the class path instead of jars nested in the jar
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="${1:-service/target/service-0.1.0-SNAPSHOT.jar}"
RUNS="${2:-3}"
if [[ "${EXTRACT:-0}" == 1 ]]; then
  dest=benchmarks/target/extracted
  rm -rf "$dest" && java -Djarmode=tools -jar "$JAR" extract --destination "$dest" > /dev/null
  JAR="$dest/$(basename "$JAR")"
fi
PORT="${PORT:-8084}"
times=()
for run in $(seq 1 "$RUNS"); do
  started=$(date +%s%N)
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" > /tmp/startup-$$.log 2>&1 &
  pid=$!
  ready=""
  cpu="?"
  for _ in $(seq 1 2400); do
    if curl -fs -o /dev/null "http://127.0.0.1:${PORT}/actuator/health/readiness"; then
      ready=$(( ($(date +%s%N) - started) / 1000000 ))
      # CPU the process had used by then (user + system), which other machine load does not inflate as much.
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  spring=$(grep -o 'Started DecisionServiceApplication in [0-9.]* seconds' /tmp/startup-$$.log | grep -o '[0-9.]*' | head -1 || true)
  build=$(grep -o 'built in [0-9]* ms\|Built rule set .* in [0-9]* ms' /tmp/startup-$$.log | grep -o '[0-9]* ms' | tail -1 || true)
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  echo "run $run: ready in ${ready:-FAILED} ms, ${cpu} s CPU (Spring says ${spring:-?} s; rule set built in ${build:-?})"
  times+=("${ready:-999999}")
done
rm -f /tmp/startup-$$.log
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "median ready: %d ms over %d runs\n", a[int((NR + 1) / 2)], NR }'
