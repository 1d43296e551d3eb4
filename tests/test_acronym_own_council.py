"""A council named by its kind alone is the paper's own: "the Parish Council (PC)", "PC" and "the Parish Council"
in a parish council's minutes are that council, in `miner extract` as in what `miner ingest` stores."""

from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from miner.canonical import resolve_own_council
from miner.cli import app
from miner.model import TextUnit

WEST_DEREHAM = "corpus/parish/West Dereham Parish Council minutes 2016-06-02.txt"  # manifest: West Dereham Parish Council
# Stoke Ferry Parish Council minutes 2020-01-08, the Neighbourhood Plan working group's item 2
STOKE_FERRY = ('2. Grant Funding & Appointment of Consultants On 16 December 2019 the Parish Council received the first '
               'tranche of Locality/Groundworks funding of £4,028 for NP work up to the end of March 2020. As a result, we now'
               ' recommend that the Parish Council sign the necessary Draft contract with Rachel Leggett & Associates/Compass '
               'Point to support NP work over the next 18-24 months. Copies of the Draft contract have been supplied to '
               'Councillors present at the PC meeting.')
# Northwold Parish Council minutes 2018-06-05, item 10: the county council is not the parish's own
NORTHWOLD = ("10. Parish Issues raised by email from resident – Ingham's Lane and Common Drove The responsibility for the "
             "upkeep of Ingham's Lane and Common Drove was discussed, it is believed that the County Council could have a "
             'responsibility for the surface as it is understood that these are rights of way. The gate at Inghams Lane was '
             'originally installed by one of the landowners either side, NCC advise that this should not be there as there '
             'is no history of approval for this. * Clerk to refer all of these issues to NCC Public Rights of Way Officer '
             'as it is not the responsibility of the Parish Council. Clerk to also ask about the approval process for gates '
             'across rights of way for future reference. It was noted that NCC have already ordered a new footbridge for '
             'Common Drove but a date for installation is not available.')


def _mentions(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.miner_unit = TextUnit("doc-probe-own-council", None, None, "body", "other", None, 0, text)
    return [s._.miner_record for d in nlp.pipe([doc]) for s in d.spans["miner_mentions"]]


def test_extract_names_the_parish_council_for_pc_and_for_its_kind_alone():
    result = CliRunner().invoke(app, ["extract", WEST_DEREHAM, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["document"]["authority"] == "West Dereham Parish Council"
    entities = {}
    for m in data["mentions"]:
        entities.setdefault(m["text"], set()).add(m["entity"])
    assert entities["PC"] == {"West Dereham Parish Council"}  # "the Parish Council (PC)" defines it
    assert entities["Parish Council"] == {"West Dereham Parish Council"}
    # the borough council the parish lies in is another council
    assert not {e for t in ("BC", "Borough Council") for e in entities.get(t, ())} & {"West Dereham Parish Council"}


def test_ingest_stores_pc_and_the_parish_council_as_the_one_council(tmp_path):
    db = tmp_path / "miner.db"
    result = CliRunner().invoke(app, ["ingest", WEST_DEREHAM, "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute(
        "select distinct e.name from mentions m join entities e on e.id = m.entity_id"
        " where m.text in ('PC', 'Parish Council')").fetchall()
    assert rows == [("West Dereham Parish Council",)]


def test_paragraphs_are_the_papers_text():
    from miner.evaluation.entities import document_text

    assert STOKE_FERRY in document_text("corpus/parish/Stoke Ferry Parish Council minutes 2020-01-08.txt")[1]
    assert NORTHWOLD in document_text("corpus/parish/Northwold Parish Council minutes 2018-06-05.txt")[1]


def test_own_council_needs_the_papers_authority_and_its_tier(services_nlp):
    mentions = {m.text: m for m in resolve_own_council(_mentions(services_nlp, STOKE_FERRY), "Stoke Ferry Parish Council")}
    assert mentions["Parish Council"].entity == "Stoke Ferry Parish Council"
    # no authority known (a paper without metadata): nothing is guessed
    assert all(m.entity != "Stoke Ferry Parish Council" for m in resolve_own_council(_mentions(services_nlp, STOKE_FERRY), None))
    # a county council in a parish's minutes is not the parish council
    northwold = {m.text: m for m in resolve_own_council(_mentions(services_nlp, NORTHWOLD), "Northwold Parish Council")}
    assert northwold["Parish Council"].entity == "Northwold Parish Council"
    assert northwold["County Council"].entity != "Northwold Parish Council"
