"""Readers on real papers: offsets, style cues, furniture, and one-line errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.readers import Limits, ReadError, file_sha256, read_document
from miner.readers.normalise import join_hyphenated, normalise_line

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def assert_offsets_consistent(doc) -> None:
    assert doc.lines, "no lines"
    for line in doc.lines:
        assert doc.text[line.start : line.end] == line.text
    assert all(a.end < b.start for a, b in zip(doc.lines, doc.lines[1:]))


# --- normalisation -----------------------------------------------------------


def test_normalise_expands_ligatures_straightens_quotes_and_keeps_dashes():
    raw = "\ufb01nance\u00a0\u00a0\u2018o\ufb03ce\u2019  \u201cplan\u201d \u2212 May 2019 \u2013 March 2020 "
    assert normalise_line(raw) == "finance 'office' \"plan\" - May 2019 – March 2020"


def test_soft_hyphen_dropped_inside_word_but_marks_break_at_line_end():
    assert normalise_line("safe\u00adguarding") == "safeguarding"
    assert normalise_line("safe\u00ad") == "safe-"


def test_hyphen_join_only_between_letters_and_lowercase():
    assert join_hyphenated("the safe-", "guarding") == "the safeguarding"
    assert join_hyphenated("aged 18-", "25") is None
    assert join_hyphenated("Kent-", "Medway") is None


# --- text ------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_reads_with_consistent_offsets(path):
    doc = read_document(path)
    assert doc.format == "text"
    assert doc.id == file_sha256(path)
    assert doc.reader and doc.title is None
    assert_offsets_consistent(doc)
    assert "**" not in doc.text


def _line(doc, prefix):
    return next(line for line in doc.lines if line.text.startswith(prefix))


def test_dash_before_paragraph_number_is_not_a_bullet():
    doc = read_document(SEEDS[0])
    line = _line(doc, "1.1 The areas within")
    assert not line.bullet and line.x == 0
    assert not _line(doc, "(i) A new Young Persons").bullet
    assert "- 1.1" not in doc.text


def test_plain_dash_items_are_bullets_with_indent():
    doc = read_document(SEEDS[0])
    first = _line(doc, "Children's Partnership Commissioning (0-25)")
    indented = _line(doc, "Early Years")
    assert first.bullet and indented.bullet and indented.x == 1
    # a number followed by lowercase is content, not a paragraph number
    assert _line(read_document(SEEDS[3]), "22 live in children's homes").bullet


def test_bold_title_after_paragraph_number_is_bold_but_run_in_bold_is_not():
    doc = read_document(SEEDS[4])
    assert _line(doc, "2.2 Edge of Care Services").bold
    assert _line(doc, "2 Children's Social Care").bold
    assert not _line(doc, "1.6 The strategic multi-agency").bold
    fostering = _line(read_document(SEEDS[1]), "5.4 The Fostering Service recruits")
    assert not fostering.bold


def test_blank_lines_become_paragraph_breaks():
    doc = read_document(SEEDS[0])
    line = _line(doc, "1. Background")
    assert line.space_before >= 1 and doc.text[line.start - 2 : line.start] == "\n\n"
    item = _line(doc, "high quality sustainable services")
    assert item.space_before == 0 and doc.text[item.start - 2] != "\n"


def test_non_utf8_text_names_the_byte(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\u00e9 budget\n".encode("latin-1"))
    with pytest.raises(ReadError, match=r"not UTF-8 text \(invalid byte 0xe9 at offset 3\)"):
        read_document(bad)


def test_text_with_nul_bytes_is_binary(tmp_path):
    bad = tmp_path / "blob.txt"
    bad.write_bytes(b"hello\x00\x01\x02world")
    with pytest.raises(ReadError, match="binary data, not text"):
        read_document(bad)


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_or_blank_text_is_empty(tmp_path, content):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(content)
    with pytest.raises(ReadError, match="empty file"):
        read_document(bad)


def test_unknown_extension_is_unsupported(tmp_path):
    bad = tmp_path / "report.docx"
    bad.write_bytes(b"PK\x03\x04 not really a docx")
    with pytest.raises(ReadError, match=r"unsupported file type '\.docx'"):
        read_document(bad)


def test_file_over_size_limit_is_refused_before_reading():
    with pytest.raises(ReadError, match="file too large"):
        read_document(SEEDS[0], limits=Limits(max_bytes=1000))
