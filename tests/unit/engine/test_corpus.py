import datetime as dt
import logging

import pytest

from bot.engine.corpus import CorpusError, FutureDate, load_corpus, parse_article
from tests.support.paths import CORPUS, SEED


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


HEADERS = (
    "date 2022-02-01 title: Talks resume in Geneva\n"
    "url: https://example.com/news/talks?id=7\n"
    "Author: Jane Doe\n"
    "source: Associated Press\n"
    "\n"
    "Diplomats met.\n"
)


def test_header_lines_give_url_author_and_outlet(write_articles):
    [article] = load_corpus(write_articles({"a.txt": HEADERS}))
    assert (article.title, article.url, article.author, article.outlet, article.text) == (
        "Talks resume in Geneva",
        "https://example.com/news/talks?id=7",
        "Jane Doe",
        "Associated Press",
        "Diplomats met.",
    )


def test_header_lines_may_follow_a_date_alone_on_its_line(write_articles):
    folder = write_articles({"a.txt": "date 2022-02-01\nurl: http://example.org/a\ntitle: Talks\n\nDiplomats met."})
    [article] = load_corpus(folder)
    assert (article.title, article.url, article.text) == ("Talks", "http://example.org/a", "Diplomats met.")


def test_without_headers_url_author_and_outlet_are_none(write_articles):
    [article] = load_corpus(write_articles({"a.txt": "date 2022-02-01 title: T\nDiplomats met."}))
    assert (article.url, article.author, article.outlet) == (None, None, None)


def test_text_on_the_date_line_means_no_header_lines(write_articles):
    [article] = load_corpus(write_articles({"a.txt": "date 2022-02-01 Diplomats met.\nurl: https://example.com/"}))
    assert article.url is None and article.text.endswith("url: https://example.com/")


def test_seed_has_no_url_and_a_content_digest():
    [article] = load_corpus(CORPUS)
    assert article.url is None and len(article.digest) == 16


def test_digest_changes_with_the_file(write_articles):
    first = load_corpus(write_articles({"a.txt": "date 2022-02-01 Diplomats met."}))[0].digest
    second = load_corpus(write_articles({"a.txt": "date 2022-02-01 Diplomats met again."}))[0].digest
    assert first != second


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("ftp://example.com/a", "must start with http:// or https://"),
        ("javascript:alert(1)", "must start with http:// or https://"),
        ("example.com/a", "must start with http:// or https://"),
        ("https://", "no valid host name"),
        ("https://exa mple.com/", "characters a URL cannot hold"),
        ('https://example.com/"><script>', "characters a URL cannot hold"),
        ("https://example.com:99999/", "malformed"),
        ("https://-bad-.com/", "no valid host name"),
    ],
)
def test_malformed_url_is_refused_naming_the_file(write_articles, url, problem):
    folder = write_articles({"bad.txt": f"date 2022-02-01 title: T\nurl: {url}\n\nText."})
    with pytest.raises(CorpusError) as error:
        load_corpus(folder)
    assert "bad.txt" in str(error.value) and problem in str(error.value)


@pytest.mark.parametrize(
    ("headers", "problem"),
    [("url: https://a.example/\nurl: https://b.example/\n", "url: given twice"), ("author:\n", "author: is empty")],
)
def test_repeated_or_empty_header_is_refused(write_articles, headers, problem):
    folder = write_articles({"bad.txt": f"date 2022-02-01 title: T\n{headers}\nText."})
    with pytest.raises(CorpusError, match=problem):
        load_corpus(folder)


@pytest.mark.parametrize(
    "url", ["https://example.com", "http://127.0.0.1:8080/a?b=c#d", "https://[::1]/x", "https://bücher.de/ä"]
)
def test_wellformed_urls_are_accepted(write_articles, url):
    [article] = load_corpus(write_articles({"a.txt": f"date 2022-02-01 title: T\nurl: {url}\n\nText."}))
    assert article.url == url


def _dated(days_ahead: int) -> str:
    return (dt.date.today() + dt.timedelta(days=days_ahead)).isoformat()


def test_an_article_dated_more_than_a_day_ahead_is_refused_naming_its_date(tmp_path):
    with pytest.raises(FutureDate, match=f"date {_dated(2)} is in the future"):
        parse_article(tmp_path / "a.txt", f"date {_dated(2)} Troops gathered.".encode())


def test_an_article_dated_tomorrow_is_accepted(tmp_path):
    article = parse_article(tmp_path / "a.txt", f"date {_dated(1)} Troops gathered.".encode())
    assert article.date.isoformat() == _dated(1)


def test_the_corpus_skips_an_article_dated_in_the_future_with_a_warning_naming_it(write_articles, caplog):
    folder = write_articles({"typo.txt": "date 2100-01-01 Troops gathered.", "ok.txt": "date 2022-01-01 Talks began."})
    with caplog.at_level(logging.WARNING):
        assert [a.path.name for a in load_corpus(folder)] == ["ok.txt"]
    assert "typo.txt: date 2100-01-01 is in the future" in caplog.text


def test_the_outlet_is_the_credit_in_the_text_when_the_file_names_none(seed_index):
    assert seed_index.sources[0].outlet == "Associated Press"


def test_an_outlet_the_file_names_wins_over_a_credit_in_the_text(write_articles):
    folder = write_articles({"a.txt": " date 2024-01-01 title: T\nsource: Reuters\nText here. (Photo: Getty)\n"})
    [article] = load_corpus(folder)
    assert article.outlet == "Reuters"


def test_a_text_without_credits_has_no_outlet(write_articles):
    [article] = load_corpus(write_articles({"a.txt": " date 2024-01-01\nJust text, no credit (none here).\n"}))
    assert article.outlet is None
