"""Component `miner_statements`: priorities, commitments, achievements, challenges, decisions.

Two routes, rules first:

1. **List inheritance.** A list item or numbered paragraph under a header that
   names a kind ("Key priorities in 2018-19 include:", "areas ... we need to
   focus our attention on", "Key areas for YOS activity going forwards are:")
   is one statement of that kind, with the header's period. The kind comes
   from the parent unit's own words read with the cue file (the finder
   remembers, per section path, what each unit introduces, so a sub-heading
   under a list header passes its kind on), else from the sectioner
   (`unit.kind`). Inside any item, explicit or dated promises ("will go live
   in October 2020", "I am committed to ...") are also recorded as
   commitments, and inside an achievement item a sentence naming a challenge
   as a challenge, or how things will be done from now on ("No clinical
   referrals will be made in future without ...") as a commitment. A lead-in
   to expected outcomes ("I would expect to see improved outcomes ... such
   as:") makes its items commitments, even inside an achievement list. An
   item under a priorities or commitments header that itself states a
   difficulty ("Demand for EHC needs assessments continues to rise") is a
   challenge; an aim ("Tackle the rising cost of ...") keeps the header's kind.
2. **Sentences of running prose.** Each parser sentence is tried against the
   sentence cue groups in `patterns/statement_cues.json` (vetoes first); a
   sentence no rule settles goes to the scikit-learn classifier
   (`statement_model.py`) when one is fitted, kept when its label is not
   "none" at the cross-validated threshold saved with the model
   (`method="model:statement_classifier@<version>"`). Headings are topics,
   never statements.

A report's recommendations come first (`statements_recommendations.py`): an
item under "Recommendations" or "County Council is asked to:" that asks the
meeting to act ("Endorse the proposed decision ... to submit a request to
Government") is a `decision`; one that only notes is left to the routes
above. Minutes are not read this way: their resolutions are decisions taken.

Other people's words are skipped on both routes: sentences inside a long
quoted passage (a resident's verbatim comment in a consultation report) and
the items under a lead-in to consultees' themes ("the common themes reported
are as follows:", header kind `views`), the cells of a table's said column beside the council's answer ("| Consultation
Feedback | Draft KCC Response |", "You said | We did", cue group `views_column`), and a paper of members' proposals from
its budget amendment form or a group's alternative budget on (cue group
`document.proposals`, not minutes): the movers' "we will" is not the council's.

A numbered action line of an action plan written as paragraphs ("Action 1.1
Install solar panels ... by March 2024.") is a commitment when the word after
its label is an imperative (cue group `numbered_action`): the plan's
undertaking, due by its own date. A lead-in to proposals of a period ("the
following savings are proposed for 2023/24:") passes its period to its items.

An action plan's table, flattened to one line per row ("1.1 | Recruit two
additional prevention officers | Housing Options Manager | June 2024 | ..."),
is read by its header row (`statements_tables.py`): each action cell is a
commitment due by its timescale, or an achievement or challenge where a status
column says done or not started. The same columns written as a form, one
field a line under a numbered action ("Action 1.2: Introduce ..." / "Owner:
..." / "By: March 2025" / "Status: On track"), are read the same way. The
items under a plan's "How we will measure success" are indicator names, not
statements (header kind `measures`).

Each record has the exact span (absolute offsets), period, deadline
(`dates.find_deadline`; promises and decisions only, and not a date before the
paper's meeting unless the sentence schedules it), actor, confidence, method
and, for priorities and commitments, a `Specificity` profile. A
recommendations tracker's entry ("Recommendation 3: ... Response: Accepted.")
is a commitment when accepted and nothing when not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from miner.model import Statement, TextUnit, stable_id
from miner.nlp import literals, statement_model
from miner.nlp.dates import find_dates, find_deadline, find_periods, normalise_period
from miner.nlp.doctext import text_of
from miner.sections import classify_kind
from miner.nlp.specificity import assess
from miner.nlp.statements_fields import against_previous, against_target, benchmark_target
from miner.nlp.statements_fields import declarative as _declarative
from miner.nlp.statements_fields import deadline as _deadline
from miner.nlp.statements_fields import due_after_meeting as _due_after_meeting
from miner.nlp.statements_fields import find_actor, lead_in_actor, lead_in_due
from miner.nlp.statements_recommendations import ACT, RecommendationReader, item_bounds
from miner.nlp.statements_tables import ActionTable, cell_bounds, read_action_form
from miner.tabular import MARKDOWN_RULE

if not Doc.has_extension("miner_unit"):
    Doc.set_extension("miner_unit", default=None)

GROUP = "miner_statements"
CUES_PATH = Path(__file__).parent / "patterns" / "statement_cues.json"
RULES_VERSION = "38"  # what each version changed: STATEMENT_RULES.md beside this module
KIND_OF_SECTION = {
    "priorities": "priority",
    "achievements": "achievement",
    "challenges": "challenge",
    "decisions": "decision",
    "resolutions": "decision",
}
PROMISES = ("priority", "commitment")
VIEWS = "views"  # header kind of a list of other people's views (consultation themes): no statements
MEASURES = "measures"  # header kind of a plan's measures of success: indicator names, no statements
RESTATED = "restated"  # header kind of an earlier plan's promises restated in a report of what was done ("What we said we would do")
EXPLICIT_COMMITMENTS = ("commitment#0", "commitment#1", "commitment#2", "commitment#8")
MODES = ("both", "rules", "model")

# "A1 ", "R2 ", "C12 " opening an action plan's or a review's line that ends as a sentence does: a reference, not
# a word (not "Q2", a quarter; not a road in a table's line, "A28 Chart Road, Ashford", nor a road's number before
# its name in a list of schemes, "C19 Station Road, Oakham.")
_REF = r"(?-i:[A-PR-Z]\d{1,2}[a-z]?)\.?[ \t]+(?!(?-i:[A-Z][a-z]+[ \t]+){0,3}(?-i:Road|Lane|Street|Way|Avenue|Drive|Bypass|Link|Hill)\b)(?=(?-i:[A-Z])[^\n]*[.;:!?][ \t]*(?:\n|$))"
# "(iv) ", "- ", "4.10.1 ", "a) ", "A1 " at the start of an item: not part of the statement.
_MARKER = re.compile(r"^\s*(?:[-•*▪●]\s*)?(?:\(?(?:[ivxlc]{1,6}|[a-z]|\d{1,3})\)\s*|\d+(?:\.\d+)+\.?\s+|\d{1,2}\.\s+|" + _REF + ")?", re.I)
_REF_START = re.compile(_REF)  # a line opening with a reference starts a new sentence ("... safety\nA1 Complete ...")
_OPEN_QUOTES = "\u201c\"\u2018'"
_CLOSE_QUOTES = "\u201d\"\u2019'"
# what ends a quoted motion whose closing mark is lost: the vote, or the minute's next numbered paragraph ("2) Following ...")
_MOTION_OVER = re.compile(r"^\W*(?:\d{1,2}\)\s|(?:for|against|abstain)\s*\(\d+\)|(?:the\s+)?(?:substantive\s+)?(?:motion|amendment)\s+(?:was\s+)?(?:carried|lost|agreed|defeated|fell)\b|resolved\b)", re.I)
_JOINT_TITLE_CHARS = 600  # a plan names itself joint in its opening lines (its title), not in passing later
_TITLE_WORDS = 15  # a title line: this short, without a sentence's end


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
    joint_plan: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # a partnership's plan: its partners' acts
    milestone_line: list[re.Pattern[str]] = field(default_factory=list)  # "Practical completion in September 2024."
    status_word: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)  # "Achieved.", "R1 (...): Implemented."
    action_note_start: list[re.Pattern[str]] = field(default_factory=list)  # "... trimmed. CLERK TO REQUEST WORK": a note begins
    abbreviation: list[re.Pattern[str]] = field(default_factory=list)  # "... and Cllr." / "Mack have met": no sentence end
    resolution_label: list[re.Pattern[str]] = field(default_factory=list)  # "RESOLUTION:" split off its line's sentence


@lru_cache(maxsize=1)
def load_cues(path: str = str(CUES_PATH)) -> Cues:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
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
                joint_plan=joint, milestone_line=group("milestone_line"),
                status_word={k: [re.compile(p, re.I) for p in data.get("status_word", {}).get(k, [])]
                             for k in ("done", "behind", "partial")},
                action_note_start=[re.compile(p) for p in data.get("action_note_start", {}).get("patterns", [])],
                abbreviation=group("abbreviation"), resolution_label=group("resolution_label"))


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


# a resolution that decides before it lists: "RESOLVED: That the premises licence be granted ..., subject to the
# following conditions:" (a licensing or planning minute), "RESOLVED that the grant be awarded on these terms:"
_RESOLVES_BEFORE_LIST = re.compile(
    r"\bthat\b.{0,160}?\b(?:be|is|are)\s+(?:hereby\s+)?(?:granted|approved|agreed|adopted|refused|awarded|allocated|"
    r"suspended|revoked|deferred|declined|confirmed|endorsed|authori[sz]ed|delegated|made|issued|varied|added)\b", re.I | re.S)


def is_header_text(text: str) -> bool:
    """A list header or heading line itself is not a statement, unless it is a resolution that decides before
    listing its conditions or terms."""
    t = text.strip()
    if not t.endswith(":"):
        return False
    kind = header_kind(t)
    return kind is not None and not (kind == "decision" and _RESOLVES_BEFORE_LIST.search(t))


_LABEL_WORDS = 6
# a resolution's lead-in run into its own line: "RESOLVED: That", "RESOLVED that the Committee"
_RESOLVED_LEAD = re.compile(
    r"^\W*resolved\W*(?:that\b)?(?:\s+(?:the\s+)?(?:county\s+|borough\s+|district\s+|city\s+)?"
    r"(?:committee|sub-committee|council|cabinet|panel|board|executive|members))?\W*$", re.I)


def is_label(text: str) -> bool:
    """A short unpunctuated line that names a kind ("What we have achieved", "What we will do",
    "Actions to improve", "RESOLVED: That"): a sub-heading the sectioner left as a paragraph. It
    introduces the items that follow and is no statement itself. A resolution that is a whole
    short decision ("RESOLVED that the report be noted") is not a label."""
    t = " ".join(text.split())
    if not t or len(t.split()) > _LABEL_WORDS or t[-1] in ".;!?":
        return False
    kind = header_kind(t)
    return kind is not None and (kind != "decision" or bool(_RESOLVED_LEAD.match(t)))


# "Over the past year we have:", "Progress this year includes:", "These are as follows:"
_LEAD_IN_END = re.compile(
    r"(?:\b(?:we|i|they|it|the\s+(?:[\w'-]+\s+){0,3}?(?:council|service|team|partnership|authority|department|directorate|board))\s+(?:have|has|will|are|were|had)|\b(?:include[sd]?|including|are|were|is|comprise[sd]?|"
    r"as\s+follows|the\s+following|below|these|this\s+included))"
    r"(?:\s+(?:in|during|for|over|since)\s+(?:the\s+)?[\w/'’-]+(?:\s+[\w/'’-]+){0,3})?\s*(?::|…|\.\.\.)\s*$", re.I)  # "... the following in 2023/24:", "Together we will…"
_LEAD_IN_WORDS = 12


def is_lead_in(text: str) -> bool:
    """One short sentence that only introduces the list after it ("Over the past year we have:"): its
    items are the statements, it is none itself."""
    t = " ".join(text.split())
    t = t[strip_marker(t):]
    return len(t.split()) <= _LEAD_IN_WORDS and bool(_LEAD_IN_END.search(t)) and not re.search(r"[.!?]\s", t)


_SUB_HEADING_WORDS = 8
_TOPIC_WORDS = 4
_CLAUSE_WORD = re.compile(r"\b(?:we|i|will|shall|would|have|has|had|are|is|were|was|be|to)\b", re.I)


def _topic_lead(text: str) -> bool:
    """A topic that heads the items after it ("4.3 Transport:", "Nature and waste:"): a few words and a colon, no
    clause; it says nothing itself."""
    t = " ".join(text.split())
    t = t[strip_marker(t):]
    return t.endswith(":") and 0 < len(t.split()) <= _TOPIC_WORDS and not _CLAUSE_WORD.search(t)


def _sub_heading(text: str) -> bool:
    """A short line without a sentence's end ("Theme 1: Council buildings and energy", "Fleet and travel")."""
    return 0 < len(text.split()) <= _SUB_HEADING_WORDS and text[-1] not in ".;:!?"


