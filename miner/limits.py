"""Per-document limits: how long, how much memory, how many pages and bytes one paper may take.

One hostile PDF (a decompression bomb, a 10,000-page scan, a parser loop)
must not stall or exhaust a batch. Size and page limits are the reader's own
(`miner.readers.Limits`, checked before heavy parsing); time and memory are
enforced around the reader by `miner.batch`: each worker process runs under
`RLIMIT_AS`, and a document still running after `seconds` has its worker
killed and replaced.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_SECONDS = 300.0
DEFAULT_MEMORY = 2 * 1024**3


@dataclass(frozen=True)
class DocLimits:
    """Limits for one document. `None`/0 switches a limit off."""

    seconds: float | None = DEFAULT_SECONDS  # wall-clock per document
    memory: int | None = DEFAULT_MEMORY  # bytes of address space per worker process
    max_bytes: int | None = None  # None: the reader's default
    max_pages: int | None = None  # None: the reader's default

    def reader_limits(self):
        """The `miner.readers.Limits` these imply (reader defaults where unset)."""
        from miner.readers import Limits

        base = Limits()
        return Limits(
            max_bytes=self.max_bytes or base.max_bytes,
            max_pages=self.max_pages or base.max_pages,
        )

    @classmethod
    def from_env(cls) -> "DocLimits":
        """Defaults, overridable by MINER_DOC_SECONDS / MINER_DOC_MEMORY_MB."""
        seconds = os.environ.get("MINER_DOC_SECONDS")
        memory = os.environ.get("MINER_DOC_MEMORY_MB")
        return cls(
            seconds=float(seconds) if seconds else DEFAULT_SECONDS,
            memory=int(float(memory) * 1024**2) if memory else DEFAULT_MEMORY,
        )


def apply_memory_limit(limit: int | None) -> None:
    """Cap this process's address space, so a bomb raises MemoryError instead of swapping the host.

    Applied in worker processes only, never in the writer. Lowering is always
    allowed; a limit above the hard limit is clipped to it.
    """
    if not limit:
        return
    try:
        import resource
    except ImportError:  # not on POSIX: no limit, the time limit still holds
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def describe_memory(limit: int | None) -> str:
    if not limit:
        return "no limit"
    return f"{limit / 1024**3:.1f} GB" if limit >= 1024**3 else f"{limit / 1024**2:.0f} MB"


def format_seconds(seconds: float) -> str:
    return f"{seconds:g} s"
