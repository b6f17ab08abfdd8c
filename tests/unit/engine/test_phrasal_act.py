"""Rule (switch ``phrasal_act``): a yes/no question's phrasal verb is read across its object
("pulling anyone out of X") and as the verbs it stands for ("leave", "withdraw"); its own object
and the place it leaves must be written too."""

import pytest

from bot.engine.related_words import phrasal_heads, phrasal_kin
from bot.engine.search import _is_adverb, _is_noun, is_inflected_verb, is_verb
from bot.engine.yes_no_act import Claim, yes_no_claim
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

LEAVING = "Norway said families of its diplomatic staff have been told to leave."
WITHDRAWN = "Norway said it was withdrawing some diplomats from its embassy in Minsk."


def _claim(question: str) -> Claim | None:
    return yes_no_claim(question, lambda w: w[:1].isupper(), is_verb, _is_noun, _is_adverb, is_inflected_verb, True)


def test_a_particle_after_the_object_makes_the_phrasal_verb():
    claim = _claim("Is Norway pulling anyone out of Belarus?")
    assert claim is not None and claim.verb == "pull_out" and claim.left == ("Belarus",)


def test_a_preposition_after_the_object_makes_no_phrasal_verb():
    claim = _claim("Is Norway closing its embassy in Minsk?")
    assert claim is not None and "_" not in claim.verb


def test_pull_out_is_read_as_leaving_and_withdrawing():
    assert {"leave", "withdraw"} <= phrasal_kin("pull_out")


def test_a_phrasal_act_is_answered_by_the_verb_it_stands_for(write_articles):
    index = one_article(write_articles, WITHDRAWN)
    assert "withdrawing" in index.search("Is Norway pulling diplomats out?")[0].text


def test_an_object_the_passage_never_writes_is_refused(write_articles):
    index = one_article(write_articles, WITHDRAWN)
    assert index.search("Did Norway pull its ambassador out of Minsk?") == []


def test_a_place_left_the_passage_never_names_is_refused(write_articles):
    index = one_article(write_articles, WITHDRAWN)
    assert index.search("Is Norway pulling its diplomats out of Moscow?") == []


def test_a_phrasal_act_across_a_pronoun_is_answered_by_leaving(write_articles):
    index = one_article(write_articles, LEAVING)
    assert "leave" in index.search("Is Norway pulling anyone out?")[0].text


def test_the_switch_turns_the_rule_off(write_articles):
    index = one_article(write_articles, LEAVING).switched(phrasal_act=False)
    assert index.search("Is Norway pulling anyone out?") == []


def test_a_phrasal_verb_written_only_by_phrasal_lemmas_is_written_by_their_verbs():
    assert phrasal_heads("rely_on") == frozenset({"rely", "depend"})


def test_a_phrasal_verb_read_as_other_verbs_is_not_written_by_its_own_verb_alone():
    assert phrasal_heads("pull_out") == frozenset()


def test_a_question_of_a_phrasal_verb_is_answered_where_its_verb_is_written(write_articles):
    index = one_article(write_articles, "Europe relies on Russian gas for 40 percent of its supply.")
    question = "Does Europe rely on Russian gas?"
    assert index.search(question) != []
    assert index.switched(phrasal_act_heads=False).search(question) == []
