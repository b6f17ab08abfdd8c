import pytest

from bot.engine.analysis.tokens import americanize, tokenize


def test_lowercases_and_stems():
    assert tokenize("Troops MASSED") == ["troop", "mass"]


def test_stop_words_are_dropped():
    assert tokenize("how many of the troops") == ["troop"]


@pytest.mark.parametrize(
    ("text", "term"), [("100,000", "100000"), ("8500", "8500"), ("US$200", "us$200"), ("2.5", "2.5")]
)
def test_numbers_are_kept_whole(text, term):
    assert tokenize(text) == [term]


def test_hyphenated_words_match_their_parts():
    assert tokenize("Russia-backed") == ["russia", "back"]


def test_hyphenated_model_names_also_match_unhyphenated():
    assert tokenize("F-16s") == ["16", "f16"]
    assert "f16" in tokenize("F16")


def test_possessives_match_the_noun():
    assert tokenize("Ukraine's spokesman's") == tokenize("Ukraine spokesman")


def test_curly_apostrophe_is_a_straight_one():
    assert tokenize("NATO’s") == tokenize("NATO's")


def test_capitalised_us_is_the_country_not_the_pronoun():
    assert tokenize("the US said") == ["usa", "say"]
    assert tokenize("told us") == ["tell"]


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("defence", "defense"),
        ("neighbouring", "neighboring"),
        ("destabilise", "destabilize"),
        ("centre", "center"),
        ("scepticism", "skepticism"),
    ],
)
def test_british_and_american_spellings_match(british, american):
    assert tokenize(british) == tokenize(american)


@pytest.mark.parametrize("word", ["four", "hour", "your", "rise", "fence"])
def test_spelling_rules_leave_short_words_alone(word):
    assert americanize(word) == word


def test_markup_and_emoji_yield_only_words():
    assert tokenize("<b>troops</b> 🙂") == ["troop"]


def test_irregular_past_forms_match_the_base_verb():
    assert tokenize("he said they began") == tokenize("he says they begin")
