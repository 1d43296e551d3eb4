"""`miner export`: the results as flat files with stable, documented columns.

Five files per export, each in CSV, JSON (a list of objects) or Parquet:
promises (one row per promise, its verdict and the evidence it rests on),
evidence (every evidence link, in citation order), claims, series and documents. Column names and order
are the contract in `COLUMNS` (and the README); add columns at the end, never
rename. Parquet files carry an explicit schema so an empty table still has
its columns and types.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from miner import query
from miner.errors import MinerError
from miner.store import rows

FORMATS = ("csv", "json", "parquet")

# table -> [(column, type)]; type is one of str, float, int, bool.
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "promises": [
        ("promise_id", "str"), ("authority", "str"), ("promise_document", "str"), ("promise_document_id", "str"),
        ("promise_date", "str"), ("period", "str"), ("section_path", "str"), ("kind", "str"),
        ("promise", "str"), ("deadline", "str"), ("specificity", "int"), ("theme", "str"),
        ("status", "str"), ("confidence", "float"), ("carried_over", "bool"), ("first_period", "str"),
        ("overdue", "bool"), ("evidence_count", "int"), ("evidence_document", "str"), ("evidence_date", "str"),
        ("evidence_section_path", "str"), ("evidence_relation", "str"), ("evidence_quote", "str"),
    ],
    "evidence": [
        ("promise_id", "str"), ("rank", "int"), ("relation", "str"), ("score", "float"),
        ("target_kind", "str"), ("target_id", "str"), ("document", "str"), ("date", "str"),
        ("section_path", "str"), ("quote", "str"),
    ],
    "claims": [
        ("claim_id", "str"), ("authority", "str"), ("document_id", "str"), ("document", "str"),
        ("meeting_date", "str"), ("section_path", "str"), ("text", "str"), ("value", "float"),
        ("unit", "str"), ("metric", "str"), ("indicator", "str"), ("as_of", "str"), ("period", "str"),
        ("comparator", "str"), ("comparator_value", "float"), ("from_value", "float"),
        ("to_value", "float"), ("direction", "str"), ("start", "int"), ("end", "int"), ("method", "str"),
    ],
    "series": [
        ("authority", "str"), ("indicator", "str"), ("as_of", "str"), ("value", "float"), ("unit", "str"),
        ("meeting_date", "str"), ("document_id", "str"), ("claim_id", "str"), ("quote", "str"), ("sources", "int"),
        # `quote` is the figure as written ("£3.2m"); what a citation needs is its paragraph and sentence
        ("section_path", "str"), ("sentence", "str"),
        ("basis", "str"),  # money flows: "plan" (budgeted, forecast) or "outturn" (saved, spent), else empty
    ],
    "documents": [
        ("document_id", "str"), ("authority", "str"), ("committee", "str"), ("title", "str"),
        ("meeting_date", "str"), ("period", "str"), ("author", "str"), ("format", "str"),
        ("pages", "int"), ("path", "str"), ("reader", "str"), ("ingested_at", "str"),
    ],
}


class ExportError(MinerError):
    """The export cannot be written (unknown format, missing pyarrow...)."""


def promise_rows(db: Database) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(promises, evidence): promises flattened to the evidence their verdict rests on, and every link."""
    promises, evidence = [], []
    for p in query.promises(db):
        evs = p["evidence"]
        first = evs[0] if evs else {}
        promises.append(
            {
                "promise_id": p["promise_id"], "authority": p["authority"],
                "promise_document": p["promise_document"], "promise_document_id": None,
                "promise_date": p["promise_date"], "period": p["period"], "section_path": p["section_path"],
                "kind": p["kind"], "promise": p["promise"], "deadline": p["deadline"],
                "specificity": p["specificity"], "theme": p["theme"], "status": p["status"],
                "confidence": p["confidence"], "carried_over": p["carried_over"],
                "first_period": p["first_period"], "overdue": p.get("overdue"), "evidence_count": len(evs),
                "evidence_document": first.get("document"), "evidence_date": first.get("date"),
                "evidence_section_path": first.get("section_path"), "evidence_relation": first.get("relation"),
                "evidence_quote": first.get("quote"),
            }
        )
        for rank, ev in enumerate(evs, 1):
            evidence.append(
                {
                    "promise_id": p["promise_id"], "rank": rank, "relation": ev.get("relation"),
                    "score": ev.get("score"), "target_kind": ev.get("target_kind"),
                    "target_id": ev.get("target_id"), "document": ev.get("document"), "date": ev.get("date"),
                    "section_path": ev.get("section_path"), "quote": ev.get("quote"),
                }
            )
    doc_ids = {r["id"]: r["document_id"] for r in rows(db, f"select s.id, s.document_id from statements s where {query.PROMISE_SQL}")}
    for p in promises:
        p["promise_document_id"] = doc_ids.get(p["promise_id"])
    return promises, evidence


