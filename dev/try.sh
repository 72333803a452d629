#!/usr/bin/env bash
# Shows the events one checkout's build finds in a sentence or two:  dev/try.sh TREE "text"
tree=$1; f=$(mktemp --suffix=.txt); printf '%s\n' "$2" > "$f"
"$tree/bin/attest" extract "$f" 2>&1 | python3 -c '
import json, sys
for line in sys.stdin:
    try: r = json.loads(line)
    except ValueError: print(line, end=""); continue
    for e in r["events"]: print(e["type"], e["date"], e.get("places"), e.get("trigger"), "|", e["evidence"][:120])
    for q in r["quantities"]: print("  q", q["text"], q["value"], q["qualifier"], q["unit"])'
rm -f "$f"
