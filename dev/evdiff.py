#!/usr/bin/env python3
"""Lists where a records file and a gold set disagree on events, sorted into kinds:
MISS (no record event near a gold event), MISS-TYPE (a record event on that sentence has another
type), MISS-DATE (same type and sentence, date disagrees), EXTRA, EXTRA-TYPE and EXTRA-DATE from
the record's side.   usage: dev/evdiff.py RECORDS.jsonl GOLDDIR [-s]   (-s: counts only)"""
import collections, json, os, sys

sys.path.insert(0, os.environ.get("ATTEST_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared")) + "/tools")
from score import date_agrees, find_span, overlaps  # noqa: E402


def matches(e, g, sp):
    return e.get("type") == g["type"] and sp and overlaps(e["start"], e["end"], *sp) and date_agrees(e.get("date"), g.get("date"))


def diff(rec, gold):
    text = rec.get("text", "")
    ge = [(g, find_span(text, g["evidence"])) for g in gold.get("events", [])]
    used, hit = set(), set()
    for i, e in enumerate(rec.get("events", [])):
        for j, (g, sp) in enumerate(ge):
            if j not in used and matches(e, g, sp):
                used.add(j); hit.add(i)
                break
    lines = []
    for j, (g, sp) in enumerate(ge):
        if j in used:
            continue
        near = [e for e in rec.get("events", []) if sp and overlaps(e["start"], e["end"], *sp)]
        kind = "MISS"
        if any(e["type"] == g["type"] for e in near):
            kind = "MISS-DATE"
            got = [e.get("date") for e in near if e["type"] == g["type"]]
        elif near:
            kind = "MISS-TYPE"
            got = [e["type"] for e in near]
        lines.append((kind, f"{g['type']} {g.get('date')}" + (f" got {got}" if kind != "MISS" else ""), g["evidence"]))
    for i, e in enumerate(rec.get("events", [])):
        if i in hit:
            continue
        near = [g for g, sp in ge if sp and overlaps(e["start"], e["end"], *sp)]
        kind = "EXTRA"
        if any(g["type"] == e["type"] for g in near):
            kind = "EXTRA-DATE"
        elif near:
            kind = "EXTRA-TYPE"
        lines.append((kind, f"{e['type']} {e.get('date')} [{e.get('trigger')}]", e["evidence"]))
    return lines


def main():
    records, golddir = sys.argv[1], sys.argv[2]
    short = "-s" in sys.argv
    recs = {}
    for line in open(records, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            recs[os.path.splitext(os.path.basename(r["doc"]))[0]] = r
    counts = collections.Counter()
    for name in sorted(os.listdir(golddir)):
        if not name.endswith(".json"):
            continue
        key = os.path.splitext(name)[0]
        gold = json.load(open(os.path.join(golddir, name), encoding="utf-8"))
        for kind, what, ev in diff(recs.get(key, {}), gold):
            counts[kind] += 1
            if not short:
                print(f"{key} {kind:10s} {what}\n    {ev[:220]}")
    print(" ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
