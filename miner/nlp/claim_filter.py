"""What is not a claim: numbers that are dates, references, labels, ages, ranges, schedules.

`masked_spans` marks the character ranges whose numbers are never claims (dates,
periods, times, phones, postcodes, references); `not_a_claim` judges one quantity
by the words around it and says why it is not a claim. The cue words are in
`patterns/claim_cues.json` and `patterns/units.json` ("not_claim_*").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from miner.nlp.claim_cues import cue_alternation, cue_words
from miner.nlp.claim_indicator import names_any
from miner.nlp.claim_relations import changed_by_before
from miner.nlp.dates import find_dates, find_periods
from miner.nlp.doctext import text_of
from miner.nlp.numbers import QuantityMatch, clock_durations, money_scale_captions, unit_words


@cache
def _label_before() -> re.Pattern[str]:
    """A name or a reference ends right before the number: "section 17", "Levels 2 and 3", "s.17", "per 100,000"."""
    return re.compile(
        rf"(?:\b(?:{cue_alternation('label_before')})\s*(?:(?:\d+(?:\.\d+)*(?:\(\w{{1,4}}\))*|one|two|three)\s*(?:,|and|or|to|&)\s*){{0,3}}|"  # "sections 32, 43 and 93", "Sections 14.15 to 14.22", "Sections 16(2)(b) and 20", "quarters one and two"
        rf"\b(?:{cue_alternation('label_colon_before')})\s*:\s*|"  # "Agenda Item: 8"
        rf"(?<=[a-z])(?-i:{cue_alternation('glued_label_before')})\s+|"  # "set out atTable 1": a PDF's lost space
        r"\bss?\.\s?|\bper\s+|[\-/]|"  # "s.17", "S.74": a section of an Act; "per 100,000": a rate's base
        r"\bss?\.?\d+(?:\.\d+)*\s*(?:(?:,|and|or|to|&)\s*\d+(?:\.\d+)*\s*){0,2}(?:,|and|or|to|&)\s*)$",  # "(s14.21 and 14.22)"
        re.I,
    )


@cache
def _label_dash_run() -> re.Pattern[str]:
    """A label noun, a dash, then a run of small numbers ("Five Options – 1, 2,3 4 and 5 were detailed"): the run is the
    labels the noun names, however it is punctuated (`claim_cues.json` label_before)."""
    return re.compile(rf"\b(?:{cue_alternation('label_before')})[ \t]*[–—-][ \t]*(?:\d{{1,2}}[ \t]*(?:,|and|or|&)?[ \t]*){{0,8}}$", re.I)


@cache
def _label_range_before() -> re.Pattern[str]:
    """"from <label> N <its name> to ": the number after "to" is the other end's label, not a figure (a virement between
    budget codes; `claim_cues.json` label_before), as many digits as the first."""
    return re.compile(rf"\bfrom\s+(?:[\w-]+\s+)?(?:{cue_alternation('label_before')})\s*(?P<code>\d+)\s+(?-i:[A-Z])[^.;:\d\n]{{0,80}}\bto\s+$", re.I)


@cache
def _age_before() -> re.Pattern[str]:
    """Ages: "aged 16", "between the ages of 0-18", "aged 18 to 25", "aged over 21", "post 16 transport"."""
    words = "|".join(w for w, v in unit_words()["number_words"].items() if v <= 30)  # "aged five to eleven"
    return re.compile(rf"\b(?:(?:{cue_alternation('age_before')})\s+(?:from\s+|of\s+|between\s+|over\s+|under\s+)?"
                      rf"(?:(?:\d{{1,2}}|{words})\s*(?:to|and|-|–)\s*)?|(?:post|pre)[- ])$", re.I)


# ("the local 10- to 17-year-old population": the first age of a range written with its hyphen hanging)
# People, then a range of ages with no "aged": "44 care leavers between 18-25", "young people between 16 - 19"
_PEOPLE_BETWEEN_AGES = re.compile(r"\b(?:care\s+leavers|young\s+(?:people|adults)|children|adults|pupils|students|learners)\s+"
                                  r"between\s+\d{1,2}\s?[-–]\s?$", re.I)
_AGE_AFTER = re.compile(r"^\s?(?:(?:[-–&]|and|or|[-–]\s?to)\s?\d+\s?)?[- ]?(?:year[- ]?olds?|years? old|yrs?\b|-year)", re.I)
# "0-25", "8–19", "24 – 28 February"; not a row of figures whose next cell is negative ("12,609.4 -20,766.2")
_RANGE_AFTER = re.compile(r"^(?!\s[-−]\d)\s?[-–]\s?\d")
_RANGE_BEFORE = re.compile(r"\d(?:[-–]|\s[–]|\s?[-–]\s)$")  # not "8,788.0 -14,832.6" (a negative cell)
_YEARLIKE_AFTER = re.compile(r"^[-\s]?(?!Year (?:R|\d{1,2})\b)(?:years?\b|year[- ]|yearly|hours? a week|o'clock|am\b|pm\b|a\.m|p\.m)", re.I)
_TIME = re.compile(r"\b\d{1,2}[.:][0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.|hrs)\b|\b\d{1,2}:\d\d\b|\b\d{1,2}\s?(?:am|pm)\b", re.I)
_PHONE = re.compile(r"(?<!\d)0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
# "24/00109", "18(7)", and measure codes of a framework such as ASCOF's "2A(2)", "1C(2a)"
_REFERENCE = re.compile(r"\b\d+/\d+(?:/\d+)*\b|\b\d+[A-Z]{0,2}\(\d+[a-z]?\)|\b\d+:\d+\b")
# a sentence opening on a figure and a lower-case word, after a paragraph number: "4.1 22 schools are ..."
_FIGURE_OPENS_AFTER = re.compile(r"^[ \t]+\d[\d,]*(?:\.\d+)?%?[ \t]+[a-z]")
_LIST_NUMERAL_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*▪●o]\s+)?(?:\(?[ivxlc\d]+[.)]\s*)*\(?$", re.I)


# "268 a year earlier", "a year ago": when the figure was, not how often
_NOT_AGO = r"(?!\s+(?:earlier|ago|before|previously|later|on)\b)"


@cache
def _frequency_after() -> re.Pattern[str]:
    """Frequencies and opening hours: "seven days a week", "4 nights each week", "x3 a year"."""
    nouns = cue_alternation("frequency_nouns")
    return re.compile(rf"^\s?(?:(?:[a-z][\w-]*\s+){{0,2}}(?:{nouns})\s*|\s*)(?:a|per|each|every)\s+(?:week|day|month|year|term)\b{_NOT_AGO}", re.I)


@cache
def _service_number() -> re.Pattern[str]:
    """A public service's telephone number before what it names (`claim_cues.json` "service_numbers"): "999 calls"."""
    return re.compile(rf"(?:{cue_alternation('service_numbers')})\s+(?:{cue_alternation('service_number_nouns')})\b", re.I)


# a bare count this large before "a year" ("to 16,000 a year") is a yearly volume; a smaller one ("4 a year") a frequency
_YEARLY_VOLUME = 100
# the average or number of a measure, then its verb, right before a figure: "the average number of ... was"
_AVERAGE_LEVEL_BEFORE = re.compile(r"\b(?:average|mean)\b[^.;:]{0,120}\b(?:was|were|is|are|stood at|of)\s+$", re.I)


@cache
def _meeting_attendance_after() -> re.Pattern[str]:
    """How many attended the meeting itself ("There were 4 members of the public present"): procedure."""
    return re.compile(rf"^\s+(?:{cue_alternation('meeting_attendees')})\s+(?:were\s+)?(?:present|in\s+attendance)\b", re.I)


# a tally after its number: "(8 in favour, 1 abstention)", "12 votes for", "by 30 votes to 12"
_VOTE_AFTER = re.compile(r"^\s+(?:(?P<votes>votes?)\s+)?(?:in\s+favour|against|abstentions?|abstained|abstaining|for\b(?=\s*[,;)]|\s+and\b)|to\s+\d)", re.I)
# members' questions to a meeting, how many were put or answered: the meeting's procedure, like a vote tally
# ("Twenty general questions had been received for the meeting", "apart from two questions asked by Councillor ...")
_QUESTIONS_PUT_AFTER = re.compile(r"^\s+(?:members'?\s+|general\s+|written\s+|public\s+|supplementary\s+)?questions?\s+"
                                  r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:submitted|put|asked|received|tabled|answered)\b|"
                                  r"(?:asked|put|submitted|tabled)\s+by\b)", re.I)
# the line of minutes listing who attended: "Present:", "Also present:", "In attendance:"
# (with a count of who in brackets before the colon: "PRESENT (Six Councillors):- Tom Foy ...")
_PRESENT_LINE = re.compile(r"^\s*(?:(?:also\s+)?present|in\s+attendance|attendance)\s*(?:\([^()\n]{0,40}\)\s*)?:", re.I)
# "There was 1 member of the public.": how many attended, with no "present" after
_THERE_WAS_BEFORE = re.compile(r"\bthere\s+(?:was|were)\s+$", re.I)
# a minutes' paragraph numbers run together: "8.1/ 8.2/ 8.3 The Standard Working Party Terms of Reference were discussed"
_NUMBERS_RUN_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d+(?:\.\d+)+\s*/\s*)+$")
_NUMBERS_RUN_AFTER = re.compile(r"^\s*/\s*\d+(?:\.\d+)+")


@cache
def _payment_list_before() -> re.Pattern[str]:
    """A payments list's head (`claim_cues.json` "payment_reference_heads") before a row's reference number."""
    return re.compile(rf"\b(?:{cue_alternation('payment_reference_heads')})\b", re.I)


@cache
def _street_after() -> re.Pattern[str]:
    """A capitalised street name right after a house number (`claim_cues.json` "street_suffixes"), or the street word
    alone before the comma of an address whose name the page lost ("the Council Chamber, 50 Road, Magherafelt")."""
    suffix = f"(?-i:(?:{cue_alternation('street_suffixes').title()}))"
    # a town after the street is still an address ("23 High Street Northwold Deadline for comments"; claims round 41),
    # a capitalised word and then a lower-case one is not ("3 Green Flag awards")
    return re.compile(rf"^\s+(?:(?:The\s+)?(?:[A-Z][a-z]+\s+){{1,3}}{suffix}\b(?!\s+[A-Z][a-z]+\s+[a-z])(?!\s+[A-Z][a-z]+$)"
                      rf"|{suffix},\s+[A-Z][a-z])")


@cache
def _meeting_attendees_after() -> re.Pattern[str]:
    """Who attended, right after the number, on a line of minutes listing who was present."""
    return re.compile(rf"^\s+(?:{cue_alternation('meeting_attendees')})\b", re.I)


# who addressed a meeting: "The Committee heard from two care leavers", "welcomed three young people"
_HEARD_FROM_BEFORE = re.compile(r"\b(?:heard\s+(?:directly\s+)?from|welcomed|received\s+(?:a\s+)?(?:presentations?|deputations?)\s+from)\s+(?:the\s+)?$", re.I)
_MET_BEFORE = re.compile(r"\b(?:met|meets|meet|has\s+met|have\s+met|sat|convened)\s+(?:on\s+)?$", re.I)
_ANNUALLY_AFTER = re.compile(r"^(?:\s+times)?\s+(?:annually|yearly|weekly|monthly|daily|a\s+(?:year|week|month|day|term))\b" + _NOT_AGO, re.I)
# how often, written as one word with its number: "more frequently than 6-monthly", "on a 12-weekly cycle"
_EVERY_N_AFTER = re.compile(r"^-(?:monthly|weekly|yearly|daily|hourly)\b", re.I)
_YEARS_OLD_AFTER = re.compile(r"\s+(?:old|of\s+age)\b", re.I)  # "16 years old"
_AGE_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d{1,2}\s+years?[\s-]+(?:old|of\s+age)\b", re.I)  # "17 to 21 years old"
# Ages written "16+", "21+" (an age band, not a count); larger numbers ("300+ duties") are counts.
_AGE_PLUS_AFTER = re.compile(r"^\+(?!\s?%)")
# an older age band named before a rate or closing a label or cell: "admissions 65+ per 100,000", "Population 65+ |"
_AGE_BAND_PLUS_AFTER = re.compile(r"^\+[ \t]*(?:per\b|population\b|years?\b|yrs\b|[|)\n]|$)", re.I)
# an older people's age band before who they are: "65+ residents", "85+ population" (not "50+ volunteers")
_OLDER_BAND_PLUS_AFTER = re.compile(r"^\+[ \t]*(?:residents?|people|adults?|population|age\s+group)\b", re.I)
# "a third party", "third-party": a compound, not a fraction.
_NOT_FRACTION_AFTER = re.compile(r"^[- ]part(?:y|ies)\b", re.I)
# "a Quarter 1 score": the quarter's number after "a quarter", which is then no fraction
_QUARTER_NUMBER_AFTER = re.compile(r"^[ \t]+[1-4]\b(?![.,]\d|\s*%)")


@cache
def _years_measure_before() -> re.Pattern[str]:
    """Words naming a measure of time earlier in the clause (`claim_cues.json` "years_measures")."""
    # also across brackets and a comparison later in the sentence: "... is 61.2 years for men ..., compared with 63.1
    # and 63.9 years for England", "(79.3 and 83.2 years)"
    return re.compile(rf"\b(?:{cue_alternation('years_measures')})\b(?:[^.;:]|\.(?=\d)){{0,160}}$", re.I)


