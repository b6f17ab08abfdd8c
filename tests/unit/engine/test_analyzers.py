"""Each language's analyzer: Snowball stems, stop words, numbers, sentence ends of its script, Chinese words."""

from __future__ import annotations

import pytest

from bot.engine.analysis.analyzer import ENGLISH
from bot.engine.analysis.analyzers import analyzer_for, analyzer_keys


def terms(language: str, text: str) -> list[str]:
    return analyzer_for(language).tokenize(text)


def sentences(language: str, text: str) -> list[str]:
    return analyzer_for(language).split_sentences(text)


def test_english_is_the_english_analyzer_itself():
    assert analyzer_for("en") is ENGLISH


def test_a_language_without_an_analyzer_is_read_as_english():
    assert analyzer_for("xx") is ENGLISH


def test_a_regional_tag_names_its_language():
    assert analyzer_for("de-AT").language == "de"


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("de", ["Soldaten", "Soldat"]),
        ("es", ["soldados", "soldado"]),
        ("fr", ["soldats", "soldat"]),
        ("ru", ["солдатов", "солдаты"]),
        ("ro", ["soldații", "soldaților"]),
        ("tr", ["askerleri", "askerler"]),
        ("el", ["στρατιώτες", "στρατιωτών"]),
        ("ar", ["الجنود", "جنود"]),
        ("hi", ["सैनिकों", "सैनिक"]),
    ],
)
def test_inflected_forms_of_a_word_share_one_snowball_stem(language, forms):
    assert len({tuple(terms(language, form)) for form in forms}) == 1


@pytest.mark.parametrize(
    ("language", "text", "stop_word"),
    [
        ("de", "die Soldaten und die Panzer", "und"),
        ("es", "los soldados y tanques", "y"),
    ],
)
def test_stop_words_of_the_language_are_no_terms(language, text, stop_word):
    assert stop_word not in terms(language, text)
    assert len(terms(language, text)) == 2


@pytest.mark.parametrize(
    "forms",
    [["уровень", "уровня"], ["блокировок", "блокировка"], ["разрушенный", "разрушила", "разрушить"]],
)
def test_russian_forms_snowball_leaves_apart_share_their_lemmas_term(forms):
    assert len({tuple(terms("ru", form)) for form in forms}) == 1


@pytest.mark.parametrize("word", ["война", "Россия", "город", "год"])
def test_a_russian_content_word_of_stopwordsisos_list_is_a_term(word):
    assert terms("ru", word) != []


@pytest.mark.parametrize("word", ["после", "против", "без"])
def test_a_russian_preposition_is_a_term(word):
    assert terms("ru", word) != []


def test_a_stop_word_of_another_language_is_a_term():
    assert terms("de", "die") == []
    assert terms("en", "die") == ["die"]


@pytest.mark.parametrize(
    ("language", "written", "term"),
    [("de", "1.000,5", "1000.5"), ("en", "1,000.5", "1000.5"), ("ar", "٢٠٢٢", "2022"), ("hi", "१२३", "123")],
)
def test_numbers_are_one_term_in_ascii_digits_whatever_the_language_writes(language, written, term):
    assert terms(language, f"{written} x") == [term]


def test_dates_keep_their_day_and_year_as_terms():
    assert terms("de", "am 24. Februar 2022")[::2] == ["24", "2022"]


def test_turkish_capital_i_lowercases_to_the_dotless_i():
    assert terms("tr", "ISPARTA") == terms("tr", "ısparta")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("zh", "俄罗斯调动了军队。北约表示反对！为什么？", ["俄罗斯调动了军队。", "北约表示反对！", "为什么？"]),
        ("hi", "भारत की राजधानी दिल्ली है। सैनिक आए॥ क्यों?", ["भारत की राजधानी दिल्ली है।", "सैनिक आए॥", "क्यों?"]),
        ("ar", "ذهب الجنود إلى المدينة. لماذا؟ هذا سؤال", ["ذهب الجنود إلى المدينة.", "لماذا؟", "هذا سؤال"]),
        ("el", "Ο πόλεμος ξεκίνησε. Γιατί; Δεν ξέρω.", ["Ο πόλεμος ξεκίνησε.", "Γιατί;", "Δεν ξέρω."]),
        (
            "ru",
            "Войска вошли в город! Почему? Никто не знает.",
            ["Войска вошли в город!", "Почему?", "Никто не знает."],
        ),
    ],
)
def test_sentences_end_at_the_marks_of_their_script(language, text, expected):
    assert sentences(language, text) == expected


def test_an_initial_does_not_end_a_sentence():
    assert sentences("de", "Der Autor J. R. Tolkien schrieb es. Es war gut.") == [
        "Der Autor J. R. Tolkien schrieb es.",
        "Es war gut.",
    ]


def test_a_german_ordinal_does_not_end_a_sentence():
    assert sentences("de", "Am 12. März kamen sie. Dann gingen sie.") == ["Am 12. März kamen sie.", "Dann gingen sie."]


def test_a_period_before_a_lowercase_word_does_not_end_a_sentence():
    assert len(sentences("ru", "Это т. е. пример. Второе предложение.")) == 2


def test_chinese_text_is_cut_into_words():
    assert analyzer_for("zh").words("俄罗斯调动了军队") == ["俄罗斯", "调动", "了", "军队"]


def test_a_long_chinese_word_also_has_its_shorter_words_as_terms():
    assert {"中华人民共和国", "人民", "共和国"} <= set(terms("zh", "中华人民共和国"))


def test_a_chinese_word_also_has_its_characters_as_terms():
    assert terms("zh", "军队") == ["军队", "军", "队"]


def test_a_chinese_word_cut_otherwise_in_the_question_matches_by_its_characters():
    assert "军" in set(terms("zh", "军")) & set(terms("zh", "军队"))


def test_a_chinese_question_shares_terms_with_its_answer():
    question, answer = terms("zh", "俄罗斯调动了多少军队？"), terms("zh", "俄罗斯调动了十万军队。")
    assert {"俄罗斯", "调动", "军队"} <= set(question) & set(answer)


def test_thai_runs_match_by_their_character_pairs():
    assert set(terms("th", "กรุงเทพ")) & set(terms("th", "เมืองหลวงคือกรุงเทพมหานคร"))


def test_an_index_records_the_key_of_each_language_analyzer_and_the_default_one():
    assert analyzer_keys(["de", "ru"], ENGLISH) == {
        "de": analyzer_for("de").key,
        "en": ENGLISH.key,
        "ru": analyzer_for("ru").key,
    }
