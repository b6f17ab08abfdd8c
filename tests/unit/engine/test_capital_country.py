"""Rule (switch ``capital_country``): a national capital the question places nothing in stands
for its country's government, and its country's words count as it."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

SPAIN = "Spain is sending three ships to the Black Sea."


def test_a_capital_acting_is_answered_by_its_country(write_articles):
    index = one_article(write_articles, SPAIN)
    assert "three ships" in index.search("How many ships is Madrid sending to the Black Sea?")[0].text


def test_another_countrys_capital_is_not_answered_by_that_country(write_articles):
    assert one_article(write_articles, SPAIN).search("How many ships is Paris sending to the Black Sea?") == []


def test_the_switch_turns_the_rule_off(write_articles):
    index = one_article(write_articles, SPAIN).switched(capital_country=False)
    assert index.search("How many ships is Madrid sending to the Black Sea?") == []


def test_a_capital_reacting_is_answered_by_its_country_s_sentence(seed_index):
    question = "How did Washington and its NATO partners react to the Russian buildup?"
    assert "the US ordered 8500 troops" in seed_index.search(question)[0].text


def test_another_capital_reacting_is_not_answered_by_that_country(seed_index):
    assert seed_index.search("How did Paris and its NATO partners react to the Russian buildup?") == []