@cache
def _clock_measure_before() -> re.Pattern[str]:
    """Words naming a response or waiting time earlier in the clause (`units.json` "clock_duration_before",
    "minutes_measure_before"): a figure in minutes is a claim only of such a measure."""
    # (across a PDF's line breaks: "average speed of\nanswer ... at 42 seconds"; and a bracket's colon: "(Q2 2023/24:
    # 6 minutes 10 seconds)")
    words = "|".join(w.replace(" ", r"\s+") for w in unit_words()["clock_duration_before"] + unit_words()["minutes_measure_before"])
    return re.compile(rf"\b(?:{words})\b(?:[^.;\n]|\n(?!\s*\n)|\.(?=\d)){{0,110}}$", re.I)


@cache
def _duration_schedule() -> re.Pattern[str]:
    """A duration after these is a schedule or the period of another figure: "every three months", "within 2 hours"."""
    return re.compile(rf"\b(?:{cue_alternation('schedule_before')})\s+(?:about\s+|around\s+|a further\s+|another\s+|just\s+|only\s+)?$", re.I)


# "or more", "or above": a share drawing a line, not a level ("... 20 per cent or more")
_OR_BEYOND_AFTER = re.compile(r"^\s*or\s+(?:more|above|over|higher|greater|less|below|under|lower|fewer)\b(?!\s+of\b)", re.I)
# "The 12 months to December 2024", "the 6 weeks ending 31 March": a period, not a figure.
_PERIOD_ENDING_AFTER = re.compile(r"^\s+(?:to|ending|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:\d|January|February|March|April|May|June|July|"
                                  r"August|September|October|November|December|Q[1-4]|Quarter|the\s+end)", re.I)
# "reviews waiting over 12 months", "waited more than 18 weeks": the threshold that defines a count.
# also past what is waited for: "waiting for an annual review for more than 12 months" (not "the wait was over 34 days")
_WAITING_BEFORE = re.compile(r"\b(?:waiting|waited|wait|waits)\s+(?:for\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){1,4}?)?(?:for\s+)?"
                             r"(?:over|more\s+than|longer\s+than|in\s+excess\s+of|under|less\s+than)\s+$", re.I)
# The lower end of a range: "10 to 11 percent", "400 to 700 staff", "9 to 36-month" (the upper
# number is the claim); "from 80 to 90" and "decreased by 80 to 475" are a change instead, read by `claim_relations`.
_RANGE_TO_AFTER = re.compile(r"^\s+to\s+(?:about\s+|around\s+)?\d", re.I)
_RANGE_AND_AFTER = re.compile(r"^\s+and\s+\d", re.I)
FROM_BEFORE = re.compile(r"\bfrom\b[^,;.\d]{0,25}$", re.I)  # "from the current 80 to 90" is a change
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:about\s+|around\s+|approximately\s+)?$", re.I)
# The upper end of an amount range written with a hyphen: "between 35-40 inhouse fostering beds", "(between 1-3 per school".
# (or after a word of approximation: "stabilised ... at around the 340-365 mark")
_BETWEEN_RANGE_BEFORE = re.compile(r"\b(?:between\s+(?:about\s+|around\s+|approximately\s+)?|(?<!aged\s)(?<!ages\s)(?:about|around|approximately|roughly|circa)\s+(?:the\s+)?)"
                                   r"\d+(?:\.\d+)?\s?[-–]\s?$", re.I)
# A band named by its position, not a figure: "in the low to mid 90%", "the high 80s".
_VAGUE_BAND_BEFORE = re.compile(r"\bthe\s+(?:(?:low|mid|high)\s+to\s+)?(?:low|mid|high)[- ]?$", re.I)
# A decade: "since deregulation in the 1980's", "the 1990s".
_DECADE_AFTER = re.compile(r"^'?s\b")
# A month then a day or short year, without a full date: "from April 25", "on March 3rd,".
_MONTH_DAY = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\s+\d{1,2}(?:st|nd|rd|th)?\b"
                        r"(?=\s*(?:[,.;:)]|$|to\b|and\b|[-–]|£|meetings?\b))", re.M)  # "Minutes of June 18 meeting"
# A day and month without a year: "On 6 February I cycled", "the meeting on 23 May last year".
# (not the pence of an amount before a month: "Stamps £6.60 February Hours £297.64")
_DAY_MONTH = re.compile(r"(?<![\d.,])\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
# a month and a two-digit year right before a payment row's amount: "N Cooper Clerks Salary Jun 17 328.61",
# "Westcotec Streetlight Maint May 18 19.10" (the row's month, not a count; claims round 41)
_MONTH_SHORT_YEAR_AMOUNT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t]+\d{2}"
                                      r"(?=[ \t]+£?\d[\d,]*\.\d\d(?![\d.]))")
# a telephone number written in pairs after its code: "EA hotline 0800 80 70 60"
_PHONE_PAIRS = re.compile(r"(?<![\d.,])0\d{3}(?:[ \t]\d{2,3}){3}(?![\d,]|\.\d)")
# A day, a month and a two-digit year: "Balance on accounts as at 20th Oct 20 £23,578.38" (not "on 3 March 25 children").
_DAY_MONTH_SHORT_YEAR = re.compile(r"(?<![\d.,])\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
                                   r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
                                   r"Dec)\s+\d{2}\b(?![.,]\d)(?!\s*(?:%|[a-z]))")


@cache
def _vote_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in unit_words()["not_claim_vote_words"])
    return re.compile(rf"(?:^|\n)\s*(?:{words})\s*[:(]\s*$", re.I)


@cache
def _threshold_category_before() -> re.Pattern[str]:
    """ "Significant Risks (over ", "Variances over ": the figure after it is the line a category is drawn at."""
    return re.compile(rf"\b(?:{cue_alternation('threshold_categories')})\s*(?:\(\s*)?(?:over|under|above|below|more\s+than|less\s+than|"
                      r"greater\s+than|up\s+to|at\s+least)\s+£?$", re.I)


def _register_threshold(text: str, q: QuantityMatch, before: str) -> bool:
    """A sum members must register or declare above, in a sentence naming gifts or hospitality (`claim_cues.json`
    register_threshold_nouns): "to the value of which exceeds £50", "a cumulative value of £50 or more"."""
    lead = re.search(r"\b(?:exceed(?:s|ing)?|value\s+of|in\s+excess\s+of)\s+$", before.rstrip("£"), re.I)
    if not lead and not re.match(r"\s+(?:or|and)\s+(?:more|over|above)\b", text[q.end : q.end + 15], re.I):
        return False
    start = max(text.rfind(".", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    end = min(i for i in (text.find(".", q.end), text.find("\n", q.end), len(text)) if i >= 0)
    return re.search(rf"\b(?:{cue_alternation('register_threshold_nouns')})\b", text[start:end], re.I) is not None


def _key_decision_test(text: str, q: QuantityMatch) -> bool:
    """A figure in a line naming a key decision test ("over the financial threshold (£75,000)", "a significant impact
    on 2 or more wards"; `claim_cues.json` key_decision_tests): the template's line, not the report's figure."""
    start = max(text.rfind(".", 0, q.start), text.rfind("\n", 0, q.start)) + 1
    end = min(i for i in (text.find("\n", q.end), text.find(". ", q.end), len(text)) if i >= 0)
    return re.search(rf"\b(?:{cue_alternation('key_decision_tests')})\b", text[start:end], re.I) is not None


@cache
def _threshold_lead() -> re.Pattern[str]:
    """ "with assets greater than ", "if the turnover is lower than ": the figure after it draws a group's or a
    condition's line (`claim_cues.json` threshold_leads)."""
    return re.compile(rf"(?:{cue_alternation('threshold_leads')})\s+$", re.I)


@cache
def _group_definition() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A measure's definition that draws its group by a count of what each member has, and a time window closing
    it: in "% of children with 3 or more placements" and "children in care who have more than 1 allocated social
    worker in 12 months" the 3, the 1 and the 12 months define who is counted (`claim_cues.json` group_definition_nouns)."""
    lead = (rf"\b(?:{cue_alternation('group_definition_nouns')})\b(?:\s+[\w'’-]+){{0,3}}?\s+"
            r"(?:with|who\s+(?:have|has|had)(?:\s+had)?|having(?:\s+had)?)\s+")
    line = r"(?:(?:more|fewer|less)\s+than|over|at\s+least|under)\s+"
    window = (rf"{lead}(?:{line})?(?:\d+|one|two|three|four|five|six)(?:\s+or\s+(?:more|fewer))?\s+[^.;:\n\d]{{0,50}}?"
              r"\b(?:in|within|over|during)\s+(?:the\s+(?:last|past)\s+)?$")
    return re.compile(rf"{lead}(?P<line>{line})?$", re.I), re.compile(window, re.I)


# a singular label that opens a clause, then a comma: "At Key Stage 4, ", "In Year 6, ", "In Phase 2, " (a list of
# labels takes the plural, "Levels 2, 3 and 4")
_SINGULAR_LABEL_COMMA_BEFORE = re.compile(r"\b(?:key\s+stage|stage|year|level|phase|round|tier|wave|cohort)\s*\d{1,2}\s*,\s*$", re.I)
_OR_MORE_AFTER = re.compile(r"^\s+or\s+(?:more|fewer|less|above|over)\b(?!\s+of\b)", re.I)
_NOUN_OR_MORE_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){1,2}or\s+(?:more|fewer|less|above|over)\b(?!\s+of\b)", re.I)
# "within the 5% threshold": the tolerance a RAG status is drawn at, not a figure ("breached the 5,700 threshold" is one)
_WITHIN_THE_BEFORE = re.compile(r"\bwithin\s+(?:the|a|our|its|their)\s+$", re.I)
_LINE_NOUN_AFTER = re.compile(r"^\s+(?:threshold|tolerance|margin|limit)s?\b", re.I)
# "the month 6 budget monitoring report": the budget month names a report, not a count
_MONTH_LABEL_BEFORE = re.compile(r"\b(?:month|period)\s+$", re.I)
_BUDGET_REPORT_AFTER = re.compile(r"^\s+(?:budget|monitoring|revenue|capital|finance|financial|forecast|outturn|report|position|return)\b", re.I)
# a count before a singular unit of time is an adjective ("a 12 hour cycle"); a count of hours takes the plural
# ("45 day visits" may count visits, so a day, week, month or year only after "a": "a 12 month contract")
_UNIT_ADJECTIVE_AFTER = re.compile(r"^[ \t]*-?[ \t]*(hour|minute|day|week|month|year)\b(?!\s*(?:old|of\b))", re.I)
# a numeral's plural: "withdrawn from over 18's", "in their 20’s": an age group or a decade, no count
_NUMERAL_PLURAL_AFTER = re.compile(r"^['’]s\b")


# a figure, then a bracket opening right before this one: "£10k (£2k in schools)"
_BRACKETED_AFTER_FIGURE = re.compile(r"£?\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn|million|billion|%)?[ \t]*\([ \t]*£?$", re.I)
# a definition drawn at a figure: "significant ... (currently defined by the Council as in excess of £1,000,000)"
_DEFINED_AS_BEFORE = re.compile(r"\bdefined\b[^.;]{0,40}?\bas\s+(?:in\s+excess\s+of|over|above|more\s+than|exceeding|at\s+least)\s+£?$", re.I)
# A sensitivity step, not a figure: "Each 1% is estimated to cost £14m", "for every £1 invested".
# a change both ways: "a 1% rise or fall in interest rates" (a treasury report's sensitivity), no change that happened
_BOTH_WAYS_AFTER = re.compile(r"^\s+(?:rise|increase|fall|decrease|reduction|change|movement)\s+or\s+(?:an?\s+)?"
                              r"(?:rise|increase|fall|decrease|reduction)\b", re.I)
# what each step costs: "Every £10m of prudential borrowing costs approximately £0.9m per annum"
_STEP_COST_BEFORE = re.compile(r"\b(?:each|every)\s+(?:additional\s+|extra\s+|further\s+)?£?\d[\d,.]*\s*(?:%|k|m|bn|million)?"
                               r"[^.;\d]{0,50}?\b(?:costs?|would\s+cost|is\s+estimated\s+to\s+cost)\s+(?:approximately\s+|"
                               r"around\s+|about\s+|roughly\s+|an\s+estimated\s+|c\.\s*)?£?$", re.I)
_STEP_BEFORE = re.compile(r"\b(?:each|every)\s+(?:additional\s+|extra\s+|further\s+)?£?$", re.I)
# A year in a list or span of years: "Net Zero 2030 and 2050", "between 2030 and 2045".
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d\s*(?:and|or|to|-|–|,)\s*$")
_YEAR_AFTER = re.compile(r"^\s*(?:and|or|to|until|till|-|–)\s*(?:19|20)\d\d\b")  # "a KCC Member from 1973 until 1993"
# what follows a target year: punctuation or a function word ("by 2050 is not an option"); "by 1900 places" counts
_YEAR_END_AFTER = re.compile(r"^(?:\s*$|\s*[,.;:)]|\s+(?:is|was|are|were|will|would|and|or|as|in|at|for|to|if|when|which|that|with)\b)", re.I)


@cache
def _scale_header() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('score_scale_words')})\b[^()]{{0,80}}?\(\s*(\d)\s*[-–]\s*(\d{{1,2}})\s*\)", re.I | re.S)


