"""The one answer function every face calls: ``python -m bot ask``, the bot's chats, /ask,
groups and inline mode.

``answer(index, question)`` decides what kind of question it is (``bot.engine.intent``),
which article dates it is about (``bot.engine.timeframe`` and ``since``/``until``), and
answers with passages, an extractive summary, the articles' metadata or a friendly
word, always with the reply as plain text beside the structured result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.engine.intent import Intent, Kind
from bot.engine.messages import joined, say
from bot.engine.question import Question
from bot.engine.search import ArticleMeta, Passage, Searcher
from bot.engine.summary import SUMMARY_SENTENCES, summarize
from bot.engine.timeframe import TimeFrame

ARTICLES_PER_PAGE = 10
LATEST_ARTICLES = 3  # articles per page of a "latest" or time-range summary
NO_PASSAGE = say("No passage in the corpus answers this. Try other words — a name, a place or a number from the news.")


@dataclass(frozen=True)
class ArticleInfo:
    """What the archive knows about an article: its metadata, not its text."""

    title: str
    date: dt.date
    source: str  # the article's file name

    def as_json(self) -> dict[str, str]:
        return {"title": self.title, "date": self.date.isoformat(), "source": self.source}


@dataclass(frozen=True)
class Answer:
    question: str
    kind: Kind
    text: str  # the whole reply as plain text
    passages: list[Passage] = field(default_factory=list)  # passages, or summary sentences
    articles: list[ArticleInfo] = field(default_factory=list)  # metadata answers
    heading: str = ""  # the line above the passages or summaries: the dates used, or "Newest first"
    dates: str = ""  # which article dates the answer used ("2022-02-01 to 2022-02-28"); "" if all
    more: bool = False  # a further page exists (``offset`` + this page's size)
    page_size: int = 0  # passages or articles in a full page of this answer
    related: list[Passage] = field(default_factory=list)  # closest passages beside a refusal, not an answer
    refusal: str = ""  # what the articles do not give, on a refusal ("The articles don't give a number of tanks.")


def answer(
    index: Searcher,
    question: str,
    top: int = 3,
    offset: int = 0,
    since: dt.date | None = None,
    until: dt.date | None = None,
    language_hint: str | None = None,
) -> Answer:
    """Answer ``question``; ``top`` passages (or summary sentences) per page, after ``offset``.

    ``since``/``until`` restrict the article dates, as "since February" in the question does.
    ``language_hint`` (the asker's language tag, e.g. Telegram's ``language_code``) settles the
    question's language when its text cannot (``Question.language``).
    """
    question = " ".join(question.split())
    if not index.sources or not question:
        return Answer(question, Kind.PASSAGES, NO_PASSAGE)
    # Called only for relative times; the index remembers it (a scan of every article's date otherwise).
    newest = lambda: index.newest() or max(s.date for s in index.sources)  # noqa: E731
    read = Question.ask(question, newest, language_hint, index.sole_language())  # read once, passed down
    asked, intent = read.frame, read.intent
    assert intent is not None  # Question.ask always reads the intent
    given = TimeFrame(since, until) if since or until else None
    frame = asked.intersect(given) if asked else given
    if intent.kind is Kind.CHAT:
        return Answer(question, Kind.CHAT, chat_reply(index, intent.asks))
    if frame is None and intent.kind is Kind.PASSAGES:  # most questions: nothing about dates to work out
        return _passages(index, read.searching(intent.topic), None, top, offset, question=question)
    articles = _articles_in(index, frame)
    # Time words that narrow nothing ("since 2005" in an archive of 2020, "the last week of
    # the season" in an archive of one day) describe the event, not the article: search them.
    as_words = intent.as_words if asked is not None and not _narrows(index, asked) else None
    if frame is not None and frame.restricts and not articles:
        if _may_date_the_event(intent, asked) and given is None:
            # "in 1973", "until 2000" may date the event, not the article: passages that mention it.
            words = as_words.topic if as_words and as_words.kind is Kind.PASSAGES else question
            note = _nothing_from(index, frame)
            return _passages(index, read.searching(words), None, top, offset, question=question, note=note)
        nothing = _nothing_from(index, frame)
        return Answer(question, intent.kind, nothing, heading=nothing, dates=frame.dates())
    if intent.kind is Kind.ARTICLES:
        return _metadata(index, question, intent, frame, articles, offset)
    if intent.kind is Kind.SUMMARY:
        return _summary(index, question, intent, frame, articles, top, offset)
    words = as_words.topic if as_words and as_words.kind is Kind.PASSAGES else intent.topic
    asking = read.searching(words)
    return _passages(index, asking, frame, top, offset, question=question, articles=articles, loose=given is None)


def _may_date_the_event(intent: Intent, asked: TimeFrame | None) -> bool:
    """Whether the question's calendar dates may be the event's: a passage question, or
    "what happened in 2014?" (a named period; "before 2022" is no event of its own)."""
    if asked is None or not asked.absolute:
        return False
    named_period = asked.since is not None and asked.until is not None
    return intent.kind is Kind.PASSAGES or (intent.kind is Kind.SUMMARY and named_period)


def _narrows(index: Searcher, frame: TimeFrame) -> bool:
    """Whether ``frame`` leaves out an article, or orders articles of different dates."""
    if frame.newest_first:
        return len({s.date for s in index.sources}) > 1
    return not all(frame.contains(s.date) for s in index.sources)


def chat_reply(index: Searcher, asks: str) -> str:
    """A short friendly reply to small talk, with one question the archive answers."""
    examples = example_questions(index, 1)
    example = say("Try for example: “{question}”", question=examples[0]) if examples else ""
    what = say("I answer questions about {archive}", archive=_archive(index))
    reply = {
        "greeting": say("Hello! {what}.", what=what),
        "thanks": say("You're welcome! Ask me anything else about the news."),
        "bye": say("Goodbye! Come back with any question about the news."),
    }.get(asks) or say(
        "I'm a news bot: {what}. Ask what they report and I reply with the best-matching sentences "
        "and their dates; ask for a summary or the latest news, or when an article was published.",
        what=what,
    )
    return joined(" ", [reply, example] if example else [reply])


def example_questions(index: Searcher, count: int = 3) -> list[str]:
    """Questions the corpus answers, about the names it mentions most."""
    return [say("What about {name}?", name=name) for name in index.frequent_names(count)]


def _archive(index: Searcher) -> str:
    """The archive in a phrase, e.g. "3 news articles from 2022-01-25 to 2022-03-01"."""
    count = len(index.sources)
    if count == 1:
        return say("{count} news article {span}", count=count, span=_span(index))
    return say("{count} news articles {span}", count=count, span=_span(index))


def _span(index: Searcher) -> str:
    first, last = min(s.date for s in index.sources), max(s.date for s in index.sources)
    if last == first:
        return say("from {first}", first=first.isoformat())
    return say("from {first} to {last}", first=first.isoformat(), last=last.isoformat())


def _nothing_from(index: Searcher, frame: TimeFrame) -> str:
    return say(
        "No article is dated {scope}: the archive holds {archive}.", scope=frame.scope(), archive=_archive(index)
    )


def _articles_in(index: Searcher, frame: TimeFrame | None) -> list[int]:
    """Article numbers within ``frame``, newest first (the later file first on equal dates)."""
    numbers: Sequence[int] = range(len(index.sources))
    if frame is not None and frame.restricts:
        numbers = [a for a in numbers if frame.contains(index.sources[a].date)]
    return sorted(numbers, key=lambda a: (index.sources[a].date, a), reverse=True)


def _restriction(index: Searcher, frame: TimeFrame | None, articles: list[int]) -> list[int] | None:
    """The article numbers to search, or None for all of them."""
    return articles if frame is not None and frame.restricts and len(articles) < len(index.sources) else None


def _heading(index: Searcher, frame: TimeFrame | None, prefer: tuple[dt.date, dt.date] | None = None) -> str:
    """The line above passages or summaries that says which dates they come from."""
    if frame is None:
        return ""
    if prefer is not None:
        if frame.relative:
            return say("Preferring articles dated {scope}; older ones where they answer better", scope=frame.scope())
        return say(
            "Preferring the newest articles ({dates}); older ones where they answer better", dates=_dates(prefer)
        )
    if frame.restricts:
        return say("Articles dated {scope}", scope=frame.scope())
    return say("Newest first") if _narrows(index, frame) else ""


def _passages(
    index: Searcher,
    asked: Question,
    frame: TimeFrame | None,
    top: int,
    offset: int,
    question: str | None = None,
    articles: list[int] | None = None,
    note: str | None = None,
    loose: bool = False,
) -> Answer:
    """Passages for ``asked`` (its ``text``: the words searched for); ``loose``: the question's
    own calendar dates, which may date the event, so all dates are searched when their
    articles hold nothing."""
    search_text = asked.text
    question = question or search_text
    refusal = ""
    newest = index.newest()
    prefer = frame.preferred(newest) if frame is not None and newest is not None else None
    restrict = None if prefer else _restriction(index, frame, articles or [])
    found = index.search(asked, top=top, offset=offset, articles=restrict, prefer=prefer, probe=1)
    if not found and restrict is not None and frame is not None and frame.absolute and loose:
        # "during November" may date the event rather than the article: nothing from then, so all dates.
        found = index.search(asked, top=top, offset=offset, probe=1)
        note = note or say("Nothing in the articles dated {scope}.", scope=frame.scope())
    passages, more = found[:top], len(found) > top
    heading = note if note is not None else _heading(index, frame, prefer)
    if passages:
        heading = joined(" ", [note, say("Passages from all dates")]) if note else heading
        text = _passage_lines(passages, offset + 1, heading)
    elif note is None and frame is not None and frame.restricts and prefer is None:
        nothing = say("Nothing about that in the articles dated {scope}.", scope=frame.scope())
        text = joined("\n", [nothing, NO_PASSAGE])
    else:
        refusal = index.refusal(search_text)
        text = "\n".join(x for x in (heading, " ".join(x for x in (refusal, NO_PASSAGE) if x)) if x)
    dates = _dates(prefer) if prefer else frame.dates() if frame else ""
    related = [] if passages or offset else index.related(asked, top, restrict)
    return Answer(question, Kind.PASSAGES, text, passages, [], heading, dates, more, top, related, refusal)


def _dates(period: tuple[dt.date, dt.date]) -> str:
    first, last = period
    return (
        first.isoformat()
        if first == last
        else say("{since} to {until}", since=first.isoformat(), until=last.isoformat())
    )


def passage_lines(passages: list[Passage], first_rank: int, heading: str) -> str:
    """Passages as plain text, numbered from ``first_rank``, under ``heading``."""
    return _passage_lines(passages, first_rank, heading)


def _passage_lines(passages: list[Passage], first_rank: int, heading: str) -> str:
    lines = [f"{heading}:"] if heading else []
    for rank, passage in enumerate(passages, first_rank):
        lines.append(f"{rank}. [{passage.date.isoformat()}] {passage.title}")
        if passage.url:
            lines.append(f"   {passage.url}")
        if passage.context:
            lines.append(f"   … {passage.context}")
        lines.append(f"   {passage.text}")
        if passage.following:
            lines.append(f"   {passage.following} …")
        if passage.also_reported_by:
            lines.append(f"   (also reported by {', '.join(passage.also_reported_by)})")
    return "\n".join(lines)


def _pick_articles(index: Searcher, topic: str, articles: list[int], restrict: list[int] | None) -> list[int]:
    """The articles ``topic`` points to, best first; all of ``articles`` when there is no topic."""
    if not topic.strip():
        return articles
    best = index.search(topic, top=20, articles=restrict, recent=False)  # the article named, not the newest
    by_source = {s.name: a for a, s in enumerate(index.sources)}
    return list(dict.fromkeys(by_source[p.source] for p in best))


def _summary(
    index: Searcher,
    question: str,
    intent: Intent,
    frame: TimeFrame | None,
    articles: list[int],
    sentences: int,
    offset: int,
) -> Answer:
    chosen = _pick_articles(index, intent.topic, articles, _restriction(index, frame, articles))
    if frame is not None and frame.newest_first:
        chosen.sort(key=lambda a: index.sources[a].date, reverse=True)  # stable: best first within a date
    dates = frame.dates() if frame else ""
    if not chosen:
        none = say("No article dated {scope} is about that.", scope=frame.scope()) if frame and frame.restricts else ""
        text = joined(" ", [none or say("No article is about that."), NO_PASSAGE])
        return Answer(question, Kind.SUMMARY, text, dates=dates)
    # One article when one is asked about; the newest few for "latest" or a stretch of time.
    per_page = 1 if intent.topic or frame is None else LATEST_ARTICLES
    page = chosen[offset : offset + per_page]
    passages = [p for a in page for p in summarize(index, a, sentences or SUMMARY_SENTENCES)]
    heading = _heading(index, frame)
    blocks = [heading + ":"] if heading else []
    for article in page:
        source = index.sources[article]
        lines = [f"{source.title} ({source.date.isoformat()})"]
        lines += [f"• {p.text}" for p in passages if p.source == source.name]
        blocks.append("\n".join(lines))
    more = len(chosen) > offset + per_page
    return Answer(question, Kind.SUMMARY, "\n\n".join(blocks), passages, [], heading, dates, more, per_page)


def _metadata(
    index: Searcher, question: str, intent: Intent, frame: TimeFrame | None, articles: list[int], offset: int
) -> Answer:
    dates = frame.dates() if frame else ""
    if intent.topic.strip() and intent.asks != "list":
        articles = _pick_articles(index, intent.topic, articles, _restriction(index, frame, articles))[:1]
        if not articles:
            none = joined(" ", [say("No article is about that."), NO_PASSAGE])
            return Answer(question, Kind.ARTICLES, none, dates=dates)
    page = articles[offset : offset + ARTICLES_PER_PAGE]
    infos = [ArticleInfo(index.sources[a].title, index.sources[a].date, index.sources[a].name) for a in page]
    more = len(articles) > offset + ARTICLES_PER_PAGE
    if len(articles) == 1 and intent.asks != "list":
        text = _about_one(intent.asks, infos[0], index.sources[page[0]])
    else:
        # "When was it published?" of several articles: each one's date (and author, source).
        count = say("{count} article", count=1) if len(articles) == 1 else say("{count} articles", count=len(articles))
        scope = (
            say(" dated {scope}", scope=frame.scope())
            if frame and frame.restricts
            else joined("", [" (", _span(index), ")"])
        )
        details = [_details(intent.asks, index.sources[a]) for a in page]
        missing = {"author": say(" — none names an author"), "source": say(" — none names an outlet or link")}
        lack = missing.get(intent.asks, "") if not any(details) else ""
        lines = [say("{count}{scope}, newest first{lack}:", count=count, scope=scope, lack=lack)]
        lines += [joined("", [f"• {i.date.isoformat()} · {i.title}", d]) for i, d in zip(infos, details, strict=True)]
        text = joined("\n", lines)
    return Answer(question, Kind.ARTICLES, text, articles=infos, dates=dates, more=more, page_size=ARTICLES_PER_PAGE)


def _origin(source: ArticleMeta) -> str:
    """The outlet and link an article file gives (``source:``, ``url:``), if any."""
    return ", ".join(x for x in (source.outlet, source.url) if x)


def _details(asks: str, source: ArticleMeta) -> str:
    if asks == "author" and source.author:
        return say(" — by {author}", author=source.author)
    if asks == "source" and _origin(source):
        return f" — {_origin(source)}"
    return ""


def _about_one(asks: str, info: ArticleInfo, source: ArticleMeta) -> str:
    named = f"“{info.title}”"
    day = info.date.isoformat()
    if asks == "author":
        if source.author:
            return say("{named} ({day}) was written by {author}.", named=named, day=day, author=source.author)
        return say("{named} ({day}) names no author.", named=named, day=day)
    if asks == "source":
        if _origin(source):
            return say("{named} ({day}) comes from {origin}.", named=named, day=day, origin=_origin(source))
        return say("{named} ({day}) names no outlet or link.", named=named, day=day)
    if asks == "title":
        return say("The article of {day} is titled {named}.", day=day, named=named)
    return say("{named} was published on {day}.", named=named, day=day)
