"""The rule layer of `miner_services`: a span ruler over `patterns/services.jsonl`.

The gazetteer of common UK bodies and the token patterns ("<Capitalised words> Team")
are precise on formulaic names; an exact gazetteer hit outranks every other source.
The ruler reads PDF-wrapped prose with its line breaks as spaces, so "Kent\nCounty
Council" is one name.
"""

from __future__ import annotations

import itertools
import json
import re
import warnings
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from miner.nlp.service_names import COMPANY_ENDINGS, Candidate, next_name_word, trim
from miner.nlp.service_terms import HEAD_LABELS, ROLE_WORDS, TERMS

PATTERNS_PATH = Path(__file__).parent / "patterns" / "services.jsonl"
RULES_VERSION = "services-patterns@1"
_CONNECTORS = frozenset(TERMS["connectors"])
# a school's or a hospital's last word ends its name: "... Primary School and Hollins Park Academy" is two
_SCHOOL_HEADS = frozenset({"School", "College", "Hospital"})
_LIST_TITLES = frozenset(TERMS["person_list_titles"])
# "Present: Cllrs M Fraser (Chair), D Lowe and P Singh": every member of a list after a plural title
_LIST_START = re.compile(r"(?<![\w.])(?:%s)[ \t]+" % "|".join(re.escape(t) for t in sorted(_LIST_TITLES, key=len, reverse=True)))
_LIST_ITEM = re.compile(TERMS["person_list_item"])
# "Helen Price (Waste Services Manager)": an officer named before a bracketed job title
_BEFORE_ROLE = re.compile(TERMS["person_before_role"])
# "Tim Neill - Accountancy Manager" on a line beside another such row: an officer named before a job title
_OFFICER_ROW = re.compile(TERMS["officer_row"])
# "Venue: Council Chamber, Municipal Buildings, Earle Street, Crewe": a venue's buildings and rooms, part by part
_VENUE_LINE = re.compile(TERMS["venue_line"])
_VENUE_PART = re.compile(TERMS["venue_part"])
_VENUE_HEADS = frozenset(TERMS["venue_heads"])
_VENUE_TOWN = re.compile(TERMS["venue_town"])
_BUILDING_OR_STREET = _VENUE_HEADS | frozenset(TERMS["place_heads"])
_NOT_TOWN_WORDS = frozenset(TERMS["body_end_words"])  # "Reading Borough Council" is the venue's body, no town
_VENUE_SEPARATOR = re.compile(r",[ \t]*|[ \t]+[-–][ \t]+|\.(?:[ \t]|$)")
# "Contact: Amelia Grant, Head of Culture": the officer a paper's contact line names before a job title
_AFTER_CONTACT = re.compile(TERMS["person_after_contact_label"])
# a saint's name alone is a place's: a ward, parish or town ("St Radigunds"); weak, the NER's reading of it stands
_SAINT_PLACE = re.compile(TERMS["saint_place"])
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]+$")
_NOT_PERSON_WORDS = (ROLE_WORDS | frozenset(HEAD_LABELS) | frozenset(TERMS["leading_words"])
                     | frozenset(TERMS["not_first_words"]) | frozenset(TERMS["not_person_words"]))
_PERSON_TITLES = frozenset(TERMS["person_titles"])
_TIER_WORDS = frozenset(TERMS["tier_words"])
# a token of initials: "M", "R.", "D.E.", "D.J.E."
_INITIALS = re.compile(r"[A-Z]\.?|(?:[A-Z]\.){2,4}")
_EVENT_LEAD_WORDS = frozenset(TERMS["event_lead_words"])
_EVENT_HEADS = frozenset(TERMS["event_heads"])
# One line break inside running text, with the spaces around it; a blank line is a paragraph break.
_WRAPPED_LINE = 40  # characters: a line at least this long that breaks is prose wrapped by the PDF
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?!\n)")
# "the new in-cab system, Bartec": a product named right after the word "system" (service_terms.json)
_SYSTEM_CUE = re.compile(TERMS["system_cue"])
_SYSTEM_IN_BRACKETS_CUE = re.compile(TERMS["system_in_brackets_cue"])
# "Prevent training was completed": a programme named like an ordinary word, where its kind of word follows
_PROGRAMME_CUE = re.compile(TERMS["programme_cue"])
# "Clerk to report to Highways.": a service named by its kind alone, as an agent or addressee
_SERVICE_CUE = re.compile(TERMS["service_cue"], re.M)
# "KCC HR colleagues", "HR, IT and finance support": a council's support function by its initials
_SUPPORT_FUNCTION_CUE = re.compile(TERMS["support_function_cue"])
# "the Borough Council will be informed": a council by its tier alone, one body (`council_cue`)
COUNCIL_CUE = re.compile(TERMS["council_cue"], re.M)
_TABLE_CELL_SERVICE = re.compile(TERMS["table_cell_service_cue"], re.M)
_PLACE_CUE = re.compile(TERMS["place_cue"])
_SYSTEM_BEFORE_KIND = re.compile(TERMS["system_before_kind"])
_PLACE_CUE_NOT_WORDS = frozenset(TERMS["place_cue_not_words"])
_WARD_NAME = re.compile(TERMS["ward_name"])
_STREET_CUE = re.compile(TERMS["street_cue"])
_PARTNERSHIP_BOARD_CUE = re.compile(TERMS["partnership_board_cue"])
_RANK_AND_NAME = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(r) for r in sorted(TERMS["police_ranks"], key=len, reverse=True))
                            + r")[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+[A-Z][a-z'’]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’-])"
                            # (entities round 79) a list's label may follow: "PCSO Charlie Iremonger Absent: None"
                            r"(?![ \t]+[A-Z][a-z][\w'’-]*+(?!:))")
