"""Entities round 32 (Norfolk parish minutes, a Kent joint scrutiny report): streets named by their kind word
anywhere, the county's highways service named bare as an agent or addressee, the district council named by its tier
alone, a run-on heading's "The" before the parish council, a joint committee's acronym spelt by some of its words,
a group parish's villages, a company named once with "Ltd", the next member's title in an attendance list, utilities
and police teams, a meeting's public forum. Sentences are written for these tests, in the style of parish minutes."""

from __future__ import annotations

from conftest import unit_labels as _labels, unit_mentions


def _paper(nlp, *units: str) -> list[dict[str, str]]:
    """Mention text -> label for each unit, the units read in order as one paper."""
    from miner.model import TextUnit

    docs, offset = [], 0
    for text in units:
        doc = nlp.make_doc(text)
        doc._.miner_unit = TextUnit("doc-parish-" + str(abs(hash(units))), None, None, "body", "other", None, offset, text)
        docs.append(doc)
        offset += len(text) + 2
    return [{" ".join(s._.miner_record.text.split()): s._.miner_record.label for s in d.spans["miner_mentions"]}
            for d in nlp.pipe(docs)]


def test_streets_by_their_kind_word_anywhere(services_nlp):
    found = _labels(services_nlp, "Rights of Way: the encroachment of the paths at Hobb's Lane and Fenny Drove was "
                                  "reported.")
    assert found.get("Hobb's Lane") == "PLACE" and found.get("Fenny Drove") == "PLACE", found
    found = _labels(services_nlp, "Concern was voiced as to why Furze Row was resurfaced; the branch at Mill Bridge "
                                  "was cut.")
    assert found.get("Furze Row") == "PLACE" and found.get("Mill Bridge") == "PLACE", found
    # a street inside a longer name is no place of its own
    found = _labels(services_nlp, "The Safer Road Users Team visited the Eastgate Road Family Hub.")
    assert "Eastgate Road" not in found and "Safer Road" not in found, found


def test_highways_named_bare_as_agent_or_addressee(services_nlp):
    found = _labels(services_nlp, "A tree had fallen on the verge. Clerk to report to Highways.")
    assert found.get("Highways") == "SERVICE", found
    found = _labels(services_nlp, "The Clerk advised that Highways had said the gateways would be installed shortly.")
    assert found.get("Highways") == "SERVICE", found
    # a topic, a budget line or a longer name is not the bare service
    assert "Highways" not in _labels(services_nlp, "Costs rose in areas such as Education and Highways. We will act.")
    assert "Highways" not in _labels(services_nlp, "The land was bought by Highways for schemes in 2019.")
    found = _labels(services_nlp, "He said that NCC Highways had carried out extensive gritting.")
    assert "Highways" not in found and found.get("NCC Highways") == "SERVICE", found
    found = _labels(services_nlp, "Talks took place with Suffolk County Council Highways who will register it.")
    assert found.get("Suffolk County Council Highways") == "SERVICE", found


def test_a_council_by_its_tier_alone_is_one_body_where_the_sentence_says_so(services_nlp):
    found = _labels(services_nlp, "The dog warden and the District Council will be informed of this.")
    assert found.get("District Council") == "ORG", found
    found = unit_mentions(services_nlp, "The Clerk had received figures from the Borough Council (BC) on taxbases in "
                                        "the BC area.")
    assert found.get("Borough Council", ("",))[0] == "ORG" and found.get("BC") == ("ORG", "Borough Council"), found
    # a kind of council, a modifier or an indefinite council is none
    assert "District Council" not in _labels(services_nlp, "Respondents heard of it from a District Council / "
                                                           "Councillor.")
    assert "District Council" not in _labels(services_nlp, "The figures are subject to the District Council audits.")
    assert "Borough Council" not in _labels(services_nlp, "Elections take place for Parish Council and Borough "
                                                          "Council constituencies.")


def test_a_run_on_heading_takes_no_the_into_the_parish_council(services_nlp):
    found = _labels(services_nlp, "10. Maintenance of footpaths The Parish Council will consider adding the paths.")
    assert found.get("Parish Council") == "ORG" and "The Parish Council" not in found, found
    found = _labels(services_nlp, "57/19 Local Plan Maps Consultation The Parish Council noted this communication.")
    assert found.get("Parish Council") == "ORG", found
    assert not any(k.endswith("The Parish Council") for k in found), found


def test_joint_committee_acronym_spelt_by_some_of_its_words(services_nlp):
    units = _paper(services_nlp,
                   "The report sets out changes to the Terms of Reference for the Eastshire and Westvale NHS Joint "
                   "Overview and Scrutiny Committee (JHOSC).",
                   "The JHOSC has delegated powers to request a call-in.",
                   "| B | Delegation - The JHOSC has delegated powers to respond. |")
    assert units[0].get("JHOSC") == "BOARD" and units[1].get("JHOSC") == "BOARD", units
    # a capital "The" after a dash is no part of an acronym's name
    assert units[2].get("JHOSC") == "BOARD" and "The JHOSC" not in units[2], units


