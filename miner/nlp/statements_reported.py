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
    generic: frozenset[str]
    other_parties: frozenset[str]
    subordinate: frozenset[str]
    for_subject: frozenset[str]
    record: tuple[re.Pattern[str], ...]
    schedule_verbs: frozenset[str]
    later: frozenset[str]
    move_verbs: frozenset[str]
    move_preps: frozenset[str]
    papers: frozenset[str]
    considered: frozenset[str]
    considered_at: frozenset[str]


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
                  speaker=words("speaker"), generic=words("generic_determiners"), other_parties=words("other_parties"),
                  subordinate=frozenset(d["subordinate_reporting"]["labels"]), for_subject=words("for_subject"),
                  record=tuple(re.compile(p, re.M) for p in d["minutes_record"]["patterns"]),
                  schedule_verbs=frozenset(d["future_schedule"]["verbs"]), later=frozenset(d["future_schedule"]["later"]),
                  move_verbs=frozenset(d["movement"]["verbs"]), move_preps=frozenset(d["movement"]["preps"]),
                  papers=frozenset(d["movement"]["papers"]), considered=frozenset(d["considered_at"]["verbs"]),
                  considered_at=frozenset(d["considered_at"]["marks"]))


def minutes_record(text: str) -> bool:
    """The text reads as the record of a meeting ("The Committee considered the report ...", "This was duly seconded
    ...", "RESOLVED", a modern.gov item's "Meeting: 15/11/2018 - ... Committee (Item 58)"), whatever the reader took
    the paper for (round 51)."""
    return any(p.search(text) for p in _words().record)


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


def _future(verb: Token, w: _Words, minutes: bool = True) -> Token | None:
    """The token whose subject the clause has, when `verb` carries a reported future; else None."""
    if not verb.tag_.startswith("VB"):
        return None
    if any(c.lower_ == "would" for c in _children(verb, "aux")):
        return verb  # "he would pursue", "these would be circulated"
    if verb.lower_ in w.schedule_verbs and verb.tag_ == "VBN" and any(c.lower_ == "been" for c in _children(verb, "auxpass")) \
            and any(c.lower_ in ("had", "has", "have") for c in _children(verb, "aux")) and _later(verb, w):
        return verb  # "a full report had been scheduled for the next meeting in December"
    if any(c.lower_ in w.decision_modals for c in _children(verb, "aux")) and _decided(verb, w):
        return verb  # "it was agreed that the term Growth Bid could be replaced by ..."
    to = next((c for c in _children(verb, "aux") if c.lower_ == "to"), None)
    if to is not None and verb.dep_ == "xcomp" and verb.head.lower_ in ("was", "were") \
            and all(t.pos_ == "ADV" and t.lower_ not in ("yet", "still") for t in verb.doc[verb.head.i + 1 : to.i]):
        # "the pavement was to be replaced": the subject is "was"'s ("were essential to show" is not); "was yet to
        # be established" is what has not been done so far, no plan (round 51)
        return verb.head
    if to is not None and verb.tag_ == "VBN" and _children(verb, "auxpass") and _children(verb, "nsubjpass") \
            and verb.dep_ not in _GOVERNED and not any(c.lower_ == "for" for c in _children(verb, "mark")):
        return verb  # "with the resulting proposed work programme to be brought back to the next meeting"
    return None


def _later(verb: Token, w: _Words) -> bool:
    """A "for" phrase of the verb names a later meeting or date ("for the next meeting in December", "for the New
    Year")."""
    return any(t.lower_ in w.later for p in _children(verb, "prep") if p.lower_ == "for" for t in p.subtree)


