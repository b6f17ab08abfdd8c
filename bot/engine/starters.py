"""Questions a new reader can ask, made from the archive's own sentences and checked against it.

"100,000 troops" makes "How many troops?", "Kremlin spokesman Dmitry Peskov" makes "Who is the
Kremlin spokesman?", "Reznikov said" makes "What did Reznikov say?". A question is offered only
when the sentence it came from is its first answer; one of each kind first, newest articles first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.engine.messages import say
from bot.engine.search import Searcher

ARTICLES_READ = 5  # the newest articles questions are made from: /start stays fast on any archive
_QUANTITY = re.compile(r"\b\d[\d,]*(?:\.\d+)? (?P<noun>[a-z]{4,}s)\b")
_ROLE = re.compile(
    r"\b(?P<role>(?:[A-Z][a-z]+ ){0,2}(?:[Ss]pokes(?:man|woman|person)|[Mm]inister|[Ss]ecretary|[Cc]hancellor"
    r"|[Aa]mbassador|[Gg]overnor|[Mm]ayor|[Dd]irector|[Cc]ommander|[Cc]hief)) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)+)"
)
_SAID = re.compile(r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:said|told|warned)\b")


def _candidates(text: str) -> Iterator[tuple[str, str]]:
    """(kind, question) pairs a sentence answers."""
    for match in _QUANTITY.finditer(text):
        yield "quantity", f"How many {match['noun']}?"
    for match in _ROLE.finditer(text):
        yield "person", f"Who is the {match['role']}?"
    for match in _SAID.finditer(text):
        if match.start() > 0:  # a name, not a sentence's capitalised first word
            yield "said", f"What did {match['name']} say?"


def starter_questions(index: Searcher, count: int = 3) -> list[str]:
    """Up to ``count`` questions whose first answer is the sentence they were made from."""
    newest = sorted(range(len(index.sources)), key=lambda a: index.sources[a].date, reverse=True)[:ARTICLES_READ]
    by_kind: dict[str, list[str]] = {}
    for article in newest:
        for sentence in index.backend.sentences(list(index.article_sentences(article))):
            for kind, question in _candidates(sentence.text):
                if question in by_kind.get(kind, []):
                    continue
                found = index.search(question, top=1)
                if found and found[0].text == sentence.text:
                    by_kind.setdefault(kind, []).append(question)
    # One of each kind, then the second of each, and so on.
    rounds = max((len(q) for q in by_kind.values()), default=0)
    ordered = [qs[i] for i in range(rounds) for qs in by_kind.values() if i < len(qs)]
    return ordered[:count]


def archive_line(index: Searcher) -> str:
    """What the archive holds, in one line: "1 news article of 2022-01-25, about Ukraine, Russia and NATO"."""
    count = len(index.sources)
    if not count:
        return say("no news articles yet")
    first, last = min(s.date for s in index.sources), max(s.date for s in index.sources)
    if first == last:
        dates = say("of {day}", day=first.isoformat())
    else:
        dates = say("from {first} to {last}", first=first.isoformat(), last=last.isoformat())
    names = index.frequent_names(3)
    about: str = ""
    if len(names) > 1:
        about = say(", about {names} and {last}", names=", ".join(names[:-1]), last=names[-1])
    elif names:
        about = say(", about {name}", name=names[0])
    if count == 1:
        return say("{count} news article {dates}{about}", count=count, dates=dates, about=about)
    return say("{count} news articles {dates}{about}", count=count, dates=dates, about=about)
