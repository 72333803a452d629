#!/usr/bin/env python3
"""Checks a hand-made evaluation set before it is used: SETDIR/corpus/*.txt|*.html and
SETDIR/gold/*.json (shared/docs/gold-format.md). Every surface, quantity text and evidence must
occur in the document's visible text; city ids must be cities500 rows of the stated country;
event places must be names from places[]; types, qualifiers and dates must be well formed.

usage: dev/validate.py SETDIR [--gazetteer ~/.cache/attest/geonames/cities500.txt]
Exits 1 and prints one line per problem when anything is wrong."""
import html.parser, json, os, re, sys

sys.path.insert(0, os.environ.get("ATTEST_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared")) + "/tools")
from score import find_span  # noqa: E402

TYPES = {"protest", "boycott_call", "online_campaign", "election", "arrest", "death_sentence", "execution",
         "killing", "rally", "attack", "statement", "other"}
QUALIFIERS = {"exact", "about", "at_least", "more_than", "up_to", "less_than", "range", "vague"}
KINDS = {"city", "province", "country", "region"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article", "time"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "h4", "tr"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(path):
    raw = open(path, encoding="utf-8").read()
    if not path.endswith((".html", ".htm")):
        return raw
    v = Visible()
    v.feed(raw)
    return "".join(v.parts)


def load_cities(path):
    cities = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            cities[int(cols[0])] = (cols[1], cols[8])
    return cities


def check(setdir, cities):
    problems = []
    corpus = {os.path.splitext(n)[0]: os.path.join(setdir, "corpus", n) for n in os.listdir(os.path.join(setdir, "corpus"))}
    golds = sorted(n for n in os.listdir(os.path.join(setdir, "gold")) if n.endswith(".json"))
    for name in golds:
        key = os.path.splitext(name)[0]
        say = lambda msg: problems.append(f"{name}: {msg}")
        try:
            gold = json.load(open(os.path.join(setdir, "gold", name), encoding="utf-8"))
        except ValueError as e:
            say(f"not JSON: {e}")
            continue
        if key not in corpus:
            say("no document in corpus/")
            continue
        text = visible_text(corpus[key])
        if gold.get("doc") != os.path.basename(corpus[key]):
            say(f"doc is {gold.get('doc')!r}, file is {os.path.basename(corpus[key])!r}")
        if gold.get("published") and not DATE.match(gold["published"]):
            say(f"published {gold['published']!r} is not YYYY[-MM[-DD]]")
        names = set()
        for p in gold.get("places", []):
            names.add(p.get("name"))
            names.update(p.get("aliases", []))
            if p.get("kind") not in KINDS:
                say(f"place {p.get('surface')!r}: kind {p.get('kind')!r}")
            if not find_span(text, p.get("surface")):
                say(f"place surface {p.get('surface')!r} not in the text")
            for gid in [p.get("geonameid")] + list(p.get("accept") or []):
                if gid is None:
                    continue
                row = cities.get(int(gid))
                if row is None:
                    say(f"place {p.get('surface')!r}: {gid} is not a cities500 id")
                elif p.get("country") and row[1] != p["country"]:
                    say(f"place {p.get('surface')!r}: {gid} ({row[0]}) is in {row[1]}, not {p['country']}")
            if p.get("kind") == "city" and not p.get("geonameid") and not p.get("accept") and p.get("in_gazetteer") is not False:
                say(f"city {p.get('surface')!r} has no geonameid and no in_gazetteer: false")
        for q in gold.get("quantities", []):
            if not find_span(text, q.get("text")):
                say(f"quantity {q.get('text')!r} not in the text")
            if q.get("qualifier") not in QUALIFIERS:
                say(f"quantity {q.get('text')!r}: qualifier {q.get('qualifier')!r}")
            if not isinstance(q.get("value"), (int, float)):
                say(f"quantity {q.get('text')!r}: value {q.get('value')!r}")
            if q.get("qualifier") == "range" and not isinstance(q.get("value_max"), (int, float)):
                say(f"quantity {q.get('text')!r}: a range needs value_max")
        for e in gold.get("events", []):
            ev = (e.get("evidence") or "")[:50]
            if e.get("type") not in TYPES:
                say(f"event {ev!r}: type {e.get('type')!r}")
            if not find_span(text, e.get("evidence")):
                say(f"event evidence {ev!r} not in the text")
            if e.get("date") is not None and not DATE.match(str(e["date"])):
                say(f"event {ev!r}: date {e.get('date')!r}")
            for w in e.get("where", []):
                if w not in names:
                    say(f"event {ev!r}: where {w!r} is not a places[].name")
    return problems, len(golds)


def main():
    args = sys.argv[1:]
    gaz = os.path.expanduser("~/.cache/attest/geonames/cities500.txt")
    if "--gazetteer" in args:
        i = args.index("--gazetteer"); gaz = args[i + 1]; del args[i:i + 2]
    problems, n = check(args[0], load_cities(gaz))
    for p in problems:
        print(p)
    print(f"{args[0]}: {n} gold files, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