# (entities round 79) a rank by its initials and one surname before a lower-case word, the rank kept: "PC Vaughan
# spoke to his written report" (`rank_initials_surname_ranks`; not before a joining word: "the PC Policies and ...")
_RANK_INITIALS_SURNAME = re.compile(
    r"(?<![\w'’.-])((?:" + "|".join(re.escape(r) for r in sorted(TERMS["rank_initials_surname_ranks"], key=len, reverse=True))
    + r")[ \t]+([A-Z][a-z'’]{2,}(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?))(?=[ \t]+([a-z]+)(?![\w'’-]))")
_RANK_INITIALS_NOT_BEFORE = frozenset(TERMS["rank_initials_surname_not_before"])
_RANK_INITIALS_NOT_AFTER = frozenset(TERMS["rank_initials_surname_not_after"])
_WORD_BEFORE_RANK = re.compile(r"([A-Za-z]+)[ \t]+$")
# (entities round 63) a rank spelt out and a surname alone: "Chief Inspector Turton" (`rank_surname_ranks`)
_RANK_AND_SURNAME = re.compile(
    r"(?<![\w'’-])((?:(?:" + "|".join(TERMS["rank_surname_lead_words"]) + r")[ \t]+){0,2}(?:"
    + "|".join(TERMS["rank_surname_ranks"]) + r")\.?[ \t]+(?:[A-Z]\.?[ \t]+){0,3}([A-Z][a-z'’]{2,}(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?))(?![\w'’-])"
    # (entities round 75) initials before the surname, and a surname with a capital inside: "Chief Superintendent P
    # MacRae" (Highland Council 2016)
    r"(?![ \t]+[A-Z][a-z])")
# "Wiles Drove", "High St": a street anywhere, unless a kind word after it makes it part of a longer name
_STREET_NAME = re.compile(TERMS["street_name"])
_STREET_NOT_BEFORE = frozenset(TERMS["street_name_not_before"])
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")
# (entities round 78) a member's title written with a full stop and a surname, the title kept: "Cllr. Roberts",
# "Cllr. Mrs Muriel", "Cllr.Gale" (parish minutes, Crowan 2011, Skirlaugh 2017; the NER reads "Blewett Cllr" or a
# place); a forename after it is left to the NER ("Cllr. Eddie Large": the gold drops a title before a full name)
_STOPPED_TITLE_SURNAME = re.compile(
    r"(?<![\w.'’-])((?:" + "|".join(re.escape(t) for t in TERMS["stopped_person_titles"]) + r")[ \t]*(?:(?:"
    + "|".join(re.escape(t) for t in TERMS["stopped_title_inner_titles"]) + r")(?![\w'’-])[ \t]+)?"
    r"(?:[A-Z]\.[ \t]*){0,3}([A-Z][a-z'’]{2,}(?:-[A-Z][a-z]+)?))(?![\w'’-])")
_STOPPED_TITLES = tuple(TERMS["stopped_person_titles"])
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w.'’-]*)")


def _stopped_title_surnames(text: str) -> list[Candidate]:
    found = []
    for m in _STOPPED_TITLE_SURNAME.finditer(text):
        if m.group(2).lower() in _NOT_PERSON_WORDS or m.group(2) in _PERSON_TITLES:
            continue
        if (nxt := _NEXT_WORD.match(text, m.end())) and not (nxt.group(1) in _PERSON_TITLES
                                                             or nxt.group(1).startswith(_STOPPED_TITLES)):
            continue  # "Cllr. Eddie Large": a forename and a surname, the NER's
        found.append(Candidate(m.start(1), m.end(1), "PERSON", "rule", 1))
    return found


_FIRST_WORD = re.compile(r"(\S+)[ \t]+")
# "Audit and Governance Committee" is one committee: a topic that is also a head word, then "and", in a
# committee's name (not "SEND Board and Transformation Board", two names)
_TOPIC_HEADS = frozenset({"audit", "strategy", "review", "inspection"})
_COMMITTEE_HEADS = frozenset({"committee", "sub-committee", "panel"})
# "Customer Services and Digital Strategy 2023-2026" is one strategy: services named as a topic, then "and", in a
# plan's or strategy's title (written for the probe; not "SEND Board and Transformation Board", two names)
_DOCUMENT_HEADS = frozenset({"strategy", "plan", "framework"})
_TOPIC_SERVICES = frozenset({"services"})


