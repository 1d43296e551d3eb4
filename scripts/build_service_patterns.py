"""Write miner/nlp/patterns/services.jsonl from the groups below (run after editing them).

The JSONL is the data the component loads; this script only keeps its
repetitive token patterns consistent. Each group gets a `//` comment line
saying what it catches, with a real example.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "miner" / "nlp" / "patterns" / "services.jsonl"

# Standard acronyms shaped like a council's initials ("ME" + "CC") that name something else: the terms' known
# acronyms whose expansion is no council.
NOT_COUNCIL_INITIALS = sorted(
    short for short, long in json.loads((OUT.parent / "service_terms.json").read_text())["known_acronyms"].items()
    if re.fullmatch(r"[A-Z]{1,3}(?:CC|BC|DC|MBC)", short) and not long.endswith("Council"))

# Words after a national charity's name that make a session it runs, not a local branch named by its place.
SESSION_WORDS = ["Clinic", "Clinics", "Drop", "Session", "Sessions", "Surgery", "Surgeries", "Helpline", "Service",
                 "Services", "Appointment", "Appointments", "Adviser", "Advisers", "Advisor", "Advisors", "Worker",
                 "Workers", "Team", "Outreach"]

# A capitalised word that can start a name ("Youth", "Medway", "SEND"), not a function word.
STOP = ["the", "a", "an", "our", "this", "these", "that", "each", "every", "all", "any",
        "new", "key", "in", "of", "for", "and", "to", "from", "with", "by", "as", "at",
        "on", "his", "her", "their", "its", "my", "we", "i", "following", "under",
        "through", "via", "both", "other", "current", "existing", "proposed",
        "many", "less", "more", "most", "some", "such", "no", "further", "additional", "several", "various",
        # a table's sum: 'Total programme value: £41.3m' (written for the probe)
        "total", "overall"]
START = {"TEXT": {"REGEX": r"^[A-Z][A-Za-z\-]*$"}, "LOWER": {"NOT_IN": STOP}}
# A first word of a name that is not a council's own organ named bare: "The Council and NHS Westvale ..." is two names.
BODY_START = {"TEXT": START["TEXT"], "LOWER": {"NOT_IN": STOP + ["council", "cabinet", "committee", "board"]}}
# Hyphenated names come as three tokens: "Step", "-", "Up".
MOD = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z\-]*|'s|'|&|-|\d+(?:-\d+)?\+?)$"}, "OP": "*"}
# The same without hyphens: a head word after "-" is the end of a hyphenated word ("Holt-Castle").
MOD_NO_HYPHEN = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z]*|'s|'|&|\d+(?:-\d+)?\+?)$"}, "OP": "*"}
# Lower-case connectors only (plus "AND"): all-caps headings "IMPACT OF ... HUB" are not names.
CONN = {"ORTH": {"IN": ["and", "of", "for", "&", "to", "in", "AND"]}}
CAP = {"TEXT": {"REGEX": r"^[A-Z][A-Za-z\-]*$"}}
# a national charity's local branch by its place ("Age UK Northbridge"), not a session it runs (`SESSION_WORDS`)
BRANCH_PLACE = {**CAP, "ORTH": {"NOT_IN": SESSION_WORDS}}
# A capitalised word of an area's name, not a kind word that starts a plan or body after it:
# "Transport for the South East" + "Strategic Investment Plan".
AREA_WORD = {"TEXT": {"REGEX": r"^[A-Z][A-Za-z\-]*$"},
             "ORTH": {"NOT_IN": ["Strategic", "Investment", "Plan", "Strategy", "Programme", "Board", "Partnership",
                                 "Committee", "Forum", "Fund", "Scheme", "Framework", "Transport", "Local", "Bus", "Rail"]}}
# A word of an area after "NHS" ("NHS Lanford", "NHS Kent and Medway"), not a word of a national NHS body,
# product or scheme ("NHS England", "NHS Health Check", "NHS Digital", "NHS Foundation Trust").
NHS_AREA_WORD = {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"},
                 "ORTH": {"NOT_IN": AREA_WORD["ORTH"]["NOT_IN"] + [
                     "England", "Health", "Digital", "Property", "Services", "Service", "Providers", "Continuing",
                     "Healthcare", "Trust", "Foundation", "Confederation", "Employers", "Pensions", "Resolution",
                     "Talking", "Direct", "Choices", "Check", "Checks", "Constitution", "Long", "Term", "Test",
                     "Trace", "Blood", "Supply", "Business", "Counter", "Fraud", "Shared", "Workforce", "App",
                     "Integrated", "Care", "Clinical", "Commissioning", "Mental", "Dental", "Pharmacy", "Primary",
                     "Community", "Acute", "National", "Regional", "Area", "Provider", "Partner", "Partners"]}}
# A word of a police force's area ("Thames Valley Police"), not a kind of policing or team ("Neighbourhood Police").
POLICE_AREA_WORD = {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"},
                    "ORTH": {"NOT_IN": AREA_WORD["ORTH"]["NOT_IN"] + [
                        "The", "Neighbourhood", "Neighbourhoods", "Community", "Special", "Traffic", "Mounted",
                        "Military", "Village", "School", "Schools", "Youth", "Cadet", "Cadets", "Volunteer",
                        "Response", "Safer", "Chief", "Deputy", "Assistant", "National", "Local", "County", "Our",
                        "When", "Where", "If", "With", "Both", "All", "Officers", "Staff"]}}
# A codename after "Operation" or "Project" ("Willow", "Horizon"), not a word of the project's own business.
CODENAME = {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"},
            "LOWER": {"NOT_IN": ["summary", "manager", "managers", "management", "board", "team", "group", "officer",
                                 "officers", "lead", "leads", "plan", "plans", "sponsor", "director", "coordinator",
                                 "co-ordinator", "initiation", "description", "name", "title", "cost", "costs",
                                 "budget", "delivery", "update", "status", "overview", "details", "funding", "review",
                                 "proposal", "proposals", "outcomes", "objectives", "timeline", "timescales", "risks",
                                 "risk", "scope", "closure", "support", "assurance", "office", "governance", "total",
                                 "reference", "start", "end", "completion", "brief", "mandate", "phase", "stage",
                                 "board's", "and", "of", "for", "the", "in", "to", "on", "area", "areas", "partners",
                                 "officer's", "requirements", "services", "service", "costs", "control", "controls",
                                 "capital", "revenue", "works", "work", "name", "number", "type", "value", "location",
                                 "date", "dates", "spend", "income", "savings", "benefits", "milestones", "progress",
                                 # a project's change form: 'a Project Adjustment Request (PAR)' (written for the probe)
                                 "adjustment", "adjustments", "request", "requests", "change", "changes",
                                 # and its papers and groups in the plural: 'endorse the Programme and Project
                                 # Summaries for 2014-15' (Plymouth Cabinet 2014)
                                 "summaries", "updates", "reports", "report", "boards", "teams", "groups", "leads",
                                 "documents", "documentation", "briefs", "mandates", "sponsors"]}}
# A plan's years, as one token or three: "2025-29", "2025 - 29", "2016–2019"; or none.
YEARS = ([], [{"TEXT": {"REGEX": r"^\d{4}(?:[-–]\d{2,4})?$"}}],
         [{"TEXT": {"REGEX": r"^\d{4}$"}}, {"ORTH": {"IN": ["-", "–", "—"]}}, {"TEXT": {"REGEX": r"^\d{2,4}$"}}])
# The first word of a plan's subject after "for": capitalised, not a month (`month_words`).
SUBJECT_START = {**CAP, "ORTH": {"NOT_IN": json.loads((OUT.parent / "service_terms.json").read_text())["month_words"]}}
# Capitalised words, possessives and lower-case connectors inside a long title.
NAME_RUN = {"TEXT": {"REGEX": r"^(?:[A-Z][A-Za-z\-]*|'s|'|&|and|of|for|in|with|the|to)$"}, "OP": "*"}
# A word of a Scottish or Welsh NHS health board's area ("Grampian Health Board", "Cwm Taf University Health Board"),
# not a kind of health or board ("Public Health Board", "Mental Health Board", "Shadow Health Board")
HEALTH_BOARD_AREA_WORD = {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"},
                          "ORTH": {"NOT_IN": NHS_AREA_WORD["ORTH"]["NOT_IN"] + [
                              "Public", "Wellbeing", "Safety", "Shadow", "Local", "University", "Teaching", "The",
                              "Joint", "Partnership", "Children", "Adult", "Adults", "Sexual", "Oral", "Population"]}}


# Forms of address before a person's name in minutes and reports.
TITLES = ["Mr", "Mrs", "Ms", "Miss", "Dr", "Councillor", "Cllr", "Sir", "Dame", "Mr.", "Mrs.", "Ms.", "Dr.",
          "Cllr.",
          # (entities round 73; titles the pattern missed in three checks) an academic's, a priest's and a mayor's
          # title before initials or a name: 'Prof. A. Hopkins' (West Midlands Ambulance Service Trust Board 2025),
          # 'Rev Fr N Cale' (Haverfordwest Town Council 2017), 'Mayor Dorothy Thornhill' (Hertfordshire Police and
          # Crime Panel 2012); a title before a full name is dropped by the ruler as for the others
          "Prof", "Prof.", "Professor", "Rev", "Revd", "Reverend", "Fr", "Mayor",
          # (entities round 75; councillors' titles by tier missed in three checks) a county's, district's or community
          # councillor's short title: 'DCllr G Reynolds' (The Bourtons Parish Council 2018), 'CClr Cottingham'
          # (Milnathort Community Council 2015); with a tier word before 'Councillor' or 'Cllr' (TIER_WORDS below)
          "CCllr", "DCllr", "CClr", "DClr", "Clr", "Clr.",
          # plural titles head a list of members ("Present: Cllrs M Fraser, D Lowe and P Singh"); the
          # ruler keeps them off the first name (miner/nlp/service_ruler.py, person_list_titles)
          "Councillors", "Cllrs", "Cllrs.", "CClrs", "Clrs", "CCllrs", "DCllrs"]
# (entities round 75) a council's tier written before a councillor's title, part of the title as the checks' gold writes
# it: 'District Councillor Howells' (Hempstead Parish Council 2014), 'County Cllr A Tudor' (Haverfordwest Town Council
# 2017); a place's name before the title is not ('Shropshire Cllr N Hartin': the place, then 'Cllr N Hartin')
TIER_WORDS = ["County", "District", "Borough", "City", "Town", "Parish", "Ward", "Community"]
COUNCILLOR_TITLES = ["Councillor", "Cllr", "Cllr."]
# A surname or first name: "Gough", "McMahon", "O'Brien".
NAME = {"TEXT": {"REGEX": r"^[A-Z][A-Za-z']*[a-z]$"}}
# Minutes' verbs written capitalised after a member's name ("Cllr Jim Proposed"), no part of it.
MINUTES_VERBS = ["Proposed", "Seconded", "Agreed", "Resolved", "Abstained"]
# (entities round 65) and a declarations list's words after a member's surname or a councillor's role, no names
# either: 'Cllr Beck Personal interest in item 7 (Borough Councillor Report)' (Groby parish minutes 2008)
MINUTES_WORDS = ["Personal", "Prejudicial", "Pecuniary", "Interest", "Interests", "Report"]


def heads(*words: str, lower: bool = False) -> dict:
    forms = [w for w in words] + [w.upper() for w in words] + ([w.lower() for w in words] if lower else [])
    return {"ORTH": {"IN": forms}}


def named(head: dict) -> list[list[dict]]:
    """Capitalised modifiers, up to two connectors, then the head word."""
    return [
        [START, MOD, head],
        [START, MOD, CONN, CAP, MOD, head],
        [START, MOD, CONN, CAP, MOD, CONN, CAP, MOD, head],
    ]


def phrases(label: str, names: list[str], group: str) -> list[dict]:
    return [{"label": label, "pattern": n, "id": f"gazetteer:{group}"} for n in names]


def tokens(label: str, pats: list[list[dict]], group: str) -> list[dict]:
    if label == "BOARD":  # a board's name in a heading in capitals keeps its possessive: "CHILDREN'S SERVICES OVERVIEW &
        # SCRUTINY COMMITTEE" (Central Bedfordshire children's scrutiny agenda 2015; entities round 57); not other kinds,
        # where a capitals heading runs on through "'S" ("ATTENDANCE OF THE PORTFOLIO HOLDER FOR CHILDREN'S SERVICES")
        pats = [[_caps_possessive(t) for t in p] for p in pats]
    return [{"label": label, "pattern": p, "id": f"token:{group}"} for p in pats]


def _caps_possessive(token: dict) -> dict:
    """A name-word token that takes "'s" takes "'S" too."""
    regex = token.get("TEXT", {}).get("REGEX") if isinstance(token.get("TEXT"), dict) else None
    if regex is None or "|'s|" not in regex:
        return token
    return {**token, "TEXT": {**token["TEXT"], "REGEX": regex.replace("|'s|", "|'[sS]|")}}


# A grant's first word, not a kind of money ('a Strategic Grant', 'the Capital Grant') nor a heading in capitals.
GRANT_START = {"TEXT": {"REGEX": r"^[A-Z][a-z][A-Za-z\-]*$"},
               "LOWER": {"NOT_IN": STOP + ["capital", "revenue", "strategic", "specific", "general", "government",
                                           "one", "grant", "grants"]}}
# (no "The" inside: 'for Unaccompanied Asylum The Grant no longer covers', a PDF table's cells run together)
GRANT_MOD = {**MOD, "LOWER": {"NOT_IN": ["the"]}}


# Words that make a kind of school, not one school, before its phase: "Maintained Primary", "Total Secondary".
SCHOOL_KINDS = ["total", "maintained", "special", "selective", "non", "all", "other", "mainstream", "independent",
                "free", "state", "infant", "junior", "upper", "lower", "middle", "faith", "academy", "academies"]


# Kind words that end a national scheme's name ('Household Support Fund', 'New Homes Bonus'), and the
# ones that may follow a name without one ('Supporting Families' + 'programme'; not 'grant': 'Basic Need
# grant' is the scheme 'Basic Need', as the annotation guidelines write it).
KIND_WORDS = {"fund", "funds", "grant", "grants", "programme", "scheme", "levy", "bonus", "block", "initiative",
              "settlement", "allowance", "plan", "strategy"}
KIND_WORDS_AFTER = ["programme", "scheme", "fund", "initiative"]


def lower_case_names(label: str, names: list[str], group: str) -> list[dict]:
    """Exact-hit patterns for names written all in lower case but for acronyms and proper nouns
    ('the household support fund', 'the homes for Ukraine scheme'): the first word lower case, the
    rest compared in lower case; a name of one word or with no kind word needs a kind word after it."""
    pats = []
    for name in names:
        words = name.replace("'", " '").split()
        if len(words) < 2 or not words[0][:1].isupper() or words[0].isupper() or words[0] != words[0].title():
            continue  # one word, an acronym ('UK Shared Prosperity Fund', 'NHS Health Check') or 'iBCF'
        pat = [{"ORTH": words[0].lower()}] + [{"LOWER": w.lower()} for w in words[1:]]
        if words[-1].lower() not in KIND_WORDS:
            pat.append({"ORTH": {"IN": KIND_WORDS_AFTER}})
        if pat not in pats:  # 'Public Health Grant' and 'Public Health grant' are one pattern
            pats.append(pat)
        # in sentence case too, at a table cell's or a sentence's start, when the name ends on its kind word:
        # '| Business rates compensation grant |' (Kent Cabinet report, 4 March 2025)
        sentence = [{"ORTH": words[0]}] + pat[1:]
        if words[-1].lower() in KIND_WORDS and sentence not in pats:
            pats.append(sentence)
    return [{"label": label, "pattern": p, "id": f"gazetteer:{group}"} for p in pats]


# England's upper-tier and unitary areas, metropolitan boroughs, London boroughs, shire districts,
# regions, nations.
PLACES = [
    # shire counties
    "Cambridgeshire", "Derbyshire", "Devon", "East Sussex", "Essex", "Gloucestershire", "Hampshire",
    "Hertfordshire", "Kent", "Lancashire", "Leicestershire", "Lincolnshire", "Norfolk", "North Yorkshire",
    "Nottinghamshire", "Oxfordshire", "Somerset", "Staffordshire", "Suffolk", "Surrey", "Warwickshire",
    "West Sussex", "Worcestershire", "Cumbria", "Northamptonshire", "Buckinghamshire", "Dorset",
    # unitary areas ("Reading" is left out: the word starts sentences)
    "Bath and North East Somerset", "Bedford", "Blackburn with Darwen", "Blackpool",
    "Bournemouth, Christchurch and Poole", "Bracknell Forest", "Brighton and Hove", "Bristol",
    "Central Bedfordshire", "Cheshire East", "Cheshire West and Chester", "Cornwall", "Darlington", "Derby",
    "Durham", "East Riding of Yorkshire", "Halton", "Hartlepool", "Herefordshire", "Isle of Wight",
    "Isles of Scilly", "Kingston upon Hull", "Leicester", "Luton", "Medway", "Middlesbrough", "Milton Keynes",
    "North East Lincolnshire", "North Lincolnshire", "North Somerset", "Northumberland", "Nottingham",
    "Peterborough", "Plymouth", "Portsmouth", "Redcar and Cleveland", "Rutland", "Shropshire",
    "Slough", "Southampton", "Southend-on-Sea", "South Gloucestershire", "Stockton-on-Tees", "Stoke-on-Trent",
    "Swindon", "Telford and Wrekin", "Thurrock", "Torbay", "Warrington", "West Berkshire", "Wiltshire",
    "Windsor and Maidenhead", "Wokingham", "York", "North Northamptonshire", "West Northamptonshire",
    "Cumberland", "Westmorland and Furness",
    # metropolitan boroughs
    "Barnsley", "Birmingham", "Bolton", "Bradford", "Calderdale", "Coventry", "Doncaster", "Dudley",
    "Gateshead", "Kirklees", "Knowsley", "Leeds", "Liverpool", "Manchester", "Newcastle upon Tyne",
    "North Tyneside", "Oldham", "Rochdale", "Rotherham", "Salford", "Sandwell", "Sefton", "Sheffield",
    "Solihull", "South Tyneside", "St Helens", "Stockport", "Sunderland", "Tameside", "Trafford", "Wakefield",
    "Walsall", "Wigan", "Wirral", "Wolverhampton",
    # London boroughs
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon", "Ealing", "Enfield",
    "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon",
    "Hounslow", "Islington", "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham",
    "Merton", "Newham", "Redbridge", "Richmond upon Thames", "Southwark", "Tower Hamlets",
    "Waltham Forest", "Wandsworth", "Westminster",
    # shire districts ("Hart" and "Rugby" are left out: a surname and a sport)
    "Cambridge", "East Cambridgeshire", "Fenland", "Huntingdonshire", "South Cambridgeshire",
    "Amber Valley", "Bolsover", "Chesterfield", "Derbyshire Dales", "Erewash", "High Peak",
    "North East Derbyshire", "South Derbyshire",
    "East Devon", "Exeter", "Mid Devon", "North Devon", "South Hams", "Teignbridge", "Torridge", "West Devon",
    "Eastbourne", "Hastings", "Lewes", "Rother", "Wealden",
    "Basildon", "Braintree", "Brentwood", "Castle Point", "Chelmsford", "Colchester", "Epping Forest", "Harlow",
    "Maldon", "Rochford", "Tendring", "Uttlesford",
    "Cheltenham", "Cotswold", "Forest of Dean", "Gloucester", "Stroud", "Tewkesbury",
    "Basingstoke and Deane", "East Hampshire", "Eastleigh", "Fareham", "Gosport", "Havant", "New Forest",
    "Rushmoor", "Test Valley", "Winchester",
    "Broxbourne", "Dacorum", "East Hertfordshire", "Hertsmere", "North Hertfordshire", "St Albans", "Stevenage",
    "Three Rivers", "Watford", "Welwyn Hatfield",
    "Ashford", "Canterbury", "Dartford", "Dover", "Folkestone and Hythe", "Gravesham", "Maidstone", "Sevenoaks",
    "Swale", "Thanet", "Tonbridge and Malling", "Tunbridge Wells",
    "Burnley", "Chorley", "Fylde", "Hyndburn", "Lancaster", "Pendle", "Preston", "Ribble Valley", "Rossendale",
    "South Ribble", "West Lancashire", "Wyre",
    "Blaby", "Charnwood", "Harborough", "Hinckley and Bosworth", "Melton", "North West Leicestershire",
    "Oadby and Wigston",
    "Boston", "East Lindsey", "Lincoln", "North Kesteven", "South Holland", "South Kesteven", "West Lindsey",
    "Breckland", "Broadland", "Great Yarmouth", "King's Lynn and West Norfolk", "North Norfolk", "Norwich",
    "South Norfolk",
    "Ashfield", "Bassetlaw", "Broxtowe", "Gedling", "Mansfield", "Newark and Sherwood", "Rushcliffe",
    "Cherwell", "Oxford", "South Oxfordshire", "Vale of White Horse", "West Oxfordshire",
    "Cannock Chase", "East Staffordshire", "Lichfield", "Newcastle-under-Lyme", "South Staffordshire", "Stafford",
    "Staffordshire Moorlands", "Tamworth",
    "Babergh", "East Suffolk", "Ipswich", "Mid Suffolk", "West Suffolk",
    "Elmbridge", "Epsom and Ewell", "Guildford", "Mole Valley", "Reigate and Banstead", "Runnymede", "Spelthorne",
    "Surrey Heath", "Tandridge", "Waverley", "Woking",
    "North Warwickshire", "Nuneaton and Bedworth", "Stratford-on-Avon", "Warwick",
    "Adur", "Arun", "Chichester", "Crawley", "Horsham", "Mid Sussex", "Worthing",
    "Bromsgrove", "Malvern Hills", "Redditch", "Worcester", "Wychavon", "Wyre Forest",
    # metropolitan counties, the areas of combined authorities and police forces ('the Mayor of Greater
    # Manchester', written for the probe)
    "Greater Manchester", "Merseyside", "South Yorkshire", "West Yorkshire", "Tyne and Wear", "Greater London",
    # regions and nations
    "South West", "South East", "North West", "North East", "East Midlands", "West Midlands",
    "Yorkshire and the Humber", "East of England", "London", "England", "Wales", "Scotland",
    "Northern Ireland", "United Kingdom", "Britain", "Great Britain",
]

# Shire districts named after two towns or areas joined by "and": two places, as the guidelines join no places by
# "and" ("Folkestone and Hythe" is "Folkestone" and "Hythe", the Kent papers' gold; "King's Lynn" and "West Norfolk",
# the Norfolk parish minutes' gold). Their councils keep the whole name ("Tonbridge and Malling Borough Council").
TWO_PLACE_DISTRICTS = ["Basingstoke and Deane", "Folkestone and Hythe", "Tonbridge and Malling", "Hinckley and Bosworth",
                       "Oadby and Wigston", "King's Lynn and West Norfolk", "Newark and Sherwood", "Epsom and Ewell",
                       "Reigate and Banstead", "Nuneaton and Bedworth"]
PLACE_NAMES = list(dict.fromkeys(
    part for p in PLACES for part in (p.split(" and ") if p in TWO_PLACE_DISTRICTS else [p])))


# The budget plans every council keeps by law.
BUDGET_PLANS = ["Medium Term Financial Plan", "Medium Term Financial Strategy", "MTFP", "MTFS",
                # and the policy on reserves its budget sets beside them, on whose adequacy the chief finance officer
                # reports to the budget meeting: '(n) The Reserves Policy as set out in appendix H of the final draft
                # budget report' (Kent County Council minutes 13 Feb 2025); capitalised only, as 'the Capital
                # Strategy' (a lower-case 'reserves policy' is any policy on them)
                "Reserves Policy"]
# National programmes and practice models councils run.
NATIONAL_PROGRAMMES = ["Troubled Families", "Troubled Families Programme", "Supporting Families",
    "Signs of Safety", "Step Up to Social Work", "Frontline", "Partners in Practice",
    "Partner in Practice", "Sure Start", "SureStart", "Strengthening Families",
    "Graded Care Profile", "Adoption Support Fund", "National Adoption Week",
    "Restorative Justice", "Fostering for Adoption", "Staying Put", "Staying Close",
    "Healthy Child Programme", "Holiday Activities and Food Programme",
    # adults, housing, benefits and public health schemes every council runs
    "Family Safeguarding", "Discharge to Assess", "Shared Lives", "Housing First",
    "Disabled Facilities Grant", "Disabled Facilities Grants", "Local Housing Allowance",
    "Council Tax Support", "Council Tax Reduction Scheme", "Right to Buy", "Homes for Ukraine",
    "Affordable Homes Programme", "Rough Sleeping Initiative", "Holiday Activities and Food",
    "Healthy Start", "NHS Health Check", "NHS Health Checks", "Making Every Contact Count",
    "Biodiversity Net Gain", "Bikeability",
    # housing and homelessness programmes of the housing ministry: 'the rough sleeping accommodation
    # programme', 'the Homelessness Prevention Grant (HPG)' (written for the probe)
    "Homelessness Prevention Grant", "Rough Sleeping Accommodation Programme", "Local Authority Housing Fund",
    "Single Homelessness Accommodation Programme",
    # the Home Office's community safety fund: 'the safer streets fund paid for new CCTV'
    "Safer Streets Fund",
    # the statutory arrangements for managing violent and sexual offenders (a framework, as the guidelines make
    # one a programme): 'Multi-Agency Public Protection Arrangements (MAPPA) continue to manage ...' (written
    # for the probe)
    "Multi-Agency Public Protection Arrangements", "Multi Agency Public Protection Arrangements", "MAPPA",
    # the government's cyber security schemes councils certify under: 'achieved Cyber Essentials Plus
    # certification', 'the NCSC Active Cyber Defence services' (written for the probe)
    "Cyber Essentials", "Cyber Essentials Plus", "Active Cyber Defence",
    # the Local Government Association's review of a council: 'The LGA Corporate Peer Challenge took place in May'
    "Corporate Peer Challenge",
    # the police's schemes that tell schools of domestic abuse and disclose offenders' histories: 'Operation
    # Encompass notifies schools', 'the Domestic Violence Disclosure Scheme (Clare's Law)' (written for the probe)
    "Operation Encompass", "Domestic Violence Disclosure Scheme", "Clare's Law", "Sarah's Law",
    # the Department for Transport's road and rail programme: 'from the Network North road resurfacing fund'
    "Network North",
    # the Department for Education's holiday scheme by its acronym: 'HAF places'
    "HAF",
    # the Department for Education's adult skills programmes, which combined authorities run: 'the Adult Skills
    # Fund (ASF)', 'Skills Bootcamps', 'the Free Courses for Jobs offer' (written for the probe)
    "Adult Skills Fund", "Adult Education Budget", "Skills Bootcamps", "Skills Bootcamp", "Free Courses for Jobs",
    # the Department for Education's adult numeracy programme and the housing standard every social landlord
    # reports against: 'delivered Multiply courses to 900 adults', 'the Decent Homes works' (written for the
    # probe); not the plan a failed SEND inspection asks for, a kind of plan ('A Written Statement of Action
    # outlining the areas of weakness', Medway 2020, not in its gold)
    "Multiply", "Decent Homes Standard", "Decent Homes",
    # national library reading schemes: 'the Summer Reading Challenge reached 12,400 children'
    "Summer Reading Challenge", "Bookstart",
    # national reading, carers' and health-inequalities schemes councils' plans name bare, and the acronym of the
    # health-promotion scheme every council runs: 'Books Beyond Words reading groups', 'Support Triangle of Care
    # action plans', 'Support Core20PLUS5 projects', 'Family Hubs to offer MECC' (Kent ICS activity appendix 2025)
    "Books Beyond Words", "Reading Well", "Triangle of Care", "Core20PLUS5", "Core20plus5", "Core 20plus5",
    "Core20", "MECC", "Making Every Contact count",
    # clean air charging schemes: 'its experience of the Ultra Low Emission Zone' (written for the probe)
    "Ultra Low Emission Zone", "ULEZ", "Clean Air Zone",
    # the emergency services' joint doctrine and the police inspectorate's inspection programme, named in fire and
    # police papers: 'the Joint Emergency Services Interoperability Principles (JESIP) refresher', 'inspected the
    # force under the PEEL programme' (written for the probe)
    "Joint Emergency Services Interoperability Principles", "JESIP", "PEEL"]
# National grants, funds, levies and schemes that pay for council services.
NATIONAL_FUNDING = ["Dedicated Schools Grant", "DSG", "Revenue Support Grant", "Better Care Fund",
    "Improved Better Care Fund", "Household Support Fund", "Public Health Grant",
    "Public Health grant", "Safety Valve", "Pupil Premium", "New Homes Bonus",
    "Community Infrastructure Levy", "CIL", "Apprenticeship Levy", "Levelling Up Fund",
    "UK Shared Prosperity Fund", "UKSPF", "Towns Fund", "Extended Producer Responsibility",
    "Simpler Recycling", "Emissions Trading Scheme", "Public Sector Decarbonisation Scheme",
    "PSDS", "English National Concessionary Travel Scheme", "ENCTS", "Basic Need",
    # the Dedicated Schools Grant's blocks, and capital and transport funds of the
    # finance monitoring reports: 'from the Schools' block to the High Needs Block',
    # 'the £5.9m Local Growth Fund (LGF) contribution' (Kent finance monitoring 2024)
    "High Needs Block", "Early Years Block", "Schools Block", "Schools' Block",
    "Central School Services Block", "Local Government Finance Settlement",
    # the settlement as papers also write it: 'Regarding the Local Government Financial Settlement' (Kent minutes,
    # 19 December 2024)
    "Local Government Financial Settlement",
    "Local Growth Fund", "Housing Infrastructure Fund", "Bus Service Improvement Plan",
    "BSIP", "Zero Emission Bus Regional Areas", "Active Travel Fund", "School Rebuild Programme",
    "Family Hubs and Start for Life", "Start for Life", "Continuing Healthcare",
    # the same programme without its "and", now that a bare "Family Hubs" is a service (round 40): 'the Family
    # Hubs Start for life programme' (Kent ICS priorities appendix 2025)
    "Family Hubs Start for Life", "Family Hubs Start for life",
    "Continuing Health Care", "Treescape Fund", "Growing Places Fund",
    # highways and flood funding: 'the Department for Transport's Highways Maintenance
    # Block' (written for the probe)
    "Highways Maintenance Block", "Integrated Transport Block", "Potholes Fund",
    "Flood Defence Grant in Aid", "FDGiA", "Vision Zero",
    # 'an allocation of the social care grant', 'the national concessionary travel
    # scheme' (Kent Cabinet minutes 2025)
    "Social Care Grant", "National Concessionary Travel Scheme",
    # transport, regeneration, culture and housing funds of the funding and transport probes: 'the City
    # Region Sustainable Transport Settlement (CRSTS)', 'Local Transport Grant for 2026/27', 'the Long-Term
    # Plan for Towns, now renamed the Plan for Neighbourhoods', 'Pupil Premium Plus of £2,570 per child'
    # (written for the probe)
    "City Region Sustainable Transport Settlement", "CRSTS", "Local Transport Grant",
    # the government's agreements and deals with local areas: 'The real motivation for having LSPs was to drive the
    # Local Area Agreements (LAAs)', 'The Skills and Enterprise Sub-Partnership was leading on the City Deal' (West
    # Berkshire Health and Wellbeing Board agenda item); 'Town Deals' (House of Commons Library briefing CBP-9460)
    "Local Area Agreement", "Local Area Agreements", "City Deal", "City Deals", "Growth Deal", "Growth Deals",
    "Town Deal", "Town Deals", "Community Renewal Fund",
    "Rural England Prosperity Fund", "Future High Streets Fund", "Brownfield Land Release Fund",
    "Community Ownership Fund", "Green Heat Network Fund", "Swimming Pool Support Fund",
    "Social Housing Decarbonisation Fund", "Home Upgrade Grant", "Long-Term Plan for Towns",
    "Plan for Neighbourhoods", "Pupil Premium Plus",
    # climate, waste, housing-regulation and regeneration schemes of the climate emergency, waste, housing
    # landlord and economic development probes: 'Warm Homes: Local Grant will replace HUG2', 'Extended
    # Producer Responsibility for packaging (pEPR)', 'the Great British Spring Clean', 'the Ombudsman's
    # Complaint Handling Code', 'The Tenant Satisfaction Measures (TSMs)', 'The Heritage Action Zone in
    # Easterby' (written for the probe)
    "Warm Homes: Local Grant", "Warm Homes: Social Housing Fund", "Warm Homes Plan", "Boiler Upgrade Scheme",
    "Energy Company Obligation", "Local Electric Vehicle Infrastructure Fund", "Sustainable Warmth",
    "Heat Network Efficiency Scheme", "Deposit Return Scheme", "pEPR", "Great British Spring Clean",
    "Complaint Handling Code", "Tenant Satisfaction Measures", "TSMs", "Tenant Satisfaction Measures Standard",
    "National Tenant Engagement Standards", "Safety and Quality Standard",
    "Transparency, Influence and Accountability Standard", "Neighbourhood and Community Standard",
    "Tenancy Standard", "Governance and Financial Viability Standard", "Value for Money Standard",
    "Rent Standard", "Heritage Action Zone", "High Streets Heritage Action Zone",
    # the business rates retention scheme's grants to county councils and the Department for Transport's active
    # travel grant, in a late budget report: 'share of Retained Business Rates growth/Business Rates Compensation
    # Grant', '| Business rates top up grant |', 'the Active Travel grant funding' (Kent Cabinet report, 4 March 2025)
    "Business Rates Compensation Grant", "Business Rate Compensation Grant", "Business Rates Top-Up Grant",
    "Business Rate Top-Up Grant", "Business Rates Top Up Grant", "Business Rate Top Up Grant",
    # (with a lower-case "up": '| Business Rate Top-up Grant |', Kent budget update 2025)
    "Business Rates Top-up Grant", "Business Rate Top-up Grant",
    "Active Travel Grant", "Active Travel grant"]


GROUPS = [
    ("Inspectorates by name or acronym. e.g. 'The Old Vicarage was visited by Ofsted in March 2017' (Medway 2018)",
     phrases("INSPECTORATE", ["Ofsted", "OFSTED", "CQC", "Care Quality Commission", "HMIP", "HMI",
                              "HM Inspectorate of Probation", "Her Majesty's Inspectorate of Probation",
                              "HMICFRS", "HM Inspectorate of Constabulary", "Estyn", "Care Inspectorate",
                              "HM Inspectorate of Prisons", "HMI Prisons", "Regulator of Social Housing",
                              # the police, fire and rescue inspectorate by its full names
                              "HM Inspectorate of Constabulary and Fire & Rescue Services",
                              "HM Inspectorate of Constabulary and Fire and Rescue Services",
                              "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
                              "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services",
                              # Wales's and Scotland's care, health and housing inspectorates ('Care Inspectorate
                              # Wales (CIW) inspected the Council's Adult Services', written for the probe)
                              "Care Inspectorate Wales", "CIW", "Healthcare Inspectorate Wales", "HIW",
                              "Healthcare Improvement Scotland", "Scottish Housing Regulator", "Education Scotland",
                              # the CQC's forerunner for social care, 2004-2009, named in older papers ('comments made
                              # by the Commission for Social Care Inspection last year', Plymouth scrutiny 2009)
                              "Commission for Social Care Inspection", "CSCI"],
             "inspectorates")),
    ("National government bodies and agencies. e.g. 'jointly bid for a £850K investment from the DfE' (Medway 2018)",
     phrases("ORG", ["DfE", "DFE", "Department for Education", "Department of Education", "DHSC",
                     "Department of Health and Social Care",
                     # as papers also write it: 'until the Department of Health & Social Care and the Department
                     # for Education provide ...' (Kent Executive Response 2025)
                     "Department of Health & Social Care", "DWP", "Department for Work and Pensions",
                     "Home Office", "MHCLG", "Ministry of Housing, Communities and Local Government",
                     "Ministry of Justice", "NHS England", "NHS", "Public Health England", "LGA",
                     "Local Government Association", "ESFA", "Education and Skills Funding Agency",
                     # the county councils' national association: 'other organisations, such as the County Council
                     # Network (CCN) would be making representations' (Kent Cabinet minutes 30 January 2025)
                     "County Council Network",
                     "CAFCASS", "Cafcass", "ADASS", "NYA", "National Youth Agency", "High Court",
                     "Office for National Statistics", "ONS", "Regional Schools Commissioner",
                     "Department for Levelling Up, Housing and Communities", "DLUHC", "HM Treasury",
                     # the Department for Education's forerunners, 2001-2010, named in older papers ('During 2005/6
                     # the DfES consulted upon and issued guidance', Hampshire Cabinet 2006; entities round 49)
                     "DfES", "Department for Education and Skills", "DCSF",
                     "Department for Children, Schools and Families",
                     "Environment Agency", "Homes England", "National Highways", "Arts Council England",
                     "DfT", "DFT", "Department for Transport", "OBR", "Office for Budget Responsibility", "HMRC",
                     "Cabinet Office", "DEFRA", "Defra", "Department for Environment, Food and Rural Affairs",
                     "DESNZ", "Department for Energy Security and Net Zero", "DCMS", "Ministry of Defence",
                     "National Audit Office", "Bank of England", "European Union", "EU",
                     "Active Travel England", "Sport England", "Natural England", "Historic England",
                     # the heritage charity that looks after listed sites: 'works had started ... agreed with English
                     # Heritage' (Norfolk parish minutes 2020)
                     "English Heritage",
                     "Financial Conduct Authority", "Public Works Loan Board", "Public Works Loans Board", "PWLB",
                     "Debt Management Office", "Building Digital UK", "BDUK",
                     "Office for Product Safety and Standards", "UK Health Security Agency", "UKHSA",
                     # regulators, ombudsmen and other national public bodies every council deals with
                     "Local Government and Social Care Ombudsman", "LGSCO", "Housing Ombudsman",
                     "Information Commissioner's Office", "Charity Commission", "Electoral Commission",
                     "Local Government Boundary Commission for England", "Health and Safety Executive",
                     "Crown Prosecution Service", "National Probation Service", "Probation Service",
                     "Disclosure and Barring Service", "Legal Aid Agency", "Office of the Public Guardian",
                     # the employment relations service employers consult ('the amendment updates identified on the
                     # ACAS website to the Disciplinary and Grievance Policy', West Dereham parish minutes 2020), and
                     # the playing fields charity by its old name ('NPFA Revised Constitution', Wereham 2014)
                     "Advisory, Conciliation and Arbitration Service", "ACAS", "Acas",
                     "National Playing Fields Association", "NPFA",
                     "Court of Protection", "Valuation Office Agency", "HM Land Registry", "Land Registry",
                     "Network Rail", "Transport for London", "TfL", "Greater London Authority",
                     "Competition and Markets Authority", "Ofwat", "Ofgem", "Ofcom", "Ofqual",
                     "Department of Health", "Department for Business and Trade",
                     "Department for Culture, Media and Sport", "Department for Communities and Local Government",
                     "DCLG", "Public Sector Audit Appointments", "PSAA", "CIPFA", "Audit Commission",
                     # the housing complaints body by its service name, the national cyber security body and the
                     # prison and probation service: 'The Housing Ombudsman Service made two findings', 'The National
                     # Cyber Security Centre (NCSC) Active Cyber Defence services' (written for the probe)
                     "Housing Ombudsman Service", "National Cyber Security Centre", "NCSC",
                     "HM Prison and Probation Service", "HMPPS",
                     # public buying organisations councils buy through: 'bought through ESPO and YPO frameworks and
                     # the Crown Commercial Service (CCS)' (written for the probe)
                     "ESPO", "Eastern Shires Purchasing Organisation", "YPO", "Yorkshire Purchasing Organisation",
                     "Crown Commercial Service", "NEPO",
                     # national SEND advice bodies: 'Independent Provider of Special Education Advice (IPSEA)
                     # training was given' (written for the probe)
                     "Independent Provider of Special Education Advice", "IPSEA", "Council for Disabled Children",
                     "National Network of Parent Carer Forums", "NNPCF",
                     # the devolved governments and their national bodies, named in Welsh and Scottish councils'
                     # papers ('Public Health Scotland publishes the Core Suite of Integration Indicators',
                     # 'the Public Services Ombudsman for Wales received 9 complaints', written for the probe)
                     "Welsh Government", "Scottish Government", "Public Health Scotland", "Public Health Wales",
                     "NHS Scotland", "NHS Wales", "Audit Wales", "Wales Audit Office", "Audit Scotland",
                     "Accounts Commission", "Public Services Ombudsman for Wales", "Scottish Public Services Ombudsman",
                     "Social Care Wales", "Foster Wales", "Welsh Local Government Association", "WLGA",
                     "Convention of Scottish Local Authorities", "COSLA",
                     # national climate, waste and business bodies: 'administered by Salix Finance', 'WRAP's
                     # guidance', 'The scheme administrator is PackUK', 'the British Business Bank' (written
                     # for the probe)
                     "Salix Finance", "Salix", "WRAP", "Waste and Resources Action Programme", "PackUK",
                     "Energy Saving Trust", "Carbon Trust", "British Business Bank", "Innovate UK",
                     "UK Research and Innovation", "Department for Business, Energy and Industrial Strategy",
                     "BEIS", "Forestry Commission", "Marine Management Organisation",
                     # national fire, police, public health and heritage bodies of fire authority, police and crime
                     # panel, public health and libraries papers: 'working with the Building Safety Regulator on
                     # high-rise residential buildings', 'the Heritage Lottery Fund (now the National Lottery Heritage
                     # Fund)' (a funder, not a fund; written for the probe)
                     "Building Safety Regulator", "National Fire Chiefs Council", "NFCC",
                     "Office for Health Improvement and Disparities", "Office for Health Improvement & Disparities",
                     "OHID", "Heritage Lottery Fund",
                     "National Lottery Heritage Fund", "National Lottery Community Fund"],
             "national-bodies")),
    ("Audit and accountancy firms councils appoint as external auditors or advisers (a firm, not a person)."
     " e.g. 'Grant Thornton, our external auditors, issued an unqualified opinion' (written for the probe)",
     phrases("ORG", ["Grant Thornton", "KPMG", "Deloitte", "Ernst & Young", "EY", "PwC", "PricewaterhouseCoopers",
                     "Mazars", "Forvis Mazars", "BDO",
                     # a firm named with its audit arm: 'audited by Azets Audit Services' (written for the probe)
                     "Azets", "Azets Audit Services", "Crowe UK", "RSM UK"], "audit-firms")),
    ("National charities and voluntary bodies with local branches, and their local branches by place"
     " ('Age UK <Place>', 'Healthwatch <Place>', '<Place> Citizens Advice'). e.g. 'Age UK Northbridge"
     " deliver the Household Support Fund scheme' (written for the probe)",
     phrases("ORG", ["Age UK", "Citizens Advice", "Citizens Advice Bureau", "Healthwatch", "Healthwatch England",
                     "Barnardo's", "NSPCC", "Action for Children", "The Children's Society", "Shelter", "Carers UK",
                     "Alzheimer's Society", "Turning Point", "Change Grow Live", "Home-Start", "YMCA", "Groundwork",
                     "Sustrans", "Keep Britain Tidy", "Women's Aid", "Victim Support", "Samaritans", "Mencap",
                     "Macmillan Cancer Support", "Trussell Trust", "The Trussell Trust", "National Trust",
                     # end of life and community safety charities: 'St Luke's Hospice and Marie Curie provide end of
                     # life care', 'funds Northshire Rape Crisis, Crimestoppers and Neighbourhood Watch' (written for
                     # the probe)
                     "Marie Curie", "Crimestoppers", "Neighbourhood Watch", "Rape Crisis",
                     "Canal & River Trust", "Canal and River Trust", "Royal Voluntary Service", "British Red Cross",
                     "St John Ambulance", "The Prince's Trust", "Prince's Trust",
                     # homelessness charities housing reports name: 'the Housing First pilot, run with St Mungo's'
                     "St Mungo's", "Centrepoint",
                     # drug and alcohol treatment providers and the digital inclusion charity: 'We Are With You runs
                     # the young people's service', 'lent devices with Good Things Foundation' (written for the probe)
                     "We Are With You", "Forward Trust", "Good Things Foundation",
                     # the DWP's local offices, named as a body: 'worked with Jobcentre Plus'
                     "Jobcentre Plus", "Job Centre Plus"], "charities")
     + [{"label": "ORG", "pattern": p, "id": "gazetteer:charity-branches"} for p in (
         # (a session the charity runs is no branch: 'Citizens Advice Clinic', 'Age UK Drop In' in a Family Hub's
         # timetable, Kent Family Hub papers 2024)
         [{"ORTH": "Healthwatch"}, BRANCH_PLACE],
         [{"ORTH": "Age"}, {"ORTH": "UK"}, BRANCH_PLACE],
         [{"ORTH": "Citizens"}, {"ORTH": "Advice"}, BRANCH_PLACE],
         # '<Place> and District Citizens Advice': the place and its district
         [START, {"LOWER": {"IN": ["and", "&"]}, "OP": "?"}, {"ORTH": "District", "OP": "?"}, {"ORTH": "Citizens"}, {"ORTH": "Advice"}],
         # 'Friends of Westgate Park', 'Friends of the Library': a volunteers' group, not the place
         [{"ORTH": "Friends"}, {"ORTH": "of"}, {"LOWER": "the", "OP": "?"}, CAP, {**CAP, "OP": "*"}],
         # a council for voluntary service, the local charity of charities: 'with Dunmore Community Voluntary
         # Service and Good Things Foundation' (written for the probe), 'Westshire Council for Voluntary Service'
         [START, MOD, {"ORTH": "Voluntary"}, {"ORTH": {"IN": ["Service", "Services"]}}],
         [START, MOD, {"ORTH": "Council"}, {"ORTH": "for"}, {"ORTH": "Voluntary"}, {"ORTH": {"IN": ["Service", "Services"]}}])]),
    ("The armed forces, their reserve associations, service charities and the Covenant's national schemes, which"
     " every council's Armed Forces Covenant report names. e.g. 'members from the NHS, MoD, Armed Forces Reservists,"
     " ..., the Royal British Legion, SSAFA and other interested charities', 'Lt Col Rod Gray from SERFCA' (Kent"
     " Civilian-Military Partnership Board annual report 2024)",
     phrases("ORG", ["MoD", "MOD", "British Army", "Royal Navy", "Royal Air Force", "RAF", "Royal Marines",
                     "Royal Engineers", "Army Reserve", "Veterans UK", "Office for Veterans' Affairs",
                     "Defence Infrastructure Organisation", "Royal British Legion", "RBL",
                     "Royal British Legion Industries", "RBLI", "SSAFA", "Help for Heroes", "Combat Stress",
                     "Blind Veterans UK", "Forces in Mind Trust", "Royal Naval Association",
                     "Royal Air Forces Association", "RAFA", "Royal Engineers Association", "Army Benevolent Fund",
                     "ABF The Soldiers' Charity", "Gurkha Welfare Trust", "Poppyscotland",
                     # the regional Reserve Forces' and Cadets' Associations, by their initials
                     "Reserve Forces' and Cadets' Association", "RFCA", "RFCAs", "Council of RFCAs", "SERFCA",
                     "EMRFCA", "WMRFCA", "NWRFCA", "NERFCA", "YHRFCA", "EARFCA", "London RFCA", "Wessex RFCA",
                     # the Houses of Parliament: 'winning 411 of the 650 available seats in the House of Commons'
                     # (Kent County Council minutes, 19 December 2024); "the UK Government" is the place and the
                     # government, as the finance report's and the QPR sample's gold have it
                     "House of Commons", "House of Lords",
                     # national campaign groups, trade press and cross-Channel operators a council motion or a
                     # Leader's report names: 'organisations like Make Votes Matter, Unlock Democracy and the
                     # Electoral Reform Society', 'a Local Government Chronicle (LGC) Workforce Award', 'the peak
                     # period for Eurotunnel' (Kent County Council minutes, 19 December 2024)
                     "Make Votes Matter", "Unlock Democracy", "Electoral Reform Society", "CPRE",
                     "The Wildlife Trusts", "The Climate Coalition", "Local Government Chronicle", "LGC",
                     "Eurotunnel", "Getlink", "Port of Dover", "Port of Tilbury",
                     "European Commission"], "armed-forces-and-parliament")
     + phrases("PROGRAMME", ["Armed Forces Covenant", "Armed Forces Covenant Trust Fund",
                             "Defence Employer Recognition Scheme", "Employer Recognition Scheme",
                             "MoD Employer Recognition Scheme", "Armed Forces Employer Recognition Scheme",
                             "Op COURAGE", "Op FORTITUDE", "Op RESTORE", "Op NOVA", "OpNOVA",
                             "Afghan Relocations and Assistance Policy", "Afghan Relocation and Assistance Policy",
                             "ARAP", "Afghan Citizens Resettlement Scheme", "ACRS", "Step into Health",
                             "MoD Employer Recognition Awards Scheme"],
               "armed-forces-schemes")
     # the veterans' signposting app councils of every region have signed up to ('Forces Connect APP is a free
     # resource ... with 32 Regions signed up from Cumbria to Cornwall')
     + phrases("SYSTEM", ["Forces Connect", "Forces Connect App", "Forces Connect APP"], "armed-forces-systems")
     # the EU's border system ports and the Channel Tunnel prepare for: 'Regarding the Entry/Exit System (EES)'
     + phrases("SYSTEM", ["Entry/Exit System", "EES"], "border-systems")
     # a charity's local branch by its place: 'the Chairman of the Kent Royal British Legion', 'SSAFA Kent'
     + [{"label": "ORG", "pattern": p, "id": "gazetteer:armed-forces-branches"} for p in (
         [{"ORTH": {"IN": [w for w in PLACES if " " not in w]}}, {"ORTH": "Royal"}, {"ORTH": "British"}, {"ORTH": "Legion"}],
         [{"ORTH": {"IN": [w for w in PLACES if " " not in w]}}, {"ORTH": {"IN": ["RBL", "RFCA"]}}],
         [{"ORTH": "SSAFA"}, {"ORTH": {"IN": [w for w in PLACES if " " not in w]}}])]),
    ("Online platforms, named as organisations (consultations promoted on them). e.g. 'promoted via "
     "Facebook, Instagram and Nextdoor' (Kent 2024)",
     phrases("ORG", ["Facebook", "Instagram", "LinkedIn", "Nextdoor", "YouTube", "TikTok",
                     "WhatsApp"], "online-platforms")),
    ("Health commissioners. e.g. 'Medway Clinical Commissioning Group (CCG)' (Medway 2018); an area's Integrated Care "
     "System, an organisation as the Kent budget book's gold has it ('revised in line with the Health and Care Act 2022 "
     "for the Integrated Care System (ICS)', North Northamptonshire 2022; entities round 52)",
     phrases("ORG", ["CCG", "Clinical Commissioning Group", "ICB", "Integrated Care Board", "Integrated Care System"],
             "health-bodies")
     + tokens("ORG", [[START, {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "*"}, {"ORTH": "CCG"}],
                      [START, MOD, {"ORTH": "Clinical"}, {"ORTH": "Commissioning"}, {"ORTH": "Group"}],
                      [START, MOD, {"ORTH": "NHS"}, {"ORTH": "Foundation", "OP": "?"}, {"ORTH": "Trust"}]],
              "nhs-bodies")
     # an area's Integrated Care Board is an organisation, not a board that meets ('Kent and Medway
     # Integrated Care Board', Kent council questions 2025): an exact hit, above the governance-body pattern
     + [{"label": "ORG", "pattern": p, "id": "gazetteer:nhs-icbs"} for p in (
         [START, MOD, {"ORTH": "Integrated"}, {"ORTH": "Care"}, {"ORTH": "Board"}],
         # not the paper's own council before it: 'The Council and NHS Westvale Integrated Care Board should
         # jointly commission' (written for the probe) names the ICB alone
         [BODY_START, MOD, CONN, CAP, MOD, {"ORTH": "Integrated"}, {"ORTH": "Care"}, {"ORTH": "Board"}],
         # a Welsh local health board, an NHS body, not a board that meets ('Cwm Taf Morgannwg University
         # Health Board', written for the probe; 'Powys Teaching Health Board')
         [START, MOD, {"ORTH": {"IN": ["University", "Teaching"]}}, {"ORTH": "Health"}, {"ORTH": "Board"}])]
     # an NHS body named after its area: a Scottish health board, an English ICB's usual name ('Glenarden
     # Council and NHS Lanford', written for the probe; 'NHS Kent and Medway'); not a national product or scheme
     # ('NHS Health Check', 'NHS Digital'); a weak rule, which the NER's label on the same span outranks ('NHS
     # Joint Bed Brokerage', a service in the Kent finance monitoring 2024)
     # (NHS and one area word is the area's body whatever the NER says: 'NHS Lanford' read as a service)
     + [{"label": "ORG", "pattern": [{"ORTH": "NHS"}, NHS_AREA_WORD], "id": "nhs-area-bodies"}]
     + [{"label": "ORG", "pattern": p, "id": "weak:nhs-area-bodies"} for p in (
         [{"ORTH": "NHS"}, NHS_AREA_WORD, NHS_AREA_WORD, {**NHS_AREA_WORD, "OP": "*"}],
         [{"ORTH": "NHS"}, NHS_AREA_WORD, {**NHS_AREA_WORD, "OP": "*"}, {"LOWER": {"IN": ["and", "&"]}},
          NHS_AREA_WORD, {**NHS_AREA_WORD, "OP": "*"}],
         # with its kind after the area: 'signed with NHS Northshire and Westvale ICB' (written for the probe)
         [{"ORTH": "NHS"}, NHS_AREA_WORD, {**NHS_AREA_WORD, "OP": "*"}, {"ORTH": "ICB"}],
         [{"ORTH": "NHS"}, NHS_AREA_WORD, {**NHS_AREA_WORD, "OP": "*"}, {"LOWER": {"IN": ["and", "&"]}},
          NHS_AREA_WORD, {**NHS_AREA_WORD, "OP": "*"}, {"ORTH": "ICB"}])]),
    ("Standard acronyms of bodies and plans every English council has, which papers use without defining them"
     " (a definition in the paper still wins; expansions in service_terms.json known_acronyms). e.g. 'The HWB noted"
     " the JSNA chapter on falls', 'The LSCP sent apologies' (written for the probe); 'Community Safety Partnership"
     " (CSP)', 'Local Enterprise Partnership (LEP)' as the Kent papers define them",
     phrases("BOARD", ["HWB", "HWBB", "LSCP", "SAB", "CSP", "MARAC",
                       # and the integration bodies of Scotland and Wales and England's integrated care
                       # partnerships: 'The IJB is asked to note', 'The RPB oversees the fund' (written for the probe)
                       "IJB", "HSCP", "RPB", "PSB", "ICP",
                       # and the health scrutiny committee every social care authority has: 'the Terms of Reference
                       # for HOSC', 'HASC and HOSC would not have' (Kent JHOSC terms of reference report 2025)
                       "HOSC"], "standard-acronyms")
     + phrases("PROGRAMME", ["JSNA", "BCF", "iBCF", "DFG", "DFGs", "LHA",
                             # and the needs assessment by name, as papers head it: '3. Joint Strategic Needs Assessment'
                             "Joint Strategic Needs Assessment"], "standard-acronyms")
     # and a council's public health division by its initials, undefined in a health plan's cells: 'MOU with PH',
     # 'DPH, CPH and PH Specialists' (Kent ICS priorities appendix 2024), as Kent's budget book defines it
     + phrases("SERVICE", ["YJS", "PH"], "standard-acronyms")
     # whose ring-fenced grant is a programme: 'in line with the PH grant conditions' (Kent finance monitoring 2024)
     + phrases("PROGRAMME", ["PH grant", "PH Grant"], "standard-acronyms")
     # a Local Enterprise Partnership is an organisation, as in the Kent papers ('SELEP')
     + phrases("ORG", ["Local Enterprise Partnership", "LEP"], "standard-acronyms")),
    ("Youth justice board (national). e.g. 'attention from the Youth Justice Board' (Medway 2020)",
     phrases("BOARD", ["Youth Justice Board", "YJB"], "yjb")),
    ("An area's virtual school named with its area after it, and a management or leadership team, which governs"
     " as a board does (the train gold's 'CMT' is a BOARD). e.g. 'Tony Doran, Headteacher of Virtual School Kent'"
     " (Kent Corporate Parenting Panel minutes 2024), 'agreed by the Corporate Management Team in November 2024' (Kent"
     " ICS delivery plan report 2025)",
     tokens("SERVICE", [[{"ORTH": "Virtual"}, {"ORTH": "School"}, {"ORTH": {"IN": [p for p in PLACES if " " not in p]}}]], "virtual-schools")
     + phrases("BOARD", ["Corporate Management Team", "Corporate Leadership Team", "Senior Leadership Team",
                         "Senior Management Team", "Extended Leadership Team", "Corporate Management Board",
                         "Directorate Management Team", "Directorate Leadership Team"], "management-teams")),
    ("Evidence-based parenting and early language programmes that family hubs and early help services commission"
     " across England. e.g. 'targeted Family Hubs intervention: Triple P, Making it Real, ...' (Kent Executive"
     " Response 2025)",
     phrases("PROGRAMME", ["Triple P", "Triple P for Baby", "Baby Triple P", "Teen Triple P", "Stepping Stones Triple P",
                           "Incredible Years", "Solihull Approach", "Mellow Parenting", "Mellow Bumps",
                           "Freedom Programme", "Making it Real", "Empowering Parents, Empowering Communities",
                           "Family Links Nurturing Programme", "Webster-Stratton",
                           # Barnardo's programme for parents of autistic children: 'Cygnet Course*' (Kent Family Hub
                           # service offer comparison 2024)
                           "Cygnet"], "parenting-programmes")),
    ("A council meeting as a whole, which decides. e.g. 'Full Council has recently approved' (Somerset 2019)",
     # (in lower case, "referred to full Council", it is the Council on its own, which the guidelines leave
     # out: not annotated in the Kent finance report, white paper and questions, 2024-25)
     # and its meeting that sets the budget: 'approved at Budget Council' (written for the probe)
     # and in a heading's capitals, the same meeting: 'MINUTES OF THE FULL COUNCIL MEETING' (Crowan Parish Council
     # 2011), 'MINUTES OF A MEETING OF FULL COUNCIL' (Haverfordwest Town Council 2017), where the capitals otherwise
     # read as a council by its area ("FULL" a place; entities round 80)
     phrases("BOARD", [form for name in ["Full Council", "Budget Council"] for form in (name, name.upper())],
             "full-council")),
    ("Mental health and other standard services by acronym. e.g. 'our new CAMHS provider' (Medway 2018)",
     phrases("SERVICE", ["CAMHS", "CAMHs", "Child and Adolescent Mental Health Services", "MASH",
                         "Multi Agency Safeguarding Hub", "Multi-Agency Safeguarding Hub", "YOT", "YOS",
                         "Youth Offending Team", "Youth Offending Service", "Youth Justice Service",
                         "Virtual School", "Local Offer", "Early Help", "First Response",
                         # a county's virtual school by its own name, which reads the county after the kind: 'Virtual
                         # School Kent Head Teacher' (Kent Corporate Parenting Panel minutes 2024), 'Virtual Schools
                         # Kent' (Kent budget book 2025); the gazetteer's "Virtual School" cut it before the place
                         "Virtual School Kent", "Virtual Schools Kent",
                         # the NHS's urgent care line: 'Northshire Healthcare ... runs NHS 111' (written for the probe)
                         "NHS 111",
                         # the statutory SEND information, advice and support service: 'Northshire SENDIASS and the
                         # Parent Carer Forum attended' (written for the probe)
                         "SENDIASS", "SENDIAS Service",
                         # the schools' mental health teams of the national programme (written for the probe)
                         "Mental Health Support Teams", "Mental Health Support Team",
                         # the homelessness front door every housing authority runs, and the NHS stop smoking service:
                         # 'complete the move of Housing Options onto the CRM' (written for the probe)
                         "Housing Options", "Stop Smoking Service",
                         # a council's family hub network by its capitalised plural, as the guidelines name it (lead's
                         # decision, entities round 40): 'the usage figures of the Family Hubs' (Kent call-in report
                         # 2025), 'Family Hubs are about bringing together ...' (Kent EqIA 2024). The singular and the
                         # lower case are a kind of site ('the nearest Family Hub', 'our family hubs'), still generic.
                         "Family Hubs",
                         # the family group conference service children's social care runs (entities round 62):
                         # 'Therapeutic Team\nFamily Group Conferencing\nTargeted Youth Support' (Stockton People
                         # Select Committee 2025; NER 0.7.0 reads none of the list's last lines)
                         "Family Group Conferencing"], "standard-services")),
    ("A council's SEND information, advice and support service by its area. e.g. 'Northshire SENDIASS and"
     " Northshire Parent Carer Forum attended' (written for the probe)",
     tokens("SERVICE", [[AREA_WORD, {**AREA_WORD, "OP": "*"}, {"ORTH": {"IN": ["SENDIASS", "SENDIAS"]}}]],
            "send-advice-services")),
    ("Case-management systems and apps councils name. e.g. 'our upgraded recording system, Mosaic' (Medway 2020), 'sessions via MS Teams' (Kent 2024)",
     phrases("SYSTEM", ["Mosaic", "Liquidlogic", "Synergy", "Capita One", "Early Help Module",
                        "Mind of My Own", "Mind of My Own App", "MOMO", "MS Teams", "Microsoft Teams",
                        # social care, health, finance, waste and committee systems other councils name
                        "ContrOCC", "SystmOne", "EMIS Web", "Agresso", "Unit4", "Oracle Fusion", "Bartec",
                        "Whitespace", "Power BI", "SharePoint", "Microsoft 365", "Office 365", "ModernGov",
                        "Capita ONE", "Idox Uniform", "Liquidlogic Children's System", "Liquidlogic Adults System",
                        "Liquidlogic Children's Social Care System", "Liquidlogic Adults' System",
                        # the same products as ICT reports spell and name them: 'moved from Mosaic to LiquidLogic',
                        # 'the revenues and benefits system, Civica OpenRevenues', 'SharePoint Online has replaced
                        # the shared drives' (written for the probe)
                        "LiquidLogic", "Liquidlogic LCS", "LiquidLogic LCS", "Liquidlogic LAS", "LiquidLogic LAS",
                        "Civica OpenRevenues", "OpenRevenues", "Civica Financials", "Civica Pay", "CareFirst",
                        "Tascomi", "SharePoint Online", "Exchange Online", "OneDrive", "Microsoft Dynamics 365",
                        "Dynamics 365", "Salesforce", "ServiceNow", "Microsoft Azure", "Power Apps", "Power Automate",
                        "Microsoft Copilot", "Tableau", "Netcall", "Liberty Create", "Netcall Liberty Create",
                        "GovDelivery", "Granicus", "Jadu", "Microsoft Intune", "Intune",
                        # the government's shared digital services: 'the Council uses GOV.UK Notify and GOV.UK Pay'
                        "GOV.UK Notify", "Gov.uk Notify", "GOV.UK Pay", "Gov.uk Pay", "GOV.UK One Login",
                        # customer contact, library, fire crewing and police control systems: 'replacing the Lagan
                        # system', 'the new library management system, Spydus', 'the on-call availability system,
                        # Gartan' (written for the probe)
                        "Lagan", "Firmstep", "Verint", "Microsoft Dynamics", "Spydus", "BorrowBox", "Gartan",
                        "SmartSTORM",
                        # the cloud store as parish minutes spell it: 'creating a shared folder in One Drive' (Norfolk
                        # parish minutes 2020)
                        "One Drive", "Dropbox"], "systems")
     # an e-book app named like a person: only with its kind word ('the Libby app now offers e-books')
     + tokens("SYSTEM", [[{"ORTH": "Libby"}, {"LOWER": "app"}],
                         # a council's online account branded 'My<Place>' ('18,900 residents now hold a MyDunmore
                         # account', written for the probe), one word in camel case
                         [{"TEXT": {"REGEX": r"^My[A-Z][a-z]+(?:[A-Z][a-z]+)?$"}}]], "systems")),
    ("The budget plans every council keeps by law, by their usual names and acronyms. e.g. 'the Medium Term"
     " Financial Plan (MTFP)' (Kent budget risk register 2025), 'the MTFP' (Somerset 2019)",
     phrases("PROGRAMME", BUDGET_PLANS, "council-budget-plans")),
    ("National programmes and practice models. e.g. 'our practice model Signs of Safety' (Medway 2020)",
     phrases("PROGRAMME", NATIONAL_PROGRAMMES, "national-programmes")),
    ("National grants, funds, levies and schemes that pay for council services or change what they cost."
     " e.g. 'The Dedicated Schools Grant (DSG) High Needs Block', 'part of the Revenue Support Grant',"
     " 'Public Sector Decarbonisation Scheme (PSDS)' (Kent budget risk register 2025), 'Basic Need grant' (school places)",
     phrases("PROGRAMME", NATIONAL_FUNDING, "national-funding")),
    ("The same national schemes named in lower case, with their kind word: the name of the one national"
     " scheme, not a kind ('the capital programme' is not one). A name without a kind word needs one after"
     " it ('the supporting families programme'): 'supporting families', 'staying put' in lower case are"
     " phrases. e.g. 'applications to the adoption support fund' (Somerset 2019), 'The troubled families"
     " programme has seen significant improvement' (Medway 2020), 'the household support fund' (written for"
     " the probe). Not a council's own budget plan in lower case ('the medium term financial plan', Kent County"
     " Council minutes 13 Feb 2025), as the guidelines leave 'the commissioning plan'",
     lower_case_names("PROGRAMME", NATIONAL_PROGRAMMES + NATIONAL_FUNDING, "national-programmes-lower-case")),
    ("Councils: '<Place> [County|Borough|City|District|Town] Council', 'London Borough of <Place>'. e.g. 'Kent County Council' (Medway 2018)",
     tokens("ORG", [[START, {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "?"},
                     {"ORTH": {"IN": ["County", "Borough", "City", "District", "Town", "Parish", "COUNTY", "BOROUGH",
                                           "CITY", "DISTRICT", "TOWN", "PARISH"]}, "OP": "?"},
                     heads("Council")],
                    [{"ORTH": "London"}, {"ORTH": "Borough"}, {"ORTH": "of"}, CAP]], "councils")
     # a council by its formal name, with the place's own "and"/"upon" where the place has one: an exact hit,
     # above the place inside it and the bodies named '... Council' below ('the Royal Borough of Greenwich',
     # 'City of Wolverhampton Council', 'the London Borough of Barking and Dagenham', 'Cheshire West and
     # Chester Council', 'the City and County of Swansea', written for the probe)
     + [{"label": "ORG", "pattern": p, "id": "gazetteer:councils-formal"} for p in (
         # (and in capitals, as a paper's first line: 'LONDON BOROUGH OF HAVERLEIGH')
         *[[{"ORTH": {"IN": [w, w.upper()]}}, {"ORTH": {"IN": ["Borough", "BOROUGH"]}}, {"ORTH": {"IN": ["of", "OF"]}}, CAP]
           for w in ("London", "Royal", "Metropolitan")],
         [{"ORTH": {"IN": ["City", "CITY"]}}, {"ORTH": {"IN": ["of", "OF"]}}, CAP, {**CAP, "OP": "?"},
          {"ORTH": {"IN": ["Metropolitan", "District", "METROPOLITAN", "DISTRICT"]}, "OP": "*"},
          {"ORTH": {"IN": ["Council", "COUNCIL"]}}],
         [{"ORTH": "City"}, {"ORTH": "and"}, {"ORTH": "County"}, {"ORTH": "of"}, CAP, {"ORTH": "Council", "OP": "?"}],
         # a council of its tier "of" its area, the area of one or two words or two such joined by "and"/"&", however
         # the paper spells it: 'Conservation Officer at the Borough Council of Kings Lynn and West Norfolk' (Stoke Ferry
         # parish minutes 2018), 'Borough Council of Kings Lynn & West Norfolk' (Northwold 2018); entities round 45
         [{"ORTH": {"IN": ["Borough", "District", "County", "City"]}}, {"ORTH": "Council"}, {"ORTH": "of"}, CAP,
          {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}, {**CAP, "OP": "?"}, {"ORTH": {"IN": ["and", "&"]}}, CAP,
          {**CAP, "OP": "?"}],
         [{"ORTH": {"IN": ["Borough", "District", "County", "City"]}}, {"ORTH": "Council"}, {"ORTH": "of"}, CAP,
          {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"}, {**CAP, "OP": "?"}])]
     # a Welsh county borough, two tier words: 'Rhondda Cynon Taf County Borough Council', 'DYFFRYN TAF COUNTY
     # BOROUGH COUNCIL' (written for the probe)
     + tokens("ORG", [[START, MOD, {"ORTH": {"IN": ["County", "COUNTY"]}}, {"ORTH": {"IN": ["Borough", "BOROUGH"]}},
                       {"ORTH": {"IN": ["Council", "COUNCIL"]}}]], "councils")
     # a council of a town whose name joins its words with hyphens and a lower-case particle: 'undertook to write to
     # Stratford-upon-Avon District Council' (Warwickshire Adult Social Care and Health OSC 2023), 'Newcastle-under-Lyme
     # Borough Council', 'Stoke-on-Trent City Council' (the tier alone after the place is no council of its own)
     + tokens("ORG", [[CAP, {"ORTH": "-"}, {"LOWER": {"IN": ["upon", "on", "under", "le", "in", "by", "super", "en"]}},
                       {"ORTH": "-"}, CAP, {"ORTH": {"IN": ["County", "Borough", "City", "District", "Town", "Parish"]},
                                            "OP": "?"}, {"ORTH": "Council"}]], "councils")
     # a council's tier and "Council" abbreviated: 'Swale BC Representatives' (Kent Executive Response 2025),
     # 'Tonbridge and Malling BC', 'Dover DC'
     + tokens("ORG", [[START, MOD, {"ORTH": {"IN": ["BC", "DC", "MBC"]}}],
                      [START, MOD, CONN, CAP, MOD, {"ORTH": {"IN": ["BC", "DC", "MBC"]}}]], "councils-abbreviated")
     + phrases("ORG", [f"{kind} of {p}" for p in PLACES if " and " in p or " upon " in p
                       for kind in ("London Borough", "Royal Borough")]
               + [f"{p} {tier}Council" for p in PLACES if " and " in p or " with " in p
                  for tier in ("", "City ", "County ", "Borough ", "District ", "Metropolitan Borough ")],
               "councils-formal")),
    ("A council named by two places joined by '&' or 'and', with no tier word or one: a local authority, not a body"
     " named '... and ... Council' as 'Children in Care Council'. e.g. 'Councillor Karen Blundell from Telford & Wrekin"
     " Council' (Shropshire Fire Authority 2018; entities round 60)",
     tokens("ORG", [[START, {"ORTH": {"IN": ["&", "and"]}}, CAP,
                     {"ORTH": {"IN": ["County", "Borough", "City", "District"]}, "OP": "?"}, {"ORTH": "Council"}]],
            "councils")),
    ("A county council's service areas named bare, as plans' and budgets' tables and lists name them. e.g."
     " 'Community Protection services (comprising Trading Standards, Coroners, Community Safety including Community"
     " Wardens, Kent Scientific Services)' (Kent budget book 2025), 'Heritage Conservation Volunteering' (Kent ICS"
     " activity appendix 2025). Not 'Libraries', 'Coroners' or 'Community Wardens', which the Kent finance report's"
     " and QPR sample's gold leave out in prose ('visits to Kent's Libraries', 'KCC Community Wardens are being"
     " trained')",
     phrases("SERVICE", ["Trading Standards", "Countryside Partnerships", "Heritage Conservation", "Community Protection"],
             "council-service-areas")
     # a council's adult social care named as its service or directorate, whoever the council is: 'our internal
     # partners too; Adult Social Care who we are working closely with' (Walsall 2018), 'in relation to the Adult
     # Social Care budget' (Kent Cabinet minutes 9 Jan 2025); a longer name holding it wins ('Adult Social Care and
     # Health Directorate', 'Adult Social Care Discharge Fund'), and a role's portfolio is no mention ('Cabinet Member
     # for Adult Social Care and Public Health')
     # (a token pattern, so a longer name the paper has yielded still wins: 'Corporate Director Adult Social Care &
     # Health', Kent budget book 2025)
     + tokens("SERVICE", [[{"ORTH": "Adult"}, {"ORTH": "Social"}, {"ORTH": "Care"}]], "council-service-areas")
     # a council's transport to school by its statutory name with a lower-case kind word: 'look at Home to School
     # transport for children in mainstream education' (Kent County Council minutes 13 Feb 2025); not the
     # lower-case 'home to school transport service', and the capitalised 'Home to School Transport' is left to the
     # NER, which sees where a longer name goes on ('the SEN Home to School Transport Policy', Medway 2018)
     + tokens("SERVICE", [[{"ORTH": "Home"}, {"ORTH": "to"}, {"ORTH": "School"}, {"ORTH": "transport"}]],
              "council-service-areas")
     # and with the colleges the service also takes young people to, a budget book's service line: '| 45 | 96,286.5 |
     # Home to School & College Transport | 202.0 |' (Kent budget book 2025); written out, as "School &" would end a
     # rule's name at its head word; a longer name going on after "Transport" still swallows it
     + phrases("SERVICE", ["Home to School & College Transport", "Home to School and College Transport"],
               "council-service-areas")),
    ("Named services, teams, units, hubs, directorates. e.g. 'Youth Offending Team', 'Children's Advice and Duty Service', 'SEN Transport service' (Medway 2018)",
     tokens("SERVICE", named(heads("Service", "Services", "Team", "Unit", "Hub", "Hubs", "Directorate",
                                   "Gateway", "Academy", "Department", "service", "team"))
            # care given at home, named for where it is given: 'the Hospital at Home service', 'the Care at Home
            # Service delivered 41,250 hours' (written for the probe), not a 'Home Service'
            + [[START, MOD, {"ORTH": "at"}, {"ORTH": "Home"}, heads("Service", "Services", "Team", "service", "team")]]
            # a service named by the ages it serves, after a lower-case word: 'The Leaving Care Service, now
            # called the 18+ Service', 'the 0-19 Team' (written for the probe); 'Integrated 0-25 Disability Team'
            # (Somerset 2019) starts with a capital and is found above
            # (the number written against its sign, as a name writes it: not a list's 'Appendix 1 – Key Service
            # Statement', Kent finance monitoring 2024)
            + [[{"TEXT": {"REGEX": r"^\d{1,2}$"}, "SPACY": False}, {"ORTH": {"IN": ["+", "-", "–"]}},
                {"TEXT": {"REGEX": r"^\d{1,2}\+?$"}, "OP": "?"}, {"ORTH": "+", "OP": "?"}, MOD,
                heads("Service", "Services", "Team", "Hub")]],
            "named-services")),
    ("Governance bodies: boards, panels, committees, partnerships, forums, groups. e.g. 'Corporate Parenting Board', 'Joint Agency Panel' (Medway 2018)",
     tokens("BOARD", named(heads("Board", "Boards", "Panel", "Panels", "Committee", "Partnership",
                                 "Forum", "Group", "Subgroup", "Subcommittee", "Sub-Committee",
                                 "Sub-committee")), "governance-bodies")
     # a working party is a group that meets, its head two words: 'The Governance Working Party was established to
     # consider detailed recommendations made by the external auditor' (Kent Governance Update 2025)
     + tokens("BOARD", [[START, MOD, {"ORTH": "Working"}, {"ORTH": "Party"}]], "working-parties")
     # a children's trust is the partnership of an area's children's services ('Somerset Children's Trust',
     # Somerset 2019); any other trust is an organisation (below)
     # (with a place's possessive too, which stays at the front of the name: 'Birmingham's Children's Trust',
     # written for the probe)
     + [{"label": "BOARD", "pattern": p, "id": "gazetteer:childrens-trusts"} for p in (
         [{**START, "OP": "?"}, {"ORTH": "Children"}, {"ORTH": {"IN": ["'s", "’s"]}}, {"ORTH": "Trust"}],
         [START, {"ORTH": {"IN": ["'s", "’s"]}}, {"ORTH": "Children"}, {"ORTH": {"IN": ["'s", "’s"]}}, {"ORTH": "Trust"}])]),
    ("Trusts: charities, health trusts and wildlife trusts are organisations. e.g. 'Youth Sports Trust', 'East Kent"
     " Hospitals Trust' (Kent council questions 2025), 'the Westshire Wildlife Trust' (written for the probe)",
     tokens("ORG", named(heads("Trust")), "trusts")),
    ("Companies councils contract waste, highways, leisure and back-office services to. e.g. 'the council's waste"
     " contractor, Veolia' (written for the probe)",
     phrases("ORG", ["Veolia", "Biffa", "FCC Environment", "Suez", "Serco", "Capita", "Kier", "Amey", "Ringway",
                     "Balfour Beatty", "Everyone Active", "GLL", "Places Leisure", "Freedom Leisure",
                     "Fusion Lifestyle", "Sodexo", "Mitie",
                     # waste contractors and councils' waste companies: 'Residual waste is taken to the Ardley
                     # Energy Recovery Facility, operated by Viridor' (written for the probe)
                     "Viridor", "Renewi", "Urbaser", "Cory", "Cory Riverside Energy", "Grundon", "Enva",
                     "SUEZ", "Suez recycling and recovery UK", "Ubico", "Valencia Waste Management",
                     "Cory Group", "Idverde", "idverde",
                     # highways contractors by their trading names: 'The Highways Term Maintenance Contract with Kier
                     # Transportation runs until 2027' (written for the probe)
                     "Kier Transportation", "Kier Highways", "Amey Highways", "Ringway Infrastructure Services"],
            "contractors")),
    ("Schools and colleges by name. e.g. 'an underspend on Meopham School', 'Northfleet Technology College'"
     " (Kent finance monitoring 2024), 'Kingshill Primary School' (Walsall 2018)",
     tokens("ORG", [[START, MOD, heads("School", "College")],
                    # a college or university "of" its subject or place: 'Dudley College of Technology and
                    # Sandwell Council's adult learning service' (written for the probe), 'the University of Kent'
                    [START, MOD, heads("College", "University"), {"ORTH": "of"}, CAP, MOD],
                    [{"ORTH": {"IN": ["University", "College"]}}, {"ORTH": "of"}, CAP, MOD],
                    [START, MOD, {"ORTH": "of"}, CAP, MOD, heads("School", "College")]], "schools")
     # a school named by its phase alone, as capital programme lines write them: '-£0.395m Borden Grammar –
     # project completed', 'Cable Wharf Primary - replacement school for Rosherville' (Kent finance monitoring
     # 2024); not a kind of school ('Maintained Primary', 'Total Secondary')
     + tokens("ORG", [[{**START, "LOWER": {"NOT_IN": STOP + SCHOOL_KINDS}}, MOD,
                       {"ORTH": {"IN": ["Primary", "Secondary", "Grammar"]}}]], "schools-by-phase")),
    ("Projects and police operations by their codenames. e.g. 'as part of Operation Willow' (Medway 2018), 'The"
     " ERP programme is known as Project Horizon', 'Operation Encompass notifies schools' (written for the probe);"
     " not a project's or operation's parts and people ('Project Summary', 'Operation Manager')",
     tokens("PROGRAMME", [[{"ORTH": {"IN": ["Operation", "Project"]}}, CODENAME,
                           {"TEXT": {"REGEX": r"^\d{1,2}$"}, "OP": "?"}]], "codenames")),
    ("Overview and scrutiny committees by their subject and the abbreviation 'OSC'. e.g. 'this Committee and the"
     " Children and Young People OSC meet jointly' (Warwickshire Adult Social Care and Health OSC 2023)",
     tokens("BOARD", named({"ORTH": "OSC"}), "scrutiny-committees-abbreviated")),
    ("Bodies named '... Council' that are not local authorities. e.g. 'Children in Care Council' (Medway 2018)",
     tokens("BOARD", [[START, MOD, CONN, CAP, MOD, heads("Council")],
                      [{"ORTH": {"IN": ["Full", "County"]}}, {"ORTH": "Council"}]], "council-bodies")),
    ("Programmes, strategies, plans, schemes, frameworks. e.g. 'Troubled Families Programme', 'Sufficiency Strategy 2022-2027', 'Social Work Career Grade scheme' (Medway 2018, Kent CPP 2024)",
     tokens("PROGRAMME", named(heads("Programme", "Strategy", "Plan", "Scheme", "Framework", "Initiative",
                                     "Fund", "Project", "Protocol", "programme", "strategy", "scheme",
                                     "framework", "plan", "Programmes", "Schemes",
                                     # a site's plan: 'Background papers: Kingsmead Estate Masterplan (2022)'
                                     "Masterplan",
                                     # a council's guides and toolkits for developers and planners: 'Developer
                                     # Contributions Guide', 'Kent Design Guide', 'Cultural Planning Toolkit' (Kent ICS
                                     # activity appendix 2025)
                                     "Guide", "Toolkit",
                                     # pledges councils sign: 'the Care Leavers Covenant', 'the Armed Forces Covenant'
                                     "Covenant", "Charter",
                                     # a government's trial of a policy in a few areas: 'the Families First for
                                     # Children Pathfinder', 'work related to the SEND Pathfinder' (Dorset Cabinet
                                     # 2023, Bromley committee 2013)
                                     "Pathfinder"))
            # a plan's years, a financial year's slash too: 'Delivery Plan 2025/26' (written for the probe)
            + [[START, MOD, heads("Strategy", "Plan"), {"TEXT": {"REGEX": r"^\d{4}(?:[-–/]\d{2,4})?$"}}],
               # and after a name joined by "and": 'the Police and Crime Plan 2021-2025' (written for the probe)
               [START, MOD, CONN, CAP, MOD, heads("Strategy", "Plan"), {"TEXT": {"REGEX": r"^\d{4}(?:[-–/]\d{2,4})?$"}}],
               [START, MOD, CONN, CAP, MOD, heads("Strategy", "Plan"), {"TEXT": {"REGEX": r"^\d{4}$"}},
                {"ORTH": {"IN": ["-", "–", "—"]}}, {"TEXT": {"REGEX": r"^\d{2,4}$"}}],
               # a plan or strategy "for" a capitalised subject, ending on a capitalised word or its
               # years: "Commissioning Plan for Education Provision in Kent 2025-29"
               # (not a month, which is a report's period: "the Transformation Programme for April 2018 be noted",
               # Epping Forest Cabinet 2018)
               *[[START, MOD, heads("Strategy", "Plan", "Programme", "Framework"), {"ORTH": "for"}, *subject, *years]
                 for subject in ([SUBJECT_START], [SUBJECT_START, NAME_RUN, CAP]) for years in YEARS],
               [START, MOD, heads("Strategy", "Plan"), {"TEXT": {"REGEX": r"^\d{4}$"}},
                {"ORTH": {"IN": ["-", "–", "—"]}}, {"TEXT": {"REGEX": r"^\d{2,4}$"}}]],
            "programmes")
     # a grant by its capitalised name, with one "and"/"for"/"of"/"to" at most: '| Services Grant |', 'Employer
     # National Insurance Contributions Grant', 'Extended Rights to Free Travel Grant' (Kent budget update 2025);
     # not a kind of money ('paid via a Strategic Grant', Kent Executive Response 2025); weak, so a person the NER
     # reads on the same words stands ('Contact: Amelia Grant', written for the probe)
     + [{"label": "PROGRAMME", "pattern": p, "id": "weak:capitalised-grants"} for p in (
         [GRANT_START, GRANT_MOD, {"ORTH": "Grant"}],
         [GRANT_START, GRANT_MOD, {"ORTH": {"IN": ["and", "&", "for", "of", "to"]}}, CAP, GRANT_MOD,
          {"ORTH": "Grant"}])]),
    ("A plan named '<Doing> the <Aim> Plan', its opening words part of the name, after an article (the article is"
     " cut off as from any name): not an action on a plan ('6.10.1 Implementing the Joint SEND Strategy', Medway"
     " 2020). e.g. 'to introduce and adopt the Getting the BEST START Plan' (North Lincolnshire Children and"
     " Families Cabinet Member 2021)",
     tokens("PROGRAMME", [[{"LOWER": "the"}, {"TEXT": {"REGEX": r"^[A-Z][a-z]+ing$"}}, {"ORTH": "the"}, CAP, MOD,
                           heads("Plan", "Strategy", "Programme", "Framework")]], "doing-the-plans")),
    ("A council's strategy named '<Doing> <Place>'s <Aim>', not the place inside it. e.g. 'the Council's strategy"
     " Framing Kent's Future and Securing Kent's Future' (Kent commissioning plan 2024)",
     tokens("PROGRAMME", [[{"TEXT": {"REGEX": r"^[A-Z][a-z]+ing$"}}, {"ORTH": {"IN": [p for p in PLACES if " " not in p]}},
                           {"ORTH": {"IN": ["'s", "’s"]}}, CAP]], "place-strategies")),
    ("Roads by number: A, B and M roads (not A3, A4, A5: the paper sizes). e.g. 'the A228', 'the M20' (Kent finance"
     " monitoring 2024)",
     tokens("PLACE", [[{"TEXT": {"REGEX": r"^(?:A(?![345]$)[1-9]\d{0,3}|B[1-9]\d{3}|M[1-9]\d?)(?:\(M\))?$"}}],
                      # with the street's name after it, one place as the train gold's 'A28 Chart Road' (Kent finance
                      # monitoring 2024): '- A4019 Tewford Road, Cheltham (£1.2m);' (written for the probe)
                      [{"TEXT": {"REGEX": r"^(?:A(?![345]$)[1-9]\d{0,3}|B[1-9]\d{3})$"}}, CAP, {**CAP, "OP": "?"},
                       {"ORTH": {"IN": ["Road", "Street", "Lane", "Avenue", "Way", "Drive"]}}]], "roads")),
    ("Public footpaths by number, as parish minutes name them (places, as roads by number). e.g. 'Footpath 5 (FP5) -"
     " Public Rights of Way Officer ... confirmed', 'Ownership of Footpath 17' (Norfolk parish minutes 2020)",
     tokens("PLACE", [[{"ORTH": "Footpath"}, {"TEXT": {"REGEX": r"^[1-9]\d{0,2}[A-Za-z]?$"}}],
                      [{"TEXT": {"REGEX": r"^FP[1-9]\d{0,2}[A-Za-z]?$"}}]], "footpaths")),
    ("Named public buildings and sites: libraries, museums, galleries, theatres, leisure, civic and recycling centres. e.g."
     " 'opened Eastfield Library after refurbishment', 'the Northgate Museum and Art Gallery', 'the Eastgate Household Waste Recycling Centre' (written for the probe)",
     tokens("PLACE", [*named(heads("Library", "Museum", "Gallery", "Theatre", "Crematorium", "Cemetery")),
                      # a museum "of" its subject: 'the Hartwell Museum of Rural Life welcomed 41,000' (written for
                      # the probe)
                      [START, MOD, {"ORTH": "Museum"}, {"ORTH": "of"}, CAP, MOD],
                      [START, MOD, {"ORTH": {"IN": ["Leisure", "Recycling", "Civic", "Sports"]}}, {"ORTH": "Centre"}]],
            "public-buildings")),
    ("Children's homes and care homes by name, which the guidelines make places (as 'Blackburn Lodge', Kent"
     " finance monitoring 2024). e.g. 'Brightwater Children's Home was judged Good' (written for the probe)",
     # (the name's first word is not a kind of home: 'runs its own Children's Residential Home' (Medway 2018))
     tokens("PLACE", [[{**START, "LOWER": {"NOT_IN": STOP + ["children", "residential", "care", "nursing", "older"]}},
                       MOD, {"ORTH": {"IN": ["'s", "’s", "Care", "Nursing", "Residential"]}}, {"ORTH": "Home"}]],
            "care-homes")),
    ("Combined authorities by name, areas joined by 'and' or 'of' included, and combined county authorities."
     " e.g. 'the West Midlands Combined Authority (WMCA)', 'the Cambridgeshire and Peterborough Combined"
     " Authority', 'the West of England Combined Authority', 'the East Midlands Combined County Authority'"
     " (written for the probe)",
     # (in capitals too, as a paper's title line: 'WEST MIDLANDS COMBINED AUTHORITY', written for the probe)
     tokens("ORG", [[START, MOD, *conn, heads("Combined"), {**heads("County"), "OP": "?"}, heads("Authority")]
                    for conn in ([], [CONN, CAP, MOD])], "combined-authorities")),
    ("England's sub-national transport bodies, organisations of several areas. e.g. 'working with Peninsula"
     " Transport and the Western Gateway sub-national transport body' (written for the probe)",
     phrases("ORG", ["Midlands Connect", "England's Economic Heartland", "Transport East", "Western Gateway",
                     "Peninsula Transport"], "transport-bodies")),
    ("Bus operators councils contract and partner with. e.g. 'meets quarterly with Stagecoach South West and"
     " First Bus' (written for the probe)",
     phrases("ORG", ["First Bus", "Go-Ahead", "National Express", "Go North East", "Go South Coast"], "bus-operators")
     + [{"label": "ORG", "pattern": [{"ORTH": {"IN": ["Stagecoach", "Arriva"]}}, {**AREA_WORD, "OP": "*"}],
         "id": "gazetteer:bus-operators"},
        # and an operator's regional company: 'National Express West Midlands' (written for the probe)
        {"label": "ORG", "pattern": [{"ORTH": "National"}, {"ORTH": "Express"}, AREA_WORD, {**AREA_WORD, "OP": "*"}],
         "id": "gazetteer:bus-operators"}]
     # train operating companies by their '<area> Trains' names: 'West Midlands Trains', 'Northern Trains'
     + tokens("ORG", [[START, MOD, heads("Trains")]], "train-operators")),
    ("Regional adoption agencies, named 'Adopt <region>', which every council's adoption service joined by 2020"
     " (organisations, not the region). e.g. 'Regional Adoption Agency - Adopt South West (Adopt SW)', 'AdoptSW are"
     " recruiting' (Somerset 2019); not an imperative: 'Adopt Option B'",
     [{"label": "ORG", "pattern": p, "id": "token:adoption-agencies"} for p in (
         [{"ORTH": "Adopt"},
          {"ORTH": {"IN": ["North", "South", "East", "West", "Central", "London", "Thames", "Tees", "Anglia", "Coast",
                           "Cymru", "SW", "SE", "NE", "NW"] + [p for p in PLACES if " " not in p]}},
          {**AREA_WORD, "OP": "*"}],
         [{"TEXT": {"REGEX": r"^Adopt(?:SW|SE|NE|NW|London|Anglia)$"}}])]),
    ("Standard acronyms of combined authorities and transport bodies, which papers in their areas use undefined"
     " (expansions in service_terms.json known_acronyms). e.g. 'The GMCA will review it in 2026' (written for the probe)",
     phrases("ORG", ["GMCA", "WMCA", "TfGM", "TfWM", "TfN", "TfSE"], "regional-bodies")),
    ("Transport bodies named 'Transport for <area>': organisations of a city region or sub-national area, not a"
     " programme or the place. e.g. 'Network Rail and Transport for the South East' (Kent council questions"
     " 2025), 'Transport for West Midlands (TfWM)', 'Transport for Greater Manchester' (written for the probe)",
     # (the area's words only: a plan's words after it make the plan, below)
     tokens("ORG", [[{"ORTH": "Transport"}, {"ORTH": "for"}, {"ORTH": "the", "OP": "?"}, AREA_WORD,
                     {**AREA_WORD, "OP": "*"}]], "transport-bodies")
     # a transport body's own plan or strategy: 'the Transport for the South East Strategic Investment Plan'
     + tokens("PROGRAMME", [[{"ORTH": "Transport"}, {"ORTH": "for"}, {"ORTH": "the", "OP": "?"}, CAP, MOD,
                             heads("Plan", "Strategy", "Programme")]], "transport-body-plans")),
    ("Police and crime bodies: the elected commissioner (an office, ORG) and their office, the panel of councillors"
     " that scrutinises them (BOARD), the national police complaints body and London's policing office. e.g. 'The"
     " Office of the Police and Crime Commissioner (OPCC) supports the Commissioner', 'the Northmoor Police and Crime"
     " Panel', 'Essex Police, Fire and Crime Commissioner' (written for the probe)",
     phrases("ORG", ["Police and Crime Commissioner", "Police, Fire and Crime Commissioner",
                     "Office of the Police and Crime Commissioner",
                     "Office of the Police, Fire and Crime Commissioner", "OPCC", "OPFCC",
                     "Independent Office for Police Conduct", "IOPC", "Mayor's Office for Policing and Crime", "MOPAC",
                     "College of Policing", "National Police Chiefs' Council", "Association of Police and Crime Commissioners",
                     # London's fire service, named as a brigade: 'London Fire Brigade attended' (written for the probe)
                     "London Fire Brigade", "LFB",
                     "Greater London Authority", "GLA"], "police-and-crime-bodies")
     + phrases("BOARD", ["Police and Crime Panel", "Police, Fire and Crime Panel"], "police-and-crime-bodies")
     # the Home Office-funded partnership unit each force area has, a unit as its name says: 'the Violence Reduction
     # Unit (VRU) funded 14 youth projects' (written for the probe)
     + phrases("SERVICE", ["Violence Reduction Unit", "VRU"], "police-and-crime-bodies")
     # with the area in front: '<Area> Police and Crime Commissioner', '<Area> Police, Fire and Crime Panel'
     + [{"label": label, "pattern": [START, MOD, {"ORTH": "Police"}, *fire, {"ORTH": "Crime"}, {"ORTH": head}],
         "id": "token:police-and-crime-bodies"}
        for label, head in (("ORG", "Commissioner"), ("BOARD", "Panel"))
        for fire in ([{"ORTH": "and"}], [{"ORTH": ","}, {"ORTH": "Fire"}, {"ORTH": "and"}])]
     # and the area after it, which is part of the office's title: 'The Police and Crime Commissioner for
     # Northshire, Mr David Kerr' (written for the probe)
     + [{"label": "ORG", "pattern": [{"ORTH": "Police"}, *fire, {"ORTH": "Crime"}, {"ORTH": "Commissioner"},
                                     {"ORTH": "for"}, {"ORTH": "the", "OP": "?"}, AREA_WORD, {**AREA_WORD, "OP": "*"}],
         "id": "token:police-and-crime-bodies"}
        for fire in ([{"ORTH": "and"}], [{"ORTH": ","}, {"ORTH": "Fire"}, {"ORTH": "and"}])]),
    ("Police forces by their area's name (organisations, as the train gold's 'Kent Police'). e.g. 'HMICFRS found"
     " that Northshire Police was inadequate', 'officers from Northshire Constabulary' (written for the probe)",
     tokens("ORG", [[POLICE_AREA_WORD, {**POLICE_AREA_WORD, "OP": "*"}, {"ORTH": {"IN": ["Police", "Constabulary"]}}]],
            "police-forces")),
    ("Fire and rescue services and authorities by any area's name (organisations, as the train gold's 'Kent Fire &"
     " Rescue Service'). e.g. 'Westshire Fire and Rescue Service attended', 'the Northmoor Combined Fire Authority'"
     " (written for the probe)",
     tokens("ORG", [[START, MOD, {"ORTH": "Fire"}, {"LOWER": {"IN": ["and", "&"]}}, {"ORTH": "Rescue"},
                     heads("Service", "Authority")],
                    [START, MOD, {"ORTH": "Fire"}, heads("Authority")],
                    # two areas' authority, in a title line in capitals too: 'NORTHSHIRE AND WESTVALE FIRE AUTHORITY'
                    # (written for the probe)
                    [START, MOD, CONN, CAP, MOD, {"ORTH": {"IN": ["Fire", "FIRE"]}}, heads("Authority")],
                    [START, MOD, {"ORTH": "FIRE"}, {"ORTH": "AUTHORITY"}]], "fire-and-rescue")),
    ("A combined fire authority of a county and a city named together: one name across the '&' ('Nottinghamshire &"
     " City of Nottingham Fire & Rescue Authority', Nottingham 2021; entities round 60), not the county's place and the"
     " city's authority.",
     tokens("ORG", [[START, MOD, {"ORTH": {"IN": ["&", "and"]}}, {"ORTH": "City"}, {"ORTH": "of"}, CAP,
                     {"ORTH": "Fire"}, {"ORTH": {"IN": ["&", "and"]}}, {"ORTH": "Rescue"},
                     heads("Service", "Authority")]], "fire-and-rescue")),
    ("Companies by their legal endings: council-owned companies, joint ventures, contractors. e.g. 'Harrowdene"
     " Regeneration LLP', 'Westshire Norse Limited', 'HARROWDENE COMMERCIAL SERVICES LIMITED' (written for the probe)",
     tokens("ORG", [[START, MOD, {"ORTH": {"IN": ["Ltd", "Ltd.", "LTD", "Limited", "LIMITED", "LLP", "plc", "PLC", "CIC"]}}],
                    # a town centre's business improvement district, a company its businesses vote for, and the
                    # town's chamber of commerce: 'the Hartlebury Business Improvement District' (written for the probe)
                    [START, MOD, {"ORTH": "Business"}, {"ORTH": "Improvement"}, {"ORTH": "District"}],
                    [START, MOD, {"ORTH": "Chamber"}, {"ORTH": "of"}, {"ORTH": "Commerce"}],
                    # of two areas: 'the Coast and Vale Chamber of Commerce' (written for the probe)
                    [BODY_START, MOD, CONN, CAP, MOD, {"ORTH": "Chamber"}, {"ORTH": "of"}, {"ORTH": "Commerce"}],
                    # a trade's firm by its trade's capitalised word: 'the original quote received from Swift
                    # Electrics' (Northwold parish minutes 2017; NER 0.7.0 reads nothing; entities round 62)
                    [START, MOD, {"ORTH": {"IN": ["Electrics", "Builders", "Roofing", "Scaffolding"]}}]],
            "companies")
     # the council-owned group whose joint venture companies run many councils' property, care and transport
     # services, named bare: 'back in-house from Norse' (Medway 2018), 'a joint venture with Norse Group'
     # (written for the probe)
     + phrases("ORG", ["Norse", "Norse Group", "Norse Care", "Norse Commercial Services", "NPS Group"], "companies")
     # and a council's joint venture with it, named by the council's area: 'delivered by Westvale Norse, the
     # Council's joint venture with Norse Group' (written for the probe)
     + tokens("ORG", [[AREA_WORD, {**AREA_WORD, "OP": "*"}, {"ORTH": "Norse"}]], "companies")),
    ("Local Enterprise Partnerships by their area, organisations (as the Kent papers' 'SELEP'). e.g. 'the Greater"
     " Birmingham and Solihull Local Enterprise Partnership (GBSLEP)', 'the Black Country LEP', 'Leicester and"
     " Leicestershire Enterprise Partnership (LLEP)' (written for the probe)",
     tokens("ORG", [[START, MOD, *conn, *local, {"ORTH": "Enterprise"}, {"ORTH": "Partnership"}]
                    for conn in ([], [CONN, CAP, MOD]) for local in ([], [{"ORTH": "Local"}])]
            + [[START, MOD, *conn, {"ORTH": "LEP"}] for conn in ([], [CONN, CAP, MOD])], "enterprise-partnerships")),
    ("Places: England's county, unitary, metropolitan and London borough areas, shire districts, regions and"
     " nations (the local authority areas papers report on; towns and villages are left to the NER)."
     " e.g. 'improved outcomes for children in Medway' (Medway 2018), 'local authorities in the South West' (Somerset 2019)",
     phrases("PLACE", PLACE_NAMES, "places")
     # two areas written with "&" are one place, as papers write a shared area: "across Kent & Medway" (Kent CMPB report
     # 2024; the QPR sample's gold); joined by "and" they stay two, as does a district's "Folkestone & Hythe" (the
     # finance report's gold)
     + [{"label": "PLACE", "pattern": [{"ORTH": {"IN": [w for w in PLACES if " " not in w]}}, {"ORTH": "&"},
                                       {"ORTH": {"IN": [w for w in PLACES if " " not in w]}}], "id": "gazetteer:places-joined"}]),
    ("Bodies named after their area: police forces, fire and rescue services, parent carer forums (independent"
     " organisations in every area). e.g. 'agencies such as Kent Police, Medway Council' (Medway 2018),"
     " 'with the Somerset Parent Carer Forum' (Somerset 2019)",
     [{"label": "ORG", "pattern": p, "id": "gazetteer:area-bodies"} for p in (
         [{"ORTH": {"IN": [p for p in PLACES if " " not in p]}}, {"ORTH": {"IN": ["Police", "Constabulary"]}}],
         [{"ORTH": {"IN": [p for p in PLACES if " " not in p]}}, {"ORTH": "Fire"}, {"LOWER": {"IN": ["and", "&"]}},
          {"ORTH": "Rescue"}, {"ORTH": "Service"}],
         [{"TEXT": {"REGEX": "^(?!(?:The|Our|Its|Their)$)[A-Z][a-z]+$"}, "OP": "?"}, {"LOWER": {"IN": ["parent", "parents"]}},
          {"LOWER": "and", "OP": "?"}, {"LOWER": {"IN": ["carer", "carers"]}}, {"LOWER": "forum"}])]),
    ("Police forces not named after one area of the list above. e.g. 'Superintendent Shaw (Thames Valley Police)'"
     " (written for the probe)",
     phrases("ORG", [f"{p} Police" for p in PLACES if " " in p]
             + ["Thames Valley Police", "West Mercia Police", "Avon and Somerset Police", "Avon and Somerset Constabulary",
                "Devon and Cornwall Police", "British Transport Police", "Metropolitan Police", "Metropolitan Police Service",
                "Greater Manchester Police", "Merseyside Police", "Northumbria Police", "Humberside Police",
                "Dyfed-Powys Police", "Gwent Police", "South Wales Police", "North Wales Police", "City of London Police",
                "South Yorkshire Police", "West Yorkshire Police", "Sussex Police"], "police-forces")),
    ("Parts of those areas by compass point, one place rather than the area's name inside it."
     " e.g. 'youth violence in North Kent and Medway' (Medway 2020), 'West Somerset' (Somerset 2019)",
     [{"label": "PLACE", "pattern": [{"ORTH": {"IN": ["North", "South", "East", "West", "Mid", "Central"]}},
                                     {"ORTH": {"IN": [p for p in PLACES if " " not in p]}}],
       "id": "gazetteer:places-compass"}]),
    ("Council acronyms: county, borough, district, metropolitan borough councils written as initials."
     " e.g. 'KCC's corporate channels' (Kent Family Hub consultation 2024)",
     # a "gazetteer:" id: an exact hit that overrules the NER, as the gazetteer does
     # (not a standard acronym of that shape that names no council: 'Family Hubs to offer MECC', Making Every Contact
     # Count, Kent ICS activity appendix 2025)
     [{"label": "ORG", "pattern": [{"TEXT": {"REGEX": r"^[A-Z]{1,3}(?:CC|BC|DC|MBC)$"},
                                    "ORTH": {"NOT_IN": NOT_COUNCIL_INITIALS}}], "id": "gazetteer:council-acronyms"}]
     # a "Borough Council of <area>" by its initials, which the shape above misses: 'Cllr Colin Sampson (BCKLWN)'
     # (Norfolk parish minutes 2019-2020), the Borough Council of King's Lynn and West Norfolk
     + phrases("ORG", ["BCKLWN"], "council-acronyms")),
    ("People named by title and surname, as minutes do. e.g. 'Ms Gleave', 'Mr P Bartlett' (Kent CPP 2024), 'Councillor Towe' (Walsall 2018)",
     # a title (two for "Councillor Mrs"), any initials, a name, and a second name or a
     # hyphenated part: "Mr R W Gough", "Mr P V Barrington-King", "Mr Jim McMahon"
     tokens("PERSON", [[{"ORTH": {"IN": TITLES}}, {"ORTH": {"IN": TITLES}, "OP": "?"},
                        # (initials may run together with full stops: 'Councillor Mrs A.G. Ashley', North Hertfordshire
                        # 2011; entities round 72)
                        {"TEXT": {"REGEX": r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,4})$"}, "OP": "*"},
                        {**NAME, "ORTH": {"NOT_IN": MINUTES_WORDS}},
                        # (a minutes' verb after a first name is none of it: 'Cllr Jim Proposed, seconded Cllr Janet',
                        # Norfolk parish minutes 2020)
                        {"TEXT": {"REGEX": r"^(?:-|[A-Z][A-Za-z']*[a-z])$"},
                         "ORTH": {"NOT_IN": MINUTES_VERBS + MINUTES_WORDS}, "OP": "?"},
                        {**NAME, "ORTH": {"NOT_IN": MINUTES_VERBS + MINUTES_WORDS}, "OP": "?"}],
                       # a hyphenated forename and a surname: 'Councillor Jon-Paul Blundell - Cabinet Member
                       # Education' (Bridgend scrutiny 2023; entities round 58), which the pattern above cuts after
                       # the forename
                       [{"ORTH": {"IN": TITLES}}, {"ORTH": {"IN": TITLES}, "OP": "?"}, NAME, {"ORTH": "-"}, NAME,
                        {**NAME, "ORTH": {"NOT_IN": MINUTES_VERBS + ["The", "This", "Cabinet", "Council", "Chair"]}}]],
            "titled-people")
     # (entities round 75) the same with a council's tier before 'Councillor' or 'Cllr': 'District Councillor Howells'
     + tokens("PERSON", [[{"ORTH": {"IN": TIER_WORDS}}, {"ORTH": {"IN": COUNCILLOR_TITLES}},
                          {"ORTH": {"IN": TITLES}, "OP": "?"},
                          {"TEXT": {"REGEX": r"^(?:[A-Z]\.?|(?:[A-Z]\.){2,4})$"}, "OP": "*"},
                          {**NAME, "ORTH": {"NOT_IN": MINUTES_WORDS}},
                          {**NAME, "ORTH": {"NOT_IN": MINUTES_VERBS + MINUTES_WORDS}, "OP": "?"}]],
              "tier-titled-people")),
]


# A plain capitalised word of a building's name ('Chaucer', 'Birch'), not a function or kind word.
BUILDING_WORD = {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"},
                 "LOWER": {"NOT_IN": STOP + ["older", "person", "people", "council", "county", "town", "city", "care",
                                             "open", "public", "full", "whole", "upper", "lower", "house", "in",
                                             "out", "halfway", "extra", "supported", "residential", "children"]}}
# An area's word in a body's name: one word of the place gazetteer, or a county's "-shire" name the gazetteer
# lacks ("Northshire"), or a word of the compass or of a region ("Black Country", "Humber").
AREA_NAME_WORD = {"TEXT": {"REGEX": r"^(?:[A-Z][a-z]+shire|North|South|East|West|Mid|Central|Black|Country|Humber|"
                                    r"Notts|Herts|Bucks|Berks|Wilts|Lincs|Leics|Worcs|Glos|Oxon|Tees|Sussex)$"}}
ONE_WORD_PLACES = [p for p in PLACES if " " not in p and p != "England"]

GROUPS.extend([
    ("Housing associations (registered providers) by name, organisations councils build, transfer stock and"
     " regenerate estates with; a name that is also a common word alone ('Sanctuary', as in 'the Sanctuary"
     " Scheme'; 'Clarion') is left to the NER."
     " e.g. 'a development agreement with Orbit Group', 'the stock transfer to Places for People' (written for"
     " the probe)",
     phrases("ORG", ["Orbit Group", "Orbit Housing", "Clarion Housing", "Clarion Housing Group",
                     "Clarion Housing Association", "Places for People", "Sanctuary Housing", "Sanctuary Group",
                     "Platform Housing Group", "Platform Housing", "Longhurst Group", "Together Housing",
                     "Together Housing Group", "L&Q", "London & Quadrant", "Peabody", "Notting Hill Genesis",
                     "Southern Housing", "Sovereign Network Group", "Sovereign Housing", "Hyde Housing",
                     "The Hyde Group", "Guinness Partnership", "The Guinness Partnership", "Home Group",
                     "Riverside Group", "The Riverside Group", "Anchor Hanover", "Stonewater", "Flagship Group",
                     "Aster Group", "LiveWest", "Midland Heart", "Bromford", "Bromford Flagship", "Accent Housing",
                     "Torus", "Karbon Homes", "Thirteen Group", "Gentoo", "Onward Homes", "Yorkshire Housing",
                     "Jigsaw Homes", "Incommunities", "Wheatley Group", "Metropolitan Thames Valley",
                     "Moat Homes", "Hastoe Housing Association", "Paradigm Housing", "VIVID", "Vivid Homes",
                     "Citizen Housing", "Great Places Housing Group", "Plus Dane", "Your Housing Group",
                     "Housing 21", "Habinteg", "MHS Homes", "Golding Homes", "Town & Country Housing",
                     "Optivo", "Orbit", "Livv Housing Group", "Wythenshawe Community Housing Group",
                     # the tenants' engagement body social landlords commission: 'the Independent Tenant and
                     # Leaseholder Adviser, Tpas' (written for the probe)
                     "Tpas", "TPAS"], "housing-associations")),
    ("Rail and transport bodies and operators: train operating companies, the railway's owner and its passengers'"
     " watchdogs. e.g. 'We continue to work with Network Rail, Northern and TransPennine Express', 'satisfaction"
     " measured by Transport Focus', 'asked Great British Railways' (written for the probe)",
     phrases("ORG", ["TransPennine Express", "Northern Trains", "Avanti West Coast", "LNER", "London North Eastern Railway",
                     "Great Western Railway", "GWR", "Southeastern", "Thameslink", "CrossCountry", "East Midlands Railway",
                     "Chiltern Railways", "Merseyrail", "ScotRail", "Transport for Wales", "Greater Anglia", "c2c",
                     "Great British Railways", "Transport Focus", "Office of Rail and Road", "London TravelWatch",
                     "Merseytravel", "Diamond Bus"], "rail-operators")
     # bus operators' regional companies: 'Go North West', 'Diamond Bus North West' (written for the probe)
     + [{"label": "ORG", "pattern": [{"ORTH": "Go"}, {"ORTH": {"IN": ["North", "South", "East", "West"]}},
                                     {**AREA_WORD, "OP": "*"}], "id": "gazetteer:bus-operators"},
        {"label": "ORG", "pattern": [{"ORTH": "Diamond"}, {"ORTH": "Bus"}, AREA_WORD, {**AREA_WORD, "OP": "*"}],
         "id": "gazetteer:bus-operators"}]),
    ("City regions' public transport networks and tram and metro systems, services by their brand names."
     " e.g. 'Patronage on the Bee Network grew by 6.1%', 'contactless capping will be extended to Metrolink'"
     " (written for the probe)",
     phrases("SERVICE", ["Bee Network", "Metrolink", "Supertram", "Tyne and Wear Metro", "West Midlands Metro",
                         "Nottingham Express Transit", "Elizabeth line", "London Overground", "London Underground",
                         "Docklands Light Railway", "Tramlink"], "transport-networks")),
    ("Named capital schemes by the site and its works, programmes of a capital programme (as the Kent finance report's"
     " named projects): 'the Town Hall Refurbishment, the Eastgate Car Park Redevelopment' (written for the probe);"
     " two words at least before the works word, so a heading's 'Building Refurbishment' is none",
     tokens("PROGRAMME", [[START, MOD, CAP, heads("Refurbishment", "Redevelopment")]], "capital-schemes")),
    ("A town's, city's or area's deal with government, a programme: 'the Hartlebury Town Deal of £23.5m', 'the"
     " Northmoor Devolution Deal' (written for the probe); not the Kent town of Deal ('Walmer and Deal')",
     tokens("PROGRAMME", [[START, MOD, {"ORTH": {"IN": ["Town", "City", "Growth", "Devolution"]}}, {"ORTH": "Deal"}]],
            "deals")),
    ("Active Partnerships, the sport and physical activity partnership of a county, named 'Active <area>'"
     " (partnerships, as the Kent QPR gold's 'Active Kent and Medway'); not 'Active Travel' or 'Active Lives'."
     " e.g. 'Active Northshire is the Active Partnership for the county' (written for the probe), 'Active Kent &"
     " Medway' (Kent QPR 2024)",
     [{"label": "BOARD", "pattern": p, "id": "gazetteer:active-partnerships"} for p in (
         [{"ORTH": "Active"}, area, {**AREA_NAME_WORD, "OP": "*"}, *more]
         for area in ({"ORTH": {"IN": ONE_WORD_PLACES}}, AREA_NAME_WORD)
         for more in ([], [{"LOWER": {"IN": ["and", "&"]}}, {"ORTH": {"IN": ONE_WORD_PLACES}}],
                      [{"LOWER": {"IN": ["and", "&"]}}, AREA_NAME_WORD]))]),
    ("Local branches of national charities named '<charity> in/of <place>' or '<charity> <place>', and local advice"
     " and food charities by their place. e.g. 'Mind in Calderstone, Sunrise Domestic Abuse Service and the"
     " Samaritans of Calderstone and District', 'Voluntary Action Calderstone is the council for voluntary"
     " service', 'with Calderstone Law Centre', 'the Hartlebury Foodbank' (written for the probe)",
     [{"label": "ORG", "pattern": p, "id": "gazetteer:charity-branches"} for p in (
         [{"ORTH": "Mind"}, {"ORTH": "in"}, AREA_WORD, {**AREA_WORD, "OP": "*"}],
         [{"ORTH": "Samaritans"}, {"ORTH": "of"}, AREA_WORD, {**AREA_WORD, "OP": "*"},
          {"ORTH": "and", "OP": "?"}, {"ORTH": "District", "OP": "?"}],
         [{"ORTH": "Voluntary"}, {"ORTH": "Action"}, AREA_WORD, {**AREA_WORD, "OP": "*"}],
         [{"ORTH": "Carers"}, {"ORTH": "Centre"}, AREA_WORD],
         [{"ORTH": {"IN": ["Home-Start", "Groundwork", "Mencap"]}}, AREA_WORD, {**AREA_WORD, "OP": "*"}],
         # and '<place> YMCA': 'the Kick the Dust programme with Alderbrook YMCA' (written for the probe)
         [START, {**AREA_WORD, "OP": "*"}, {"ORTH": {"IN": ["YMCA", "YWCA"]}}])]
     + tokens("ORG", [[START, MOD, {"ORTH": "Law"}, {"ORTH": "Centre"}], [START, MOD, {"ORTH": "Foodbank"}],
                      [START, MOD, {"ORTH": "Food"}, {"ORTH": "Bank"}],
                      # a hospice and a rape crisis centre by their place or saint (written for the probe)
                      [START, MOD, {"ORTH": "Hospice"}],
                      [AREA_WORD, {**AREA_WORD, "OP": "*"}, {"ORTH": "Rape"}, {"ORTH": "Crisis"}]], "local-charities")),
    ("National library and reading bodies. e.g. 'run with The Reading Agency', 'Libraries Connected has"
     " recognised' (written for the probe)",
     phrases("ORG", ["The Reading Agency", "Reading Agency", "Libraries Connected", "BookTrust"], "library-bodies")),
    ("Named theatres, history and heritage centres and arts centres, which the guidelines make places (as"
     " museums and libraries). e.g. 'The Theatre Royal Northshire is run by ...', 'moved to the new Northshire"
     " History Centre' (written for the probe)",
     tokens("PLACE", [[{"ORTH": "Theatre"}, {"ORTH": "Royal"}, AREA_WORD, {**AREA_WORD, "OP": "*"}],
                      [START, MOD, {"ORTH": {"IN": ["History", "Heritage", "Arts"]}}, {"ORTH": "Centre"}],
                      # a hospital named by its place and kind, a site (its trust is an organisation): 'the
                      # Macmillan Welfare Rights Service, based at Calderstone General Hospital' (written for the probe)
                      [START, MOD, {"ORTH": {"IN": ["General", "Community", "District", "Royal", "Memorial",
                                                   "University"]}}, {"ORTH": "Hospital"}],
                      # and one named as an infirmary: 'Westvale Royal Infirmary' (written for the probe)
                      [START, MOD, {"ORTH": {"IN": ["General", "Royal"]}}, {"ORTH": "Infirmary"}],
                      # and one named after a saint or a royal: 'transferred from St Mary's Hospital to Queen
                      # Elizabeth Hospital' (written for the probe)
                      [{"ORTH": {"IN": ["St", "St."]}}, CAP, {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"},
                       {"ORTH": "Hospital"}],
                      [{"ORTH": {"IN": ["Queen", "King", "Princess", "Prince"]}}, CAP, MOD, {"ORTH": "Hospital"}]],
            "public-buildings")
     # kinds of hospital, not one: 'a District General Hospital', 'the local Community Hospital'
     + phrases("_GENERIC", ["General Hospital", "District General Hospital", "Community Hospital",
                            "University Hospital", "District Hospital"], "generic")),
    ("Named sites of energy, waste, business and public services, which the guidelines make places (as the Kent"
     " finance report's 'Kings Hill Solar Farm', 'Dunbrik Waste Transfer Station', 'Swanscombe Quarry'). e.g. 'The"
     " Brackenhill Solar Farm (12 MW) was energised', 'the Ardley Energy Recovery Facility, operated by Viridor',"
     " 'Phase 2 of Ridgeway Business Park', 'based at Eastmere Police Station', 'the Riverside Day Centre' (written"
     " for the probe); not a kind of site ('a Business Park', 'the Day Centre')",
     tokens("PLACE", [[START, MOD, {"ORTH": {"IN": ["Solar", "Wind"]}}, {"ORTH": {"IN": ["Farm", "Park"]}}],
                      [START, MOD, {"ORTH": {"IN": ["Energy", "Materials", "Resource"]}}, {"ORTH": "Recovery"},
                       {"ORTH": {"IN": ["Facility", "Centre", "Park"]}}],
                      [START, MOD, {"ORTH": "Transfer"}, {"ORTH": "Station"}],
                      [START, MOD, {"ORTH": {"IN": ["Police", "Fire", "Ambulance", "Bus", "Railway", "Coach"]}},
                       {"ORTH": "Station"}],
                      [START, MOD, {"ORTH": "Day"}, {"ORTH": "Centre"}],
                      [START, MOD, {"ORTH": {"IN": ["Business", "Retail", "Science", "Technology", "Industrial"]}},
                       {"ORTH": "Park"}],
                      [START, MOD, {"ORTH": {"IN": ["Enterprise", "Innovation", "Business"]}}, {"ORTH": "Centre"}],
                      [START, MOD, {"ORTH": {"IN": ["Industrial", "Trading"]}}, {"ORTH": "Estate"}],
                      [START, MOD, {"ORTH": "Quarry"}],
                      # a named building, one or two plain capitalised words before its kind ('Chaucer House and
                      # Wyatt Tower', 'Oak Lodge and Birch House', written for the probe; 'Sessions House', train
                      # gold); not 'In House' or a tier's own building by its kind
                      [BUILDING_WORD, {**BUILDING_WORD, "OP": "?"}, {"ORTH": {"IN": ["House", "Tower", "Lodge"]}}]],
            "named-sites")
     + phrases("_GENERIC", ["Day Centre", "Business Park", "Solar Farm", "Wind Farm", "Police Station",
                            "Fire Station", "Bus Station", "Energy Recovery Facility", "Transfer Station",
                            "Waste Transfer Station",
                            "Industrial Estate", "Enterprise Centre", "Innovation Centre"], "generic")),
    ("Community energy groups, local women's aid charities and regional adoption agencies by their area: organisations."
     " e.g. 'supported Wendle Valley Community Energy', 'Refuge places are provided by Eastmere Women's Aid', 'the"
     " regional adoption agency, Adoption West Midlands' (written for the probe)",
     tokens("ORG", [[START, MOD, {"ORTH": "Community"}, {"ORTH": "Energy"}],
                    [AREA_WORD, {**AREA_WORD, "OP": "*"}, {"ORTH": "Women"}, {"ORTH": {"IN": ["'s", "’s"]}},
                     {"ORTH": "Aid"}],
                    # (with "Partnership" before the region: 'Adoption Partnership South East (APSE), the Regional
                    # Adoption Agency' (written for the probe), the agency of Kent, Medway and Bexley)
                    [{"ORTH": "Adoption"}, {"ORTH": "Partnership", "OP": "?"},
                     {"ORTH": {"IN": ["North", "South", "East", "West", "Central", "Tees",
                                                           "Thames"] + ONE_WORD_PLACES}},
                     {**AREA_WORD, "OP": "*"}]], "area-charities")
     + phrases("ORG", ["Adoption Counts", "Adoption Matters", "Adoption Now", "Adoption Central England",
                       "Adoption Tees Valley", "Aspire Adoption", "One Adoption", "Adoption in Merseyside",
                       "Adoption Connects", "Adoption England"], "adoption-agencies")),
    ("Task forces, named groups that meet (as the train gold's 'Medway Task Force'). e.g. 'Harrowdene Homes has set"
     " up a Damp and Mould Taskforce' (written for the probe)",
     tokens("BOARD", named(heads("Taskforce")) + [[START, MOD, {"ORTH": "Task"}, {"ORTH": "Force"}],
                                                 [START, MOD, CONN, CAP, MOD, {"ORTH": "Task"}, {"ORTH": "Force"}]],
            "task-forces")
     + phrases("_GENERIC", ["Taskforce", "Task Force"], "generic")),
])

GROUPS.extend([
    ("Bus operators' regional companies named with a hyphen, and the national bus programmes and fares schemes"
     " Bus Service Improvement Plans report on. e.g. 'includes Stagecoach South East, Arriva Kent Thameside, Go-Ahead"
     " London and First Bus', 'The National Bus Strategy, Bus Back Better', 'The £2 Bus Fare Cap was extended',"
     " 'complete the Ashcombe Quality Bus Corridor by March 2026' (written for the probe)",
     [{"label": "ORG", "pattern": [{"ORTH": "Go"}, {"ORTH": "-"}, {"ORTH": "Ahead"}, AREA_WORD, {**AREA_WORD, "OP": "*"}],
       "id": "gazetteer:bus-operators"}]
     # more operators' regional companies and a community transport operator by its area: 'First West Yorkshire,
     # Arriva Yorkshire, Transdev Blazefield and Northbrook Community Transport' (written for the probe)
     + [{"label": "ORG", "pattern": [{"ORTH": "First"}, {"ORTH": {"IN": ["West", "South", "East", "North", "Eastern",
                                                                        "Western", "Midlands", "Bus"]}},
                                     {**AREA_WORD, "OP": "*"}], "id": "gazetteer:bus-operators"},
        {"label": "ORG", "pattern": [{"ORTH": {"IN": ["Transdev", "Metroline", "Rotala", "Abellio", "Wellglade"]}},
                                     {**AREA_WORD, "OP": "*"}], "id": "gazetteer:bus-operators"}]
     + tokens("ORG", [[START, MOD, {"ORTH": "Community"}, {"ORTH": "Transport"}]], "bus-operators")
     + phrases("ORG", ["Bus Users UK", "Confederation of Passenger Transport", "CPT", "Community Transport Association"],
               "bus-operators")
     # a bus or rail interchange is a place: 'The new Northbrook Interchange opened on time'
     + tokens("PLACE", [[START, MOD, {"ORTH": "Interchange"}]], "named-sites")
     # a college's or project's campus: 'Eastport Skills and Innovation Campus (Towns Fund, £6.8m)'
     + tokens("PLACE", named(heads("Campus")), "named-sites")
     + phrases("PROGRAMME", ["Local Authority Bus Grant", "Bus Centres Improvement Fund", "High Street Heritage Action Zone",
                             "High Street Heritage Action Zones"], "bus-programmes")
     # the standard acronyms of these funds and plans, which project tables use undefined: 'Eastport Marina Quarter
     # (LUF, £12.0m)' (written for the probe; expansions in service_terms.json known_acronyms)
     + phrases("PROGRAMME", ["LUF", "BSIP"], "bus-programmes")
     + phrases("PROGRAMME", ["Bus Back Better", "Bus Fare Cap", "Enhanced Partnership Plan",
                             "Zero Emission Bus Regional Areas", "ZEBRA", "Bus Service Operators Grant", "BSOG"],
               "bus-programmes")
     + tokens("PROGRAMME", [[START, MOD, {"ORTH": "Quality"}, {"ORTH": "Bus"}, {"ORTH": {"IN": ["Corridor", "Corridors"]}}]],
              "bus-programmes")
     # a railway station named '<place> Parkway' is a place: 'the X12 Westmere Parkway express' (written for the probe)
     + tokens("PLACE", [[START, MOD, {"ORTH": "Parkway"}]], "named-sites")),
    ("Home care and care home providers councils contract with, and the national carers' charity with its local"
     " network partners (organisations); not a provider's name a council gives its own scheme ('Helping Hands', a"
     " Kent programme in the finance monitoring report 2024). e.g. 'new contracts with Allied Healthcare and Bluebird Care', 'with Age UK"
     " Bramford and Carers Trust Heart of England' (written for the probe)",
     phrases("ORG", ["Bluebird Care", "Home Instead", "Caremark", "Right at Home", "Allied Healthcare",
                     "Care UK", "HC-One", "Barchester Healthcare", "Four Seasons Health Care", "Runwood Homes",
                     "Sanctuary Care", "Methodist Homes", "Avery Healthcare", "Care Concern Group"], "care-providers")
     + [{"label": "ORG", "pattern": [{"ORTH": "Carers"}, {"ORTH": "Trust"}, {**AREA_WORD, "OP": "*"},
                                     *of_area],
         "id": "gazetteer:care-providers"}
        for of_area in ([], [AREA_WORD, {"ORTH": "of"}, {"ORTH": {"IN": ["England", "Wales"] + ONE_WORD_PLACES}}])]
     # a council's front door and its contact centres are services: 'The Front Door (Adult Contact Centre)
     # resolves 64% of contacts' (written for the probe); lower-case 'our front door' is no name
     + phrases("SERVICE", ["Front Door"], "named-services")
     + tokens("SERVICE", [[START, MOD, {"ORTH": "Contact"}, {"ORTH": "Centre"}],
                          # a council's highways service by its council's or area's name, as the train gold's 'KCC
                          # Highways': 'Eastford Highways repaired 38,400 potholes' (written for the probe); not a
                          # count or a kind of road ('Two Highways KPIs failed', Kent QPR 2024; 'National Highways')
                          [{"TEXT": {"REGEX": r"^(?:[A-Z][a-z]+|[A-Z]{2,4})$"},
                            "ORTH": {"NOT_IN": AREA_WORD["ORTH"]["NOT_IN"] + [
                                "National", "Strategic", "County", "Trunk", "Major", "Minor", "Adopted", "Public",
                                "Roads", "Environment", "The", "Our", "All", "Two", "Three", "Four", "Five", "Six",
                                "Seven", "Eight", "Nine", "Ten", "Both", "Key", "Main", "Director", "Head", "Member",
                                "Cabinet", "Portfolio", "Chief", "Corporate"]}},
                           {"ORTH": "Highways"}]], "named-services")),
    ("Church education bodies, the national and county bodies of town and parish councils, and the national"
     " planning support body (organisations). e.g. 'work with the Three Rivers Learning Trust and the Diocese of"
     " Hollington', 'training with the Hertfordshire Association of Parish and Town Councils (HAPTC)', 'The"
     " Planning Advisory Service (PAS) reviewed the Development Management Service' (written for the probe)",
     tokens("ORG", [[{"ORTH": {"IN": ["Catholic", "Roman", "Anglican", "Methodist"]}, "OP": "*"}, {"ORTH": "Diocese"},
                     {"ORTH": "of"}, CAP, {**CAP, "OP": "?"}],
                    # the rural community councils of the ACRE network: 'Rural Community Council of Essex (RCCE)'
                    [{"ORTH": "Rural"}, {"ORTH": "Community"}, {"ORTH": "Council"}, {"ORTH": "of"}, CAP, {**CAP, "OP": "?"}],
                    [START, MOD, {"ORTH": "Rural"}, {"ORTH": "Community"}, {"ORTH": "Council"}],
                    [START, MOD, {"ORTH": "Diocesan"}, {"ORTH": "Board"}, {"ORTH": "of"}, {"ORTH": "Education"}],
                    [START, MOD, {"ORTH": "Association"}, {"ORTH": "of"}, {"ORTH": "Local"}, {"ORTH": "Councils"}],
                    [START, MOD, {"ORTH": "Association"}, {"ORTH": "of"}, {"ORTH": {"IN": ["Parish", "Town"]}},
                     {"ORTH": {"IN": ["and", "&"]}}, {"ORTH": {"IN": ["Parish", "Town"]}}, {"ORTH": "Councils"}],
                    # a county's association by its initials after the county: 'regular updates from Norfolk ALC'
                    # (Norfolk parish minutes 2020)
                    [AREA_WORD, {"ORTH": "ALC"}],
                    # a parish council by its parish and tier initials: 'findings reported back to Wretton PC' (Norfolk
                    # parish minutes 2020), not a police constable ('Police PC') nor a meeting's word ('Next PC meeting', Norfolk
                    # parish minutes 2016)
                    [{**AREA_WORD, "ORTH": {"NOT_IN": AREA_WORD["ORTH"]["NOT_IN"] + [
                        "Police", "The", "A", "Our", "This", "That", "Each", "Every", "Any", "Next", "Last",
                        "Previous", "New", "Full"]}},
                     {"ORTH": "PC"}]],
            "local-council-bodies")
     + phrases("ORG", ["National Association of Local Councils", "NALC", "ACRE", "Action with Communities in Rural England", "Society of Local Council Clerks", "SLCC",
                       "Planning Advisory Service", "Church of England", "Catholic Education Service"],
               "local-council-bodies")),
    ("Construction contractors and audit firms of town and parish councils (firms, not people). e.g. 'Willmott"
     " Dixon was appointed as main contractor', 'submitted to the external auditor, PKF Littlejohn' (written for the"
     " probe)",
     phrases("ORG", ["Willmott Dixon", "Kier", "Kier Group", "Morgan Sindall", "Balfour Beatty", "Galliford Try",
                     "Wates", "Wates Construction", "BAM Construct UK", "Tilbury Douglas", "Bouygues UK",
                     "Laing O'Rourke", "Vistry", "Vistry Partnerships", "Engie", "Amey", "Ringway", "Colas",
                     "Skanska", "Costain", "Galliford Try Construction", "McLaughlin & Harvey",
                     "PKF Littlejohn", "PKF Francis Clark", "PKF"], "contractors")),
    ("Local tradespeople's firms a town or parish council pays, named by their trade (organisations). e.g. 'Clerk to"
     " chase Golden Tree Surgeons for quote', 'Cheques: K & M Lighting (x2) £33.78', 'Richard King Memorials Remove"
     " & refit 1 memorial' (Norfolk parish minutes 2014, 2018); not 'National Landscapes', a designation",
     tokens("ORG", [[START, MOD, {"ORTH": {"IN": ["Surgeons", "Lighting", "Memorials", "Landscaping", "Fencing",
                                                  "Roofing", "Builders", "Plumbing", "Electrical", "Contractors",
                                                  "Groundcare", "Surfacing", "Joinery", "Glazing", "Scaffolding",
                                                  "Treecare"]}}]], "local-trades")),
    # (not initials that other bodies share: 'Support Services for Education (SSE)', Somerset 2019)
    ("Utility, telecoms and postal companies a town or parish council pays or writes to, and county police forces"
     " named 'Constabulary' (organisations); police and probation teams by their national names (services). e.g."
     " 'this message has been communicated both to BT and the Borough Council' (Norfolk parish minutes 2014),"
     " 'Newsletters CPRE, Norfolk Constabulary, Norfolk Association of Local Councils' (Norfolk parish minutes 2018),"
     " 'The Safer Neighbourhood Team and the Borough Council will be informed of this' (Norfolk parish minutes 2014),"
     " 'brambles ... cut down by the Community Payback Team' (Norfolk parish minutes 2016); and a county's highways"
     " service by its council's full name",
     phrases("ORG", ["BT", "BT Openreach", "Openreach", "E.ON", "EON", "E.ON Next", "British Gas", "EDF Energy",
                     "Npower", "Octopus Energy", "Anglian Water", "Thames Water", "Severn Trent",
                     "Southern Water", "South West Water", "Yorkshire Water", "United Utilities", "Northumbrian Water",
                     "Wessex Water", "Welsh Water", "Affinity Water", "UK Power Networks", "Western Power Distribution",
                     "National Grid", "Northern Powergrid", "Royal Mail", "Post Office"], "utilities")
     + tokens("ORG", [[{"ORTH": {"IN": [p for p in ONE_WORD_PLACES if p[:1].isupper()]}}, {"ORTH": "Constabulary"}]],
              "utilities")
     + phrases("SERVICE", ["Safer Neighbourhood Team", "Safer Neighbourhood Teams", "Safer Neighbourhoods Team",
                           "Community Payback Team"], "utilities")
     # a county's highways service by its council's full name, as 'KCC Highways': 'Discussion has again taken place
     # with Norfolk County Council Highways who have been asked to register the encroachment' (Norfolk parish
     # minutes 2014)
     + tokens("SERVICE", [[{"ORTH": {"IN": [p for p in ONE_WORD_PLACES if p[:1].isupper()]}},
                           {"ORTH": {"IN": ["County", "City", "Borough"]}}, {"ORTH": "Council"}, {"ORTH": "Highways"}]],
              "named-services")),
    ("Local clubs and youth groups a town or parish council grants money to (organisations), and named allotment"
     " sites (places). e.g. 'Grants were awarded to Little Hadham Scouts, the Hadham Lunch Club and Friends of Marsh"
     " Lane Park', 'all 64 plots at Bury Lane Allotments are let' (written for the probe)",
     tokens("ORG", [[START, MOD, {"ORTH": {"IN": ["Lunch", "Luncheon", "Football", "Cricket", "Rugby", "Bowls", "Bowling",
                                                  "Tennis", "Golf", "Sailing", "Rowing", "Hockey", "Netball", "Athletic",
                                                  "Athletics", "Running", "Swimming", "Gardening", "Rotary", "Lions",
                                                  "Boys", "Girls", "Sports", "Social", "Camera", "Darts"]}},
                     {"ORTH": "Club"}],
                    [START, MOD, {"ORTH": {"IN": ["Scouts", "Guides", "Brownies", "Cubs", "Beavers", "Rainbows"]}}],
                    # a sports and social club: 'roof repairs at Northwold Sports and Social Club' (Norfolk parish
                    # minutes 2018)
                    [START, MOD, {"ORTH": "Sports"}, {"ORTH": {"IN": ["and", "&"]}}, {"ORTH": "Social"},
                     {"ORTH": "Club"}]],
            "local-clubs")
     # a village's halls by name, in capitals too: 'The next meeting is at Northwold Village Hall', 'HELD AT WEST
     # DEREHAM VILLAGE HALL' (Norfolk parish minutes 2016, 2018)
     # (one hall: 'SF Village Hall Village Hall Hire', a payments row, is 'SF Village Hall')
     + tokens("PLACE", [[{**START, "ORTH": {"NOT_IN": ["Hall"]}}, {**MOD, "ORTH": {"NOT_IN": ["Hall"]}},
                         {"ORTH": {"IN": ["Village", "Memorial", "Community", "Parish", "Church", "Scout",
                                          "Jubilee", "Victory", "Coronation"]}}, {"ORTH": "Hall"}],
                        [{"TEXT": {"REGEX": r"^[A-Z][A-Z\-]+$"}, "ORTH": {"NOT_IN": ["THE", "AT", "IN", "OF", "HELD"]}},
                         {"TEXT": {"REGEX": r"^[A-Z][A-Z\-]+$"}, "ORTH": {"NOT_IN": ["THE", "AT", "IN", "OF", "HELD"]},
                          "OP": "*"},
                         {"ORTH": {"IN": ["VILLAGE", "MEMORIAL", "COMMUNITY", "PARISH", "CHURCH"]}}, {"ORTH": "HALL"}]],
              "named-sites")
     + tokens("PLACE", [[START, MOD, {"ORTH": {"IN": ["Allotments", "Allotment"]}}],
                        # recreation grounds and playing fields, and a field or park named after a person: 'a trustee
                        # of Sawbridge Recreation Ground Trust', 'The new play area at King George's Field'
                        [START, MOD, {"ORTH": "Recreation"}, {"ORTH": {"IN": ["Ground", "Grounds"]}}],
                        [START, MOD, {"ORTH": "Playing"}, {"ORTH": {"IN": ["Field", "Fields"]}}],
                        # (a person's name, not an owner: 'the Council's Park Rangers', 'Kent's Green Spaces')
                        [{"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}, "LOWER": {"NOT_IN": STOP + [
                            "council", "county", "borough", "city", "district", "town", "parish", "government",
                            "children", "people", "women", "men", "everyone", "authority", "trust"]}},
                         {"TEXT": {"REGEX": r"^(?:[A-Z][a-z]+|V|VI)$"}, "OP": "?"}, {"ORTH": {"IN": ["'s", "’s"]}},
                         {"ORTH": {"IN": ["Field", "Fields", "Park", "Meadow", "Meadows", "Recreation"]}},
                         {"ORTH": {"IN": ["Ground", "Grounds"]}, "OP": "?"}]], "named-sites")
     # a school's parent-teacher association: 'the switch-on event be held with Sawbridge Primary School PTA'
     + tokens("ORG", [[START, MOD, {"ORTH": {"IN": ["School", "Academy", "College"]}}, {"ORTH": {"IN": ["PTA", "PTFA", "PFA"]}}]],
              "local-clubs")
     # a county's highways service by its brand: 'The Clerk will ask Essex Highways to consider a Speed Indicator
     # Device' (not 'National Highways', a national body, nor 'Two Highways KPIs')
     + tokens("SERVICE", [[{"ORTH": {"IN": [p for p in ONE_WORD_PLACES if p[:1].isupper()]}}, {"ORTH": "Highways"}]],
              "named-services")
     # a firm named '<name> & Co': 'the internal auditor, Mulberry & Co, reported no issues'
     + tokens("ORG", [[START, MOD, {"ORTH": {"IN": ["&", "and"]}}, {"ORTH": {"IN": ["Co", "Co."]}}]], "local-clubs")),
    ("Garden villages and towns, named development sites (places). e.g. 'The strategic allocations include"
     " Fenwick Garden Village (2,500 homes)' (written for the probe)",
     tokens("PLACE", [[START, MOD, {"ORTH": "Garden"}, {"ORTH": {"IN": ["Village", "Town", "Community"]}}]],
            "named-sites")),
    ("Children's social care bodies and schemes of fostering, adoption and virtual school reports: independent"
     " fostering agencies, adoption charities and the national schemes councils report against (organisations and"
     " programmes). e.g. 'The largest providers remain Compass Fostering, TACT and Foster Care Associates', 'The"
     " Mockingbird programme, licensed by The Fostering Network', 'placed through Foster for Adoption (FfA)', 'funded"
     " the Letterbox Club' (written for the probe); not the DfE's Adoption Scorecard, a table of figures (not in the"
     " train gold of Somerset 2019, which cites it)",
     phrases("ORG", ["Fostering Network", "TACT", "Foster Care Associates", "Compass Fostering",
                     "Capstone Foster Care", "Nexus Fostering", "National Fostering Group",
                     "CoramBAAF", "Coram BAAF", "Coram", "Adoption UK", "PAC-UK", "BookTrust"], "childrens-charities")
     # the national minimum standards a regulated service is inspected against, by the service they govern: 'as
     # required by ... the Fostering Services National Minimum Standards' (written for the probe)
     + tokens("PROGRAMME", [[START, MOD, {"ORTH": "National"}, {"ORTH": "Minimum"}, {"ORTH": "Standards"}]],
              "childrens-programmes")
     + phrases("PROGRAMME", ["Mockingbird", "Mockingbird Programme", "Mockingbird Family Model", "Early Permanence",
                             "Foster for Adoption", "Foster to Adopt", "Letterbox Club",
                             "Fostering Recruitment and Retention Programme"], "childrens-programmes")
     # a school's virtual school and a named front door are services, not a school or a door: 'the Brenchley Virtual
     # School', 'through the Fostering Front Door' (written for the probe)
     # (above the schools' pattern, which would make the first an organisation)
     + [{"label": "SERVICE", "pattern": p, "id": "gazetteer:childrens-services"} for p in (
         [START, MOD, {"ORTH": "Virtual"}, {"ORTH": "School"}], [START, MOD, {"ORTH": "Front"}, {"ORTH": "Door"}])]),
    ("Domestic abuse charities, perpetrator programmes and practice models named in safe accommodation strategies"
     " (organisations and programmes). e.g. 'Women's Aid Federation of England published its annual audit', 'SafeLives"
     " published new guidance', 'a perpetrator programme run by Cranstoun', 'Children's services use the Safe and"
     " Together model' (written for the probe)",
     phrases("ORG", ["Women's Aid Federation of England", "Women's Aid Federation", "Welsh Women's Aid",
                     "Scottish Women's Aid", "SafeLives", "Cranstoun", "Respect UK", "Galop", "Karma Nirvana",
                     "Southall Black Sisters", "Standing Together Against Domestic Abuse", "Hestia"],
             "domestic-abuse-charities")
     + phrases("PROGRAMME", ["Safe and Together", "Safe & Together", "Drive Project", "Sanctuary Scheme",
                             "Domestic Abuse Safe Accommodation Grant", "Ask for ANI", "Ask for Angela",
                             # the social care grants of the 2025-26 settlement: 'the Local Authority Better Care
                             # Grant, which replaces the former Discharge Fund' (written for the probe)
                             "Local Authority Better Care Grant", "Children's Social Care Prevention Grant"],
               "domestic-abuse-programmes")),
    ("Parks and green spaces: national awards and tree bodies, parks named by their kind word, the wildlife trust of"
     " an area, and the home improvement agencies and voluntary service councils of health and care plans. e.g. 'Eight"
     " of them hold the Green Flag Award, including Victoria Park, Hollins Wood and Kingsbury Memorial Gardens', 'The"
     " Wildlife Trust for Westshire will advise', 'passed to the Home Improvement Agency, Saltmere Care and Repair',"
     " 'the Social Prescribing service run by Saltmere CVS' (written for the probe)",
     phrases("PROGRAMME", ["Green Flag Award", "Green Flag Awards", "Green Flag Community Award", "Green Flag",
                           "Green Heritage Site Accreditation", "Tree Warden Scheme", "Urban Tree Challenge Fund",
                           "Local Authority Treescapes Fund", "Queen's Green Canopy", "King's Green Canopy"],
             "green-space-programmes")
     + phrases("ORG", ["Tree Council", "Woodland Trust", "Forestry England",
                       "Fields in Trust", "The Wildlife Trusts", "Care & Repair England",
                       "Care and Repair England", "Care & Repair Cymru"], "green-space-bodies")
     + [{"label": "ORG", "pattern": p, "id": "gazetteer:area-bodies"} for p in (
         [{"ORTH": "Wildlife"}, {"ORTH": "Trust"}, {"ORTH": "for"}, {"ORTH": "the", "OP": "?"}, AREA_WORD,
          {**AREA_WORD, "OP": "*"}],
         [START, MOD, {"ORTH": "Care"}, {"ORTH": {"IN": ["and", "&"]}}, {"ORTH": "Repair"}],
         [START, MOD, {"ORTH": "CVS"}],
         # a company by its initials and "Healthcare": 'provided by NRS Healthcare' (written for the probe)
         [{"TEXT": {"REGEX": r"^[A-Z]{2,5}$"}}, {"ORTH": "Healthcare"}])]
     + phrases("ORG", ["Carers First"], "area-bodies")
     # an area's integrated care system, the partnership its ICB leads, as the ICB an organisation: 'forms part of
     # the Coastal and Downs Integrated Care System' (written for the probe); a token rule, so a longer name ('...
     # Integrated Care System Leaders Group', Kent Cabinet minutes 2025) still wins
     + tokens("ORG", [[START, MOD, {"ORTH": "Integrated"}, {"ORTH": "Care"}, {"ORTH": "System"}],
                      [BODY_START, MOD, CONN, CAP, MOD, {"ORTH": "Integrated"}, {"ORTH": "Care"}, {"ORTH": "System"}]],
              "nhs-systems")
     # a park, garden or common by its name (not a kind of park: 'the Business Park', 'a Country Park')
     + tokens("PLACE", [[{"TEXT": {"REGEX": r"^[A-Z][a-z]+$"},
                          "LOWER": {"NOT_IN": STOP + ["car", "business", "retail", "science", "industrial", "solar",
                                                      "water", "country", "holiday", "theme", "skate", "wind",
                                                      "technology", "enterprise", "innovation", "trading", "caravan",
                                                      "leisure", "play", "sports", "national", "local", "pocket",
                                                      "linear", "our", "their", "public", "memorial", "community",
                                                      "house", "park", "parks", "green", "open", "these", "those"]}},
                         MOD, heads("Park", "Gardens", "Common")]], "named-parks")),
])

GROUPS.extend([
    ("Heritage, museum and archive bodies, funders and the research councils that fund collections work"
     " (organisations). e.g. 'Archive Service Accreditation by The National Archives (TNA)', 'the touring exhibition"
     " from the Science Museum Group', 'funded through the Heritage Fund's Kick the Dust programme', 'supported by"
     " Museum Development Yorkshire' (written for the probe)",
     phrases("ORG", ["The National Archives", "National Archives", "Science Museum Group", "National Museums Liverpool",
                     "Royal Museums Greenwich", "Art Fund", "Heritage Fund", "The Heritage Fund", "Museums Association",
                     "Association of Independent Museums", "Collections Trust", "Archives and Records Association",
                     "Arts and Humanities Research Council", "AHRC", "Economic and Social Research Council", "ESRC",
                     "Esmée Fairbairn Foundation", "Paul Hamlyn Foundation", "Garfield Weston Foundation",
                     "Architectural Heritage Fund", "Churches Conservation Trust"], "national-heritage-bodies")
     + tokens("ORG", [[{"ORTH": "Museum"}, {"ORTH": "Development"}, AREA_WORD, {**AREA_WORD, "OP": "*"}]],
              "national-heritage-bodies")),
    ("National heritage, museum and arts programmes, awards and grants councils' culture services report on."
     " e.g. 'All three venues hold full Museum Accreditation', 'Heritage Open Days opened 24 buildings', 'the"
     " Museum Estate and Development Fund (MEND)', 'National Lottery Project Grants' (written for the probe)",
     phrases("PROGRAMME", ["Museum Accreditation", "Museum Accreditation Scheme", "Archive Service Accreditation",
                           "Heritage Open Days", "Kick the Dust", "National Lottery Project Grants", "Let's Create",
                           "Museum Estate and Development Fund", "Cultural Development Fund",
                           "Collaborative Doctoral Partnership", "Collaborative Doctoral Partnerships",
                           "Heritage Action Zones", "Cultural Investment Fund"], "national-heritage-programmes")),
    ("Named heritage buildings and town quarters, places: a corn exchange, a prison, a church named after its"
     " saint, a conservation area, a town's arts or cultural quarter. e.g. 'including St Anne's Church and the Old"
     " Corn Exchange', 'everyone leaving Kingsbrook Prison', 'the Fore Street Conservation Area', 'The Harbour Arts"
     " Quarter' (written for the probe); 'the Corn Exchange' (Medway 2018)",
     tokens("PLACE", [[START, MOD, {"ORTH": "Corn"}, {"ORTH": "Exchange"}], [{"ORTH": "Corn"}, {"ORTH": "Exchange"}],
                      [START, MOD, {"ORTH": "Prison"}],
                      [{"ORTH": {"IN": ["St", "St."]}}, CAP, {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"},
                       heads("Church", "Chapel", "Cathedral", "Priory", "Abbey")],
                      [START, MOD, {"ORTH": "Conservation"}, {"ORTH": "Area"}],
                      [START, MOD, {"ORTH": {"IN": ["Arts", "Cultural", "Creative", "Knowledge", "Innovation",
                                                   "Digital", "Heritage", "Civic", "Jewellery", "Merchant"]}},
                       {"ORTH": "Quarter"}]], "heritage-places")
     + phrases("_GENERIC", ["Conservation Area", "Cultural Quarter", "Arts Quarter"], "generic")),
    ("Public health campaigns, programmes and grants of a Director of Public Health's report. e.g. 'took part in"
     " the national Stoptober campaign', 'From Harm to Hope, the national 10-year drugs strategy', 'The Family Nurse"
     " Partnership (FNP) supported 96 mothers', 'the Supplementary Substance Misuse Treatment and Recovery Grant"
     " (SSMTRG)' (written for the probe)",
     phrases("PROGRAMME", ["Stoptober", "Dry January", "Better Health", "Every Mind Matters", "Change4Life",
                           "From Harm to Hope", "Family Nurse Partnership", "Individual Placement and Support",
                           "Supplementary Substance Misuse Treatment and Recovery Grant",
                           "Substance Misuse Treatment and Recovery Grant",
                           "Local Stop Smoking Services and Support Grant", "Swap to Stop",
                           "Drug and Alcohol Treatment and Recovery Improvement Grant",
                           "Smokefree Generation", "Tobacco Dependency Treatment Programme",
                           # and the national approaches a county's health priorities build on: 'the Adult Social Care
                           # MADE strategy, Smoke Free Generation', 'including Prevention Concordat', 'develop Whole
                           # System Approach to Healthy Weight', 'offering Daily Mile', 'building on the Healthier
                           # Wealthier Children approach' (Kent ICS priorities appendix 2024)
                           "Smoke Free Generation", "Prevention Concordat", "Prevention Concordat for Better Mental Health",
                           "Whole System Approach to Healthy Weight", "Whole Systems Approach to Healthy Weight",
                           "Daily Mile", "The Daily Mile", "Healthier Wealthier Children"], "national-public-health-programmes")
     # the NHS's psychological therapies service by its name since 2023: 'increased equity to Live well & Talking
     # Therapies' (Kent ICS priorities appendix 2024)
     + phrases("SERVICE", ["NHS Talking Therapies", "Talking Therapies"], "national-public-health-programmes")
     + phrases("SYSTEM", ["Fingertips"], "national-public-health-programmes")),
    ("Electoral registration: the national registration scheme, the boundary bodies, the administrators' body and"
     " the electoral management systems councils run. e.g. 'registration has been by Individual Electoral"
     " Registration (IER)', 'the Boundary Commission for England', 'published through the Xpress Elections system',"
     " 'will move from Xpress to Idox Elections' (written for the probe)",
     phrases("PROGRAMME", ["Individual Electoral Registration", "IER", "Annual Canvass Reform"], "national-electoral")
     + phrases("ORG", ["Boundary Commission for England", "Boundary Commission for Wales",
                       "Boundary Commission for Scotland", "Association of Electoral Administrators"], "national-electoral")
     + phrases("SYSTEM", ["Xpress", "Xpress Elections", "Idox Elections", "Democracy Counts", "Halarose",
                          "Individual Electoral Registration Digital Service"], "national-electoral")),
    ("Community safety schemes, night-time economy awards and local schemes of national bodies named by their"
     " town. e.g. 'Integrated Offender Management (IOM) supervised 88 offenders', 'Four Community Trigger"
     " applications', 'kept its Purple Flag accreditation', 'Best Bar None has 38 member venues', 'Holmewood Street"
     " Pastors patrol', 'Holmewood Pubwatch excluded 27 people', 'with the support of Holmewood BID', 'The ASB case"
     " management system, ECINS' (written for the probe)",
     phrases("PROGRAMME", ["Integrated Offender Management", "Community Trigger", "ASB Case Review",
                           "ASB Case Reviews", "Anti-social Behaviour Case Review", "Anti-Social Behaviour Case Review",
                           "Purple Flag", "Best Bar None", "Town Deal"], "national-community-safety-programmes")
     + phrases("ORG", ["Street Pastors", "Pubwatch", "Shopwatch"], "national-community-safety-bodies")
     + tokens("ORG", [[START, {**AREA_WORD, "OP": "*"}, {"ORTH": {"IN": ["Pubwatch", "Shopwatch"]}}],
                      [START, {**AREA_WORD, "OP": "*"}, {"ORTH": "Street"}, {"ORTH": "Pastors"}],
                      [START, {**AREA_WORD, "OP": "*"}, {"ORTH": "BID"}]], "community-safety-bodies")
     + phrases("SYSTEM", ["ECINS", "E-CINS", "CALM", "Axiell Collections", "Verto", "DELTA"], "systems")),
])

GROUPS.append(
    ("Groups of clients and kinds of provision a budget's key service lines and descriptions name, no one service:"
     " the ruler, the NER and the base model are overruled when they propose exactly these. e.g. 'Older People -"
     " Residential Care Services', 'Children in Need (Disability) - Care & Support', 'Commissioned Community-Based"
     " Services for Older People', 'In-House provision' (Kent budget book 2025)",
     phrases("_GENERIC", ["Older People", "Children in Need", "Looked After Children", "Care Leavers", "Young People",
                          "Residential Care Services", "Residential and Nursing Care Services", "Nursing Care Services",
                          "Community Based Services", "Community-Based Services", "Social Support Services",
                          "Looked After Children Services", "Residential Respite and Enablement Services",
                          "Community-Based Enablement Services", "Midwifery Services", "Occupational Therapy Services",
                          "In-House", "In House",
                          # the client groups the lines are named for: 'Adult Mental Health - Community Based Services'
                          "Adult Mental Health", "Adult Learning Disability", "Adult Physical Disability",
                          "Learning Disability", "Physical Disability", "Physical Disabilities", "Learning Disabilities",
                          "Mental Health", "Disability", "Disabilities"],
             "generic")))

GROUPS.append(
    ("Generic names that are not one body: the ruler, the NER and the base model are overruled when they"
     " propose exactly these. e.g. 'the front door to Children's Services' (Medway 2018),"
     " 'the rest of the Family Hub provision' (Kent Family Hub consultation 2024), 'District and Borough Council Leaders' (Kent Council minutes 2025)",
     phrases("_GENERIC", ["Children's Services", "Children's services", "Adult Services", "Adults Services",
                          "Social Services", "SOCIAL SERVICES", "CHILDREN'S SERVICES", "ADULT SERVICES", "Family Hub", "FAMILY HUB", "Community Hub",
                          # and as papers also write them: 'open to either Early Help or statutory Children Services',
                          # 'not recommission Family Hub Services at Seashells' (Kent Executive Response 2025)
                          "Children Services", "Childrens Services", "Family Hub Services", "Family Hub services",
                          # a meeting's session for the public is no body: '2. PUBLIC FORUM (15 MINUTES) The Parish
                          # Council was welcomed', 'was opened to the floor for general comment. Open Forum.' (Norfolk
                          # parish minutes 2016, 2018)
                          "Public Forum", "PUBLIC FORUM", "Open Forum", "OPEN FORUM",
                          "Family Hub Service", "Family Hub service", "Family Hubs services",
                          "District Council", "District Councils", "Borough Council", "Borough Councils",
                          "Local Authority", "Local Authorities",
                          "Council", "Cabinet", "Board", "Panel", "Committee", "Service", "Team",
                          # a body's working plan without the body: 'IPPH Action Plan' gives way to the committee
                          # (Kent ICS activity appendix 2025)
                          "Action Plan", "Business Plan", "Action Plans", "Business Plans",
                          # a kind word alone names no plan: 'the Plan will be reviewed' (written for the probe)
                          "Plan", "Strategy", "Programme", "Scheme", "Framework", "PLAN", "STRATEGY",
                          "Gateway", "Centre", "Hub", "Hubs", "Minutes", "MINUTES", "Agenda", "AGENDA",
                          "District and Borough Council", "District and Borough Councils",
                          # kinds of site, not one site: 'residents can take it to a Household Waste Recycling Centre'
                          "Household Waste Recycling Centre", "Recycling Centre", "Leisure Centre", "Library",
                          "Children's Home", "Children's Homes", "Care Home", "Care Homes", "Nursing Home", "Residential Home",
                          # a public health designation of a centre: 'Millmead ... expand its provision as a Healthy
                          # Living Centre' (Kent Executive Response 2025)
                          "Healthy Living Centre", "Healthy Living Centres",
                          # a committee's own forward plan of business, a kind of paper: 'Work programme (Item 10)'
                          # (Kent Corporate Parenting Panel minutes 2024)
                          "Work programme", "Work Programme", "Forward Work Programme", "WORK PROGRAMME",
                          # a kind of authority, not one: 'a Mayoral Combined Authority' (Kent Council minutes 2025),
                          # 'how Mayoral Combined Authorities play a crucial role' (Cambridgeshire and Peterborough
                          # Combined Authority Board 2024); the bare singular is the paper's own authority (round 67,
                          # with the authorities by their kind below)
                          "Combined Authorities", "Mayoral Combined Authority", "Mayoral Combined Authorities",
                          "Mayoral Strategic Authority",
                          # kinds of housing, school and sport body every area has: 'the ALMO's blocks of flats',
                          # 'academies in a MAT', 'the county's Active Partnership' (written for the probe)
                          "ALMO", "ALMOs", "Arm's Length Management Organisation", "Arm's-Length Management Organisation",
                          "MAT", "MATs", "Multi-Academy Trust", "Multi Academy Trust", "Academy Trust",
                          "Registered Provider", "Registered Providers", "Housing Association", "Active Partnership",
                          "Community Land Trust", "Community Land Trusts", "Business Improvement District",
                          "Fire and Rescue Service", "Fire and Rescue Authority", "Police Force",
                          "Local Enterprise Partnerships", "LEPs"], "generic")
     # plans and orders made for one child, honours after a name, and the council's own accounts: no
     # programme or body. e.g. 'young people who will require an EHCP', 'children subject to Child
     # Protection Plans' (Medway 2018), 'the revenue impact on the General Fund' (Kent risk register 2025)
     + phrases("_GENERIC", ["EHCP", "EHCPs", "EHC Plan", "EHC Plans", "Education, Health and Care Plan",
                            "Education Health and Care Plan", "Education, Health, and Care Plan",
                            "Education, Health and Care Plans", "Education Health and Care Plans",
                            "Child Protection Plan", "Child Protection Plans", "Child in Need Plan", "Pathway Plan",
                            "Personal Education Plan", "Care Plan", "Special Guardianship Order",
                            "Special Guardianship Orders", "MBE", "OBE", "CBE", "General Fund", "Capital Programme",
                            # orders and notices a council makes under the anti-social behaviour powers, capitalised
                            # as the lower-case ones the acronym rule vetoes: 'The city centre Public Spaces Protection
                            # Order (PSPO) expires in October' (written for the probe)
                            "Public Spaces Protection Order", "Public Spaces Protection Orders", "PSPO", "PSPOs",
                            "Community Protection Notice", "Community Protection Notices", "Criminal Behaviour Order",
                            "Criminal Behaviour Orders", "Closure Order", "Closure Orders",
                            # as a heading writes it: '6. Capital programme 2024/25' (written for the probe)
                            "Capital programme", "CAPITAL PROGRAMME",
                            # the council's other accounts: 'the recharge to the Pension Fund', 'against the
                            # Insurance Fund' (Kent finance monitoring 2024)
                            "Pension Fund", "Insurance Fund", "Collection Fund",
                            # a billing authority's collection funds by their taxes: '| Business Rate Collection Fund |'
                            # (Kent budget update 2025)
                            "Business Rate Collection Fund", "Business Rates Collection Fund",
                            "Council Tax Collection Fund",
                            # the ring-fenced account of a council's own housing, as the General Fund
                            "Housing Revenue Account", "HRA",
                            # kinds of school, not one school: 'Maintained Special School' (a table row),
                            # 'students at FE College' (Kent finance monitoring 2024)
                            "Special School", "Maintained Special School", "Maintained School", "Independent School",
                            "Primary School", "Secondary School", "Grammar School", "Free School", "FE College",
                            "Further Education College", "Sixth Form College", "School", "College"],
               "generic")
     # agenda references and nationality or language adjectives: "(Item 4)", "its French, Belgian and Dutch colleagues"
     + tokens("_GENERIC", [[{"ORTH": {"IN": ["Item", "ITEM", "Items"]}}, {"TEXT": {"REGEX": r"^\d+[a-z]?$"}}]], "generic")
     + phrases("_GENERIC", ["British", "English", "Scottish", "Welsh", "Irish", "French", "German", "Dutch", "Belgian",
                            "European", "Polish", "Romanian", "Ukrainian", "Italian", "Spanish", "Portuguese",
                            "Asian", "African", "Caribbean", "American", "Chinese", "Indian", "Pakistani",
                            "Bangladeshi", "Muslim", "Sikh", "Hindu", "Jewish", "Christian",
                            # 'homes for Afghan and Ukrainian families' (written for the probe)
                            "Afghan", "Syrian", "Sudanese", "Eritrean", "Iranian", "Iraqi"], "generic")
     # a heading's kind of spending, not one scheme: '6. Capital Schemes' (written for the probe), as
     # "Capital Programme" above
     + phrases("_GENERIC", ["Capital Schemes", "Capital Projects", "CAPITAL SCHEMES", "Capital Scheme"], "generic")
     # a kind of group alone, as "the Board" alone: 'The Working Group on empty homes reported in December' (written
     # for the probe); 'School Readiness Working Group' (Somerset 2019) is a name
     + phrases("_GENERIC", ["Working Group", "Working Groups", "Working Party", "Working Parties", "Steering Group", "Task and Finish Group",
                            "Task and Finish Groups"], "generic")))


# A unit's number: "11 Infantry Brigade", "3rd Battalion".
UNIT_NUMBER = {"TEXT": {"REGEX": r"^\d{1,3}(?:st|nd|rd|th)?$"}}
UNIT_HEADS = heads("Regiment", "Squadron", "Sqn", "Brigade", "Battalion", "Corps", "Division", "Wing", "Rifles",
                   "Flotilla")
GROUPS.append(
    ("Armed Forces Covenant reports (Kent Civilian-Military Partnership Board annual report 2024, Kent County"
     " Council report on the Covenant 2025): military units by number ('220 Medical Squadron', '11 Infantry"
     " Brigade', '3 Princess of Wales's Royal Regiment') or by name ('Royal Gurkha Rifles') are organisations; ships"
     " and shore establishments ('HMS Warrior', an awards venue), cathedrals, castles, barracks and dockyards are"
     " places; a peer's style 'Lord Lancaster of Kimbolton' is a person, not two places; a council abbreviated"
     " '<Place> CC' is the council ('Kent CC proudly receiving its ... Gold Award'), never a councillor's"
     " post-nominal ('Canon Peter Bruinvels CC': not a place); the electoral system a motion names is no scheme",
     tokens("ORG", [[UNIT_NUMBER, MOD, UNIT_HEADS], [UNIT_NUMBER, MOD, CONN, CAP, MOD, UNIT_HEADS],
                    [START, MOD, heads("Regiment", "Rifles")]], "military-units")
     # choirs and bands: 'the Brompton & Invicta Military Wives Choir', 'Eynsford Concert Band', 'the PWRR Band',
     # 'the Band of Gurkhas' (not 'Council Tax Band')
     + tokens("ORG", [[START, MOD, heads("Choir")], [START, MOD, {"ORTH": "choir"}],
                      # 'the Canterbury for Ukraine Ladies Choir'
                      [START, MOD, CONN, CAP, MOD, heads("Choir")],
                      [START, MOD, {"ORTH": {"IN": ["Concert", "Military", "Brass", "Silver", "Marching", "Wind", "Pipe"]}},
                       {"ORTH": "Band"}],
                      [{"TEXT": {"REGEX": r"^[A-Z]{2,6}$"}}, {"ORTH": "Band"}],
                      [{"ORTH": "Band"}, {"ORTH": "of"}, {"ORTH": "the", "OP": "?"}, CAP, {**CAP, "OP": "?"}]],
              "choirs-and-bands")
     # a named needs assessment, as the Joint Strategic Needs Assessment: 'The Armed Forces and Veteran Community
     # Needs Assessment'; a plan's number after its name: 'Local Transport Plan 5: Striking the Balance'
     + tokens("PROGRAMME", [[START, MOD, {"ORTH": "Needs"}, {"ORTH": "Assessment"}],
                            [START, MOD, CONN, CAP, MOD, {"ORTH": "Needs"}, {"ORTH": "Assessment"}],
                            [START, MOD, CONN, CAP, MOD, CONN, CAP, MOD, {"ORTH": "Needs"}, {"ORTH": "Assessment"}],
                            [START, MOD, heads("Plan"), {"TEXT": {"REGEX": r"^[1-9]$"}}]], "assessments-and-numbered-plans")
     # (not a hyphenated surname's last part: 'Stephanie Holt-Castle – Director of Growth and Communities', Kent
     # Minerals and Waste Local Plan report 2025)
     + tokens("PLACE", [[{"ORTH": "HMS"}, CAP], [START, MOD_NO_HYPHEN, heads("Cathedral", "Castle", "Barracks", "Dockyard")]],
              "military-and-historic-sites")
     + tokens("PERSON", [[{"ORTH": {"IN": ["Lord", "Lady", "Baroness", "Baron"]}}, NAME, {"ORTH": "of"}, CAP,
                          {**NAME, "OP": "?"}]], "peers")
     + [{"label": "ORG", "pattern": [{"ORTH": {"IN": ONE_WORD_PLACES}}, {"ORTH": "CC"}],
         "id": "gazetteer:councils-abbreviated-cc"}]
     # the settlement's 2025/26 grant for councils under most pressure, capitalised only ("a ... treatment and recovery
     # grant" is another): 'the Recovery Grant was not targeted' (Kent minutes, 19 December 2024)
     + phrases("PROGRAMME", ["Recovery Grant"], "national-funding-capitalised")
     + phrases("_GENERIC", ["Single Transferable Vote", "STV", "First Past the Post", "Armed Forces Community"],
               "generic")))

GROUPS.append(
    ("Treasury management and planning reports (Kent treasury management mid-year update 2024-25, Kent Minerals and"
     " Waste Local Plan adoption report and late budget changes report, March 2025): central banks and the treasury"
     " advisers and economic forecasters whose commentary councils' treasury reports quote are organisations ('This"
     " is in line with the Bank of England's view', 'the Bank, resembling the ECB more than the Fed', 'Our colleagues"
     " at Capital Economics suggest'); a county's business rates pool is a scheme ('the Kent Business Rate pool');"
     " national planning guidance is a programme ('the NPPF and Planning Practice Guidance'); the statutory development"
     " plan as a kind, and local plans in the plural, are no names ('to prepare a statutory Development Plan', 'policies"
     " in Local Plans should be reviewed'), while a council's own 'Local Plan' stays a titled plan (as its 'Corporate"
     " Plan'); an area's name before them still makes one ('Kent Minerals and Waste Local Plan')",
     phrases("ORG", ["European Central Bank", "ECB", "Federal Reserve", "US Federal Reserve", "Capital Economics",
                     "Arlingclose", "Link Asset Services", "MUFG Corporate Markets"], "central-banks-and-treasury-advisers")
     + phrases("PLACE", ["Middle East"], "world-regions")
     # the United States and its central bank as the commentary writes them: 'the 5 November US presidential
     # election', 'the Fed's "hawkish cut"' (only in mixed-case text and after "the": `service_names._short_world_name`)
     + phrases("PLACE", ["US"], "world-short-names") + phrases("ORG", ["Fed"], "world-short-names")
     + tokens("PROGRAMME", [[START, {**MOD, "OP": "?"}, {"ORTH": "Business"}, {"ORTH": {"IN": ["Rates", "Rate"]}},
                             {"ORTH": {"IN": ["Pool", "pool"]}}]], "business-rates-pools")
     + phrases("PROGRAMME", ["Planning Practice Guidance", "National Planning Policy Framework", "NPPF"],
               "national-planning-guidance")
     + phrases("_GENERIC", ["Local Plans", "Development Plan", "Development Plans"], "generic")
     # the statutory plan of an area, as a kind: 'forms part of the Development Plan for Kent' (the area stays a place)
     + tokens("_GENERIC", [[{"ORTH": "Development"}, {"ORTH": "Plan"}, {"ORTH": "for"}, CAP]], "generic")
     # a treasury table's header and kinds of holding: '| Investment Fund | Book cost £m |', '| Money Market Funds |'
     # kinds of service and paper in a code's or section's title: 'CIPFA's Treasury Management in the Public Services:
     # Code of Practice', '7. Policy Framework' (Kent treasury and local plan reports 2025)
     + phrases("_GENERIC", ["Public Services", "Policy Framework"], "generic")
     + phrases("_GENERIC", ["Investment Fund", "Investment Funds", "Money Market Funds", "Money Market Fund",
                            "Pooled Funds", "Strategic Pooled Funds", "Property Funds"], "generic")))


GROUPS.append(
    ("Banks and building societies, the counterparties a council's treasury report lists (Kent treasury half-year"
     " report 2024-25: '| Call Account | Lloyds Bank plc |', '| Fixed Rate Covered Bond | Bank of Scotland - Bonds |',"
     " '| Floating Rate Covered Bond | Yorkshire Building Society - Bonds |'): a bank named 'Bank of <one word>' with"
     " what goes before it ('Royal Bank of Canada'), a name before 'Bank plc', a building society by its name, and the"
     " banks of the usual counterparty lists whose names have no such shape (a name the token patterns take with its"
     " 'plc' is left to them); a bank alone, a food bank and the"
     " 'Bank of England Quarterly Monetary Policy Report' (the central bank's report) are no bank of this group",
     tokens("ORG", [[{"ORTH": "Bank"}, {"LOWER": "of"}, CAP],
                    [START, MOD_NO_HYPHEN, {"ORTH": "Bank"}, {"LOWER": "of"}, CAP],
                    [START, MOD_NO_HYPHEN, {"ORTH": "Bank"}, {"ORTH": {"IN": ["plc", "PLC", "Plc"]}}],
                    [START, MOD_NO_HYPHEN, {"ORTH": "Building"}, {"ORTH": "Society"}]], "banks-and-building-societies")
     + phrases("ORG", ["Bank of Nova Scotia", "Bank Of Nova Scotia", "National Australia Bank", "Santander UK",
                       "Bayerische Landesbank", "Toronto-Dominion Bank", "DBS Bank", "Svenska Handelsbanken",
                       "Handelsbanken", "Standard Chartered Bank", "Goldman Sachs International Bank", "NatWest",
                       "Close Brothers"],
               "banks-and-building-societies")))


GROUPS.append(
    ("Bodies that meet, named like councils (entities round 35): the national forums of the English devolution white"
     " paper are boards ('the Mayoral Council and the Council of the Nations and Regions', Kent County Council minutes"
     " and devolution report, January 2025), and so is a youth council, elected young people who"
     " meet ('the Kent Youth County Council (KYCC) elections', Kent Cabinet minutes January 2025), not the local"
     " authority their place names; a treasury adviser known by its group's name is an organisation ('Link Group,"
     " the Council's treasury advisers', Kent finance monitoring and treasury reports 2024-25)",
     phrases("BOARD", ["Mayoral Council", "Council of the Nations and Regions", "Council of Nations and Regions"],
             "national-devolution-forums")
     + tokens("BOARD", [[START, {**MOD, "OP": "?"}, {"ORTH": "Youth"}, {"ORTH": "Council"}],
                        [START, {**MOD, "OP": "?"}, {"ORTH": "Youth"}, {"ORTH": {"IN": ["County", "City", "Borough"]}},
                         {"ORTH": "Council"}]], "youth-councils")
     + phrases("ORG", ["Link Group"], "central-banks-and-treasury-advisers")))

GROUPS.append(
    ("Equality impact assessments (entities round 42): an EqIA form's field labels and the protected characteristics"
     " of the Equality Act 2010 it asks about are no service, place or body, in every council's template ('|"
     " Responsible Service | Education Planning and Access |', 'Mitigating actions for Pregnancy and Maternity', Kent"
     " EqIAs 2024; 'Responsible Service/Division', Kent Family Hub EqIA 2024), nor is the assessment itself ('collected"
     " from the EQIA Submission'); a church service is an event, not a council service ('the 3PWRR Christmas Carol"
     " Service in Canterbury Cathedral', Kent CMPB annual report 2024). The ruler, the NER and the base model are"
     " overruled when they propose exactly these (or a piece of them)",
     phrases("_GENERIC", ["Responsible Service", "Responsible Officer", "Responsible Director",
                          "Responsible Head of Service", "Service Change", "Service Redesign", "Service Users",
                          "Service users", "EQIA", "EqIA", "EQIAs", "EqIAs", "EIA", "EIAs",
                          "Pregnancy and Maternity", "Pregnancy and maternity", "Pregnancy", "Maternity",
                          "Marriage and Civil Partnership", "Marriage and Civil Partnerships",
                          "Marriage and civil partnership", "Gender Reassignment", "Gender reassignment",
                          "Gender Identity", "Gender identity", "Sexual Orientation", "Sexual orientation",
                          "Religion and Belief", "Religion and belief", "Religion or Belief", "Religion or belief",
                          "Protected Characteristics", "Protected characteristics",
                          "Carol Service", "Carols Service", "Christmas Carol Service", "Remembrance Service",
                          "Memorial Service", "Thanksgiving Service", "Service of Remembrance",
                          "Service of Thanksgiving", "Service of Commemoration"], "generic")
     # and, as the plans for one child and the kinds of school above, their spellings without commas and the plural
     # kind of unit, and any council's children's services as a kind ('the new framework for Inspecting Local Authority
     # Children's Services', Medway 2018); and a meeting's standing agenda items: '| Education Health Care Plans (EHCPs) |', '| Pupil
     # Referral Units (PRU's) are short-stay centres |' (Kent budget book 2025), 'Public Participation and Questions
     # from Councillors' (Wiltshire Cabinet 2024)
     + phrases("_GENERIC", ["Local Authority Children's Services", "Local Authority Children's services",
                            "Education Health Care Plan", "Education Health Care Plans", "Education Health and Care Plan",
                            "Pupil Referral Units", "Public Participation", "Questions from Councillors",
                            "Public Participation and Questions from Councillors", "Public Question Time",
                            "Questions from Members", "Public Questions"], "generic")
     # ordinary words a paper capitalises that name no service, team or place alone: 'a strong focus from elected
     # Members, the Corporate Management Team' (Kent Family Hub decision report 2024), 'Derek Crow-Brown, Deputy, Armed
     # Forces Champion' (Kent Covenant report 2024), 'forecasts for GDP, inflation, wage Growth' (Kent treasury meeting
     # note 2024), 'potential changes to the Council's Governance' (Kent Governance Update 2025), 'Older People -
     # Residential Care Services' (Kent budget book 2025), 'Have you consulted with Stakeholders?' (Kent Family Hub EqIA)
     + phrases("_GENERIC", ["Members", "Member", "Deputy", "Growth", "Governance", "Transformation", "People",
                            "Health", "Stakeholders", "Pupil", "Pupils"], "generic")))

GROUPS.append(
    ("Care and committee papers of other councils (entities round 43): a council's charging policy for care is a named"
     " policy ('Adult Social Care Residential Charging Policy', 'the Residential Charging Policy', Middlesbrough"
     " Executive 2024; 'the Councils Local Charging Policy', Rochdale Cabinet 2020), its first word no council's own"
     " ('Councils'); 'Charging Policy' alone is a kind. A committee's sub-committee named by its kind alone is none ('any"
     " Member of the Scrutiny Committee or Sub-Committee thereof', Kent Constitution changes 2025)",
     tokens("PROGRAMME", [[{"TEXT": START["TEXT"], "LOWER": {"NOT_IN": STOP + ["council", "councils", "council's"]}},
                           MOD, {"ORTH": "Charging"}, {"ORTH": "Policy"}]], "charging-policies")
     + phrases("_GENERIC", ["Sub-Committee", "Sub-committee", "Sub-Committees", "Sub-committees", "Subcommittee",
                            "Subcommittees"], "generic")
     # a kind of plan named by its kind alone, after the name of what it delivers or in a sentence ('Integrated Care
     # Strategy (KCC ICS) Delivery Plan', Kent Cabinet report and minutes 2025; 'we have needed to adopt a Recovery Plan',
     # Kent record of decision 2024); a plan's own name keeps it ('ICS Shared Delivery Plan')
     + phrases("_GENERIC", ["Delivery Plan", "Delivery Plans", "Recovery Plan", "Recovery Plans",
                            "Implementation Plan", "Implementation Plans", "Action Plan", "Action Plans"], "generic")))

GROUPS.append(
    ("Other councils' papers (entities round 44): kinds of thing, of meeting and of event a paper capitalises name no"
     " service alone: a bus service by its kind ('Bus Service on Market Day', a heading of the Stoke Ferry parish"
     " minutes 2020; 'Local Bus Services', West Dereham 2020), a kind of decision meeting ('Decision Maker: Decision"
     " Session - Cabinet Member for ...', City of York 2012; nor its 'Session' alone), a councillors' drop-in"
     " ('preceded with Open Surgery', West Dereham 2018), a church service in lower case ('organising the Remembrance"
     " service', Stoke Ferry 2020, as round 42's capitalised ones), a paper's word 'Report' left alone ('Annual Report"
     " - Achievement Against Priorities', Ryedale 2011), an agenda's 'Planning Applications' and a clerk's 'Mobile"
     " Phone' (Northwold 2017, Wereham 2016). A longer name keeps them ('Bus Service Improvement Plan')",
     phrases("_GENERIC", ["Bus Service", "Bus Services", "Local Bus Service", "Local Bus Services", "Decision Session",
                          "Decision Sessions", "Session", "Sessions", "Open Surgery", "Remembrance service",
                          "Carol service", "Carols service", "Memorial service", "Thanksgiving service", "Report",
                          "Reports", "Planning Applications", "Planning Application", "Mobile Phone"], "generic")))

GROUPS.append(
    ("Other councils' papers (entities round 45): a parish's noticeboard and the police by their kind alone name no"
     " body ('THANKS TO GRAHAM GILLIS FOR HELP IN INSTALLING THE WHITTINGTON NOTICEBOARD', Northwold parish minutes"
     " 2017; 'the Police and Highways should have looked to resolve', Stoke Ferry 2018); a force's name keeps its word"
     " ('Norfolk Police', 'Kent Police')",
     phrases("_GENERIC", ["Noticeboard", "Noticeboards", "NOTICEBOARD", "Notice Board", "Notice Boards", "Police"],
             "generic")))

GROUPS.append(
    ("Other councils' papers (entities round 48): a council's own service by its kind alone ('However, the Council"
     " Service would not be a threat to the market', Worcestershire Cabinet on adult care and support services) and a"
     " minute's verb shouted in capitals ('The Group received, and NOTED, a report', Mid Devon housing group) name no"
     " body",
     phrases("_GENERIC", ["Council Service", "Council Services", "NOTED", "AGREED", "RESOLVED", "APPROVED"],
             "generic")))

GROUPS.append(
    ("Other councils' papers (entities round 49): a scrutiny committee's review by its kind alone ('the agreed action"
     " plan and the Scrutiny review recommendations', 'further informed by the recent Scrutiny Review', East Sussex"
     " Cabinet on climate change) and a declared emergency ('the Council's Climate Strategy in response to the Climate"
     " Emergency', Huntingdonshire Cabinet) name no programme or service; a review or plan with a name of its own"
     " ('Special School Review', 'Climate Emergency Action Plan') is found whole",
     phrases("_GENERIC", ["Scrutiny Review", "Scrutiny review", "Scrutiny Reviews", "Scrutiny reviews",
                          "Climate Emergency", "Climate Crisis", "Ecological Emergency", "Climate and Ecological Emergency",
                          "Climate and Nature Emergency"], "generic")))

GROUPS.append(
    ("Other councils' papers (entities round 50): a directorate's or service's plan by its kind alone ('Agenda item"
     " Directorate Service Plan', 'comprised a Directorate Plan, linking the work of HASS to the Council's corporate"
     " objectives', York Executive Members 2008) names no programme, as a council's own plans in lower case do not; a"
     " service's plan by the service's name ('Environmental Health Service Plan', South Kesteven 2006) is found whole",
     phrases("_GENERIC", ["Directorate Plan", "Directorate Plans", "Directorate Service Plan",
                          "Directorate Service Plans", "Service Plan", "Service Plans"], "generic")))

GROUPS.append(
    ("Other councils' papers (entities round 55): a method and a kind of room name no service or place ('making greater"
     " use of Statistical Process Control (SPC) charts', 'calls logged with the Control Room', Flintshire Community"
     " Safety Partnership annual review; round 53's batch C)",
     phrases("_GENERIC", ["Control Room", "Statistical Process Control"], "generic")))

GROUPS.append(
    ("An authority's own papers naming it by its kind alone (entities round 63): an organisation, as the gold's bare"
     " 'Fire Authority' (Kent Cabinet minutes 2025, 'stakeholders such as Police and Crime Commissioner, Fire Authority,"
     " District ...'; Nottinghamshire fire authority 2021) and 'Combined Fire Authority' (Leicestershire 2012); 'To"
     " approve the minutes of the National Park Authority (EGM)' (Brecon Beacons 2021); and (round 67) 'the"
     " Combined Authority' (Cambridgeshire and Peterborough 2024). Not a mayoral or strategic authority, or 'a"
     " Combined Authority', which devolution papers name as a category ('a Mayoral Combined Authority'), nor the kinds"
     " 'Fire and"
     " Rescue Service' and 'Fire and Rescue Authority' every area has (generic above)",
     # (a rule's words, not the gazetteer's: a longer name holding them is found whole, "Northmoor Combined Fire
     # Authority", "Hereford & Worcester Fire Authority")
     tokens("ORG", [[{"ORTH": w} for w in n.split()]
                    for n in ("Fire Authority", "Combined Fire Authority", "National Park Authority",
                              # entities round 67: 'changes to the membership of board and committees of the
                              # Combined Authority', 'the Combined Authority's Audit and Governance Committee'
                              # (Cambridgeshire and Peterborough Combined Authority Board 2024); a category stays
                              # generic ('a Mayoral Combined Authority', 'to form a Combined Authority')
                              "Combined Authority")],
            "authority-by-kind")
     + tokens("_GENERIC", [[{"LOWER": {"IN": ["a", "an", "any", "each", "every", "new"]}}, {"ORTH": "Combined"},
                            {"ORTH": "Authority"}]], "authority-by-kind")
     # and a national park's authority by its park's name, in capitals too: 'Brecon Beacons National Park Authority',
     # 'CAIRNGORMS NATIONAL PARK AUTHORITY' (Cairngorms board minutes 2004)
     + tokens("ORG", [[START, MOD, heads("National"), heads("Park"), heads("Authority")]], "authority-by-kind")))

GROUPS.append(
    ("A committee's name holding one capitalised word in brackets before its head (entities round 67): the body's own"
     " name, found whole ('the first meeting of the Joint Executive (Cabinet) Committee, which was established by"
     " ...', West Suffolk 2018; NER 0.7.0 read 'Joint Executive'). Not initials in brackets (a definition: 'Health"
     " and Wellbeing Board (HWB)'), which the acronym rules read",
     tokens("BOARD", [p[:-1] + [{"ORTH": "("}, {"TEXT": {"REGEX": r"^[A-Z][a-z]+$"}}, {"ORTH": ")"},
                                heads("Committee", "Board", "Panel", "Sub-Committee")]
                      for p in named({})], "bracketed-committees")))

GROUPS.append(
    ("Other councils' papers (entities round 63): a technology and a kind of venue name no service or body ('the"
     " Commissioner's pledge to re-invest in the Closed Circuit Television (CCTV) Infrastructure', Dyfed-Powys Police and Crime Panel 2017; 'Venue:"
     " Virtual Meeting', Brecon Beacons National Park Authority 2021)",
     phrases("_GENERIC", ["Closed Circuit Television", "Virtual Meeting", "Virtual meeting"], "generic")))

GROUPS.append(
    ("NHS health boards of Scotland and Wales by their area (entities round 63): an organisation, not a board that meets"
     " ('Andrew Thin reported that he had written to Grampian Health Board and to Tayside Health Board', Cairngorms"
     " National Park Authority board 2004; 'Hywel Dda University Health Board', written for the probe); not a board"
     " of a kind of health ('Public Health Board', 'Mental Health Board')",
     [{"label": "ORG", "pattern": p, "id": "gazetteer:nhs-health-boards"} for p in (
         [HEALTH_BOARD_AREA_WORD, {**HEALTH_BOARD_AREA_WORD, "OP": "*"},
          {"ORTH": {"IN": ["University", "Teaching"]}, "OP": "?"}, {"ORTH": "Health"}, {"ORTH": "Board"}],)]))

GROUPS.append(
    ("Police authorities by their area (entities round 65): an organisation, the force's governing body before 2012,"
     " found whole rather than as the force ('J Bugg, Hertfordshire Police Authority', 'Cllr R Smith, Herts Police"
     " Authority', Hertfordshire Police and Crime Panel 2012; the force's pattern read 'Herts Police')",
     tokens("ORG", [[POLICE_AREA_WORD, {**POLICE_AREA_WORD, "OP": "*"}, {"ORTH": "Police"}, {"ORTH": "Authority"}]],
            "police-authorities")))


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("// Entity-ruler patterns for miner_services (spaCy SpanRuler/EntityRuler JSONL).\n")
        fh.write("// Lines starting with // are comments; miner.nlp.services.load_patterns skips them.\n")
        fh.write("// Regenerate with scripts/build_service_patterns.py. Version: services-patterns@1\n")
        for comment, patterns in GROUPS:
            fh.write(f"// {comment}\n")
            for p in patterns:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
