"""Where a named service or body starts and ends, and which of overlapping candidates wins.

Every source of `miner_services` (ruler, trained NER, base entities, acronyms,
names repeated in a paper) proposes `Candidate`s; this module cuts them at clause
breaks and function words, vetoes generic names and job titles, and resolves
overlaps into one set per text unit. The word groups are `patterns/service_terms.json`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from miner.nlp.service_terms import HEAD_LABELS, HEAD_OVERRIDE, LOWER_CASE_HEADS, ROLE_WORDS, TERMS

_NOT_NAME_HEADS = frozenset(TERMS["not_name_heads"])
_ROLE_FIRST_WORDS = frozenset(TERMS["role_first_words"])
# the heads of a plan or a body for a role's holders, whose name may open on the role ("Member Development Plan")
_ROLE_BODY_HEADS = frozenset({"PROGRAMME", "BOARD"})
# (and the plurals of posts, not of members: "the three Directors of Children's Services", written for the probe;
# "members of Speak Up" are members of a body)
_ROLE_BEFORE_OF = ROLE_WORDS | frozenset(TERMS["role_before_of_words"]) | frozenset(
    {"directors", "heads", "managers", "officers", "ministers"})
_NOT_NAME_FIRST_WORDS = frozenset(TERMS["not_name_first_words"])
_AREA_ROLES = frozenset(TERMS["area_role_words"])
_KIND_WORDS = frozenset(TERMS["kind_only_words"])
# a network of a kind of site, owned by a national body's initials before it ("the DfE Family Hubs grant")
_SITE_NETWORKS = frozenset(TERMS["site_network_names"])
_OWNER_WORDS = frozenset(TERMS["owner_words"])
_NOT_NAME_ACRONYMS = frozenset(TERMS["not_name_acronyms"]) | frozenset(TERMS["contact_labels"])
_QUOTES = "'‘’\"“”"
# a quote opened on the line before a span: a space, bracket or line start, then the quote and a letter
_OPENING_QUOTE = re.compile(r"(?:^|[\s(])['‘\"“]\w")
_TITLES = frozenset(TERMS["person_titles"])
_TITLE_PARTS = frozenset(TERMS["title_second_words"])
_POST_NOMINALS = frozenset(TERMS["post_nominals"])
# " and <Capitalised words> Sub-group" after a name (entities round 58)
_AND_SUB_GROUP = re.compile(r"[ \t]+(?:and|&)(?:[ \t]+[A-Z][\w'’-]*)+?[ \t]+(?:" + "|".join(
    re.escape(w) for w in TERMS["sub_group_heads"]) + r")(?![\w-])")
_PARTY_WORDS = frozenset(TERMS["party_words"])
_NEED_ACRONYMS = frozenset(TERMS["need_acronyms"])
_CASE_REVIEW_KINDS = frozenset(TERMS["case_review_kinds"])
_ONE_OF_A_KIND = re.compile(r"(?<![\w'’-])an?[ \t]+$")
_CHAIR_OF_WORDS = frozenset(TERMS["chair_of_words"])
_ROLE_BEFORE_TO = frozenset(TERMS["role_before_to_words"])
_EVENT_HEADS = frozenset(TERMS["event_heads"])
_REFERENCE_WORDS = frozenset(TERMS["reference_words"])
_REFERENCE_NUMBER = re.compile(r"\d+[a-z]?|[A-Z]|[IVX]+")
_PLACE_HEADS = frozenset(TERMS["place_heads"])
_COMPANY_ENDING_THEN_CAPITAL = re.compile(r"[ \t]+[A-Z][a-z]")
# an owner named by its head word: "the Health and Wellbeing Board's Joint ... Strategy"
_OWNER_HEAD_LABELS = {"BOARD", "ORG", "SERVICE", "INSPECTORATE"}
# A capitalised word right after a place's name continues a longer name.
_NAME_GOES_ON = re.compile(TERMS["place_name_goes_on"])
# Where a name cannot go on, and the words it cannot start, hold or end on.
_HARD_BREAK = re.compile(TERMS["hard_break"])
_TAIL_WORDS = frozenset(TERMS["tail_words"])
_NOT_FIRST_WORDS = frozenset(TERMS["not_first_words"])
_MONTHS = frozenset(TERMS["month_words"])
_MEETING_KINDS = frozenset(TERMS["meeting_kind_words"])
_INITIAL = re.compile(r"[A-Z]\.?")
_NOT_INSIDE_WORDS = frozenset(TERMS["not_inside_words"])
_AFTER_HEAD_BREAKS = frozenset(TERMS["after_head_breaks"])
_WORD_RUN = re.compile(r"\S+")
# a committee's name holding one capitalised word in brackets before its head (`bracketed_word_heads`): "the Joint
# Executive (Cabinet) Committee" (West Suffolk 2018; entities round 67)
_BRACKETED_WORD_NAME = re.compile(r"[A-Z][^()\n]*[ \t]\([A-Z][a-z]+\)[ \t]+(?:"
                                  + "|".join(map(re.escape, TERMS["bracketed_word_heads"])) + ")")
_NUMBER_HYPHEN_BEFORE = re.compile(r"(?<![\w\-/.,])\d{1,3}-$")  # "12-" of "12-Month Delivery Plan"
_SHORT_CAPS_OK = frozenset(TERMS["short_caps_ok"])
_COUNCIL_TIERS = frozenset(TERMS["council_tiers"])
_COUNCIL_FORUM = frozenset(TERMS["council_forum_words"])
_COMMITTEE_WORDS = frozenset(TERMS["committee_words"])
_COUNCIL_FORMAL_OPENERS = frozenset(TERMS["council_formal_openers"])
_TITLE_LEAD_INS = [lead.split() for lead in TERMS["title_lead_ins"]]
_PLAN_VERBS = frozenset(TERMS["plan_verbs"])
_RECOMMENDATION_VERBS = frozenset(TERMS["recommendation_verbs"])
_PERIOD_TAIL_WORDS = frozenset(TERMS["period_tail_words"])
_PERIOD_ORDINALS = frozenset(TERMS["period_ordinals"])
_PERIOD_REPORT_WORDS = frozenset(TERMS["period_report_words"])
# an indicator's number after its set's initials, before the bracketed code or set it also has: "NAS 1 (PAFD40)
# Percentage of clients receiving a review" (Rotherham Cabinet Member 2010; entities round 52), "NI 136 (Vital Signs 3)
# People supported to live independently"
_INDICATOR_NUMBER = re.compile(r"[ \t]+\d{1,3}[ \t]+\(")
# a performance indicator's code glued to its number ("NI141"), and what may come before it on its line: a bullet or dash
_INDICATOR_CODE = re.compile(TERMS["indicator_code"])
_PLACE_BRAND_LEADS = frozenset(TERMS["place_brand_lead_words"])
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-–•·*][ \t]*)?$")
_LINE_LEAD_CODE = re.compile(r"(?:^|\n)[ \t]*(?:[-–•·*][ \t]*)?" + TERMS["indicator_code"] + r"[ \t]+$")
_MONEY_AFTER_SCHEME = frozenset(TERMS["money_after_scheme_words"])
_MONEY_SCHEME_HEADS = frozenset(TERMS["money_after_scheme_heads"])
_THEME_WORDS = frozenset(TERMS["theme_words"])
_POLICE_RANKS = frozenset(TERMS["police_ranks"])
# (entities round 63) a rank spelt out, its lead words and a surname: "Chief Inspector Turton" is a person, no job title
_RANK_SURNAME_RANKS = frozenset(TERMS["rank_surname_ranks"])
_RANK_SURNAME_LEAD = frozenset(TERMS["rank_surname_lead_words"])


def _ranked_surname(words: list[str]) -> bool:
    # (entities round 79) initials between the rank and the surname: "Chief Superintendent P MacRae" (Highland 2016)
    words = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _INITIAL.fullmatch(w))]
    return (len(words) >= 2 and words[-2].rstrip(".") in _RANK_SURNAME_RANKS
            and all(w in _RANK_SURNAME_LEAD for w in words[:-2]))


_GROUP_AFTER_NAME = frozenset(TERMS["group_after_name"])
_NOT_INITIALS = frozenset("AI")  # an article or a pronoun: "A Road", "I Will"
# one initial and a surname: "J. Bugeja and N Strick (Environment & Economy); D. Wilkins (Resources)"
_NAME_BEFORE_POST_NOMINAL = re.compile(r"[A-Z][a-z'’-]+,?[ \t]+$")  # "Taylor " of "Mrs. D. Taylor CC"
_INITIAL_SURNAME = re.compile(r"[A-Z]\.?[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_DOCUMENT_TAIL_WORDS = frozenset(TERMS["document_tail_words"])
# a period of years after a body's head word: "the Annual Report of the ... Partnership Board 2021-2022"
_YEARS = re.compile(r"(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)?")
# a count before a post's initials in a staffing table: "(1 Team Manager, 6 SSW, 8.6 SW, 1.81 SOT, 2 SCC, total"
_NOT_INSIDE_CUT = re.compile(r"[ \t]+as[ \t]")  # "the Partnership as Crime Reduction Officers"
_COUNT_BEFORE = re.compile(r"[(,][ \t]*\d+(?:\.\d+)?[ \t]+$")
_DATE_PREPOSITIONS = frozenset(("of", "for", "in", "on", "at", "by", "to"))
_TABLE_CELL_WORDS = frozenset(TERMS["table_cell_words"])
_REPORT_TITLE_WORDS = frozenset(TERMS["report_title_words"])
_REPORT_HEADS = frozenset(TERMS["report_heads"])
_TITLE_LINE_WORDS = frozenset(TERMS["title_line_words"])
_SITE_WORDS = frozenset(TERMS["site_words"])
_INSPECTORATE_WORDS = frozenset(TERMS["inspectorate_words"])
# what a paper's title line in capitals may name: its subject (a service, plan or system) is no mention
_TITLE_SUBJECT_LABELS = frozenset({"SERVICE", "PROGRAMME", "SYSTEM"})
# a quarter, year or figure inside a report's title: "Q3", "2024/25", "3"
_TITLE_FIGURE = re.compile(r"(?:Q[1-4]|\d+(?:[./-]\d+)*)[,.]?", re.I)
_COMPANY_GROUP_WORDS = frozenset(TERMS["company_group_words"])
_SESSION_GROUP = re.compile(TERMS["session_group"])
COMPANY_ENDINGS = frozenset(TERMS["company_endings"])
_JOB_GRADES = frozenset(TERMS["job_grade_words"])
_TRADE_WORDS = frozenset(TERMS["company_trade_words"])
_TRADE_NOT_AFTER = frozenset(TERMS["company_trade_not_after"])
_ORGANISATION_KIND = re.compile(TERMS["organisation_kinds"])
_ELIDED_COUNCIL_TIERS = frozenset(TERMS["elided_council_tiers"])
_ELIDED_COUNCILS_AFTER = re.compile(TERMS["elided_councils_after"])
_LIST_MARKER = re.compile(TERMS["list_marker"])
# the last words of a building's name, which a capitalised word after it continues ("White House Common Road")
# and of a public building, which a capitalised word after it makes another kind of name ("the Libraries Connected
# Universal Library Offers", written for the probe, is a national body's offers, not a library)
# (and of a park: "Kingsbury Common Road", "Victoria Park Primary School" are a road and a school)
_BUILDING_HEADS = frozenset({"House", "Tower", "Lodge", "Library", "Museum", "Gallery", "Theatre", "Park", "Gardens",
                             "Common"})
# a lower-case "member of" is membership of a body, not a post's title: "Westmarsh is a member of Foster Westmarsh,
# the regional recruitment hub" (written for the probe); "Lead Member for Children's Services", "Cabinet member for
# Integrated Children's Services" (Kent Cabinet minutes 2025) are posts
_MEMBERSHIP = frozenset({"member", "members"})
_ROUND_WORDS = frozenset(TERMS["round_words"])
# a round's number or letter: "2", "3c", "2.1", "One", "B"
_ROUND_NUMBER = re.compile(r"\d+(?:\.\d+)?[a-z]?|[A-Z]|One|Two|Three|Four|Five|Six")
_MAX_NAME_WORDS = 10
# "the Public Bodies (Joint Working) (Scotland) Act 2014": a name followed by bracketed parts and "Act" is an Act's title,
# and "Regulations" a statutory instrument's ("the Fostering Services (England) Regulations 2011", written for the probe)
_ACT_TITLE_GOES_ON = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)+(?:[A-Z][\w-]*[ \t]+){0,3}(?:Act|Regulations)\b"
                                # and its second subject: "the Trade Union and Labour Relations (Consolidation) Act
                                # 1992" (Cumbria Health and Wellbeing Board 2019; entities round 52)
                                r"|[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w-]*[ \t]+){1,3}(?:\([^()\n]{1,40}\)[ \t]*)*"
                                r"(?:Act|Regulations)\b")
# a kind of body's head word in the plural ("Boards", "Partnerships"): a category of body, not a name
_PLURAL_BODY_HEADS = frozenset(TERMS["plural_body_heads"]) - {"councils", "authorities", "projects"}
# a committee's remit in brackets after its head word, part of its name: "Overview and Scrutiny Committee (Children's
# Services and Safeguarding)" (Sefton children's scrutiny minutes 2017); two or more capitalised words, not an acronym
_BRACKETED_REMIT = re.compile(r"[ \t]\([A-Z][\w'’-]*(?:,?[ \t](?:[A-Z][\w'’-]*|and|&))+\)")
# the rest of a law's title after its bracketed extent: ") Regulations 2011", ") Act 2014"
_LAW_TITLE_GOES_ON = re.compile(r"\)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)*(?:[A-Z][\w-]*[ \t]+){0,3}(?:Act|Regulations)\b")
# a grade or code, not a body: "its inspection judgement in July 2025 (C2)"
_CODE = re.compile(r"[A-Z]{1,2}\d{1,2}")
_LEADING = frozenset(TERMS["leading_words"])
_TRAILING = frozenset(TERMS["trailing_tokens"])
_PERSON_TITLES = frozenset(TERMS["person_titles"])
_AGENDA_COLUMN_WORDS = frozenset(TERMS["agenda_column_words"])
_DOCUMENT_OPENERS = frozenset(TERMS["document_openers"])
_CLOCK_TIME_AFTER = re.compile(r"[ \t]+\d{1,2}[.:]\d\d(?!\d)")
_LOWER_CASE_COMMITTEE = "committee"
_NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_BLANKS = re.compile(r"[ \t]+")
_RANK_SURNAME = re.compile(r"[A-Z][a-z'’-]+(?![\w'’-]|[ \t]+[A-Z])")  # "Blatchly" of "ACC Blatchly", one word
# the rest of a job title of two subjects: " and Archives Manager" after "Museums" (written for the probe)
_NEXT_AND_ROLE = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}?([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
_NEXT_TOKEN = re.compile(r"[ \t]+([A-Za-z]+)\b(?!-)")
_NEXT_QUALIFIED_ROLE = re.compile(r"[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)\b")
_ROLE_QUALIFIERS = frozenset(TERMS["role_qualifier_words"])
_NEXT_WORD = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)([a-z]+)\b(?![-'])")
# "Children, Young People & Education": a directorate's title of short capitalised parts, the
# last after "&"/"and" (not a list of services: "Children's Social Care, Education, Commissioning")
_PART = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_LISTED_TITLE = re.compile(rf"{_PART}, (?:{_PART}, )*{_PART} (?:&|and) {_PART}")


class Candidate:
    """A proposed mention: character offsets into the unit's text, label, source and rank."""

    __slots__ = ("start", "end", "label", "source", "priority", "entity", "weak")

    def __init__(self, start: int, end: int, label: str, source: str, priority: int, entity: str | None = None,
                 weak: bool = False):
        self.start, self.end, self.label, self.source = start, end, label, source
        self.priority, self.entity = priority, entity
        self.weak = weak  # a rule that yields to the NER's label on the same span


_KIND_LABELS = frozenset({"SERVICE", "BOARD", "PROGRAMME"})
_PLURAL_KIND_HEADS = frozenset(TERMS["plural_kind_heads"])
_SPECIFIC_DETERMINERS = frozenset(TERMS["specific_determiners"])
# the word right before a span, on its line
_WORD_BEFORE = re.compile(r"([A-Za-z'’]+)[ \t]+$")


