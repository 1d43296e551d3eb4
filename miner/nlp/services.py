"""Component `miner_services`: named services and bodies → `doc.spans["miner_mentions"]`.

Three sources, resolved into one non-overlapping set per text unit:

1. the span ruler over `patterns/services.jsonl` (gazetteer of common UK
   bodies plus token patterns such as "<Capitalised words> Team"): precise on
   formulaic names; an exact gazetteer hit always wins;
2. the trained NER in `models/ner/` (or `MINER_NER_MODEL`) for the names the
   rules miss; without it the component runs on rules alone;
3. the base model's ORG/PERSON/GPE/FAC entities, filtered for junk.

Otherwise the longest span wins. Acronyms defined in brackets ("Youth
Offending Team (YOT)") go into a per-document table, so later bare "YOT"
mentions carry `entity="Youth Offending Team"`.
"""

from __future__ import annotations

import json
import os
import re
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from miner.canonical import KNOWN_ACRONYMS
from miner.model import Mention, TextUnit, stable_id
from miner.nlp.acronyms import find_definitions
from miner.nlp.ner_input import run_ner
from miner.nlp.pipeline import skips_statistics

__all__ = ["make_service_recogniser", "load_patterns", "ServiceRecogniser", "LABELS", "ner_model_path"]

LABELS = ("SERVICE", "PROGRAMME", "BOARD", "ORG", "INSPECTORATE", "SYSTEM", "PLACE", "PERSON")
SPANS_KEY = "miner_mentions"
PATTERNS_PATH = Path(__file__).parent / "patterns" / "services.jsonl"
RULES_VERSION = "services-patterns@1"
BASE_LABELS = {"ORG": "ORG", "PERSON": "PERSON", "GPE": "PLACE", "FAC": "PLACE", "LOC": "PLACE"}

TERMS_PATH = Path(__file__).parent / "patterns" / "service_terms.json"


def _load_terms(path: Path = TERMS_PATH) -> dict:
    """The word groups of `patterns/service_terms.json` (what each catches is documented there)."""
    return {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if not k.startswith("_")}


_TERMS = _load_terms()
HEAD_LABELS: dict[str, str] = _TERMS["head_labels"]
ROLE_WORDS = frozenset(_TERMS["role_words"])
JUNK = re.compile(r"^(?:the |a )?(?:" + "|".join(_TERMS["junk_base_entities"]) + r")$", re.I)
_HAS_LETTER_WORD = re.compile(r"[A-Za-z]{2,}")
_ORGISH = re.compile(r"\b(?:" + "|".join(_TERMS["orgish_words"]) + r")\b")
_CONNECTORS = frozenset(_TERMS["connectors"])
_NOT_PERSON = frozenset(_TERMS["not_person_words"])
_HEAD_OVERRIDE = {k: v for k, v in HEAD_LABELS.items() if k not in set(_TERMS["heads_not_overriding_model"])}
# Model labels kept only on a name that ends in a head word ("Programme", "Board", "Council") or
# is an acronym: "Commissioning Intentions", "Hospital Funding", "Corn Exchange" are not bodies.
_NEEDS_HEAD = {"PROGRAMME", "BOARD", "ORG"}
_NOT_NAME_HEADS = frozenset(_TERMS["not_name_heads"])
_ROLE_FIRST_WORDS = frozenset(_TERMS["role_first_words"])
_ROLE_BEFORE_OF = ROLE_WORDS | frozenset(_TERMS["role_before_of_words"])
_NOT_BODY_LAST_WORDS = frozenset(_TERMS["not_body_long_form_last_words"])
_NOT_NAME_FIRST_WORDS = frozenset(_TERMS["not_name_first_words"])


def _headed(span: Span) -> bool:
    """The span's last word is a head word, or the span is one upper-case acronym."""
    words = [t for t in span if t.is_alpha]
    if not words:
        return False
    return words[-1].lower_ in HEAD_LABELS or (len(words) == 1 and words[0].is_upper and len(words[0]) >= 2)


