"""A person's background, past or own act the passages do not report: a passage naming the
person now ("Mayor Ada Kerrow closed the harbour") gives no earlier job, birthplace or kind of
person, and a saying or an act asked of a person is answered only where that person speaks or acts.
"""

import pytest

from bot.engine.attribute_written import kinds_offered, place_events
from bot.engine.corpus import load_corpus
from bot.engine.earlier_time import earlier_of, writes_earlier
from bot.engine.related_words import close_relatives
from bot.engine.said_about import embedded_question, own_saying, weekdays
from bot.engine.search import (
    SearchOptions,
    _is_activity,
    _is_gerund,
    _is_kind_of_person,
    _names_a_person,
    build_index,
)
from bot.engine.yes_no_act import acted_by
from tests.support.one_article import FILLER, one_article

pytestmark = pytest.mark.usefixtures("wordnet")

NAMED_ONLY = "Mayor Ada Kerrow closed the Marwick harbour on Monday after the storm."


def _switched(write_articles, text: str, **options: bool):
    corpus = write_articles({"a.txt": f"date 2023-05-01\ntitle: News\n{text} {FILLER}"})
    return build_index(load_corpus(corpus), SearchOptions(**options))


def _earlier(question: str, names: list[tuple[str, ...]]) -> tuple[str, ...]:
    return earlier_of(question, names, _names_a_person, _is_gerund, _is_activity)


# A person's own earlier time (``earlier_time``)


def test_before_the_persons_own_becoming_asks_their_earlier_time():
    assert _earlier("What did Ada Kerrow do before she became mayor?", [("Ada", "Kerrow")]) == ("Ada", "Kerrow")
    assert _earlier("What job did Ada Kerrow have before becoming mayor?", [("Ada", "Kerrow")]) == ("Ada", "Kerrow")
    assert _earlier("what did kerrow do before politics", [("kerrow",)]) == ("kerrow",)


def test_before_another_partys_event_asks_no_earlier_time_of_the_person():
    assert _earlier("What did Ada Kerrow do before Lina Moss spoke?", [("Ada", "Kerrow"), ("Lina", "Moss")]) == ()
    assert _earlier("Who had reassured Marwick before Kerrow's remarks?", [("Marwick",), ("Kerrow",)]) == ()


def test_a_thing_of_one_act_before_another_is_no_earlier_time():
    question = "What river did Ada Kerrow cross before defeating the rebels?"
    assert _earlier(question, [("Ada", "Kerrow")]) == ()


def test_a_word_of_anteriority_writes_a_time_before():
    assert writes_earlier("Kerrow previously ran a ferry company".split(), _is_kind_of_person)
    assert writes_earlier("Kerrow , a former fisherman , closed it".split(), _is_kind_of_person)


def test_former_of_a_thing_is_no_earlier_time_of_a_person():
    assert not writes_earlier("Marwick , a former Soviet state , closed it".split(), _is_kind_of_person)


def test_a_passage_naming_the_person_now_gives_no_earlier_time(write_articles):
    index = one_article(write_articles, NAMED_ONLY)
    assert index.search("What did Ada Kerrow do before she became mayor?") == []


def test_a_passage_writing_an_earlier_time_answers(write_articles):
    index = one_article(write_articles, "Mayor Ada Kerrow, a former fisherman, closed the Marwick harbour on Monday.")
    assert index.search("What did Ada Kerrow do before she became mayor?") != []


def test_the_earlier_time_rule_switched_off_lets_the_naming_passage_answer(write_articles):
    index = _switched(write_articles, NAMED_ONLY, earlier_time=False)
    assert index.search("What did Ada Kerrow do before she became mayor?") != []


# A place asked of a person (``person_place``)

OLEKSA = NAMED_ONLY.replace("Ada", "Oleksa")


def test_a_place_of_an_event_is_read_as_that_event():
    assert {"birth", "born"} <= place_events(close_relatives("birthplace", ("noun",)), close_relatives)


