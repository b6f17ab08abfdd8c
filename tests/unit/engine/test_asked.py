"""What a question asks for, in words, and how a refusal names it."""

import pytest

from bot.engine.asked import asked, asks_amount, kind_asked, reports_speech, sought, thing_owner
from bot.engine.related_words import is_verb, kinds_of


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("how many tanks does russia have?", "a number of tanks"),
        ("How many fighter jets does Spain have?", "a number of fighter jets"),
        ("what is putin's age?", "putin's age"),
        ("What is the population of Kyiv?", "the population of Kyiv"),
        ("What is Joe Biden's middle name?", "Joe Biden's middle name"),
        ("What is the name of Putin's daughter?", "Putin's daughter"),
        ("Who is the mayor of Kyiv?", "the mayor of Kyiv"),
        ("How old is Zelenskyy?", "an age"),
        ("what is the council's budget?", "the council's budget"),
        ("How much gas does Europe buy from Russia?", "an amount of gas"),
        ("How long has Zelenskyy been president?", "a length or a duration"),
        ("How fast can an Iskander missile fly?", "a speed"),
        ("What percentage of Ukrainians speak Russian?", "a share"),
    ],
)
def test_the_thing_asked_for_is_named_as_a_refusal_says_it(question, phrase):
    thing = asked(question)
    assert thing is not None and thing.phrase() == phrase


@pytest.mark.parametrize("question", ["When was NATO founded?", "Which city was named the most liveable?", "hello"])
def test_questions_naming_no_thing_ask_for_nothing_nameable(question):
    assert asked(question) is None


def test_a_definition_question_names_the_thing_but_no_owner():
    thing = asked("What is PPP?")
    assert thing is not None and thing.word == "PPP" and thing.whose == ""


def test_how_much_before_a_verb_asks_for_nothing_nameable():
    assert asked("How much does an F-16 cost?") is None


def test_the_owner_is_the_last_word_of_whose_thing_is_asked():
    assert thing_owner("what is the US president's view?") == "president"


def test_a_question_without_an_owner_has_none():
    assert thing_owner("how many tanks does russia have?") == ""


def test_a_passage_reports_its_owner_speaking_a_few_words_on():
    assert reports_speech("president", "It is what US President Joe Biden himself has said looks like a threat.")


def test_a_passage_naming_the_owner_far_from_a_speech_verb_does_not_report_him_speaking():
    text = "Putin will back away from what US President Joe Biden himself has said looks like a threat."
    assert not reports_speech("putin", text)


def test_an_opinion_in_words_the_archive_never_uses_is_answered_by_what_its_owner_said(seed_index):
    [first, *_] = seed_index.search("what is the US president's view?")
    assert "Biden himself has said" in first.text


def test_a_person_asked_for_in_words_the_archive_never_uses_is_still_refused_though_its_owner_speaks(seed_index):
    assert seed_index.search("who is the defence minister's wife?") == []


@pytest.mark.usefixtures("wordnet")
@pytest.mark.parametrize(
    ("question", "words", "owner"),
    [
        ("When was NATO founded?", ("founded",), ("NATO",)),
        ("Where was Dmitry Peskov born?", ("born",), ("Dmitry", "Peskov")),
        ("How many ships does the Russian navy have?", ("ships",), ("Russian", "navy")),
        ("how many troops did the US put on alert?", ("troops",), ("US",)),
        ("What is the population of Kyiv?", ("population",), ("Kyiv",)),
        ("what is the weather in kyiv today?", ("weather",), ("kyiv", "today")),
        ("What language do people speak in Luhansk?", ("language",), ("Luhansk",)),
        ("What is the volume of gas needed to replace Russian supplies?", ("volume",), ("gas",)),
        ("How old is Zelenskyy?", ("old",), ()),
    ],
)
def test_what_a_passage_must_mention_is_the_asked_thing_and_whose_it_is(question, words, owner):
    wanted = sought(question, is_verb)
    assert wanted is not None and (wanted.words, wanted.owner) == (words, owner)


