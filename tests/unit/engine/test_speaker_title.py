"""Rule (switch ``speaker_title``): "what did X say about Z?" is answered by a passage naming X by
the title its article gave X's name before ("the harbour master" for "Harbour Master Ingrid
Solberg")."""

import pytest

from bot.engine.search import _title_before
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

TITLED = (
    "Harbour Master Ingrid Solberg opened the new quay on Monday. "
    "Fishing boats lined the pier for the ceremony. "
    "In an interview, the harbour master admitted that the ferries could be delayed by storms."
)


def test_the_title_before_a_name_is_its_nouns_of_a_person():
    assert _title_before(["In", "parliament", "Harbour", "Master", "Ingrid"]) == ("Harbour", "Master")


def test_a_country_before_the_title_is_no_part_of_it():
    assert _title_before(["Norwegian", "Prime", "Minister", "Jonas"]) == ("Prime", "Minister")


def test_a_name_with_no_title_before_it_has_none():
    assert _title_before(["the", "ferries", "said", "Ingrid"]) == ()


def test_a_speaker_named_by_an_earlier_title_answers(write_articles):
    index = one_article(write_articles, TITLED)
    assert "admitted" in index.search("What did Solberg admit about delays?")[0].text


def test_the_title_does_not_answer_what_the_speaker_never_said(write_articles):
    index = one_article(write_articles, TITLED)
    assert index.search("What did Solberg say about fuel prices?") == []


def test_the_switch_turns_the_rule_off(write_articles):
    # said_spoken reads the title before the name too ("role_speaks"): both off
    index = one_article(write_articles, TITLED).switched(speaker_title=False, said_spoken=False)
    assert index.search("What did Solberg admit about delays?") == []
