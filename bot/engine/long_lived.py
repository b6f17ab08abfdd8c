"""Tables built once for the life of a process or an index, kept out of the garbage collector's passes.

A table a first question builds (the spelling corrector's words, the marks of a WordNet index
file) is tens of thousands of objects the collector walks in its next young collections — each
word a cache miss, 2 ms a pass at a million sentences, in whatever question comes next — before
it settles in the oldest generation. ``gc.freeze`` moves every tracked object into the permanent
generation at once, as opening an index does (``backends.in_process.store``): none is walked again,
and each is still freed when nothing refers to it (only a cycle already garbage then stays).
"""

from __future__ import annotations

import gc
from typing import TypeVar

T = TypeVar("T")


def long_lived(value: T) -> T:
    """``value``, with everything alive now, moved out of the garbage collector's passes."""
    gc.freeze()
    return value
