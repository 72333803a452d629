#!/usr/bin/env python3
"""Per-type event precision, recall and F1 over several sets scored by dev/devscore.sh.
   usage: dev/agg.py LABEL SET... [-t]   (-t: also count false positives per trigger)"""
import collections, json, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from evdiff import matches, find_span  # noqa: E402

SETS = os.environ.get("ATTEST_SETS", "/work/sets")
SHARED = os.environ.get("ATTEST_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))


def main():
    args = [a for a in sys.argv[1:] if a != "-t"]
    label, sets = args[0], args[1:]
    tp, fp, fn, trig = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for s in sets:
        golddir = f"{SHARED}/gold/seeds" if s == "seeds" else f"{SETS}/{s}/gold"
        recs = {os.path.splitext(os.path.basename(r["doc"]))[0]: r
                for r in map(json.loads, filter(str.strip, open(f"/tmp/ds-{label}-{s}.jsonl", encoding="utf-8")))}
        for name in os.listdir(golddir):
            if not name.endswith(".json"):
                continue
            rec = recs.get(os.path.splitext(name)[0], {})
            gold = json.load(open(os.path.join(golddir, name), encoding="utf-8"))
            ge = [(g, find_span(rec.get("text", ""), g["evidence"])) for g in gold.get("events", [])]
            used = set()
            for e in rec.get("events", []):
                j = next((j for j, (g, sp) in enumerate(ge) if j not in used and matches(e, g, sp)), None)
                if j is None:
                    fp[e["type"]] += 1
                    trig[e.get("trigger")] += 1
                else:
                    used.add(j)
                    tp[e["type"]] += 1
            for j, (g, _) in enumerate(ge):
                if j not in used:
                    fn[g["type"]] += 1
    for t in sorted(set(tp) | set(fp) | set(fn), key=lambda t: -(tp[t] + fn[t])):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f"{t:15s} tp {tp[t]:4d} fp {fp[t]:4d} fn {fn[t]:4d}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if "-t" in sys.argv:
        for t, n in trig.most_common(40):
            print(f"{n:4d} {t}")


if __name__ == "__main__":
    main()
