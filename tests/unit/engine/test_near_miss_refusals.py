"""Refusing what an archive shares words with but does not answer: the counted thing's verb,
things moved rather than had, an amount asked; and answering what it does."""

import pytest

from bot.engine.answer import answer
from tests.support.one_article import FILLER, one_article

pytestmark = pytest.mark.usefixtures("wordnet")


def test_a_count_of_people_killed_does_not_say_how_many_people_live_there(write_articles):
    index = one_article(write_articles, "Floods in Marwick have killed 40 people, officials said.")
    assert index.search("How many people live in Marwick?") == []


def test_a_count_of_people_killed_says_how_many_died(write_articles):
    index = one_article(write_articles, "Floods in Marwick have killed 40 people, officials said.")
    assert "40 people" in index.search("How many people died in Marwick?")[0].text


def test_a_population_says_how_many_people_live_there(write_articles):
    index = one_article(write_articles, "Marwick has a population of 12,000 people, the census found.")
    assert "12,000" in index.search("How many people live in Marwick?")[0].text


def test_a_refusal_names_the_counted_thing_without_its_verb(write_articles):
    index = one_article(write_articles, "Floods in Marwick have killed 40 people, officials said.")
    assert answer(index, "How many people live in Marwick?").text.startswith(
        "The articles don't give a number of people."
    )


def test_things_being_sent_do_not_say_how_many_their_sender_has(write_articles):
    index = one_article(write_articles, "Aldermoor is sending 12 tractors to Brackenby.")
    assert index.search("How many tractors does Aldermoor have?") == []


def test_things_being_sent_say_how_many_are_sent(write_articles):
    index = one_article(write_articles, "Aldermoor is sending 12 tractors to Brackenby.")
    assert "12 tractors" in index.search("How many tractors is Aldermoor sending?")[0].text


def test_things_someone_has_say_how_many_they_have(write_articles):
    index = one_article(write_articles, "Aldermoor has 12 tractors and a barn.")
    assert "12 tractors" in index.search("How many tractors does Aldermoor have?")[0].text


def test_how_many_times_asks_for_the_verb(write_articles):
    index = one_article(write_articles, "Ortiz and Brandt spoke by phone on Friday about 3 projects.")
    assert index.search("How many times has Ortiz met Brandt?") == []


def test_how_many_times_is_answered_by_a_passage_with_the_verb(write_articles):
    index = one_article(write_articles, "Ortiz has met Brandt three times since the election.")
    assert "three times" in index.search("How many times has Ortiz met Brandt?")[0].text


def test_how_much_of_a_thing_is_refused_without_a_number_beside_the_thing(write_articles):
    index = one_article(write_articles, "Europe buys gas from Norway. Two pipelines from Norway were repaired.")
    assert index.search("How much gas does Europe buy from Norway?") == []


def test_how_much_of_a_thing_is_answered_by_a_number_beside_the_thing(write_articles):
    index = one_article(write_articles, "Europe buys 90 billion cubic metres of gas from Norway a year.")
    assert "90 billion" in index.search("How much gas does Europe buy from Norway?")[0].text


def test_how_long_is_refused_without_a_number_and_its_unit(write_articles):
    index = one_article(write_articles, "Ortiz has been mayor of Marwick since the floods; 3 aides resigned.")
    assert index.search("How long has Ortiz been mayor?") == []


def test_how_long_is_answered_by_a_number_and_its_unit(write_articles):
    index = one_article(write_articles, "Ortiz has been mayor of Marwick for six years.")
    assert "six years" in index.search("How long has Ortiz been mayor?")[0].text


def test_what_percentage_is_refused_without_a_share(write_articles):
    index = one_article(write_articles, "Dozens of voters in Marwick backed the plan in 2 wards.")
    assert index.search("What percentage of voters backed the plan?") == []


def test_what_percentage_is_answered_by_a_share(write_articles):
    index = one_article(write_articles, "Some 62% of voters in Marwick backed the plan.")
    assert "62%" in index.search("What percentage of voters backed the plan?")[0].text


def test_a_kind_of_person_asked_is_answered_by_a_name_without_the_kinds_word(write_articles):
    index = one_article(write_articles, "At the final, Mara Lindqvist did the sign language translation.")
    assert "Mara Lindqvist" in index.search("What actress did the sign language translation at the final?")[0].text


def test_a_kind_of_person_asked_is_refused_by_a_passage_naming_nobody(write_articles):
    index = one_article(write_articles, "At the final, a volunteer did the sign language translation.")
    assert index.search("What actress did the sign language translation at the final?") == []


def test_a_thing_described_by_a_clause_after_it_need_not_be_named(write_articles):
    index = one_article(write_articles, "Falling oil prices started a rally in shares.")
    assert "oil prices" in index.search("What was the catalyst that started the rally in shares?")[0].text


def test_an_acronym_owner_is_found_spelled_out(write_articles):
    index = one_article(
        write_articles,
        "Dana Ortiz, chair of the Greater Marwick Pigeon Association, said races resume. "
        f"{FILLER} The GMPA met on Monday.",
    )
    assert any("Dana Ortiz" in p.text for p in index.search("Who is the chair of the GMPA?"))


def test_an_english_word_asked_about_is_not_read_as_a_word_of_the_archive_spelled_alike(write_articles):
    # Unknown to the archive, "live" is one letter from "like": the question is still about living.
    index = one_article(
        write_articles,
        "Dana Ortiz said the races look like a success. Races like these draw crowds. Fans like the pigeons.",
    )
    assert index.search("Where does Dana Ortiz live?") == []


