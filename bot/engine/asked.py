"""What a question asks for, in words: the thing a passage must name to answer it.

"How many tanks ...?" asks for a number of tanks, "what is Putin's age?" for an age, "who
is the mayor of Kyiv?" for a mayor. A passage that never mentions the thing cannot answer,
however many of the question's other words it shares; and a refusal can say what the
articles do not give ("The articles don't give a number of tanks").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.answer_type import AnswerType, offers_value
from bot.engine.messages import say

# Words that open a clause rather than name a thing ("how many did ...", "what is ...").
_NOT_A_THING = STOP_WORDS | {
    "kind",
    "type",
    "sort",
    "else",
    "happened",
    "happens",
    "one",
    "ones",
    "many",
    "much",
    "times",  # "how many times" asks how often, not for a thing
}
_WORD = r"[^\W\d][\w'’-]*"
_THING = rf"{_WORD}(?: {_WORD})?"  # at most two words: "fighter jets", "exchange rate"
_OWNER = rf"(?:(?P<owner>(?:{_WORD} )?{_WORD})(?:'s|’s) )?"  # "Joe Biden's"
# "how many X", "what is the X of ...", "what is Y's X", "who is the X of ...": the X is
# what is asked.
_PATTERNS = [
    re.compile(rf"^\W*how (?P<count>many|much) (?P<thing>{_THING})", re.IGNORECASE),
    re.compile(
        rf"^\W*(?:what|who|which)(?:'s|’s| is| was| are| were) (?P<det>the |a |an )?{_OWNER}"
        rf"(?:name of (?:the |a |an )?{_OWNER.replace('owner', 'named')})?(?P<thing>{_THING})",
        re.IGNORECASE,
    ),
]
# "Which city ...?" names a kind, and the answer an instance of it ("Vienna"), which a
# passage may give without the kind's word: no such thing is required.
# "How old/tall/far ...?" asks for a measure that no single word names.
_MEASURES = {
    "old": say("an age"),
    "tall": say("a height"),
    "high": say("a height"),
    "deep": say("a depth"),
    "far": say("a distance"),
    "big": say("a size"),
    "large": say("a size"),
    "heavy": say("a weight"),
    "wide": say("a width"),
}
_MEASURE = re.compile(r"^\W*how (?P<measure>" + "|".join(_MEASURES) + r")\b", re.IGNORECASE)
# Measures a refusal names but no word of a passage must give (``asks_amount``: a number and its unit).
_AMOUNT_MEASURES = {
    "long": say("a length or a duration"),
    "fast": say("a speed"),
    "quickly": say("a speed"),
    "percentage": say("a share"),
    "percent": say("a share"),
    "proportion": say("a share"),
}
_AMOUNT_MEASURE = re.compile(
    r"^\W*(?:how (?P<how>long|fast|quickly)|what (?P<share>percentage|percent|proportion))\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Asked:
    """The thing a question asks for: a word a passage must mention, or a measure it must give."""

    word: str | None = None  # "tanks", "fighter jets"
    measure: str | None = None  # "an age", for "how old ...?"
    count: bool = False  # "how many / how much": a number of the thing
    whose: str = ""  # whose or what thing's: "Putin" in "Putin's age", "Kyiv" in "the population of Kyiv"
    amount: bool = False  # "how much gas": an amount of the thing, not a number of them

    def phrase(self) -> str:
        """What the articles would have to give, as said in a refusal: "a number of tanks"."""
        if self.measure:
            return self.measure
        if self.count and self.amount:
            return say("an amount of {thing}", thing=self.word)
        if self.count:
            return say("a number of {thing}", thing=self.word)
        if self.whose.endswith("'s") or self.whose.endswith("’s"):
            return f"{self.whose} {self.word}"
        if self.whose:
            return say("the {thing} of {whose}", thing=self.word, whose=self.whose)
        return say("the {thing}", thing=self.word)


_CLAUSE_END = re.compile(r"[?!.]")


def _of_what(thing: str, rest: str) -> str | None:
    """What follows ``thing`` and "of" at the start of ``rest`` (in any letter case) up to the
    clause's end: "Kyiv" in "population of Kyiv?". An ASCII question is read by comparing its
    lowercase: a pattern made of each question's thing cost its first asking a compilation
    (0.2-0.5 ms); another one is read by that pattern, whose case rules are Unicode's."""
    head = f"{thing} of "
    if not (head.isascii() and rest.isascii()):
        found = re.match(rf"{re.escape(thing)} of ([^?!.]+)", rest, re.IGNORECASE)
        return found[1] if found else None
    if rest[: len(head)].lower() != head.lower():
        return None
    end = _CLAUSE_END.search(rest, len(head))
    after = rest[len(head) : end.start() if end else len(rest)]
    return after or None


def asked(question: str, is_verb: Callable[[str], bool] | None = None) -> Asked | None:
    """The thing ``question`` asks for, or None when it asks for nothing nameable; with
    ``is_verb`` (whether a word can be a verb), without a counted thing's own verb ("people",
    not "people live", in "How many people live in Ukraine?")."""
    match = _MEASURE.match(question)
    if match:
        return Asked(measure=_MEASURES[match["measure"].lower()])
    match = _AMOUNT_MEASURE.match(question)
    if match:
        return Asked(measure=_AMOUNT_MEASURES[(match["how"] or match["share"]).lower()])
    for pattern in _PATTERNS:
        match = pattern.match(question)
        if match is None:
            continue
        kept: list[str] = []
        for word in match["thing"].split():
            if word.lower() in _NOT_A_THING or word.lower().endswith(("'s", "’s")):
                break
            kept.append(word)
        if not kept:
            continue
        groups = match.groupdict()
        owner = groups.get("owner") or groups.get("named")
        of = _of_what(" ".join(kept), question[match.start("thing") :])
        determiner = (groups.get("det") or "").lower() if groups.get("owner") else ""  # "the council's"
        whose = f"{determiner}{owner}'s" if owner else " ".join(of.split()) if of else ""
        count = groups.get("count") is not None
        amount = (groups.get("count") or "").lower() == "much"
        if count and is_verb is not None:
            lowered = tuple(w.lower() for w in kept)
            kept = [
                w for w in kept if w.lower() != _subject_verb(question, lowered, _AUXILIARY.match(question), is_verb)
            ]
        return Asked(word=" ".join(kept), count=count, whose=whose, amount=amount)
    return None


