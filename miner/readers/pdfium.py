"""PDF reader on pypdfium2 (PDFium, Apache/BSD): the same lines-with-style as `pdf.py`, much faster.

Characters come from PDFium's text page (`FPDFText_*` in `pypdfium2.raw`) and
are grouped into lines the way pdfminer's layout analysis does (same row, gap
under `CHAR_MARGIN` character widths), so both backends feed the same
`layout.finish_pdf_lines`: same reading order, furniture removal, normalisation.
"""

from __future__ import annotations

import ctypes
import math
import statistics
from dataclasses import dataclass, field
from functools import lru_cache

from miner.errors import ReadError
from miner.model import Line
from miner.readers.layout import CHAR_MARGIN, WORD_MARGIN, Glyph, RawLine, assemble, finish_pdf_lines, with_turned
from miner.readers.pdf import is_bold_font

__all__ = ["read_pdf_bytes", "reader_name"]

BOLD_WEIGHT = 600


def reader_name() -> str:
    import pypdfium2

    return f"pypdfium2-{pypdfium2.version.PYPDFIUM_INFO}"


@dataclass
class _Run:
    """Characters of one line being built, in user-space coordinates (y up)."""

    chars: list[str] = field(default_factory=list)
    sizes: list[float] = field(default_factory=list)
    bold: int = 0
    visible: int = 0
    left: float = 0.0
    right: float = 0.0
    bottom: float = 0.0
    top: float = 0.0
    last_width: float = 0.0
    pending_space: bool = False


@lru_cache(maxsize=1)
def _text_object_address():
    """`FPDFText_GetTextObject` returning a plain int: one call per character, so no ctypes casts."""
    import pypdfium2_raw.bindings as bindings

    function = bindings._libs["pdfium"]["FPDFText_GetTextObject"]  # a fresh binding, not the shared one
    function.argtypes = (ctypes.c_void_p, ctypes.c_int)
    function.restype = ctypes.c_void_p
    return function


def _object_style(textpage, index: int, address: int | None, cache: dict) -> tuple[float, bool, int]:
    """(font size, bold, quarter turns) of the text object drawing a character; constant within an
    object (one text matrix each), so cached."""
    import pypdfium2.raw as pdfium_c

    style = cache.get(address)
    if style is not None:
        return style
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    text_obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
    font = pdfium_c.FPDFTextObj_GetFont(text_obj) if text_obj else None
    if font:
        length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        buffer = ctypes.create_string_buffer(length)
        pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
        bold = pdfium_c.FPDFFont_GetWeight(font) >= BOLD_WEIGHT or is_bold_font(buffer.value.decode("utf-8", "replace"))
    else:
        bold = pdfium_c.FPDFText_GetFontWeight(textpage, index) >= BOLD_WEIGHT
    angle = pdfium_c.FPDFText_GetCharAngle(textpage, index)  # radians clockwise (y down); -1 on error
    style = (size, bold, -round(angle / (math.pi / 2)) % 4 if angle >= 0 else 0)
    if address is not None:
        cache[address] = style
    return style


def _page_chars(textpage, count: int) -> str:
    """All characters of a text page in one call, index-aligned with PDFium's char indices."""
    import pypdfium2.raw as pdfium_c

    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buffer)
    text = bytes(memoryview(buffer).cast("B")[: max(written - 1, 0) * 2]).decode("utf-16-le", "replace")
    if len(text) != count:  # characters outside the BMP: fall back to one call per character
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
    return text