def load_patterns(path: Path = PATTERNS_PATH) -> list[dict]:
    """The ruler patterns, skipping `//` comment lines."""
    patterns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            patterns.append(json.loads(line))
    return patterns


def literal_words(pattern: object) -> list[tuple[str, tuple[str, ...]]] | None:
    """A token pattern that only spells out words, as (attribute, allowed words) per token; else None.

    `{"ORTH": "troubled"}, {"LOWER": "families"}, {"ORTH": {"IN": ["programme", "scheme"]}}` is
    literal: no regular expression, operator or other attribute.
    """
    if isinstance(pattern, str):
        return None
    tokens = []
    for token in pattern:
        if len(token) != 1 or next(iter(token)) not in ("ORTH", "LOWER"):
            return None
        attr, value = next(iter(token.items()))
        if isinstance(value, str):
            tokens.append((attr, (value,)))
        elif isinstance(value, dict) and list(value) == ["IN"] and all(isinstance(v, str) for v in value["IN"]):
            tokens.append((attr, tuple(value["IN"])))
        else:
            return None
    return tokens


class LiteralMatcher:
    """Literal token patterns run as phrases: the same matches as spaCy's `Matcher`, far cheaper.

    The `Matcher` tries every pattern's first token at every token, so each of the ~150 spelled-out
    names ("troubled families programme") costs as much as a real pattern; a phrase matcher finds
    them all in one pass. Phrases are matched on the lower case and each `ORTH` token is checked after.
    """

    def __init__(self, nlp: Language, patterns: list[dict]):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.rules: dict[int, tuple[str, str, list[tuple[str, tuple[str, ...]]]]] = {}
        for number, pattern in enumerate(patterns):
            tokens = literal_words(pattern["pattern"])
            key = f"literal:{number}"
            self.rules[nlp.vocab.strings.add(key)] = (pattern["label"], pattern.get("id", ""), tokens)
            phrases = [Doc(nlp.vocab, words=[w.lower() for w in words])
                       for words in itertools.product(*(allowed for _, allowed in tokens))]
            self.matcher.add(key, phrases)

    def __call__(self, doc: Doc) -> list[Span]:
        spans = []
        for key, start, end in self.matcher(doc):
            label, span_id, tokens = self.rules[key]
            if all(attr == "LOWER" or doc[start + i].text in allowed for i, (attr, allowed) in enumerate(tokens)):
                spans.append(Span(doc, start, end, label=label, span_id=span_id))
        return spans


_LITERAL_KEYS = ("ORTH", "LOWER", "TEXT")


def gate_words(pattern: list[dict]) -> tuple[frozenset[str], ...]:
    """For each spelled-out token of the pattern that is not optional, the lower-case words it allows: a match
    holds one word of each (`"<Capitalised words> of <Capitalised words> Team"` needs "of" and "team").
    Empty when every token is optional or a regex."""
    gate: set[frozenset[str]] = set()
    for token in pattern:
        if token.get("OP") not in (None, "+"):
            continue
        words: frozenset[str] | None = None
        for key in _LITERAL_KEYS:
            value = token.get(key)
            if isinstance(value, str):
                allowed = frozenset([value.lower()])
            elif isinstance(value, dict) and list(value) == ["IN"] and all(isinstance(v, str) for v in value["IN"]):
                allowed = frozenset(v.lower() for v in value["IN"])
            else:
                continue
            words = allowed if words is None else words & allowed
        if words is not None:
            gate.add(words)
    return tuple(sorted(gate, key=lambda w: (len(w), sorted(w))))


def gate_regexes(pattern: list[dict]) -> tuple[str, ...]:
    """The regular expressions on the text of the pattern's tokens that are not optional: a match holds a token
    each of them finds something in (`{"TEXT": {"REGEX": "^FP[1-9]\\d{0,2}[A-Za-z]?$"}}` needs a footpath's
    number such as "FP12"), as spaCy's `REGEX` searches the token's text."""
    return tuple(sorted({value["REGEX"] for token in pattern if token.get("OP") in (None, "+")
                         for key in ("TEXT", "ORTH")
                         if isinstance(value := token.get(key), dict) and isinstance(value.get("REGEX"), str)}))