def strip_marker(text: str) -> int:
    """Length of the leading list marker ("(iv) ", "4.10.1 ")."""
    m = _MARKER.match(text)
    return m.end() if m else 0


@Language.factory(
    "miner_statements",
    assigns=["doc.spans"],
    default_config={"mode": "both", "model_dir": None, "min_model_confidence": None},
)
def make_statement_classifier(
    nlp: Language, name: str, mode: str, model_dir: str | None, min_model_confidence: float | None
) -> "StatementFinder":
    return StatementFinder(mode=mode, model=statement_model.load(model_dir), min_model_confidence=min_model_confidence)


@dataclass
class _UnitFound:
    """One unit's statements so far, and the sentences left for the classifier."""

    unit: TextUnit
    list_kind: str | None
    period: str | None
    spans: list[Span] = field(default_factory=list)
    pending: list[Span] = field(default_factory=list)
    lead_kind: str | None = None  # the kind of the lead-in this block of lines follows ("The Group recommends that the Executive:")
    taken: list[tuple[int, int]] = field(default_factory=list)  # character ranges already read as lines (milestones)
    motion: bool = False  # the unit is inside a motion's quoted text as moved (`StatementFinder._in_quoted_motion`)


class StatementFinder:
    """Rules first, then the classifier, over one TextUnit doc."""

    def __init__(self, mode: str = "both", model=None, min_model_confidence: float | None = None):
        """`min_model_confidence` None: the threshold the model was saved with (cross-validated)."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self.model = model
        if min_model_confidence is None:
            min_model_confidence = model.threshold if model is not None else 0.55
        self.min_model_confidence = min_model_confidence
        self._context_doc: str | None = None
        self._context: dict[str, str | None] = {}
        self._lead_period: dict[str, str] = {}  # a lead-in's period ("... are proposed for 2023/24:"), per section path
        self._lead_due: dict[str, str] = {}  # a lead-in's due date words ("By the end of September 2024 we will:"), per path
        self._lead_actor: dict[str, str] = {}  # who a lead-in names as doing its items ("The Youth Justice Service will:")
        self._motion: dict[str, str | None] = {}  # per document: "moved" (a motion's mover line read), "open" (inside its quoted text)
        self._named_kind: dict[str, str | None] = {}  # paths whose sectioner kind came from a heading that only names one
        self._proposals_doc: str | None = None  # the document whose proposal part has begun
        self._joint_doc: str | None = None  # the document that is a partnership's joint plan
        self._author: tuple[str, str] | None = None  # (document, office) the paper names as its author in its opening lines
        self._plan_doc: str | None = None  # the document whose title names it an action plan
        self._lead_ins: set[str] = set()  # section paths of the current document's lead-ins (units ending ":")
        self._named: set[str] = set()  # section paths of its named themes or priorities ("5. Priority 3: Preventing exploitation")
        self._recommendations = RecommendationReader()
        self._tables = ActionTable()
        self._priority_table: object | None = None  # the open action table's header row, when it sits under priorities

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Rules unit by unit in reading order; the classifier once per batch of units.

        One scikit-learn call per batch instead of one per unit: its per-call
        input checks cost more than the prediction itself.
        """
        for batch in minibatch(stream, size=batch_size):
            found = [self._by_rules(doc) for doc in batch]
            for f in found:
                if f.motion:  # a motion's quoted text: its resolved items, not its preamble or aims
                    f.spans = [sp for sp in f.spans if sp._.miner_record is None or sp._.miner_record.kind == "decision"]
                    f.pending.clear()
            self._classify(found)
            for doc, unit_found in zip(batch, found):
                doc.spans[GROUP] = unit_found.spans
                yield doc

    def _by_rules(self, doc: Doc) -> "_UnitFound":
        doc_text = text_of(doc)  # rebuilt from the tokens on every access
        unit: TextUnit = doc._.miner_unit or TextUnit(
            document_id="", section_id=None, section_path=None, role="body", kind="other", period=None, start=0, text=doc_text
        )
        list_kind = self._list_kind(doc_text, unit)
        period = unit.period or normalise_period(unit.header or "")
        if period is None and unit.role == "item" and list_kind:  # "(a) ..." under "... proposed for 2023/24:"
            period = self._lead_period.get(_parent_path(unit.section_path) or "")
        found = _UnitFound(unit, list_kind, period)
        if unit.role == "body" and _parent_path(unit.section_path) in self._lead_ins:  # "R1 Introduces ..." lines
            found.lead_kind = self._context.get(_parent_path(unit.section_path) or "")
        self._note_joint_plan(doc_text, unit)
        self._note_title(doc_text, unit)
        if unit.section_path and _NAMED_LINE.match(doc_text.strip()[strip_marker(doc_text.strip()):]):
            self._named.add(_base_path(unit.section_path))  # a theme's name the sectioner left as a paragraph: its paragraphs follow
        if self._in_proposals(doc_text, unit):  # an amendment's or alternative budget's words are its movers'
            return found
        found.motion = self._in_quoted_motion(doc_text, unit)  # "Mr Brady proposed, and Ms Meade seconded the motion that" / "“..."
        if list_kind == MEASURES and unit.role == "paragraph" and self.mode != "model":
            # "6.1 The Board will publish an annual report on the outcome measures, starting in June 2026." under
            # "How we will measure progress": a numbered paragraph's own promise, read by the rules only
            self._sentences(doc, found)
            found.pending.clear()
            return found
        if list_kind in (VIEWS, MEASURES, RESTATED):  # consultees' themes, indicator names, "We said we would:" items
            return found
        if self.mode != "model" and self._table_rows(doc, unit, found):
            return found
        if self.mode != "model" and unit.doc_kind != "minutes" and self._recommendation(doc, unit, found):
            return found
        if self.mode != "model" and unit.role != "heading":
            named, lead_period = _named_priorities(doc, list_kind)
            if named:  # "The Board has agreed four priorities:" / "Priority 1: Give every child ..." / "Priority 2: ..."
                found.spans += [self._record(line, unit, "priority", period or lead_period,
                                             f"rule:named-priority@{RULES_VERSION}", 0.9) for line in named]
                return found
        if self.mode != "model" and list_kind and unit.role in ("item", "paragraph") and not is_header_text(doc_text) \
                and not is_lead_in(doc_text) and not _topic_lead(doc_text):
            span = self._item_span(doc)
            if span is not None and list_kind in PROMISES and _external(span.text) and not self._partner_act(span.text, unit):
                return found  # "4.9 The Integrated Care Board will publish ..." under "Our priorities": not the author's
            if span is not None and _names_only(span.text):
                return found  # "The plan is built around four improvement themes:" / "Theme 1: Effective front door ..."
            if span is not None and list_kind in PROMISES and _vetoed(doc, span):
                # "4.1 The Board is asked to endorse the recommendations." under "Next steps": the report's request,
                # no promise; a sentence after it ("The Director of Public Health will report progress ...") is read
                # by the rules alone
                self._sentences(doc, found)
                found.pending.clear()
                return found
            if span is not None and list_kind in PROMISES + ("achievement",) and self._states_difficulty(doc, span, unit, list_kind):
                # "Demand for EHC needs assessments continues to rise" under "Key priorities", "Recycling
                # performance fell to 36.8%, below our target of 40%" under "What we achieved": a difficulty
                found.spans.append(self._record(span, unit, "challenge", period, f"rule:list-difficulty@{RULES_VERSION}", 0.9))
                return found
            if span is not None and list_kind == "priority" and self._prose_promise(doc, span, unit):
                # "4.2 To reduce the use of bed and breakfast we will buy 20 homes ... The first ten purchases are
                # expected to complete by September 2025." under the heading "4. Priorities for 2025/26": a numbered
                # paragraph of prose that promises, read sentence by sentence by the rules, not one priority item
                self._sentences(doc, found)
                found.pending.clear()
                return found
            if span is not None and list_kind in PROMISES and _several_promises(span.text):
                # "5.2 Targets. We will move 70% ... online. We will answer 80% of calls ...": each its own promise,
                # with its own target and date, read sentence by sentence
                self._sentences(doc, found)
                return found
            if span is not None and list_kind == "achievement" and _reported_proposal(span.text):
                # "d) The Health Reform Committee would be merged into ..." under "the key highlights were as
                # follows:": a proposal the minutes report, not something done
                found.spans.append(self._record(span, unit, "commitment", period, f"rule:reported-proposal@{RULES_VERSION}", 0.85))
                return found
            if span is not None:
                found.spans.append(self._record(span, unit, list_kind, period, f"rule:list-inherit@{RULES_VERSION}", 0.95,
                                                due_text=self._inherited_due(span.text, unit, list_kind),
                                                actor=self._inherited_actor(span, unit, list_kind)))
                # a promise read from the lead sentence of a promise item is the item itself, found once
                found.spans += [s for s in self._nested(doc, unit, list_kind, period) if s.text != span.text
                                and not (s.start_char == span.start_char and list_kind in PROMISES
                                         and s._.miner_record.kind in PROMISES)]
                return found
        if unit.role != "heading" and not is_label(doc_text):  # a heading names a topic; it is not itself a statement
            if self.mode != "model":
                self._milestones(doc, found)
            self._sentences(doc, found)
        return found

    def _milestones(self, doc: Doc, found: "_UnitFound") -> None:
        """A project's milestone lines ("Start on site: Q3 2025", "Practical completion in December 2026.") due after
        the meeting: commitments due then, the project's name (the title line above them, else the heading) their
        actor; the lines are not read again as sentences."""
        project = found.unit.header
        for m in re.finditer(r"[^\n]+", text_of(doc)):
            line = m.group(0).strip()
            body = line[strip_marker(line):]
            due = _milestone_due(body, found.unit)
            if due is None:
                if _sub_heading(line) and ":" not in line and not find_dates(line):  # "Northtown Fire Station Rebuild"
                    project = line
                continue
            a = m.start() + (len(m.group(0)) - len(m.group(0).lstrip())) + strip_marker(line)
            span = doc.char_span(a, m.start() + len(m.group(0).rstrip()), alignment_mode="expand")
            if span is None:
                continue
            found.spans.append(self._record(span, found.unit, "commitment", found.period,
                                            f"rule:milestone-line@{RULES_VERSION}", 0.85, due_text=due,
                                            actor=project))
            found.taken.append((span.start_char, span.end_char))

    def _classify(self, found: list["_UnitFound"]) -> None:
        """The classifier's verdict on every sentence the rules left open, in one call."""
        pending = [(f, sent) for f in found for sent in f.pending]
        if not pending or self.model is None:
            return
        delex = "delex" in self.model.features  # the delexicalised view costs a pass over tokens
        candidates = [self.candidate(sent, f.unit, f.list_kind, delex=delex) for f, sent in pending]
        for (f, sent), (label, prob) in zip(pending, self.model.predict(candidates)):
            if label != "none" and prob >= self.min_model_confidence:
                method = self.model.method
                if self.mode != "model" and label in ("commitment", "achievement"):
                    measured = against_target(sent.text)  # "the average wait was 9.8 weeks against a target of 4 weeks"
                    if measured is not None and measured != label:
                        label, method = measured, f"{method}+rule:against-target@{RULES_VERSION}"
                f.spans.append(self._record(sent, f.unit, label, f.period, method, round(prob, 3)))

    def _recommendation(self, doc: Doc, unit: TextUnit, found: "_UnitFound") -> bool:
        """Record a report's recommendation to act ("(2) Endorse the proposed decision ... to submit a
        request to Government") as a decision, not also a commitment; True when the unit is one. Items
        that only note go on to the sentence rules ("Note that ... will commit Kent and Medway to
        elections ..." states a commitment of its own)."""
        doc_text = text_of(doc)
        reading = self._recommendations.read(unit.document_id, doc_text, heading=unit.role == "heading")
        if reading is None or reading.role != ACT:
            return False
        span = doc.char_span(*item_bounds(doc_text, reading.start), alignment_mode="expand")
        if span is None or len(span.text) < 12:
            return False
        found.spans.append(self._record(span, unit, "decision", found.period, f"rule:recommendation@{RULES_VERSION}", 0.9))
        return True

    def _table_rows(self, doc: Doc, unit: TextUnit, found: "_UnitFound") -> bool:
        """Record the rows of an action plan table ("1.1 | Recruit two additional prevention officers |
        Housing Options Manager | June 2024 | ...") as the action cell, due by its timescale cell; True when
        the unit belongs to such a table (its header row and group headings record nothing)."""
        doc_text = text_of(doc)
        rows = self._tables.read(unit.document_id, doc_text)
        from_table = rows is not None
        if rows is None:
            form = read_action_form(doc_text, load_cues().numbered_action.get("label", ()))
            if form is None:
                return False
            action = " ".join(doc_text[form.start : form.end].split())
            rows = [] if form.lead and _external(f"{form.lead} will {action[:1].lower()}{action[1:]}") else [form]
        # a table of actions under a heading naming priorities ("Proposed Priorities to Improve Health and
        # Wellbeing" / "| What we have committed to | Led by | Timescale |"): its rows are the priorities, as a
        # list's items are, also the rows after a group heading inside the table ("Climate Change Adaptation") and
        # in later units of the same table; not an audit grade ("Priority 1 recommendations") nor a form's fields
        if from_table and self._tables.header is not self._priority_table:
            under_priorities = found.list_kind == "priority" and re.search(r"\bpriorities\b", unit.header or "", re.I)
            self._priority_table = self._tables.header if under_priorities else None
        for row in rows:
            start = row.start + strip_marker(doc_text[row.start : row.end])
            span = doc.char_span(start, row.end, alignment_mode="expand")
            kind = "priority" if row.kind == "commitment" and from_table and self._priority_table is not None \
                and self._priority_table is self._tables.header else row.kind
            if span is not None and len(span.text) >= 12:
                found.spans.append(self._record(span, unit, kind, found.period, f"rule:action-table@{RULES_VERSION}",
                                                0.9, due_text=row.due, actor=row.lead))
        return True

    def _in_proposals(self, text: str, unit: TextUnit) -> bool:
        """True from a members' proposal on to the end of a paper that is not minutes.

        A budget amendment form ("Proposer: ... Seconder: ...") or a party
        group's alternative budget speaks for its movers, not the council: its
        "we will" and its account of pressures are not the council's promises
        or challenges, carried or not (annotations/README.md, round 8). Minutes
        record amendments too, but there the vote that follows is the statement.
        """
        if self._proposals_doc == unit.document_id:
            return True
        if unit.doc_kind != "minutes" and any(p.search(text) for p in load_cues().document.get("proposals", ())):
            self._proposals_doc = unit.document_id
            return True
        return False

    def _in_quoted_motion(self, text: str, unit: TextUnit) -> bool:
        """Whether the unit is the quoted text of a motion or amendment as moved in minutes ("1) Mr Brady proposed, and
        Ms Meade seconded the motion that" / "“This County Council notes: ..." / "This County Council resolves to:" /
        "- Agree that ...”"). Those are the movers' words: its preamble ("The Climate and Nature Bill has been
        introduced ...", "Its second reading will take place on 24 January 2025") states nothing of the council's;
        its resolved items stay decisions, as minutes that record a carried motion only by its vote need them (a
        lost motion's items are still read so: the vote comes after them). The quotation runs from the unit opening with a quotation mark to the one closing it; a vote or a
        new numbered minute paragraph ends it too, should the closing mark be lost."""
        if unit.doc_kind != "minutes":
            return False
        t = text.strip()
        state = self._motion.get(unit.document_id)
        if state == "moved":
            state = "open" if t[:1] in _OPEN_QUOTES else None
        elif state == "open" and _MOTION_OVER.match(t):
            state = None
        if state == "open":
            self._motion[unit.document_id] = None if t.rstrip(" .;")[-1:] in _CLOSE_QUOTES else "open"
            return True
        self._motion[unit.document_id] = None
        for p in load_cues().document.get("motion_moved", ()):
            if (m := p.search(t)) is not None:
                rest = t[m.end():].strip()
                if not rest:
                    self._motion[unit.document_id] = "moved"
                elif rest[:1] in _OPEN_QUOTES and rest.rstrip(" .;")[-1:] not in _CLOSE_QUOTES:
                    self._motion[unit.document_id] = "open"
                return False
        return False

    def _note_joint_plan(self, text: str, unit: TextUnit) -> None:
        """Remember a paper whose opening lines name it a partnership's joint plan ("Community Safety Partnership
        Plan 2024-2027"): there its partners' acts are the plan's promises (`_partner_act`)."""
        title = text.strip()
        if unit.document_id == self._joint_doc or unit.doc_kind == "minutes" or unit.start >= _JOINT_TITLE_CHARS \
                or len(title.split()) > _TITLE_WORDS or title[-1:] in ".!?":
            return  # a sentence naming "its new joint forward plan" is no title
        if any(p.search(text) for p in load_cues().joint_plan.get("document", ())):
            self._joint_doc = unit.document_id

    def _note_title(self, text: str, unit: TextUnit) -> None:
        """Remember the office a paper names as its author in its opening lines ("Report of the Police and Crime
        Commissioner"), and whether its title names it an action plan ("Parish Action Plan 2024-2026")."""
        title = text.strip()
        if unit.doc_kind == "minutes" or unit.start >= _JOINT_TITLE_CHARS or len(title.split()) > _TITLE_WORDS \
                or title[-1:] in ".!?":
            return
        m = next((m for p in load_cues().document.get("author", ()) if (m := p.search(title))), None)
        if m is not None and (self._author is None or self._author[0] != unit.document_id):
            self._author = (unit.document_id, m.group("office").lower())
        if unit.role != "heading" and _ACTION_PLAN_TITLE.search(title):  # a title line, not "3. Improvement actions"
            self._plan_doc = unit.document_id

    def _partner_act(self, text: str, unit: TextUnit) -> bool:
        """A partner's future act in a joint plan ("The ICB will fund two additional IDVAs ..."): the plan's promise,
        though in any other paper another body's. So is the act of the office the paper names as its author
        ("The Commissioner will fund ..." in the Police and Crime Commissioner's report)."""
        if unit.document_id == self._joint_doc and any(p.search(text) for p in load_cues().joint_plan.get("partner", ())):
            return True
        if self._author is None or self._author[0] != unit.document_id:
            return False
        veto = next((m for p in _external_patterns() if (m := p.search(text))), None)
        body = re.sub(r"^the\s+|\s+(?:will|would|is|are)\b.*$", "", veto.group(0).strip().lower()) if veto else ""
        return bool(body) and re.search(rf"\b{re.escape(body)}\b", self._author[1]) is not None

    def _author_act(self, text: str, unit: TextUnit) -> bool:
        """The office the paper names as its author, as the subject of a future act ("The Director of Public Health
        will report progress against each recommendation in next year's annual report." in the Director of Public
        Health's report): its own promise, which no other cue reads."""
        if self._author is None or self._author[0] != unit.document_id:
            return False
        m = _OFFICE_WILL.match(text)
        office = m.group("office").lower() if m else ""
        return len(office) >= 4 and re.search(rf"\b{re.escape(office)}\b", self._author[1]) is not None

    # -- list context -----------------------------------------------------------

    def _list_kind(self, text: str, unit: TextUnit) -> str | None:
        """The kind this unit inherits from its list header, reading the header's own words.

        Units arrive in reading order, so the finder remembers, per section path
        of the current document, the kind each unit introduces for its children:
        a paragraph ending in ':' by its last sentence ("... which mean that we
        need to:"), a heading by its title, and a sub-heading under a list header
        by that header ("The key priorities ... include:" > "9.3.1 Early help" >
        items). A list item takes its parent's kind when there is one, else the
        sectioner's.
        """
        if unit.document_id != self._context_doc:
            self._context_doc, self._context, self._lead_period, self._lead_ins, self._named = unit.document_id, {}, {}, set(), set()
            self._lead_due, self._lead_actor, self._named_kind = {}, {}, {}
        path = _base_path(unit.section_path)
        parent = _parent_path(path)
        own = KIND_OF_SECTION.get(unit.kind) or header_kind(unit.header)
        if own in ("priority", "challenge") and unit.header and header_kind(unit.header) != own:
            # The sectioner's "priorities" and "challenges" also cover names ("Devolution Priority
            # Programme", a panel's "Challenge Cards Update") and plans ("Commissioning Intentions"); a
            # paragraph there is read sentence by sentence unless its header itself names priorities or challenges.
            own = header_kind(unit.header)
            if path is not None and classify_kind(unit.header) == unit.kind:  # the name is where the kind came from
                self._named_kind[path] = own
        elif own in ("priority", "challenge") and not unit.header and parent in self._named_kind:
            own = self._named_kind[parent]  # a paragraph's items under such a name ("In response ... it was said:" / "a. ...")
            if path is not None:
                self._named_kind[path] = own
        inherited = self._context.get(parent) if parent is not None else None
        body = " ".join(text.split())
        intro: str | None = None
        if unit.role == "heading":
            intro = header_kind(body) or inherited
        elif body.endswith(":"):
            last = _last_sentence(body)
            intro = header_kind(_last_line(text)) or header_kind(last) or (header_kind(body) if len(last) < 40 else None) or own
            periods = find_periods(last)
            if periods and path is not None:
                self._lead_period[path] = periods[0][2]
            if path is not None:
                self._lead_ins.add(path)
                if intro in PROMISES and (due := lead_in_due(last)) is not None:
                    self._lead_due[path] = due
                if intro in PROMISES and (who := lead_in_actor(last)) is not None:
                    self._lead_actor[path] = who
        elif is_label(body):  # "What we achieved in 2024/25": its kind and period pass to the items
            intro = header_kind(body)
            periods = find_periods(body)
            if periods and path is not None:
                self._lead_period[path] = periods[0][2]
        elif inherited and unit.role == "body" and _sub_heading(body):
            # "Under each theme the Council will:" > "Theme 1: Council buildings and energy" > "(a) Install ...":
            # a lead-in's kind and period pass through the sub-headings its list is grouped under
            intro = inherited
            if parent in self._lead_period and path is not None:
                self._lead_period[path] = self._lead_period[parent]
            if parent in self._lead_due and path is not None:
                self._lead_due[path] = self._lead_due[parent]
            if parent in self._lead_actor and path is not None:
                self._lead_actor[path] = self._lead_actor[parent]
        if path is not None:
            self._context[path] = intro
        if unit.role == "item" and inherited:
            return inherited
        return own

    def _inherited_due(self, text: str, unit: TextUnit, kind: str) -> str | None:
        """The lead-in's due date for a promise item that states none of its own ("By the end of September 2024
        we will:" / "- publish the new Local Plan;"), as its kind and period come from there too. A period the item
        names is what it is for, not when it is due ("by March 2025 the Commissioner will:" / "(a) secure Home Office
        funding to continue the Violence Reduction Unit in 2025/26;" is due in March 2025)."""
        lead = self._lead_due.get(_parent_path(unit.section_path) or "")
        own = _deadline(text, kind, unit)
        if lead is None or kind not in PROMISES or (own is not None and own not in {p for _, _, p in find_periods(text)}):
            return None
        return lead

    def _inherited_actor(self, span: Span, unit: TextUnit, kind: str) -> str | None:
        """The item's own subject, else for a promise item the one its lead-in names ("The Youth Justice Service will:"
        / "- implement a trauma-informed practice model ... by December 2024;")."""
        own = find_actor(span) if span.doc.has_annotation("DEP") else None
        if own is not None or kind not in PROMISES:
            return own
        return self._lead_actor.get(_parent_path(unit.section_path) or "")

    # -- routes ---------------------------------------------------------------

    def _item_span(self, doc: Doc) -> Span | None:
        """The item's words after its marker, up to a procedural note or a form label after them ("(iii) that
        temporary repairs be carried out ... Cllr Iqbal abstained from the vote.", "... Reasons for decision:
        ...": the vote's or the form's record, not the item)."""
        doc_text = text_of(doc)
        start = strip_marker(doc_text)
        end = len(doc_text.rstrip())
        for sent in _sentences_of(doc)[1:]:
            if sent.start_char > start and _procedural(sent.text):  # it and what follows are the record's
                end = len(doc_text[: sent.start_char].rstrip())
                break
        if end - start < 3:
            return None
        return doc.char_span(start, end, alignment_mode="expand")

    @staticmethod
    def _prose_promise(doc: Doc, item: Span, unit: TextUnit) -> bool:
        """A numbered paragraph under a priorities heading (not a list's lead-in) whose lead sentence is a commitment
        by the rules ("we will buy", "I have asked officers to bring a report", "will be brought to ... in January
        2026"): the heading's priorities are its lists, this paragraph says what will be done."""
        if unit.role != "paragraph" or (unit.header or "").rstrip().endswith(":"):
            return False
        lead = next((s for s in (_trim(x) for x in _sentences_of(doc)) if s is not None and s.end_char > item.start_char), None)
        rule = sentence_rule(lead.text, minutes=unit.doc_kind == "minutes") if lead is not None else None
        return rule is not None and rule[0] == "commitment"

    @staticmethod
    def _states_difficulty(doc: Doc, item: Span, unit: TextUnit, list_kind: str) -> bool:
        """A promise- or achievement-list item whose lead sentence states a difficulty rather than an aim: the challenge
        (or setback) cues read it as a challenge, it is declarative - a finite verb with a subject, so
        not an imperative or gerund aim ("Reduce the number of children placed out of area", "Tackling
        the rising cost of transport") - and no `aim` cue marks an intention ("needs to manage"). Under an
        achievements header only a shortfall against a target or a setback counts ("has continued to
        increase" there is progress); so does a rate or time stated short of its target under any header."""
        if not doc.has_annotation("DEP"):
            return False
        lead = next((s for s in (_trim(x) for x in _sentences_of(doc)) if s is not None and s.end_char > item.start_char), None)
        if lead is None:
            return False
        if _short_of_target(lead):  # "88.2% of 999 calls were answered within 10 seconds, against the national target of 90%"
            return True
        rule = sentence_rule(lead.text, minutes=unit.doc_kind == "minutes")
        if rule is None or rule[0] != "challenge" or any(p.search(lead.text) for p in load_cues().aim):
            return False
        if list_kind == "achievement" and not rule[1].startswith(("shortfall#", "setback#")):
            return False
        if not rule[1].startswith(("setback#", "shortfall#")) and _group_matches("achievement", lead.text):
            return False  # "we have created a dedicated provision for pupils with mental health difficulties"
        return _declarative(lead)

    def _nested(self, doc: Doc, unit: TextUnit, list_kind: str, period: str | None) -> list[Span]:
        """Sentences inside a list item that say something of another kind than the list.

        An achievement item can name a remaining challenge ("There continues to
        be a challenge ... in finding placements") or a promise ("Places will be
        increased again in September 2020"); those sentences are recorded too,
        with their own kind, beside the whole item.
        """
        out = []
        for sent in _sentences_of(doc):
            sent = _trim(sent)
            if sent is None:
                continue
            rule = sentence_rule(sent.text, minutes=unit.doc_kind == "minutes", nested=list_kind == "achievement")
            if rule is None or rule[0] is None or rule[0] == list_kind or rule[1].startswith("dated_action#"):
                continue  # an imperative with a date inside a list is the item itself ("(a) Recruit four wardens by October 2023.")
            if rule[0] == "commitment":
                # an explicit promise (committed to, we will, the plan is, from now on) or one with a date
                explicit = rule[1] in EXPLICIT_COMMITMENTS or rule[1].split("#")[0] in _nested_groups()
                if not explicit and not find_deadline(sent.text):
                    continue
            elif not (rule[0] == "challenge" and list_kind == "achievement"):
                continue
            out.append(self._record(sent, unit, rule[0], period, f"rule:nested-{rule[1]}@{RULES_VERSION}", 0.8))
        return out

    def _sentences(self, doc: Doc, found: "_UnitFound") -> None:
        """Rule statements into `found.spans`; sentences no rule decides into `found.pending`."""
        doc_text = text_of(doc)
        minutes = found.unit.doc_kind == "minutes"
        quoted = _quoted_ranges(doc_text)
        said = _said_cells(doc_text)
        answered = -1  # the end of an accepted recommendation's entry, whose response restates the promise
        statuses = _status_lines(doc) if self.mode != "model" else {}
        sents = _sentences_of(doc)
        if minutes and self.mode != "model":
            sents = _split_at_action_notes(sents)
        for sent in sents:
            text = sent.text.strip()
            if any(a < sent.end_char and sent.start_char < b for a, b in found.taken):
                continue  # a milestone line, read already
            if len(text) < 12 or is_header_text(text) or is_lead_in(text) or _cell_soup(text) \
                    or not (re.search(r"[a-z]", text) or (minutes and _action_note_at(text, 0))):
                continue  # all capitals: a heading, unless it is a minute's action note ("CLERK TO SEND EMAIL")
            if any(a <= sent.start_char + (len(sent.text) - len(sent.text.lstrip())) < b for a, b in quoted) \
                    and not (minutes and _group_matches("resolution", text)):  # a motion's words are the council's
                continue
            if any(a <= sent.start_char + (len(sent.text) - len(sent.text.lstrip())) < b for a, b in said):
                continue  # "| Taking it away will cause more social problems | ...": the consultee's cell
            if ":" in text and header_kind(text[: text.index(":") + 1]) == VIEWS:
                break  # a lead-in to consultees' themes run into the same unit: the rest is theirs
            line = doc_text.rfind("\n", 0, sent.start_char) + 1  # a label speaks for the sentences of its line
            labelled = _label_kind(doc_text[line : sent.end_char])  # "We did: Increased cleaning ...": the label's kind
            status = statuses.get(line)
            rated_result = status is not None and sent.start_char < status[0] and status[1] != "partial" \
                and _states_result(sent.text)  # "Discharge ...: 92.8% ..., against a plan of 92.0%. Met."
            # "Action 5: Introduce ... by March 2026 - On track.": the rating after a dash is the action line's own
            dashed = status is not None and sent.start_char < status[0] and bool(_DASH_END.search(sent.text))
            if status is not None and sent.start_char <= status[0] and not rated_result and not dashed:
                continue  # "Priority 1: Reduce first-time entrants. Achieved.": last year's promise and its rating
            raw = sent.text.strip()
            sent = _trim(sent)
            if sent is None:
                continue
            action = _numbered_action(sent) if self.mode != "model" else None
            if action is not None:
                action = _without_dash(action)  # "Commission 12 ... by March 2025 -" before "In progress (6 delivered)."
            if action is not None:  # "Action 1.1 Install solar panels ... by March 2024."
                # "Action 1: Refurbish ... by September 2024 - Status: Complete": done; "- Status: Red": behind
                kind = "achievement" if _group_matches("status_done", action.text) else \
                    "challenge" if _group_matches("status_behind", action.text) else "commitment"
                if dashed and status[1] in ("achievement", "challenge"):
                    kind = status[1]  # "- Complete." / "- Not started." parsed as a sentence of its own
                found.spans.append(self._record(action, found.unit, kind, found.period,
                                                f"rule:numbered-action@{RULES_VERSION}", 0.85))
                continue
            rule = sentence_rule(sent.text, minutes=minutes) if self.mode != "model" else None
            if minutes and self.mode != "model" and any(p.match(doc_text[line : sent.start_char]) for p in load_cues().resolution_label):
                rule = ("decision", "resolution-label#0")  # "RESOLUTION: Clerk to contact ...": the label decides the line
            if rule is not None and rule[0] is None and rule[1].startswith("external_promise#") \
                    and self._partner_act(sent.text, found.unit):
                rule = ("commitment", "partner-act#0")  # "The ICB will fund ..." in a community safety partnership plan
            if rule is None and self.mode != "model" and self._author_act(sent.text, found.unit):
                rule = ("commitment", "author-act#0")  # "The Director of Public Health will report progress ..." in the DPH's report
            if rule is None and self.mode != "model" and _dated_imperative(sent, found.unit, after_action_label=_action_labelled(raw)):
                rule = ("commitment", "dated-imperative#0")  # "Test all business continuity plans ... by 31 March 2026."
            if rule is None and self.mode != "model" and _plan_action(sent, raw, found.unit) \
                    and (_under_plan_heading(found.unit, doc_text) or _parent_path(found.unit.section_path) in self._named
                         or found.unit.document_id == self._plan_doc):
                rule = ("commitment", "plan-action#0")  # "C2 Publish the Tenant Satisfaction Measures ... every year."
            if rule is None and self.mode != "model" and found.lead_kind in PROMISES \
                    and (strip_marker(raw) > 0 or _marker_only(text_of(doc)[line : sent.start_char])):
                rule = (found.lead_kind, "lead-in-line#0")  # "R1 Introduces a recycling reward scheme ..." after its lead-in
            if rule is None and self.mode != "model" and _short_of_target(sent):
                rule = ("challenge", "against-target-short#0")  # "Punctuality was 82.4% against a target of 85%."
            if rule is None and self.mode != "model" and (moved := against_previous(sent.text)) is not None:
                rule = (moved, f"against-previous-{moved}#0")  # "the average wait ... was 11 days, compared with 16 days a year ago"
            if rule is None and self.mode != "model" and labelled in ("achievement", "commitment", "challenge"):
                rule = (labelled, f"field-label-{labelled}#0")  # "Outputs to be delivered by March 2025: 40 ...": due then
            if rated_result:
                rule = (status[1], "rated-result#0")  # the year's figure before its rating: met, or not met
            if rule is None and status is not None and status[1] in ("achievement", "challenge"):
                rule = (status[1], "status-word#0")  # "Implemented. The Smokefree Pregnancy Service began taking referrals ..."
            if self.mode != "model" and _is_recommendation_item(sent.text):
                rule = _recommendation_rule(doc_text[sent.end_char:], found.lead_kind)
            elif rule is not None and rule[1] == "lead-in-line#0" and _response(doc_text[sent.end_char:]) == "rejected":
                rule = (None, "recommendation-item#0")  # "R3 The Council should ..." / "Response: Not accepted."
            if self.mode != "model" and rule is not None and rule[0] in ("commitment", "achievement"):
                measured = against_target(sent.text)  # "58% ..., against a target of 70%": a measurement
                if measured is not None and measured != rule[0]:
                    rule = (measured, f"against-target-{measured}#0")
            due_text = lead = None
            if rule is not None and rule[1] == "field-label-commitment#0" and not re.search(r"[.!?]\s", doc_text[line : sent.start_char]):
                due_text = doc_text[line : sent.end_char]  # the label speaks for its line's first sentence, its date too
            if rule is not None and rule[1] == "accepted-recommendation#0":
                answered = _response_end(doc_text, sent.end_char)
                due_text = _as_due(doc_text[sent.start_char : answered])  # "Response: Accepted. ... by December 2025."
                lead = _entry_lead(doc_text[sent.end_char : answered])  # "Lead: Head of HR."
            elif sent.start_char < answered and (rule is None or rule[0] == "commitment"):
                continue  # the response's "will publish the leaflet ...": the accepted recommendation, recorded once
            if rule is not None:
                kind, name = rule
                if kind is not None:
                    found.spans.append(self._record(sent, found.unit, kind, found.period, f"rule:{name}@{RULES_VERSION}",
                                                    0.85, due_text=due_text, actor=lead))
                continue
            if self.mode != "rules":
                found.pending.append(sent)

    @staticmethod
    def candidate(span: Span, unit: TextUnit, list_kind: str | None, *, delex: bool = True) -> statement_model.Candidate:
        """What the classifier sees of a sentence or item: its text, list context and grammar.

        `delex=False` leaves out the delexicalised text, for a model that does not read it."""
        tagged = span.doc.has_annotation("TAG")
        tags = statement_model.candidate_tags(span) if tagged else ()
        delex = statement_model.delexicalise(span) if tagged and delex else ""
        return statement_model.Candidate(span.text, list_kind, unit.role, unit.kind, unit.doc_kind == "minutes", tags,
                                         delex=delex, doc_kind=unit.doc_kind, after_meeting=_due_after_meeting(span.text, unit),
                                         position=_position(span, unit))

    # -- records --------------------------------------------------------------

    def _record(self, span: Span, unit: TextUnit, kind: str, period: str | None, method: str, confidence: float,
                due_text: str | None = None, actor: str | None = None) -> Span:
        """`due_text` and `actor`: the deadline's text and the actor when they are not in the span (an action
        table's timescale and lead cells)."""
        start, end = unit.start + span.start_char, unit.start + span.end_char
        deadline = _deadline(due_text if due_text is not None else span.text, kind, unit)
        if actor is None and span.doc.has_annotation("DEP"):
            actor = find_actor(span)
        own_period = period
        if own_period is None:  # the sentence's own period, not the baseline it compares with ("higher than in 2021/22")
            periods = [p for p in find_periods(span.text) if not _BASELINE.search(span.text[: p[0]])]
            own_period = periods[0][2] if periods else None
        statement = Statement(
            id=stable_id(unit.document_id, "statement", start, end),
            document_id=unit.document_id,
            section_id=unit.section_id,
            section_path=unit.section_path,
            kind=kind,
            text=span.text,
            start=start,
            end=end,
            period=own_period,
            deadline=deadline,
            actor=actor,
            confidence=confidence,
            method=method,
        )
        if kind in PROMISES or kind == "challenge":
            statement.specificity = assess(span.text, deadline=statement.deadline, actor=actor)
            if kind in PROMISES and benchmark_target(span.text) is not None:
                statement.specificity.measurable = True  # "to at least in line with the national average"
        span._.miner_record = statement
        return span


