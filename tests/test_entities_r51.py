"""Entities round 51: fresh committee pages of other councils (no entities gold; the pages' text is quoted here from
the councils' public pages, addresses below and in annotations/README.md "Entities round 51"). An attendance table
read flat runs each person's name into the body beside them ("Supt. Richard Bell Dorset Police", "Graham Duggan |
Dorset Council"): the span is the person and the body, a table's header cells ("Name Agency") are no name, and a
person's name alone in a cell before a body's cell is a person, not a grant ("| Ian Grant | Dorset Council");
a redesign's "Proposals" after a service's head word, an agenda item's "Issues arising from the" and a linked
file's size ("PDF 205 KB") on the line before are no part of a name. Each text is read as one unit of one paper."""

from __future__ import annotations

import pytest

from conftest import unit_mentions

# Dorset Community Safety Partnership minutes, 6 October 2021 (uat.dorset.dp.placecube.com/w/minutes-of-the-dorset-
# community-safety-partnership-06-october-2021-1), the attendance table as the stored page reads it
DORSET_2021 = ("Meeting core membership\nName Agency \nCllr Graham Carr-Jones Dorset Council (Chair)\n"
               "Supt. Richard Bell Dorset Police\nVanessa Read Dorset Clinical Commissioning Group \n"
               "Toni Shepherd Dorset Probation Service\n\nAttendees\n\nMeeting attendees\nName Agency\n"
               "Cllr Molly Rennie Chair of the Dorset Domestic Abuse Forum\nAdam Harrold Office of Police and Crime "
               "Commissioner \n\nSupport\n\nMeeting support officers\nName Agency\nJohn Newcombe Dorset Council "
               "(Community Safety, Place)\nAndrew Billany  Dorset Council (Adults & Housing, A&H)\nSarah-Jane Smedmor "
               "Dorset Council (Children's)\nAndy Frost Dorset Council (Community Safety, A&H)\nIan Grant Dorset "
               "Council (Community Safety, A&H)\nKay Wilson-White Dorset Council (Community Safety, A&H)\nLiz Plastow "
               "Dorset Clinical Commissioning Group\nEmma Pleece Dorset Council (Children's)\nGavin House Dorset "
               "Police\nVik Verma Dorset Council (Children's)\n")
# Dorset Community Safety Partnership minutes, 16 June 2025 (www.publichealthdorset.org.uk/web/guest/w/minutes-of-
# the-dorset-community-safety-partnership-16-june-2025), a table with its cells' bars
DORSET_2025 = ("| Andrew Billany | Dorset Council (Housing, Adults and Housing) | \n"
               "| John Newcombe | Dorset Council (Community Safety, Place) | \n"
               "| Graham Duggan | Dorset Council (Place Services) | \n"
               "| Andy Frost | Dorset Council (Community Safety, Adults and Housing) | \n"
               "| Diane Evans | Dorset Council (Community Safety, Adults and Housing) | \n"
               "| Ian Grant | Dorset Council (Community Safety, Adults and Housing) | \n"
               "| Ian Denness | Dorset Council (Community Safety, Adults and Housing) | \n")
# West Sussex scrutiny committee (westsussex.moderngov.co.uk/mgAi.aspx?ID=10689)
WEST_SUSSEX = ("Agenda item\n\nEarly Help Service Redesign Proposals\n\nReport by Executive Director of Children, "
               "Young People and Learning.")
# Batch B pages (read and counted with the starting commit before their own rules were written)
# Dorset Community Safety Partnership minutes, 19 March 2024 (dorsetcouncil.gov.uk/w/minutes-of-the-dorset-community-
# safety-partnership-19-march-2024)
DORSET_2024 = ("Core Membership\n\nName Agency\nCllr Laura Beddow Dorset Council (Chair)\nTemporary Detective "
               "Superintendent Julie Howe Dorset Police\nSimon Hester NHS Dorset\nKatie Sorrell  Probation Service\n\n"
               "Attendees\n\nName  Agency\nLewis Gool Office of the Police and Crime Commissioner\nCllr Molly Rennie "
               "Dorset Domestic Abuse Forum\nDavid Webb Dorset Combined Youth Justice Service\n")
# Dorset Community Safety Partnership minutes, 2 October 2024 (www.dorsetcouncil.gov.uk/w/minutes-of-the-dorset-
# community-safety-partnership-2-october-2024)
DORSET_OCT_2024 = ("Ian Grant | Dorset Council (Community Safety, Adults and Housing) |\n"
                   "Shaun Milton | Dorset and Wiltshire Fire and Rescue Service |\n"
                   "Julia Ingram | Dorset Council (Adults) |\nSarah Howard | NHS Dorset |\n")
# Enfield Cabinet (governance.enfield.gov.uk/mgAi.aspx?ID=40040)
ENFIELD = ("Agenda item - ISSUES ARISING FROM THE OVERVIEW AND SCRUTINY COMMITTEE\n\nAgenda item\n\n"
           "ISSUES ARISING FROM THE OVERVIEW AND SCRUTINY COMMITTEE\n\n6.1     SCRUTINY ANNUAL WORK PROGRAMME 2017/18")
