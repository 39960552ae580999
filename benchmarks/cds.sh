#!/usr/bin/env bash
# A class data sharing archive for the service (issue 15, start-up): one training start that decides
# one case of each type, the classes it loaded listed, and the archive dumped from that list. Run the
# service with -XX:SharedArchiveFile=<archive> afterwards; the JVM checks the archive against the
# class path (each jar's path, size and time) and, if the jar was rebuilt, starts without it.
#
#   benchmarks/cds.sh [extracted service jar] [archive]     # defaults: benchmarks/target/cds/...
#   JAVA_OPTS=-XX:SharedArchiveFile=benchmarks/target/cds/service.jsa benchmarks/startup.sh benchmarks/target/cds/extracted/service-0.1.0-SNAPSHOT.jar 3
#
# Spring Boot's extracted layout is used (plain jars on the class path: classes inside nested jars are
# not archived). JDK 17.0.15 crashes dumping the lambda-proxy lines of the list, so they are left out.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=benchmarks/target/cds
SERVICE_JAR=service/target/service-0.1.0-SNAPSHOT.jar
PORT="${PORT:-8096}"
if [[ $# -ge 1 ]]; then
  JAR="$1"
else
  [[ -f "$SERVICE_JAR" ]] || mvn -B -q -pl service -am package -DskipTests
  rm -rf "$OUT/extracted" && mkdir -p "$OUT"
  java -Djarmode=tools -jar "$SERVICE_JAR" extract --destination "$OUT/extracted" > /dev/null
  JAR="$OUT/extracted/$(basename "$SERVICE_JAR")"
fi
ARCHIVE="${2:-$OUT/service.jsa}"
mkdir -p "$OUT" "$(dirname "$ARCHIVE")"
AUTH="case-system:case-system-secret"

rm -rf "$OUT/pg" "$OUT/compiled"
start() { # extra JVM options: starts the service on the training folders and waits until it is ready
  java "$@" -jar "$JAR" --server.port="$PORT" --caredecisions.rulesets.compiled-dir="$OUT/compiled" \
    --caredecisions.store.embedded.data-dir="$OUT/pg" --caredecisions.store.embedded.port=$((PORT + 46000)) > "$OUT/training.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 1200); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break
    kill -0 "$pid" 2>/dev/null || { tail -20 "$OUT/training.log" >&2; exit 1; }
    sleep 0.05
  done
}
# A first start keeps the rule set compiled, so the training start loads it as a start normally does
# and its classes (the executable model's runtime) are listed too.
start -Xshare:auto
for _ in $(seq 1 300); do grep -q 'Compiled rule set .* kept in' "$OUT/training.log" && break; sleep 1; done
kill "$pid"; wait "$pid" 2>/dev/null || true
start -XX:DumpLoadedClassList="$OUT/classes.lst"
post() { # path body: the answer must be a 200, so the training run loaded what deciding loads
  curl -fs -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' --data "$2" "http://127.0.0.1:$PORT$1" || { echo "training call $1 failed" >&2; exit 1; }
}
post /v1/decisions/adult-eligibility '{"needsFromImpairmentOrIllness":"YES","outcomes":{"NUTRITION":{"unableWithoutAssistance":true},"PERSONAL_HYGIENE":{"unableWithoutAssistance":true}},"significantImpactOnWellbeing":"YES"}'
post /v1/decisions/carer-eligibility '{"providesNecessaryCare":"YES","healthDeterioratingOrAtRisk":"YES","outcomes":{},"significantImpactOnWellbeing":"YES"}'
post /v1/decisions/triage '{"contactReceivedAt":"2026-11-20T09:15:00Z","routeOfAccess":"COMMUNITY","presentingRisks":["RECENT_FALL"],"appearsToHaveCareAndSupportNeeds":"YES"}'
post /v1/decisions/safeguarding-concern '{"receivedAt":"2026-11-18T10:15:00Z","careAndSupportNeeds":"YES","abuseOrNeglect":"EXPERIENCING","unableToProtectSelf":"YES","abuseTypes":["DOMESTIC_ABUSE"],"location":"OWN_HOME","sourceOfRisk":"KNOWN_TO_INDIVIDUAL","harm":"NONE","mentalCapacity":"HAS_CAPACITY","adultWishes":"DOES_NOT_WANT_ACTION"}'
kill "$pid"; wait "$pid" 2>/dev/null || true
trap - EXIT

grep -v '^@' "$OUT/classes.lst" > "$OUT/classes-without-lambda-proxies.lst"
java -Xshare:dump -XX:SharedClassListFile="$OUT/classes-without-lambda-proxies.lst" -XX:SharedArchiveFile="$ARCHIVE" -jar "$JAR" > "$OUT/dump.log" 2>&1 \
  || { echo "the archive could not be dumped; see $OUT/dump.log" >&2; exit 1; }
echo "$(wc -l < "$OUT/classes-without-lambda-proxies.lst") classes archived in $ARCHIVE ($(( $(stat -c %s "$ARCHIVE") / 1048576 )) MB)"
echo "run: java -XX:SharedArchiveFile=$ARCHIVE -jar $JAR"
