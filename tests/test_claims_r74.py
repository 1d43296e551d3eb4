"""Claims round 74: round 73's forms audited on every corpus paper outside the held-out and blind sets (364 papers,
a2a967b against 844ef0f). Only the structure nouns changed any claim (4 counts removed); the variance, bracketed
monitoring month and minute period forms changed none. These pin the audit's judgements that stay: a plan's "six key
areas for improvement" is its structure (no count), while a parish's physical areas noted for work stay a count."""

from conftest import claim_found, no_claim_at, written_paper_claims

# https://consultations.antrimandnewtownabbey.gov.uk/organisation-development/cpip2024-25/consultation/subpage.2024-02-15.3811645744/
ANTRIM = """In the pursuit of delivering exceptional services to our residents, we have identified six key areas for improvement this year. The prevailing cost of living crisis necessitates prudent budgeting, compelling us to identify savings without compromising the excellence of the services we offer.
"""

# lovell/stokeferry.com src/2015/01/wereham-parish-council-november-meeting/index.md (corpus/parish, MANIFEST)
WEREHAM = """7.1 The Grounds Maintenance contract with CGM was discussed. It was agreed to continue with CGM for the 2015 season. Two areas were noted which need rectification before the final payment for this season can be released. The second cemetery hedge must be completed as soon as possible. Only 1 of the 6 bi-monthly algae sprays has been completed.
"""


def test_a_plans_key_areas_are_its_structure(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Antrim and Newtownabbey Borough Council - Corporate Plan", ANTRIM)
    assert no_claim_at(paper, "identified six key areas for improvement", "six")  # was a count (a2a967b)


def test_physical_areas_noted_stay_a_count(tmp_path_factory):
    paper = written_paper_claims(tmp_path_factory, "Wereham Parish Council - minutes", WEREHAM)
    assert claim_found(paper, "Two areas were noted which need rectification", "Two").unit == "count"


# corpus/parish/Northwold Parish Council minutes 2017-07-04.txt (MANIFEST: lovell/stokeferry.com, 2017/09)
NORTHWOLD = """16. TREES

i. The companies looking to submit a quote for the Tree Management Plan have asked for a map. No tree map exists and it is hoped that the Plan could produce one going forward. The Clerk was provided with the following five main areas which should be included:

a. Northwold Recreation Ground – off Hovells Lane
"""

# corpus/parish/West Dereham Parish Council minutes 2017-02-02.txt (MANIFEST: lovell/stokeferry.com, 2017/03)
WEST_DEREHAM = """The Handyman has done an inspection of the three main areas; allotments, playing field and Remembrance Garden.
"""


def test_main_areas_that_are_places_stay_a_count(tmp_path_factory):
    """The audit read both as wrong removals (round 73's 'main areas' took them); the lead narrowed the noun to 'main
    areas of' (a breakdown: 'the two main areas of overspend', tests/test_claims_r73.py)."""
    north = written_paper_claims(tmp_path_factory, "Northwold Parish Council - minutes", NORTHWOLD)
    assert claim_found(north, "the following five main areas which should be included", "five").unit == "count"
    dereham = written_paper_claims(tmp_path_factory, "West Dereham Parish Council - minutes", WEST_DEREHAM)
    assert claim_found(dereham, "inspection of the three main areas", "three").unit == "count"
