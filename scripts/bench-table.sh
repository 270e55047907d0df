#!/usr/bin/env bash
# Runs the benchmark table of docs/benchmarks.md: BrainJ (./brainj bench) and, when installed,
# Brian2's C++ standalone (../shared/peers/brian2_bench.py, or $BRIAN2_BENCH) in one sitting.
# Each line of the output file is one JSON object (BrainJ's last line, Brian2's RESULT line).
#   scripts/bench-table.sh [out.jsonl] [repeats]
# Environment: JAVA_HOME selects the JDK; BRAINJ_SIZES_ONLY="coba:4000" limits the table.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-bench-results.jsonl}"
REPEATS="${2:-3}"
BRIAN2="${BRIAN2_BENCH:-$ROOT/../shared/peers/brian2_bench.py}"
CASES="${BRAINJ_CASES:-coba:4000 coba:40000 coba:400000 cuba:4000 cuba:40000 cobahh:4000 cobahh:40000}"

run_brainj() {  # model n backend threads [precision]
  "$ROOT/brainj" bench "$1" --n "$2" --duration 1000 --backend "$3" --threads "$4" \
    --precision "${5:-double}" 2>/dev/null | tail -1 >> "$OUT"
}

for c in $CASES; do
  model="${c%%:*}"; n="${c##*:}"
  reps="$REPEATS"; [ "$n" -ge 400000 ] && reps=1
  for r in $(seq "$reps"); do
    run_brainj "$model" "$n" vector 1
    run_brainj "$model" "$n" vector 2
    run_brainj "$model" "$n" vector 1 float
    run_brainj "$model" "$n" vector 2 float
    if [ "$n" -le 40000 ]; then run_brainj "$model" "$n" scalar 1; fi
    if [ -f "$BRIAN2" ] && command -v /usr/bin/python3 >/dev/null \
        && /usr/bin/python3 -c 'import brian2' 2>/dev/null; then
      peer="$model"; [ "$model" = cobahh ] && peer=hh
      (cd /tmp && /usr/bin/python3 "$BRIAN2" --model "$peer" --N "$n" --duration 1000 \
        --target cpp 2>/dev/null | grep '^RESULT' | sed 's/^RESULT //' >> "$OUT") || true
    fi
  done
done
echo "wrote $OUT"
