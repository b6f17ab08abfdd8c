"""Rule (switch ``chat_words``): a chat abbreviation the archive does not know is read as the
words it stands for (the contractions package's slang table)."""

import pytest

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
