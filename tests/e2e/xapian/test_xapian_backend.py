"""The Xapian backend gives the in-process engine's candidates and scores, from 1-3 real shard servers."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import xapian

from bot.engine.analysis.tokens import compound_terms
from bot.engine.answer_type import focus_word
from bot.engine.backends.base import SearchBackend
from bot.engine.backends.xapian import layout
from bot.engine.backends.xapian.addresses import ShardAddressError, parse_shards
from bot.engine.backends.xapian.backend import ShardUnavailable, XapianBackend
from bot.engine.backends.xapian.writer import build_shards, shard_path, sync_shards
from bot.engine.corpus import load_corpus
from bot.engine.search import Searcher, build_index
from tests.support.paths import CORPUS, DATA
from tests.support.relatives import added_by_relatives
from tests.support.relatives import questions as relative_questions
from tests.support.xapian_servers import ShardServer, start_servers, stop_servers

QUESTIONS = Path("/work/shared/eval/questions.jsonl")
LOCAL_QUESTIONS = DATA / "questions.jsonl"
EXTRA_QUESTIONS = ["Ukraine Russia said", "Ukraine", "recipe for pancakes", "troups", "Crimea Crimean"]

# Four sentences: "troop" is in three (a negative BM25Okapi IDF, raised to epsilon × the
# mean IDF), "move" in exactly two (IDF 0, raised to the project's floor epsilon · ln 2).
FLOOR_CORPUS = {
    "1_newer.txt": "date 2023-02-01 title: Newer\nTroops moved north today.\n\nTroops moved south quickly.",
    "2_older.txt": "date 2023-01-01 title: Older\nTroops rested at night.\n\nTanks waited near the border.",
}
FLOOR_QUESTIONS = ["troops", "where did the troops move?", "tanks", "troops moved north", "border troops"]


def development_questions() -> list[str]:
    path = QUESTIONS if QUESTIONS.exists() else LOCAL_QUESTIONS
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["q"] for line in lines if line.strip()] + EXTRA_QUESTIONS


def query_of(index: Searcher, question: str) -> tuple[list[tuple[str, ...]], list[float]]:
    """The term groups and weights ``Searcher`` asks its BM25 retrieval for."""
    groups = index.term_groups(index.question_terms(question))
    focus = set(compound_terms(focus_word(question) or ""))
    weights = [index._commonness(g) * (index.options.focus_weight if g[0] in focus else 1.0) for g in groups]
    return groups, weights


def candidates(index: Searcher, backend: SearchBackend, question: str, k: int = 50) -> list[tuple[str, int, float]]:
    """BM25's best ``k`` for ``question`` from ``backend``: (article, position, score)."""
    groups, weights = query_of(index, question)
    ids, scores = backend.top(groups, weights, k)
    found = [backend.sentence(i) for i in ids.tolist()]
    return [(s.source.name, s.position, score) for s, score in zip(found, scores.tolist(), strict=True)]


def in_process_candidates(index: Searcher, question: str, k: int = 50) -> list[tuple[str, int, float]]:
    return candidates(index, index.backend, question, k)


def xapian_candidates(index: Searcher, backend: XapianBackend, question: str, k: int = 50) -> list:
    return candidates(index, backend, question, k)


def assert_same_candidates(expected: list[tuple[str, int, float]], got: list[tuple[str, int, float]]) -> None:
    assert [(name, position) for name, position, _ in got] == [(name, position) for name, position, _ in expected]
    for (_, _, want), (_, _, have) in zip(expected, got, strict=True):
        assert have == pytest.approx(want, abs=1e-9, rel=0)


def shard_folders(out: Path, count: int) -> list[Path]:
    return [shard_path(out, n) for n in range(count)]


@pytest.fixture(scope="module")
def seed_index() -> Searcher:
    return build_index(load_corpus(CORPUS))


