# Sourced by the benchmark scripts that run services side by side (ab.sh, receipts.sh, receipts-cpu.sh): each service
# with its own embedded PostgreSQL under $OUT, started, waited for until ready, and all stopped on exit.
PIDS=()
stop_all() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done; PIDS=(); }
trap stop_all EXIT
start_service() { # name jar port pg-port [service arguments...]; JVM options in JVM_OPTS (say JVM_OPTS=-Xmx512m start_service ...)
  local name=$1 jar=$2 port=$3 pg=$4; shift 4
  # shellcheck disable=SC2086
  java ${JVM_OPTS:-} -jar "$jar" --server.port="$port" --caredecisions.store.embedded.data-dir="$OUT/pg-$name" \
    --caredecisions.store.embedded.port="$pg" "$@" > "$OUT/service-$name.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && return 0
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -20 "$OUT/service-$name.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$name not ready" >&2; exit 1
}
adult_bodies() { # the scenario library's adult requests (Bodies.java) under $OUT/bodies, listed for mix.lua in $OUT/adult.list
  java -cp "$BENCH_JAR" uk.caredecisions.benchmarks.Bodies "$OUT/bodies" > /dev/null 2>&1
  for f in "$OUT"/bodies/adult-eligibility/*.json; do printf '/v1/decisions/adult-eligibility\t%s\n' "$f"; done > "$OUT/adult.list"
}
