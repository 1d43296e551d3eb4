"""Executors: run the pure per-file function in-process, in a local process pool, or on Dask.

Results come back as they finish; the caller is the single database writer.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed

from miner.ingest import FileResult, IngestOptions, run_one
from miner.model import Extraction

Result = tuple[FileResult, Extraction | None]


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _warm_worker() -> None:
    """Load the spaCy pipeline once per worker process, before the first file."""
    from miner.nlp.pipeline import load_pipeline

    load_pipeline()


def run(
    paths: list[str],
    options: IngestOptions,
    *,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
) -> Iterator[Result]:
    if not paths:
        return
    if executor == "dask":
        yield from _run_dask(paths, options, scheduler=scheduler, jobs=jobs)
    elif jobs <= 1 or len(paths) == 1:
        for path in paths:
            yield run_one(path, options)
    else:
        yield from _run_pool(paths, options, jobs)


def _run_pool(paths: list[str], options: IngestOptions, jobs: int) -> Iterator[Result]:
    # Largest files first, so one big PDF does not finish last alone.
    ordered = sorted(paths, key=lambda p: -_size(p))
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths)), initializer=_warm_worker) as pool:
        futures = {pool.submit(run_one, p, options): p for p in ordered}
        for future in as_completed(futures):
            path = futures[future]
            try:
                yield future.result()
            except Exception as exc:  # a worker died (e.g. killed for memory)
                yield FileResult(path, "failed", error=f"worker crashed: {type(exc).__name__}: {exc}"), None


def _run_dask(paths: list[str], options: IngestOptions, *, scheduler: str | None, jobs: int) -> Iterator[Result]:
    from dask.distributed import Client, LocalCluster, as_completed as dask_completed

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(run_one, paths, options=options, pure=False)
        for future in dask_completed(futures):
            try:
                yield future.result()
            except Exception as exc:
                path = paths[futures.index(future)]
                yield FileResult(path, "failed", error=f"worker crashed: {type(exc).__name__}: {exc}"), None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
