"""The words a yes/no question adds to its subject: what its act or state is about.

"Has Ukraine declared martial law?", "Did Putin and Biden speak on the phone?", "Have there been
anti-war protests in Moscow?": a yes/no question states that its subject did or is something,
and the nouns after its verb (the act's object, a place or an instrument it is done with, the
complement of "be") are what makes the claim the one asked. A passage writing none of them
(itself, a relative, a narrower kind) says nothing of that claim, neither yes nor no. English
questions; the words read here are grammar (auxiliaries, "there", "to"), no word list. Read only where
the subject ends with a name ("Ukraine", "the State Department") or is "there": a subject that
is a thing of the article's ("the negotiations") is its own event, and what the question adds of
it is more often a reader's paraphrase of what the article says.
Rule ``yes_no_complement`` of docs/ranking-news.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from bot.engine.analysis.stopwords import STOP_WORDS
from bot.engine.stated_names import YES_NO

_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")
_END = re.compile(r"[?!;]")  # a question's end (a full stop may close an abbreviation: "U.S.")
_BE = frozenset({"is", "are", "was", "were", "am"})
_HAVE = frozenset({"has", "have", "had"})
_BE_HAVE = _BE | _HAVE
_EXISTENTIAL = frozenset({"there"})  # "Have there been protests …?": no subject, the rest is the claim
_INFINITIVE = frozenset({"to"})


@dataclass(frozen=True)
class Claimed:
    """What a yes/no question claims of its subject: its verbs (the main one, an infinitive, a
    participle after it: "declared", "withdraw") and its nouns after the verb ("law", "cash"),
    with their modifiers ("martial")."""

    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    subject: tuple[str, ...] = ()  # the name the subject ends with ("State Department"); () for "there"
    # Each noun with its modifiers: ("martial", "law"), ("do-not-travel", "warning")
    phrases: tuple[tuple[str, ...], ...] = ()


def claimed(
    question: str,
    is_verb_form: Callable[[str, str], bool],
    is_head_noun: Callable[[str, str], bool],
    is_name: Callable[[str], bool],
    is_noun_first: Callable[[str], bool],
    is_modifier: Callable[[str], bool] | None = None,
) -> Claimed | None:
    """What a yes/no question claims of its subject (``Claimed``): ``is_verb_form`` (a word, the
    auxiliary) tells the verb the subject ends at, ``is_head_noun`` (a word, the word before it)
    a noun heading its phrase, ``is_modifier`` a word before a noun that counts with it. None for
    another question, or one whose verb (or, after "be", whose subject) is not found."""
    match = YES_NO.match(question)
    if match is None:
        return None
    auxiliary = question[: match.start("rest")].split()[0].lower().strip("'’")
    words = _WORD.findall(_END.split(question[match.start("rest") :])[0])
    at = _predicate_start(words, auxiliary, is_verb_form, is_noun_first)
    if at is None:
        return None
    existential = words[0].lower() in _EXISTENTIAL  # "there been": no act
    acted = not existential and words[at - 1].islower() and is_verb_form(words[at - 1].lower(), auxiliary)
    ends = at - 1 if acted else at  # after "be" with no participle, the subject ends the words read
    head = _POSSESSIVE.sub("", words[ends - 1]) if ends > 0 else ""  # the subject's last word
    if not existential and not (head[:1].isupper() or (head.isalpha() and is_name(head))):
        return None  # "Have the negotiations produced …?", "Did the … picture come …?": a thing of the article's
    verbs = [words[at - 1].lower()] if acted else []
    nouns: list[str] = []
    phrases: list[list[str]] = []
    pending: list[str] = []  # modifiers waiting for their noun
    for k in range(at, len(words)):
        bare = _POSSESSIVE.sub("", words[k])
        before = words[k - 1].lower() if k else ""
        if bare != words[k] or not bare.islower() or bare in STOP_WORDS:
            continue
        if not bare.isalpha():  # "do-not-travel", "anti-war": a modifier written as it is
            if all(p.isalpha() for p in bare.split("-")):
                pending.append(bare)
            continue
        if (before in _INFINITIVE or is_verb_form(bare, "is")) and not is_head_noun(bare, before):
            verbs.append(bare)  # "to withdraw", "rushing"
            pending = []
            continue
        if not _modifies(words, k, is_head_noun):
            if is_head_noun(bare, before):
                nouns.append(bare)
                phrases.append([*pending, bare])
            pending = []
        elif is_modifier is not None and is_modifier(bare):
            nouns.append(bare)  # "a peace deal": "peaceful" writes the claim too
            pending.append(bare)
    name: list[str] = []
    for word in reversed(words[:ends] if not existential else []):  # the name ending the subject
        bare = _POSSESSIVE.sub("", word)
        if not (bare[:1].isupper() or (not name and bare.isalpha() and is_name(bare))):
            break
        name.insert(0, bare)
    return Claimed(tuple(dict.fromkeys(verbs)), tuple(dict.fromkeys(nouns)), tuple(name), tuple(map(tuple, phrases)))


def _predicate_start(
    words: list[str], auxiliary: str, is_verb_form: Callable[[str, str], bool], is_noun_first: Callable[[str], bool]
) -> int | None:
    """Where the claim starts: after the verb ending the subject ("Did Ukrainian banks *see*"),
    after "there" and its "be", or for "be" with no participle after the subject's first noun."""
    if not words:
        return None
    if words[0].lower() in _EXISTENTIAL:
        return 2 if len(words) > 1 and words[1].lower() == "been" else 1
    for k, word in enumerate(words):
        # Of two verb forms in a row the first is the subject's noun: "the defence minister tell"
        if k and word.islower() and is_verb_form(word, auxiliary):
            after = words[k + 1].lower() if k + 1 < len(words) and words[k + 1].islower() else ""
            if not (
                auxiliary not in _BE_HAVE and after and is_verb_form(after, auxiliary) and not is_noun_first(after)
            ):
                return k + 1
    if auxiliary in _BE:  # "Are the russian drills nuclear exercises?": the subject is its first phrase
        return next((k + 1 for k in range(len(words) - 1) if _ends_phrase(words, k)), None)
    return None


