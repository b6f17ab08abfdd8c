"""What the engine finds in a news archive, shown by the real bot process through the fake
Bot API: other outlets of the same sentence, the sentence after, and on a refusal why and
the closest passages."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from tests.support.bot_process import BotProcess, module_fake_bot_api, running_bot
from tests.support.chat import reply_to
from tests.support.fake_telegram import FakeBotApi, parse_html

SAME_SENTENCE = "The city council approved a new tram line to the harbour on Tuesday."
ARTICLES = {
    "010_tram_reuters.txt": f"""date 2022-03-01 title: Council backs harbour tram
source: Reuters

{SAME_SENTENCE}

Work on the line is expected to begin next year, officials said.
""",
    "011_tram_bbc.txt": f"""date 2022-03-01 title: Harbour tram line gets the go-ahead
source: BBC

{SAME_SENTENCE}

Shop owners along the route fear months of roadworks.
""",
    "020_prize.txt": """date 2022-03-02 title: Poetry prize awarded
source: Example Wire

The jury of the national poetry prize met in Utrecht on Wednesday.

After a long debate the jury announced its choice for the national poetry prize:

Maria Lind won for her collection Salt Roads.
""",
}

_chat_ids = itertools.count(7001)
fake = module_fake_bot_api


@pytest.fixture(scope="module", autouse=True)
def bot(fake: FakeBotApi, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """One bot process serving the small archive for the module; everything it sent must be valid."""
    corpus = tmp_path_factory.mktemp("news") / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text)
    yield from running_bot(fake, tmp_path_factory.mktemp("bot") / "bot.log", corpus=corpus)
    assert fake.rejected == []


def reply_text(fake: FakeBotApi, question: str) -> str:
    """The reply to ``question`` in a fresh private chat, as the reader sees it."""
    return parse_html(reply_to(fake, fake.send_text(next(_chat_ids), question))["text"])


def test_a_sentence_two_outlets_reported_is_shown_once_naming_the_other(fake: FakeBotApi):
    text = reply_text(fake, "what did the city council approve?")
    assert text.count(SAME_SENTENCE) == 1
    assert "Also reported by BBC" in text or "Also reported by Reuters" in text


def test_a_passage_announcing_the_next_sentence_is_shown_with_it(fake: FakeBotApi):
    text = reply_text(fake, "what did the jury announce?")
    announced = text.index("the jury announced its choice for the national poetry prize:")
    assert text.index("Maria Lind won for her collection Salt Roads.") > announced


def test_a_refusal_says_what_is_missing_and_offers_the_closest_passages_as_no_answer(fake: FakeBotApi):
    text = reply_text(fake, "what is the tram line's cost?")
    refused, offered = text.split("Closest passages (not an answer):")
    assert "The articles don't give" in refused and "cost" in refused
    assert SAME_SENTENCE in offered
