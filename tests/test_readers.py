"""Readers on real papers: offsets, style cues, furniture, and one-line errors for bad input."""

from __future__ import annotations

import hashlib
import os
import statistics
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from miner.readers import Limits, ReadError, file_sha256, read_document
from miner.readers.normalise import join_hyphenated, normalise_line
from miner.readers.streams import check_streams
from hostile import bomb_pdf, pdf_bytes, placed_pdf, text_pdf

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


# --- PDF (pdfminer.six) -------------------------------------------------------

PDFS = sorted((ROOT / "corpus" / "pdf").glob("*.pdf"))
IMAGE_ONLY = ROOT / "corpus" / "pdf" / "Statement-of-Accounts-2016-17.pdf"
TEXT_PDFS = [p for p in PDFS if p != IMAGE_ONLY]
SMALL_PDF = ROOT / "corpus" / "pdf" / "24-00096 - Commissioning Plan for Education Provision in Kent 2025-29 - Report.pdf"


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda p: p.stem[:24])
def test_pdf_reads_with_pages_and_style(path):
    doc = read_document(path, pdf_backend="pdfminer")
    assert doc.format == "pdf" and doc.reader.startswith("pdfminer.six-")
    assert_offsets_consistent(doc)
    assert {line.page for line in doc.lines} <= set(range(1, doc.pages + 1))
    assert len({line.page for line in doc.lines}) >= doc.pages / 2  # text on most pages
    body = statistics.median(line.font_size for line in doc.lines)
    assert any(line.bold or line.font_size > body + 1 for line in doc.lines)


def test_image_only_pdf_has_no_text_layer():
    with pytest.raises(ReadError, match=r"no text layer \(image-only PDF; OCR is not supported\)"):
        read_document(IMAGE_ONLY)


def test_pdf_paragraph_numbers_join_their_text_and_headings_are_bold():
    doc = read_document(SMALL_PDF)
    heading = _line(doc, "2. The Demographic Context")
    assert heading.bold and heading.page == 1
    para = _line(doc, "4.1 The Local Authority as the Strategic Commissioner")
    assert para.page == 3 and not para.bold and para.font_size == 12.0
    assert doc.text[para.start - 2 : para.start] == "\n\n"  # a vertical gap is a paragraph break


@pytest.mark.parametrize(
    "name", ["Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf", "24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf"]
)
def test_page_numbers_and_running_footers_are_removed(name):
    doc = read_document(ROOT / "corpus" / "pdf" / name)
    assert not any(line.text in (str(line.page), f"Page {line.page} of {doc.pages}") for line in doc.lines)
    assert "Page 3 of 54" not in doc.text


def test_pdf_page_limit_is_checked_before_parsing():
    with pytest.raises(ReadError, match=r"too many pages \(6 > 5\)"):
        read_document(SMALL_PDF, limits=Limits(max_pages=5))


def _encrypted_pdf(user_password: bytes = b"secret") -> bytes:
    """A one-page PDF under the Standard security handler (RC4 40-bit, R2), built by hand.

    Neither pdfminer nor pypdfium2 can write encrypted files, so the O/U entries
    are computed here (PDF 1.7 spec, algorithms 3.2-3.4).
    """
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")

    def rc4(key: bytes, data: bytes) -> bytes:
        s, j = list(range(256)), 0
        for i in range(256):
            j = (j + s[i] + key[i % len(key)]) % 256
            s[i], s[j] = s[j], s[i]
        out, i, j = bytearray(), 0, 0
        for byte in data:
            i = (i + 1) % 256
            j = (j + s[i]) % 256
            s[i], s[j] = s[j], s[i]
            out.append(byte ^ s[(s[i] + s[j]) % 256])
        return bytes(out)

    padded = (user_password + pad)[:32]
    owner = rc4(hashlib.md5((b"owner" + pad)[:32]).digest()[:5], padded)
    file_id = b"0123456789abcdef"
    permissions = -4
    key = hashlib.md5(padded + owner + permissions.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    user = rc4(key, pad)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + owner.hex().encode() + b"> /U <" + user.hex().encode()
        + b"> /P " + str(permissions).encode() + b" >>",
    ]
    ids = b"/Encrypt 4 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(), file_id.hex().encode())
    return pdf_bytes(objects, trailer_extra=ids)


BAD_PDFS = {
    "random.pdf": (lambda: os.urandom(4000), r"not a PDF \(unknown content\)"),
    "page.pdf": (lambda: b"<!DOCTYPE html><html><body>Not found</body></html>", r"not a PDF \(looks like HTML\)"),
    "truncated.pdf": (lambda: SMALL_PDF.read_bytes()[:2000], r"not a valid PDF \("),
    "encrypted.pdf": (_encrypted_pdf, r"encrypted PDF \(password required\)"),
    "empty.pdf": (lambda: b"", r"empty file"),
}


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
@pytest.mark.parametrize("name", sorted(BAD_PDFS))
def test_bad_pdf_gives_its_own_one_line_reason(tmp_path, name, backend):
    make, reason = BAD_PDFS[name]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(ReadError, match=reason) as info:
        read_document(path, pdf_backend=backend)
    assert "\n" not in str(info.value)