def _bare_plural(text: str, c: Candidate) -> bool:
    """A plural name in running prose with no determiner that points at given teams is a kind ("to establish Youth
    Offending Teams in their local area"); one alone on its line (a list of a council's services: "Family Solutions
    Teams") or after "the", "our" ... is that council's own."""
    m = _WORD_BEFORE.search(text, max(0, c.start - 40), c.start)
    return m is not None and m.group(1).islower() and m.group(1) not in _SPECIFIC_DETERMINERS
# a determiner (and at most one lower-case word) right before a name: "every Youth Offending Team", "an annual Youth
# Justice Plan"
# (a capital "A" opens a programme's own name as often as a sentence: "A Better Start")
_KIND_DETERMINER = re.compile(r"(?<![\w'’-])(?:" + "|".join(
    [w for w in TERMS["kind_determiners"]] + [w.capitalize() for w in TERMS["kind_determiners"] if len(w) > 2])
    + r")[ \t]+(?:[a-z][a-z-]*[ \t]+)?$")
# "the relevant" before a body's name (entities round 58): "report back the responses to the relevant Overview and
# Scrutiny Committee."
_BODY_KIND_DETERMINER = re.compile(r"(?<![\w'’-])the[ \t]+(?:" + "|".join(TERMS["body_kind_determiners"])
                                   + r")[ \t]+$")
_AFTER_KIND = re.compile(r"[ \t]*(?:$|[\n.,;:)]|\((?=[a-z])|([A-Za-z]+))")
_KIND_AFTER_WORDS = frozenset(TERMS["kind_after_words"])
# "a"/"an" (and at most one lower-case word) after "to <verb>" in a duty's words: "had a duty to publish an Annual
# Youth Justice Plan" (entities round 56)
_DUTY_ARTICLE = re.compile(r"(?<![\w'’-])to[ \t]+[a-z]+[ \t]+an?[ \t]+(?:[a-z][a-z-]*[ \t]+)?$")
_DUTY_CUE = re.compile(r"(?<![\w'’-])(?:" + "|".join(TERMS["duty_cue_words"]) + r")(?![\w'’-])", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;:!?]\s|\n")
# bodies only: the tuned gold names a statutory plan in a duty's words ("the requirement for Integrated Care
# Partnerships to produce an Integrated Care Strategy", a Kent report 2024)
_BODY_LABELS = frozenset({"SERVICE", "BOARD"})


def _in_duty_words(text: str, c: Candidate) -> bool:
    """"a"/"an" before a body's name, after "to <verb>", in a sentence that says a law or a duty requires it:
    "required every Local Authority to have a Crime and Disorder Committee" (Brentwood 2010). Not a plan's: "a duty to
    publish an Annual Youth Justice Plan" (Gloucestershire Cabinet 2019) stays, as the tuned gold names "an Integrated
    Care Strategy" a law requires. A paper's own new body or plan is introduced so without a duty's
    words ("We have established an Improvement Board", "the proposal to establish a Devolution Priority Programme")."""
    m = _DUTY_ARTICLE.search(text, max(0, c.start - 40), c.start)
    if m is None:
        return False
    lo = max(0, m.start() - 160)
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(text, lo, m.start())]
    return _DUTY_CUE.search(text, breaks[-1] if breaks else lo, m.start()) is not None


def _kind_after_determiner(text: str, c: Candidate) -> bool:
    """A service's, board's or plan's name after "every", "each" or "any" (or "a"/"an" in a duty's words,
    `_in_duty_words`) that ends its phrase names the kind: "a requirement that every Youth Offending Team should
    publish" (Southampton), "to have a Crime and Disorder Committee with the power to review"; not a name used as a
    modifier ("a Kent Police officer", "a Family Hub session"), which the word after it tells."""
    if not _KIND_DETERMINER.search(text, max(0, c.start - 30), c.start) and not (
            c.label in _BODY_LABELS and (_in_duty_words(text, c) or _BODY_KIND_DETERMINER.search(
                text, max(0, c.start - 30), c.start))):
        return False
    m = _AFTER_KIND.match(text, c.end)
    if m is None:
        return False
    nxt = m.group(1)
    return nxt is None or nxt in _KIND_AFTER_WORDS