def score_scale(text: str) -> tuple[int, int] | None:
    """The scale a table's column head gives its scores ("Likelihood ... (1-5)" -> (1, 5)), if any."""
    m = _scale_header().search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


_FIGURES_LINE = re.compile(r"[ \t]*(?:[-£]?\d[\d,.]*%?[ \t]*)+")


def _figures_row(text: str, at: int) -> tuple[int, str] | None:
    """The line holding offset `at` (its start and text) when it is a row of two or more figures only."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return (line_start, line) if _FIGURES_LINE.fullmatch(line) and len(line.split()) >= 2 else None


def _opens_with_score(line: str, scale: tuple[int, int]) -> bool:
    first = line.split()[0]
    return first.isdigit() and scale[0] <= int(first) <= scale[1]


def is_score(text: str, q: QuantityMatch, scale: tuple[int, int] | None) -> bool:
    """The count at `q` opens a row of figures ("4 165.0") under a scored column: a score on the scale."""
    if scale is None or q.quantity.unit != "count" or q.is_word or not q.quantity.value.is_integer():
        return False
    row = _figures_row(text, q.number_start)
    return row is not None and not text[row[0] : q.number_start].strip() and _opens_with_score(row[1], scale)


def scored_row_figure(text: str, q: QuantityMatch, scale: tuple[int, int] | None) -> bool:
    """The figure at `q` follows the score on a scored row ("4 165.0"): the row's measure, in the unit
    the table's head gives it ("Estimated Annual Financial Exposure £m")."""
    if scale is None or q.quantity.unit != "count":
        return False
    row = _figures_row(text, q.number_start)
    return row is not None and bool(text[row[0] : q.number_start].strip()) and _opens_with_score(row[1], scale)


def header_money_scale(text: str) -> float | None:
    """The factor of a money caption in a table's head ("£m" -> 1e6), else None."""
    for pattern, factor in money_scale_captions():
        m = pattern.search(text)
        if m:
            return factor(m.group("mult"))
    return None


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges whose numbers are never claims (dates, periods, times, phones...)."""
    spans: list[tuple[int, int]] = []
    for start, end, iso in find_dates(text):
        if len(iso) == 4 and not 1990 <= int(iso) <= 2035:
            continue  # "2060 families" is a count, not a year
        spans.append((start, end))
    spans += [(s, e) for s, e, _ in find_periods(text) if not _DATED_FIGURE_AFTER_YEAR.match(text, s, e + 30)]
    clocks = [(q.start, q.end) for q in clock_durations(text)]  # "response time ... was 9:02": a figure, no clock time
    for regex in (_TIME, _PHONE, _PHONE_PAIRS, _POSTCODE, _REFERENCE, _DAY_MONTH, _MONTH_DAY, _DAY_MONTH_SHORT_YEAR,
                  _MONTH_SHORT_YEAR_AMOUNT):
        spans += [m.span() for m in regex.finditer(text) if m.span() not in clocks and not (
            regex is _REFERENCE and _SCORED_OVER.fullmatch(m.group()) and _SCORE_BEFORE.search(text[max(0, m.start() - 30) : m.start()]))]
    for caption, _factor in money_scale_captions():  # "£000s" heads a column; it is not £0
        spans += [m.span() for m in caption.finditer(text)]
    return spans


# not a span of years but a year, "to" and a figure dated after it: "increased from 19 at March 2024 to 31 at September
# 2024" (`dates.find_periods` reads "2024 to 31" as 2024-31)
_DATED_FIGURE_AFTER_YEAR = re.compile(r"\d{4}\s+to\s+\d{1,2}\s+(?:at|in|by|on|as\s+at)\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?"
                                      r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                                      r"|Q[1-4]|Quarter|\d{4})\b", re.I)
# a money range's upper end is money too: "awarded £310,000 to 47 businesses" is an amount and a count, no range
# (also "compared with £18,750 to 23 in 2024/25": a year's amount and count, dated)
_COUNT_AFTER_TO = re.compile(r"^\s?to\s+\d[\d,]*(?:\.\d+)?\s+(?:(?!(?:m|k|bn|mn|million|billion|thousand|pounds|per|and|or|in|at|on|by|for|of)\b)[a-z]{3,}"
                             r"|(?:in|during)\s+(?:19|20)\d\d\b)", re.I)
# a year of the paper's reporting, not a school year, before a figure: "During the year 168 children entered care"
_THE_YEAR_BEFORE = re.compile(r"\b(?:(?:during|over|throughout|across|for|in|within)\s+the|this|last|that|each|the\s+same)\s+"
                              r"(?:financial\s+|calendar\s+|whole\s+|past\s+)?year\s*,?\s*$", re.I)


# the lower age of a band right before a rate's figure: "18-64 per 100,000", "aged 0–17 per 10,000"
_AGE_RANGE_BEFORE = re.compile(r"(?<![\d.,])(?:[0-9]|1\d|2[0-5])\s?[-–]\s?$")
# a share drawing a line over part of a whole: "10% or more of possible sessions" (not "15.0% or lower", a target)
_SHARE_OR_MORE_OF = re.compile(r"^\s+or\s+(?:more|less|fewer|above|below|over|under)\s+of\b", re.I)


@cache
def _absence_threshold_before() -> re.Pattern[str]:
    """Words before a share of time that make it the line of an absence measure (`claim_cues.json`
    "absence_threshold_before"): "pupils missing 10% or more", "(missing 50% or more)"."""
    return re.compile(rf"\b(?:{cue_alternation('absence_threshold_before')})\s+$", re.I)


@cache
def _rating_band() -> re.Pattern[str]:
    """A line opening with a band of percentages, then the words rating it (`claim_cues.json` "band_ratings"):
    "Below 3% considered dangerous", "5% to 10% range considered minimal to acceptable"."""
    return re.compile(rf"\s*(?:[-•*]\s*)?(?:below|under|over|above|less\s+than|more\s+than|up\s+to)?\s*\d[\d.,]*\s?%"
                      rf"(?:\s*(?:to|-|–)\s*\d[\d.,]*\s?%)?\s+(?:{cue_alternation('band_ratings')})\b", re.I)


@cache
def _rag_band_line() -> re.Pattern[str]:
    """A line opening with a RAG status's name and "=", ":" or a dash (`claim_cues.json` "rag_band_names"): the
    status's definition ("Red = more than 10% off the Quarter 4 Target ...")."""
    return re.compile(rf"\s*(?:[-•*·o]\s+)?(?:{cue_alternation('rag_band_names')})\s*(?:=|:|–|-)\s", re.I)


# a percentage off, or within, a target: "10% off the Quarter 4 Target", "5% of target", "10% below the target"
_RAG_THRESHOLD_AFTER = re.compile(r"\s*(?:off|of|from|below|above|under|over)\s+(?:the\s+|its\s+)?(?:[\w/-]+\s+){0,3}?targets?\b", re.I)


@cache
def _share_threshold_before() -> re.Pattern[str]:
    """A share of a group, then the line that defines the group (`claim_cues.json` "group_threshold_words"):
    the second percentage is a threshold, not a figure."""
    return re.compile(rf"\d\s?(?:%|per\s?cent)\s+of\b[^.;:\n%]{{0,80}}?(?<!\band\s)(?<!\bor\s)(?<!\bbut\s)(?<!,\s)"
                      rf"\b(?:{cue_alternation('group_threshold_words')})\s+$", re.I)  # not "..., and over 80% got": a second figure


# a line of one figure and nothing else ("104", "74.58%", "£1.2m")
_BARE_FIGURE_LINE = re.compile(r"£?\d[\d,]*(?:\.\d+)?\s*(?:%|k|m|bn)?", re.I)


@cache
def _measure_label_head() -> re.Pattern[str]:
    """How a table row's label of a measure opens (`claim_cues.json` measure_label_heads): "Number of", "Percentage of"."""
    return re.compile(rf"^[\W_]*(?:{cue_alternation('measure_label_heads')})\b", re.I)


def _measure_label(line: str) -> bool:
    """A table row's label of a measure of the taxonomy and nothing more ("Number of Rough Sleepers newly engaged in
    the period"): opening as a measure does, no figure, no sentence's end; not a contents line's title ("Response to
    consultation – Seashells Family Hub" over its page number)."""
    return (0 < len(line) < 200 and _measure_label_head().match(line) is not None and not re.search(r"\d", line)
            and not re.search(r"[.:;!?,]\s*$", line) and names_any(line))


def _table_cell_alone(text: str, q: QuantityMatch) -> bool:
    """A figure alone on its line that no list numbers: one of 100 or more under a row label of words (a paper's
    paragraphs are not numbered so far), or one that splits a label wrapped at a dash ("Questionnaire -\n9\nEasy read")."""
    start = text.rfind("\n", 0, q.number_start) + 1
    end = text.find("\n", q.number_end)
    if text[start : end if end >= 0 else len(text)].strip() != text[q.number_start : q.number_end]:
        return False
    previous_line = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    if previous_line.rstrip().endswith(("-", "–")):
        return True
    following = text[end + 1 : end + 12] if end >= 0 else ""
    if re.match(rf"\s*{int(q.quantity.value) + 1}\b", following):
        return False  # "200\n201 CORE": rows numbered in turn
    if end < 0 or _BARE_FIGURE_LINE.fullmatch(text[end + 1 :].split("\n", 1)[0].strip()):
        # the last line of its unit, or over another figure alone on its line: a flattened table row's cell under a
        # label that names a measure ("Number of Rough Sleepers newly engaged in the period\n6"), or its second cell,
        # the target, under the first ("Number of households prevented or relieved from becoming homeless\n104\n112.5");
        # a list's numeral opens the line of its item's words instead
        if _measure_label(previous_line):
            return True
        lines_before = text[: max(0, start - 1)].split("\n")  # ending with previous_line
        if len(lines_before) >= 2 and _BARE_FIGURE_LINE.fullmatch(previous_line.strip()) and _measure_label(lines_before[-2].strip()):
            return True
    # under a row label of words ("Consultation document"), not a row of figures or a sentence's end
    return (q.quantity.value >= 100 and re.search(r"[A-Za-z]", previous_line) is not None
            and not re.search(r"[.:;!?]\s*$", previous_line))


_SPAN_HEAD = r"(?:months?|mths?|weeks?|wks?|years?|yrs?)\s+(?:to|ending)\b"  # "12 mths to": a column's span
# the lower bound of a range before its upper one ("at 6-8 weeks", "within 10 to 12 weeks")
_RANGE_START = re.compile(r"\d[\d.]*\s*(?:-|–|to)\s*$")


# a figure a correction replaces: "a correction within the report that ... affected 35 businesses and not 15 as outlined"
_CORRECTED_BEFORE = re.compile(r"\b(?:and\s+)?not\s+(?:the\s+)?(?:£\s?)?$", re.I)


@cache
def _corrected_after() -> re.Pattern[str]:
    """ "15 as outlined": the figure a correction replaces (`claim_cues.json` correction_verbs)."""
    return re.compile(rf"[\w%]*\s+as\s+(?:previously\s+|originally\s+|first\s+)?(?:{cue_alternation('correction_verbs')})\b", re.I)


@cache
def _electoral_threshold() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "of the vote" after a share and a rule's "require ... to achieve more than" before it (`claim_cues.json`
    vote_nouns, winning_verbs)."""
    return (re.compile(rf"^\s+of\s+the\s+(?:{cue_alternation('vote_nouns')})\b", re.I),
            re.compile(rf"\b(?:requir\w*|must|need\w*)\b[^.;]{{0,40}}\bto\s+(?:{cue_alternation('winning_verbs')})\s+"
                       r"(?:more\s+than|over|at\s+least)\s+$", re.I))


@cache
def _temperature_after() -> re.Pattern[str]:
    """ "1.5°C", "1.6 degrees above": a temperature, which no claim unit measures (`claim_cues.json` degree_words)."""
    return re.compile(rf"\s?°|\s+degrees?\s+(?:{cue_alternation('degree_words')})")


@cache
def _vehicle_class_after() -> re.Pattern[str]:
    """ "7.5-ton lorry": a class of vehicle a limit names (`claim_cues.json` vehicle_class_nouns)."""
    return re.compile(rf"^(?:-|\s)(?:ton|tonne)(?:-|\s+)(?:{cue_alternation('vehicle_class_nouns')})", re.I)


@cache
def _condition_line() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A condition's lead before a figure and its "or more" after it ("where a contract ... is estimated to cost
    £50,000 or more"; `claim_cues.json` condition_leads, or_more_words)."""
    return (re.compile(rf"\b(?:{cue_alternation('condition_leads')})\b[^.;:]{{0,80}}$", re.I),
            re.compile(rf"^\s+or\s+(?:{cue_alternation('or_more_words')})\b(?!\s+of\b)", re.I))


@cache
def _schedule_after() -> re.Pattern[str]:
    """ "(two days) before the meeting": a span counted back from an event (`claim_cues.json` schedule_leads,
    scheduled_events)."""
    return re.compile(rf"^\s+(?:{cue_alternation('schedule_leads')})\s+(?:the|a|an|each|every|its|their)\s+"
                      rf"(?:[\w-]+\s+)?(?:{cue_alternation('scheduled_events')})s?\b", re.I)


