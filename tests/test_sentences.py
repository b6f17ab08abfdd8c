from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from bot.engine.analysis.sentences import _CONTENTLESS, ABBREVIATIONS, paragraphs, sentence_spans, split_sentences
from bot.engine.corpus import load_corpus
from tests.conftest import CORPUS


def seed_sentences() -> list[str]:
    return split_sentences(load_corpus(CORPUS)[0].text)


def test_seed_splits_into_its_35_passages():
    assert len(seed_sentences()) == 35


def test_no_split_inside_an_abbreviated_date():
    assert any("on Tuesday, Jan. 25, 2022, The Russian army's Iskander" in s for s in seed_sentences())


def test_quoted_speech_stays_whole():
    assert '"Don\'t worry, sleep well," he said.' in seed_sentences()


def test_next_quote_is_its_own_sentence():
    assert '"No need to have your bags packed."' in seed_sentences()


def test_photo_credits_are_not_passages():
    assert not any("(Source:" in s for s in seed_sentences())


def test_photo_caption_text_is_kept():
    assert any(s.startswith("Dozens of civilians have been joining") for s in seed_sentences())


def test_read_more_links_are_not_passages():
    assert not any("Read more" in s or "Ukraanians" in s for s in seed_sentences())


def test_paragraph_break_ends_a_sentence_without_a_period():
    assert split_sentences("A headline without a stop\n\nThe body begins here.") == [
        "A headline without a stop",
        "The body begins here.",
    ]


def test_us_abbreviation_and_initials_do_not_split():
    text = "The U.S. Army sent aid. John F. Kennedy spoke."
    assert split_sentences(text) == ["The U.S. Army sent aid.", "John F. Kennedy spoke."]


def test_passages_are_exactly_those_of_nltks_own_punkt_with_the_same_abbreviations():
    parameters = PunktParameters()
    parameters.abbrev_types = set(ABBREVIATIONS)
    plain = PunktSentenceTokenizer(parameters)
    tricky = [
        'He said "Stop." Then (quietly.) he left... "Why?" she asked!! Mr. Smith arrived at 5 p.m. Jan. 3.',
        "Prices rose 2.5%. U.S. troops, i.e. 3,000 of them, left. The end.” “Next one.” (Sent.) Sent2.",
    ]
    for paragraph in tricky * 2 + [p for article in load_corpus(CORPUS) for p in paragraphs(article.text)]:
        assert sentence_spans(paragraph) == [
            (a, b) for a, b in plain.span_tokenize(paragraph) if not _CONTENTLESS.match(paragraph[a:b])
        ]