# What a refusal names for a kind of value asked when the question names no thing ("When did
# Denmark send the frigate?": "The articles don't give a date.").
_KIND_PHRASES = {"time": say("a date"), "person": say("a name"), "number": say("a number")}


def asked_or_kind(
    question: str,
    is_verb: Callable[[str], bool] | None = None,
    kinds_of: Callable[[str], frozenset[str]] | None = None,
) -> Asked | None:
    """The thing ``question`` asks for (``asked``), else the kind of value it asks
    (``kind_asked``) as a measure: a date, a name, a number; None for neither."""
    thing = asked(question, is_verb)
    if thing is not None:
        return thing
    phrase = _KIND_PHRASES.get(kind_asked(question, kinds_of))
    return Asked(measure=phrase) if phrase is not None else None


# Verbs that report what someone said or thought: a view or a reaction is given this way,
# seldom by its own word ("Biden has said it looks like a threat", not "Biden's view is").
_SPEECH = r"(?:says?|said|told|tells|warned|warns|stated|states|believes?|thinks?|called|calls|added)"
_WORDS_BETWEEN = 5  # "President Joe Biden himself has said": the title, the name, an adverb, an auxiliary


def thing_owner(question: str) -> str:
    """The last word of whose thing a question asks for ("president" in "the US president's
    view"), or "" when it names no owner."""
    thing = asked(question)
    if thing is None or not thing.whose:
        return ""
    return re.sub(r"['’]s$", "", thing.whose.split()[-1])


def reports_speech(owner: str, passage: str) -> bool:
    """Whether ``passage`` reports ``owner`` saying or thinking something ("US President Joe
    Biden himself has said" for "president")."""
    if not owner:
        return False
    pattern = rf"\b{re.escape(owner)}\b(?:\W+\w+){{0,{_WORDS_BETWEEN}}}?\W+{_SPEECH}\b"
    return re.search(pattern, passage, re.IGNORECASE) is not None


# "When was NATO founded?", "How many ships does the navy have?": an auxiliary, its subject,
# then the verb whose date, place or count is asked. (A "who" or "what" question's verb is
# often paraphrased in its answer, "Who talked to reporters?" — "officials who briefed
# reporters": not required.)
_AUXILIARY = re.compile(
    r"^\W*(?P<wh>when|where|how many|how much)\s+(?:[^\W\d][\w'’-]*\s+){0,2}?"
    r"(?P<aux>did|does|do|was|were|is|are|will|would|has|have|had|can|could)\s+(?P<clause>[^?!.,;]*)",
    re.IGNORECASE,
)
# "What language do people speak ...?": the noun after "what" is the thing, not the verb.
_TIMES = re.compile(r"^\W*how many times\s+(?:did|does|do|was|were|is|are|will|has|have|had)\s", re.IGNORECASE)
_WHAT_NOUN = re.compile(
    rf"^\W*(?:what|which)\s+(?P<noun>{_WORD})\s+(?P<aux>did|does|do|was|were|is|are|will|has|have|had)\s",
    re.IGNORECASE,
)
# A preposition or a conjunction of time ends a question's phrase ("the headquarters of X").
PHRASE_END = re.compile(
    r"\b(?:of|in|on|at|for|from|to|with|by|about|after|before|since|during|between|near|if|when|while|because)\b",
    re.IGNORECASE,
)
# Whose thing is asked ends before a participle: "the volume of gas needed to replace ...".
_PARTICIPLE = re.compile(r"\b\w+(?:ed|ing)\b|\b(?:in|on|at|for|from|to|with|by|about|between|near)\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$", re.IGNORECASE)  # "who were two ..."
# "the catalyst that created greater interest": a clause right after the thing describes it.
_DESCRIBED = re.compile(r"\s+(?:that|which|who|whom)\b", re.IGNORECASE)
# "the weather in Kyiv": where the thing is asked of.
_IN_PLACE = re.compile(r"\bin\s+(?P<place>[^?!.,;]+)", re.IGNORECASE)
# After these the verb is a participle, the last word of the clause ("was NATO founded");
# after the others it is the first after the subject ("did Europe find gas").
_PARTICIPLE_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had"})
_IRREGULAR = frozenset(
    "born built made held won lost sent left begun become come done gone given taken written shown known "
    "found thrown drawn grown struck sold told brought bought caught fought taught thought kept met paid "
    "put set cut hit run shut spread split led fed fled read said".split()
)


@dataclass(frozen=True)
class Sought:
    """What a passage must mention to answer a question: a word, itself or a related one (read
    as these parts of speech: "noun", "verb", "adj"), and the words of whose or what it is
    asked ("Putin" for "Putin's age", "navy" for "how many ships does the navy have")."""

    words: tuple[str, ...]
    parts: tuple[str, ...]
    owner: tuple[str, ...] = ()
    count: bool = False  # "how many X": a number must count the thing
    # The verb whose subject the counted thing is: "live" in "how many people live in Ukraine?";
    # a count of people killed does not answer it.
    action: str = ""
    # "How many X does Y have?" with no place: all of Y's X, which a count of X being moved is not.
    owned: bool = False
    kind: bool = False  # "What actress did ...?": the word names the kind of answer, an instance answers
    # Who does what a "what X did Y ...?" asks about: "Reznikov" in "What advice did Reznikov give?",
    # whose words a passage may report instead of naming the advice.
    subject: tuple[str, ...] = ()
    # Whose things a how-many question counts: a name before the thing ("NATO troops") or the
    # subject of "have" ("does Ukraine have"); a count of someone else's does not answer it.
    counter: tuple[str, ...] = ()