def load_patterns(path: Path = PATTERNS_PATH) -> list[dict]:
    """The ruler patterns, skipping `//` comment lines."""
    patterns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            patterns.append(json.loads(line))
    return patterns


def ner_model_path() -> Path | None:
    """`MINER_NER_MODEL`, else `models/ner/` next to the package (repo layout)."""
    env = os.environ.get("MINER_NER_MODEL")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "models" / "ner")
    for path in candidates:
        if (path / "meta.json").exists():
            return path
    return None


@lru_cache(maxsize=2)
def _load_ner(path: str):
    """The trained `ner` component, run on miner's own Docs (no second tokenisation).

    It embeds its own tok2vec, so it needs nothing else from its pipeline; it
    writes `doc.ents`, which the base `ner` would otherwise fill.
    """
    import spacy

    return spacy.load(path).get_pipe("ner")


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


class _Candidate:
    __slots__ = ("start", "end", "label", "source", "priority", "entity")

    def __init__(self, start: int, end: int, label: str, source: str, priority: int, entity: str | None = None):
        self.start, self.end, self.label, self.source = start, end, label, source
        self.priority, self.entity = priority, entity


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
        self.ruler = SpanRuler(nlp, name=f"{name}_ruler", spans_key=f"_{name}_ruler", overwrite=True)
        patterns = load_patterns()
        self.ruler.add_patterns(patterns)
        self._make_doc = nlp.make_doc
        # forms of address ("Mr", "Cllr"), read from the titled-people pattern
        self.titles = frozenset(t for p in patterns if p.get("id") == "token:titled-people"
                                for t in p["pattern"][0]["ORTH"]["IN"])
        path = ner_model_path() if use_model else None
        self.ner = _load_ner(str(path)) if path else None
        for label in self.ner.labels if self.ner is not None else ():
            nlp.vocab.strings.add(label)  # the NER writes its labels into our Docs
        self.ner_version = self._model_version(path) if path else None
        self.acronyms: OrderedDict[str, dict[str, tuple[str, str]]] = OrderedDict()
        # name → (label, entity) of the names already found in a document, per document
        self.names: OrderedDict[str, dict[str, tuple[str, str | None]]] = OrderedDict()

    @staticmethod
    def _model_version(path: Path) -> str:
        meta = json.loads((path / "meta.json").read_text())
        return f"{meta.get('name', 'ner')}@{meta.get('version', '0')}"

    def table(self, document_id: str) -> dict[str, tuple[str, str]]:
        """Acronym → (expansion, label) for one document."""
        return _per_document(self.acronyms, document_id)

    def names_table(self, document_id: str) -> dict[str, tuple[str, str | None]]:
        """Names found so far in one document (see `_propagated_candidates`)."""
        return _per_document(self.names, document_id)

    # -- sources -----------------------------------------------------------------
    def _ruler_candidates(self, doc: Doc, text: str) -> list[_Candidate]:
        """Ruler hits, matched on the unit's text with PDF line breaks read as spaces.

        A name broken over two lines ("Kent\nCounty Council") is two token runs to the
        matcher; the unit is re-tokenised with each single line break (and the spaces
        around it) as one space, and the hits are mapped back to the unit's offsets.
        """
        key = f"_{self.name}_ruler"
        flat, offsets = _flatten_line_breaks(text)
        rdoc = doc if offsets is None else self._make_doc(flat)
        self.ruler(rdoc)
        found = []
        # the ruler keeps every match: "Councillor Andrew" is only the start of "Councillor Andrew Mackness"
        person_end: dict[int, int] = {}
        for span in rdoc.spans.get(key, []):
            if span.label_ == "PERSON":
                person_end[span.start] = max(span.end, person_end.get(span.start, 0))
        for span in rdoc.spans.get(key, []):
            gazetteer = span.id_.startswith("gazetteer:")
            label = span.label_
            if label == "PERSON" and span.end < person_end[span.start]:
                continue
            trimmed = span if gazetteer else _trim(span)
            if trimmed is None or (not gazetteer and _joins_two_names(trimmed)):
                continue
            if label == "PERSON":
                trimmed = _untitle(trimmed, self.titles)
            start, end = trimmed.start_char, trimmed.end_char
            if offsets is not None:
                start, end = offsets[start], offsets[end - 1] + 1
            found.append(_Candidate(start, end, label, "gazetteer" if gazetteer else "rule", 3 if gazetteer else 1))
        if key in rdoc.spans:
            del rdoc.spans[key]
        return found

    def _model_candidates(self, out: Doc | None) -> list[_Candidate]:
        """`out` is the trained NER's parse of the unit's text (None without a model)."""
        if out is None:
            return []
        found = []
        for ent in out.ents:
            if ent.label_ not in LABELS:
                continue
            # The head word settles board/service/programme when the model hesitates.
            label = _HEAD_OVERRIDE.get(ent[-1].lower_, ent.label_) if len(ent) > 1 else ent.label_
            if label in _NEEDS_HEAD and not _headed(ent):
                continue  # cross-validated, these labels are mostly wrong on phrases without a head word
            found.append(_Candidate(ent.start_char, ent.end_char, label, "model", 1))
        return found

    def _base_candidates(self, doc: Doc) -> list[_Candidate]:
        found = []
        for ent in doc.ents:
            label = BASE_LABELS.get(ent.label_)
            span = _trim(ent)
            if label is None or span is None or JUNK.match(span.text) or not _is_name(span.text):
                continue
            if label == "ORG" and (len(span) < 2 or not _ORGISH.search(span.text)):
                continue  # the base model calls most capitalised phrases ORG
            if label == "PERSON" and (len(span) < 2 or not all(t.is_title and t.is_alpha for t in span)
                                      or any(t.lower_ in _NOT_PERSON for t in span)):
                continue
            if label == "PLACE" and (ent.label_ != "GPE" or span.text.isupper()):
                continue
            found.append(_Candidate(span.start_char, span.end_char, label, "base", 0))
        return found

    def _acronym_candidates(self, text: str, labelled: list[_Candidate], table: dict) -> list[_Candidate]:
        found = []
        named = [c for c in labelled if c.source != "base" and c.label != "_GENERIC"]
        gazetteer = {text[c.start : c.end]: c.label for c in named if c.source == "gazetteer"}
        for d in find_definitions(text):
            words = d.long.split()
            if words[0].lower() in ROLE_WORDS or words[-1] in _NOT_BODY_LAST_WORDS or "/" in d.long:
                continue  # a job ("Director of Children's Services (DCS)"), a law ("Data Protection Act (DPA)")
                # or a scale ("Red/Amber/Green (RAG)")
            # The fullest name ending where the long form ends: "Medway Clinical Commissioning Group".
            covering = [c for c in named if c.end == d.long_end and c.start <= d.long_start
                        and _is_name_prefix(text[c.start : d.long_start])]
            best = max(covering, key=lambda c: c.end - c.start, default=None)
            # a generic noun right after the brackets says what the body is: "No Use Empty (NUE) scheme"
            after = text[d.short_end + 1 : d.short_end + 40].split(None, 1)
            after_label = HEAD_LABELS.get(after[0].strip(".,;:").lower()) if after and after[0].islower() else None
            label = gazetteer.get(d.short) or after_label or (best.label if best else None)
            label = label or HEAD_LABELS.get(words[-1].lower().strip("'"))
            # else the label the model or rules gave the short form itself: "(DSPR)", "(QPRM)"
            label = label or next((c.label for c in named if (c.start, c.end) == (d.short_start, d.short_end)), None)
            # else what the model or rules called a name inside the long form: "Fostering for Adoption"
            label = label or next((c.label for c in named if d.long_start <= c.start and c.end <= d.long_end), None)
            if label is None:
                continue
            start = best.start if best else d.long_start
            long_form = " ".join(text[start : d.long_end].split())  # one line, as the paper means it
            table[d.short] = (long_form, label)
            found.append(_Candidate(start, d.long_end, label, "acronym", 2))
            found.append(_Candidate(d.short_start, d.short_end, label, "acronym", 4, long_form))
        for short, (long_form, label) in table.items():
            if short not in text:  # cheap test before the regex; most units use few acronyms
                continue
            for m in _bare_pattern(short).finditer(text):
                found.append(_Candidate(m.start(), m.end(), label, "acronym", 4, long_form))
        return found

    # -- assembly ----------------------------------------------------------------
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
        doc_text = doc.text
        unit: TextUnit | None = doc._.miner_unit if Doc.has_extension("miner_unit") else None
        document_id = unit.document_id if unit else ""
        offset = unit.start if unit else 0
        table = self.table(document_id)
        model_doc = doc if self.ner is not None else None
        candidates = self._model_candidates(model_doc)
        if self.use_rules:
            candidates += self._ruler_candidates(doc, doc_text)
        if self.use_base:
            # With the trained NER, the base `ner` is left out of the pipeline (`pipeline.py`):
            # the trained one was fine-tuned from it and still predicts the base labels.
            candidates += self._base_candidates(doc)
        candidates += self._acronym_candidates(doc_text, candidates, table)
        names = self.names_table(document_id) if PROPAGATE_NAMES else {}
        candidates += _propagated_candidates(doc_text, names)
        candidates = _drop_generic_and_roles(doc_text, candidates)
        spans = []
        resolved = _resolve(candidates)
        if PROPAGATE_NAMES:
            _remember_names(doc_text, resolved, names)
        for c in resolved:
            span = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
            if span is None:
                continue
            text = doc_text[c.start : c.end]
            entity = c.entity or (table[text][0] if text in table else KNOWN_ACRONYMS.get(text))
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
            return "base:en_core_web_sm@3.8.0"
        if source == "acronym":
            return "acronym:schwartz-hearst@1"
        mode = "rules+model" if self.ner is not None else "rules-only"
        return f"{source}:{RULES_VERSION}({mode})"


