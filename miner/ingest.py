"""Ingest: files in, records stored. `process_path` is the pure per-file function
that workers run; `ingest` skips what is stored, fans out, and has one writer.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from miner.errors import MinerError
from miner.limits import DocLimits
from miner.model import Document, Extraction, Section
from miner.readers import SUPPORTED_SUFFIXES, file_sha256, read_document

MANIFEST_NAME = "MANIFEST.tsv"
MANIFEST_FIELDS = ("authority", "meeting_date", "committee", "title", "kind")


@dataclass
class IngestOptions:
    pdf_backend: str = "auto"
    use_manifest: bool = True
    limits: DocLimits = field(default_factory=DocLimits)  # per-document time/memory/pages/bytes


@dataclass
class FileResult:
    path: str
    status: str  # stored | skipped | failed
    sha256: str | None = None
    error: str | None = None
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    peak_rss_mb: float | None = None  # worker's peak resident memory so far, when isolated
    same_as: str | None = None  # an earlier file of this batch with the same bytes, whose result this shares


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus supported files found under named folders, sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(path)
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def manifest_for(path: Path) -> dict[str, str]:
    """Metadata a MANIFEST.tsv in the file's folder (or a parent) gives for it, if any.

    Batch users usually know the authority and meeting date of what they
    download; where a manifest states a field, it overrides what was inferred
    from the paper's text (which stays the source when there is no manifest).
    """
    for folder in [path.parent, *path.parent.parents][:3]:
        manifest = folder / MANIFEST_NAME
        if manifest.is_file():
            rel = path.resolve().relative_to(folder.resolve()).as_posix()
            with open(manifest, newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh, delimiter="\t"):
                    if row.get("file") in (rel, path.name):
                        return {k: row[k] for k in MANIFEST_FIELDS if row.get(k)}
    return {}


def prepare(path: str | Path, options: IngestOptions | None = None) -> tuple[Document, list[Section]]:
    """Read, add metadata and section one file: everything before the NLP (evaluation reuses it)."""
    from miner.metadata import fill_metadata
    from miner.sections import build_sections

    options = options or IngestOptions()
    path = Path(path)
    document = read_document(path, pdf_backend=options.pdf_backend,
                             limits=options.limits.reader_limits())
    document = fill_metadata(document)
    if options.use_manifest:
        # A manifest is what the user knows about the file: it overrides inference.
        for key, value in manifest_for(path).items():
            setattr(document, key, value)
    return document, build_sections(document)


def process_path(path: str | Path, options: IngestOptions | None = None) -> Extraction:
    """Read, add metadata, section and extract one file. Pure: no database."""
    from miner.extract import extract

    return extract(*prepare(path, options))


def summarise(ex: Extraction) -> dict[str, int]:
    return {
        "sections": len(ex.sections),
        "statements": len(ex.statements),
        "mentions": len(ex.mentions),
        "claims": len(ex.claims),
        "inspections": len(ex.inspections),
    }


def run_one(path: str, options: IngestOptions) -> tuple[FileResult, Extraction | None]:
    """Worker entry point: never raises for bad input, returns the reason instead."""
    t0 = time.perf_counter()
    try:
        ex = process_path(path, options)
    except MinerError as exc:
        return FileResult(path, "failed", error=str(exc), seconds=time.perf_counter() - t0), None
    except Exception as exc:  # a bug or a hostile file must not stop the batch
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        return FileResult(path, "failed", error=reason, seconds=time.perf_counter() - t0), None
    return (
        FileResult(path, "stored", sha256=ex.document.id, seconds=time.perf_counter() - t0,
                   counts=summarise(ex)),
        ex,
    )


ProgressFn = Callable[[FileResult], None]


def ingest(
    paths: Iterable[str | Path],
    db,
    *,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    options: IngestOptions | None = None,
    on_result: ProgressFn | None = None,
    retry_failed: bool = False,
) -> list[FileResult]:
    """Ingest files into `db`, skipping stored bytes; one writer, workers for the rest.

    Bytes that already failed at the same path are reported again from the
    `failures` table, not re-parsed (a hostile file would cost its time limit
    on every re-run), unless `retry_failed`.
    """
    from miner import batch, store

    options = options or IngestOptions()
    stored = store.stored_ids(db)
    failed_before = {} if retry_failed else {
        (r["path"], r["sha256"]): r["error"]
        for r in store.rows(db, "select path, sha256, error from failures where sha256 is not null")
    }
    todo: list[str] = []
    results: list[FileResult] = []
    first: dict[str, str] = {}  # sha -> the path in `todo` with those bytes
    copies: dict[str, list[tuple[str, str]]] = {}  # that path -> later (path, sha) with the same bytes

    def emit(result: FileResult) -> None:
        results.append(result)
        if on_result:
            on_result(result)

    for path in discover(paths):
        try:
            sha = file_sha256(path)
        except OSError as exc:
            emit(FileResult(str(path), "failed", error=f"cannot open: {exc.strerror or exc}"))
            store.record_failure(db, str(path), None, f"cannot open: {exc.strerror or exc}")
            continue
        if sha in stored:
            emit(FileResult(str(path), "skipped", sha256=sha))
            continue
        if (str(path), sha) in failed_before:
            emit(FileResult(str(path), "failed", sha256=sha,
                            error=f"{failed_before[str(path), sha]} (unchanged since it failed)"))
            continue
        if sha in first:  # the same bytes twice in one batch are read once; the copy shares that result
            copies[first[sha]].append((str(path), sha))
            continue
        first[sha] = str(path)
        copies[str(path)] = []
        todo.append(str(path))

    for result, extraction in batch.run(todo, options, jobs=jobs, executor=executor,
                                        scheduler=scheduler):
        if extraction is not None:
            store.write_extraction(db, extraction)
        else:
            store.record_failure(db, result.path, result.sha256 or _safe_sha(result.path),
                                 result.error or "unknown error")
        emit(result)
        for copy, sha in copies.get(result.path, []):
            if result.status == "failed":
                store.record_failure(db, copy, sha, result.error or "unknown error")
            emit(FileResult(copy, "skipped" if result.status == "stored" else "failed", sha256=sha,
                            error=result.error, same_as=result.path))
    return results


def _safe_sha(path: str) -> str | None:
    try:
        return file_sha256(path)
    except OSError:
        return None
