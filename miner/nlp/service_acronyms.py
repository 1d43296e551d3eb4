"""Acronyms a paper defines in brackets, as a source of `miner_services`.

"Youth Offending Team (YOT)" puts YOT in a per-document table, so later bare "YOT"
mentions carry `entity="Youth Offending Team"`. Definitions of jobs, laws and
scales are not bodies and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from miner.canonical import KNOWN_ACRONYMS, bare_acronym_use
from miner.nlp.acronyms import AcronymDefinition, find_definitions, initials_spell
from miner.nlp.service_names import (
    Candidate,
    council_cue_spans,
    is_acronym_owner,
    is_genre_title,
    is_owner,
    young_peoples_council,
)
from miner.nlp.service_terms import HEAD_LABELS, LOWER_CASE_HEADS, ROLE_WORDS, TERMS

# councils listed by area and tier before one plural "Councils" (`elided_councils_after`; entities round 67)
_ELIDED_COUNCIL_TIERS = frozenset(TERMS["elided_council_tiers"])
_ELIDED_COUNCILS_AFTER = re.compile(TERMS["elided_councils_after"])

_NOT_BODY_LAST_WORDS = frozenset(TERMS["not_body_long_form_last_words"])
# posts that are no role of management: a long form ending on one names a person's job, as role_words do
_POST_WORDS = frozenset({"advisor", "adviser", "worker", "navigator", "coordinator", "co-ordinator"})
_PLURAL_BODY_HEADS = frozenset(TERMS["plural_body_heads"])
_LAW_YEAR = re.compile(r"(?:19|20)\d\d")
_POSSESSIVE = ("'s", "’s")
_DEFINITION_HEADS: dict[str, str] = TERMS["definition_heads"]
_NOT_NAME_HEADS = frozenset(TERMS["not_name_heads"])
# "the inspection of local authority children's services (ILACS)" names an inspection framework, not the services
_NOT_NAME_FIRST_WORDS = frozenset(TERMS["not_name_first_words"])
_DOCUMENT_KINDS = tuple(TERMS["document_kinds"])
_INITIALS_SKIP = frozenset(TERMS["initials_skip_words"])
_INITIALS_LABELS = frozenset(TERMS["initials_labels"])
_INITIAL_WORD = re.compile(r"[A-Z][a-z]+")
# a council named by its tier alone, whose two initials a paper writes for it: "the PC website" (Norfolk parish
# minutes 2020); other two-word names' initials are too often something else ("UK" of "University of Kent", "MC")
_COUNCIL_BY_TIER = re.compile(r"(?:Parish|Town|Community|Borough|District|County|City) Council")
_NOT_FIRST_WORDS = frozenset(TERMS["not_first_words"])
_LOWER_PLURAL_KIND_HEADS = frozenset(TERMS["lower_plural_kind_heads"])
_PLURAL_KIND_HEADS = frozenset(TERMS["plural_kind_heads"])
_SPECIFIC_DETERMINERS = frozenset(TERMS["specific_determiners"])
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])([a-z]+)[ \t]+$")
_UNIT_KINDS_AFTER = frozenset(TERMS["unit_kinds_after_acronym"])
_BOARD_KINDS_AFTER = frozenset(TERMS["board_kinds_after_acronym"])


def acronym_candidates(text: str, labelled: list[Candidate], table: dict,
                       known: list[Candidate] | None = None) -> list[Candidate]:
    """Long and short forms of the acronyms a unit defines, and bare uses of those defined so far.

    `labelled` are the unit's other candidates, which give a definition its label and fullest
    long form; `table` (acronym -> (long form, label)) is the document's and grows here.
    """
    found = []
    named = [c for c in labelled if c.source != "base" and c.label != "_GENERIC"]
    gazetteer = {text[c.start : c.end]: c.label for c in named if c.source == "gazetteer"}
    cued = council_cue_spans(text)  # "the Borough Council (BC)": one body, not the kind
    generic = {(c.start, c.end) for c in labelled if c.label == "_GENERIC"} - cued
    unlabelled: list[AcronymDefinition] = []
    for d in find_definitions(text):
        d = _without_trailing_comma(_without_period(_name_before_cell_break(text, d, named)))
        words = d.long.split()
        if (service := _post_service(text, d, words)) is not None:
            table[d.short] = (service, "SERVICE")
            found.append(Candidate(d.long_start, d.long_end, "SERVICE", "acronym", 2, service))
            found.append(Candidate(d.short_start, d.short_end, "SERVICE", "acronym", 4, service))
            continue
        if words[-1] in _NOT_BODY_LAST_WORDS or (len(words) > 2 and _LAW_YEAR.fullmatch(words[-1])
                                                 and words[-2] in _NOT_BODY_LAST_WORDS):
            # a law names no body, nor do its initials where the paper uses them alone: 'By Part 4 and s.58, Domestic
            # Abuse Act 2021 ("DAA") ...', then "The DAA requires a DALPB to:" (West Berkshire constitution)
            table[d.short] = (" ".join(words), "_GENERIC")
            found.append(Candidate(d.short_start, d.short_end, "_GENERIC", "acronym", 4))
            continue
        if words[0].lower() in ROLE_WORDS or "/" in d.long and not any(
                (c.start, c.end) == (d.long_start, d.long_end) for c in named):
            continue  # a job ("Director of Children's Services (DCS)"), a law ("Data Protection Act (DPA)")
            # or a scale ("Red/Amber/Green (RAG)"); not a named body with a slash ("the Entry/Exit System (EES)",
            # Kent minutes 2024-25, a system the gazetteer knows)
        lower = d.long[:1].islower()  # "the holiday activities and food programme (HAF)"
        # (a kind of body with its place before it is one body: "Saltmarsh Business Improvement District (BID)",
        # written for the probe, where the long form found by its initials is the kind alone)
        placed = any(c.end == d.long_end and c.start < d.long_start and c.label != "_GENERIC"
                     and _is_name_prefix(text[c.start : d.long_start]) for c in named)
        if (lower and ((d.short_start, d.short_end) in generic or words[-1].lower() in _NOT_NAME_HEADS)) or (
                " ".join(words).lower() in _generic_names() and not placed
                and (d.long_start, d.long_end) not in cued) or _is_job(words) or _is_document(words):
            # one child's plan or an order, not a programme: "a child protection plan (CPP)", "the public spaces
            # protection order (PSPO)", "Every child has a Personal Education Plan (PEP)" (written for the probe);
            # nor is its acronym
            table[d.short] = (" ".join(words), "_GENERIC")
            found.append(Candidate(d.short_start, d.short_end, "_GENERIC", "acronym", 4))
            if _is_job(words) or _is_document(words):  # nor is the job's title or the document, whatever the NER calls it
                found.append(Candidate(d.long_start, d.long_end, "_GENERIC", "acronym", 4))
            continue
        if lower and words[-1] in _LOWER_PLURAL_KIND_HEADS and d.long.islower() and "of" not in words:
            # a kind of service every area has, written in lower case, and its initials (`lower_plural_kind_heads`):
            # "indicators for youth offending services (YOS)" (Telford and Wrekin Cabinet 2020; entities round 58);
            # not a thing "of" such services ("Ofsted's inspection of local authority children's services (ILACS)")
            table[d.short] = (" ".join(words), "_GENERIC")
            found.append(Candidate(d.short_start, d.short_end, "_GENERIC", "acronym", 4))
            found.append(Candidate(d.long_start, d.long_end, "_GENERIC", "acronym", 4))
            continue
        if (not lower and words[-1] in _PLURAL_KIND_HEADS and "of" not in words
                and (before := _LOWER_WORD_BEFORE.search(text, max(0, d.long_start - 30), d.long_start))
                and before.group(1) not in _SPECIFIC_DETERMINERS):
            # the kind of team every area has, capitalised, after a lower-case word that points at no given teams,
            # and its initials: "requested that all Youth Offending Teams (YOTs) complete a self-assessment" (Blackpool
            # Youth Offending Team improvement plan 2020; entities round 59), as `service_names._bare_plural`
            table[d.short] = (" ".join(words), "_GENERIC")
            found.append(Candidate(d.short_start, d.short_end, "_GENERIC", "acronym", 4))
            found.append(Candidate(d.long_start, d.long_end, "_GENERIC", "acronym", 4))
            continue
        if (words[-1].lower() in _PLURAL_BODY_HEADS and "of" not in words) or is_genre_title(words):
            # (a body "of" a kind of body is one body: "the National Network of Parent Carer Forums (NNPCF)")
            # a kind of body ("Community Safety Partnerships (CSP)") or of paper ("the Quarterly Performance
            # Report (QPR)", written for the probe): its acronym names no body in this paper, even where the
            # gazetteer knows it as one (a "_GENERIC" hit vetoes the span)
            table[d.short] = (" ".join(d.long.split()), "_GENERIC")
            # nor its singular: "Primary Care Networks (PCNs)" ... "each PCN"; but a standard body every council has
            # one of is the council's own in the singular: "Health Overview and Scrutiny Committees (HOSCs)" ... "the
            # Terms of Reference for HOSC" (Kent JHOSC terms of reference report 2025)
            if len(d.short) > 2 and d.short.endswith("s") and d.short[:-1] not in KNOWN_ACRONYMS:
                table[d.short[:-1]] = table[d.short]
            found.append(Candidate(d.short_start, d.short_end, "_GENERIC", "acronym", 4))
            continue
        # The fullest name ending where the long form ends: "Medway Clinical Commissioning Group".
        covering = [c for c in named if c.end == d.long_end and c.start <= d.long_start
                    and _is_name_prefix(text[c.start : d.long_start])
                    and not _needless_opener(text[c.start : d.long_start], d)
                    and not _inspectorate_before_inspection(text[c.start : d.long_start], words)]
        # on equal spans the gazetteer's label wins, then a rule's over the model's, as in `resolve`
        # ("Transport for Cornwall (TfC)": the transport-body rule's ORG, not the model's PLACE)
        best = max(covering, key=lambda c: (c.end - c.start, c.priority, c.source != "model"), default=None)
        best = _with_topic_acronym(text, best, d)
        # a generic noun right after the brackets says what the body is: "No Use Empty (NUE) scheme"
        after = _words_after(text, d)
        after_label = HEAD_LABELS.get(after[0].strip(".,;:").lower()) if after and after[0].islower() else None
        if after_label and HEAD_LABELS.get(words[-1].lower().strip("'")) not in (None, after_label):
            after_label = None  # the long form's own head: "Integrated Care Partnership (GMICP) strategy" is the Partnership
        if (not after_label and after and after[0][:1].isupper() and after[0].lower() in _UNIT_KINDS_AFTER
                and HEAD_LABELS.get(words[-1].lower().strip("'")) is None):
            # a capitalised kind of service after the brackets says what a long form with no head of its own is: "The
            # Children, Schools and Families (CSF) Directorate" (Surrey Cabinet 2012; entities round 48)
            after_label = "SERVICE"
        if (not after_label and after and after[0][:1].isupper()
                and after[0].strip(".,;:").lower() in _BOARD_KINDS_AFTER
                and HEAD_LABELS.get(words[-1].lower().strip("'")) is None):
            # and a capitalised kind of meeting body says it names that body: "This new group will be named
            # Combatting Drugs & Alcohol (CDA) Meeting" (Barking and Dagenham; entities round 55), not the NER's ORG
            after_label = "BOARD"
        after_label = after_label or _kind_after_modifier(after)
        first_label = HEAD_LABELS.get(words[0].lower()) if words[0].lower() in _NOT_NAME_FIRST_WORDS else None
        # a council of young people is a board whatever its initials look like: "Kent Youth County Council (KYCC)"
        # one of councils listed by area and tier before a plural "Councils" is a council: "Forest Heath District
        # (FHDC) and St Edmundsbury Borough (SEBC) Councils" (West Suffolk 2018; entities round 67)
        label = ("BOARD" if young_peoples_council(" ".join(words)) else None) or (
            "ORG" if len(words) >= 2 and words[-1] in _ELIDED_COUNCIL_TIERS
            and _ELIDED_COUNCILS_AFTER.match(text, d.long_end) else None) or _known_short_label(
            d.short, words, gazetteer) or after_label or first_label or (best.label if best else None)
        label = label or HEAD_LABELS.get(words[-1].lower().strip("'")) or _DEFINITION_HEADS.get(words[-1].lower())
        if not lower:  # a lower-case long form is a name only by the gazetteer or its kind word
            # else the label the model or rules gave the short form itself: "(DSPR)", "(QPRM)"
            label = label or next((c.label for c in named if (c.start, c.end) == (d.short_start, d.short_end)), None)
            # else what the model or rules called a name inside the long form: "Fostering for Adoption"
            label = label or next((c.label for c in named if d.long_start <= c.start and c.end <= d.long_end), None)
        if label is None and not lower:
            # else the label of a name the paper has yielded before, as the long form: "the hedge on the West Dereham
            # (WD) side" after "West Dereham Parish Council" (Norfolk parish minutes 2016)
            label = next((c.label for c in known or () if (c.start, c.end) == (d.long_start, d.long_end)), None)
        label = label or _head_before_preposition_label(words) or _one_word_name_label(words)
        if label is None:
            unlabelled.append(d)
            continue
        start, end = _without_possessives(text, best.start if best else d.long_start, d.long_end)
        # one line, as the paper means it; a scheme in lower case by the gazetteer's name for it
        long_form = " ".join(text[start:end].split())
        if lower:  # "the integrated care board (ICB)" -> "Integrated Care Board"
            known = KNOWN_ACRONYMS.get(d.short, "")
            long_form = (best.entity if best else None) or (known if known.lower() == long_form.lower() else long_form)
            if after_label and not HEAD_LABELS.get(words[-1].lower()):
                # its kind word after the brackets completes a name written in lower case:
                # "the healthy empowering relationships advisory (HERA) service"
                long_form = f"{long_form} {after[0].strip('.,;:')}"
        kind = after[0].strip(".,;:") if after and after[0].islower() else ""
        named_with_kind = (not lower and d.short_start < d.long_start and HEAD_LABELS.get(kind) == label
                           and not long_form.lower().endswith(kind))
        if named_with_kind:
            # so does it after an acronym defined before its long form: "the new ILACS (Inspection of Local Authority
            # Children's Services) framework" (Medway 2018) is the Inspection of Local Authority Children's Services
            # Framework, as Medway 2020 names it
            long_form = f"{long_form} {kind.capitalize()}"
        table[d.short] = (long_form, label)
        if (len(d.short) > 2 and d.short.endswith("s") and d.short[-2].isupper() and long_form.endswith("s")
                and d.short[:-1] not in KNOWN_ACRONYMS and d.short[:-1] not in table):
            # a plural long form's acronym in the singular names one of them: "the Local Area Agreements (LAAs)" ...
            # "The aim of the LAA was to identify ..." (West Berkshire Health and Wellbeing Board agenda item)
            table[d.short[:-1]] = (long_form[:-1], label)
        found.append(Candidate(start, end, label, "acronym", 2, long_form if lower or named_with_kind else None))
        found.append(Candidate(d.short_start, d.short_end, label, "acronym", 4, long_form))
    found += _members_by_initials(text, unlabelled, found, table)
    found += _loose_definitions(text, named, table, {d.short_start for d in find_definitions(text)})
    for short, (long_form, label) in table.items():
        if short not in text:  # cheap test before the regex; most units use few acronyms
            continue
        for m in bare_acronym_use(short).finditer(text):
            start = _area_before(text, m.start(), long_form) if long_form else m.start()
            found.append(Candidate(start, m.end(), label, "acronym", 4, long_form))
    return found


# the labels of a defined acronym that names a body of its own, whose name opens another's without being part of it
_OWNER_LABELS = frozenset(TERMS["acronym_owner_labels"])
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")


def acronyms_opening_names(text: str, candidates: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """`kept` (the candidates left after the vetoes, where a longer name swallows an acronym's hit) with a defined
    body's acronym back where it opens a longer name of two or more capitalised words more: the body's name, then
    the thing it owns or runs. "the SELEP Growing Places Fund (GPF)", "IPPH Prevention Subcommittee Action Plan" (Kent
    QPR 2024, ICS activity appendix 2025) name the South East Local Enterprise Partnership and its fund, the
    committee and its subcommittee, as the gold has them. The longer name is cut to what follows the acronym. A one-word
    rest is the body's own part ("KCC Highways", "ASCH Operations", "CYPE Directorate"), and a programme's acronym
    is left whole ("KCP Need Framework" names the programme's framework, "KMBF Loan Schemes" its loans), as is a
    council's, which opens the names of its own teams, plans and panels ("KCC Refugee Resettlement Team", "KCC
    Integrated Care Strategy", Kent CMPB report 2024 and ICS delivery plan report 2025)."""
    swallowed = [c for c in candidates if c.source == "acronym" and c.entity and c.label in _OWNER_LABELS
                 and c not in kept and _CAPITALISED_WORD.fullmatch(text[c.start : c.end])
                 and c.entity.split()[-1].lower() != "council"]
    kept = _programme_before_its_parts(text, candidates, kept)
    if not swallowed:
        return kept
    out = list(kept)
    for short in swallowed:
        for wide in [w for w in out if w.start == short.start and w.end > short.end and w.source in ("rule", "model")]:
            rest = text[short.end : wide.end]
            words = rest.split()
            # (an "and" inside the rest too: "The GSAB Safeguarding Adult Review and Complex Cases Sub-group",
            # Gateshead Safeguarding Adults Board annual report 2023; entities round 58)
            if not rest[:1].isspace() or len(words) < 2 or not all(
                    _CAPITALISED_WORD.fullmatch(w) or (0 < i < len(words) - 1 and w in ("and", "&"))
                    for i, w in enumerate(words)):
                continue
            out.remove(wide)
            out.append(short)
            out.append(Candidate(wide.end - len(rest.lstrip()), wide.end, wide.label, wide.source, wide.priority,
                                 weak=wide.weak))
            break
    return out


_PLURAL_PART_HEADS = frozenset(TERMS["plural_part_heads"])


def _programme_before_its_parts(text: str, candidates: list[Candidate], kept: list[Candidate]) -> list[Candidate]:
    """A programme's acronym the paper defines before a plural kind word names the programme, and its parts are no
    name of their own: "Since the reopening of the KMBF Loan Schemes" (Kent QPR 2024, after "the Kent and Medway
    Business Fund (KMBF)") is the Fund; a singular part keeps its name ("KCP Need Framework")."""
    shorts = [c for c in candidates if c.source == "acronym" and c.entity and c.label == "PROGRAMME"
              and c not in kept and _CAPITALISED_WORD.fullmatch(text[c.start : c.end])]
    if not shorts:
        return kept
    out = list(kept)
    for short in shorts:
        for wide in [w for w in out if w.start == short.start and w.end > short.end and w.source in ("rule", "model")
                     and w.label == "PROGRAMME"]:
            words = text[short.end : wide.end].split()
            if words and words[-1].lower() in _PLURAL_PART_HEADS and all(w[:1].isupper() for w in words):
                # nor are the words after the acronym a name alone ("Loan Schemes")
                out = [c for c in out if not (c is wide or short.end <= c.start and c.end <= wide.end
                                              and c.source in ("rule", "model"))]
                out.append(short)
                break
    return out


def remember_initials(text: str, resolved: list[Candidate], table: dict) -> None:
    """A paper's names by their initials, for the acronyms it uses without defining them: after "The Governance
    Working Party was established ...", a bare "GWP" is that party (Kent Governance Update 2025), not the model's
    programme; a council by its tier alone too: after "the Parish Council", "the PC website" is that council (Norfolk
    parish minutes 2020). A bracketed definition (it overwrites the entry) and the gazetteer's standard acronyms win; the
    first name with given initials keeps them."""
    for c in resolved:
        if c.label not in _INITIALS_LABELS or c.source not in ("rule", "model", "gazetteer"):
            continue
        name = " ".join(text[c.start : c.end].split())
        fewest = 2 if _COUNCIL_BY_TIER.fullmatch(name) else 3
        for initials in [name_initials(name, fewest=fewest), *_more_initials(name)]:
            if initials and initials not in table and initials not in KNOWN_ACRONYMS:
                table[initials] = (name, c.label)


def _more_initials(name: str) -> list[str | None]:
    """Other initials a paper writes for its own name: a hyphenated word's parts each give a letter and the area's
    name before the body gives none ("CMPB" for "Kent and Medway Civilian-Military Partnership Board", Kent CMPB
    report 2024)."""
    words = name.split()
    lead = 0
    while lead < len(words) and (words[lead] in _places() or (lead and words[lead].lower() in _INITIALS_SKIP)):
        lead += 1
    while lead and words[lead - 1].lower() in _INITIALS_SKIP:
        lead -= 1
    bodies = [" ".join(words[lead:])] if lead else []
    forms = [name, *bodies]
    return [name_initials(f.replace("-", " ")) for f in forms if "-" in f] + [name_initials(f) for f in bodies]


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns()
                     if p["label"] == "PLACE" and isinstance(p["pattern"], str) and " " not in p["pattern"])


def _area_before(text: str, start: int, long_form: str) -> int:
    """Where the area's name before a bare acronym starts, when the long form opens with that area: "Kent & Medway CMPB"
    for the "Kent and Medway Civilian-Military Partnership Board" (Kent CMPB report 2024); else `start`."""
    words = long_form.split()
    lead = 0
    while lead < len(words) and (words[lead] in _places() or (lead and words[lead].lower() in ("and", "&"))):
        lead += 1
    while lead and words[lead - 1].lower() in ("and", "&"):
        lead -= 1
    if not lead or lead == len(words):
        return start
    body = r"\s+".join(r"(?:and|&)" if w.lower() in ("and", "&") else re.escape(w) for w in words[:lead])
    m = re.search(rf"(?<![\w'-]){body}[ \t]+$", text[max(0, start - 80) : start])
    return start - (len(m.group(0)) if m else 0)


def name_initials(name: str, fewest: int = 3) -> str | None:
    """"GWP" for "Governance Working Party": `fewest` or more capitalised words, connectors left out."""
    words = [w for w in name.split() if w.lower() not in _INITIALS_SKIP]
    if len(words) < fewest or not all(_INITIAL_WORD.fullmatch(w) for w in words):
        return None
    return "".join(w[0] for w in words)


def acronym_with_kind(name: str, table: dict) -> str | None:
    """The expansion of "<acronym> <kind word>" where the paper defined the acronym for that kind of body or for
    a post: "The IRO Service's annual report" after "The IRO (Independent Reviewing Officer) service" (written for
    the probe) is the Independent Reviewing Officer Service. Other acronyms with a kind word are left to the
    canonical stage ("SEND Service" is not the "Special Educational Needs and Disabilities Service")."""
    words = name.split()
    if len(words) != 2 or words[0] not in table or words[1].lower() not in HEAD_LABELS:
        return None
    long_form, label = table[words[0]]
    if long_form is None:  # initials known by their label alone (`_short_reference`)
        return None
    if long_form.lower().endswith(" " + words[1].lower()):
        return long_form
    if label == "_GENERIC" and (_is_job(long_form.split()) or long_form.split()[-1].lower() in _POST_WORDS):
        return f"{long_form} {words[1]}"
    return None


def _name_before_cell_break(text: str, d: AcronymDefinition, named: list[Candidate]) -> AcronymDefinition:
    """The long form cut back to a name that opens it and ends at a line break, where the name's own initials spell
    the acronym and the words after the break do not belong to it: a PDF table's next cell run in, "the Office for
    Product Safety and Standards\nCommunity\n(OPSS)" (Kent finance monitoring report 2024-25)."""
    if "\n" not in d.long:
        return d
    for c in named:
        if (c.start == d.long_start and c.end < d.long_end and text[c.end] == "\n"
                and initials_spell(d.short, text[c.start : c.end])):
            return replace(d, long=text[c.start : c.end], long_end=c.end)
    return d


_PREPOSITIONS = frozenset(TERMS["definition_head_prepositions"])
_PLAN_PERIOD = re.compile(r"\s+(?:%s)\s+\d{4}(?:\s?[-–/]\s?\d{2,4})?$" % "|".join(
    sorted((re.escape(p).replace("\\ ", r"\s+") for p in TERMS["plan_period_lead_ins"]), key=len, reverse=True)))


def _without_trailing_comma(d: AcronymDefinition) -> AcronymDefinition:
    """A long form without the comma before its brackets: "provided by the Gloucestershire Youth Justice Partnership
    Board, (GYJPB), comprising" (Gloucestershire Cabinet 2019; entities round 56) defines the Board."""
    long = d.long.rstrip(",; \t")
    if long == d.long or not long:
        return d
    return replace(d, long=long, long_end=d.long_start + len(long))


def _without_period(d: AcronymDefinition) -> AcronymDefinition:
    """The long form without a plan's period after its head word: "the second Climate Emergency Response Plan for the
    period 2022-24 (CERP2)" (Durham Cabinet 2022) defines the Plan (`plan_period_lead_ins`)."""
    m = _PLAN_PERIOD.search(d.long)
    if m and m.start() and HEAD_LABELS.get(d.long[: m.start()].split()[-1].lower()) == "PROGRAMME":
        return replace(d, long=d.long[: m.start()], long_end=d.long_start + m.start())
    return d


def _head_before_preposition_label(words: list[str]) -> str | None:
    """The kind word before a long form's first "of", "to" or "for" labels a name its last word does not:
    "CATIE(Countywide Approach to Inclusive Education)" (Kent ICS activity appendix 2025) is an approach, a
    programme, not an education."""
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lowered) if w in _PREPOSITIONS), 0)
    if at < 1 or not words[at - 1][:1].isupper():
        return None
    head = lowered[at - 1].strip("'’")
    return HEAD_LABELS.get(head) or _DEFINITION_HEADS.get(head)