# One line break inside running text, with the spaces around it; a blank line is a paragraph break.
_WRAPPED_LINE = 40  # characters: a line at least this long that breaks is prose wrapped by the PDF
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?!\n)")


def _flatten_line_breaks(text: str) -> tuple[str, list[int] | None]:
    """`text` with each line break that wraps prose read as one space, and the map from
    its character offsets back to `text` (None when there is nothing to flatten)."""
    if "\n" not in text:
        return text, None
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        if m.start() > 0 and text[m.start() - 1] == "\n":
            continue  # the second line break of a blank line
        if m.start() - (text.rfind("\n", 0, m.start()) + 1) < _WRAPPED_LINE:
            continue  # a short line is a heading or a list item, not wrapped prose
        parts.append(text[pos : m.start()])
        offsets.extend(range(pos, m.start()))
        parts.append(" ")
        offsets.append(m.start())
        pos = m.end()
    if not parts:
        return text, None  # only short lines: the unit's own tokens serve
    parts.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(parts), offsets


def _per_document(tables: OrderedDict, document_id: str, keep: int = 32) -> dict:
    """The table of one document, created on first use; only the `keep` most recent documents are kept."""
    if document_id not in tables:
        tables[document_id] = {}
        while len(tables) > keep:
            tables.popitem(last=False)
    tables.move_to_end(document_id)
    return tables[document_id]


