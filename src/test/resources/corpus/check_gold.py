#!/usr/bin/env python3
"""Consistency check for the claim-extraction corpus.

Usage: python3 check_gold.py [DIR]   (run from anywhere)

DIR is a folder with the corpus layout (en/, fr/, de/, es/, gold.json);
it defaults to the folder of this script.

Checks that gold.json is well formed, that every article file has an entry
(and every entry a file), that every gold sentence occurs verbatim in its file
(.md after removing link syntax, *, _ and backticks; .html after reducing the
page to its text blocks and table rows joined with " | "), and that subjects,
objects, benchmarks and claimants are written somewhere in the file.
Prints counts per language and kind. Exit status 1 on any problem.
"""
import collections
import html.parser
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
LANGS = ["en", "fr", "de", "es"]
FACTS = {"architecture", "license", "open_weights", "parameters", "training_tokens", "context_length"}
KEYS = ["sentence", "kind", "subject", "objects", "benchmarks", "value", "negated", "claimant", "fact"]


def md_plain(text):
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return text.replace("*", "").replace("_", "").replace("`", "")


class Blocks(html.parser.HTMLParser):
    """Collects text blocks (p, h1-h6, li, caption, ...) and table rows of a page."""

    BLOCK = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "caption", "title", "div", "nav", "footer",
             "header", "blockquote", "figcaption", "br"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.row, self.cell = [], [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag in self.BLOCK and self.cell is None:
            self._flush()

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(squash("".join(self.cell)))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.blocks.append(" | ".join(self.row))
            self.row = None
        elif tag in self.BLOCK and self.cell is None:
            self._flush()

    def handle_data(self, data):
        (self.cell if self.cell is not None else self.cur).append(data)

    def _flush(self):
        t = squash("".join(self.cur))
        if t:
            self.blocks.append(t)
        self.cur = []


def squash(text):
    """Collapses ASCII whitespace runs (not no-break spaces, which are part of the text)."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" ")


def html_blocks(text):
    p = Blocks()
    p.feed(text)
    p.close()
    p._flush()
    return p.blocks


def plain(path, raw):
    if path.endswith(".md"):
        return md_plain(raw)
    if path.endswith(".html"):
        return "\n".join(html_blocks(raw))
    return raw


def rough_sentences(path, raw):
    """Approximate sentence count, only used for the negative-share statistic."""
    if path.endswith(".html"):
        units = html_blocks(raw)
    else:
        if path.endswith(".md"):
            raw = re.sub(r"```.*?```", "", raw, flags=re.S)
            raw = md_plain(raw)
        units = [u for u in raw.splitlines() if u.strip()]
    n = 0
    for u in units:
        n += len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý¿¡«\"“])", u.strip()) if s])
    return n


def main(argv=None):
    global ROOT
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) > 1:
        print("usage: check_gold.py [DIR]", file=sys.stderr)
        return 2
    if argv:
        ROOT = os.path.abspath(argv[0])
        if not os.path.isfile(os.path.join(ROOT, "gold.json")):
            print(f"no gold.json in {ROOT}", file=sys.stderr)
            return 2
    problems = []
    with open(os.path.join(ROOT, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    kinds = gold["kinds"]
    files = set()
    for lang in LANGS:
        d = os.path.join(ROOT, lang)
        for name in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            files.add(f"{lang}/{name}")
            if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.(txt|md|html)", name):
                problems.append(f"{lang}/{name}: bad file name")
    listed = set()
    counts = collections.Counter()
    formats = collections.Counter()
    arts = collections.Counter()
    neg_only = collections.Counter()
    sent_total = collections.Counter()
    sent_claim = collections.Counter()
    for art in gold["articles"]:
        path, lang = art["file"], art["lang"]
        if path in listed:
            problems.append(f"{path}: listed twice")
        listed.add(path)
        if not path.startswith(lang + "/"):
            problems.append(f"{path}: lang {lang} does not match folder")
        full = os.path.join(ROOT, path)
        if not os.path.exists(full):
            problems.append(f"{path}: no such file")
            continue
        with open(full, encoding="utf-8", newline="") as f:
            raw = f.read()
        text = plain(path, raw)
        arts[lang] += 1
        formats[path.rsplit(".", 1)[1]] += 1
        if art.get("main_subject") is not None and art["main_subject"] not in text:
            # main_subject is a canonical name; only warn when no part of it is written
            if not any(tok in text for tok in re.split(r"[\s-]+", art["main_subject"]) if len(tok) > 3):
                problems.append(f"{path}: main_subject {art['main_subject']!r} not recognisable in text")
        if not art["claims"]:
            neg_only[lang] += 1
        seen = set()
        for c in art["claims"]:
            where = f"{path}: {c.get('sentence', '')[:60]!r}"
            if list(c.keys()) != KEYS:
                problems.append(f"{where}: keys {list(c.keys())}")
                continue
            key = json.dumps(c, sort_keys=True, ensure_ascii=False)
            if key in seen:
                problems.append(f"{where}: duplicate entry")
            seen.add(key)
            if c["kind"] not in kinds:
                problems.append(f"{where}: unknown kind {c['kind']}")
            if c["sentence"] not in text:
                problems.append(f"{where}: sentence not found verbatim")
            if c["sentence"] != c["sentence"].strip():
                problems.append(f"{where}: sentence has surrounding blanks")
            if not c["subject"] or c["subject"] not in text:
                problems.append(f"{where}: subject {c['subject']!r} not in text")
            for o in c["objects"] + c["benchmarks"]:
                if o not in text:
                    problems.append(f"{where}: {o!r} not in text")
            if c["claimant"] is not None and c["claimant"] not in text:
                problems.append(f"{where}: claimant {c['claimant']!r} not in text")
            if (c["kind"] == "score") != isinstance(c["value"], (int, float)) or isinstance(c["value"], bool):
                problems.append(f"{where}: value {c['value']!r} does not fit kind {c['kind']}")
            if (c["kind"] == "fact") != (c["fact"] in FACTS):
                problems.append(f"{where}: fact {c['fact']!r} does not fit kind {c['kind']}")
            if not isinstance(c["negated"], bool):
                problems.append(f"{where}: negated must be true/false")
            if c["kind"] in ("compare", "parity") and not c["objects"]:
                problems.append(f"{where}: {c['kind']} without objects")
            counts[(lang, c["kind"])] += 1
        sent_total[lang] += rough_sentences(path, raw)
        sent_claim[lang] += len({c["sentence"] for c in art["claims"]})
    for p in sorted(files - listed):
        problems.append(f"{p}: file has no entry in gold.json")

    w = max(len(k) for k in kinds)
    print(f"{'':{w}}  " + "  ".join(f"{l:>5}" for l in LANGS) + "  total")
    for k in kinds:
        row = [counts[(l, k)] for l in LANGS]
        print(f"{k:{w}}  " + "  ".join(f"{n:5d}" for n in row) + f"  {sum(row):5d}")
    tot = [sum(counts[(l, k)] for k in kinds) for l in LANGS]
    print(f"{'claims':{w}}  " + "  ".join(f"{n:5d}" for n in tot) + f"  {sum(tot):5d}")
    print(f"{'articles':{w}}  " + "  ".join(f"{arts[l]:5d}" for l in LANGS) + f"  {sum(arts.values()):5d}")
    print(f"{'no-claim':{w}}  " + "  ".join(f"{neg_only[l]:5d}" for l in LANGS) + f"  {sum(neg_only.values()):5d}")
    share = [100 * (1 - sent_claim[l] / sent_total[l]) if sent_total[l] else 0 for l in LANGS]
    print(f"{'neg. %':{w}}  " + "  ".join(f"{s:5.0f}" for s in share)
          + f"  {100 * (1 - sum(sent_claim.values()) / max(1, sum(sent_total.values()))):5.0f}"
          + "   (share of sentences without a claim, rough split)")
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())))
    for p in problems:
        print("PROBLEM " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
