"""Where a name found by one source really starts and ends, once the sources are cleaned (`service_names`).

Four shapes a single source reads wrongly in committee papers: a title of listed subjects whose first ones sit
before a comma ("Culture, Leisure and Communities Overview and Scrutiny Committee"), a council's name run into its
committee's ("Holmewood City Council Communities Scrutiny Panel"), an organisation named after "with" inside a
longer span ("a Heritage Apprenticeship with Alderbrook College"), written for the round-27 probes; and a body's own
working plan read as a programme ("IPPH Action Plan", "Libraries Business Plan"; Kent ICS activity appendix 2025).
And names a PDF or a rule cut or ran together: a heading's split first letter ("C orporate Parenting Panel"), a long
form whose first words a table's other column took ("Term Financial Plan (MTFP)"), two names a rule read over "and"
("Improved Better Care Fund and Hospital Discharge grant"), a paying body's grant read as a scheme (Kent papers 2025).
"""

from __future__ import annotations

import re
from functools import lru_cache

from miner.canonical import KNOWN_ACRONYMS
from miner.nlp.service_names import Candidate, is_acronym_owner
from miner.nlp.service_ner import JUNK
from miner.nlp.service_terms import HEAD_LABELS, TERMS

_WORD_RUN = re.compile(r"\S+")
_COUNCIL_TIERS = frozenset(TERMS["council_tiers"])
_COUNCIL_FORUM = frozenset(TERMS["council_forum_words"])
# a committee's or a plan's title (a list of services in prose is a list: "three interlinked service areas,
# Children's Social Care and Safeguarding, Early Help & Commissioning", Walsall 2018)
_LISTED_LABELS = frozenset({"BOARD", "PROGRAMME"})
# the words a title can follow in prose: "presents the draft Museums, Archives and ... Plan", "report to Culture, ..."
_LISTED_OPENERS = frozenset({"the", "a", "an", "our", "its", "their", "this", "draft", "new", "refreshed", "to", "of",
                             "for", "by", "at", "from", "on"})
# one or more capitalised parts of one or two words, each before a comma, and the last before "and", ending where
# the span found starts (at the list's last part or after it); a part may be possessive: "the Children's, Young
# People and Education Cabinet Committee" (Kent Executive Response 2025)
_LISTED_PARTS = re.compile(r"(?:[A-Z][a-z]+(?:['’]s)?(?:[ \t][A-Z][a-z]+(?:['’]s)?)?,[ \t])+([A-Z][a-z]+[ \t](?:and|&)[ \t])?")
# a council's own organs and kinds of body are names of their own, not a subject listed in a title
_LISTED_NOT_PARTS = frozenset({"council", "cabinet", "committee", "board", "panel", "the"})


def reshape_spans(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The unit's cleaned candidates with the first three shapes mended, two services read as one over "and" split
    (`_two_services`), a joint area's first place put back before its body (`_with_joint_area`), and a rule's run
    across two of the NER's names (`_rule_joining_model_names`), a name after a heading's split first letter and a
    long form cut by a table's column dropped."""
    split = [parts for c in candidates if len(parts := _plan_for_named_body(text, c)) == 2]
    # (and no other reading runs over the "for" between them: "Youth Justice Strategic Plan for Southampton Youth")
    candidates = [c for c in candidates if not any(
        c.start < plan.end and c.end > body.start and c.source in ("rule", "model") for plan, body in split)]
    candidates += [part for parts in split for part in parts]
    kept = [_after_genre_title(text, _with_listed_opening(text, c, candidates)) for c in candidates]
    kept = _two_services(text, [part for c in kept for part in _council_and_its_committee(text, c)])
    kept = [c for c in kept if not _rule_joining_model_names(text, c, kept) and not _model_run_over_a_list(text, c, kept)
            and not _after_split_initial(text, c) and not _cut_long_form(text, c)]
    joint = [_group_parish_council(text, _with_joint_area(text, c)) for c in kept]
    opened = [(j.start, c.start) for j, c in zip(joint, kept) if j.start < c.start]
    kept = [j for j in joint if not (j.label == "PLACE" and any(s <= j.start and j.end <= e for s, e in opened))]
    joint = _joint_areas_bodies(text, kept) + _branches_of_two_areas(text, kept)
    kept = [c for c in kept if not any(j.start <= c.start and c.end <= j.end for j in joint)] + joint
    return ([_with_plan_years(text, _body_after_with(text, c)) for c in kept] + _named_grants(text, kept)
            + _places_standard_bodies(text, kept) + _model_opening_a_known_name(text, kept))


_JOINT_PLURAL_HEADS = TERMS["joint_plural_heads"]
# a place, "and"/"&", then the other area's words (places, their initials, commas) and the body's plural name
_JOINT_BODIES = re.compile(r"[ \t]+(?:and|&)[ \t]+((?:[A-Z][\w'’-]*,?[ \t]+(?:(?:and|&)[ \t]+)?){1,4}?)"
                           r"((?:[A-Z][\w'’-]*[ \t]+){1,4})(" + "|".join(_JOINT_PLURAL_HEADS) + r")\b")


def _joint_areas_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Two areas' bodies of one kind, named together with both areas, are one name: "The Independent Chair, Dorset and
    Bournemouth, Christchurch & Poole Safeguarding Adults Boards presented" (BCP Health and Adult Social Care scrutiny
    2022; entities round 56), "the Dorset & BCP Safeguarding Adults Boards (SABs)": one name (BOARD), not the
    first place and a kind of body. Only where the other area is named by a place the gazetteer knows, by its
    initials ("BCP") or by a list of places ("Bournemouth, Christchurch & Poole"), on one line."""
    places = _places()
    found = []
    for p in candidates:
        if p.label != "PLACE" or p.source != "gazetteer" or (m := _JOINT_BODIES.match(text, p.end)) is None:
            continue
        other = [w.strip(",") for w in m.group(1).split() if w not in ("and", "&")]
        if "\n" not in text[p.start : m.end()] and (len(other) >= 2 or any(
                w in places or (w.isupper() and len(w) >= 2) for w in other)):
            found.append(Candidate(p.start, m.end(), "BOARD", "rule", 3))
    return found


# " and <Place>" closing a phrase: a clause's or sentence's end after it
_AND_LAST_AREA = re.compile(r"[ \t]+(?:and|&)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)(?=[ \t]*(?:$|[\n.,;:)]))")


def _branches_of_two_areas(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A national body's local branch named by two areas, read as the branch of the first and a place: "regarding
    support for Citizens Advice Rossendale and Hyndburn." (Hyndburn Communities and Wellbeing Overview and Scrutiny
    Committee 2023; entities round 58) is one body. Only a name the gazetteer knows ending in a place it knows, then
    "and" and another of its places that ends the phrase."""
    places = _places()
    found = []
    for c in candidates:
        if c.label != "ORG" or c.source != "gazetteer" or (m := _AND_LAST_AREA.match(text, c.end)) is None:
            continue
        words = text[c.start : c.end].split()
        if len(words) >= 2 and (words[-1] in places or " ".join(words[-2:]) in places) and m.group(1) in places:
            found.append(Candidate(c.start, m.end(), c.label, c.source, c.priority, weak=c.weak))
    return found