def sought(
    question: str,
    is_verb: Callable[[str], bool],
    is_country: Callable[[str], bool] | None = None,
    people: bool = False,
) -> Sought | None:
    """What ``question`` asks about that a passage must mention: the thing counted or asked
    of something ("how many tanks", "Putin's age"), the measure asked ("how old": "old"), or
    the verb a when/where/how-much question asks about ("founded", "cost"); None when it
    names none. ``is_verb`` tells whether a word can be a verb; ``is_country``, given, whether
    a word written lowercase names a country or its people, read as a name ("how many troops
    does ukraine have?"); with ``people``, a capitalised plural naming a country's people is
    counted as people ("How many Ukrainians live …?"). "How much X" asks for an amount, which a
    passage gives in any words ("US$200 million" for "how much money")."""
    match = _MEASURE.match(question)
    if match:
        return Sought((match["measure"].lower(),), ("adj", "noun"))
    place = _IN_PLACE.search(question)
    where = _content(_PARTICIPLE.split(place["place"])[0]) if place else ()
    if _KIND_WORDS.match(question):
        return None  # "What date did ...?" asks a time (``kind_asked``), which a passage gives without the word
    match = _WHAT_NOUN.match(question)
    if match and match["noun"].lower() not in _NOT_A_THING and match["noun"].islower():
        rest = re.split(r"[?!.,;]", question[match.end("aux") :])[0]  # the clause, as ``_AUXILIARY`` reads it
        subject = _clause(rest, match["aux"].lower(), is_verb)[0]
        return Sought((match["noun"].lower(),), ("noun",), where, kind=True, subject=subject)
    clause = _AUXILIARY.match(question)
    words, verb = _clause(clause["clause"], clause["aux"].lower(), is_verb) if clause else ((), "")
    thing = asked(question)
    if thing is not None and thing.word is not None:
        if thing.count and re.match(r"^\W*how much\b", question, re.IGNORECASE):
            return None
        if _DESCRIBED.match(question, question.lower().find(thing.word.lower()) + len(thing.word)):
            return None  # "What was the catalyst that created ...?": the clause describes the answer
        kept = tuple(
            w.lower()
            for w in thing.word.split()
            if (w.islower() or thing.word.isupper()) and not _NUMBER.match(w) and not _progressive(w, is_verb)
        )
        first = thing.word.split()[0]
        if people and thing.count and _people_named(first, is_country) and kept and is_verb(kept[0]):
            kept = (first.lower(), *kept)  # "How many Ukrainians live …?": people counted, whose verb is "live"
        owner = _content(_PARTICIPLE.split(thing.whose)[0]) if thing.whose else words if thing.count else ()
        counted = bool(re.match(r"^\W*how many\b", question, re.IGNORECASE))
        action = _subject_verb(question, kept, clause, is_verb) if counted else ""
        kept = tuple(w for w in kept if w != action)
        owned = counted and clause is not None and clause["clause"].split()[-1:] == ["have"]  # nowhere named

        # Readers type names lowercase ("american diplomats", "does ukraine have"): a country's is known.
        def name(word: str) -> bool:
            return not word.islower() or (is_country is not None and is_country(word))

        named = [w for w in thing.word.split() if name(w) and not thing.word.isupper() and not _NUMBER.match(w)]
        if people and counted and len(kept) > len(named):  # "american diplomats": whose they are is not what is counted
            kept = tuple(w for w in kept if w not in named)
        # The subject of "have" when it names someone: "does Ukraine have", not "does an IPCC report chapter have".
        subject = tuple(w for w in owner if name(w)) if owned and owner and name(owner[-1]) else ()
        counter = (*named, *subject) if counted else ()
        return Sought(kept, ("noun",), owner or where, counted, action, owned, counter=counter) if kept else None
    # "How many X did ...?" counts a thing, not a verb; "how many times did ...?" counts the verb's events.
    counted = clause is not None and clause["wh"].lower() == "how many" and not _TIMES.match(question)
    return Sought((verb,), ("verb",), words) if verb and not counted and verb not in STOP_WORDS else None


_BARE = re.compile(rf"^\W*(?P<owner>(?:{_WORD} ){{1,3}})(?P<thing>{_WORD})\W*$")


def bare_attribute(question: str) -> Sought | None:
    """ "Y X?" typed bare, no question word ("reznikov age", "kyiv population"): X, the last word
    (lowercase), asked of Y; None for any other question or a function word among them."""
    match = _BARE.match(question)
    if match is None:
        return None
    owner = tuple(w.removesuffix("'s").removesuffix("’s") for w in match["owner"].split())
    thing = match["thing"]
    if not thing.islower() or any(w.lower() in STOP_WORDS for w in (*owner, thing)):
        return None
    return Sought((thing,), ("noun",), owner)


def _people_named(word: str, is_country: Callable[[str], bool] | None) -> bool:
    """Whether a capitalised plural names a country's people ("Ukrainians", "Danes"): counted as people."""
    return word[:1].isupper() and word.endswith("s") and is_country is not None and is_country(word)


def _subject_verb(
    question: str, thing: tuple[str, ...], clause: re.Match[str] | None, is_verb: Callable[[str], bool]
) -> str:
    """The verb of a counted thing that is its subject, read as the thing's second word when no
    auxiliary comes first and a function word or the end follows it: "live" in "How many people
    live in Ukraine?"; "" for a plural ("fighter jets") or a passive ("How many firms were
    existing ...?", "... were recorded in the census?": answered in other words too often)."""
    if clause is not None or len(thing) != 2 or thing[1].endswith("s"):
        return ""
    after = re.match(rf"^\W*how many\s+{re.escape(thing[0])}\s+{re.escape(thing[1])}\b\W*(?P<next>\w*)", question, re.I)
    following = after["next"].lower() if after else "x"
    return thing[1] if (not following or following in STOP_WORDS) and is_verb(thing[1]) else ""


def _progressive(word: str, is_verb: Callable[[str], bool]) -> bool:
    """Whether ``word`` is a verb's -ing form: "what is Lithuania getting?" names no thing."""
    return word.lower().endswith("ing") and is_verb(word.lower())


def _clause(clause: str, auxiliary: str, is_verb: Callable[[str], bool]) -> tuple[tuple[str, ...], str]:
    """The subject's content words and the verb of "NATO founded", "the Russian navy have",
    "Europe find gas" (up to a preposition: "the US put on alert")."""
    words = PHRASE_END.split(clause)[0].split()
    verbs = [k for k, w in enumerate(words) if w.islower() and k and is_verb(w.lower())]
    if not verbs:
        return (), ""
    if auxiliary not in _PARTICIPLE_AUXILIARIES:
        at = verbs[0]
    else:  # "was NATO founded", "was he born": a participle ("was the last plague outbreak" has none)
        forms = [k for k in verbs if words[k].lower().endswith(("ed", "en", "ing")) or words[k].lower() in _IRREGULAR]
        if not forms:
            return (), ""
        at = forms[-1]
    return _content(" ".join(words[:at])), words[at].lower()