def test_how_much_money_is_refused_when_no_sentence_gives_a_sum(write_articles):
    index = one_article(write_articles, "The army spent money on large drills near the border.")
    assert index.search("How much money did the army spend on drills?") == []


def test_how_much_money_is_answered_by_a_sum_without_the_word_money(write_articles):
    index = one_article(write_articles, "The army spent $40 million on large drills near the border.")
    assert "$40 million" in index.search("How much money did the army spend on drills?")[0].text


def test_a_when_question_is_refused_by_a_passage_that_gives_no_time(write_articles):
    index = one_article(write_articles, "Marwick opened a new bridge over the river Lune.")
    assert index.search("When did Marwick open the bridge?") == []


def test_a_when_question_is_answered_by_a_passage_that_gives_a_time(write_articles):
    index = one_article(write_articles, "Marwick opened a new bridge over the river Lune on Tuesday.")
    assert "on Tuesday" in index.search("When did Marwick open the bridge?")[0].text


def test_a_when_question_passes_the_lenient_check_on_a_time_in_the_sentence_before(write_articles):
    index = one_article(write_articles, "The council met in March. Marwick opened a new bridge over the river Lune.")
    lenient = index.switched(shown_kind=False)  # the strict check asks the time of the opening itself
    assert "bridge" in lenient.search("When did Marwick open the bridge?")[0].text


def test_a_who_question_is_refused_by_a_passage_that_names_only_a_body(write_articles):
    index = one_article(write_articles, "Volunteers of the Marwick Rescue Service train in a park in Brackenby.")
    assert index.search("Who trains the volunteers in Brackenby?") == []


def test_a_who_question_is_answered_by_a_passage_that_names_a_person(write_articles):
    index = one_article(write_articles, "Volunteers of the Marwick Rescue Service train in a park with Tilda Brandt.")
    assert "Tilda Brandt" in index.search("Who trains the volunteers in the park?")[0].text


def test_a_who_question_is_answered_by_people_described_by_what_they_did(write_articles):
    index = one_article(write_articles, "Two officials who briefed reporters spoke about the Lune bridge.")
    assert "officials" in index.search("Who briefed reporters about the bridge?")[0].text


def test_a_measure_asked_is_refused_by_a_passage_whose_only_number_is_a_date(write_articles):
    index = one_article(write_articles, "The distance between Marwick and Brackenby was measured in 2019.")
    assert index.search("What is the distance between Marwick and Brackenby?") == []


def test_a_measure_asked_is_answered_by_a_passage_that_gives_a_number(write_articles):
    index = one_article(write_articles, "The distance between Marwick and Brackenby is 40 km.")
    assert "40 km" in index.search("What is the distance between Marwick and Brackenby?")[0].text


def test_an_attribute_measured_in_numbers_is_refused_without_one(write_articles):
    index = one_article(write_articles, "The height of the tower of Marwick was measured in 2019.")
    assert index.search("What is the height of the tower of Marwick?") == []


def test_several_things_give_no_number_of_them(write_articles):
    index = one_article(write_articles, "Marwick has several lakes and a forest.")
    assert index.search("How many lakes are in Marwick?") == []


def test_a_kind_of_person_asked_with_its_modifier_is_refused_by_another_of_that_kind(write_articles):
    index = one_article(write_articles, "Defence Minister Tilda Brandt of Marwick said the bridge would open.")
    assert index.search("Who is the foreign minister of Marwick?") == []


def test_a_kind_of_person_asked_with_its_modifier_is_answered_by_one_with_it(write_articles):
    index = one_article(write_articles, "Foreign Minister Tilda Brandt of Marwick said the bridge would open.")
    assert "Tilda Brandt" in index.search("Who is the foreign minister of Marwick?")[0].text


def test_a_distance_asked_is_refused_by_a_passage_whose_only_number_is_a_span_of_time(write_articles):
    text = "The distance between Marwick and Brackenby has been argued over for eight years."
    index = one_article(write_articles, text).switched(measure_unit=True)
    assert index.search("What is the distance between Marwick and Brackenby?") == []


def test_by_default_a_measure_asked_is_not_refused_for_want_of_its_unit(write_articles):
    # Off: "the volume of gas needed" is answered by "rather smaller volumes" (an answerable paraphrase).
    text = "The distance between Marwick and Brackenby has been argued over for eight years."
    assert one_article(write_articles, text).search("What is the distance between Marwick and Brackenby?") != []


def test_an_age_asked_is_answered_by_a_span_of_years(write_articles):
    index = one_article(write_articles, "The bridge of Marwick is 120 years old, the council said.")
    assert "120 years" in index.search("What is the age of the bridge of Marwick?")[0].text


def test_a_price_asked_is_answered_by_a_sum(write_articles):
    index = one_article(write_articles, "The price of the bridge of Marwick was $40 million, the council said.")
    assert "$40 million" in index.search("What is the price of the bridge of Marwick?")[0].text


def test_a_count_of_another_thing_does_not_say_how_many_of_the_thing(write_articles):
    index = one_article(write_articles, "Fighting between soldiers and rebels in Marwick has killed over 400 people.")
    assert index.search("How many rebels are fighting in Marwick?") == []


def test_a_count_of_the_thing_says_how_many(write_articles):
    index = one_article(write_articles, "Over 400 rebels are fighting soldiers in Marwick.")
    assert "400 rebels" in index.search("How many rebels are fighting in Marwick?")[0].text