def drop_generic_and_roles(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Veto generic names and role titles; let a longer name swallow a gazetteer or acronym hit.

    "Early Help Strategic Commissioning Board" beats the gazetteer's "Early Help";
    "Director of Children's Services" is a job, not a service.
    """
    # a council by its tier alone is one body where the sentence says so: "the Borough Council will be informed"
    generic = {(c.start, c.end) for c in candidates if c.label == "_GENERIC"} - council_cue_spans(text)
    # a national document's title names no service, nor do its pieces: "a self-assessment based on the updated
    # Standards for Children in Youth Justice Services (2019)" (Blackpool YOT improvement plan 2020; entities round 59)
    generic |= {(c.start, c.end) for c in candidates if c.source in ("rule", "model", "base")
                and len(words := text[c.start : c.end].split()) > 2 and words[0] in _DOCUMENT_OPENERS
                and words[1] in ("for", "on")}
    kept, role_named, plural_kinds, kinds = [], [], [], []
    person_starts = {c.start for c in candidates if c.label == "PERSON"}
    for c in candidates:
        if c.label == "_GENERIC" or (c.start, c.end) in generic:
            continue
        if c.source in ("rule", "model", "base") and any(s <= c.start and c.end <= e for s, e in generic):
            continue  # a piece of a kind of body is no name either: "Multi-Academy" in "a Multi-Academy Trust"
        # (an opening bracket is no part of the word before: "Kevin Kasaven (Director of Children's Countywide
        # Services)", Kent Corporate Parenting Panel minutes 2024, is a job title)
        before = [w.lstrip("([") for w in text[max(0, c.start - 40) : c.start].split()]
        words = text[c.start : c.end].split()
        if (c.source == "model" and c.label == "PERSON" and len(words) >= 2 and 2 <= len(words[-1]) <= 6
                and words[-1].isupper() and words[-1].isalpha() and (
                f"({words[-1]})" in text or words[-1] in _gazetteer_initials())):
            continue  # a body's initials the paper defines are no surname: "the South Devon and Dartmoor CSP" after
            # "Community Safety Partnership (CSP)" (South Hams / West Devon scrutiny; entities round 53)
        defined = c.source == "acronym" and c.entity is not None  # "the Borough Council (BC)": the paper's own
        if c.source in ("model", "base") and c.label == "PERSON" and len(words) == 1 and sum(
                ch.isupper() for ch in words[0]) >= 3 and f"({words[0]})" not in text:
            continue  # a body's initials, no person: "who headed the DAAT" (Windsor and Maidenhead DAAT review;
            # entities round 55), as a name has at most two capitals ("McDonald"); a person's initials the paper
            # defines stay ("Karen O'Kane (KOK)" ... "KOK was currently on leave", West Dereham parish minutes 2016)
        if (c.source in ("model", "base") and c.label == "PERSON" and len(words) == 1 and words[0] in _POST_NOMINALS
                and _NAME_BEFORE_POST_NOMINAL.search(text, max(0, c.start - 40), c.start)):
            continue  # the letters after a person's name, no one of their own: "Mrs. D. Taylor CC remains the Cabinet
            # Lead Member" (Leicestershire and Rutland Domestic Abuse Local Partnership Board; entities round 57)
        if (c.source in ("model", "base") and c.label == "PERSON" and len(words) >= 3 and words[-1] in _PARTY_WORDS
                and text[c.end : c.end + 1] in ("", "\n")):
            # a member's party at the end of a membership list's line: "Mariam Lolavar Labour" (Greenwich Healthier
            # Communities and Adult Social Care Scrutiny Panel; entities round 58) is the member
            kept.append(Candidate(c.start, c.start + len(text[c.start : c.end].rsplit(None, 1)[0]), c.label,
                                  c.source, c.priority, weak=c.weak))
            continue
        if c.source in ("rule", "model") and c.label == "PROGRAMME" and (parts := _body_and_its_plan(text, c)):
            kept.extend(parts)  # an agenda item's body and its plan run together (entities round 58)
            continue
        if c.source in ("rule", "model") and c.label in ("SERVICE", "PROGRAMME") and (
                m := _AND_SUB_GROUP.match(text, c.end)):
            # a sub-group's name cut at its "and": "The GSAB Safeguarding Adult Review and Complex Cases Sub-group
            # continues to support" (Gateshead Safeguarding Adults Board annual report 2023; entities round 58)
            kept.append(Candidate(c.start, m.end(), "BOARD", c.source, c.priority, weak=c.weak))
            continue
        if ")" in text[c.start : c.end].split("(")[0]:
            continue  # a span opening inside brackets: "a Combatting Drug Partnership (CDP) Board must be formed"
            # holds no "CDP) Board" (Barking and Dagenham Combating Drugs Partnership; entities round 55)
        if c.label == "PROGRAMME" and " ".join(words) in _CASE_REVIEW_KINDS and _ONE_OF_A_KIND.search(
                text, max(0, c.start - 10), c.start):
            continue  # one case of a kind of statutory review (`case_review_kinds`): "published a Safeguarding
            # Adults Review - Leigh" (North Tyneside Safeguarding Adults Board annual report; entities round 58)
        if c.label in _KIND_LABELS and _kind_after_determiner(text, c):
            kinds.append(c)  # and the words inside it no name of their own ("Offending Team")
            continue  # a kind of body in a law's or a duty's words: "every Youth Offending Team" (entities round 55)
        if (c.label == "SERVICE" and c.source != "gazetteer" and words[-1] in _PLURAL_KIND_HEADS
                and _bare_plural(text, c)):
            continue  # the kind of team every area has: "to establish Youth Offending Teams" (entities round 55)
        if (c.source in ("gazetteer", "acronym", "model") and len(words) == 1 and words[0].isupper()
                and c.label in ("SERVICE", "BOARD") and (
                    ((m := _NEXT_CAPITAL.match(text, c.end)) and m.group(1).lower() in ROLE_WORDS)
                    or ((m := _NEXT_QUALIFIED_ROLE.match(text, c.end)) and m.group(2).lower() in ROLE_WORDS))):
            continue  # a service's initials in a job title: "Stuart Webb YOS Manager" (Southampton Youth Justice
            # Strategic Plan; entities round 55), as the rule's and the NER's names before a role word above; and a
            # board's, before a role word or a word and a role word: "Emma Biskupski, LSCB Business Manager"
            # (Hammersmith and Fulham LSCB report; entities round 57). The tuned gold has only ORG initials so
            # ("KCC District Manager", "SERFCA Deputy Chief Executive").
        if c.label == "BOARD" and c.source != "gazetteer" and words[-1:] == ["Group"] and _SESSION_GROUP.search(
                " ".join(before[-2:] + words).lower()):
            continue  # a family hub's session, not a body: "Breastfeeding Support Group", "Healthy Baby Group" (and
            # not the rest of one: "Cost of Living Support Group" holds no "Living Support Group")
        if words == [] or (words[0] in _NOT_NAME_ACRONYMS and all(w.islower() for w in words[1:]) and not defined):
            continue
        # a count before initials in a staffing table is a number of posts: "Mental Health Team (1 Team Manager, 6
        # SSW, 8.6 SW, 1.81 SOT, 2 SCC, total 19.41)" (Reading adult social care service plan 2025-28; entities
        # round 50); the NER's "1 ROVI" too
        counted = words[1:] if len(words) == 2 and re.fullmatch(r"\d+(?:\.\d+)?", words[0]) else words
        if (not defined and c.label != "PERSON" or c.source in ("model", "base")) and len(counted) == 1 and (
                counted[0].isupper() and counted[0].isalpha()) and _COUNT_BEFORE.search(
                text, max(0, c.start - 12), c.start + (len(text[c.start : c.end]) - len(counted[0]))):
            continue  # "19.81 FTE jobs": a unit, not a body; nor a kind of system's programme ("The ERP programme")
        if words == [words[0]] and words[0] in _POLICE_RANKS and c.source in ("gazetteer", "model", "base") and (
                c.label == "PERSON" or c.source == "gazetteer"):
            # a chief officer's rank by its initials, which a council's initials or the NER's person can look like,
            # before the person or their surname: "ACC Pauline Sturman (PS)", "CC Nick Adderley (NA)", "Apologies were
            # accepted from ACC Blatchly" (Northamptonshire police accountability board 2021; entities round 60)
            if (m := _BLANKS.match(text, c.end)) and m.end() in person_starts:
                continue
            if m and (sur := _RANK_SURNAME.match(text, m.end())):
                kept.append(Candidate(c.start, sur.end(), "PERSON", c.source, c.priority, weak=c.weak))
                continue
        if c.source in ("model", "base") and c.label != "PERSON" and words and words[0] in _POLICE_RANKS:
            if len(words) == 1 and (m := _BLANKS.match(text, c.end)) and m.end() in person_starts:
                continue  # a police officer's rank before the person: "PC Matt Arnold and Natalie Green from the BTP"
            if len(words) == 2 and words[1].isalpha() and words[1][:1].isupper() and words[1][1:].islower():
                kept.append(Candidate(c.start, c.end, "PERSON", c.source, c.priority, weak=c.weak))
                continue  # the rank and a surname: "It was agreed that PC Arnold would liaise" (Haringey 2013)
            if len(words) == 3 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words[1:]):
                first = c.start + text[c.start : c.end].index(words[1], len(words[0]))
                kept.append(Candidate(first, c.end, "PERSON", c.source, c.priority, weak=c.weak))
                continue  # the rank before a forename and a surname: "Superintendent Clive Davies, Surrey Police"
                # (Surrey scrutiny of Community Safety Partnerships; entities round 54) names the officer
        if c.source == "model" and c.label != "PERSON" and _INITIAL_SURNAME.fullmatch(
                text[c.start : c.end].split("(")[0].strip()) and (
                words[0][0] not in _NOT_INITIALS):
            # an officer by one initial and a surname, which the NER read as a service or a place: "J. Bugeja and N
            # Strick (Environment & Economy); D. Wilkins (Resources)" (Oxfordshire Community Safety Scrutiny 2006;
            # entities round 50)
            kept.append(Candidate(c.start, c.end, "PERSON", c.source, c.priority, weak=c.weak))
            continue
        if (c.source == "model" and len(words) == 1 and words[0].isupper() and words[0].isalpha() and c.entity is None
                and _INDICATOR_NUMBER.match(text, c.end)):
            continue  # an indicator set's initials before the indicator's number: "NAS 1 (PAFD40) Percentage of ..."
        if (c.source in ("rule", "model", "base") and c.label != "PERSON" and len(words) >= 2
                and _INDICATOR_CODE.fullmatch(words[0]) and _LINE_LEAD.search(text, 0, c.start)) or (
                c.source in ("rule", "model", "base", "gazetteer") and c.label != "PERSON"
                and _LINE_LEAD_CODE.search(text, 0, c.start)):
            continue  # a listed indicator's title after its glued code: "NI141 Vulnerable People achieving Independent
            # Living - Achieved 89.13%" (Rotherham Cabinet Member for Adult Social Care 2011; entities round 53)
        if c.label == "PLACE" and before[-1:] and before[-1] in _PLACE_BRAND_LEADS and (
                m := re.search(r"(?<![\w-])" + re.escape(before[-1]) + r"[ \t]+$", text[max(0, c.start - 20) : c.start])):
            # a partnership named by a lead word and its place: "Safer Gloucestershire had been developed to provide
            # co-ordination" (Tewkesbury Community Safety Partnership update; entities round 53)
            kept.append(Candidate(max(0, c.start - 20) + m.start(), c.end, "BOARD", c.source, c.priority))
            continue
        if c.source in ("model", "rule") and c.label != "PERSON" and (cut := _heading_line_after(text, c)):
            # (a person's surname wrapped onto its own line is no heading: "Mr Roger\nGough")
            # a name run into the next line's one-word heading: "Portfolio Holder: Children and Young People\nReason\n
            # The transformation fund ..." (BCP Cabinet decision 2023; entities round 53)
            kept.append(Candidate(c.start, cut, c.label, c.source, c.priority, c.entity, c.weak))
            continue
        if c.source in ("rule", "model", "base") and c.label != "PERSON" and _graded_job_title(text, c, words):
            continue  # a job title by its grade, cut before or after the grade word: "the Community Safety Senior
            # Operational Officer for Gwynedd and Anglesey" (Isle of Anglesey scrutiny 2019), "Senior Partnership
            # Policy Officer", "the Interim Chief Executive" (Surrey and Slough scrutiny; entities round 54)
        if is_genre_title(words):
            continue  # "the Quarterly Performance Report": the kind of paper, not a named programme
        if c.source == "gazetteer" and not _short_world_name_in_context(text, c):
            continue  # "CONTACT US" is no country, "Fed up with" no central bank
        if c.source in ("rule", "model", "base") and _policy_code(text, c):
            continue  # a plan's policy by its code: "changes to policies CSW 8, 12 and 17", "DM 2; DM 3"
        if c.source in ("rule", "model", "base") and _affiliation_code(text, c):
            continue  # an attendance list's code after a name: "| Harry Rayner – MEM (Chair) |"
        if c.source in ("rule", "model", "base") and c.label != "PERSON" and _shouted_action(words, before):
            continue  # a clerk's action shouted in capitals: "CLERK TO GET PICTURES", "CLLR CRISP TO CONTACT SCHOOL"
        if c.source in ("rule", "model", "base") and c.label != "PERSON" and any(w in _LIST_TITLES for w in words[1:]):
            continue  # members run on one line, no body: "Cllr Mandy Leamon Cllr Trudy Mann Cllr Jim McNeill"
        if c.source in ("rule", "model", "base") and c.label in ("SERVICE", "BOARD") and (at := _role_and(words, c.label)):
            # a post and a team joined by "and": "the Housing Initiatives Officer and Housing Options Team" (Mid Devon
            # housing group; entities round 48) names the team, the post no body
            rest = [m for m in _WORD_RUN.finditer(text, c.start, c.end)][at:]
            kept.append(Candidate(rest[0].start(), c.end, c.label, c.source, c.priority, weak=c.weak))
            continue
        if c.source in ("rule", "model", "base") and c.label in _BODY_NAME_LABELS and (at := _role_inside(words)):
            # a job title read from its first word: "thanked the Executive Director for Children's Services", "The
            # Corporate Director for Adult Services" (a role word and "of"/"for" inside; no gold name holds one); the
            # remit is no name, a body after it is: "the Capital Programme Manager for Swale Borough Council" (Kent
            # Executive Response 2025)
            rest = [m for m in _WORD_RUN.finditer(text, c.start, c.end)][at:]
            if c.label in ("ORG", "BOARD") and rest and all(w.group()[:1].isupper() or w.group() in ("and", "&", "of")
                                                            for w in rest) and rest[-1].group()[:1].isupper():
                kept.append(Candidate(rest[0].start(), c.end, c.label, c.source, c.priority, weak=c.weak))
            else:
                role_named.append(c)  # and the words inside it no name of their own, as after a role below
            continue
        if c.source in ("rule", "model", "base", "propagated") and c.label == "SERVICE" and HEAD_LABELS.get(
                words[-1].lower()) != "SERVICE" and _genre_title_follows(text, c.end):
            continue  # the subject of a paper's genre title, no named service: "Fostering and Adoption Annual
            # Performance Report" (Wirral committee item 2021); "Fostering and Adoption Service Annual Reports" keeps
            # its service
        if c.source in ("rule", "model", "base") and c.label == "SERVICE" and (words[-1] in _PORTFOLIO_WORDS or (
                (m := _NEXT_CAPITAL.match(text, c.end)) and m.group(1) in _PORTFOLIO_WORDS)):
            continue  # a portfolio's name, no service: the heading "Children & Families Portfolio" (Stockport
            # Children & Families Scrutiny Committee 2018), as the areas of a role's portfolio are none
        if c.source in ("rule", "model", "base") and c.label == "BOARD" and words[-1].lower() in _PLURAL_BODY_HEADS:
            plural_kinds.append(c)  # and the words inside it no name of their own ("Civil-Military Partnership")
            continue  # a kind of body in the plural, no body of its own: "the statutory duties of Health and Wellbeing
            # Boards" (Gloucestershire Health and Wellbeing Board 2022), "the role and functions of the Local
            # Safeguarding Children's Boards" (Medway 2018); as the guidelines leave categories of body out
        if c.source in ("model", "base") and _report_acronym(text, c):
            continue  # a report's acronym, the kind of paper: "the Annual Portfolio Performance and Resource Report
            # (PPRR's)" (Stockport scrutiny 2018), as "QPR" is
        if c.source == "model" and (m := _NEXT_CAPITAL.match(text, c.end)) and m.group(1).lower() in _EVENT_HEADS:
            continue  # the first words of an event's or its paper's title: "Youth Service Challenge Session Report"
            # (Tower Hamlets scrutiny 2017)
        if c.source in ("rule", "model") and before[-1:] == ["of"] and len(before) >= 2 and before[-2] in _OF_NAMES:
            continue  # the tail of a college's name: "Dudley College of Technology and Sandwell Council's"
        if c.start >= 2 and (text[c.start - 1].isalnum() or (text[c.start - 1] == "-" and text[c.start - 2].isalpha())):
            continue  # the tail of a word: "Medium-Term Financial Plan" holds no "Term Financial Plan"
        if text[c.end : c.end + 1] == "-" and text[c.end + 1 : c.end + 2].isalpha():
            continue  # the head of a word: "which KCC-owned assets were required" (Kent Family Hub decision report 2024)
            # is a modifier, as the guidelines leave a name run into a hyphenated word
        if c.start >= 2 and text[c.start - 1] == "/" and text[c.start - 2].isdigit():
            continue  # the end of a reference: "planning application 24/00312/FUL" names no body
        if c.label == "PLACE" and text[c.start - 1 : c.start] == "(" and _LAW_TITLE_GOES_ON.match(text, c.end):
            continue  # a law's extent in its title: "the Fostering Services (England) Regulations 2011" (written for
            # the probe) is no mention of England
        first = words[0].lower()
        # a mayor's area after an article too ("the Mayor of the West Midlands"), and any role's area ("The
        # Regional Director for the North West", written for the probe), unlike a body a member leads ("Leader
        # of the Labour Group")
        of_at = -2 if len(before) >= 3 and before[-1].lower() == "the" and (
            before[-3].lower() == "mayor" or c.label == "PLACE") else -1
        after_role = len(before) >= 1 - of_at and before[of_at].lower() in {"of", "for"} and (
            before[of_at - 1].lower() in _ROLE_BEFORE_OF) and not (
            before[of_at] == "of" and before[of_at - 1] in _MEMBERSHIP)
        # (entities round 77) but a council or place after an elected member's role is annotated, as the tuned gold
        # does: "Leader of Medway Council", "Member for Sevenoaks West" (Kent County Council papers 2024-25), "Mayor of
        # Watford" (Hertfordshire Police and Crime Panel)
        after_role = after_role and not (before[of_at - 1].lower() in _AREA_ROLES and (
            c.label == "PLACE" or (c.label == "ORG" and before[of_at].lower() == "of")))
        # (a gazetteer body opening on a role word is still that body: "run by the Cabinet Office", written for the
        # probe, is no "Cabinet Member"'s title)
        role_first = c.source != "gazetteer" and (first in ROLE_WORDS or first in _ROLE_FIRST_WORDS)
        # (a plan for the holders of a role is a plan, not a role: "a more formal Member Development Plan", Kent
        # Governance Update 2025; a title runs "<role> of/for <subject>")
        # so is a committee for them (entities round 69): "the Member Support and Development Committee"
        # (Pembrokeshire Coast National Park Authority 3 June 2020), not "Cabinet Member for Finance"
        # (the role's word naming the next word's holders, not a list of roles: "the Leader and Opposition Group
        # Leaders", Kent County Council 13 Mar 2025)
        role_first = role_first and not (len(words) >= 3 and HEAD_LABELS.get(words[-1].lower()) in _ROLE_BODY_HEADS
                                         and not {"of", "for"} & {w.lower() for w in words}
                                         and not (HEAD_LABELS.get(words[-1].lower()) == "BOARD"
                                                  and words[1].lower() in ("and", "&")))
        # a later area of a role's portfolio, listed after a comma: "Cabinet Member for Finance, Corporate and Traded
        # Services" (Kent Cabinet report, 4 March 2025) names no service "Corporate and Traded Services"
        after_role = after_role or (c.source in ("rule", "model") and c.label == "SERVICE"
                                    and _in_role_portfolio(text, c.start))
        if c.source != "acronym" and not _role_holders_body(words) and not _executive_body(words) and (
                role_first or after_role) and not (c.label == "PERSON" and _ranked_surname(words)):
            if after_role:
                role_named.append(c)
            continue
        if c.source in ("rule", "model", "base") and _role_remit(text, c):
            continue  # a job's remit: "Chief Analyst (Strategy, Policy, Relationships & Corporate Assurance)"
        if (c.source in ("rule", "model", "base") and _role_department(text, c)) or (
                c.source == "gazetteer" and c.label == "SERVICE"
                and _HEAD_OF_SERVICE.search(text[max(0, c.start - 40) : c.start])):
            continue  # a job's department: "Mrs S Hammond (Corporate Director Children, Young People and Education)"
        if c.source in ("rule", "model") and (m := _NEXT_CAPITAL.match(text, c.end) or _NEXT_AND_ROLE.match(
                text, c.end)) and m.group(1).lower() in ROLE_WORDS:
            continue  # a job title: "the Strategic Programme Manager for NUE", "Museums and Archives Manager"
        if c.source == "gazetteer" and c.label == "SERVICE" and (m := _NEXT_CAPITAL.match(text, c.end)) and (
                m.group(1).lower() in ROLE_WORDS and m.group(1) != "Head"):
            continue  # a service the gazetteer knows, inside a job title: "The Strategic Youth Justice Service Manager
            # presented the report" (Bridgend Subject Overview and Scrutiny Committee 1, 2023; entities round 58), as
            # the rule's and the NER's above; a school before "Head Teacher" stays ("Virtual School Kent Head Teacher")
        if c.source == "gazetteer" and c.label == "PROGRAMME" and (m := _NEXT_CAPITAL.match(text, c.end)) and (
                m.group(1).lower() in _REMIT_ROLES):
            continue  # and a scheme the gazetteer knows before a post's word: "the Voice of the Child Coordinator,
            # Restorative Justice Coordinator and Victim Support" (Barnet Safer Communities Partnership Board 2015;
            # entities round 50) names no programme, as job titles are not annotated
        if c.source in ("rule", "model") and (m := _NEXT_QUALIFIED_ROLE.match(text, c.end)) and (
                m.group(1).lower() in _ROLE_QUALIFIERS and m.group(2).lower() in ROLE_WORDS):
            continue  # and with the post's area or grade before the role word: "Meeting with new NCC Highways Area
            # Manager" (West Dereham parish minutes 2020)
        if c.source in ("rule", "model") and (m := _NEXT_TOKEN.match(text, c.end)) and m.group(1).lower() in COMPANY_ENDINGS and (
                m.group(1)[0].isupper() or m.group(1) == "plc"):
            continue  # a company's name cut before its ending: "Biffa and Mears Group" of "... Mears Group PLC"
        if c.source in ("rule", "model") and (m := _NEXT_TOKEN.match(text, c.end)) and m.group(1) == "Contract":
            continue  # a contract's name cut before its last word: "the Highways Term Maintenance Contract with Kier"
        kept.append(c)
    # the tail of a name inside a job title is part of it too: after "the Chief Executive of Bramley
    # Hospitals NHS Foundation Trust", no "Hospitals NHS Foundation Trust"
    kept = [c for c in kept if not any(r.start < c.start and c.end <= r.end for r in role_named)]
    kept = [c for c in kept if c.source in ("gazetteer", "acronym", "propagated") or not any(
        r.start <= c.start and c.end <= r.end and c.end - c.start < r.end - r.start for r in plural_kinds)]
    kept = [c for c in kept if not any(k.start <= c.start and c.end <= k.end for k in kinds)]
    kept = clean_bounds(text, kept)
    kept = [r for c in kept for r in _job_titles_and_people(text, c)]
    # a kind of need's initials alone (`need_acronyms`) are no body: "SEND - Cross Party Scrutiny Review Group"
    # (Wolverhampton Children and Young People Scrutiny Panel 2022; entities round 58)
    kept = [c for c in kept if c.label == "PERSON" or text[c.start : c.end] not in _NEED_ACRONYMS]
    # the end of a table's line cut at its "&" is no name: "| New & FYE of existing Savings |" (Kent budget update
    # 2025) names no "& FYE"
    kept = [c for c in kept if text[c.start] != "&"]
    # a span cut down to a kind of body alone is none: "the Government's Working Party" leaves "Working Party"
    cued = council_cue_spans(text)
    kept = [c for c in kept if c.source not in ("rule", "model", "base") or (c.start, c.end) in cued
            or " ".join(text[c.start : c.end].split()) not in _generic_phrases()]
    # a definition's long form is one name: "Transport for West Midlands (TfWM)" holds no place
    long_forms = [c for c in kept if c.source == "acronym" and c.entity is None]
    kept = [w for c in kept if (w := _with_lower_case_head(text, c)) is not None]
    kept = [c for c in kept if not _body_and_kind_word(text, c, kept)]
    # a school's name that goes on is dropped below, and swallows no gazetteer hit: "DfE School Performance Tables"
    # (written for the probe) still names the DfE
    # (nor does a place that cuts into a gazetteer place: the NER's "Lynn Norfolk" of an address line's "King's Lynn
    # Norfolk PE33 9TA", Norfolk parish minutes 2019-2020, leaves "Norfolk" to the gazetteer)
    gazetteer_places = [(c.start, c.end) for c in kept if c.source == "gazetteer" and c.label == "PLACE"]
    longer = [c for c in kept if c.source in ("rule", "model") and not _school_goes_on(text, c)
              and not _building_goes_on(text, c) and not _service_goes_on(text, c)
              and not (c.label == "PLACE" and any(a < c.start < b or a < c.end < b for a, b in gazetteer_places))]
    # (a place before a name the gazetteer knows does not run into it: "Kent & Medway Armed Forces Covenant")
    gazetteer_starts = {c.start for c in kept if c.source == "gazetteer"}
    return [
        c for c in kept
        if not (c.source in ("gazetteer", "acronym") and any(
            o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in longer))
        and not (c.source == "gazetteer" and c.label == "PLACE" and any(
            o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in long_forms))
        and not (c.source == "gazetteer" and c.label == "PLACE" and _NAME_GOES_ON.match(text, c.end)
                 and c.end + 1 not in gazetteer_starts)
        # so does a building's: "White House Common Road" (CommunityGrant minutes 2018) is a road, not "White House"
        and not _building_goes_on(text, c)
        # a school's name goes on (`_school_goes_on`), and so does a service's (`_service_goes_on`)
        and not _school_goes_on(text, c)
        and not _service_goes_on(text, c)
    ]


_AND_WORD = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def _body_and_its_plan(text: str, c: Candidate) -> list[Candidate]:
    """A body and a plan of its named in one agenda item, read as one plan: "Youth Justice Service and Operational
    Plan Invitees:" (Bridgend Subject Overview and Scrutiny Committee 1, 2023; entities round 58) names the service
    and the plan, two names, as the same heading in the item's declarations is read. Only where the words before
    "and" end on a service's or board's head word and those after it, two or more capitalised words, on a plan's."""
    for m in _AND_WORD.finditer(text, c.start, c.end):
        body, plan = text[c.start : m.start()].split(), text[m.end() : c.end].split()
        if (len(body) >= 2 and HEAD_LABELS.get(body[-1].lower()) in _BODY_LABELS and body[-1][:1].isupper()
                and len(plan) >= 2 and HEAD_LABELS.get(plan[-1].lower()) == "PROGRAMME"
                and all(w[:1].isupper() for w in body + plan)):
            return [Candidate(c.start, m.start(), HEAD_LABELS[body[-1].lower()], c.source, c.priority, weak=c.weak),
                    Candidate(m.end(), c.end, c.label, c.source, c.priority, weak=c.weak)]
    return []


# a person's forename and surname (or two forenames), alone
_FORENAME_SURNAME = re.compile(r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}")
# a surname, then a dash opening the person's job: " Evans - Operational Manager"
_SURNAME_AND_DASH = re.compile(r"[ \t]+[A-Z][a-z'’-]+(?=[ \t]+[-–—][ \t])")
_JOB_TITLE_LABELS = frozenset({"SERVICE", "BOARD", "PROGRAMME"})


def _job_titles_and_people(text: str, c: Candidate) -> list[Candidate]:
    """An invitees' list run together ("<person> - <job>, <service> <person> - <job>"), read as one name by a rule or
    the NER: a job title and the next person ("Justice Service Manager Owen Shepherd", Bridgend Subject Overview and
    Scrutiny Committee 1, 2023; entities round 58) is the person; a service and the next person's forename
    ("Operational Manager, Youth Justice Services Catherine Evans - Operational Manager") is the service, and the
    forename and surname the person. A role word inside a name before a body's words stays ("Selection and Member
    Services Committee")."""
    if c.source not in ("rule", "model", "base") or c.label not in _JOB_TITLE_LABELS:
        return [c]
    runs = list(_WORD_RUN.finditer(text, c.start, c.end))
    words = [m.group() for m in runs]
    for i in range(1, len(words) - 2):
        if words[i][:1].isupper() and words[i].lower() in ROLE_WORDS and _FORENAME_SURNAME.fullmatch(
                text[runs[i + 1].start() : c.end]) and not any(w.lower() in HEAD_LABELS for w in words[i + 1 :]):
            return [Candidate(runs[i + 1].start(), c.end, "PERSON", c.source, c.priority, weak=c.weak)]
    if (len(words) >= 3 and words[-2].lower() in HEAD_LABELS and words[-1].isalpha() and words[-1][:1].isupper()
            and words[-1][1:].islower() and (m := _SURNAME_AND_DASH.match(text, c.end))):
        return [Candidate(c.start, runs[-2].end(), c.label, c.source, c.priority, c.entity, c.weak),
                Candidate(runs[-1].start(), m.end(), "PERSON", c.source, c.priority, weak=c.weak)]
    return [c]


_CAPITAL_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+(?:-[a-z]+)?){1,3}")


