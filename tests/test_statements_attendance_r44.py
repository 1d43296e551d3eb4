"""Who is speaking in minutes, from the paper's own attendance list (statements round 43, rules v44).

The reader (`miner.nlp.attendance`) is checked on real tuned minutes in corpus/; the speaker cases are minutes in the
common form, written for these tests with a real list's layout, since no tuned paper changes (annotations/README.md,
"Statements round 43")."""

import pytest
from test_statements import _find, nlp, statements_of  # noqa: F401  (fixtures)

from miner.ingest import prepare
from miner.nlp.attendance import read_attendance, speaker_role


def _roles(path: str) -> dict[str, str]:
    document, _ = prepare(path)
    return {p.surname: p.role for p in read_attendance(document.text).people}


def test_a_kent_panels_members_officers_and_cabinet_member():
    roles = _roles("corpus/kent/CPP Minutes 10.12.24.txt")
    assert roles["Prendergast"] == "chair" and roles["Bartlett"] == "chair"
    assert roles["Brazier"] == "member" and roles["Grehan"] == "member"
    assert roles["Chandler"] == "executive"  # "ALSO PRESENT: Sue Chandler, Cabinet Member for ..."
    assert roles["Kasaven"] == "officer" and roles["Carpenter"] == "officer"  # "IN ATTENDANCE: ... (Director of ...)"


def test_the_pdf_panel_minutes_name_the_officers_who_answer():
    roles = _roles("corpus/pdf/CPP Minutes 29.10.24.pdf")
    assert roles["Read"] == "officer" and roles["Gleave"] == "officer"
    assert roles["Brazier"] == "member"


def test_a_cabinets_members_are_its_executive():
    roles = _roles("corpus/kent/Minutes of the meeting held on 9th January 2025.txt")
    assert roles["Gough"] == "chair"
    assert roles["Oakford"] == "executive" and roles["Chandler"] == "executive"
    assert roles["Ghosh"] == "officer" and roles["Beer"] == "officer"  # commas inside "(Corporate Director ..., ...)"
    assert "People" not in roles and "Education" not in roles


def test_a_parish_list_with_initials_the_clerk_and_a_county_councillor():
    document, _ = prepare("corpus/parish/West Dereham Parish Council minutes 2017-02-02.txt")
    att = read_attendance(document.text)
    assert att.role_of("Cann") == "chair" and att.role_of("CC") == "chair"  # "Claire Cann (CC) - Chair"
    assert att.role_of("Bullas") == "member" and att.role_of("PB") == "member"
    assert att.role_of("Carrier") == "officer"  # "Clerk: Helen Carrier"
    roles = _roles("corpus/parish/Northwold Parish Council minutes 2017-03-07.txt")
    assert roles["Cooper"] == "officer"  # "Mrs N Cooper, Clerk."
    assert roles["Storey"] == "visitor"  # "Also present: Cllr Martin Storey - Norfolk County Council"
    assert roles["Leet"] == "member"


@pytest.mark.parametrize("path", [
    "corpus/web/Birmingham City Council - Cabinet 2018-11-13.txt",  # an item's page, no list
    "corpus/seeds/000_6cef1de8068e4e1d.txt",  # a report
])
def test_a_paper_without_a_list_gives_none(path):
    document, _ = prepare(path)
    assert not read_attendance(document.text).people


HEAD = ("MINUTES OF THE PLAY AREA COMMITTEE\n\n"
        "PRESENT: Councillors P Walker (Chair), T Foy, L Hunt and C Williams\n\n"
        "IN ATTENDANCE: Mr J Read (Head of Leisure) and Mrs H Carrier (Clerk)\n\n"
        "1. Apologies for absence. None.\n\n")


def _minutes(tmp_path, *paragraphs: str) -> str:
    page = tmp_path / "Northwold District Council - Play Area Committee 2020-09-24.txt"
    page.write_text(HEAD + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return str(page)


@pytest.mark.parametrize("text, role", [
    ("Mr Foy said that residents had raised the play area again.", "member"),
    ("Councillor Hunt asked whether the fund would be spent this year.", "member"),
    ("Mr Read acknowledged that the swings were worn.", "officer"),
    ("Jason Read acknowledged that the swings were worn.", "officer"),  # a first name: the surname is the last
    ("Mrs Carrier, Clerk, confirmed the date.", "officer"),
    ("Mrs Walker thanked everyone.", "chair"),
    ("County Cllr Storey advised that he was looking into the cost.", "visitor"),
    ("Mr Smith said that he lived nearby.", None),  # not in the list: v43's reading
    ("The Head of Leisure confirmed the date.", None),  # no name: v43's reading
])
def test_the_listed_role_of_a_named_speaker(text, role):
    att = read_attendance(HEAD)
    assert speaker_role(text, att) == role


def test_a_named_members_view_carried_on_by_a_pronoun_is_no_statement(statements_of, tmp_path):
    # rules v43 read "Mr Foy said ..." as a named person taking the floor, which ends a member's turn
    page = _minutes(tmp_path, "2. Play area. Mr Foy said that residents had raised the play area again. He felt that "
                              "the Council will need to replace the swings next year.")
    assert not _find(statements_of(page, "both"), "He felt that the Council will need to replace the swings")


def test_a_named_officers_undertaking_after_a_member_stays_a_commitment(statements_of, tmp_path):
    # rules v43 did not know "Jason Read acknowledged ..." (a first and last name, a verb outside its list) for a
    # speaker, so the member's turn ran on over the officer's reply and dropped his undertaking
    page = _minutes(tmp_path, "A Member asked about the worn swings. Jason Read acknowledged that the swings were "
                              "worn. He confirmed that new swings would be installed by March 2021.")
    found = statements_of(page, "both")
    assert {s.kind for s in _find(found, "new swings would be installed by March 2021")} == {"commitment"}


def test_training_rows_carry_who_has_the_floor_for_a_model_that_reads_it(nlp):
    from miner.evaluation.statements import candidates_and_labels, load_gold, parse_file
    from miner.nlp import statement_model

    path = "corpus/pdf/CPP Minutes 29.10.24.pdf"
    cands, _ = candidates_and_labels(parse_file(path, nlp), load_gold()[path])
    read = [c for c in cands if c.text.startswith("Mr Read")]  # his sentences after a member's question
    assert len(read) >= 3 and all(c.turn == "other" for c in read)  # the list gives Mr Read as an officer
    assert any(c.turn == "member" for c in cands)
    c = read[0]
    assert "__pos_turn_other__" in statement_model.featurise(c, statement_model.DEFAULT_FEATURES + ("turn",))
    assert "__pos_turn_" not in statement_model.featurise(c, statement_model.DEFAULT_FEATURES)  # version 14's set-up