class GatedMatcher:
    """The span ruler's token patterns, each run only over a unit holding a word it needs.

    spaCy's `Matcher` starts every pattern at every token, so the ~200 token patterns cost as much in a
    unit that names no team, board or service as in one that does. Patterns are grouped by the words a
    match must contain (`gate_words`) and the regular expressions its tokens must satisfy (`gate_regexes`:
    "A2", "FP12"), one `Matcher` a group, and a group runs only when the unit has a word of each of its
    sets and a token each of its expressions finds. Matches of one pattern never depend on another's, so
    the spans are those of `SpanRuler.match` over all of them.
    """

    def __init__(self, ruler: SpanRuler, patterns: list[dict]):
        vocab = ruler.nlp.vocab
        groups: dict[tuple[tuple[frozenset[str], ...], tuple[str, ...]], Matcher] = {}
        for entry in patterns:
            if isinstance(entry["pattern"], str):
                continue
            gate = (gate_words(entry["pattern"]), gate_regexes(entry["pattern"]))
            if gate not in groups:
                groups[gate] = Matcher(vocab, validate=ruler.validate, fuzzy_compare=ruler.matcher_fuzzy_compare)
            # the key SpanRuler gives the pattern, so its label and id map are the ruler's own
            groups[gate].add(repr((entry["label"], entry.get("id", ""))), [entry["pattern"]])
        self.gated = [(tuple(frozenset(vocab.strings.as_int(w) for w in words) for words in gate),
                       tuple(re.compile(r) for r in regexes), matcher)
                      for (gate, regexes), matcher in groups.items()]
        # the groups by a word of their first set (the fewest words), to find those a unit may need at once
        self._by_word: dict[int, list[int]] = {}
        for n, (words, _regexes, _matcher) in enumerate(self.gated):
            for word in words[0] if words else ():
                self._by_word.setdefault(word, []).append(n)
        self._wordless = frozenset(n for n, (words, _r, _m) in enumerate(self.gated) if not words)
        self.ruler = ruler

    def _matchers(self, doc: Doc) -> list[Matcher]:
        """The groups whose gates the unit passes."""
        lowers = set(doc.to_array(LOWER).tolist())
        texts: list[str] | None = None
        matchers = []
        for n in sorted(self._wordless.union(*(self._by_word[w] for w in lowers.intersection(self._by_word)))):
            words, regexes, matcher = self.gated[n]
            if not all(not w.isdisjoint(lowers) for w in words[1:]):
                continue
            if regexes and texts is None:
                texts = [doc.vocab.strings[o] for o in set(doc.to_array(ORTH).tolist())]
            if all(any(r.search(t) for t in texts or ()) for r in regexes):
                matchers.append(matcher)
        return matchers

    def __call__(self, doc: Doc) -> list[Span]:
        """The spans `SpanRuler.match` finds, token patterns and phrases, deduplicated and sorted."""
        matchers = self._matchers(doc)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = [m for matcher in matchers for m in matcher(doc)] + list(self.ruler.phrase_matcher(doc))
        labels = self.ruler._match_label_id_map
        return sorted({Span(doc, start, end, label=labels[key]["label"], span_id=labels[key]["id"])
                       for key, start, end in matches if start != end})


