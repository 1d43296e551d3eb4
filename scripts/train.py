"""Rebuild every trained component in models/ from annotations/.

Usage: python scripts/train.py [statements|ner|all] [trainer options...]
Each trainer writes its model directory and card.md with held-out scores.
Options after a trainer's name go to that trainer
(``train.py statements --version 14``); with ``all`` none are accepted,
since the trainers take different options.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TRAINERS = {"statements": "train_statements.py", "ner": "train_ner.py"}


def main(argv: list[str]) -> int:
    which, rest = (argv[0], argv[1:]) if argv else ("all", [])
    if which in ("-h", "--help"):
        print(__doc__)
        return 0
    if which != "all" and which not in TRAINERS:
        print(f"train.py: unknown trainer {which!r} (statements, ner or all)", file=sys.stderr)
        return 2
    if which == "all" and rest:
        print("train.py: options go after one trainer's name, not 'all'", file=sys.stderr)
        return 2
    names = list(TRAINERS) if which == "all" else [which]
    for name in names:
        script = HERE / TRAINERS[name]
        print(f"== training {name} ({script.name})", flush=True)
        saved = sys.argv
        sys.argv = [str(script), *rest]
        try:
            runpy.run_path(str(script), run_name="__main__")
        finally:
            sys.argv = saved
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
