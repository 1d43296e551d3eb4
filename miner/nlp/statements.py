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
   "none" at the cross-validated threshold saved with the model, one per
   paper kind (minutes, the rest: `StatementModel.thresholds`)
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

This module holds the spaCy component and the finder's memory of the paper it
reads (list headers, lead-ins, motions, the paper's author and title); the
helpers it applies sit beside it: `statements_cues` (the cue file and
`sentence_rule`), `statements_text` (sentences as the rules read them),
`statements_lists` (headers, labels, lead-ins, section paths),
`statements_entries` (a tracker's entries and status ratings),
`statements_actions` (an action plan's lines), `statements_records` (the
`Statement` record), `statements_fields` (actor, deadline, against target),
`statements_recommendations` and `statements_tables`. Names callers import from
here (`sentence_rule`, `load_cues`, `_sentences_of`, ...) are re-exported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from miner.model import Statement, TextUnit
from miner.nlp import record_of
from miner.nlp import statement_model
from miner.nlp.dates import find_dates, find_deadline, find_periods, normalise_period
from miner.nlp.attendance import Attendance, head_chars, read_attendance, speaker_role
from miner.nlp.doctext import text_of
from miner.nlp.statements_actions import (_action_labelled, _dated_imperative, _milestone_due, _numbered_action,
                                          _plan_action, _short_of_target, _under_plan_heading)
from miner.nlp.statements_context import UnitContext
from miner.nlp.statements_cues import (CUES_PATH, Cues, _external, _external_patterns, _group_matches, _nested_groups,
                                       _procedural, _reported_proposal, _sentence_index, _subordinate_will, header_kind,
                                       load_cues, members_view, reported_discussion, sentence_rule, speech_turn,
                                       heading_label, empty_report, document_description)
from miner.nlp.statements_entries import (_DASH_END, _as_due, _entry_lead, _is_recommendation_item, _marker_only,
                                          _recommendation_rule, _response, _response_end, _states_result,
                                          _status_lines, _without_dash)
from miner.nlp.statements_fields import PROMISES, against_previous, against_target, find_actor, lead_in_actor, lead_in_due
from miner.nlp.statements_fields import declarative as _declarative
from miner.nlp.statements_fields import deadline as _deadline
from miner.nlp.statements_fields import due_after_meeting as _due_after_meeting
from miner.nlp.statements_lists import (_NAMED_LINE, _base_path, _last_line, _last_sentence, _named_priorities,
                                        _names_only, _parent_path, _several_promises, _sub_heading, _topic_lead,
                                        is_header_text, is_label, is_lead_in)
from miner.nlp.statements_recommendations import ACT, RecommendationReader, item_bounds
from miner.nlp.statements_reported import asks, causal_due, conditional, hypothetical_would, reported_act
from miner.nlp.statements_records import record as _record
from miner.nlp.statements_tables import ActionTable, names_columns, read_action_form
from miner.nlp.statements_text import (JOINED_MIN_WORDS, _action_note_at, _cell_soup, _label_kind, _quoted_ranges,
                                       _lead_sentence, _said_cells, _sentences_of, _split_at_action_notes, _trim,
                                       strip_marker)
from miner.sections import classify_kind

if not Doc.has_extension("miner_unit"):
    Doc.set_extension("miner_unit", default=None)

GROUP = "miner_statements"
RULES_VERSION = "69"  # what each version changed: STATEMENT_RULES.md beside this module
KIND_OF_SECTION = {
    "priorities": "priority",
    "achievements": "achievement",
    "challenges": "challenge",
    "decisions": "decision",
    "resolutions": "decision",
}
VIEWS = "views"  # header kind of a list of other people's views (consultation themes): no statements
MEASURES = "measures"  # header kind of a plan's measures of success: indicator names, no statements
RESTATED = "restated"  # header kind of an earlier plan's promises restated in a report of what was done ("What we said we would do")
EXPLICIT_COMMITMENTS = ("commitment#0", "commitment#1", "commitment#2", "commitment#8")
MODES = ("both", "rules", "model")

_OPEN_QUOTES = "\u201c\"\u2018'"
_CLOSE_QUOTES = "\u201d\"\u2019'"
# what ends a quoted motion whose closing mark is lost: the vote, or the minute's next numbered paragraph ("2) Following ...")
_MOTION_OVER = re.compile(r"^\W*(?:\d{1,2}\)\s|(?:for|against|abstain)\s*\(\d+\)|(?:the\s+)?(?:substantive\s+)?(?:motion|amendment)\s+(?:was\s+)?(?:carried|lost|agreed|defeated|fell)\b|resolved\b)", re.I)
_TITLE_CHARS = 600  # a paper names itself (a joint plan, an action plan, its author) in its opening lines, not in passing later
_TITLE_WORDS = 15  # a title line: this short, without a sentence's end


@Language.factory(
    "miner_statements",
    assigns=["doc.spans"],
    default_config={"mode": "both", "model_dir": None, "min_model_confidence": None},
)
def make_statement_classifier(
    nlp: Language, name: str, mode: str, model_dir: str | None, min_model_confidence: float | None
) -> "StatementFinder":
    return StatementFinder(mode=mode, model=statement_model.load(model_dir), min_model_confidence=min_model_confidence)


def rule_kinds(spans: list[Span]) -> tuple[str, ...]:
    """The distinct kinds of a unit's rule statements, sorted (the "prevkind" feature group's marks)."""
    return tuple(sorted({rec.kind for sp in spans if (rec := record_of(sp, Statement)) is not None}))


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
    turns: list[tuple[int, str | None]] = field(default_factory=list)  # minutes: who has the floor from each sentence on
    context: tuple[str, ...] = ()  # what the units before it say (`UnitContext`), for a model with the "ctx" group
    prev_kinds: tuple[str, ...] = ()  # the kinds the rules found in the unit before it (a model with "prevkind")


class StatementFinder:
    """Rules first, then the classifier, over one TextUnit doc."""

    def __init__(self, mode: str = "both", model=None, min_model_confidence: float | dict[str, float] | None = None):
        """`min_model_confidence` None: the thresholds the model was saved with (cross-validated, one per paper
        kind: `StatementModel.thresholds`); a number: that one for every paper; a dict: per paper kind, as saved."""
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}")
        self.mode = mode
        self.model = model
        if min_model_confidence is None:
            min_model_confidence = (getattr(model, "thresholds", None) or model.threshold) if model is not None else 0.55
        if isinstance(min_model_confidence, dict):
            self.thresholds = {statement_model.DEFAULT_KIND: 0.55, **min_model_confidence}
        else:
            self.thresholds = {statement_model.DEFAULT_KIND: float(min_model_confidence)}
        self.min_model_confidence = self.thresholds[statement_model.DEFAULT_KIND]  # papers of no kind of their own
        self._context_doc: str | None = None
        self._context: dict[str, str | None] = {}
        self._lead_period: dict[str, str] = {}  # a lead-in's period ("... are proposed for 2023/24:"), per section path
        self._lead_due: dict[str, str] = {}  # a lead-in's due date words ("By the end of September 2024 we will:"), per path
        self._lead_actor: dict[str, str] = {}  # who a lead-in names as doing its items ("The Youth Justice Service will:")
        self._motion: dict[str, str | None] = {}  # per document: "moved" (a motion's mover line read), "open" (inside its quoted text)
        self._named_kind: dict[str, str | None] = {}  # paths whose sectioner kind came from a heading that only names one
        self._named_run: tuple[str, str] | None = None  # (document, sectioner kind) of a stretch under such a lead-in
        self._flat_run: tuple[str, int] | None = None  # (kind, next number) of a top-level lead-in's numbered names (`_flat_item`)
        self._proposals_doc: str | None = None  # the document whose proposal part has begun
        self._joint_doc: str | None = None  # the document that is a partnership's joint plan
        self._author: tuple[str, str] | None = None  # (document, office) the paper names as its author in its opening lines
        self._plan_doc: str | None = None  # the document whose title names it an action plan
        self._plan_list: tuple[str, str] | None = None  # (document, kind) of the plan list a lead-in opened ("Priority outcomes")
        self._lead_ins: set[str] = set()  # section paths of the current document's lead-ins (units ending ":")
        self._named: set[str] = set()  # section paths of its named themes or priorities ("5. Priority 3: Preventing exploitation")
        self._recommendations = RecommendationReader()
        self._tables = ActionTable()
        self._priority_table: object | None = None  # the open action table's header row, when it sits under priorities
        self._said_doc: str | None = None  # the document whose statements `_said` holds
        self._said_at = -1  # where in it the last unit began
        self._said: set[tuple[str, str]] = set()  # (kind, text) of its statements so far: the classifier repeats none
        self._roster_doc: str | None = None  # the minutes whose attendance list `_roster` holds
        self._roster_at = -1  # where in them the last head unit began
        self._roster_head = ""  # the text of their head units so far (the list may span several)
        self._roster = Attendance()  # who the head of the minutes lists as present, in what role
        self._unit_context = UnitContext()  # the heading and lead-in each unit sits under (the "ctx" feature group)
        self._prev: tuple[str, int, tuple[str, ...]] | None = None  # (document, start, the rules' kinds) of the last unit
        self._shadow: StatementFinder | None = None  # mode "model" with a "prevkind" model: the rules read alongside

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """Rules unit by unit in reading order; the classifier once per batch of units.

        One scikit-learn call per batch instead of one per unit: its per-call
        input checks cost more than the prediction itself.
        """
        for batch in minibatch(stream, size=batch_size):
            found = [self._by_rules(doc) for doc in batch]
            for doc, f in zip(batch, found):
                if f.motion:  # a motion's quoted text: its resolved items, not its preamble or aims
                    f.spans = [sp for sp in f.spans if (r := record_of(sp, Statement)) is None or r.kind == "decision"]
                    f.pending.clear()
                f.prev_kinds = self._prev_rule_kinds(f, doc) if self._reads_prev else ()
            self._classify(found)
            if self.mode != "model":
                for f in found:
                    f.spans = [sp for sp in f.spans if not self._heading_or_empty(sp)]
            for doc, unit_found in zip(batch, found):
                doc.spans[GROUP] = self._once(unit_found) if self.mode == "both" else unit_found.spans
                yield doc

    @staticmethod
    def _heading_or_empty(span: Span) -> bool:
        """A rule's statement that is a heading alone on its line or an empty report (round 70's vetoes, when the cue
        file gives them the rules' finds); the classifier's are read in `_classify`."""
        rec = record_of(span, Statement)
        if rec is None or rec.method.startswith("model"):
            return False
        return (heading_label(span, "rules", rec.kind, rec.method) or empty_report(span.text, rec.kind)
                or document_description(span.text, rec.kind, "rules"))

    @property
    def _reads_prev(self) -> bool:
        return self.model is not None and "prevkind" in getattr(self.model, "features", ())

    def _prev_rule_kinds(self, found: "_UnitFound", doc: Doc) -> tuple[str, ...]:
        """The kinds the rules found in the unit before this one in the same paper (the "prevkind" feature group,
        statements round 63); the unit's own rule kinds are kept for the next. In mode "model" the rules are read by
        a rules-only finder alongside, so the model sees what it was fitted on. The training rows read the same
        (`rule_kinds_by_unit`)."""
        unit = found.unit
        if self.mode == "model":
            if self._shadow is None:
                self._shadow = StatementFinder(mode="rules")
            shadow = self._shadow._by_rules(doc)
            spans = shadow.spans if not shadow.motion else \
                [sp for sp in shadow.spans if (r := record_of(sp, Statement)) is None or r.kind == "decision"]
        else:
            spans = found.spans
        prev = self._prev
        before = prev[2] if prev is not None and prev[0] == unit.document_id and prev[1] < unit.start else ()
        self._prev = (unit.document_id, unit.start, rule_kinds(spans))
        return before

    def _once(self, found: "_UnitFound") -> list[Span]:
        """The unit's statements without the classifier's repeats: a sentence it adds that the paper already has as a
        statement of the same kind (an aim repeated on every row of a table, "Support and grow our workforce") is that
        statement again, recorded once, where it first appears."""
        if found.unit.document_id != self._said_doc or found.unit.start <= self._said_at:
            self._said = set()  # another paper, or the same paper read again (units come in the paper's order)
        self._said_doc, self._said_at = found.unit.document_id, found.unit.start
        out = []
        for span in found.spans:
            rec = record_of(span, Statement)  # not `span._.miner_record`: a mention over the same characters may answer
            key = (rec.kind, " ".join(span.text.split()).lower()) if rec is not None else None
            if key in self._said and rec.method.startswith("model:"):
                continue
            if key is not None:
                self._said.add(key)
            out.append(span)
        return out

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
        found.context = self._unit_context(unit, doc_text)  # every unit in order, as the training rows read them
        if unit.doc_kind == "minutes":
            self._attendance(unit)  # every unit, so the list is read whatever the head's units are
            if self.model is not None and "turn" in getattr(self.model, "features", ()):
                found.turns = self.turns(doc)  # only a model fitted with the "turn" group reads who has the floor
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
        if self.mode != "model" and self._recommendation(doc, unit, found):
            return found
        if self.mode != "model" and unit.role != "heading":
            named, lead_period = _named_priorities(doc, list_kind)
            if named:  # "The Board has agreed four priorities:" / "Priority 1: Give every child ..." / "Priority 2: ..."
                found.spans += [_record(line, unit, "priority", period or lead_period,
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
                found.spans.append(_record(span, unit, "challenge", period, f"rule:list-difficulty@{RULES_VERSION}", 0.9))
                return found
            if span is not None and list_kind == "priority" and self._prose_promise(doc, span, unit):
                # "4.2 To reduce the use of bed and breakfast we will buy 20 homes ... The first ten purchases are
                # expected to complete by September 2025." under the heading "4. Priorities for 2025/26": a numbered
                # paragraph of prose that promises, read sentence by sentence by the rules, not one priority item
                self._sentences(doc, found)
                found.pending.clear()
                return found
            if span is not None and list_kind == "priority" and self._prose_will(doc, span, unit):
                # "Armed Forces Awareness Training will continue throughout 2025 ..." under the heading "Looking Ahead
                # to 2025", "... the clerks and Chairs will meet to discuss ..." under "Next steps": a paragraph of
                # prose saying what will happen, a commitment, not one of the heading's priorities
                found.spans.append(_record(span, unit, "commitment", period, f"rule:prose-will@{RULES_VERSION}", 0.85,
                                           due_text=self._inherited_due(span.text, unit, "commitment"),
                                           actor=self._inherited_actor(span, unit, "commitment")))
                return found
            if span is not None and list_kind in PROMISES and _several_promises(span.text):
                # "5.2 Targets. We will move 70% ... online. We will answer 80% of calls ...": each its own promise,
                # with its own target and date, read sentence by sentence
                self._sentences(doc, found)
                return found
            if span is not None and list_kind == "achievement" and _reported_proposal(span.text):
                # "d) The Health Reform Committee would be merged into ..." under "the key highlights were as
                # follows:": a proposal the minutes report, not something done
                found.spans.append(_record(span, unit, "commitment", period, f"rule:reported-proposal@{RULES_VERSION}", 0.85))
                return found
            if span is not None:
                found.spans.append(_record(span, unit, list_kind, period, f"rule:list-inherit@{RULES_VERSION}", 0.95,
                                           due_text=self._inherited_due(span.text, unit, list_kind),
                                           actor=self._inherited_actor(span, unit, list_kind)))
                # a promise read from the lead sentence of a promise item is the item itself, found once
                found.spans += [s for s in self._nested(doc, unit, list_kind, period) if s.text != span.text
                                and not (s.start_char == span.start_char and list_kind in PROMISES
                                         and record_of(s, Statement).kind in PROMISES)]
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
            found.spans.append(_record(span, found.unit, "commitment", found.period,
                                       f"rule:milestone-line@{RULES_VERSION}", 0.85, due_text=due,
                                       actor=project))
            found.taken.append((span.start_char, span.end_char))

    def _classify(self, found: list["_UnitFound"]) -> None:
        """The classifier's verdict on every sentence the rules left open, in one call."""
        pending = [(f, sent) for f in found for sent in f.pending]
        if not pending or self.model is None:
            return
        delex = "delex" in self.model.features  # the delexicalised view costs a pass over tokens
        candidates = [self.candidate(sent, f.unit, f.list_kind, delex=delex, turn=turn_at(f.turns, sent.start_char),
                                     context=f.context, prev_kinds=f.prev_kinds) for f, sent in pending]
        for (f, sent), (label, prob) in zip(pending, self.model.predict(candidates)):
            # the threshold of the unit's paper kind (`TextUnit.doc_kind`: the manifest's kind, else the reader's)
            if label != "none" and prob >= statement_model.threshold_of(self.thresholds, f.unit.doc_kind):
                if self.mode != "model" and any(p.search(sent.text) for p in load_cues().model_veto):
                    continue  # the meeting's own conduct ("The Leader said the meeting was being webcast live ...")
                if self.mode != "model" and reported_discussion(sent.text, label):
                    continue  # reported discussion in minutes ("The Chairman noted that ...", round 69)
                if self.mode != "model" and (heading_label(sent, "model", label) or empty_report(sent.text, label)):
                    continue  # a heading alone on its line, "There is nothing to report currently." (round 70)
                if self.mode != "model" and document_description(sent.text, label, "model"):
                    continue  # "The Plan sets out what we aim to achieve by 2028" (round 73)
                method = self.model.method
                if self.mode != "model" and label in ("commitment", "achievement"):
                    measured = against_target(sent.text)  # "the average wait was 9.8 weeks against a target of 4 weeks"
                    if measured is not None and measured != label:
                        label, method = measured, f"{method}+rule:against-target@{RULES_VERSION}"
                f.spans.append(_record(sent, f.unit, label, f.period, method, round(prob, 3)))

    def _recommendation(self, doc: Doc, unit: TextUnit, found: "_UnitFound") -> bool:
        """Record a report's recommendation to act ("(2) Endorse the proposed decision ... to submit a
        request to Government") as a decision, not also a commitment; True when the unit is one. Items
        that only note go on to the sentence rules ("Note that ... will commit Kent and Medway to
        elections ..." states a commitment of its own)."""
        doc_text = text_of(doc)
        reading = self._recommendations.read(unit.document_id, doc_text, heading=unit.role == "heading",
                                             minutes=unit.doc_kind == "minutes")
        if reading is None or reading.role != ACT:
            return False
        span = doc.char_span(*item_bounds(doc_text, reading.start), alignment_mode="expand")
        if span is None or len(span.text) < 12:
            return False
        found.spans.append(_record(span, unit, "decision", found.period, f"rule:recommendation@{RULES_VERSION}", 0.9))
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
            # "... Key priorities include:-" between the header row and the rows, or the table's caption just
            # before its header row ("Proposed Priorities to Improve Health and Wellbeing ~ CYPE"), where the
            # sectioner sees no heading
            for intro in (self._tables.lead_in, self._tables.caption):
                if intro is not None and header_kind(_last_sentence(" ".join(intro.split())).rstrip("-")) == "priority":
                    under_priorities = True
            self._priority_table = self._tables.header if under_priorities else None
        for row in rows:
            start = row.start + strip_marker(doc_text[row.start : row.end])
            span = doc.char_span(start, row.end, alignment_mode="expand")
            kind = "priority" if row.kind == "commitment" and from_table and self._priority_table is not None \
                and self._priority_table is self._tables.header else row.kind
            if span is not None and len(span.text) >= 12:
                found.spans.append(_record(span, unit, kind, found.period, f"rule:action-table@{RULES_VERSION}",
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
        if unit.document_id == self._joint_doc or not _title_line(text.strip(), unit):
            return  # a sentence naming "its new joint forward plan" is no title
        if any(p.search(text) for p in load_cues().joint_plan.get("document", ())):
            self._joint_doc = unit.document_id

    def _note_title(self, text: str, unit: TextUnit) -> None:
        """Remember the office a paper names as its author in its opening lines ("Report of the Police and Crime
        Commissioner"), and whether its title names it an action plan ("Parish Action Plan 2024-2026")."""
        title = text.strip()
        if not _title_line(title, unit):
            return
        m = next((m for p in load_cues().document.get("author", ()) if (m := p.search(title))), None)
        if m is not None and (self._author is None or self._author[0] != unit.document_id):
            self._author = (unit.document_id, m.group("office").lower())
        if unit.role != "heading" and any(p.search(title) for p in load_cues().plan_action.get("title", ())):
            # a title line ("Parish Action Plan 2024-2026", "RESPONSIBILITIES & WORK PLAN 2021- 2022"), not "3. Improvement actions"
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
            self._flat_run = None
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
        elif own in ("priority", "challenge") and not unit.header and self._named_run == (unit.document_id, unit.kind):
            own = None  # the rest of a stretch whose sectioner kind came from a name in its lead-in (below)
        elif (own in ("priority", "challenge") and not unit.header and unit.role != "heading"
              and (lead := " ".join(text.split())).endswith(":")
              and classify_kind(_last_sentence(lead)) == unit.kind and header_kind(_last_sentence(lead)) != own):
            # A lead-in whose sectioner kind comes from a name in its own words, with no heading above it: "The
            # Leader introduced the report which detailed the Government's proposal to establish a Devolution
            # Priority Programme and the rationale for Kent County Council's consideration as to:" (Kent Cabinet
            # minutes) is procedure; the questions and resolutions after it take no priority from it.
            own = header_kind(_last_sentence(lead))
            self._named_run = (unit.document_id, unit.kind)
        if self._named_run is not None and (unit.header or self._named_run != (unit.document_id, unit.kind)):
            self._named_run = None
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
        return self._flat_item(unit, body, path, intro) or own

    def _flat_item(self, unit: TextUnit, body: str, path: str | None, intro: str | None) -> str | None:
        """A plain page's lead-in that names priorities ("The Business Plan sets out what the Council will do and is
        based upon 6 key areas for action:") whose numbered short names the sectioner read as top-level sections of
        their own ("1. Health & Wellbeing", "2. Economic Development", ...): the names numbered from 1 on, right after
        it, are the priorities, as a list's items would be. Any other unit ends the run."""
        if path and re.fullmatch(r"p\d+", path) and body.endswith(":"):
            self._flat_run = ("priority", 1) if intro == "priority" else None
            return None
        run, self._flat_run = self._flat_run, None
        if run is None or path != str(run[1]) or unit.role != "paragraph" \
                or not _sub_heading(body[strip_marker(body):]):
            return None
        self._flat_run = (run[0], run[1] + 1)
        return run[0]

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
        lead = _lead_sentence(doc, item)
        rule = sentence_rule(lead.text, minutes=unit.doc_kind == "minutes") if lead is not None else None
        return rule is not None and rule[0] == "commitment"

    @staticmethod
    def _prose_will(doc: Doc, item: Span, unit: TextUnit) -> bool:
        """A paragraph under a priorities heading (not a list's lead-in) whose lead sentence no cue reads but whose main
        verb is future with a subject of its own ("The Recognise & Remember Task Group will continue to publicise ...",
        "County Council will be asked to agree ..."): prose on what will be done, a commitment. Not a "will" in a
        subordinate clause ("Implement our upgraded recording system, Mosaic, which will promote ...": an aim), nor a
        sentence an aim or priority cue reads ("The Council will need to prioritise ...")."""
        if unit.role != "paragraph" or (unit.header or "").rstrip().endswith(":") or not doc.has_annotation("DEP"):
            return False
        lead = _lead_sentence(doc, item)
        if lead is None or sentence_rule(lead.text, minutes=unit.doc_kind == "minutes") is not None:
            return False
        if any(p.search(lead.text) for p in load_cues().aim) or _group_matches("priority", lead.text):
            return False
        root = lead.root
        return any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in root.children) \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)

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
        lead = _lead_sentence(doc, item)
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
            if rule[0] == "commitment" and list_kind == "achievement" and _subordinate_will(sent.text):
                continue  # "Agreed on what sustainable success ... will look like in the future": the thing done
            if rule[0] == "commitment":
                # an explicit promise (committed to, we will, the plan is, from now on) or one with a date
                explicit = rule[1] in EXPLICIT_COMMITMENTS or rule[1].split("#")[0] in _nested_groups()
                if not explicit and not find_deadline(sent.text):
                    continue
            elif not (rule[0] == "challenge" and list_kind == "achievement"):
                continue
            out.append(_record(sent, unit, rule[0], period, f"rule:nested-{rule[1]}@{RULES_VERSION}", 0.8))
        return out

    def _attendance(self, unit: TextUnit) -> Attendance:
        """The attendance list at the head of the minutes this unit belongs to, read from their head units in order
        (`attendance.read_attendance`); units come in the paper's order, so the list is read before the debate."""
        if unit.document_id != self._roster_doc or unit.start <= self._roster_at:
            self._roster_doc, self._roster_at, self._roster_head, self._roster = unit.document_id, -1, "", Attendance()
        if unit.start < head_chars():
            self._roster_head += ("\n\n" if self._roster_head else "") + unit.text
            self._roster = read_attendance(self._roster_head)
        self._roster_at = unit.start
        return self._roster

    def turns(self, doc: Doc) -> list[tuple[int, str | None]]:
        """Who has the floor from each sentence of a minutes unit on: (start, "member" | "other" | None), by the
        speaker the paper's attendance list names (`attendance.speaker_role`) or v43's words (`speech_turn`). Read
        of every sentence, whatever the rules make of it, so the classifier's mark is the same in training
        (`miner.evaluation.statements.candidates_and_labels`) and in use. Call `_attendance` for the unit first."""
        out, speaker = [], None
        for sent in _sentences_of(doc):
            text = sent.text.strip()
            listed = speaker_role(text, self._roster)
            turn = ("member" if listed == "member" else "other") if listed is not None else speech_turn(text)
            speaker = turn if turn is not None else speaker
            out.append((sent.start_char, speaker))
        return out

    def _sentences(self, doc: Doc, found: "_UnitFound") -> None:
        """Rule statements into `found.spans`; sentences no rule decides into `found.pending`."""
        doc_text = text_of(doc)
        minutes = found.unit.doc_kind == "minutes"  # a record page too, since round 52 (`metadata.records_meeting`)
        quoted = _quoted_ranges(doc_text)
        said = _said_cells(doc_text)
        answered = -1  # the end of an accepted recommendation's entry, whose response restates the promise
        speaker = None  # in minutes: "member" from "A Member said ..." until an officer, the Chair or a resolution
        statuses = _status_lines(doc) if self.mode != "model" else {}
        sents = _sentences_of(doc)
        if minutes and self.mode != "model":
            sents = _split_at_action_notes(sents)
        for at, sent in enumerate(sents):
            text = sent.text.strip()
            if any(a < sent.end_char and sent.start_char < b for a, b in found.taken):
                continue  # a milestone line, read already
            if self.mode != "model" and (listed := _plan_list_lead(text)) is not None:
                self._plan_list = (found.unit.document_id, listed)
                continue  # "How we will deliver the outcomes for a well-run Council": it opens a plan's list, says nothing
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
            turn = None
            if minutes and self.mode != "model":
                listed = speaker_role(text, self._roster)  # "Mr Read shared ...": the paper's attendance list says who
                turn = ("member" if listed == "member" else "other") if listed is not None else speech_turn(text)
                if turn is not None:
                    speaker = turn
                elif speaker == "member" and members_view(text):
                    continue  # "He had checked previous Committees ...": the member's speech runs on
            line = doc_text.rfind("\n", 0, sent.start_char) + 1  # a label speaks for the sentences of its line
            if self.mode != "model" and names_columns(doc_text[line:].split("\n", 1)[0]):
                continue  # "| What we have committed to | Strategies / plans in place to deliver |": column names
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
                found.spans.append(_record(action, found.unit, kind, found.period,
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
            if self.mode != "model" and turn != "member" \
                    and (rule is None or rule[1].startswith("not_statement#") and asks(sent.text)) \
                    and (act := reported_act(sent, minutes=minutes)) is not None:  # a question's veto keeps no act outside it
                rule = (act, f"reported-act-{act}#0")  # "the Chair confirmed that he would pursue ...", "was to be replaced"
            elif minutes and self.mode != "model" and rule is not None and rule[0] == "commitment" \
                    and reported_act(sent) == "decision":
                rule = ("decision", "reported-act-decision#1")  # "It was agreed that these would be corrected": the meeting's act
            if rule is not None and rule[0] == "commitment" and rule[1].startswith("action_note#") and raw.startswith("(") \
                    and at > 0 and conditional(sents[at - 1]):
                rule = (None, "conditional-aside#0")  # "... request that if lock-down is again put on us ... (Chair to run tick over.)"
            if rule is not None and rule[0] == "commitment" and re.match(r"commitment#", rule[1]) \
                    and hypothetical_would(sent):
                rule = (None, "hypothetical-would#0")  # "the question was how the Council would achieve ...": no promise
            if rule is not None and rule[0] == "commitment" and re.match(r"commitment#", rule[1]) and causal_due(sent):
                # "Majority of the underspend is due to management action ...": a cause, no schedule; a difficulty's
                # cause names the difficulty ("This overspend was partly due to under delivery of savings ...")
                rule = ("challenge", "causal-due#1") if _group_matches("challenge", sent.text) else (None, "causal-due#0")
            if rule is None and self.mode != "model" and _dated_imperative(sent, found.unit, after_action_label=_action_labelled(raw)):
                rule = ("commitment", "dated-imperative#0")  # "Test all business continuity plans ... by 31 March 2026."
            if rule is None and self.mode != "model" \
                    and _plan_action(sent, raw, found.unit, found.unit.document_id == self._plan_doc) \
                    and (_under_plan_heading(found.unit, doc_text) or _parent_path(found.unit.section_path) in self._named
                         or found.unit.document_id == self._plan_doc):
                rule = ("commitment", "plan-action#0")  # "C2 Publish the Tenant Satisfaction Measures ... every year."
            if self._plan_list is not None and self._plan_list[0] == found.unit.document_id and self.mode != "model" \
                    and not doc_text[line : sent.start_char].strip() and strip_marker(raw) == 0 and found.unit.role != "item" \
                    and raw[-1:] in ".!?":
                self._plan_list = None  # a paragraph of prose: the plan's list has ended
            if rule is None and self._plan_list is not None and self._plan_list[0] == found.unit.document_id \
                    and self.mode != "model" and _plan_list_line(raw, doc_text[line : sent.start_char], found.unit):
                rule = (self._plan_list[1], "plan-list#0")  # "4. Excellent services" under "Priority outcomes"
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
                    found.spans.append(_record(sent, found.unit, kind, found.period, f"rule:{name}@{RULES_VERSION}",
                                               0.85, due_text=due_text, actor=lead))
                continue
            if self.mode != "rules":
                found.pending.append(sent)

    @staticmethod
    def candidate(span: Span, unit: TextUnit, list_kind: str | None, *, delex: bool = True,
                  turn: str | None = None, context: tuple[str, ...] = (),
                  prev_kinds: tuple[str, ...] = ()) -> statement_model.Candidate:
        """What the classifier sees of a sentence or item: its text, list context and grammar.

        `delex=False` leaves out the delexicalised text, for a model that does not read it. `turn`: in minutes, who
        has the floor ("member" inside a member's turn, "other" inside an officer's, the Chair's or a Cabinet
        Member's; `StatementFinder.turns`), read only by a model fitted with the "turn" feature group (round 43's
        version 15, not shipped). `context`: the unit's heading and lead-in tokens (`UnitContext`), read only by a
        model fitted with the "ctx" group (round 62). `prev_kinds`: the kinds the rules found in the unit before,
        read only by a model fitted with the "prevkind" group (round 63)."""
        tagged = span.doc.has_annotation("TAG")
        tags = statement_model.candidate_tags(span) if tagged else ()
        delex = statement_model.delexicalise(span) if tagged and delex else ""
        return statement_model.Candidate(span.text, list_kind, unit.role, unit.kind, unit.doc_kind == "minutes", tags,
                                         delex=delex, doc_kind=unit.doc_kind, after_meeting=_due_after_meeting(span.text, unit),
                                         position=_position(span, unit), turn=turn, context=context,
                                         prev_kinds=prev_kinds)


def turn_at(turns: list[tuple[int, str | None]], at: int) -> str | None:
    """Who has the floor at a character of the unit (`StatementFinder.turns`)."""
    i = bisect_right([a for a, _ in turns], at) - 1
    return turns[i][1] if i >= 0 else None


_PLAN_LIST_WORDS = 30  # a plan list's line of one sentence; a longer one is a paragraph, read as any other


def _plan_list_lead(text: str) -> str | None:
    """The kind a plan's lead-in line gives the numbered or listed lines after it: "Priority outcomes" and "What we
    want to achieve" their priorities, "How we will deliver the outcomes for a well-run Council" its commitments
    (cue groups `plan_action.list_priority`, `list_commitment`); None for any other line."""
    t = " ".join(text.split())
    t = t[strip_marker(t):]
    cues = load_cues().plan_action
    for kind in ("priority", "commitment"):
        if any(p.match(t) for p in cues.get(f"list_{kind}", ())):
            return kind
    return None


def _plan_list_line(raw: str, before: str, unit: TextUnit) -> bool:
    """A line of a plan's list: numbered or a list item, one sentence that is the whole line ("2. An employer of
    choice, with a skilled, diverse and healthy workforce", "1. Increasing our income collection and debt recovery
    levels"), not itself a lead-in ("Manage our resources effectively by:")."""
    if not (strip_marker(raw) > 0 or unit.role == "item" or (before.strip() and _marker_only(before))):
        return False
    if before.strip() and not _marker_only(before):
        return False  # a later sentence of the line
    body = raw[strip_marker(raw):].strip()
    return 2 <= len(body.split()) <= _PLAN_LIST_WORDS and not body.endswith(":") and not re.search(r"[.!?]\s", body)


def _title_line(title: str, unit: TextUnit) -> bool:
    """A paper's title line: in the opening lines of a paper that is not minutes, short, without a sentence's end."""
    return unit.doc_kind != "minutes" and unit.start < _TITLE_CHARS and len(title.split()) <= _TITLE_WORDS \
        and title[-1:] not in ".!?"


def _vetoed(doc: Doc, item: Span) -> bool:
    """The item's lead sentence is one the `not_statement` group vetoes (a request to the meeting, the
    paper describing itself): under a promise header it is still none."""
    lead = _lead_sentence(doc, item)
    return lead is not None and _procedural(lead.text)


# "The Director of Public Health will report ...", "The Commissioner will fund ...": an office (capitalised words, "of",
# "for", "and" between them) as the subject of a future act
_OFFICE_WILL = re.compile(r"^\W*(?:the\s+)?(?P<office>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:of|for|and|&|the|(?-i:[A-Z])[\w'’&-]*)){0,8}?)"
                          r"\s+will\s+(?:also\s+|then\s+)?(?!not\b|need\b|have\s+to\b|be\s+(?:required|asked|expected|able|unable)\b)[a-z]+", re.I)


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


__all__ = ["make_statement_classifier", "StatementFinder", "header_kind", "is_label", "sentence_rule", "load_cues", "find_actor"]