def _content(phrase: str) -> tuple[str, ...]:
    """A phrase's words that are not function words, possessive marks dropped."""
    words = (re.sub(r"['’]s$", "", w) for w in re.findall(_WORD, phrase))
    return tuple(w for w in words if w.isupper() or w.lower() not in STOP_WORDS)  # "US" is no "us"


# "How much gas ...?" asks for a number in any words; "how long / how fast ...?" and "what
# percentage ...?" for a measure: a number and its unit.
_AMOUNT = re.compile(
    r"^\W*(?:how (?P<number>much)|how (?:long|fast|quickly)|what (?P<share>percentage|percent|proportion|share))\b",
    re.IGNORECASE,
)


_MUCH_OF = re.compile(r"^\W*how much of\b", re.IGNORECASE)


def asks_measure(question: str) -> bool:
    """Whether ``question`` asks "how tall / far / heavy / deep / big …?": a measure, which a
    number with its unit gives ("300 km", "40 tons")."""
    return _MEASURE.match(question) is not None


def asks_share(question: str) -> bool:
    """Whether ``question`` asks "how much of X …?": a part of X, which a share gives ("40%",
    "half", "two-thirds")."""
    return _MUCH_OF.match(question) is not None


def amount_subject(question: str, is_verb: Callable[[str], bool]) -> tuple[str, ...]:
    """The content words of who or what a "how much" question's verb is told of, up to its
    first verb: "Britain" in "How much money has Britain spent …?", "energy contingency" in
    "How much will the energy contingency plans cost?"; () for none."""
    match = _AUXILIARY.match(question)
    if match is None or match["wh"].lower() != "how much":
        return ()
    words = PHRASE_END.split(match["clause"])[0].split()
    verbs = [k for k, w in enumerate(words) if w.islower() and k and is_verb(w.lower())]
    return _content(" ".join(words[: verbs[0]])) if verbs else ()


def asks_amount(question: str) -> str:
    """What amount ``question`` asks for: "number" (how much), "measure" (how long or fast),
    "share" (what percentage); "" for none."""
    match = _AMOUNT.match(question)
    return "" if match is None else "number" if match["number"] else "share" if match["share"] else "measure"


# The kind of value a question asks for, whatever its words: a "when" question a time, a
# "who" question a person, "what is the distance/price/age of ...?" a number.
_ASKS_TIME_NOUN = r"(?:in |on |during |by )?(?:what|which) (?P<word>year|date|day|month|decade|century)\b"
_ASKS_TIME = re.compile(
    r"^\W*(?:when (?:did|does|do|was|were|is|are|will|would|has|have|had|can|could)\b"  # not "When X happens, ..."
    rf"|{_ASKS_TIME_NOUN})",
    re.IGNORECASE,
)
_ASKS_PERSON = re.compile(r"^\W*(?:who|whom)\b", re.IGNORECASE)
_ASKS_MEASURE = re.compile(r"^\W*what(?:'s|’s| is| was| are| were)\s", re.IGNORECASE)
_ASKS_COUNT = re.compile(r"^\W*how many\b(?!\s+times\b)", re.IGNORECASE)
# WordNet's broader senses of a noun whose value is a number: "length" (a magnitude), "age"
# (a measure), "price" (a cost), "speed" (a rate), "distance" (a spatial relation).
_MEASURE_KINDS = frozenset(
    "magnitude measure quantity amount rate cost fundamental_quantity physical_property "
    "magnitude_relation quantitative_relation spatial_relation".split()
)