def test_a_place_beside_the_name_is_no_birthplace(write_articles):
    index = one_article(write_articles, OLEKSA)
    assert index.search("oleksa kerrow birthplace?") == []


def test_the_birth_written_answers_the_birthplace(write_articles):
    index = one_article(write_articles, "Mayor Oleksa Kerrow, born in Dunmore, closed the Marwick harbour on Monday.")
    assert index.search("oleksa kerrow birthplace?") != []


def test_the_person_place_reading_switched_off_lets_the_naming_passage_answer(write_articles):
    index = _switched(write_articles, OLEKSA, person_place=False)
    assert index.search("oleksa kerrow birthplace?") != []


# A kind of person asked of a person (``person_kind``)


def test_a_kind_of_person_offered_is_read_with_its_subject():
    assert kinds_offered("Is Ada Kerrow a civilian or a career officer?", _is_kind_of_person) == (
        "Ada Kerrow",
        ("civilian", "officer"),
    )


def test_a_kind_of_no_person_is_not_read():
    assert kinds_offered("Is the aid a loan or a grant?", _is_kind_of_person) == ("", ())


def test_no_kind_written_of_the_person_does_not_answer(write_articles):
    index = one_article(write_articles, NAMED_ONLY)
    assert index.search("Is Ada Kerrow a lawyer or a teacher?") == []


def test_the_kind_written_of_the_person_answers(write_articles):
    index = one_article(write_articles, "Mayor Ada Kerrow, a lawyer, closed the Marwick harbour on Monday.")
    assert index.search("Is Ada Kerrow a lawyer or a teacher?") != []


def test_the_person_kind_reading_switched_off_lets_the_naming_passage_answer(write_articles):
    # the claim and the alternatives, each unwritten, are judged by their own rules as well
    index = _switched(write_articles, NAMED_ONLY, person_kind=False, yes_no_complement=False, alternative_tied=False)
    assert index.search("Is Ada Kerrow a lawyer or a teacher?") != []


# A saying asked of a person named, yes or no (``said_spoken_person``)

FARES_RAISED = "The council raised the ferry fares on Monday. Mayor Ada Kerrow said the harbour would close."


def test_a_person_asked_to_have_commented_must_speak(write_articles):
    index = one_article(write_articles, FARES_RAISED)
    assert index.search("Did Ada Kerrow comment on the ferry fares?") == []


def test_the_person_speaking_of_it_answers(write_articles):
    index = one_article(write_articles, "Mayor Ada Kerrow said the ferry fares were too high.")
    assert index.search("Did Ada Kerrow comment on the ferry fares?") != []


def test_the_person_saying_reading_switched_off_lets_the_naming_passage_answer(write_articles):
    index = _switched(write_articles, FARES_RAISED, said_spoken_person=False)
    assert index.search("Did Ada Kerrow comment on the ferry fares?") != []


def test_a_topic_that_is_the_speakers_own_is_spoken_of_wherever_the_speaker_speaks():
    assert own_saying("his no-invasion claim with a time qualifier")
    assert not own_saying("the ferry fares")


# An act asked of a person named (``yes_no_act_doer``)


def test_the_person_before_the_act_in_its_clause_does_it():
    words = "Kerrow responded to the strike".split()
    assert acted_by(words, lambda w: w == "Kerrow", lambda w: w == "responded")


def test_an_act_in_another_clause_is_anothers():
    words = "dockers hoped that Kerrow would back down from what Moss has said".split()
    assert not acted_by(words, lambda w: w == "Kerrow", lambda w: w == "said")


# A saying asked on a day, and a role speaking for a name (``said_what_day``, ``said_what_title``)


def test_the_days_of_the_week_written_are_read():
    assert weekdays("What did Kerrow say on Tuesday?") == {"tuesday"}


MONDAY = "On Monday, Mayor Ada Kerrow told the harbour council members that the quay would close."


