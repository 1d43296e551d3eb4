"""Who was at a meeting, and in what role, from the attendance list at the head of its minutes.

Minutes open with their own list of those present ("PRESENT: Mr B J Sweetland (Chairman), Mr N Baker, ...",
"Councillors present: Cllr. R. Crisp - Chair (RC), ...", "IN ATTENDANCE: Kevin Kasaven (Director of Children's
Countywide Services), ..."). Read into surnames with their roles, it tells a named speaker in the debate ("Mr Read
shared that ...", "Councillor Smith asked ...") a member from an officer by the paper's own list, where the words
of the sentence cannot (annotations/README.md, Statements rounds 41 and 43). The labels, role words and speech verbs
are data (`patterns/attendance.json`).

Roles: "member" (a councillor of the meeting), "chair" (the Chair or Vice-Chair), "executive" (a Cabinet Member,
the Leader, a Portfolio Holder), "officer" (officers, the Clerk, others in attendance with a job title or in an
officers' block), "visitor" (a councillor of another council in an also-present block). For the speaker in minutes
only "member" opens a member's turn; every other role answers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PATH = Path(__file__).parent / "patterns" / "attendance.json"

ROLES = ("member", "chair", "executive", "officer", "visitor")


@dataclass(frozen=True)
class Attendee:
    surname: str
    role: str
    title: str = ""  # the role words the list gives ("Director of Public Health", "Chair"), or ""
    initials: str = ""  # "RC" from "Cllr. R. Crisp - Chair (RC)": parish minutes name speakers so


@dataclass
class Attendance:
    people: list[Attendee] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.people)

    def role_of(self, name: str) -> str | None:
        """The role of a surname (or initials) in the list; None when absent or listed in two roles."""
        key = name.lower().strip(".")
        roles = {p.role for p in self.people if p.surname.lower() == key or (p.initials and p.initials.lower() == key)}
        return roles.pop() if len(roles) == 1 else None

    def names(self, role: str) -> list[str]:
        return [p.surname for p in self.people if p.role == role]


@dataclass(frozen=True)
class _Cues:
    head_chars: int
    member_label: tuple[re.Pattern[str], ...]
    other_label: tuple[re.Pattern[str], ...]
    end: tuple[re.Pattern[str], ...]
    member_title: re.Pattern[str]
    visitor_title: re.Pattern[str]
    person_title: re.Pattern[str]
    postnominal: re.Pattern[str]
    chair_role: re.Pattern[str]
    executive_role: re.Pattern[str]
    officer_role: re.Pattern[str]
    visitor_role: re.Pattern[str]
    speaker: re.Pattern[str]
    cabinet_head: re.Pattern[str]
    not_surname: re.Pattern[str]
    whole_council: int
    role_modifier: re.Pattern[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    d = json.loads(PATH.read_text(encoding="utf-8"))
    many = lambda k: tuple(re.compile(p, re.I) for p in d[k])  # noqa: E731
    one = lambda k: re.compile(d[k], re.I)  # noqa: E731
    titles = rf"(?P<titles>(?:(?:{d['visitor_title']}|{d['member_title']}|{d['person_title']})\s+)*)"
    # "Mr Read shared", "Cllr. A. Collins (AC) asked", "Shellina Prendergast (Chair) said", "CC advised"
    speaker = re.compile(
        r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?" + titles
        + r"(?P<name>(?-i:(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]+))"
        + r"(?:\s+\([^)]{0,60}\))?(?:,\s+[^,]{0,60},)?\s+(?-i:[a-z]\w*\s+)?" + d["speech_verb"] + r"\b",
        re.I,
    )
    return _Cues(d["head_chars"], many("member_label"), many("other_label"), many("end"), one("member_title"),
                 one("visitor_title"), one("person_title"), re.compile(d["postnominal"]), one("chair_role"),
                 one("executive_role"), one("officer_role"), one("visitor_role"), speaker,
                 one("cabinet_head"), one("not_surname"), d["whole_council"], one("role_modifier"))


def _blocks(head: str) -> list[tuple[str, str]]:
    """(default role, text) of each labelled block in the head of the minutes: "member", "other", or "executive"
    for the first members' block of a Cabinet's or an Executive's minutes (its title, before the list, names it)."""
    c = _cues()
    hits = [(m.start(), -(m.end() - m.start()), m.end(), "member") for p in c.member_label for m in p.finditer(head)]
    hits += [(m.start(), -(m.end() - m.start()), m.end(), "other") for p in c.other_label for m in p.finditer(head)]
    hits.sort()
    labels, last = [], -1
    for start, _, end, kind in hits:
        if start >= last:  # the earliest, then longest, of overlapping labels ("Also present:" over "present:")
            labels.append((start, end, kind))
            last = end
    out = []
    for i, (start, end, kind) in enumerate(labels):
        stop = labels[i + 1][0] if i + 1 < len(labels) else min(len(head), end + 1500)
        text = head[end:stop]
        cut = min((m.start() for p in c.end for m in [p.search(text)] if m is not None), default=len(text))
        if kind == "member" and not out and c.cabinet_head.search(head[:start]):
            kind = "executive"  # "CABINET ... PRESENT: Mr R W Gough (Chairman), Mr N Baker, ...": the Cabinet Members
        out.append((kind, text[:cut]))
    return out