def measured(noun: str, kinds_of: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``noun`` (lowercase), asked of something, is answered by a number: a measure, an
    amount, a cost or a rate ("budget", "distance", "price"), as ``kind_asked`` reads it."""
    return noun.islower() and not _NUMBER.match(noun) and not _MEASURE_KINDS.isdisjoint(kinds_of(noun))


# WordNet's broader senses of a noun whose value is a sum of money: "price", "cost" (a monetary
# value), "worth", "value", "salary" (a cost), "amount" (a sum of money).
_SUM_KINDS = frozenset({"monetary_value", "sum_of_money", "cost", "worth"})


def asks_sum(noun: str, kinds_of: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``noun`` (lowercase), asked of something, is answered by a sum: "the value of
    the aid" by "US$200 million" (``kinds_of`` gives a noun's broader WordNet senses)."""
    return noun.islower() and not _SUM_KINDS.isdisjoint(kinds_of(noun))


# WordNet's broader senses of a noun that asks what someone does for a living: "job",
# "occupation", "profession" (not "role": a part in a play first, nor "position": a place).
_ROLE_KINDS = frozenset({"occupation", "line_of_work"})


def asks_role(noun: str, kinds_of: Callable[[str], frozenset[str]]) -> bool:
    """Whether ``noun`` (lowercase), asked of someone, is answered by what the person is called
    beside the name: "Peskov's job" by "Kremlin spokesman Dmitry Peskov"."""
    return noun.islower() and not _ROLE_KINDS.isdisjoint(kinds_of(noun))


_KIND_WORDS = re.compile(rf"^\W*{_ASKS_TIME_NOUN}", re.IGNORECASE)  # "In which year ...?"


# "Who is Hanna Maliar?": a name asked about, whose answer is a description ("Deputy Defence
# Minister"), not another name.
_IDENTITY = re.compile(r"^\W*(?i:who)(?:'s|’s| is| was| are| were)\s+(?:[A-Z][\w'’.-]*\s*)+\W*$")


_ASKS_PLACE = re.compile(
    r"^\W*where\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could)\b", re.IGNORECASE
)


def asks_place(question: str) -> bool:
    """Whether ``question`` asks where something is or was done ("Where did X ...?")."""
    return bool(_ASKS_PLACE.match(question))


def asks_identity(question: str) -> bool:
    """Whether ``question`` asks who a named one is ("Who is Hanna Maliar?")."""
    return _IDENTITY.match(question) is not None


def kind_word(question: str) -> str:
    """The word that names the kind of value asked, not what it is asked of: "year" in "In
    which year did Spain join NATO?"; "" for none."""
    match = _KIND_WORDS.match(question)
    return match["word"].lower() if match else ""


def kind_asked(question: str, kinds_of: Callable[[str], frozenset[str]] | None = None) -> str:
    """The kind of value ``question`` asks for: "time" (when, in which year), "person" (who),
    "number" (how many, or a measure's noun asked of something: "what is the distance between
    ...?" — ``kinds_of`` gives a noun's broader WordNet senses), or "" for any other."""
    if _ASKS_TIME.match(question):
        return "time"
    if _ASKS_PERSON.match(question):
        return "person"
    if _ASKS_COUNT.match(question):
        return "number"
    if kinds_of is None or not _ASKS_MEASURE.match(question):
        return ""
    thing = asked(question)
    if (
        thing is None
        or thing.word is None
        or " " in thing.word
        or not thing.word.islower()
        or _NUMBER.match(thing.word)
    ):
        return ""  # "What are two of its subsystems?" asks for things, not a number
    if not thing.whose and not re.search(rf"\b{re.escape(thing.word)} between\b", question, re.IGNORECASE):
        return ""  # "what is the distance between X and Y?" asks it of two
    return "number" if not _MEASURE_KINDS.isdisjoint(kinds_of(thing.word)) else ""


_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
# A time: a year, a month, a weekday, a season or a time of day, a span ("in recent weeks",
# "eight years", "the 1990s"), a word placing an event in time ("since", "ago", "yesterday").
_TIME = re.compile(
    rf"\b(?:1\d|20)\d\d(?:s|'s)?\b|\b\d+(?:st|nd|rd|th)\b|\b(?:{_MONTH})\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|\b(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|yesterday|today|tomorrow|tonight|ago|since"
    r"|until|till|during|when|once|later|earlier|recently|now|then|spring|summer|autumn|fall|winter|morning"
    r"|evening|night|era|period|age|times?|dynasty|reign|after|before|while|previously|formerly|first|last|life"
    r"|modern|ancient|medieval|classical|prehistoric|annual(?:ly)?|nowadays|soon|eventually)\b",
    re.IGNORECASE,
)
# A person described: "officials who briefed reporters", "Chu'Tsai, who was ...".
_PEOPLE_WHO = re.compile(r"\b[^\W\d][\w'’-]*,? who\b")
# A name: capitalised words in a row (an initial or "de", "van" between them).
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|de|da|van|von|al|bin|le|la|del)?\s*[A-Z][\w'’-]+)*")


def carries(kind: str, text: str, names_person: Callable[[str], bool]) -> bool:
    """Whether ``text`` carries a value of the ``kind`` asked (``kind_asked``): a time, a
    number, or a person's name (``names_person`` tells whether capitalised words name one)."""
    if kind == "time":
        return _TIME.search(text) is not None
    if kind == "number":
        return offers_value(AnswerType.QUANTITY, text)  # a date's digits are no number
    if kind == "person":  # a name, or people described: "officials who briefed reporters"
        # The substring first: the pattern is tried at every word of a sentence without "who".
        described = " who" in text and _PEOPLE_WHO.search(text) is not None
        return described or any(names_person(run) for run in _NAME_RUN.findall(text))
    return True


# A time stated precisely enough to answer "when": a year or a decade ("1066", "the 1990s", "AD
# 70"), a century or a millennium ("the 18th century", "the nineteenth century"), a month, a
# weekday, a count of spans ("eight years", "two weeks later"), a word dating by today
# ("yesterday", "ago", "recently"), a span its preposition places ("during the war", "since
# the Revolution", "after his death"), an age ("at the age of 16").
_ORDINAL_WORD = (
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first"
)
_COUNT_WORD = r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
_SPAN = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|millenni(?:um|a)"
_PRECISE_TIME = re.compile(
    rf"\b(?:1\d|20)\d\d(?:s|'s)?\b|\b\d{{1,4}}\s*(?:BC|BCE|AD|CE)\b|\b(?:AD|CE)\s*\d{{1,4}}\b|\b'\d0s\b"
    rf"|\b(?:\d+(?:st|nd|rd|th)|{_ORDINAL_WORD})[\s-]+(?:centur(?:y|ies)|millenni(?:um|a))\b"
    rf"|\b(?:{_MONTH})\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    rf"|\b(?:after|within|in)\s+(?:{_COUNT_WORD}|a|an|several|few)[\s-]+(?:{_SPAN})\b"  # not "for eight years"
    rf"|\b(?:{_COUNT_WORD}|a|an|several|few|many)[\s-]+(?:{_SPAN})\s+(?:ago|later|earlier|after|before|afterwards)\b"
    r"|\b(?:yesterday|today|tomorrow|tonight|ago|recently|nowadays|currently|formerly|previously)\b"
    r"|\b(?:this|last|next|that|the same|the following|the previous|each|every)\s+(?:week|month|year|decade"
    r"|century|season|spring|summer|autumn|fall|winter|morning|evening|night|day|time)\b"
    r"|\b(?:during|since|until|till|throughout|after|before|by the time|at the time of|prior to)\s+"
    r"(?:the |a |an |his |her |its |their )?[\w'’-]+"
    r"|\bat the age of\b|\baged \d|\bat age \d|\b(?:in|by|from|to) (?:early|mid|late)[\s-]"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|\bat the (?:beginning|start|end|close|outbreak|height)"
    r" of\b|\b(?:as soon as|when|whenever|following)\b",
    re.IGNORECASE,
)
# Function words a capitalised run may start with, as a sentence's first word.
_RUN_OPENERS = frozenset(w.capitalize() for w in STOP_WORDS)
_DIGITS = re.compile(r"\d[\d,.]*")
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?"
    r"|thousands?|millions?|billions?|dozens?|several|few|numerous|couple|half|none)\b",
    re.IGNORECASE,
)
_WORD_AT = re.compile(r"[\w'’-]+")


