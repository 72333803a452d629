#!/usr/bin/env python3
"""Finds runs of 7 or more words that lines added since BASE share with the evaluation texts
(the seeds and /work/sets/*/corpus), so that no third-party or evaluation sentence lands in the
repository.   usage: dev/copycheck.py BASE [REPO]"""
import glob, os, re, subprocess, sys

N = 7
SHARED = os.environ.get("ATTEST_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
SETS = os.environ.get("ATTEST_SETS", "/work/sets")


def words(s):
    return re.findall(r"\w+", s.lower())


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def main():
    base = sys.argv[1]
    repo = sys.argv[2] if len(sys.argv) > 2 else "."
    known = set()
    for path in glob.glob(f"{SHARED}/corpus/*/*") + glob.glob(f"{SETS}/*/corpus/*"):
        known |= grams(words(open(path, encoding="utf-8", errors="replace").read()))
    diff = subprocess.run(["git", "-C", repo, "diff", "-U0", base, "--", ".", ":!dev"], capture_output=True, text=True).stdout
    hits = 0
    where = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            where = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            shared = grams(words(line[1:])) & known
            if shared:
                hits += 1
                print(f"{where}: {' '.join(sorted(shared)[0])} | {line[1:120]}")
    print(f"{hits} added lines share a {N}-word run with the evaluation texts")
    sys.exit(1 if hits else 0)


if __name__ == "__main__":
    main()
