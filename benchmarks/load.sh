#!/usr/bin/env bash
# HTTP load against the real service jar on loopback (127.0.0.1 only): the floor (a GET of liveness
# through the same security chain with the same Basic credentials), then decisions per second and
# p50 / p99 at 1 and 16 connections for every decision endpoint, and for a mix of all of them,
# with bodies from the scenario library; start-up time to ready; RSS after the load.
#
#   benchmarks/load.sh                      # build if needed, then run (about 3 minutes)
#   PORT=8084 DURATION=10s BUILD=1 EXTRACT=1 benchmarks/load.sh
#
# Every run is bounded (wrk -d), the service is started by this script and stopped by its pid.
# Results: printed, and written to benchmarks/target/load/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8084}"
DURATION="${DURATION:-10s}"
# The JIT on two cores compiles the request path for about 150 s of load (C2's compile time, by
# `jstat -compiler`, flat only from then): 180 s of the mix at 16 connections before anything is
# measured (8 s at 4 connections measured a cold service, 60 s still the compiler).
WARMUP="${WARMUP:-180s}"
CONNECTIONS="${CONNECTIONS:-1 16}"
USER_PASS="${USER_PASS:-case-system:case-system-secret}"
SERVICE_JAR=service/target/service-0.1.0-SNAPSHOT.jar
BENCH_JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/load
BASE="http://127.0.0.1:${PORT}"

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk (Debian package)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
if [[ "${BUILD:-0}" == 1 || ! -f "$SERVICE_JAR" || ! -f "$BENCH_JAR" ]]; then
  mvn -B -q -pl service,benchmarks -am package -DskipTests
fi

rm -rf "$OUT" && mkdir -p "$OUT/bodies"
if [[ "${EXTRACT:-0}" == 1 ]]; then  # Spring Boot's extracted layout: starts with a third less CPU
  java -Djarmode=tools -jar "$SERVICE_JAR" extract --destination "$OUT/extracted" > /dev/null
  SERVICE_JAR="$OUT/extracted/$(basename "$SERVICE_JAR")"
