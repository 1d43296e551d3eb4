"""Shared fixtures: real corpus files, the pipeline loaded once, a database of the seeds."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = sorted((CORPUS / "seeds").glob("*.txt"))
PDFS = sorted((CORPUS / "pdf").glob("*.pdf"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first: each takes minutes, and one started last would leave the other workers idle."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@functools.cache
def processed(name: str):
    """A corpus paper (by file name) read and extracted as `miner ingest` does, once per test process: several
    tests read the same large papers, and none changes what it gets."""
    from miner.evaluation.claims import corpus_path
    from miner.ingest import process_path

    return process_path(corpus_path(name))


def paper_claims(path: Path) -> tuple[str, list]:
    """A corpus paper's text and claims, read and extracted as `miner ingest` does: the claims tests' paper."""
    from miner.extract import extract
    from miner.ingest import prepare

    document, sections = prepare(path)
    return document.text, extract(document, sections).claims


def corpus_claims(name: str) -> tuple[str, list]:
    """`paper_claims` of a claims gold file name (tuned or check), found where the evaluator finds it."""
    from miner.evaluation.claims import corpus_path

    return paper_claims(corpus_path(name))


def written_paper_claims(tmp_path_factory, name: str, text: str) -> tuple[str, list]:
    """`paper_claims` of a page quoted in a test, written to a file named as the corpus names papers
    ("<council> - <committee>", which the reader takes the authority from)."""
    path = tmp_path_factory.mktemp("fresh") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return paper_claims(path)


def claim_at(text: str, claims, context: str, quote: str, *, inside: bool = False):
    """The claim that starts at `quote` inside the first occurrence of `context` (`inside`: any claim covering it),
    or None: the claims tests' way to point at one figure of a real paper."""
    at = text.index(context) + context.index(quote)
    return next((c for c in claims if (c.start <= at < c.end if inside else c.start == at)), None)


def claim_found(paper: tuple[str, list], context: str, quote: str):
    """The claim at `quote` inside `context` of a `paper_claims` result, failing the test when there is none."""
    text, claims = paper
    claim = claim_at(text, claims, context, quote)
    assert claim is not None, (context, quote)
    return claim


def no_claim_at(paper: tuple[str, list], context: str, quote: str) -> bool:
    """Whether no claim of a `paper_claims` result covers `quote` inside `context`."""
    text, claims = paper
    return claim_at(text, claims, context, quote, inside=True) is None


def seed(prefix: str) -> Path:
    """A seed paper by its number prefix, e.g. seed("001")."""
    return next(p for p in SEEDS if p.name.startswith(prefix))


@pytest.fixture(scope="session")
def nlp():
    from miner.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def base_nlp():
    """The base spaCy weights alone, as the statements evaluator parses a paper."""
    from miner.nlp.pipeline import load_base

    return load_base()


@pytest.fixture(scope="session")
def services_nlp():
    """The pipeline up to the named-services component, loaded once for every services test."""
    from miner.nlp.pipeline import load_pipeline

    return load_pipeline(("miner_services",))