class ServiceRuler:
    """The span ruler with the patterns loaded, and the forms of address its person patterns use."""

    def __init__(self, nlp: Language, name: str = "miner_services"):
        self.ruler = SpanRuler(nlp, name=f"{name}_ruler", overwrite=True)
        patterns = load_patterns()
        self.ruler.add_patterns([p for p in patterns if literal_words(p["pattern"]) is None])
        self.literal = LiteralMatcher(nlp, [p for p in patterns if literal_words(p["pattern"]) is not None])
        self.gated = GatedMatcher(self.ruler, [p for p in patterns if literal_words(p["pattern"]) is None])
        self._make_doc = nlp.make_doc
        # forms of address ("Mr", "Cllr"), read from the titled-people pattern
        self.titles = frozenset(t for p in patterns if p.get("id") == "token:titled-people"
                                for t in p["pattern"][0]["ORTH"]["IN"])
        # the gazetteer's names written out (not its token patterns)
        self.phrases = frozenset(p["pattern"] for p in patterns if isinstance(p["pattern"], str))
        # the gazetteer's names by their lower case, to name a scheme the paper writes in lower case
        self.proper = {p["pattern"].lower(): p["pattern"] for p in patterns
                       if isinstance(p["pattern"], str) and p["label"] != "_GENERIC" and " " in p["pattern"]}

    def _proper_name(self, text: str) -> str | None:
        """The gazetteer's capitalised name of a scheme written in lower case, with the kind word
        after it if the paper adds one: "the household support fund" -> "Household Support Fund",
        "the supporting families programme" -> "Supporting Families Programme"."""
        words = text.split()
        if (name := self.proper.get(" ".join(words).lower())) is not None:
            return name
        if len(words) > 1 and (name := self.proper.get(" ".join(words[:-1]).lower())) is not None:
            return f"{name} {words[-1].capitalize()}"
        return None

    def candidates(self, doc: Doc, text: str) -> list[Candidate]:
        """Ruler hits, matched on the unit's text with PDF line breaks read as spaces.

        A name broken over two lines ("Kent\nCounty Council") is two token runs to the
        matcher; the unit is re-tokenised with each single line break (and the spaces
        around it) as one space, and the hits are mapped back to the unit's offsets.
        """
        flat, offsets = flatten_line_breaks(text)
        rdoc = doc if offsets is None else self._make_doc(flat)
        matches = sorted(set(self.gated(rdoc)) | set(self.literal(rdoc)))
        found = []
        # the ruler keeps every match: "Councillor Andrew" is only the start of "Councillor Andrew Mackness"
        person_end: dict[int, int] = {}
        for span in matches:
            if span.label_ == "PERSON":
                person_end[span.start] = max(span.end, person_end.get(span.start, 0))
        # where the gazetteer's organisations end: "Age UK Bramford and Carers Trust" is two bodies
        org_ends = {span.end for span in matches if span.id_.startswith("gazetteer:") and span.label_ == "ORG"}
        named_org_ends = {span.end for span in matches
                          if span.id_.startswith("gazetteer:") and span.label_ == "ORG" and span.text in self.phrases}
        for span in matches:
            gazetteer = span.id_.startswith("gazetteer:")
            label = span.label_
            if label == "PERSON" and span.end < person_end[span.start]:
                continue
            trimmed = span if gazetteer else trim(span)
            # an event's or edition's first word before a name the gazetteer knows: "the 10th Annual Armed Forces
            # Covenant Conference" (Kent Covenant report 2024) names the Covenant
            if (trimmed is not None and not gazetteer and len(trimmed) >= 3 and trimmed[0].text in _EVENT_LEAD_WORDS
                    and trimmed[1:].text in self.phrases):
                trimmed = trimmed[1:]
            # a name run on into an event's title keeps only the name the gazetteer knows at its end: "Annual Kent &
            # Medway Armed Forces Covenant Conference" (Kent CMPB report 2024) names the Covenant (and the place)
            if (trimmed is not None and not gazetteer and trimmed.end < len(trimmed.doc)
                    and trimmed.doc[trimmed.end].lower_ in _EVENT_HEADS):
                trimmed = next((trimmed[i:] for i in range(len(trimmed)) if trimmed[i:].text in self.phrases), None)
            if trimmed is None or (not gazetteer and (_joins_two_names(trimmed) or _after_known_body(trimmed, org_ends))):
                continue
            # so is a gazetteer pattern's "and" after a head word or a body it lists by name: "the Probation Service and
            # NHS Westshire Integrated Care Board" (written for the probe) is two bodies, not the ICB of "Probation
            # Service and NHS Westshire" (a shorter match of a pattern is no such body: "the Samaritans of Calderstone
            # and District" is one)
            if gazetteer and span.text not in self.phrases and any(t.lower_ in ("and", "&") for t in span) and (
                    _joins_two_names(span) or _after_known_body(span, named_org_ends)):
                continue
            if label == "PERSON":
                trimmed = _untitle(trimmed, self.titles)
            start, end = trimmed.start_char, trimmed.end_char
            if offsets is not None:
                start, end = offsets[start], offsets[end - 1] + 1
            entity = self._proper_name(text[start:end]) if gazetteer and text[start].islower() else None
            # a "weak:" pattern yields to the NER on the same span ("NHS Lanford" is a body, but the model's
            # SERVICE stands on "NHS Joint Bed Brokerage")
            found.append(Candidate(start, end, label, "gazetteer" if gazetteer else "rule", 3 if gazetteer else 1, entity,
                                   weak=span.id_.startswith("weak:")))
        found += _listed_members(text)
        found += _stopped_title_surnames(text)
        found += _officer_rows(text)
        found += _venue_places(text)
        found += _gazetteer_towns(text)
        # (not a street's abbreviation before its town: "High St Northwold")
        found += [Candidate(m.start(1), m.end(1), "PLACE", "rule", 1, weak=True) for m in _SAINT_PLACE.finditer(text)
                  if not _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))]
        found += [Candidate(m.start(1), m.end(1), "PERSON", "rule", 1)
                  for m in (*_BEFORE_ROLE.finditer(text), *_AFTER_CONTACT.finditer(text))
                  if not any(w.lower() in _NOT_PERSON_WORDS or w in _PERSON_TITLES for w in m.group(1).split())]
        # a police officer by rank, forename and surname: the person without the rank, "Superintendent Clive Davies,
        # Surrey Police" (Surrey scrutiny of Community Safety Partnerships; NER 0.7.0 reads nothing; entities round 62)
        found += [Candidate(m.start(1), m.end(1), "PERSON", "rule", 1) for m in _RANK_AND_NAME.finditer(text)
                  if not any(w.lower() in _NOT_PERSON_WORDS or w in _PERSON_TITLES for w in m.group(1).split())]
        # a rank and a surname alone, the rank kept: "Chief Inspector Turton" (not after a capitalised word)
        found += [Candidate(m.start(1), m.end(1), "PERSON", "rule", 1) for m in _RANK_AND_SURNAME.finditer(text)
                  if m.group(2).lower() not in _NOT_PERSON_WORDS and m.group(2) not in _PERSON_TITLES
                  and not _CAPITAL_WORD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))]
        found += [Candidate(m.start(1), m.end(1), "PERSON", "rule", 1) for m in _RANK_INITIALS_SURNAME.finditer(text)
                  if m.group(2).lower() not in _NOT_PERSON_WORDS and m.group(2) not in _PERSON_TITLES
                  and m.group(3) not in _RANK_INITIALS_NOT_BEFORE
                  and not ((w := _WORD_BEFORE_RANK.search(text, max(0, m.start(1) - 20), m.start(1)))
                           and w.group(1).lower() in _RANK_INITIALS_NOT_AFTER)]  # "the PC Policies were adopted"
        # a board by its capitalised words and a lower-case "partnership board" (`partnership_board_cue`)
        found += [Candidate(m.start(1) + (4 if m.group(1).startswith("The ") else 0), m.end(1), "BOARD", "rule", 1)
                  for m in _PARTNERSHIP_BOARD_CUE.finditer(text)]
        # above the NER and the other rules, below an exact gazetteer hit ("the health system, Kent")
        found += [Candidate(m.start(1), m.end(1), "SYSTEM", "rule", 2) for m in _SYSTEM_CUE.finditer(text)]
        found += [Candidate(m.start(1), m.end(1), "SYSTEM", "rule", 2) for m in _SYSTEM_IN_BRACKETS_CUE.finditer(text)]
        found += [Candidate(m.start(1), m.end(1), "PROGRAMME", "rule", 2) for m in _PROGRAMME_CUE.finditer(text)]
        # (not the end of a longer name: "NCC Highways had carried out extensive gritting")
        found += [Candidate(m.start(m.lastindex), m.end(m.lastindex), "SERVICE", "rule", 2)
                  for m in _SERVICE_CUE.finditer(text)
                  if not _CAPITAL_WORD_BEFORE.search(text, max(0, m.start(m.lastindex) - 40), m.start(m.lastindex))]
        found += [Candidate(m.start(m.lastindex), m.end(m.lastindex), "SERVICE", "rule", 2)
                  for m in _SUPPORT_FUNCTION_CUE.finditer(text)]
        found += [Candidate(m.start(1), m.end(1), "ORG", "rule", 2) for m in COUNCIL_CUE.finditer(text)]
        # a service area named bare as a table cell's entry: "| Libraries - countywide programme of events |"
        found += [Candidate(m.start(1), m.end(1), "SERVICE", "rule", 2) for m in _TABLE_CELL_SERVICE.finditer(text)]
        found += _places_before_kind(text)
        # (weak: the NER's label on the same span stands, "the Somerset Choices website" names a service, Somerset 2019)
        found += [Candidate(m.start(1), m.end(1), "SYSTEM", "rule", 1, weak=True)
                  for m in _SYSTEM_BEFORE_KIND.finditer(text) if m.group(1).split()[-1].lower() not in HEAD_LABELS
                  and not m.group(1).endswith(("'s", "’s"))]  # "the Council's website" names the Council's site
        return found


