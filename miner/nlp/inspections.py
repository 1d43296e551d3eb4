"""Component `miner_inspections`: inspection outcomes (inspectorate, date, judgement).

Reads `doc._.miner_unit` and writes a span per outcome to
`doc.spans["miner_inspections"]`, the `Inspection` record on `span._.miner_record`
(offsets absolute). A judgement word counts only in a judging construction
("judged 'Inadequate'", "received an 'Outstanding' judgement", "found to be
'Requiring Improvement'", "an overall ranking of inadequate", "a judgement of
Requires Improvement", "The Elms - Requires Improvement to be Good" under a
"rated as follows" header), so "making good progress" or "an ambition to be
outstanding" are not outcomes. Cue words live in `patterns/inspections.json`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from miner.model import Inspection, TextUnit, stable_id
from miner.nlp.dates import find_dates
from miner.nlp.doctext import text_of
from miner.nlp.numbers import PATTERNS_DIR

METHOD = "rule:miner_inspections/1"

if not Doc.has_extension("miner_unit"):
    Doc.set_extension("miner_unit", default=None)


@lru_cache(maxsize=1)
def _patterns() -> dict:
    with open(PATTERNS_DIR / "inspections.json", encoding="utf-8") as fh:
        data = json.load(fh)
    q = r"""['"‘’“”*\s]*"""
    judgement = r"(?P<j>require(?:s|d)? improvement(?: to be good)?|requiring improvement|outstanding|inadequate|good|adequate)"
    cues = "|".join(data["judging_cues"])
    before = re.compile(rf"\b(?:{cues})\s+(?:(?:them|it|us)\s+)?(?:(?:as|to\s+be|being|to)\s+){{0,2}}(?:an?\s+|the\s+)?(?:overall\s+)?{q}{judgement}\b{q}", re.I)
    # a strong verb with its object between it and the grade: "judged the Council's children's services to be
    # 'Requires improvement to be good' overall"
    strong = "|".join(data["strong_judging_cues"])
    object_between = re.compile(rf"\b(?:{strong})\s+(?:[\w'’-]+\s+){{1,6}}?(?:as|to\s+be)\s+{q}{judgement}\b{q}", re.I)
    after = re.compile(rf"(?:\ban?\s+|\bour\s+\w+\s+|\bthe\s+)(?:overall\s+)?{q}{judgement}{q}\s*(?:judge?ments?|rating|grade|outcome)\b", re.I)
    listed = re.compile(rf"^[^\n]{{2,60}}?\s[-–:]\s+{judgement}[ \t]*$", re.I | re.M)
    inspectorates = [(name, re.compile(p, re.I)) for name, p in data["inspectorates"].items()]
    return {"before": before, "object_between": object_between, "after": after, "listed": listed, "inspectorates": inspectorates,
            "exclude": re.compile("|".join(data["not_outcome_cues"]), re.I), "judgements": data["judgements"],
            "strong": re.compile(rf"\b(?:{'|'.join(data['strong_judging_cues'])})\s+(?:(?:as|to\s+be|being)\s+)?{q}\S*$", re.I),
            "strong_exclude": re.compile("|".join(data["not_outcome_cues_after_strong"]), re.I),
            "unnamed_parts": re.compile("|".join(data["unnamed_parts"]), re.I),
            "area_send": [(re.compile(rx, re.I), label) for rx, label in data["area_send_outcomes"].items()],
            "own_scale": data["own_scale"]}


def normalise_judgement(word: str) -> str:
    """'requiring improvement', 'Requires Improvement to be Good' -> 'Requires Improvement'."""
    w = re.sub(r"\s+", " ", word.lower()).strip()
    return _patterns()["judgements"].get(w, "Requires Improvement" if w.startswith("requir") else w.title())


def _inspectorate(text: str, last: bool = False) -> str | None:
    """The inspectorate `text` names first (a sentence's subject), or last (the one named nearest before a grade)."""
    hits = [(m.start(), name) for name, rx in _patterns()["inspectorates"] for m in rx.finditer(text)]
    return (max(hits) if last else min(hits))[1] if hits else None


# "The Lodge – Good": a short capitalised name, a dash, a grade, and nothing else on the line.
_NAMED_GRADE_LINE = re.compile(
    r"(?:The\s+)?[A-Z][\w']*(?:\s+[A-Za-z][\w']*){0,4}\s+[-–]\s+"
    r"(?i:requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|inadequate|good)")


def _date_of_visit(before: str) -> str | None:
    """The first date of the sentence before a judgement that says when the inspectors came, if it does."""
    prev = re.split(r"(?<=[.!?])\s+", before.strip())[-1] if before.strip() else ""
    if not re.search(r"\b(?:inspect|assess|visit)\w*", prev, re.I):
        return None
    dates = [d for d in find_dates(prev) if not _ACT_YEAR_BEFORE.search(prev[: d[0]])]
    return dates[0][2] if dates else None


# a year that ends a law's name is not a date: "under Part 1 of the Care Act 2014"
_ACT_YEAR_BEFORE = re.compile(r"\bAct\s+$")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts: after the last ". " or line break before it, else the text's start."""
    dot = text.rfind(". ", 0, at)
    return max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, at) + 1)