def _entries(block: str) -> list[str]:
    """The block cut into one entry per person (a role after a comma is attached again by `read_attendance`); commas,
    "and" and line breaks inside parentheses ("(Corporate Director Children, Young People and Education)") cut nothing."""
    c = _cues()
    titled = rf"(?:{c.visitor_title.pattern}|{c.member_title.pattern}|{c.person_title.pattern})\s"
    cuts = re.compile(
        r"\n|[,;|]|\s+(?:and|&)\s+"
        r"|(?:(?<=[a-z]{3})|(?<=\)))\.\s+"  # "Claire Williams (CW). Clerk: ...": a sentence's end, not "Cllr. R."
        r"|(?<=\))\s+(?=[A-Z])"  # "(Chief Executive) J J Tohill (Director ...)": run-on entries
        rf"|(?<=[a-z\u2019'.)])(?<!ounty)(?<!orough)(?<!istrict)(?<![Cc]ity)(?<![Tt]own)(?<!arish)(?<!orfolk)"
        rf"\s+(?=(?-i:[A-Z]))(?=(?i:{titled}))"  # "... Cllr S. Leet Cllr A. Jenkinson"
    )
    depth, opens = 0, []
    for i, ch in enumerate(block):
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        opens.append(depth)
    out, start = [], 0
    for m in cuts.finditer(block):
        if opens[m.start()] and block[m.start()] != ")":
            continue
        if block[m.start() - 1 : m.start()] == ")" and not m.group().strip(" ."):
            inner = block[block.rfind("(", 0, m.start()) + 1 : m.start() - 1]
            if not any(p.search(inner) for p in (c.chair_role, c.executive_role, c.officer_role, c.visitor_role)):
                continue  # "T.G. (Terry) Bond": a first name in brackets, not a role ending an entry
        out.append(block[start : m.start()])
        start = m.end()
    out.append(block[start:])
    parts = [" ".join(p.split()) for p in out]
    return [p.strip(" .:-\u2013\u2014\t") for p in parts if p.strip(" .:-\u2013\u2014\t")]


_PARTICLE = re.compile(r"(?:de|van|von|der|la|le|da|di|du|st|and)", re.I)
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*\.?")


def _person(entry: str) -> tuple[str, str, str]:
    """(surname, role words, initials) of one entry; surname "" when the entry is only a role ("Clerk")."""
    c = _cues()
    role_bits, initials = [], ""

    def paren(m: re.Match[str]) -> str:
        nonlocal initials
        inner = m.group(1).strip()
        if re.fullmatch(r"[A-Z]{2,3}", inner) and not c.postnominal.fullmatch(inner):
            initials = inner
        elif any(p.search(inner) for p in (c.chair_role, c.executive_role, c.officer_role, c.visitor_role)):
            role_bits.append(inner)
        return " "

    text = re.sub(r"\(([^)]*)\)?", paren, entry)
    if len(text.split()) > 9:
        return "", "", ""  # "The Parish Clerk then read out the statements ...": the minutes have begun
    segments = re.split(r"\s+[\u2013\u2014-]+\s*|\s*[\u2013\u2014]\s*", text)
    name_seg = []
    for seg in segments:
        titled = bool(re.match(rf"\s*(?:{c.member_title.pattern}|{c.person_title.pattern})\s", seg, re.I))
        roles = any(p.search(seg) for p in (c.chair_role, c.executive_role, c.officer_role, c.visitor_role))
        if roles and not titled and len(segments) > 1:
            role_bits.append(seg.strip())
        else:
            name_seg.append(seg)
    name = " ".join(name_seg)
    # a role word run on after the name: "Cllr Jo Bruce JB Chair", "Mrs N Cooper Clerk", "Cllr S Lintern Vice Chairman"
    m = re.search(rf"(?:^|\s)((?:{c.role_modifier.pattern}\s+)*(?:{c.chair_role.pattern}|{c.officer_role.pattern}|{c.executive_role.pattern}|{c.visitor_role.pattern}).*)$",
                  name, re.I)
    if m:  # "Clerk" alone (after "Mrs N Cooper,"): a role, no name
        role_bits.append(m.group(1))
        name = name[: m.start()]
    words = [w.rstrip(".") for w in _WORD.findall(name)]
    if len(words) > 7 or any(w[0].islower() and not _PARTICLE.fullmatch(w) for w in words):
        return "", "", ""  # "The clerk had written to the chairman ...": a sentence, not a name
    skip = re.compile(rf"(?:{c.member_title.pattern}|{c.person_title.pattern}|{c.postnominal.pattern}|the|and|of|for|vacancy)$", re.I)
    surname = ""
    for w in words:
        if re.fullmatch(r"[A-Z]{2,3}", w) and not c.postnominal.fullmatch(w) and not initials and surname:
            initials = w  # "Cllr Jo Bruce JB Chair"
            continue
        if skip.match(w) or len(w) < 2 or not w[0].isupper() or not any(ch.islower() for ch in w):
            continue
        surname = w
    if c.not_surname.fullmatch(surname):
        surname = ""  # "... Cabinet Member for Integrated Children's\nServices.": a wrapped role's last word
    return surname, " ".join(b for b in role_bits if b).strip(), initials


