from pathlib import Path

from bot.engine.corpus import load_corpus
from bot.engine.titles import title_from_filename, title_from_lead
from tests.support.paths import CORPUS, SEED_TITLE


def test_a_file_name_of_digits_and_hex_gives_no_title():
    assert title_from_filename(Path("000_a388bfca99b435f5.txt")) == ""


def test_a_file_name_of_words_reads_as_a_title_without_its_ordering_number():
    assert title_from_filename(Path("003_nato-sends_jets.txt")) == "Nato sends jets"


def test_the_seed_is_titled_by_the_first_clause_of_its_lead():
    [article] = load_corpus(CORPUS)
    assert article.title == SEED_TITLE and article.path.name == "000_a388bfca99b435f5.txt"


def test_a_long_lead_is_cut_at_a_word_boundary():
    title = title_from_lead("Word " * 60 + "end.", limit=40)
    assert title.endswith("…") and len(title) <= 40 and title[:-1].split() == ["Word"] * 7


def test_title_line_still_wins(write_articles):
    folder = write_articles({"a1b2c3d4e5f6.txt": "date 2022-02-01 title: Talks resume\nDiplomats met in Geneva."})
    assert load_corpus(folder)[0].title == "Talks resume"


def test_hex_named_file_without_title_line_is_titled_by_its_lead(write_articles):
    folder = write_articles({"a1b2c3d4e5f6.txt": "date 2022-02-01\nDiplomats met in Geneva. They talked."})
    assert load_corpus(folder)[0].title == "Diplomats met in Geneva"
