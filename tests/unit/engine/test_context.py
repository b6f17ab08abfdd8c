"""A passage's paragraph, read back from its article by content digest and sentence number."""

from __future__ import annotations

import pytest

from bot.engine.context import ArticleChanged, find_article, passage_context
from bot.engine.corpus import load_corpus
from bot.engine.search import build_index

ARTICLE = "date 2022-02-10 title: Strike\n\nPilots walked out.\n\n" + (
    "Ships queued. About 350 pilots joined. Talks resume Monday.\n"
)


@pytest.fixture
def corpus(write_articles):
    return write_articles({"a.txt": ARTICLE})


def test_the_paragraph_around_a_passage_is_found_with_its_place(corpus):
    index = build_index(load_corpus(corpus))
    [passage] = index.search("how many pilots joined?", top=1)
    found = passage_context(corpus, find_article(index.sources, passage.digest), passage.position)
    assert found.paragraph == "Ships queued. About 350 pilots joined. Talks resume Monday."
    assert found.paragraph[found.start : found.end] == passage.text == "About 350 pilots joined."


def test_a_changed_article_file_is_reported(corpus):
    index = build_index(load_corpus(corpus))
    (corpus / "a.txt").write_text(ARTICLE.replace("350", "360"))
    with pytest.raises(ArticleChanged):
        passage_context(corpus, index.sources[0], 1)


def test_a_removed_article_is_reported(corpus):
    index = build_index(load_corpus(corpus))
    (corpus / "a.txt").unlink()
    with pytest.raises(ArticleChanged):
        passage_context(corpus, index.sources[0], 1)


def test_an_unknown_digest_is_reported(corpus):
    with pytest.raises(ArticleChanged):
        find_article(build_index(load_corpus(corpus)).sources, "0" * 16)


def test_a_sentence_number_beyond_the_article_is_reported(corpus):
    index = build_index(load_corpus(corpus))
    with pytest.raises(ArticleChanged):
        passage_context(corpus, index.sources[0], 99)


def test_a_passage_is_still_placed_after_other_articles_were_added(corpus):
    before = build_index(load_corpus(corpus))
    [passage] = before.search("how many pilots joined?", top=1)
    (corpus / "0_first.txt").write_text("date 2022-02-09 Dockers also walked out.\n\nShips waited.")
    after = build_index(load_corpus(corpus))
    found = passage_context(corpus, find_article(after.sources, passage.digest), passage.position)
    assert found.paragraph[found.start : found.end] == passage.text