def _milestone_due(line: str, unit: TextUnit) -> str | None:
    """"by <date>" for a line that only names a milestone and its date ("Contract award expected March 2025.") when
    the date is after the paper's meeting: a forward-looking paper's milestone; else None."""
    m = next((m for p in load_cues().milestone_line if (m := p.match(line))), None)
    if m is None or len(m.group("date").split()) > 4:
        return None
    due_text = f"by {m.group('date')}"
    due = find_deadline(due_text)
    if due is None or len(due_text) - due[1] > 3:  # the date and nothing after it
        return None
    return due_text if _due_after_meeting(due_text, unit) else None


def _is_recommendation_item(text: str) -> bool:
    """"Recommendation 3: The Executive Member should lobby ...": an entry of a recommendations tracker."""
    return any(p.search(text) for p in load_cues().accepted.get("item", ()))


_ENTRY_LABEL = re.compile(r"^[^:.;]{1,80}:\s*")


def _status_word(text: str) -> str | None:
    """The kind an entry's rating names ("Achieved." achievement, "Carried forward." challenge, "Partly achieved."
    "partial"), with the entry's name or reference before a colon ("R1 (healthy weight): Carried forward."); None
    for any other sentence."""
    t = text.strip()
    t = t[strip_marker(t):].strip()
    cues = load_cues().status_word
    for body in (t, _ENTRY_LABEL.sub("", t, count=1)):
        for key, kind in (("done", "achievement"), ("behind", "challenge"), ("partial", "partial")):
            if any(p.match(body) for p in cues.get(key, ())):
                return kind
    return None


