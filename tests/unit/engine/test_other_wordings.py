"""Other wordings of this round's classes, read as the wordings the rules were drawn around: "during
the <act> of X" in a count as "during … itself", "who led X?" as "who leads X?", a name's thing as
the subject of a yes/no act ("Have Marwick's two ferries landed …?"), and "When exactly will …?" as
"When will …?", and the other party of an act after "to the" as after "to"."""

import pytest

from bot.engine.holder import asked_holding
from bot.engine.question_part import unstressed
from bot.engine.search import _is_act_noun, _is_adverb, _is_noun, is_inflected_verb, is_verb
from bot.engine.time_carried import times_asked
from bot.engine.yes_no_act import yes_no_claim
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

TOLL = "The flooding in the delta has killed over 300 people, officials said."


# "during the <act> of X" in a count (``time_during_count``)


def test_during_an_act_of_a_thing_in_a_count_asks_the_act_beside_the_number():
    (asked,) = times_asked("How many people were killed during the annexation of the delta?", _is_act_noun)
    assert asked.grain == "event" and asked.tight


def test_during_a_plain_event_or_in_a_question_of_no_count_narrows_nothing():
    assert times_asked("How many tackles did Miller get during the game?", _is_act_noun) == []
    assert times_asked("What happened during the annexation of the delta?", _is_act_noun) == []


def test_a_count_during_an_act_written_only_in_the_sentence_before_is_refused(write_articles):
    index = one_article(write_articles, f"The province began the annexation of Lorne in March. {TOLL}")
    question = "How many people were killed during the annexation of Lorne?"
    assert index.search(question) == []
    assert index.switched(time_during_count=False).search(question) != []


def test_a_count_during_an_act_written_beside_the_number_answers(write_articles):
    index = one_article(write_articles, "During the annexation of the delta, troops killed over 300 people.")
    assert "300 people" in index.search("How many people were killed during the annexation of the delta?")[0].text


# "who led X?" (``person_led_past``)


def test_who_led_asks_the_holder_as_who_leads_does():
    assert asked_holding("Who led the harbour delegation at the talks?", lambda w: False, lambda w: False) is None
    holding = asked_holding("Who led the harbour delegation at the talks?", lambda w: False, lambda w: False, True)
    assert holding is not None and holding.body == ("harbour", "delegation")


def test_who_led_a_delegation_is_refused_where_no_passage_names_a_person(write_articles):
    index = one_article(write_articles, "The Marwick harbour delegation met the port board for talks on Monday.")
    question = "Who led the Marwick harbour delegation in the talks?"
    assert index.search(question) == []
    assert index.switched(person_led_past=False).search(question) != []


def test_who_led_a_delegation_is_answered_by_a_person_named(write_articles):
    text = "Mayor Ada Kerrow led the Marwick harbour delegation in talks with the port board on Monday."
    index = one_article(write_articles, text)
    assert "Kerrow" in index.search("Who led the Marwick harbour delegation in the talks?")[0].text


# A name's thing as the subject of a yes/no act (``yes_no_act_owned``)

SENDING = "Marwick is sending two ferries to Lorne and three barges to the delta."


def test_an_act_of_a_names_thing_no_clause_naming_it_writes_is_refused(write_articles):
    index = one_article(write_articles, SENDING)
    question = "Have Marwick's two ferries already landed in Lorne?"
    assert index.search(question) == []
    assert index.switched(yes_no_act_owned=False).search(question) != []


def test_an_act_of_a_names_thing_written_of_its_owner_answers(write_articles):
    index = one_article(write_articles, f"{SENDING} Marwick's ferries landed in Lorne on Monday.")
    assert index.search("Have Marwick's two ferries already landed in Lorne?") != []


# "When exactly will …?" (``question_unstressed``)


def test_an_adverb_stressing_the_question_word_is_read_as_none():
    assert unstressed("When exactly will the ferries sail?", _is_adverb) == "When will the ferries sail?"
    assert unstressed("Who precisely signed the order?", _is_adverb) == "Who precisely signed the order?"
    assert unstressed("When will the ferries actually sail?", _is_adverb) == "When will the ferries actually sail?"


def test_when_exactly_will_is_refused_as_when_will_is(write_articles):
    index = one_article(write_articles, "Marwick ordered two ferries on standby for a possible crossing to Lorne.")
    question = "When exactly will the two Marwick ferries be sent to Lorne?"
    assert index.search("When will the two Marwick ferries be sent to Lorne?") == []
    assert index.search(question) == []
    assert index.switched(question_unstressed=False).search(question) != []


# The other party after "to / with the" (``yes_no_act_party_article``)

ALERT = "Marwick put its ferries on alert on Monday. Mayor Ada Kerrow said she was weighing her options."


def test_the_other_party_after_the_is_read_as_after_to():
    question = "Did Kerrow respond to the Marwick ferry alert?"
    read = [
        yes_no_claim(question, lambda w: False, is_verb, _is_noun, _is_adverb, is_inflected_verb, True, True, True, on)
        for on in (False, True)
    ]
    assert read[0] is not None and read[0].party == ()
    assert read[1] is not None and read[1].party == ("Marwick",)


def test_a_response_to_the_party_no_clause_naming_it_writes_is_refused(write_articles):
    index = one_article(write_articles, ALERT)
    question = "Did Kerrow respond to the Marwick ferry alert?"
    assert index.search(question) == []
    assert index.switched(yes_no_act_party_article=False).search(question) != []
