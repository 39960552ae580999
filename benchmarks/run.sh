#!/usr/bin/env bash
# Builds the JMH uber-jar and runs every benchmark with short settings fit for a shared 2-core
# machine, then prints the tables of BENCHMARKS.md (decisions/s, p50, p99, ratios).
#   benchmarks/run.sh                       # all benchmarks, about 8 minutes
#   benchmarks/run.sh EligibilityBenchmark  # a subset (JMH regular expression)
# Extra JMH options: JMH_OPTS="-prof gc" benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar "${1:-.*}" -f 1 -wi 2 -i 3 -w 2s -r 3s \
  -rf json -rff benchmarks/target/jmh.json ${JMH_OPTS:-} | tee benchmarks/target/jmh.txt
java -cp benchmarks/target/benchmarks.jar uk.caredecisions.benchmarks.Summary benchmarks/target/jmh.json | tee benchmarks/target/summary.md