@pytest.fixture(scope="module")
def seed_shards(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    built: dict[int, Path] = {}

    def shards(count: int) -> Path:
        if count not in built:
            built[count] = tmp_path_factory.mktemp(f"shards{count}")
            build_shards(load_corpus(CORPUS), built[count], count)
        return built[count]

    return shards


@pytest.fixture
def serve() -> Iterator[Callable[[list[Path]], list[ShardServer]]]:
    running: list[ShardServer] = []

    def start(databases: list[Path]) -> list[ShardServer]:
        servers = start_servers(databases)
        running.extend(servers)
        return servers

    yield start
    stop_servers(running)


@pytest.mark.parametrize("count", [1, 2, 3])
def test_tcp_shards_give_the_in_process_candidates_and_scores_for_every_development_question(
    count, seed_index, seed_shards, serve
):
    servers = serve(shard_folders(seed_shards(count), count))
    backend = XapianBackend(parse_shards(",".join(s.address for s in servers)))
    for question in development_questions():
        assert_same_candidates(
            in_process_candidates(seed_index, question), xapian_candidates(seed_index, backend, question)
        )


def test_local_shard_folders_give_the_in_process_candidates_and_scores(seed_index, seed_shards):
    backend = XapianBackend(parse_shards(",".join(map(str, shard_folders(seed_shards(2), 2)))))
    for question in development_questions():
        assert_same_candidates(
            in_process_candidates(seed_index, question), xapian_candidates(seed_index, backend, question)
        )


def test_local_and_tcp_shards_mix_in_one_shard_list(seed_index, seed_shards, serve):
    local, remote = shard_folders(seed_shards(2), 2)
    [server] = serve([remote])
    backend = XapianBackend(parse_shards(f"{local},{server.address}"))
    question = "how many troops?"
    assert_same_candidates(
        in_process_candidates(seed_index, question), xapian_candidates(seed_index, backend, question)
    )


@pytest.mark.parametrize("count", [1, 2, 3])
def test_tiny_corpus_floored_idfs_match_the_in_process_engine(count, write_articles, tmp_path, serve):
    corpus = write_articles(FLOOR_CORPUS)
    index = build_index(load_corpus(corpus))
    build_shards(load_corpus(corpus), tmp_path / "shards", count)
    servers = serve(shard_folders(tmp_path / "shards", count))
    backend = XapianBackend(parse_shards(",".join(s.address for s in servers)))
    assert backend.term_idf("troop") == pytest.approx(index.backend.term_idf("troop"), abs=1e-12)
    assert backend.term_idf("move") == index.backend.term_idf("move") > 0
    assert backend.term_idf("unknownword") == index.backend.term_idf("unknownword")
    for question in FLOOR_QUESTIONS:
        expected = in_process_candidates(index, question)
        assert expected, question
        assert_same_candidates(expected, xapian_candidates(index, backend, question))


def test_spelling_words_and_idfs_come_from_all_shards(seed_index, seed_shards):
    backend = XapianBackend(parse_shards(",".join(map(str, shard_folders(seed_shards(3), 3)))))
    assert backend.word_counts() == seed_index.backend.word_counts()
    assert backend.sentence_count == seed_index.sentence_count
    for t in ["troop", "ukrain", "russia", "nato", "zzz"]:
        assert backend.knows(t) == seed_index.backend.knows(t)
        assert backend.term_idf(t) == seed_index.backend.term_idf(t)


def test_stored_sentences_carry_text_article_and_previous_sentence(seed_index, seed_shards):
    backend = XapianBackend(parse_shards(str(shard_folders(seed_shards(1), 1)[0])))
    ids, _ = backend.top([("troop",)], [1.0], 50)
    for sentence_id in ids.tolist():
        sentence = backend.sentence(sentence_id)
        assert sentence == seed_index.backend.sentence(sentence.position)  # one article: id = position
    assert backend.sources == seed_index.sources
    assert backend.passage_counts() == seed_index.passage_counts() == [seed_index.sentence_count]


def test_an_article_lives_in_the_shard_its_name_hashes_to(write_articles, tmp_path):
    names = [f"article_{n}.txt" for n in range(12)]
    corpus = write_articles(
        {name: f"date 2023-01-0{1 + n % 9} Sentence about item {n}." for n, name in enumerate(names)}
    )
    build_shards(load_corpus(corpus), tmp_path / "shards", 3)
    for number in range(3):
        shard = xapian.Database(str(shard_path(tmp_path / "shards", number)))
        held = set(json.loads(shard.get_metadata(layout.META_ARTICLES)))
        assert held == {name for name in names if layout.shard_of(name, 3) == number}


def test_sync_adds_changes_and_removes_articles_touching_only_their_shards(write_articles, tmp_path):
    corpus = write_articles({f"a{n}.txt": f"date 2023-01-01 Old news number {n} about troops." for n in range(6)})
    out = tmp_path / "shards"
    build_shards(load_corpus(corpus), out, 3)
    (corpus / "a1.txt").write_text("date 2023-01-02 Changed news about tanks.")
    (corpus / "a2.txt").unlink()
    (corpus / "new.txt").write_text("date 2023-01-03 Fresh news about drones.")
    report = sync_shards(load_corpus(corpus), out)
    assert (report.added, report.changed, report.removed, report.unchanged) == (["new.txt"], ["a1.txt"], ["a2.txt"], 4)
    assert report.touched_shards == {layout.shard_of(n, 3) for n in ("new.txt", "a1.txt", "a2.txt")}
    synced = XapianBackend(parse_shards(",".join(map(str, shard_folders(out, 3)))))
    rebuilt_out = tmp_path / "rebuilt"
    build_shards(load_corpus(corpus), rebuilt_out, 3)
    rebuilt = XapianBackend(parse_shards(",".join(map(str, shard_folders(rebuilt_out, 3)))))
    index = build_index(load_corpus(corpus))
    for question in ["troops", "tanks", "drones news", "old news"]:
        assert xapian_candidates(index, synced, question) == xapian_candidates(index, rebuilt, question)
        assert_same_candidates(in_process_candidates(index, question), xapian_candidates(index, synced, question))


def test_a_running_backend_sees_synced_changes_through_the_servers(write_articles, tmp_path, serve):
    corpus = write_articles({"a.txt": "date 2023-01-01 Troops moved north.", "b.txt": "date 2023-01-01 Tanks rolled."})
    out = tmp_path / "shards"
    build_shards(load_corpus(corpus), out, 2)
    servers = serve(shard_folders(out, 2))
    backend = XapianBackend(parse_shards(",".join(s.address for s in servers)), refresh_seconds=0)
    assert backend.top([("drone",)], [1.0], 5)[0].size == 0
    (corpus / "c.txt").write_text("date 2023-01-02 Drones flew over the city.")
    sync_shards(load_corpus(corpus), out)
    ids, _ = backend.top([("drone",)], [1.0], 5)
    assert [backend.sentence(i).text for i in ids.tolist()] == ["Drones flew over the city."]
    assert backend.sentence_count == 3


def test_a_stopped_shard_server_is_named_and_a_restarted_one_is_used_again(seed_shards, serve):
    folders = shard_folders(seed_shards(2), 2)
    first, second = serve(folders)
    backend = XapianBackend(parse_shards(f"{first.address},{second.address}"))
    before = backend.top([("troop",)], [1.0], 5)
    second.stop()
    with pytest.raises(ShardUnavailable) as raised:
        backend.top([("troop",)], [1.0], 5)
    assert raised.value.shard == second.address
    with pytest.raises(ShardUnavailable):
        backend.top([("troop",)], [1.0], 5)
    second.start()
    after = backend.top([("troop",)], [1.0], 5)
    assert after[0].tolist() == before[0].tolist() and after[1].tolist() == before[1].tolist()


def test_a_shard_server_that_is_down_at_start_is_named(seed_shards, serve):
    folders = shard_folders(seed_shards(2), 2)
    [first] = serve(folders[:1])
    down = ShardServer(folders[1])
    with pytest.raises(ShardUnavailable, match=f"127.0.0.1:{down.port}"):
        XapianBackend(parse_shards(f"{first.address},{down.address}"))


def test_a_partial_shard_list_is_refused(seed_shards):
    folders = shard_folders(seed_shards(3), 3)
    with pytest.raises(ValueError, match=r"2 shard.* of a set of 3"):
        XapianBackend(parse_shards(f"{folders[0]},{folders[1]}"))


def test_a_shard_listed_twice_under_two_addresses_is_refused(seed_shards, serve):
    folders = shard_folders(seed_shards(2), 2)
    [server] = serve(folders[:1])
    with pytest.raises(ValueError, match="every shard"):
        XapianBackend(parse_shards(f"{folders[0]},{server.address}"))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "must list the shard databases"),
        ("tcp://localhost", "is not tcp://host:port"),
        ("http://127.0.0.1:80", "is not tcp://host:port"),
        ("tcp://127.0.0.1:notaport", "is not tcp://host:port"),
        ("/no/such/folder", "neither tcp://host:port nor an existing folder"),
        ("tcp://127.0.0.1:1,,tcp://127.0.0.1:2", "must list"),
        ("tcp://127.0.0.1:1,tcp://127.0.0.1:1", "twice"),
    ],
)
def test_a_malformed_shard_list_is_a_clear_error(value, message):
    with pytest.raises(ShardAddressError, match=message):
        parse_shards(value)


