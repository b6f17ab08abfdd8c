"""Answer quality on the development question sets must not fall below the bars."""

from pathlib import Path

import pytest

from bot.engine.corpus import load_corpus
from bot.engine.evaluation import Report, evaluate, read_questions
from bot.engine.search import Searcher, build_index
from tests.support.paths import ROOT

DATA = ROOT / "tests" / "data"
SQUAD = ROOT.parent / "shared" / "eval" / "squad"


def report_for(index: Searcher, name: str, negatives: str | None = None) -> Report:
    return evaluate(index, read_questions(DATA / name), read_questions(DATA / negatives) if negatives else [])


def test_development_questions_reach_hit1_095_and_hit3_100(seed_index):
    report = report_for(seed_index, "questions.jsonl")
    assert report.hit3 == report.questions, report.misses
    assert report.hit1 / report.questions >= 0.95, report.misses


def test_paraphrased_questions_stay_above_their_measured_floor(seed_index):
    report = report_for(seed_index, "paraphrases.jsonl")
    assert report.hit1 / report.questions >= 0.86, report.misses
    assert report.hit3 / report.questions >= 0.94, report.misses


def test_squad_sample_questions_written_by_others_reach_their_measured_floor():
    # Every tenth question of the SQuAD development half (ReQA), against all 24 articles.
    if not SQUAD.exists():
        pytest.skip("../shared/eval/squad is not beside this checkout")
    index = build_index(load_corpus(SQUAD / "corpus"))
    report = evaluate(index, read_questions(SQUAD / "questions.jsonl")[::10])
    assert report.hit1 / report.questions >= 0.70, report.summary()
    assert report.hit3 / report.questions >= 0.82, report.summary()
    # Refusals that read what is asked (issue 21) leave 7 of 526 answerable questions without a passage
    # (5 before rule 27, whose "Why does Doctor Who's TARDIS always look the same?" had no answer in its first 3;
    # 6 before rule 84, whose "Who was Jacksonville's mayor at the time of the consolidation?" had none either).
    assert report.refused <= 7, report.summary()
    assert report.refused / report.questions < 0.014, report.summary()


def test_out_of_scope_questions_get_no_passage(seed_index):
    report = report_for(seed_index, "questions.jsonl", "out_of_scope.jsonl")
    assert report.rejected / report.negatives >= 0.95, report.answered_negatives


@pytest.mark.usefixtures("wordnet")
def test_near_miss_questions_sharing_the_articles_words_get_no_passage_at_their_measured_floor(seed_index):
    # Questions sharing words with the seed that it cannot answer ("how many tanks does russia have?").
    report = report_for(seed_index, "questions.jsonl", "near_miss.jsonl")
    # Measured 45/46 with rules 50-67 (43/46 before them, 41/46 before rules 20-39, 40/46 before a role tied
    # to its holder, rule 15; 37/46 before the counted thing's verb and things moved, 19/46 before WordNet).
    assert report.rejected >= 45, report.answered_negatives


@pytest.mark.parametrize("question", ["recipe for pancakes", "who won the world cup in 2018"])
def test_the_issues_out_of_scope_examples_get_no_passage(seed_index, question):
    assert seed_index.search(question) == []


def test_development_set_is_a_copy_of_the_shared_one():
    shared = ROOT.parent / "shared" / "eval" / "questions.jsonl"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert (DATA / "questions.jsonl").read_text() == Path(shared).read_text()


@pytest.mark.usefixtures("wordnet")
def test_held_out_near_miss_questions_written_after_the_method_get_no_passage_at_their_measured_floor(seed_index):
    # Written before each round of refusal rules: measured once 19/32 after them (10 new kinds, 1 refused), then
    # 25/32 with the amount rules written after seeing it, 26/32 with a role's modifier (docs/ranking-news.md).
    report = report_for(seed_index, "questions.jsonl", "near_miss_heldout.jsonl")
    assert report.rejected / report.negatives >= 0.8, report.answered_negatives


def test_answerable_paraphrases_written_after_the_rules_all_get_a_passage(seed_index):
    # 30 questions a reader might ask of the shipped article, written by someone who never saw the refusal
    # rules: 4 got nothing before the asked-thing rule read paraphrases (rule 12), none since, one since the
    # value must stand with the question's distinctive words (rule 16: "the value of the new aid package").
    report = report_for(seed_index, "paraphrases_heldout.jsonl")
    assert report.refused <= 1, report.misses
    assert report.hit3 / report.questions >= 0.9, report.misses


def test_development_paraphrases_stay_within_their_measured_refusals(seed_index):
    # 60 paraphrases the asked-thing rule was tuned on: 4 got nothing before rule 12, 3 since (two refused by
    # the relevance test, one by the asked thing), 2 since close relatives count in the relevance test (rule 20),
    # none since eval scores the date answer and pictured_scene answers "where was the woman … photographed?".
    report = report_for(seed_index, "paraphrases2.jsonl")
    assert report.refused == 0, report.misses


