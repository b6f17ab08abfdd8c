from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from bot.engine.analysis.sentences import (
    ABBREVIATIONS,
    CONTENTLESS,
    MAX_PASSAGE,
    paragraphs,
    sentence_spans,
    split_sentences,
)
from bot.engine.corpus import load_corpus
from tests.support.limits import finished, run_limited
from tests.support.paths import CORPUS


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
            (a, b) for a, b in plain.span_tokenize(paragraph) if not CONTENTLESS.match(paragraph[a:b])
        ]


def test_a_run_longer_than_a_telegram_message_without_a_sentence_end_is_cut_at_spaces():
    run = " ".join(f"troops{i} gathered" for i in range(2_000))
    passages = split_sentences(f"Talks began. {run}. Talks ended.")
    assert passages[0] == "Talks began." and passages[-1] == "Talks ended."
    middle = passages[1:-1]
    assert len(middle) > 1 and all(len(p) <= MAX_PASSAGE for p in middle)
    assert " ".join(middle) == run + "."


def test_a_long_run_without_spaces_is_cut_at_the_passage_length():
    passages = split_sentences("Talks began. " + "x" * (2 * MAX_PASSAGE + 10) + " end.")
    assert [len(p) for p in passages] == [len("Talks began."), MAX_PASSAGE, MAX_PASSAGE, len("x" * 10 + " end.")]


def test_a_sentence_as_long_as_a_telegram_message_stays_whole():
    sentence = ("troops gathered " * 300)[: MAX_PASSAGE - 1].strip() + "."
    assert split_sentences(f"Talks began. {sentence} Talks ended.") == ["Talks began.", sentence, "Talks ended."]


def test_questions_over_an_article_with_a_one_megabyte_sentence_take_bounded_work(tmp_path):
    # Marking a date in a passage read every token for every date: a 1 MB sentence took minutes.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    run = " ".join(f"troops gathered near the border in {2000 + i % 20} with 100,000 men" for i in range(16_000))
    (corpus / "a.txt").write_text(f"date 2022-01-01 Talks began.\n\n{run}.\n")
    result = run_limited(
        f"""
        from bot.engine.corpus import load_corpus
        from bot.engine.search import build_index
        from bot.engine.answer import answer
        index = build_index(load_corpus({str(corpus)!r}))
        """,
        """
        for question in ("when did troops gather near the border?", "how many troops gathered?", "where were troops?"):
            answer(index, question)
        """,
        memory_mb=256,
        cpu_seconds=20,
    )
    assert finished(result), result.stderr[-2000:]
