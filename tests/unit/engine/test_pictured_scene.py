"""Rule (switch ``pictured_scene``): "where / when was X photographed or filmed?" asks where the
scene was, which a caption describing it gives without the verb."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

CAPTION = "A woman walks with her dogs on the territory near the frontline in Slavyanoserbsk, eastern Ukraine."


def test_where_someone_was_photographed_is_answered_by_the_caption_of_the_scene(write_articles):
    index = one_article(write_articles, CAPTION)
    assert "Slavyanoserbsk" in index.search("Where was the woman walking her dogs photographed?")[0].text


def test_where_someone_was_arrested_still_needs_a_passage_that_says_so(write_articles):
    assert one_article(write_articles, CAPTION).search("Where was the woman walking her dogs arrested?") == []


def test_the_switch_turns_the_rule_off(write_articles):
    index = one_article(write_articles, CAPTION).switched(pictured_scene=False)
    assert index.search("Where was the woman walking her dogs photographed?") == []
