"""Executors: run the pure per-file function (`ingest.run_one`) isolated in worker processes.

Results come back as they finish; the caller is the single database writer.

- `local` (default): a pool of killable worker processes (`IsolatedPool`). Each
  worker loads the spaCy pipeline once, runs under `RLIMIT_AS`, and takes one
  document at a time; a document still running after its time limit has its
  worker killed (and replaced), and is reported "timed out after 300 s". A
  worker that dies (segfault, OOM killer) costs only its current document.
  `jobs=1` is one such worker: hostile files are isolated from the writer too.
- `dask`: the same function on a Dask distributed cluster (a `LocalCluster` when
  no scheduler is given). Each Dask worker keeps one isolated child process, so
  the same limits hold there.
- `inline`: in this process, no isolation and no limits (debugging, benchmarks).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.connection import wait

from miner.errors import MinerError
from miner.ingest import FileResult, IngestOptions, run_one
from miner.limits import apply_memory_limit, describe_memory, format_seconds
from miner.model import Extraction

Result = tuple[FileResult, Extraction | None]
EXECUTORS = ("local", "dask", "inline")

# Connecting to a given Dask scheduler: seconds before it counts as unreachable.
SCHEDULER_SECONDS = 30


class SchedulerError(MinerError):
    """The Dask scheduler named with --scheduler cannot be reached: nothing was ingested."""


# A worker must load spaCy and report ready within this many seconds.
STARTUP_SECONDS = 180.0
# Workers that die before ever becoming ready, in a row, before the batch gives up.
MAX_STARTUP_FAILURES = 3


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def run(
    paths: list[str],
    options: IngestOptions,
    *,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
) -> Iterator[Result]:
    """Yield (result, extraction) per path as they finish. Nothing starts when `paths` is empty."""
    if not paths:
        return
    if executor not in EXECUTORS:
        raise ValueError(f"executor must be one of {EXECUTORS}, not {executor!r}")
    if executor == "dask":
        yield from _run_dask(paths, options, scheduler=scheduler, jobs=jobs)
    elif executor == "inline":
        for path in paths:
            yield run_one(path, options)
    else:
        # Largest files first, so one big PDF does not finish last alone.
        ordered = sorted(paths, key=lambda p: -_size(p)) if jobs > 1 else list(paths)
        with IsolatedPool(min(max(1, jobs), len(paths)), options) as pool:
            yield from pool.imap_unordered(ordered)


# --- the worker process ------------------------------------------------------


def _peak_rss_mb() -> float | None:
    """This worker's own peak resident memory. Linux's `ru_maxrss` survives the exec of a spawned worker, so it
    reports the parent's resident size at the fork when that was larger (a worker of a 1 GB parent "peaks" at 1 GB
    before it reads anything); the memory map's high-water mark (`VmHWM`) is the worker's alone."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    except ImportError:
        return None


# CPython out of address space: a MemoryError, or a builtin that failed to allocate ("<built-in function
# compile> returned NULL without setting an exception")
_OUT_OF_MEMORY = re.compile(r"MemoryError|SystemError: .* returned NULL without setting an exception")


def _worker_main(conn, options: IngestOptions) -> None:
    """Worker loop: limit memory, load spaCy once, then one document per message until None."""
    # One BLAS/OpenMP thread per worker: the parallelism is the processes.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    apply_memory_limit(options.limits.memory)
    try:
        from miner.nlp.pipeline import load_pipeline

        load_pipeline()
    except Exception:  # noqa: BLE001 - run_one reports the same error per file
        pass
    conn.send(("ready", os.getpid()))
    while True:
        try:
            path = conn.recv()
        except (EOFError, OSError):  # the writer went away: stop quietly
            return
        if path is None:
            return
        result, extraction = run_one(path, options)
        out_of_memory = bool(result.error and _OUT_OF_MEMORY.match(result.error))
        if out_of_memory:
            result.error = f"out of memory (over the {describe_memory(options.limits.memory)} limit per document)"
            extraction = None
        result.peak_rss_mb = _peak_rss_mb()
        try:
            conn.send(("done", result, extraction))
        except MemoryError:
            result.error, result.status = "out of memory sending the result", "failed"
            conn.send(("done", result, None))
            out_of_memory = True
        except (BrokenPipeError, OSError):  # the writer was killed mid-document
            return
        if out_of_memory:  # the heap may be fragmented or half-full: start afresh
            return


class _Worker:
    def __init__(self, ctx, options: IngestOptions) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child, options), daemon=True,
                                name="miner-worker")
        self.proc.start()
        child.close()
        self.started = time.monotonic()
        self.ready = False
        self.path: str | None = None
        self.deadline: float | None = None

    def send(self, path: str, seconds: float | None) -> None:
        self.path = path
        self.deadline = time.monotonic() + seconds if seconds else None
        self.conn.send(path)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(timeout=5)
        self.conn.close()

    def stop(self) -> None:
        try:
            if self.proc.is_alive():
                self.conn.send(None)
            self.proc.join(timeout=2)
        except (OSError, ValueError):
            pass
        self.kill()


def _death_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        import signal

        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = str(-exitcode)
        hint = " (out of memory?)" if -exitcode in (signal.SIGKILL, signal.SIGABRT) else ""
        return f"worker process killed by {name}{hint}"
    return f"worker process exited with code {exitcode}"


