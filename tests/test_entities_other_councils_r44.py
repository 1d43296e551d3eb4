"""Entities round 44: SERVICE on other councils' papers. A firm named by its trade and "Services" is a company, not a
council service ("K & M Lighting Services x2 (streetlight maintenance)", a parish's payments list); kinds of thing,
of meeting and of event a paper capitalises name no service alone ("Bus Service on Market Day", "Decision Maker:
Decision Session", "the meeting will be preceded with Open Surgery", "the Remembrance service"); a directorate right
after a director's title with no "of" is the job's department ("Corporate Director Children, Young People and
Education", "Executive Director – Customer Services"). Each text is a paragraph of a corpus paper, read as the
entities evaluation reads it; the Wretton and Stoke Ferry minutes of 2020, the Argyll and Bute committee page and the
Kent papers are tuned entities papers, the others have no entities gold."""

from __future__ import annotations

import pytest

from conftest import paragraph_mentions as _found

WRETTON_2020 = "corpus/parish/Wretton Parish Council minutes 2020-08-24.txt"
WRETTON_2019 = "corpus/parish/Wretton Parish Council minutes 2019-05-13.txt"
STOKE_FERRY_2020_01 = "corpus/parish/Stoke Ferry Parish Council minutes 2020-01-08.txt"
STOKE_FERRY_2020_11 = "corpus/parish/Stoke Ferry Parish Council minutes 2020-11-11.txt"
NORTHWOLD_2017 = "corpus/parish/Northwold Parish Council minutes 2017-03-07.txt"
HOLME_LACY = "corpus/web/Holme Lacy Parish Council - Playing Field Committee 2017-10-17.txt"
CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"
YORK = ("corpus/web/City of York Council - Decision Session - Cabinet Member for Environmental Services, Planning and"
        " Sustainability 2012-03-20.txt")
WEST_DEREHAM_2017 = "corpus/parish/West Dereham Parish Council minutes 2017-02-02.txt"
STOKE_FERRY_2017 = "corpus/parish/Stoke Ferry Parish Council minutes 2017-05-03.txt"
WEST_DEREHAM_2018 = "corpus/parish/West Dereham Parish Council minutes 2018-06-29.txt"
ARGYLL = "corpus/web/Argyll and Bute Council - Community Services Committee 2018-12-11.txt"
CABINET_JAN = "corpus/kent/Minutes of the meeting held on 9th January 2025.txt"
EXECUTIVE_RESPONSE = "corpus/kent/Appendix 1 - Executive Response.txt"
FAMILY_HUB_EQIA = "corpus/kent/Appendix 8 - Commissioned Family Hub Contracts Decision EqIA.txt"

# (paper, a quote of its paragraph, a name read there, its label)
NAMES = [
    # a firm by its trade
    (WRETTON_2020, "K & M Lighting Services x2", "K & M Lighting Services", "ORG"),
    (WRETTON_2019, "Top Garden Services (grounds maintenance)", "Top Garden Services", "ORG"),
    (NORTHWOLD_2017, "the invoice from CP Tree Services", "CP Tree Services", "ORG"),
    (HOLME_LACY, "£270 – DC Gardening Services", "DC Gardening Services", "ORG"),
    # guards passing on the old code too: a firm's name already an ORG, a council's service by its kind
    (CMPB, "Lifesaver First Aid Services", "Lifesaver First Aid Services", "ORG"),
    (YORK, "the performance of Highway Maintenance Services", "Highway Maintenance Services", "SERVICE"),
    # guards passing on the old code too: a manager's service after a dash, the person before a director's title
    (FAMILY_HUB_EQIA, "Programme Manager – Family Hubs", "Family Hubs", "SERVICE"),
    (CABINET_JAN, "Mrs S Hammond (Corporate Director Children", "Mrs S Hammond", "PERSON"),
]

# (paper, a quote of its paragraph, a name read there before this round that is none)
NO_NAMES = [
    (STOKE_FERRY_2020_01, "Bus Service on Market Day", "Bus Service"),
    (YORK, "Decision Maker: Decision Session", "Decision Session"),
    (YORK, "Decision Maker: Decision Session", "Session"),
    (WEST_DEREHAM_2018, "preceded with Open Surgery", "Open Surgery"),
    (STOKE_FERRY_2020_11, "organising the Remembrance service", "Remembrance service"),
    # a clerk's business read as a service by the NER: an interview, VAT
    (WEST_DEREHAM_2017, "Glazewing Interview", "Glazewing Interview"),
    (STOKE_FERRY_2017, "Payment of Bills Nett VAT Total", "Bills Nett VAT"),
    # a director's department, part of the title
    (ARGYLL, "Report by Executive Director – Customer Services", "Customer Services"),
    (CABINET_JAN, "Mrs S Hammond (Corporate Director Children", "Children, Young People and Education"),
    (CABINET_JAN, "Mr R Smith (Corporate Director Adult Social Care and Health)", "Adult Social Care and Health"),
    (EXECUTIVE_RESPONSE, "Corporate Director – Children, Young People and Education",
     "Children, Young People and Education"),
]


@pytest.mark.parametrize("paper, marker, name, label", NAMES)
def test_a_name(services_nlp, paper, marker, name, label):
    assert _found(services_nlp, paper, marker).get(name, (None,))[0] == label


@pytest.mark.parametrize("paper, marker, name", NO_NAMES)
def test_no_name(services_nlp, paper, marker, name):
    assert name not in _found(services_nlp, paper, marker)
