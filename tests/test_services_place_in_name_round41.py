"""Entities round 41: a place the sources read alone as the last word of a longer capitalised name in running text
("runs Explore Kent", "in partnership with Visit Somerset") is no place; a place after a sentence's or a line's first
words ("In Kent"), an acronym ("1RSME Brompton Barracks") or a table item's figure ("-£2.000m New Special School
Whitstable") stays one. Every text is a paragraph of the corpus paper, read as the evaluation reads it."""

from __future__ import annotations

KEY_SERVICES = "corpus/kent/Appendix G - Key Service Statement.txt"
SOMERSET = "corpus/seeds/004_4330630ba5c986a6.txt"
QPR = "corpus/pdf/QPR Q3 Cabinet appendix 1.pdf"
MINUTES = "corpus/kent/19 December 2024 - County Council minutes.txt"
CMPB = "corpus/kent/Appendix 1 - Kent CMPB 2024 Annual Report.txt"
FINANCE = "corpus/pdf/24-00108 - Finance Monitoring Report - Q3 - November 2024-25.pdf"
COVENANT = "corpus/kent/Final Kent CC Armed Forces Covenant - Annual Report 2024.txt"


def _place_found(nlp, paper: str, marker: str, place: str) -> bool:
    """Whether a PLACE mention is read on `place` where it stands in `marker` (the first paragraph holding it)."""
    from miner.evaluation.entities import document_text, paragraphs
    from miner.model import TextUnit

    doc_id, text = document_text(paper)
    offset, chunk = next((o, c) for o, c in paragraphs(text) if marker in c)
    start = chunk.index(marker) + marker.index(place)
    doc = nlp.make_doc(chunk)
    doc._.miner_unit = TextUnit(f"{doc_id}-probe", None, None, "body", "other", None, offset, chunk)
    doc = next(iter(nlp.pipe([doc])))
    return any(s._.miner_record.label == "PLACE" and s._.miner_record.start - offset == start
               and s._.miner_record.end - offset == start + len(place) for s in doc.spans["miner_mentions"])


def test_a_place_closing_a_longer_name_is_no_place(services_nlp):
    assert not _place_found(services_nlp, KEY_SERVICES, "runs Explore Kent", "Kent")
    assert not _place_found(services_nlp, KEY_SERVICES, "and Virtual Schools Kent", "Kent")
    assert not _place_found(services_nlp, SOMERSET, "in partnership with Visit Somerset", "Somerset")
    assert not _place_found(services_nlp, QPR, "and Made Smarter South East", "South East")
    assert not _place_found(services_nlp, MINUTES, "Trusts, Doctors' Association UK", "UK")


def test_a_place_after_a_sentence_start_an_acronym_or_a_figure_stays(services_nlp):
    # guards passing on the old code too
    assert _place_found(services_nlp, CMPB, "In Kent there are currently", "Kent")
    assert _place_found(services_nlp, COVENANT, "at 1RSME Brompton Barracks", "Brompton Barracks")
    assert _place_found(services_nlp, FINANCE, "New Special School Whitstable", "Whitstable")