def _excluded(text: str, m: re.Match[str]) -> bool:
    """An aim or a plain adjective (`not_outcome_cues`), unless a strong judging verb ("were judged", "was rated")
    names the grade: "The experiences and progress of children in care were judged Outstanding" is an outcome (an
    ILACS sub-judgement), "making good progress" is not. An unnamed part's grade (`unnamed_parts`) never is."""
    p = _patterns()
    if p["unnamed_parts"].search(text[max(0, m.start() - 60) : m.start()]):
        return True  # "with a few areas that were judged overall as good": no part named, the overall judgement is the outcome
    if not p["exclude"].search(text[max(0, m.start() - 40) : m.end() + 25]):
        return False
    if p["strong"].search(text[max(0, m.start() - 40) : m.start("j")]):
        return p["strong_exclude"].search(text[max(0, m.start() - 40) : m.end() + 25]) is not None
    return True


def _area_send(text: str) -> list[tuple[int, int, dict]]:
    """The outcome of an area SEND inspection (Ofsted and CQC, framework of 2023): one of three sentences,
    not a grade ("arrangements typically lead to positive experiences and outcomes")."""
    found = []
    for rx, label in _patterns()["area_send"]:
        for m in rx.finditer(text):
            s_start = _sentence_start(text, m.start())
            prev = text[max(0, s_start - 400) : m.end()]
            dates = [d for d in find_dates(prev) if not _ACT_YEAR_BEFORE.search(prev[: d[0]])]
            found.append((m.start(), m.end(), {"judgement": label, "inspectorate": _inspectorate(prev) or "Ofsted",
                                               "date": dates[-1][2] if dates else None}))
    return found


def find_inspections(text: str, header: str | None = None) -> list[tuple[int, int, dict]]:
    """(start, end, fields) for each inspection outcome in `text`."""
    p = _patterns()
    found: list[tuple[int, int, dict]] = _area_send(text)
    matches = [*p["before"].finditer(text), *p["object_between"].finditer(text), *p["after"].finditer(text)]
    if re.search(r"\b(?:rated|judged|graded)\b.{0,30}(?:as follows|below)", (header or "") + text, re.I):
        listed = list(p["listed"].finditer(text))
        matches += listed
    elif _NAMED_GRADE_LINE.fullmatch(text.strip()):
        # a line of its own naming a setting and its grade, "The Elms - Requires Improvement to be Good",
        # when the list header that says "rated as follows" is in a unit of its own
        listed = list(p["listed"].finditer(text))
        matches += listed
    else:
        listed = []
    for m in sorted(matches, key=lambda m: m.start()):
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        s_start = _sentence_start(text, m.start())
        s_end = min((i for i in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if i >= 0))
        sentence = text[s_start:s_end]
        if _excluded(text, m):
            continue
        before_text = text[max(0, s_start - 400) : s_end]
        inspectorate = (_inspectorate(sentence) or _inspectorate(text[max(0, s_start - 400) : s_start], last=True)
                        or _inspectorate(header or ""))
        if inspectorate is None and m not in listed and not re.search(r"inspect", before_text, re.I):
            continue
        own = p["own_scale"].get(normalise_judgement(m.group("j")))
        if own and (inspectorate not in own or not p["strong"].search(text[max(0, m.start() - 40) : m.start("j")])):
            continue  # "graded Adequate" by HMICFRS only; "the response was adequate" is a plain adjective
        dates = [d for d in find_dates(sentence) if not _ACT_YEAR_BEFORE.search(sentence[: d[0]])]
        date = None
        if dates:
            rel = m.start() - s_start
            date = min(dates, key=lambda d: abs(d[0] - rel))[2]
        else:  # "The CQC assessed ... in September 2024 and published its report on ... . The Council was rated ..."
            date = _date_of_visit(text[max(0, s_start - 300) : s_start])
        found.append((m.start(), m.end(), {"judgement": normalise_judgement(m.group("j")),
                                           "inspectorate": inspectorate or "Ofsted", "date": date}))
    return sorted(found, key=lambda f: f[0])


@Language.factory("miner_inspections", assigns=["doc.spans"])
def make_inspection_finder(nlp: Language, name: str) -> "InspectionFinder":
    return InspectionFinder()


class InspectionFinder:
    """Writes a span per inspection outcome, with its `Inspection` on `span._.miner_record`."""

    def __call__(self, doc: Doc) -> Doc:
        doc_text = text_of(doc)
        unit: TextUnit | None = doc._.miner_unit
        offset = unit.start if unit is not None else 0
        doc_id = unit.document_id if unit else ""
        spans = []
        for start, end, f in find_inspections(doc_text, unit.header if unit else None):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            span._.miner_record = Inspection(
                id=stable_id(doc_id, offset + start, offset + end, "inspection"),
                document_id=doc_id,
                section_id=unit.section_id if unit else None,
                inspectorate=f["inspectorate"],
                date=f["date"],
                judgement=f["judgement"],
                text=doc_text[start:end],
                start=offset + start,
                end=offset + end,
                method=METHOD,
            )
            spans.append(span)
        doc.spans["miner_inspections"] = spans
        return doc
