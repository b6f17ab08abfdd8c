import errno
import json
import os
import subprocess
import sys

import numpy
import pytest

from bot.cli import main
from bot.engine.opening import open_index
from tests.support.bot_cli import bot
from tests.support.dated_corpus import NEWEST_TITLE, write_dated_corpus
from tests.support.limits import finished, run_limited
from tests.support.paths import CORPUS, ROOT, SEED_TITLE


def test_ask_prints_best_passage_first_with_date_and_title():
    result = bot("ask", "how many troops?")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[1] == f"1. [2022-01-25] {SEED_TITLE}"
    assert "100,000 troops" in lines[2]


def test_ask_json_prints_one_object_per_question():
    result = bot("ask", "--json", "how many troops?", "recipe for pancakes")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["how many troops?", "recipe for pancakes"]
    assert "100,000 troops" in rows[0]["passages"][0]["text"]
    assert rows[1]["passages"] == []


def test_ask_json_passage_has_text_date_title_and_score():
    [row] = [json.loads(line) for line in bot("ask", "--json", "--top", "1", "troops").stdout.splitlines()]
    [passage] = row["passages"]
    assert passage["date"] == "2022-01-25"
    assert isinstance(passage["score"], float) and passage["title"] and passage["text"]


def test_ask_reads_one_question_per_stdin_line_skipping_empty_ones():
    result = bot("ask", "--json", stdin="how many troops?\n\n   \nWho is the Kremlin spokesman?\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["how many troops?", "Who is the Kremlin spokesman?"]


def test_ask_says_so_when_nothing_is_relevant():
    assert "No passage in the corpus answers this" in bot("ask", "recipe for pancakes").stdout


def test_ask_top_sets_the_number_of_passages():
    [row] = [json.loads(line) for line in bot("ask", "--json", "--top", "5", "troops").stdout.splitlines()]
    assert len(row["passages"]) == 5


@pytest.mark.parametrize(
    "args", [("ask", "--top", "0", "q"), ("ask", "--top", "x", "q"), ("ask", "--bogus"), ("nope",)]
)
def test_bad_arguments_exit_non_zero_with_a_message_on_stderr(args):
    result = bot(*args)
    assert result.returncode != 0
    assert result.stderr and not result.stdout


def test_bad_corpus_exits_non_zero_naming_the_file(tmp_path):
    (tmp_path / "broken.txt").write_text("no date")
    result = bot("ask", "--corpus", str(tmp_path), "troops")
    assert result.returncode == 2
    assert "broken.txt: missing the leading 'date YYYY-MM-DD'" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_corpus_exits_non_zero_without_traceback(tmp_path):
    result = bot("ask", "--corpus", str(tmp_path / "none"), "troops")
    assert result.returncode == 2 and "corpus folder not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_corpus_dir_comes_from_the_environment(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("date 2023-03-03 Penguins march on ice.")
    monkeypatch.setenv("CORPUS_DIR", str(tmp_path))
    result = bot("ask", "--json", "penguins")
    assert json.loads(result.stdout)["passages"][0]["date"] == "2023-03-03"


def test_eval_prints_hit_rates_and_misses():
    questions = ROOT / "tests" / "data" / "questions.jsonl"
    result = bot("eval", str(questions), "--corpus", str(CORPUS))
    assert result.returncode == 0
    assert result.stdout.splitlines()[-1].startswith("hit@1=")


def test_eval_reports_how_many_answerable_questions_got_nothing(tmp_path):
    questions = tmp_path / "set.jsonl"
    questions.write_text(
        '{"q": "how many troops?", "gold": ["100,000"]}\n{"q": "recipe for pancakes", "gold": ["x"]}\n'
    )
    result = bot("eval", str(questions), "--corpus", str(CORPUS))
    assert "answered_with_nothing=1 (50.0%)" in result.stdout.splitlines()[-1]


def test_ask_json_offers_related_passages_beside_a_refusal_and_keeps_passages_empty():
    [row] = ask_json("how many tanks does russia have?")
    assert row["passages"] == [] and row["related"] and "a number of tanks" in row["text"]


def test_index_command_builds_the_saved_index(tmp_path):
    (tmp_path / "a.txt").write_text("date 2023-03-03 Penguins march on ice.")
    result = bot("index", "--corpus", str(tmp_path))
    assert result.returncode == 0 and "Indexed 1 passages of 1 articles" in result.stdout
    assert (tmp_path / ".index" / "manifest.json").is_file()


def test_no_command_without_token_answers_in_the_terminal(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    result = subprocess.run(
        [sys.executable, "-m", "bot"], input="how many troops?\n", capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0
    assert "No TELEGRAM_BOT_TOKEN yet" in result.stderr
    assert "100,000 troops" in result.stdout


def ask_json(*args: str) -> list[dict]:
    result = bot("ask", "--json", *args)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ask_json_rows_have_kind_and_text_for_passage_questions():
    [row] = ask_json("how many troops?")
    assert row["kind"] == "passages" and row["articles"] == []
    assert row["text"].startswith(f"1. [2022-01-25] {SEED_TITLE}\n   Moscow has denied")


def test_ask_json_summary_row_has_the_summary_sentences_as_passages():
    [row] = ask_json("what is this article about?")
    assert row["kind"] == "summary" and len(row["passages"]) == 3
    assert row["passages"][0]["position"] == 0 and row["passages"][0]["text"] in row["text"]


def test_ask_json_metadata_row_lists_title_date_and_source():
    [row] = ask_json("when was the article published?")
    assert row["kind"] == "articles" and row["passages"] == []
    assert row["articles"] == [{"title": SEED_TITLE, "date": "2022-01-25", "source": "000_a388bfca99b435f5.txt"}]
    assert "published on 2022-01-25" in row["text"]


def test_ask_json_small_talk_row_is_chat_without_passages():
    [row] = ask_json("hello!")
    assert row["kind"] == "chat" and row["passages"] == [] and "Try for example" in row["text"]


def test_ask_since_and_until_restrict_article_dates(tmp_path):
    write_dated_corpus(tmp_path)
    rows = ask_json("--corpus", str(tmp_path), "--since", "2022-02-01", "--until", "2022-02-28", "talks")
    assert {p["date"] for p in rows[0]["passages"]} == {"2022-02-14"}


def test_ask_until_before_the_archive_names_its_range(tmp_path):
    write_dated_corpus(tmp_path)
    [row] = ask_json("--corpus", str(tmp_path), "--until", "2021-12-31", "refugees")
    assert row["passages"] == [] and "the archive holds 4 news articles from 2022-01-10 to 2022-03-01" in row["text"]


def test_ask_latest_question_through_the_terminal(tmp_path):
    write_dated_corpus(tmp_path)
    output = bot("ask", "--corpus", str(tmp_path), "what is the latest news?").stdout
    assert output.splitlines()[1:3] == ["Newest first:", ""]
    assert output.splitlines()[3] == f"{NEWEST_TITLE} (2022-03-01)"


def test_ask_rejects_a_date_that_is_not_iso():
    result = bot("ask", "--since", "yesterday", "troops")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr


LINKED = (
    "date 2023-03-03 title: Penguins march\nurl: https://news.example.com/penguins\n\nSome 300 penguins march on ice."
)


def test_ask_prints_the_article_link_under_its_title(tmp_path):
    (tmp_path / "a.txt").write_text(LINKED)
    lines = bot("ask", "--corpus", str(tmp_path), "penguins").stdout.splitlines()
    assert lines[1:3] == ["1. [2023-03-03] Penguins march", "   https://news.example.com/penguins"]


def test_ask_json_passage_has_url_or_null(tmp_path):
    (tmp_path / "a.txt").write_text(LINKED)
    [row] = [
        json.loads(line) for line in bot("ask", "--json", "--corpus", str(tmp_path), "penguins").stdout.splitlines()
    ]
    assert row["passages"][0]["url"] == "https://news.example.com/penguins"
    seed = json.loads(bot("ask", "--json", "troops").stdout.splitlines()[0])
    assert seed["passages"][0]["url"] is None


def test_ask_json_answer_spans_are_offsets_into_text():
    row = json.loads(bot("ask", "--json", "how many troops?").stdout.splitlines()[0])
    first, second = row["passages"][:2]
    assert [first["text"][a:b] for a, b in first["answer_spans"]] == ["100,000"]
    assert [second["text"][a:b] for a, b in second["answer_spans"]] == ["8500"]


def test_ask_json_context_spans_are_offsets_into_the_sentence_before():
    row = json.loads(bot("ask", "--json", "who said sleep well?").stdout.splitlines()[0])
    first = row["passages"][0]
    assert first["answer_spans"] == []
    assert [first["context"][a:b] for a, b in first["context_spans"]] == ["Oleksii Reznikov"]


@pytest.mark.parametrize("token", ["our" + "a" * 1_000_000, "ab-" * 333_333, "x.y-z'1,000$" * 80_000])
def test_index_of_an_article_with_a_one_megabyte_token_takes_bounded_work(tmp_path, token):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"date 2024-01-01 Troops gathered. {token} is here.\n\nTalks began in Geneva.\n")
    result = run_limited(
        "from bot.cli import main",
        f"assert main(['index', '--corpus', {str(corpus)!r}]) == 0",
        memory_mb=400,
        cpu_seconds=30,
    )
    assert finished(result), result.stderr[-2000:]
    [passage] = open_index(corpus).search("where did talks begin?")
    assert passage.text == "Talks began in Geneva."


def test_index_exits_2_naming_the_folder_and_the_problem_when_the_save_fails(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("date 2023-03-03 Penguins march on ice.")

    def disk_full(file, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(file))

    monkeypatch.setattr(numpy, "save", disk_full)
    assert main(["index", "--corpus", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert "Indexed" not in out
    assert f"could not save the index to {tmp_path / '.index'}: No space left on device" in err