# the label of a one-word name nothing else labels
_ONE_WORD_NAME_LABEL = "ORG"


def _one_word_name_label(words: list[str]) -> str | None:
    """A single capitalised word a paper defines by the initials of its parts is a firm's or a body's coined name:
    "Richard Stimson (RS), Compliance Manager, at Glazewing (GW)" (Norfolk parish minutes 2016), then "GW continue
    to remind all drivers"; `find_definitions` keeps only one-word long forms its acronym cuts into parts."""
    if len(words) != 1 or not words[0][:1].isupper() or words[0].lower() in HEAD_LABELS or "/" in words[0]:
        return None
    return _ONE_WORD_NAME_LABEL


_KIND_MODIFIERS = frozenset(TERMS["definition_kind_modifiers"])


def _kind_after_modifier(after: list[str]) -> str | None:
    """The label of a kind word one budget word after a definition's brackets: "the Local Electric Vehicle
    Infrastructure (LEVI) capital project" (Kent County Council minutes 13 Feb 2025) is a programme, as "No Use Empty
    (NUE) scheme" is; the first word alone says nothing ("capital")."""
    if len(after) < 2 or after[0] not in _KIND_MODIFIERS:
        return None
    head = after[1].split(None, 1)[0].strip(".,;:")
    return LOWER_CASE_HEADS.get(head) if head.islower() else None


