"""An action plan's lines as undertakings: numbered actions, dated imperatives, milestones, figures short of target.

An action plan writes its promises without "we will": "Action 1.1 Install solar panels ... by March 2024.",
"A1 Complete all overdue fire risk assessment actions by Q2 2025.", "Practical completion in December 2026.".
These helpers tell such a line from a recommendation to the meeting ("Note that ...") or a title, by the cue
file's `numbered_action`, `imperative_veto`, `milestone_line` and `target_comparison` groups and the tagger; and
a rate stated short of its target ("Punctuality was 82.4% against a target of 85%") as a challenge.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from miner.model import TextUnit
from miner.nlp.dates import find_deadline
from miner.nlp.statements_cues import load_cues
from miner.nlp.statements_fields import against_target
from miner.nlp.statements_fields import declarative as _declarative
from miner.nlp.statements_fields import due_after_meeting as _due_after_meeting
from miner.nlp.statements_lists import _NAMED_LINE
from miner.nlp.statements_text import _field_label, strip_marker


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
    label = _field_label(text)
    return label is not None and label.group(0).lower().startswith("action")


# not a verb but a noun after all: "Support for carers", "Review of the strategy", "Work is under way"
_NOT_A_VERB_AFTER = re.compile(r"^\s+(?:of|for|is|are|was|were|will|has|have|had|and|to\s+date)\b", re.I)


_OWN_LINE_WORDS = 3  # a plan paper's line of its own reads as an action from this many words ("Liaise with DCC")


def _plan_action(sent: Span, raw: str, unit: TextUnit, plan_doc: bool = False) -> bool:
    """An action line opening with an action verb, dated or not ("A1 Complete all overdue fire risk assessment
    actions by Q2 2025.", "C2 Publish the Tenant Satisfaction Measures ... every year."): a list item, or a line
    opening with a reference, a number or an action label ("Action: Launch a member development programme ...").
    It is a plan's undertaking under a heading of actions or a named theme or priority (the caller checks,
    `_under_plan_heading`). The listed verbs are a plan's, "Agree" and "Support" among them ("3.5 Support 1,000
    private households to access Home Upgrade Grant funding"); not before a "that" clause.
    Round 64: in the infinitive too ("To maintain the defibrillators", "Allotments: To maintain an allotment ...";
    cue group `plan_action.infinitive`), with a parish plan's own verbs (`plan_action.verb`: "Consider providing
    additional funds if required"); in a paper whose title names it a plan (`plan_doc`), a line of its own is one,
    a table's cell as much as a list item ("Monitor air quality via reports from pollution monitor ...")."""
    own_line = plan_doc and "\n" not in unit.text.strip() and not unit.text[: sent.start_char].strip() \
        and len(sent.text.split()) >= _OWN_LINE_WORDS  # not a column's name, "Review Timescale"
    if unit.role != "item" and strip_marker(raw) == 0 and not _action_labelled(raw) and not own_line:
        return False
    cues = load_cues()
    text = sent.text
    infinitive = next((m for p in cues.plan_action.get("infinitive", ()) if (m := p.match(text))), None)
    if infinitive is not None:
        text = text[infinitive.end():]
    verbs = (*cues.numbered_action.get("verb", ()), *cues.plan_action.get("verb", ()))
    verb = next((m for p in verbs if (m := p.match(text))), None)
    if verb is None or (infinitive is None and _NOT_A_VERB_AFTER.match(text[verb.end():])):  # "To maintain and improve"
        return False
    return not any(p.match(text) for p in cues.imperative_veto)


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