def test_a_folder_that_is_not_a_shard_is_named(tmp_path):
    with pytest.raises(ShardUnavailable, match=str(tmp_path)):
        XapianBackend(parse_shards(str(tmp_path)))


def test_build_refuses_a_folder_with_more_shards(seed_shards, tmp_path):
    out = tmp_path / "shards"
    shutil.copytree(seed_shards(3), out)
    with pytest.raises(ValueError, match="more than 2 shards"):
        build_shards(load_corpus(CORPUS), out, 2)


def test_article_headers_come_back_from_the_shards(write_articles, tmp_path):
    corpus = write_articles(
        {
            "a.txt": "date 2023-01-01 title: Troops\nurl: https://news.example/a\nauthor: Ann Lee\n"
            "source: Example News\nTroops moved north.\n\nThey rested.",
            "b.txt": "date 2023-01-02 Tanks rolled.",
        }
    )
    index = build_index(load_corpus(corpus))
    build_shards(load_corpus(corpus), tmp_path / "shards", 2)
    backend = XapianBackend(parse_shards(",".join(map(str, shard_folders(tmp_path / "shards", 2)))))
    assert backend.sources == index.sources
    assert backend.sources[0].url == "https://news.example/a" and backend.sources[0].outlet == "Example News"
    ids, _ = backend.top([("troop",)], [1.0], 5)
    assert backend.sentence(int(ids[0])).source == index.sources[0]


