"""Other names a body goes by in its own sentence, as a source of `miner_services`.

Papers introduce a local or brand name next to the name that says what the body is:
in quotes after "known as" ('The Children in Care Council, known locally as "Voices in
Care"') or before an appositive ('Boost, the Lancashire Growth Hub, supported 400 firms').
The other name is a name of the same kind, which no other source can tell from its words.
The cues are `patterns/service_terms.json` (`alias_cue`, `appositive`, `appositive_heads`).
"""

from __future__ import annotations

import re

from miner.nlp.service_names import Candidate
from miner.nlp.service_terms import HEAD_LABELS, ROLE_WORDS, TERMS

# ', known locally as "Voices in Care"': the other name a body goes by
_ALIAS_CUE = re.compile(TERMS["alias_cue"])
# ', the Lancashire Growth Hub,': what the name before the comma is
_APPOSITIVE = re.compile(TERMS["appositive"])
_LIST_GOES_ON = re.compile(r",?[ \t]+(?:and|or)[ \t]")  # a list's last item follows
_APPOSITIVE_HEADS = frozenset(TERMS["appositive_heads"])
# 'runs the adult service, Hallbrook Recovery Partnership,': what the name after the comma is
_KIND_BEFORE_NAME = re.compile(TERMS["kind_before_name"])
# 'programmes (Little Talkers/The Communication Tree)': names of that kind in brackets after a plural kind word
_KIND_BEFORE_BRACKETED = re.compile(TERMS["kind_before_bracketed_names"])
_LISTED_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|the|in))*?[ \t]*")
# a street's last word, and a town's name after the street and a comma ("Station Road, Kingsbury (£380,000);")
_STREET_HEADS = frozenset({"Road", "Street", "Lane", "Avenue", "Way", "Drive", "Close", "Crescent"})
_TOWN_AFTER_STREET = re.compile(r",[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?=[ \t]*(?:[(;,.\n]|$))")
_NOT_TOWN_WORDS = frozenset({"The", "This", "These", "That", "We", "It", "Our", "Council", "Cabinet", "Members"})
# the end of a name in apposition: a comma, full stop, semicolon or closing bracket
_APPOSITION_END = re.compile(r"[ \t]*[,.;)]")
# words that do not start a name before an appositive: "However, the ...", "In March, the ..."
_NOT_NAME_STARTS = (frozenset(TERMS["not_first_words"]) | frozenset(TERMS["leading_words"])
                    | frozenset(TERMS["tail_words"]))
_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter".split())
_NAME_WORD = re.compile(r"[A-Z][\w'’&+-]*")
# (not "and": "the Lancashire Enterprise Partnership and Boost, the Lancashire Growth Hub," is two bodies)
_CONNECTOR = frozenset({"of", "for", "in"})
_MAX_NAME_WORDS = 5
# words that make an appositive's kind word a complement, not what the name is: "the founder of the trust"
_PREPOSITIONS = frozenset({"of", "for", "at", "in", "with", "from", "to", "on", "by"})
_PERSON_TITLES = frozenset(TERMS["person_titles"])
# a paragraph's number before its first word: "2.1", "(iv)", "3."
_PARAGRAPH_NUMBER = re.compile(r"\(?(?:\d+(?:\.\d+)*|[ivx]+|[a-z])[.)]?")


def aliases_known_as(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The local name a body goes by, a name of the same kind: "The Children in Care Council, known
    locally as "Voices in Care", met" (written for the probe) names the Council twice; no source finds a
    name of ordinary words in quotes on its own, and a brand of capitalised words ("known locally as the
    Brenchley Voice", written for the probe) looks like a place or a person to the NER."""
    found, named = [], set()
    # the body's label as `resolve` reads it: on the same span a rule's (set by the head word) before the NER's
    # (NER 0.7.0 reads "Children in Care Council" a service; entities round 62)
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start,
                                               2 if c.weak else int(c.source == "model"))):
        if c.label in ("_GENERIC", "PERSON", "PLACE") or (m := _ALIAS_CUE.match(text, c.end)) is None:
            continue
        group = 1 if m.group(1) else 2
        if m.span(group) in named:
            continue
        named.add(m.span(group))
        found.append(Candidate(m.start(group), m.end(group), c.label, "rule", 2))
    return found