def _words_after(text: str, d: AcronymDefinition) -> list[str]:
    """The first word after a definition and the rest of the line's start: after "(NUE)" in "No Use Empty (NUE)
    scheme", after "(Independent Reviewing Officer)" in "The IRO (Independent Reviewing Officer) service"."""
    close = max(d.short_end, d.long_end) + 1
    return text[close : close + 40].split(None, 1)


def _post_service(text: str, d: AcronymDefinition, words: list[str]) -> str | None:
    """The service a post's acronym names when a service word follows the definition: "The IRO (Independent
    Reviewing Officer) service raised 17 escalations", "The Independent Domestic Violence Advisor (IDVA) service,
    delivered by ..." (written for the probe) name the Independent Reviewing Officer Service, as "the healthy
    empowering relationships advisory (HERA) service" names a service (Kent QPR 2024). Without it the post is no
    body ("The Designated Clinical Officer (DCO)")."""
    if not (_is_job(words) or words[-1].lower() in _POST_WORDS):
        return None
    after = _words_after(text, d)
    kind = after[0].strip(".,;:") if after else ""
    if not kind.islower() or HEAD_LABELS.get(kind) != "SERVICE":
        return None
    return " ".join(words + [kind.capitalize() if words[-1][:1].isupper() else kind])


def _is_job(words: list[str]) -> bool:
    """A long form ending in a job word names a post, not a body: "The Designated Clinical Officer (DCO) for
    the ICB" (written for the probe), "Designated Safeguarding Lead (DSL)"."""
    return len(words) >= 2 and words[-1].lower() in ROLE_WORDS


