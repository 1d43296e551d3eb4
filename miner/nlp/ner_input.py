"""Run the trained NER only over the sentences of a unit that can hold a name.

Every name the NER is trained on has a capital letter. A sentence with no
capital after its first word and no proper-noun tag (the tagger runs before
`miner_services`) cannot hold one, so the NER is run over the runs of sentences
that can (plus a few tokens of context) and its entities are mapped back into
the unit's Doc; the rest of the unit is marked outside any entity.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import Model
from thinc.types import Floats2d

PROPER_TAGS = frozenset({"NNP", "NNPS"})
NOUN_TAGS = frozenset({"NN", "NNS", "XX", "FW", "ADD"})
# Tokens the NER's encoder sees on each side of a token (en_core_web_sm: 4 window-1 CNN layers).
CONTEXT = 4


def can_hold_name(sent: Span) -> bool:
    """A capital letter after the sentence's first word, or a proper-noun tag anywhere.

    The first word counts too when it is a capitalised noun ("Folkestone has ...",
    tagged NN as often as NNP) or has a capital beyond its first letter ("YMCA").
    """
    first = True
    for token in sent:
        if token.is_space:
            continue
        text = token.text
        if token.tag_ in PROPER_TAGS:
            return True
        if first:
            if text[1:] != text[1:].lower() or (text[:1].isupper() and token.tag_ in NOUN_TAGS):
                return True
        elif text != text.lower():
            return True
        first = False
    return False


def name_runs(doc: Doc, context: int = CONTEXT) -> list[tuple[int, int]]:
    """Token ranges of the runs of sentences that can hold a name, with `context` tokens each side.

    The context gives the NER's convolutions the same neighbours at a run's edges as
    over the whole unit, so a run reads as it would in place; runs that meet merge.
    """
    if not doc.has_annotation("SENT_START"):
        return [(0, len(doc))]
    runs: list[tuple[int, int]] = []
    for sent in doc.sents:
        if not can_hold_name(sent):
            continue
        start, end = max(0, sent.start - context), min(len(doc), sent.end + context)
        if runs and runs[-1][1] >= start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def run_ner(ner, docs: Iterable[Doc], batch_size: int = 64) -> None:
    """Set `doc.ents` on every Doc from the NER run over its name-bearing sentences only."""
    whole: list[Doc] = []
    parts: list[tuple[Doc, int, Doc]] = []  # (unit doc, token offset, sub-doc)
    empty: list[Doc] = []
    for doc in docs:
        runs = name_runs(doc)
        if runs == [(0, len(doc))]:
            whole.append(doc)
        elif not runs:
            empty.append(doc)
        else:
            for start, end in runs:
                words = [t.text for t in doc[start:end]]
                spaces = [bool(t.whitespace_) for t in doc[start:end]]
                sub = Doc(doc.vocab, words=words, spaces=spaces)
                if doc.tensor.shape[0] == len(doc):  # the shared tok2vec's output, for `doc_tensor`
                    sub.tensor = doc.tensor[start:end]
                parts.append((doc, start, sub))
    for _ in ner.pipe(whole + [sub for _, _, sub in parts], batch_size=batch_size):
        pass  # annotates in place
    found: dict[int, tuple[Doc, list[Span]]] = {id(doc): (doc, []) for doc in empty}
    for doc, offset, sub in parts:
        spans = found.setdefault(id(doc), (doc, []))[1]
        spans.extend(Span(doc, offset + e.start, offset + e.end, label=e.label) for e in sub.ents)
    for doc, spans in found.values():
        doc.set_ents(spans, default="outside")


@registry.architectures("miner.DocTensor.v1")
def doc_tensor(width: int = 96) -> Model[list[Doc], list[Floats2d]]:
    """The base pipeline's shared `tok2vec` output (`doc.tensor`) as a frozen embedding layer.

    Lets the trained NER reuse features the tagger and parser already paid for,
    instead of embedding every token a second time. No weights, no gradient.
    Used only by `scripts/train_ner.py --shared-tok2vec`, an experiment dropped
    for now (faster, but cross-validated F1 fell; see models/ner/card.md); it is
    registered here so such a model loads wherever `miner_services` does.
    """
    return Model("miner_doc_tensor", _doc_tensor_forward, dims={"nO": width})


def _doc_tensor_forward(model: Model, docs: list[Doc], is_train: bool):
    width = model.get_dim("nO")
    out = []
    for doc in docs:
        if doc.tensor.shape != (len(doc), width):
            if len(doc):
                raise ValueError("miner.DocTensor.v1 reads doc.tensor: run the base pipeline's tok2vec first")
            out.append(model.ops.alloc2f(0, width))
        else:
            out.append(model.ops.asarray2f(doc.tensor))
    return out, lambda d_out: []