def appositive_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A capitalised name before an appositive that says what kind of body it is: "Westvale Works, the
    Council's employment support service, helped 300 residents" (written for the probe) is a service. The
    label is that of a name the appositive ends with ("our Children in Care Council" is a board), else its
    kind word's. A person's post ("Jane Cole, our Head of Service,") labels no one."""
    found = []
    for m in _APPOSITIVE.finditer(text):
        words = (m.group(1) + m.group(2)).split()
        head = m.group(2).lower()
        if len(words) < 2 or any(w.lower() in ROLE_WORDS for w in words):
            continue
        if _LIST_GOES_ON.match(text, m.end(2)):
            continue  # the next item of a list, no appositive: "key messages from the Independent Scrutineer, the
            # Child Safeguarding Practice Review Panel, and local audits" (North Lincolnshire Children's Scrutiny
            # Panel 2024; entities round 50)
        inner = [c for c in candidates if c.end == m.end(2) and m.start() < c.start and c.label != "_GENERIC"]
        # (on the same span a rule's label, set by the name's head word, beats the NER's, as in `resolve`)
        label = max(inner, key=lambda c: (c.end - c.start, c.source != "model")).label if inner else (
            HEAD_LABELS.get(head) if head in _APPOSITIVE_HEADS else None)
        span = _name_before(text, m.start())
        if label in (None, "PERSON", "PLACE") or span is None:
            continue
        if text[span[0]:span[1]].split()[0] in _PERSON_TITLES:
            continue  # a person by a title, whatever post the appositive names: "from Professor Maggie Atkinson, the
            # Independent Adviser for the Southend Safeguarding Partnership," (Southend 2022; entities round 59)
        bare_kind = not _PREPOSITIONS.intersection(w.lower() for w in words)
        if any((c.start, c.end) == span and ((c.label == "PERSON" and not (bare_kind and c.source in ("model", "base")))
                                             or c.source == "gazetteer") for c in candidates):
            continue  # a person or a body the gazetteer knows is already named; but the NER's "person" is a body
            # when the appositive is a kind of body itself: "Foster Westmarsh, the regional recruitment hub
            # supported by ..." (written for the probe), not "John Brown, the founder of the trust,"
        if any(c.start < span[0] < c.end or c.start < span[1] < c.end for c in candidates if c.label != "_GENERIC"):
            continue  # the end of a longer name, not a name of its own
        # the appositive's kind outranks the name's own head word, as after "the <kind>,": "runs the Kingsbrook
        # Recovery Partnership, the adult drug and alcohol treatment service, under ..." (written for the probe)
        relabels = any((c.start, c.end) == span and c.label != label and c.source in ("rule", "model")
                       for c in candidates)
        found.append(Candidate(span[0], span[1], label, "rule", 2 if relabels else 1))
    return found


def kind_before_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name another source found right after "the <kind>," takes that kind's label: "Change Grow Live runs the
    adult service, Hallbrook Recovery Partnership, and ..." (written for the probe) names a service, whatever its
    own last word says. A person, a place and a body the gazetteer knows keep their labels."""
    found = []
    for m in _KIND_BEFORE_NAME.finditer(text):
        head = m.group(1)
        label = HEAD_LABELS.get(head) if head in _APPOSITIVE_HEADS else None
        named = [c for c in candidates if c.start == m.end() and c.label not in ("_GENERIC", "PERSON", "PLACE")]
        if label is None or not named:
            continue
        name = max(named, key=lambda c: c.end - c.start)
        if _APPOSITION_END.match(text, name.end) is None or any(
                c.source == "gazetteer" and (c.start, c.end) == (name.start, name.end) for c in named):
            continue
        found.append(Candidate(name.start, name.end, label, "rule", 2))
    return found


def names_in_brackets_after_kind(text: str) -> list[Candidate]:
    """Capitalised names listed in brackets after a plural kind word are of that kind: "Home Learning Environment
    programmes (Little Talkers/The Communication Tree)" (Kent Executive Response 2025) names two programmes, which
    no other source can tell from their words. An acronym, a year or a lower-case phrase in the brackets is none,
    nor is a name opening with an article, which the span's cleaning would cut ("The Communication Tree")."""
    found = []
    for m in _KIND_BEFORE_BRACKETED.finditer(text):
        label = HEAD_LABELS.get(m.group(1)[:-1])
        if label is None:
            continue
        pos = m.start(2)
        for part in re.split(r"(/|,[ \t]*|[ \t]+and[ \t]+)", m.group(2)):
            start, end = pos + len(part) - len(part.lstrip()), pos + len(part.rstrip())
            pos += len(part)
            name = text[start:end]
            if (len(name.split()) >= 2 and _LISTED_NAME.fullmatch(name) and not name.isupper()
                    and name.split()[0] != "The"
                    and name.split()[-1][:1].isupper()):
                found.append(Candidate(start, end, label, "rule", 2))
    return found


def towns_after_streets(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The one or two capitalised words after a street's name and a comma, then a bracket, comma, semicolon or
    full stop, are the street's town or the next street: "- B4060 Station Road, Kingsbury (£380,000);" (written for
    the probe), "Heathfield Way, Bramling Road, Black Robin Lane, Turks Hill," (Kent council questions 2025)."""
    found = []
    for c in candidates:
        words = text[c.start : c.end].split()
        if c.label != "PLACE" or not words or words[-1] not in _STREET_HEADS:
            continue
        if (m := _TOWN_AFTER_STREET.match(text, c.end)) and m.group(1).split()[0] not in _NOT_TOWN_WORDS:
            found.append(Candidate(m.start(1), m.end(1), "PLACE", "rule", 1))
    return found


def _name_before(text: str, comma: int) -> tuple[int, int] | None:
    """The capitalised words right before a comma, connectors inside, without a sentence's opening word
    when it is the name's only word ("Overall, the ..."), or None."""
    sentence = text.rfind(". ", 0, comma)
    line_start = max(text.rfind("\n", 0, comma) + 1, sentence + 2 if sentence >= 0 else 0)
    tokens = list(re.finditer(r"\S+", text[line_start:comma]))
    kept: list[re.Match] = []
    for t in reversed(tokens):
        if _NAME_WORD.fullmatch(t.group(0)) or (kept and t.group(0) in _CONNECTOR):
            kept.insert(0, t)
            if len(kept) > _MAX_NAME_WORDS:
                return None
            continue
        break
    while kept and (kept[0].group(0) in _CONNECTOR or kept[0].group(0).lower() in _NOT_NAME_STARTS):
        kept.pop(0)
    if not kept or kept[-1].group(0) in _CONNECTOR or any(t.group(0).lower() in _CALENDAR for t in kept):
        return None
    opening = next((t for t in tokens if not _PARAGRAPH_NUMBER.fullmatch(t.group(0))), None)
    if kept and kept[0] is opening:
        if len(kept) == 1:
            return None  # one word opening its sentence: "However, the Youth Offending Team, ..."
        of = next((i for i, t in enumerate(kept) if t.group(0) == "of"), None)
        kept = kept[of + 1 :] if of is not None else kept  # "Members of Speak Up, our ..." names "Speak Up"
        if not kept:
            return None
    return line_start + kept[0].start(), line_start + kept[-1].end()