def kind_spans(
    kind: str,
    text: str,
    names_person: Callable[[str], bool],
    domain_of: Callable[[str], str] | None = None,
) -> list[tuple[int, int]]:
    """Where ``text`` gives a value of the ``kind`` asked (``kind_asked``), as [start, end)
    character spans: a time stated precisely ("in 1066", "the 1990s", "during the war"), a
    number not part of a date, a person's name or a kind of person or group ("Rollo", "an
    architect", "the Normans": ``domain_of`` gives a lowercase noun's WordNet file). [] for a
    kind it cannot tell."""
    if kind == "time":
        found = [m.span() for m in _PRECISE_TIME.finditer(text)]
        if domain_of is not None:  # a noun WordNet files under time: "Easter", "the Renaissance", "childhood"
            found += [m.span() for m in _WORD_AT.finditer(text) if _is_time_noun(m[0], domain_of)]
        return found
    if kind == "number":
        undated = _undated(text)
        return [m.span() for m in _DIGITS.finditer(undated)] + [m.span() for m in _NUMBER_WORD.finditer(undated)]
    if kind == "person":
        found = [m.span() for m in _PEOPLE_WHO.finditer(text) if m[0].split()[0].lower() not in STOP_WORDS]
        for run in _NAME_RUN.finditer(text):
            words = run[0].split()
            while words and words[0] in _RUN_OPENERS:
                words = words[1:]
            if words and run.start() == 0 and domain_of is not None and _common_noun(words[0], names_person, domain_of):
                words = words[1:]  # a sentence's first word: "Talks began", not a name
            if words and _names_someone(words, names_person, domain_of):
                found.append(run.span())
        if domain_of is not None:  # "an architect normally manages the job"
            found += [
                m.span()
                for m in _WORD_AT.finditer(text)
                if m[0].islower() and m[0] not in STOP_WORDS and domain_of(m[0]) in _PEOPLE_FILES
            ]
        return found
    if kind == "place" and domain_of is not None:
        return _place_spans(text, domain_of)
    return []


# "Where did X ...?" asks a place: after a preposition of place, a capitalised name ("in
# Slavyanoserbsk", "at Wittenberg") or a noun WordNet files under places, things or objects ("in
# a city park", "at the airport", "on the island"); or a name WordNet files under places anywhere
# ("Kyiv, Ukraine", "the Black Sea").
_AT_PLACE = re.compile(
    r"\b(?:in|at|on|to|near|inside|outside|into|onto|from|across|throughout|within|around|off|along|over"
    r"|under|beyond|behind|beside|through|toward|towards)\s+"
    r"(?=(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?P<place>(?:[\w'’-]+\s+){0,2}[\w'’-]+))"
)
_PLACE_FILES = frozenset({"location", "artifact", "object", "group", "body", "plant", "animal", "substance"})


def _place_spans(text: str, domain_of: Callable[[str], str]) -> list[tuple[int, int]]:
    """Where ``text`` names a place (``_AT_PLACE``): [start, end) character spans."""
    found = []
    for match in _AT_PLACE.finditer(text):
        words = match["place"].split()
        if words[0][0].isupper():
            run = _NAME_RUN.match(text, match.start("place"))
            if run and not MONTH_OR_DAY.fullmatch(run[0].split()[0]):
                found.append(run.span())
            continue
        for k, word in enumerate(words):
            if not word.islower() or word in STOP_WORDS:
                break
            if domain_of(word) in _PLACE_FILES:  # "a city park": the last noun of the phrase counts
                end = match.start("place") + len(" ".join(words[: k + 1]))
                found.append((match.start("place"), end))
    for run in _NAME_RUN.finditer(text):
        if any(domain_of(re.sub(r"['’]s$", "", w).lower()) == "location" for w in run[0].split()):
            found.append(run.span())
    return found


_PEOPLE_FILES = frozenset({"person", "group"})  # WordNet's noun.person and noun.group


def _common_noun(word: str, names_person: Callable[[str], bool], domain_of: Callable[[str], str]) -> bool:
    """Whether a sentence's capitalised first word is a common noun of no person ("Talks"),
    not a name ("Newton", "Tesla") nor people ("Students", "Voters")."""
    file = domain_of(word.lower())
    return bool(file) and file not in _PEOPLE_FILES and not names_person(word)


def _is_time_noun(word: str, domain_of: Callable[[str], str]) -> bool:
    """Whether ``word`` is a name WordNet files under time ("Easter", "Renaissance"): a
    lowercase one ("weeks", "day", "life") is in every other sentence."""
    return word[0].isupper() and word.lower() not in _LOOSE_TIME and domain_of(word.lower()) == "time"


_LOOSE_TIME = frozenset({"time", "today", "now"})  # capitalised as a sentence's first word


def _names_someone(
    words: list[str], names_person: Callable[[str], bool], domain_of: Callable[[str], str] | None
) -> bool:
    """Whether capitalised words (no opening function word) may name someone: a person
    ("Walter Reed", "LeGrande"), a group or a body ("the Normans", "CBS", "Sierra Club"); not a
    place, a month or a weekday ("Ukraine", "North Africa", "Monday")."""
    if names_person(" ".join(words)):
        return True
    if domain_of is None:
        return False
    last = re.sub(r"['’]s$", "", words[-1]).lower()
    return domain_of(last) not in _NOT_SOMEONE and not MONTH_OR_DAY.fullmatch(words[-1])


_NOT_SOMEONE = frozenset({"location", "time"})
# A month or a weekday written as a word ("Jan.", "Monday"): no one's name.
MONTH_OR_DAY = re.compile(rf"(?:{_MONTH}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\.?", re.IGNORECASE)


def _undated(text: str) -> str:
    """``text`` with a date's digits blanked, same length: "Jan. 25, 2022" gives no number."""
    return _DATED.sub(lambda m: " " * len(m[0]), text)


_DATED = re.compile(
    rf"\b(?:{_MONTH})\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[5-9]|20)\d\d)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b\.?(?:,?\s+(?:1[5-9]|20)\d\d)?"
    r"|\b(?:in|since|until|by|of|from|during|the)\s+(?:1[5-9]|20)\d\d(?:s|'s)?\b|\b(?:1[5-9]|20)\d\d-\d\d-\d\d\b",
    re.IGNORECASE,
)