# an example the paper makes up, in the clause after "i.e. if", "e.g. if", "for example, if" (up to the figure, within one
# sentence): its figures illustrate and measure nothing
_EXAMPLE_IF_BEFORE = re.compile(r"\b(?:i\.?\s?e\.?|e\.?\s?g\.?|for\s+(?:example|instance))\s*,?\s+(?:if|say|suppose)\b[^.;!?\n]*$", re.I)


def _inline_paragraph_run(text: str, section: int, number: int) -> bool:
    """`text` also opens a sentence with a neighbouring paragraph number of "section.number" (the next or the one
    before in its section, or the next section's first): "1.1 To summarise ... 1.2 To highlight ... 2.0
    Recommendation(s): 2.1 That it be noted ...". One number alone before a capital is a figure ("rated 4.5 Stars")."""
    neighbours = {f"{section}.{number + 1}", f"{section + 1}.0", f"{section + 1}.1"}
    if number > 0:
        neighbours.add(f"{section}.{number - 1}")
    if number <= 1 and section > 1:
        neighbours.add(rf"{section - 1}\.\d{{1,2}}")
    alternation = "|".join(n if "\\" in n else re.escape(n) for n in neighbours)
    return re.search(rf"(?:^|[.:;!?][ \t]+|\n[ \t]*)(?:{alternation})[ \t]+[A-Z][a-z]", text) is not None


