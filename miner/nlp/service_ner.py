"""The trained NER and the base model's entities as sources of `miner_services`, and their labels.

The trained NER in `models/ner/` (or `MINER_NER_MODEL`) finds the names the rules
miss; the base model's ORG/PERSON/GPE entities are kept only when they look like a
body, a person or a place. A name's head word settles its label when the model hesitates.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from miner.canonical import KNOWN_ACRONYMS
from miner.nlp.service_names import Candidate, token_article_of_name, trim
from miner.nlp.service_ruler import load_patterns
from miner.nlp.service_terms import HEAD_LABELS, HEAD_OVERRIDE, LOWER_CASE_HEADS, TERMS

LABELS = ("SERVICE", "PROGRAMME", "BOARD", "ORG", "INSPECTORATE", "SYSTEM", "PLACE", "PERSON")
BASE_LABELS = {"ORG": "ORG", "PERSON": "PERSON", "GPE": "PLACE", "FAC": "PLACE", "LOC": "PLACE"}
BASE_VERSION = "en_core_web_sm@3.8.0"
JUNK = re.compile(r"^(?:the |a )?(?:" + "|".join(TERMS["junk_base_entities"]) + r")$", re.I)
_HAS_LETTER_WORD = re.compile(r"[A-Za-z]{2,}")
_ORGISH = re.compile(r"\b(?:" + "|".join(TERMS["orgish_words"]) + r")\b")
_NOT_PERSON = frozenset(TERMS["not_person_words"])
# (entities round 63) a room's or building's last word, which ends no person's name: "Ante Room", "Pershore Abbey"
_BUILDING_PERSON_HEADS = frozenset(TERMS["building_person_heads"])
_TITLES = frozenset(TERMS["person_titles"])  # "Councillor Towe" is a person
# Model labels kept only on a name that ends in a head word ("Programme", "Board", "Council") or
# is an acronym: "Commissioning Intentions", "Hospital Funding", "Corn Exchange" are not bodies.
_NEEDS_HEAD = {"PROGRAMME", "BOARD", "ORG"}
_BODY_LABELS = {"ORG", "BOARD", "INSPECTORATE"}
_KIND_LABELS = {"SERVICE", "PROGRAMME", "BOARD"}
_SENTENCE_STOPS = frozenset({".", ",", ";", ":"})
_PLACE_HEADS = frozenset(TERMS["place_heads"])
# head words that settle the model's label only ("Meopham School" -> ORG), not a definition's
_MODEL_HEADS = {**HEAD_OVERRIDE, **TERMS["model_heads"]}
# the first word of a project's or police operation's codename, never of a person's name
_CODENAME_WORDS = frozenset({"Project", "Operation"})
# services a paper names by their kind alone only in some sentences ("Clerk to report to Highways.", "KCC HR
# colleagues"): the ruler's cues decide, not the NER (`service_cue`, `support_function_cue`)
_CONTEXT_NAMED = frozenset(TERMS["context_named_services"])
# the rest of a hyphenated surname after the tokeniser's hyphen: "Harvey" + "-Ross"
_HYPHENATED_REST = re.compile(r"-[A-Z][a-z]+")
# (entities round 59) a breadcrumb's marks, a list item's glyph, a place's name before a trading word
_BREADCRUMB_MARKS = frozenset(TERMS["breadcrumb_marks"])
_LIST_GLYPHS = frozenset(TERMS["list_glyphs"])
_PLACE_TRADING_WORDS = frozenset(TERMS["place_trading_words"])
# a surname after a person's initials the NER stopped at: "Contact: Mrs KM Howard" (St Helens 2020) read "Mrs KM"
# (entities round 62) a plan's edition before its name: "the second Climate Emergency Response Plan"
_EDITION_WORDS = frozenset(TERMS["edition_words"])
_ROUTE_CODE = re.compile(r"[A-Z]{1,2}\d{1,3}[A-Z]?")
# a street by its kind word (`street_name`), no person: "the paths at Hobb's Lane and Fenny Drove"
_STREET_NAME = re.compile(TERMS["street_name"])
_SURNAME_AFTER_INITIALS = re.compile(r"[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?\b(?![ \t]*[A-Z][a-z])")


def _own_initials(token, name) -> bool:
    """`token` is two capitals, the initials of the two capitalised words of `name` just before it ("Buk Dhadda BD")."""
    return (len(token.text) == 2 and token.text.isalpha() and token.text.isupper()
            and all(t.is_alpha and t.is_title for t in name)
            and token.text == "".join(t.text[0] for t in name))


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
def load_ner(path: str):
    """The trained `ner` component, run on miner's own Docs (no second tokenisation).

    It embeds its own tok2vec, so it needs nothing else from its pipeline; it
    writes `doc.ents`, which the base `ner` would otherwise fill.
    """
    import spacy

    return spacy.load(path).get_pipe("ner")


def model_version(path: Path) -> str:
    """`name@version` from the model's meta.json, for each mention's provenance."""
    meta = json.loads((path / "meta.json").read_text())
    return f"{meta.get('name', 'ner')}@{meta.get('version', '0')}"


def model_candidates(out: Doc | None) -> list[Candidate]:
    """`out` is the trained NER's parse of the unit's text (None without a model)."""
    if out is None:
        return []
    found = []
    for ent in (part for whole in out.ents for part in list_items(out, whole)):
        if ent.label_ not in LABELS or ent.text in _CONTEXT_NAMED:
            continue
        if any(t.text in _BREADCRUMB_MARKS for t in ent):
            continue  # a web page's breadcrumb trail: "Home > Council and Democracy > Agenda item" (Blackpool, Cambridge)
        ner_label = ent.label_  # (a slice of the entity below has no label of its own)
        while len(ent) > 1 and ent[0].text in _LIST_GLYPHS:
            ent = ent[1:]  # a list item's bullet: "• Greater Manchester Police (GMP)" (Salford SAB annual report 2024/25)
        if len(ent) > 2 and ent[0].text == "The" and not token_article_of_name(out, ent.start):
            # a sentence's article is no part of the name: "The Medway Young Persons' Wellbeing Service"; a house's
            # one-word name keeps it, as `trim` does ("The Lodge", "The Elms", Somerset 2019)
            ent = ent[1:]
        if len(ent) > 2 and _ROUTE_CODE.fullmatch(ent[0].text) and ent[1].is_title:
            ent = ent[1:]  # a bus route's number is no part of the place it runs to: "run the X12 Westmere Parkway
            # express" (written for the probe; NER 0.7.0 reads the three words a service; entities round 62)
        while len(ent) > 1 and ent[0].lower_ in _EDITION_WORDS and ent[0].is_lower and ent[1].is_title:
            ent = ent[1:]  # an edition's word: "the adoption of the second Climate Emergency Response Plan" (Durham)
        # a body's label on its name and the lower-case kind of its thing after it: "the West Midlands Combined
        # Authority fund the corridor" names the Authority (a paying body is no part of its fund's name)
        if (len(ent) > 2 and ner_label in _BODY_LABELS and ent[-1].is_lower
                and LOWER_CASE_HEADS.get(ent[-1].lower_, ner_label) != ner_label and ent[-2].is_title):
            ent = ent[:-1]
        # a person's own initials after their name, as an attendance list writes them before the post, are no part
        # of the name, nor do they open a name of their own: "Dr Buk Dhadda BD Governing Body GP", "Dr Penny Blackwell
        # PB Governing Body GP" (Derby and Derbyshire CCG governing body 2022; entities round 60)
        cut = (next((i for i in range(2, len(ent)) if _own_initials(ent[i], ent[i - 2 : i])), None)
               if ner_label == "PERSON" else None)
        if cut is not None:
            ent = ent[:cut]
        elif ent.start >= 2 and _own_initials(ent[0], out[ent.start - 2 : ent.start]):
            continue  # (whatever the label: NER 0.7.0 reads "PB Governing" a person)
        # The head word settles board/service/programme when the model hesitates; a plan's years
        # come after it ("Homelessness and Rough Sleeping Strategy 2023-2028").
        head = next((t for t in reversed(ent) if t.is_alpha), ent[-1])
        label = _MODEL_HEADS.get(head.lower_, ner_label) if len(ent) > 1 else ner_label
        # a name ending in a body's acronym the gazetteer knows is that body: "NHS Northshire and Westvale ICB"
        # (NER 0.7.0 reads SERVICE; entities round 62)
        if len(ent) > 1 and label != "PERSON" and head.is_upper and _gazetteer_acronyms().get(head.text) == "ORG":
            label = "ORG"
        # a standard acronym's label is its expansion's head word's: "funded by the HSF" (Household Support Fund)
        # is a fund, whatever label the NER gives the letters; an organisation stays one (ICB, CCG and LEP are bodies
        # with a board's head word)
        if len(ent) == 1 and label in _KIND_LABELS and (expansion := KNOWN_ACRONYMS.get(ent.text)):
            label = HEAD_LABELS.get(expansion.split()[-1].lower(), label)
        # a place's name and a trading word the NER reads an organisation: "the Board of Trafford Leisure" (below)
        traded = label == "ORG" and len(ent) in (2, 3) and ent[-1].text in _PLACE_TRADING_WORDS
        if label in _NEEDS_HEAD and not _headed(ent) and not traded:
            if (person := _attendance_row_person(out, ent)) is not None:
                found.append(Candidate(person[0], person[1], "PERSON", "model", 1))
            continue  # cross-validated, these labels are mostly wrong on phrases without a head word
        if (label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in _BUILDING_PERSON_HEADS
                and ent[0].text not in _TITLES):
            label = "PLACE"  # a room or a building the NER reads as a person: "Chamber & Ante Room", "Pershore Abbey"
        if label == "PLACE" and not _placed(ent):
            continue
        if label == "PERSON" and any(t.lower_ in _NOT_PERSON and t.text not in _TITLES for t in ent):
            continue  # "Art Gallery", "Jobcentre Plus": no person, however the NER labels it
        if (len(ent) == 1 and label in _KIND_LABELS and ent[0].text.endswith("s") and ent.start >= 1
                and out[ent.start - 1].text in ("'s", "’s")):
            continue  # a place's kind of site in the plural: "There were 771,600 visits to Kent's Libraries in the
            # quarter" (written for the probe; NER 0.7.0 reads a service; entities round 62)
        if label == "PERSON" and (m := _STREET_NAME.match(out.text, ent.start_char)) and m.span(1) == (
                ent.start_char, ent.end_char):
            continue  # a street the NER reads as a person: "the paths at Hobb's Lane and Fenny Drove" (NER 0.7.0)
        if label == "PERSON" and len(ent) > 1 and ent[0].text in _CODENAME_WORDS:
            label = "PROGRAMME"  # "Project Horizon" (written for the probe), "Operation Willow" (Medway 2018): a codename
        while len(ent) > 1 and ent[-1].text in _SENTENCE_STOPS:
            ent = ent[:-1]  # a sentence's full stop after an acronym: "delegate functions to the IJB."
        end = ent.end_char
        if ent[-1].text.endswith(".") and len(ent[-1]) >= 3 and ent[-1].text[:-1].isalpha() and ent[-1].text[:-1].isupper():
            end -= 1  # the same, left on the acronym's token
        if label == "PERSON" and (rest := _HYPHENATED_REST.match(out.text, end)):
            end = rest.end()  # "Cllr Kit Harvey-Ross": the NER stopped at the tokeniser's hyphen
        # initials as forenames after a title, the surname left out: "Contact: Mrs KM Howard" (St Helens 2020)
        if (label == "PERSON" and len(ent) == 2 and ent[0].text in _TITLES and ent[-1].text.isalpha()
                and ent[-1].text.isupper() and len(ent[-1]) <= 3
                and (rest := _SURNAME_AFTER_INITIALS.match(out.text, end))):
            end = rest.end()
        # a place's name and a trading word is an organisation: "the Board of Trafford Leisure" (Trafford 2019);
        # a word between them too: "It was noted that Northamptonshire Food Poverty had commented" (Northampton food
        # poverty scrutiny panel; entities round 60)
        if label == "PLACE" and len(ent) in (2, 3) and ent[-1].text in _PLACE_TRADING_WORDS:
            label = "ORG"
        found.append(Candidate(ent.start_char, end, label, "model", 1))
        # a second name of the same family after "or": "passed on to either the Family Hubs or Family Solutions if
        # they" (Stockton People Select Committee 2025; NER 0.7.0 reads the first only; entities round 62)
        if (label in _KIND_LABELS and (m := _OR_SAME_FAMILY.match(out.text, end))
                and m.group(1).split()[0] == ent[0].text and len(ent) >= 2):
            found.append(Candidate(m.start(1), m.end(1), label, "model", 0))
    return found


_OR_SAME_FAMILY = re.compile(r"[ \t]+or[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2})(?![\w'’-])(?![ \t]+[A-Z])")


# a list item's line: short, two capitalised words or more, the last no joining word ("Family Solutions Teams")
_ITEM_LINE = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’&-]+)*[ \t]+[A-Z][\w'’-]*[ \t]*")
_ITEM_LINE_MAX = 45
_ITEM_JOINS = frozenset({"and", "&", "of", "for", "the", "to", "in", "with", "or"})
# two capitalised names the NER read as one over "or": "passed on to either the Family Hubs or Family Solutions"
_OR_BETWEEN_NAMES = re.compile(r"(?<=[a-z])[ \t]+or[ \t]+(?=[A-Z])")


def list_items(doc: Doc, ent: Span) -> list[Span]:
    """The NER's name, or its parts where it ran over the lines of a list, one short name a line ("The presentation
    covered:\n\nFront Door to Early Help\nFamily Hubs\nFamily Solutions Teams\nTherapeutic Team\n...", Stockton
    People Select Committee 2025, read "Early Help\nFamily Hubs\nFamily Solutions Teams"), or over "or" between two
    capitalised names ("either the Family Hubs or Family Solutions"). A name a PDF wrapped onto its next line is one:
    its lines are long, or a part is one word or ends on a joining word ("Highways &\nTransportation", "Deputy Chief
    Executive's\nDepartment", Kent finance monitoring 2024)."""
    text = doc.text
    start, end = ent.start_char, ent.end_char
    if "\n" in text[start:end]:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        lines = text[line_start:line_end].split("\n")
        parts, at = [], start
        for line in text[start:end].split("\n"):
            parts.append((at, at + len(line)))
            at += len(line) + 1
        if (len(parts) >= 2 and text[end:line_end].strip() == ""
                and all(len(line.strip()) <= _ITEM_LINE_MAX for line in lines)
                and all(_ITEM_LINE.fullmatch(text, s, e) and text[s:e].split()[-1].lower() not in _ITEM_JOINS
                        for s, e in parts)):
            return [p for s, e in parts if (p := doc.char_span(s + len(text[s:e]) - len(text[s:e].lstrip()),
                                                              e - len(text[s:e]) + len(text[s:e].rstrip()),
                                                              label=ent.label_)) is not None]
    m = _OR_BETWEEN_NAMES.search(text, start, end)
    if m is not None and m.end() < end:
        first, second = doc.char_span(start, m.start(), label=ent.label_), doc.char_span(m.end(), end, label=ent.label_)
        return [p for p in (first, second) if p is not None]
    return [ent]


def base_candidates(doc: Doc) -> list[Candidate]:
    """The base model's ORG/PERSON/GPE entities that look like names of bodies, people or places."""
    found = []
    for ent in doc.ents:
        label = BASE_LABELS.get(ent.label_)
        span = trim(ent)
        if label is None or span is None or JUNK.match(span.text) or not _is_name(span.text):
            continue
        if any(t.text in _BREADCRUMB_MARKS for t in span):
            continue  # a breadcrumb trail, as in `model_candidates`: "Home > Council" (Blackpool, Cambridge)
        if label == "ORG" and (len(span) < 2 or not _ORGISH.search(span.text)):
            continue  # the base model calls most capitalised phrases ORG
        if label == "PERSON" and (len(span) < 2 or not all(t.is_title and t.is_alpha for t in span)
                                  or any(t.lower_ in _NOT_PERSON for t in span)):
            continue
        if label == "PLACE" and (ent.label_ != "GPE" or span.text.isupper()):
            continue
        found.append(Candidate(span.start_char, span.end_char, label, "base", 0))
    return found


_ATTENDANCE_HEADER = re.compile(r"^[ \t]*(?:" + "|".join(TERMS["attendance_header_words"]) + r")(?:[ \t|]+(?:"
                                + "|".join(TERMS["attendance_header_words"]) + r"))+[ \t|]*$", re.M)
_NOT_PERSON_NAME = frozenset(TERMS["not_person_name_words"])


def _attendance_row_person(doc: Doc, ent: Span) -> tuple[int, int] | None:
    """The person's name opening an attendance table's row, where the NER read a headless name of a body or scheme:
    "Julia Ingram | Dorset Council (Adults) |", "Name  Agency\nLewis Gool Office of the Police and Crime Commissioner"
    (Dorset Community Safety Partnership 2024; NER 0.7.0 reads "Julia Ingram" a programme, "Lewis Gool Office" an
    organisation; entities round 62): the first two words at a row's start, before a cell's bar or under the table's
    header row."""
    if len(ent) < 2 or not all(t.is_alpha and t.is_title for t in ent[:2]):
        return None
    if any(t.lower_ in _NOT_PERSON or t.text in _NOT_PERSON_NAME or t.text in _TITLES for t in ent[:2]):
        return None
    text = doc.text
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    if text[line_start : ent.start_char].strip(" \t|"):
        return None
    end = ent[1].idx + len(ent[1].text)
    cell = re.match(r"[ \t]*\|", text[end:]) is not None and len(ent) == 2
    under_header = any(at < line_start for at in _name_headers(text))
    return (ent.start_char, end) if cell or under_header else None


@lru_cache(maxsize=8)
def _name_headers(text: str) -> tuple[int, ...]:
    """Where a paper's attendance table header rows naming "Name" start, read once per paper rather than once per
    headless name (a header is one line, so one starting before a row's line lies wholly before it)."""
    return tuple(h.start() for h in _ATTENDANCE_HEADER.finditer(text) if re.search(r"\bNames?\b", h.group()))


def _headed(span: Span) -> bool:
    """The span's last word is a head word, or the span is one upper-case acronym."""
    words = [t for t in span if t.is_alpha]
    if not words:
        return False
    return words[-1].lower_ in _MODEL_HEADS or words[-1].lower_ in HEAD_LABELS or (len(words) == 1 and words[0].is_upper and len(words[0]) >= 2)


def _placed(span: Span) -> bool:
    """One word, a name starting or ending in a place head word ("Isle of Sheppey", "Dane Valley"),
    or one holding a gazetteer place ("Mid Kent")."""
    words = [t for t in span if t.is_alpha]
    return (len(words) < 2 or words[-1].lower_ in _PLACE_HEADS or words[0].lower_ in _PLACE_HEADS
            or any(t.text in _gazetteer_places() for t in words))


@lru_cache(maxsize=1)
def _gazetteer_acronyms() -> dict[str, str]:
    """The gazetteer's one-word acronyms and their labels ("ICB" -> ORG)."""
    return {p["pattern"]: p["label"] for p in load_patterns()
            if isinstance(p["pattern"], str) and p["pattern"].isupper() and " " not in p["pattern"]
            and not p.get("id", "").startswith("weak")}


@lru_cache(maxsize=1)
def _gazetteer_places() -> frozenset[str]:
    """The one-word places of the ruler's gazetteer ("Kent", "Sheppey")."""
    return frozenset(p["pattern"] for p in load_patterns()
                     if p["label"] == "PLACE" and isinstance(p["pattern"], str) and " " not in p["pattern"])


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
