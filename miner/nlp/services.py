"""Component `miner_services`: named services and bodies → `doc.spans["miner_mentions"]`.

Sources, each in its own module, resolved into one non-overlapping set per text unit
(`service_names.resolve`):

1. the span ruler over `patterns/services.jsonl` (`service_ruler.py`); an exact
   gazetteer hit always wins;
2. the trained NER in `models/ner/` (or `MINER_NER_MODEL`) for the names the rules
   miss, and the base model's ORG/PERSON/GPE entities filtered for junk
   (`service_ner.py`); without a model the component runs on rules alone;
3. acronyms defined in brackets (`service_acronyms.py`), kept in a per-document table
   so later bare "YOT" mentions carry `entity="Youth Offending Team"`;
4. names the document has already yielded, wherever it repeats them (`service_propagation.py`);
5. the other names a body goes by in its sentence, quoted or in apposition (`service_aliases.py`).

Spans are then cut and vetoed (`service_names.drop_generic_and_roles`) and mended where one source
read a title's list, a council and its committee, or "<X> with <body>" wrongly (`service_spans.py`).

Otherwise the longest span wins.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from miner.canonical import KNOWN_ACRONYMS
from miner.model import Mention, TextUnit, stable_id
from miner.nlp.ner_input import run_ner
from miner.nlp.doctext import text_of
from miner.nlp.pipeline import skips_statistics
from miner.nlp.service_acronyms import (
    acronym_candidates,
    acronym_with_kind,
    acronyms_opening_names,
    people_by_initials,
    people_over_line_breaks,
    remember_initials,
    remember_people,
)
from miner.nlp.service_aliases import (
    aliases_known_as,
    appositive_names,
    kind_before_names,
    names_in_brackets_after_kind,
    towns_after_streets,
)
from miner.nlp.service_names import drop_generic_and_roles, relabel_organisations, resolve
from miner.nlp.service_ner import (
    BASE_VERSION,
    LABELS,
    base_candidates,
    load_ner,
    model_candidates,
    model_version,
    ner_model_path,
)
from miner.nlp.service_propagation import aliases_off_places, propagated_candidates, remember_names
from miner.nlp.service_ruler import RULES_VERSION, ServiceRuler, load_patterns
from miner.nlp.service_spans import (
    areas_before_initials,
    bodies_before_their_plans,
    bodies_out_of_headings,
    buildings_in_runs,
    grants_paid_by_bodies,
    names_closed_before_and,
    places_closing_names,
    reshape_spans,
)
from miner.nlp.service_tables import (people_after_bodies, people_before_bodies, people_before_labels,
                                      people_between_bodies, people_with_capital_surnames,
                                      names_in_capitals)

__all__ = ["make_service_recogniser", "load_patterns", "ServiceRecogniser", "LABELS", "ner_model_path"]

SPANS_KEY = "miner_mentions"
# A name found once in a paper is a mention wherever the paper repeats it (`service_propagation.py`).
PROPAGATE_NAMES = True


@Language.factory(
    "miner_services",
    assigns=["doc.spans"],
    default_config={"use_rules": True, "use_model": True, "use_base": True},
)
def make_service_recogniser(
    nlp: Language, name: str, use_rules: bool = True, use_model: bool = True, use_base: bool = True
) -> "ServiceRecogniser":
    """Sources can be switched off one by one, which is how the evaluation compares them."""
    return ServiceRecogniser(nlp, name, use_rules=use_rules, use_model=use_model, use_base=use_base)


class ServiceRecogniser:
    """Ruler + trained NER + base entities, with a per-document acronym table."""

    # The NER reads only the sentences that can hold a name (`ner_input.py`); False: every token.
    ner_where_names = True

    def __init__(
        self,
        nlp: Language,
        name: str = "miner_services",
        use_rules: bool = True,
        use_model: bool = True,
        use_base: bool = True,
    ):
        self.name = name
        self.use_rules, self.use_base = use_rules, use_base
        self.rules = ServiceRuler(nlp, name)
        path = ner_model_path() if use_model else None
        self.ner = load_ner(str(path)) if path else None
        for label in self.ner.labels if self.ner is not None else ():
            nlp.vocab.strings.add(label)  # the NER writes its labels into our Docs
        self.ner_version = model_version(path) if path else None
        self.acronyms: OrderedDict[str, dict[str, tuple[str, str]]] = OrderedDict()
        # name → (label, entity) of the names already found in a document, per document
        self.names: OrderedDict[str, dict[str, tuple[str, str | None]]] = OrderedDict()
        # initials → name of the people a document has named (`remember_people`), per document
        self.people: OrderedDict[str, dict[str, str]] = OrderedDict()

    def table(self, document_id: str) -> dict[str, tuple[str, str]]:
        """Acronym → (expansion, label) for one document."""
        return _per_document(self.acronyms, document_id)

    def names_table(self, document_id: str) -> dict[str, tuple[str, str | None]]:
        """Names found so far in one document (see `service_propagation.py`)."""
        return _per_document(self.names, document_id)

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Run the trained NER over a batch of units at once (far cheaper than one by one).

        Units are still resolved in order, so the per-document acronym table sees
        definitions before later bare uses exactly as `__call__` would.
        """
        for batch in minibatch(stream, size=batch_size):
            if self.ner is not None:  # annotates in place; tables of figures are skipped
                prose = [doc for doc in batch if not skips_statistics(doc)]
                self._run_ner(prose, batch_size)
            for doc in batch:
                yield self._annotate(doc)

    def __call__(self, doc: Doc) -> Doc:
        if self.ner is not None:
            self._run_ner([doc], 1)
        return self._annotate(doc)

    def _run_ner(self, docs: list[Doc], batch_size: int) -> None:
        if self.ner_where_names:
            run_ner(self.ner, docs, batch_size)
        else:
            for _ in self.ner.pipe(docs, batch_size=batch_size):
                pass

    def _annotate(self, doc: Doc) -> Doc:
        # `Doc.text` is rebuilt from the tokens on every access, so it is read once and passed on.
        doc_text = text_of(doc)
        unit: TextUnit | None = doc._.miner_unit if Doc.has_extension("miner_unit") else None
        document_id = unit.document_id if unit else ""
        offset = unit.start if unit else 0
        table = self.table(document_id)
        model_doc = doc if self.ner is not None else None
        candidates = model_candidates(model_doc)
        if self.use_rules:
            candidates += self.rules.candidates(doc, doc_text)
        if self.use_base:
            # With the trained NER, the base `ner` is left out of the pipeline (`pipeline.py`):
            # the trained one was fine-tuned from it and still predicts the base labels.
            candidates += base_candidates(doc)
        candidates = relabel_organisations(doc_text, candidates)
        names = self.names_table(document_id) if PROPAGATE_NAMES else {}
        propagated = aliases_off_places(doc_text, candidates, propagated_candidates(doc_text, names))
        candidates += acronym_candidates(doc_text, candidates, table, known=propagated)
        candidates += (aliases_known_as(doc_text, candidates) + appositive_names(doc_text, candidates)
                       + kind_before_names(doc_text, candidates) + towns_after_streets(doc_text, candidates)
                       + names_in_brackets_after_kind(doc_text))
        candidates += propagated
        candidates = names_closed_before_and(doc_text, bodies_before_their_plans(doc_text, candidates))
        candidates = grants_paid_by_bodies(doc_text, candidates)
        kept = acronyms_opening_names(doc_text, candidates, drop_generic_and_roles(doc_text, candidates))
        candidates = reshape_spans(doc_text, kept)
        spans = []
        resolved = people_before_bodies(doc_text, areas_before_initials(
            doc_text, places_closing_names(doc_text, resolve(candidates))))
        resolved = buildings_in_runs(doc_text, bodies_out_of_headings(doc_text, people_with_capital_surnames(doc_text, resolved)))
        resolved = people_before_labels(doc_text, people_after_bodies(doc_text, people_between_bodies(doc_text, resolved)))
        resolved = names_in_capitals(doc_text, resolved)
        if PROPAGATE_NAMES:
            remember_names(doc_text, resolved, names)
        remember_initials(doc_text, resolved, table)
        people = _per_document(self.people, document_id)
        resolved = remember_people(doc_text, resolved, people)
        resolved = people_over_line_breaks(doc_text, resolved, people)
        people_by_initials(doc_text, resolved, people, table)
        for c in resolved:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
            if span is None:
                continue
            text = doc_text[c.start : c.end]
            entity = c.entity or (table[text][0] if text in table else KNOWN_ACRONYMS.get(text))
            entity = entity or acronym_with_kind(text, table)
            span._.miner_record = Mention(
                id=stable_id(document_id, offset + c.start, offset + c.end, c.label),
                document_id=document_id,
                section_id=unit.section_id if unit else None,
                statement_id=None,
                text=text,
                label=c.label,
                start=offset + c.start,
                end=offset + c.end,
                entity=entity,
                method=self._method(c.source),
            )
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc

    def _method(self, source: str) -> str:
        if source == "model":
            return f"model:{self.ner_version}"
        if source == "base":
            return f"base:{BASE_VERSION}"
        if source == "acronym":
            return "acronym:schwartz-hearst@1"
        mode = "rules+model" if self.ner is not None else "rules-only"
        return f"{source}:{RULES_VERSION}({mode})"


def _per_document(tables: OrderedDict, document_id: str, keep: int = 32) -> dict:
    """The table of one document, created on first use; only the `keep` most recent documents are kept."""
    if document_id not in tables:
        tables[document_id] = {}
        while len(tables) > keep:
            tables.popitem(last=False)
    tables.move_to_end(document_id)
    return tables[document_id]