def not_a_claim(text: str, q: QuantityMatch, masked: list[tuple[int, int]]) -> str | None:
    """Why the number at `q` is not a quantity claim, or None when it is one."""
    ns, ne = q.number_start, q.number_end
    if any(s < ne and ns < e for s, e in masked):
        return "date_time_or_reference"
    before, after = text[max(0, ns - 40) : ns], text[ne : ne + 30]
    if re.search(r"[A-Za-z0-9]_$", before) or re.match(r"_[A-Za-z0-9]", after):
        return "date_time_or_reference"  # part of an identifier joined by "_": a decision's "(CAB04_21/22)"
    if q.quantity.normalised < 0 and before[-1:] in ("-", "−"):
        before = before[:-1]  # the sign of a negative cell ("12,609.4 -20,766.2") is not a label's hyphen
    if (re.search(r"(?:^|\n)[ \t]*\|[ \t]*$", before) and re.match(r"^[ \t]*\|", after)
            and _numbered_column(text[max(0, ns - 3000) : ns])):
        return "list_numeral"  # "| 2 | Would not achieve ..." under "| Option | Discounted because |"
    if (q.quantity.unit == "count" and re.search(r"(?:^|\n)[ \t]*\|[ \t]*$", before) and q.quantity.value < 100
            and re.match(r"[ \t]+(?!Year\b)[A-Z][A-Za-z'’ ,&-]*\|", text[ne : ne + 80])):
        return "list_numeral"  # "| 7 Landscape and the historic environment | ...": a row's number before its title
    if q.quantity.unit == "count" and (reason := _minutes_label(text, q, before, after)):
        return reason
    if q.quantity.unit == "count" and _contents_page(text, q):
        return "page_number"  # "1.3. What's the situation now ...? 4", "Table 2 Effect Symbols 15"
    if (re.fullmatch(r"\d{1,2}", text[ns:ne]) and re.match(r"\s+\S", after)
            and (re.search(r"[a-z]{2}\.$", before) and re.match(r"\s+[A-Z]", after) or re.search(r"\w[’'\"”)],$", before))):
        return "footnote_mark"  # "discussion at CYPE Committee.2 However", "'... the best start in life',1 and could"
    if re.fullmatch(r"\d{1,2}", text[ns:ne]) and re.search(r"[A-Za-z]\[$", before) and re.match(r"\][a-z]", after):
        return "footnote_mark"  # "un[1]ringfenced": a mark a PDF converter left inside a word
    if re.search(r"\d\.$", before) or re.match(r"\.\d", after):
        return "paragraph_number"  # part of "4.10.1"
    if (q.quantity.unit == "count" and re.fullmatch(r"\d{1,3}", text[ns:ne]) and re.search(r"(?:^|\n)[ \t]*$", before)
            and re.match(r"[ \t]+(?:19|20)\d\d(?:[-/]\d{2,4})?[ \t]+[A-Z]", after)):
        return "list_numeral"  # "Background Documents ... 2 2025-26 Budget approved by County Council": a list's numeral
    if (q.quantity.unit == "count" and (m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})", text[ns:ne]))
            and re.search(r"(?:^|[.:;!?][ \t]+|\n[ \t]*)$", before) and re.match(r"[ \t]+[A-Z][a-z]", after)
            and _inline_paragraph_run(text, int(m.group(1)), int(m.group(2)))):
        return "paragraph_number"  # "1.0 Reason and Purpose of Report: 1.1 To summarise ... 1.2 To highlight ...": the
        # paper's paragraph numbers run inline, a neighbour of each opening another sentence
    if (q.quantity.unit == "count" and re.fullmatch(r"\d{1,3}", text[ns:ne]) and re.search(r"[\w)]\.[ \t]+$", before)
            and re.match(r"\.[ \t]+[A-Z]", after)):
        return "paragraph_number"  # "... to 28 November 2024. 25. Representations were received": a numeral run into the text
    if (q.quantity.unit == "count" and re.fullmatch(r"\d{1,2}\.\d{1,2}", text[ns:ne])
            and re.match(r"^(?:\s*(?:,|and|or|to|-|–)\s*\d{1,2}\.\d{1,2})*\s+(?:above|below)\b", after)):
        return "cross_reference"  # "as detailed in 1.3 and 1.4 above": paragraphs of the paper
    if (q.quantity.unit == "count" and re.fullmatch(r"\d{1,2}\.\d{1,2}", text[ns:ne])
            and re.match(r"\s+(?:with)?in\s+(?:the|this|that)\s+(?:report|paper|appendix|document)\b(?!\s+(?:period|year|quarter|month))", after)):
        return "cross_reference"  # "referred to 4.1 within the report which highlighted works": a paragraph of the paper
    if q.quantity.unit == "count" and not q.is_word and before.endswith("%") and re.match(r"^\d{0,1}(?:[.,;:)]|\s|$)", text[q.end : q.end + 2] or " "):
        return "footnote"  # "core spending power of 6.3%1.": a footnote's mark glued to the figure
    if q.quantity.unit == "count" and re.fullmatch(r"[A-Z]\.", text[text.rfind("\n", 0, ns) + 1 : ns].strip()):
        return "numeral"  # "A.24 The Corporate Director of Finance is responsible for:": a lettered paragraph number
    if q.quantity.unit == "count" and re.search(r"(?<![\w.])[A-Z]\.$", before) and re.fullmatch(r"\d{1,3}", text[ns:ne]):
        return "reference"  # "item A.4 of the report", "the Portfolio Holder (A.4)": a lettered item's number
    if (q.quantity.unit == "count" and re.search(r"\(\s*(?-i:[A-Z][a-z]+)(?:[ \t]+(?-i:[A-Z][a-z]+)){1,2}[ \t]+$", before)
            and re.match(r"\s*\)", after) and q.quantity.value < 100):
        return "label"  # "NI 136 (Vital Signs 3) People supported to live independently": a named set's item
    if (q.quantity.unit == "count" and re.search(r"\(\s*(?-i:[A-Z]{2,6})\s+$", before) and re.match(r"\s*\)", after)
            and q.quantity.value < 100):
        return "label"  # "the completion of the Business rates for 2024/25 (NDR 1)": a return's or form's name
    if _CORRECTED_BEFORE.search(before) and _corrected_after().match(after):
        return "corrected_figure"  # "affected 35 businesses and not 15 as outlined": the report's figure put right
    if "|" in text[max(0, ns - 200) : ns]:
        from miner.nlp.claim_table import piped_head_line  # claim_table reads cues that import this module's peers

        if piped_head_line(text, ns):
            return "column_head"  # "| | 31-Mar-24 Balance £m | 30-Sep-24 6 months return Income % |"
    unit = q.quantity.unit
    if unit == "GBP" and q.quantity.value == 0 and re.fullmatch(r"£\s?'?000s?", text[q.start : q.end + 1].rstrip(" \t\n)|")):
        return "unit_head"  # "2024/25 actual £000": a column head naming the table's money unit, no amount
    if unit == "ug_m3" and _CONCENTRATION_LINE_BEFORE.search(before):
        return "category_threshold"  # "within 10% of the objective (above 36 µg/m3)"
    if unit == "count" and _CONSECUTIVE_AFTER.match(after):
        return "time_window"  # "below 36 µg/m3 for five consecutive years"
    if unit in ("GBP", "count") and _key_decision_test(text, q):
        return "category_threshold"  # "It is over the financial threshold (£75,000)": a report template's key decision test
    if unit == "GBP" and _register_threshold(text, q, before):
        return "category_threshold"  # "gifts and hospitality to the value of which exceeds £50": a register's threshold
    if unit in ("GBP", "count", "%") and _threshold_category_before().search(before):
        return "category_threshold"  # "Significant Risks (over £10m)"
    if unit in ("GBP", "count", "%") and _threshold_lead().search(text[max(0, ns - 120) : ns].rstrip("£")):
        return "category_threshold"  # "those with assets greater than £10million", "salaries in excess of £100,000"
    if (unit == "count" and re.search(r"\(\s*$", before)
            and re.match(rf"\s+(?:{cue_alternation('definition_count_nouns')})\b", text[q.end : q.end + 20], re.I)):
        return "group_threshold"  # "(MMR) (two doses for five-year olds)": what the measure counts
    group_count, group_window = _group_definition()
    if unit == "count" and (m := group_count.search(text[max(0, ns - 120) : ns])) and (
            m.group("line") or _OR_MORE_AFTER.match(after) or _NOUN_OR_MORE_AFTER.match(after)):
        return "group_threshold"  # "% of children with 3 or more placements", "with 3 placement moves or more": the group
    if unit in ("days", "weeks", "months", "years") and group_window.search(text[max(0, ns - 160) : ns]):
        return "time_window"  # "... who have more than 1 allocated social worker in 12 months": the definition's window
    if unit == "%" and _WITHIN_THE_BEFORE.search(before) and _LINE_NOUN_AFTER.match(text[q.end : q.end + 20]):
        return "tolerance"  # "within the 5% threshold"
    if unit == "count" and _MONTH_LABEL_BEFORE.search(before) and _BUDGET_REPORT_AFTER.match(after):
        return "label"  # "the month 6 budget monitoring report"
    if unit == "count" and not q.is_word and _NUMERAL_PLURAL_AFTER.match(text[ne : ne + 3]):
        return "numeral_plural"  # "over 18's"
    if (unit == "count" and q.quantity.value != 1 and (m := _UNIT_ADJECTIVE_AFTER.match(text[ne : ne + 12]))
            and (m.group(1).lower() in ("hour", "minute") or re.search(r"\ban?\s+$", before, re.I))):
        return "schedule"  # "refreshed on a 12 hour cycle", "a 24 hour service": a span named as an adjective, no count
    line = _BRACKETED_AFTER_FIGURE.search(before)
    if (unit in ("GBP", "count", "%") and line
            and _threshold_lead().search(text[max(0, ns - len(before) + line.start() - 120) : ns - len(before) + line.start()])):
        return "category_threshold"  # "above our de-minimis of £10k (£2k in schools)": the same line drawn for another group
    condition_before, or_more_after = _condition_line()
    if (unit in ("GBP", "count") and condition_before.search(text[max(0, ns - 100) : ns])
            and or_more_after.match(text[q.end : q.end + 30])):
        return "category_threshold"  # "where a contract ... is estimated to cost £50,000 or more": a condition's line
    if unit in ("GBP", "count", "%") and _DEFINED_AS_BEFORE.search(text[max(0, ns - 80) : ns]):
        return "category_threshold"  # "(currently defined by the Council as in excess of £1,000,000)": a definition's line
    if _temperature_after().match(after):
        return "temperature"  # "limiting global warming to 1.5°C", "around 1.6 degrees above pre-industrial levels"
    if unit == "%" and _rating_band().match(text[text.rfind("\n", 0, ns) + 1 : text.find("\n", ns) % (len(text) + 1)]):
        return "rating_band"  # "3% to 5% considered too risky": a band of a rating scale
    if unit == "%" and _rag_band_line().match(text[text.rfind("\n", 0, ns) + 1 : ns]) and _RAG_THRESHOLD_AFTER.match(text[q.end : q.end + 60]):
        return "rating_band"  # "Red = more than 10% off the Quarter 4 Target": where a RAG status is drawn
    vote_after, win_before = _electoral_threshold()
    if unit == "%" and vote_after.match(text[q.end : q.end + 20]) and win_before.search(text[max(0, ns - 100) : ns]):
        return "threshold"  # "require a winning candidate to achieve more than 50% of the vote": an electoral rule
    if _EXAMPLE_IF_BEFORE.search(text[max(0, ns - 120) : ns]):
        return "hypothetical"  # "... shared on figures that were not 100%, ie if an area was 79% good then ...": an example
    if unit in ("%", "GBP") and _STEP_BEFORE.search(before):
        return "sensitivity_step"  # "Each 1% is estimated to cost £14m"
    if unit == "GBP" and _STEP_COST_BEFORE.search(text[max(0, ns - 100) : ns]):
        return "sensitivity_step"  # "Every £10m of prudential borrowing costs approximately £0.9m per annum": a rate
    if unit == "%" and _BOTH_WAYS_AFTER.match(text[q.end : q.end + 40]):
        return "sensitivity_step"  # "the one-year revenue impact of a 1% rise or fall in interest rates": a hypothetical
    if unit == "%" and re.search(r"\bwithin\s+$", before, re.I) and _TOLERANCE_AFTER.match(text[q.end : q.end + 50]):
        return "tolerance"  # "5 were within 5% of target": the band that makes a measure amber, not a figure
    if (unit == "%" and re.search(r"\btargets?\b[^.;\n]{0,30}\(\s*within\s+$", before, re.I)
            and re.match(r"\s*\)", text[q.end : q.end + 3])):
        return "tolerance"  # a RAG key: "Target slightly missed (within 10%)"
    if unit == "%" and _share_threshold_before().search(text[max(0, ns - 120) : ns]):
        return "group_threshold"  # "10% of Children Looked After have attendance below 90%": 90% draws the group
    if unit == "%" and (_absence_threshold_before().search(before) or (
            _SHARE_OR_MORE_OF.match(text[q.end : q.end + 30]) and re.search(r"\b[a-z]+ing\s+$", before))):
        # "pupils missing 10% or more of possible sessions", "households spending 10% or more of their income on
        # fuel": the line that defines a group (not "4.5% or more of pupils had an EHCP")
        return "group_threshold"
    if unit in ("%", "GBP") and _OR_BEYOND_AFTER.match(text[q.end : q.end + 20]) and (
            # "pupils who had an overall absence rate of around 20 per cent or more", "schools with attendance of 90%
            # or above": the line a relative clause draws around a group, no figure
            (unit == "%" and re.search(r"\b(?:who|which|that|whose|with)\b[^.;,()]{0,60}$", text[max(0, ns - 100) : ns], re.I))
            # "a deep dive into arrears of £500 or more": the line that picks the cases
            or (unit == "GBP" and re.search(r"\b[a-z]{4,}\s+(?:of|over|above|exceeding|below|under)\s+£?\s*$", before))):
        return "group_threshold"
    if unit in ("per_100", "per_1000", "per_10000", "per_100000") and q.quantity.value <= 100 and _AGE_RANGE_BEFORE.search(before):
        return "age"  # "Admissions 18-64 per 100,000": the upper age of a band, then the rate's base
    if unit in ("count", "ratio"):
        reason = _label_or_numeral(before, after)
        if reason == "label" and q.quantity.value >= 100 and _label_dash_run().search(before) and not _label_before().search(before):
            reason = None  # "a marked increase in the final quarter – 106 represented the highest number": a figure after
            # a dash, not a run of small labels ("Five Options – 1, 2,3 4 and 5")
        if reason == "label" and ("," in text[ns:ne] or q.quantity.value >= 1000) and re.search(r"\d\s*(?:,|and|or|to|&)\s*$", before):
            reason = None  # "rose from 2,410 at the end of Q1 to 2,655": a figure, not the end of a label range ("Levels 2 and 3")
        code = _label_range_before().search(text[max(0, ns - 120) : ns])
        if reason is None and code and len(code.group("code")) == len(text[ns:ne]):
            reason = "label"  # "from budget code 6506 Grounds Management and Watering to 6515 Festive Lights": the range's other code
        if reason == "ordinal_or_score" and not q.quantity.value.is_integer():
            reason = None  # "an average Attainment 8 score of 44.1", "a Progress 8 score of -0.12": a measure, not a grade
        if reason == "label" and _THE_YEAR_BEFORE.search(before):
            reason = None  # "During the year 168 children entered care": no "Year 6"
        if reason == "label" and q.quantity.value > 4 and re.search(r"\b(?:quarters?|q)\s*[1-4]\s*,\s*$", before, re.I):
            reason = None  # "In Quarter 3, 796 carer assessments": a year has four quarters, so 796 is no quarter's number
        if reason == "label" and _SINGULAR_LABEL_COMMA_BEFORE.search(before) and re.match(r"^\s+(?!(?:and|or|to|of)\b)[A-Za-z]", after):
            reason = None  # "For Key Stage 4, 51 Looked After Children were entered": the clause's label, then its figure
        if reason == "list_numeral" and _table_cell_alone(text, q):
            reason = None  # "Consultation document\n632\n\nEquality Impact Assessment\n145": a table's column
        if reason == "list_numeral" and q.is_word and _NUMBER_WORD_OPENS.match(after):
            reason = None  # "Five Options – 1, 2,3 4 and 5 were detailed": a count opening its sentence, no numeral
        if reason:
            return reason
    if unit == "count" and q.quantity.value <= 31 and not q.is_word and _DAY_OF_RANGE_AFTER.match(after):
        return "date"  # the first day of "from 4 to 25 January 2024", "1-14 March"
    if unit == "count":
        reason = _count_not_claim(text, q, before, after)
        if reason:
            return reason
    # a bare count of 100 or more before "a year" is a yearly volume ("increase visits to 16,000 a year"), not how often
    volume = unit == "count" and q.quantity.normalised >= _YEARLY_VOLUME and re.match(r"^\s+(?:a|per|each)\s", after) is not None
    # an average number given per day is a level too: "The average number of people delayed in hospital ... was 96 per day"
    volume = volume or (unit == "count" and _AVERAGE_LEVEL_BEFORE.search(text[max(0, ns - 160) : ns]) is not None
                        and re.match(r"^\s+(?:a|per)\s+day\b", after) is not None)
    # a bare count per period that is its clause's subject is a level: "as little as 10 per day were being missed"
    volume = volume or (unit == "count" and re.match(r"^\s+(?:a|per)\s+(?:day|week|month)\s+(?:were|was|are|is|have|has|had)\b",
                                                     after) is not None)
    if unit in ("count", "days") and not volume and _frequency_after().match(text[q.end : q.end + 30] if unit == "days" else after):
        return "frequency"  # "seven days a week", "4 nights each week"
    if (unit == "ratio" or (unit == "count" and not volume)) and _ANNUALLY_AFTER.match(text[q.end : q.end + 20]):
        return "frequency"  # "six times annually", "Three times annually"
    if unit == "count" and _EVERY_N_AFTER.match(text[q.end : q.end + 10]):
        return "frequency"  # "update reports ... more frequently than 6-monthly"
    if unit == "ratio" and _MET_BEFORE.search(before) and text[q.start : q.end].lower().endswith("times"):
        return "frequency"  # "The Children in Care Council met 10 times during the year": how often a body sat
    if unit in ("days", "weeks", "months", "years") and re.match(r"\s+ago\b", text[q.end : q.end + 8], re.I):
        return "time_ago"  # "compared to 800 eighteen months ago": when the older value was, no figure
    if unit in ("days", "weeks", "months", "years") and re.match(r"\s*['’]?\s*time\b", text[q.end : q.end + 10], re.I):
        return "time_ago"  # "commencing their contract in 10 days' time": when, no figure
    if unit == "count" and _AGE_RANGE_AFTER.match(text[q.end : q.end + 30]):
        return "age"  # "Care Leaver data from 17 to 21 years old": the first age of a range of ages
    if unit == "count" and q.quantity.value <= 30 and _PEOPLE_BETWEEN_AGES.search(before):
        return "age"  # "44 care leavers between 18-25": the upper age of the people counted before
    if unit in ("days", "weeks", "months", "years") and (_age_before().search(before) or _YEARS_OLD_AFTER.match(text[q.end : q.end + 10])):
        return "age"  # "children aged between 9 months to two-years", "16 years old"
    if unit == "minutes" and not _clock_measure_before().search(text[max(0, ns - 140) : ns]):
        return "minutes_not_measured"  # "The journey is 20 minutes in the car"; "the response time was 8 minutes" is one
    if unit == "years" and not _years_measure_before().search(text[max(0, ns - 160) : ns]):
        return "years_not_measured"  # "over the next 10 years", "a contract of 5 years"; "life expectancy ... 61.3 years" is one
    if (unit in ("%", "GBP") and re.match(r"^\s?(?:[-–]|to)\s?£?\d", text[q.end : q.end + 8]) and not FROM_BEFORE.search(before)
            and not (re.match(r"^\s?to\s", text[q.end : q.end + 8]) and changed_by_before().search(before))
            and not (unit == "GBP" and _COUNT_AFTER_TO.match(text[q.end : q.end + 40]))
            # (a range's ends share a unit: "increase the fee ... by 5% to £30.37" is a change, then the level)
            and not (unit == "%" and re.match(r"^\s?(?:[-–]|to)\s?£", text[q.end : q.end + 8]))):
        return "range"  # the lower end of "40%-50%", "£2m to £3m"; not "rose by 11% to 13,914" (a change, then the level)
    if unit in ("%", "GBP") and _BETWEEN_BEFORE.search(before.rstrip("£")) and re.match(r"^\s+and\s+£?\d", text[q.end : q.end + 10]):
        return "range"  # the lower end of "between approximately £130k and £180k per year"
    if unit in ("%", "count") and _VAGUE_BAND_BEFORE.search(before):
        return "vague_band"  # "received in the low to mid 90%", "in the high 80s": a band, not a figure
    if q.is_word and _NOT_FRACTION_AFTER.match(text[q.end : q.end + 12]):
        return "compound_word"
    if q.is_word and text[q.start : q.end].lower().endswith("quarter") and _QUARTER_NUMBER_AFTER.match(text[q.end : q.end + 12]):
        return "label"  # "with a Quarter 1 score of 18.08%": the quarter's name, no share
    if q.is_word and unit == "%" and _fraction_period(text, q, before):
        return "period"  # "in the first three quarters of 2023/24", "maintained for three quarters": a time, not a share
    if q.is_word and unit == "%" and re.match(r"^[^.;()]{0,40}\(\s*\d+(?:\.\d+)?\s*%\s*\)", text[q.end : q.end + 60]):
        return "restated"  # "A fifth of consultees answering (20%)": the bracketed figure is the claim
    if unit in ("weeks", "months", "days", "years") and _PERIOD_ENDING_AFTER.match(text[q.end : q.end + 40]) and re.search(r"\bthe\s+(?:last\s+|past\s+)?$", before, re.I):
        return "period"  # "The 12 months to December 2024 saw a 6% decrease": the period of another figure
    if unit in ("minutes", "weeks", "months", "days", "years") and _WAITING_BEFORE.search(text[max(0, ns - 80) : ns]):
        return "threshold"  # "Annual EHCP reviews waiting over 12 months": what is counted, not a figure
    if (unit in ("days", "weeks", "months", "years")
            and re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|years?)\s*\(\s*$", before, re.I)):
        return "restated"  # "for the first 6 months (26 weeks)": the same span in another unit
    if unit in ("minutes", "days", "weeks", "months", "years") and (_duration_schedule().search(_RANGE_START.sub("", before))
                                                         or text[ne : ne + 1] == "-"):
        return "schedule"  # "every three months", "the 20-week assessment process", "breastfed at 6-8 weeks"
    if (unit == "count" and re.search(r"\b(?:last|past|next|previous|coming|following)\s+$", before, re.I)
            and re.match(r"^\s+(?:academic|financial|calendar|school|municipal|consecutive)\s+(?:years?|quarters?|months?|terms?)\b",
                         text[q.end : q.end + 30], re.I)):
        return "time_window"  # "over the last three academic years": a period named by its kind of year, no figure
    if unit == "count" and re.match(r"^\s+(?:(?:consecutive|successive|financial|reporting)\s+)?quarters\b", text[q.end : q.end + 30], re.I):
        # quarters, which no unit measures, are a span of time: "had reduced significantly since the last 2 quarters",
        # "green for the first time in 5 quarters"
        return "time_window"
    if unit in ("minutes", "days", "weeks", "months") and re.search(r"\btimescales?\s*\(\s*$", before, re.I):
        return "schedule"  # "closed within timescale (10 days)": the standard a count is measured against
    if unit in ("days", "weeks", "months", "years") and re.match(r"^\s+period\b", text[q.end : q.end + 10], re.I):
        return "time_window"  # "this had increased over 12 months period from 7%": the span a change is taken over
    if unit in ("days", "weeks", "months", "years") and re.match(r"^\s+(?:left|remaining|to\s+go|away)\b", text[q.end : q.end + 20], re.I):
        return "time_window"  # "With just three months left", "less than three months away": the time remaining, no figure
    if (unit in ("days", "weeks", "months", "years") and re.search(r"\b(?:have|has|had|given)\s+(?:just\s+|only\s+)?$", before, re.I)
            and re.match(r"^\s+to\s+[a-z]+", text[q.end : q.end + 20])):
        return "time_window"  # "would have 12 months to create a Mayoral Strategic Authority": the time allowed
    if unit in ("days", "weeks", "months") and _schedule_after().match(text[q.end : q.end + 50]):
        return "schedule"  # "by 10am two days before the meeting": when something must be done, no measure
    if unit in ("days", "weeks", "months") and _DATE_BRACKET_BEFORE.search(before):
        return "time_window"  # "26th March 2021 - 9th April 2021 (14 days)": how long a dated span ran, no measure
    if unit in ("days", "weeks", "months") and re.match(r"^\s+(?:of\s+)?grace\b", text[q.end : q.end + 12], re.I):
        return "time_window"  # "Wicksteed will give 30 days grace to pay the bill": the time allowed, no measure
    if unit in ("days", "weeks", "months") and re.match(r"^'?\s+notice\b", text[q.end : q.end + 12], re.I):
        return "schedule"  # "providing at least four weeks notice": when something must be done
    if unit in ("days", "weeks", "months", "years") and re.match(r"^\s+duration\b", text[q.end : q.end + 12], re.I):
        return "schedule"  # "East Kent Hospitals FY Doctor (4 months duration)": how long a placement runs, a term
    if unit in ("days", "weeks", "months", "years") and _AFTER_EVENT.match(text[q.end : q.end + 40]):
        return "schedule"  # "still at home 91 days after discharge": the window that defines a measure
    if unit in ("minutes", "weeks", "months") and q.quantity.value > 1 and text[q.start : q.end].lower().endswith(("minute", "week", "month")):
        return "schedule"  # a singular unit is an adjective: "the six week election period", "20 Week completion rate"
    if unit == "days" and re.search(r"\bworking\s+day$", text[q.start : q.end], re.I):
        return "schedule"  # "achieving 20 working day deadline": a singular working day is an adjective too
    return None


# A policy's or standard's code right before its number, or a run of them ("CSW 17", "policies CSM 3 and CSW 5", "DM 2;
# DM 3", "CSW 8, 12 and 17"): the number names the policy, it counts nothing.
_CODE_RUN_BEFORE = re.compile(r"(?<![\w&'’-])(?P<code>[A-Z]{2,5})[ \t](?:\d{1,2}[ \t]*(?:,|;|and|or|&)[ \t]*(?:[A-Z]{2,5}[ \t])?){0,12}$")
_CODE_END_AFTER = re.compile(r"^(?:\s*(?:[,;.:()&]|(?:and|or)\b|$)|[ \t]+[A-Z(])")
# A contents line: a numbered heading or a table's caption and its title, with the page number ending the line
# ("1.3. What's the situation now ...? 4", "Table 2 Effect Symbols 15"); a sentence's verb keeps a figure ("3.1 The
# number of children looked after was 413").
_CONTENTS_LINE = re.compile(r"[ \t]*(?:\d+(?:\.\d+)*\.?|(?:Table|Figure|Chart|Appendix|Annex|Section)[ \t]+\d+[.:]?)[ \t]+"
                            r"(?![^\n]*\b(?:was|were|has|have|had|stood|stands|rose|fell|reached|totall?ed)\b)"
                            r"[A-Z][^\n\d.!;:|]*[A-Za-z?)'’][ \t]+")
# A duration in brackets right after a date: the length of the dated span ("26th March 2021 - 9th April 2021 (14 days)").
_DATE_BRACKET_BEFORE = re.compile(r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                                  r"December)|\b(?:19|20)\d\d)[ \t]*\([ \t]*$")


# A minutes' item number opening its line before a slash and the item's title: "1/ Open Forum", "5/ Parish Property".
_ITEM_SLASH_AFTER = re.compile(r"^/[ \t]+[A-Z]")
# A numbered account or item in brackets before its amount: "Business Saver Account (1) £687.55".
_BRACKET_LABEL_BEFORE = re.compile(r"[A-Za-z][ \t]*\($")
# A subsection after a section's number, or after another subsection: "Section 23 (3)", "Section 85(1) & (2)".
_SUBSECTION_BEFORE = re.compile(r"\b(?:section|s\.|regulation|article|paragraph|para\.?)\s*\d+[A-Za-z]?"
                                r"(?:\s*\(\w{1,4}\))*\s*(?:(?:&|and|or|,)\s*)?\($", re.I)
# Votes written after their word and a dash: "For-5 Abstention - 1", "Against - 1".
_VOTE_DASH_BEFORE = re.compile(r"\b(?:for|against|abstentions?|abstained)\s*[-–:]\s*$", re.I)
_VOTE_PROPOSAL_AFTER = re.compile(r"^\s+for\s+the\s+(?:proposal|motion|amendment|resolution|recommendation)\b", re.I)
# A lettered part of a cited paragraph: "(14.70(a-g))", "17.55(b)".
_LETTERED_PART_AFTER = re.compile(r"^\((?:[a-z]{1,2}|[ivx]{1,4})(?:\s*[-–]\s*(?:[a-z]{1,2}|[ivx]{1,4}))?\)")


@cache
def _public_attendees() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The public at a meeting (`claim_cues.json` public_attendees) after a count that ends its line or sentence, or
    before one: how many came."""
    who = cue_alternation("public_attendees")
    return (re.compile(rf"^\s+(?:{who})\b(?:\s+(?:were\s+)?(?:present|in\s+attendance))?[ \t]*(?:[.,;)]|\n|$)", re.I),
            re.compile(rf"(?:^|\n)[ \t]*(?:{who})[ \t]*[:-]?[ \t]*$", re.I))


def _minutes_label(text: str, q: QuantityMatch, before: str, after: str) -> str | None:
    """A count in minutes that is an item's number, an account's label, a code with a leading zero, a subsection, a
    vote or how many of the public came (claims round 39, parish minutes and pages)."""
    digits = text[q.number_start : q.number_end]
    if not q.is_word and re.fullmatch(r"\d{1,2}", digits) and re.search(r"(?:^|\n)[ \t]*$", before) and _ITEM_SLASH_AFTER.match(after):
        return "list_numeral"  # "1/ Open Forum"
    if not q.is_word and re.fullmatch(r"\d", digits) and _BRACKET_LABEL_BEFORE.search(before) and re.match(r"^\)[ \t]*£", after):
        return "label"  # "Business Saver Account (2) £0.36"
    if not q.is_word and re.fullmatch(r"\d{1,2}", digits) and before.endswith("(") and re.match(r"^\)\s+(?:That|that)\b", after):
        return "list_numeral"  # "Resolved: (1) That the work be awarded to ...": a resolution's numbered part (claims round 41)
    if not q.is_word and re.fullmatch(r"0\d+", digits):
        return "reference"  # "(009)", "Page (002)": a number written with a leading zero is a code
    if not q.is_word and _SUBSECTION_BEFORE.search(before) and after.startswith(")"):
        return "legislation"  # "Section 23 (3)", "Section 85(1) & (2)"
    if not q.is_word and re.fullmatch(r"\d+\.\d+", digits) and _LETTERED_PART_AFTER.match(after):
        return "cross_reference"  # "(14.70(a-g))": a paragraph's lettered parts
    if _VOTE_DASH_BEFORE.search(before) or _VOTE_PROPOSAL_AFTER.match(after):
        return "vote_tally"  # "For-5 Abstention - 1", "vote was four for the proposal, 1 against"
    if q.is_word and text[q.start : q.end].isupper() and re.match(r"^\s*\((?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+\)", after):
        return "acronym"  # "The TEN (Temporary Event Notice)": an acronym spelt like a number word
    if not q.is_word and q.quantity.value <= 70 and re.match(r"^\s*(?:mph\s+)?(?:speed\s+)?limit\b", after, re.I):
        return "speed_limit"  # "from the start of the 40 limit": a road's speed limit, a rule
    after_public, before_public = _public_attendees()
    if q.quantity.value < 100 and re.search(r"\b(?:present|attendance)\b[^.\n]{0,12}\bpublic[ \t]*[:–-][ \t]*$", before, re.I):
        return "meeting_attendance"  # "Also, in Attendance Public – 1 Cllr Martin Storey" (claims round 41)
    if q.quantity.value < 100 and (after_public.match(text[q.number_end : q.number_end + 60]) or before_public.search(before)):
        return "meeting_attendance"  # "seven members of the public", "Members of the public 6" (not "53,000 members")
    return None


def _policy_code(text: str, q: QuantityMatch, before: str, after: str) -> bool:
    """A number after a policy's capital-letter code (`_CODE_RUN_BEFORE`), when the code closes its phrase or the same code
    numbers another policy in the text; not an acronym before a count of its own ("SEND 12 schools")."""
    m = _CODE_RUN_BEFORE.search(before)
    if m is None or q.is_word or not re.fullmatch(r"\d{1,2}", text[q.number_start : q.number_end]):
        return False
    return bool(_CODE_END_AFTER.match(after)) or len(set(re.findall(rf"\b{m.group('code')}[ \t](\d{{1,2}})\b", text))) > 1


def _contents_page(text: str, q: QuantityMatch) -> bool:
    """A page number ending a contents line (`_CONTENTS_LINE`)."""
    line_start = text.rfind("\n", 0, q.number_start) + 1
    return (not q.is_word and re.fullmatch(r"\d{1,3}", text[q.number_start : q.number_end]) is not None
            and re.match(r"[ \t]*(?:\n|$)", text[q.number_end :]) is not None
            and _CONTENTS_LINE.fullmatch(text, line_start, q.number_start) is not None)


# What a tolerance is drawn around: "within 5% of target", "within 10% of their targets".
# ("within 5% tolerance of their targets")
_TOLERANCE_AFTER = re.compile(r"^\s+(?:tolerance\s+)?of\s+(?:the\s+|their\s+|its\s+)?(?:agreed\s+|respective\s+)?(?:targets?|objectives?|limits?|thresholds?)\b", re.I)
# A concentration after a comparison word is the line a level is held to, not a level: "(above 36 µg/m3)", "have
# been below 36 µg/m3 for five consecutive years"
_CONCENTRATION_LINE_BEFORE = re.compile(r"\b(?:above|below|over|under|exceed(?:s|ed|ing)?|less\s+than|more\s+than|greater\s+than)\s+$", re.I)
# A count of years or quarters in a row is a span of time: "for five consecutive years", "three successive quarters"
_CONSECUTIVE_AFTER = re.compile(r"^\s+(?:consecutive|successive)\s+(?:years?|months?|quarters?|weeks?|days?|terms?)\b", re.I)
# A duration counted from an event: "91 days after discharge from hospital", "12 weeks following referral".
_AFTER_EVENT = re.compile(r"^\s+(?:after|following|post|of|from)\s+(?:the\s+|their\s+|a\s+|an\s+|first\s+)?(?:hospital\s+)?"
                          r"(?:discharge|referral|admission|request|notification|contact|birth|leaving|starting|first\s+contact)\b", re.I)
_DAY_OF_RANGE_AFTER = re.compile(r"^\s*(?:to|until|-|–|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
                                 r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")


@cache
def _fraction_period_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('fraction_period_before')})\s+$", re.I)


def _fraction_period(text: str, q: QuantityMatch, before: str) -> bool:
    """A fraction that is a span of time (`claim_cues.json` "fraction_period_before"): "the first three quarters of
    2023/24", "maintained for three quarters", "the most concerns received in a quarter"; not "in a quarter of schools"."""
    of_after = re.match(r"^\s+of\b", text[q.end : q.end + 5]) is not None
    if re.search(r"\b(?:first|second|latter|last|final|past|previous|next|remaining)\s+$", before, re.I):  # "In the second half of 2025"
        return of_after or text[q.start : q.end].lower().endswith(("quarter", "quarters"))
    return text[q.start : q.end].lower().endswith(("quarter", "quarters")) and not of_after and _fraction_period_before().search(before) is not None


@cache
def _fraction_share_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('fraction_share_before')})\s+$", re.I)