def _is_document(words: list[str]) -> bool:
    """A long form naming a kind of document: "Data Protection Impact Assessment (DPIA)", "Proposed Record of
    Decision (PROD)" (Kent ICS delivery plan report 2025)."""
    return " ".join(words).lower().endswith(_DOCUMENT_KINDS)


def _known_short_label(short: str, words: list[str], gazetteer: dict[str, str]) -> str | None:
    """The gazetteer's label on a defined acronym: a name it lists ("DfE"), or a council's initials for a council;
    the paper's own long form says what other initials a council-like pattern matched are ("Making Every Contact
    Count (MECC) training", written for the probe, is no council "ME CC")."""
    label = gazetteer.get(short)
    if label is None or short in _gazetteer_phrases() or words[-1].lower() == "council":
        return label
    return None


@lru_cache(maxsize=1)
def _gazetteer_phrases() -> frozenset[str]:
    """The gazetteer's names written out (not its token patterns)."""
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if isinstance(p["pattern"], str))


@lru_cache(maxsize=1)
def _generic_names() -> frozenset[str]:
    """The gazetteer's generic names ("Child Protection Plan", "Family Hubs") in lower case."""
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"].lower() for p in load_patterns()
                     if p["label"] == "_GENERIC" and isinstance(p["pattern"], str))