def test_retrieval_limited_to_some_articles_matches_the_in_process_engine(write_articles, tmp_path):
    articles_text = {f"a{n}.txt": f"date 2023-01-0{n + 1} Troops moved {n} times. Tanks waited." for n in range(6)}
    corpus = write_articles(articles_text)
    index = build_index(load_corpus(corpus))
    build_shards(load_corpus(corpus), tmp_path / "shards", 3)
    backend = XapianBackend(parse_shards(",".join(map(str, shard_folders(tmp_path / "shards", 3)))))
    for articles in [{0, 2, 5}, {4}, set()]:
        ids, scores = index.backend.top([("troop",), ("tank",)], [1.0, 1.0], 10, articles)
        got_ids, got_scores = backend.top([("troop",), ("tank",)], [1.0, 1.0], 10, articles)
        expected = [(index.backend.sentence(i).source.name, index.backend.sentence(i).position) for i in ids.tolist()]
        assert [(backend.sentence(i).source.name, backend.sentence(i).position) for i in got_ids.tolist()] == expected
        assert got_scores.tolist() == scores.tolist()


def test_an_articles_sentences_come_in_article_order(seed_index, seed_shards):
    backend = XapianBackend(parse_shards(",".join(map(str, shard_folders(seed_shards(2), 2)))))
    texts = [backend.sentence(i).text for i in backend.article_sentences(0)]
    assert texts == [seed_index.backend.sentence(i).text for i in seed_index.article_sentences(0)]


