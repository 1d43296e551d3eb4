"""Entities round 45: SERVICE, PROGRAMME and ORG on other councils' papers like the held-out ones. A member or officer
the minutes write by initials is that person ("Cllr Karin Newell KN" ... "Prop KN 2nd RL"), not the NER's body; a
meeting's kind is no part of the council ("the Ordinary Parish Council Meeting"); a programme's acronym before plural
parts is the programme ("the KMBF Loan Schemes"); a clerk's action shouted in capitals ("CLERK TO GET PICTURES"), members
run on one line ("Cllr Mandy Leamon Cllr Trudy Mann ..."), a noticeboard and the police by their kind alone name no body;
ACAS and the NPFA are national bodies, an electrician's firm an organisation; a service before a post's
area and role word is part of the job title ("NCC Highways Area Manager"); a council of its tier "of" its area is one
name ("the Borough Council of Kings Lynn and West Norfolk"). Each text is a paragraph (or
a few paragraphs, read in order as one paper) of a corpus paper, read as the entities evaluation reads it; the Kent
papers are tuned entities papers, the parish minutes have no entities gold."""

from __future__ import annotations

import pytest

from conftest import paragraph_mentions as _found

WEREHAM_2014 = "corpus/parish/Wereham Parish Council minutes 2014-11-11.txt"
WEST_DEREHAM_2020 = "corpus/parish/West Dereham Parish Council minutes 2020-03-05.txt"
NORTHWOLD_2017 = "corpus/parish/Northwold Parish Council minutes 2017-07-04.txt"
STOKE_FERRY_2018 = "corpus/parish/Stoke Ferry Parish Council minutes 2018-01-03.txt"
WEREHAM_2016 = "corpus/parish/Wereham Parish Council minutes 2016-04-12.txt"
QPR = "corpus/pdf/QPR Q3 Cabinet appendix 1.pdf"
ICS_REPORT = "corpus/kent/24-00115 - Adoption of Integrated Care Strategy delivery plan - Report.txt"
CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"


def _found_in_order(nlp, paper: str, markers: list[str]) -> dict[str, tuple[str, str | None]]:
    """The mentions of the last of the paragraphs holding `markers`, read in that order as units of one paper (as the
    evaluation reads a paper: what a paragraph defines or names carries over to the next)."""
    from miner.evaluation.entities import document_text, paragraphs
    from miner.model import TextUnit

    _, text = document_text(paper)
    chunks = [next(chunk for _, chunk in paragraphs(text) if marker in chunk) for marker in markers]
    docs = []
    for chunk in chunks:
        doc = nlp.make_doc(chunk)
        doc._.miner_unit = TextUnit("doc-probe-r45-" + str(abs(hash(paper + "|".join(markers)))), None, None, "body",
                                    "other", None, 0, chunk)
        docs.append(doc)
    last = list(nlp.pipe(docs))[-1]
    return {" ".join(s._.miner_record.text.split()): (s._.miner_record.label, s._.miner_record.entity)
            for s in last.spans["miner_mentions"]}


# (paper, the quotes of its paragraphs in reading order, a name read in the last, its label, its entity)
PEOPLE_AND_ACRONYMS = [
    (WEREHAM_2014, ["Cllr Karin Newell KN", "6.5 KN to pass Garden"], "KN", "PERSON", "Karin Newell"),
    (WEREHAM_2014, ["Cllr Roger Lankfer RL", "6.6 RL to report back"], "RL", "PERSON", "Roger Lankfer"),
    (WEREHAM_2014, ["Cllr Roger Lankfer RL"], "Roger Lankfer", "PERSON", None),
    (WEST_DEREHAM_2020, ["Jason Moorse, NCC Area Manager West", "passed onto JM"], "JM", "PERSON", "Jason Moorse"),
    (QPR, ["(KMBF)", "KMBF Loan Schemes"], "KMBF", "PROGRAMME", "Kent and Medway Business Fund"),
    # guards passing on the old code too: a council's initials after a member's stay the council's
    (WEREHAM_2014, ["Cllr Martin Storey MS NCC"], "NCC", "ORG", None),
]

# (paper, a quote of its paragraph, a name read there, its label)
NAMES = [
    (WEREHAM_2014, "Minutes of the Ordinary Parish Council Meeting", "Parish Council", "ORG"),
    (WEST_DEREHAM_2020, "identified on the ACAS website", "ACAS", "ORG"),
    (STOKE_FERRY_2018, "Conservation Officer at the Borough Council of Kings Lynn",
     "Borough Council of Kings Lynn and West Norfolk", "ORG"),
    (WEREHAM_2016, "Cllr Colin Sampson CS Borough Council", "Borough Council of King's Lynn and West Norfolk", "ORG"),
    (WEREHAM_2014, "NPFA Revised Constitution", "NPFA", "ORG"),
    (NORTHWOLD_2017, "the original quote received from Swift Electrics", "Swift Electrics", "ORG"),
    # guards passing on the old code too: a directorate's initials in running text, a force by its name
    (ICS_REPORT, "Growth Environment and Transport (GET) activity", "GET", "SERVICE"),
    (CMPB, "Kent Police and Crime Commissioner Matthew Scott", "Kent Police and Crime Commissioner", "ORG"),
]

# (paper, a quote of its paragraph, a name read there before this round that is none)
NO_NAMES = [
    (WEREHAM_2014, "Minutes of the Ordinary Parish Council Meeting", "Ordinary Parish Council"),
    (NORTHWOLD_2017, "CLERK TO GET PICTURES AND PRICES", "GET"),
    (NORTHWOLD_2017, "CLLR CRISP TO CONTACT SCHOOL", "CLLR CRISP TO CONTACT SCHOOL"),
    (NORTHWOLD_2017, "TO DISCUSS PARKING ISSUES AT SCHOOL", "DISCUSS PARKING ISSUES AT SCHOOL"),
    (NORTHWOLD_2017, "INSTALLING THE WHITTINGTON NOTICEBOARD", "NOTICEBOARD"),
    (STOKE_FERRY_2018, "Cllr Mandy Leamon Cllr Trudy Mann",
     "Mandy Leamon Cllr Trudy Mann Cllr Jim McNeill Cllr Grant"),
    (STOKE_FERRY_2018, "the Police and Highways should", "Police"),
    # a service before the area and role words of a job title is part of the title
    (WEST_DEREHAM_2020, "Meeting with new NCC Highways Area Manager", "NCC Highways"),
]


@pytest.mark.parametrize("paper, markers, name, label, entity", PEOPLE_AND_ACRONYMS)
def test_a_person_or_acronym(services_nlp, paper, markers, name, label, entity):
    found = _found_in_order(services_nlp, paper, markers)
    assert found.get(name, (None,))[0] == label
    if entity is not None:
        assert found[name][1] == entity


def test_no_programme_parts_after_the_acronym(services_nlp):
    found = _found_in_order(services_nlp, QPR, ["(KMBF)", "KMBF Loan Schemes"])
    assert "KMBF Loan Schemes" not in found and "Loan Schemes" not in found


@pytest.mark.parametrize("paper, marker, name, label", NAMES)
def test_a_name(services_nlp, paper, marker, name, label):
    assert _found(services_nlp, paper, marker).get(name, (None,))[0] == label


@pytest.mark.parametrize("paper, marker, name", NO_NAMES)
def test_no_name(services_nlp, paper, marker, name):
    assert name not in _found(services_nlp, paper, marker)
