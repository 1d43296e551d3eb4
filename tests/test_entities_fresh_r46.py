"""Entities round 46: SERVICE, PROGRAMME and ORG on fresh committee pages of other councils (no entities gold; the
pages' text is quoted here, from the councils' public committee pages, see annotations/README.md "Entities round
46"). Batch A: the NER's name run over the lines of a list is the list's items, and two names it read over "or" are
two; a job title read from its first word ("Executive Director for Children's Services") is no service, a body after
its "for" is a body; a portfolio's heading names no service; a heading's genre title run into the name it reports on
is that name; a stocktake is a review exercise (a programme); a single session is a meeting. Batch B (read once after
those fixes, then fixed): a service after "Head of Service", after a director's title and a comma, or inside a
director's title with no "of" is the job's department; the subject before a paper's genre title names no service
("Fostering and Adoption Annual Performance Report"); the Commission for Social Care Inspection is an inspectorate.
Then batch A's last general classes: a report's bracketed acronym ("(PPRR's)") and a self-assessment are kinds of
paper, and the NER's words before "Session" the start of an event's or its paper's title. Each text is read as one
unit of one paper."""

from __future__ import annotations

import pytest

from conftest import paragraph_mentions, unit_mentions

# Stockton-on-Tees People Select Committee, 2 June 2025 (the page's bullets, as the reader drops them)
STOCKTON_LIST = ("The Committee received a presentation from the Service Lead for Youth Justice and Youth Support and "
                 "the Service Lead for Family Support on the Early Help Offer from the Council. The presentation "
                 "covered:\n\nFront Door to Early Help\nFamily Hubs\nFamily Solutions Teams\nTherapeutic Team\n"
                 "Family Group Conferencing\nTargeted Youth Support\nYouth Support\nTurnaround\n\n"
                 "The Key issues discussed included:")
STOCKTON_OR = ("The referral were triaged and would be passed on to either the Family Hubs or Family Solutions if they "
               "needed more support, partner agencies and in some cases advice and guidance was given.")
# Slough Cabinet, 18 March 2024
SLOUGH = ("Lead Members welcomed the updated and thanked the Executive Director for Children's Services and staff for "
          "the work they had done to contribute to the turnaround of the service.")
# Stockport Children & Families Scrutiny Committee, 30 May 2018
STOCKPORT = ("The following comments were made/issues raised:-\n\nChildren & Families Portfolio\n\nThe continued "
             "pressure from the numbers of Looked After Children (LAC) and children on the Child Protection Plan (CPP) "
             "remained a great concern as did the continued increasing costs associated with the residential "
             "accommodation.")
STOCKPORT_HEADING = "Children & Families Portfolio"  # a paragraph of its own, as the evaluation reads the page
# Manchester committee item "Annual Reports Fostering and Adoption Services"
MANCHESTER = ("Agenda item\n\nAnnual Reports Fostering and Adoption Services\n\nReport of the Head of Looked After "
              "Children")
# Bromley Children, Education and Families PDS Committee, 9 July 2019
BROMLEY = ("The Committee noted that a series of Practice Assurance Stocktakes (PAS) would be undertaken across the "
           "Service in readiness for the impending inspection.  The PAS would be based on the new inspection "
           "methodology.")
# Tower Hamlets Overview & Scrutiny Committee, 9 May 2017
TOWER_HAMLETS = ("Issue - meetings\nScrutiny Challenge Session - Youth Services\nMeeting: 09/05/2017 - Overview & "
                 "Scrutiny Committee (Item 5)")
# Rutland committee item
RUTLAND = "Agenda item\n\nYouth Service Review\n\nTo receive Report No 219/2015 from the Director for People."
EXECUTIVE_RESPONSE = "corpus/kent/Appendix 1 - Executive Response.txt"
# Stockport (as above), Cumbria scrutiny board (a SEND update, 2020), Tower Hamlets (as above)
STOCKPORT_PPRR = ("The Director for Children's Services and Director for Education submitted a report (copies of which "
                  "had been circulated) providing for comment the Annual Portfolio Performance and Resource Report "
                  "(PPRR's) for the Children's and Families and Education portfolios.")
CUMBRIA = ("In previous sessions the Board had scrutinised the SEND Self-Assessment, the Ofsted report and the action "
           "plan in response to the report.")
TOWER_HAMLETS_PAPERS = ("Additional documents:\n- Youth Service Challenge Session Report, item 5 PDF 397 KB\n"
                        "- Youth Service Report Appendices 1-3, item 5 PDF 2 MB")
# Mid Ulster council minutes 2016 (corpus/web, no entities gold): the words of a job title after a person
MID_ULSTER = ("Ms Mezza, Head of Marketing and Communications Mr Moffett Head of Democratic Services Mr JJ Tohill, "
              "Director of Finance")