def _without_possessives(text: str, start: int, end: int) -> tuple[int, int]:
    """The long form without its owner or its possessive ending: "the Government's Regional Growth
    Fund (RGF)" names the Regional Growth Fund, "the Kent Community Safety Trust's (KCST) role" the Trust."""
    if text[start:end].endswith(_POSSESSIVE):
        end -= 2
    words = text[start:end].split()
    owner = words[0][:-2] if len(words) > 1 and words[0].endswith(_POSSESSIVE) else ""
    if is_owner(owner) or (len(words) > 2 and is_acronym_owner(words[0])):
        # (and a national body's initials: "the DCMS Museum Estate and Development Fund (MEND)")
        start = text.index(words[1], start + len(words[0]))
    return start, end


def _needless_opener(prefix: str, d: AcronymDefinition) -> bool:
    """A plan's verb before a long form whose own initials spell the acronym: "Support Kent Association of Local
    Councils (KALC)" (Kent ICS activity appendix 2025); "Support Services for Education (SSE)" (Somerset 2019) needs
    its first word."""
    words = prefix.split()
    return bool(words) and words[0].lower() in _NOT_FIRST_WORDS and initials_spell(d.short, d.long)


def _inspectorate_before_inspection(prefix: str, words: list[str]) -> bool:
    """The inspectorate before its inspection's definition is a name of its own: "the Ofsted Inspection of Local
    Authority Children's Services (ILACS)" (Cheshire East children's committee minutes 2022) names Ofsted and the
    inspection, not one "Ofsted Inspection of ..."."""
    return prefix.strip().lower() in _INSPECTORATE_WORDS and bool(words) and words[0].lower() in _NOT_NAME_FIRST_WORDS