_DASH_END = re.compile(r"\s[-\u2013\u2014]\s*$")


def _without_dash(span: Span) -> Span:
    """The action without the dash that led to its rating ("Introduce ... by March 2026 -" before "On track.")."""
    m = _DASH_END.search(span.text)
    if m is None:
        return span
    return span.doc.char_span(span.start_char, span.start_char + m.start(), alignment_mode="contract") or span


_RESULT = re.compile(r"^(?=(?:[^.;]|\.\d)*?\b(?:was|were|rose|fell|increased|reduced|decreased|stood|reached)\b)(?:[^.;]|\.\d)*?\d"
                     r"(?:[^.;]|\.\d)*?\bagainst\s+(?:a|an|the|its|our)\s+(?:\w+\s+)?(?:plan|target|ambition|trajectory)\b", re.I)


def _states_result(text: str) -> bool:
    """A figure reported against its plan or target ("Discharge to usual place of residence: 92.8% of people were
    discharged ..., against a plan of 92.0%."), a Better Care Fund year-end entry whose rating ("Met.", "Not
    met.") follows it on the line: the sentence is the result the rating types, not last year's promise."""
    return bool(_RESULT.search(text))


def _status_lines(doc: Doc) -> dict[int, tuple[int, str]]:
    """Per line start, where its rating sentence starts and the kind it names: the sentences before it on the line
    are the entry's name (last year's promise), those after it its evidence."""
    out: dict[int, tuple[int, str]] = {}
    for sent in _sentences_of(doc):
        kind = _status_word(sent.text)
        if kind is not None:
            out.setdefault(text_of(doc).rfind("\n", 0, sent.start_char) + 1, (sent.start_char, kind))
    return out


