"""A "|" table cell is as of its column's period, named on a head line above the row's own heads (review 44)."""

from pathlib import Path

import pytest
from conftest import CORPUS, claim_found, paper_claims

BUDGET = CORPUS / "kent" / "Draft Revenue Budget 2025-26 and 2025-28 MTFP and Draft Capital Programme 2025-35.txt"


@pytest.fixture(scope="module")
def budget():
    return paper_claims(Path(BUDGET))


def test_a_period_head_spanning_two_columns_dates_each_cell_under_it(budget):
    """Kent's draft budget, Table 3.1: "| Table 3.1 | 2025-26 Provisional | | 2024-25 Final | |" over "| | Kent | England
    | Kent | England |" over "| | £'m | ... |". Each year spans the Kent and England columns after it, so the 2024-25
    cells are of 2024-25, not of the 2025-26 the paper and the table are dated by (the claims layer read no period
    in the row's own heads, "Kent £'m", and left every cell at 2025-26)."""
    for context, quote, year in (("| Social Care Grant | 137.1 | 5,924.0 | 117.0 | 5,044.0 |", "117.0", "2024-25"),
                                 ("| Social Care Grant | 137.1 | 5,924.0 | 117.0 | 5,044.0 |", "5,044.0", "2024-25"),
                                 ("| Council Tax | 993.9 | 38,311.8 | 935.7 | 36,153.5 |", "935.7", "2024-25"),
                                 ("| Services Grant | | | 1.3 | 87.4 |", "1.3", "2024-25"),
                                 ("| Social Care Grant | 137.1 | 5,924.0 | 117.0 | 5,044.0 |", "137.1", "2025-26"),
                                 ("| Social Care Grant | 137.1 | 5,924.0 | 117.0 | 5,044.0 |", "5,924.0", "2025-26")):
        assert claim_found(budget, context, quote).as_of == year, (context, quote)

