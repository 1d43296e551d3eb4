"""Round 59 (stop 59, helper st59): the classifier adds no statement about the meeting's own conduct.

Behind the rules (mode "both") the classifier read sentences about the meeting itself as commitments on round 58's
fresh batch K of other councils' minutes: the meeting being webcast, the order the items are taken in, the dates and
times of future meetings. The cue group `model_veto` (patterns/statement_cues.json) drops them from what the model
adds; the rules' own statements and model-alone mode are untouched. Sentences quoted from the pages:
  https://moderngov.harlow.gov.uk/ieListDocuments.aspx?CId=121&MId=2785  (Harlow Cabinet, webcast)
  https://moderngov.harlow.gov.uk/ieListDocuments.aspx?CId=121&MId=1373&Ver=4  (Harlow Cabinet, item order)
  http://modgov.southsomerset.gov.uk/mgAi.aspx?ID=13887  (South Somerset scrutiny, future meetings)
"""

import pytest

from conftest import minutes_statements
from miner.nlp.statements import RULES_VERSION, load_cues

WEBCAST = "The Leader said the meeting was being webcast live and would be available for repeated viewing after the meeting has ended."
FILMED = "By continuing to attend the meeting, you were consenting to being filmed and to appearing in the webcast."
ORDER = "With the consent of the meeting, The Leader said that Item 16 would be considered after Item 7."
FUTURE = ("The Chairman introduced the report which asked members to agree the working practices of the Scrutiny Committee "
          "and the date and timing of future meetings of the Committee.")
# South Somerset scrutiny (above): a request to members, which the model still adds (not the meeting's conduct)
IDEAS = "He suggested leaving the Work Programme for a few weeks and asked members to send through any ideas to the Scrutiny Specialist."

PAGE = "\n\n".join(["Minutes", "1 Webcast Introduction", WEBCAST + " " + FILMED, "2 Order of items", ORDER,
                    "3 Working practices", FUTURE, IDEAS])


def _vetoed(text):
    return any(p.search(text) for p in load_cues().model_veto)


@pytest.mark.parametrize("text", [WEBCAST, FILMED, ORDER, FUTURE,
                                  "The Chair agreed to vary the order of business.",
                                  "The meeting is being live-streamed on the Council's YouTube channel."])
def test_the_meetings_own_conduct_is_vetoed(text):
    assert _vetoed(text)


@pytest.mark.parametrize("text", [
    IDEAS,
    "Clerk to place the item on the agenda for the next meeting.",
    "A further report will be considered at the next meeting of the Committee.",
    "The Council will record all complaints received by 31 March 2025.",
    "Item 16 - Housing Revenue Account Business Plan",
])
def test_other_sentences_are_not_vetoed(text):
    assert not _vetoed(text)


def test_the_rules_version_is_stamped():
    assert int(RULES_VERSION) >= 57  # round 60 stamped 58


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    return minutes_statements(tmp_path_factory.mktemp("r59") / "minutes.txt", PAGE, ("rules", "both", "model"))


def _has(statements, quote):
    return any(quote[:40] in " ".join(s.text.split()) for s in statements)


@pytest.mark.parametrize("quote", [WEBCAST, FILMED, ORDER, FUTURE])
def test_rules_and_model_add_no_statement_about_the_meeting(found, quote):
    assert not _has(found["both"], quote)


def test_the_model_still_adds_a_request_to_members(found):
    # round 59's veto (the meeting's conduct) does not read it; since round 69 the reported-discussion veto drops it
    # (batch K's gold has no statement for it): model-alone mode still finds it
    assert not _vetoed(IDEAS) and _has(found["model"], IDEAS)
    from miner.nlp.statements_cues import reported_discussion

    assert reported_discussion(IDEAS, "commitment") and not _has(found["both"], IDEAS)


def test_model_alone_is_untouched(found):
    assert _has(found["model"], WEBCAST) or _has(found["model"], ORDER)