# Surrey Cabinet (mycouncil.surreycc.gov.uk/ieIssueDetails.aspx?IId=22527&Opt=3)
SURREY = ("90 Proposed De-commissioning of Externally Commissioned Young People's Early Help Services PDF 205 KB\n"
          "Surrey County Council and its partners are delivering an Early Help Transformation Programme, to radically "
          "reshape the early help offer for children, young people and families.")

# (text, a name read there, its label)
NAMES = [
    (DORSET_2021, "Richard Bell", "PERSON"),
    (DORSET_2021, "Dorset Police", "ORG"),
    (DORSET_2021, "Toni Shepherd", "PERSON"),
    (DORSET_2021, "Dorset Probation Service", "ORG"),
    (DORSET_2021, "John Newcombe", "PERSON"),
    (DORSET_2021, "Andrew Billany", "PERSON"),
    (DORSET_2021, "Sarah-Jane Smedmor", "PERSON"),
    (DORSET_2021, "Ian Grant", "PERSON"),
    (DORSET_2021, "Liz Plastow", "PERSON"),
    (DORSET_2021, "Dorset Clinical Commissioning Group", "ORG"),
    (DORSET_2021, "Gavin House", "PERSON"),
    (DORSET_2021, "Vik Verma", "PERSON"),
    (DORSET_2021, "Dorset Council", "ORG"),
    (DORSET_2025, "Graham Duggan", "PERSON"),
    (DORSET_2025, "Ian Grant", "PERSON"),
    (WEST_SUSSEX, "Early Help Service", "SERVICE"),
    (DORSET_2024, "Laura Beddow", "PERSON"),
    (DORSET_2024, "Julie Howe", "PERSON"),
    (DORSET_2024, "Simon Hester", "PERSON"),
    (DORSET_2024, "NHS Dorset", "ORG"),
    (DORSET_2024, "Katie Sorrell", "PERSON"),
    (DORSET_2024, "Lewis Gool", "PERSON"),
    (DORSET_2024, "Office of the Police and Crime Commissioner", "ORG"),
    (DORSET_2024, "David Webb", "PERSON"),
    (DORSET_2024, "Dorset Combined Youth Justice Service", "SERVICE"),
    (DORSET_OCT_2024, "Ian Grant", "PERSON"),
    (DORSET_OCT_2024, "Julia Ingram", "PERSON"),
    (ENFIELD, "OVERVIEW AND SCRUTINY COMMITTEE", "BOARD"),
    (SURREY, "Surrey County Council", "ORG"),
    # guards passing on the old code too: the people and bodies beside the fixed spans
    (DORSET_2021, "Graham Carr-Jones", "PERSON"),
    (DORSET_2021, "Kay Wilson-White", "PERSON"),
    (DORSET_2021, "Dorset Domestic Abuse Forum", "BOARD"),
    (DORSET_2025, "Andrew Billany", "PERSON"),
    (DORSET_2025, "Place Services", "SERVICE"),
    (DORSET_OCT_2024, "Dorset and Wiltshire Fire and Rescue Service", "ORG"),
    (SURREY, "Early Help Transformation Programme", "PROGRAMME"),
]

# (text, a span that is no name there)
NOT_NAMES = [
    (DORSET_2021, "Name Agency"),
    (DORSET_2021, "Richard Bell Dorset Police"),
    (DORSET_2021, "John Newcombe Dorset Council"),
    (DORSET_2021, "Andrew Billany Dorset Council"),
    (DORSET_2021, "Sarah-Jane"),
    (DORSET_2021, "Smedmor Dorset Council"),
    (DORSET_2021, "Grant Dorset Council"),
    (DORSET_2021, "Gavin House Dorset Police"),
    (DORSET_2025, "Graham Duggan | Dorset Council"),
    (WEST_SUSSEX, "Early Help Service Redesign Proposals"),
    (DORSET_2024, "Name Agency"),
    (DORSET_2024, "Temporary Detective Superintendent Julie Howe Dorset Police"),
    (DORSET_2024, "Simon Hester NHS Dorset"),
    (DORSET_2024, "Katie Sorrell Probation Service"),
    (DORSET_2024, "Molly Rennie Dorset"),
    (ENFIELD, "ISSUES ARISING FROM THE OVERVIEW AND SCRUTINY COMMITTEE"),
    (SURREY, "KB Surrey County Council"),
]


@pytest.mark.parametrize(("text", "name", "label"), NAMES)
def test_a_name(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize(("text", "name"), NOT_NAMES)
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


@pytest.mark.parametrize(("text", "name", "label"), [
    # a body's own name opening with a place or a kind word has no person before the body (written for the probe)
    ("The report was presented to the Safer Dorset Partnership in June.", "Safer Dorset Partnership", "BOARD"),
    ("Officers from Mid Sussex District Council attended the meeting.", "Mid Sussex District Council", "ORG"),
    ("A letter was sent to West Sussex County Council on 3 May.", "West Sussex County Council", "ORG"),
])
def test_a_body_opening_with_a_place_stays_whole(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


def test_a_name_broken_over_a_line_stays_whole(services_nlp):
    """A name a PDF's line break splits is one name: no person is read in it (Kent QPR appendix, tuned)."""
    found = unit_mentions(services_nlp, "the transfer of responsibilities from the South East Local\nEnterprise "
                                        "Partnership (SELEP) to KCC continued")
    assert "Enterprise Partnership" not in found