def following_texts(backend: SearchBackend, ids: list[int]) -> list[tuple[str, str | None]]:
    """Each sentence with the text of the one after it in its article (``None`` after the last)."""
    return [
        (backend.sentence(i).text, after.text if after is not None else None)
        for i, after in zip(ids, backend.following(ids), strict=True)
    ]


def test_the_sentence_after_each_matches_the_in_process_engine_also_after_a_sync(write_articles, tmp_path):
    articles_text = {
        f"a{n}.txt": f"date 2023-01-01 Troops moved {n} times. Tanks waited {n} days. End {n}." for n in range(6)
    }
    corpus = write_articles(articles_text)
    out = tmp_path / "shards"
    build_shards(load_corpus(corpus), out, 3)
    (corpus / "a1.txt").write_text("date 2023-01-02 Troops moved again. Drones flew. Tanks waited.")
    sync_shards(load_corpus(corpus), out)  # a1's sentences are new documents at the end of its shard
    backend = XapianBackend(parse_shards(",".join(map(str, shard_folders(out, 3)))))
    index = build_index(load_corpus(corpus))
    ids, _ = backend.top([("troop",), ("tank",)], [1.0, 1.0], 20)
    expected_ids, _ = index.backend.top([("troop",), ("tank",)], [1.0, 1.0], 20)
    assert following_texts(backend, ids.tolist()) == following_texts(index.backend, expected_ids.tolist())


@pytest.mark.usefixtures("wordnet")
def test_relatives_add_from_shards_the_candidates_a_search_of_every_sentence_with_them_adds(seed_shards):
    index = Searcher(XapianBackend(parse_shards(",".join(map(str, shard_folders(seed_shards(2), 2))))))
    added = {question: added_by_relatives(index, question) for question in relative_questions()}
    assert {q: cheap for q, (cheap, _) in added.items()} == {q: full for q, (_, full) in added.items()}
    assert any(cheap for cheap, _ in added.values())


@pytest.mark.usefixtures("wordnet")
def test_relatives_add_the_same_sentences_from_shards_as_in_process(seed_index, seed_shards):
    index = Searcher(XapianBackend(parse_shards(",".join(map(str, shard_folders(seed_shards(2), 2))))))

    def added(searcher: Searcher, question: str) -> list[tuple[str, int]]:
        found = searcher.backend.sentences(added_by_relatives(searcher, question)[0])
        return [(s.source.name, s.position) for s in found]

    assert {q: added(index, q) for q in relative_questions()} == {q: added(seed_index, q) for q in relative_questions()}


@pytest.mark.usefixtures("wordnet")
def test_a_role_question_reads_each_articles_opening_from_its_own_shard(write_articles, tmp_path):
    # "Who is the ROLE of Y?" reads the opening of each shown passage's article for its country; a
    # shard's ids are not consecutive within an article, so the opening is found by the article.
    corpus = write_articles(
        {
            f"article_{n}.txt": f"date 2023-01-0{1 + n % 9} title: Port news {n}\nThe harbour of Brackenby reopened."
            f"\n\nShips came back. The harbour master of Brackenby is Anna Kowalczyk, item {n}."
            for n in range(8)
        }
    )
    build_shards(load_corpus(corpus), tmp_path / "shards", 3)
    index = Searcher(XapianBackend(parse_shards(",".join(map(str, shard_folders(tmp_path / "shards", 3))))))
    expected = build_index(load_corpus(corpus)).search("Who is the harbour master of Brackenby?")
    found = index.search("Who is the harbour master of Brackenby?")
    assert found and [p.text for p in found] == [p.text for p in expected]