@pytest.mark.parametrize(
    "question",
    [
        "When was the last plague outbreak?",  # "was" and no participle: no verb is asked about
        "How much money is the new US security aid package worth?",  # an amount, in any words
        "What did Zelensky tell the nation?",  # a "what" question's verb is often paraphrased
    ],
)
def test_questions_naming_no_thing_or_event_seek_nothing(question):
    assert sought(question, is_verb) is None


@pytest.mark.usefixtures("wordnet")
def test_a_counted_things_own_verb_is_read_apart_from_the_thing():
    wanted = sought("How many people live in Ukraine?", is_verb)
    assert wanted is not None and (wanted.words, wanted.action) == (("people",), "live")


@pytest.mark.parametrize(
    "question",
    ["How many fighter jets does Spain have?", "How many firms were existing in 2005?", "how many homes lost power?"],
)
def test_a_plural_a_passive_or_a_word_before_an_object_is_no_counted_things_own_verb(question):
    wanted = sought(question, is_verb)
    assert wanted is not None and wanted.action == ""


def test_how_many_things_someone_has_with_no_place_asks_for_all_they_have():
    wanted = sought("How many ships does the Russian navy have?", is_verb)
    assert wanted is not None and wanted.owned


def test_how_many_things_someone_has_somewhere_asks_for_those_there_only():
    wanted = sought("How many tanks does Russia have near Ukraine?", is_verb)
    assert wanted is not None and not wanted.owned


@pytest.mark.usefixtures("wordnet")
def test_how_many_times_asks_about_the_verb():
    wanted = sought("How many times has Biden met Putin?", is_verb)
    assert wanted is not None and (wanted.words, wanted.parts, wanted.owner) == (("met",), ("verb",), ("Biden",))


def test_a_thing_described_by_a_clause_after_it_is_sought_by_nothing():
    assert sought("What was the catalyst that created greater interest in renewable resources?", is_verb) is None


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("How much gas does Europe buy?", "number"),
        ("How long has Zelenskyy been president?", "measure"),
        ("How fast can the missile fly?", "measure"),
        ("What percentage of voters backed the plan?", "share"),
        ("How many troops?", ""),
    ],
)
def test_the_amount_a_question_asks_for(question, amount):
    assert asks_amount(question) == amount


@pytest.mark.usefixtures("wordnet")
def test_a_refusal_names_a_counted_thing_without_its_verb():
    thing = asked("How many people live in Ukraine?", is_verb)
    assert thing is not None and thing.phrase() == "a number of people"


def test_a_when_question_asks_for_a_time():
    assert kind_asked("When did Marwick open the bridge?") == "time"


def test_a_clause_opened_by_when_asks_for_no_time():
    assert kind_asked("When floods hit Marwick, what closes?") == ""


def test_a_who_question_asks_for_a_person():
    assert kind_asked("Who opened the bridge?") == "person"


@pytest.mark.usefixtures("wordnet")
def test_a_measure_noun_asked_of_something_asks_for_a_number():
    assert kind_asked("What is the distance between Marwick and Brackenby?", kinds_of) == "number"


@pytest.mark.usefixtures("wordnet")
def test_a_noun_of_no_measure_asks_for_no_number():
    assert kind_asked("What is the purpose of the bridge?", kinds_of) == ""


@pytest.mark.usefixtures("wordnet")
def test_a_number_of_things_asked_for_is_no_measure():
    assert kind_asked("What are two of its subsystems?", kinds_of) == ""


@pytest.mark.parametrize(
    ("question", "whose"),
    [
        ("What is the population of Kyiv?", "Kyiv"),
        ("What is the POPULATION OF Kyiv?", "Kyiv"),  # any letter case, as the pattern it replaced
        ("What is the population of Zürich?", "Zürich"),  # a question not ASCII: read by a pattern
        ("What is the population of  Kyiv and Lviv? And more", "Kyiv and Lviv"),  # to the clause's end
        ("What is the population of?", ""),  # nothing after "of"
    ],
)
def test_whose_thing_is_asked_is_what_follows_the_thing_and_of(question: str, whose: str) -> None:
    thing = asked(question)
    assert thing is not None and thing.whose == whose