def test_group_parish_villages_are_places_but_not_inside_longer_names(services_nlp):
    units = _paper(services_nlp,
                   "Marston and Little Wick Parish Council - Ordinary Meeting",
                   "There was a complaint about the grass cutting in Marston.",
                   "The next meeting is at Marston Village Hall; hire fees for Marston Sports and Social Club.")
    assert units[0].get("Marston and Little Wick Parish Council") == "ORG", units
    assert units[1].get("Marston") == "PLACE", units
    assert "Marston" not in units[2], units


def test_a_company_named_once_with_ltd_is_that_company_bare(services_nlp):
    units = _paper(services_nlp,
                   "Payments: KLM Ltd - ground maintenance 543.68; Hollin Stone Ltd - benches for cemetery 433.31",
                   "A letter should be sent to KLM about the damage. The order was placed with Hollin Stone.")
    assert units[1].get("KLM") == "ORG" and units[1].get("Hollin Stone") == "ORG", units


def test_attendance_list_on_one_line(services_nlp):
    found = _labels(services_nlp, "In attendance: Cllr Jim Marsh (Vice-Chair) Cllr Dora Clemens Cllr Kit Harvey-Ross "
                                  "Cllr Trudy Mayne")
    assert {"Dora Clemens", "Kit Harvey-Ross", "Trudy Mayne"} <= set(found), found
    assert not any(k.endswith("Cllr") for k in found), found
    found = _labels(services_nlp, "Apologies: Cllr Mick Pike, Cllr John Rees Borough Councillor Colin Sams")
    assert "John Rees" in found and "John Rees Borough" not in found, found


def test_utilities_police_teams_and_public_forum(services_nlp):
    found = _labels(services_nlp, "The message has been passed to BT and Anglian Water. Newsletters: Suffolk "
                                  "Constabulary. The Safer Neighbourhood Team will be told.")
    assert found.get("BT") == "ORG" and found.get("Anglian Water") == "ORG", found
    assert found.get("Suffolk Constabulary") == "ORG" and found.get("Safer Neighbourhood Team") == "SERVICE", found
    found = _labels(services_nlp, "2. PUBLIC FORUM (15 MINUTES) Residents raised the grass cutting.")
    assert "PUBLIC FORUM" not in found, found


def test_members_listed_with_their_initials(services_nlp):
    units = _paper(services_nlp,
                   "PRESENT (6 Councillors): - Clare Cane (CC) – Chairman, Pam Bullen (PB), Lorna Hart (LH).",
                   "CC confirmed the minutes; PB agreed to contact a contractor.")
    assert units[0].get("Clare Cane") == "PERSON" and units[0].get("CC") == "PERSON", units
    assert units[1].get("CC") == "PERSON" and units[1].get("PB") == "PERSON", units
    # a body's initials beside a member's are no person's
    found = _labels(services_nlp, "Pam Bullen (PB) read the minutes of the Parish Council (PC).")
    assert found.get("PB") == "PERSON" and found.get("PC") != "PERSON", found


def test_village_halls_and_sports_clubs(services_nlp):
    found = _labels(services_nlp, "MINUTES OF THE EASTWOLD PARISH COUNCIL MEETING HELD AT EASTWOLD VILLAGE HALL AT 7.30 pm")
    assert found.get("EASTWOLD VILLAGE HALL") == "PLACE", found
    found = _labels(services_nlp, "Payments: hire of Marston Village Hall Village Hall Hire 20.00; roof repairs at "
                                  "Marston Sports and Social Club.")
    assert found.get("Marston Village Hall") == "PLACE" and "Hall Village Hall" not in found, found
    assert found.get("Marston Sports and Social Club") == "ORG", found


def test_tradespeoples_firms(services_nlp):
    found = _labels(services_nlp, "Clerk to chase Silver Birch Tree Surgeons for a quote. Cheques: J & P Lighting "
                                  "(x2) 33.78; Hollis Memorials - refit 1 memorial 198.00")
    assert found.get("Silver Birch Tree Surgeons") == "ORG" and found.get("J & P Lighting") == "ORG", found
    assert found.get("Hollis Memorials") == "ORG", found
    assert "Kent Downs National Landscapes" not in _labels(services_nlp, "the Kent Downs National Landscapes team")


def test_initials_of_a_place_the_paper_has_named(services_nlp):
    units = _paper(services_nlp,
                   "Eastwold Parish Council - minutes of the meeting",
                   "The hedge on the Eastwold (EW) side of the junction was overgrown. An EW cookbook is planned.")
    assert units[1].get("EW") == "PLACE", units
