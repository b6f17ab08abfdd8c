"""Rule (switch ``role_holder``): a question asking who holds a role or leads a body is answered,
where a passage writes the role or the body, only by one naming a holder bound to it."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

LISTED = "John Smith's team has been working with several nations, the Halvorsen Commission and suppliers."
HEADS = "Who heads the Halvorsen Commission?"


def test_a_body_written_only_in_a_list_does_not_answer_who_heads_it(write_articles):
    assert one_article(write_articles, LISTED).search(HEADS) == []


def test_a_name_set_off_as_the_bodys_president_answers_who_heads_it(write_articles):
    index = one_article(write_articles, f"{LISTED} Anna Berg, the commission's president, spoke first.")
    assert "Anna Berg" in " ".join(p.text for p in index.search(HEADS))


def test_a_minister_set_in_another_country_does_not_answer_whose_minister_is_asked(write_articles):
    text = "In Norway, Defence Minister Olav Tveitan said that Sweden is preparing new drills."
    assert one_article(write_articles, text).search("What's the name of Sweden's defence minister?") == []


def test_the_switch_turns_the_rule_off(write_articles):
    assert one_article(write_articles, LISTED).switched(role_holder=False).search(HEADS) != []
