import pytest

from bot.engine.analysis import tokens
from bot.engine.analysis.memo import ByteBudgetMemo
from bot.engine.analysis.tokens import MAX_WORD_LENGTH, americanize, compound_terms, term, tokenize, words
from tests.support.limits import finished, run_limited


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


@pytest.mark.parametrize(
    ("british", "american"),
    [("xyzourable", "xyzorable"), ("abcyses", "abcyzes"), ("abdence", "abdense"), ("abtres", "abters"),
     ("abcogues", "abcogs"), ("colourourour", "colourouror"), ("ourisation", "ourization")],
)  # fmt: skip
def test_each_spelling_rule_changes_only_the_word_s_ending(british, american):
    assert americanize(british) == american


@pytest.mark.parametrize("word", ["ouraaa", "our" + "a" * 4000, "ence", "abaence", "xtre", "ogue"])
def test_spelling_rules_need_their_whole_ending_and_the_letters_before_it(word):
    assert americanize(word) == word


@pytest.mark.parametrize("shape", ["'our' + 'a' * 1_000_000", "'is' + 'a' * 1_000_000", "'ence' + 'b' * 1_000_000"])
def test_british_spelling_rules_take_work_linear_in_a_word_s_length(shape):
    # Quadratic rules needed hours of CPU for a 1 MB word; linear ones a few milliseconds.
    result = run_limited(
        "from bot.engine.analysis.tokens import americanize", f"americanize({shape})", memory_mb=64, cpu_seconds=5
    )
    assert finished(result), result.stderr[-2000:]


def test_a_word_as_long_as_the_bound_keeps_its_term():
    word = "a" * (MAX_WORD_LENGTH - 4) + "ship"
    assert tokenize(word) == [word.removesuffix("ship") + "ship"] and words(word) == [word]


def test_a_compound_longer_than_the_bound_has_no_terms():
    token = "b" * (MAX_WORD_LENGTH + 1)
    assert tokenize(f"troops {token} gathered") == tokenize("troops gathered")
    assert words(f"troops {token}") == ["troops"] and compound_terms(token) == ()


def test_a_hyphenated_compound_longer_than_the_bound_has_no_terms():
    assert tokenize("troops " + "-".join(["ab"] * 100)) == ["troop"]


def test_term_memos_are_bounded_in_bytes():
    assert isinstance(term, ByteBudgetMemo) and isinstance(tokens._compound_terms, ByteBudgetMemo)
    assert term.budget + tokens._compound_terms.budget <= 256 << 20
