#!/usr/bin/env bash
# The cost curve (issue 15): build time and decisions/s as the rule set grows (the bundled tables, then
# the triage Priorities table at 10x and 100x its rows, generated), and the in-process waiting-list time
# for 1,000 / 10,000 / 100,000 cases (the most one call takes) in a 512 MB heap. Writes CSV, a markdown table and a PNG plot.
#   benchmarks/cost-curve.sh                          # FACTORS="1 10 100" CASES="1000 10000 100000"
set -euo pipefail
cd "$(dirname "$0")/.."
FACTORS="${FACTORS:-1 10 100}"
CASES="${CASES:-1000 10000 100000}"
OUT=benchmarks/target/cost-curve
JAR=benchmarks/target/benchmarks.jar
command -v gnuplot >/dev/null 2>&1 || { export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq gnuplot-nox >/dev/null; }
[[ -f "$JAR" ]] || mvn -B -q -pl benchmarks -am package -DskipTests
mkdir -p "$OUT"

quiet() { grep -v -e ' INFO ' -e 'Log4j API'; }
# shellcheck disable=SC2086
java -Xmx2g -cp "$JAR" uk.caredecisions.benchmarks.CostCurve rules $FACTORS 2>&1 | quiet | grep -E '^[a-z0-9]' > "$OUT/rules.csv" || true
# shellcheck disable=SC2086
java -Xmx512m -cp "$JAR" uk.caredecisions.benchmarks.CostCurve waiting $CASES 2>&1 | quiet | grep -E '^[a-z0-9]' > "$OUT/waiting.csv" || true

gnuplot <<PLOT
set terminal pngcairo size 1200,450 font "Arial,11"
set output "$OUT/cost-curve.png"
set datafile separator ","
set key autotitle columnhead top left
set multiplot layout 1,2 title "Cost curve, $(date -u +%Y-%m-%d) (load average $(cut -d' ' -f1 /proc/loadavg), $(nproc) cores)"
set logscale x
set xlabel "rows in the triage Priorities table"
set ylabel "decisions/s, one thread"
set y2label "whole rule set build (ms)"
set y2tics
set ytics nomirror
plot "$OUT/rules.csv" using 2:5 with linespoints title "adult eligibility /s", \
     "" using 2:6 with linespoints title "triage /s", \
     "" using 2:4 axes x1y2 with linespoints dashtype 2 title "build ms"
unset y2label
unset y2tics
set logscale xy
set xlabel "cases in one waiting-list review"
set ylabel "ms (in process), MB"
plot "$OUT/waiting.csv" using 1:2 with linespoints title "median ms", "" using 1:4 with linespoints title "peak heap MB"
unset multiplot
PLOT

{
  echo "| rows in Priorities | rows in the set | build (ms) | adult eligibility /s | triage /s |"
  echo "|---:|---:|---:|---:|---:|"
  tail -n +2 "$OUT/rules.csv" | awk -F, '{ printf "| %s (x%s) | %s | %s | %s | %s |\n", $2, $1, $3, $4, $5, $6 }'
  echo
  echo "| cases | median (ms) | best (ms) | peak heap (MB of $(tail -1 "$OUT/waiting.csv" | cut -d, -f5)) | body (MB) |"
  echo "|---:|---:|---:|---:|---:|"
  tail -n +2 "$OUT/waiting.csv" | awk -F, '$2 == "" { printf "| %s | out of memory | | all %s | |\n", $1, $5; next }
    { printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $6 }'
  echo
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M) UTC; plot: $OUT/cost-curve.png"
} | tee "$OUT/results.md"
