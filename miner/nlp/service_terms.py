"""The word groups of `patterns/service_terms.json`, shared by the `miner_services` modules.

What each group catches, with an example from a real paper, is documented in the
JSON file; the modules that apply a group build their own sets from `TERMS`.
"""

from __future__ import annotations

import json
from pathlib import Path

TERMS_PATH = Path(__file__).parent / "patterns" / "service_terms.json"


def load_terms(path: Path = TERMS_PATH) -> dict:
    """The groups, without the `_`-prefixed documentation keys."""
    return {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if not k.startswith("_")}


TERMS = load_terms()
# a name's last word says what it is: "Team" -> SERVICE, "Board" -> BOARD, "Programme" -> PROGRAMME
HEAD_LABELS: dict[str, str] = TERMS["head_labels"]
# a lower-case kind word and the label it gives the name it goes with: "the DRT service Westmere Connect"
LOWER_CASE_HEADS: dict[str, str] = TERMS["lower_case_heads"]
# job titles: "Director of Children's Services" is a role, not a service
ROLE_WORDS = frozenset(TERMS["role_words"])
# the head words whose label beats the trained NER's on a span that ends in one
HEAD_OVERRIDE = {k: v for k, v in HEAD_LABELS.items() if k not in set(TERMS["heads_not_overriding_model"])}
