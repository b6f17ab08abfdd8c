"""Rules (switches ``role_unwritten``, ``role_unwritten_body``, ``question_apostrophe``,
``named_agent_unwritten``): an office or its body the archive never writes, the role a statement
describes, a name asked as "whats the name of …", and an act of few senses no passage writes."""

import pytest

from bot.engine.conversation import spelled
from tests.support.one_article import one_article

pytestmark = pytest.mark.usefixtures("wordnet")

EMBASSY = "Norway ordered the families of its staff at the Norwegian Embassy in Oslo to leave the country."
AMBASSADOR = "Norway pulled families out of its embassy. Who is the Norwegian ambassador in Oslo?"


def test_an_office_the_archive_never_writes_is_not_answered_by_its_embassy(write_articles):
    assert one_article(write_articles, EMBASSY).search(AMBASSADOR) == []


def test_an_office_the_archive_writes_with_its_holder_is_answered(write_articles):
    text = f"{EMBASSY} Norwegian ambassador Kari Holm said the embassy stays open."
    assert "Kari Holm" in " ".join(p.text for p in one_article(write_articles, text).search(AMBASSADOR))


def test_his_name_after_a_described_role_asks_that_roles_holder(write_articles):
    index = one_article(write_articles, "In 2010, after the ouster of a pro-Western president in Minsk, protests grew.")
    asked = "A pro-Western president was ousted in Minsk in 2010. What was his name?"
    assert index.switched(role_unwritten_statement=True).search(asked) == []


def test_whats_is_read_as_whats_with_its_apostrophe_not_corrected_to_what(write_articles):
    index = one_article(write_articles, "A woman walks with her dogs near the frontline.")
    assert spelled(index, "whats the name of the woman with the dogs").startswith("what's the name")


AID = "A shipment of ammunition sent as part of a new aid package arrived in Oslo, defence minister Kari Holm said."
APPROVED = "Who approved the new aid package?"


def test_an_act_of_few_senses_no_passage_writes_names_no_one_who_did_it(write_articles):
    assert one_article(write_articles, AID).switched(named_agent_unwritten=True).search(APPROVED) == []


def test_an_act_of_few_senses_written_with_its_doer_is_answered(write_articles):
    index = one_article(write_articles, f"{AID} Parliament approved the new aid package in March.")
    index = index.switched(named_agent_unwritten=True)
    assert "Parliament approved" in " ".join(p.text for p in index.search(APPROVED))


def test_the_switches_turn_the_rules_off(write_articles):
    embassy, aid = one_article(write_articles, EMBASSY), one_article(write_articles, AID)
    # person_named (rule 84) refuses it too: no person is named
    assert embassy.switched(role_unwritten=False, person_named=False).search(AMBASSADOR) != []
    assert aid.search(APPROVED) != []  # named_agent_unwritten is off


CHIEF = "Norwegian army chief Kari Holm visited the embassy staff in Oslo."
GENERAL_STAFF = "Who is Norway's chief of the general staff?"


def test_a_body_named_by_a_word_the_archive_never_writes_has_no_holder_named(write_articles):
    assert one_article(write_articles, CHIEF).search(GENERAL_STAFF) == []


def test_the_body_rule_switched_off_lets_another_chief_answer(write_articles):
    index = one_article(write_articles, CHIEF)
    assert index.switched(role_unwritten_body=False).search(GENERAL_STAFF) != []


def test_a_body_the_archive_writes_is_left_to_the_holder_rule(write_articles):
    text = "Kari Holm, chief of the general staff, visited the embassy in Oslo."
    assert "Kari Holm" in " ".join(p.text for p in one_article(write_articles, text).search(GENERAL_STAFF))


def test_an_office_the_archive_writes_is_known_without_correcting_its_synonyms_spelling(write_articles):
    # Its synonyms the archive does not write were spelling-corrected one by one, which
    # built the corrector (14 ms at 1M) for a question whose own words are all written.
    index = one_article(write_articles, "Norwegian ambassador Kari Holm said the embassy in Oslo stays open.")
    assert "Kari Holm" in " ".join(p.text for p in index.search("Who is the Norwegian ambassador in Oslo?"))
    assert "_corrector" not in vars(index)