def flatten_line_breaks(text: str) -> tuple[str, list[int] | None]:
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


def _listed_members(text: str) -> list[Candidate]:
    """The names in each list a plural title heads: with initials, or two or more of them
    ("Councillors Smith and Jones"); a lone capitalised word after "Councillors" may be anything."""
    found = []
    for start in _LIST_START.finditer(text):
        items, pos = [], start.end()
        while (item := _LIST_ITEM.match(text, pos)) is not None:
            items.append(item)
            if not item.group(2):
                break
            pos = item.end()
        if len(items) >= 2 or (items and " " in items[0].group(1)):
            found += [Candidate(i.start(1), i.end(1), "PERSON", "rule", 1) for i in items]
    return found


def _venue_places(text: str) -> list[Candidate]:
    """(entities round 72) The buildings and rooms of a meeting's venue line or of the place it was held in, part by
    part (`venue_line`, `venue_part`, `venue_heads`); weak, the NER's label on the same span stands."""
    found = []
    for line in _VENUE_LINE.finditer(text):
        pos, end = line.start("parts"), line.end("parts")
        after_building = False
        for sep in [*_VENUE_SEPARATOR.finditer(text, pos, end), None]:
            stop = sep.start() if sep is not None else end
            part = _VENUE_PART.fullmatch(text, pos, stop)
            # (entities round 73) the town after the building or street parts (`venue_town`)
            town = _VENUE_TOWN.match(text[:stop], pos) if after_building else None
            if town is not None and town.group("town").split()[-1].lower() not in _BUILDING_OR_STREET and not (
                    _NOT_TOWN_WORDS & set(town.group("town").split())):
                found.append(Candidate(town.start("town"), town.end("town"), "PLACE", "rule", 1, weak=True))
                break
            words = [w for w in part.group("name").split() if not w[0].isdigit()] if part is not None else []
            if part is not None:
                if words and words[-1].lower() in _VENUE_HEADS and len(words) >= 2:
                    found.append(Candidate(part.start("name"), part.end("name"), "PLACE", "rule", 1, weak=True))
            # only the part right after a building or street part: "..., Village Hall, on Wednesday ... PRESENT ...
            # Elected Members." names no town (Romney Marshes Area Internal Drainage Board 2014)
            after_building = part is not None and bool(words) and words[-1].lower() in _BUILDING_OR_STREET
            if sep is None:
                break
            pos = sep.end()
    return found


