"""People and bodies run together in an attendance table read flat (entities round 51).

A minute's attendance table ("Name | Agency") read as text puts each person's name right before the body they come
from, on one line or across cells: "Supt. Richard Bell Dorset Police", "Cllr Laura Beddow Dorset Council", "Graham
Duggan | Dorset Council". The ruler's "<capitalised words> Police/Council" and the NER then read the person's name as
the first words of the body's ("Richard Bell Dorset Police" as `ORG`), or the header cells as a name ("Name Agency"),
or a name in a cell as a body ("Ian Grant" as a `PROGRAMME`). `people_before_bodies` splits such a span into the
person and the body; the words are in `patterns/service_terms.json` (`attendance_*`, `not_person_name_words`,
`body_end_words`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from miner.nlp.service_names import Candidate, is_organisation
from miner.nlp.service_terms import HEAD_LABELS, TERMS

_HEADER_WORDS = frozenset(TERMS["attendance_header_words"])
_RANK_WORDS = frozenset(TERMS["attendance_rank_words"])
_NOT_PERSON_WORDS = frozenset(TERMS["not_person_name_words"])
_BODY_END_WORDS = frozenset(TERMS["body_end_words"])
_TITLES = frozenset(TERMS["person_titles"])
_FILE_SIZE_WORDS = frozenset(TERMS["file_size_words"])
# a body's own words are no person's name: "Bramley Hospitals NHS Foundation Trust", "Black Country LEP"
_BODY_WORDS = frozenset(TERMS["orgish_words"]) | frozenset(w.capitalize() for w in TERMS["company_group_words"])
# a first name or a surname: "Richard", "Khattra-Hall", "O'Leary", "Sarah-Jane"
# (entities round 69) accented letters too: "André Bromfield" (West Midlands Combined Authority minutes 27 Jan 2017)
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*")
_WORD = re.compile(r"\S+")
# (entities round 69) words that open a body's name: before a body's last word ("City of Wolverhampton Council"), or
# whatever its last word ("Institute of Local Government Studies")
_OPENING_PHRASES = [p.split() for p in TERMS["body_opening_phrases"]]
_OPENING_NAMES = [p.split() for p in TERMS["body_opening_names"]]
_TIER_WORDS = frozenset(TERMS["attendance_tier_words"])
_PLACE_LEADS = frozenset(TERMS["place_lead_abbreviations"])
_ROOM_HEADS = frozenset(TERMS["room_number_heads"])
# a room's number after its name's last word: "Conference Room 1a" (entities round 70)
_ROOM_NUMBER = re.compile(r"[ \t]+\d{1,3}[a-z]?\b(?![.,:/-]?\d)")
_NAME_LINK_WORDS = frozenset({"of", "and", "for", "the", "&"})
# where a flat table's cells or rows meet: a line break or a cell's bar
_CELL_BREAK = re.compile(r"[ \t]*(?:\n|\|)[ \t|]*")
_LABELS = frozenset({"ORG", "SERVICE", "BOARD", "PERSON", "PLACE", "PROGRAMME"})
# (entities round 65) "<person>, <a firm's role>, " right before a name: the name is the firm's
_AFTER_FIRM_ROLE = re.compile(r"[A-Z][\w'’-]*,[ \t]+(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(TERMS["firm_role_words"], key=len, reverse=True))
    + r"),[ \t]+$")
_INITIAL = re.compile(r"[A-Z]\.?")
_TITLE_AND_INITIALS = re.compile(r"(?:^|(?<=\s))((?:" + "|".join(re.escape(t) for t in sorted(TERMS["person_titles"]))
                                 + r")[ \t]+(?:[A-Z]\.?[ \t]+){1,3})$")
# a word holding a digit or a slash: a minute's or a paper's code ("Cou/285/07-08"), no part of a person's name
_CODE_WORD = re.compile(r"\S*[\d/]\S*")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    from miner.nlp.service_ruler import load_patterns

    return {p["pattern"]: p["label"] for p in load_patterns() if isinstance(p["pattern"], str)}


def _is_place(words: list[str]) -> bool:
    return _gazetteer().get(" ".join(words)) == "PLACE"


def _name_word(word: str) -> bool:
    return (bool(_NAME_WORD.fullmatch(word)) and word not in _NOT_PERSON_WORDS and word not in _BODY_WORDS
            and word.lower() not in HEAD_LABELS and not _is_place([word]))


def _body_from(words: list[tuple[int, int, str]], k: int) -> str | None:
    """The label of the body that words[k:] name, or None: a known body, or a place and a body's last word."""
    rest = [w for _, _, w in words[k:]]
    known = _gazetteer().get(" ".join(rest))
    if len(rest) >= 2 and known in ("ORG", "SERVICE", "BOARD", "INSPECTORATE"):  # not "Black Country [[LEP]]"
        return known
    if len(rest) == 2 and rest[0] == "NHS" and _is_place(rest[1:]):  # "Simon Hester NHS Dorset"
        return "ORG"
    if len(rest) >= 3 and any(rest[: len(p)] == p for p in _OPENING_NAMES) and all(
            w[:1].isupper() or w in _NAME_LINK_WORDS for w in rest):
        return "ORG"  # (entities round 69) "John Cade Institute of Local Government Studies"
    if len(rest) < 2 or rest[-1] not in _BODY_END_WORDS:
        return None
    opens = (rest[0] == "NHS" or any(rest[: len(p)] == p for p in _OPENING_PHRASES)
             or any(_is_place(rest[:n]) for n in (1, 2, 3)))
    if not opens:
        return None
    # a service by its head word ("Dorset Combined Youth Justice Service"), unless its words make it an
    # organisation ("Dorset Probation Service", as the gazetteer's "Probation Service")
    head = HEAD_LABELS.get(rest[-1].lower())
    return "SERVICE" if head == "SERVICE" and not is_organisation(rest) else "ORG"  # a CCG is an `ORG`


