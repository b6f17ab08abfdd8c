"""A small archive of four articles of different dates, for questions about time and articles.

Two file names are not words (hex, like the seed's), one is words, one has a title line.
Newest: 2022-03-01; oldest: 2022-01-10.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.paths import SEED

# One more article, on a subject the others never mention.
PENGUINS = "date 2023-03-03 title: Penguin news\nPenguins marched across the ice in record numbers."

ARTICLES = {
    "gas_supplies_europe.txt": """date 2022-01-10
Europe is looking for gas supplies beyond Russia as winter stocks run low.

Qatar and the United States could send more liquefied natural gas to European terminals, officials said.
Pipeline gas from Norway and Algeria is already flowing at full capacity.
Storage sites in Germany were less than half full at the start of January.
Energy ministers will meet next week to discuss joint purchases of gas.
""",
    "7d2c9e41b0a3f5e6.txt": """date 2022-02-14 title: Diplomats meet in Geneva as talks resume
Diplomats from the United States and Russia met in Geneva on Monday as talks on European security resumed.

The delegations discussed arms control and military exercises near the border.
No agreement was reached, but both sides said the talks would continue in March.
A spokesperson described the meeting as frank and useful.
""",
    "3f9a2b7c8d1e.txt": """date 2022-03-01
Aid agencies opened humanitarian corridors for refugees leaving the besieged city of Kharkiv.

More than 600,000 refugees have crossed into Poland, Hungary and Romania, the United Nations said.
Volunteers at the border handed out food, blankets and medicine.
The corridors will stay open for three days, according to the regional governor.
""",
}
NEWEST_TITLE = "Aid agencies opened humanitarian corridors for refugees leaving the besieged city of Kharkiv"


def write_dated_corpus(folder: Path) -> Path:
    """The three articles above and the seed (2022-01-25) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / SEED.name).write_bytes(SEED.read_bytes())
    return folder
