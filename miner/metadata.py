"""Who, when and what: authority, committee, meeting date, title, author, period.

Read from the paper's own front matter first (fields such as "Report from:",
a date line, "<Name> County Council", a .gov.uk e-mail domain), then the file
name; anything not stated stays None rather than guessed. Cues are data in
`miner/nlp/patterns/metadata.json`; no council is named in code.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from miner.model import Document
from miner.nlp.dates import find_dates, find_periods, normalise_period

__all__ = ["fill_metadata", "find_authority", "find_meeting_date", "METHOD"]

METHOD = "metadata-3"  # 3: find_kind reads a record page as minutes (statements round 52)
PATTERNS = Path(__file__).parent / "nlp" / "patterns" / "metadata.json"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return json.loads(PATTERNS.read_text(encoding="utf-8"))


def _front(text: str) -> str:
    return text[: _cues()["front_matter_chars"]]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _caps_to_title(text: str) -> str:
    """Title-case ALL-CAPS lines ("KENT COUNTY COUNCIL" headers) so one pattern reads both; offsets kept."""
    return re.sub(r"(?m)^[^a-z\n]*[A-Z]{3,}[^a-z\n]*$", lambda m: m.group(0).title(), text)


def _weight(pos: int, header: int, front: int, w: dict) -> int:
    return w["header"] if pos < header else w["front"] if pos < front else w["body"]


def _acronym(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def find_authority(text: str, file_name: str = "") -> str | None:
    """The paper's own council: names weighted by where they stand (title page >> front matter >> body),
    defined acronyms counted as mentions, a .gov.uk domain naming the place, and the council type the
    paper uses for itself ("the County Council") joined to that place."""
    cues = _cues()["authority"]
    w = cues["weights"]
    types = "|".join(sorted(cues["types"], key=len, reverse=True))
    word = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
    pattern = re.compile(rf"\b((?:{word}[ -]){{1,4}}?)(?:({types})\s+)?Council\b")
    stop = set(cues["not_names"])
    norm = _caps_to_title(text)
    header, front = cues["header_chars"], _cues()["front_matter_chars"]
    domains = Counter(m.group(1).lower() for m in re.finditer(cues["email_domain"], text, re.I))
    scores: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    whole = _whole_names(norm, word, types, stop, header)
    taken = {end for _, _, end in whole}
    for name, start, _ in whole:
        scores[name] += _weight(start, header, front, w)
        mentions[name] += 1
    for m in pattern.finditer(norm):
        if m.end() in taken:
            continue  # the tail of "Cheshire West and Chester Council", "City of Wolverhampton Council"
        words = m.group(1).split()
        while words and words[0] in stop:
            words.pop(0)
        if not words or words[-1] in stop or any(x in stop for x in words[1:]):
            continue
        name = " ".join(words + ([m.group(2)] if m.group(2) else []) + ["Council"])
        scores[name] += _weight(m.start(), header, front, w)
        mentions[name] += 1
    for name in {n for n, _, _ in whole if " of " in n}:  # "Waltham Forest Council" is the London Borough of Waltham Forest
        place = name.split(" of ", 1)[1].removesuffix(" Council")
        scores[name] += scores.pop(f"{place} Council", 0)
    # "Kent County Council (KCC)": later uses of the acronym are mentions of that council
    for name in list(scores):
        acro = _acronym(name)
        if len(acro) >= 2 and re.search(rf"{re.escape(name)}\s*\(\s*{acro}\s*\)", norm):
            for m in re.finditer(rf"\b{acro}\b", norm):
                scores[name] += _weight(m.start(), header, front, w)
                mentions[name] += 1
    # the type the paper calls itself: "To: County Council", "the Town Council", "COUNTY COUNCIL" (no place before it)
    own: Counter[str] = Counter()
    for m in re.finditer(rf"\b({types})\s+Council\b", norm):
        prev = re.search(r"(\S+)[ \t-]+$", norm[norm.rfind("\n", 0, m.start()) + 1:m.start()])
        if prev and prev.group(1)[:1].isupper() and prev.group(1) not in stop and not prev.group(1).endswith(":"):
            continue  # "Dover District Council": a named council, not a self-reference
        own[m.group(1)] += _weight(m.start(), header, front, w)
    acros = Counter(re.findall(r"\b([A-Z]{3,4})\b", norm))
    for name in list(scores):  # an undefined acronym in use that fits exactly one named council ("KCC")
        acro = _acronym(name)
        if len(acro) >= 3 and acros[acro] >= 2 and sum(_acronym(n) == acro for n in scores) == 1 \
                and not re.search(rf"{re.escape(name)}\s*\(\s*{acro}\s*\)", norm):
            scores[name] += acros[acro] * w["body"]
    places: Counter[str] = Counter({stem.title(): n for stem, n in domains.items()})
    for m in re.finditer(cues["self_place"], norm):
        places[m.group(1)] += w["self_place"]
    for typ in own:  # "KCC" used, "County Council" said, "Kent" frequent: the place behind the acronym
        for acro, n in acros.items():
            if n >= 2 and len(acro) == 3 and acro[1:] == f"{typ[0]}C":
                cands = Counter(x for x in re.findall(rf"\b({acro[0]}[a-z]{{2,}})\b", norm) if x not in stop)
                if cands and cands.most_common(1)[0][1] >= 3:
                    places[cands.most_common(1)[0][0]] += 1
    for name in list(scores):
        place = name.split()[0]
        if place.lower() in domains:
            scores[name] += w["domain"]
        typ = name.split()[-2] if len(name.split()) > 2 else ""
        if own and typ in own:
            scores[name] += min(own[typ], w["own_type_cap"])
        if own and typ not in own and scores[name] < w["header"]:
            del scores[name]  # "Birmingham City Council is responsible" in a Town Council's minutes
    # place from the domain (or "Walsall is an ambitious local authority") + the paper's own type
    for place, n in places.most_common():
        if any(x.split()[0] == place and len(x.split()) > 2 for x in scores):
            continue
        typ = _own_type(own, place, norm, cues)
        name = f"{place} {typ} Council" if typ else f"{place} Council"
        if typ or place not in {s.title() for s in domains}:
            scores[name] += w["domain"] + (min(own[typ], w["own_type_cap"]) if typ else 0)
            if typ:
                scores[name] += scores.pop(f"{place} Council", 0)  # "Kent Council" mentions were this council
    # (or a council named before its place, or a corporation: "London Borough of Havering - Cabinet 2023-07-20",
    # "Borough Council of King's Lynn and West Norfolk - Cabinet"; or the council then "minutes" or "agenda": "Stoke
    # Ferry Parish Council minutes 2020-01-08"; or another public body: "Cheshire Fire Authority - Performance Report")
    named = re.match(r"((?:London|Royal)\s+Borough\s+of\s+.+?|(?:Borough|City|County|District)\s+Council\s+of\s+.+?"
                     r"|.+?\b(?:Council|Corporation|Authority|Panel))(?:\s+[-–]\s|(?<=Council)\s+(?:minutes|agenda)\b)",
                     Path(file_name).stem) if file_name else None
    if named and re.search(r"\d|\s[-–]\s", named.group(1)):
        named = None  # "19 December 2024 - County Council minutes": a date, then the council's type alone
    if named:  # a file named "<Council> - <title>" (how scraped pages are saved): more than one title-page mention
        scores[re.sub(r"\s+", " ", named.group(1))] += w["header"] + w["front"]
    if not scores and file_name:
        m = pattern.search(Path(file_name).stem.replace("_", " "))
        return m.group(0) if m else None
    best = [(n, s) for n, s in scores.most_common() if s >= w["min_score"]]
    if not best:
        return None
    if len(best) > 1 and best[0][1] == best[1][1]:
        # tie: a name that extends another ("X County Council" vs "X Council") wins; else unknown
        longer = [n for n, s in best if s == best[0][1]]
        if named and re.sub(r"\s+", " ", named.group(1)) in longer:
            return re.sub(r"\s+", " ", named.group(1))  # the council the file is named after (a member's council named beside it)
        return max(longer, key=len) if all(longer[0].split()[0] == n.split()[0] for n in longer) else None
    return best[0][0]


def _whole_names(norm: str, word: str, types: str, stop: set[str], header: int) -> list[tuple[str, int, int]]:
    """(name, start, end) of councils whose names hold a small word: "London Borough of Waltham Forest", "Royal
    Borough of Kingston upon Thames", "City of Wolverhampton Council", "West Midlands Combined Authority" and
    the other authorities papers come from ("Kent and Medway Fire and Rescue Authority"), and
    "Cheshire West and Chester Council" when the title page names it so (in prose "Medway and Kent County
    Council" is two councils)."""
    name = rf"{word}(?:(?:[ -]| (?:[Aa]nd|[Uu]pon|[Oo]n) ){word}){{0,3}}"
    bodies = set(_cues()["authority"]["not_after_names"])
    others = "|".join(re.sub(r"\band\b", "[Aa]nd", re.escape(k).replace(r"\ ", "[ \t]+"))
                      for k in _cues()["authority"]["other_authorities"])
    # (form, named on the title page only, opens on its own word: "City", "London" are no stray lead words here)
    forms = [(rf"\b(?:London|Royal)\s+Borough\s+[Oo]f\s+{name}", False, True),
             (rf"\b(?:City|Vale|Isle)\s+[Oo]f\s+{name}\s+(?:(?:{types})\s+)?Council\b", False, True),
             # a hyphened place is one name wherever it stands: "Stockton-on-Tees Borough Council", "Newcastle-under-Lyme"
             (rf"\b{word}(?:-(?:on|upon|under|le|in|by|en)-{word})+(?:[ \t]+{word}){{0,2}}?[ \t]+(?:(?:{types})\s+)?Council\b", False, False),
             (rf"\b{name}[ \t]+(?:{others})\b", False, False),
             (rf"\b(?:{word}[ -]){{1,3}}(?:[Aa]nd|[Uu]pon|[Oo]n)[ -](?:{word}[ -]){{1,3}}(?:(?:{types})\s+)?Council\b", True, False)]
    out = []
    for form, titled_only, own_lead in forms:
        found = []
        for m in re.finditer(form, norm):
            words = m.group(0).split()
            while words and words[0] in stop and not own_lead:
                words.pop(0)
            while words and words[-1] in bodies and not re.search(rf"(?:{others})$", " ".join(words)):
                # "the Royal Borough of Kingston upon Thames Cabinet", not "Westmarch Police and Crime Panel"
                words.pop()
            if len(words) > 2:
                text = " ".join(x.lower() if x.lower() in ("and", "upon", "on", "of") else x for x in words)
                start = m.start() + m.group(0).find(words[0])
                found.append((text, start, start + len(" ".join(words))))
        if titled_only:
            found = [f for f in found if any(g[0] == f[0] and g[1] < header for g in found)]
        out += found
    return out


def _own_type(own: Counter, place: str, text: str, cues: dict) -> str | None:
    """The type to join to a place: one the paper states for itself, confirmed by its acronym when it
    uses one ("KCC" fits Kent + County; "the District Council audits" alone does not make Kent a district)."""
    acros = Counter(re.findall(r"\b([A-Z]{2,4})\b", text))
    for typ, n in own.most_common():
        acro = f"{place[0]}{typ[0]}C"
        if acros.get(acro) or n >= cues["weights"]["own_type_min"]:
            return typ
    for typ in cues["types"]:  # no stated type: an acronym in use plus the type word in prose ("across the county")
        if " " not in typ and acros.get(f"{place[0]}{typ[0]}C", 0) >= 2 and re.search(rf"\bthe {typ.lower()}\b", text):
            return typ
    return None


# "(paragraphs 3.2.19- 22)": a paragraph number, not the date 3 February 2019
_PARAGRAPH_BEFORE = re.compile(r"\b(?:para(?:graph)?s?|sections?|items?|minutes?)\.?\s*$", re.I)
# one end of a span of dates ("for the period 1 October 2017 to 31 December 2017"), the date figures are as at ("(at
# 31.08.15)") or a cut-off or a start ("resumed by 20 February 2023", "came into effect on 1st July 2024"): what a
# report covers, not when it was met
_SPAN_BEFORE = re.compile(r"(?:\b(?:period|from|between|since|until|ending|ended|at|as\s+of|date\s+of|by|effect\s+on|commencing)\s+(?:the\s+)?|(?:19|20)\d\d\s*(?:-|–|—|to|and|until)\s*)$", re.I)
_SPAN_AFTER = re.compile(r"^\s*(?:-|–|—|to|and|until)\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]", re.I)


def find_meeting_date(text: str, file_name: str = "") -> str | None:
    """ISO date of the meeting: the first full date in the front matter, skipping other meetings' dates."""
    skip = _cues()["meeting_date"]["skip_lines"]
    own = re.compile(_cues()["meeting_date"]["own_heading"], re.I)
    for line in _lines(_front(text)):
        if any(s in line.lower() for s in skip) and not own.match(line):
            continue
        for start, end, iso in find_dates(line):
            if (iso and len(iso) == 10 and not _PARAGRAPH_BEFORE.search(line[:start])
                    and not _SPAN_BEFORE.search(line[:start]) and not _SPAN_AFTER.match(line[end:])):
                return iso
    for _, _, iso in find_dates(Path(file_name).stem.replace("_", " ")):
        if iso and len(iso) == 10:
            return iso
    return None


def _field(lines: list[str], labels: list[str]) -> str | None:
    for label in labels:
        rx = re.compile(rf"^{re.escape(label)}\s*:\s*(.*)$", re.I)
        for i, line in enumerate(lines):
            m = rx.match(line)
            if m:
                value = m.group(1).strip()
                if not value and i + 1 < len(lines) and not re.match(r"^[\w ]{1,30}:", lines[i + 1]):
                    value = lines[i + 1]
                if value:
                    return value
    return None


def _author_line(lines: list[str]) -> str | None:
    """The author a front-matter line names without a field's colon ("Report of the Head of Regulatory Services")."""
    rx = re.compile(_cues()["fields"]["author_line"], re.I)
    m = next((m for line in lines if (m := rx.match(line.strip()))), None)
    return m.group("author").strip() if m else None


def _smart_title(text: str) -> str:
    if not text.isupper():
        return text
    small = {"and", "of", "the", "for", "to", "in", "on", "with", "a", "an"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def find_committee(lines: list[str], authority: str | None = None) -> str | None:
    """The meeting body a front-matter line names; not the authority's own name on its letterhead
    (a minutes heading then says which body met: "MINUTES of a meeting of the Cabinet")."""
    body = _cues()["committee"]["body_words"]
    for i, line in enumerate(lines[:14]):
        if authority and _smart_title(line).lower() == authority.lower():
            continue
        if re.match(r"^to\s*:?$", line, re.I) and i + 1 < len(lines):
            line = lines[i + 1]
        elif i and re.match(r"^[\w ]{1,30}:$", lines[i - 1]):
            continue  # the value of "From:" etc.
        elif re.search(r"\w+\s*:", line) and not re.match(r"^to\s*:\s*\S", line, re.I):
            continue
        dated = re.match(rf"^(?:to\s*:\s*)?(.{{3,80}}?)\s*[–—-]\s*(?:\w+day\s+)?\d", line, re.I)
        candidate = dated.group(1) if dated and find_dates(line) else line if not find_dates(line) else None
        if candidate and re.search(rf"\b{body}\b\s*$", candidate, re.I) and len(candidate.split()) <= 12 and not re.search(r"[,–]| - ", candidate) \
                and not re.search(_cues()["committee"]["not_body"], candidate, re.I):
            return _smart_title(candidate.strip())
    met = re.compile(_cues()["committee"]["minutes_of"], re.I)
    for line in lines[:8]:
        if m := met.match(line):
            name = re.sub(rf"\s+of\s+{re.escape(authority)}$", "", m.group(1), flags=re.I) if authority else m.group(1)
            return _smart_title(name.strip())
    return None


def find_title(lines: list[str], committee: str | None, authority: str | None = None) -> str | None:
    title = _field(lines, _cues()["fields"]["title"])
    if title:
        return title
    for line in lines[:8]:
        line = re.sub(r"^:\s*", "", line)  # ": Cabinet reconsideration of ...": the "Subject" label lost in the PDF
        if re.search(_cues()["title"]["body"], line):
            return None  # the body began before any title: the caller names the paper by its file
        if re.search(_cues()["title"]["page_headings"], line, re.I):
            continue
        if committee and _smart_title(line).lower().startswith(committee.lower()):
            continue
        if authority and _smart_title(line).lower() == authority.lower():
            continue  # the letterhead
        if find_dates(line) and len(line.split()) <= 6 or _field_label(line):
            continue
        if len(line.split()) >= 3 and not line.endswith("."):
            for cut in _cues()["title"]["cut_before"]:  # "MINUTES of a meeting of the Cabinet held in the ..."
                line = re.sub(cut, "", line, flags=re.I).rstrip(":,")
            if committee and re.fullmatch(r"minutes of (?:the|a) meeting", line, re.I):
                line = f"{line} of the {committee}"  # which meeting: the body the front matter names
            return _smart_title(line)
    return None


def _field_label(line: str) -> bool:
    """A front-matter field ("Report of: ...", "Wards affected: All"), not a title with a colon in it
    ("CARERS STRATEGY 2023-2026: FIRST ANNUAL PROGRESS REPORT", "Waste Strategy 2023/24: Annual Update"):
    a title is set in capitals, or its first part names a year."""
    m = re.match(r"^([\w ()/&'?-]{1,30}):\s", line)  # "Is Key decision?: No"
    return bool(m) and not line.isupper() and not re.search(r"\d", m.group(1))


def _checked_title(title: str | None, file_name: str) -> str | None:
    """The front matter's title, unless it is meeting detail ("Thursday, 30th January, 2025, at 10.00 am
    Ask for: ...") or a table's column headings ("Directorate Risk Title"): then the file's name, which
    for papers downloaded from a council's site is their title ("Appendix I Budget Risk Register 22.01.25")."""
    cues = _cues()["title"]
    dubious = title is None or bool(
        re.search(cues["detail"], title, re.I) or re.search(cues["column_headings"], title, re.I))
    stem = Path(file_name).stem.replace("_", " ").strip()
    named = len(re.findall(r"\b[A-Za-z]{3,}\b", stem)) >= 2 and not re.search(r"[0-9a-f]{12,}", stem)
    return stem if dubious and named else title


def find_period(text: str) -> str | None:
    for pattern in _cues()["period"]["patterns"]:
        m = re.search(pattern, text, re.I | re.M)
        if m:
            period = normalise_period(m.group("p"))
            if period:
                return period
    return None


def title_period(title: str | None) -> str | None:
    """The period a paper's title names ("Youth Justice Plan 2024-25", "Annual Report 2023"), for a paper whose text
    states none: the first period in the title, a bare year only after "annual report" and the like; a span of more
    than one year not in the title of a progress report (it is the plan's: "Strategy 2022-2027: Progress Report")."""
    if not title:
        return None
    cues = _cues()["period"]["title"]
    title = re.sub(r"\b\d{4}-\d\d-\d\d\b", " ", title)  # a file name's meeting date ("Council 2007-10-09") is no period
    title = re.sub(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b", " ", title)  # nor a decision's date ("28/02/2024 - 2023/24 ...")
    for _, _, period in find_periods(title):
        years = period.split("-")
        span = len(years) == 2 and (int(years[1]) - int(years[0][2:])) % 100 > 1
        if not span or not re.search(cues["progress"], title, re.I):
            return period
    m = re.search(cues["year"], title, re.I)
    return m.group("p") if m else None


def fill_metadata(document: Document) -> Document:
    """Fill the Document's metadata fields that are still None (in place; returns it for chaining)."""
    text = document.text
    lines = _lines(_front(text))
    name = Path(document.path).name
    document.authority = document.authority or find_authority(text, name)
    document.meeting_date = document.meeting_date or find_meeting_date(text, name)
    document.committee = document.committee or find_committee(lines, document.authority)
    document.title = document.title or _checked_title(find_title(lines, document.committee, document.authority), name)
    document.author = document.author or _field(lines, _cues()["fields"]["author"]) or _author_line(lines)
    document.period = document.period or find_period(text) or title_period(document.title)
    document.kind = document.kind or find_kind(lines, name)
    return document


_KIND_CUES = (
    ("minutes", re.compile(r"\bminutes\b|\bRESOLVED\b|\bpresent:", re.I)),
    ("agenda", re.compile(r"\bagenda\b", re.I)),
    ("appendix", re.compile(r"^appendix\b", re.I)),
)


def records_meeting(lines: list[str]) -> bool:
    """Whether the paper's opening lines read as the record of a meeting (`kind` in patterns/metadata.json): a
    council website's "Issue - meetings" / "Decision details" page, an "Agenda item" page carrying the item's
    minutes, or the past-tense record of proceedings ("Apologies for absence were received ...")."""
    cues = _cues()["kind"]
    pattern = re.compile("|".join(f"(?:{c})" for c in cues["record"]), re.I)
    return any(pattern.search(line) for line in lines[: cues["record_lines"]])


def find_kind(lines: list[str], file_name: str) -> str:
    """minutes, agenda or appendix when the front matter or file name says so, else report. A paper whose opening
    lines record a meeting (`records_meeting`) is minutes though its front line says "Agenda item" or nothing
    (round 52: modern.gov item and decision pages were read as agendas or reports)."""
    front = "\n".join(lines[:12])
    stem = Path(file_name).stem
    for kind, cue in _KIND_CUES:
        if kind == "agenda" and records_meeting(lines):
            return "minutes"
        if cue.search(front) or cue.search(stem):
            return kind
    return "minutes" if records_meeting(lines) else "report"