def _role(entry: str, role_words: str, block: str) -> str:
    """An entry's role: its own words first (chair, executive, visitor, officer, a councillor's title), then its
    block's ("member", "executive" or "other", whose unmarked names are officers)."""
    c = _cues()
    lead = entry.lstrip()
    if c.chair_role.search(role_words):
        return "chair"
    if c.executive_role.search(role_words):
        return "executive"
    if c.visitor_title.match(lead) or (block == "other" and c.member_title.match(lead)
                                       and (role_words or c.visitor_role.search(entry))):
        return "visitor"  # "Cllr Martin Storey - Norfolk County Council" among those also present
    if c.officer_role.search(role_words):
        return "officer"
    if c.visitor_role.search(role_words):
        return "visitor"
    if block == "executive":
        return "executive"
    if c.member_title.match(lead):
        return "member"
    return "member" if block == "member" else "officer"


def read_attendance(text: str) -> Attendance:
    """The people the head of a minutes paper lists as present, with their roles (empty when it lists none)."""
    c = _cues()
    out = Attendance()
    for block_kind, block in _blocks(text[: c.head_chars]):
        last: int | None = None
        ahead = ""  # "the clerk, Derek Kane": a role named before its person
        councillors = False  # "Councillors L. Burnett, N.P. Hodges, ...": the plural title runs on
        for entry in _entries(block):
            if re.match(r"(?:cllrs|councillors)\b", entry, re.I):
                councillors = True
            elif re.match(rf"(?:{c.person_title.pattern}|{c.member_title.pattern}|{c.visitor_title.pattern})\s", entry, re.I):
                councillors = False
            surname, role_words, initials = _person(entry)
            if not surname:  # "Mrs N Cooper, Clerk.": the role after the comma is the last person's
                if role_words and len(entry.split()) <= 8:
                    if re.match(r"the\s", entry, re.I) and entry[:1].islower():
                        ahead = role_words
                    elif last is not None:
                        prev = out.people[last]
                        words = f"{prev.title} {role_words}".strip()
                        role = _role(entry, words, block_kind) if prev.role in ("member", "officer") else prev.role
                        out.people[last] = Attendee(prev.surname, role, words, prev.initials)
                continue
            if ahead and not role_words:
                role_words, ahead = ahead, ""
            lead = f"Councillor {entry}" if councillors and not c.member_title.match(entry) else entry
            out.people.append(Attendee(surname, _role(lead, role_words, block_kind), role_words, initials))
            last = len(out.people) - 1
    return out


def head_chars() -> int:
    """How far into a paper its attendance list is looked for."""
    return _cues().head_chars


def speaker_role(sentence: str, attendance: Attendance) -> str | None:
    """The listed role of the named speaker a minutes sentence opens with ("Mr Read shared that ..." -> "officer"),
    or None: no named speaker, or one the list does not give (or gives in two roles)."""
    if not attendance:
        return None
    c = _cues()
    m = c.speaker.match(sentence)
    if m is None:
        return None
    if c.visitor_title.search(m.group("titles") or ""):
        return "visitor"  # "County Cllr Storey advised ...": the sentence says so
    words = m.group("name").split()
    role = attendance.role_of(words[-1].rstrip(".")) if words else None
    if role == "member" and len(attendance.names("member")) > c.whole_council:
        return None  # a whole council's list: its Leader and Cabinet Members are unmarked among the members
    return role