def test_a_saying_dated_to_another_day_does_not_answer(write_articles):
    index = one_article(write_articles, MONDAY)
    assert index.search("What did Ada Kerrow tell the harbour council members on Tuesday?") == []


def test_a_saying_on_the_day_asked_answers(write_articles):
    index = one_article(write_articles, MONDAY.replace("Monday", "Tuesday"))
    assert index.search("What did Ada Kerrow tell the harbour council members on Tuesday?") != []


def test_the_day_reading_switched_off_lets_the_other_day_answer(write_articles):
    # ``time_carried`` reads the other day too, for any fact asked of a day
    index = _switched(write_articles, MONDAY, said_what_day=False, time_carried=False)
    assert index.search("What did Ada Kerrow tell the harbour council members on Tuesday?") != []


# A role named by a compound office (``role_holder_modifier``)

DEFENCE = "In Estonia, Defence Minister Tom Reid said the harbour would close. Prime berths were scarce."


def test_another_office_of_the_same_role_word_is_no_holder(write_articles):
    index = one_article(write_articles, DEFENCE)
    assert index.search("Who is Estonia's prime minister?") == []


def test_the_compound_office_written_names_its_holder(write_articles):
    index = one_article(write_articles, DEFENCE.replace("Defence", "Prime"))
    assert index.search("Who is Estonia's prime minister?") != []


def test_the_modifier_reading_switched_off_lets_another_office_answer(write_articles):
    index = _switched(write_articles, DEFENCE, role_holder_modifier=False)
    assert index.search("Who is Estonia's prime minister?") != []


ROLE_SPEAKS = (
    "Defence Minister Tom Reid inspected the quay. Governor Lina Moss visited Marwick. "
    "In an interview, the defence minister acknowledged that the quay was unsafe."
)


def test_a_role_speaks_for_no_name_the_article_did_not_title_so(write_articles):
    index = one_article(write_articles, ROLE_SPEAKS)
    assert index.search("What did Lina Moss say in the interview?") == []


def test_a_role_speaks_for_the_name_the_article_titled_so(write_articles):
    index = one_article(write_articles, ROLE_SPEAKS)
    assert index.search("What did Tom Reid say in the interview?") != []


def test_the_title_reading_switched_off_lets_any_role_speak(write_articles):
    index = _switched(write_articles, ROLE_SPEAKS, said_what_title=False)
    assert index.search("What did Lina Moss say in the interview?") != []


HOPED = "Dockers hoped that Kerrow would back away from what Governor Lina Moss has said about the strike."


def test_a_person_not_doing_the_act_does_not_answer(write_articles):
    index = one_article(write_articles, HOPED)
    assert index.search("Did Kerrow respond to the strike?") == []


def test_the_doer_reading_switched_off_lets_anothers_act_answer(write_articles):
    index = _switched(write_articles, HOPED, yes_no_act_doer=False)
    assert index.search("Did Kerrow respond to the strike?") != []


def test_an_indirect_question_is_read_as_the_direct_one():
    assert embedded_question("when the next ferry will sail") == "when will the next ferry sail?"
    assert embedded_question("the ferry fares") == ""


def test_the_one_named_after_according_to_says_the_words_before():
    words = "the ferry sailed on Monday according to Mayor Ada Kerrow".split()
    assert acted_by(words, lambda w: w == "Kerrow", lambda w: False, saying=True)
    assert not acted_by(words, lambda w: w == "Kerrow", lambda w: False)


SAILED = "The Marwick ferry sailed to Dunmore on Monday, according to Mayor Ada Kerrow."


def test_a_saying_reported_by_according_to_answers(write_articles):
    index = one_article(write_articles, SAILED)
    assert index.search("Did Ada Kerrow say the Marwick ferry sailed?") != []


def test_a_time_to_come_asked_of_a_saying_is_not_given_by_a_past_one(write_articles):
    index = one_article(write_articles, SAILED)
    assert index.search("Did Ada Kerrow say when the next Marwick ferry will sail?") == []
