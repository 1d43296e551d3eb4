"""Reported future acts in minutes, read from the dependency parse (statements round 48).

Minutes report the next step in indirect speech: "the Chair confirmed that he would pursue the appointment ...",
"the pavement was to be replaced by blocks", "Work on the new topics would commence at the conclusion of reviews
...", "with the resulting proposed work programme to be brought back to the next meeting". Word lists of such
verbs did not carry to other councils' minutes (round 47): each page brought other verbs. So the reading here is
by structure: a clause whose verb carries "would", "was / were to" or a bare "to be <past participle>" with a
subject of its own; whose subject is an actor (an officer, a body, a member, a named person, a personal pronoun),
the council's own work ("Work ...", "the review ...") or, in the passive, a thing acted on; and whose verb is an
act. It is a commitment, or the meeting's decision when "It was agreed / resolved / decided that ..." or a body
that agreed governs it (the convention of 5 Dec 2026, annotations/README.md, Statements). The exclusions
(opinions and wishes, forecasts and states, conditions, questions, a meeting's date) are word classes in
`patterns/reported_acts.json`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

PATH = Path(__file__).parent / "patterns" / "reported_acts.json"

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
_GOVERNED = ("ccomp", "xcomp")  # the clause is the object of the verb above it: "advised that ...", "agreed that ..."


@dataclass(frozen=True)
class _Words:
    actors: frozenset[str]
    titles: frozenset[str]
    pronouns: frozenset[str]
    work: frozenset[str]
    not_verbs: frozenset[str]
    not_passives: frozenset[str]
    opinion: frozenset[str]
    decision: frozenset[str]
    bodies: frozenset[str]
    conditions: frozenset[str]
    not_subject: tuple[re.Pattern[str], ...]
    question: tuple[re.Pattern[str], ...]
    procedural: tuple[re.Pattern[str], ...]
    decision_modals: frozenset[str]
    habitual: frozenset[str]
    reasons: frozenset[str]
    speaker: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    d = json.loads(PATH.read_text(encoding="utf-8"))
    def words(key: str) -> frozenset[str]:
        v = d[key]
        return frozenset(w.lower() for w in (v["words"] if isinstance(v, dict) else v))
    return _Words(actors=words("actor_words"), titles=words("titles"), pronouns=words("personal_pronouns"),
                  work=words("work_nouns"), not_verbs=words("not_act_verbs"), not_passives=words("not_act_passives"),
                  opinion=words("governing_opinion"), decision=words("governing_decision"),
                  bodies=frozenset(w.lower() for w in d["governing_decision"]["bodies"]),
                  conditions=words("condition_marks"),
                  not_subject=tuple(re.compile(p, re.I) for p in d["not_subject"]["patterns"]),
                  question=tuple(re.compile(p, re.I) for p in d["question"]["patterns"]),
                  procedural=tuple(re.compile(p, re.I) for p in d["procedural"]["patterns"]),
                  decision_modals=words("decision_modals"), habitual=words("habitual"), reasons=words("reason_marks"),
                  speaker=words("speaker"))


def asks(text: str) -> bool:
    """The sentence records a question ("Members were asked if they would like ...")."""
    return any(p.search(" ".join(text.split())) for p in _words().question)


def reported_act(sent: Span, *, minutes: bool = True) -> str | None:
    """"commitment" or "decision" when some clause of the sentence is a reported future act, else None.

    In minutes any such clause; in a paper read as another kind (a minutes page the reader takes for a report)
    only one under a past-tense reporting verb ("It was reported that work would include ..."), since a report's
    own "would" is mostly an option's hypothetical."""
    if not sent.doc.has_annotation("DEP") or sent.text.rstrip().endswith("?"):
        return None
    w = _words()
    for verb in sent:
        kind = _clause(verb, w, minutes)
        if kind is not None:
            return kind
    return None


def _children(tok: Token, dep: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ == dep]


def _future(verb: Token, w: _Words) -> Token | None:
    """The token whose subject the clause has, when `verb` carries a reported future; else None."""
    if not verb.tag_.startswith("VB"):
        return None
    if any(c.lower_ == "would" for c in _children(verb, "aux")):
        return verb  # "he would pursue", "these would be circulated"
    if any(c.lower_ in w.decision_modals for c in _children(verb, "aux")) and _decided(verb, w):
        return verb  # "it was agreed that the term Growth Bid could be replaced by ..."
    to = next((c for c in _children(verb, "aux") if c.lower_ == "to"), None)
    if to is not None and verb.dep_ == "xcomp" and verb.head.lower_ in ("was", "were") \
            and all(t.pos_ == "ADV" for t in verb.doc[verb.head.i + 1 : to.i]):
        return verb.head  # "the pavement was to be replaced": the subject is "was"'s ("were essential to show" is not)
    if to is not None and verb.tag_ == "VBN" and _children(verb, "auxpass") and _children(verb, "nsubjpass") \
            and verb.dep_ not in _GOVERNED and not any(c.lower_ == "for" for c in _children(verb, "mark")):
        return verb  # "with the resulting proposed work programme to be brought back to the next meeting"
    return None


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in _SUBJECTS:
            return c
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        return _subject(tok.head)  # "... and the existing trees would be either tidied or replanted"
    return None


