"""Make a folder of broken and hostile inputs, next to a few good ones, for batch tests and the bench.

Every file is generated here (PDF objects written by hand, byte offsets and all),
except the truncated PDF, which is the first half of a real corpus PDF. The
expected outcome per file is in `EXPECTED`: a substring of the reason a
`failures` row must carry, or "stored".
"""

from __future__ import annotations

import os
import random
import shutil
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# file name -> words expected in the one-line reason (any of them), or "stored"
EXPECTED: dict[str, tuple[str, ...] | str] = {
    "truncated.pdf": ("not a valid PDF", "no text", "truncated", "corrupt"),
    "random.pdf": ("not a PDF",),
    "empty.pdf": ("empty",),
    "encrypted.pdf": ("encrypted",),
    "html-saved-as.pdf": ("HTML",),
    "binary.txt": ("binary",),
    "latin1.txt": ("UTF-8",),
    "bomb.pdf": ("decompression bomb",),
    "pages-400.pdf": "stored",
}


def pdf_bytes(objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """A PDF from numbered object bodies (object i+1 = objects[i]) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, trailer_extra, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _escape(text: str) -> bytes:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")


_TURNS = {1: (0, 1, -1, 0, 560, 300), 2: (-1, 0, 0, -1, 500, 40), 3: (0, -1, 1, 0, 30, 600)}  # text matrices


def helvetica_pdf(page_ops: list[list[bytes]]) -> bytes:
    """A valid PDF of A4 pages, each drawn by its content-stream operators with font /F1 (Helvetica)."""
    n = len(page_ops)
    # 1 catalog, 2 pages, 3 font, then per page: page object, content stream
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, ops in enumerate(page_ops):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(_stream(b"\n".join(ops)))
    return pdf_bytes(objects)


def text_pdf(pages: list[list[str]], turned: list[list[tuple[int, str]]] | None = None) -> bytes:
    """A valid PDF with one Helvetica text line per string, one list per page; `turned` adds, per
    page, (quarter turns counter-clockwise, text) drawn sideways or upside down in the margin."""
    page_ops = []
    for i, lines in enumerate(pages):
        ops = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
        ops += [b"(%s) Tj T*" % _escape(line) for line in lines]
        ops.append(b"ET")
        for k, (quarter, text) in enumerate((turned or [[]] * len(pages))[i]):
            a, b, c, d, e, f = _TURNS[quarter]
            if quarter == 2:  # each further text a line lower on the page
                f -= 20 * k
            else:  # or a column further in from the side
                e += 40 * k * (1 if quarter == 3 else -1)
            ops.append(b"BT /F1 10 Tf %d %d %d %d %d %d Tm (%s) Tj ET" % (a, b, c, d, e, f, _escape(text)))
        page_ops.append(ops)
    return helvetica_pdf(page_ops)


def placed_pdf(pages: list[list[tuple[float, float, str]]]) -> bytes:
    """A valid PDF with each (x, y, text) drawn at its place (PDF points, y up from the bottom) in
    11-point Helvetica: pages laid out in columns, boxes or tables."""
    return helvetica_pdf([[b"BT /F1 11 Tf 1 0 0 1 %d %d Tm (%s) Tj ET" % (x, y, _escape(text)) for x, y, text in placed]
                          for placed in pages])


def long_pdf(n_pages: int = 400) -> bytes:
    """A valid n-page committee-paper-like PDF: numbered headings and paragraphs of plain text."""
    pages = []
    for p in range(1, n_pages + 1):
        lines = [f"{p}. Progress report section {p}"]
        for k in range(1, 6):
            lines.append(f"{p}.{k} The council will improve the service by March {2019 + k % 3} and")
            lines.append(f"reported that {40 + k}% of {100 * k} families were supported in {2017 + k % 2}-{18 + k % 2}.")
        pages.append(lines)
    return text_pdf(pages)


def encrypted_pdf() -> bytes:
    """A PDF with a Standard security handler whose user password is not empty (O/U are random)."""
    rng = random.Random(7)
    o = bytes(rng.randrange(256) for _ in range(32)).hex().encode()
    u = bytes(rng.randrange(256) for _ in range(32)).hex().encode()
    file_id = bytes(rng.randrange(256) for _ in range(16)).hex().encode()
    body = text_pdf([["Secret"]])
    # Rebuild with an /Encrypt dictionary as object 6 and an /ID in the trailer.
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        _stream(b"\x8f\x12\x33\x44\x55\x66\x77\x88\x99"),  # "encrypted" content
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -3904 >>" % (o, u),
    ]
    del body
    return pdf_bytes(objects, trailer_extra=b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id, file_id))


def bomb_pdf(inflated_bytes: int = 1 << 30) -> bytes:
    """A one-page PDF whose content stream is `inflated_bytes` of zeros, FlateDecode'd to ~1/1000."""
    comp = zlib.compressobj(9)
    chunk = b"\0" * (1 << 22)
    parts = []
    left = inflated_bytes
    while left > 0:
        parts.append(comp.compress(chunk[: min(len(chunk), left)]))
        left -= len(chunk)
    parts.append(comp.flush())
    data = b"".join(parts)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        _stream(data, b"/Filter /FlateDecode "),
    ]
    return pdf_bytes(objects)


_BOMB_CACHE = Path(os.environ.get("MINER_TEST_CACHE", "/tmp")) / "miner-bomb-1g.pdf"


def make_corpus(folder: Path, *, good: int = 2, pages: int = 400, bomb: bool = True) -> Path:
    """Write the hostile files (and `good` seed papers) into `folder`; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(42)
    real_pdf = min((CORPUS / "pdf").glob("*.pdf"), key=lambda p: p.stat().st_size)
    data = real_pdf.read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (folder / "random.pdf").write_bytes(bytes(rng.randrange(256) for _ in range(50_000)))
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "encrypted.pdf").write_bytes(encrypted_pdf())
    (folder / "html-saved-as.pdf").write_bytes(
        b"<!DOCTYPE html>\n<html><head><title>Agenda</title></head><body><p>Not a PDF</p></body></html>\n")
    (folder / "binary.txt").write_bytes(bytes(rng.randrange(256) for _ in range(20_000)))
    (folder / "latin1.txt").write_bytes(
        "1. Introduction\n\nThe council\u2019s budget is \u00a31.6m for 2018\u201319 and caf\u00e9 services.\n"
        .encode("cp1252"))
    if pages:
        (folder / f"pages-{pages}.pdf").write_bytes(long_pdf(pages))
    if bomb:
        if not _BOMB_CACHE.exists():
            tmp = _BOMB_CACHE.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(bomb_pdf())
            tmp.replace(_BOMB_CACHE)
        shutil.copy(_BOMB_CACHE, folder / "bomb.pdf")
    for seed in sorted((CORPUS / "seeds").glob("*.txt"))[:good]:
        shutil.copy(seed, folder / seed.name)
    return folder


if __name__ == "__main__":
    import sys

    target = make_corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "build/hostile"))
    for p in sorted(target.iterdir()):
        print(f"{p.stat().st_size:>10}  {p}")
