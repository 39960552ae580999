#!/usr/bin/env bash
# Start-up time to ready: launches the service jar RUNS times on loopback without a compiled rule set
# (an empty caredecisions.rulesets.compiled-dir each time: the rule set is compiled from its DRL), then
# RUNS times with one (the folder a first start filled once ready), polls /actuator/health/readiness
# every 50 ms, prints each time (and the CPU used by then) and both medians, and stops it by pid.
#   benchmarks/startup.sh [service jar] [runs]
#   EXTRACT=1 benchmarks/startup.sh    # run Spring Boot's extracted layout (java -Djarmode=tools ... extract):
#                                      # plain jars on the class path instead of jars nested in the jar
#   JAVA_OPTS=-XX:SharedArchiveFile=... benchmarks/startup.sh ...   # with a class data sharing archive (cds.sh)
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
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/service.log"

# start <compiled-dir>: starts the service and waits until it is ready; sets pid and ready (ms, or empty)
start() {
  local started
  started=$(date +%s%N)
  java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --caredecisions.rulesets.compiled-dir="$1" > "$log" 2>&1 &
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
}

stop() {
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { printf "%d ms over %d runs", a[int((NR + 1) / 2)], NR }'
}

series() { # label compiled-dir-or-empty-for-a-fresh-one
  times=()
  for run in $(seq 1 "$RUNS"); do
    local dir="$2"
    if [[ -z "$dir" ]]; then dir="$work/none-$run"; fi
    start "$dir"
    spring=$(grep -o 'Started DecisionServiceApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1 || true)
    build=$(grep -o 'Built rule set .* in [0-9]* ms[a-z ,]*' "$log" | grep -o 'in [0-9]* ms.*' | tail -1 || true)
    stop
    echo "$1, run $run: ready in ${ready:-FAILED} ms, ${cpu} s CPU (Spring says ${spring:-?} s; rule set built ${build:-?})"
    times+=("${ready:-999999}")
  done
  echo "median ready $1: $(median "${times[@]}")"
}

series "without a compiled rule set" ""
without=("${times[@]}")

# One start keeps the rule set compiled once it is ready (in the background); wait for it, then measure.
start "$work/kept"
for _ in $(seq 1 300); do
  grep -q 'Compiled rule set .* kept in' "$log" && break
  sleep 1
done
grep -o 'Compiled rule set .* kept in .*' "$log" || echo "the rule set was not kept compiled" >&2
stop
series "with a compiled rule set" "$work/kept"
echo "median ready without a compiled rule set: $(median "${without[@]}"); with one: $(median "${times[@]}")"