def ordinal_fraction(doc: Doc, q: QuantityMatch) -> bool:
    """A fraction word that is an ordinal here ("open a third extra care scheme", "a fifth consecutive year"): it
    modifies the noun after it, so it is a position, not a share. The parse says what follows; "of", a comparative
    or a verb ("a third of", "a third fewer", "a third said") and a quantifying word before ("by a third", "around a
    third", `claim_cues.json` "fraction_share_before") keep it a share; plural fractions ("two thirds") always are."""
    words = text_of(doc)[q.start : q.end].lower().split()
    if not q.is_word or len(words) != 2 or words[0] not in ("a", "one") or words[1] not in cue_words("ordinal_fractions"):
        return False
    if _fraction_share_before().search(text_of(doc)[max(0, q.start - 30) : q.start]):
        return False
    if re.match(r"-[a-z]", text_of(doc)[q.end : q.end + 2], re.I):
        return True  # "a third-year apprentice", "a fifth-floor office": one compound word
    nxt = next((t for t in doc if t.idx >= q.end), None)
    if nxt is None or nxt.idx > q.end + 2 or nxt.lower_ == "of" or "\n" in text_of(doc)[q.end : nxt.idx]:
        return False  # "a third of", the end of a line
    return nxt.pos_ in ("NOUN", "PROPN", "ADJ") and nxt.tag_ not in ("JJR", "JJS", "RBR", "RBS")


# a score before its number: "scored 3", "an overall score of 2"
# (and a rating given as a number: "rated 3 (generally satisfactory) or above", "rated 5 (very good)" under the Food
# Hygiene Rating Scheme name the grade, not a count)
_SCORE_BEFORE = re.compile(r"\b(?:scored|scoring|scores|score\s+of|rated|rating\s+of)\s+$", re.I)
# the scale after a score: "2 out of 4", "7.1 out of 12", "2 of 4", "69/100" (a score on a stated scale is a claim)
_SCALE_AFTER = re.compile(r"^(?:\s+(?:out\s+)?of\s+|/)\d+(?:\.\d+)?\b(?!\s*%|\s+(?!(?:in|on|for|at|and|across|by|from|compared)\b)[a-z])")
# a score over its scale's top written with a slash, after a score's words: "a need score of 69/100" (no reference)
_SCORED_OVER = re.compile(r"\d+(?:\.\d+)?/(?:5|10|20|100)")


