"""Entities round 60: round 59's batch I errors and round 60's batch J classes, on fresh committee pages (no entities
gold; the pages' text is quoted here from the public pages, addresses below and in annotations/README.md "Entities round
60"). A chief officer's rank by its initials ("ACC", "DCC", "CC") before a person is no body and no person of its own,
and the rank and a surname are the person; two places joined by "&" before "Council" are a local authority; a county's
and a city's combined fire authority is one name across the "&"; a place, a word and a trading word ("Northamptonshire
Food Poverty") are an organisation; a person's own initials after their name in an attendance list are no part of
the name and open no name of their own. Each text is read as one unit of one paper."""

from __future__ import annotations

import pytest

from conftest import unit_mentions

# Northamptonshire Police, Fire and Crime Commissioner, Police Accountability Board notes 11 May 2021
# (archive.northantspfcc.org.uk/our-information/police-accountability-board-minutes/police-accountability-board-notes-11-may-2021)
NORTHANTS = ("1. Welcome and introductions\nPFCC Stephen Mold (SM)\nNicci Marzec (NM)\nPaul Fell (PF)\n"
             "CC Nick Adderley (NA)\nDCC Simon Nickless (SN)\nACC Pauline Sturman (PS)\nSarah Crampton (SC)\n"
             "Apologies were accepted from ACC Blatchly\nSM welcomed everyone to the meeting.")
# Shropshire Fire and Rescue Authority, 10 October 2018 (shropshirefire.gov.uk/meeting/10-october-2018)
SHROPSHIRE = ("There will be a vote of thanks for Councillor Jane Pinter who left the Fire Authority in September.  The "
              "Fire Authority will also welcome Councillor Karen Blundell from Telford & Wrekin Council.")
# Nottinghamshire and City of Nottingham Fire and Rescue Authority, 26 February 2021
# (committee.nottinghamcity.gov.uk/ieListDocuments.aspx?CId=224&MId=8644&Ver=4)
NOTTINGHAM = ("Agenda and minutes\n\nNottinghamshire & City of Nottingham Fire & Rescue Authority\n"
              "Friday, 26th February, 2021 10.30 am")
# Derby and Derbyshire CCG, Governing Body meeting in public 13 January 2022
# (joinedupcarederbyshire.co.uk/governing-body-meeting/governing-body-meeting-january-2022)
DERBY = ("Present:\nDr Avi Bhatia AB Clinical Chair\nDr Buk Dhadda BD Governing Body GP\nHelen Dillistone HD Executive "
         "Director of Corporate Strategy and Delivery\nApologies:\nDr Penny Blackwell PB Governing Body GP\n"
         "Dr Robyn Dewis RD Director of Public Health – Derby City Council")
# Northampton Borough Council, food poverty scrutiny panel (planning.northampton.gov.uk/councillors/mgAi.aspx?ID=52915)
NORTHAMPTON = ("The Scrutiny Panel made comment, asked questions and heard:\n"
               "· It was noted that Northamptonshire Food Poverty had commented that there are just under 12,000 "
               "children living in poverty.")


@pytest.mark.parametrize("text, name, label", [
    (NORTHANTS, "ACC Blatchly", "PERSON"),
    (NORTHANTS, "Nick Adderley", "PERSON"),
    (NORTHANTS, "Simon Nickless", "PERSON"),
    (NORTHANTS, "Pauline Sturman", "PERSON"),
    (SHROPSHIRE, "Telford & Wrekin Council", "ORG"),
    (NOTTINGHAM, "Nottinghamshire & City of Nottingham Fire & Rescue Authority", "ORG"),
    (NORTHAMPTON, "Northamptonshire Food Poverty", "ORG"),
    (DERBY, "Buk Dhadda", "PERSON"),
    (DERBY, "Penny Blackwell", "PERSON"),
])
def test_a_name(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize("text, name", [
    (NORTHANTS, "ACC"),
    (NORTHANTS, "DCC"),
    (NORTHANTS, "CC"),
    (NOTTINGHAM, "Nottingham Fire & Rescue Authority"),
    (NOTTINGHAM, "Nottinghamshire"),
    (DERBY, "Buk Dhadda BD Governing"),
    (DERBY, "PB Governing"),
])
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


@pytest.mark.parametrize("text, name, label", [
    # what must not change: the commissioner's office before a person; the people of the list; a council's initials
    # with no person after them and a parish clerk's initials as a person (written for the probe, as the tuned gold's
    # forms); a body named "... in ... Council" (Medway 2018); two places and a tier word (Kent Armed Forces Covenant
    # report 2024); a force and a fire service joined by "and"; a place and a trading word
    (NORTHANTS, "PFCC", "ORG"),
    (NORTHANTS, "Stephen Mold", "PERSON"),
    (NORTHANTS, "Sarah Crampton", "PERSON"),
    (DERBY, "Avi Bhatia", "PERSON"),
    (DERBY, "Helen Dillistone", "PERSON"),
    (DERBY, "Derby City Council", "ORG"),
    ("The DCC corporate channels were used for the consultation.", "DCC", "ORG"),
    ("The proposal was supported by the Children in Care Council.", "Children in Care Council", "BOARD"),
    ("The Nepalese Community Centre is also supported by Folkestone & Hythe District Council.",
     "Folkestone & Hythe District Council", "ORG"),
    ("Kent Police and Kent Fire & Rescue Service attended the meeting.", "Kent Police", "ORG"),
    ("Kent Police and Kent Fire & Rescue Service attended the meeting.", "Kent Fire & Rescue Service", "ORG"),
    ("Eleanor Roaf in relation to her position on the Board of Trafford Leisure.", "Trafford Leisure", "ORG"),
    ("The event was held in Northamptonshire last year.", "Northamptonshire", "PLACE"),
])
def test_what_stays(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label