def _moved(verb: Token, subj: Token, w: _Words) -> bool:
    """A paper goes to a body: "A report would come before Members", "the item would go back to Cabinet"."""
    if verb.lower_ not in w.move_verbs or subj.lower_ not in w.papers:
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in w.move_preps \
                and any(_actor(o, w) for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def _condition_earlier(verb: Token, w: _Words) -> bool:
    """A condition closes before the "would" clause in the same sentence ("Cllr. Leather advised if he was available,
    he would stand in as Chair", where the parser hangs the condition on the reporting verb): a hypothetical "would".
    Not "whether" nor an "if" that an asking verb governs: a question ("The Committee queried whether there was a
    clearer way ... and it was agreed that the term Growth Bid could be replaced ...")."""
    if not any(c.lower_ == "would" for c in _children(verb, "aux")):
        return False
    return any(t.dep_ == "mark" and t.lower_ in w.conditions and t.lower_ not in ("whether", "otherwise")
               and t.head.i < verb.i and t.head.right_edge.i < verb.i and t.head.head.lower_ not in w.opinion
               for t in verb.sent if t.i < verb.i)


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
    holder = _future(verb, w, minutes)
    if holder is None or _children(verb, "neg") or _children(holder, "neg"):
        return None
    if holder.dep_ in ("relcl", "acl", "amod") and not _named_actor(holder, w):
        return None  # "the outcomes they would be looking for": a relative clause describes a noun
    passive = bool(_children(verb, "auxpass") or _children(verb, "nsubjpass"))
    subj0 = _subject(holder)
    moved = not passive and subj0 is not None and _moved(verb, subj0, w)
    # "The matter would be considered outside of the meeting" (the parser may take "outside" for a complement); not
    # "would be considered a priority"
    placed = passive and verb.lower_ in w.considered \
        and not any(c.dep_ in ("oprd", "xcomp", "acomp", "attr") and c.lower_ not in w.considered_at
                    for c in verb.children) \
        and any(c.dep_ in ("prep", "advmod", "oprd") and c.lower_ in w.considered_at for c in verb.children)
    if verb.lower_ in (w.not_passives if passive else w.not_verbs) and not moved and not placed \
            and not (passive and any(c.dep_ == "conj" and c.tag_ == "VBN" and c.lower_ not in w.not_passives
                                     for c in verb.children)):
        return None  # "would be considered and reflected on in the final draft": the conjunct is the act
    if passive and any(c.lower_ in w.not_passives for c in verb.children if c.dep_ in ("acomp", "oprd")):
        return None
    if _conditional(verb, w) or (holder.i != verb.i and _conditional(holder, w)):
        return None
    if _condition_earlier(verb, w):
        return None  # "advised if he was available, he would stand in as Chair"
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
    if not passive and not actor and subj.lower_ not in w.work and not moved:
        return None
    if actor and any(c.dep_ == "det" and c.lower_ in w.generic for c in subj.children):
        return None  # "a mayor would not belong to the people but would follow ...": any mayor, a forecast
    if passive and _other_agent(verb, w):
        return None  # "the decision to postpone the elections would be made by central government": another party's act
    if _for_subject(subj, w):
        return None  # "a suitable time for the protocol to be reviewed": a purpose or a description
    governors = _governors(holder)
    if governors:
        nearest = governors[0]
        if nearest.dep_ in w.subordinate:
            return None  # "... were set before it was confirmed that the Chancellor's Autumn Budget would be announced"
        if nearest.lower_ in w.opinion or _conditional(nearest, w) or _condition_before(nearest, verb, w):
            return None  # "Members felt that ... would", "asked if they would like ...", "suggested that ... would"
        if _other_speaker(nearest, w):
            return None  # "The Royal Mail confirmed ... that they would respond": another party's plan
    decided = _decided(holder, w)
    if not minutes and (decided or not any(g.tag_ in ("VBD", "VBN") for g in governors)):
        return None  # a report's own "would": an option's hypothetical, unless reported ("It was reported that ...")
    return "decision" if decided else "commitment"


def _named_actor(holder: Token, w: _Words) -> bool:
    """A relative clause whose own subject names an officer or body, not a pronoun ("these two items on which the
    Working Group would report in due course", round 51): the body's next step, though it describes a noun."""
    subj = next((c for c in holder.children if c.dep_ in _SUBJECTS), None)
    return subj is not None and subj.tag_ not in ("PRP", "WDT", "WP") and subj.lower_ not in w.pronouns \
        and _actor(subj, w)


def _other_speaker(governor: Token, w: _Words) -> bool:
    """The reporting verb's own subject is another party: neither an actor nor "it" ("The Royal Mail confirmed ...
    that they would respond"); a relative pronoun stands for the noun its clause describes ("The clerk had contacted
    ELDC who advised the work would be carried out July/August", "Glazewing who had said they would speak to
    drivers"; round 49). A conjunct's subject is not inherited: the parser may give a wrong one."""
    said_by = next((c for c in governor.children if c.dep_ in _SUBJECTS), None)
    if said_by is not None and said_by.tag_ in ("WP", "WDT") and governor.dep_ == "relcl":
        said_by = governor.head
    return said_by is not None and said_by.lower_ not in w.speaker and not _actor(said_by, w)


def _actor(subj: Token, w: _Words) -> bool:
    """A personal pronoun, or a noun phrase whose head, compounds or title name an officer, a body or a member
    ("the Chair", "Bryan Smith, Litigation Manager", "Mr Deakins", "the Group Head ... and the Chief Accountant");
    not a possessor ("the Forum's implementation")."""
    if subj.lower_ in w.pronouns:
        return True
    heads = [subj, *(c for c in subj.children if c.dep_ in ("conj", "appos"))]
    words = {t.lower_ for h in heads for t in (h, *(c for c in h.children if c.dep_ in ("compound", "amod", "nmod")))}
    return bool(words & w.actors) or bool(words & w.titles)


def _other_agent(verb: Token, w: _Words) -> bool:
    """The passive's agent ("by ...") is another party: a word of `other_parties` ("by central government") or a
    named party, a proper noun or an acronym of four letters or more that names no officer, body or member ("to be
    held by BCKLWN", "would be limited and controlled by Jim McNeill"); not a thing ("was to be replaced by
    blocks"), nor a member's initials ("Correspondence folder: would be restarted by HR."). A conjunct verb
    ("would be limited and controlled by ...") shares its agent."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]
    for v in verbs:
        for agent in (c for c in v.children if c.dep_ == "agent"):
            for obj in (c for c in agent.children if c.dep_ == "pobj"):
                if _actor(obj, w):
                    continue
                initials = obj.text.isupper() and len(obj.text) <= 3  # "by HR": minutes name members by initials
                named = not initials and (obj.tag_ in ("NNP", "NNPS") or obj.text.isupper())
                if named or obj.lower_ in w.other_parties:
                    return True
    return False


def _for_subject(subj: Token, w: _Words) -> bool:
    """The subject follows "for" ("for the protocol to be reviewed", "for 'substantial progress' to have been
    made"), or the clause's own subject does ("the change ... for care leavers to be accommodated", where the parser
    takes an earlier noun for the subject): a for-to infinitive, no reported act."""
    doc = subj.doc
    to = next((t for t in subj.head.children if t.dep_ == "aux" and t.lower_ == "to"), None)
    starts = [subj.left_edge.i]
    if to is not None:
        before = to.i - 1
        while before >= 0 and doc[before].is_punct:
            before -= 1
        if before >= 0 and doc[before].pos_ in ("NOUN", "PROPN", "PRON"):
            starts.append(doc[before].left_edge.i)
    for start in starts:
        i = start - 1
        while i >= 0 and doc[i].is_punct:
            i -= 1
        if i >= 0 and doc[i].lower_ in w.for_subject:
            return True
    return False


def _condition_before(governor: Token, verb: Token, w: _Words) -> bool:
    """A condition opened before the clause inside what its reporting verb says ("advised ... that if they wished
    to comment ..., they should raise their hand and they would be invited to speak")."""
    return any(t.dep_ == "mark" and t.lower_ in w.conditions and t.i < verb.i
               for t in governor.subtree if t.i > governor.i)


def hypothetical_would(sent: Span) -> bool:
    """The sentence's future is only "would", and every "would" clause is no act, at least one for its mood: a
    condition ("In terms of whether KCC would look to ..., it was initially determined that the Council would not
    ..."), an embedded question ("the question was how the Council would achieve the best outcome"), a reason or
    concession ("whilst the Devolution Programme would present a number of risks"), an opinion's content, a
    subordinate reporting verb, another party's act or a generic actor. A cue rule's commitment on such a sentence
    reads a hypothetical as a promise (round 49). A sentence with "will" or "shall" is left to the cue rules."""
    if not sent.doc.has_annotation("DEP"):
        return False
    w = _words()
    if any(t.dep_ == "aux" and t.lower_ in ("will", "shall", "'ll") for t in sent):
        return False
    verbs = [v for v in sent if v.tag_.startswith("VB") and any(c.dep_ == "aux" and c.lower_ == "would" for c in v.children)]
    if not verbs:
        return False
    reasons = [_mood(v, w) for v in verbs]
    return all(reasons) and any(r not in ("state", "negated", "described") for r in reasons)


def _mood(verb: Token, w: _Words) -> str | None:
    """Why the "would" clause of `verb` is no reported act (see `_clause`), or None when it may be one; its mood (a
    condition, a question, a reason) before its verb ("if more than 3 applications were received, the Parish Council
    would vote on which applicants to co-opt": a condition, though "vote" is no act either)."""
    passive = bool(_children(verb, "auxpass") or _children(verb, "nsubjpass"))
    if _conditional(verb, w):
        return "condition"
    if any(c.tag_ in ("WRB", "WP") for c in verb.children):
        return "question"
    if any(c.lower_ in w.reasons for c in verb.children if c.dep_ == "mark"):
        return "reason"
    if _children(verb, "neg"):
        return "negated"
    if verb.dep_ in ("relcl", "acl", "amod"):
        return "described"
    if verb.lower_ in (w.not_passives if passive else w.not_verbs):
        return "state"
    subj = _subject(verb)
    if subj is not None and _actor(subj, w) and any(c.dep_ == "det" and c.lower_ in w.generic for c in subj.children):
        return "generic"
    if passive and _other_agent(verb, w):
        return "other party"
    governors = _governors(verb)
    if governors:
        nearest = governors[0]
        if nearest.dep_ in w.subordinate:
            return "subordinate"
        if nearest.lower_ in w.opinion or _conditional(nearest, w) or _condition_before(nearest, verb, w):
            return "opinion"
        if nearest.dep_ == "relcl" and _other_speaker(nearest, w) \
                and any(c.dep_ in _SUBJECTS and c.tag_ in ("WP", "WDT") for c in nearest.children):
            return "other party"  # "... to Glazewing who had said they would speak to drivers"
    return None


def conditional(sent: Span) -> bool:
    """The sentence carries a condition ("The Clerk made a request that if lock-down is again put on us that the
    articles ... be re-established."): a bracketed action note after it ("(Chairman & Vice Chairman to run tick
    over.)") says what would happen then, no promise (round 49)."""
    w = _words()
    return any(t.dep_ == "mark" and t.lower_ in w.conditions for t in sent)


_PHRASE_START = ("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "VBN", "VBG", "IN", "RB", "RBR")


def causal_due(sent: Span) -> bool:
    """Every "due to" of the sentence gives a cause ("Majority of the underspend is due to management action ...",
    "this is due to more than 2,000 people starting the service"): a noun phrase follows "to", not a verb ("is due
    to commence in March", "is due to be presented"), and no "will", "would" or "shall" promises anything else. A cue
    rule's "is / was due to" then reads an explanation as a schedule (round 49)."""
    if not sent.doc.has_annotation("DEP") or any(t.dep_ == "aux" and t.lower_ in ("will", "would", "shall") for t in sent):
        return False
    dues = [t for t in sent if t.lower_ == "due" and t.i + 2 < sent.end and sent.doc[t.i + 1].lower_ == "to"]
    if not dues or any(t.lower_ in ("scheduled", "planned", "programmed", "set", "expected") and t.i + 1 < sent.end
                       and sent.doc[t.i + 1].lower_ == "to" for t in sent):
        return False  # "... but due to these delays construction is now scheduled to start in June": a schedule too
    for due in dues:
        after = sent.doc[due.i + 2]
        if not (after.tag_ in _PHRASE_START or after.dep_ in ("compound", "amod", "nummod", "det")):
            return False
    return True