# batch B (read once after the fixes above, then fixed in-sample): North East Lincolnshire Children and Lifelong
# Learning Scrutiny Panel, 21 September 2023 (the page's bullets, as the reader drops them)
NE_LINCS = ("Officers in attendance:\nMatt Clayton (Head of Service Early Help and Prevention)\nRachel Cross "
            "(Partnership Lead – Team around the Family)\nNatasha Hidderley (Interim Assistant Director Regulated "
            "Services)\nDanielle Marshall (Head of Service – Sector Led Improvement Children's Services)")
# Warwickshire Adult Social Care and Health Overview and Scrutiny Committee (the third quarter's performance)
WARWICKSHIRE = ("Pete Sidgwick, Assistant Director, Adult Social Care introduced this item and gave a presentation to "
                "pull out the key messages.")
# Wirral Children, Young People & Education Committee, 15 June 2021
WIRRAL = "Fostering and Adoption Annual Performance Report. Reporting period 1 April 2020 – 31st March 2021"
# Herefordshire committee item
HEREFORDSHIRE = ("Agenda item\n\nFostering and Adoption Service Annual Reports 2018/19\n\nTo receive the annual "
                 "reports from the fostering and adoption services and consider the outcomes and recommendations.")
# Plymouth scrutiny panel (an Adult Social Care performance update, 2009)
PLYMOUTH = ("as a result of comments made by the Commission for Social Care Inspection last year, there had been a "
            "significant increase in the number of people helped to live at home.")

# (text, a name read there, its label)
NAMES = [
    (STOCKTON_LIST, "Family Solutions Teams", "SERVICE"),
    (STOCKTON_LIST, "Therapeutic Team", "SERVICE"),
    (STOCKTON_LIST, "Family Group Conferencing", "SERVICE"),
    (STOCKTON_OR, "Family Solutions", "SERVICE"),
    (MANCHESTER, "Fostering and Adoption Services", "SERVICE"),
    (BROMLEY, "Practice Assurance Stocktakes", "PROGRAMME"),
    (BROMLEY, "PAS", "PROGRAMME"),
    (PLYMOUTH, "Commission for Social Care Inspection", "INSPECTORATE"),
    # the gazetteer's name, no longer swallowed by the NER's run-on span
    (STOCKTON_LIST, "Family Hubs", "SERVICE"),
    (STOCKTON_OR, "Family Hubs", "SERVICE"),
    # guards passing on the old code too: a review with a name of its own, the services after a dropped session
    (RUTLAND, "Youth Service Review", "PROGRAMME"),
    (TOWER_HAMLETS, "Youth Services", "SERVICE"),
    (HEREFORDSHIRE, "Fostering and Adoption Service", "SERVICE"),
]

# (text, a name read there before this round that is none)
NO_NAMES = [
    (STOCKTON_LIST, "Early Help Family Hubs Family Solutions Teams"),
    (STOCKTON_LIST, "Therapeutic Team Family Group Conferencing"),
    (STOCKTON_OR, "Family Hubs or Family Solutions"),
    (SLOUGH, "Executive Director for Children's Services"),
    (STOCKPORT_HEADING, "Children & Families"),
    # guards passing on the old code too: the heading read inside its paragraph (a unit of its own in the paper)
    (STOCKPORT, "Children & Families"),
    (STOCKPORT, "Children & Families Portfolio"),
    (MANCHESTER, "Annual Reports Fostering and Adoption Services"),
    (TOWER_HAMLETS, "Scrutiny Challenge Session"),
    # a guard the job-title rule's first version failed: the words inside a dropped job title are no person
    (MID_ULSTER, "Moffett Head"),
    (STOCKPORT_PPRR, "PPRR"),
    (CUMBRIA, "SEND Self-Assessment"),
    (TOWER_HAMLETS_PAPERS, "Youth Service Challenge"),
    (NE_LINCS, "Early Help"),
    (NE_LINCS, "Interim Assistant Director Regulated Services"),
    (NE_LINCS, "Sector Led Improvement Children's Services"),
    (WARWICKSHIRE, "Adult Social Care"),
    (WIRRAL, "Fostering and Adoption"),
    (PLYMOUTH, "Commission for Social Care"),
]


@pytest.mark.parametrize("text, name, label", NAMES)
def test_a_name(services_nlp, text, name, label):
    assert unit_mentions(services_nlp, text).get(name, (None,))[0] == label


@pytest.mark.parametrize("text, name", NO_NAMES)
def test_no_name(services_nlp, text, name):
    assert name not in unit_mentions(services_nlp, text)


def test_a_body_after_a_job_title(services_nlp):
    """A tuned Kent paper: the council after "Capital Programme Manager for" is a mention, the title none."""
    found = paragraph_mentions(services_nlp, EXECUTIVE_RESPONSE, "the Capital Programme Manager for Swale")
    assert found.get("Swale Borough Council", (None,))[0] == "ORG"
    assert "Capital Programme Manager for Swale Borough Council" not in found
