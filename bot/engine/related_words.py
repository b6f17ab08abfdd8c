"""Words related in meaning to an English word, from WordNet's database files.

"age" is given by "aged", "old" or "born", "weather" by "forecast" or "snow", "soldiers"
by "troops": what a question asks for is often written in other words, and a refusal must
know them before it says the articles don't give it. WordNet (Princeton, Debian package
``wordnet-base``) links each word to its synonyms, its derived forms ("found" ~
"foundation"), its narrower words and the attribute an adjective measures ("old" ~ "age").

The files are read where they lie, never loaded whole: their index is sorted, so a word
is found by binary search in a memory map and its synsets by byte offset. Each line looked
up is kept once read, for every searcher of the process: a question's words and its
candidates' names are looked up again and again. Where the files
are missing, every word is related to itself only, and callers behave as without WordNet.
nltk's reader needs a ``lexnames`` file the Debian package lacks and loads every lemma.
"""

from __future__ import annotations

import mmap
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from bot.engine.long_lived import long_lived

WORDNET_DIR = Path("/usr/share/wordnet")  # where Debian's wordnet-base puts them
_POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}
# WordNet's own detachment rules (morph(7)): the base forms an inflected word may have.
_DETACH = {
    "noun": (
        ("s", ""),
        ("ses", "s"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}
# Pointers followed from a sense: synonyms come with the synset; these add the senses of
# its derived forms (+: "soldier" → the verb "soldier" → "soldiery", whose synset is
# "troops"), the attribute an adjective measures and back (=: "old" ~ "age"), an
# adjective's noun (\\), and a noun's narrower words (~: a report of snow gives the
# weather). Never broader words ("vehicle" gives no number of tanks), nor a verb's
# narrower ones ("talk" has hundreds), nor instances (a soldier's are named soldiers).
_FOLLOWED = {"noun": frozenset({"+", "=", "\\", "~"}), "verb": frozenset({"+"}), "adj": frozenset({"+", "=", "\\"})}
_FOLLOWED["adv"] = _FOLLOWED["adj"]
_SENSES = 2  # a word's most frequent senses only: rare ones relate it to almost anything
_CLOSE_SENSES = 2  # ... for its closest words: synonyms and derived words only (one sense: 1 fewer answered)
# A verb of this many senses or more names no act of its own: "take" has 42 in WordNet, "go",
# "get", "keep" more; "find" 16, "bear" (born) 13, "build" 10.
BROAD_VERB_SENSES = 15


_Pointer = tuple[str, int, str, int, int]  # symbol, offset, part of speech, source and target word (0: all)
_Synset = tuple[tuple[str, ...], tuple[_Pointer, ...]]  # its lemmas and its pointers
# What a file keeps once read, then forgets all at once: the 24 development questions on the
# topical 1M archive read 600 lines and 950 synsets; 2,000 SQuAD questions 27,000 and 26,000.
_LINES_KEPT = 20_000  # about 100 bytes each
_SYNSETS_KEPT = 5_000  # about 1.2 KB each, parsed
# A small file (the exceptions lists, 40 KB) is read into a dictionary on first use: the
# inflections of a question's candidates' words are looked up there by the hundred.
_LISTED_BYTES = 1 << 20
# A synset's lemmas stand in its line's first bytes: a common noun's line has thousands of
# pointers, and most synsets read (a pointer's target) are read for their lemmas only.
_LEMMA_BYTES = 512
# An index file's lines are found between marks this far apart (2,300 for nouns, 130 KB, made in
# 1-2 ms once a process): a lookup searches 2 KB, 3.8 us; every 8 KB it took 6.6 us, and a first
# who-question looks up its passages' names some 200-500 times (1-1.5 ms more).
_MARK_BYTES = 2048


class _Sorted:
    """A sorted WordNet file, searched by its lines' first field; ``unique``: no two lines share it."""

    def __init__(self, path: Path, unique: bool = False) -> None:
        with path.open("rb") as file:
            self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        self._lines: dict[str, str | None] = {}
        self.synsets: dict[int, _Synset] = {}  # a data file's synsets read, by offset (``_synset``)
        self.lemmas: dict[int, tuple[str, ...]] = {}  # synsets' lemmas read alone, by offset (``_lemmas``)
        self._unique = unique
        self._marks: tuple[list[bytes], list[int]] | None = None  # every _MARK_BYTES: a line's first field, start
        self._listed: tuple[dict[bytes, str], frozenset[bytes]] | None = None  # a small file's lines (``_listing``)

    def line(self, key: str) -> str | None:
        """The line whose first field is ``key``, if any."""
        lines = self._lines
        if key in lines:
            return lines[key]
        if len(lines) >= _LINES_KEPT:
            lines.clear()
        found = lines[key] = self._search(key)
        return found

    def _search(self, key: str) -> str | None:
        wanted, data = key.encode(), self._map
        if self._unique and wanted and b" " not in wanted and b"\n" not in wanted:
            return self._search_marked(wanted)
        if not self._unique and wanted and len(data) <= _LISTED_BYTES:
            if self._listed is None:
                self._listed = self._listing()
            once, repeated = self._listed
            if wanted not in repeated:  # a key listed twice is searched as before: the same one of them found
                return once.get(wanted)
        low, high = 0, len(data)
        while low < high:
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            end = len(data) if end < 0 else end
            found = data[start:end].split(b" ", 1)[0]
            if found == wanted:
                return data[start:end].decode("utf-8", "replace")
            if data[start : start + 1] == b" " or found < wanted:  # the licence header sorts first
                low = end + 1
            else:
                high = start
        return None

    def _search_marked(self, wanted: bytes) -> str | None:
        """``_search`` as one find between the two marks around ``wanted``: a binary search of 17
        Python steps took 2-4 times as long, and a question's first answer makes hundreds."""
        data = self._map
        if self._marks is None:
            self._marks = long_lived(self._marked())  # kept for the life of the process
        keys, starts = self._marks
        at = bisect_right(keys, wanted) - 1  # the last mark at or before ``wanted``: it is past it, before the next
        start = starts[at] if at >= 0 else 0
        end = starts[at + 1] if at + 1 < len(starts) else len(data)
        if data[start : start + len(wanted) + 1] == wanted + b" ":
            found = start
        else:
            found = data.find(b"\n" + wanted + b" ", start, end + len(wanted) + 1)
            if found < 0:
                return None
            found += 1
        line_end = data.find(b"\n", found)
        return data[found : len(data) if line_end < 0 else line_end].decode("utf-8", "replace")

    def _listing(self) -> tuple[dict[bytes, str], frozenset[bytes]]:
        """A small file's lines by first field, those of one line only; and the fields of several."""
        once: dict[bytes, str] = {}
        repeated: set[bytes] = set()
        for line in bytes(self._map).split(b"\n"):
            key = line.split(b" ", 1)[0]
            if key in once:
                repeated.add(key)
            once[key] = line.decode("utf-8", "replace")
        return {k: v for k, v in once.items() if k not in repeated}, frozenset(repeated)

    def _marked(self) -> tuple[list[bytes], list[int]]:
        """The first field and start of a line every ``_MARK_BYTES`` bytes (the licence header's: empty)."""
        data, keys, starts = self._map, [], []
        start = 0
        while start < len(data):
            line_end = data.find(b"\n", start)
            keys.append(data[start : len(data) if line_end < 0 else line_end].split(b" ", 1)[0])
            starts.append(start)
            start = data.find(b"\n", start + _MARK_BYTES) + 1
            if start == 0:
                break
        return keys, starts

    def lines(self) -> Iterator[str]:
        """Every line, in file order."""
        self._map.seek(0)
        for line in iter(self._map.readline, b""):
            yield line.decode("utf-8", "replace")

    def at(self, offset: int) -> str:
        end = self._map.find(b"\n", offset)
        return self._map[offset : end if end >= 0 else len(self._map)].decode("utf-8", "replace")

    def lemmas_at(self, offset: int) -> tuple[str, ...] | None:
        """The lemmas of the data line at ``offset``, read from its first bytes; None when they
        do not hold them all (or are not ASCII): then the whole line is read."""
        head = self._map[offset : offset + _LEMMA_BYTES].split(b"\n", 1)[0]
        if not head.isascii():
            return None
        fields = head.split(b" | ", 1)[0].split()
        words = int(fields[3], 16) if len(fields) > 3 else 0
        if len(fields) < 4 + 2 * words:  # a field past the last lemma: that lemma is whole
            return None
        return tuple(fields[4 + 2 * k].decode().lower() for k in range(words))

    def lexicographer_file(self, offset: int) -> int:
        """The second field of the data line at ``offset``: its synset's lexicographer file. Read
        from the line's first bytes (an 8-digit offset, a 2-digit number): a common noun's line
        has thousands of fields, and decoding them all made a first who-question slow."""
        return int(self._map[offset : offset + 32].split(None, 2)[1])


@cache
def _file(name: str) -> _Sorted | None:
    path = WORDNET_DIR / name
    try:
        return _Sorted(path, unique=name.startswith("index."))
    except (OSError, ValueError):  # missing, unreadable or empty: WordNet is optional
        return None


def available() -> bool:
    """Whether WordNet's files are there."""
    return _file("index.noun") is not None


def opened() -> tuple[object, ...]:
    """The noun files open now: a key for caches of what they say, so that files gone or
    replaced (``_file.cache_clear()``) are read afresh."""
    return (_file("index.noun"), _file("data.noun"))


def is_verb(word: str) -> bool:
    """Whether WordNet lists ``word`` (lowercase) as a form of a verb."""
    return bool(base_forms(word, "verb"))


def senses(word: str, pos: str) -> int:
    """How many senses WordNet gives ``word`` (lowercase) as part of speech ``pos``."""
    return sum(len(_synsets(base, pos)) for base in base_forms(word, pos))


def is_inflected_verb(word: str) -> bool:
    """Whether ``word`` (lowercase) is a verb in another form than its base: "rejected", "said",
    "opens" (and "forces", a noun's plural too), not "train"."""
    bases = base_forms(word, "verb")
    return bool(bases) and word not in bases


@lru_cache(maxsize=4096)
def is_way_to(word: str, verb: str) -> bool:
    """Whether one of the verb ``word``'s most frequent senses (lowercase) is one of ``verb``'s or
    directly narrower than one (WordNet's hypernym): "react", "reply" and "counter" are ways to
    respond."""
    wanted = {offset for base in base_forms(verb, "verb") for offset in _synsets(base, "verb")[:_SENSES]}
    for base in base_forms(word, "verb"):
        for offset in _synsets(base, "verb")[:_SENSES]:
            broader = (target for symbol, target, _, _, _ in _synset(offset, "verb")[1] if symbol == "@")
            if offset in wanted or not wanted.isdisjoint(broader):
                return True
    return False


def base_forms(word: str, pos: str) -> tuple[str, ...]:
    """The base forms of ``word`` as part of speech ``pos`` that WordNet lists ("organizations"
    → "organization")."""
    return _bases_in(word, pos, _file(f"index.{pos}"), _file(f"{pos}.exc"))


# Keyed by the files too: a file opened again (another WORDNET_DIR) is asked afresh.
@lru_cache(maxsize=65_536)
def _bases_in(word: str, pos: str, index: _Sorted | None, exceptions: _Sorted | None) -> tuple[str, ...]:
    if index is None:
        return ()
    forms = [word]
    listed = exceptions.line(word) if exceptions is not None else None
    if listed:
        forms += listed.split()[1:]
    forms += [word[: -len(end)] + base for end, base in _DETACH[pos] if word.endswith(end) and len(word) > len(end) + 1]
    return tuple(f for f in dict.fromkeys(forms) if index.line(f) is not None)


def _synsets(lemma: str, pos: str) -> list[int]:
    index = _file(f"index.{pos}")
    line = index.line(lemma) if index is not None else None
    if line is None:
        return []
    fields = line.split()
    pointers = int(fields[3])
    count = int(fields[2])
    return [int(f) for f in fields[6 + pointers : 6 + pointers + count]]


def _synset(offset: int, pos: str) -> _Synset:
    """A synset's lemmas and pointers, read once a file."""
    data = _file(f"data.{pos}")
    if data is None:
        return (), ()
    known = data.synsets.get(offset)
    if known is None:
        if len(data.synsets) >= _SYNSETS_KEPT:
            data.synsets.clear()
        known = data.synsets[offset] = _read_synset(data, offset)
    return known


def _lemmas(offset: int, pos: str) -> tuple[str, ...]:
    """A synset's lemmas (``_synset(offset, pos)[0]``), read once a file without its pointers."""
    data = _file(f"data.{pos}")
    if data is None:
        return ()
    known = data.synsets.get(offset)
    if known is not None:
        return known[0]
    lemmas = data.lemmas.get(offset)
    if lemmas is None:
        if len(data.lemmas) >= _SYNSETS_KEPT:
            data.lemmas.clear()
        read = data.lemmas_at(offset)
        lemmas = data.lemmas[offset] = read if read is not None else _synset(offset, pos)[0]
    return lemmas


def _read_synset(data: _Sorted, offset: int) -> _Synset:
    fields = data.at(offset).split(" | ", 1)[0].split()
    words = int(fields[3], 16)
    lemmas = [fields[4 + 2 * k].lower() for k in range(words)]
    at = 4 + 2 * words
    count = int(fields[at])
    pointers: list[_Pointer] = []
    for k in range(count):
        symbol, target, part, link = fields[at + 1 + 4 * k : at + 5 + 4 * k]
        pointers.append((symbol, int(target), _POS[part], int(link[:2], 16), int(link[2:], 16)))
    return tuple(lemmas), tuple(pointers)


PARTS_OF_SPEECH = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=4096)
def related(
    word: str, parts: tuple[str, ...] = PARTS_OF_SPEECH, narrower: bool = True, kinds: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Words related in meaning to ``word`` as one of these ``parts`` of speech (lowercase,
    multi-word ones with spaces), itself included; only ``word`` where WordNet is missing or
    does not know it. Without ``narrower``, a noun's narrower kinds are left out ("anonym" is
    a kind of name); with ``kinds`` (lexicographer files: "attribute"), only the senses of
    those kinds are read when the word has one ("area" as an extent, not a country)."""
    found = {word.lower()}
    for pos in parts:
        for base in base_forms(word.lower(), pos):
            found.add(base)
            offsets = _synsets(base, pos)
            chosen = [o for o in offsets if _DOMAINS.get(_lexicographer_file(o, pos), "") in kinds] if kinds else []
            for offset in (chosen or offsets)[:_SENSES]:
                found.update(_neighbours(offset, pos, base, narrower, kinds if chosen else frozenset()))
    return frozenset(w.replace("_", " ").split("(")[0] for w in found)


@lru_cache(maxsize=4096)
def sisters(word: str, most: int = 12) -> frozenset[str]:
    """The nouns of the senses that share the most frequent sense of the noun ``word`` its
    broader one (WordNet's hypernym), when that one has at most ``most`` narrower senses:
    "sanction" for "penalty" (both kinds of social control); lowercase, one word each."""
    found: set[str] = set()
    for base in base_forms(word.lower(), "noun"):
        for offset in _synsets(base, "noun")[:1]:
            for symbol, target, _, _, _ in _synset(offset, "noun")[1]:
                if symbol not in ("@", "@i"):
                    continue
                below = [t for sym, t, _, _, _ in _synset(target, "noun")[1] if sym in ("~", "~i")]
                if len(below) <= most:
                    found.update(lemma for t in below for lemma in _lemmas(t, "noun") if "_" not in lemma)
    return frozenset(w.split("(")[0] for w in found)


@lru_cache(maxsize=4096)
def parents(word: str) -> frozenset[str]:
    """The lemmas of the broader senses (WordNet's hypernyms) of the most frequent sense of the
    noun ``word``: "organization" for "institution"; lowercase, as ``kinds_of`` gives them."""
    return frozenset(
        lemma
        for base in base_forms(word.lower(), "noun")
        for offset in _synsets(base, "noun")[:1]
        for symbol, target, _, _, _ in _synset(offset, "noun")[1]
        if symbol in ("@", "@i")
        for lemma in _lemmas(target, "noun")
    )


@lru_cache(maxsize=4096)
def stands_for_people(word: str) -> bool:
    """Whether the noun ``word`` names no person in its most frequent sense but has a later
    sense that is directly a person ("lives" in "how many lives were claimed": WordNet's eighth
    sense of life, "a living person"); "civilians", a kind of person first, is not."""
    people = set(_synsets("person", "noun")[:1])
    for base in base_forms(word.lower(), "noun"):
        offsets = _synsets(base, "noun")
        if not offsets or domain(base, "noun") == "person":
            return False
        for offset in offsets[1:]:
            if any(symbol == "@" and target in people for symbol, target, _, _, _ in _synset(offset, "noun")[1]):
                return True
    return False


@lru_cache(maxsize=4096)
def close_relatives(word: str, parts: tuple[str, ...] = PARTS_OF_SPEECH) -> frozenset[str]:
    """The words closest in meaning to ``word``: the synonyms of its most frequent sense as
    each part of speech (of ``parts``) and the words derived from it ("deadlock" ~ "stalemate",
    "seize" ~ "seizure"), itself included; lowercase, multi-word ones with spaces."""
    found = {word.lower()}
    for pos in parts:
        for base in base_forms(word.lower(), pos):
            for offset in _synsets(base, pos)[:_CLOSE_SENSES]:
                lemmas, pointers = _synset(offset, pos)
                found.update(lemmas)
                place = lemmas.index(base) + 1 if base in lemmas else 0
                for symbol, target, part, source, goal in pointers:
                    if symbol == "+" and goal and (not source or source == place):
                        found.add(_lemmas(target, part)[goal - 1])
    return frozenset(w.replace("_", " ").split("(")[0] for w in found)


def _neighbours(
    offset: int, pos: str, lemma: str, narrower: bool = True, kinds: frozenset[str] = frozenset()
) -> Iterator[str]:
    """A sense's lemmas, those of the senses its pointers lead to, its derived words, and
    the senses of their own derived words of its part of speech ("soldier" → "soldier",
    the verb → "soldiery", "troops"; with ``kinds``, only senses of those kinds)."""
    lemmas, pointers = _synset(offset, pos)
    yield from lemmas
    for symbol, target, part, goal in _pointers(lemmas, pointers, lemma, pos):
        if symbol == "~" and not narrower:
            continue
        if symbol != "+":
            yield from _lemmas(target, part)
            continue
        words, back = _synset(target, part)
        derived = words[goal - 1] if goal else ""
        yield derived
        for again, further, kind, _ in _pointers(words, back, derived, part):
            if (
                again == "+"
                and kind == pos
                and (not kinds or _DOMAINS.get(_lexicographer_file(further, kind)) in kinds)
            ):
                yield from _lemmas(further, kind)


def _pointers(
    lemmas: tuple[str, ...], pointers: tuple[_Pointer, ...], lemma: str, pos: str
) -> Iterator[tuple[str, int, str, int]]:
    """The followed pointers of a sense from ``lemma``: its own lexical ones and the sense's."""
    place = lemmas.index(lemma) + 1 if lemma in lemmas else 0
    for symbol, target, part, source, goal in pointers:
        # A sense is one meaning: its other words' derived forms are this word's too
        # ("troops" ~ "soldiery" → the verb "soldier"); other lexical pointers are the word's own.
        if symbol in _FOLLOWED[pos] and (not source or source == place or symbol == "+"):
            yield symbol, target, part, goal


@lru_cache(maxsize=4096)
def event_relatives(word: str) -> frozenset[str]:
    """The words that name the event of the verb ``word`` (lowercase) itself: its base form, the
    words it is derived into from its most frequent senses ("commander", "leader", "approval";
    one step, not back again: "command" → the noun → "control" is another act), and the
    synonyms of its most frequent sense whose own most frequent sense that is too ("approve" ~
    "sanction"; not "lead" ~ "take", whose first sense is another); only ``word`` where WordNet
    does not know it."""
    found = {word}
    for base in base_forms(word, "verb"):
        found.add(base)
        offsets = _synsets(base, "verb")
        for rank, offset in enumerate(offsets[:_SENSES]):
            lemmas, pointers = _synset(offset, "verb")
            if not rank:
                found.update(s for s in lemmas if _synsets(s, "verb")[:1] == [offset])
            place = lemmas.index(base) + 1 if base in lemmas else 0
            found.update(
                _lemmas(target, part)[goal - 1]
                for symbol, target, part, source, goal in pointers
                if symbol == "+" and source == place and goal
            )
    return frozenset(w.replace("_", " ").split("(")[0] for w in found)


def cause_and_effect(word: str) -> frozenset[str]:
    """The verbs whose action causes what ``word`` (lowercase) names or is caused by it, in its
    most frequent senses: "died" ~ "kill", "kill" ~ "die" (WordNet's cause pointers, >)."""
    found: set[str] = set()
    data = _file("data.verb")
    causes = _causes(data) if data is not None else {}
    for base in base_forms(word, "verb"):
        for offset in _synsets(base, "verb")[:_SENSES]:
            found.update(causes.get(offset, ()))
            for symbol, target, part, _, _ in _synset(offset, "verb")[1]:
                if symbol == ">":
                    found.update(_lemmas(target, part))
    return frozenset(w.replace("_", " ") for w in found)


@cache
def _causes(data: _Sorted) -> dict[int, tuple[str, ...]]:
    """Each verb sense's causes: the lemmas of the senses whose cause pointer (>) leads to it
    ("die" ← "kill"). WordNet links cause to effect only, so the way back is read once: its
    verb file holds about two hundred such pointers."""
    found: dict[int, list[str]] = {}
    for line in data.lines():
        if " > " not in line or line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        words = int(fields[3], 16)
        at = 4 + 2 * words
        for k in range(int(fields[at])):
            if fields[at + 1 + 4 * k] == ">":
                found.setdefault(int(fields[at + 2 + 4 * k]), []).extend(
                    fields[4 + 2 * w].lower() for w in range(words)
                )
    return {offset: tuple(lemmas) for offset, lemmas in found.items()}


# WordNet's lexicographer files (lexnames(5)), by number: what kind of thing or event a sense is.
_DOMAINS = dict(
    enumerate(
        "Tops act animal artifact attribute body cognition communication event feeling food group location "
        "motive object person phenomenon plant possession process quantity relation shape state substance time "
        "body change cognition communication competition consumption contact creation emotion motion "
        "perception possession social stative weather".split(),
        start=3,
    )
)


def _lexicographer_file(offset: int, pos: str) -> int:
    data = _file(f"data.{pos}")
    return data.lexicographer_file(offset) if data is not None else -1


@lru_cache(maxsize=16_384)  # a who-question's kind check asks it of every lowercase word shown
def domain(word: str, pos: str) -> str:
    """The kind of thing or event ``word`` (lowercase) names in its most frequent sense as part
    of speech ``pos``: "motion" for the verb "sending", "possession" for "have", "person" for
    the noun "actress"; "" when WordNet does not list it so."""
    data = _file(f"data.{pos}")
    for base in base_forms(word, pos):
        offsets = _synsets(base, pos)
        if offsets and data is not None:
            return _DOMAINS.get(data.lexicographer_file(offsets[0]), "")
    return ""


def is_word(word: str) -> bool:
    """Whether WordNet lists ``word`` (any case) as a form of an English word of any part of speech."""
    return _is_word_in(word, _file("index.noun"))


# A refusal asks it of every capitalised word of a hundred candidates; keyed by a file as ``_bases_in``.
@lru_cache(maxsize=16_384)
def _is_word_in(word: str, noun_index: _Sorted | None) -> bool:
    return any(base_forms(word.lower(), pos) for pos in PARTS_OF_SPEECH)


@lru_cache(maxsize=4096)
def kinds_of(word: str, pos: str = "noun", most: int = _SENSES) -> frozenset[str]:
    """The lemmas of every broader sense (hypernym, transitively) of ``word``'s ``most``
    frequent senses as part of speech ``pos``: "magnitude", "attribute", ... for "distance"."""
    found: set[str] = set()
    seen: set[int] = set()
    todo = [offset for base in base_forms(word.lower(), pos) for offset in _synsets(base, pos)[:most]]
    while todo:
        offset = todo.pop()
        if offset in seen:
            continue
        seen.add(offset)
        lemmas, pointers = _synset(offset, pos)
        found.update(lemmas)
        todo.extend(target for symbol, target, part, _, _ in pointers if symbol in ("@", "@i") and part == pos)
    return frozenset(found)


def names_person(word: str) -> bool:
    """Whether ``word``'s most frequent noun sense is a person named (an instance: "Johnson",
    "Putin"), not a kind of person ("minister")."""
    return domain(word.lower(), "noun") == "person" and names_instance(word)


def names_instance(word: str) -> bool:
    """Whether ``word``'s most frequent noun sense is one named thing (an instance: "Moscow",
    "Putin"), not a kind of thing ("talks")."""
    return _names_instance_in(word, _file("data.noun"))


@lru_cache(maxsize=16_384)  # as ``_is_word_in``
def _names_instance_in(word: str, nouns: _Sorted | None) -> bool:
    for base in base_forms(word.lower(), "noun"):
        offsets = _synsets(base, "noun")
        if offsets:
            return any(p[0] == "@i" for p in _synset(offsets[0], "noun")[1])
    return False


@lru_cache(maxsize=4096)
def wholes_of(name: str) -> frozenset[str]:
    """The one-word names of what WordNet files the named thing ``name`` as a part of ("moscow"
    for "kremlin", "ukraine" for "crimea"), lowercase, of its most frequent noun sense; its
    synonyms are left out ("Europe" is one of the European Union's)."""
    offsets = _synsets(name.lower(), "noun")
    if not offsets:
        return frozenset()
    pointers = _synset(offsets[0], "noun")[1]
    wholes = [w for symbol, target, part, _, _ in pointers if symbol == "#p" for w in _lemmas(target, part)]
    return frozenset(w for w in wholes if "_" not in w)


_NAMED_FILES = {14: "group", 15: "location", 18: "person"}  # WordNet's noun.group, noun.location, noun.person


@lru_cache(maxsize=4096)
def other_names(name: str) -> frozenset[str]:
    """The other names WordNet gives the named thing ``name`` (lowercase, words joined by "_"):
    the lemmas of each of its senses that is a group, a place or a person ("european_union" for
    "eu", "russia" for "ussr"; not "culture" for "polish") and their derived words
    ("european"); for a people, where they are members ("denmark" for "danes"). Multi-word
    lemmas as WordNet writes them ("white_russia")."""
    found: set[str] = set()
    for lemma in dict.fromkeys((name.lower(), *base_forms(name.lower(), "noun"))):
        for offset in _synsets(lemma, "noun"):
            kind = _NAMED_FILES.get(_lexicographer_file(offset, "noun"))
            if kind is None:
                continue
            lemmas, pointers = _synset(offset, "noun")
            found.update(lemmas)
            wanted = ("+", "#m") if kind == "person" else ("+",)  # a country's "#m" is its alliances
            linked = (_lemmas(target, part) for symbol, target, part, _, _ in pointers if symbol in wanted)
            found.update(w for lemmas_linked in linked for w in lemmas_linked)
    return frozenset(found - {name.lower()})


@lru_cache(maxsize=4096)
def spelt_out(word: str) -> tuple[tuple[str, ...], ...]:
    """The words of each other name WordNet gives the named thing ``word`` (``other_names``)
    whose initials ``word`` is, when ``word`` is written in capitals as initials: "PM" →
    ("prime", "minister"), "EU" → ("european", "union"); () for another word."""
    if len(word) < 2 or not word.isalpha() or not word.isupper():
        return ()
    spelt = (other.split("_") for other in sorted(other_names(word)))
    return tuple(tuple(w) for w in spelt if "".join(p[0] for p in w).upper() == word)


def has_instances(word: str) -> bool:
    """Whether WordNet names single things of ``word``'s most frequent noun sense (instances:
    the Vistula of *river*, Mars of *planet*; none of *weapon*)."""
    for base in base_forms(word.lower(), "noun"):
        offsets = _synsets(base, "noun")
        if offsets:
            return any(p[0] == "~i" for p in _synset(offsets[0], "noun")[1])
    return False


_NARROWER_DEPTH = 2  # "strengthen" → "reinforce" → "bolster"
# More narrower verbs than this name a general act ("talk" has 200 within two levels, "move"
# 997, "change" 2,130; "gather" 89, "strengthen" 44): none of them is a paraphrase of it.
_NARROWER_MOST = 100


@lru_cache(maxsize=4096)
def narrower_verbs(word: str) -> frozenset[str]:
    """Ways of doing what the verb ``word`` (lowercase) names, in its most frequent senses: the
    verbs WordNet files under them (troponyms), two levels down ("bolster" is a way to
    reinforce, itself a way to strengthen); none for a general act, with more than
    ``_NARROWER_MOST`` of them."""
    found: set[str] = set()
    todo = [(offset, 0) for base in base_forms(word, "verb") for offset in _synsets(base, "verb")[:_SENSES]]
    while todo:
        offset, depth = todo.pop()
        lemmas, pointers = _synset(offset, "verb")
        found.update(lemmas)
        for symbol, target, part, _, _ in pointers:
            if symbol == "~" and part == "verb" and depth < _NARROWER_DEPTH:
                todo.append((target, depth + 1))
    if len(found) > _NARROWER_MOST:
        return frozenset()
    return frozenset(w.replace("_", " ").split("(")[0] for w in found)


@lru_cache(maxsize=4096)
def domains(word: str, pos: str) -> frozenset[str]:
    """The kinds of thing or event ``word`` (lowercase) names in its most frequent senses as part
    of speech ``pos`` (``domain`` for each): "attribute" and "communication" for "caution"."""
    data = _file(f"data.{pos}")
    if data is None:
        return frozenset()
    offsets = [offset for base in base_forms(word, pos) for offset in _synsets(base, pos)[:_SENSES]]
    return frozenset(_DOMAINS.get(data.lexicographer_file(offset), "") for offset in offsets) - {""}


@lru_cache(maxsize=4096)  # a place asked ("which country …?") is read once a question
def synonyms(word: str, pos: str, most: int = 2) -> frozenset[str]:
    """The lemmas sharing one of ``word``'s ``most`` most frequent senses as part of speech
    ``pos`` (lowercase, "_" joining words): "state", "nation", "land" … for "country"."""
    if not word:
        return frozenset()
    return frozenset(
        lemma
        for base in base_forms(word, pos)
        for offset in _synsets(base, pos)[:most]
        for lemma in _lemmas(offset, pos)
    )


@lru_cache(maxsize=4096)  # a place asked ("which city …?") is read once a question
def sense_files(word: str, pos: str) -> tuple[str, ...]:
    """``domain`` of each sense of ``word`` (lowercase) as part of speech ``pos``, most frequent
    first: ("group", "location", "group") for "country", a body of people before its land."""
    data = _file(f"data.{pos}")
    for base in base_forms(word, pos):
        offsets = _synsets(base, pos)
        if offsets and data is not None:
            return tuple(_DOMAINS.get(data.lexicographer_file(offset), "") for offset in offsets)
    return ()


@lru_cache(maxsize=16_384)
def derived_verbs(word: str) -> frozenset[int]:
    """The verb senses (data offsets) the noun ``word`` (lowercase) is derived from in its most
    frequent senses (WordNet's derivation pointers): "foundation" → *found*'s "set up" sense,
    "launcher" → *launch*'s "propel" sense."""
    found: set[int] = set()
    for base in base_forms(word, "noun"):
        for offset in _synsets(base, "noun")[:_SENSES]:
            lemmas, pointers = _synset(offset, "noun")
            place = lemmas.index(base) + 1 if base in lemmas else 0
            found.update(
                target
                for symbol, target, part, source, goal in pointers
                if symbol == "+" and part == "verb" and source == place and goal
            )
    return frozenset(found)


@lru_cache(maxsize=16_384)
def first_sense_within(word: str, pos: str, broader: str, steps: int) -> bool:
    """Whether the most frequent sense of ``word`` (lowercase, a base form) as part of speech
    ``pos`` is that of ``broader`` or narrower than it by at most ``steps`` hypernym links:
    *build* is one step narrower than *create*, *write* two."""
    return sense_within(tuple(_synsets(word, pos)[:1]), pos, broader, steps)


@lru_cache(maxsize=16_384)
def sense_within(senses: tuple[int, ...], pos: str, broader: str, steps: int) -> bool:
    """Whether one of ``senses`` (data offsets) is ``broader``'s most frequent sense or narrower
    than it by at most ``steps`` hypernym links."""
    goals = _synsets(broader, pos)[:1]
    offsets = list(senses)
    for _ in range(steps + 1):
        if not goals or not offsets:
            return False
        if goals[0] in offsets:
            return True
        offsets = [t for o in offsets for symbol, t, part, _, _ in _synset(o, pos)[1] if symbol == "@" and part == pos]
    return False


def verb_senses(word: str) -> tuple[int, ...]:
    """The senses (data offsets) of the verb ``word`` (a base form), most frequent first."""
    return tuple(_synsets(word, "verb"))


@lru_cache(maxsize=4096)
def broader_verbs(word: str, steps: int) -> frozenset[str]:
    """The lemmas of the verb ``word``'s most frequent sense (a base form) and of the senses
    above it, up to ``steps`` hypernym links: *describe* → "set forth", "explain", "inform" …"""
    offsets = list(_synsets(word, "verb")[:1])
    found: set[str] = set()
    for _ in range(steps + 1):
        found.update(lemma for o in offsets for lemma in _lemmas(o, "verb"))
        offsets = [
            t for o in offsets for symbol, t, part, _, _ in _synset(o, "verb")[1] if symbol == "@" and part == "verb"
        ]
    return frozenset(found)


@lru_cache(maxsize=16_384)
def narrower_noun(word: str, broader: str, steps: int) -> bool:
    """Whether one of the noun ``word``'s most frequent senses (any case, any form) is a kind of
    ``broader``'s most frequent sense within ``steps`` hypernym links: "warplanes" of *aircraft*
    (one), "frigate" of *warship* (one); not "vehicles" of *tank* (broader, not narrower)."""
    goals = [b for b in base_forms(broader.lower(), "noun") if _synsets(b, "noun")]
    if not goals:
        return False
    return any(
        sense_within(tuple(_synsets(base, "noun")[:_SENSES]), "noun", goals[-1], steps)
        for base in base_forms(word.lower(), "noun")
    )


_PHRASAL_SENSES = 3  # a phrasal verb's senses read: "take out" is *remove* first, *withdraw* third


@lru_cache(maxsize=1024)
def phrasal_kin(word: str) -> frozenset[str]:
    """The verbs a phrasal verb (``word``, "pull_out") is read as: the lemmas of its first few
    senses and of the senses one hypernym above them ("pull out" is to *leave*, to *withdraw*),
    as single words, none so general as to say no act (fifteen senses or more)."""
    offsets = list(_synsets(word, "verb")[:_PHRASAL_SENSES])
    above = [t for o in offsets for symbol, t, part, _, _ in _synset(o, "verb")[1] if symbol == "@" and part == "verb"]
    lemmas = {lemma for o in (*offsets, *above) for lemma in _lemmas(o, "verb")}
    return frozenset(w for w in lemmas if "_" not in w and senses(w, "verb") < BROAD_VERB_SENSES)


@lru_cache(maxsize=1024)
def phrasal_heads(word: str) -> frozenset[str]:
    """The verbs a phrasal verb (``word``, "rely_on") whose first few senses WordNet writes only
    by phrasal lemmas ("depend_on", "rely_upon": ``phrasal_kin`` finds none) is written by: their
    verbs ("rely", "depend"; "relies on Russian gas"), none so general as to say no act; empty
    for a phrasal verb ``phrasal_kin`` reads ("pull_out" is not "pull")."""
    if "_" not in word or phrasal_kin(word):
        return frozenset()
    offsets = _synsets(word, "verb")[:_PHRASAL_SENSES]
    heads = {lemma.split("_")[0] for o in offsets for lemma in _lemmas(o, "verb")}
    return frozenset(w for w in heads if 0 < senses(w, "verb") < BROAD_VERB_SENSES)