def tied_value(
    kind: str,
    text: str,
    is_focus: Callable[[str], bool],
    names_person: Callable[[str], bool],
    domain_of: Callable[[str], str] | None = None,
    within: int = 0,
    matched: bool = False,
    spans_of: Callable[[str, str], Sequence[tuple[int, int]]] | None = None,
    is_predicate: Callable[[str], bool] | None = None,
    predicate_clause: bool = True,
    is_owner: Callable[[str], bool] | None = None,
    role_within: int = 0,
    named: bool = False,
    enough: Callable[[Sequence[str]], bool] | None = None,
) -> bool:
    """Whether ``text`` gives a value of the ``kind`` asked tied to the question's focus: in a
    clause (split at a semicolon or a dash) with a word ``is_focus`` tells is one of the
    question's outside the value, and with ``within`` > 0 no more than that many words from
    it. "Talks began on Monday" dates no sending of a frigate. A ``matched`` text (one matched
    by the words around it: the sentence before, the title) with none of the question's words
    is about its focus as a whole: any value counts. ``spans_of`` (kind, text) may give
    ``kind_spans`` from a cache. With ``is_predicate`` (whether a word is the question's
    predicate or a relative: ``predicate``), that clause must hold one outside the value too,
    and a matched text no more counts: "Members of the reserve, led by volunteers" names no
    commander of it; without ``predicate_clause``, anywhere in ``text``. With ``is_owner``
    (whether a word names whose role is asked), a role written as the value's title needs the
    owner right before it: "Defence Minister Oleksii Reznikov" names no minister of Russia;
    with ``role_within`` > 0, the predicate no more than that many words from the value ("its
    troops" is no minister); ``named``: the value is capitalised, and a predicate inside it
    counts (a role's holder is named, a role may be its title). With ``enough`` (whether
    question words are its distinctive ones), the clause's question words (a title in the value
    too: "Deputy Defence Minister Hanna Maliar") must pass it."""
    words = [(m.start(), m[0]) for m in _WORD_AT.finditer(text)]
    focused = [is_focus(w) for _, w in words]
    matched = matched and is_predicate is None
    if is_predicate is not None and not predicate_clause:
        if not any("-" not in w and is_predicate(w) for _, w in words):
            return False
        is_predicate, role_within = None, 0
    if not any(focused) and not matched:
        return False  # read first: most sentences beside a passage have no question word
    spans = spans_of(kind, text) if spans_of is not None else kind_spans(kind, text, names_person, domain_of)
    if not spans or not any(focused):
        return bool(spans)
    for start, end in _clause_spans(text):
        inside = [k for k, (p, _) in enumerate(words) if start <= p < end]
        focus = [k for k in inside if focused[k]]
        for first, last in spans if focus else ():
            if not (start <= first < end):
                continue
            covered = [k for k in inside if _end(words[k]) > first and words[k][0] < last]
            # The question's own words are no answer to it: "the defence minister" for "who is
            # the defence minister?", "Brackenby" for "... of Brackenby?" (an "18-yard pass" is).
            if covered and all(focused[k] and first <= words[k][0] and _end(words[k]) <= last for k in covered):
                continue
            outside = [k for k in focus if not (first <= words[k][0] and _end(words[k]) <= last)]
            # A hyphened word modifies a noun: "rebel-controlled regions" name no one who controls.
            # A role may be the name's title, inside its span: "Defence Minister Oleksii Reznikov".
            told = [
                k
                for k in (inside if named else outside)
                if "-" not in words[k][1] and is_predicate is not None and is_predicate(words[k][1])
            ]
            if named and not text[first].isupper():
                continue  # a role's holder is named: "parliament" is no minister
            at, upto = (covered[0], covered[-1]) if covered else (inside[0], inside[0])
            near = [k for k in told if role_within <= 0 or at - role_within <= k <= upto + role_within]
            if is_predicate is not None and not near:
                continue
            if is_owner is not None and covered and not _titled_by(words, at, upto, is_predicate, is_owner):
                continue
            if (
                outside
                and (within <= 0 or any(at - within <= k <= upto + within for k in outside))
                and (enough is None or enough([words[k][1] for k in focus]))
            ):
                return True
    return False


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of ``text``'s clauses: split at a semicolon, a dash, or ", and" /
    ", but" / ", while" before a capitalised subject of its own."""
    return _clause_spans(text)


def _clause_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of ``text``'s clauses (``_CLAUSE_SPLIT``)."""
    spans, start = [], 0
    for cut in _CLAUSE_SPLIT.finditer(text):
        spans.append((start, cut.start()))
        start = cut.end()
    spans.append((start, len(text)))
    return spans


_TITLE_WORDS = 2  # "Defence Minister Oleksii Reznikov": the role in the two words before the name
_OWNER_WORDS = 3  # "Russia's Defence Minister", "the Russian Defence Minister"
_OWNER_AFTER = 2  # "Foreign Minister Tilda Brandt of Marwick"


def _titled_by(
    words: Sequence[tuple[int, str]],
    at: int,
    upto: int,
    is_role: Callable[[str], bool] | None,
    is_owner: Callable[[str], bool],
) -> bool:
    """Whether the value at words ``at`` to ``upto`` is no titled name, or its title (the role
    word in it or in the two words before it) has an owner word in the three words before the
    title or the two after the name."""
    titles = [k for k in range(max(0, at - _TITLE_WORDS), upto + 1) if is_role is not None and is_role(words[k][1])]
    if not titles:
        return True
    before = range(max(0, titles[0] - _OWNER_WORDS), titles[0])
    after = range(upto + 1, min(len(words), upto + 1 + _OWNER_AFTER))  # "Minister Tilda Brandt of Marwick"
    return any(is_owner(words[k][1]) for k in (*before, *after))


def _end(word: tuple[int, str]) -> int:
    """Where a word found at (start, text) ends."""
    return word[0] + len(word[1])


# A clause ends at a semicolon or a dash, and where ", and" / ", but" opens another with its own
# subject: "Spain is sending four jets ..., and France stands ready to send troops".
_CLAUSE_SPLIT = re.compile(r"[;]|(?<=\s)[—–](?=\s)|,\s+(?:and|but|while|whereas)\s+(?=[A-Z])")