def _ends_phrase(words: list[str], at: int) -> bool:
    """Whether a lowercase word heads the subject of "be": a content word whose next word starts
    the complement (a determiner, or any lowercase word after a plural: "drills nuclear")."""
    word, after = words[at], words[at + 1]
    if not word.isalpha() or word.lower() in STOP_WORDS:
        return False
    return after.lower() in {"a", "an", "the"} or (word.endswith("s") and after.islower())


def _modifies(words: list[str], at: int, is_head_noun: Callable[[str, str], bool]) -> bool:
    """Whether the noun at ``at`` modifies the next word, a noun ("export controls"): a singular
    word before a noun."""
    if at + 1 >= len(words):
        return False
    word, after = words[at], words[at + 1]
    return not word.endswith("s") and after.islower() and after not in STOP_WORDS and is_head_noun(after, word)


def writes_claimed(
    claim: Claimed,
    acting: Callable[[], Iterable[list[str]]],
    act_test: Callable[[str], Callable[[str], bool] | None],
    writes: Callable[[str], bool],
    verbs: bool = True,
    phrases: bool = False,
) -> bool:
    """Whether passages write what ``claim`` claims: one of its nouns or modifiers that ``writes``
    tells written; with ``phrases``, not where a phrase's noun is written but not its modifier
    ("nuclear drills" where only "drills" are) and no phrase is written whole. Else, with
    ``verbs``, one of its verbs (``act_test`` of it; None for a verb too general to tell) in one of
    the clauses ``acting`` gives (the words of each clause naming the subject)."""
    writes = cache(writes)  # a phrase's words are among the nouns too: each read once
    written = any(map(writes, claim.nouns))
    # The thing written but not which of it: "drills" for "nuclear drills", an "alert" for "a
    # do-not-travel warning"
    if written and phrases and not any(all(map(writes, phrase)) for phrase in claim.phrases):
        written = not any(len(phrase) > 1 and writes(phrase[-1]) for phrase in claim.phrases)
    if written or not verbs or not claim.verbs:
        return written
    clauses = list(acting())
    for verb in claim.verbs:
        is_told = act_test(verb)
        if is_told is not None and any(any(map(is_told, words)) for words in clauses):
            return True
    return False
