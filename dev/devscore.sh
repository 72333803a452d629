#!/usr/bin/env bash
# Extracts each evaluation set with one checkout's build and scores it with the referee scorer.
#   dev/devscore.sh TREE LABEL "SET..."
# A set is a folder /work/sets/SET/{corpus,gold} (ATTEST_SETS overrides /work/sets); "seeds" is
# ../shared/{corpus,gold}/seeds. Records go to /tmp/ds-LABEL-SET.jsonl.
set -uo pipefail
tree=$1 label=$2 sets=$3
shared=${ATTEST_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
for set in $sets; do
  if [[ $set == seeds ]]; then corpus=$shared/corpus/seeds gold=$shared/gold/seeds
  else corpus=${ATTEST_SETS:-/work/sets}/$set/corpus gold=${ATTEST_SETS:-/work/sets}/$set/gold; fi
  out=/tmp/ds-$label-$set.jsonl
  "$tree/bin/attest" extract "$corpus"/* > "$out" 2>/tmp/ds-$label-$set.err
  python3 - "$out" "$gold" "$set" "$shared/tools/score.py" <<'PY'
import json, subprocess, sys
out, gold, name, score = sys.argv[1:]
m = json.loads(subprocess.run([sys.executable, score, out, gold], capture_output=True, text=True).stdout.splitlines()[0])
p, q, e = m["places"], m["quantities"], m["events"]
print(f"{name:8s} places {p['f1']:.3f}  quant {q['f1']:.3f} unit {q['unit_acc']:.3f}  "
      f"events P {e['p']:.3f} R {e['r']:.3f} F1 {e['f1']:.3f} ({e['tp']}/{e['fp']}/{e['fn']})")
PY
done
