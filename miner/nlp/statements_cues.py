"""The statement cue file (`patterns/statement_cues.json`), loaded once, and the sentence rules read with it.

Every route of the statement finder asks the same questions of the cue file: what kind a header introduces
(`header_kind`), which sentence group speaks for a sentence (`sentence_rule`, searched through a literal index so
a sentence tries only the few of the 400-odd patterns it could match), and whether one named group or veto matches.
They live here, apart from the finder's state, so the list, sentence and table helpers can ask them too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from miner.nlp import literals
from miner.nlp.dates import find_deadline


CUES_PATH = Path(__file__).parent / "patterns" / "statement_cues.json"


@dataclass(frozen=True)
class Cues:
    header: dict[str, list[re.Pattern[str]]]
    sentence: list[tuple[str, str | None, bool, bool, bool, bool, list[re.Pattern[str]]]]  # (group, kind, minutes_only, requires_deadline, nested_only, reports_only, patterns)
    document: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # "proposals": a members' proposal paper starts
    fragment: list[re.Pattern[str]] = field(default_factory=list)  # a sentence read with the one before ("RAG: Red.")
    aim: list[re.Pattern[str]] = field(default_factory=list)  # a declarative sentence that states an intention
    scheduled: list[re.Pattern[str]] = field(default_factory=list)  # words before a date that schedule it
    field_label: list[re.Pattern[str]] = field(default_factory=list)  # "Action: " opening a sentence
    challenge_label: list[re.Pattern[str]] = field(default_factory=list)  # "Issue: " - a field label naming a difficulty
    imperative_veto: list[re.Pattern[str]] = field(default_factory=list)  # "Note that ...": no action plan's undertaking
    meeting_verb: list[re.Pattern[str]] = field(default_factory=list)  # "Agree ...": the meeting's verb, unless after "Action:"
    run_in_heading: list[re.Pattern[str]] = field(default_factory=list)  # "23/144 REPORTS FROM ..." before a sentence
    meeting_due: list[re.Pattern[str]] = field(default_factory=list)  # "to the October meeting": a due month
    accepted: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # a tracker's accepted recommendations
    actor: list[re.Pattern[str]] = field(default_factory=list)  # words that make a subject a promiser
    numbered_action: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # "Action 1.1 Install ...": label, verb
    target_comparison: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # "against a target of 70%"
    plan_action_heading: list[re.Pattern[str]] = field(default_factory=list)  # "Improvement actions": lines are undertakings
    plan_action: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # title, infinitive, verb (round 64); list_priority, list_commitment (v60)
    joint_plan: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # a partnership's plan: its partners' acts
    milestone_line: list[re.Pattern[str]] = field(default_factory=list)  # "Practical completion in September 2024."
    status_word: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # "Achieved.", "R1 (...): Implemented."
    action_note_start: list[re.Pattern[str]] = field(default_factory=list)  # "... trimmed. CLERK TO REQUEST WORK": a note begins
    abbreviation: list[re.Pattern[str]] = field(default_factory=list)  # "... and Cllr." / "Mack have met": no sentence end
    resolution_label: list[re.Pattern[str]] = field(default_factory=list)  # "RESOLUTION:" split off its line's sentence
    member_speech: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # a member's turn in minutes: opens, ends
    model_veto: list[re.Pattern[str]] = field(default_factory=list)  # "the meeting was being webcast": no classifier statement
    reported_discussion: dict[str, list] = field(default_factory=dict)  # "The Chairman noted that ...": opening, keep, kinds
    heading_label: dict = field(default_factory=dict)  # "Appointment of new Clerk" alone on its line: scope, kinds, keep
    empty_report: dict = field(default_factory=dict)  # "There is nothing to report currently.": no challenge
    document_description: dict = field(default_factory=dict)  # "The Plan sets out what we aim to achieve": no promise


@lru_cache(maxsize=1)
def load_cues(path: str = str(CUES_PATH)) -> Cues:
    """The cue file compiled once (case-insensitive patterns; `action_note_start` keeps its case)."""
    data = _with_shared(json.loads(Path(path).read_text(encoding="utf-8")))
    header = {k: [re.compile(p, re.I) for p in g["patterns"]] for k, g in data["header"].items()}
    sentence = []
    for name in data["sentence_order"]:
        g = data["sentence"][name]
        sentence.append(
            (name, g.get("kind"), bool(g.get("minutes_only")), bool(g.get("requires_deadline")), bool(g.get("nested_only")),
             bool(g.get("reports_only")), [re.compile(p, re.I) for p in g["patterns"]])
        )
    document = {k: [re.compile(p, re.I | re.M) for p in g["patterns"]] for k, g in data.get("document", {}).items()}
    fragment = [re.compile(p, re.I) for p in data.get("fragment", {}).get("patterns", [])]
    def group(name: str) -> list[re.Pattern[str]]:
        return [re.compile(p, re.I) for p in data.get(name, {}).get("patterns", [])]

    accepted = {k: [re.compile(p, re.I) for p in data.get("accepted_recommendation", {}).get(k, [])]
                for k in ("item", "accepted", "rejected", "due_fields", "due_label", "lead_label")}
    numbered = {k: [re.compile(p, re.I) for p in data.get("numbered_action", {}).get(k, [])] for k in ("label", "verb")}
    target = {k: [re.compile(p, re.I) for p in data.get("target_comparison", {}).get(k, [])]
              for k in ("phrase", "lower_is_better", "benchmark", "previous", "higher_is_better")}
    joint = {k: [re.compile(p, re.I) for p in data.get("joint_plan", {}).get(k, [])] for k in ("document", "partner")}
    return Cues(header=header, sentence=sentence, document=document, fragment=fragment, aim=group("aim"),
                scheduled=group("scheduled"), field_label=group("field_label"),
                challenge_label=group("challenge_label"), imperative_veto=group("imperative_veto"),
                meeting_verb=[re.compile(p, re.I) for p in data.get("imperative_veto", {}).get("meeting_verb", [])],
                accepted=accepted, actor=group("actor"),
                run_in_heading=group("run_in_heading"), meeting_due=group("meeting_due"), numbered_action=numbered,
                target_comparison=target,
                plan_action_heading=[re.compile(p, re.I) for p in data.get("plan_action", {}).get("heading", [])],
                plan_action={k: [re.compile(p, re.I) for p in data.get("plan_action", {}).get(k, [])]
                             for k in ("title", "infinitive", "verb", "list_priority", "list_commitment")},
                joint_plan=joint, milestone_line=group("milestone_line"),
                status_word={k: [re.compile(p, re.I) for p in data.get("status_word", {}).get(k, [])]
                             for k in ("done", "behind", "partial")},
                action_note_start=[re.compile(p) for p in data.get("action_note_start", {}).get("patterns", [])],
                abbreviation=group("abbreviation"), resolution_label=group("resolution_label"),
                member_speech={k: [re.compile(p, re.I) for p in data.get("member_speech", {}).get(k, [])]
                               for k in ("member", "other", "continuation", "difficulty", "undertaking")},
                model_veto=group("model_veto"),
                reported_discussion=_reported_discussion(data.get("reported_discussion", {}),
                                                         data.get("member_speech", {}).get("difficulty", [])),
                heading_label=_heading_label(data.get("heading_label", {})),
                empty_report=_empty_report(data.get("empty_report", {}),
                                           data.get("member_speech", {}).get("difficulty", [])),
                document_description=_document_description(data.get("document_description", {})))


def _with_shared(data):
    """The cue file with each list item "@name" replaced by `shared_patterns[name]`: a pattern two groups read is
    written once."""
    shared = data.get("shared_patterns", {}) if isinstance(data, dict) else {}

    def expand(node):
        if isinstance(node, dict):
            return {k: expand(v) for k, v in node.items()}
        if isinstance(node, list):
            return [shared[x[1:]] if isinstance(x, str) and x.startswith("@") and x[1:] in shared else expand(x)
                    for x in node]
        return node

    return expand(data)


def _heading_label(g: dict) -> dict:
    """The heading-and-label veto's parts (statements round 70): which finds it reads (`scope`: "model", "rules"),
    the kinds, the most words, the rule methods that keep a line (a plan's list item), the words of an item marker."""
    return {"scope": list(g.get("scope", [])), "kinds": list(g.get("kinds", [])), "max_words": int(g.get("max_words", 0)),
            "keep_methods": list(g.get("keep_methods", [])), "keep_opening_tags": list(g.get("keep_opening_tags", [])),
            "marker": re.compile(g.get("marker", r"^$"), re.I)}


def _empty_report(g: dict, difficulty: list[str]) -> dict:
    """The empty-report veto's parts (statements round 70): the phrases, and the difficulty words that keep a line."""
    return {"patterns": [re.compile(p, re.I) for p in g.get("patterns", [])],
            "keep": [re.compile(p, re.I) for p in difficulty]}


def _document_description(g: dict) -> dict:
    """The document-description veto's parts (statements round 73): the patterns, the kinds it reads, its scope."""
    return {"patterns": [re.compile(p, re.I) for p in g.get("patterns", [])], "kinds": list(g.get("kinds", [])),
            "scope": list(g.get("scope", [])), "keep": [re.compile(p, re.I) for p in g.get("keep", [])]}


def document_description(text: str, kind: str, scope: str) -> bool:
    """A sentence that describes a document rather than promising ("The Plan sets out what we aim to achieve by
    2028", "This framework drives performance ...", "See our key Corporate Plan priorities ..."), read as a
    commitment or priority: True when the document-description veto drops it (the guidelines' "description of a
    document or process"; statements round 73). `scope`: "rules" or "model", whose finds are read. Kept: a sentence
    that counts the document's priorities, aims or themes ("The document set out four main priority areas ..."), the
    plan's own list of them."""
    g = load_cues().document_description
    if scope not in g.get("scope", ()) or kind not in g.get("kinds", ()):
        return False
    return any(p.search(text) for p in g.get("patterns", ())) and not any(p.search(text) for p in g.get("keep", ()))


_FINITE_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP"})


def heading_label(sent, scope: str, kind: str, method: str = "") -> bool:
    """A heading or short label the sectioner left as a paragraph ("Appointment of new Clerk", "Town Council Plan
    2020"), read as a statement: True when the heading-and-label veto drops it. It stands alone on its line (an item
    marker before it aside), has at most `max_words` words, no final stop, no finite verb or modal and no "to" + verb
    ("Clerk to forward on any Police Reports" stays). `sent` is a spaCy span of the unit's doc (the parse)."""
    g = load_cues().heading_label
    if scope not in g.get("scope", ()) or kind not in g.get("kinds", ()):
        return False
    if any(method.startswith(m) for m in g.get("keep_methods", ())):
        return False
    text = sent.text.strip()
    if not text or text[-1] in ".;!?:":
        return False
    doc_text = sent.doc.text
    line_start = doc_text.rfind("\n", 0, sent.start_char) + 1
    line_end = doc_text.find("\n", sent.end_char)
    raw = doc_text[line_start: len(doc_text) if line_end < 0 else line_end]
    line = raw.strip()
    words = g["marker"].sub("", line).split()
    if not words or len(words) > g.get("max_words", 0) or " ".join(g["marker"].sub("", text).split()) != " ".join(words):
        return False
    for t in sent:
        if t.tag_ in _FINITE_TAGS or "Fin" in t.morph.get("VerbForm"):
            return False
        if t.lower_ == "to" and (t.tag_ == "TO" or t.i + 1 < sent.end and sent.doc[t.i + 1].pos_ in ("VERB", "AUX")):
            return False
    first = _first_word(sent, line_start + len(raw) - len(raw.lstrip()) + len(g["marker"].match(line).group(0)))
    if first is not None and first.tag_ in g.get("keep_opening_tags", ()):
        return False  # an imperative plan line: "Develop basic Community Emergency Plan", "Look after our people"
    return True


def _first_word(sent, start: int):
    """The first word of `sent` at or after character `start` (the line's text after any item marker)."""
    return next((t for t in sent if t.idx >= start and not (t.is_space or t.is_punct)), None)


def empty_report(text: str, kind: str) -> bool:
    """A line that says there was nothing to report ("There is nothing to report currently.", "There were no issues
    raised."), read as a challenge: True when the empty-report veto drops it (no difficulty named beside it)."""
    g = load_cues().empty_report
    if kind != "challenge" or not any(p.search(text) for p in g.get("patterns", ())):
        return False
    rest = text
    for p in g["patterns"]:
        rest = p.sub(" ", rest)  # "no issues raised" names no difficulty; "nothing to report, but a delay ..." does
    return not any(p.search(rest) for p in g.get("keep", ()))


def _reported_discussion(g: dict, difficulty: list[str]) -> dict[str, list]:
    """The reported-discussion veto's parts compiled (statements round 69): its openings, what keeps a sentence,
    the model labels it reads, and (when "challenge" is among them) the difficulty words that keep a challenge."""
    return {"opening": [re.compile(p, re.I) for p in g.get("opening", [])],
            "keep": [re.compile(p, re.I) for p in g.get("keep", [])],
            "kinds": list(g.get("kinds", [])),
            "challenge_keep": [re.compile(p, re.I) for p in [*difficulty, *g.get("challenge_keep", [])]]}


def reported_discussion(text: str, label: str) -> bool:
    """A minutes sentence that only reports what was said ("The Chairman noted that ...", "It was clarified that
    ..."), read by the classifier as `label`: True when the reported-discussion veto drops it (no reported future act
    or undertaking in it, and for a challenge no difficulty named)."""
    g = load_cues().reported_discussion
    if label not in g.get("kinds", ()) or not any(p.search(text) for p in g["opening"]):
        return False
    if any(p.search(text) for p in g["keep"]):
        return False
    return not (label == "challenge" and any(p.search(text) for p in g["challenge_keep"]))


def speech_turn(text: str) -> str | None:
    """Who a minutes sentence gives the floor to: "member" ("A Member said ..."), "other" (an officer, the Chair,
    a Cabinet Member replying, a resolution), or None (the speaker goes on)."""
    cues = load_cues().member_speech
    if any(p.search(text) for p in cues["other"]):
        return "other"
    if any(p.search(text) for p in cues["member"]):
        return "member"
    return None


def members_view(text: str) -> bool:
    """A sentence carrying on a member's speech ("He had checked previous Committees ..."): the member's view, unless
    it names a difficulty (the gold reads those as challenges) or an undertaking ("He offered to raise ...")."""
    cues = load_cues().member_speech
    return any(p.search(text) for p in cues["continuation"]) \
        and not any(p.search(text) for p in (*cues["difficulty"], *cues["undertaking"]))


@lru_cache(maxsize=1)
def _nested_groups() -> frozenset[str]:
    """Sentence groups that only speak inside a list item: their matches are explicit promises."""
    return frozenset(name for name, _, _, _, nested_only, _, _ in load_cues().sentence if nested_only)


def header_kind(header: str | None) -> str | None:
    """The statement kind a header introduces, from the cue file (None for an ordinary heading)."""
    if not header:
        return None
    # The cue nearest the end wins: "we face significant challenges ... which
    # mean that we need to:" introduces what must be done, not challenges.
    best: tuple[int, str] | None = None
    for kind, patterns in load_cues().header.items():
        for p in patterns:
            for m in p.finditer(header):
                if best is None or m.end() > best[0]:
                    best = (m.end(), kind)
    return best[1] if best else None


@lru_cache(maxsize=8192)  # the same sentence is read by several routes (its lead, a veto, the nested promises)
def sentence_rule(text: str, *, minutes: bool = False, nested: bool = False) -> tuple[str | None, str] | None:
    """(kind, rule name) for a prose sentence, None when no rule speaks.

    kind None means a veto (boilerplate). The rule name is `<group>#<pattern index>`.
    `nested`: the sentence sits inside a list item of another kind, where the
    `nested_only` groups (how things will be done from now on) also apply;
    `reports_only` groups (a report's recommendations to the meeting) do not
    apply to minutes. A PDF's line wraps are read as spaces ("This\nreport sets out ..."), so a cue's words
    match across them.
    """
    text = " ".join(text.split())
    index, firsts = _sentence_index()
    possible = index.possible(text)
    for (name, kind, minutes_only, requires_deadline, nested_only, reports_only, patterns), first in zip(
            load_cues().sentence, firsts):
        if (minutes_only and not minutes) or (nested_only and not nested) or (reports_only and minutes):
            continue
        for i, p in enumerate(patterns):
            if (possible is None or first + i in possible) and p.search(text) and (
                    not requires_deadline or find_deadline(text)):
                return kind, f"{name}#{i}"
    return None


@lru_cache(maxsize=1)
def _sentence_index() -> tuple[literals.LiteralIndex, list[int]]:
    """The words each sentence cue cannot match without (`literals.LiteralIndex`), so `sentence_rule` searches
    only the few patterns a sentence can match: most sentences match none of the 400-odd. Also each group's
    first pattern's position in the index."""
    groups = [patterns for *_, patterns in load_cues().sentence]
    firsts = list(accumulate((len(g) for g in groups[:-1]), initial=0))
    return literals.LiteralIndex(p for g in groups for p in g), firsts


def _group_matches(group: str, text: str) -> bool:
    """Some pattern of sentence group `group` matches, whichever group `sentence_rule` would pick."""
    return any(p.search(text) for name, _, _, _, _, _, patterns in load_cues().sentence if name == group for p in patterns)


def _vetoed_by(text: str, group: str) -> bool:
    """The rule that speaks for `text` is a veto of sentence group `group` (`not_statement`, `external_promise`)."""
    rule = sentence_rule(text)
    return rule is not None and rule[0] is None and rule[1].startswith(f"{group}#")


def _procedural(text: str) -> bool:
    """A sentence the not_statement veto speaks for ("Cllr Iqbal abstained from the vote.")."""
    return _vetoed_by(text.strip(), "not_statement")


@lru_cache(maxsize=1)
def _external_patterns() -> tuple[re.Pattern[str], ...]:
    """The `external_promise` group's patterns, to name the body a veto found (`StatementFinder._partner_act`)."""
    return next(tuple(patterns) for name, _, _, _, _, _, patterns in load_cues().sentence if name == "external_promise")


def _external(text: str) -> bool:
    """Another body's plan ("The Integrated Care Board will publish ..."): the external_promise veto speaks."""
    return _vetoed_by(text, "external_promise")


@lru_cache(maxsize=1)
def _reported_proposal_patterns() -> tuple[re.Pattern[str], ...]:
    """The cue file's `reported_proposal` group (not part of `Cues`: only list items read it)."""
    data = json.loads(CUES_PATH.read_text(encoding="utf-8")).get("reported_proposal", {})
    return tuple(re.compile(p, re.I) for p in data.get("patterns", ()))


def _reported_proposal(text: str) -> bool:
    """An item in the future of reported speech ("... would be merged into ..."): a proposal, not a delivery."""
    return any(p.search(" ".join(text.split())) for p in _reported_proposal_patterns())


@lru_cache(maxsize=1)
def _subordinate_will_patterns() -> tuple[re.Pattern[str], ...]:
    """The cue file's `subordinate_will` group (not part of `Cues`: only achievement items read it)."""
    data = json.loads(CUES_PATH.read_text(encoding="utf-8")).get("subordinate_will", {})
    return tuple(re.compile(p, re.I) for p in data.get("patterns", ()))


def _subordinate_will(text: str) -> bool:
    """The sentence's first "will" sits in a subordinate clause ("Agreed on what success will look like in the
    future"): it describes what was done, it promises nothing of its own."""
    return any(p.search(" ".join(text.split())) for p in _subordinate_will_patterns())


@lru_cache(maxsize=1)
def _views_columns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    """The cue file's `views_column` group: a table's "said" column names, and its answer column names."""
    data = json.loads(CUES_PATH.read_text(encoding="utf-8")).get("views_column", {})
    return tuple(re.compile(p, re.I) for p in data.get("views", ())), tuple(re.compile(p, re.I) for p in data.get("response", ()))