@cache
def _named_unit_after() -> re.Pattern[str]:
    """A capitalised name ending in a military unit's noun right after a number ("36 Royal Engineers")."""
    return re.compile(rf"^\s+(?:[A-Z][\w'’-]*\s+(?:of\s+)?){{0,4}}(?:{cue_alternation('named_unit_nouns')})\b")


def _numbered_column(before: str) -> bool:
    """The "|" table the row ends `before` is in heads its first column with a label (`claim_cues.json`
    unmeasured_column_heads: "Option", "Item", "No."): the first cells number the rows."""
    lines = before.split("\n")
    k = len(lines) - 2
    while k >= 0 and lines[k].lstrip().startswith("|"):
        k -= 1
    head = lines[k + 1] if k + 1 < len(lines) - 1 else ""
    first = head.strip().strip("|").split("|")[0].strip() if head else ""
    return bool(first) and re.match(rf"(?:{cue_alternation('unmeasured_column_heads')})", first, re.I) is not None


# a number word, then its plural noun and a dash, a verb or "of": a count opening its sentence ("Five Options – 1, 2,3
# 4 and 5 were detailed"), where a list's numeral opens a heading with a digit ("1 Introduction")
_NUMBER_WORD_OPENS = re.compile(r"^\s+[A-Z][a-z]+s\b\s*(?:[–—-]\s|(?:were|are|have|had|was|of)\b)")


def _label_or_numeral(before: str, after: str) -> str | None:
    """A count or ratio that is a list numeral, page number, label, ordinal or rank size."""
    # "1 Introduction", "2.) Budget"; not a table cell "440 places", "85 Year R" (school year group)
    if re.search(r"(?:\.{3,}|…)\s*$", before):
        return "page_number"  # a contents line: "Revenue Budget Forecast ........ 6"
    if re.search(r"\bpage\s+\d+\s+(?:of|/)\s*$", before, re.I):
        return "page_number"  # a page footer's page count: "Page 2 of 6"
    if _LIST_NUMERAL_LINE.search(before) and re.match(r"^\s*\|", after):
        return "list_numeral"  # "3 | Revenue Budget Forecast"
    if re.search(r"(?:^|\n)[ \t]*(?:\|[ \t]*)+$", before) and re.match(r"^[.)]\s+[A-Z]", after):
        return "list_numeral"  # a numbered item in a "|" cell: "| | 1. Margate Family Hub |"
    wrapped = re.search(r"[a-z,]\s*\n[ \t]*$", before) is not None  # a PDF line break mid-sentence
    closes_bracket = after.startswith(")") and re.search(r"\([^()]*\w[^()]*$", before) is not None  # "(813 out of\n2,421)"
    # (not a figure restated in brackets as a rate or share: "1194 (48.2 per 10,000), reduced from 1296")
    restated = re.match(r"\s+\(\s*\d[\d,]*(?:\.\d+)?\s*(?:%|per\s+(?:cent\b|\d))", after or "") is not None
    if (_LIST_NUMERAL_LINE.search(before) and not closes_bracket and not restated
            and re.match(r"^(?:[.)]|\s*$)" if wrapped else r"^(?:[.)]|\s+(?!Year\b)[A-Z(]|\s*$)", after or " ")):
        return "list_numeral"
    if re.search(r"\(\s*see\s+(?:also\s+)?(?:(?:item|para(?:graph)?|minute)\s+)?$", before, re.I):
        return "cross_reference"  # "(see 7.1)": a minute's paragraph
    if _NUMBERS_RUN_BEFORE.search(before) or (_LIST_NUMERAL_LINE.search(before) and _NUMBERS_RUN_AFTER.match(after)):
        return "list_numeral"  # "8.1/ 8.2/ 8.3 The Standard Working Party ...": paragraph numbers run together
    if _LIST_NUMERAL_LINE.search(before) and _FIGURE_OPENS_AFTER.match(after):
        return "list_numeral"  # "4.1 22 schools (19%) are judged ...": a paragraph number before the sentence's own figure
    if _label_dash_run().search(before):
        return "label"  # "Five Options – 1, 2,3 4 and 5 were detailed in the report"
    if re.search(r"(?:^|\n)[ \t]*(?-i:[A-Z]{1,3})[ \t]?$", before) and re.match(r"[ \t]*[-–—][ \t]", after):
        return "label"  # "HY 59 - In relation to this performance figure ...": a measure's code opening its note
    if (_label_before().search(before) and not (re.search(r"\d\s*,\s*$", before) and re.match(r"^\s+out\s+of\b", after))
            and not _BETWEEN_RANGE_BEFORE.search(before)):
        return "label"  # but "at Key stage 4, 3 out of 38 young people" is a count
    if after.startswith(")") and not before.endswith("(") and not re.search(r"\([^()]*$", before):
        return "list_numeral"  # "Can the Cabinet Member tell me: 1) How many ..." (not "(50 out of 73)")
    if re.match(r"^(?:st|nd|rd|th)\b|^:\d", after):
        return "ordinal_or_score"
    if _SCORE_BEFORE.search(before) and not _SCALE_AFTER.match(after):
        return "ordinal_or_score"  # "two scored 3, six scored 2": a grade given to each item
    if re.search(r"\d(?:\s+(?:out\s+)?of\s+|/)$", before) and _SCORE_BEFORE.search(re.sub(r"[-−]?\d+(?:\.\d+)?(?:\s+(?:out\s+)?of\s+|/)$", "", before)):
        return "score_scale"  # the top of the scale of "an overall score of 2 out of 4": the 2 is the claim
    if re.search(r"\d(?:st|nd|rd|th)\s+(?:out\s+)?of\s+(?:the\s+)?$", before):
        return "rank_field"  # the size of a ranking: "324th out of 324 council areas"
    if re.search(r"\brank(?:ed|ing|s)?\s*\(?\s*(?:out\s+)?of\s+(?:the\s+)?$", before, re.I):
        return "rank_field"  # a column head's ranking size: "Rank (out of 290 Kent wards)"
    if re.search(r"\bnearest\s+$", before, re.I):
        return "rounding"  # "0-19 Year Olds (to nearest 10,000)": the step figures are rounded to, no figure
    return None


@cache
def _procedure_count_after() -> re.Pattern[str]:
    """ "three Committees agreed": bodies or members of a procedure, then a verb of deciding (`claim_cues.json`)."""
    return re.compile(rf"^\s+(?:{cue_alternation('procedure_bodies')})\s+(?:(?:have|has|had)\s+)?(?:(?:all|unanimously|each)\s+)?"
                      rf"(?:{cue_alternation('deciding_verbs')})\b", re.I)


@cache
def _vague_amount_before() -> re.Pattern[str]:
    """ "one or ", "a year or ": the word number after it is a vague amount (`claim_cues.json` vague_period_nouns)."""
    return re.compile(rf"\b(?:one|two|three|four|five|six|an?\s+(?:{cue_alternation('vague_period_nouns')}))\s+or\s+$", re.I)


@cache
def _amended_before() -> re.Pattern[str]:
    """ "proposed changes to ": the paragraph number after it is one the paper amends (`claim_cues.json` amendment_nouns)."""
    return re.compile(rf"\b(?:{cue_alternation('amendment_nouns')})\s+to\s+$", re.I)


@cache
def _procedure_members_after() -> re.Pattern[str]:
    """ "(by) two Members": the members a procedure needs, not members of a body (`claim_cues.json` procedure_members)."""
    return re.compile(rf"^\s+(?:{cue_alternation('procedure_members')})\b(?!\s+of\b)", re.I)


@cache
def _sequence_label_before() -> re.Pattern[str]:
    """ "stage 5 of ": the figure after is the last of a sequence's labels (`claim_cues.json` sequence_nouns)."""
    return re.compile(rf"\b(?:{cue_alternation('sequence_nouns')})\s+\d+\s+of\s+$", re.I)


@cache
def _structure_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A structure's parts after the figure, a verb laying one out before it, and a make-up's lead and bodies
    (`claim_cues.json` structure_part_nouns, structure_leads, structure_body_leads, structure_bodies)."""
    return (re.compile(rf"^\s+(?:[\w-]+\s+){{0,3}}?(?:{cue_alternation('structure_part_nouns')})\b", re.I),
            re.compile(rf"(?:{cue_alternation('structure_leads')})\s+(?:the\s+)?$", re.I),
            re.compile(rf"(?:{cue_alternation('structure_body_leads')})\s+$", re.I),
            re.compile(rf"^\s+(?:[\w-]+\s+)?(?:{cue_alternation('structure_bodies')})\b", re.I))


def _structure_count(text: str, q: QuantityMatch, before: str) -> bool:
    """A count of a document's, plan's or structure's own parts, or of a proposal's bodies ("The Plan is in two
    parts", "into two Cabinet Committees", "comprising two local authorities"): it measures nothing (the lead's
    convention after claims round 31). A share of the parts ("12 of its 15 priorities") stays a claim."""
    parts, lead, body_lead, bodies = _structure_patterns()
    after = text[q.number_end : q.number_end + 60]
    if lead.search(before) or (body_lead.search(before) and bodies.match(after)):
        return True
    share = re.match(r"\s+of\b", after) or re.search(r"\d\s+(?:out\s+)?of\s+(?:the\s+|its\s+|our\s+|their\s+)?$", before)
    return bool(parts.match(after)) and not share


_CELLS_AFTER = re.compile(r"[ \t]+(\d[\d,]*\.\d\d)[ \t]+(\d[\d,]*\.\d\d)(?:[ \t]+(\d[\d,]*\.\d\d))?[ \t]*(?:\n|$)")


def _payment_cells_after(after: str) -> bool:
    """A payment row's cells end the line after the number: Net and Gross alike ("506.03 506.03") or Net, VAT and
    Gross that add up ("59.03 3.55 62.58"), so the number before them is the row's cheque number."""
    m = _CELLS_AFTER.match(after)
    if m is None:
        return False
    a, b, c = (float(g.replace(",", "")) if g else None for g in m.groups())
    return (c is None and abs(a - b) < 0.005) or (c is not None and abs(a + b - c) < 0.005)


