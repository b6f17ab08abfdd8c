"""A how-many question's owner typed lowercase is read as a name when it names a country or its
people: "how many troops does sweden have?" is not answered by Norway's troops near Sweden (rule 22)."""

import pytest

from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

NORWAYS = "Norway keeps 9,000 troops near Sweden along the border."


def test_someone_elses_count_does_not_answer_a_lowercase_owners(write_articles):
    index = one_article(write_articles, NORWAYS)
    assert index.search("how many troops does sweden have?") == []


def test_the_lowercase_owners_own_count_answers(write_articles):
    index = one_article(write_articles, "Sweden has stationed 9,000 troops near the border.")
    assert "9,000 troops" in index.search("how many swedish troops are near the border?")[0].text


def test_a_lowercase_owner_is_no_owner_with_owner_lowercase_switched_off(write_articles):
    index = one_article(write_articles, NORWAYS)
    assert "9,000 troops" in index.switched(owner_lowercase=False).search("how many troops does sweden have?")[0].text