def table_rows(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every export table as dict rows (columns as in COLUMNS)."""
    promises, evidence = promise_rows(db)
    claims = rows(
        db,
        """select c.id as claim_id, d.authority, c.document_id, d.title as document, d.meeting_date,
                  s.path as section_path, c.text, c.value, c.unit, c.metric, c.indicator, c.as_of, c.period,
                  c.comparator, c.comparator_value, c.from_value, c.to_value, c.direction,
                  c.start, c."end", c.method
           from claims c join documents d on d.id = c.document_id
           left join sections s on s.id = c.section_id
           order by d.authority, d.meeting_date, c.start""",
    )
    series = rows(
        db,
        """select s.authority, s.indicator, s.as_of, s.value, s.unit, s.meeting_date, s.document_id, s.claim_id,
                  s.quote, s.sources, sec.path as section_path, c.start, c."end", s.basis
           from series s left join claims c on c.id = s.claim_id left join sections sec on sec.id = c.section_id
           order by s.authority, s.indicator, s.unit, s.as_of""",
    )
    texts = query.Texts(db)
    for r in series:
        r["sentence"] = texts.quote(r["document_id"], r.pop("start"), r.pop("end"), r["quote"])
    documents = rows(
        db,
        """select id as document_id, authority, committee, title, meeting_date, period, author, format,
                  pages, path, reader, ingested_at
           from documents order by authority, meeting_date, path""",
    )
    return {"promises": promises, "evidence": evidence, "claims": claims, "series": series, "documents": documents}


def _ordered(name: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    cols = [c for c, _ in COLUMNS[name]]
    return [{c: r.get(c) for c in cols} for r in records]


def _write_csv(path: Path, name: str, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[c for c, _ in COLUMNS[name]])
        writer.writeheader()
        for r in records:
            writer.writerow({k: ("" if v is None else int(v) if isinstance(v, bool) else v) for k, v in r.items()})


def _write_json(path: Path, name: str, records: list[dict[str, Any]]) -> None:
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _write_parquet(path: Path, name: str, records: list[dict[str, Any]]) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # optional extra
        raise ExportError("parquet export needs pyarrow: pip install 'miner[parquet]'") from exc
    types = {"str": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_()}
    schema = pa.schema([(c, types[t]) for c, t in COLUMNS[name]])
    columns = {c: [r[c] for r in records] for c, _ in COLUMNS[name]}
    pq.write_table(pa.Table.from_pydict(columns, schema=schema), path)


WRITERS = {"csv": _write_csv, "json": _write_json, "parquet": _write_parquet}


def export(db: Database, out_dir: str | Path, format: str = "csv") -> list[Path]:
    """Write promises, evidence, claims, series and documents to `out_dir`; returns the paths written."""
    fmt = format.lower().lstrip(".")
    if fmt not in WRITERS:
        raise ExportError(f"unknown export format '{format}': use one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, records in table_rows(db).items():
        path = out / f"{name}.{fmt}"
        WRITERS[fmt](path, name, _ordered(name, records))
        written.append(path)
    return written