def _count_not_claim(text: str, q: QuantityMatch, before: str, after: str) -> str | None:
    """A count that is an age, range, tally, year, name, compound word or schedule."""
    ns, ne = q.number_start, q.number_end
    if (_age_before().search(before) and not _THE_YEAR_BEFORE.search(before)) or _AGE_AFTER.match(after):
        return "age"
    if _RANGE_AFTER.match(after) or (_RANGE_BEFORE.search(before) and not _BETWEEN_RANGE_BEFORE.search(before)):
        return "range"  # an age band or label "0-25"; but the upper end of "between 35-40 beds" is the claim
    if (_RANGE_TO_AFTER.match(after) and not FROM_BEFORE.search(before) and not changed_by_before().search(before)) or (
            _RANGE_AND_AFTER.match(after) and _BETWEEN_BEFORE.search(before)):
        return "range"
    if (m := re.match(r"\s+or\s+(\d{1,3})\s+[a-z]", after)) and q.quantity.value < int(m.group(1)) <= 2 * q.quantity.value + 2:
        return "range"  # the lower of "approximately 5 or 6 cases each day": one approximate figure, on its upper number
    if _vote_before().search(before) and after.startswith(")"):
        return "vote_tally"  # "For (14)", "Against (45)"
    if re.match(r"\s+(?:were|was)\s+(?:in\s+favour|against)\b", after, re.I):
        return "vote_tally"  # "seconded by Cllr Jim McNeill, two were against and five were in favour"
    vote = _VOTE_AFTER.match(after)
    if (vote and (vote.group("votes") or re.search(r"\([^()]*$", before) or re.search(r"\bvot(?:ed|es?|ing)\b", before, re.I))
            or re.search(r"\bvotes?\s+to\s+$", before, re.I)):
        return "vote_tally"  # "approved (8 in favour, 1 abstention)", "by 12 votes to 3"
    if _meeting_attendance_after().match(after + text[ne + 30 : ne + 60]):
        return "meeting_attendance"  # "There were 4 members of the public present"
    if _QUESTIONS_PUT_AFTER.match(after + text[ne + 30 : ne + 60]):
        return "meeting_attendance"  # "11 questions were submitted by the deadline and 10 questions were put": procedure
    if _PRESENT_LINE.search(text[text.rfind("\n", 0, ns) + 1 : ns]) and _meeting_attendees_after().match(after):
        return "meeting_attendance"  # "Present: Councillors J Smith, A Brown and 14 members of the public."
    if re.search(r"\b(?:present|in\s+attendance)\s*\($", before, re.I) and _meeting_attendees_after().match(after):
        return "meeting_attendance"  # "... THURSDAY 4 DECEMBER 2014 PRESENT (6 Councillors): - Pam Bullas" (claims round 41)
    if q.quantity.value < 100 and (re.match(r"^\s+(?:abstained|abstaining)\b", after, re.I)
                                   or re.match(r"^\s+voted\s+(?:for|against|in\s+favour|to)\b", after, re.I)):
        return "vote_tally"  # "five were in favour and three abstained", "all 5 voted to formally object" (claims round 41)
    if q.quantity.value < 50 and _HEARD_FROM_BEFORE.search(before):
        return "meeting_attendance"  # "The Committee heard from two care leavers about their experiences": who spoke
    if _meeting_attendees_after().match(after) and _THERE_WAS_BEFORE.search(before):
        return "meeting_attendance"  # "There was 1 member of the public."
    if re.search(rf"\b(?:{cue_alternation('meeting_attendees')})\s*:\s*$", before, re.I):
        return "meeting_attendance"  # "Members of the Public: 8"
    if re.match(rf"^\s+(?:or\s+more\s+)?(?:good\s+)?(?:{cue_alternation('qualification_counts')})\b", after):
        return "threshold"  # "achieving five GCSEs": the bar a pupil clears (`claim_cues.json` qualification_counts)
    at_age = re.search(r"\b(\w+\s+)?at\s+(?:[a-z]+\s+(?:or|and|to)\s+)?$", before)
    if (q.is_word and 10 <= q.quantity.value <= 25 and at_age and re.match(r"^\s*(?:[,.;)]|(?:or|and|to)\b|$)", after)
            and not re.fullmatch(r"(?:stood|stands|remain(?:s|ed)?|stay(?:s|ed)?|peak(?:s|ed)|capped|held|is|was|are|were)\s+",
                                 at_age.group(1) or "", re.I)):
        return "age"  # "took Level 3 courses at seventeen or eighteen": an age in words (not "remained at fifteen")
    if _procedure_count_after().match(after + text[ne + 30 : ne + 60]):
        return "procedure"  # "all three Committees agreed their preference": how a decision was reached, like a tally
    if _structure_count(text, q, before):
        return "structure"  # "The Plan is in two parts": how a paper, plan or proposal is laid out, no measure
    if (q.is_word and text[ns:ne].lower() == "two"
            and re.search(rf"(?:{cue_alternation('pair_named_before')})$", before, re.I)):
        return "structure"  # "the gap between the two groups": the pair just named, counted again
    if re.search(r"\b(?:by|any)\s+(?:any\s+)?$", before, re.I) and _procedure_members_after().match(after):
        return "threshold"  # "requested by two Members", "any two members from more than one political group": what a procedure needs
    digits = text[ns:ne]
    if (not q.is_word and re.fullmatch(r"\d{1,2}\.\d{1,3}", digits) and re.match(r"^\s*(?:[,;:)]|\.(?!\d)|(?:and|or|to)\b|$)", after)
            and (re.search(rf"(?:^|\n)[ \t]*{re.escape(digits)}\.?[ \t]+[A-Z]", text)
                 or _amended_before().search(before))):
        # "proposed changes to 14.60 and": a paragraph the paper prints ("\n14.60 The text of any motion") or amends
        return "cross_reference"
    if not q.is_word and re.fullmatch(r"\d{4,7}", digits) and re.match(r"^\s+£\s?\d", after):
        return "payment_reference"  # "R. Poole 101139 £80.12": a cheque's number before its amount
    if (not q.is_word and re.fullmatch(r"\d{3,7}", digits) and re.match(r"^\s+(?:£|[A-Z])", after)
            and _payment_list_before().search(text[max(0, ns - 1500) : ns])):
        return "payment_reference"  # "... Cheque Payee Description Amount 2080 EON Streetlighting Jan17 £78.80"
    if not q.is_word and re.fullmatch(r"\d{4,7}", digits) and re.match(r"^[ \t]+\d[\d,]*\.\d\d(?![\d.])", after) and (
            _payment_list_before().search(text[max(0, ns - 1500) : ns]) or _payment_cells_after(text[ne : ne + 60])):
        return "payment_reference"  # "Clerk's salary & expenses for Nov 2014 100771 506.03 506.03" (claims round 41)
    if (not q.is_word and re.fullmatch(r"\d{1,3}", digits) and re.search(r"(?:\d\.\d\d|\bAmount)[ \t]+$", before)
            and re.match(r"^[ \t]+[A-Z]", after) and _payment_list_before().search(text[max(0, ns - 1500) : ns])):
        return "payment_reference"  # "... Clerk Annual Fee use of home office 120.00 50 Suffolk ALC": the next row's cheque
    if re.match(r"^[ \t-]stor(?:e)?y\b", after, re.I):
        return "compound_word"  # "Construction of two storey dwelling": a building's height names its kind (claims round 41)
    if q.is_word and re.match(r"^[ \t]+(?:person|man|woman|officer|member|bed|bedroom|seater|wheel|way)[ \t]+[a-z]+s\b", after, re.I):
        return "compound_word"  # "up to 45 two person teams": a size that names a kind of team, not a count (claims round 50)
    if (not q.is_word and _service_number().match(text[ns : ne] + " number")
            and re.search(r"\b(?:on|call|dial|ring|phone|telephone)\s+$", before, re.I) and re.match(r"^\s*(?:[.,;)]|or\b|$)", after)):
        return "service_number"  # "advised to contact the Police on 101." (claims round 41)
    if _policy_code(text, q, before, after):
        return "label"  # "policies CSW 8, 12 and 17", "CSW 3; CSW 4", "DM 10 Water Environment"
    if re.match(r"^\s+(?:decades?|centur(?:y|ies))\b", after, re.I):
        return "duration_or_time"  # "for the first time in three decades": no claim unit measures it
    if _sequence_label_before().search(before):
        return "label"  # "the cabinet is at stage 5 of 8 stages": the last of a sequence's labels, no count
    if re.search(r"\b[A-D]{1,3}[+-]?\s?=\s?$", before):
        return "score_key"  # "(AAA=1, AA+=2, etc.)": a rating's number on a scoring key
    if not q.is_word and re.fullmatch(r"\d{1,4}[A-Za-z]?", digits) and _street_after().match(after):
        return "address"  # "Flint House, 65 West End, Northwold": a house number
    yearlike = q.quantity.value.is_integer() and 1800 <= q.quantity.value <= 2099 and "," not in text[ns:ne]
    if yearlike and re.match(rf"^\s+(?:{cue_alternation('year_plan_nouns')})\b", after, re.I):
        return "year"  # "the Climate Change Adaptation plan as part of 2050 roadmap": a plan's year, its name
    if yearlike and re.search(r"\b(?:period|horizon|timescale|timeframe|plans)\s+(?:\w+\s+){0,3}?to\s+$", before, re.I):
        return "year"  # "extending the plan period to 2039", "revised local plans to 2036": the period's end, no count
    if yearlike and _DECADE_AFTER.match(after):
        return "year"
    if yearlike and (_YEAR_BEFORE.search(before) or _YEAR_AFTER.match(after)):
        return "year"  # "Net Zero 2030 and 2050"
    if _YEARLIKE_AFTER.match(after):
        return "duration_or_time"
    if q.quantity.value.is_integer() and 1990 <= q.quantity.value <= 2035 and "," not in text[ns:ne]:
        return "year"
    # an older year after a time preposition: "the Council had existed since 1889"
    if yearlike and re.search(r"\b(?:since|until|before)\s+$", before, re.I):
        return "year"
    if yearlike and re.search(r"\bby\s+$", before, re.I) and not changed_by_before().search(before) and _YEAR_END_AFTER.match(after):
        return "year"  # a target year: "delivering Net Zero by 2050" (not "increased by 2050", "by 1900 places")
    if yearlike and re.search(r"\b(?:Act|[A-Z]{2,})\s+$", before):
        return "year"  # legislation: "section 137 of the LGA 1972", "the Education Act 1944"
    if yearlike and re.match(r"^\s+(?:[A-Z][\w']*\s+){0,4}Act\b", after):
        return "year"  # legislation named after its year: "the 1972 Local Government Act"
    if yearlike and re.search(r"\b(?:in|during)\s+$", before, re.I) and re.match(r"^\s*(?:[.,;:)]|$)", after):
        return "year"  # an older year closing its clause: "which led to significant reforms in 1974."
    if q.is_word and text[q.start].isupper() and re.match(r"^\s+[A-Z][a-z]", after) and re.search(r"(?:\b[a-z]+|\()[ \t]*\n?[ \t]*\Z", before):
        # a number word in a name mid-sentence: "in the Four Oaks ward", "(Six Bells)"; not one opening a paragraph
        # after a heading's last word ("Options/Alternatives considered\n\nFive Options – ...")
        return "name"
    if q.is_word and text[q.start].isupper() and (
            re.search(r"[a-z,(]\s+[A-Z][a-z]+\s+(?:(?:for|of|the|and|in|on|to)\s+)?$", before) or re.match(r"^\s+\([A-Z][A-Za-z]*\d*\)", after)):
        return "name"  # the end of a name mid-sentence: "the take-up of Free for Two (FF2)", "Key Stage Two"
    # a number word in a hyphenated adjective: "two-tier areas", "a four-area locality model"
    if re.match(r"^-times?\b", text[q.end : q.end + 7], re.I):
        return "compound_word"  # "a keynote from 4-time Olympian"
    if q.is_word and re.match(r"^-[a-z]", text[q.end : q.end + 2]):
        return "compound_word"
    if q.is_word and _vague_amount_before().search(before):
        return "word_not_count"  # "one or two main topics", "a year or two ago": a vague amount
    if q.is_word and re.match(r"^\s+(?:or|and|to)\b", after):
        return "word_not_count"
    if _AGE_PLUS_AFTER.match(after) and (q.quantity.value <= 25 or (before.endswith("(") and q.quantity.value <= 100)
                                         or (q.quantity.value <= 100 and _AGE_BAND_PLUS_AFTER.match(after))
                                         or (60 <= q.quantity.value <= 100 and _OLDER_BAND_PLUS_AFTER.match(after))):
        return "age"  # "16+", "older people (65+)"
    if re.match(r"^\s+(?:and|or)\s+(?:over|older)\b", after) and q.quantity.value <= 100:
        return "age"  # "older people (65 and over)"
    if re.match(r"^\s*(?:hours?|hrs?|minutes?|mins?)\b", after) and _duration_schedule().search(before):
        return "schedule"  # "attended within 2 hours of notification"
    if (q.quantity.value <= 72 and re.match(r"^\s*(?:hours?|hrs?)\b", after)
            and re.search(r"\b(?:response|repair|turnaround|resolution|attendance)\s+times?\b[^.;]{0,30}$", text[max(0, ns - 70) : ns], re.I)):
        return "schedule"  # "response times varying from 24 hours, 5 working days ...", "a response time of 24 hours": a standard
    if re.match(r"^\s?(?:minutes?|mins?|seconds?|secs?)\b", after, re.I) or re.search(r"\b(?:minutes?|mins?)\s+$", before, re.I):
        return "clock_time"  # "1 minute 7 seconds", "42 seconds": a call time, no claim unit measures it
    if _service_number().match(text, ns):
        return "service_number"  # "91.3% of 999 calls", "a 101 call": the line's name
    if re.match(r"^(?:\s*(?:to|-|–)\s*\d+(?:\.\d+)?)?[\s-]?(?:miles?|km|kilomet(?:re|er)s?|metres?|meters?|mph|km/h|kph)\b",
                after, re.I):
        return "distance"  # "9 miles away", "a 3-mile round trip", a speed limit "from 60 to 30 mph": no claim unit
    if re.match(r"^-(?:hours?|hrs?)\b", after, re.I):
        return "schedule"  # "a 3-hour Data Protection training course": how long a session runs, no claim unit
    if _vehicle_class_after().match(after):
        return "vehicle_class"  # "the 7.5-ton lorry restriction": a class of vehicle a limit names, no tonnage measured
    if re.search(r"\bage\s+of\s+(?:[\w-]+\s+){1,3}(?:to|at|from)\s+$", before, re.I) and q.quantity.value <= 25:
        return "age"  # "Lower the age of universal suffrage to 16"
    if re.search(r"\bif\s+$", before, re.I) and re.match(r"^\s+or\s+(?:more|fewer|less)\b", after, re.I):
        return "threshold"  # "if 10 or more Parishioners wished to create an election": a condition's number
    if re.match(r"^\s*(?:hours?|hrs?)\b(?:\s+(?:of\s+)?[\w-]+){0,2}?\s+(?:per|a|each)\s+(?:week|day|month)\b", after, re.I):
        return "schedule"  # "14 hours of activity per week": opening hours, no claim unit measures them
    if re.match(r"^\s?(?:KB|MB|GB|kB)\b", after):
        return "file_size"  # "(PDF, 150.3 KB)": a download's size
    if re.search(r"\bages?\s+(?:ranging\s+)?(?:from\s+|between\s+)?(?:\d+\s*(?:to|-|–|and)\s*)?$", before, re.I):
        return "age"  # "with ages ranging from 18 to 87"
    if _named_unit_after().match(after + text[ne + 30 : ne + 60]):
        return "name"  # "36 Royal Engineers", "579 Field Squadron": a military unit's name
    if re.search(r"\baffect(?:s|ing)?\s+(?:more\s+than\s+|two\s+or\s+more\s+)?$", before, re.I) and re.match(
            r"^\s+(?:or\s+more\s+)?(?:electoral\s+)?(?:divisions?|wards)\b", after, re.I):
        return "decision_criterion"  # a key decision "affects more than 2 Electoral Divisions"
    if (re.match(rf"^\s?{_SPAN_HEAD}\s*(?:$|(?=\d+\s?{_SPAN_HEAD}|(?:Quarter|Q[1-4])\b))",
                 text[ne : text.find("\n", ne) if "\n" in text[ne:] else len(text)], re.I)
            and re.search(r"(?:^|\n|\b(?:to|ending)\s)[ \t]*$", before)):
        return "period"  # a column head "12 mths to" above "Dec 24" (or beside the next, "12 mths to 12 mths to Quarter to")
    return None