# The predicate a who/when question asks its value of: its main verb ("Who commands the
# reserve?", "When did Denmark send the frigate?"), or a copular question's role ("Who is the
# defence minister of Russia?"). Read after the auxiliary as ``_clause`` reads when/where verbs;
# not after "what date / day / year", whose verb is paraphrased ("What day did Zelensky address
# the nation?": "Zelenskyy told the nation"), as rule 12 found.
_WHEN_CLAUSE = re.compile(
    r"^\W*(?:when|where)\s+(?P<aux>did|does|do|was|were|is|are|will|would|has|have|had|can|could)"
    r"\s+(?P<clause>[^?!.,;]*)",
    re.IGNORECASE,
)
_WHO_CLAUSE = re.compile(
    r"^\W*(?:who|whom)\s+(?P<aux>did|does|do|was|were|is|are|will|would|has|have|had|can|could|'s|’s)"
    r"\s+(?P<clause>[^?!.,;]*)",
    re.IGNORECASE,
)
_WHO_ACTS = re.compile(r"^\W*who\s+(?P<verb>[a-z][\w'’-]*)", re.IGNORECASE)
_COPULAS = frozenset({"is", "was", "are", "were", "'s", "’s"})
_PERFECT = re.compile(r"(?:been|be)\s+", re.IGNORECASE)  # "who has been appointed", "who will be named"


def predicate(
    question: str,
    is_verb: Callable[[str], bool],
    verb_first: Callable[[str], bool] | None = None,
    placed: bool = False,
) -> Sought | None:
    """The word a who/when question's value must stand beside, as ``sought`` gives what a
    passage must mention: the main verb ("command" in "Who commands the reserve?", "send" in
    "When did Denmark send the frigate?", "appoint" in "Who was appointed ...?"), or the role of
    a copular question ("ambassador" in "Who is the US ambassador to Ukraine?", with whose it
    is as the owner; with ``placed`` also where it is held: "in Kyiv"); None for none read.
    ``verb_first`` tells a word WordNet knows better as a verb than as a noun ("leave", not
    "staff"), read past a preposition ("When did the families of embassy staff leave Kyiv?")."""
    match = _WHEN_CLAUSE.match(question)
    if match:
        return _verb_of(match["clause"], match["aux"].lower(), is_verb, verb_first or is_verb)
    match = _WHO_CLAUSE.match(question)
    if match:
        auxiliary, clause = match["aux"].lower(), _PERFECT.sub("", match["clause"], count=1)
        first = (clause.split() or [""])[0]
        verb = first.lower()
        acts = auxiliary not in _COPULAS or _participle(verb)
        if first.islower() and is_verb(verb) and verb not in STOP_WORDS and acts:
            return Sought((verb,), ("verb",))  # "who will replace", "who was appointed"
        if auxiliary in _COPULAS:
            return _role(question, placed)
        return _verb_of(match["clause"], auxiliary, is_verb, verb_first or is_verb)  # "who did Biden appoint"
    match = _WHO_ACTS.match(question)
    if match and match["verb"].islower() and match["verb"].lower() not in STOP_WORDS and is_verb(match["verb"]):
        return Sought((match["verb"].lower(),), ("verb",))
    return None


# "Who is the US ambassador to Ukraine?", "Who is Britain's defence secretary?": the role is the
# last lowercase word before the phrase of whose it is.
_ROLE = re.compile(
    r"^\W*who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?P<owner>[\w’-]+(?:\s+[\w’-]+)?)(?:'s|’s)\s+)?(?P<role>[\w’ -]+?)"
    r"(?:\s+(?:of|to)\s+(?P<of>[^?!.,;]+))?\W*$",
    re.IGNORECASE,
)


# ... and the named place where it is held: "Who is the US ambassador in Kyiv?" (not "the mayor
# at the time of ...", "participants in creating ...")
_ROLE_PLACED = re.compile(
    _ROLE.pattern.replace("(?:of|to)\\s+", "(?:(?:of|to)\\s+|(?:in|at)\\s+(?=(?-i:[A-Z])))"), re.IGNORECASE
)


_SUPERLATIVE = re.compile(r"\w+est|most|least|first|last|second|third|only|main|best|worst", re.IGNORECASE)


def _role(question: str, placed: bool = False) -> Sought | None:
    """The role a copular who-question asks the holder of, with whose role it is (``placed``:
    or where it is held)."""
    match = (_ROLE_PLACED if placed else _ROLE).match(question)
    words = match["role"].split() if match else []
    if not match or not words or not words[-1].islower() or words[-1] in STOP_WORDS:
        return None
    if any(_participle(w) or _SUPERLATIVE.fullmatch(w) for w in words):
        return None  # "the trophy given ... named for", "the oldest quarterback": no role of one
    owner = _content(" ".join([match["owner"] or "", *(w for w in words if not w.islower()), match["of"] or ""]))
    return Sought((words[-1],), ("noun",), owner) if owner else None  # "the receiver" is no one's


def _verb_of(
    clause: str, auxiliary: str, is_verb: Callable[[str], bool], verb_first: Callable[[str], bool]
) -> Sought | None:
    """The verb of a question's clause after its auxiliary (``_clause``), else past a
    preposition the first (the last after "was" or "has": a participle) word known better as
    a verb: "leave" in "the families of US embassy staff actually leave Kyiv", "built" in "the
    US embassy in Kyiv built"."""
    verb = _clause(clause, auxiliary, is_verb)[1]
    if not verb:
        words = [w.lower() for k, w in enumerate(clause.split()) if k and w.islower() and w not in STOP_WORDS]
        found = [w for w in words if verb_first(w) and (auxiliary not in _PARTICIPLE_AUXILIARIES or _participle(w))]
        verb = (found[-1] if auxiliary in _PARTICIPLE_AUXILIARIES else found[0]) if found else ""
    return Sought((verb,), ("verb",)) if verb and verb not in STOP_WORDS else None


def _participle(word: str) -> bool:
    """Whether ``word`` may be a participle after a copula: "appointed", "born", "leading"."""
    return word.endswith(("ed", "en", "ing")) or word in _IRREGULAR
