#!/usr/bin/env bash
# Summarises salsa-schedule's remarks in LOG: one line per layer (source
# line, engine, size of the ordering space, energy, latency), then totals.
#   scripts/summarize-remarks.sh LOG NETWORK TARGET SECONDS OUT
set -euo pipefail
log=$1 network=$2 target=$3 seconds=$4 out=$5
sed -n 's/^[^:]*:\([0-9]*\):[0-9]*: remark: salsa: scheduled on \([^ ]*\) with \([a-z]*\) over \([0-9]*\) orderings\(.*\): energy \([0-9.e+]*\) pJ, latency \([0-9]*\) cycles.*/line \1  \3  N=\4\5  energy \6 pJ  latency \7 cycles/p' \
  "$log"
awk -v t="$seconds" -v net="$network" -v target="$target" -v out="$out" '
  /remark: salsa: scheduled/ {
    # The first figures only: the engine reason follows them.
    n++; fe = fl = 0
    for (i = 1; i <= NF; i++) {
      if ($i == "energy" && !fe) { e += $(i+1); fe = 1 }
      if ($i == "latency" && !fl) { l += $(i+1); fl = 1 }
    }
  }
  END { printf "%s: %d layers scheduled on %s in %.2f s: energy %.4e pJ, latency %d cycles; tiled IR in %s\n", net, n, target, t, e, l, out }
' "$log"