@pytest.mark.usefixtures("wordnet")
def test_fresh_near_miss_questions_get_no_passage_at_their_measured_floor(seed_index):
    # Written by someone who never saw the rules, measured before and after the rules: 9/44, 11/44 with rules
    # 12-15, 13/44 with rule 16, 17/44 with rules 17-19, 33/44 with rules 20-39 (tuned on it: no longer held out),
    # 34/44 with shown_subject (the talks' place the archive never names); 35/44 with named_agent; 41/44 with
    # this round's rules 50-67 (role_holder, which_member, count_measured, ...).
    report = report_for(seed_index, "questions.jsonl", "near_miss_heldout4.jsonl")
    assert report.rejected >= 41, report.answered_negatives


@pytest.mark.usefixtures("wordnet")
def test_the_freshest_near_miss_questions_get_no_passage_at_their_measured_floor(seed_index):
    # 40 follow-up questions a reader of the shipped article might ask that it cannot answer, written after
    # rule 15 by someone who never saw the rules: 11/40 refused before rule 16, 16/40 with it, 19/40 with rules
    # 17-19, 29/40 with rules 20-39 (tuned on it: no longer held out), 30/40 with shown_which, 35/40 with rules 50-67.
    report = report_for(seed_index, "questions.jsonl", "near_miss_heldout5.jsonl")
    assert report.rejected >= 35, report.answered_negatives


@pytest.mark.usefixtures("wordnet")
def test_the_freshest_answerable_paraphrases_stay_within_their_measured_refusals(seed_index):
    # 60 answerable questions written with the freshest near-miss set: 8 get nothing (13 %, over the issue's
    # 2 %: "price tag" for a sum, "lives claimed" for killed — the relevance test finds too few of their words).
    # Rules 20-21 (close relatives in the relevance test, an attribute read by what it asks) answer 3 of them;
    # capital_country, kind_noun, kind_sisters and people_sense 4 more (Washington, the seizure of Crimea, a
    # punishment, lives claimed); the last, the article's date, since eval scores its metadata answer.
    report = report_for(seed_index, "paraphrases_heldout2.jsonl")
    assert report.refused == 0, report.misses
    assert report.hit3 / report.questions >= 0.88, report.misses


@pytest.mark.usefixtures("wordnet")
def test_near_miss_questions_written_before_rules_20_to_39_get_no_passage_at_their_measured_floor(seed_index):
    # 50 follow-up questions the shipped article cannot answer, written by someone who never saw the rules or
    # ran the bot, before rules 20-39 and never read while making them: 18/50 refused before, 25/50 after
    # (docs/ranking-news.md, "Held out"); more with rules yes_no_names, shown_which and shown_subject, all
    # tuned on it (no longer held out); 45 with rules 50-67.
    report = report_for(seed_index, "questions.jsonl", "near_miss_heldout6.jsonl")
    assert report.rejected >= 45, report.answered_negatives


def test_answerable_questions_written_with_them_stay_within_their_measured_refusals(seed_index):
    # 60 answerable questions written with the set above: 3 got nothing before rules 20-39, 2 after, 1 once
    # closed_compound read "non-essential" as the article's "nonessential", none since rare_spelling ("civillians").
    report = report_for(seed_index, "paraphrases_heldout3.jsonl")
    assert report.refused == 0, report.misses
    assert report.hit3 / report.questions >= 0.90, report.misses


@pytest.mark.usefixtures("wordnet")
def test_answerable_paraphrases_of_the_last_development_pair_stay_within_their_measured_refusals(seed_index):
    # paraphrases3 / paraphrases4, written by two people who never saw the rules: 4 and 7 of 60 got nothing
    # before capital_country, kind_noun and kind_sisters, 3 and 5 after (docs/ranking-news.md, "A capital
    # standing for its country, the kind asked, a sister act, and lives counted as people"); 0 and 3 since the
    # date answer is scored, rare_spelling, chat_words, pictured_scene and a capital speaking (ibid., "Answerable
    # paraphrases answered with nothing").
    assert report_for(seed_index, "paraphrases3.jsonl").refused == 0
    assert report_for(seed_index, "paraphrases4.jsonl").refused <= 3


@pytest.mark.usefixtures("wordnet")
def test_near_miss_questions_of_the_last_development_pair_get_no_passage_at_their_measured_floor(seed_index):
    # near_miss3 / near_miss4, written by two people who never saw the rules and tuned on since: 24 and 22 of 50
    # refused before yes_no_names, shown_which, shown_subject and named_agent, 30 and 30 after; 31 and 30
    # with reason_subject; 45 and 43 with rules 50-67.
    assert report_for(seed_index, "questions.jsonl", "near_miss3.jsonl").rejected >= 45
    assert report_for(seed_index, "questions.jsonl", "near_miss4.jsonl").rejected >= 43