def _graded_job_title(text: str, c: Candidate, words: list[str]) -> bool:
    """A job title the NER or a rule read as a body, told by a grade word (`job_grade_words`, capitalised) opening or
    closing the span: a role word right after an opening grade ("Interim Chief Executive", "Acting Director"), or
    one in the capitalised words that run on from the span ("Community Safety Senior" + "Operational Officer",
    "Senior Partnership" + "Policy Officer"). A grade inside a body's name is no title ("Senior Leadership Team")."""
    if _role_holders_body(words) or _executive_body(words):
        return False
    opens, closes = words[0] in _JOB_GRADES, words[-1] in _JOB_GRADES
    if opens and len(words) >= 2 and words[1].lower() in ROLE_WORDS | _ROLE_FIRST_WORDS:
        return True
    if not (opens or closes):
        return False
    m = _CAPITAL_WORDS_AFTER.match(text, c.end)
    for w in m.group(0).split() if m else []:
        if w.lower() in ROLE_WORDS or w.lower() in _REMIT_ROLES:
            return True
        if HEAD_LABELS.get(w.lower()) is not None:
            return False
    return False


def _heading_line_after(text: str, c: Candidate) -> int:
    """The end of a span's first lines where its last line is one word alone on its line and no head word: a heading
    the name ran into ("Children and Young People\nReason\nThe transformation fund ..."); 0 where not."""
    span = text[c.start : c.end]
    if "\n" not in span:
        return 0
    cut = span.rindex("\n")
    last = span[cut + 1 :].strip()
    head = span[:cut].rstrip()
    if (not last or " " in last or not last[:1].isupper() or last.lower() in HEAD_LABELS or not head
            or not re.match(r"[ \t]*(?:\n|$)", text[c.end :])):
        return 0
    return c.start + len(head)


def council_cue_spans(text: str) -> set[tuple[int, int]]:
    """Spans of councils named by their tier alone where the sentence makes them one body (`council_cue`)."""
    if "Council" not in text:
        return set()
    from miner.nlp.service_ruler import COUNCIL_CUE

    return {m.span(1) for m in COUNCIL_CUE.finditer(text)}


def _short_world_name_in_context(text: str, c: Candidate) -> bool:
    """The gazetteer's "US" names the country only beside mixed-case words (not in a heading in capitals, "CONTACT
    US"), and "Fed" the US central bank only after "the" ("the Fed's hawkish cut", Kent treasury mid-year update
    2024-25); every other gazetteer hit passes."""
    word = text[c.start : c.end]
    if word == "US":
        before = re.findall(r"[A-Za-z]{2,}", text[max(0, c.start - 20) : c.start])[-1:]
        after = re.findall(r"[A-Za-z]{2,}", text[c.end : c.end + 20])[:1]
        return not any(w.isupper() for w in before + after)
    if word == "Fed":
        return re.search(r"\b[Tt]he[ \t]+$", text[max(0, c.start - 6) : c.start]) is not None
    return True


_COUNCIL_INITIALS = re.compile(r"[A-Z]{1,3}(?:CC|BC|DC|MBC)")
_NEXT_LOWER_WORD = re.compile(r"[ \t]+([a-z]{3,})\b")
_NEXT_NAME_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def next_name_word(text: str, end: int) -> str | None:
    """The capitalised word right after `end` (same line), which may make a name found there part of a longer one."""
    m = _NEXT_NAME_WORD.match(text, end)
    return m.group(1) if m else None


_POLICY_CODE = re.compile(r"[A-Z]{2,4}(?:[ \t]?\d{1,3}[a-z]?)?")
_CODE_NUMBER_AFTER = re.compile(r"[ \t]?\d{1,3}\b")
_POLICY_WORD_BEFORE = re.compile(r"\b[Pp]olic(?:y|ies)\b")


def _policy_code(text: str, c: Candidate) -> bool:
    """A local plan's policy named by its code and number ("Policy CSW 4", "policies CSW 8, 12 and 17", "DM 2; DM 3;
    DM 4", Kent Minerals and Waste Local Plan report 2025): a short capital code with its number, where the policies
    are being listed, is no body."""
    if not _POLICY_CODE.fullmatch(text, c.start, c.end):
        return False
    numbered = any(ch.isdigit() for ch in text[c.start : c.end]) or _CODE_NUMBER_AFTER.match(text, c.end) is not None
    return numbered and _POLICY_WORD_BEFORE.search(text, max(0, c.start - 200), c.start) is not None


# a person's name and a dash before a code in an attendance list's cell: "| Rosalind Binks – MEM |"
_NAME_AND_DASH = re.compile(r"(?:^|\|)[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]+)+[ \t]+[–-][ \t]*$")
_CODE_ENDS_CELL = re.compile(r"[ \t]*(?:\(|\||$)", re.M)


def _affiliation_code(text: str, c: Candidate) -> bool:
    """An undefined code in capitals after a person's name and a dash, ending the cell, is whom the attendee
    represents ("| Harry Rayner – MEM (Chair) | James Graham – KCC |", Kent treasury meeting note 2024), not a
    programme or service of that name; a body's known name there ("KCC") is an ORG and stays."""
    if c.label not in ("PROGRAMME", "SERVICE") or not re.fullmatch(r"[A-Z]{2,5}", text[c.start : c.end]):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    return (_NAME_AND_DASH.search(text[line_start : c.start]) is not None
            and _CODE_ENDS_CELL.match(text, c.end) is not None)


# "<role> for/of <Area>, <Area>, ... and " up to a name on the same line: the name is one more area of the portfolio
_PORTFOLIO_LIST = re.compile(
    r"\b(\w+)[ \t]+(?:for|of)[ \t]+[A-Z][\w'’&-]*(?:[ \t]+(?:and|&|[A-Z][\w'’&-]*))*(?:,[ \t]+(?:and[ \t]+)?"
    r"[A-Z][\w'’&-]*(?:[ \t]+(?:and|&|[A-Z][\w'’&-]*))*)*,[ \t]+(?:and[ \t]+)?$")


_REMIT_ROLES = _ROLE_BEFORE_OF | frozenset(TERMS["remit_role_words"])
# a job title's last word before "(", or its role word before "of/for <Area>": "Chief Analyst (", "Head of Finance ("
_BEFORE_REMIT = re.compile(r"\b([A-Za-z-]+)(?:[ \t]+(?:of|for)[ \t]+[A-Z][\w'’&-]*(?:[ \t]+(?:and|&|[A-Z][\w'’&-]*))*)?"
                           r"[ \t]*\($")


def _role_remit(text: str, c: Candidate) -> bool:
    """A service or policy area filling the brackets right after a job title is the job's remit ("the Director of
    Operations (Adult Social Care)", Rochdale Cabinet 2020), not a name the paper uses; an acronym there is the
    title's own and a body there the holder's employer, so both stay."""
    if c.label not in ("SERVICE", "PROGRAMME") or text[c.end : c.end + 1] != ")" or not any(
            ch.islower() for ch in text[c.start : c.end]):
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    opening = text.rfind("(", line_start, c.start + 1)  # the span may start after the remit's first words
    if opening < 0 or ")" in text[opening : c.start]:
        return False
    m = _BEFORE_REMIT.search(text[max(line_start, opening - 80) : opening + 1])
    return m is not None and m.group(1).lower() in _REMIT_ROLES


_DEPARTMENT_ROLES = frozenset(TERMS["department_role_words"])
# a job title's last word, then at most a dash or colon and a line break, right before the name
# (or a later area of the same title, after "<Area> and": "the Director: Children's and Adult's Services", Telford and
# Wrekin Cabinet decision 2020; entities round 58)
_BEFORE_DEPARTMENT = re.compile(r"\b([A-Za-z]+)[ \t]*(?:[-–—:,][ \t]*)?(?:\n[ \t]*)?"
                                r"(?:[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)*[ \t]+(?:and|&)[ \t]+)?$")
# a head of service's title, then the service it heads: "Matt Clayton (Head of Service Early Help and Prevention)",
# "(Head of Service – Sector Led Improvement Children's Services)" (North East Lincolnshire scrutiny panel 2023)
# (or a span starting inside it: "Led Improvement Children's Services")
_HEAD_OF_SERVICE = re.compile(r"\bHead[ \t]+of[ \t]+Service[ \t]*(?:[-–—:][ \t]*)?(?:[A-Z][\w'’-]*[ \t]+){0,3}$")


_COLON_ROLES = frozenset(TERMS["colon_role_words"])
_BEFORE_COLON_ROLE = re.compile(r"\b([A-Za-z]+)[ \t]*:[ \t]*(?:[A-Z][\w'’]*(?:,?[ \t]+[A-Z][\w'’]*)*,?[ \t]+(?:and|&)[ \t]+)?$")


def _role_department(text: str, c: Candidate) -> bool:
    """A directorate or service right after a director's title with no "of" is the job's department ("Mrs S Hammond
    (Corporate Director Children, Young People and Education)", Kent Cabinet minutes 2025; "Report by Executive
    Director – Customer Services", Argyll and Bute 2018; after a comma, "Pete Sidgwick, Assistant Director, Adult
    Social Care introduced this item", Warwickshire scrutiny 2023; after "Head of Service", `_HEAD_OF_SERVICE`): part
    of the title, not a name the paper uses."""
    if c.label != "SERVICE":
        return False
    before = text[max(0, c.start - 40) : c.start]
    if _HEAD_OF_SERVICE.search(before):
        return True
    if (m := _BEFORE_COLON_ROLE.search(before)) and m.group(1).lower() in _COLON_ROLES and m.group(1)[0].isupper():
        return True  # a portfolio after a cabinet member's colon (`colon_role_words`; entities round 58)
    m = _BEFORE_DEPARTMENT.search(before)
    return m is not None and m.group(1).lower() in _DEPARTMENT_ROLES and m.group(1)[0].isupper()


def _in_role_portfolio(text: str, start: int) -> bool:
    """The name at `start` follows a comma inside a role's list of areas ("Deputy Leader and Cabinet Member for
    Finance, Corporate and Traded Services"): a job title's words, not a service."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _PORTFOLIO_LIST.search(text[max(line_start, start - 160) : start])
    return m is not None and m.group(1).lower() in _ROLE_BEFORE_OF


@lru_cache(maxsize=1)
def _generic_phrases() -> frozenset[str]:
    """The gazetteer's generic names as written ("Working Party", "Family Hubs")."""
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if p["label"] == "_GENERIC" and isinstance(p["pattern"], str))


def _building_goes_on(text: str, c: Candidate) -> bool:
    """A rule's building whose name a capitalised word continues: another name, which swallows no gazetteer hit
    ("White House Common Road"; "the Libraries Connected Universal Library Offers" keeps "Libraries Connected")."""
    return (c.source == "rule" and c.label == "PLACE" and text[c.start : c.end].split()[-1] in _BUILDING_HEADS
            and _NAME_GOES_ON.match(text, c.end) is not None)


def _school_goes_on(text: str, c: Candidate) -> bool:
    """A rule's school name that a capitalised word continues: "Specialist School Places", "School Improvement
    Inspection", "Seabrook Church of England Primary School", "Mid Kent Primary Care Network"."""
    return (c.source == "rule" and text[c.start : c.end].endswith(("School", "College", "Primary", "Secondary", "Grammar"))
            and _NAME_GOES_ON.match(text, c.end) is not None)


def _service_goes_on(text: str, c: Candidate) -> bool:
    """A rule's service name that a capitalised word continues names something else: a budget line or its users
    ("Strategic Management & Directorate Budgets", "Learning Disability Service Users", Kent budget book 2025); a
    longer name holding it is found by its own pattern ("Youth Justice Service Plan")."""
    return (c.source == "rule" and c.label == "SERVICE"
            and HEAD_LABELS.get(text[c.start : c.end].split()[-1].lower()) == "SERVICE"
            and _SERVICE_GOES_ON.match(text, c.end) is not None)


# (a word of three letters or more: not a heading's clipped "Participation Team Up", Kent CPP minutes 2024)
_SERVICE_GOES_ON = re.compile(r" [A-Z][a-z]{2,}\b(?!')")


def _body_and_kind_word(text: str, c: Candidate, candidates: list[Candidate]) -> bool:
    """A body the gazetteer knows, then only lower-case words, names the body's scheme, not a programme
    of that name: "Accredited Museums under the Arts Council England scheme" (written for the probe)
    names Arts Council England, as "Sport England's ... Fund" names its owner."""
    if c.source not in ("rule", "model"):
        return False
    return any(g.source == "gazetteer" and g.label in ("ORG", "INSPECTORATE") and g.start == c.start
               and g.end < c.end and text[g.end : c.end].split()
               and all(w.isalpha() and w.islower() for w in text[g.end : c.end].split())
               for g in candidates)


def is_genre_title(words: list[str]) -> bool:
    """A paper's own genre title, not a named programme: "Finance Monitoring Report", "Quarter 3 Performance
    Report", "the Director of Public Health's Annual Report" (after the owner's possessive), "the Mid-Year Treasury
    Management Review"; not "Special Schools' Review" (a possessive inside a name)."""
    alpha = [w for w in words if any(ch.isalpha() for ch in w)]
    if not alpha or alpha[-1].lower().strip(".,;:") not in _REPORT_HEADS:
        return False
    last_owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s", "s'"))), default=-1)
    rest = words[last_owner + 1 : -1] if alpha[-1] == words[-1] else words[last_owner + 1 :]
    rest = [w for w in rest if w.lower().strip(".,;:") not in _REPORT_HEADS]
    return bool(rest) and all(w.lower().strip(",.") in _REPORT_TITLE_WORDS or _TITLE_FIGURE.fullmatch(w) for w in rest)