@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
@pytest.mark.parametrize("quarter", [1, 2, 3])
def test_turned_text_is_read_as_words_and_page_stamps_dropped(tmp_path, backend, quarter):
    """A "Page 12" stamp up the margin of every page (modern.gov agenda packs) is furniture, and other
    turned text reads as words in its own direction, never letter by letter."""
    pages = [[f"{n}. Paragraph {n} of part {p} sets out the proposals for consultation." for n in range(1, 9)]
             for p in (1, 2, 3)]
    stamps = [[(quarter, f"Page {p}")] + ([(quarter, "Rotated column heading")] if p == 2 else [])
              for p in (1, 2, 3)]
    path = tmp_path / "stamped.pdf"
    path.write_bytes(text_pdf(pages, turned=stamps))
    lines = [line.text for line in read_document(path, pdf_backend=backend).lines]
    assert not [t for t in lines if len(t) <= 2]
    assert not [t for t in lines if t.startswith("Page ")]
    assert lines.count("Rotated column heading") == 1
    assert sum(t.startswith("1. Paragraph 1 ") for t in lines) == 3 and len(lines) == 3 * 8 + 1


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_sideways_page_of_an_agenda_pack_reads_as_words(backend):
    document = read_document(ROOT / "corpus/pdf/Budget Amendments 13th-Feb-2025 09.30 County Council.pdf",
                             pdf_backend=backend)
    texts = [line.text for line in document.lines]
    assert "This page is intentionally left blank" in texts
    assert not any(t in ("P", "a", "g", "e") for t in texts)


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_decompression_bomb_is_refused_before_parsing(tmp_path, backend):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(bomb_pdf(inflated_bytes=16 * 1024**2))
    with pytest.raises(ReadError, match=r"^decompression bomb \(a compressed stream inflates past 8 MB\)$"):
        read_document(path, pdf_backend=backend, limits=Limits(max_inflated=8 * 1024**2))


def test_stream_under_the_limit_is_left_to_the_parser(tmp_path):
    path = tmp_path / "zeros.pdf"
    path.write_bytes(bomb_pdf(inflated_bytes=16 * 1024**2))
    with pytest.raises(ReadError, match="no text layer"):  # an empty page, not a bomb
        read_document(path, pdf_backend="pdfium")



@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2048), st.binary(max_size=2048))
def test_stream_check_never_crashes_on_random_bytes(before, body):
    """Random bytes, also dressed as a Flate stream: the check passes or gives its one reason."""
    for data in (before, before + b"1 0 obj << /Filter /FlateDecode >>\nstream\n" + body + b"\nendstream"):
        try:
            check_streams(data, max_inflated=1 << 12)
        except ReadError as err:
            assert str(err).startswith("decompression bomb")

def test_default_pdf_backend_is_pdfium():
    assert read_document(SMALL_PDF).reader.startswith("pypdfium2-")

# --- HTML ----------------------------------------------------------------------

HTML_FIXTURE = FIXTURES / "committee_page.html"


def test_html_skips_chrome_and_decodes_entities():
    doc = read_document(HTML_FIXTURE)
    assert doc.format == "html" and doc.reader
    assert_offsets_consistent(doc)
    for chrome in ("Home", "Agendas", "tracking", "Example Council", "color: red", "Cabinet report"):
        assert chrome not in doc.text
    assert "Children's Services Annual Report" in doc.text  # &rsquo; straightened
    assert "2017–18" in doc.text and "safeguarding at its heart & has" in doc.text


def test_html_headings_are_bold_and_sized_by_level_and_items_are_bullets():
    doc = read_document(HTML_FIXTURE)
    h1, h2 = _line(doc, "Children's Services"), _line(doc, "2. Key achievements")
    assert h1.bold and h1.font_size == 24 and h2.bold and h2.font_size == 20
    item, nested = _line(doc, "Recruited 15"), _line(doc, "in the assessment service")
    assert item.bullet and nested.bullet and nested.x > item.x
    assert doc.text[nested.start - 1] == "\n" and doc.text[nested.start - 2] != "\n"
    assert _line(doc, "Recommendation").bold and not _line(doc, "2.1 The service").bold
    assert _line(doc, "413").start > _line(doc, "Children looked after").end  # td cells break lines
    numbered = _line(doc, "2. Recruit foster carers")
    assert not numbered.bullet and not numbered.bold


def test_html_is_sniffed_by_content_whatever_the_extension(tmp_path):
    copy = tmp_path / "agenda.txt"
    copy.write_bytes(HTML_FIXTURE.read_bytes())
    assert read_document(copy).format == "html"