def _marker_only(text: str) -> bool:
    """The words of a line before a sentence are only its reference or number ("R1. " before "The Council should
    commission ...", split off by the parser): the sentence opens a referenced line."""
    return bool(text.strip()) and strip_marker(text.strip() + " X.") == len(text.strip()) + 1


def _response(after: str) -> str | None:
    """"accepted" when the entry's response (in the rest of its unit, up to the next entry) accepts the
    recommendation, in full or in part, "rejected" when it does not, None when the entry has no response."""
    cues = load_cues().accepted
    lines = after.splitlines()
    nxt = next((i for i, line in enumerate(lines) if i and any(p.search(line) for p in cues.get("item", ()))), len(lines))
    after = "\n".join(lines[:nxt])  # up to the next entry
    if any(p.search(after) for p in cues.get("rejected", ())):
        return "rejected"
    return "accepted" if any(p.search(after) for p in cues.get("accepted", ())) else None


def _accepted(after: str) -> bool:
    """The entry's response (in the rest of its unit) accepts the recommendation, in full or in part."""
    return _response(after) == "accepted"


def _recommendation_rule(after: str, lead_kind: str | None) -> tuple[str | None, str]:
    """A recommendation entry ("Recommendation 3: The Council should ..."): a commitment when its response accepts
    it; with no response, one when its lead-in makes it the paper's own ("The report makes the following
    recommendations to the Council and its partners:", what the meeting endorses and a later report reviews);
    else, or when the response rejects it, another body's proposal and none."""
    response = _response(after)
    if response == "accepted":
        return "commitment", "accepted-recommendation#0"
    if response is None and lead_kind == "commitment":
        return "commitment", "lead-in-line#0"
    return None, "recommendation-item#0"