def _with_lower_case_head(text: str, c: Candidate) -> Candidate | None:
    """The name and a lower-case head noun of its kind after it: "Safety Valve agreement", "GET directorate"; and a
    lower-case "committee" after the words of its remit makes the whole a committee, whatever they looked like alone
    ("considered by Governance & Audit committee in December 2024", Kent section 25 statement 2025: no audit). None
    when the words name nothing: a lower-case head before a lower-case "group"."""
    m = _NEXT_WORD.match(text, c.end)
    if m is not None and m.group(1) == _LOWER_CASE_COMMITTEE and c.source in ("rule", "model", "base") and (
            text[c.end - 1].isalpha()):
        return Candidate(c.start, m.end(1), "BOARD", c.source, c.priority)
    # so does a lower-case "partnership" after a service's or body's capitalised words: "The Children Emotional Health
    # partnership will feed into the Children and Young People partnership" (Herefordshire Health and Wellbeing Board
    # 2023; entities round 49), where the NER read "Children Emotional Health" as a service
    if (m is not None and m.group(1) == "partnership" and c.source == "model" and c.label in ("SERVICE", "BOARD")
            and text[c.end - 1].isalpha()):
        # and "partnership board" both: "2. Children Emotional Health partnership board." (NER 0.7.0; round 62)
        end = b.end(1) if (b := _NEXT_WORD.match(text, m.end(1))) is not None and b.group(1) == "board" else m.end(1)
        return Candidate(c.start, end, "BOARD", c.source, c.priority)
    # and a lower-case "group" after a plan's or service's capitalised words: "the ICT Strategy group were conducting
    # a review" (Cheshire East children and families scrutiny 2012; entities round 50) names a group, not the
    # strategy; after a lower-case head ("an ICT strategy group had been established") nothing is named
    if (m is not None and m.group(1) in _GROUP_AFTER_NAME and c.source in ("rule", "model")
            and c.label in ("SERVICE", "PROGRAMME") and text[c.end - 1].isalpha()):
        last = text[c.start : c.end].split()[-1]
        if last.islower():
            return None
        return Candidate(c.start, m.end(1), "BOARD", c.source, c.priority)
    if m is None or LOWER_CASE_HEADS.get(m.group(1)) != c.label:
        return c
    # (not the head word the name ends on, repeated: "progress against relevant elements of the Environmental
    # Health Services service plan" (South Kesteven scrutiny panel 2006; entities round 50) names the Services)
    if text[c.start : c.end].split()[-1].lower().rstrip("s") == m.group(1).rstrip("s"):
        return c
    return Candidate(c.start, m.end(1), c.label, c.source, c.priority, c.entity)


def _role_holders_body(words: list[str]) -> bool:
    """A role's possessive right before "Department"/"Office" names the role holder's department:
    "Deputy Chief Executive's Department", "Leader's Office" (not "Lead Member for Children's Services")."""
    return (len(words) >= 2 and words[-1] in ("Department", "Office") and words[-2].endswith(("'s", "’s"))
            and not {"of", "for"} & set(words))


def _inside_quotes(text: str, words: list[str], spans: list[tuple[int, int]]
                   ) -> tuple[list[str], list[tuple[int, int]]]:
    """A quote mark between a span's words bounds the name: an opening one starts it ("the Public Services Board's
    'Cwm Taf Morgannwg Well-Being Plan 2023-2028'", Rhondda Cynon Taf Cabinet 2023, names the Plan; the Board is
    found apart), and a stray closing one after a word not ending in "s" (no plural possessive: "Young Persons'
    Wellbeing Service") ends it ("Vision Zero' Road Safety Strategy", Kent ICS activity appendix 2025, names Vision
    Zero). One that closes a quote opened before the span is a quoted title's end, and its kind words after it go
    with it ("'Understanding You, Understanding Your Child' Parenting Programme"): the span is left whole."""
    opening = next((i for i in range(len(words) - 1, 0, -1) if len(words[i]) > 1 and words[i][0] in _QUOTES
                    and words[i][1].isalnum()), 0)
    if opening:
        words, spans = words[opening:], spans[opening:]
    closing = next((i for i in range(len(words) - 1) if len(words[i]) > 2 and words[i][-1] in _QUOTES
                    and words[i][-2].isalnum() and words[i][-2] != "s"), None)
    line = text[text.rfind("\n", 0, spans[0][0]) + 1 : spans[0][0]] if spans else ""
    if closing is not None and not _OPENING_QUOTE.search(line):
        words, spans = words[: closing + 1], spans[: closing + 1]
    return words, spans


def _executive_body(words: list[str]) -> bool:
    """A body of the executive named by its kind word, "Cabinet Committee" ("The Cabinet Committee resolved to ...",
    Kent Executive Response 2025), is a committee that meets, not a role like "Cabinet Member"."""
    return (len(words) >= 2 and words[0].lower() in _ROLE_FIRST_WORDS and HEAD_LABELS.get(words[-1].lower()) == "BOARD"
            and not {"of", "for"} & set(words))


