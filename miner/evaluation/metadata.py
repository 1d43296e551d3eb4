"""Authority inference against `corpus/MANIFEST.tsv`, on the corpus's text papers.

`miner ingest` takes the authority from a folder's MANIFEST when it has one; a user's own folder of papers often
has none, so the inferred authority is what the tracker blocks on. This scores `metadata.find_authority` (the
paper's text and file name, no MANIFEST) against the MANIFEST's authority for every `.txt` paper outside
`corpus/blind/` (PDFs are left out to keep the run short: reading them is most of `miner ingest`'s time).

Run: `.venv/bin/python scripts/evaluate.py metadata [--errors] [--json]`.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import Any

from miner.metadata import find_authority

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "corpus" / "MANIFEST.tsv"


def evaluate(manifest: Path = MANIFEST) -> dict[str, Any]:
    """Papers scored, how many inferred authorities equal the MANIFEST's, and the rest as (file, inferred, manifest)."""
    rows = list(csv.DictReader(manifest.open(encoding="utf-8"), delimiter="\t"))
    wrong, right = [], 0
    for row in rows:
        name, want = row.get("file", ""), row.get("authority") or ""
        path = manifest.parent / name
        if not name.endswith(".txt") or "blind/" in name or not want or not path.exists():
            continue
        got = find_authority(path.read_text(encoding="utf-8", errors="replace"), path.name)
        if got == want:
            right += 1
        else:
            wrong.append({"file": name, "inferred": got, "manifest": want})
    scored = right + len(wrong)
    return {"scored": scored, "agree": right, "agreement": round(right / scored, 3) if scored else None, "errors": wrong}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(prog="evaluate.py metadata", description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help="list each paper whose inferred authority differs")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--split", choices=("all", "tuned", "heldout"), default="all",
                    help="accepted for `evaluate.py all`; every text paper is scored (no split: the MANIFEST is no gold)")
    args = ap.parse_args(argv)
    result = evaluate()
    if args.json:
        print(json.dumps(result, indent=2))
        return result
    print(f"authority agrees with MANIFEST: {result['agree']} of {result['scored']} text papers ({result['agreement']})")
    if args.errors:
        for e in result["errors"]:
            print(f"  {e['file']}: inferred {e['inferred']!r}, MANIFEST {e['manifest']!r}")
    return result