def _page_lines(page, page_no: int) -> tuple[list[RawLine], float]:
    import pypdfium2.raw as pdfium_c

    left, bottom, right, top = page.get_mediabox()
    textpage = page.get_textpage()
    raw = textpage.raw
    lines: list[RawLine] = []
    run = _Run()
    rect = pdfium_c.FS_RECTF()
    object_of = _text_object_address()
    is_generated = pdfium_c.FPDFText_IsGenerated
    char_box = pdfium_c.FPDFText_GetLooseCharBox
    styles: dict = {}  # text object address -> (size, bold, quarter); addresses are only valid on this page
    turned: dict[int, list[Glyph]] = {}  # quarter turns -> glyphs, read after the upright text
    upright = 0

    def close() -> None:
        nonlocal run
        if run.visible:
            lines.append(
                RawLine(
                    text="".join(run.chars),
                    page=page_no,
                    font_size=round(statistics.median(run.sizes), 1),
                    bold=run.bold * 2 > run.visible,
                    x=round(run.left, 1),
                    width=round(run.right - run.left, 1),
                    y=top - run.top,
                    height=run.top - run.bottom,
                )
            )
        run = _Run()

    try:
        count = pdfium_c.FPDFText_CountChars(raw)
        for index, char in enumerate(_page_chars(raw, count)):
            if char in "\x02\ufffe":  # PDFium's mark for a hyphen that ends a line (GetText gives U+FFFE)
                char = "-"
            elif char in "\r\n" or is_generated(raw, index) == 1:
                run.pending_space = run.pending_space or char == " "
                continue
            if char.isspace():
                run.pending_space = True
                continue
            char_box(raw, index, rect)
            c_left, c_right, c_bottom, c_top = rect.left, rect.right, rect.bottom, rect.top
            size, bold, quarter = _object_style(raw, index, object_of(raw, index), styles)
            if quarter:
                turned.setdefault(quarter, []).append(
                    Glyph(char, c_left - left, c_bottom - bottom, c_right - left, c_top - bottom, size, bold))
                continue
            upright += 1
            width = max(c_right - c_left, 0.1)
            if run.visible:
                height = min(run.top - run.bottom, c_top - c_bottom) or 1.0
                overlap = min(run.top, c_top) - max(run.bottom, c_bottom)
                gap = c_left - run.right
                last = run.last_width if run.last_width > width else width
                same_line = overlap >= 0.5 * height and -width < gap < CHAR_MARGIN * last
                if not same_line:
                    close()
                elif run.pending_space or gap > WORD_MARGIN * last:
                    run.chars.append(" ")
            if not run.visible:
                run.left, run.bottom, run.top = c_left, c_bottom, c_top
            run.chars.append(char)
            run.sizes.append(size)
            run.bold += bold
            run.visible += 1
            if c_right > run.right:
                run.right = c_right
            if c_bottom < run.bottom:
                run.bottom = c_bottom
            if c_top > run.top:
                run.top = c_top
            run.last_width = width
            run.pending_space = False
        close()
    finally:
        textpage.close()
    return with_turned(lines, turned, upright, page_no, right - left, top - bottom)


def _open(data: bytes):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        code = getattr(err, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError("encrypted PDF (password required)") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError("encrypted PDF (unsupported security handler)") from None
        reason = str(err).split("(PDFium: ", 1)[-1].rstrip(").") if "PDFium" in str(err) else str(err)
        raise ReadError(f"not a valid PDF ({reason})") from None


def read_pdf_bytes(data: bytes, limits) -> tuple[str, list[Line], int]:
    """PDF bytes → (Document.text, lines, pages), or ReadError with a one-line reason."""
    document = _open(data)
    try:
        n_pages = len(document)
        if n_pages <= 0:
            raise ReadError("not a valid PDF (no pages)")
        if n_pages > limits.max_pages:
            raise ReadError(f"too many pages ({n_pages} > {limits.max_pages})")
        pages: dict[int, list[RawLine]] = {}
        heights: dict[int, float] = {}
        for page_no in range(1, n_pages + 1):
            page = document[page_no - 1]
            try:
                pages[page_no], heights[page_no] = _page_lines(page, page_no)
            finally:
                page.close()
    finally:
        document.close()
    if not any(pages.values()):
        raise ReadError("no text layer (image-only PDF; OCR is not supported)")
    text, lines = assemble(finish_pdf_lines(pages, heights))
    if not lines:
        raise ReadError("no text layer (image-only PDF; OCR is not supported)")
    return text, lines, n_pages