def clean_bounds(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Cut model/rule/base spans at clause breaks and trailing function words; drop run-ons.

    Gazetteer and acronym hits are exact strings and are left alone. A span of more than
    ten words is a clause the model ran on with, not a name.
    """
    out = []
    # a national body the gazetteer knows, before "'s", owns the name after it: "Sport England's Swimming Pool
    # Support Fund" (written for the probe) names the Fund
    owner_ends = {c.end + 2 for c in candidates if c.source == "gazetteer" and c.label in ("ORG", "INSPECTORATE")
                  and text.startswith(("'s", "’s"), c.end)}
    known_bodies = {(c.start, c.end) for c in candidates if c.source == "gazetteer" and c.label in ("ORG", "BOARD")}
    # people the NER or the base model read, by where they start: a person's name in brackets after a board is who
    # brings its item, no remit of the board's
    people_at = {c.start for c in candidates if c.label == "PERSON" and c.source in ("model", "base")}
    groups = places_groups(text, candidates)
    for c in candidates:
        if c.source in ("gazetteer", "acronym"):
            out.append(c)
            continue
        start, end = c.start, c.end
        # a comma inside a name that ends on its head word stays: "Scrutiny for Policies,
        # Children and Families Committee"; "Children's Social Care, Education" is a list
        # (the head before a plan's years: "Museums, Archives and Heritage Service Plan 2025-2028"; and a name the
        # paper has yielded already, repeated whole)
        # (a hyphenated head too: "Quality, Learning and Practice Sub-group", Gateshead Safeguarding Adults Board
        # annual report 2023; entities round 58)
        head = next((w for w in reversed(text[start:end].split()) if w.replace("-", "").isalpha()), "")
        # so does one in a directorate's title of capitalised parts: "Growth, Environment & Transport"
        listed = c.source == "model" and _LISTED_TITLE.fullmatch(" ".join(text[start:end].split())) is not None
        keep_commas = listed or c.source == "propagated" or (head[:1].isupper() and (
            head.lower() in HEAD_LABELS or head.lower().replace("-", "") in HEAD_LABELS))
        # a fund manager's former name in brackets stays in a fund's name: "Aegon (KAMES) Diversified Monthly Income
        # Fund" (`investment_funds`)
        fund = c.label == "ORG" and _is_investment_fund(text[start:end].split())
        fund = fund or c.label == "BOARD" and _BRACKETED_WORD_NAME.fullmatch(text, start, end) is not None  # (its
        # bracket stays too)
        for m in _HARD_BREAK.finditer(text, start, end):
            if m.group(0) == ", " and keep_commas or (fund and m.group(0) == " ("):
                continue
            end = m.start()
            break
        spans = [m.span() for m in _WORD_RUN.finditer(text, start, end)]
        words = [text[a:b] for a, b in spans]
        words, spans = _inside_quotes(text, words, spans)
        # an award a scheme gives is no name, the scheme is: "its MoD Employer Recognition Scheme Gold Award" (Kent
        # Armed Forces Covenant report 2024); awards are not annotated
        if words and words[-1] in ("Award", "Awards") and (
                head := next((i for i in range(len(words) - 2, 0, -1)
                              if HEAD_LABELS.get(words[i].lower()) == "PROGRAMME"), 0)):
            words, spans = words[: head + 1], spans[: head + 1]
        # a body the gazetteer knows, after "to"/"in", is where the words before went, not the end of their name:
        # "the adoption of the Plan to Full Council" (Rhondda Cynon Taf Cabinet 2023), "receiving its revalidated
        # Employers Recognition Gold Award in Full Council" (Kent Civilian-Military Partnership Board report 2024)
        at = next((i for i in range(1, len(words) - 1) if words[i] in ("to", "in")
                   and (spans[i + 1][0], spans[-1][1]) in known_bodies), 0)
        if at:
            words, spans = words[at + 1 :], spans[at + 1 :]
        # a reference to a part of the paper or a school year starts no name: "Appendix 2 Commissioned Family Hub ..."
        if len(words) > 2 and words[0] in _REFERENCE_WORDS and _REFERENCE_NUMBER.fullmatch(words[1]):
            words, spans = words[2:], spans[2:]
        # and the reference's number alone, its word outside the span: "Appendix [[C Copy of Health and Wellbeing
        # Board]] report of 5 July 2022" (North Northamptonshire 2022; entities round 52)
        elif (len(words) > 2 and _REFERENCE_NUMBER.fullmatch(words[0]) and not words[1][:1].isdigit()
              and (ref := _WORD_BEFORE.search(text, max(0, start - 20), start)) and ref.group(1) in _REFERENCE_WORDS):
            words, spans = words[1:], spans[1:]
        # a minute's heading run into its first sentence starts no name: "10. Maintenance of footpaths The Parish
        # Council will consider", "Consultation The Parish Council noted" (Norfolk parish minutes 2014, 2019)
        mid_the = next((i for i in range(1, len(words) - 1) if words[i] == "The"
                        and words[i - 1][:1].isupper() and words[i - 1].lower() not in _NOT_FIRST_WORDS), None)
        if mid_the is not None and c.label != "PERSON":
            words, spans = words[mid_the:], spans[mid_the:]
            if len(words) == 2 and words[1].lower() in HEAD_LABELS:
                continue  # the sentence's reference to its own body: "Scrutiny Considerations The Committee received
                # a report" (Cambridge Housing Scrutiny Committee 2019; entities round 59)
        # a sentence-initial function word is not part of the name: "Should Kent County Council";
        # nor is an article ("The County Council"), unless it is all the name has ("The Lodge")
        while (len(words) > 1 and words[0].lower() in _NOT_FIRST_WORDS) or (
                len(words) > 2 and words[0].lower() in _LEADING and not article_of_name(text, spans[0][0])):
            words, spans = words[1:], spans[1:]
        # a decision's verb before the plan it decides on: "Adopt Homelessness Strategy" (Lancaster Cabinet 2020)
        if len(words) > 2 and words[0].lower() in _PLAN_VERBS and HEAD_LABELS.get(words[-1].lower()) == "PROGRAMME":
            words, spans = words[1:], spans[1:]
        # and a recommendation's verb in the third person before what it names: "c) Requests Full Council to adopt
        # the Corporate Plan" (Crawley Cabinet 2023; entities round 49)
        if len(words) > 2 and words[0].lower() in _RECOMMENDATION_VERBS and words[1][:1].isupper():
            words, spans = words[1:], spans[1:]
        # a month is no part of a body's name, nor a name alone: "the December County Council meeting"
        if c.label != "PERSON":
            while words and words[0] in _MONTHS:  # and the year after it: "March 2025\nFamily Hub"
                words, spans = words[1:], spans[1:]
                if words and re.fullmatch(r"\d{4}", words[0]):
                    words, spans = words[1:], spans[1:]
                    # nor the preposition after the date: "the Ofsted inspection in September 2012 of Surrey County
                    # Council's arrangements" (Surrey Cabinet 2012; entities round 48) names the council
                    while len(words) > 1 and words[0] in _DATE_PREPOSITIONS:
                        words, spans = words[1:], spans[1:]
            if not words:
                continue
            # (entities round 79) nor a meeting's kind before a council: "The Special Council meeting" (Brighton and
            # Hove 2019), "the Annual Parish Council meeting" -> "Parish Council" (`meeting_kind_words`); a bare
            # "Council" left is the organ the guidelines leave out
            if len(words) > 1 and words[-1] in ("Council", "COUNCIL") and words[0].lower() in _MEETING_KINDS:
                while len(words) > 1 and words[0].lower() in _MEETING_KINDS:
                    words, spans = words[1:], spans[1:]
                if len(words) == 1:
                    continue
        # a list item's letter is not part of the name after it: "b. Endorse the approach" names no one
        if len(words) > 1 and _LIST_MARKER.match(words[0]):
            words, spans = words[1:], spans[1:]
            if c.label == "PERSON" and len(words) == 1:
                continue
        # a title's opening is not part of the name: "REPORT OF THE FLOODING TASK AND FINISH GROUP"
        lead = next((len(lw) for lw in _TITLE_LEAD_INS  # listed longest first
                     if len(words) >= len(lw) + 2 and [w.lower() for w in words[:len(lw)]] == lw), 0)
        words, spans = words[lead:], spans[lead:]
        while lead and len(words) > 1 and words[0].lower() in _NOT_FIRST_WORDS:  # "Future of Commissioned Services"
            words, spans = words[1:], spans[1:]
        if lead and len(words) == 1 and words[0].lower() in HEAD_LABELS:
            continue  # a kind word left alone is no name
        # an inspectorate's inspection is an event, not a name: "the recent Ofsted Inspection of Children's Services"
        # (Southampton children's scrutiny minutes 2020) names Ofsted (found alone) and the service inspected; before
        # a bracketed acronym the inspection's words are the definition's ("Ofsted Inspection of Local Authority
        # Children's Services (ILACS)", Cheshire East 2022), so only the inspectorate goes and the rest is left to it
        if (len(words) > 3 and words[0].lower() in _INSPECTORATE_WORDS and words[1].lower() in _NOT_NAME_FIRST_WORDS
                and words[2] == "of"):
            cut = 1 if text.startswith(" (", spans[-1][1]) else 3
            words, spans = words[cut:], spans[cut:]
        # a chair's or champion's title before a body is not part of its name: "Chairman of Scrutiny Committee",
        # "Armed Forces Champion of Medway Council" (Kent minutes and Covenant report 2024) name the body
        chair_label = None
        chair = next((i for i in range(min(4, len(words) - 2)) if words[i] in _CHAIR_OF_WORDS and words[i + 1] == "of"), None)
        if chair is not None and c.label != "PERSON":
            cut = chair + 2 + (words[chair + 2].lower() == "the" and len(words) > chair + 3)
            words, spans = words[cut:], spans[cut:]
            # a council named by its place is the local authority, not a forum ("... Champion of Medway Council")
            if words[-1] == "Council" and len(words) >= 2 and all(
                    w[:1].isupper() and w.lower() not in _COUNCIL_FORUM for w in words[:-1]):
                chair_label = "ORG"
        # so is a role's title before "to" and the body it serves: "Clerk and Executive Officer to Melton Parish
        # Council" (Melton (Suffolk) parish minutes 2021; entities round 65) names the council
        to_role = next((i for i in range(1, len(words) - 2)
                        if words[i] == "to" and words[i - 1].lower() in _ROLE_BEFORE_TO), None)
        if to_role is not None and c.label != "PERSON":
            cut = to_role + 1 + (words[to_role + 1].lower() == "the" and len(words) > to_role + 2)
            words, spans = words[cut:], spans[cut:]
            if words[-1] == "Council" and len(words) >= 2 and all(
                    w[:1].isupper() and w.lower() not in _COUNCIL_FORUM for w in words[:-1]):
                chair_label = "ORG"
        # a table row's last cells before a line break are not the start of the next row's name
        broken = next((i for i in range(1, len(words)) if "\n" in text[spans[i - 1][1] : spans[i][0]]), 0)
        if broken and all(w in _TABLE_CELL_WORDS for w in words[:broken]):
            if len(words) - broken < 2:
                continue  # "Red\nCouncil tax collected": one word of the next row is no name either
            words, spans = words[broken:], spans[broken:]
        # an owner's possessive before a lower-case kind word alone names no plan: "the HRSS which aligned priorities
        # with the Government's plan to end rough sleeping" (Sefton Cabinet 2023; entities round 48's left class)
        if (c.label != "PERSON" and len(words) == 2 and words[0].endswith(("'s", "’s")) and words[1].islower()
                and words[1] in HEAD_LABELS):
            continue
        # the owner's label is not the owned name's: "Kent Fire and Rescue Service's Safe and Well programme"
        # (written for the probe) names a programme, as its head word says
        owned_head = None
        # an organisation's possessive before a name is the owner, not part of the name:
        # "KCC's Elective Home Education Team", "the Borough Council's Planning Committee"
        for i, w in enumerate(words[:-1]):
            owner = w[:-2] if w.endswith(("'s", "’s")) else ""
            # initials, upper case or mixed: "KCC's", "DfE's Safety Valve Programme"
            if (is_owner(owner) or spans[i][1] in owner_ends) and words[i + 1][:1].isupper():
                words, spans = words[i + 1 :], spans[i + 1 :]
                owned_head = HEAD_LABELS.get(words[-1].lower())
                break
        # a national body's initials before a programme are its owner too: "the DCMS Museum Estate and Development
        # Fund (MEND)" (written for the probe) names the Fund, as "DCMS's" would
        if c.label == "PROGRAMME" and len(words) >= 3 and is_acronym_owner(words[0]) and words[1][:1].isupper():
            words, spans = words[1:], spans[1:]
        # and before a kind of body, which is then no name: "the DfE Family Hubs grant" (Kent Executive Response
        # 2025) names the DfE
        # ("the DfE Board" is the department's board: a kind word alone stays a name's head)
        elif len(words) >= 3 and is_acronym_owner(words[0]) and " ".join(words[1:]) in (
                _generic_phrases() | _SITE_NETWORKS):
            words, spans = words[1:], spans[1:]
        # so do a council's initials before a kind of site used as a modifier: "valuations of the KCC Family Hub sites
        # in Margate", "hire space for KCC Family Hub staff" (Kent record of decision 24/00093) name KCC
        elif (len(words) >= 3 and _COUNCIL_INITIALS.fullmatch(words[0]) and " ".join(words[1:]) in _generic_phrases()
              and not words[-1].endswith("s") and (m := _NEXT_LOWER_WORD.match(text, spans[-1][1]))
              and m.group(1) not in _TAIL_WORDS and m.group(1) not in _NOT_INSIDE_WORDS):
            words, spans = words[1:], spans[1:]
        # a scheme's round or phase is not part of its name: "Round 2 Levelling Up Fund" names the Fund
        if len(words) > 3 and words[0] in _ROUND_WORDS and _ROUND_NUMBER.fullmatch(words[1]):
            words, spans = words[2:], spans[2:]
        # "and the" starts a second name: "SOCIAL SERVICES ANNUAL PERFORMANCE AND THE REGIONAL PARTNERSHIP BOARD"
        # (a heading, written for the probe) names the Board; the words before it are another thing
        cut = next((i + 2 for i in range(len(words) - 3, 0, -1)
                    if words[i].lower() in ("and", "&") and words[i + 1].lower() == "the"), 0)
        words, spans = words[cut:], spans[cut:]
        # so does "and" after a committee's or board's head word: "at Governance and Audit Committee, Scrutiny
        # Committee and Selection and Member Services" (Kent Governance Update 2025) names two committees
        cut = next((i for i in range(1, len(words) - 1) if words[i] in ("and", "&") and words[i + 1][:1].isupper()
                    and words[i - 1][:1].isupper() and (HEAD_LABELS.get(words[i - 1].lower()) == "BOARD" or (
                        # and after an organisation's: "addition of reference to Ebbsfleet Development Corporation and
                        # Kent and Medway Economic Partnership (KMEP)" (Kent Minerals and Waste Local Plan report 2025)
                        c.label in ("ORG", "BOARD") and words[i + 1] not in ("Social", "Rescue", "Crime")
                        and (HEAD_LABELS.get(words[i - 1].lower()) == "ORG" or words[i - 1] == "Corporation")) or (
                        c.label == "PLACE" and words[i - 1].lower() in _PLACE_HEADS
                        and words[-1].lower() in _PLACE_HEADS))), 0)  # not "Northgate Museum and Art Gallery"
        if cut:
            words, spans = words[:cut], spans[:cut]
        for i in range(1, len(words)):
            # a verb, pronoun or modal ends the name: "Sheppey Gateway would have on children";
            # so does a place or a second name after the head word: "Seashells Family Hub in Sheerness",
            # "Adoption Support Fund the Permanence Team"
            if words[i] in _NOT_INSIDE_WORDS or (
                    words[i] in _AFTER_HEAD_BREAKS and words[i - 1][:1].isupper() and (words[i - 1].lower() in HEAD_LABELS
                                                                          # "the Seashells Centre a Family Hub service"
                                                                          or words[i] == "a" and words[i - 1].lower() in _PLACE_HEADS)):
                words, spans = words[:i], spans[:i]
                break
        # a lower-case kind word inside the span names what follows: "the DRT service Westmere Connect" (written
        # for the probe) names "Westmere Connect"
        if c.source == "model" and (kind_at := _inner_kind_word(words)):
            words, spans = words[kind_at + 1 :], spans[kind_at + 1 :]
        if c.source == "model" and c.label != "PERSON" and _CONTACT_LINE_LEAD.search(
                text, max(0, c.start - 40), c.start):
            continue  # "please contact: Public Health Intelligence, Tel: ...": a contact line names its officer
        # and so does one right before a span the NER read apart: "the DRT service" before its "Westmere Connect"
        kind_before = _KIND_WORD_BEFORE.search(text, max(0, c.start - 40), c.start) if c.source == "model" else None
        while words and words[-1].lower() in _TAIL_WORDS:
            words.pop()
            spans.pop()
        # an agenda's paper-type column, read on with the presenter or item before it, before the item's time: "3.3
        # GPF Report Capital Projects Cllr Collins Paper 12.40" (D2N2 LEP Board agenda 2019; entities round 59)
        column_label = None
        if len(words) > 1 and words[-1] in _AGENDA_COLUMN_WORDS and _CLOCK_TIME_AFTER.match(text, spans[-1][1]):
            words, spans = words[:-1], spans[:-1]
            if words[0] in _PERSON_TITLES or c.label == "PERSON":
                column_label = "PERSON"
        # a period of years after a body's head word is the period of its paper, not part of its name: "the Annual
        # Report of the Buckinghamshire Children's Safeguarding Partnership Board 2021-2022" (Buckinghamshire
        # committee item 2022; entities round 50) names the Board; a plan's years stay ("Corporate Plan 2023 - 2027")
        if (c.label in ("BOARD", "SERVICE", "ORG") and len(words) > 2 and _YEARS.fullmatch(words[-1])
                and HEAD_LABELS.get(words[-2].lower()) in ("BOARD", "SERVICE", "ORG")):
            words, spans = words[:-1], spans[:-1]
        # a report heading's period after the service it reports on is no part of its name: "Adult Social Care 3rd
        # Quarter (October to December) performance report" (Rotherham Cabinet Member 2010; entities round 52)
        if (c.label in ("BOARD", "SERVICE", "ORG") and len(words) > 2 and words[-1] in _PERIOD_TAIL_WORDS
                and words[-2] in _PERIOD_ORDINALS):
            words, spans = words[:-2], spans[:-2]
        # a plan for a service or body, read by its last word, names the service: "the Directorate Service Plans for
        # Housing and Adult Social Services" (York Executive Members 2008; entities round 50)
        if c.label in ("SERVICE", "BOARD") and (plan_at := next((
                i for i in range(len(words) - 2) if words[i][:1].isupper() and words[i + 1] in ("for", "of")
                and HEAD_LABELS.get(words[i].lower().rstrip("s")) == "PROGRAMME"
                and HEAD_LABELS.get(words[-1].lower()) == c.label and words[i + 2][:1].isupper()), None)) is not None:
            words, spans = words[plan_at + 2 :], spans[plan_at + 2 :]
        # a document a body is party to, after its head word, is no part of its name: "Regional Adoption Service
        # Inter Authority Agreement" (Neath Port Talbot pre-scrutiny 2016; entities round 50) names the Service
        if c.label in ("SERVICE", "BOARD") and len(words) > 2 and words[-1] in _DOCUMENT_TAIL_WORDS and (
                head_at := next((i for i in range(len(words) - 2, 0, -1)
                                 if HEAD_LABELS.get(words[i].lower()) in ("SERVICE", "BOARD")), 0)):
            words, spans = words[: head_at + 1], spans[: head_at + 1]
        # the capitalised head repeated in lower case is the next noun's modifier: "progress
        # against relevant elements of the Environmental Health Services service plan" (South Kesteven scrutiny panel
        # 2006; entities round 50) names the Services
        if (len(words) > 2 and words[-1].islower() and words[-2][:1].isupper()
                and HEAD_LABELS.get(words[-1]) is not None
                and words[-1].rstrip("s") == words[-2].lower().rstrip("s")):  # not "National Loan Fund scheme"
            words, spans = words[:-1], spans[:-1]
        # a scheme's money after its head word is no part of its name: "Homes for Ukraine Scheme grant funding"
        # (Gloucestershire Cabinet 2022; entities round 49) names the Scheme
        if len(words) > 2 and words[-1] in _MONEY_AFTER_SCHEME and words[-2] in _MONEY_SCHEME_HEADS:
            words, spans = words[:-1], spans[:-1]
        # the next member's title in an attendance list run on one line ends a person's name: "Cllr Daphne Clements
        # Cllr Kit Hesketh-Harvey" (Norfolk parish minutes 2019)
        # and so does the next member's tier: "Cllr John Reeve Borough Councillor Colin Sampson" (2014)
        while c.label == "PERSON" and len(words) > 2 and (words[-1] in _PERSON_TITLES or (
                words[-1] in _ARTICLE_TIERS and text.startswith((" Councillor", " Cllr"), spans[-1][1]))):
            words.pop()
            spans.pop()
        relabel = None
        if len(words) >= 2 and words[-1].islower() and words[-2].endswith(("'s", "’s")) and (
                relabel := HEAD_LABELS.get(words[-2][:-2].lower())):
            # a kind word after a body's possessive is the body's thing, not part of a name: "the Southwold
            # Locality Board's programme" (written for the probe) names the Board ("Children and Young
            # People's plan" is a plan: "People" is no body)
            words, spans = words[:-1], spans[:-1]
        # quotes and a possessive ending are not part of the name: "'Stop Smoking'", "the Trust's role"
        if words and len(words[0]) > 1 and words[0][0] in _QUOTES:
            words[0], spans[0] = words[0][1:], (spans[0][0] + 1, spans[0][1])
        if words and len(words[-1]) > 2 and words[-1][-2:] in ("'s", "’s"):
            words[-1], spans[-1] = words[-1][:-2], (spans[-1][0], spans[-1][1] - 2)
        if words and len(words[-1]) > 1 and words[-1][-1] in _QUOTES:
            words[-1], spans[-1] = words[-1][:-1], (spans[-1][0], spans[-1][1] - 1)
        if c.label == "PERSON" and c.source in ("model", "base"):
            words, spans = _untitled(words, spans)
        if c.label == "PERSON":
            # honours and offices after the name, and a role run on with: "Andrew Wood DL", "Peter Bruinvels CC",
            # "Cllr Vince Maple Leader of Medway" (Kent Covenant reports 2024); titles alone are no one: "Maj-Gen"
            while len(words) > 2 and (words[-1].strip(",") in _POST_NOMINALS or words[-1].lower() in ROLE_WORDS) and (
                    any(w not in _TITLES and len(w.rstrip(".")) > 1 for w in words[:-1])):  # "Mrs C Head" stays
                words, spans = words[:-1], spans[:-1]
            if len(words) == 2 and words[-1] in _POST_NOMINALS and words[0] not in _TITLES:
                words, spans = _titled_surname(text, words[:1], spans[:1])
            # a verb after a name ("John spoke about his recovery", Kent CMPB report 2024), and the words after a
            # surname that follows initials ("2200 Mrs N Cooper Clerk Hours May 18", Northwold parish accounts 2018)
            while len(words) > 1 and words[-1].isalpha() and words[-1].islower():
                words, spans = words[:-1], spans[:-1]
            words, spans = _up_to_surname_after_initials(words, spans)
            if all(w in _TITLES for w in words):
                continue
            # two first names joined by "and" are two people: "Rachel, Tom and Karen had been invited to present"
            # (North Lincolnshire Children's Scrutiny Panel 2024; entities round 50)
            # (not a firm's "& Co": "The internal auditor, Mulberry & Co, reported no issues")
            if (c.source in ("model", "base") and len(words) == 3 and words[1] == "and"
                    and words[2].lower() not in COMPANY_ENDINGS
                    and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words[::2])):
                out.append(Candidate(spans[0][0], spans[0][1], "PERSON", c.source, c.priority, None, c.weak))
                words, spans = words[2:], spans[2:]
        if words and len(words) == 1 and words[0].lower() in HEAD_LABELS and (
                spans[0][0] != c.start or (spans[0][1] < c.end and _NOT_INSIDE_CUT.match(text, spans[0][1]))):
            continue  # cut down to a kind word alone: "Future of Commissioned Services" (Kent call-in report 2025); and
            # from the end at a word no name holds: "introduced themselves to the Partnership as Crime Reduction
            # Officers" (Haringey Community Safety Partnership 2013; entities round 50)
        if not words or len(words) > _MAX_NAME_WORDS or (len(words) == 1 and words[0] in _NOT_NAME_ACRONYMS):
            continue  # a run-on clause; a unit or a contact label left alone: "Tel: 0115 977 3000" -> "Tel"
        last_alpha = next((w for w in reversed(words) if w.isalpha()), words[-1])  # a law's year follows its head
        # (a hyphenated last word's head is its last part: "the SEND Self-Assessment", Cumbria scrutiny 2020)
        hyphened = next((w for w in reversed(words) if w.replace("-", "").isalpha()), last_alpha).rsplit("-", 1)[-1]
        if c.source == "model" and c.label != "PERSON" and (
                last_alpha.lower() in _NOT_NAME_HEADS or hyphened.lower() in _NOT_NAME_HEADS):
            continue  # "Children and Families Act", "Youth Workers", "Public Contracts Regulations 2015": no body
        if any("@" in w or "://" in w or w.startswith("www.") for w in words):
            continue  # an email or web address is not a name
        if c.label != "PERSON" and last_alpha.lower() in _EVENT_HEADS:
            continue  # "Kent & Medway Armed Forces Covenant Conference": an event; the names inside are found alone
        if (c.source in ("rule", "model", "base") and last_alpha.lower() in COMPANY_ENDINGS
                and _COMPANY_ENDING_THEN_CAPITAL.match(text, spans[-1][1])):
            continue  # "Motion for Time Limited Debate" (Kent minutes 2024): an adjective, not a company's ending
        if any(w.isalpha() and w.lower() == nxt.lower() for w, nxt in zip(words, words[1:])):
            continue  # a word twice in a row is a table's stacked column headers: "Financial Financial Exposure"
        if c.source == "model" and c.label == "INSPECTORATE" and not any(
                w.lower().strip("'’s") in _INSPECTORATE_WORDS or w.startswith("HMI") for w in words):
            continue  # "Northbrook's BSIP was refreshed" (written for the probe): no inspectorate
        if c.source == "model" and _in_upper_case_heading(text, spans[0][0], spans[-1][1]):
            continue  # "RESIDENT FEEDBACK – SEASHEL LS FAMI LY HUB": a heading, read in pieces
        if (c.label in _TITLE_SUBJECT_LABELS or _TITLE_LINE_WORDS & {w.lower() for w in words}) and _in_title_line(
                text, spans[0][0], spans[-1][1]):
            continue  # "ANNUAL REPORT OF THE PLANNING SERVICE": the paper's title, not a name it uses
        # (on its own line: the line above is another heading, "CYNGOR SIR DYFFRYN TAF\nDYFFRYN TAF COUNTY
        # BOROUGH COUNCIL", a Welsh council's bilingual title, written for the probe)
        line_start = text.rfind("\n", 0, spans[0][0]) + 1
        before = text[max(0, line_start, spans[0][0] - 20) : spans[0][0]].split()
        if len(words) >= 2 and all(w.isupper() for w in words) and before and before[-1].isalpha() and (
                before[-1].isupper() and len(before[-1]) >= 2 and before[-1].lower() not in _TAIL_WORDS):
            continue  # the middle of an upper-case heading: "ACCESSING FAMILY HUB SERVICES AT THE ..."
        if (c.label in ("BOARD", "SERVICE") and len(words) > 2 and words[0] in _PERIOD_REPORT_WORDS
                and (m := _NEXT_TOKEN.match(text, spans[-1][1])) and m.group(1).lower() in _REPORT_HEADS):
            words, spans = words[1:], spans[1:]  # a report's period: "Annual Safeguarding Children's Board Report"
        if c.label != "PERSON" and len(words) > 2 and words[0] == "The" and not article_of_name(text, spans[0][0]):
            words, spans = words[1:], spans[1:]  # an article a cut above left first: "Report of The Local ..."
        start = spans[0][0]
        # a number and hyphen run into a plan's capitalised first word open its name: "the 12-Month Delivery Plan"
        # (North West Leicestershire Cabinet 2023; entities round 49), not a lower-case span's ("a 4-year
        # Regeneration Plan" names the "Regeneration Plan", Great Yarmouth Cabinet 2025)
        if c.label == "PROGRAMME" and words[0][:1].isupper() and (
                m := _NUMBER_HYPHEN_BEFORE.search(text, max(0, start - 5), start)):
            start = m.start()
        if c.label != "PERSON" and start >= 4 and article_of_name(text, start - 4):
            start -= 4  # "launched The Forcer Protocol": the name as the paper writes it (`article_of_name`)
        if len(words) >= 2 and all(w.isupper() for w in words if any(ch.isalpha() for ch in w)) and any(
                len(w) <= 2 and w.isalpha() and w not in _SHORT_CAPS_OK for w in words):
            continue
        if any(w.lower() in _ROLE_BEFORE_OF and nxt.lower() == "of" for w, nxt in zip(words, words[1:])) or words[0].lower() in _NOT_NAME_FIRST_WORDS:
            continue  # "Executive Director of Children's Services", "Inspection of Local Authority Children's Services"
        if c.label == "SERVICE" and all(w in _KIND_WORDS for w in words):
            continue  # kind words alone: "the Service and/or Directorate budgets"
        end = spans[-1][1]
        if _ACT_TITLE_GOES_ON.match(text, end):
            continue  # the start of an Act's title: "Public Bodies (Joint Working) (Scotland) Act 2014"
        if c.source == "model" and _cut_before_its_head(text, words, end, c.label):
            continue  # "5. Highways and Active Travel" (written for the probe) names no "Highways and Active"
        if c.source == "model" and len(words) == 1 and c.label != "PLACE" and (
                _CODE.fullmatch(words[0]) or _heading_word(text, start, end)):
            continue  # a grade ("(C2)") or a one-word heading in capitals ("5. FINANCE"), not a body
        if (c.label == "BOARD" and HEAD_LABELS.get(words[-1].lower()) == "BOARD"
                and (remit := _BRACKETED_REMIT.match(text, end))
                # a member named in brackets is no remit: "the Chair of the ... Services Committee (Councillor
                # Dewhirst)" (Devon Cabinet 2023)
                and text[remit.start() + 2 :].split(maxsplit=1)[0] not in _PERSON_TITLES
                # nor is an officer who brings the item, named bare: "Proposal to merge the ... and Health and
                # Wellbeing Board (Nick Carter)" (West Berkshire Health and Wellbeing Board agenda item)
                and remit.start() + 2 not in people_at
                # nor is the member's place on the board: "Nominated by Health Board (Non-Executive Member)" (Dundee
                # Integration Joint Board minutes 2021; entities round 52) names the Board
                and text[remit.start() : remit.end() - 1].split()[-1].lower() not in _REMIT_ROLES):
            end = remit.end()
        if (end, start) != (c.end, c.start):
            # a model span cut back to its head word takes that word's label, as an uncut one does; so does a rule's
            # span cut at its end, whose pattern read the head cut off: "Staffordshire Local Government Association
            # - Joint Waste Management Board" (Staffordshire LGA agenda 2021; entities round 82) names the Association
            label = HEAD_OVERRIDE.get(words[-1].lower(), c.label) if len(words) > 1 and (c.source == "model" or (
                c.source == "rule" and end < c.end and c.label != "PERSON")) else c.label
            # a body "... Council" cut at its front to a council by its place or tier is the council, as a chair's
            # title cut makes it: "the SPECIAL MEETING of STIRLING COUNCIL" (Stirling 2018), "Reconciliation to Date
            # The Parish Council noted" (Norfolk parish minutes 2020; entities round 82)
            if c.label == "BOARD" and c.source in ("rule", "model") and start > c.start and _council_by_place(words):
                label = "ORG"
            label = column_label or relabel or owned_head or chair_label or label
            c = Candidate(start, end, label, c.source, c.priority, c.entity, c.weak)
        if kind_before and LOWER_CASE_HEADS[kind_before.group(1)] != c.label and c.label != "PLACE":
            c = Candidate(c.start, c.end, LOWER_CASE_HEADS[kind_before.group(1)], c.source, c.priority, c.entity)
        if c.source == "model" and c.label != "PERSON" and (
                m := _NEXT_WORD.match(text, c.end)) and m.group(1) in _THEME_WORDS:
            continue  # "the Built & Natural Environment theme" (Rotherham Cabinet 2025): a plan's theme, no body
        if c.source in ("model", "rule") and c.label in ("SERVICE", "PROGRAMME") and (
                m := _NEXT_WORD.match(text, c.end)) and m.group(1) in _SITE_WORDS:
            c = Candidate(c.start, c.end, "PLACE", c.source, c.priority, c.entity)  # "the Elmstead Gateway site"
        elif c.source in ("model", "rule") and c.label != "ORG" and _is_local_authority(words):
            c = Candidate(c.start, c.end, "ORG", c.source, c.priority, c.entity)
        elif c.source == "model" and c.label in ("INSPECTORATE", "ORG") and _COMMITTEE_WORDS & {w.lower() for w in words}:
            c = Candidate(c.start, c.end, "BOARD", c.source, c.priority, c.entity)  # "... Scrutiny Commission"
        elif c.source in ("model", "rule", "base") and c.label not in _NOT_RELABELLED and (
                (is_organisation(words) and not _in_group(c, groups)) or _ORGANISATION_KIND.match(text, c.end)):
            c = Candidate(c.start, c.end, "ORG", c.source, c.priority, c.entity)
        out.append(c)
    return out


def _council_by_place(words: list[str]) -> bool:
    """"<capitalised words> Council", in capitals too, with no word of a forum of people: a council by its place or
    tier ("STIRLING COUNCIL", "Parish Council"), not "Kent Youth County Council" or "Children in Care Council"."""
    return len(words) >= 2 and words[-1] in ("Council", "COUNCIL") and all(
        w[:1].isupper() and w.lower() not in _COUNCIL_FORUM for w in words[:-1])


def _cut_before_its_head(text: str, words: list[str], end: int, label: str) -> bool:
    """A model span that stops on an adjective right before another capitalised word is a title cut in the
    middle, not a name: "Highways and Active" of "Highways and Active Travel" (a noun there ends a name:
    "Adult Social Care & Health" of "Adult Social Care & Health Savings")."""
    return (label in ("SERVICE", "PROGRAMME", "BOARD", "ORG") and len(words) >= 2
            and words[-1] in _ADJECTIVES_NOT_ENDING_NAMES and _NEXT_CAPITAL.match(text, end) is not None)


_ADJECTIVES_NOT_ENDING_NAMES = frozenset(TERMS["adjectives_not_ending_names"])


def _is_local_authority(words: list[str]) -> bool:
    """A name ending '<tier> Council' is a local authority whatever the NER or a rule says ("Ashcombe Vale District
    Council", "CALDERSTONE METROPOLITAN BOROUGH COUNCIL", "Ashby and Vale District Council"), unless a forum of
    people ("Kent Youth County Council"); so is a council by its formal name ("City of Wolverhampton Council")."""
    low = [w.lower() for w in words]
    formal = (low[1:2] == ["of"] and low[0] in _COUNCIL_FORMAL_OPENERS) or low[1:3] == ["borough", "of"]
    # (a parish or town council is a local authority too: "Northwold and Whittington Parish Council", Norfolk parish
    # minutes 2018)
    return len(low) >= 3 and low[-1] == "council" and (formal or (
        (low[-2] in _COUNCIL_TIERS or low[-2] in ("parish", "town")) and low[-3] not in _COUNCIL_FORUM))


def relabel_organisations(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Organisations whatever their head word says, before a definition takes a label from them (the
    acronym of "Greater Birmingham and Solihull Local Enterprise Partnership (GBSLEP)" is an ORG too)."""
    candidates = investment_funds(text, candidates)
    candidates = companies_in_a_table(text, candidates)
    # a saint's name is a place's, no person's: "Neither Upper Weald or St Radigunds have a Family Hub site" (a ward,
    # Kent Family Hub decision report 2024), as a church or a school named after a saint is
    candidates = [Candidate(c.start, c.end, "PLACE", c.source, c.priority, c.entity, c.weak)
                  if c.label == "PERSON" and c.source in ("model", "base") and text[c.start : c.end].split()[0] in _SAINT
                  else c for c in candidates]
    groups = places_groups(text, candidates)
    candidates = [Candidate(c.start, c.end, "ORG", c.source, c.priority, c.entity, c.weak)
                  if c.source in ("model", "rule", "base") and c.label not in _NOT_RELABELLED and (
                      (is_organisation(text[c.start : c.end].split()) and not _in_group(c, groups))
                      or _ORGANISATION_KIND.match(text, c.end) or _elided_council(text, c))
                  else c for c in candidates]
    # a council of young people meets, it is no local authority: "the Kent Youth County Council (KYCC) elections"
    # (Kent Cabinet minutes 2025), whatever "<Place> County Council" makes of it
    return [Candidate(c.start, c.end, "BOARD", c.source, c.priority, c.entity, c.weak)
            if c.source in ("model", "rule", "base") and c.label == "ORG"
            and young_peoples_council(text[c.start : c.end])
            else c for c in candidates]


def _elided_council(text: str, c: Candidate) -> bool:
    """One of councils listed by area and tier before a plural "Councils" (`elided_councils_after`): "Forest Heath
    District (FHDC) and St Edmundsbury Borough (SEBC) Councils" (West Suffolk 2018; entities round 67)."""
    words = text[c.start : c.end].split()
    return (len(words) >= 2 and words[-1] in _ELIDED_COUNCIL_TIERS
            and _ELIDED_COUNCILS_AFTER.match(text, c.end) is not None)


def places_groups(text: str, candidates: list[Candidate]) -> list[tuple[int, int]]:
    """The spans of `_places_group`s among the candidates."""
    places = [(c.start, c.end) for c in candidates if c.source == "gazetteer" and c.label == "PLACE"]
    return [(c.start, c.end) for c in candidates if _places_group(text, c, places)]


def _in_group(c: Candidate, groups: list[tuple[int, int]]) -> bool:
    """The candidate is a places group or its tail ("Medway Housing Group", "Housing Group"), no company either."""
    return any(a <= c.start and c.end == b for a, b in groups)


def _places_group(text: str, c: Candidate, places: list[tuple[int, int]]) -> bool:
    """A "<places> Housing Group" named by councils' areas alone is their partnership, a group that meets (BOARD),
    not a company: "the Kent and Medway Housing Group" (Kent ICS delivery plan report 2024), "Public Health support
    to the Kent Housing Group" (its appendix); a housing association carries a name of its own ("Clarion Housing
    Group", the gazetteer's "Yorkshire Housing", no council's area)."""
    words = text[c.start : c.end].split()
    if len(words) < 3 or words[-1] != "Group":
        return False
    lead_end = c.start + text[c.start : c.end].rfind(words[-2])
    tokens = list(re.finditer(r"\S+", text[c.start : lead_end]))
    in_place = [any(a <= c.start + t.start() and c.start + t.end() <= b for a, b in places) for t in tokens]
    return any(in_place) and all(p or t.group() in ("and", "&") for t, p in zip(tokens, in_place))


# a table row's first cell: "| BJF Group | 2022 | Silver |"
_FIRST_CELL = re.compile(r"^\|[ \t]*([^|\n]*?)[ \t]*\|", re.M)


def companies_in_a_table(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A "... Group" alone in a table's first column, where another row's first cell is a company by its legal ending,
    is a company too (ORG), not a group that meets: "| BJF Group | 2022 | Silver |", "| Vistry Group (formally Bovis
    Homes Ltd) |" beside "| Armoured Engineering Ltd |" (the employers holding the Armed Forces Covenant's awards
    in Kent CMPB's 2024 annual report)."""
    if "|" not in text or not any(c.label == "BOARD" for c in candidates):
        return candidates
    cells = {m.start(1): m.group(1) for m in _FIRST_CELL.finditer(text)}
    if not any(cell.split()[-1:] and cell.split()[-1].lower() in COMPANY_ENDINGS for cell in cells.values()):
        return candidates

    def alone_in_cell(c: Candidate) -> bool:
        """The name fills its cell, with at most a company's "The" before it ("| The Rift Group |") and a bracket
        after it."""
        start = c.start - 4 if text[c.start - 4 : c.start] == "The " else c.start
        return start in cells and re.match(r"[ \t]*(?:\(|\||$)", text[c.end :]) is not None

    return [Candidate(c.start, c.end, "ORG", c.source, c.priority, c.entity, c.weak)
            if c.source in ("model", "rule") and c.label == "BOARD" and text[c.start : c.end].split()[-1] == "Group"
            and alone_in_cell(c) else c for c in candidates]


def young_peoples_council(name: str) -> bool:
    """A council or parliament of young people ("Kent Youth County Council", "Children in Care Council"), a forum
    that meets, not the local authority its place would make it."""
    words = name.split()
    return len(words) >= 2 and words[-1] in ("Council", "Parliament") and any(
        w.lower() in _COUNCIL_FORUM for w in words[:-1])


_SAINT = frozenset({"St", "St.", "Saint"})
_INVESTMENT_FUND_WORDS = frozenset(TERMS["investment_fund_words"])
# a table cell's opening up to the name: "| M&G " before "Global Dividend Fund", "| Aegon (KAMES) " before
# "Diversified Monthly Income Fund"
_CELL_OPENING = re.compile(r"\|[ \t]+((?:[A-Z][\w&'’.-]*|\([A-Z][\w&'’.-]*\))(?:[ \t]+(?:[A-Z][\w&'’.-]*|"
                           r"\([A-Z][\w&'’.-]*\)))*)[ \t]+$")


def _is_investment_fund(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1] == "Fund" and bool(_INVESTMENT_FUND_WORDS & {w.lower() for w in words[:-1]})


def investment_funds(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A pooled investment fund a council's treasury holds is a body run by its manager, not a scheme, and its
    name in a table cell starts with the manager: "| M&G Global Dividend Fund |", "| Ninety-One (Investec)
    Diversified Income Fund |" (Kent treasury management mid-year update 2024-25). Grants and schemes
    ("Household Support Fund", "Regional Growth Fund") have no investment word."""
    out = []
    for c in candidates:
        if c.source not in ("model", "rule", "base") or not _is_investment_fund(text[c.start : c.end].split()):
            out.append(c)
            continue
        line_start = text.rfind("\n", 0, c.start) + 1
        m = _CELL_OPENING.search(text, line_start, c.start)
        start = m.start(1) if m and m.end() == c.start else c.start
        out.append(Candidate(start, c.end, "ORG", c.source, c.priority, c.entity, c.weak))
    return out


_NOT_RELABELLED = {"ORG", "INSPECTORATE", "PERSON", "PLACE", "_GENERIC"}


def is_organisation(words: list[str]) -> bool:
    """An office, a company, a fire and rescue service or a Local Enterprise Partnership by its words:
    "Office of the Police and Crime Commissioner", "Independent Office for Police Conduct", "Clarion Housing
    Group", "Coventry University Group", "Westshire Fire and Rescue Service", "the Black Country LEP",
    "Harrowdene Regeneration LLP" (written for the probe), a firm by its trade ("K & M Lighting Services", Wretton
    parish minutes 2020); not "Labour Group" or "Staff Reference Group"."""
    low = [w.lower().strip(",.") for w in words]
    pairs = list(zip(low, low[1:]))
    office = any(w == "office" and nxt in ("of", "for") for w, nxt in pairs) and low[0] != "the"
    group = len(low) >= 2 and low[-1] == "group" and low[-2] in _COMPANY_GROUP_WORDS
    fire = any(w == "fire" and nxt in ("and", "&", "authority") for w, nxt in pairs) and (
        "rescue" in low or low[-1] == "authority") and low[-1] != "panel"
    enterprise = low[-2:] == ["enterprise", "partnership"] or (len(low) >= 2 and words[-1] == "LEP")
    # an area's probation service, as the gazetteer's "Probation Service": "Peter Needham, Merseyside Probation
    # Service indicated that" (Sefton Safer Communities 2012; entities round 50)
    enterprise = enterprise or (len(low) >= 3 and low[-2:] == ["probation", "service"])
    company = len(low) >= 2 and words[-1].lower() in COMPANY_ENDINGS
    # a development corporation: "Ebbsfleet Development Corporation" (Kent Minerals and Waste Local Plan report 2025)
    company = company or low[-2:] == ["development", "corporation"]
    return office or group or fire or enterprise or company or _trade_firm(words, low)


def _trade_firm(words: list[str], low: list[str]) -> bool:
    """A firm named by its trade and "Services" after a name of its own: "K & M Lighting Services", "CP Tree
    Services", "Lifesaver First Aid Services" (`company_trade_words`); not a council's service by its kind ("Street
    Lighting Services": `company_trade_not_after`)."""
    if len(words) < 3 or words[-1] != "Services":
        return False
    for size in (1, 2):
        lead = words[: -1 - size]
        if lead and " ".join(low[-1 - size : -1]) in _TRADE_WORDS:
            return (all(w[:1].isupper() or w == "&" for w in lead)
                    and low[-2 - size] not in _TRADE_NOT_AFTER)
    return False


# names that go on with "of" and a subject or place ("University of Kent", "College of Technology")
_OF_NAMES = {"College", "University", "Institute"}


def _heading_word(text: str, start: int, end: int) -> bool:
    """The span is one upper-case word alone on its line, after at most a paragraph number ("5. FINANCE"), or a
    label closed by a colon alone on its line or in a table's cell ("| | MEMORANDUM: | |", Kent budget update 2025)."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    before = text[line_start:start].strip()
    after = text[end : line_end if line_end >= 0 else len(text)].strip()
    if after.startswith(":") and not after[1:].strip(" |"):
        before, after = before.strip(" |"), ""
    word = text[start:end]
    return (len(word) >= 5 and word.isalpha() and word.isupper() and not after
            and re.fullmatch(r"(?:\d+(?:\.\d+)*[.)]?)?", before) is not None)


_ACTION_VERBS = frozenset(TERMS["action_verbs"])
# abbreviated titles that never sit inside a body's name (a "Councillor Development Programme" may)
_LIST_TITLES = frozenset({"Cllr", "Cllr.", "Cllrs", "Cllrs."})
_BODY_NAME_LABELS = frozenset({"SERVICE", "PROGRAMME", "ORG", "BOARD"})
_PORTFOLIO_WORDS = frozenset({"Portfolio", "Portfolios"})
# a bracketed acronym right after a title ending "Report(s)": "Resource Report (PPRR's)"
_AFTER_REPORT_TITLE = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:and|&|of)[ \t]+)?){1,8})Reports?[ \t]*\($")


def _report_acronym(text: str, c: Candidate) -> bool:
    """A capital acronym in brackets right after a report's title whose last words' initials spell it (the report's
    head word included): the report's own short name, a kind of paper like the "QPR", no body or programme."""
    acronym = text[c.start : c.end]
    m = _AFTER_REPORT_TITLE.search(text, max(0, c.start - 120), c.start)
    if not acronym.isalpha() or not acronym.isupper() or m is None:
        return False
    initials = "".join(w[0] for w in m.group(1).split() if w[:1].isupper()) + "R"
    return initials.endswith(acronym)


_NEXT_WORDS_ON_LINE = re.compile(r"[ \t]+([^\s]+)")


def _genre_title_follows(text: str, end: int) -> bool:
    """Capitalised genre words ending on a report head word follow on the line ("... Annual Performance Report."):
    what comes before is the paper's subject (`is_genre_title`)."""
    at = end
    for _ in range(5):
        m = _NEXT_WORDS_ON_LINE.match(text, at)
        if m is None or not m.group(1)[:1].isupper():
            return False
        word = m.group(1).strip(".,;:").lower()
        if word in _REPORT_HEADS:
            return at > end
        if word not in _REPORT_TITLE_WORDS:
            return False
        at = m.end()
    return False


def _role_inside(words: list[str]) -> int:
    """The index of the first word after "of"/"for" where a capitalised role word after the first word comes before
    it: the span is a job title ("Executive Director for Children's Services", Slough Cabinet 2024), not a name (a
    role word opening the span is `role_first` in `drop_generic_and_roles`), or after a director's title and its
    department with no "of" (`_role_department`); 0 where there is none."""
    for i, (w, nxt) in enumerate(zip(words[1:], words[2:])):
        # (and in the plural, for a joint report's authors: "a joint report by the Strategic Directors for Environment
        # and Development Services and ...", Rotherham Cabinet 2016; entities round 50)
        if w[:1].isupper() and (w.lower() in ROLE_WORDS or w.lower()[:-1] in ROLE_WORDS and w.endswith("s")) and (
                nxt in ("of", "for")):
            return i + 3
        if w[:1].isupper() and w.lower() in _DEPARTMENT_ROLES and nxt[:1].isupper():
            return i + 2  # a director's department with no "of": "(Interim Assistant Director Regulated Services)"
    return 0


def _role_and(words: list[str], label: str) -> int:
    """The index of the first word after "and"/"&" where a capitalised role word before it ends a post and the words
    after it are a body of the span's label by its head word ("Housing Initiatives Officer and Housing Options Team");
    0 where there is none."""
    for i in range(1, len(words) - 3):
        w = words[i]
        if (w[:1].isupper() and w.lower() in ROLE_WORDS and words[i + 1] in ("and", "&") and words[i + 2][:1].isupper()
                and HEAD_LABELS.get(words[-1].lower()) == label
                and not any(x.lower() in ROLE_WORDS or x in ("of", "for") for x in words[i + 2 :])):
            return i + 2  # not a second post: "Deputy Leader and Portfolio Holder for Community Services"
    return 0


def _shouted_action(words: list[str], before: list[str]) -> bool:
    """A span in capitals that is a clerk's or member's action, as parish minutes shout them: its first word a verb
    right after "TO", or "TO" and a verb inside it ("CLERK TO GET PICTURES AND PRICES", "TO DISCUSS PARKING ISSUES
    AT SCHOOL", "CLLR CRISP TO CONTACT SCHOOL", Northwold parish minutes 2017). "to GET" in running text is Kent's
    directorate, so the "TO" is in capitals too."""
    if not all(w.isupper() for w in words if any(ch.isalpha() for ch in w)):
        return False
    if before[-1:] == ["TO"] and words[0].lower() in _ACTION_VERBS:
        return True
    return any(w == "TO" and nxt.lower() in _ACTION_VERBS for w, nxt in zip(words, words[1:]))


def is_owner(owner: str) -> bool:
    """The word before "'s" names the owner of the name after it, not part of it: initials
    ("KCC's", "DfE's"), an owner word ("the Government's") or a body's head word ("the Board's")."""
    initials = owner.isalpha() and sum(ch.isupper() for ch in owner) >= 2
    head = owner[:1].isupper() and HEAD_LABELS.get(owner.lower()) in _OWNER_HEAD_LABELS
    return len(owner) >= 2 and (initials or owner.lower() in _OWNER_WORDS or head)


def is_acronym_owner(word: str) -> bool:
    """A national body the gazetteer knows by its initials ("DCMS", "DfE", "MHCLG"), which owns a programme named
    after it; not the NHS, the EU or the UK, whose initials are part of their schemes' names ("NHS Health Check")."""
    return word not in _NAME_PART_INITIALS and word in _initialled_bodies()


_NAME_PART_INITIALS = frozenset({"NHS", "EU", "UK", "GOV.UK"})


@lru_cache(maxsize=1)
def _gazetteer_initials() -> frozenset[str]:
    """Every body's initials the gazetteer holds ("CSP", "ICB"), whatever its label."""
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if isinstance(p["pattern"], str) and p["label"] != "PERSON"
                     and p["pattern"].isalpha() and p["pattern"].isupper() and 2 <= len(p["pattern"]) <= 6)


@lru_cache(maxsize=1)
def _initialled_bodies() -> frozenset[str]:
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if isinstance(p["pattern"], str)
                     and p["label"] in ("ORG", "INSPECTORATE") and p["pattern"].isalpha()
                     and sum(ch.isupper() for ch in p["pattern"]) >= 2 and len(p["pattern"]) <= 6)


def _up_to_surname_after_initials(
        words: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int]]]:
    """A titled name written with initials ends on the surname after them: "Mrs N Cooper", "Mr R W Gough"."""
    i = 0
    while i < len(words) and words[i] in _TITLES:
        i += 1
    if not i or i == len(words) or not _INITIAL.fullmatch(words[i]):
        return words, spans
    while i < len(words) and _INITIAL.fullmatch(words[i]):
        i += 1
    while i < len(words) - 1 and words[i] in _SURNAME_PARTICLES:  # "Cllr A de Souza"
        i += 1
    return words[: i + 1], spans[: i + 1]


