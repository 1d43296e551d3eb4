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
from miner.nlp.dates import find_dates, normalise_period

__all__ = ["fill_metadata", "find_authority", "find_meeting_date", "METHOD"]

METHOD = "metadata-1"
PATTERNS = Path(__file__).parent / "nlp" / "patterns" / "metadata.json"


@lru_cache(maxsize=1)
def _cues() -> dict:
    return json.loads(PATTERNS.read_text(encoding="utf-8"))


def _front(text: str) -> str:
    return text[: _cues()["front_matter_chars"]]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def find_authority(text: str, file_name: str = "") -> str | None:
    """The council whose paper this is: most mentioned, in the front matter, matching the e-mail domain."""
    cues = _cues()["authority"]
    types = "|".join(sorted(cues["types"], key=len, reverse=True))
    word = r"(?:[A-Z][a-z]+|[A-Z]{2,})"
    pattern = re.compile(rf"\b((?:{word}[ -]){{1,4}}?)(?:({types}) )?Council\b")
    stop = set(cues["not_names"])
    domains = Counter(m.group(1).lower() for m in re.finditer(cues["email_domain"], text, re.I))
    front = _front(text)
    scores: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for m in pattern.finditer(text):
        words = m.group(1).split()
        while words and words[0] in stop:
            words.pop(0)
        if not words or words[-1] in stop:
            continue
        name = " ".join(words + ([m.group(2)] if m.group(2) else []) + ["Council"])
        scores[name] += 1
        mentions[name] += 1
        if m.start() < len(front):
            scores[name] += 2
    for name in list(scores):
        stem = name.split()[0].lower()
        if domains.get(stem):
            scores[name] += 5
        elif mentions[name] < 2 and text.find(name) > 300:
            del scores[name]  # one passing mention ("Birmingham City Council is responsible") is not enough
    for stem, _ in domains.most_common(1):
        if not any(n.split()[0].lower() == stem for n in scores):
            # "the County Council" + kent.gov.uk → "Kent County Council"
            own = Counter(m.group(1) for m in re.finditer(rf"\b[Tt]he ({types}) Council\b", text))
            if own:
                scores[f"{stem.title()} {own.most_common(1)[0][0]} Council"] += 6
    if not scores and file_name:
        m = pattern.search(Path(file_name).stem.replace("_", " "))
        return m.group(0) if m else None
    if not scores:
        return None
    best = scores.most_common()
    if len(best) > 1 and best[0][1] == best[1][1]:
        # tie: a name that extends another ("X County Council" vs "X Council") wins; else unknown
        longer = [n for n, s in best if s == best[0][1]]
        return max(longer, key=len) if all(longer[0].split()[0] == n.split()[0] for n in longer) else None
    return best[0][0]


def find_meeting_date(text: str, file_name: str = "") -> str | None:
    """ISO date of the meeting: the first full date in the front matter, skipping other meetings' dates."""
    skip = _cues()["meeting_date"]["skip_lines"]
    for line in _lines(_front(text)):
        if any(s in line.lower() for s in skip):
            continue
        for _, _, iso in find_dates(line):
            if iso and len(iso) == 10:
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


def _smart_title(text: str) -> str:
    if not text.isupper():
        return text
    small = {"and", "of", "the", "for", "to", "in", "on", "with", "a", "an"}
    words = text.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def find_committee(lines: list[str]) -> str | None:
    body = _cues()["committee"]["body_words"]
    for i, line in enumerate(lines[:14]):
        if re.match(r"^to\s*:?$", line, re.I) and i + 1 < len(lines):
            line = lines[i + 1]
        elif i and re.match(r"^[\w ]{1,30}:$", lines[i - 1]):
            continue  # the value of "From:" etc.
        elif re.search(r"\w+\s*:", line) and not re.match(r"^to\s*:\s*\S", line, re.I):
            continue
        dated = re.match(rf"^(?:to\s*:\s*)?(.{{3,80}}?)\s*[–—-]\s*(?:\w+day\s+)?\d", line, re.I)
        candidate = dated.group(1) if dated and find_dates(line) else line if not find_dates(line) else None
        if candidate and re.search(rf"\b{body}\b\s*$", candidate, re.I) and len(candidate.split()) <= 12 and not re.search(r"[,–]| - ", candidate):
            return _smart_title(candidate.strip())
    return None


def find_title(lines: list[str], committee: str | None) -> str | None:
    title = _field(lines, _cues()["fields"]["title"])
    if title:
        return title
    for line in lines[:8]:
        if committee and _smart_title(line).lower().startswith(committee.lower()):
            continue
        if find_dates(line) and len(line.split()) <= 6 or re.match(r"^[\w ()/&'-]{1,30}:\s", line):
            continue
        if len(line.split()) >= 3 and not line.endswith("."):
            return _smart_title(line.rstrip(":"))
    return None


def find_period(text: str) -> str | None:
    for pattern in _cues()["period"]["patterns"]:
        m = re.search(pattern, text, re.I | re.M)
        if m:
            period = normalise_period(m.group("p"))
            if period:
                return period
    return None


def fill_metadata(document: Document) -> Document:
    """Fill the Document's metadata fields that are still None (in place; returns it for chaining)."""
    text = document.text
    lines = _lines(_front(text))
    name = Path(document.path).name
    document.authority = document.authority or find_authority(text, name)
    document.meeting_date = document.meeting_date or find_meeting_date(text, name)
    document.committee = document.committee or find_committee(lines)
    document.title = document.title or find_title(lines, document.committee)
    document.author = document.author or _field(lines, _cues()["fields"]["author"])
    document.period = document.period or find_period(text)
    document.kind = document.kind or find_kind(lines, name)
    return document


_KIND_CUES = (
    ("minutes", re.compile(r"\bminutes\b|\bRESOLVED\b|\bpresent:", re.I)),
    ("agenda", re.compile(r"\bagenda\b", re.I)),
    ("appendix", re.compile(r"^appendix\b", re.I)),
)


def find_kind(lines: list[str], file_name: str) -> str:
    """minutes, agenda or appendix when the front matter or file name says so, else report."""
    front = "\n".join(lines[:12])
    for kind, cue in _KIND_CUES:
        if cue.search(front) or cue.search(Path(file_name).stem):
            return kind
    return "report"