_FOR_WORD = re.compile(r"[ \t]+for[ \t]+")
_BODY_HEAD_LABELS = frozenset({"SERVICE", "BOARD", "ORG"})


def _plan_for_named_body(text: str, c: Candidate) -> list[Candidate]:
    """A plan's name run into the body it is for, named with its place, is two names: "Approval of the Youth Justice
    Strategic Plan for Southampton Youth Offending Service" (Southampton Cabinet; entities round 55) names the plan
    and the service. A plan for a place or a kind of people is one name ("Local Plan for Kent", "Strategy for
    Children's Services")."""
    if c.label != "PROGRAMME" or c.source not in ("rule", "model"):
        return [c]
    for m in _FOR_WORD.finditer(text, c.start, c.end):
        plan, body = text[c.start : m.start()].split(), text[m.end() : c.end].split()
        if (len(plan) >= 2 and HEAD_LABELS.get(plan[-1].lower()) == "PROGRAMME" and len(body) >= 2
                and all(w[:1].isupper() or w in ("and", "&", "of") for w in body)
                and HEAD_LABELS.get(body[-1].lower()) in _BODY_HEAD_LABELS and _starts_with_place(" ".join(body))):
            return [Candidate(c.start, m.start(), c.label, c.source, c.priority),
                    Candidate(m.end(), c.end, HEAD_LABELS[body[-1].lower()], c.source, c.priority)]
    return [c]


_REPORT_TITLE_WORDS = frozenset(TERMS["report_title_words"])
_REPORT_HEADS = frozenset(TERMS["report_heads"])
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*|and|&")


def _after_genre_title(text: str, c: Candidate) -> Candidate:
    """A heading's genre title run into the name of what it reports on is that name: "Annual Reports Fostering and
    Adoption Services" (Manchester committee item) names the services; the kind of paper is no name
    (`is_genre_title`). Only where genre words (or none: a rule's span may start after "Annual") end on a report
    head word and capitalised words follow."""
    if c.source not in ("rule", "model") or c.label not in ("SERVICE", "PROGRAMME"):
        return c
    words = list(_WORD_RUN.finditer(text, c.start, c.end))
    for i, w in enumerate(words[:-1]):
        if w.group().lower() in _REPORT_HEADS:
            rest = words[i + 1 :]
            if (all(v.group().lower() in _REPORT_TITLE_WORDS for v in words[:i]) and rest[0].group()[:1].isupper()
                    and all(_NAME_WORD.fullmatch(v.group()) for v in rest)):
                return Candidate(rest[0].start(), c.end, c.label, c.source, c.priority, weak=c.weak)
            break
    return c


# a minutes heading whose first letter the PDF set apart: "273. C orporate Parenting Panel" (Kent County Council
# minutes 19 Dec 2024)
_SPLIT_INITIAL = re.compile(r"(?:^|\n)[ \t]*(?:\d+\.[ \t]+)?[A-Z][ \t]+[a-z]+[ \t]+$")


def _after_split_initial(text: str, c: Candidate) -> bool:
    """A name read after the rest of a heading's split first word ("Parenting Panel" of "C orporate Parenting
    Panel") starts inside the name, as a name run into a hyphenated word does, so it is none."""
    return _SPLIT_INITIAL.search(text, max(0, c.start - 40), c.start) is not None


_BRACKETED_ACRONYM = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]{1,7})\)")


def _cut_long_form(text: str, c: Candidate) -> bool:
    """A name before a standard acronym in brackets that is only the end of the acronym's expansion lost its first
    words to a table's other column: "Inflation Term Financial Plan (MTFP)" (Kent budget risk register 2025, where
    "Medium" sits in the next cell) reads "Term Financial Plan", no name; the acronym stays."""
    m = _BRACKETED_ACRONYM.match(text, c.end)
    long_form = KNOWN_ACRONYMS.get(m.group(1), "") if m else ""
    name = " ".join(text[c.start : c.end].split())
    return len(long_form) > len(name) and long_form.endswith(" " + name)


def _places_standard_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A place before the standard acronym of a body or plan every area has names that area's one: "Contribute to the
    Kent CSP Action Plan", "the Kent JSNA" (Kent ICS appendices 2025), not the place and a kind of body."""
    places = {c.end: c for c in candidates if c.label == "PLACE" and c.source == "gazetteer"}
    return [Candidate(places[c.start - 1].start, c.end, c.label, "rule", 3) for c in candidates
            if c.source == "gazetteer" and c.label in _LISTED_LABELS and text[c.start : c.end] in KNOWN_ACRONYMS
            and c.start - 1 in places and text[c.start - 1] == " "]


# capitalised words (joined by "and"/"&"/"for"/"of") before a lower-case "grant": "the DfE Family Hub Transformation
# grant", "Healthy Living Centre grant money" (Kent Family Hub papers 2024-25)
_BEFORE_GRANT = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’&-]*[ \t]+(?:(?:and|&|for|of)[ \t]+)?)*[A-Z][\w'’&-]*)"
                           r"[ \t]*\n?[ \t]*(grants?)\b")
