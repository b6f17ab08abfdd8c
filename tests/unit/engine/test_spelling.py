from bot.engine.spelling import MAX_LENGTH, SpellingCorrector
from tests.support.limits import finished, run_limited

COUNTS = {"troops": 9, "zelenskyy": 2, "minister": 5, "ministers": 2, "trap": 3, "trip": 3, "rare": 1}


def test_a_typo_is_corrected_to_a_frequent_corpus_word():
    assert SpellingCorrector(COUNTS).correct("troups") == "troops"


def test_a_long_name_is_corrected_within_two_edits():
    assert SpellingCorrector(COUNTS).correct("zelensky") == "zelenskyy"


def test_an_ambiguous_typo_is_left_alone():
    assert SpellingCorrector(COUNTS).correct("trep") is None  # trap or trip?


def test_short_words_are_never_corrected():
    assert SpellingCorrector({"cut": 9}).correct("cup") is None


def test_words_too_rare_in_the_corpus_are_not_targets():
    assert SpellingCorrector(COUNTS).correct("rane") is None


def test_nothing_close_means_no_correction():
    assert SpellingCorrector(COUNTS).correct("pancakes") is None


def test_a_word_longer_than_every_corpus_word_is_not_looked_up():
    corrector = SpellingCorrector(COUNTS)
    assert not corrector.may_correct("zelenskyyy" + "y")  # two letters past the longest, "zelenskyy"
    assert corrector.may_correct("zelenskyyy")


def test_no_word_past_the_length_of_real_words_is_looked_up_whatever_the_corpus():
    long_word = "a" * (MAX_LENGTH + 1)
    assert not SpellingCorrector({long_word: 5, long_word + "a": 5}).may_correct(long_word)


def test_a_long_unknown_word_is_not_remembered():
    corrector = SpellingCorrector(COUNTS)
    assert corrector.correct("troups" * 700) is None
    assert corrector.correct("troups") == "troops"  # and the memo still works


def test_a_4096_letter_word_is_answered_in_a_few_megabytes():
    result = run_limited(
        """
        from bot.engine.corpus import load_corpus
        from bot.engine.search import build_index
        from bot.engine.answer import answer
        index = build_index(load_corpus("corpus"))
        answer(index, "how many troops?")  # the corrector and its word list built beforehand
        index.question_terms("troups")
        """,
        'answer(index, "qwzx" * 1024)',
        memory_mb=32,
        cpu_seconds=10,
    )
    assert finished(result), result.stderr[-2000:]


def test_a_256_letter_inline_query_is_answered_in_a_few_megabytes():
    result = run_limited(
        """
        from bot.engine.corpus import load_corpus
        from bot.engine.search import build_index
        from bot.engine.answer import answer
        index = build_index(load_corpus("corpus"))
        answer(index, "how many troops?")
        index.question_terms("troups")
        """,
        'answer(index, "qwzxvkjh" * 32)',
        memory_mb=32,
        cpu_seconds=10,
    )
    assert finished(result), result.stderr[-2000:]


def test_only_the_first_four_unknown_words_of_a_question_are_corrected(seed_index):
    assert seed_index.question_terms("troups ukrane militray invasoin") == ["troop", "ukrain", "militari", "invas"]
    assert seed_index.question_terms("troups ukrane militray invasoin equipmnet")[-1] == "equipmnet"
    assert seed_index.question_terms("equipmnet") == ["equip"]