fi
# Request bodies: the scenario library's requests per decision type (see Bodies.java).
java -cp "$BENCH_JAR" uk.caredecisions.benchmarks.Bodies "$OUT/bodies" 2>/dev/null | tee "$OUT/bodies.txt"
for dir in "$OUT"/bodies/*/; do
  path="$(basename "$dir")"
  for f in "$dir"*.json; do printf '/v1/decisions/%s\t%s\n' "$path" "$f"; done > "$OUT/$path.list"
done
cat "$OUT"/*.list > "$OUT/mix.list.all" && mv "$OUT/mix.list.all" "$OUT/mix.txt"
AUTH="Basic $(printf '%s' "$USER_PASS" | base64)"

# --- start-up time to ready ---------------------------------------------------------------
PID=""
stop_service() { if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi; }
trap stop_service EXIT
started=$(date +%s%N)
java ${JAVA_OPTS:-} -jar "$SERVICE_JAR" --server.port="$PORT" > "$OUT/service.log" 2>&1 &
PID=$!
ready_ms=""
for _ in $(seq 1 1200); do
  if curl -fs -o /dev/null "$BASE/actuator/health/readiness"; then
    ready_ms=$(( ($(date +%s%N) - started) / 1000000 )); break
  fi
  kill -0 "$PID" 2>/dev/null || { echo "service died; see $OUT/service.log" >&2; tail -20 "$OUT/service.log" >&2; exit 1; }
  sleep 0.05
done
[[ -n "$ready_ms" ]] || { echo "service not ready after 60 s" >&2; exit 1; }
spring_says=$(grep -o 'Started DecisionServiceApplication in [0-9.]* seconds' "$OUT/service.log" | grep -o '[0-9.]* seconds' || true)
# The rule set was loaded if an earlier start kept it compiled (caredecisions.rulesets.compiled-dir), else compiled.
if grep -q 'Built rule set .*, compiled before' "$OUT/service.log"; then
  compiled="with the rule set compiled before (target under 3 s)"
else
  compiled="compiling the rule set (target under 6 s; benchmarks/startup.sh measures both)"
fi
echo "Ready in ${ready_ms} ms from launch, ${compiled} (Spring: ${spring_says:-?})"

# --- load --------------------------------------------------------------------------------
# wrk prints latency as 812.00us / 1.20ms / 1.01s: converted to milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.3f", n }'; }
RESULTS="$OUT/results.md"
{
  echo "| endpoint | connections | requests/s | p50 (ms) | p99 (ms) | errors (non-2xx, socket) |"
  echo "|---|---:|---:|---:|---:|---:|"
} > "$RESULTS"
run_wrk() { # name list connections
  local name="$1" list="$2" conns="$3" threads=1 log
  (( conns > 1 )) && threads=2
  log="$OUT/wrk-${name}-c${conns}.txt"
  if [[ "$list" == GET:* ]]; then # the floor: a GET of a trivial path, through the same security chain with the same credentials
    wrk -t"$threads" -c"$conns" -d"$DURATION" --latency -H "Authorization: $AUTH" "$BASE${list#GET:}" > "$log" 2>&1
  else
    wrk -t"$threads" -c"$conns" -d"$DURATION" --latency -s benchmarks/load/mix.lua "$BASE" -- "$list" "$AUTH" > "$log" 2>&1
  fi
  local rps p50 p99 non2xx socket
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$log")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$log")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$log")")
  non2xx=$(awk '/Non-2xx/ { print $NF }' "$log"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ { s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s }' "$log"); socket=${socket:-0}
  echo "| $name | $conns | $rps | $p50 | $p99 | $non2xx, $socket |" | tee -a "$RESULTS"
}

echo "Warming up (${WARMUP}, mix, 16 connections)..."
DURATION="$WARMUP" run_wrk warmup "$OUT/mix.txt" 16 > /dev/null
sed -i '/| warmup |/d' "$RESULTS"
for conns in $CONNECTIONS; do
  run_wrk floor "GET:/actuator/health/liveness" "$conns"
  for list in "$OUT"/*.list; do
    run_wrk "$(basename "$list" .list)" "$list" "$conns"
  done
  run_wrk mix "$OUT/mix.txt" "$conns"
done

# --- publish under load (hook) -------------------------------------------------------------
# When publishing exists, set PUBLISH_CMD to a command that stages and activates a new rule set
# (say, curl -u practice-lead:practice-lead-secret -F file=@... $BASE/v1/rulesets && .../activate).
# It runs once, in the middle of a 16-connection mix run; the table row "mix+publish" must show
# zero errors, and the command's own output (the swap time) is kept in publish.txt.
if [[ -n "${PUBLISH_CMD:-}" ]]; then
  ( sleep 3; start=$(date +%s%N); BASE="$BASE" bash -c "$PUBLISH_CMD" > "$OUT/publish.txt" 2>&1;
    echo "publish command took $(( ($(date +%s%N) - start) / 1000000 )) ms" >> "$OUT/publish.txt" ) &
  publisher=$!
  run_wrk "mix+publish" "$OUT/mix.txt" 16
  wait "$publisher" || true
  cat "$OUT/publish.txt"
else
  echo "(publish under load: skipped; set PUBLISH_CMD once publishing exists)"
fi

# --- against the floor ------------------------------------------------------------------------
# Issue 15: adult eligibility at 16 connections at least 60% of the floor's rate in the same run.
ratio() { # connections
  local floor adult
  floor=$(awk -F'|' -v c="$1" '$2 ~ /^ floor $/ && $3 + 0 == c { print $4 + 0 }' "$RESULTS")
  adult=$(awk -F'|' -v c="$1" '$2 ~ /^ adult-eligibility $/ && $3 + 0 == c { print $4 + 0 }' "$RESULTS")
  [[ -n "$floor" && -n "$adult" && "$floor" != 0 ]] && awk -v a="$adult" -v f="$floor" -v c="$1" \
    'BEGIN { printf "Adult eligibility at %d connection(s): %.0f%% of the floor (%d of %d requests/s; target at 16: 60%%).\n", c, a * 100 / f, a, f }'
}
for conns in $CONNECTIONS; do ratio "$conns" | tee -a "$OUT/ratios.txt" || true; done

# --- memory after the load ------------------------------------------------------------------
rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$PID/status")
hwm_kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$PID/status")
{
  echo
  echo "Start-up to ready: ${ready_ms} ms from launch, ${compiled} (Spring: ${spring_says:-?})."
  echo "RSS after the load: $(( rss_kb / 1024 )) MB (peak $(( hwm_kb / 1024 )) MB)."
  echo "Each run ${DURATION}; wrk 1 thread for 1 connection, 2 threads for more; bodies: $(tr '\n' ' ' < "$OUT/bodies.txt")"
} | tee -a "$RESULTS"

# --- the waiting list over HTTP (after the RSS above, which it would swell) ---------------------
# Issue 15: a 10,000-case list under 1 s over HTTP. Seeded lists (WaitingListLoad), sent with curl as a
# case system would; WL_WARMUP calls of 10,000 first (the triage rules' code is compiled by then), then
# WL_RUNS timed calls of each size, receipts on as by default. 100,000 is the most one call takes (in a
# 512 MB heap: benchmarks/waiting-list.sh).
WL_SIZES="${WL_SIZES:-1000 10000 100000}"
WL_RUNS="${WL_RUNS:-5}"
WL_WARMUP="${WL_WARMUP:-10}"
for n in $WL_SIZES 10000; do
  [[ -f "$OUT/waiting-list-$n.json" ]] || java -Drepo.root=. -cp "$BENCH_JAR" uk.caredecisions.waitinglist.WaitingListLoad "$n" "$OUT/waiting-list-$n.json" --write-only > /dev/null 2>&1
done
wl_call() { # cases -> seconds (fails on any status but 200)
  local out
  out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: $AUTH" -H 'Content-Type: application/json' \
    --data-binary @"$OUT/waiting-list-$1.json" "$BASE/v1/waiting-list/prioritise")
  [[ "${out%% *}" == 200 ]] || { echo "waiting list of $1 cases answered ${out%% *}" >&2; exit 1; }
  echo "${out#* }"
}
for _ in $(seq 1 "$WL_WARMUP"); do wl_call 10000 > /dev/null; done
{
  echo
  echo "| waiting list over HTTP | calls (s) | median (s) | answer (MB) |"
  echo "|---|---|---:|---:|"
  for n in $WL_SIZES; do
    times=$(for _ in $(seq 1 "$WL_RUNS"); do wl_call "$n"; done | tr '\n' ' ')
    median=$(printf '%s\n' $times | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    size=$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: $AUTH" -H 'Content-Type: application/json' \
      --data-binary @"$OUT/waiting-list-$n.json" "$BASE/v1/waiting-list/prioritise")
    echo "| $n cases | $times | $median | $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1048576 }') |"
  done
  echo
  echo "After $WL_WARMUP warm-up calls of 10,000 cases; RSS after the waiting lists: $(( $(awk '/^VmRSS/ { print $2 }' "/proc/$PID/status") / 1024 )) MB."
} | tee -a "$RESULTS"
