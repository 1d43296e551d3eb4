"""Every corpus paper says where its text came from (README, "Where the corpus comes from").

The MANIFEST's `source` column is the attribution: an address for a page, a repository, path and commit for a file
taken from a repository, or the project's shared seeds. A paper added without it, or a row left behind by a removed
paper, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import manifest_rows
from miner.readers import SUPPORTED_SUFFIXES

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ADDRESS = re.compile(r"^https?://[^\s/]+\.[a-z]{2,}[^\s]*")
REPOSITORY = re.compile(r"^[\w.-]+/[\w.-]+ \S.* @[0-9a-f]{7,40}\b")


def test_every_paper_has_a_row_and_every_row_a_paper():
    papers = {p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*")
              if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES}
    assert papers == set(manifest_rows())


def test_every_row_names_its_source():
    unnamed = [f for f, row in manifest_rows().items()
               if not (ADDRESS.match(row["source"] or "") or REPOSITORY.match(row["source"] or "")
                       or (f.startswith("seeds/") and row["source"].startswith("shared seed")))]
    assert not unnamed


def test_pages_from_the_web_give_their_address():
    rows = manifest_rows()
    web = [f for f in rows if f.startswith("web/")]
    assert len(web) > 500 and all(ADDRESS.match(rows[f]["source"]) for f in web)