def _response_end(text: str, start: int) -> int:
    """The end of the line of a tracker entry's response that accepts the recommendation ("Response: Accepted.
    The Housing Options team will publish the leaflet ... by December 2025."), where its promise is restated;
    `start` when there is none before the next "Recommendation N:" line. Later lines ("Action: ... The next
    report will be published in April 2025.") report progress and keep their own statements."""
    cues = load_cues().accepted
    pos = start
    while pos < len(text):
        nxt = text.find("\n", pos + 1)
        end = nxt if nxt != -1 else len(text)
        line = text[pos:end]
        if pos > start and _is_recommendation_item(line.lstrip("\n")):
            return start
        if any(p.search(line) for p in cues.get("accepted", ())):
            return _after_due_fields(text, end)
        pos = end
    return start


def _as_due(text: str) -> str:
    """A tracker entry's text with its date fields read as due dates ("Target date: January 2025" -> "due by
    January 2025"): a bare month after a label is no due date to the date finder."""
    for p in load_cues().accepted.get("due_label", ()):
        text = p.sub("due by ", text)
    return text


def _entry_lead(text: str) -> str | None:
    """The lead officer a tracker entry names after its response ("Lead: Section 151 Officer."): who is to act."""
    m = next((m for p in load_cues().accepted.get("lead_label", ()) if (m := p.search(text))), None)
    return " ".join(m.group("lead").split()) if m is not None else None


def _after_due_fields(text: str, end: int) -> int:
    """`end` moved over the field lines right after an accepted response ("Lead: Monitoring Officer. Target
    date: January 2025."): the entry's timescale, read for its due date."""
    fields = load_cues().accepted.get("due_fields", ())
    while end < len(text):
        nxt = text.find("\n", end + 1)
        line_end = nxt if nxt != -1 else len(text)
        if not any(p.match(text[end:line_end].lstrip("\n")) for p in fields):
            break
        end = line_end
    return end


def _dated_imperative(sent: Span, unit: TextUnit, *, after_action_label: bool = False) -> bool:
    """A sentence that opens with a verb in the base form (the tagger's reading, for verbs the `dated_action`
    cue does not list: "Test all business continuity plans through a council-wide exercise by 31 March
    2026.") and names a due date after the meeting: an action plan's undertaking. The meeting's own verbs
    ("Agree", "Note") are a recommendation's, except after an action label ("Action: Agree the new operating
    model with partners by June 2024.", where the parser hangs the verb on the label)."""
    first = next((tok for tok in sent if not tok.is_punct and not tok.is_space), None)
    if first is None or first.tag_ != "VB" or not first.text[:1].isupper() or (first.dep_ != "ROOT" and not after_action_label):
        return False
    cues = load_cues()
    vetoes = cues.imperative_veto if after_action_label else cues.imperative_veto + cues.meeting_verb
    if any(p.match(sent.text) for p in vetoes):  # "Note that ...", "Recommend that ..."
        return False
    return _due_after_meeting(sent.text, unit)


_AHEAD = re.compile(r"\b(?:will|would|shall|aims?|plans?|intends?|expects?|expected|forecast|projected|should|could|may|might|to\s+(?:reach|achieve|meet))\b", re.I)


def _short_of_target(sent: Span) -> bool:
    """A rate or a time stated against its target and short of it ("Punctuality on the core network was 82.4% against
    a target of 85%"), that no other rule read: a challenge. Not a count ("613 approved households against a target
    of 700"): an annual target's count reported during the year is often progress towards it. Only a statement of
    fact (a finite verb with a subject, nothing ahead of the meeting): a figure that meets its target is left to the
    classifier, as are aims."""
    phrase = next((m for p in load_cues().target_comparison.get("phrase", ()) if (m := p.search(sent.text))), None)
    if phrase is None or not phrase.group("unit") or against_target(sent.text) != "challenge" or _AHEAD.search(sent.text):
        return False
    if not sent.doc.has_annotation("DEP"):  # a unit dense with figures the parser did not see: a finite verb before it
        return bool(_STATED.search(sent.text[: phrase.start()]))
    return _declarative(sent)


# a figure's statement of fact, read without the parser ("94.1% of potholes were repaired within 28 days against ...")
_STATED = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|stood|stands|averaged|remained|remains|reached)\b", re.I)


def _action_labelled(text: str) -> bool:
    """The sentence opens with an action's field label ("Action: Agree ...", "C1 Action: Establish ...")."""
    t = text[strip_marker(text):].lstrip()
    label = next((m for p in load_cues().field_label if (m := p.match(t))), None)
    return label is not None and label.group(0).lower().startswith("action")


# not a verb but a noun after all: "Support for carers", "Review of the strategy", "Work is under way"
_NOT_A_VERB_AFTER = re.compile(r"^\s+(?:of|for|is|are|was|were|will|has|have|had|and|to\s+date)\b", re.I)


def _plan_action(sent: Span, raw: str, unit: TextUnit) -> bool:
    """An action line opening with an action verb, dated or not ("A1 Complete all overdue fire risk assessment
    actions by Q2 2025.", "C2 Publish the Tenant Satisfaction Measures ... every year."): a list item, or a line
    opening with a reference, a number or an action label ("Action: Launch a member development programme ...").
    It is a plan's undertaking under a heading of actions or a named theme or priority (the caller checks,
    `_under_plan_heading`). The listed verbs are a plan's, "Agree" and "Support" among them ("3.5 Support 1,000
    private households to access Home Upgrade Grant funding"); not before a "that" clause."""
    if unit.role != "item" and strip_marker(raw) == 0 and not _action_labelled(raw):
        return False
    cues = load_cues()
    verb = next((m for p in cues.numbered_action.get("verb", ()) if (m := p.match(sent.text))), None)
    if verb is None or _NOT_A_VERB_AFTER.match(sent.text[verb.end():]):
        return False
    return not any(p.match(sent.text) for p in cues.imperative_veto)


def _under_plan_heading(unit: TextUnit, text: str) -> bool:
    """The unit sits under a heading of actions ("3. Improvement actions", "Action plan") or a named theme or
    priority ("Priority 3: Preventing exploitation"), its own or the one its first line gives."""
    header = (unit.header or "").strip()
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return any(p.search(header) for p in load_cues().plan_action_heading) or bool(_NAMED_LINE.match(header)) \
        or bool(_NAMED_LINE.match(first))


def _numbered_action(sent: Span) -> Span | None:
    """The words after a numbered action's label ("Action 1.1 Install solar panels ... by March 2024.") when
    the first of them is an imperative verb: an action plan's line is its undertaking. A label before a
    title or a statement of fact ("Action 3 Housing delivery") is no promise."""
    cues = load_cues().numbered_action
    m = next((m for p in cues.get("label", ()) if (m := p.match(sent.text))), None)
    if m is None:
        return None
    rest = sent.text[m.end():]
    start = sent.start_char + m.end()
    first = next((tok for tok in sent if tok.idx >= start), None)
    imperative = any(p.match(rest) for p in cues.get("verb", ())) or (first is not None and first.tag_ == "VB")
    if not imperative or len(rest.strip()) < 12:
        return None
    return sent.doc.char_span(sent.start_char + m.end(), sent.end_char, alignment_mode="expand")


_NAMED_LINE = re.compile(r"^\W*(?:theme|priority|objective|outcome|ambition|aim|pillar|strand|workstream)\s+(?:\d{1,2}[a-z]?|[a-z])\s*[:.\u2013-]\s*[^.!?:;]{1,80}$", re.I)


_PRIORITY_LINE = re.compile(r"^\W*priority\s+(?:\d{1,2}[a-z]?|[a-z])\s*[:.\u2013-]\s*[^.!?:;]{1,120}[.;]?$", re.I)


