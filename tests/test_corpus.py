import datetime as dt

import pytest

from bot.engine.corpus import CorpusError, load_corpus
from tests.conftest import CORPUS, SEED


def test_seed_date_is_read_from_the_leading_date():
    [article] = load_corpus(CORPUS)
    assert article.date == dt.date(2022, 1, 25)


def test_text_starts_after_the_date():
    [article] = load_corpus(CORPUS)
    assert article.text.startswith("Ukraine's leaders sought")


def test_title_is_derived_from_file_name_without_title_line(write_articles):
    folder = write_articles({"nato_sends_jets.txt": "date 2022-02-01 NATO sends jets."})
    assert load_corpus(folder)[0].title == "Nato sends jets"


def test_title_line_after_date_sets_the_title(write_articles):
    folder = write_articles({"a.txt": "date 2022-02-01 title: Talks resume in Geneva\nDiplomats met."})
    [article] = load_corpus(folder)
    assert (article.title, article.text) == ("Talks resume in Geneva", "Diplomats met.")


def test_leading_whitespace_and_bom_are_allowed(write_articles):
    folder = write_articles({"a.txt": "\ufeff\n  date 2022-02-01 Text."})
    assert load_corpus(folder)[0].date == dt.date(2022, 2, 1)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("No date here.", "missing the leading 'date YYYY-MM-DD'"),
        ("date 2022-02-30 Text.", "date 2022-02-30 does not exist"),
        ("date 25/01/2022 Text.", "is not in the form YYYY-MM-DD"),
        ("date 2022-02-01   \n  ", "no article text after the date"),
        (b"date 2022-02-01 caf\xe9", "not valid UTF-8"),
    ],
)
def test_bad_file_is_refused_naming_file_and_problem(write_articles, content, problem):
    folder = write_articles({"bad.txt": content})
    with pytest.raises(CorpusError) as error:
        load_corpus(folder)
    assert "bad.txt" in str(error.value)
    assert problem in str(error.value)


def test_all_bad_files_are_reported_at_once(write_articles):
    folder = write_articles({"one.txt": "nothing", "two.txt": "date 2022-13-01 x", "ok.txt": "date 2022-01-01 Fine."})
    with pytest.raises(CorpusError) as error:
        load_corpus(folder)
    assert [p.split(":")[0].rsplit("/", 1)[-1] for p in error.value.problems] == ["one.txt", "two.txt"]


def test_empty_corpus_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match=r"no \*\.txt articles"):
        load_corpus(tmp_path)


def test_missing_corpus_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_corpus(tmp_path / "nowhere")


def test_non_txt_files_are_ignored(write_articles):
    folder = write_articles({"a.txt": "date 2022-01-01 Text.", "notes.md": "junk"})
    assert len(load_corpus(folder)) == 1


def test_seed_article_ships_byte_for_byte():
    shared = CORPUS.parent.parent / "shared" / "seeds" / SEED.name
    if not shared.exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    assert SEED.read_bytes() == shared.read_bytes()