def _drop_generic_and_roles(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Veto generic names and role titles; let a longer name swallow a gazetteer or acronym hit.

    "Early Help Strategic Commissioning Board" beats the gazetteer's "Early Help";
    "Director of Children's Services" is a job, not a service.
    """
    generic = {(c.start, c.end) for c in candidates if c.label == "_GENERIC"}
    kept = []
    for c in candidates:
        if c.label == "_GENERIC" or (c.start, c.end) in generic:
            continue
        before = text[max(0, c.start - 40) : c.start].split()
        first = text[c.start : c.end].split()[0].lower()
        if c.source != "acronym" and (
            first in ROLE_WORDS or first in _ROLE_FIRST_WORDS
            or (len(before) >= 2 and before[-1] in {"of", "for"} and before[-2].lower() in _ROLE_BEFORE_OF)
        ):
            continue
        kept.append(c)
    kept = _clean_bounds(text, kept)
    longer = [c for c in kept if c.source in ("rule", "model")]
    return [
        c for c in kept
        if not (c.source in ("gazetteer", "acronym") and any(
            o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in longer))
        and not (c.source == "gazetteer" and c.label == "PLACE" and _NAME_GOES_ON.match(text, c.end))
    ]


# A capitalised word right after a place's name continues a longer name (`service_terms.json`).
_NAME_GOES_ON = re.compile(_TERMS["place_name_goes_on"])


# Where a name cannot go on, and the words it cannot start, hold or end on (`service_terms.json`).
_HARD_BREAK = re.compile(_TERMS["hard_break"])
_TAIL_WORDS = frozenset(_TERMS["tail_words"])
_NOT_FIRST_WORDS = frozenset(_TERMS["not_first_words"])
_NOT_INSIDE_WORDS = frozenset(_TERMS["not_inside_words"])
_AFTER_HEAD_BREAKS = frozenset(_TERMS["after_head_breaks"])
_WORD_RUN = re.compile(r"\S+")
_SHORT_CAPS_OK = frozenset(_TERMS["short_caps_ok"])
_MAX_NAME_WORDS = 10


def _clean_bounds(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Cut model/rule/base spans at clause breaks and trailing function words; drop run-ons.

    Gazetteer and acronym hits are exact strings and are left alone. A span of more than
    ten words is a clause the model ran on with, not a name.
    """
    out = []
    for c in candidates:
        if c.source in ("gazetteer", "acronym"):
            out.append(c)
            continue
        start, end = c.start, c.end
        # a comma inside a name that ends on its head word stays: "Scrutiny for Policies,
        # Children and Families Committee"; "Children's Social Care, Education" is a list
        head = text[start:end].split()[-1] if text[start:end].split() else ""
        for m in _HARD_BREAK.finditer(text, start, end):
            if m.group(0) == ", " and head[:1].isupper() and head.lower() in HEAD_LABELS:
                continue
            end = m.start()
            break
        spans = [m.span() for m in _WORD_RUN.finditer(text, start, end)]
        words = [text[a:b] for a, b in spans]
        # a sentence-initial function word is not part of the name: "Should Kent County Council";
        # nor is an article ("The County Council"), unless it is all the name has ("The Lodge")
        while (len(words) > 1 and words[0].lower() in _NOT_FIRST_WORDS) or (
                len(words) > 2 and words[0].lower() in _LEADING):
            words, spans = words[1:], spans[1:]
        # an organisation's possessive before a name is the owner, not part of the name:
        # "KCC's Elective Home Education Team", "the Borough Council's Planning Committee"
        for i, w in enumerate(words[:-1]):
            owner = w[:-2] if w.endswith(("'s", "’s")) else ""
            if len(owner) >= 2 and (owner.isupper() or owner.lower() == "council") and words[i + 1][:1].isupper():
                words, spans = words[i + 1 :], spans[i + 1 :]
                break
        for i in range(1, len(words)):
            # a verb, pronoun or modal ends the name: "Sheppey Gateway would have on children";
            # so does a place or a second name after the head word: "Seashells Family Hub in Sheerness",
            # "Adoption Support Fund the Permanence Team"
            if words[i] in _NOT_INSIDE_WORDS or (
                    words[i] in _AFTER_HEAD_BREAKS and words[i - 1][:1].isupper() and words[i - 1].lower() in HEAD_LABELS):
                words, spans = words[:i], spans[:i]
                break
        while words and words[-1].lower() in _TAIL_WORDS:
            words.pop()
            spans.pop()
        if not words or len(words) > _MAX_NAME_WORDS:
            continue
        if c.source == "model" and c.label != "PERSON" and words[-1].lower() in _NOT_NAME_HEADS:
            continue  # "Children and Families Act", "Youth Workers": no body, however the NER labels it
        if any("@" in w or "://" in w or w.startswith("www.") for w in words):
            continue  # an email or web address is not a name
        if any(w.isalpha() and w.lower() == nxt.lower() for w, nxt in zip(words, words[1:])):
            continue  # a word twice in a row is a table's stacked column headers: "Financial Financial Exposure"
        if c.source == "model" and _in_upper_case_heading(text, spans[0][0], spans[-1][1]):
            continue  # "RESIDENT FEEDBACK – SEASHEL LS FAMI LY HUB": a heading, read in pieces
        before = text[max(0, spans[0][0] - 20) : spans[0][0]].split()
        if len(words) >= 2 and all(w.isupper() for w in words) and before and before[-1].isalpha() and (
                before[-1].isupper() and len(before[-1]) >= 2 and before[-1].lower() not in _TAIL_WORDS):
            continue  # the middle of an upper-case heading: "ACCESSING FAMILY HUB SERVICES AT THE ..."
        start = spans[0][0]
        if len(words) >= 2 and all(w.isupper() for w in words if any(ch.isalpha() for ch in w)) and any(
                len(w) <= 2 and w.isalpha() and w not in _SHORT_CAPS_OK for w in words):
            continue
        if any(w.lower() in ROLE_WORDS and nxt == "of" for w, nxt in zip(words, words[1:])) or words[0].lower() in _NOT_NAME_FIRST_WORDS:
            continue  # "Executive Director of Children's Services", "Inspection of Local Authority Children's Services"
        end = spans[-1][1]
        if (end, start) != (c.end, c.start):
            # a model span cut back to its head word takes that word's label, as an uncut one does
            label = _HEAD_OVERRIDE.get(words[-1].lower(), c.label) if c.source == "model" and len(words) > 1 else c.label
            c = _Candidate(start, end, label, c.source, c.priority, c.entity)
        out.append(c)
    return out


def _in_upper_case_heading(text: str, start: int, end: int) -> bool:
    """The span is upper case, on a line with no lower-case letter and another upper-case word."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(ch.islower() for ch in line) or any(ch.islower() for ch in text[start:end]):
        return False
    others = (text[line_start:start] + " " + line[end - line_start :]).split()
    return any(len(w) >= 2 and w.isalpha() for w in others)


def _end_of_words(text: str, start: int, words: list[str]) -> int:
    """Character end of the first len(words) whitespace-separated words from `start`."""
    pos = start
    for w in words:
        pos = text.index(w, pos) + len(w)
    return pos


# Document-level consistency: a name found once in a paper is a mention wherever the paper
# repeats it, including where a PDF line break splits it ("Millmead\nFamily Hub") and the
# model or the token patterns miss it. A hub or centre named "<Name> Family Hub" is also
# called by its bare name ("feedback on Millmead"), unless the paper uses that name for a place.
PROPAGATE_NAMES = True
_ALIAS_HEADS = tuple(_TERMS["alias_heads"])
_MAX_NAMES = 400


def _propagated_candidates(text: str, names: dict[str, tuple[str, str | None]]) -> list[_Candidate]:
    found = []
    for name, (label, entity) in names.items():
        first = name.split(None, 1)[0]
        if first not in text:  # cheap test before the regex
            continue
        for m in _name_pattern(name).finditer(text):
            found.append(_Candidate(m.start(), m.end(), label, "propagated", 1, entity))
    return found


def _remember_names(text: str, resolved: list[_Candidate], names: dict[str, tuple[str, str | None]]) -> None:
    for c in resolved:
        if c.source not in ("rule", "model", "gazetteer") or c.label == "PERSON" or len(names) >= _MAX_NAMES:
            continue
        name = " ".join(text[c.start : c.end].split())
        if len(name) < 3 or not name[:1].isupper():
            continue
        if " " in name:  # one word ("RAG", "Reading") is too ambiguous to force on every use
            names.setdefault(name, (c.label, None))
        if c.label == "SERVICE":
            for head in _ALIAS_HEADS:
                bare = name[: -len(head)].strip() if name.endswith(" " + head) else ""
                if re.fullmatch(r"[A-Z][a-z]{3,}", bare) and names.get(bare, ("SERVICE",))[0] == "SERVICE":
                    names.setdefault(bare, ("SERVICE", name))
                    break
    for c in resolved:  # a bare name the paper also uses for a place is not an alias
        if c.label == "PLACE":
            bare = " ".join(text[c.start : c.end].split())
            if names.get(bare, ("", None))[1] is not None:
                names[bare] = ("PLACE", None)


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    body = r"\s+".join(re.escape(part) for part in name.split())
    return re.compile(rf"(?<![\w'-]){body}(?![\w-])")


@lru_cache(maxsize=1024)
def _bare_pattern(short: str) -> re.Pattern[str]:
    """A bare use of an acronym: "YOT" but not "YOTs" or "pre-YOT"."""
    return re.compile(rf"(?<![\w-]){re.escape(short)}(?![\w-])")


def _resolve(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping spans: higher priority first, then longer, then earlier."""
    # on the same span a rule's label (set by the name's head word) beats the model's
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start, c.source == "model"))
    taken: list[_Candidate] = []
    for c in ranked:
        if c.end <= c.start:
            continue
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


