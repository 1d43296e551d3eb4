"""The authority a paper's file name gives when no MANIFEST does (stop 50): the scraped page names and the parish
minutes names of corpus/, with a line of their text that names no council."""

from miner.evaluation.metadata import evaluate
from miner.metadata import find_authority

BODY = "The Cabinet Member introduced the report and Members noted it."


def test_a_borough_named_before_its_place_or_a_corporation_opens_the_file_name():
    assert find_authority(BODY, "London Borough of Havering - Cabinet 2023-07-20.txt") == "London Borough of Havering"
    assert find_authority(BODY, "Royal Borough of Windsor and Maidenhead - Cabinet 2023-12-14.txt") == \
        "Royal Borough of Windsor and Maidenhead"
    assert find_authority(BODY, "Borough Council of King's Lynn and West Norfolk - Cabinet 2020.txt") == \
        "Borough Council of King's Lynn and West Norfolk"
    assert find_authority(BODY, "City of London Corporation - Children and Families Performance Reporting.txt") == \
        "City of London Corporation"


def test_a_councils_minutes_file_and_a_dated_type_alone():
    assert find_authority(BODY, "Stoke Ferry Parish Council minutes 2020-01-08.txt") == "Stoke Ferry Parish Council"
    assert find_authority(BODY, "19 December 2024 - County Council minutes.txt") != "19 December 2024 - County Council"
    # the text still outweighs the file name
    assert find_authority("Kent County Council (KCC) agreed. KCC will report. Kent County Council noted it.",
                          "London Borough of Havering - Cabinet.txt") == "Kent County Council"


def test_inferred_authorities_agree_with_the_manifest():
    result = evaluate()
    assert result["scored"] >= 140
    assert result["agreement"] >= 0.8  # 124 of 149 at stop 51, 121 at stop 50; 105 before the file-name forms


def test_the_file_names_council_breaks_a_tie_with_a_members_council_and_a_meetings_kind_is_no_place():
    from pathlib import Path

    web = Path(__file__).resolve().parents[1] / "corpus" / "web"
    # the minutes name two other councils in the apologies ("Councillors Colin Cape (Nuneaton and Bedworth Borough
    # Council), Pam Redford (Warwick District Council)") and never their own
    page = web / "Warwickshire County Council - Adult Social Care and Health Overview and Scrutiny Committee 2023-11-15.txt"
    assert find_authority(page.read_text(encoding="utf-8"), page.name) == "Warwickshire County Council"
    # a parish's "Ordinary Parish Council Meeting" names the meeting's kind, not a place (written for this test)
    assert find_authority("Minutes of the Ordinary Parish Council Meeting held on 3rd January 2018.",
                          "Stoke Ferry Parish Council minutes 2018-01-03.txt") == "Stoke Ferry Parish Council"
