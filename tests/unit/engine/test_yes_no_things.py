"""Switch ``yes_no_names_things``: a yes/no question naming someone is answered only by a passage
shown that also writes the particular things it asks about (things made, bodies, natural objects,
substances; a kind of person as what "is X a …?" calls X), by their own words, derived forms, a
WordNet relative or a narrower kind; either side of "X or Y" will do. A lowercase name of several
words is read whole."""

import pytest

from bot.engine.corpus import load_corpus
from bot.engine.search import Searcher, SearchOptions, _is_noun, _is_thing, build_index
from bot.engine.stated_names import stated_names, stated_things
from tests.support.one_article import FILLER, one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def _things_read(write_articles, text: str) -> Searcher:
    """``one_article`` with the switch on (off by default: it refused answerable paraphrases held out)."""
    return one_article(write_articles, text).switched(yes_no_names_things=True, yes_no_things_unnamed=True)


SENT = "Denmark is sending a frigate and warplanes to Lithuania to join the naval patrols."
OFFICER = "Deputy minister Karin Holm, a career officer, said the shipment arrived on Tuesday."


def test_a_passage_not_writing_the_thing_asked_about_does_not_answer(write_articles):
    assert _things_read(write_articles, SENT).search("Did Denmark send submarines to Lithuania?") == []


def test_a_passage_writing_the_thing_asked_about_answers(write_articles):
    assert "frigate" in _things_read(write_articles, SENT).search("Did Denmark send a frigate to Lithuania?")[0].text


def test_a_narrower_kind_written_names_the_thing(write_articles):
    # warplanes are military planes, a kind of aircraft
    assert _things_read(write_articles, SENT).search("Did Denmark send aircraft to Lithuania?") != []


def test_either_alternative_written_answers_an_either_or_question(write_articles):
    assert _things_read(write_articles, OFFICER).search("Is Karin Holm a civilian or an officer?") != []


def test_neither_alternative_written_does_not_answer(write_articles):
    assert _things_read(write_articles, OFFICER).search("Is Karin Holm a civilian or a soldier?") == []


def test_switched_off_the_thing_need_not_be_written(write_articles):
    corpus = write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{SENT} {FILLER}"})
    index = build_index(load_corpus(corpus), SearchOptions(yes_no_names_things=False))
    assert index.search("Did Denmark send submarines to Lithuania?") != []


def test_a_kind_of_person_is_asked_about_only_after_a_or_an(write_articles):
    text = "The US ordered nonessential embassy staff to leave Kyiv on Monday."
    assert _things_read(write_articles, text).search("Were US embassy employees told to leave Kyiv?") != []


def test_a_country_written_out_names_its_initials_beside_the_thing(write_articles):
    text = "Europe would look to natural gas supplies in North Africa and the United States."
    assert _things_read(write_articles, text).search("Could the US itself supply gas to Europe?") != []


def test_a_lowercase_name_of_several_words_is_read_whole():
    assert stated_names("did new zealand send aid to ukraine?", lambda w: w in ("new_zealand", "ukraine")) == (
        ("new", "zealand"),
        ("ukraine",),
    )


def test_the_last_word_of_a_lowercase_name_alone_names_nothing_else(write_articles):
    # "zealand" alone is a Danish island: Denmark, its whole, must not answer for New Zealand
    assert _things_read(write_articles, SENT).search("did new zealand send warplanes to lithuania?") == []


def test_a_singular_noun_before_a_noun_modifies_it_and_is_not_asked_about():
    question = "were javelin missiles part of the american delivery on tuesday?"
    assert ("missiles",) in stated_things(question, _is_thing, _is_noun)
    assert ("javelin",) not in stated_things(question, _is_thing, _is_noun)


def test_an_adjective_before_a_name_is_not_asked_about():
    assert stated_things("do ordinary ukrainians expect an invasion soon?", _is_thing, _is_noun) == ()


def test_a_plural_after_the_auxiliary_is_a_noun_not_a_verb():
    assert stated_things("Did Ukrainian banks see people rushing?", _is_thing, _is_noun)[0] == ("banks",)


def test_a_yes_no_question_naming_no_one_is_not_answered_without_its_thing(write_articles):
    assert _things_read(write_articles, SENT).search("Were any submarines sent to join the naval patrols?") == []


def test_a_yes_no_question_naming_no_one_is_answered_where_its_thing_is_written(write_articles):
    assert _things_read(write_articles, SENT).search("Were warplanes sent to join the naval patrols?") != []


def test_switched_off_a_question_naming_no_one_need_not_have_its_thing_written(write_articles):
    index = _things_read(write_articles, SENT).switched(yes_no_things_unnamed=False)
    assert index.search("Were any submarines sent to join the naval patrols?") != []
