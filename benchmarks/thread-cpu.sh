#!/usr/bin/env bash
# CPU seconds spent by each thread of a running service (grouped by thread name, digits folded)
# and by every PostgreSQL process, over a window: where a load run's CPU goes, without a profiler
# slowing it (issue 14's "where the receipts' cost goes"). Start it as the load starts:
#
#   benchmarks/thread-cpu.sh <service pid> 20 & wrk -d20s ...
set -euo pipefail
pid=$1
seconds=${2:-20}
snapshot() {
  for task in /proc/"$pid"/task/*; do
    printf '%s|%s\n' "$(sed 's/[0-9]\+/N/g' "$task/comm" 2>/dev/null)" "$(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null)"
  done
  for p in $(pgrep -x postgres || true); do printf 'postgres (all processes)|%s\n' "$(awk '{ print $14 + $15 }' /proc/"$p"/stat 2>/dev/null)"; done
}
before=$(snapshot)
sleep "$seconds"
after=$(snapshot)
ticks=$(getconf CLK_TCK)
awk -F'|' -v ticks="$ticks" 'NR == FNR { a[$1] += $2; next } { b[$1] += $2 }
  END { for (k in b) { s = (b[k] - a[k]) / ticks; if (s > 0.05) { printf "%8.2f s  %s\n", s, k; total += s } } printf "%8.2f s  total\n", total }' \
  <(printf '%s\n' "$before") <(printf '%s\n' "$after") | sort -rn