_INITIAL = re.compile(r"[A-Z]\.?")
_SURNAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "le", "la", "ter"})


# a title right before a span: "Mr " of "Mr Bullock MBE"
_TITLE_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _titled_surname(
        text: str, words: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int]]]:
    """A surname the NER read with its honour but without its title: "Tributes to Mr Bullock MBE" gave "Bullock MBE"
    (Kent County Council minutes 13 Mar 2025); the name is "Mr Bullock", as minutes write a surname alone."""
    before = _TITLE_BEFORE.search(text, max(0, spans[0][0] - 16), spans[0][0])
    if before is None or before.group(1) not in _PERSON_TITLES:
        return words, spans
    return [before.group(1), *words], [before.span(1), *spans]


def _untitled(words: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int]]]:
    """A full name without its titles ("Dr Priya Nair" -> "Priya Nair"); a title stays before
    initials or a surname alone ("Dr A Ghosh", "Mr Gough"), as minutes write them."""
    i = 0
    while i < len(words) - 1 and words[i] in _TITLES:
        i += 1
    rest = words[i:]
    # (initials written together are initials too: "Mrs KM Howard", St Helens 2020; entities round 59)
    if (i and len(rest) >= 2 and len(rest[0].rstrip(".")) > 1 and rest[1] != "-" and rest[0] not in _TITLE_PARTS
            and not (rest[0].isalpha() and rest[0].isupper() and len(rest[0]) <= 3)):
        return rest, spans[i:]
    return words, spans