UK_PLACES_PATH = Path(__file__).parent / "patterns" / "uk_places.txt"
# a run of capitalised words (initials and forms of address too), joined by single spaces or by the lower-case words
# of place names ("Kirkby on Bain", "Newcastle upon Tyne", "Barton le Clay")
_CAPITALISED_RUN = re.compile(r"(?<![\w@/.\-&])[A-Z][\w'’\-]*(?:[ \t](?:(?:on|upon|under|le|by|cum|next)[ \t])?[A-Z][\w'’\-]*)*"
                              r"(?![\w@/\-])")
# what a place name right after is part of: "Mayor of Yeovil", "University of Chester" (a capitalised word and "of"), a
# form of address or initial with a full stop ("Cllr. Owen", "J. Kemp"), a name joined by "&" or "and" to another
_NOT_PLACE_BEFORE = re.compile(r"(?:\b[A-Z][\w'’\-]*\s+of|\b[A-Z][A-Za-z]{0,4}\.|[&/]|\band)\s*$")
_NOT_PLACE_AFTER = re.compile(r"^\s*(?:&|and\s+[A-Z]|[-–]\s*[A-Z]\w*\s+(?:Council|Committee|Board))")


@lru_cache(maxsize=1)
def _uk_places() -> frozenset[str]:
    """The town and village gazetteer (`patterns/uk_places.txt`, GeoNames' GB places of 500 people or more, names as
    frequent as common words left out; its header says how it was written), read once."""
    lines = UK_PLACES_PATH.read_text(encoding="utf-8").split("\n")
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _gazetteer_towns(text: str) -> list[Candidate]:
    """(entities round 74) Towns and villages the gazetteer lists, named in running text ("had moved to Taunton", "a
    shopping centre in Shrewsbury"): only a whole run of capitalised words (not a word of a longer name, a person's or a
    body's: "Ashley Myers", "Upton Parish Council", "Cllr Upton") and not the "of" of a longer name ("Mayor of
    Yeovil"); weak, the NER's label on the same span stands."""
    places = _uk_places()
    found = []
    for m in _CAPITALISED_RUN.finditer(text):
        if m.group() not in places:
            continue
        if _NOT_PLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _NOT_PLACE_AFTER.match(text[m.end():m.end() + 40]):
            continue
        found.append(Candidate(m.start(), m.end(), "PLACE", "rule", 1, weak=True))
    return found


def _officer_rows(text: str) -> list[Candidate]:
    """(entities round 72) The people of officers' rows, a name opening each line before a job title
    (`officer_row`): only rows beside another row, a form of address kept before initials and dropped before a
    forename, and the person's own initials after the name when they are the name's."""
    rows = [m for m in _OFFICER_ROW.finditer(text)
            if not any(len(w) > 1 and (w.lower() in _NOT_PERSON_WORDS or w in _PERSON_TITLES)
                       for w in m.group("name").split())]
    numbered = [(text.count("\n", 0, m.start()), m) for m in rows]
    lines = {line for line, _ in numbered}
    found = []
    for line, m in numbered:
        if line - 1 not in lines and line + 1 not in lines:
            continue
        name = m.group("name")
        start = m.start("title") if m.group("title") and _INITIALS.fullmatch(name.split()[0]) else m.start("name")
        # above a kind's label the rules read from the job title after it ("Anthony Roche - Deputy Monitoring Officer")
        found.append(Candidate(start, m.end("name"), "PERSON", "rule", 2))
        initials = m.group("initials")
        if initials and initials[:2].upper() == "".join(w[0] for w in name.split())[:2]:
            found.append(Candidate(m.start("initials"), m.end("initials"), "PERSON", "rule", 2, name))
    return found


def _untitle(span: Span, titles: frozenset[str]) -> Span:
    """A full name loses its title ("Cllr Frances Nicholson" -> "Frances Nicholson"); a surname,
    alone or after initials, keeps it, as minutes write it ("Mr Gough", "Mr R W Gough")."""
    j = span.start
    while j < span.end - 1 and span.doc[j].text in _LIST_TITLES:
        j += 1  # "Cllrs M Fraser, D Lowe": the plural title heads the whole list
    i = j
    # (entities round 75) a council's tier before a councillor's title is part of it: "County Councillor Martin Storey"
    while i < span.end - 1 and (span.doc[i].text in titles or (
            span.doc[i].text in _TIER_WORDS and i + 1 < span.end - 1 and span.doc[i + 1].text in titles)):
        i += 1
    rest = span.doc[i : span.end]
    # (entities round 72) initials written together with full stops are initials, not a forename: "Mrs. D.E.
    # Durward", "Dr R. Steyn" keep their titles
    # (entities round 81) a forename joined by a hyphen is a forename too, before a surname: "Councillor Jon-Paul
    # Blundell" (Bridgend scrutiny 2023); a hyphenated surname alone keeps its title ("Mrs Smith-Jones")
    joined = (len(rest) >= 4 and rest[1].text == "-" and not rest[0].whitespace_ and not rest[1].whitespace_
              and rest[2].text[:1].isupper() and rest[3].text[:1].isupper())
    if i > span.start and len(rest) >= 2 and not _INITIALS.fullmatch(rest[0].text) and (rest[1].text != "-" or joined):
        return rest
    return span.doc[j : span.end] if j > span.start else span


