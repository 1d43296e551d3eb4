"""The database: schema, migrations, writes and reads. The only module that writes SQL.

SQLite through sqlite-utils, WAL mode so readers (Datasette, queries) keep
working while an ingest writes, foreign keys on. Schema changes are migrations
in one named set, applied on open. A document's rows land in one transaction
or not at all; re-ingesting the same bytes replaces nothing and adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from miner.model import Entity, Extraction, Mention, Specificity

SCHEMA_VERSION = 6
DEFAULT_DB = "miner.db"

migrations = Migrations("miner")


def default_db_path() -> str:
    return os.environ.get("MINER_DB", DEFAULT_DB)


@migrations()
def m001_initial(db: Database) -> None:
    db["documents"].create(
        {
            "id": str, "path": str, "format": str, "title": str, "authority": str,
            "committee": str, "meeting_date": str, "author": str, "period": str,
            "pages": int, "text": str, "reader": str, "ingested_at": str,
        },
        pk="id",
    )
    db["sections"].create(
        {
            "id": str, "document_id": str, "parent_id": str, "path": str, "level": int,
            "role": str, "title": str, "kind": str, "period": str, "page": int,
            "start": int, "end": int, "own_end": int, "text": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["statements"].create(
        {
            "id": str, "document_id": str, "section_id": str, "section_path": str,
            "kind": str, "text": str, "period": str, "deadline": str, "actor": str,
            "start": int, "end": int, "confidence": float, "method": str,
            "spec_deliverable": int, "spec_measurable": int, "spec_deadline": int,
            "spec_owner": int, "specificity": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("section_id", "sections", "id")],
    )
    db["entities"].create({"id": str, "name": str, "label": str, "aliases": str}, pk="id")
    db["mentions"].create(
        {
            "id": str, "document_id": str, "section_id": str, "statement_id": str,
            "entity_id": str, "text": str, "label": str, "start": int, "end": int,
            "method": str,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("section_id", "sections", "id"),
            ("statement_id", "statements", "id"),
            ("entity_id", "entities", "id"),
        ],
    )
    db["claims"].create(
        {
            "id": str, "document_id": str, "section_id": str, "statement_id": str,
            "text": str, "value": float, "unit": str, "metric": str, "indicator": str,
            "as_of": str, "period": str, "comparator": str, "comparator_value": float,
            "from_value": float, "to_value": float, "direction": str,
            "start": int, "end": int, "method": str,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("section_id", "sections", "id"),
            ("statement_id", "statements", "id"),
        ],
    )
    db["inspections"].create(
        {
            "id": str, "document_id": str, "section_id": str, "inspectorate": str,
            "date": str, "judgement": str, "text": str, "start": int, "end": int,
            "method": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("section_id", "sections", "id")],
    )
    db["verdicts"].create(
        {
            "promise_id": str, "status": str, "confidence": float,
            "checked_documents": int, "carried_over": int, "first_period": str,
            "theme": str,
        },
        pk="promise_id",
        foreign_keys=[("promise_id", "statements", "id")],
    )
    db["evidence"].create(
        {
            "promise_id": str, "target_id": str, "target_kind": str, "relation": str,
            "score": float, "quote": str, "document_id": str, "section_path": str,
        },
        pk=("promise_id", "target_id"),
        foreign_keys=[("promise_id", "statements", "id")],
    )
    db["series"].create(
        {
            "id": str, "authority": str, "indicator": str, "as_of": str, "value": float,
            "unit": str, "claim_id": str, "document_id": str, "meeting_date": str,
            "quote": str, "sources": int,
        },
        pk="id",
    )
    db["failures"].create(
        {"path": str, "sha256": str, "error": str, "at": str}, pk="path"
    )
    for table, cols in {
        "sections": ["document_id"], "statements": ["document_id"],
        "mentions": ["document_id"], "claims": ["document_id"],
        "inspections": ["document_id"], "evidence": ["promise_id"],
    }.items():
        db[table].create_index(cols, if_not_exists=True)
    db["documents"].create_index(["authority", "meeting_date"], if_not_exists=True)
    db["claims"].create_index(["indicator"], if_not_exists=True)
    db["mentions"].create_index(["entity_id"], if_not_exists=True)
    db["sections"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db["statements"].enable_fts(["text"], create_triggers=True, tokenize="porter")


@migrations()
def m002_document_kind(db: Database) -> None:
    db["documents"].add_column("kind", str)


@migrations()
def m003_evidence_position(db: Database) -> None:
    """The tracker's order of a verdict's evidence: 0 is the passage the verdict rests on.
    The score alone does not give it (a passage saying what happened is cited over a
    better-scoring mere mention)."""
    db["evidence"].add_column("position", int)


@migrations()
def m004_verdict_overdue(db: Database) -> None:
    """Whether a promise's deadline passed before a later paper reported it done: scrutiny asks what
    slipped, not only what was delivered."""
    db["verdicts"].add_column("overdue", int)


@migrations()
def m005_series_basis(db: Database) -> None:
    """Whether a money flow's series point is a plan (budgeted, forecast) or an outturn (saved, spent): a
    researcher comparing savings must not set one council's proposals beside another's delivered sum."""
    db["series"].add_column("basis", str)


@migrations()
def m006_embeddings(db: Database) -> None:
    """Sentence vectors of the tracker's embedding link (`miner track --embeddings`), keyed by text and
    truncation (`miner.embed.key`) under one model: embedding is most of that link's time, and a re-run or
    a monthly ingest meets mostly sentences it has embedded before."""
    db["embeddings"].create({"model": str, "key": str, "vector": bytes}, pk=("model", "key"))


def open_db(path: str | Path | None = None, *, create: bool = True) -> Database:
    """Open (and migrate) the miner database; WAL, foreign keys on."""
    path = Path(path or default_db_path())
    if not create and not path.exists():
        raise FileNotFoundError(
            f"{path}: no database here; create one with `miner ingest PATH --db {path}`"
        )
    db = Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=30000")
    migrations.apply(db)
    db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
    return db


# --- documents -------------------------------------------------------------


def stored_ids(db: Database) -> set[str]:
    return {row["id"] for row in db.query("select id from documents")}


def is_stored(db: Database, sha256: str) -> bool:
    return bool(list(db.query("select 1 from documents where id = ?", [sha256])))


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _specificity_columns(spec: Specificity | None) -> dict[str, int | None]:
    if spec is None:
        return {k: None for k in ("spec_deliverable", "spec_measurable", "spec_deadline", "spec_owner", "specificity")}
    return {
        "spec_deliverable": int(spec.deliverable),
        "spec_measurable": int(spec.measurable),
        "spec_deadline": int(spec.deadline),
        "spec_owner": int(spec.owner),
        "specificity": spec.score,
    }


def write_extraction(db: Database, ex: Extraction) -> None:
    """Store one document's records in a single transaction, replacing any earlier rows."""
    doc = ex.document
    text = doc.text
    with db.atomic():
        _delete_document_rows(db, doc.id)
        db["documents"].insert(
            {
                "id": doc.id, "path": doc.path, "format": doc.format, "title": doc.title,
                "authority": doc.authority, "committee": doc.committee,
                "meeting_date": doc.meeting_date, "author": doc.author,
                "period": doc.period, "pages": doc.pages, "text": text,
                "reader": doc.reader, "kind": doc.kind, "ingested_at": _now(),
            }
        )
        db["sections"].insert_all(
            (
                {
                    "id": s.id, "document_id": s.document_id, "parent_id": s.parent_id,
                    "path": s.path, "level": s.level, "role": s.role, "title": s.title,
                    "kind": s.kind, "period": s.period, "page": s.page,
                    "start": s.start, "end": s.end, "own_end": s.own_end,
                    "text": text[s.start : s.own_end],
                }
                for s in ex.sections
            ),
            batch_size=500,
        )
        db["statements"].insert_all(
            (
                {
                    "id": st.id, "document_id": st.document_id, "section_id": st.section_id,
                    "section_path": st.section_path, "kind": st.kind, "text": st.text,
                    "period": st.period, "deadline": st.deadline, "actor": st.actor,
                    "start": st.start, "end": st.end, "confidence": st.confidence,
                    "method": st.method, **_specificity_columns(st.specificity),
                }
                for st in ex.statements
            ),
            batch_size=500,
        )
        merged: dict[str, str] = {}  # stored entity id -> the entity its mentions now belong to
        entities, entity_of = _canonical_entities(db, ex.mentions, merged)
        mention_rows = []
        for m in ex.mentions:
            mention_rows.append(
                {
                    "id": m.id, "document_id": m.document_id, "section_id": m.section_id,
                    "statement_id": m.statement_id, "entity_id": entity_of[m.id], "text": m.text,
                    "label": m.label, "start": m.start, "end": m.end, "method": m.method,
                }
            )
        db["entities"].upsert_all(
            ({"id": e.id, "name": e.name, "label": e.label, "aliases": json.dumps(e.aliases)} for e in entities),
            pk="id",
            batch_size=500,
        )
        for old, new in merged.items():
            db.execute("update mentions set entity_id = ? where entity_id = ?", [new, old])
            db.execute("delete from entities where id = ?", [old])
        db["mentions"].insert_all(mention_rows, batch_size=500)
        db["claims"].insert_all(_rows(db, "claims", ex.claims), batch_size=500)
        db["inspections"].insert_all(_rows(db, "inspections", ex.inspections), batch_size=500)
        db.execute("delete from failures where sha256 = ? or path = ?", [doc.id, doc.path])