def test_html_with_only_chrome_has_no_text(tmp_path):
    page = tmp_path / "nav.html"
    page.write_text("<html><body><nav>Home</nav><script>x=1</script></body></html>")
    with pytest.raises(ReadError, match="no text in HTML"):
        read_document(page)


# --- PDF (pypdfium2) ------------------------------------------------------------


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda p: p.stem[:24])
def test_pdfium_reads_with_pages_and_style(path):
    doc = read_document(path, pdf_backend="pdfium")
    assert doc.format == "pdf" and doc.reader.startswith("pypdfium2-")
    assert_offsets_consistent(doc)
    assert len({line.page for line in doc.lines}) >= doc.pages / 2
    body = statistics.median(line.font_size for line in doc.lines)
    assert any(line.bold or line.font_size > body + 1 for line in doc.lines)
    assert not any(line.text == f"Page {line.page} of {doc.pages}" for line in doc.lines)


def test_pdfium_image_only_pdf_has_no_text_layer():
    with pytest.raises(ReadError, match=r"no text layer"):
        read_document(IMAGE_ONLY, pdf_backend="pdfium")


@pytest.mark.parametrize("name", [SMALL_PDF.name, "Printed minutes 30th-Jan-2025 10.00 Cabinet.pdf"])
def test_pdf_backends_agree_on_line_texts(name):
    path = ROOT / "corpus" / "pdf" / name
    reference = [(line.page, line.text) for line in read_document(path, pdf_backend="pdfminer").lines]
    fast = {(line.page, line.text) for line in read_document(path, pdf_backend="pdfium").lines}
    shared = sum(item in fast for item in reference) / len(reference)
    assert shared >= 0.9, f"only {shared:.0%} of pdfminer lines also come from pdfium"


def test_pdfium_mends_line_end_hyphen_like_pdfminer():
    texts = {line.text for line in read_document(SMALL_PDF, pdf_backend="pdfium").lines}
    assert "children resident outside of Kent on the rolls of the county's schools, the takeup" in texts


def test_unknown_pdf_backend_is_a_usage_error():
    with pytest.raises(ValueError, match="pdf_backend"):
        read_document(SMALL_PDF, pdf_backend="pymupdf")


ARTICLE = ("The council will open two new family hubs in the north of the county next year, and will "
           "consult parents on the opening hours of each hub before the end of the summer. The hubs will "
           "bring together midwives, health visitors and the early help teams that now work from six "
           "different buildings, so that a family needs to tell its story only once to be helped. "
           "Officers expect the first hub to open in April and the second one in September. Both hubs "
           "will be open on Saturday mornings for working parents, and the council will report on how "
           "many families used them, and what they thought of them, to the scrutiny committee in the "
           "spring of the following year.")


def _column_lines(text: str, width: int = 38) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_a_page_in_two_columns_reads_down_each_column(tmp_path, backend):
    """An annual report set in two columns of prose is read down the left column, then down the right,
    below a heading spanning both; a table of short cells beside figures is still read row by row."""
    lines = _column_lines(ARTICLE)
    half = (len(lines) + 1) // 2
    placed = [(72, 780, "Family hubs: what the council will do for families across the whole county")]
    placed += [(72, 750 - 14 * i, t) for i, t in enumerate(lines[:half])]
    placed += [(320, 750 - 14 * i, t) for i, t in enumerate(lines[half:])]
    table = [(72, 780 - 14 * i, f"Family hub {name}") for i, name in enumerate("ABCDEFGHIJ")]
    table += [(320, 780 - 14 * i, f"{40 + i} visits {10 + i}%") for i in range(10)]
    path = tmp_path / "columns.pdf"
    path.write_bytes(placed_pdf([placed, table]))
    document = read_document(path, pdf_backend=backend)
    assert " ".join(ARTICLE.split()) in " ".join(document.text.split())
    rows = [line.text for line in document.lines if line.page == 2]
    assert rows[:4] == ["Family hub A", "40 visits 10%", "Family hub B", "41 visits 11%"]


@pytest.mark.parametrize("backend", ["pdfminer", "pdfium"])
def test_cells_of_one_printed_row_are_marked_same_row(backend):
    """A table's cells reach the text a line each (or a few together); `Line.same_row` says which were printed on one
    row, so a later stage can read "Adults and Health" with its figures, and the next row apart."""
    path = Path(__file__).resolve().parent / "fixtures" / "workforce_sickness_table.pdf"
    lines = read_document(path, pdf_backend=backend).lines
    texts = [line.text for line in lines]
    row = texts.index("Adults and Health")
    assert not lines[row].same_row  # a row opens with its label
    cells = []
    for line in lines[row + 1 :]:
        if not line.same_row:
            break
        cells.append(line.text)
    assert " ".join(cells).split() == ["1,046.2", "13.8", "13.1", "12.6"]
    assert lines[row + 1 + len(cells)].text == "Children's Services"
    assert not any(line.same_row for line in lines if line.text.startswith("4.1 "))  # prose lines are rows alone
