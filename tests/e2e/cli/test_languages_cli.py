"""``python -m bot ask`` over an archive of English, German and Russian articles: every question,
in any of its languages, answered from its own language's article (or by a name, across them)."""

from __future__ import annotations

import json

from tests.support.bot_cli import bot
from tests.support.languages import MIXED, QUESTIONS


def asked(corpus, *questions: str, lang: str | None = None) -> list[dict]:
    extra = ["--lang", lang] if lang else []
    done = bot("ask", "--json", "--corpus", str(corpus), *extra, stdin="\n".join(questions) + "\n")
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_each_answer_comes_from_the_article_in_the_questions_language(write_articles):
    corpus = write_articles(dict(MIXED))
    rows = asked(corpus, *QUESTIONS)
    assert [row["passages"][0]["source"] for row in rows] == ["english.txt", "german.txt", "russian.txt"]
    for row, answered_by in zip(rows, QUESTIONS.values(), strict=True):
        assert answered_by in row["passages"][0]["text"]


def test_a_name_asked_in_german_finds_the_english_sentence_naming_it(write_articles):
    (row,) = asked(write_articles(dict(MIXED)), "Was hat Biden gesagt?", lang="de")
    assert row["passages"][0]["source"] == "english.txt"