_INSPECTORATE_WORDS = frozenset(TERMS["inspectorate_words"])


# a topic's acronym and "and" opening a long form, after an article or a line's start: "The SEND and " of "The SEND
# and Alternative Provision Change Programme Partnership (CPP)"
_TOPIC_ACRONYM_AND = re.compile(r"(?:^|(?<=\n)|(?<=[Tt]he[ \t]))([A-Z]{2,6})[ \t]+(?:and|&)[ \t]+$")


def _with_topic_acronym(text: str, best, d: AcronymDefinition):
    """The fullest name of a definition opens on a topic's acronym joined by "and" where no source read that far: "the
    SEND and Alternative Provision Change Programme Partnership (CPP)" (written for the probe; the ruler starts at
    "Alternative"); an owner's initials are no topic ("the KCC and Medway Partnership" is two bodies' partnership)."""
    if best is None:
        return best
    m = _TOPIC_ACRONYM_AND.search(text, max(0, best.start - 16), best.start)
    if m is None or is_acronym_owner(m.group(1)) or not _is_name_prefix(text[m.start(1) : d.long_start]):
        return best
    return Candidate(m.start(1), best.end, best.label, best.source, best.priority, best.entity, best.weak)


def _is_name_prefix(text: str) -> bool:
    """At most three capitalised words before a long form: "Medway " in "Medway Clinical Commissioning Group",
    "Children's Social Care " in "Children's Social Care Quarterly Performance Review Meetings (QPRM)",
    with "&" or "and" between two of them: "Kent & " in "Kent & Medway Investment Advisory Board (IAB)",
    "Northshire and Westvale " in "The Northshire and Westvale Integrated Care Board (ICB)", "SEND and Alternative
    Provision " in "the SEND and Alternative Provision Change Programme Partnership (CPP)" (written for the probe)."""
    words = text.split()
    joined = [i for i, w in enumerate(words) if w in ("&", "and")]
    return not words or (len(words) - len(joined) <= 3 and words[0][:1].isupper() and all(
        w[:1].isupper() or (i in joined and i + 1 < len(words) and i + 1 not in joined) for i, w in enumerate(words)))


_BRACKETED_CAPITALS = re.compile(r"[ \t]*\(([A-Z]{3,7})\)")
_LOOSE_LABELS = frozenset({"BOARD", "ORG", "SERVICE", "PROGRAMME"})