def _named_priorities(doc: Doc, list_kind: str | None) -> tuple[list[Span], str | None]:
    """Each numbered priority line of a unit that is a list of them ("The Board has agreed four priorities:" /
    "Priority 1: Give every child the best start in life" / "Priority 2: ..."), one statement a line: the
    lines are the priorities the lead-in announces. Only after a lead-in or heading that names priorities
    (`header_kind`), or under a priorities header; a theme's or objective's name stays none (`_names_only`).
    Also the lead-in's period ("Key priorities for 2025/26"), for the lines."""
    doc_text = text_of(doc)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc_text) if m.group(0).strip()]
    if not lines:
        return [], None
    first = doc_text[lines[0][0] : lines[0][1]].strip()
    first = first[strip_marker(first):]
    named = [(a, b) for a, b in lines if _PRIORITY_LINE.match(doc_text[a:b].strip())]
    if named and named[0] != lines[0] and header_kind(first) == "priority" and len(named) == len(lines) - 1:
        pass  # a lead-in or heading line, then its priorities
    elif not (list_kind == "priority" and len(named) == len(lines) >= 2):
        return [], None
    periods = find_periods(first) if named[0] != lines[0] else []
    out = []
    for a, b in named:
        a += len(doc_text[a:b]) - len(doc_text[a:b].lstrip())
        span = doc.char_span(a, b - (len(doc_text[a:b]) - len(doc_text[a:b].rstrip())), alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out, periods[0][2] if periods else None


# a sentence that opens a promise of its own: "We will ...", "As a first milestone, we will ...", "The Council will ...",
# "Our headline commitment is to ..."
_OWN_PROMISE = re.compile(r"(?:^|(?<=[.!?])\s+)(?:(?:[A-Z][\w'’ -]{0,40},\s+)?(?:we|the (?:council|authority|service|board))\s+will\s+"
                          r"(?!be\s+asked\b)|(?:our|the (?:council|authority)['’]s)\s+(?:[\w-]+\s+)?(?:commitment|ambition|aim)\s+is\s+to\b)",
                          re.I)


def _several_promises(text: str) -> bool:
    """Two or more sentences of an item each open a promise of their own (each has its own target and date)."""
    return len(_OWN_PROMISE.findall(text)) >= 2


def _names_only(text: str) -> bool:
    """A lead-in whose lines after it only name numbered themes or priorities ("The plan is built around four
    improvement themes:" / "Theme 1: Effective front door and early help" / ...): names, like a bare
    "Priority 1: <title>" line, not statements; the actions under each theme are."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return len(lines) >= 2 and lines[0].endswith(":") and all(_NAMED_LINE.match(line) for line in lines[1:])


def _vetoed(doc: Doc, item: Span) -> bool:
    """The item's lead sentence is one the `not_statement` group vetoes (a request to the meeting, the
    paper describing itself): under a promise header it is still none."""
    lead = next((s for s in (_trim(x) for x in _sentences_of(doc)) if s is not None and s.end_char > item.start_char), None)
    rule = sentence_rule(lead.text) if lead is not None else None
    return rule is not None and rule[0] is None and rule[1].startswith("not_statement#")


def _group_matches(group: str, text: str) -> bool:
    """Some pattern of sentence group `group` matches, whichever group `sentence_rule` would pick."""
    return any(p.search(text) for name, _, _, _, _, _, patterns in load_cues().sentence if name == group for p in patterns)


def _procedural(text: str) -> bool:
    """A sentence the not_statement veto speaks for ("Cllr Iqbal abstained from the vote.")."""
    rule = sentence_rule(text.strip())
    return rule is not None and rule[0] is None and rule[1].startswith("not_statement#")


# "The Director of Public Health will report ...", "The Commissioner will fund ...": an office (capitalised words, "of",
# "for", "and" between them) as the subject of a future act
_OFFICE_WILL = re.compile(r"^\W*(?:the\s+)?(?P<office>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:of|for|and|&|the|(?-i:[A-Z])[\w'’&-]*)){0,8}?)"
                          r"\s+will\s+(?:also\s+|then\s+)?(?!not\b|need\b|have\s+to\b|be\s+(?:required|asked|expected|able|unable)\b)[a-z]+", re.I)


_ACTION_PLAN_TITLE = re.compile(r"^(?!.*\b(?:progress|update|review|monitoring|performance)\b).*\baction\s+plan\b", re.I)


@lru_cache(maxsize=1)
def _external_patterns() -> tuple[re.Pattern[str], ...]:
    return next(tuple(patterns) for name, _, _, _, _, _, patterns in load_cues().sentence if name == "external_promise")


def _external(text: str) -> bool:
    """Another body's plan ("The Integrated Care Board will publish ..."): the external_promise veto speaks."""
    rule = sentence_rule(text)
    return rule is not None and rule[0] is None and rule[1].startswith("external_promise#")


def _position(span: Span, unit: TextUnit) -> tuple[str, ...]:
    """Where the sentence sits: the lead sentence of its unit or a later one, and
    whether its unit is the first item of a list (a list's lead item often
    restates the header)."""
    doc_text = text_of(span.doc)
    lead = len(doc_text) - len(doc_text.lstrip())
    out = ("first",) if span.start_char <= lead + strip_marker(doc_text[lead:]) else ("later",)
    if unit.role == "item" and (unit.section_path or "").endswith("-1"):
        out += ("item1",)
    return out


# words just before a period that make it a comparison's baseline, not the statement's period
# ("increased to 19.3%, from 17.1% in 2022-23", "79 adoption orders were granted, against 71 in 2022-23")
_BASELINE = re.compile(r"(?:\b(?:than|compared\s+(?:with|to)|since|against|(?:up|down|rising|falling|risen|fallen|increased|reduced)\s+from)|,\s*from)\s+"
                       r"(?:£?\d[\d.,]*(?:%|m|bn|k)?\s+)?(?:in\s+|at\s+|during\s+)?(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_QUOTE = re.compile(r'["\u201c\u201d]')
_QUOTED_MIN = 80  # shorter quotes are titles or terms ('"Outstanding" judgement'), not someone's words


@lru_cache(maxsize=1)
def _reported_proposal_patterns() -> tuple[re.Pattern[str], ...]:
    data = json.loads(CUES_PATH.read_text(encoding="utf-8")).get("reported_proposal", {})
    return tuple(re.compile(p, re.I) for p in data.get("patterns", ()))


def _reported_proposal(text: str) -> bool:
    """An item in the future of reported speech ("... would be merged into ..."): a proposal, not a delivery."""
    return any(p.search(" ".join(text.split())) for p in _reported_proposal_patterns())


@lru_cache(maxsize=1)
def _views_columns() -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    data = json.loads(CUES_PATH.read_text(encoding="utf-8")).get("views_column", {})
    return tuple(re.compile(p, re.I) for p in data.get("views", ())), tuple(re.compile(p, re.I) for p in data.get("response", ()))