_LEADING = frozenset(_TERMS["leading_words"])
_TRAILING = frozenset(_TERMS["trailing_tokens"])


def _trim(span: Span) -> Span | None:
    """Drop a leading "The"/"Our" (unless the name is "The Lodge") and trailing punctuation."""
    start, end = span.start, span.end
    while end > start and span.doc[end - 1].text in _TRAILING:
        end -= 1
    while end - start > 2 and span.doc[start].lower_ in _LEADING:
        start += 1
    if end <= start:
        return None
    return span.doc[start:end]


def _untitle(span: Span, titles: frozenset[str]) -> Span:
    """A full name loses its title ("Cllr Frances Nicholson" -> "Frances Nicholson"); a surname,
    alone or after initials, keeps it, as minutes write it ("Mr Gough", "Mr R W Gough")."""
    i = span.start
    while i < span.end - 1 and span.doc[i].text in titles:
        i += 1
    rest = span.doc[i : span.end]
    if i > span.start and len(rest) >= 2 and len(rest[0].text) > 1 and rest[1].text != "-":
        return rest
    return span


def _is_name_prefix(text: str) -> bool:
    """At most three capitalised words before a long form: "Medway " in "Medway Clinical Commissioning Group",
    "Children's Social Care " in "Children's Social Care Quarterly Performance Review Meetings (QPRM)"."""
    words = text.split()
    return len(words) <= 3 and all(w[:1].isupper() for w in words)


def _joins_two_names(span: Span) -> bool:
    """ "SEND Board and Transformation Board": a head word then "and" means two names; so does
    an acronym then "and" ("KCC and Kent and Medway Integrated Care Board")."""
    for tok, nxt in zip(span[:-1], span[1:]):
        if nxt.lower_ in _CONNECTORS and (
                tok.lower_ in HEAD_LABELS or (len(tok) >= 2 and tok.text.isupper() and tok.is_alpha)):
            return True
    return False


def _is_name(text: str) -> bool:
    """A base-model entity worth keeping: has a capitalised word, no digits-only, not too long."""
    words = text.split()
    return (
        bool(_HAS_LETTER_WORD.search(text))
        and text[0].isupper()
        and len(words) <= 8
        and not any(ch.isdigit() for ch in text)
        and "\n" not in text
    )
