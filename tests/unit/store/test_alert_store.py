"""The alert store: watches, digests and what was sent survive a restart; limits hold; bad states cost a warning."""

from __future__ import annotations

import sqlite3

from bot.store.database import DATABASE_NAME, SCHEMA_VERSION
from bot.store.watches import Added, AlertStore


def test_a_watch_is_kept_across_reopening(tmp_path):
    store = AlertStore(tmp_path)
    assert store.add_watch(5, None, "gas prices", "gas price", limit=10) is Added.ADDED
    store.close()
    [kept] = AlertStore(tmp_path).watches(5)
    assert (kept.chat_id, kept.words, kept.key) == (5, "gas prices", "gas price")


def test_the_same_watch_twice_is_stored_once(tmp_path):
    store = AlertStore(tmp_path)
    store.add_watch(5, None, "gas prices", "gas price", limit=10)
    assert store.add_watch(5, None, "prices gas", "gas price", limit=10) is Added.ALREADY
    assert len(store.watches(5)) == 1


def test_ten_thousand_watches_from_one_chat_stop_at_the_limit(tmp_path):
    store = AlertStore(tmp_path)
    results = [store.add_watch(5, None, f"word{i}", f"word{i}", limit=10) for i in range(10_000)]
    assert results.count(Added.ADDED) == 10
    assert results.count(Added.FULL) == 9_990
    assert len(store.watches(5)) == 10


def test_a_watch_is_removed_only_from_its_own_chat(tmp_path):
    store = AlertStore(tmp_path)
    store.add_watch(5, None, "gas", "gas", limit=10)
    [watch] = store.watches(5)
    assert store.remove_watch(6, watch_id=watch.id) is None
    assert store.remove_watch(5, watch_id=watch.id) == watch
    assert store.watches(5) == []


def test_a_forgotten_chat_loses_its_watches_digest_and_history_and_no_one_elses(tmp_path):
    store = AlertStore(tmp_path)
    for chat in (5, 6):
        store.add_watch(chat, None, "gas", "gas", limit=10)
        store.set_digest(chat, None, 7 * 60)
        store.mark_pushed(chat, ["abc"])
    store.forget_chat(5)
    assert [w.chat_id for w in store.watches()] == [6]
    assert [d.chat_id for d in store.digests()] == [6]
    assert store.pushed(["abc"]) == {6: {"abc"}}


def test_the_first_look_at_the_archive_takes_its_articles_as_known(tmp_path):
    store = AlertStore(tmp_path)
    assert store.unseen([("d1", "a.txt")]) == []
    assert store.unseen([("d1", "a.txt"), ("d2", "b.txt")]) == [("d2", "b.txt")]
    assert store.seen_since(0) == set()  # known from the start: in no digest


def test_articles_noted_seen_are_not_new_again_after_a_restart(tmp_path):
    clock = iter(range(1000, 2000)).__next__
    store = AlertStore(tmp_path, clock=lambda: float(clock()))
    store.unseen([("d1", "a.txt")])
    store.note_seen([("d2", "b.txt")])
    store.close()
    again = AlertStore(tmp_path)
    assert again.unseen([("d1", "a.txt"), ("d2", "b.txt")]) == []
    assert again.seen_since(0) == {"d2"}


def test_the_schema_is_migrated_from_the_question_log_version(tmp_path):
    connection = sqlite3.connect(tmp_path / DATABASE_NAME)
    connection.executescript("CREATE TABLE questions (id INTEGER PRIMARY KEY); PRAGMA user_version = 1;")
    connection.close()
    store = AlertStore(tmp_path)
    assert store.add_watch(5, None, "gas", "gas", limit=10) is Added.ADDED
    version = sqlite3.connect(tmp_path / DATABASE_NAME).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION


def test_an_unusable_data_folder_costs_a_warning_and_changes_nothing(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = AlertStore(blocker / "data")
    assert store.add_watch(5, None, "gas", "gas", limit=10) is None
    assert store.set_digest(5, None, 60) is None
    assert "Could not store a watch" in caplog.text


def test_records_of_pushes_older_than_the_given_days_are_dropped(tmp_path):
    now = [1_000_000.0]
    store = AlertStore(tmp_path, clock=lambda: now[0])
    store.mark_pushed(5, ["old"])
    now[0] += 8 * 86_400
    store.mark_pushed(5, ["new"])
    assert store.forget_pushed(7) == 1
    assert store.pushed(["old", "new"]) == {5: {"new"}}


def test_a_watch_keeps_the_language_of_whoever_set_it(tmp_path):
    store = AlertStore(tmp_path)
    store.add_watch(5, None, "Gaspreise", "gaspreis", limit=10, language="de")
    store.close()
    assert [w.language for w in AlertStore(tmp_path).watches(5)] == ["de"]


def test_a_digest_keeps_the_language_of_whoever_set_it_last(tmp_path):
    store = AlertStore(tmp_path)
    store.set_digest(5, None, 60, language="ru")
    store.set_digest(5, None, 90, language="uk")
    assert [(d.minute, d.language) for d in store.digests(5)] == [(90, "uk")]


def test_watches_and_digests_stored_before_languages_are_english(tmp_path):
    store = AlertStore(tmp_path)
    store.add_watch(5, None, "gas", "gas", limit=10)
    store.set_digest(5, None, 60)
    store.close()
    connection = sqlite3.connect(tmp_path / DATABASE_NAME)
    with connection:  # a database of the version before languages, with a watch and a digest in it
        connection.executescript(
            "ALTER TABLE watches DROP COLUMN language; ALTER TABLE digests DROP COLUMN language;"
            f"PRAGMA user_version = {SCHEMA_VERSION - 1};"
        )
    connection.close()
    again = AlertStore(tmp_path)
    assert [w.language for w in again.watches(5)] == ["en"]
    assert [d.language for d in again.digests(5)] == ["en"]
