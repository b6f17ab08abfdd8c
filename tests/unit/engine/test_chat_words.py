"""Rule (switch ``chat_words``): a chat abbreviation the archive does not know is read as the
words it stands for (the contractions package's slang table)."""

from types import SimpleNamespace

import pytest

from bot.engine import chat_words
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

KILLED = "Fighting has killed over 14,000 people in the east."


def test_a_chat_abbreviation_is_read_as_its_words(write_articles):
    index = one_article(write_articles, KILLED)
    assert "14,000 people" in index.search("how many ppl have been killed in the east?")[0].text


def test_a_question_without_the_abbreviation_s_thing_stays_refused(write_articles):
    index = one_article(write_articles, "Fighting has destroyed over 140 homes in the east.")
    assert index.search("how many ppl have been killed in the east?") == []


def test_the_switch_turns_the_rule_off(write_articles):
    index = one_article(write_articles, KILLED).switched(chat_words=False)
    assert index.search("how many ppl have been killed in the east?") == []


def test_a_damaged_slang_table_reads_no_abbreviation_and_does_not_fail(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "slang_dict.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(
        chat_words, "find_spec", lambda name: SimpleNamespace(submodule_search_locations=[str(tmp_path)])
    )
    chat_words._table.cache_clear()
    try:
        assert chat_words.spelled_out("ppl") is None
    finally:
        chat_words._table.cache_clear()