# what a grant is named after is a service, site or topic, not a body that pays it ("the YJB grant", Somerset 2019)
_GRANT_NAME_LABELS = frozenset({"SERVICE", "PROGRAMME", "PLACE", "SYSTEM"})
_OWNER_WORDS = frozenset(TERMS["owner_words"])
_MONEY_SCHEME_HEADS = frozenset(TERMS["money_after_scheme_heads"])


def _named_grants(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A grant named after the service, site or topic it pays for, with its lower-case "grant": "Family Hubs grant",
    "Adult Social Care grant", "Healthy Living Centre grant" (the Kent papers' gold). A paying body before the name is
    its owner and stays apart ("the DfE Family Hubs grant" names the DfE too), and a national scheme the gazetteer
    knows keeps its own name ("Basic Need grant" is the scheme Basic Need, as the guidelines say); one word before
    "grant" is a kind of money ("Capital grant", "Member grant"), no name."""
    found = []
    for m in _BEFORE_GRANT.finditer(text):
        spans = [w.span() for w in _WORD_RUN.finditer(text, m.start(1), m.end(1))]
        # (an owner opens no grant's name: "the Councils Public Health grant allocation", Kent Cabinet report 2025)
        while spans and (text[slice(*spans[0])].lower() in _LISTED_OPENERS or is_acronym_owner(text[slice(*spans[0])])
                         or text[slice(*spans[0])].endswith(("'s", "’s"))
                         or text[slice(*spans[0])].lower().rstrip("s") in _OWNER_WORDS):
            spans = spans[1:]
        if len(spans) < 2 or not text[spans[0][0]].isupper():
            continue
        if text[slice(*spans[-1])] in _MONEY_SCHEME_HEADS:
            continue  # a scheme's own grant: "Homes for Ukraine Scheme grant funding" (Gloucestershire Cabinet 2022)
        start, end = spans[0][0], spans[-1][1]
        if cut := _second_name_after_and(text, start, m.end(2)):  # "Improved Better Care Fund and Hospital ..."
            start = cut[1]
        inside = [c for c in candidates if start <= c.start and c.end <= end]
        if JUNK.match(text[start:end]) or any(
                (c.start, c.end) == (start, end) and (c.label not in _GRANT_NAME_LABELS or c.source == "gazetteer"
                                                      and c.label == "PROGRAMME") for c in inside):
            continue
        found.append(Candidate(start, m.end(2), "PROGRAMME", "rule", 3))
    return found


_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_CLOSED_BEFORE_AND: dict[str, str | None] = TERMS["names_closed_before_and"]
# the labels of a rule's names that may run over "and" onto a second name
_JOINED_LABELS = frozenset({"PROGRAMME", "SERVICE", "BOARD"})
# a capitalised word ending where a name starts: the ruler started the name inside another
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def names_closed_before_and(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A rule's name run over "and" from one closed name onto a second is the two (`_second_name_after_and`): "the
    Chief Executive's Department and Deputy Chief Executive's Department" (Kent County Council minutes 13 Feb 2025)
    are two departments; a first part that names nothing of its own ("Revenue Budget and Medium Term Financial Plan")
    leaves the second alone. Run before the cleaning, so each part is cut and vetoed by itself."""
    found = []
    # a name the gazetteer knows closes too, whatever its last word: "Homes for Ukraine and Local Authority Housing
    # Fund Update" (Newark and Sherwood Cabinet 2024; entities round 49) names the scheme and the Fund (the gazetteer's
    # hit on the first part stands for it)
    known = {(c.start, c.end) for c in candidates if c.source == "gazetteer" and c.label in _JOINED_LABELS}
    listed = [(c.start, c.end) for c in candidates if c.source == "gazetteer" and c.label != "_GENERIC"]
    bodies = {(c.start, c.end) for c in candidates if c.source == "gazetteer" and c.label in ("ORG", "INSPECTORATE")}
    kinds = {(c.start, c.end) for c in candidates if c.source == "gazetteer" and c.label in ("PROGRAMME", "SERVICE")}
    for c in candidates:
        if c.source == "model" and any(s == c.start and (m := _BLANK_RUN.match(text, e)) and (m.end(), c.end) in kinds
                                       for s, e in bodies):
            continue  # a body the gazetteer knows and its scheme the gazetteer knows, two names however the NER reads
            # them: "The LGA Corporate Peer Challenge took place in May" (NER 0.7.0 reads one; entities round 62)
        if c.source == "model" and _list_of_known_names(text, c.start, c.end, listed):
            continue  # the NER's one name over a list of names the gazetteer knows is the list: "Community
            # Protection, Trading Standards and Heritage Conservation volunteers", "carers' support by Carers First
            # and Saltmere CVS" (NER 0.7.0; entities round 62)
        cut = (_second_name_after_and(text, c.start, c.end, known) if c.source == "rule" and c.label in _JOINED_LABELS
               else None)
        # the NER's one name over "and" whose first part the gazetteer knows is the two, as a rule's is (NER 0.7.0
        # reads "Homes for Ukraine and Local Authority Housing Fund" whole; entities round 62)
        if cut is None and c.source == "model" and c.label in _JOINED_LABELS:
            cut = _second_name_after_and(text, c.start, c.end, known)
            cut = cut if cut is not None and (c.start, cut[0]) in known and not any(
                a < cut[0] and cut[1] < b for a, b in listed) else None  # (not a joined name the gazetteer knows:
            # "Family Hubs and Start for Life grant", Kent finance monitoring 2024)
        if cut is None:
            found.append(c)
            continue
        first = text[c.start : cut[0]].split()
        label = None if (c.start, cut[0]) in known else _CLOSED_BEFORE_AND[first[-1].lower()]
        if label and len(first) >= 2:  # (a span the ruler started at the closing word leaves it out)
            found.append(Candidate(c.start, cut[0], label, c.source, c.priority))
        found.append(Candidate(cut[1], c.end, c.label, c.source, c.priority, None, c.weak))
    return found


_BLANK_RUN = re.compile(r"[ \t]+")
_LIST_JOIN = re.compile(r"[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


def _list_of_known_names(text: str, start: int, end: int, known: list[tuple[int, int]]) -> bool:
    """The words from `start` to `end`, cut at commas and "and"/"&", are two names or more, each inside a gazetteer
    hit that holds no joining word of the span."""
    parts, at = [], start
    for m in _LIST_JOIN.finditer(text, start, end):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, end))
    if len(parts) < 2:
        return False
    for i, (s, e) in enumerate(parts):
        after_prev = parts[i - 1][1] if i else -1  # a hit holds no joining word: it starts after the last part
        before_next = parts[i + 1][0] if i + 1 < len(parts) else len(text) + 1
        if s >= e or not any(a <= s and e <= b and a >= after_prev and b <= before_next for a, b in known):
            return False
    return True


def grants_paid_by_bodies(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A rule's "<body> Grant" names the body that pays it, not a scheme: "CYPE Unaccompanied Home Office Grant"
    (Kent budget risk register 2025) is the Home Office's grant, as "the DfE Family Hubs grant" names the DfE (the
    guidelines); the gazetteer's body stands alone."""
    bodies = {(c.start, c.end) for c in candidates if c.source == "gazetteer" and c.label in ("ORG", "INSPECTORATE")}
    return [c for c in candidates if not (
        c.source == "rule" and c.label == "PROGRAMME" and text[c.start : c.end].endswith(" Grant")
        and any(e == c.end - len(" Grant") and c.start <= s for s, e in bodies))]


def _second_name_after_and(text: str, start: int, end: int,
                           known: set[tuple[int, int]] = frozenset()) -> tuple[int, int] | None:
    """(end of the first part, start of the second) where the words from `start` end on a word that closes a name
    before "and"/"&" (`names_closed_before_and` in the terms) and a capitalised name of three words or more follows
    ("Improved Better Care Fund and Hospital Discharge grant"); "Domestic Abuse Strategy and Action Plan" is one."""
    # (a first part of one word is the closing word of a name the ruler started inside, "Revenue Budget and ...";
    # not the first word of a name, "the Policy and Resources Cabinet Committee")
    inside = _CAPITALISED_WORD_BEFORE.search(text, 0, start) is not None
    for m in _AND.finditer(text, start, end):
        first, second = text[start : m.start()].split(), text[m.end() : end].split()
        if (first and ((len(first) >= 2 or inside) and first[-1][:1].isupper() and first[-1].lower() in _CLOSED_BEFORE_AND
                       or (start, m.start()) in known)
                and len(second) >= 3 and second[0][:1].isupper()):
            return m.start(), m.end()
    return None


def _rule_joining_model_names(text: str, c: Candidate, candidates: list[Candidate]) -> bool:
    """A rule's name run across "and" over two names the NER read apart, each ending where the rule's part does, is
    those two: "Millmead Family Hub in Thanet and Seashells Family Hub", "in the case of Millmead and Sheppey Gateway"
    (Kent Family Hub decision report and EqIA 2024; the NER's "Thanet" and "Seashells Family Hub", "Millmead" and
    "Sheppey Gateway"). Where the NER read the whole, or only one side, the rule's name stands, and so does a plural
    head both names share ("Seashells and Millmead Family Hubs", the Family Hub papers' gold), as does a body of two
    places' joint area (`_places`)."""
    if c.source != "rule" or text[c.start : c.end].split()[-1].endswith("s"):
        return False
    if c.label == "PLACE" and c.priority >= 2:
        return False  # one constituency of two names (`place_cue`), however the NER reads its parts: "the Northwold and
        # Kesby constituency" (NER 0.7.0 reads "Kesby" a system; entities round 62)
    model = {(o.start, o.end) for o in candidates if o.source == "model"}
    return any((c.start, m.start()) in model and (m.end(), c.end) in model
               and not (text[c.start : m.start()] in _places() and _starts_with_place(text[m.end() : c.end]))
               for m in _AND.finditer(text, c.start, c.end))


_TITLE_WORDS = re.compile(r"[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*)*")


def _model_opening_a_known_name(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The NER's name that starts before a gazetteer name and ends inside it, all in capitalised words on one line, is
    the first words of a longer name of the gazetteer's kind: "The Digital Skills Bootcamp enrolled 300 learners"
    (written for the probe; the NER's "Digital Skills" and the gazetteer's "Skills Bootcamp") names the bootcamp."""
    found = []
    for m in (c for c in candidates if c.source == "model"):
        for g in (c for c in candidates if c.source == "gazetteer"):
            if m.start < g.start < m.end < g.end and _TITLE_WORDS.fullmatch(text, m.start, g.end):
                found.append(Candidate(m.start, g.end, g.label, "rule", g.priority))
    # and where the NER read only the gazetteer name's last word, as another kind: NER 0.7.0's "Bootcamp" (a place)
    # of "The Digital Skills Bootcamp" (entities round 62): one capitalised word between the article and a programme
    # the gazetteer knows, no place, is the name's first word
    places = {text[c.start : c.end] for c in candidates if c.label == "PLACE" and c.source == "gazetteer"}
    for g in (c for c in candidates if c.source == "gazetteer" and c.label == "PROGRAMME"):
        if not any(m.start > g.start and m.end == g.end and m.label != g.label for m in candidates if m.source == "model"):
            continue
        if (w := _ARTICLE_AND_WORD.search(text, max(0, g.start - 40), g.start)) and w.group(1) not in places:
            found.append(Candidate(w.start(1), g.end, g.label, "rule", g.priority))
    return found


_ARTICLE_AND_WORD = re.compile(r"(?<![\w'’-])(?:[Tt]he|an?)[ \t]+([A-Z][a-z]+)[ \t]+$")


def _model_run_over_a_list(text: str, c: Candidate, candidates: list[Candidate]) -> bool:
    """The NER's name run over the last "and" of a list onto a name a rule found whole after it is the list's last
    two items: "Contracts are held with Kier Group plc, Serco, Biffa and Mears Group PLC" (written for the probe)
    names "Mears Group PLC", not "Biffa and Mears Group PLC". Only after a list's comma."""
    if c.source != "model" or not re.search(r",[ \t]*$", text[max(0, c.start - 3) : c.start]):
        return False
    return any(o.source in ("rule", "gazetteer") and o.end == c.end and o.label == c.label
               and re.fullmatch(r"[ \t]+(?:and|&)[ \t]+", text[m.start() : o.start])
               for m in _AND.finditer(text, c.start, c.end) for o in candidates)


_GROUP_PARISH_HEADS = tuple(" " + h for h in TERMS["group_parish_heads"])
# the first village of a group parish's council at a line's start or after a lower-case word: "Marston and "
_VILLAGE_AND_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[a-z][ \t]))([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+and[ \t]+$")


def _group_parish_council(text: str, c: Candidate) -> Candidate:
    """A group parish's council is named after its villages joined by "and": "Marston and Little Wick Parish Council"
    (written for the probe; "Wretton with Wereham", "Stoke Ferry" parishes in Norfolk), whether or not the first
    village is a place the gazetteer knows; a source that started at the second village gets the first back."""
    if c.label != "ORG" or c.source not in ("rule", "model", "base") or not text[c.start : c.end].endswith(
            _GROUP_PARISH_HEADS):
        return c
    before = _VILLAGE_AND_BEFORE.search(text, max(0, c.start - 40), c.start)
    if before is None:
        return c
    return Candidate(before.start(1), c.end, c.label, c.source, c.priority, c.entity, c.weak)


# the first of two places joined before a body's name: "Kent and " of "Kent and Medway Fire & Rescue Authority"
_PLACE_AND_BEFORE = re.compile(r"([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)[ \t]+(?:and|&)[ \t]+$")


def _with_joint_area(text: str, c: Candidate) -> Candidate:
    """A body of two places' joint area whose first place a source left out: "served on ... Kent and Medway Fire &
    Rescue Authority" (Kent County Council minutes 13 Mar 2025) gave "Kent" and "Medway Fire & Rescue Authority".
    Not a council of one place ("Kent and Medway Council" are two bodies)."""
    name = text[c.start : c.end]
    if c.source not in ("rule", "model") or c.label == "PLACE" or not _starts_with_place(name):
        return c
    before = _PLACE_AND_BEFORE.search(text, max(0, c.start - 40), c.start)
    if before is None or before.group(1) not in _places() or name.split()[-1] == "Council" and len(name.split()) == 2:
        return c
    return Candidate(before.start(1), c.end, c.label, c.source, c.priority, c.entity, c.weak)


def _starts_with_place(name: str) -> bool:
    return any(name == p or name.startswith(p + " ") for p in _places())


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The gazetteer's places: two of them joined by "and" open a joint area's body ("Kent and Medway LDA Strategy",
    "Maidstone and Tunbridge Wells NHS Trust"), whatever the NER split."""
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if p["label"] == "PLACE" and isinstance(p["pattern"], str))


# a plan's period written after its name: " 2022-2026", " 2024-39", " 2024 to 2039", " 2025/26"
_PLAN_YEARS = re.compile(r"[ \t]+(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d|[ \t]+to[ \t]+(?:19|20)\d\d)(?![\w/-])")


def _with_plan_years(text: str, c: Candidate) -> Candidate:
    """A plan's or strategy's period after its name belongs to the name as the paper writes it: "Framing Kent's Future
    2022-2026", "the Kent Minerals and Waste Local Plan 2024 to 2039" (Kent Minerals and Waste Local Plan report
    2025), as "Commissioning Plan for Education Provision in Kent 2025-29" is written whole."""
    if c.label != "PROGRAMME" or not (m := _PLAN_YEARS.match(text, c.end)):
        return c
    if text[c.start : c.end].split()[-1].lower() not in _PLAN_HEADS:
        return c
    return Candidate(c.start, m.end(), c.label, c.source, c.priority, c.entity, c.weak)


# (a strategy's title ending "... Future" too: "Framing Kent's Future 2022-2026")
_PLAN_HEADS = frozenset({"plan", "strategy", "framework", "programme", "statement", "future"})


def bodies_before_their_plans(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with each body's own working plan given back to the body (`_body_before_its_plan`); run
    before the cleaning, so the plan's span swallows none of the names inside it."""
    return [part for c in candidates for part in _body_before_its_plan(text, c)
            if not (part.label == "PROGRAMME" and " " + text[part.start : part.end] in _LOWER_PLAN_ENDINGS)]
    # (a kind of paper in lower case names no programme: "Business plan" of "... Board Business plan 2018/19")


def _with_listed_opening(text: str, c: Candidate, candidates: list[Candidate]) -> Candidate:
    """A title of listed subjects whose first ones a source left before a comma: "Culture, Leisure and Communities
    Overview and Scrutiny Committee", "Museums, Archives and Heritage Service Plan 2025-2028" (written for the
    probe), where the span found starts at "Leisure" or "Archives". Only where the list opens the title (after a
    line's start, a colon or a lower-case word) and names nothing else ("the Cabinet, Health and Wellbeing Board"
    is two names)."""
    if c.source not in ("rule", "model") or c.label not in _LISTED_LABELS:
        return c
    words = text[c.start : c.end].split()
    m = _listed_parts_before(text, c.start)
    if m is None or len(words) < 2 or not (m.group(1) or {"and", "&"} & set(words[:-1])):
        return c
    if " ".join(words) in _standard_names():
        return c  # "We thank Police, Health and Wellbeing Board members": a standard body after a list
    before = text[: m.start()].rstrip(" \t")
    opener = re.search(r"\b[a-z]+$", before)
    opens = not before or before[-1] in "\n:(" or (opener is not None and opener.group(0) in _LISTED_OPENERS)
    opens = opens or _after_a_body(before, c.label)
    parts = m.group(0).replace(",", " ").split()
    if not opens or any(w.lower() in _LISTED_NOT_PARTS for w in parts) or any(
            o.source != "model" and o.start < c.start and o.end > m.start() for o in candidates):
        return c
    return Candidate(m.start(), c.end, c.label, c.source, c.priority, c.entity, c.weak)


_CAPITAL_OPENING = re.compile(r"(?<![\w'’-])[A-Z]")


def _listed_parts_before(text: str, start: int) -> re.Match | None:
    """The longest run of listed parts ending at `start` whose parts name no body of their own: after a list of
    bodies each closed by its kind word, the list of the title that is the last item ("served on the Education
    Cabinet Committee, Environment, Highways & Waste Cabinet Committee", Kent County Council minutes 13 Mar 2025,
    the span found starting at "Highways"), and not a list further back in the text ("... as well as Environment,
    Highways and Waste. He was also a member of the Environment, Highways and Waste Cabinet Committee")."""
    for at in (w.start() for w in _CAPITAL_OPENING.finditer(text, max(0, start - 80), start)):
        listed = _LISTED_PARTS.fullmatch(text, at, start)
        if listed is not None and not any(
                w.lower() in _LISTED_NOT_PARTS for w in listed.group(0).replace(",", " ").split()):
            return listed
    return None


def _after_a_body(before: str, label: str) -> bool:
    """The text before a listed title ends on a name of the same kind of body and a comma: "... Education Cabinet
    Committee," before "Environment, Highways & Waste Cabinet Committee"."""
    last = re.search(r"([A-Z][a-z]+),$", before)
    return last is not None and HEAD_LABELS.get(last.group(1).lower()) == label


# "<name of two words or more> and|& <place or possessive> ... Service(s)"
_TWO_SERVICES = re.compile(r"([A-Z]\S*(?:[ \t]+[A-Z]\S*)+)[ \t]+(?:and|&)[ \t]+(([A-Z][\w'’-]*)[ \t].*\bServices?)")


def _two_services(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Two services a source read as one over "and": "pressures ... such as SEND Transport and Children's Services",
    "in Adult Social Care and Children's Services" (Kent minutes 2025), "Trading Standards & Kent Scientific Services"
    (Kent ICS activity appendix 2025), split in two, and any other reading across that "and" dropped ("Transport and
    Children's Services"). Only where the second is a name of its own, opening on a place or a possessive, and the
    first has two words or more: "Children and Adolescent Mental Health Services" and "Early Help & Preventative
    Services" are one service each."""
    found, joints = [], []
    for c in candidates:
        joined = c.label == "SERVICE" and c.source in ("rule", "model")
        m = _TWO_SERVICES.fullmatch(text, c.start, c.end) if joined else None
        if m is None or not (m.group(3).endswith(("'s", "’s")) or m.group(3) in _places()):
            found.append(c)
            continue
        joints.append((m.end(1), m.start(2)))
        found += [Candidate(c.start, m.end(1), c.label, c.source, c.priority, None, c.weak),
                  Candidate(m.start(2), c.end, c.label, c.source, c.priority, None, c.weak)]
    return [c for c in found if not any(c.start < a and b < c.end for a, b in joints)]


def _council_and_its_committee(text: str, c: Candidate) -> list[Candidate]:
    """A council's name and then its committee's are two names: "Report to: Holmewood City Council Communities
    Scrutiny Panel" (written for the probe) names the City Council and its Panel."""
    if c.source not in ("rule", "model") or c.label != "BOARD":
        return [c]
    spans = [m.span() for m in _WORD_RUN.finditer(text, c.start, c.end)]
    words = [text[a:b].lower() for a, b in spans]
    # (a span may start at the tier: "City Council Communities Scrutiny Panel", with "Holmewood City Council" found
    # by another source)
    at = next((i for i in range(1, len(words) - 2) if words[i] == "council" and words[i - 1] in _COUNCIL_TIERS
               and (i < 2 or words[i - 2] not in _COUNCIL_FORUM)), 0)
    if HEAD_LABELS.get(words[-1]) != "BOARD" or len(words) < 3:
        return [c]
    if not at and words[0] == "council" and text[: c.start].split()[-1:] and (
            text[: c.start].split()[-1].lower() in _COUNCIL_TIERS):
        at = -1  # the span starts at the council's last word, after its tier
    if not at:
        return [c]
    if at < 0:
        return [Candidate(spans[1][0], c.end, "BOARD", c.source, c.priority, c.entity, c.weak)]
    return [Candidate(c.start, spans[at][1], "ORG", c.source, c.priority),
            Candidate(spans[at + 1][0], c.end, "BOARD", c.source, c.priority, c.entity, c.weak)]


_OWNER_PLAN_WORDS = tuple(TERMS["owner_plan_words"])
_OWNER_LABELS = frozenset({"SERVICE", "BOARD", "ORG"})
# a period of years after a body's plan in lower case: "Safeguarding Adults Board Business plan 2018/19"
_TRAILING_YEARS = re.compile(r"[ \t]+(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?$")
_LOWER_PLAN_ENDINGS = tuple(" " + w for w in _OWNER_PLAN_WORDS if w[:1].islower() or w.endswith((" plan", " plans")))
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}s?")


def _body_before_its_plan(text: str, c: Candidate) -> list[Candidate]:
    """A body's own working plan names the body, not a programme: "IPPH Action Plan", "Trading Standards & KSS
    Business Plan" (Kent ICS activity appendix 2025) are the committee's and the services' plans, so the span gives
    way to the body's own name (kept here when its head word labels it, else left to the sources that found it);
    "<Name> and Action Plan" is the name ("Kent Community Safety Agreement and Action Plan"). A plan named for its
    subject stays whole ("Freight Action Plan")."""
    if c.label != "PROGRAMME":
        return [c]
    span = text[c.start : c.end]
    if (years := _TRAILING_YEARS.search(span)) and span[: years.start()].endswith(_LOWER_PLAN_ENDINGS):
        span = span[: years.start()]  # "the Safeguarding Adults Board Business plan 2018/19" (entities round 53)
    word = next((w for w in _OWNER_PLAN_WORDS if span.endswith(" " + w)), None)
    if word is None:
        return [c]
    prefix = span[: -len(word)].rstrip()
    words = prefix.split()
    if word == "plan":  # a bare lower-case plan is a body's only after the body's head word
        head = HEAD_LABELS.get(words[-1].lower()) if words else None
        if head in _OWNER_LABELS and len(words) >= 2 and words[-1][:1].isupper():
            return [Candidate(c.start, c.start + len(prefix), head, c.source, c.priority)]
        return [c]
    if len(words) >= 2 and words[-1] in ("and", "&"):
        end = c.start + len(prefix) - len(words[-1])
        end = c.start + len(text[c.start:end].rstrip())
        return [Candidate(c.start, end, c.label, c.source, c.priority, None, c.weak)]
    if not words:
        return [c]
    head = HEAD_LABELS.get(words[-1].lower())
    if head in _OWNER_LABELS:
        return [Candidate(c.start, c.start + len(prefix), head, c.source, c.priority)]
    # (a kind of thing that is no body owns no plan: "the Climate Emergency Action Plan" (East Sussex Cabinet; entities
    # round 49) is the plan, though "Climate Emergency" alone is a `_GENERIC` phrase)
    if _ACRONYM.fullmatch(words[-1]) or prefix in _standard_names() and not (
            prefix in _generic_phrases_only() and HEAD_LABELS.get(words[-1].lower()) is None):
        return []
    return [c]


@lru_cache(maxsize=1)
def _generic_phrases_only() -> frozenset[str]:
    """The gazetteer's `_GENERIC` phrases: kinds and words that name nothing."""
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if p["label"] == "_GENERIC" and isinstance(p["pattern"], str))


def _body_after_with(text: str, c: Candidate) -> Candidate:
    """An organisation's name after "with" is the name, not the words before it: "launch a Heritage Apprenticeship
    with Alderbrook College" (written for the probe) names the College ("Children with Disabilities Team" is one
    name: a team, not an organisation)."""
    if c.source not in ("rule", "model") or c.label != "ORG":
        return c
    spans = [m.span() for m in _WORD_RUN.finditer(text, c.start, c.end)]
    words = [text[a:b] for a, b in spans]
    at = next((i for i in range(1, len(words) - 2) if words[i] == "with"), 0)
    if not at or not all(w[:1].isupper() for w in words[at + 1 :]):
        return c
    return Candidate(spans[at + 1][0], c.end, c.label, c.source, c.priority, c.entity, c.weak)


@lru_cache(maxsize=1)
def _standard_names() -> frozenset[str]:
    """Names every council's papers use whole: the gazetteer's and the standard acronyms' expansions."""
    from miner.canonical import KNOWN_ACRONYMS
    from miner.nlp.service_ruler import load_patterns

    return frozenset(KNOWN_ACRONYMS.values()) | frozenset(
        p["pattern"] for p in load_patterns() if isinstance(p["pattern"], str))


# capitalised words closing a name directly before a place, after a lower-case word or a comma on the same line:
# "and runs Explore Kent", "in partnership with Visit Somerset", "The Wildlife Trusts, Doctors' Association UK"
_NAME_BEFORE_PLACE = re.compile(r"(?:^|[ \t])(?:[a-z]+|\S*,)[ \t]+((?:[A-Z][a-z][\w'’&.-]*[ \t]+)+)$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def places_closing_names(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """The resolved mentions without a place read alone at the end of a longer capitalised name in running text.

    Mid-sentence, title-case words before a place make the place the last word of a name ("runs Explore Kent",
    "with Visit Somerset", "and Virtual Schools Kent"), not a place; a sentence's or a line's first words ("In Kent",
    "The Isle of Sheppey"), an acronym ("at 1RSME Brompton Barracks") or a figure ("-£2.000m New Special School
    Whitstable", a table's item) are not such a name. Round 41 over the tuned papers: 6 false places, no true one.
    """
    def closes_a_name(c: Candidate) -> bool:
        if c.label != "PLACE" or _CAPITAL_AFTER.match(text, c.end):
            return False
        line_start = text.rfind("\n", 0, c.start) + 1
        before = _NAME_BEFORE_PLACE.search(text[line_start : c.start])
        if before is None:
            return False
        run_start = line_start + before.start(1)
        return not any(o is not c and o.start < c.start and run_start < o.end for o in resolved)

    return [c for c in resolved if not closes_a_name(c)]


_INITIALS = re.compile(r"[A-Z]{2,6}")
# between an area and a body's initials: nothing but blanks, or "and" and one or two more capitalised words of area
_AREA_TO_INITIALS = re.compile(r"[ \t]+(?:(?:and|&)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+)?")
_INITIALS_AREA_LABELS = frozenset({"BOARD", "ORG", "SERVICE"})


def areas_before_initials(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """A body's initials after its area's name are one name with it, not a place and the initials: "the levels of
    resources that were allocated to the South Devon and Dartmoor CSP" (South Hams / West Devon scrutiny; entities
    round 54), where the paper defines "CSP" for its kind and the area says which one; the area may close with
    "and" and a second area the NER left unread. The initials' label goes to the whole name."""
    places = sorted((c for c in resolved if c.label == "PLACE"), key=lambda c: c.start)
    out, dropped = [], set()
    for c in resolved:
        if c.label in _INITIALS_AREA_LABELS and _INITIALS.fullmatch(text[c.start : c.end]):
            p = next((p for p in places if p.end < c.start and id(p) not in dropped
                      and (m := _AREA_TO_INITIALS.fullmatch(text, p.end, c.start))), None)
            if p is not None and not any(o is not c and o is not p and p.start < o.end and o.start < c.end
                                         for o in resolved):
                dropped.add(id(p))
                out.append(Candidate(p.start, c.end, c.label, c.source, c.priority, None, c.weak))
                continue
        out.append(c)
    return [c for c in out if id(c) not in dropped]


# (entities round 75) a heading's words run into a body's name: "Schedules of Planning Applications for Shrewsbury Town
# Council Area" (Shrewsbury Town Council 2015), "Transcript of MINUTES OF A MEETING OF FULL COUNCIL" (Haverfordwest Town
# Council 2017), "PARTNERIAETH LEGAL AGREEMENT AND FUNCTIONS OF THE JOINT COMMITTEE" (Partneriaeth Joint Committee
# 2021), "CAIRNGORMS NATIONAL PARK AUTHORITY MINUTES OF THE BOARD" (Cairngorms National Park Authority 2004)
_HEADING_WORDS = frozenset(TERMS["heading_run_words"])
_HEADING_BODY_HEADS: dict[str, str] = TERMS["heading_run_body_heads"]
_HEADING_CONNECTOR = re.compile(r"[ \t\n]+(?:for|of|FOR|OF)(?:[ \t\n]+(?:a|A|the|THE)[ \t\n]+(?:meeting|MEETING|Meeting)"
                                r"[ \t\n]+(?:of|OF))?(?:[ \t\n]+(?:the|THE))?[ \t\n]+")


def bodies_out_of_headings(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """A body's or committee's span holding a heading's word (`heading_run_words`: "Minutes", "Applications", ...)
    keeps only the body: the words after the last "for" / "of" / "OF A MEETING OF" that follows the heading's word,
    when they end on a body's head word (`heading_run_body_heads`) and are two words or more; else the words before
    the heading's word, when they end on such a head (labelled by it). A span with no body left is kept as found."""
    out = []
    for c in resolved:
        if c.label not in ("ORG", "BOARD"):
            out.append(c)
            continue
        words = list(_WORD_RUN.finditer(text, c.start, c.end))
        at = next((i for i, w in enumerate(words) if w.group().lower() in _HEADING_WORDS), None)
        new = None
        if at is not None:
            connectors = [m for m in _HEADING_CONNECTOR.finditer(text, words[at].end(), c.end)]
            if connectors:
                rest = text[connectors[-1].end():c.end].split()
                if len(rest) >= 2 and rest[-1].lower() in _HEADING_BODY_HEADS:
                    new = Candidate(connectors[-1].end(), c.end, c.label, c.source, c.priority, None, c.weak)
            if new is None and at >= 2 and words[at - 1].group().lower() in _HEADING_BODY_HEADS:
                new = Candidate(c.start, words[at - 1].end(), _HEADING_BODY_HEADS[words[at - 1].group().lower()],
                                c.source, c.priority, None, c.weak)
        out.append(new or c)
    return out


# (entities round 75) a building's or street's name inside a longer run of capitalised words, in four checks: a place
# cut inside its run ("Corner Farm Drive" read "Farm Drive", Shrewsbury Town Council 2015), a body's name before a
# building's word ("Parish Council Chamber" read "Parish Council", Groby Parish Council 2008), a preposition run into a
# venue ("In Bedstone & Hopton Castle Village Hall", Bedstone and Bucknell Parish Council 2018), buildings nothing read
# ("Lade Bank Pumping Station", Witham Fourth District IDB 2015; "Middle Level Offices", March East IDB 2019)
_RUN_HEADS = frozenset(TERMS["building_run_heads"])
_RUN_NEW_HEADS = frozenset(TERMS["building_run_new_heads"])
_RUN_STOP = frozenset(TERMS["building_run_stop_words"])
_RUN_STRIP = frozenset(TERMS["building_run_strip_words"])
# (entities round 77) an office building read as a body: "Parish Council Office", "Praze Post Office"
_COUNCIL_OFFICE_HEADS = frozenset(TERMS["council_office_heads"])
_BRANCH_BODIES = frozenset(TERMS["branch_building_bodies"])
_TIER_NAME_WORDS = frozenset(TERMS["tier_words"]) | {"Council", "COUNCIL"}
_RUN_WORD = re.compile(r"[A-Z][a-z]+(?:['’]s)?")
_RUN_WORD_BEFORE = re.compile(r"([A-Z][a-z]+(?:['’]s)?)[ \t]+(?:&[ \t]+)?$")
_RUN_HEAD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?![\w'’-])")


def buildings_in_runs(text: str, resolved: list[Candidate]) -> list[Candidate]:
    """A place whose last word is a building's (`building_run_heads`) takes the capitalised words right before it in
    its run (not a stop word, `building_run_stop_words`, nor another name's; a street's name is not extended: "Fendicks
    Fisheries Methwold Road", Northwold 2018, is a business and its road); a place, or a council named by its tier
    alone, right before a building's word (`building_run_new_heads`: "Parish Council Chamber") is the building; a
    place's leading preposition or article goes (`building_run_strip_words`: "In", "The") while two words are left.
    (Round 77) A council named by its tier alone before "Office" (`council_office_heads`) is its office ("Parish Council
    Office"), and a national body's name (`branch_building_bodies`: "Post Office") after capitalised words of its run is
    a branch's building ("Praze Post Office")."""
    taken = [(c.start, c.end) for c in resolved]
    out = []
    for c in resolved:
        start, end, label = c.start, c.end, c.label
        heads = _RUN_HEADS
        # (a body named by its tier alone: "Hinckley & Bosworth Borough Council Offices" is the council and its offices)
        tier_only = label == "ORG" and set(text[start:end].split()) <= _TIER_NAME_WORDS
        if (label == "PLACE" or tier_only) \
                and (m := _RUN_HEAD_AFTER.match(text, end)) and (m.group(1).lower() in _RUN_NEW_HEADS or (
                    tier_only and m.group(1).lower() in _COUNCIL_OFFICE_HEADS)) \
                and not any(s < m.end() and e > end for s, e in taken):
            end, label = m.end(), "PLACE"
        elif label == "ORG" and text[start:end] in _BRANCH_BODIES and (
                b := _RUN_WORD_BEFORE.search(text, max(0, start - 40), start)) and b.group(1) not in _RUN_STOP \
                and not any(s < start and e > b.start(1) for s, e in taken):
            label, heads = "PLACE", _RUN_HEADS | {text[start:end].split()[-1].lower()}
        if label == "PLACE":
            # (only while two words or more are left: "The Lodge", "The Elms" are names, Somerset 2019)
            while (w := _RUN_WORD.match(text, start)) and w.group() in _RUN_STRIP and len(text[w.end():end].split()) >= 2:
                start = w.end() + len(text[w.end():end]) - len(text[w.end():end].lstrip(" \t"))
            words = text[start:end].split()
            while words and words[-1].lower() in heads and (b := _RUN_WORD_BEFORE.search(text, max(0, start - 40), start)) \
                    and b.group(1) not in _RUN_STOP and not any(s < start and e > b.start(1) for s, e in taken):
                start = b.start(1)
        if (start, end, label) != (c.start, c.end, c.label):
            out.append(Candidate(start, end, label, c.source, c.priority, None if label != c.label else c.entity, c.weak))
            taken.append((start, end))
        else:
            out.append(c)
    return sorted(out, key=lambda c: (c.start, c.end))