def _in_upper_case_heading(text: str, start: int, end: int) -> bool:
    """The span is upper case, on a line with no lower-case letter and another upper-case word."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(ch.islower() for ch in line) or any(ch.islower() for ch in text[start:end]):
        return False
    others = (text[line_start:start] + " " + line[end - line_start :]).split()
    return any(len(w) >= 2 and w.isalpha() for w in others)


_CONTACT_LINE_LEAD = re.compile(TERMS["contact_line_lead"])
# a capitalised word and a lower-case kind word right before a name: "the DRT service |Westmere Connect"
_KIND_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’&-]*[ \t]+(" + "|".join(LOWER_CASE_HEADS) + r")[ \t]+$")


def _inner_kind_word(words: list[str]) -> int:
    """Where a lower-case kind word stands between capitalised words ("DRT service Westmere Connect" -> 1); 0: none."""
    return next((i for i in range(1, len(words) - 1) if words[i] in LOWER_CASE_HEADS
                 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()), 0)


def _in_title_line(text: str, start: int, end: int) -> bool:
    """The span is on a line in capitals that holds a report word ("... : ANNUAL PROGRESS UPDATE"),
    the paper's own title line."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(ch.islower() for ch in line):
        return False
    return any(w.strip(":;,.-–").lower() in _TITLE_LINE_WORDS for w in line.split())


def resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping spans: higher priority first, then longer, then earlier."""
    # on the same span a rule's label (set by the name's head word) beats the model's, unless the rule is weak
    ranked = sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start,
                                               2 if c.weak else int(c.source == "model")))
    taken: list[Candidate] = []
    for c in ranked:
        if c.end <= c.start:
            continue
        if any(c.start < t.end and t.start < c.end for t in taken):
            continue
        taken.append(c)
    return sorted(taken, key=lambda c: c.start)


def trim(span: Span) -> Span | None:
    """Drop a leading "The"/"Our" (unless the name is "The Lodge") and trailing punctuation."""
    start, end = span.start, span.end
    while end > start and span.doc[end - 1].text in _TRAILING:
        end -= 1
    while end - start > 2 and span.doc[start].lower_ in _LEADING and not token_article_of_name(span.doc, start):
        start += 1
    if end <= start:
        return None
    return span.doc[start:end]


_BEFORE_NAME_ARTICLE = re.compile(r"(?:[a-z]{2,}|[-–—])[ \t]+$")


def token_article_of_name(doc, i: int) -> bool:
    """`article_of_name` on tokens (the ruler's spans), without rebuilding the doc's text."""
    if doc[i].text != "The" or i == 0 or "\n" in doc[i - 1].whitespace_:
        return False
    before = doc[i - 1].text
    after = [t.text for t in doc[i + 1 : i + 3]]
    if after and _ACRONYM_AFTER.fullmatch(after[0]):
        return False
    if after[:1] == ["Council"] or (len(after) == 2 and after[1] == "Council" and after[0] in _ARTICLE_TIERS):
        return False  # "... footpaths The Parish Council will": no council's name holds "The"
    if before == "of" and _TITLE_LINE_BEFORE_THE.search(doc.text, max(0, doc[i].idx - 120), doc[i].idx):
        return False  # a heading's capitalised article (`article_of_name`)
    return before in ("-", "–", "—") or (len(before) >= 2 and before.isalpha() and before.islower())


def article_of_name(text: str, start: int) -> bool:
    """A capital "The" in mid-sentence is part of the name after it, as the paper writes the name: "Kent Police
    launched The Forcer Protocol", "Kent Police – The Forcer Protocol" (Kent CMPB report 2024), "The Communication
    Tree" (Kent Executive Response 2025); at a sentence's or line's start it is only the article."""
    if text.startswith("Our ", start) and _THE_BEFORE.search(text, max(0, start - 5), start):
        return True  # a capital "Our" after "the" is the name's own: "the Our Families Programme" (Bristol 2024)
    if _TITLE_LINE_BEFORE_THE.search(text, max(0, start - 120), start):
        return False  # a heading's words all capitalised, its article too: "Draft Annual Report of The Local
        # Safeguarding Children Board" (Hammersmith and Fulham LSCB annual report; entities round 57)
    return (text.startswith("The ", start) and (_BEFORE_NAME_ARTICLE.search(text[max(0, start - 8) : start]) is not None
                                                 or _fills_a_cell(text, start))
            and _COUNCIL_BY_TIER.match(text, start + 4) is None and _ACRONYM_AFTER.match(text, start + 4) is None)


# a heading's line before "The": every word capitalised but the small ones, the last two a capitalised word and "of"
_TITLE_LINE_BEFORE_THE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[A-Z][\w'’-]*|of|and|the|for|to|in|on|&)[ \t]+)*"
                                    r"[A-Z][\w'’-]*[ \t]+of[ \t]+$")
# "the" right before a capital "Our" (`article_of_name`; entities round 52)
_THE_BEFORE = re.compile(r"\bthe[ \t]+$")


# a name that fills a table's cell keeps its "The", as the paper lists it: "| The Rift Group | 2020 | Gold |", "| The
# Education and Skills Partnership LTD |" (Kent CMPB report 2024: the employers holding the Covenant's awards)
_CELL_BEFORE = re.compile(r"\|[ \t]*$")
_NAME_FILLING_CELL = re.compile(r"The[ \t]+[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|and|&|of|for))*[ \t]*\|")


def _fills_a_cell(text: str, start: int) -> bool:
    """"The" opening a table's cell that a capitalised name fills to its end."""
    return _CELL_BEFORE.search(text, max(0, start - 4), start) is not None and _NAME_FILLING_CELL.match(text, start) is not None


# a council named by its tier alone takes no "The" into its name: "Maintenance of footpaths The Parish Council will
# consider ..." (Norfolk parish minutes 2014), a heading run into its sentence
# nor does an acronym: "Delegation - The JHOSC has delegated powers" (Kent JHOSC report 2025)
_ACRONYM_AFTER = re.compile(r"[A-Z]{2,}s?\b")
_ARTICLE_TIERS = ("Parish", "Town", "Borough", "District", "County", "City", "Community")
_COUNCIL_BY_TIER = re.compile(r"(?:(?:Parish|Town|Borough|District|County|City|Community)[ \t]+)?Council\b")
