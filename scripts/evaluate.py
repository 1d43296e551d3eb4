#!/usr/bin/env python
"""Evaluate a miner area against its gold: `scripts/evaluate.py <area> [options]`.

Areas are modules `miner/evaluation/<area>.py` exposing `main(argv) -> dict`;
adding one needs no change here. `all` runs every area. `scripts/evaluate.py <area> --help` lists
the area's options (e.g. `sections --split heldout --json`).
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import miner.evaluation  # noqa: E402


def areas() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(miner.evaluation.__path__) if not m.name.startswith("_"))


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        print("\nareas: " + ", ".join(areas()))
        return 0 if argv else 2
    area, rest = argv[0], argv[1:]
    if area == "all":
        for name in areas():
            print(f"== {name}", flush=True)
            importlib.import_module(f"miner.evaluation.{name}").main(rest)
        return 0
    if area not in areas():
        print(f"unknown area {area!r}; known: {', '.join(areas())}", file=sys.stderr)
        return 2
    module = importlib.import_module(f"miner.evaluation.{area}")
    module.main(rest)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