def _person_then_body(text: str, start: int, end: int, label: str) -> list[Candidate] | None:
    """A cell's person and body, when text[start:end] is "<rank> First Last <body>" (or "Last <body>" after
    the first name outside the span)."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    i = 0
    while i < len(words) and words[i][2] in _RANK_WORDS | _TITLES:
        i += 1
    # (entities round 65) a title's initials before the surname: the person is the title, the initials and the surname,
    # as minutes write them ("Cllr R Henry Stevenage Borough Council", Hertfordshire Police and Crime Panel 2012)
    initials = i
    while 0 < i < len(words) - 2 and _INITIAL.fullmatch(words[i][2]):
        i += 1
    for k in ((i + 1,) if i > initials else (i + 2, i + 1)):
        if k >= len(words) or not all(_name_word(w) for _, _, w in words[i:k]):
            continue
        body = _body_from(words, k)
        if body is None:
            continue
        # an area's name before its body is no person's: "the Thames Valley Police and Crime Panel" (Thames Valley
        # Police and Crime Panel 2012; entities round 65), its area a known name with the body's first word
        # ("Thames Valley Police")
        if any(_gazetteer().get(" ".join(w for _, _, w in words[i:j])) not in (None, "PERSON")
               for j in range(k + 1, len(words) + 1)):
            continue
        first = words[0][0] if i > initials else words[i][0]
        if k == i + 1 and i == initials:  # "Ian [[Grant Dorset Council]]": the first name is the word before the span
            if i > 0:
                continue
            before = re.search(r"(?:^|(?<=\s))(\S+)[ \t]+$", text[max(0, start - 40) : start])
            titled = _TITLE_AND_INITIALS.search(text, max(0, start - 40), start)
            if titled is not None:  # "Cllr R [[Henry Stevenage Borough Council]]"
                first = titled.start(1)
            elif before is None or not _name_word(before.group(1)):
                continue
            else:
                first = start - len(text[max(0, start - 40) : start]) + before.start(1)
        return [Candidate(first, words[k - 1][1], "PERSON", "rule", 0),
                Candidate(words[k][0], end, body, "rule", 0)]
    if label == "PERSON" and len(words) == i + 3 and all(_name_word(w) for _, _, w in words[i : i + 2]) \
            and _is_place([words[i + 2][2]]):  # "Molly Rennie Dorset" of "... Dorset Domestic Abuse Forum"
        return [Candidate(words[i][0], words[i + 1][1], "PERSON", "rule", 0)]
    return None


def _cell_name(text: str, start: int, end: int, bars: bool) -> tuple[list[Candidate], bool]:
    """A part of a span cut at a row's or cell's break: a person and a body, a known name or (between a cell's
    bars) a person's name; and whether the part was a person's row."""
    split = _person_then_body(text, start, end, "")
    if split is not None:
        return split, True
    words = text[start:end].split()
    known = _gazetteer().get(" ".join(words))
    if known:
        return [Candidate(start, end, known, "rule", 0)], False
    if len(words) >= 2 and words[-1] in _BODY_END_WORDS and any(_is_place(words[:n]) for n in (1, 2, 3)):
        return [Candidate(start, end, "ORG", "rule", 0)], False
    if bars and len(words) == 2 and all(_name_word(w) for w in words):
        return [Candidate(start, end, "PERSON", "rule", 0)], True
    return [], False


def _split_at_cells(text: str, c: Candidate) -> list[Candidate] | None:
    breaks = list(_CELL_BREAK.finditer(text, c.start, c.end))
    breaks = [b for b in breaks if c.start < b.start() and b.end() < c.end]
    if not breaks:
        return None
    parts, at = [], c.start
    for b in breaks:
        parts.append((at, b.start()))
        at = b.end()
    parts.append((at, c.end))
    bars = any("|" in b.group() for b in breaks)
    out, person_row = [], False
    for s, e in parts:
        names, row = _cell_name(text, s, e, bars)
        out += names
        person_row = person_row or row
    # only a span that runs into a person's row or cell is cut: a name broken over a line ("the Seashells Family\nHub",
    # "Devolution Priority\nProgramme") stays as it was read
    return out if person_row else None


def people_before_bodies(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """The resolved mentions with attendance rows read flat split into the person and the body.

    "Supt. Richard Bell Dorset Police" -> "Richard Bell" (`PERSON`), "Dorset Police" (`ORG`); "Cllr Laura Beddow
    Dorset Council" -> "Laura Beddow", "Dorset Council"; "Graham Duggan | Dorset Council" -> the two cells; a span of
    header cells only ("Name Agency") goes; a person's two-word name alone in a cell before a body's cell is a person
    ("| Ian Grant | Dorset Council", read as a grant's name). A body's own name opening with a place or a kind
    ("West Sussex County Council", "Safer Dorset Partnership") has no person's name before the body.
    """
    out: list[Candidate] = []
    made: list[Candidate] = []
    for c in resolved:
        if c.label not in _LABELS:
            out.append(c)
            continue
        c = _after_file_size(text, c)
        c = _before_file_size(text, c)
        if c is not None and c.label == "PERSON":
            c = _person_before_code(text, c)
            if c is not None and _AFTER_FIRM_ROLE.search(text, max(0, c.start - 60), c.start):
                c = Candidate(c.start, c.end, "ORG", c.source, c.priority, c.entity, c.weak)
        if c is None:
            continue
        words = text[c.start : c.end].split()
        if words and all(w in _HEADER_WORDS for w in words):
            continue
        split = _split_at_cells(text, c)
        if split is None:
            split = _person_then_body(text, c.start, c.end, c.label)
        if split is None and c.label != "PERSON" and _person_cell_before_body(text, c, resolved):
            split = [Candidate(c.start, c.end, "PERSON", c.source, c.priority)]
        if split is not None:
            made += split
        else:
            out.append(c)
    # a person's name taken back from a body keeps its first name from another reading ("Sarah-Jane" of
    # "Sarah-Jane [[Smedmor Dorset Council]]")
    out = [c for c in out if not any(c.start < m.end and m.start < c.end for m in made)] + made
    return sorted(out, key=lambda c: c.start)


# the span's first line, up to its last word (entities round 55: the whole line, "PDF 570 KB", not only the unit)
_FILE_SIZE_LINE = re.compile(r"[^\n]*?(?<!\S)(\S+)[ \t]*\n[ \t]*")
_FILE_LINE_OPENER = re.compile(
    r"(?:(?:" + "|".join(re.escape(w) for w in TERMS["file_line_labels"]) + r")[ \t]+[A-Z0-9]{1,2}[ \t]+(?:[-–][ \t]+)?"
    r"|(?:" + "|".join(re.escape(w) for w in TERMS["file_line_lead_ins"]) + r")[ \t]+)(?=[A-Z])")


def _person_before_code(text: str, c: Candidate) -> Candidate | None:
    """(entities round 65) A person's name ends before a minute's code run into it: "Leicester Road, Groby
    Cou/285/07-08 Present Members" (Groby parish minutes 2008; NER 0.7.0 read "Groby Cou/285/07-" as a person) leaves
    "Groby", one untitled word, which is no person's name; a title and a surname before the code stay one."""
    m = _CODE_WORD.search(text, c.start, c.end)
    if m is None:
        return c
    words = text[c.start : m.start()].split()
    if len(words) < 2:
        return None
    end = c.start + len(text[c.start : m.start()].rstrip())
    return Candidate(c.start, end, c.label, c.source, c.priority, c.entity, c.weak)


def _after_file_size(text: str, c: Candidate) -> Candidate:
    """"PDF 205 KB\nSurrey County Council and its partners": a span opening with a file's size on its own line
    starts on the next line, after a document's label ("ANNEX B") or a webcast's lead-in there."""
    m = _FILE_SIZE_LINE.match(text, c.start, c.end)
    if m is None or m.group(1) not in _FILE_SIZE_WORDS or m.end() >= c.end:
        return c
    start = m.end()
    # "PDF 570 KB\nANNEX B Cotswold CSP Action Plan 2024-25" (Cotswold scrutiny 2024; entities round 55)
    if (o := _FILE_LINE_OPENER.match(text, start, c.end)) and o.end() < c.end:
        start = o.end()
    return Candidate(start, c.end, c.label, c.source, c.priority, c.entity, c.weak)


# (entities round 63) a file's size run into the last word of its document's title on a page's file list, the
# title's year or date and the size's digits one token before the unit: "PDF icon 6ai-Updated Internal Audit Plan
# 2018/19320.07 KB" (Shropshire and Wrekin Fire Authority 2018; NER 0.7.0 read "Internal Audit Plan 2018/19320.07")
_GLUED_SIZE_WORD = re.compile(r"(?<!\S)\S*\d\.\d{1,2}$")
_SIZE_UNIT_AFTER = re.compile(r"[ \t]*(?:" + "|".join(re.escape(w) for w in TERMS["file_size_words"]) + r")\b")


def _before_file_size(text: str, c: Candidate) -> Candidate | None:
    """"Internal Audit Plan 2018/19320.07 KB": a span whose last word runs into a file's size before its unit ends
    before that word (no span is left of a size alone)."""
    m = _GLUED_SIZE_WORD.search(text, c.start, c.end)
    if m is None or not _SIZE_UNIT_AFTER.match(text, c.end):
        return c
    end = m.start()
    while end > c.start and text[end - 1] in " \t\n":
        end -= 1
    if end <= c.start:
        return None
    return Candidate(c.start, end, c.label, c.source, c.priority, c.entity, c.weak)


_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*\|[ \t]*")


def _person_cell_before_body(text: str, c: Candidate, resolved: list[Candidate]) -> bool:
    """"| Ian Grant | Dorset Council (...) |": a cell of a first name and a surname, the next cell a body's."""
    words = text[c.start : c.end].split()
    if len(words) != 2 or not all(_name_word(w) for w in words) or words[-1] in _BODY_END_WORDS:
        return False
    if not _CELL_BEFORE.search(text, max(0, c.start - 3), c.start):
        return False
    after = _CELL_AFTER.match(text, c.end)
    return after is not None and any(o.start == after.end() and o.label in ("ORG", "BOARD", "SERVICE")
                                     for o in resolved)


# A person's name as a list of members writes it with the surname in capitals, alone on its line or before a bracketed
# or comma'd role: "Lynne SHORT", "Jim McFARLANE", "Anne Marie MACHAN", "Ken LYNN (Chairperson)", "Trudy MCLEAY, Vice
# Chairperson, in the Chair." (Dundee Integration Joint Board minutes 2021; entities round 52)
_CAPS_SURNAME_ROW = re.compile(
    r"(?m)^[ \t|]*((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+){1,2}(?:Mc|Mac|O'|O’)?[A-Z]{2,}(?:-[A-Z]{2,})?)"
    r"(?=[ \t]*(?:\(|,|\||$))")
_NOT_NAME_ACRONYMS = frozenset(TERMS["not_name_acronyms"])
_KNOWN_ACRONYMS = frozenset(TERMS["known_acronyms"])
_VOWEL = re.compile(r"[AEIOUY]")
# rows a list needs before its capitalised surnames are read as people's
_CAPS_SURNAME_LIST = 2


def people_with_capital_surnames(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """The resolved mentions with the people of a list that writes surnames in capitals, one to a line.

    A row is one or two capitalised first names and a surname in capitals (three letters or more, a vowel among
    them), alone on its line or before "(" or ","; the surname is no acronym the paper defines or the gazetteer knows
    ("Dorset ICB", "Kent CC") nor a kind word, and the first names are no place's, body's or kind's words. Two such
    rows make a list, and so does a row that is a text unit's one line; a mention inside a row gives way to the
    person, one running past the row is left alone.
    """
    rows = []
    for m in _CAPS_SURNAME_ROW.finditer(text):
        words = m.group(1).split()
        surname = words[-1]
        core = re.sub(r"^(?:Mc|Mac|O'|O’)", "", surname)
        if len(core) < 3 or not _VOWEL.search(core):
            continue  # initials, not a surname: "Prop DD, 2nd KN All in favour." (Wereham parish minutes 2014)
        if (surname in _NOT_NAME_ACRONYMS or surname in _KNOWN_ACRONYMS or _gazetteer().get(surname)
                or surname.lower() in HEAD_LABELS or f"({surname})" in text
                or not all(_name_word(w) for w in words[:-1])):
            continue
        start = m.start(1)
        if words[0] in _TITLES and len(words) >= 3:  # a title before a forename and a surname is no part of the name
            start = m.start(1) + m.group(1).index(words[1], len(words[0]))  # ("Councillor Maureen BENNISON", Stirling)
        rows.append((m.start(1), start, m.end(1)))
    # a paragraph of one line is a list's row too, as a page's text units split a list ("Lynne SHORT\n\nNominated by
    # Dundee City Council (Elected Member)\n\nHelen WRIGHT")
    if len(rows) < _CAPS_SURNAME_LIST and not (len(rows) == 1 and "\n" not in text.strip()):
        return resolved
    out, people = list(resolved), []
    for s0, s, e in rows:
        if any(c.start < e and s0 < c.end and (c.start < s0 or e < c.end) for c in out):
            continue  # a longer reading runs past the row
        out = [c for c in out if not (s0 <= c.start and c.end <= e)]
        people.append(Candidate(s, e, "PERSON", "rule", 0))
    return sorted(out + people, key=lambda c: c.start)


# a postcode closing a place's span: "Bath BA1 5AW" (West of England Combined Authority 2022; entities round 69)
_POSTCODE_AFTER = re.compile(r"[ \t,]+[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}$")
_BRACKETED_ACRONYM = re.compile(r"\([ \t]*$")


def _head_body(text: str, words: list[tuple[int, int, str]], start: int, taken: list[tuple[int, int]]
               ) -> tuple[int, str] | None:
    """The start and label of the body that `words` (a span's first words, ending on a body's last word) name: the
    words themselves, or with up to three capitalised words before the span that no other mention holds
    ("[[Walsall]] Metropolitan Borough Council")."""
    label = _body_from(words, 0) if len(words) >= 2 else None
    if label is not None:
        return words[0][0], label
    line = text[max(0, start - 80) : start].rsplit("\n", 1)[-1]
    before = [(m.start() + start - len(line), m.end() + start - len(line), m.group()) for m in _WORD.finditer(line)]
    for n in (3, 2, 1):  # the longest run of free capitalised words that makes a body
        if n > len(before):
            continue
        ext = before[-n:]
        if not all(w[:1].isupper() for _, _, w in ext) or any(
                a < ext[-1][1] and ext[0][0] < b for a, b in taken):
            continue
        # the longest run that makes a body, or that holds one's area before a name the gazetteer knows
        # ("[[Black Country]] Local Enterprise Partnership", the same minutes)
        label = next((lab for m in range(n) if (lab := _body_from(ext[m:] + words, 0)) is not None), None)
        if label is not None:
            return ext[0][0], label
    return None


def _bodies_and_people(text: str, c: Candidate, taken: list[tuple[int, int]], depth: int = 0
                       ) -> list[Candidate] | None:
    """A flattened attendance list's span cut where a body's last word is followed by a person and their body:
    "City of Wolverhampton Council Sarah Sprung Sandwell Metropolitan Borough Council" -> the council, "Sarah
    Sprung", the next council; "Metropolitan Borough Council Councillor Tersaim Singh City of Wolverhampton
    Council" -> "Walsall Metropolitan Borough Council" (its place the word before the span), "Tersaim Singh", "City
    of Wolverhampton Council". A name holding a body's word before "and" ("Police and Crime Panel") has no person
    after it."""
    words = [(m.start() + c.start, m.end() + c.start, m.group()) for m in _WORD.finditer(text[c.start : c.end])]
    for j in range(1, len(words) - 1):
        if words[j - 1][2] not in _BODY_END_WORDS:
            continue
        tail = _person_then_body(text, words[j][0], c.end, "")
        if tail is None or tail[0].start < words[j][0]:
            continue
        head = _head_body(text, words[:j], c.start, taken)
        out = [Candidate(head[0], words[j - 1][1], head[1], "rule", 0)] if head is not None else []
        person, body = tail
        more = _bodies_and_people(text, body, taken, depth + 1) if depth < 8 else None
        return out + [person] + (more if more is not None else [body])
    return None


def _run_on_to_body_end(text: str, c: Candidate) -> Candidate | None:
    """A span cut before its body's last word ("Jan Britton Sandwell Metropolitan Borough" + " Council") run on to
    it, when its last word is a council's tier's."""
    last = text[c.start : c.end].split()[-1:]
    if not last or last[0] not in _TIER_WORDS:
        return None
    m = re.match(r"[ \t]+(\S+)", text[c.end :])
    if m is None or m.group(1) not in _BODY_END_WORDS:
        return None
    return Candidate(c.start, c.end + m.end(), c.label, c.source, c.priority, c.entity, c.weak)


def _place_without_lead(text: str, c: Candidate, taken: list[tuple[int, int]]) -> Candidate | None:
    """(entities round 70) A place's span opened by an abbreviation of "near" starts after it ("Nr Bishops Castle"
    -> "Bishops Castle"), and one ending on a room's word runs on over the room's number ("Conference Room" + " 1a")
    when no other mention holds it (`place_lead_abbreviations`, `room_number_heads`)."""
    words = text[c.start : c.end].split()
    start, end = c.start, c.end
    if len(words) >= 2 and words[0] in _PLACE_LEADS:
        start = c.start + text[c.start : c.end].index(words[1], len(words[0]))
    if words and words[-1] in _ROOM_HEADS and (m := _ROOM_NUMBER.match(text, c.end)) and not any(
            c.end < b and a < m.end() for a, b in taken):
        end = m.end()
    if (start, end) == (c.start, c.end):
        return c
    return Candidate(start, end, c.label, c.source, c.priority, c.entity, c.weak)


def people_between_bodies(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """(entities round 69) Attendance lists read flat with no breaks between their entries (a PDF's "Members
    Councillor Peter Hughes Sandwell Metropolitan Borough Council (Chair) Councillor David Sparks ..."): a span
    running over several entries is cut at each body's end into bodies and people (`_bodies_and_people`); a person
    and a body cut before the body's last word ("Jan Britton Sandwell Metropolitan Borough") are run on to it and
    split; an acronym in brackets right after a body so found is that body's ("Institute of Local Government
    Studies (INLOGOV)"), not a person; a place's span closed by a postcode ends before it ("Bath BA1 5AW")."""
    taken = [(c.start, c.end) for c in resolved]
    out: list[Candidate] = []
    for c in resolved:
        if c.label == "PLACE" and (m := _POSTCODE_AFTER.search(text, c.start, c.end)) and m.start() > c.start:
            out.append(Candidate(c.start, m.start(), c.label, c.source, c.priority, c.entity, c.weak))
            continue
        if c.label == "PLACE":
            c = _place_without_lead(text, c, taken)
        if c.label not in _LABELS:
            out.append(c)
            continue
        split = _bodies_and_people(text, c, taken)
        if split is None and (run := _run_on_to_body_end(text, c)) is not None and not any(
                c.end < b and a < run.end for a, b in taken):
            split = _bodies_and_people(text, run, taken) or _person_then_body(text, run.start, run.end, run.label)
        if split is None:
            out.append(c)
            continue
        out += split
    made = sorted(out, key=lambda c: c.start)
    final: list[Candidate] = []
    for c in made:
        prev = final[-1] if final else None
        word = text[c.start : c.end]
        if (c.label == "PERSON" and prev is not None and prev.label == "ORG" and word.isalpha() and word.isupper()
                and len(word) >= 3 and _BRACKETED_ACRONYM.search(text[prev.end : c.start])
                and not text[prev.end : c.start].strip("( \t")):
            c = Candidate(c.start, c.end, "ORG", c.source, c.priority, text[prev.start : prev.end])
        if prev is not None and c.start < prev.end:  # overlapping parts: the earlier stands
            continue
        final.append(c)
    return final


# (entities round 73) a person's name right after a body's name on the same line, before a comma and a capitalised
# word or before another body: the next entry of an attendance list read flat ("..., SEMLEP Hilary Chipping, Head of
# Infrastructure, SEMLEP"; "J Bugg, Hertfordshire Police Authority G Miles, Broxbourne Borough Council")
_NAME_AFTER_BODY = re.compile(
    r"[ \t]+(?P<name>(?:[A-Z]\.?[ \t]+){1,3}(?P<sur>[A-Z][\w'’-]*[a-z])|(?P<first>\S+)[ \t]+(?P<last>\S+?))"
    r"(?:(?P<comma>,[ \t]+[A-Z])|(?P<space>[ \t]+)(?=\S))")


# words of a job title, no person's name: "Kent County Council Corporate Director, Finance" (written for the probe)
_ROLE_WORDS = frozenset(w.lower() for key in ("role_words", "role_before_of_words", "role_first_words",
                                               "role_qualifier_words", "remit_role_words", "department_role_words",
                                               "job_grade_words") for w in TERMS[key])


def _person_words(*words: str) -> bool:
    return all(_name_word(w) and w.lower() not in _ROLE_WORDS for w in words)


def _body_before(text: str, c: Candidate) -> bool:
    word = text[c.start : c.end]
    last = word.split()[-1] if word.split() else ""
    return c.label in ("ORG", "BOARD") and (
        last in _BODY_END_WORDS or (word.isalpha() and word.isupper() and 3 <= len(word) <= 8))


def people_after_bodies(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """(entities round 73) Entries of an attendance list run on one line, each a person and their role or body: a
    name (initials or a first name, and a surname) that opens right after a body's name (its last word a body's,
    `body_end_words`, or a body's acronym) and is followed by a comma and a capitalised word, or by another body found,
    is a person. Officers' rows ("Daniel Charles Mouawad, Chief Executive, SEMLEP Hilary Chipping, Head of
    Infrastructure, SEMLEP Naomi Green, ...", SEMLEP Board 2015) and members' rows ("J Bugg, Hertfordshire Police
    Authority G Miles, Broxbourne Borough Council M J Walker, Broxbourne Borough Council", Hertfordshire Police and
    Crime Panel 2012; "André Bromfield West Midlands Combined Authority Rachel Ratcliffe City of Wolverhampton
    Council", West Midlands Combined Authority 2017)."""
    ordered = sorted(resolved, key=lambda c: c.start)
    starts = {c.start: c for c in ordered}
    out = list(resolved)
    for c in ordered:
        if not _body_before(text, c):
            continue
        m = _NAME_AFTER_BODY.match(text, c.end)
        if m is None:
            continue
        if not (_person_words(m.group("sur")) if m.group("sur") is not None
                else _person_words(m.group("first"), m.group("last"))):
            continue
        a, b = m.start("name"), m.end("name")
        if any(o.start < b and a < o.end for o in ordered):
            continue
        if m.group("space") is not None:
            nxt = starts.get(m.end())
            if nxt is None or not _body_before(text, nxt):
                continue
        out.append(Candidate(a, b, "PERSON", "rule", 0))
    return sorted(out, key=lambda c: c.start)


# (entities round 76) an attendance list's next label read into the person's name before it: "Mrs Scriven Members of
# public: 3", "Cllr Mrs Prior Councillors: Mrs Bolton" (Wellesbourne Parish Council 2019), "T. Gritton Parishioners: 2"
# (Little Totham Parish Council 2022), "Mr Oldridge Appointed Members: Cllr Sargeantson" (Reedness and Swinefleet IDB
# 2019), "Mr Howard Smith\nPlanning officer" (Wellesbourne 2019)
_LABEL_WORDS = frozenset(TERMS["person_label_words"])
_LABEL_COLON = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){0,3}[ \t]*:")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_TITLE_BEFORE = re.compile(r"(\S+)[ \t]+$")


def people_before_labels(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """A person's span whose last words are a list's label (`person_label_words` first, every word capitalised) ends
    before the label when a colon closes the label on its line ("Members of public:") or when the label opens a line
    and a lower-case word follows it ("Planning officer"); the name left takes back the titles right before it when it
    is one word (a surname: "Mrs Scriven", "Cllr Mrs Prior"), as a titled surname is written."""
    taken = [(c.start, c.end) for c in resolved]
    out = []
    for c in resolved:
        if c.label != "PERSON":
            out.append(c)
            continue
        words = list(_WORD.finditer(text, c.start, c.end))
        cut = None
        for i in range(1, len(words)):
            if words[i].group() not in _LABEL_WORDS or not all(w.group()[:1].isupper() for w in words[i:]):
                continue
            after_colon = _LABEL_COLON.match(text, c.end) is not None or text[words[-1].end() - 1] == ":"
            new_line = "\n" in text[words[i - 1].end() : words[i].start()] and _LOWER_NEXT.match(text, c.end) is not None
            if after_colon or new_line:
                cut = i
                break
        if cut is None:
            out.append(c)
            continue
        start, end = c.start, words[cut - 1].end()
        if cut == 1:
            while (m := _TITLE_BEFORE.search(text, max(0, start - 30), start)) and m.group(1) in _TITLES \
                    and not any(s < start and m.start(1) < e for s, e in taken if (s, e) != (c.start, c.end)):
                start = m.start(1)
        out.append(Candidate(start, end, "PERSON", c.source, c.priority, None, c.weak))
    return out


# (entities round 76) people and boroughs written in capitals, as headings and resolutions write them: "DEACON TONY
# MARTIN", "THAT COUNCILLOR MRS LURLINE CHAMPAGNIE BE ELECTED MAYOR OF THE LONDON BOROUGH OF HARROW" (London Borough of
# Harrow 2004), "PROPOSED by MR COWLING and SECONDED by MR BARKER" (Reedness and Swinefleet IDB 2019)
_CAPS_TITLES = frozenset(TERMS["capital_titles"])
_CAPS_STOPS = frozenset(TERMS["capital_name_stop_words"])
_CAPS_TITLED = re.compile(r"(?<![\w'’-])((?:(?:" + "|".join(sorted(map(re.escape, _CAPS_TITLES), key=len, reverse=True))
                          + r")[ \t]+)+)((?:(?:Mc|Mac)?[A-Z][A-Z'’-]+[ \t]+){0,2}(?:Mc|Mac)?[A-Z][A-Z'’-]+)(?![\w'’-])")
_CAPS_BOROUGH = re.compile(r"(?<![\w'’-])(?:" + "|".join(TERMS["capital_borough_openers"])
                           + r")[ \t]+BOROUGH[ \t]+OF[ \t]+[A-Z]{3,}(?:[ \t]+(?:AND|UPON)[ \t]+[A-Z]{3,})?(?![\w'’-])")
_CAPS_VOWEL = re.compile(r"[AEIOUY]")


def names_in_capitals(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """People and London boroughs written in capitals (`capital_titles`, `capital_name_stop_words`,
    `capital_borough_openers`): a run of capital titles and up to three words in capitals is a person, the name ending
    before a stop word; its titles go before two name words or more and stay before a surname. A mention inside the
    name gives way to it; one running past it is left alone."""
    found = []
    for m in _CAPS_TITLED.finditer(text):
        names = list(_WORD.finditer(text, m.start(2), m.end(2)))
        k = next((i for i, w in enumerate(names) if w.group() in _CAPS_STOPS or w.group() in _CAPS_TITLES), len(names))
        names = names[:k]
        if not names or not all(_CAPS_VOWEL.search(w.group()) for w in names):
            continue
        start = names[0].start() if len(names) >= 2 else m.start(1)
        found.append((start, names[-1].end(), "PERSON"))
    for m in _CAPS_BOROUGH.finditer(text):
        found.append((m.start(), m.end(), "ORG"))
    if not found:
        return resolved
    out, new = list(resolved), []
    for s, e, label in found:
        if any(c.start < e and s < c.end and (c.start < s or e < c.end) for c in out):
            continue  # a longer reading runs past the name
        out = [c for c in out if not (s <= c.start and c.end <= e)]
        new.append(Candidate(s, e, label, "rule", 0))
    return sorted(out + new, key=lambda c: c.start)
