"""Render engine results as Telegram HTML messages: escaped, bolded, within limits.

Everything here is pure text in, text out, so it is tested without Telegram.
Telegram counts message length in UTF-16 code units after parsing; we measure the
HTML source itself, which is never shorter, so what we send always fits.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from bot.engine import Answer, ArticleMeta, Kind, Passage, PassageContext
from bot.ingest.public_url import public_url, public_urls
from bot.telegram.i18n import ENGLISH_WORDS, N_, Translator

MAX_MESSAGE = 4096
MAX_CALLBACK_DATA = 64
_TITLE_LIMIT = 80  # a title a phone shows on one or two lines; the link leads to the rest
_OUTLETS_LIMIT = 120  # "Also reported by …": a line or two on a phone
RELATED_HEADING = N_("Closest passages (not an answer):")


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, marked with …"""
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 1)]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def _word_spans(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    if not words:
        return []
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return [m.span() for m in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text)]


def marked(text: str, bold: Sequence[tuple[int, int]] = (), underline: Sequence[tuple[int, int]] = ()) -> str:
    """``text`` escaped for HTML, with the ``bold`` and ``underline`` character spans tagged.

    Each run of equally styled characters gets its own complete tags (``<u><b>…</b></u>``),
    so overlapping spans still nest the way Telegram requires.
    """
    cuts = sorted({0, len(text), *(i for span in (*bold, *underline) for i in span if 0 <= i <= len(text))})
    pieces = []
    for start, end in pairwise(cuts):
        piece = escape(text[start:end])
        if any(a <= start and end <= b for a, b in bold):
            piece = f"<b>{piece}</b>"
        if any(a <= start and end <= b for a, b in underline):
            piece = f"<u>{piece}</u>"
        pieces.append(piece)
    return "".join(pieces)


def highlight(text: str, words: Sequence[str], answer: Sequence[tuple[int, int]] = ()) -> str:
    """``text`` escaped for HTML: whole-word occurrences of ``words`` in bold, ``answer`` spans underlined."""
    return marked(text, _word_spans(text, words), answer)