def unit_mentions(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    """Mention text -> (label, entity), the text read as one unit of one paper."""
    from miner.model import TextUnit

    doc = nlp.make_doc(text)
    doc._.miner_unit = TextUnit("doc-probe-" + str(abs(hash(text))), None, None, "body", "other", None, 0, text)
    return {" ".join(s._.miner_record.text.split()): (s._.miner_record.label, s._.miner_record.entity)
            for d in nlp.pipe([doc]) for s in d.spans["miner_mentions"]}


def paragraph_mentions(nlp, paper: str, marker: str) -> dict[str, tuple[str, str | None]]:
    """The mentions read in the first paragraph of a corpus paper's read text that holds `marker`, as the entities
    evaluation cuts it."""
    from miner.evaluation.entities import document_text, paragraphs

    _, text = document_text(paper)
    return unit_mentions(nlp, next(chunk for _, chunk in paragraphs(text) if marker in chunk))


@pytest.fixture(scope="session")
def seeds_db_path(tmp_path_factory) -> Path:
    """The five seeds ingested once (with their MANIFEST) into a real SQLite file."""
    from miner import store
    from miner.ingest import ingest

    folder = tmp_path_factory.mktemp("seeds")
    for p in SEEDS:
        shutil.copy(p, folder / p.name)
    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").replace("seeds/", "")
    (folder / "MANIFEST.tsv").write_text(manifest, encoding="utf-8")
    path = folder / "seeds.db"
    db = store.open_db(path)
    results = ingest([folder], db, jobs=1)
    assert all(r.status == "stored" for r in results), [r.error for r in results]
    try:
        from miner.track import run_tracking

        run_tracking(db)
    except ImportError:
        pass
    db.close()
    return path


@pytest.fixture
def seeds_db(seeds_db_path, tmp_path):
    """A private copy of the seeds database, safe to write to."""
    from miner import store

    copy = tmp_path / "seeds.db"
    shutil.copy(seeds_db_path, copy)
    return store.open_db(copy)


def mention_labels(found: dict[str, tuple[str, str | None]]) -> dict[str, str]:
    """Mention text -> label of `paper_mentions`' result, for tests that check labels only."""
    return {text: label for text, (label, _) in found.items()}


def paper_mentions(nlp, paper: str, *markers: str) -> dict[str, tuple[str, str | None]]:
    """Mention text -> (label, entity) in the paper's paragraphs holding a marker, the paper read in order up to the
    last of them (so names and acronyms found earlier in the paper are known, as in `miner extract`); paragraphs
    as the entities evaluation reads them."""
    from miner.evaluation.entities import document_text, paragraphs
    from miner.model import TextUnit

    doc_id, text = document_text(paper)
    chunks = list(paragraphs(text))
    last = max(i for i, (_, chunk) in enumerate(chunks) if any(m in chunk for m in markers))
    docs = []
    for offset, chunk in chunks[: last + 1]:
        doc = nlp.make_doc(chunk)
        doc._.miner_unit = TextUnit(f"{doc_id}-probe", None, None, "body", "other", None, offset, chunk)
        docs.append(doc)
    found: dict[str, tuple[str, str | None]] = {}
    for doc in nlp.pipe(docs):
        if any(m in doc.text for m in markers):
            for span in doc.spans["miner_mentions"]:
                record = span._.miner_record
                found[" ".join(record.text.split())] = (record.label, record.entity)
    return found


def unit_labels(nlp, text: str) -> dict[str, str]:
    """Mention text -> label, the text read as one unit of one paper."""
    return {name: label for name, (label, _) in unit_mentions(nlp, text).items()}


def squash(text: str) -> str:
    """Text with its runs of white space made one and curly apostrophes straight, for finding a quote in a paper."""
    return " ".join(text.replace("\u2019", "'").split())


def in_paper(file: str, text: str) -> str:
    """`text`, checked to be in the paper `file` (a test's quote must be real)."""
    assert squash(text) in squash(Path(file).read_text(encoding="utf-8")), text
    return text


@pytest.fixture(scope="session")
def rules_of(nlp):
    """The rules' statements of a corpus paper, read once a session however many tests ask."""
    from miner.evaluation.statements import parse_file, run_finder
    from miner.nlp.statements import StatementFinder

    cache = {}

    def get(file):
        if file not in cache:
            cache[file] = run_finder(parse_file(file, nlp), StatementFinder(mode="rules"))
        return cache[file]

    return get


@pytest.fixture(scope="module")
def page_rules(tmp_path_factory, nlp):
    """The rules' statements of a page written to a file, as the evaluation reads a paper (cached by name)."""
    from miner.evaluation.statements import parse_file, run_finder
    from miner.nlp.statements import StatementFinder

    folder = tmp_path_factory.mktemp("page_rules")
    cache = {}

    def get(name: str, text: str):
        if name not in cache:
            path = folder / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            cache[name] = run_finder(parse_file(str(path), nlp), StatementFinder(mode="rules"))
        return cache[name]

    return get


def kind_of(statements, quote: str) -> str | None:
    """The kind of the rule statement whose text holds `quote` (None when no rule statement does)."""
    squash = " ".join(quote.split())
    return next((s.kind for s in statements if squash in " ".join(s.text.split())), None)


def page_text(name: str) -> str:
    """A fresh council page's opening as the tool library's `pages` corpus stores it (`tests/fixtures/pages/`; each
    test names the page's address where it reads it)."""
    return (Path(__file__).parent / "fixtures" / "pages" / f"{name}.txt").read_text(encoding="utf-8")


def extract_papers(folder: Path, names: tuple[str, ...]) -> list:
    """Papers of one corpus folder read and extracted with one pipeline, as the tracker gets them."""
    from miner.extract import extract
    from miner.ingest import prepare
    from miner.nlp.pipeline import load_pipeline

    nlp, out = load_pipeline(), []
    for name in names:
        doc, sections = prepare(folder / name)
        out.append(extract(doc, sections, nlp=nlp))
    return out


def verdicts_with(exs: list, needle: str) -> list:
    """The tracker's verdicts on the promises of `exs` whose text (spaces squashed) holds `needle`."""
    from miner import track

    by_id = {v.promise_id: v for v in track.track(exs).verdicts}
    return [by_id[st.id] for ex in exs for st in ex.statements if st.id in by_id and needle in " ".join(st.text.split())]


def gold_rows(path: Path) -> list[dict]:
    """The rows of a JSONL gold file."""
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def manifest_rows() -> dict[str, dict]:
    """corpus/MANIFEST.tsv by file."""
    import csv

    with open(Path(__file__).resolve().parents[1] / "corpus" / "MANIFEST.tsv", newline="", encoding="utf-8") as fh:
        return {row["file"]: row for row in csv.DictReader(fh, delimiter="\t")}


def check_fresh_tracker_gold(gold: Path, authority: str, count: int, printed_twice: frozenset[str] = frozenset()
                             ) -> list[dict]:
    """A fresh authority's tracker gold: every quote is in its paper once (as the evaluator reads it, curly
    apostrophes made straight; twice for a line its page prints twice), and evidence comes from a later paper of the
    same authority. Returns the rows."""
    from miner.evaluation import tracker as evaluation
    from miner.readers import read_document

    root = Path(__file__).resolve().parents[1]

    def text(path: str) -> str:
        return evaluation.squash(read_document(str(root / path)).text)

    statuses = {"delivered", "in_progress", "not_delivered", "no_evidence", "unmeasurable"}
    manifest, rows = manifest_rows(), gold_rows(gold)
    assert len(rows) == count and {r["status"] for r in rows} <= statuses
    for row in rows:
        promise = manifest[row["promise_file"].removeprefix("corpus/")]
        assert promise["authority"] == authority and promise["meeting_date"]
        quote = evaluation.squash(row["promise_quote"])
        assert text(row["promise_file"]).count(quote) == (2 if quote in printed_twice else 1), quote
        if row["status"] == "no_evidence":
            assert row["evidence_file"] is None and row["evidence_quote"] is None and not row.get("evidence_also")
            continue
        later = manifest[row["evidence_file"].removeprefix("corpus/")]
        assert later["authority"] == authority and later["meeting_date"] > promise["meeting_date"]
        evidence = text(row["evidence_file"])
        for quote in map(evaluation.squash, evaluation.evidence_quotes(row)):
            assert evidence.count(quote) == (2 if quote in printed_twice else 1), quote
        assert "evidence_also" in row  # every row not no_evidence says which other paragraphs count (maybe none)
    return rows


def page_statements(page: str, nlp, mode: str = "both") -> dict[str, str]:
    """A corpus page's statements as the statements evaluator finds them (its parse, the shipped classifier at the
    saved thresholds unless `mode` is "rules"): each statement's text, white space folded, and its kind."""
    from miner.evaluation.statements import parse_file, run_finder, saved_thresholds
    from miner.nlp import statement_model
    from miner.nlp.statements import StatementFinder

    finder = StatementFinder(mode="rules") if mode == "rules" else \
        StatementFinder(mode=mode, model=statement_model.load(), min_model_confidence=saved_thresholds())
    return {" ".join(s.text.split()): s.kind for s in run_finder(parse_file(page, nlp), finder)}


def paper_statements(path: Path, kind: str, modes: tuple[str, ...]) -> dict:
    """The paper at `path` read as a paper of `kind` ("minutes", "report"), as the statements evaluator does; each
    finder mode's statements (the shipped model at 0.3 where the mode uses it)."""
    from miner.evaluation.statements import ParsedDoc, run_finder, units_for
    from miner.ingest import prepare
    from miner.nlp import statement_model
    from miner.nlp.pipeline import load_base
    from miner.nlp.statements import StatementFinder

    nlp = load_base()
    doc, secs = prepare(path)
    docs = []
    for u in units_for(doc, kind, secs):
        d = nlp.make_doc(u.text)
        d._.miner_unit = u
        docs.append(d)
    parsed = ParsedDoc(file=path.name, document=doc, docs=list(nlp.pipe(docs)))
    model = statement_model.load()
    return {mode: run_finder(parsed, StatementFinder(mode=mode, model=None if mode == "rules" else model,
                                                     min_model_confidence=0.3))
            for mode in modes}


def minutes_statements(path: Path, page: str, modes: tuple[str, ...]) -> dict:
    """`page` written to `path` and read as minutes (`paper_statements`)."""
    path.write_text(page, encoding="utf-8")
    return paper_statements(path, "minutes", modes)


def check_declared_split(gold: Path, declared: dict[str, str], tune: int) -> None:
    """A tracker gold set's halves follow the Medway and Kent rule (the quote's sha256, even -> tune) and match what
    was declared with the gold (promise quote's start -> half)."""
    import hashlib

    from miner.evaluation import tracker as evaluation

    rows = gold_rows(gold)
    got = {key: evaluation.split_of(r) for r in rows for key in declared if r["promise_quote"].startswith(key)}
    assert got == declared
    for row in rows:
        odd = int(hashlib.sha256(row["promise_quote"].encode()).hexdigest(), 16) % 2
        assert evaluation.split_of(row) == ("report" if odd else "tune")
    assert sum(evaluation.split_of(r) == "tune" for r in rows) == tune


def priority_statement(text: str):
    """A priority statement of `text` alone, for tests of the tracker's reading of one statement."""
    from miner.model import Statement

    return Statement("s", "d", None, "1", "priority", text, 0, len(text))


def mention_in(text: str, whole: str, label: str = "SERVICE"):
    """A mention of `text` at its place in `whole` (the statement's text)."""
    from miner.model import Mention

    at = whole.index(text)
    return Mention("m", "d", None, "s", text, label, at, at + len(text))


def check_entity_batch(marker: str, folder: Path, count: int) -> set[str]:
    """A committed entities check batch (rounds 66, 68, 70): `count` pages whose MANIFEST source names `marker`, each on
    disk with an address of its own and its gold folder named, outside every entity split, scope and training set, the
    tuned set still 107 papers. Returns the pages as the evaluator names them ("corpus/...")."""
    from miner.evaluation import entities as ev

    rows = manifest_rows()
    pages = [f for f, row in rows.items() if marker in row["source"]]
    assert len(pages) == count
    root = Path(__file__).resolve().parents[1]
    for rel in pages:
        assert (root / "corpus" / rel).exists()
        assert rows[rel]["source"].startswith("http")
        assert "opening of the page as stored by the library's pages corpus" in rows[rel]["source"]
        assert f"annotations/entities/{folder.name}/" in rows[rel]["source"]
    addresses = {rows[r]["source"].split()[0] for r in pages}
    assert len(addresses) == count
    assert not addresses & {row["source"].split()[0] for f, row in rows.items() if f not in pages and row["source"]}
    added = {"corpus/" + r for r in pages}
    top = ev.load_gold()  # the top folder only
    assert not added & set(top)
    for split in ("train", "heldout", "blind", "all"):
        assert not added & set(ev.split_files(top, split))
    assert set(ev.load_gold(folder)) == added
    assert not added & set(ev.load_scopes())
    assert len(ev.split_files(top, "train")) == 107  # the tuned set is unchanged
    return added


def check_entity_gold(folder: Path, pages: int, forms: int, mentions: int) -> None:
    """Every gold form of a check batch is found in its page, and the gold spans number `mentions`."""
    from miner.evaluation import entities as ev

    gold = ev.load_gold(folder)
    assert len(gold) == pages and sum(len(rows) for rows in gold.values()) == forms
    found = 0
    for file, rows in gold.items():
        _, text = ev.document_text(file)
        missing = [r["text"] for r in rows if not ev._surface_regex(r["text"]).search(text)]
        assert not missing, (file, missing)
        found += len(ev.gold_spans(text, rows))
    assert found == mentions


def check_statement_batch(folder: Path, marker: str, pages: int, promises: int, *, empty: int = 0,
                          authorities: int | None = None) -> None:
    """A committed statements check batch (rounds 63, 65): its `pages.txt` pages, each with a MANIFEST row (a minutes
    or report page whose source names `marker`, one authority each unless `authorities` says) and gold (but `empty`
    pages with none, whose false statements still count), `promises` gold promises quoted in the page's own words, and
    no page in any split's gold (statements, claims, entities), held-out or blind."""
    from miner.evaluation import claims, entities, is_blind, statements

    listed = [line for line in (folder / "pages.txt").read_text(encoding="utf-8").split("\n") if line]
    gold: dict[str, list[dict]] = {p: [] for p in listed}
    for path in sorted(folder.glob("*.jsonl")):
        for row in gold_rows(path):
            gold.setdefault(row["file"], []).append(row)
    assert len(listed) == pages and sorted(gold) == sorted(listed)
    assert sum(not rows for rows in gold.values()) == empty
    manifest = {"corpus/" + f: row for f, row in manifest_rows().items()}
    assert all(manifest[p]["kind"] in ("minutes", "report") and marker in manifest[p]["source"] for p in listed)
    assert len({manifest[p]["authority"] for p in listed}) == (authorities or pages)
    kinds = [r["kind"] for rows in gold.values() for r in rows]
    assert sum(k in ("priority", "commitment", "challenge") for k in kinds) == promises
    root = Path(__file__).resolve().parents[1]
    for page, rows in gold.items():  # every quote is the page's own words
        text = " ".join((root / page).read_text(encoding="utf-8").split())
        assert all(" ".join(r["quote"].split()) in text for r in rows)
    assert not set(listed) & set(statements.load_gold())
    assert not set(listed) & set(statements.HELDOUT) and not any(is_blind(p) for p in listed)
    for module in (claims, entities):
        assert not set(listed) & set(module.load_gold())
