"""A question asking for a name, and whether a passage gives one.

"What is the name of the Danish frigate heading to Lithuania?" is not answered by "Denmark
is sending a frigate to Lithuania": a passage must name the frigate ("the frigate Niels Juel",
"Niels Juel, a Danish frigate").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import lru_cache

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.asked import MONTH_OR_DAY

_DET = r"(?:(?:the|a|an|this|that|these|those|its|his|her|their)\s+)?"
_ASK = r"^\W*(?:what|which)(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+"
# "What is the name of X?", "What were the names of X?", "Name of X?"
_NAME_OF = re.compile(
    rf"(?:{_ASK})?(?:the\s+)?(?:full\s+|official\s+)?names?\s+of\s+{_DET}(?P<thing>[^?!.,;]+)", re.IGNORECASE
)
# "What is X called?", "What was X named?"
_CALLED = re.compile(rf"{_ASK}{_DET}(?P<thing>[^?!.,;]+?)\s+(?:called|named)\W*$", re.IGNORECASE)
# "Which TV channel aired ...?", "In which Russian city did ...?": the noun after "which".
_WHICH = re.compile(
    r"^\W*(?:(?:in|at|on|from|to|of|by|for|into|with)\s+)?(?:which|what)\s+(?P<thing>[^?!.,;]+)", re.IGNORECASE
)
_WORD = re.compile(r"[\w'’-]+")
_NUMBER = re.compile(r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last", re.IGNORECASE)
_AUXILIARIES = frozenset(
    "is are was were do does did has have had will would can could should may might must 's ’s".split()
)
_DETERMINERS = frozenset({"the", "a", "an"})
_THING_WORDS = 5  # "Harvard's primary recreational sports facility": the head within five words


def head_noun(
    phrase: str, is_noun: Callable[[str], bool], is_verb: Callable[[str], bool], which: bool, acronyms: bool = False
) -> str:
    """The noun a phrase names ("frigate" in "Danish frigate heading to Lithuania", "officials"
    in "two senior administration officials"): its last lowercase word before a function word,
    a verb form ("heading", "aired"), or a new clause's capitalised subject ("ships Spain is
    sending"); "" for none. With ``acronyms``, an all-capitals word is a name, not the function
    word it spells ("US army units")."""
    head = before = ""
    compound, at = False, -2  # the head right after another noun: "fund setup", "head coach"
    for k, word in enumerate(_WORD.findall(phrase)[: _THING_WORDS + 1]):
        lower = word.lower()
        if lower in _DETERMINERS and before:
            return before  # "the area past the border": a word before a determiner is a preposition
        if (lower in STOP_WORDS or lower in _AUXILIARIES) and not (acronyms and word.isupper() and len(word) > 1):
            break
        if word[0].isupper():
            if head:
                break  # "ships Spain is sending"
            continue  # "Danish", "TV", "Kyiv"
        if _NUMBER.fullmatch(word):
            continue
        if head and lower.endswith(("ing", "ed")):
            break  # "heading", "ousted"
        if not is_noun(lower):
            if which and not head:
                return ""
            if is_verb(lower):
                break  # "aired"
            continue  # "primary recreational sports facility"
        compound, head, before, at = at == k - 1, lower, head, k
    return f"{before} {head}" if compound else head


def name_asked(
    question: str,
    is_noun: Callable[[str], bool],
    which_files: Collection[str] = (),
    file_of: Callable[[str], str] | None = None,
    called: bool = True,
    is_verb: Callable[[str], bool] = lambda _: False,
    placed: Callable[[str], bool] | None = None,
) -> str:
    """The thing whose name ``question`` asks ("frigate" for "What is the name of the Danish
    frigate ...?", with ``called`` "What is the frigate called?"), or "" for none. With ``which_files`` (WordNet
    noun files, ``file_of`` giving a noun's), "which/what X ...?" too, for an X filed there
    ("channel" in "Which TV channel aired ...?"). ``is_verb`` tells a verb, which ends the
    thing's phrase ("aired"), from an adjective, which does not ("recreational"). With
    ``placed`` (telling a capitalised word that names a place or its people), "which/what X
    ...?" also for any X such a word modifies ("Which Russian banks ...?"): one of a place's X
    is asked by its name."""
    for pattern in (_NAME_OF, _CALLED) if called else (_NAME_OF,):
        match = pattern.match(question)
        if match:
            return head_noun(match["thing"], is_noun, is_verb, False)
    if not (which_files or placed) or file_of is None:
        return ""
    match = _WHICH.match(question)
    if match is None:
        return ""
    head = head_noun(match["thing"], is_noun, is_verb, True)
    if not head or file_of(head.split()[-1]) == "time":
        return ""  # "In which Roman year ...?" asks a date (rule 8)
    return (
        head
        if file_of(head) in which_files or (placed is not None and placed_before(match["thing"], head, placed))
        else ""
    )


def placed_before(phrase: str, head: str, is_place: Callable[[str], bool]) -> bool:
    """Whether a capitalised word ``is_place`` tells names a place stands before ``head`` in
    ``phrase`` ("Russian" in "Russian banks would ..."; not "BBC" in "BBC radio station")."""
    words = _WORD.findall(phrase)
    first = head.split()[0]
    before = words[: next((k for k, w in enumerate(words) if w.lower() == first), 0)]
    return any(w[0].isupper() and is_place(w) for w in before)


# A capitalised run: a name ("Niels Juel", "Sberbank", "VTB Bank").
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’.-]*(?:\s+(?:de|da|van|von|al|bin|le|la|del|of|the)?\s*[A-Z][\w'’.-]*)*")
_OPENERS = frozenset(w.capitalize() for w in STOP_WORDS)


def name_spans(text: str, is_common: Callable[[str], bool], is_own: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Where ``text`` names something, as word-index spans [first, last] over ``_WORD`` words:
    capitalised runs without a function word opening them nor a sentence's first word that is a
    common word (``is_common``: "Talks"), holding a word that is no month or weekday nor a
    question's own word (``is_own``: "Denmark" for "... the Danish frigate"); a number named after
    "the" ("the 50 fund")."""
    found = []
    for first_word, first, last, words in _runs(text):
        common = first_word and is_common(words[0])  # "Talks", but "Hurricane Otis"
        named = (w for w in (words[1:] if common else words) if w and w[0].isupper())  # not "of" in "Bank of"
        if any(not MONTH_OR_DAY.fullmatch(w) and not is_own(w) for w in named):
            found.append((first, last))  # the whole run: "Sun Life Stadium" names a stadium
    starts = [m.start() for m in _WORD.finditer(text)] if "the " in text else []
    for number in _NUMBERED.finditer(text):  # "the 50 fund"
        if not is_own(number[1]):
            found.append((_index(starts, number.start(1)),) * 2)
    return found


_NUMBERED = re.compile(r"\bthe (\d+) (?=[a-z])")


@lru_cache(maxsize=16_384)  # the passages shown recur across questions
def _runs(text: str) -> tuple[tuple[bool, int, int, tuple[str, ...]], ...]:
    """``text``'s capitalised runs, a function word opening one left out: whether the run opens
    the sentence, its first and last word numbers, and its words without a possessive mark."""
    starts = [m.start() for m in _WORD.finditer(text)]
    found = []
    for run in _NAME_RUN.finditer(text):
        words = [(run.start() + m.start(), m[0]) for m in _WORD.finditer(run[0])]
        first_word = not text[: run.start()].strip(" \"'“‘(")
        if words and words[0][1] in _OPENERS:
            words = words[1:]
        bare = tuple(re.sub(r"['’]s$", "", w).rstrip(".") for _, w in words)
        if words:
            found.append((first_word, _index(starts, words[0][0]), _index(starts, words[-1][0]), bare))
    return tuple(found)


def _index(starts: list[int], position: int) -> int:
    """The number of the word starting at ``position``."""
    return starts.index(position) if position in starts else max(k for k, s in enumerate(starts) if s <= position)


_CLAUSE_BREAK = re.compile(r"[;:]|(?<=\s)[—–](?=\s)")
# Between a name and the thing after it, its opening: "Niels Juel, a Danish frigate", "Moskva
# (a cruiser)", "Moskva is a frigate"; not "the Armed Forces, train in a city park".
# A name the clause says is one: "Ian made landfall ... as a major Category 4 hurricane", "Hilary
# is forecast to intensify into a hurricane".
_PREDICATED = re.compile(
    r"[^,;:()]*?\b(?:as|is|was|are|were|became|becomes|become|into)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,4}", re.IGNORECASE
)
_PREDICATED_WITHIN = 15
_MODIFIER = re.compile(r"[\s-]*(?:[\w-]+\s+)*?")  # "Iskander missile", "a hybrid Bermuda 419 turf"
_APPOSED = re.compile(r"\s*(?:[,(]|\b(?:is|was|are|were)\b)\s*(?:a|an|the|one of the)\b", re.IGNORECASE)
# Between the thing and a name after it: "the frigate Niels Juel", "a frigate named Niels Juel",
# "the city of Kharkiv", "facilities such as the Lavietes Pavilion"; not "a park in Kyiv", "a
# frigate and F-16s".
_NAMING = re.compile(
    r"[\s,(“\"']*(?:(?:named|called|dubbed|known as|of|the|such as|including|like)[\s,(“\"']+)*", re.IGNORECASE
)


def gives_name(
    text: str,
    is_thing: Callable[[str], bool],
    is_common: Callable[[str], bool],
    is_own: Callable[[str], bool],
    within: int,
    is_place: Callable[[str], bool],
    is_kin: Callable[[str], bool] = lambda _: False,
) -> bool:
    """Whether ``text`` names the thing asked: a name (``name_spans``) standing with a word
    ``is_thing`` tells is the thing, a relative or a narrower kind of it, no more than
    ``within`` words from it in the same clause, after it ("the frigate Niels Juel", "a frigate
    named Niels Juel") or set apart before it ("Niels Juel, a Danish frigate"), or said to be one
    within 15 words ("Ian made landfall as a Category 4 hurricane"); or a name that is
    itself one of the thing ("Moscow" for a city). Right before the thing, a name is its name
    ("the Iskander missile") unless ``is_place`` tells a word of it names a place or its people
    ("US officials", "a Kyiv park"). ``is_kin`` (lowercase) tells a noun of the thing's own
    kind, standing for it beside a name and as a name's last word ("Kremlin spokesman Dmitry
    Peskov", "the European Commission" for an official, a body)."""
    spans = name_spans(text, is_common, is_own)
    if not spans:
        return False  # read first: most sentences name nothing new
    found = list(_WORD.finditer(text))
    clause_of, clause = [], 0
    for match in re.finditer(rf"{_WORD.pattern}|{_CLAUSE_BREAK.pattern}", text):
        if _WORD.fullmatch(match[0]):
            clause_of.append(clause)
        else:
            clause += 1
    for first, last in spans:
        if is_thing(text[found[first].start() : found[last].end()]):
            return True  # "Moscow" is a city
        if any(is_thing(found[k][0].lower()) for k in range(first, last + 1)) or is_kin(found[last][0].lower()):
            return True  # "Levi's Stadium", "Chinggis Khaan International Airport"
        after = min(len(found), last + max(within, _PREDICATED_WITHIN) + 2)
        for k in (*range(max(0, first - within - 1), first), *range(last + 1, after)):
            word = found[k][0]
            if clause_of[k] != clause_of[first] or not word[0].islower() or not (is_thing(word) or is_kin(word)):
                continue
            if k < first:
                gap = text[found[k].end() : found[first].start()]
                if _NAMING.fullmatch(gap):
                    return True
                continue
            gap, near = text[found[last].end() : found[k].start()], k - last <= within + 1
            if (near and _APPOSED.match(gap)) or _PREDICATED.fullmatch(gap):
                return True
            if near and _MODIFIER.fullmatch(gap) and not any(is_place(found[j][0]) for j in range(first, last + 1)):
                return True  # "Iskander missile launchers", but "US officials" is where they are
    return False
