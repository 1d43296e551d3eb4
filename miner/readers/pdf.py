"""PDF reader on pdfminer.six, the reference backend: lines with page, font size, bold, indent.

pdfminer is pure Python and slow (a few pages/s), but it is the backend the
section rules were first checked against. Layout analysis is tuned for speed:
`boxes_flow=None` skips pdfminer's costly text-box ordering, since reading
order is rebuilt from line positions in `layout.order_page` anyway.
"""

from __future__ import annotations

import io
import math
import re
import statistics

from miner.errors import ReadError
from miner.model import Line
from miner.readers.layout import Glyph, RawLine, assemble, finish_pdf_lines, with_turned

__all__ = ["read_pdf_bytes", "reader_name", "is_bold_font", "LAPARAMS"]

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|,b\b|-b$", re.IGNORECASE)
_CID = re.compile(r"\(cid:\d+\)")


def is_bold_font(fontname: str) -> bool:
    """Bold by name: "ABCDEF+Arial-BoldMT", "Calibri,Bold", "Arial,B", "Frutiger-Black"."""
    return bool(_BOLD_FONT.search(fontname.split("+", 1)[-1]))


def reader_name() -> str:
    import pdfminer

    return f"pdfminer.six-{pdfminer.__version__}"


def _laparams():
    from pdfminer.layout import LAParams

    return LAParams(line_overlap=0.5, char_margin=4.0, line_margin=0.5, word_margin=0.1, boxes_flow=None)


def _short(err: Exception) -> str:
    msg = str(err).splitlines()[0] if str(err) else ""
    return f"{type(err).__name__}: {msg}"[:120] if msg else type(err).__name__


def open_pdf(data: bytes, limits) -> tuple[object, int]:
    """Parse the cross-reference table and page tree only; check encryption and page limits."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise ReadError("encrypted PDF (password required)") from None
    except PDFEncryptionError as err:
        raise ReadError(f"encrypted PDF (unsupported encryption: {err})") from None
    except Exception as err:  # pdfminer raises many types for broken files
        raise ReadError(f"not a valid PDF ({_short(err)})") from None
    try:
        pages = int(resolve1(resolve1(document.catalog["Pages"])["Count"]))
    except Exception:
        from pdfminer.pdfpage import PDFPage

        try:
            pages = sum(1 for _ in PDFPage.create_pages(document))
        except Exception as err:
            raise ReadError(f"not a valid PDF ({_short(err)})") from None
    if pages <= 0:
        raise ReadError("not a valid PDF (no pages)")
    if pages > limits.max_pages:
        raise ReadError(f"too many pages ({pages} > {limits.max_pages})")
    return document, pages


def _text_lines(layout_obj):
    from pdfminer.layout import LTTextLineHorizontal

    for obj in layout_obj:
        if isinstance(obj, LTTextLineHorizontal):
            yield obj
        elif hasattr(obj, "__iter__") and not isinstance(obj, str):
            yield from _text_lines(obj)


def _quarter(char) -> int:
    """Quarter turns (counter-clockwise) of a character's text matrix: 0 for upright text."""
    a, b = char.matrix[0], char.matrix[1]
    return round(math.atan2(b, a) / (math.pi / 2)) % 4


def _turned_glyphs(layout_obj, x0: float, y0: float, out: dict[int, list[Glyph]]) -> int:
    """Collect the page's turned characters by quarter turns (read by `layout.with_turned`, as the
    pdfium backend does); returns the number of upright characters."""
    from pdfminer.layout import LTChar

    upright = 0
    for obj in layout_obj:
        if isinstance(obj, LTChar):
            quarter = _quarter(obj)
            if not quarter:
                upright += bool(obj.get_text().strip())
                continue
            out.setdefault(quarter, []).append(Glyph(_CID.sub("", obj.get_text()), obj.x0 - x0, obj.y0 - y0,
                                                     obj.x1 - x0, obj.y1 - y0, obj.size, is_bold_font(obj.fontname)))
        elif hasattr(obj, "__iter__") and not isinstance(obj, str):
            upright += _turned_glyphs(obj, x0, y0, out)
    return upright


def _raw_line(line, page_no: int, page_top: float) -> RawLine | None:
    from pdfminer.layout import LTChar

    items = [o for o in line if not (isinstance(o, LTChar) and _quarter(o))]  # turned ones: `_turned_glyphs`
    chars = [c for c in items if isinstance(c, LTChar) and c.get_text().strip()]
    if not chars:
        return None
    text = _CID.sub("", "".join(o.get_text() for o in items))
    if not text.strip():
        return None
    bold_chars = sum(1 for c in chars if is_bold_font(c.fontname))
    return RawLine(
        text=text,
        page=page_no,
        font_size=round(statistics.median(c.size for c in chars), 1),
        bold=bold_chars * 2 > len(chars),
        x=round(line.x0, 1),
        width=round(line.x1 - line.x0, 1),
        y=page_top - line.y1,
        height=line.y1 - line.y0,
    )


def read_pdf_bytes(data: bytes, limits) -> tuple[str, list[Line], int]:
    """PDF bytes → (Document.text, lines, pages), or ReadError with a one-line reason."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    document, n_pages = open_pdf(data, limits)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=_laparams())
    interpreter = PDFPageInterpreter(manager, device)
    pages: dict[int, list[RawLine]] = {}
    heights: dict[int, float] = {}
    try:
        for page_no, page in enumerate(PDFPage.create_pages(document), start=1):
            if page_no > limits.max_pages:
                raise ReadError(f"too many pages (> {limits.max_pages})")
            interpreter.process_page(page)
            layout = device.get_result()
            turned: dict[int, list[Glyph]] = {}
            upright_chars = _turned_glyphs(layout, layout.x0, layout.y0, turned)
            pages[page_no], heights[page_no] = with_turned(
                [raw for line in _text_lines(layout) if (raw := _raw_line(line, page_no, layout.y1)) is not None],
                turned, upright_chars, page_no, layout.x1 - layout.x0, layout.y1 - layout.y0)
    except ReadError:
        raise
    except Exception as err:
        raise ReadError(f"not a valid PDF ({_short(err)})") from None
    if not pages:
        raise ReadError("not a valid PDF (no pages)")
    if not any(pages.values()):
        raise ReadError("no text layer (image-only PDF; OCR is not supported)")
    text, lines = assemble(finish_pdf_lines(pages, heights))
    if not lines:
        raise ReadError("no text layer (image-only PDF; OCR is not supported)")
    return text, lines, len(pages)
