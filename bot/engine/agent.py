"""A who-question asking the one who acts or holds a role, and a passage naming someone there.

"Who leads NATO?" asks for a person or a body. Where a passage shown writes the asked act (the
verb or a relative), it answers only by naming someone other than the question's own words as
the one acting: before the verb, after "by" ("controlled by X"), or as the title's holder
("commander X"). "That has led the United States …" names the led, not the leader; "territory
controlled by pro-Russian militants" names no one. Where it writes the asked role (switch
``named_role``, off), a name stands in apposition to it: "following the ouster of a
Kremlin-friendly president" names no president. Judged only where a passage writes the act or the
role: readers paraphrase the act. docs/ranking-news.md, "Who acts, named".
English questions; no word list of questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# "who was the Kremlin-friendly president ousted in 2014?": the role is the first noun of people
# after the copula and its determiner.
_COPULAR = re.compile(r"^\W*who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|a|an)\s+(?P<rest>[^?!.;]+)", re.I)
# A name after one of these is its object or its place, not the one acting ("by" names the agent,
# "with" a partner in it: "train in a park with Tilda Brandt").
_PREPOSITIONS = frozenset(
    "of in on at to into onto from for about against near toward towards over under across "
    "through between among after before during behind beside within without around via than as".split()
)
_DETERMINERS = frozenset("the a an its their his her our this that these those some all both each every".split())
_ARTICLES = frozenset("the a an its their his her our".split())  # opening a noun phrase
_WORD = re.compile(r"[\w'’]+")
_TOKEN = re.compile(r"[\w'’]+|[^\w\s]")  # a word or a mark: "In parliament, Defence Minister …" follows a comma
_CLAUSE_END = frozenset(";:—–")
# The verb the who does: right after it or its auxiliary. A passive one ("who was appointed?",
# "who has been named?") asks the one acted on: the object of "Noble appointed Kintner".
_ACTS = re.compile(
    r"^\W*who\s+(?:(?:will|would|can|could|has|have|had|should|may|might|must)\s+)?(?!(?:is|was|are|were|been|be)\b)"
    r"(?P<verb>[\w'’-]+)",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(r"\w+est|most|least|first|last|second|third|only|main|best|worst|leading|top", re.I)
# A name linked to its role by a copula: "CBS was the broadcaster", "the broadcaster was CBS".
_LINK = r"\s+(?:is|was|are|were|became|becomes|remains|remained|as)\s+"
_NAME_IS_ROLE = re.compile(rf",?{_LINK}(?:(?:the|a|an|its|their|his|her|[\w-]+['’]s)\s+)?(?:[\w'’-]+\s+){{0,3}}")
_ROLE_IS_NAME = re.compile(rf"(?:\s+[\w'’-]+){{0,4}}?,?{_LINK}(?:the\s+)?")
_BY_WITHIN = 3  # "controlled by pro-Russian militants": the agent in the three words after "by"
_TITLE_WITHIN = 2  # "commander Gen. X", "President Joe Biden": a name right after its role
_SET_OFF_WITHIN = 8  # "the editor of Electrical World magazine, Thomas Commerford Martin": set off by a comma


def acted(question: str, verb: str) -> bool:
    """Whether ``verb`` is what the who of ``question`` does: right after it or its auxiliary
    ("who leads …?", "who will replace …?"); not a passive one ("who was appointed …?") nor a verb
    inside what someone has ("who has the task of ensuring …?")."""
    match = _ACTS.match(question)
    return match is not None and match["verb"].lower() == verb.lower()


def asked_role(question: str, is_role: Callable[[str], bool]) -> str:
    """The role a copular who-question asks the holder of ("president" in "who was the
    Kremlin-friendly president ousted in 2014?"), ``is_role`` telling a noun of people; ""."""
    match = _COPULAR.match(question)
    if match is None:
        return ""
    role = ""
    for word in _WORD.findall(match["rest"]):
        if _SUPERLATIVE.fullmatch(word):
            return ""  # "the oldest quarterback", "the first …": chosen among holders, not named by one
        if word.lower() in _PREPOSITIONS:
            break
        if word.islower() and is_role(word):
            role = word  # the head: "administrators" in "the chief administrators of the church"
    return role


def names_agent(
    text: str,
    spans: Sequence[tuple[int, int]],
    is_act: Callable[[str], bool],
    is_own: Callable[[str], bool],
    takes_object: Callable[[str], bool],
    beside: bool = True,
) -> bool | None:
    """Whether ``text`` names someone as the one doing an act it writes (``is_act``: the asked
    verb or a relative; not a hyphened one, "rebel-controlled", nor a participle after an article):
    one of ``spans`` (``asked.kind_spans``' persons and people, not only the question's words)
    before the act in its clause and not the object of a verb or a preposition but "by" or
    "with", after a "by" (the agent) or a "with" (a partner in the act) later in the clause, or
    after the act written as a noun, as its title or set off by a comma ("commander X", "the
    editor of the magazine, X"). None when ``text`` writes no act, or, with ``beside``, names no
    agent in a sentence of none of the question's other words."""
    tokens = [(m.start(), m[0]) for m in _TOKEN.finditer(text)]
    acts = [k for k, (_, w) in enumerate(tokens) if w[0].isalpha() and is_act(w) and not _modifies(tokens, k)]
    if not acts:
        return None
    names = [(a, b) for a, b in spans if _is_name(text, a, b, is_own, capital=False)]
    for k in acts:
        at = tokens[k][0]
        if k and tokens[k - 1][1] == "-" and tokens[k - 1][0] + 1 == at:
            continue  # "rebel-controlled": its agent is the word before the hyphen, no name
        for a, b in names:
            if b <= at and not _clause_between(text[b:at]) and not _object(text[:a], takes_object):
                return True
            by = [j for j in range(k + 1, len(tokens)) if tokens[j][1] in ("by", "with") and tokens[j][0] < a]
            if by and a <= _end(tokens, by[-1] + _BY_WITHIN) and not _clause_between(text[at:a]):
                return True  # "controlled by X", "the discovery of the virus by Walter Reed", "train … with X"
            titled = a > at and a <= _end(tokens, k + _TITLE_WITHIN) and not _clause_between(text[at:a])
            set_off = a > at and a <= _end(tokens, k + _SET_OFF_WITHIN) and text[:a].rstrip().endswith(",")
            set_off = set_off and not _clause_between(text[at:a])
            set_off = set_off and not any(takes_object(w) for w in _WORD.findall(text[at:a])[1:])
            if (titled or set_off) and not takes_object(tokens[k][1]):
                return True  # "commander X", "the editor of the magazine, X"; not "led X"
    if beside and not any(is_own(w) and not is_act(w) for _, w in tokens if w[0].isalpha()):
        return None  # the asked act is the verb with the question's other words, not "production had ceased"
    return False


def names_holder(
    text: str,
    spans: Sequence[tuple[int, int]],
    is_role: Callable[[str], bool],
    is_own: Callable[[str], bool],
    takes_object: Callable[[str], bool],
) -> bool | None:
    """Whether ``text`` names a holder of a role it writes (``is_role``) in apposition: the
    role in a name's title ("President Joe Biden"), a name within two words after it; or someone
    (people too: "bishops, the chief administrators") right before ", the ROLE" or linked to it
    by a copula ("CBS was the broadcaster"). None when ``text`` writes no role, or none of the
    question's other words."""
    tokens = [(m.start(), m[0]) for m in _TOKEN.finditer(text)]
    roles = [k for k, (_, w) in enumerate(tokens) if is_role(w)]
    if not roles or not any(is_own(w) and not is_role(w) for _, w in tokens if w[0].isalnum()):
        return None
    names = [(a, b) for a, b in spans if _is_name(text, a, b, is_own, capital=False)]
    for k in roles:
        at = tokens[k][0]
        for a, b in names:
            titled = at < a <= _end(tokens, k + _TITLE_WITHIN) and not _between(text[at:a], takes_object)
            if text[a].isupper() and (a <= at < b or titled):
                return True  # "President Joe Biden", "spokesman Dmitry Peskov"; not "president in Kyiv"
            if b <= at and re.fullmatch(r",\s*(?:(?:the|a|an|its|[\w'’-]+'s)\s+)?(?:[\w'’-]+\s+){0,2}", text[b:at]):
                return True  # "Dmitry Peskov, the Kremlin spokesman"
            if b <= at and _NAME_IS_ROLE.fullmatch(text[b:at]):
                return True  # "CBS was the broadcaster"
            end = at + len(tokens[k][1])
            if a >= end and _ROLE_IS_NAME.fullmatch(text[end:a]):
                return True  # "the broadcaster was CBS"
    return False


def _modifies(tokens: Sequence[tuple[int, str]], k: int) -> bool:
    """Whether the participle at ``k`` modifies a noun after an article: "the leading schools",
    "the published books" write no act."""
    word = tokens[k][1]
    return k > 0 and tokens[k - 1][1].lower() in _ARTICLES and word.endswith(("ing", "ed"))


def _is_name(text: str, start: int, end: int, is_own: Callable[[str], bool], capital: bool = True) -> bool:
    """Whether a person value may answer: not inside a hyphened word ("pro-Russian"), not only
    the question's own words, and with ``capital`` capitalised (a bare role noun names no holder
    of the role asked; people acting, "the officials spoke", may be all an act's answer)."""
    name = text[start:end]
    if (capital and not name[:1].isupper()) or text[start - 1 : start] == "-":
        return False
    return not all(is_own(w) for w in _WORD.findall(name))


def _object(before: str, takes_object: Callable[[str], bool]) -> bool:
    """Whether a name after ``before`` is an object: right after (past determiners) a
    preposition other than "by" or a verb ``takes_object`` tells ("led the United States"), not
    one modifying a noun after a determiner ("the municipal building inspector")."""
    tokens = _TOKEN.findall(before[-80:])
    at = len(tokens) - 1
    while at >= 0 and tokens[at].lower() in _DETERMINERS:
        at -= 1
    last = tokens[at] if at >= 0 else ""
    if not last.islower():
        return False
    if last in _PREPOSITIONS:
        return True
    return takes_object(last) and not any(t.lower() in _ARTICLES for t in tokens[max(0, at - 2) : at])


def _between(text: str, takes_object: Callable[[str], bool]) -> bool:
    """Whether ``text`` between a role and a name ends a clause or holds a preposition or a verb:
    "a president in Kyiv" titles no one."""
    words = _WORD.findall(text)
    return _clause_between(text) or any(w in _PREPOSITIONS or takes_object(w) for w in words)


def _clause_between(text: str) -> bool:
    """Whether a clause ends in ``text`` (a semicolon, a colon, a dash, a sentence's end)."""
    return any(c in _CLAUSE_END or c in ".?!" for c in text)


def _end(tokens: Sequence[tuple[int, str]], k: int) -> int:
    """Where token ``k`` ends (the text's end past the last)."""
    k = min(k, len(tokens) - 1)
    return tokens[k][0] + len(tokens[k][1])