@pytest.mark.usefixtures("wordnet")
def test_near_miss_questions_held_out_from_this_rounds_rules_get_no_passage_at_their_measured_floor(seed_index):
    # Two sets of 50 written by people who never saw the rules or ran the bot, kept out of the project and
    # never read while making yes_no_names, shown_which, shown_subject, named_agent and the paraphrase rules:
    # 24 and 27 of 50 refused before them, 29 and 32 after (docs/ranking-news.md, "This round's rules on two
    # held-out sets"); 31 and 33 with reason_subject, tuned on them since; 45 and 44 with rules 50-67.
    assert report_for(seed_index, "questions.jsonl", "near_miss_heldout7.jsonl").rejected >= 45
    assert report_for(seed_index, "questions.jsonl", "near_miss_heldout8.jsonl").rejected >= 44


@pytest.mark.usefixtures("wordnet")
def test_answerable_questions_held_out_with_them_stay_within_their_measured_refusals(seed_index):
    # Written with the two sets above: 1 and 4 of 60 got nothing before this round's rules, 1 and 5 with them
    # (shown_subject read "seen" as the head of "the ... members seen training"), 1 and 4 once it read the
    # first participle after a noun as the verb; 0 and 2 since rare_spelling ("poeple"), the date answer scored
    # and pictured_scene.
    assert report_for(seed_index, "paraphrases_heldout4.jsonl").refused == 0
    assert report_for(seed_index, "paraphrases_heldout5.jsonl").refused <= 2


@pytest.mark.usefixtures("wordnet")
def test_near_miss_questions_held_out_from_rules_50_to_70_get_no_passage_at_their_measured_floor(seed_index):
    # 50 written by someone who never saw the rules or ran the bot, at the start of the round of rules 50-67,
    # kept out of the project and never read while making them: 32 of 50 refused before, 37 after.
    assert report_for(seed_index, "questions.jsonl", "near_miss_heldout9.jsonl").rejected >= 37


@pytest.mark.usefixtures("wordnet")
def test_answerable_questions_held_out_with_them_get_a_passage_within_their_measured_refusals(seed_index):
    # Written with the set above: 7 of 60 got nothing before rules 50-67, 5 after.
    report = report_for(seed_index, "paraphrases_heldout6.jsonl")
    assert report.refused <= 5, report.misses
    assert report.hit3 / report.questions >= 0.78, report.misses


# Pairs written in the last two rounds, each by someone who never saw the rules or ran the bot:
# (answerable set, near-miss set, near misses refused at least, answerable answered with nothing at most,
# hit@3 at least). Rules 68-84 took the first four from 22, 21, 21, 33 refused of 50 to 35, 31, 22, 33;
# this round's (docs/ranking-news.md, "This round's rules on six fresh pairs") to 35, 34, 23, 36, and
# answered with nothing 9, 9, 11, 4 of 60 to 4, 5, 4, 1. dev_s12a was this round's development pair
# (39 -> 40 refused, 1 -> 1 nothing); dev_s12b was written before the round and read only at its end
# (36 -> 37, 6 -> 5). The next round ("This round's rules on nine development pairs and two fresh
# ones") took the six to 39, 39, 31, 41, 44, 45; of its own pairs, dev_s13d and e were read only at
# its end (38 -> 45 and 33 -> 35 refused; 1 -> 0 and 4 -> 3 nothing).
ROUND_PAIRS = [
    ("paraphrases_heldout7.jsonl", "near_miss_heldout10.jsonl", 39, 3, 0.78),
    ("paraphrases_heldout8.jsonl", "near_miss_heldout11.jsonl", 39, 3, 0.83),
    ("paraphrases_heldout9.jsonl", "near_miss_heldout12.jsonl", 31, 4, 0.83),
    ("paraphrases_heldout10.jsonl", "near_miss_heldout13.jsonl", 41, 1, 0.86),
    ("paraphrases_heldout11.jsonl", "near_miss_heldout14.jsonl", 44, 0, 0.96),  # dev_s12a
    ("paraphrases_heldout12.jsonl", "near_miss_heldout15.jsonl", 45, 0, 0.95),  # dev_s12b
    ("paraphrases_heldout13.jsonl", "near_miss_heldout16.jsonl", 42, 1, 0.96),  # dev_s13a
    ("paraphrases_heldout14.jsonl", "near_miss_heldout17.jsonl", 44, 1, 0.95),  # dev_s13b, read after wave 2
    ("paraphrases_heldout15.jsonl", "near_miss_heldout18.jsonl", 43, 2, 0.96),  # dev_s13c, read after wave 2
    ("paraphrases_heldout16.jsonl", "near_miss_heldout19.jsonl", 45, 0, 0.96),  # dev_s13d, held out
    ("paraphrases_heldout17.jsonl", "near_miss_heldout20.jsonl", 35, 3, 0.93),  # dev_s13e, held out
]


@pytest.mark.usefixtures("wordnet")
@pytest.mark.parametrize(("answerable", "near_miss", "refused", "nothing", "hit3"), ROUND_PAIRS)
def test_this_rounds_pairs_stay_at_their_measured_refusals(seed_index, answerable, near_miss, refused, nothing, hit3):
    report = report_for(seed_index, answerable, near_miss)
    assert report.rejected >= refused, report.answered_negatives
    assert report.refused <= nothing, report.misses
    assert report.hit3 / report.questions >= hit3, report.misses
