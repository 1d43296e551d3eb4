"""Claims round 45 (the lead): a document label written with a stray full stop ("Appendix. 1") is no claim. The page
is a fresh one of another council (the pages corpus's opening, not in corpus/), read through the real pipeline."""

from conftest import claim_found, no_claim_at, written_paper_claims

# https://democracy.towerhamlets.gov.uk/ieIssueDetails.aspx?IId=144226&Opt=3&PlanId=0 (London Borough of Tower Hamlets,
# Cabinet, 27 March 2024; round 44's third batch); its last line is written for this test
TOWER_HAMLETS = """Issue - meetings

Budget Monitoring 23-24 Quarter 3

Meeting: 27/03/2024 - Cabinet (Item 6.1)

Additional documents:

- Appendix. 1 for Budget Monitoring 23/24 Quarter 3, item 6 PDF 2 MB

The forecast outturn position is an overspend of £3.4m against the general fund budget.
"""


def test_an_appendix_label_with_a_full_stop_is_no_claim(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "London Borough of Tower Hamlets - Cabinet", TOWER_HAMLETS)
    assert no_claim_at(paper, "Appendix. 1 for", "1")
    assert claim_found(paper, "an overspend of £3.4m", "£3.4m").unit == "GBP"  # the page's real figure stays
