"""The database contract: tables, migrations, one transaction per document, no duplicates."""

from __future__ import annotations

import sqlite3

import pytest

from miner import store
from miner.model import Claim, Extraction, Mention, Section, Statement, stable_id
from miner.readers import read_document

from conftest import seed

CONTRACT_TABLES = {
    "documents", "sections", "statements", "entities", "mentions", "claims",
    "verdicts", "evidence", "failures", "meta", "inspections", "series",
}


def small_extraction() -> Extraction:
    """Records over a real seed: one section, one statement, a mention and a claim inside it."""
    doc = read_document(seed("000"))
    start = doc.text.index("Key priorities") if "Key priorities" in doc.text else 0
    end = start + 80
    section = Section(id=stable_id(doc.id, "s", 1), document_id=doc.id, path="1", title="t",
                      level=1, role="heading", start=start, end=end, own_end=end)
    st = Statement(id=stable_id(doc.id, "st", start), document_id=doc.id, section_id=section.id,
                   section_path="1", kind="priority", text=doc.text[start:end], start=start, end=end)
    m = Mention(id=stable_id(doc.id, "m", start), document_id=doc.id, section_id=section.id,
                statement_id=st.id, text=doc.text[start:start + 3], label="ORG",
                start=start, end=start + 3, entity="Key Org")
    c = Claim(id=stable_id(doc.id, "c", start), document_id=doc.id, section_id=section.id,
              statement_id=st.id, text=doc.text[start:start + 2], start=start, end=start + 2,
              value=80, unit="count")
    return Extraction(document=doc, sections=[section], statements=[st], mentions=[m], claims=[c])


def test_open_creates_contract_tables_with_wal_and_foreign_keys(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    assert CONTRACT_TABLES <= set(db.table_names())
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert db["meta"].get("schema_version")["value"] == str(store.SCHEMA_VERSION)


def test_reopening_runs_no_migration_twice(tmp_path):
    store.open_db(tmp_path / "m.db").close()
    db = store.open_db(tmp_path / "m.db")
    names = [r["name"] for r in db.query("select name from _sqlite_migrations")]
    assert len(names) == len(set(names)) == len(store.migrations._migrations)


def test_writing_a_document_twice_adds_no_rows(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    ex = small_extraction()
    store.write_extraction(db, ex)
    first = store.counts(db)
    store.write_extraction(db, small_extraction())
    assert store.counts(db) == first
    assert first["documents"] == 1 and first["statements"] == 1 and first["mentions"] == 1


def test_every_stored_span_quotes_the_document_text(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    store.write_extraction(db, small_extraction())
    text = db["documents"].get(small_extraction().document.id)["text"]
    for table in ("statements", "mentions", "claims"):
        for row in db[table].rows:
            assert text[row["start"]:row["end"]] == row["text"]


def test_a_failed_write_leaves_nothing_half_written(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    ex = small_extraction()
    ex.statements.append(ex.statements[0])  # duplicate primary key: the insert fails midway
    with pytest.raises(sqlite3.IntegrityError):
        store.write_extraction(db, ex)
    assert store.counts(db)["documents"] == 0
    assert store.counts(db)["sections"] == 0


def test_full_text_search_finds_statements(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    ex = small_extraction()
    store.write_extraction(db, ex)
    word = ex.statements[0].text.split()[0]
    hits = list(db.query("select rowid from statements_fts where statements_fts match ?", [f'"{word}"']))
    assert hits


def test_missing_database_error_says_how_to_create_one(tmp_path):
    with pytest.raises(FileNotFoundError, match="miner ingest"):
        store.open_db(tmp_path / "absent.db", create=False)


def test_failures_are_recorded_once_per_path(tmp_path):
    db = store.open_db(tmp_path / "m.db")
    store.record_failure(db, "a.pdf", "abc", "no text layer")
    store.record_failure(db, "a.pdf", "abc", "no text layer")
    assert db["failures"].count == 1
