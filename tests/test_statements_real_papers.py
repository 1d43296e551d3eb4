"""Statement rules read from real committee papers (round 33: ten Kent County Council papers of 2024-25,
`corpus/kent/`): an annual report's "Looking to 2025" aims, a bullet that opens with a unit's number, a panel's
"Challenge Cards Update" item, and the other causes listed per paper in the round's error notes.

The papers here are short ones written for the test in the layouts of those real papers (other councils' names),
read through the real reader, sectioner and units (`_statements_of_text`).
"""

from test_statements import _statements_of_text, nlp  # noqa: F401  (nlp is a fixture)

from miner.model import Document
from miner.nlp.statements import header_kind
from miner.readers.layout import assemble
from miner.readers.text import parse_text_lines
from miner.sections import build_sections


def _find(found, needle):
    return [s for s in found if needle in s.text]


def _sections(text: str):
    doc_text, lines = assemble(parse_text_lines(text))
    return build_sections(Document(id="t", path="t.txt", format="txt", text=doc_text, lines=lines))


BOARD_REPORT = """Armed Forces Covenant Annual Report 2024

Civilian-Military Partnership Board

Since May 2024 the Board has been chaired by the Chairman of the Council. During 2024 the Board membership has been strengthened by the new membership of the:

- Royal British Legion County Chairman
- 104 Field Squadron, 71 Engineer Regiment Reserves – based in Stafford
- new RFCA Deputy Chief Executive

Events

Our 5th Annual Armed Forces Covenant Conference was held on 4 June 2024 at the Barracks.

Looking to 2025

The Board's Strategic Aims:

Raising awareness amongst schools of the specific needs of service children and their families:

- Work with Headteachers across the county with the largest number of service children.
- Extend an invite to a Headteacher Representative to the Unit Welfare Officer meetings.

End
"""


def test_a_bullet_opening_with_a_units_number_is_no_numbered_heading():
    """"- 104 Field Squadron, ..." is the next member of a list, not section 104 with the rest of the paper under it."""
    sections = _sections(BOARD_REPORT)
    assert not [s for s in sections if s.path.split(".")[0] == "104"]
    assert [s for s in sections if s.title == "Events"]


def test_a_looking_ahead_heading_introduces_next_years_aims(nlp, tmp_path):
    assert header_kind("Looking to 2025") == "priority"
    assert header_kind("3. Looking Ahead to 2025") == "priority"
    assert header_kind("We are looking to roll out this programme across the county:") is None
    found = _statements_of_text(nlp, tmp_path, BOARD_REPORT)
    for item in ("Work with Headteachers across the county", "Extend an invite to a Headteacher Representative"):
        hit = _find(found, item)
        assert hit and hit[0].kind == "priority", item
    assert not [s for s in found if s.kind == "priority" and "Conference was held" in s.text]


PANEL_MINUTES = """Corporate Parenting Panel

MINUTES of a meeting of the Corporate Parenting Panel held on Tuesday, 10 December 2024.

Virtual School Update

(Item 4)

1. The Head of the Virtual School introduced the report.

2. RESOLVED that the update be noted.

Challenge Cards Update

(Item 5)

1. Jo Smith, Participation and Engagement Manager, introduced the update, providing an overview of the content.

2. The service had the opportunity to review young people's involvement in the recruitment of staff.

3. In response to comments and questions it was said:

a. A Member questioned the scope for utilising technology for the interviews.

4. RESOLVED that the Panel notes the challenge card progress.
"""


def test_a_heading_that_names_a_challenge_scheme_is_no_challenges_header(nlp, tmp_path):
    """"Challenge Cards Update" is an item about a panel's scheme, like "Devolution Priority Programme": its
    paragraphs are read one by one, not all as challenges."""
    assert header_kind("Challenge Cards Update") is None
    found = _statements_of_text(nlp, tmp_path, PANEL_MINUTES, doc_kind="minutes")
    assert not [s for s in found if s.kind == "challenge"]
    resolved = _find(found, "RESOLVED that the Panel notes")
    assert resolved and resolved[0].kind == "decision"