def _row_cells(line: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, stripped, an empty cell kept ("|  | We will ... |": the first column is
    empty); the empty text outside a row's outer "|" is no cell."""
    bounds = cell_bounds(line, re.compile(re.escape(separator)))
    if separator == "|" and line.lstrip().startswith("|"):
        bounds = bounds[1:]
    if separator == "|" and line.rstrip().endswith("|"):
        bounds = bounds[:-1]
    return bounds


def _said_cells(text: str) -> list[tuple[int, int]]:
    """Ranges of the cells of a "said" column in a table of what others said beside the council's answer
    ("| Consultation Feedback | Draft KCC Response |", "You said | We did", cue group `views_column`): other
    people's words, like a quoted passage. The table runs from its header row to the first line without cells."""
    views, response = _views_columns()
    out: list[tuple[int, int]] = []
    column: tuple[str, int, int] | None = None  # separator, the said column, the header's width
    pos = 0
    for line in text.split("\n"):
        separator = "|" if "|" in line else "\t" if "\t" in line else None
        cells = _row_cells(line, separator) if separator else []
        names = [" ".join(line[a:b].split()) for a, b in cells]
        said = next((i for i, n in enumerate(names) if any(p.fullmatch(n) for p in views)), None)
        if said is not None and any(any(p.fullmatch(n) for p in response) for j, n in enumerate(names) if j != said):
            column = (separator, said, len(cells))
        elif column is not None and MARKDOWN_RULE.fullmatch(line):
            pass  # "|---|---|" under the header row
        elif column is not None and separator == column[0] and len(cells) == column[2]:
            a, b = cells[column[1]]
            if b > a:
                out.append((pos + a, pos + b))
        else:
            column = None
        pos += len(line) + 1
    return out


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of long quoted passages (a resident's verbatim comment), whose sentences are theirs.

    Quote marks pair up in order; an odd one out at the end opens a passage
    running to the end of the unit, and one that follows sentence punctuation
    before any other closes a passage begun in an earlier unit.
    """
    marks = [m.start() for m in _QUOTE.finditer(text)]
    if not marks:
        return []
    out = []
    if len(marks) % 2 and marks[0] > 0 and text[: marks[0]].rstrip()[-1:] in ".!?":
        out.append((0, marks[0]))
        marks = marks[1:]
    pairs = list(zip(marks[::2], marks[1::2]))
    if len(marks) % 2:
        pairs.append((marks[-1], len(text)))
    out += [(a, b) for a, b in pairs if b - a >= _QUOTED_MIN]
    return out


def _base_path(path: str | None) -> str | None:
    """The path without the sectioner's repeat marks: '4(a)~2' -> '4(a)', '4~4' -> '4'.

    Minutes restart their paragraph numbers in every item, so the sectioner tells the fourth "4." from the
    first by a "~4" after the whole path ("4(a)~2" is item (a) under the second "4."-numbered paragraph to
    have an (a), not a child of "4~2"). Units arrive in reading order, so what a list header introduces is
    kept under its base path and the latest "4." is the one whose items follow ("4. RESOLVED that Cabinet
    agree to:" / "(a) Adopt the Integrated Care Strategy Delivery Plan ...")."""
    return re.sub(r"~\d+", "", path) if path else path


def _parent_path(path: str | None) -> str | None:
    """'9.3.1-2' -> '9.3.1', '2.p4-1' -> '2.p4', '3.4(iv)' -> '3.4', '4.10' -> '4', '4(a)~2' -> '4'; None at the top."""
    path = _base_path(path)
    if not path:
        return None
    m = re.match(r"^(.+)\([^()]+\)$", path) or re.match(r"^(.*)[.-][^.-]+$", path)
    return m.group(1) if m else None


def _last_line(text: str) -> str | None:
    """The last line of a unit that runs a heading into its lead-in ("2. Objective 1: Prevent homelessness"
    / "We will:"): the lead-in names the kind of the items, not the heading. None for one line, or a last
    line that continues a wrapped sentence (it opens lower case)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2 or not lines[-1][:1].isupper():
        return None
    return lines[-1]


def _last_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text.strip())
    return parts[-1] if parts else text


def _sentences_of(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START"):
        return _split_joined_promises(_split_at_cells(_split_at_labels(_rejoin_wraps(list(doc.sents)))))
    # no parser/senter: split on sentence-final punctuation
    spans, start = [], 0
    for m in re.finditer(r"[.!?](?=\s+[A-Z(])|\n\s*\n|$", text_of(doc)):
        span = doc.char_span(start, m.end(), alignment_mode="expand")
        if span is not None and span.text.strip():
            spans.append(span)
        start = m.end()
    return spans


# "We will resurface 120 miles ... in 2021/22, and we will reduce the backlog of potholes to below 1,000 ...": a second
# promise with its own subject and "will", after a first that promises too
_JOINED_PROMISE = re.compile(r"(?:,|;)?\s+(?:and\s+)?(?=(?:we|the (?:council|authority))\s+will\s+(?!be\s+asked\b))", re.I)
JOINED_MIN_WORDS = 4  # each half of a joined promise says something on its own


def _split_joined_promises(sents: list[Span]) -> list[Span]:
    """Two promises joined in one sentence are two statements, so each is tracked and judged on its own (the
    first done, the second late, or a target in the second)."""
    out: list[Span] = []
    for sent in sents:
        start = sent.start_char
        for m in _JOINED_PROMISE.finditer(sent.text):
            at = sent.start_char + m.start()
            head, rest = text_of(sent.doc)[start:at], text_of(sent.doc)[sent.start_char + m.end() : sent.end_char]
            if re.search(r"[,;]|\band\b", m.group(0)) and re.search(r"\bwill\b", head) \
                    and len(head.split()) >= JOINED_MIN_WORDS and len(rest.split()) >= JOINED_MIN_WORDS:
                span = sent.doc.char_span(start, at, alignment_mode="contract")
                if span is not None:
                    out.append(span)
                    start = sent.start_char + m.end()
        tail = sent.doc.char_span(start, sent.end_char, alignment_mode="expand") if start != sent.start_char else sent
        if tail is not None:
            out.append(tail)
    return out


def _action_note_at(text: str, at: int) -> re.Match[str] | None:
    """The action note ("CLERK TO SEND LETTER TO CATERS", "*Clerk to place on July agenda.") starting at `at`."""
    return next((m for p in load_cues().action_note_start if (m := p.match(text, at))), None)


def _split_at_action_notes(sents: list[Span]) -> list[Span]:
    """Minutes write an action after the discussion with no full stop, often in capitals or after an asterisk
    ("... needs to be trimmed. CLERK TO REQUEST WORK FROM CGM. The parishioner ...", "... received. *Clerk to place
    on July agenda."): the note is a sentence of its own, so it is read as the action it is and the discussion
    around it is not taken for the action (nor the action for the discussion's kind)."""
    out: list[Span] = []
    for sent in sents:
        text = sent.text
        cuts: set[int] = set()
        for p in load_cues().action_note_start:
            for m in p.finditer(text):
                if text[: m.start()].strip():
                    cuts.add(m.start())
                rest = text[m.end() :]
                if m.group(0).isupper() and re.match(r"\s+[A-Z][a-z]", rest):  # mixed case resumes: a new sentence
                    cuts.add(m.end())
        start = 0
        for cut in sorted(cuts) + [len(text)]:
            span = sent.doc.char_span(sent.start_char + start, sent.start_char + cut, alignment_mode="contract")
            if span is not None and span.text.strip():
                out.append(span)
            start = cut
    return out


_CELL = re.compile(r"[^|]+")


def _split_at_cells(sents: list[Span]) -> list[Span]:
    """A table row written with "|" between its cells ("| Gateway is only open 4 days a week | We will review the
    opening ... |") is read a cell at a time: a cell ends a sentence, so a question in one column does not run into
    the answer in the next, and no statement quotes the rule marks."""
    out: list[Span] = []
    for sent in sents:
        if "|" not in sent.text:
            out.append(sent)
            continue
        for m in _CELL.finditer(sent.text):
            cell = m.group(0)
            if not cell.strip():
                continue
            a = sent.start_char + m.start() + len(cell) - len(cell.lstrip())
            b = sent.start_char + m.end() - (len(cell) - len(cell.rstrip()))
            span = sent.doc.char_span(a, b, alignment_mode="expand")
            if span is not None and span.text.strip():
                out.append(span)
    return out


def _split_at_labels(sents: list[Span]) -> list[Span]:
    """A form's unpunctuated field line runs into the next in one parsed sentence ("Current rating: Red
    (Likelihood 4, Impact 5)" / "Further actions: Deliver ... by March 2026."): a new line that opens with a
    label of a kind ("Further actions:", "We did:") or a reference ("Theme A: Building safety" / "A1 Complete
    ...") starts a sentence of its own."""
    doc_text = text_of(sents[0].doc) if sents else ""
    out: list[Span] = []
    for n, sent in enumerate(sents):
        start = sent.start_char
        if n == 0:
            start += _run_in_title(doc_text, start, sent.end_char)
        for m in re.finditer(r"\n[ \t]*(?=\S)", sent.text):
            at = sent.start_char + m.end()
            rest = doc_text[at : sent.end_char]
            if at < sent.end_char and (_label_kind(rest) is not None or _REF_START.match(rest)):
                head = sent.doc.char_span(start, sent.start_char + m.start(), alignment_mode="expand")
                if head is not None and head.text.strip():
                    out.append(head)
                    start = at
        tail = sent.doc.char_span(start, sent.end_char, alignment_mode="expand") if start != sent.start_char else sent
        if tail is not None:
            out.append(tail)
    return out


_RUN_IN_TITLE_WORDS = 8
_RUN_IN_TITLE = re.compile(r"[^\n]*?[A-Za-z)][ \t]*\n[ \t]*(?=[A-Z][a-z]+\s)")


def _run_in_title(text: str, start: int, end: int) -> int:
    """Length of a title line that opens a unit and runs into its first sentence ("4.2 Market Hall refurbishment
    (Levelling Up Fund, £8.9m)" / "Practical completion was achieved ..."): a project's or topic's name, no part
    of the statement. A short first line without a sentence's end, not ending on an article or preposition (a
    wrapped line does), followed by a line opening with a capitalised word, in a numbered paragraph (a table
    flattened from a PDF opens its cells' lines the same way); 0 when there is none."""
    lead = strip_marker(text[start:end])
    m = _RUN_IN_TITLE.match(text, start + lead, end) if lead else None
    if m is None:
        return 0
    title = text[start + lead : m.end()].strip()
    if len(title.split()) > _RUN_IN_TITLE_WORDS or _DANGLING.search(title) or not re.search(r"[.!?]", text[m.end() : end]):
        return 0
    return m.end() - start


# no sentence ends on an article or preposition: "Areas which are in the" / "Devolution Priority Programme will ..."
_DANGLING = re.compile(r"\b(?:the|a|an|of|to|in|on|for|with|by|and|or|which|that|from|at)$", re.I)


def _rejoin_wraps(sents: list[Span]) -> list[Span]:
    """Join what the parser split at a PDF line wrap, and a rating to its figures ("... (target 28 days). RAG: Red."): a sentence with no closing punctuation followed
    by one opening lower case or with a bracketed insert ("... by the Leader of the Council" /
    "[Cabinet] to submit a request to Government ..."), or one ending on an article or preposition or a title's
    abbreviation ("... once the Chairman and Cllr." / "Mack have met ...")."""
    out: list[Span] = []
    for sent in sents:
        head = sent.text.lstrip()
        prev = out[-1].text.rstrip() if out else ""
        wrapped = (head[:1] in "[" + "abcdefghijklmnopqrstuvwxyz" and head[:1] or _DANGLING.search(prev)) \
            and not re.search(r"[.!?:;]\W*$", prev)
        if out and (wrapped or any(p.search(prev) for p in load_cues().abbreviation)):
            out[-1] = sent.doc[out[-1].start : sent.end]
        elif out and any(p.match(head) for p in load_cues().fragment):  # "... (target 28 days). RAG: Red."
            out[-1] = sent.doc[out[-1].start : sent.end]
        else:
            out.append(sent)
    return out


def _label_kind(text: str) -> str | None:
    """The kind a form's field label opening a sentence names ("We did:", "We will:"), None for a neutral one
    ("Action:", "Update:") or none: a sentence the rules cannot read takes it."""
    t = text[strip_marker(text):].lstrip()
    label = next((m for p in load_cues().field_label if (m := p.match(t))), None)
    if label is None:
        return None
    if any(p.match(label.group(0)) for p in load_cues().challenge_label):  # "Issue: ...", "Risk: ..."
        return "challenge"
    return header_kind(label.group(0).strip())


_SOUP_LINES = 5
_SOUP_WORDS = 3


def _cell_soup(text: str) -> bool:
    """A "sentence" of table cells a PDF reader emitted one per line, wrapped cells interleaved row by row
    ("DM1 Introduce a single point of" / "Accepted" / "A dedicated damp and" / "October" / "Complete" / ...):
    most lines a few words, so no statement can be quoted from it."""
    lines = [line.split() for line in text.splitlines() if line.strip()]
    if len(lines) < _SOUP_LINES or re.search(r":\s*\n", text):  # a lead-in's short items are a list, not cells
        return False
    return sorted(map(len, lines))[len(lines) // 2] <= _SOUP_WORDS


def _trim(sent: Span) -> Span | None:
    """Drop a leading list marker, a minute's run-in title and a form's field label, and surrounding
    space, from a sentence span."""
    text = sent.text
    lead = strip_marker(text)
    lead = max(lead, len(text) - len(text.lstrip()))
    heading = next((m for p in load_cues().run_in_heading if (m := p.match(text[lead:]))), None)
    if heading is not None:  # "23/144 REPORTS FROM COUNTY AND DISTRICT COUNCILLORS County Cllr ...": the minute's title
        lead += heading.end()
    label = next((m for p in load_cues().field_label if (m := p.match(text[lead:]))), None)
    if label is not None:  # "Action: The first report was published ...": the label is the form's
        lead += label.end()
    end = len(text.rstrip())
    if end - lead < 3:
        return None
    return sent.doc.char_span(sent.start_char + lead, sent.start_char + end, alignment_mode="expand")


__all__ = ["make_statement_classifier", "StatementFinder", "header_kind", "is_label", "sentence_rule", "load_cues", "find_actor"]