def _loose_definitions(text: str, named: list[Candidate], table: dict, defined: set[int]) -> list[Candidate]:
    """An acronym in brackets right after a name the rules or the model found, spelt by some of its words' initials
    rather than all of them: "Kent and Medway NHS Joint Overview and Scrutiny Committee (JHOSC)", "the Medway Health
    and Adult Social Care Overview and Scrutiny Committee (HASC)" (Kent JHOSC report 2025), where the strict match
    finds no long form. Its first letter is a word's initial and its last the head word's, which is a body's or
    plan's kind word; its letters are word initials in order."""
    found = []
    for c in named:
        if c.label not in _LOOSE_LABELS or c.source not in ("rule", "model", "gazetteer"):
            continue
        m = _BRACKETED_CAPITALS.match(text, c.end)
        if m is None or m.start(1) in defined or m.group(1) in table or m.group(1) in KNOWN_ACRONYMS:
            continue
        words = text[c.start : c.end].split()
        if HEAD_LABELS.get(words[-1].lower()) is None:
            continue
        if not _spelt_in_order(m.group(1), words):
            if _short_reference(m.group(1), words):
                # the initials take the short form's label, not its words: the paper's full name, defined later
                # ("Safeguarding Children Board (MSCB)" in a contents list before "Medway Safeguarding Children
                # Board (MSCB)", Medway 2018), names them when the paper is completed
                table[m.group(1)] = (None, c.label)
                found.append(Candidate(m.start(1), m.end(1), c.label, "acronym", 4, None))
            continue
        name = " ".join(words)
        table[m.group(1)] = (name, c.label)
        found.append(Candidate(m.start(1), m.end(1), c.label, "acronym", 4, name))
    return found


def _short_reference(short: str, words: list[str]) -> bool:
    """A body called by a shorter form of its name before the full name's initials: "several key criticisms of the
    Safeguarding Board (SLSCB)" (Slough scrutiny 2017, the Slough Local Safeguarding Children Board; entities round
    54). The short form's words' initials are letters of the acronym in order, the head word's its last letter, and
    the acronym spells two letters or more besides."""
    initials = [w[0].upper() for w in words if w[:1].isalpha()]
    if len(initials) < 2 or len(short) < len(initials) + 2 or short[-1] != initials[-1]:
        return False
    it = iter(short[:-1])
    return all(letter in it for letter in initials[:-1])


def _spelt_in_order(short: str, words: list[str]) -> bool:
    """The letters of `short` are initials of `words` in order, the first letter a word's and the last the last
    word's; an acronym of four letters or more may hold one letter for a word the name leaves out ("JHOSC": the
    Health of a Joint Health Overview and Scrutiny Committee)."""
    initials = [w[0].upper() for w in words if w[:1].isalpha()]
    if not initials or short[-1] != initials[-1] or short[0] not in initials[:-1]:
        return False
    i, missed = initials.index(short[0]) + 1, 0
    for letter in short[1:-1]:
        j = next((k for k in range(i, len(initials) - 1) if initials[k] == letter), None)
        if j is None:
            missed += 1
        else:
            i = j + 1
    return missed <= (1 if len(short) >= 4 else 0)


