#!/usr/bin/env bash
# Load measurement (not a test): times POST /v1/waiting-list/prioritise with one seeded list of
# 10,000 cases against a service that is already running.
#
#   mvn -o -q -B package -DskipTests && java -jar service/target/service-0.1.0-SNAPSHOT.jar --server.port=8082 &
#   service/src/test/load/waiting-list.sh 8082 10000 12
#
# Prints the status, seconds and response size of each call; the first calls warm the JVM.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
PORT=${1:-8080}
CASES=${2:-10000}
RUNS=${3:-12}
BODY=${TMPDIR:-/tmp}/waiting-list-$CASES.json
CP=rules/target/load-classpath.txt
mvn -o -q -B -pl rules test-compile
mvn -o -q -B -pl rules org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.outputFile="$PWD/$CP" -Dmdep.includeScope=test
java -Drepo.root=. -cp "rules/target/classes:rules/target/test-classes:$(cat "$CP")" \
    uk.caredecisions.waitinglist.WaitingListLoad "$CASES" "$BODY" --write-only 2>/dev/null
echo "body: $(wc -c < "$BODY") bytes, $CASES cases"
for i in $(seq 1 "$RUNS"); do
  curl -s -o /dev/null -w "call $i: status %{http_code}, %{time_total} s, %{size_download} bytes\n" \
    -u case-system:case-system-secret -H 'Content-Type: application/json' \
    --data-binary @"$BODY" "http://localhost:$PORT/v1/waiting-list/prioritise"
done
