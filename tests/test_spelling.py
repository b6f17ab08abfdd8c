from bot.engine.spelling import SpellingCorrector

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