_PERSONAL_NAME = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?(?: [A-Z](?:[a-z]+|['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)?){1,2}")


def _members_by_initials(text: str, unlabelled: list[AcronymDefinition], found: list[Candidate],
                         table: dict) -> list[Candidate]:
    """Members listed with their initials in brackets, one of whom no model found: "PRESENT (6 Councillors): - Claire
    Cann (CC) – Chairman, Pam Bullas (PB), ..." (Norfolk parish minutes 2016), where "Pam Bullas (PB)" is a person's
    definition. In a unit that defines a person's initials, another definition of two or three capitalised words
    whose initials spell it exactly, none of them a kind word, is a person's too."""
    if not unlabelled or not any(c.label == "PERSON" and c.source == "acronym" for c in found):
        return []
    out = []
    for d in unlabelled:
        long_form = " ".join(d.long.split())
        words = long_form.split()
        if (not _PERSONAL_NAME.fullmatch(long_form) or "".join(w[0] for w in words) != d.short
                or any(w.lower() in HEAD_LABELS or w.lower() in ROLE_WORDS for w in words)):
            continue
        table[d.short] = (long_form, "PERSON")
        out.append(Candidate(d.long_start, d.long_end, "PERSON", "acronym", 2))
        out.append(Candidate(d.short_start, d.short_end, "PERSON", "acronym", 4, long_form))
    return out


_PERSON_TITLE_WORDS = frozenset(TERMS["person_titles"])
_PERSON_NAME_WORD = re.compile(r"[A-Z](?:[a-z'’]+(?:-[A-Z][a-z]+)?|\.)?")
_PERSON_INITIALS = re.compile(r"[A-Z]{2,3}")
_DIGIT_AFTER = re.compile(r"[ \t]*\d")
# (entities round 79) a police rank's initials before a name are the rank: "PC Matthew French firstly gave apologies"
# (Thame Town Council 2019), not the initials of a member named earlier
_POLICE_RANK_INITIALS = frozenset(TERMS["police_ranks"])
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_NOT_INITIALS_WORDS = frozenset(w.upper() for w in TERMS["file_size_words"]) | frozenset(
    TERMS["context_named_services"]) | frozenset(TERMS["not_name_acronyms"])
_INITIALS_PERSON_LABELS = frozenset(TERMS["person_initials_not_labels"])


def remember_people(text: str, resolved: list[Candidate], people: dict[str, str]) -> list[Candidate]:
    """The initials of the people a paper names, for the minutes that write a member by them alone: "Cllr Karin
    Newell KN" in the attendance list, then "KN to pass Garden of Remembrance book to Clerk" and "Prop KN 2nd RL"
    (Norfolk parish minutes 2014); "Jason Moorse, NCC Area Manager West, Highways (JM)", then "passed onto JM"
    (2020). The first person with given initials keeps them. A person's initials written right after the name, as
    an attendance list gives them ("Cllr Roger Lankfer RL"), are a mention of that person too, and no part of the
    name: `resolved` with them cut off or added."""
    taken = [(c.start, c.end) for c in resolved]
    out = []
    for c in resolved:
        out.append(c)
        if c.label != "PERSON":
            continue
        words = [w for w in text[c.start : c.end].split() if w not in _PERSON_TITLE_WORDS]
        own = None
        if len(words) >= 3 and _PERSON_INITIALS.fullmatch(words[-1]) and words[-1] == "".join(
                w[0] for w in words[:-1]) and all(_PERSON_NAME_WORD.fullmatch(w) for w in words[:-1]):
            own = text.rindex(words[-1], c.start, c.end)  # "Roger Lankfer RL": the name, then its initials
            c.end = len(text[c.start : own].rstrip()) + c.start
            out.append(Candidate(own, own + len(words[-1]), "PERSON", c.source, c.priority, " ".join(
                text[c.start : c.end].split())))
            words = words[:-1]
        if not 2 <= len(words) <= 3 or not all(_PERSON_NAME_WORD.fullmatch(w) for w in words):
            continue
        name = " ".join(text[c.start : c.end].split())
        initials = "".join(w[0] for w in words)
        people.setdefault(initials, name)
        if len(words) == 3:
            people.setdefault(words[0][0] + words[2][0], name)
        if own is None and (m := _INITIALS_AFTER_NAME.match(text, c.end)) and m.group(1) == initials and not any(
                s < m.end(1) and m.start(1) < e for s, e in taken):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", c.source, c.priority, name))
    return sorted(out, key=lambda c: c.start)


_INITIALS_AFTER_NAME = re.compile(r"[ \t]+([A-Z]{2,3})(?![\w'’-])")


def people_over_line_breaks(text: str, resolved: list[Candidate], people: dict[str, str]) -> list[Candidate]:
    """A person the paper has named whole, named again with the name broken over a line: "RESOLVED to appoint
    Councillor Mark Pritchard as Vice-chair", then "Councillor Mark\nPritchard (Wrexham County Borough Council)";
    "Emyr Williams (Eryri\nNational Park Authority)", then "It was noted that Emyr\nWilliams (Eryri ..." (North Wales
    Corporate Joint Committee 2024; entities round 67). The NER read the title and the forename alone, or the surname
    as a place: the span becomes the name (without its title, as a full name is written)."""
    known = {" ".join(w for w in v.split() if w not in _PERSON_TITLE_WORDS) for v in people.values()}
    taken = {(c.start, c.end) for c in resolved}
    out, joined = [], []
    for c in resolved:
        words = text[c.start : c.end].split()
        if c.label == "PERSON" and words and text[c.end : c.end + 1] == "\n" and (
                m := _NEXT_LINE_WORD.match(text, c.end)):
            forenames = [w for w in words if w not in _PERSON_TITLE_WORDS]
            name = " ".join(forenames + [m.group(1)])
            if forenames and name in known:
                first = c.start + text[c.start : c.end].index(forenames[0])
                joined.append(Candidate(first, m.end(1), "PERSON", c.source, c.priority, name))
                out.append(joined[-1])
                continue
        if c.label != "PERSON" and len(words) == 1 and (
                m := _LAST_WORD_OF_LINE.search(text, max(0, c.start - 40), c.start)) and (
                name := f"{m.group(1)} {words[0]}") in known and not any(
                s < c.start and m.start(1) < e for s, e in taken if (s, e) != (c.start, c.end)):
            joined.append(Candidate(m.start(1), c.end, "PERSON", c.source, c.priority, name))
            out.append(joined[-1])
            continue
        out.append(c)
    # a span inside a joined name (the surname read on its own) is the same person
    return [c for c in out if not any(j.start <= c.start and c.end <= j.end and j is not c for j in joined)]


# the first word of the next line, a capitalised name; and a capitalised word ending the line before a span
_NEXT_LINE_WORD = re.compile(r"\n([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])")
_LAST_WORD_OF_LINE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\n$")


def people_by_initials(text: str, resolved: list[Candidate], people: dict[str, str], table: dict) -> None:
    """Relabel PERSON a body or place the trained NER or the base model read in a person's initials
    (`remember_people`), where nothing else names them: not an acronym the paper defines or the gazetteer knows ("BC"
    after "the Borough Council (BC)", "NCC")."""
    for c in resolved:
        short = text[c.start : c.end]
        if ((c.label in _INITIALS_PERSON_LABELS or c.label == "PERSON" and c.entity is None)
                and c.source in ("model", "base") and _PERSON_INITIALS.fullmatch(short)
                and short in people and short not in table and short not in KNOWN_ACRONYMS
                and short not in _gazetteer_words()):
            c.label, c.entity = "PERSON", people[short]
    # and where no name was read at all: NER 0.7.0 leaves the bare initials of "KN to pass Garden of Remembrance book
    # to Clerk" (Norfolk parish minutes 2014) unread, which 0.6.0 read as a body (entities round 62)
    taken = [(c.start, c.end) for c in resolved]
    for short, name in people.items():
        if (short in table or short in KNOWN_ACRONYMS or short in _gazetteer_words() or short in _NOT_INITIALS_WORDS
                or not _PERSON_INITIALS.fullmatch(short)):
            continue  # (nor a unit or a function by its letters: "271.08 KB", "urgent HR issues")
        for m in re.finditer(r"(?<![\w'’&/-])" + short + r"(?![\w'’&/-])", text):
            before = text[max(0, m.start() - 30) : m.start()].split()
            if short in _POLICE_RANK_INITIALS and _NAME_AFTER.match(text, m.end()):
                continue
            if _DIGIT_AFTER.match(text, m.end()) or (before and before[-1][:1].isupper() and before[-1][-1:].isalpha()):
                continue  # a policy's code ("DM 2; DM 3"), a post-nominal ("Canon Peter Bruinvels CC"), "I AM cards"
            if not any(s < m.end() and m.start() < e for s, e in taken):
                resolved.append(Candidate(m.start(), m.end(), "PERSON", "propagated", 1, name))
                taken.append((m.start(), m.end()))
    resolved.sort(key=lambda c: c.start)


@lru_cache(maxsize=1)
def _gazetteer_words() -> frozenset[str]:
    from miner.nlp.service_ruler import load_patterns

    return frozenset(p["pattern"] for p in load_patterns() if isinstance(p["pattern"], str) and " " not in p["pattern"])
