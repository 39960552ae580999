#!/usr/bin/env bash
# The waiting list over HTTP in a bounded heap (issue 15: 10,000 cases under 1 s; 100,000 without running
# out of a 512 MB heap). Each jar in turn: started with HEAP (default -Xmx512m) and receipts on, as by
# default, WL_WARMUP calls of 10,000 cases, then WL_RUNS timed calls of each size in WL_SIZES; the heap
# after each collection (the GC log) and the RSS after the calls; last, every receipt checked with
# GET /v1/receipts/verify. A build that refuses a size (the most before was 25,000) says so.
#
#   benchmarks/waiting-list.sh [A.jar [B.jar]]     # WL_SIZES="1000 10000 100000" WL_RUNS=5 WL_WARMUP=10 HEAP=-Xmx512m PORT=8089
set -euo pipefail
cd "$(dirname "$0")/.."

JARS=("$@")
[[ ${#JARS[@]} -gt 0 ]] || JARS=(service/target/service-0.1.0-SNAPSHOT.jar)
WL_SIZES="${WL_SIZES:-1000 10000 100000}"
WL_RUNS="${WL_RUNS:-5}"
WL_WARMUP="${WL_WARMUP:-10}"
HEAP="${HEAP:--Xmx512m}"
PORT="${PORT:-8089}"
PG_PORT="${PG_PORT:-54339}"
BENCH_JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/waiting-list
AUTH="Basic $(printf '%s' case-system:case-system-secret | base64)"

[[ -f "$BENCH_JAR" ]] || mvn -B -q -pl benchmarks -am package -DskipTests
rm -rf "$OUT" && mkdir -p "$OUT"
source benchmarks/load/services.sh
for n in $WL_SIZES 10000; do
  [[ -f "$OUT/waiting-list-$n.json" ]] || java -Drepo.root=. -cp "$BENCH_JAR" uk.caredecisions.waitinglist.WaitingListLoad "$n" "$OUT/waiting-list-$n.json" --write-only > /dev/null 2>&1
done

call() { # base cases -> "status seconds bytes"
  curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' -H "Authorization: $AUTH" -H 'Content-Type: application/json' \
    --data-binary @"$OUT/waiting-list-$2.json" "$1/v1/waiting-list/prioritise"
}

echo "## The waiting list over HTTP, $HEAP, receipts on ($(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1 /proc/loadavg))"
i=0
for jar in "${JARS[@]}"; do
  i=$((i + 1))
  base="http://127.0.0.1:$PORT"
  JVM_OPTS="$HEAP -Xlog:gc:file=$OUT/gc-$i.log" start_service "wl-$i" "$jar" "$PORT" "$PG_PORT"
  pid=${PIDS[-1]}
  for _ in $(seq 1 "$WL_WARMUP"); do call "$base" 10000 > /dev/null; done
  echo
  echo "$jar (after $WL_WARMUP calls of 10,000 cases):"
  echo
  echo "| cases | calls (s) | median (s) | answer (MB) |"
  echo "|---:|---|---:|---:|"
  for n in $WL_SIZES; do
    times=() status=200 size=0
    for _ in $(seq 1 "$WL_RUNS"); do
      read -r code seconds bytes <<< "$(call "$base" "$n")"
      [[ "$code" == 200 ]] || { status=$code; break; }
      times+=("$seconds") size=$bytes
    done
    if [[ "$status" != 200 ]]; then
      echo "| $n | answered $status | | |"
      continue
    fi
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    echo "| $n | ${times[*]} | $median | $(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1048576 }') |"
  done
  sleep 5 # the receipts written
  after=$(grep -oE 'Pause (Full|Young)[^)]*\)( \([^)]*\))* [0-9]+M->[0-9]+M' "$OUT/gc-$i.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
  full=$(grep -c 'Pause Full' "$OUT/gc-$i.log" || true)
  ooms=$(grep -c 'OutOfMemoryError' "$OUT/service-wl-$i.log" || true)
  verify=$(curl -s -u auditor:auditor-secret "$base/v1/receipts/verify")
  echo
  echo "Heap after a collection at most ${after} MB ($full full collections); RSS $(( $(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status") / 1024 )) MB;" \
    "OutOfMemoryError in the log: $ooms; verify: $verify"
  stop_all
done