def _phrase(subj: Token) -> list[Token]:
    """The subject's noun phrase up to its head ("the Litigation Manager", "Mr Deakins")."""
    return list(subj.doc[subj.left_edge.i : subj.i + 1])


def _governors(verb: Token) -> list[Token]:
    """The verbs whose object the clause is, nearest first ("confirmed" in "the Chair confirmed that he would ..."):
    up through ccomp/xcomp edges; a conjunct shares its head's governor. Only the nearest speaks for the clause
    (the verb that reports it): the parser may hang "... and were advised that X would discuss ..." under the
    question before it."""
    out, tok = [], verb
    while tok.head.i != tok.i:
        dep, tok = tok.dep_, tok.head
        if dep in _GOVERNED:
            out.append(tok)
        elif dep != "conj":
            break
    return out


def _conditional(tok: Token, w: _Words) -> bool:
    """The clause is a condition or a question ("whether it would ...") or has one attached ("if ..., it would")."""
    if any(c.lower_ in w.conditions for c in tok.children if c.dep_ in ("mark", "advmod", "prep")):
        return True
    return any(m.lower_ in w.conditions for c in tok.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark")


def _decided(holder: Token, w: _Words) -> bool:
    """The nearest agreeing verb above the clause has "it" or the meeting's body for subject ("It was agreed that
    ...", "The Committee agreed that ..."); an individual who agrees gives an undertaking."""
    for g in _governors(holder):
        if g.lower_ in w.decision:
            said_by = _subject(g)
            return said_by is None or said_by.lower_ in w.bodies or bool({t.lower_ for t in _phrase(said_by)} & w.bodies)
    return False


def _clause(verb: Token, w: _Words, minutes: bool) -> str | None:
    holder = _future(verb, w)
    if holder is None or _children(verb, "neg") or _children(holder, "neg"):
        return None
    if holder.dep_ in ("relcl", "acl", "amod"):
        return None  # "the outcomes they would be looking for": a relative clause describes a noun
    passive = bool(_children(verb, "auxpass") or _children(verb, "nsubjpass"))
    if verb.lower_ in (w.not_passives if passive else w.not_verbs):
        return None
    if passive and any(c.lower_ in w.not_passives for c in verb.children if c.dep_ in ("acomp", "oprd")):
        return None
    if _conditional(verb, w) or (holder.i != verb.i and _conditional(holder, w)):
        return None
    clause = " ".join(t.text for t in verb.subtree)
    if any(p.search(clause) for p in w.procedural):
        return None  # "he would leave the meeting for the consideration and voting on the matter"
    subj = _subject(holder)
    if subj is None:
        return None
    phrase = _phrase(subj)
    text = " ".join(t.lower_ for t in subj.subtree)  # "Items for next meeting to be held on ...": its date
    if any(p.search(text) for p in w.not_subject) or subj.lower_ in ("there", "that", "which", "who", "what"):
        return None
    if any(t.tag_ in ("WDT", "WP", "WP$") for t in phrase) or any(c.tag_ in ("WRB", "WP") for c in verb.children):
        return None  # "which department would deal with this", "how this would be managed": an embedded question
    if any(c.lower_ in w.habitual for c in verb.children if c.dep_ in ("advmod", "neg")):
        return None  # "Normally, the Department would respond ...", "would no longer be reported on"
    if any(c.lower_ in w.reasons for c in holder.children if c.dep_ == "mark"):
        return None  # "... as items would be covered on the agenda": a reason
    actor = _actor(subj, w)
    if not passive and not actor and subj.lower_ not in w.work:
        return None
    governors = _governors(holder)
    if governors:
        nearest = governors[0]
        if nearest.lower_ in w.opinion or _conditional(nearest, w) or _condition_before(nearest, verb, w):
            return None  # "Members felt that ... would", "asked if they would like ...", "suggested that ... would"
        said_by = next((c for c in nearest.children if c.dep_ in _SUBJECTS), None)  # its own: a conjunct's may be misparsed
        if said_by is not None and said_by.lower_ not in w.speaker and not _actor(said_by, w):
            return None  # "The Royal Mail confirmed ... that they would respond": another party's plan
    decided = _decided(holder, w)
    if not minutes and (decided or not any(g.tag_ in ("VBD", "VBN") for g in governors)):
        return None  # a report's own "would": an option's hypothetical, unless reported ("It was reported that ...")
    return "decision" if decided else "commitment"


def _actor(subj: Token, w: _Words) -> bool:
    """A personal pronoun, or a noun phrase whose head, compounds or title name an officer, a body or a member
    ("the Chair", "Bryan Smith, Litigation Manager", "Mr Deakins", "the Group Head ... and the Chief Accountant");
    not a possessor ("the Forum's implementation")."""
    if subj.lower_ in w.pronouns:
        return True
    heads = [subj, *(c for c in subj.children if c.dep_ in ("conj", "appos"))]
    words = {t.lower_ for h in heads for t in (h, *(c for c in h.children if c.dep_ in ("compound", "amod", "nmod")))}
    return bool(words & w.actors) or bool(words & w.titles)


def _condition_before(governor: Token, verb: Token, w: _Words) -> bool:
    """A condition opened before the clause inside what its reporting verb says ("advised ... that if they wished
    to comment ..., they should raise their hand and they would be invited to speak")."""
    return any(t.dep_ == "mark" and t.lower_ in w.conditions and t.i < verb.i
               for t in governor.subtree if t.i > governor.i)
