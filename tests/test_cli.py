import json
import os
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, ROOT


def bot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_ask_prints_best_passage_first_with_date_and_title():
    result = bot("ask", "how many troops?")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[1] == "1. [2022-01-25] 000 a388bfca99b435f5"
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


def test_index_command_builds_the_saved_index(tmp_path):
    (tmp_path / "a.txt").write_text("date 2023-03-03 Penguins march on ice.")
    result = bot("index", "--corpus", str(tmp_path))
    assert result.returncode == 0 and "Indexed 1 passages of 1 articles" in result.stdout
    assert (tmp_path / ".index" / "bm25.npz").is_file()


def test_no_command_without_token_answers_in_the_terminal(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    result = subprocess.run(
        [sys.executable, "-m", "bot"], input="how many troops?\n", capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0
    assert "No TELEGRAM_BOT_TOKEN yet" in result.stderr
    assert "100,000 troops" in result.stdout


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
