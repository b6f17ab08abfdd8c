"""Rule ``yes_no_complement``: a yes/no question about a named subject (or "is there …?") is
answered only where the passages shown, or their articles, write a word of what it claims of the
subject after its verb (the act's object, its complement: itself, a synonym, a derived word, a
narrower kind), or its act in a clause naming the subject."""

import pytest

from bot.engine.complement_written import Claimed, claimed
from bot.engine.search import _is_alternative, _is_modifier, _is_verb_form, _noun_first
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

DRILLS = "Norway said on Monday it was holding military drills near the border with Sweden."


def _claimed(question: str) -> Claimed | None:
    def is_noun(word: str, before: str) -> bool:
        return _is_alternative(word, before, lambda _: False)

    return claimed(question, _is_verb_form, is_noun, lambda w: False, _noun_first, _is_modifier)


def test_the_nouns_after_the_verb_are_the_claim():
    claim = _claimed("Has Norway declared martial law?")
    assert claim is not None and claim.verbs == ("declared",) and "law" in claim.nouns


def test_a_modifier_counts_with_its_noun():
    claim = _claimed("Has Norway declared martial law?")
    assert claim is not None and claim.phrases == (("martial", "law"),)


def test_the_subject_is_no_part_of_the_claim():
    claim = _claimed("Did Norway see banks close?")
    assert claim is not None and "banks" in claim.nouns and claim.subject == ("Norway",)


def test_is_there_claims_what_it_names():
    claim = _claimed("Have there been protests in Oslo?")
    assert claim is not None and claim.nouns == ("protests",) and claim.verbs == ()


def test_a_subject_that_is_no_name_is_not_read():
    assert _claimed("Have the negotiations produced any progress?") is None


def test_of_two_verb_forms_the_first_is_the_subjects_noun():
    claim = _claimed("Did the Norway defence minister tell people to keep a suitcase ready?")
    assert claim is None or "tell" not in claim.nouns


def test_a_claimed_object_no_passage_writes_is_refused(write_articles):
    index = one_article(write_articles, DRILLS)
    assert index.search("Has Norway declared martial law?") == []


def test_a_claimed_object_written_answers(write_articles):
    index = one_article(write_articles, DRILLS)
    assert "drills" in index.search("Is Norway holding military exercises?")[0].text


def test_a_synonym_of_the_object_answers(write_articles):
    text = "Norway said on Monday it would send more assistance to Sweden."
    assert "assistance" in one_article(write_articles, text).search("Will Norway send aid to Sweden?")[0].text


def test_an_existence_no_passage_writes_is_refused(write_articles):
    index = one_article(write_articles, DRILLS)
    assert index.search("Have there been protests in Norway?") == []


def test_the_act_written_of_the_subject_answers(write_articles):
    text = "Norway and Sweden spoke on Monday about the drills."
    index = one_article(write_articles, text)
    assert "spoke" in index.search("Did Norway and Sweden speak on the phone?")[0].text


def test_the_act_written_of_someone_else_does_not_answer(write_articles):
    text = "Norway and Sweden held drills. The officials spoke on condition of anonymity about the drills."
    index = one_article(write_articles, text)
    assert index.search("Did Norway and Sweden speak on the phone?") == []


def test_the_switch_turns_the_rule_off(write_articles):
    index = one_article(write_articles, DRILLS).switched(yes_no_complement=False)
    assert index.search("Has Norway declared martial law?") != []


def test_the_noun_written_without_its_modifier_is_refused(write_articles):
    index = one_article(write_articles, DRILLS)
    assert index.search("Has Norway announced nuclear drills?") == []


def test_the_noun_written_with_its_modifier_answers(write_articles):
    index = one_article(write_articles, DRILLS)
    assert "drills" in index.search("Has Norway announced military exercises?")[0].text


def test_the_phrase_reading_has_its_own_switch(write_articles):
    index = one_article(write_articles, DRILLS).switched(yes_no_complement_phrases=False)
    assert "drills" in index.search("Has Norway announced nuclear drills?")[0].text