def _places_before_kind(text: str) -> list[Candidate]:
    """Wards and constituencies by name (`place_cue`): "the Eastfield and Holme Park wards" names two
    places, "the Northwold and Kesby constituency" one (written for the probe), and "in Dane Valley Ward" one with its
    kind word (Kent Family Hub decision report 2024). Above the NER, which reads the
    pair as one place or none. And streets after a preposition (`street_cue`): "the scheme on Fore Street"."""
    found = []
    for m in _PLACE_CUE.finditer(text):
        start = m.start(1)  # a sentence's first word is no part of the name: "The Abbey ward councillors"
        while (w := _FIRST_WORD.match(text, start)) and w.group(1) in _PLACE_CUE_NOT_WORDS and w.end() < m.end(1):
            start = w.end()
        if any(w in _PLACE_CUE_NOT_WORDS for w in text[start : m.start(3)].split()):
            continue
        names = [(start, m.end(1))] + ([m.span(2)] if m.group(2) else [])
        if m.group(2) and not m.group(3).endswith("s"):
            names = [(start, m.end(2))]  # one constituency of two names
        found += [Candidate(a, b, "PLACE", "rule", 2) for a, b in names]
    # a ward by its capitalised name, "Ward" and all: "Millmead is situated in Dane Valley Ward" (`ward_name`)
    found += [Candidate(m.start(1), m.end(1), "PLACE", "rule", 2) for m in _WARD_NAME.finditer(text)
              if m.group(1).split()[0] not in _PLACE_CUE_NOT_WORDS]
    found += [Candidate(m.start(1), m.end(1), "PLACE", "rule", 1) for m in _STREET_CUE.finditer(text)
              if m.group(1).split()[0] not in _PLACE_CUE_NOT_WORDS]
    found += _streets(text)
    return found


def _streets(text: str) -> list[Candidate]:
    """Streets by their kind word anywhere (`street_name`): "the paths at Lydia's Lane and Wiles Drove", "road damage
    outside 22s High St Northwold" (Norfolk parish minutes 2014, 2018). Not a street inside a longer name ("Northdown
    Road Family Hub", "Safer Road Users Team"); after another capitalised word the street keeps its last name word
    ("Fendicks Fisheries Methwold Road" -> "Methwold Road")."""
    found = []
    for m in _STREET_NAME.finditer(text):
        start, end = m.span(1)
        words = text[start:end].split()
        nxt = next_name_word(text, end)
        if nxt and (nxt in _STREET_NOT_BEFORE or nxt.lower() in HEAD_LABELS):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if len(words) == 3 and (_CAPITAL_WORD_BEFORE.search(text, line_start, start) is not None
                                or words[0] in _PLACE_CUE_NOT_WORDS):
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if words[0] in _PLACE_CUE_NOT_WORDS or words[0].lower() in HEAD_LABELS:
            continue
        # (weak: where the NER reads the same street, its reading stands)
        found.append(Candidate(start, end, "PLACE", "rule", 1, weak=True))
    return found


def _after_known_body(span: Span, org_ends: set[int]) -> bool:
    """ "Sanctuary Housing and Platform Housing Group", "Age UK Bramford and Carers Trust" (written for the probe):
    "and" right after an organisation the gazetteer knows starts a second name."""
    return any(tok.lower_ in ("and", "&") and tok.i in org_ends for tok in span[1:-1])


def _joins_two_names(span: Span) -> bool:
    """ "SEND Board and Transformation Board": a head word, a school's or a company's ending ("Harrowdene Homes Ltd
    and ...", "St Mary's Catholic Primary School and Hollins Park Academy", written for the probe) then "and" means
    two names; so does
    an acronym then "and" ("KCC and Kent and Medway Integrated Care Board"), though not a word of
    a name in capitals ("BRAMLEY HEALTH AND WELLBEING BOARD", written for the probe)."""
    capitals = all(t.text.isupper() for t in span if t.is_alpha)
    committee = span[-1].lower_ in _COMMITTEE_HEADS
    document = _document_head(span)
    for tok, nxt in zip(span[:-1], span[1:]):
        if committee and tok.lower_ in _TOPIC_HEADS:
            continue  # "AUDIT AND GOVERNANCE COMMITTEE", "Strategy and Resources Committee" (written for the probe)
        if document and tok.lower_ in _TOPIC_SERVICES:
            continue  # "Customer Services and Digital Strategy", a strategy's title (written for the probe)
        if nxt.lower_ in _CONNECTORS and (tok.lower_ in HEAD_LABELS or tok.lower_ in COMPANY_ENDINGS
                                           or tok.text in _SCHOOL_HEADS or (
                not capitals and len(tok) >= 2 and tok.text.isupper() and tok.is_alpha)):
            return True
    return False


def _document_head(span: Span) -> bool:
    """Whether the span's head is a strategy's or plan's, before any years after it ("... Strategy 2023-2026")."""
    words = [t.lower_ for t in span if t.is_alpha]
    return bool(words) and words[-1] in _DOCUMENT_HEADS
