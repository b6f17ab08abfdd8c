"""The closed classes of English a question's form is read by: its question words, the
auxiliaries that open a clause, and the punctuation that sets a trailing part off.

Shared by the readers of a question's parts (``question_part``, ``main_ask``, ``offered``,
``attribute_asked``, ``attribute_written``), which each read one form by them.
"""

from __future__ import annotations

import re

# A question word, as a pattern to build others with ("… - how many?", "X, and who …?").
QUESTION_WORD = r"(?:who|whom|whose|what|which|when|where|why|how)"
QUESTION_WORDS = re.compile(rf"\b{QUESTION_WORD}\b", re.IGNORECASE)
# A finite auxiliary or copula opens a clause ("is it more or less …?", "or is it on standby?").
AUXILIARIES = frozenset(
    "is are was were am be been do does did has have had will would can could shall should may might must".split()
)
# A dash, a colon, a semicolon or a comma before a trailing part (an unspaced dash is an en
# dash of a range, "15–1"; an em dash needs no spaces).
SEPARATOR = re.compile(r"\s+[-–—]+\s+|\s*—\s*|\s*[:;,]\s+")
