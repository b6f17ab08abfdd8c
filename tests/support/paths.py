"""Where the checkout, the shipped corpus and the test data are."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SEED = CORPUS / "000_a388bfca99b435f5.txt"
# The seed's file name is not words: its title is its lead's first clause.
SEED_TITLE = (
    "Ukraine's leaders sought to reassure the nation that an invasion from neighbouring Russia was not imminent"
)
DATA = ROOT / "tests" / "data"
