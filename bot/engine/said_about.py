"""A question asking what someone said of a topic: who speaks (X) and of what (Z).

"What did Boris Johnson say about sanctions on Russia?", "How did Peskov react to Denmark
sending a frigate?", "What is Biden's view on the threat?": a passage answers only where X
speaks and Z is spoken of; the verb (or noun) is read from WordNet, no word list of questions
(English questions). Rule 18 of docs/ranking-news.md; and who talked, in "what did X and Y talk about?" (rule
``talked_between``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.related_words import (
    base_forms,
    domain,
    domains,
    is_inflected_verb,
    is_verb,
    is_way_to,
    is_word,
    senses,
)

# What a saying verb or a view noun is in WordNet: "say", "claim", "tell"; "think", "believe";
# "view", "position", "opinion".
_THINKING = ("think", "believe")
_DETERMINERS = frozenset("the a an this that these those some many any each every".split())
_AGENTS = frozenset({"person", "group"})  # WordNet's files of those who speak
_MIND = frozenset({"cognition", "emotion", "communication"})  # "feel", "think", "say": verbs of a thought
# "What is the name of …" is no saying: "is" asks what a thing is, not what someone did.
_AUXILIARIES = "did|does|do|will|would|could|might|has|have|had"
_WHAT_DID = re.compile(rf"^\W*what\s+(?:{_AUXILIARIES})\s+(?P<clause>[^?!.;]+)", re.IGNORECASE)
_HOW_DID = re.compile(rf"^\W*how\s+(?:{_AUXILIARIES}|is|are|was|were)\s+(?P<clause>[^?!.;]+)", re.IGNORECASE)
_VIEW = re.compile(
    r"^\W*what\s+(?:is|was|are|were)\s+(?P<speaker>[^?!.;]+?)['’]s?\s+(?P<noun>[a-z]+)\s+"
    r"(?:on|about|of|regarding|concerning|towards?)\s+(?P<topic>[^?!.;]+)",
    re.IGNORECASE,
)
_ABOUT = frozenset({"about", "on", "of", "regarding", "concerning"})
_WORDS_TO_ABOUT = 3  # "say to reporters about", "tell the nation about"
# The speaker's head is the last word before these: "the president of Ukraine".
_AFTER_HEAD = re.compile(r"\s+(?:of|in|at|for|from|with|by|who|which|that)\s+", re.IGNORECASE)
_CONJUNCTS = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*", re.IGNORECASE)
_PRONOUNS = frozenset("he she they it i we you someone anyone people".split())
_REFLEXIVES = frozenset("himself herself itself themselves".split())
# "he said", "she also told": a pronoun speaking, counted as the one named just before.
_SPEECH = r"(?:says?|said|told|tells|warned|warns|stated|states|believes?|thinks?|added|called|calls)"
_PRONOUN_SPEAKS = re.compile(rf"\b(?:he|she|they)\b(?:\W+\w+){{0,2}}?\W+{_SPEECH}\b", re.IGNORECASE)


@dataclass(frozen=True)
class SaidAbout:
    """Who a question asks to have spoken (their head words, as written) and of what."""

    speakers: tuple[str, ...]  # "Johnson"; "States", "NATO" for "the United States and NATO"
    topic: str  # "sanctions on Russia"
    # Whether a verb of saying is asked ("say", "admit", "comment on"): the one asked of must then
    # be the one speaking in the passage. "How did X react?" and "X's view" may be answered by a
    # deed or an opinion reported without a verb of saying.
    spoken: bool = False
    # The names qualifying a speaker written as a kind ("Bulgaria" of "Bulgaria's government"):
    # the government of another country is no answer.
    names: tuple[str, ...] = ()
    yes_no: bool = False  # "Did X comment on Z?" rather than "What did X say about Z?"


# "Spain is sending jets to Bulgaria. What did Bulgaria's government say about it?": the question
# is its last sentence, the one before only sets the scene.
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def said_about(question: str) -> SaidAbout | None:
    """The speaker and topic of "what did X say/think/tell … about/on/of Z?", "did X comment on
    / deny / say Z?", "how did X react/respond to Z?" or "what is X's view/position on Z?"; None
    for another question, or one whose speaker is a pronoun ("what did he say about it?": the
    turn before names him)."""
    found = _said_about(question)
    if found is None:
        parts = _LAST_SENTENCE.split(question.strip())
        found = _said_about(parts[-1]) if len(parts) > 1 else None
    return found


def _said_about(question: str) -> SaidAbout | None:
    asked = _what_did(question)
    yes_no = _did(question) if asked is None else None
    said = asked or yes_no
    found = said[:2] if said else _how_did(question) or _view(question)
    if found is None:
        return None
    speaker, topic = found
    # a verb of saying ("say", "admit", "comment"), not of thinking ("feel", "rely"): only a saying
    # is reported by a verb with its speaker for subject
    spoken = said is not None and domain(said[2], "verb") == "communication"
    # "what do some Mongolians feel historians exaggerate?": a thought reported within the speaker
    spoken = spoken and not any(w.islower() and _MIND & domains(w, "verb") for w in speaker.split()[1:])
    if re.search(r"\bto\b", speaker, re.IGNORECASE):
        return None  # "What does Russia want NATO to promise about …?": a wish, not a saying
    # "Putin himself", "Putin personally": the reflexive or the adverb only stresses who speaks.
    speaker = " ".join(w for w in speaker.split() if w.lower() not in _REFLEXIVES and not _adverb(w)) or speaker
    heads = tuple(h for h in map(_head, _CONJUNCTS.split(speaker)) if h)
    if not heads or any(h.lower() in _PRONOUNS or not _speaks(h) for h in heads) or not topic.strip():
        return None
    first = speaker.split()[0]
    if first.islower() and is_inflected_verb(first):
        return None  # "What did placing US troops on alert signal …?": an event, no speaker
    return SaidAbout(heads, topic.strip(), spoken, _kind_names(speaker, heads), yes_no is not None)


def _adverb(word: str) -> bool:
    """Whether a lowercase word is only an adverb in WordNet ("personally", "publicly", "ever")."""
    return word.islower() and senses(word, "adv") > 0 and not any(senses(word, p) for p in ("noun", "verb", "adj"))


def _kind_names(phrase: str, heads: tuple[str, ...]) -> tuple[str, ...]:
    """The names qualifying a single speaker written as a kind ("Spanish", "New", "Zealand" of
    "the New Zealand government"); () for a speaker who is a name."""
    if len(heads) != 1 or not heads[0].islower():
        return ()
    written = (re.sub(r"['’]s?$", "", w) for w in _AFTER_HEAD.split(phrase)[0].split())
    return tuple(w for w in written if w.isalpha() and not w.islower())


def _what_did(question: str) -> tuple[str, str, str] | None:
    """The speaker, the topic and the verb of "what did X say … about Z?"."""
    match = _WHAT_DID.match(question)
    if match is None:
        return None
    words = match["clause"].split()
    for at, word in enumerate(words[1:], start=1):
        if word.islower() and is_verb(word) and _says(word):
            found = _topic_after(words, at, _ABOUT)
            return (*found, word) if found else None
    return None


# "Did Peskov comment on the evacuation?", "Has Kyiv denied planning an offensive?", "Did Biden
# say he would send troops?": a yes/no question on a saying, whose topic is all that follows it.
_DID = re.compile(rf"^\W*(?:{_AUXILIARIES})\s+(?P<clause>[^?!.;]+)", re.IGNORECASE)
_OPENING = _ABOUT | {"that"}  # "comment on …", "say that …": the topic starts after these


def _did(question: str) -> tuple[str, str, str] | None:
    """The speaker, the topic and the verb of "did X comment on Z?", "has X denied Z?"."""
    match = _DID.match(question)
    if match is None:
        return None
    words = match["clause"].split()
    for at, word in enumerate(words[1:], start=1):
        if not word.islower() or words[at - 1].lower() in _DETERMINERS or re.search(r"['’]s?$", words[at - 1]):
            continue  # "the statement", "Russia's claim": a noun, not the verb
        if is_verb(word) and (word in base_forms(word, "verb") or is_inflected_verb(word)):
            if not _says(word) or at + 1 >= len(words):
                return None  # "Did Germany offer …": the first verb is another act
            rest = words[at + 1 :]
            rest = rest[1:] if rest[0].lower() in _OPENING and len(rest) > 1 else rest
            return " ".join(words[:at]), " ".join(rest), word
    return None


def _says(verb: str) -> bool:
    """Whether a verb says or thinks: WordNet files it with verbs of communication ("say",
    "tell", "claim", "opine"), or it is a way to think or believe ("feel"); not any verb of
    cognition ("understand", "find", "decide" ask what someone did)."""
    return domain(verb, "verb") == "communication" or any(is_way_to(verb, v) for v in _THINKING)


def _how_did(question: str) -> tuple[str, str] | None:
    match = _HOW_DID.match(question)
    if match is None:
        return None
    words = match["clause"].split()
    for at, word in enumerate(words[1:], start=1):
        if word.islower() and is_verb(word) and is_way_to(word, "respond"):
            return _topic_after(words, at, _ABOUT | {"to"})
    return None


def _topic_after(words: list[str], verb: int, prepositions: frozenset[str]) -> tuple[str, str] | None:
    """The words before the verb and those after a preposition a few words after it."""
    for at in range(verb + 1, min(verb + 2 + _WORDS_TO_ABOUT, len(words))):
        if words[at].lower() in prepositions:
            return " ".join(words[:verb]), " ".join(words[at + 1 :])
    return None


def _view(question: str) -> tuple[str, str] | None:
    match = _VIEW.match(question)
    if match is None or "cognition" not in domains(match["noun"].lower(), "noun"):
        return None
    return match["speaker"], match["topic"]


def _head(phrase: str) -> str:
    """The last word of a noun phrase before its modifiers, without a possessive."""
    words = _AFTER_HEAD.split(phrase.strip())[0].split()
    return re.sub(r"['’]s?$", "", words[-1]) if words else ""


def _speaks(head: str) -> bool:
    """Whether a head word can name someone who speaks: a name, or a kind of person or group
    ("minister", "leaders"; not "statement", "oxygen")."""
    lower = head.lower()
    if lower in _DETERMINERS:
        return False  # "What does the film … delay?": the verb was read inside the subject
    return not head.islower() or not is_word(lower) or not _AGENTS.isdisjoint(domains(lower, "noun"))


# "his claim", "her own remarks": a topic that is the speaker's own saying or deed
_OWN = re.compile(r"^\W*(?:his|her|their)\b", re.IGNORECASE)


def own_saying(topic: str) -> bool:
    """Whether a topic asked of a speaker is the speaker's own ("did Reznikov hedge his claim …?":
    "his" points back at the speaker), so that wherever the speaker speaks, it is spoken of."""
    return _OWN.match(topic) is not None


def pronoun_speaks(text: str) -> bool:
    """Whether ``text`` reports "he / she / they" saying something."""
    return _PRONOUN_SPEAKS.search(text) is not None


# "what did X and Y talk about?", "what did X discuss with Y?": those who talked, and nothing else.
_WITH = "with"


def talked_between(question: str) -> tuple[str, ...]:
    """The parties (their head words, as written) of "what did X and Y talk about / discuss /
    agree on?" or "what did X discuss with Y?": a verb WordNet files with verbs of communication
    and two parties or more. () for another question, one naming a topic after the verb
    (``said_about`` reads it) or a party that is a pronoun (the turn before names it)."""
    match = _WHAT_DID.match(question)
    if match is None or said_about(question) is not None:
        return ()
    words = match["clause"].split()
    for at, word in enumerate(words[1:], start=1):
        if word.islower() and is_verb(word) and domain(word, "verb") == "communication":
            subject, rest = " ".join(words[:at]), words[at + 1 :]
            break
    else:
        return ()
    first = rest[0].lower() if rest else _WITH
    if first not in _ABOUT | {"over", _WITH} or (len(rest) > 1 and first != _WITH):
        return ()  # "what did X and Y write in the letter?": more than the parties is asked of
    phrases = _CONJUNCTS.split(subject) + ([" ".join(rest[1:])] if first == _WITH else [])
    heads = tuple(h for h in map(_head, phrases) if h)
    if len(heads) < 2 or any(h.lower() in _PRONOUNS or not _speaks(h) for h in heads):
        return ()
    return heads


# "what did X say / tell Y / reply in Z?" with no "about" topic (``said_what``): who speaks, and
# the things the question qualifies the saying with ("in reply", "during a phone call").
_PREPOSITIONS = frozenset(
    "in on at to of for from with by during after before since about over into through via than as".split()
)
# The saying a question asks must be a way to say or tell ("reply", "announce", "explain"):
# WordNet files "mean", "require" and "translate" with verbs of communication too.
_SAYING = ("say", "tell")
_WRITTEN = ("say", "tell", "write")
_NOT_QUALIFIERS = (
    _DETERMINERS
    | _PRONOUNS
    | _PREPOSITIONS
    | frozenset("his her their its our your my them him us me most more last first recent latest".split())
)
# "to reporters", "to the nation": whom, not what; "at night": when, which the date rules read.
_NOT_WHAT = frozenset({"person", "group", "time"})


@dataclass(frozen=True)
class SaidWhat:
    """Who a "what did X say / tell …?" question asks to have spoken, and the head words of the
    things it qualifies the saying with (as written)."""

    speakers: tuple[str, ...]  # "Reznikov"; "woman" for "the woman walking her dogs"
    qualifiers: tuple[str, ...]  # "reply" (in reply to …), "call" (during a phone call), "Putin"
    # The names qualifying a speaker written as a kind ("Spanish", "New", "Zealand" of "the New
    # Zealand government"): a minister of another country is no answer.
    names: tuple[str, ...] = ()


def said_what(question: str) -> SaidWhat | None:
    """The speaker and the qualifying heads of "what did X say / tell / reply … ?" when no
    topic follows ("about Z" is ``said_about``'s, "X and Y talk about" ``talked_between``'s);
    None for another question or a pronoun speaker (the turn before names it)."""
    match = _WHAT_DID.match(question)
    about = said_about(question)
    if match is None or (about is not None and not _when(about.topic)) or talked_between(question):
        return None  # "what did X say on Tuesday?": a time is no topic, the saying is still asked
    words = [w.strip(",\"'“”") for w in match["clause"].split()]
    for at, word in enumerate(words[1:], start=1):
        # not a noun after its owner or article: "Luther's answer to …", "the reply"
        owned = words[at - 1].lower() in _DETERMINERS or re.search(r"['’]s?$", words[at - 1]) is not None
        if word.islower() and not owned and is_verb(word) and _says(word):
            break
    else:
        return None
    if not any(is_way_to(word, v) for v in _SAYING):
        return None  # "what did X mean / require / promise / think": no report of speech is asked
    # "Biden himself": the reflexive only stresses who speaks.
    speaker = [w for w in words[:at] if w.lower() not in _REFLEXIVES] or words[:at]
    if any(w.lower() == "to" for w in speaker) or (speaker[0].islower() and is_inflected_verb(speaker[0])):
        return None  # "what did X want Y to tell …": a wish; "what did placing troops signal": no speaker
    # "the woman walking her dogs": the speaker ends before a participle describing her.
    cut = next((k for k, w in enumerate(speaker[1:], start=1) if w.endswith("ing") and is_inflected_verb(w)), None)
    phrase = " ".join(speaker[:cut])
    heads = tuple(h for h in map(_head, _CONJUNCTS.split(phrase)) if h)
    if not heads or any(h.lower() in _PRONOUNS or not _speaks(h) for h in heads):
        return None
    kinds = len(heads) == 1 and heads[0].islower()
    names = (
        tuple(re.sub(r"['’]s?$", "", w) for w in _AFTER_HEAD.split(phrase)[0].split() if not w.islower())
        if kinds
        else ()
    )
    return SaidWhat(heads, _qualifiers(words[at + 1 :]), names)


def _when(topic: str) -> bool:
    """Whether a topic read by ``said_about`` is only a time ("Tuesday", "Monday night")."""
    words = [w.lower() for w in re.findall(r"[\w'’-]+", topic) if w.lower() not in _NOT_QUALIFIERS]
    return bool(words) and all("time" in domains(w, "noun") for w in words)


def _qualifiers(rest: list[str]) -> tuple[str, ...]:
    """The heads of the phrases a preposition after the saying verb opens ("in reply", "call" of
    "during a phone call") and a name spoken to right after it ("tell Putin"); not those spoken
    to ("to reporters", "to the nation": a person or group), a time ("at night", "on Monday":
    the date rules read those) nor what follows "say" as its object or clause ("say he is
    willing to …": words of the answer, not of the saying)."""
    found: list[str] = []
    alone = len(rest) == 1 or (len(rest) > 1 and rest[1].lower() in _PREPOSITIONS)
    if rest and alone and not rest[0].islower() and rest[0].lower() not in _NOT_QUALIFIERS:
        found.append(rest[0])  # "tell Putin", not "say Russia's moves look like …"
    phrases: list[tuple[str, list[str]]] = []
    for word in rest:
        if word.lower() in _PREPOSITIONS:
            phrases.append((word.lower(), []))
        elif phrases:
            phrases[-1][1].append(word)
    for preposition, phrase in phrases:
        if preposition == "to" and phrase and phrase[0].islower() and phrase[0] in base_forms(phrase[0], "verb"):
            continue  # "to do …": an infinitive, no phrase of the saying
        head = _phrase_head(phrase)
        if head and not (domains(head.lower(), "noun") & _NOT_WHAT) and head not in found:
            found.append(head)
    return tuple(found)


def _phrase_head(phrase: list[str]) -> str:
    """The last noun or name of a phrase after its determiners and modifiers: "call" of "their
    most recent phone call", "Putin"."""
    for word in reversed(phrase):
        written = re.fullmatch(r"[\w'’-]+", word) and word.lower() not in _NOT_QUALIFIERS
        if written and (not word.islower() or domains(word.lower(), "noun")):
            return word
    return ""


def says_in(words: list[str]) -> list[int]:
    """Where in ``words`` a verb of saying stands (lowercase, inflected: "said", "acknowledged",
    "told"; or "according to"): what a passage must write to report someone speaking."""
    said = [
        k for k, w in enumerate(words) if w.islower() and is_inflected_verb(w) and _reports(w, words[k + 1 : k + 2])
    ]
    # "according to the official": the one named after it spoke
    return said + [k for k, w in enumerate(words[:-1]) if w.lower() == "according" and words[k + 1].lower() == "to"]


def answers_in(words: list[str]) -> list[int]:
    """Where in ``words`` a verb of judging takes words said for object ("accusations Kyiv has
    rejected", "accepted the offer"): a reply to a saying, itself the subject's saying, though
    WordNet files "reject" with verbs of thinking rather than of saying."""
    found = []
    for k, word in enumerate(words):
        if not (word.islower() and is_inflected_verb(word)) or "cognition" not in domains(word, "verb"):
            continue
        after = [w for w in words[k + 1 : k + 4] if w.lower() not in _DETERMINERS][:1]
        before = words[max(0, k - 4) : k - 1]  # "accusations Kyiv has rejected": before the subject
        if any(w.islower() and domain(w, "noun") == "communication" for w in after + before):
            found.append(k)
    return found


def _reports(verb: str, after: list[str]) -> bool:
    """Whether an inflected verb reports words: one of saying or thinking ("said", "warned"),
    writing ("wrote"), or any verb opening a "that" clause ("the court held that …"); an "-ing"
    form only as a way to say or write ("stating", not "keep Putin guessing")."""
    if after and after[0].lower() == "that":
        return True
    if verb.endswith("ing"):
        return any(is_way_to(verb, v) for v in _WRITTEN)
    return _says(verb) or is_way_to(verb, "write")


def role_speaks(words: list[str], verb: int) -> bool:
    """Whether the verb of saying at ``verb`` has a role for subject ("the defence minister
    acknowledged"): someone named elsewhere in the article, who may be the one asked of by name."""
    before = [w.lower() for w in words[max(0, verb - 3) : verb]]
    return bool(before) and "the" in before and domain(before[-1], "noun") == "person"


# Words opening another clause between a name and a verb of saying: "Putin will back away from
# what Biden has said" is Biden's saying, not Putin's.
_CLAUSE_OPENERS = frozenset("what that which whom whose when where while and but or from if because as".split())


def speaks_at(words: list[str], name: int, verb: int) -> bool:
    """Whether the name at ``name`` is the one saying at ``verb``: written before it in the same
    clause ("Defence Minister Oleksii Reznikov said", "Biden himself has said"), or after
    "according to"."""
    if words[verb].lower() == "according":
        return verb + 1 < name <= verb + 8
    return name < verb and _CLAUSE_OPENERS.isdisjoint(w.lower() for w in words[name + 1 : verb])


def after_preposition(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` follows a preposition ("in Kyiv"): no subject there."""
    return at > 0 and words[at - 1].lower() in _PREPOSITIONS


def pronoun_at(words: list[str], verb: int) -> bool:
    """Whether the verb of saying at ``verb`` has a pronoun for subject ("he said", "it also
    said"): the one named before it, in the sentence or the one before, speaks."""
    return any(w.lower() in {"he", "she", "it", "they"} for w in words[max(0, verb - 2) : verb])


_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


def weekdays(text: str) -> frozenset[str]:
    """The days of the week ``text`` names, lowercase ("what did X say on Tuesday?": "tuesday")."""
    return frozenset(m.lower() for m in _WEEKDAY.findall(text))


# "when the next shipment will arrive": an indirect question's wh-word, subject and auxiliary
_EMBEDDED = re.compile(
    r"^\W*(?P<wh>when|where|how\s+(?:many|much|long))\s+(?P<subject>.+?)\s+(?P<aux>will|would|is|are|was|were)\s+"
    r"(?P<rest>[^?]+?)\W*$",
    re.IGNORECASE,
)


def embedded_question(topic: str) -> str:
    """The direct question an indirect one asked of a saying stands for ("did X say when the next
    shipment will arrive?": "when will the next shipment arrive?"), "" for another topic."""
    match = _EMBEDDED.match(topic)
    if match is None:
        return ""
    return f"{match['wh']} {match['aux']} {match['subject']} {match['rest']}?"