class IsolatedPool:
    """Worker processes that each run one document at a time and can be killed.

    Use as a context manager; `imap_unordered` may be called more than once.
    """

    def __init__(self, workers: int, options: IngestOptions, *, start_method: str = "spawn") -> None:
        self.size = max(1, workers)
        self.options = options
        self.seconds = options.limits.seconds
        self.ctx = mp.get_context(start_method)
        self.workers: list[_Worker] = []
        self.startup_failures = 0
        self.cannot_start: str | None = None  # why workers die before they are ready, once they keep doing so

    def __enter__(self) -> "IsolatedPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for w in self.workers:
            w.stop()
        self.workers = []

    def _spawn(self) -> _Worker:
        w = _Worker(self.ctx, self.options)
        self.workers.append(w)
        return w

    def _replace(self, w: _Worker) -> None:
        w.kill()
        self.workers.remove(w)

    def imap_unordered(self, paths: Iterable[str]) -> Iterator[Result]:
        pending = deque(paths)
        while len(self.workers) < min(self.size, len(pending)):
            self._spawn()
        while pending or any(w.path for w in self.workers):
            # Keep the pool full while there is work (replacing killed workers).
            while len(self.workers) < min(self.size, len(pending) + sum(1 for w in self.workers if w.path)):
                self._spawn()
            for w in self.workers:
                if w.ready and w.path is None and pending:
                    w.send(pending.popleft(), self.seconds)
            now = time.monotonic()
            deadlines = [w.deadline for w in self.workers if w.path and w.deadline]
            deadlines += [w.started + STARTUP_SECONDS for w in self.workers if not w.ready]
            timeout = max(0.0, min(deadlines) - now) if deadlines else None
            handles = [w.conn for w in self.workers] + [w.proc.sentinel for w in self.workers]
            wait(handles, timeout)
            for w in list(self.workers):
                yield from self._check(w)
            if self.cannot_start:  # a memory limit too small to load spaCy: each file fails with why, the batch ends
                limit = self.options.limits.memory
                why = f"no worker could start ({self.cannot_start})" + (
                    f" under the {describe_memory(limit)} memory limit" if limit else "")
                while pending:
                    yield FileResult(pending.popleft(), "failed", error=why), None

    def _check(self, w: _Worker) -> Iterator[Result]:
        """Collect a finished document, or deal with a dead, stuck or never-ready worker."""
        try:
            has_message = w.conn.poll()
        except (OSError, EOFError):
            has_message = False
        if has_message:
            try:
                message = w.conn.recv()
            except (EOFError, OSError):
                message = None
            if message and message[0] == "ready":
                w.ready = True
                self.startup_failures = 0
                return
            if message and message[0] == "done":
                w.path, w.deadline = None, None
                yield message[1], message[2]
                if not w.proc.is_alive() or message[1].error and message[1].error.startswith("out of memory"):
                    w.proc.join(timeout=5)
                    self._replace(w)
                return
        if not w.proc.is_alive():
            path = w.path
            reason = _death_reason(w.proc.exitcode)
            self._replace(w)
            if path:
                yield FileResult(path, "failed", error=reason), None
            elif not w.ready:
                self.startup_failures += 1
                if self.startup_failures >= MAX_STARTUP_FAILURES:
                    self.cannot_start = reason
            return
        now = time.monotonic()
        if w.path and w.deadline and now >= w.deadline:
            path = w.path
            self._replace(w)
            yield FileResult(path, "failed", error=f"timed out after {format_seconds(self.seconds)}",
                             seconds=self.seconds), None
        elif not w.ready and now >= w.started + STARTUP_SECONDS:
            self._replace(w)
            raise RuntimeError(f"miner worker did not start within {STARTUP_SECONDS:g} s")


# --- Dask ----------------------------------------------------------------------

_DASK_POOL: IsolatedPool | None = None
_DASK_LOCK = threading.Lock()


def run_one_isolated(path: str, options: IngestOptions) -> Result:
    """The Dask task: `run_one` in this Dask worker's own killable child, under the limits.

    A Dask worker that is a daemonic process cannot have children (the default
    for Nanny-started workers unless `distributed.worker.daemon` is False); it
    then runs the document in-process, with no time or memory limit.
    """
    global _DASK_POOL
    if mp.current_process().daemon:
        return run_one(path, options)
    with _DASK_LOCK:
        if _DASK_POOL is None or _DASK_POOL.options != options:
            if _DASK_POOL is not None:
                _DASK_POOL.close()
            _DASK_POOL = IsolatedPool(1, options)
        return next(iter(_DASK_POOL.imap_unordered([path])))


def _run_dask(paths: list[str], options: IngestOptions, *, scheduler: str | None, jobs: int) -> Iterator[Result]:
    import dask
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_SECONDS)
        except (OSError, TimeoutError, ValueError) as exc:  # unreachable, or not an address
            raise SchedulerError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
    else:
        # Non-daemonic workers may start the isolated child that enforces the limits.
        with dask.config.set({"distributed.worker.daemon": False}):
            cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(cluster)
    try:
        ordered = sorted(paths, key=lambda p: -_size(p))
        futures = client.map(run_one_isolated, ordered, options=options, pure=False)
        index = {f.key: p for f, p in zip(futures, ordered)}
        for future in dask_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # a Dask worker died (KilledWorker) or the task errored
                reason = f"worker crashed: {type(exc).__name__}: {exc}".splitlines()[0][:300]
                yield FileResult(index[future.key], "failed", error=reason), None
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
