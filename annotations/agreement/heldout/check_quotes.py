"""Check that every quote of annotator C's held-out files is in its paper's
normalised text (whitespace collapsed on both sides). Run from the repo root:
PYTHONPATH=$PWD .venv/bin/python annotations/agreement/heldout/check_quotes.py"""
import json, re, sys
from collections import Counter
from pathlib import Path
from miner.readers import read_document

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

bad = 0
here = Path(__file__).parent
for path in sorted(here.glob("*.jsonl")):
    rows = [json.loads(l) for l in path.read_text().splitlines() if l.strip()]
    text = norm(read_document(rows[0]["file"]).text)
    for r in rows:
        if norm(r["quote"]) not in text:
            bad += 1
            print("NOT FOUND", path.name, "|", r["quote"][:90])
        elif text.count(norm(r["quote"])) > 1:
            print("repeated", text.count(norm(r["quote"])), path.name, "|", r["quote"][:90])
    print(path.name, len(rows), dict(Counter(r["kind"] for r in rows)))
sys.exit(1 if bad else 0)