def _rows(db: Database, table: str, records: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """Records as rows of `table`; fields the schema has no column for stay out."""
    columns = set(db[table].columns_dict)
    for record in records:
        yield {k: v for k, v in asdict(record).items() if k in columns}


def _canonical_entities(db: Database, mentions: list[Mention], merged: dict[str, str] | None = None
                        ) -> tuple[list[Entity], dict[str, str]]:
    """Resolve mentions against the entities already stored, so one real service is one row
    (`merged` receives stored entities this paper folds into another or keys anew)."""
    from miner.canonical import canonicalise

    labels = sorted({m.label for m in mentions})
    if not labels:
        return [], {}
    known = [
        Entity(id=r["id"], name=r["name"], label=r["label"], aliases=json.loads(r["aliases"] or "[]"))
        for r in db.query(
            f"select * from entities where label in ({', '.join('?' for _ in labels)})", labels
        )
    ]
    # acronyms and short names resolve within an authority (canonical.py)
    documents = sorted({m.document_id for m in mentions})
    marks = ", ".join("?" for _ in documents)
    document_authority = {
        r["id"]: r["authority"] for r in db.query(f"select id, authority from documents where id in ({marks})", documents)
    }
    entity_authorities: dict[str, set[str]] = {}
    for r in db.query(
        "select distinct m.entity_id, d.authority from mentions m join documents d on d.id = m.document_id"
        " where d.authority is not null"
    ):
        entity_authorities.setdefault(r["entity_id"], set()).add(r["authority"])
    return canonicalise(mentions, known, document_authority, entity_authorities, merged)


def _delete_document_rows(db: Database, document_id: str) -> None:
    """Remove a document and everything hanging off it, children first."""
    promise_ids = "select id from statements where document_id = ?"
    db.execute(f"delete from evidence where promise_id in ({promise_ids})", [document_id])
    db.execute(f"delete from verdicts where promise_id in ({promise_ids})", [document_id])
    for table in ("mentions", "claims", "inspections", "statements", "sections"):
        db.execute(f"delete from {table} where document_id = ?", [document_id])
    db.execute("delete from documents where id = ?", [document_id])


def record_failure(db: Database, path: str, sha256: str | None, error: str) -> None:
    with db.atomic():
        db["failures"].upsert(
            {"path": path, "sha256": sha256, "error": error, "at": _now()}, pk="path"
        )


# --- reads -----------------------------------------------------------------


def rows(db: Database, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
    """Run a read-only parameterised query and return dict rows."""
    return list(db.query(sql, params))


def iter_documents(db: Database, authority: str | None = None) -> Iterator[dict[str, Any]]:
    sql = "select id, path, format, title, authority, committee, meeting_date, author, period, pages, reader, ingested_at from documents"
    params: list[Any] = []
    if authority:
        sql += " where authority = ?"
        params.append(authority)
    yield from db.query(sql + " order by authority, meeting_date, path", params)


def counts(db: Database) -> dict[str, int]:
    tables = ("documents", "sections", "statements", "mentions", "entities", "claims",
              "inspections", "verdicts", "evidence", "series", "failures")
    return {t: db[t].count for t in tables}


# --- tracker reads/writes ----------------------------------------------------


def tracker_authorities(db: Database) -> list[str]:
    """Authorities with at least one dated document: the tracker's blocks."""
    return [r["authority"] for r in db.query(
        "select distinct authority from documents where authority is not null and meeting_date is not null order by authority")]


def load_extractions(db: Database, authority: str) -> Iterator[Extraction]:
    """One authority's stored papers as Extraction records (what `miner.track` reads)."""
    from miner.model import Claim, Document, Inspection, Section, Statement

    def recs(cls, table: str, doc_id: str, extra: str = "") -> list[Any]:
        fields = set(cls.__dataclass_fields__)
        out = []
        for r in db.query(f"select * from {table} where document_id = ? {extra}", [doc_id]):
            out.append(cls(**{k: v for k, v in r.items() if k in fields}))
        return out

    for d in db.query("select * from documents where authority = ? order by meeting_date, id", [authority]):
        doc = Document(**{k: v for k, v in d.items() if k in Document.__dataclass_fields__ and k != "lines"})
        ex = Extraction(document=doc)
        ex.sections = recs(Section, "sections", doc.id, "order by start")
        ex.claims = recs(Claim, "claims", doc.id)
        ex.inspections = recs(Inspection, "inspections", doc.id)
        for r in db.query("select * from statements where document_id = ? order by start", [doc.id]):
            st = Statement(**{k: v for k, v in r.items() if k in Statement.__dataclass_fields__ and k != "specificity"})
            if r.get("specificity") is not None:
                st.specificity = Specificity(bool(r["spec_deliverable"]), bool(r["spec_measurable"]),
                                             bool(r["spec_deadline"]), bool(r["spec_owner"]))
            ex.statements.append(st)
        for r in db.query(
            "select m.*, e.name as entity from mentions m left join entities e on e.id = m.entity_id where m.document_id = ?",
            [doc.id],
        ):
            ex.mentions.append(Mention(**{k: v for k, v in r.items() if k in Mention.__dataclass_fields__}))
        yield ex


def write_tracking(db: Database, authority: str, verdicts: Iterable[Any], themes: dict[str, Any], points: Iterable[Any]) -> None:
    """Replace one authority's verdicts, evidence and series in a single transaction."""
    doc_ids = "select id from documents where authority = ?"
    promise_ids = f"select id from statements where document_id in ({doc_ids})"
    series_cols = set(db["series"].columns_dict)
    with db.atomic():
        db.execute(f"delete from evidence where promise_id in ({promise_ids})", [authority])
        db.execute(f"delete from verdicts where promise_id in ({promise_ids})", [authority])
        db.execute("delete from series where authority = ?", [authority])
        verdicts = list(verdicts)
        # one statement per table, not two per verdict (tracker round 33: 4,000 small upserts were a tenth of the run)
        db["verdicts"].upsert_all(
            ({"promise_id": v.promise_id, "status": v.status, "confidence": v.confidence,
              "checked_documents": v.checked_documents, "carried_over": int(v.carried_over),
              "first_period": v.first_period, "theme": themes.get(v.promise_id), "overdue": int(v.overdue)}
             for v in verdicts),
            pk="promise_id",
        )
        db["evidence"].upsert_all(
            ({"promise_id": e.promise_id, "target_id": e.target_id, "target_kind": e.target_kind,
              "relation": e.relation, "score": e.score, "quote": e.quote,
              "document_id": e.document_id, "section_path": e.section_path, "position": i}
             for v in verdicts for i, e in enumerate(v.evidence)),
            pk=("promise_id", "target_id"),
        )
        db["series"].upsert_all(
            ({k: val for k, val in asdict(p).items() if k in series_cols} for p in points), pk="id"
        )


def load_embeddings(db: Database, model: str) -> dict[str, bytes]:
    """The stored sentence vectors of one embedding model (`miner.embed.key` -> float32 bytes)."""
    return {r["key"]: r["vector"] for r in db.query("select key, vector from embeddings where model = ?", [model])}


def save_embeddings(db: Database, model: str, vectors: dict[str, bytes]) -> None:
    """Store sentence vectors in one transaction; a key already stored is kept (same model, same text)."""
    if not vectors:
        return
    with db.atomic():
        db["embeddings"].insert_all(({"model": model, "key": k, "vector": v} for k, v in vectors.items()),
                                    pk=("model", "key"), ignore=True, batch_size=1000)


def load_series(db: Database, authority: str | None = None, indicator: str | None = None) -> list[Any]:
    from miner.model import SeriesPoint

    sql, params = "select * from series where 1=1", []
    if authority:
        sql, params = sql + " and authority = ?", params + [authority]
    if indicator:
        sql, params = sql + " and indicator = ?", params + [indicator]
    fields = set(SeriesPoint.__dataclass_fields__)
    return [SeriesPoint(**{k: v for k, v in r.items() if k in fields}) for r in db.query(sql + " order by authority, indicator, unit, as_of", params)]