def crop_around(text: str, words: Sequence[str], limit: int) -> str:
    """About ``limit`` characters of ``text`` around its first matched word, cut at word boundaries with …"""
    if len(text) <= limit:
        return text
    spans = _word_spans(text, words)
    focus = spans[0][0] if spans else 0
    start = max(0, min(focus - limit // 3, len(text) - limit))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < focus else start
    end = start + limit - 2
    cropped = text[start:]
    if end < len(text):
        cut = text.rfind(" ", start, end)
        cropped = text[start : cut if cut > focus else end].rstrip() + "…"
    return ("…" if start > 0 else "") + cropped


def title_html(passage: Passage | ArticleMeta) -> str:
    """The article's title in italics, a link to the article when it has a URL, and its outlet."""
    title = f"<i>{escape(shorten(passage.title, _TITLE_LIMIT))}</i>"
    if passage.url:  # an article added before addresses were made public may still carry a key
        title = f'<a href="{html.escape(public_url(passage.url), quote=True)}">{title}</a>'
    return title + (f" · {escape(shorten(passage.outlet, 60))}" if passage.outlet else "")


def format_passage(
    passage: Passage, rank: int | None = None, limit: int = 1000, titled: bool = True, tr: Translator = ENGLISH_WORDS
) -> str:
    """One passage: rank, date, linked title (unless ``titled`` is off: the reply names its one article
    once); the sentence before when needed; the text, answer marked."""
    number = f"<b>{rank}.</b> " if rank is not None else ""
    lines = [f"{number}📅 {passage.date.isoformat()} · {title_html(passage)}"] if titled else []
    if passage.context:
        context = shorten(passage.context, limit // 2)
        kept_before = len(context) if context == passage.context else len(context) - 1
        before = [(a, b) for a, b in passage.context_spans if b <= kept_before]
        lines.append(f"<i>… {highlight(context, (), before)}</i>")
    text = shorten(passage.text, limit)
    kept = len(text) if text == passage.text else len(text) - 1  # without the added …
    answer = [(a, b) for a, b in passage.answer_spans if b <= kept]
    lines.append(highlight(text, passage.matched_words, answer))
    if passage.following:
        lines.append(f"<i>{escape(shorten(passage.following, limit // 2))} …</i>")
    if passage.also_reported_by:
        lines.append(f"<i>{escape(also_reported(passage.also_reported_by, tr))}</i>")
    if not titled:
        lines[0] = number + lines[0]
    return "\n".join(lines)


def also_reported(outlets: Sequence[str], tr: Translator = ENGLISH_WORDS) -> str:
    """ "Also reported by Reuters, BBC": the other outlets of a near-identical passage, short.
    An article that names no outlet is counted, never named by its file name."""
    named = [o for o in outlets if not o.lower().endswith(".txt")]
    unnamed = len(outlets) - len(named)
    others = ""
    if unnamed:
        other = N_("{count} other article") if unnamed == 1 else N_("{count} other articles")
        others = tr.format(other, count=unnamed)
    listed = ", ".join(named)
    if others:
        listed = tr.format(N_("{outlets} and {others}"), outlets=listed, others=others) if listed else others
    return shorten(tr.format(N_("Also reported by {outlets}"), outlets=listed), _OUTLETS_LIMIT)


def article_heading(passage: Passage | ArticleMeta) -> str:
    """The lines naming the one article a reply quotes: title (linked) and outlet, then the date."""
    return f"📰 {title_html(passage)}\n📅 {passage.date.isoformat()}"


def format_answer(
    passages: Sequence[Passage], first_rank: int = 1, limit: int | None = None, tr: Translator = ENGLISH_WORDS
) -> str:
    """The reply to a question: its passages, numbered from ``first_rank``, each cut to ``limit``.

    Passages of one article name it once, above them, rather than once each.
    """
    if not passages:
        return no_answer(tr)
    if limit is None:
        return _fitted(lambda limit: format_answer(passages, first_rank, limit, tr))
    if len({(p.source, p.digest) for p in passages}) == 1:
        quoted = [format_passage(p, first_rank + i, limit, titled=False, tr=tr) for i, p in enumerate(passages)]
        return "\n\n".join([article_heading(passages[0]), *quoted])
    return "\n\n".join(format_passage(p, first_rank + i, limit, tr=tr) for i, p in enumerate(passages))


def format_reply(answer: Answer, first_rank: int = 1, tr: Translator = ENGLISH_WORDS) -> str:
    """Any answer of the engine as a message in ``tr``'s language: passages, summaries, metadata or small talk."""
    heading = f"<i>{escape(tr.say(answer.heading))}</i>\n\n" if answer.heading else ""
    if answer.kind is Kind.PASSAGES:
        if not answer.passages:
            return _fitted(lambda limit: heading + refusal(answer, limit, tr))
        return _fitted(lambda limit: heading + format_answer(answer.passages, first_rank, limit, tr))
    if answer.kind is Kind.SUMMARY and answer.passages:
        return _fitted(lambda limit: heading + format_summaries(answer.passages, limit))
    # Metadata answers name an article's link ("… comes from https://…"): shown without its keys too.
    return _fitted(lambda limit: escape(shorten(public_urls(tr.say(answer.text)), limit * 4)))


def format_summaries(passages: Sequence[Passage], limit: int = 1000) -> str:
    """Summary sentences grouped by article: title and date, then the sentences as bullets."""
    blocks: list[list[str]] = []
    source = None
    for passage in passages:
        if passage.source != source:
            source = passage.source
            blocks.append([f"📰 {title_html(passage)}\n📅 {passage.date.isoformat()}"])
        blocks[-1].append(f"• {escape(shorten(passage.text, limit))}")
    return "\n\n".join("\n".join(block) for block in blocks)


def _fitted(render: Callable[[int], str]) -> str:
    """``render(limit)`` with passages cut to ``limit`` characters, halved until it fits a message."""
    limit = 1000
    while True:
        text = render(limit)
        # Measured on the HTML, never shorter than what Telegram counts; links to very long
        # URLs may keep it over, but at the smallest limit the visible text always fits.
        if telegram_length(text) <= MAX_MESSAGE or limit <= 50:
            return text
        limit //= 2


def refusal(answer: Answer, limit: int = 1000, tr: Translator = ENGLISH_WORDS) -> str:
    """A question no passage answers: what the articles do not give, the usual advice, and
    the closest passages offered as such, never as the answer."""
    reason = f"{escape(tr.say(answer.refusal))}\n" if answer.refusal else ""
    if not answer.related:
        return reason + no_answer(tr)
    related = format_answer(answer.related, 1, limit, tr)
    return f"{reason}{no_answer(tr)}\n\n<b>{tr.gettext(RELATED_HEADING)}</b>\n\n{related}"


NO_ANSWER = N_(
    "I found nothing about that in the articles. "
    "Try other words — a name, a place or a number from the news — or see /sources."
)


def no_answer(tr: Translator = ENGLISH_WORDS) -> str:
    return tr.gettext(NO_ANSWER)


def question_digest(question: str) -> str:
    """A short fingerprint of a question, so a button can check it still belongs to it."""
    return hashlib.sha256(question.encode("utf-8")).hexdigest()[:12]


def page_callback_data(offset: int, question: str) -> str:
    data = f"page:{offset}:{question_digest(question)}"
    assert len(data.encode()) <= MAX_CALLBACK_DATA
    return data


def parse_page_callback_data(data: str) -> tuple[int, str] | None:
    """``(offset, digest)`` of a page button, or ``None`` if ``data`` is not one."""
    match = re.fullmatch(r"page:(\d{1,6}):([0-9a-f]{12})", data)
    return (int(match[1]), match[2]) if match else None


def context_callback_data(passage: Passage) -> str:
    """A context button's data: the article's content digest and the passage's sentence number."""
    data = f"ctx:{passage.digest}:{passage.position}"
    assert len(data.encode()) <= MAX_CALLBACK_DATA
    return data


def parse_context_callback_data(data: str) -> tuple[str, int] | None:
    """``(article digest, sentence number)`` of a context button, or ``None`` if ``data`` is not one."""
    match = re.fullmatch(r"ctx:([0-9a-f]{16}):(\d{1,9})", data)
    return (match[1], int(match[2])) if match else None


def format_context(found: PassageContext, rank: int | None = None, tr: Translator = ENGLISH_WORDS) -> str:
    """The paragraph around a passage, the passage in bold, cropped to fit one message."""
    said = (
        tr.format(N_("Passage {rank} in context"), rank=rank)
        if rank is not None
        else tr.gettext(N_("Passage in context"))
    )
    header = f"📖 <b>{said}</b>\n📅 {found.source.date.isoformat()} · {title_html(found.source)}"
    paragraph, start, end = found.paragraph, found.start, found.end
    budget = MAX_MESSAGE - telegram_length(header) - 100
    if telegram_length(paragraph) > budget:  # keep the passage, trim what surrounds it evenly
        room = max(budget - (end - start), 0) // 2
        left, right = max(start - room, 0), min(end + room, len(paragraph))
        prefix, suffix = ("…" if left else ""), ("…" if right < len(paragraph) else "")
        paragraph = prefix + paragraph[left:right] + suffix
        start, end = start - left + len(prefix), end - left + len(prefix)
        if telegram_length(paragraph) > budget:  # the passage alone is too long: show its start
            paragraph = shorten(found.paragraph[found.start : found.end], budget)
            start, end = 0, len(paragraph)
    return f"{header}\n<blockquote>{marked(paragraph, [(start, end)])}</blockquote>"


def article_changed(tr: Translator = ENGLISH_WORDS) -> str:
    """Said (in an alert of at most 200 characters) when a context button's article changed."""
    return tr.gettext(
        N_(
            "This article has changed since this answer was given, so I can't show the passage in context. "
            "Please ask again."
        )
    )


MORE_LINES = N_("… and {} more")


def fit_lines(header: str, lines: Sequence[str], more: str = MORE_LINES) -> str:
    """``header`` and as many ``lines`` as fit in one message, saying how many did not."""
    text = header
    for shown, line in enumerate(lines):
        rest = len(lines) - shown
        candidate = f"{text}\n{line}"
        if telegram_length(candidate) + len(more) + 10 > MAX_MESSAGE and rest > 0:
            return f"{text}\n{more.format(rest)}"
        text = candidate
    return text
