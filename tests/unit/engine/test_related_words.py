"""Words related in meaning, read from WordNet's files where they lie; nothing where they are missing."""

import pytest

from bot.engine import related_words
from bot.engine.related_words import cause_and_effect, domain, event_relatives, is_verb, related, senses


@pytest.mark.usefixtures("wordnet")
@pytest.mark.parametrize(
    ("word", "relative"),
    [
        ("soldiers", "troops"),  # soldier → the verb "soldier" → "soldiery", a synonym of "troops"
        ("old", "age"),  # the attribute an adjective measures
        ("founded", "foundation"),  # a derived form
        ("weather", "precipitation"),  # a narrower word
        ("casualties", "casualty"),  # an inflection's base form
    ],
)
def test_a_word_is_related_to_the_words_wordnet_links_it_to(word, relative):
    assert relative in related(word)


def test_a_noun_is_not_related_to_its_broader_words():
    assert "vehicle" not in related("tanks", ("noun",))


@pytest.mark.usefixtures("wordnet")
def test_a_word_is_related_to_itself_only_as_a_part_of_speech_wordnet_does_not_give_it():
    assert related("tanks", ("adj",)) == {"tanks"}


@pytest.mark.usefixtures("wordnet")
def test_an_irregular_past_participle_is_a_form_of_its_verb():
    assert is_verb("born") and is_verb("built")


def test_a_proper_name_is_no_verb():
    assert not is_verb("zelenskyy")


@pytest.mark.usefixtures("wordnet")
def test_a_general_verb_has_many_more_senses_than_a_particular_one():
    assert senses("take", "verb") > 3 * senses("annex", "verb")


def test_without_wordnet_files_every_word_is_related_to_itself_only(tmp_path, monkeypatch):
    monkeypatch.setattr(related_words, "WORDNET_DIR", tmp_path)
    related_words._file.cache_clear()
    related.cache_clear()
    try:
        assert not related_words.available()
        assert related("soldiers") == {"soldiers"}
        assert not is_verb("founded")
    finally:
        related_words._file.cache_clear()
        related.cache_clear()


def test_without_wordnet_files_refusals_read_the_words_as_written(tmp_path, monkeypatch, seed_index):
    monkeypatch.setattr(related_words, "WORDNET_DIR", tmp_path)
    related_words._file.cache_clear()
    related.cache_clear()
    try:
        [first, *_] = seed_index.search("How many soldiers has Russia gathered near the border?")
        assert "100,000 troops" in first.text
        assert seed_index.search("what is putin's age?") == []  # an attribute the archive never names
    finally:
        related_words._file.cache_clear()
        related.cache_clear()


@pytest.mark.usefixtures("wordnet")
def test_a_verb_is_related_to_what_causes_it():
    assert "kill" in cause_and_effect("died")


@pytest.mark.usefixtures("wordnet")
def test_a_verb_is_related_to_what_it_causes():
    assert "die" in cause_and_effect("killed")


@pytest.mark.usefixtures("wordnet")
@pytest.mark.parametrize(
    ("word", "pos", "kind"),
    [
        ("sending", "verb", "motion"),
        ("have", "verb", "possession"),
        ("actress", "noun", "person"),
        ("years", "noun", "time"),
    ],
)
def test_a_words_most_frequent_sense_names_its_kind_of_event_or_thing(word, pos, kind):
    assert domain(word, pos) == kind


def test_a_word_wordnet_does_not_list_has_no_kind():
    assert domain("xqzt", "noun") == ""


@pytest.mark.usefixtures("wordnet")
def test_a_line_looked_up_again_is_read_from_memory_not_searched_for_again(monkeypatch):
    index = related_words._Sorted(related_words.WORDNET_DIR / "index.noun")
    searched: list[str] = []
    search = index._search
    monkeypatch.setattr(index, "_search", lambda key: searched.append(key) or search(key))
    first, again = index.line("troops"), index.line("troops")
    assert first is not None and first.startswith("troops ") and again == first
    assert searched == ["troops"]


def test_a_sorted_files_lines_are_found_between_its_marks_as_by_binary_search(tmp_path, monkeypatch):
    monkeypatch.setattr(related_words, "_MARK_BYTES", 10)  # a mark every line or two: every boundary met
    words = sorted({f"{a}{b}" for a in "abcxyz" for b in ("", "a", "ab", "z", "_b")})
    path = tmp_path / "index.noun"
    path.write_text("  1 licence header\n  2 more of it\n" + "\n".join(f"{w} n 1 {w.upper()}" for w in words))
    marked, searched = related_words._Sorted(path, unique=True), related_words._Sorted(path)
    for key in [*words, "", "0", "aa", "bz", "zzz", "a n", "c_", "~"]:
        assert marked._search(key) == searched._search(key)
    assert marked._search("zz") == "zz n 1 ZZ"  # the last line, with no line end


def test_a_small_files_lines_are_found_as_by_binary_search_a_repeated_key_too(tmp_path, monkeypatch):
    words = sorted({f"{a}{b}" for a in "abcxyz" for b in ("", "a", "es", "z")})
    lines = sorted([f"{w} {w}x" for w in words] + ["axes axis", "axes ax", "bes be", "bes b"])
    path = tmp_path / "noun.exc"
    path.write_text("\n".join(lines) + "\n")
    listed = related_words._Sorted(path)
    for key in [*words, "axes", "bes", "", "aq", "zzz", "a ax"]:
        monkeypatch.setattr(related_words, "_LISTED_BYTES", 1 << 20)
        found = listed._search(key)
        monkeypatch.setattr(related_words, "_LISTED_BYTES", 0)  # every file searched
        assert found == related_words._Sorted(path)._search(key)
    assert listed._search("cz") == "cz czx" and listed._search("cq") is None


@pytest.mark.usefixtures("wordnet")
def test_every_line_of_a_wordnet_index_is_found_between_its_marks_as_by_binary_search():
    marked = related_words._Sorted(related_words.WORDNET_DIR / "index.verb", unique=True)
    searched = related_words._Sorted(related_words.WORDNET_DIR / "index.verb")
    keys = [line.split(" ", 1)[0] for line in searched.lines()]
    for key in keys + [k + "x" for k in keys[::50]] + [k[:-1] for k in keys[::50]]:
        assert marked._search(key) == searched._search(key)


@pytest.mark.usefixtures("wordnet")
def test_what_was_read_from_wordnet_is_not_kept_once_its_files_are_gone(tmp_path, monkeypatch):
    assert related_words.names_person("Putin") and related_words.is_word("troops") and is_verb("founded")
    monkeypatch.setattr(related_words, "WORDNET_DIR", tmp_path)
    related_words._file.cache_clear()
    try:
        assert not related_words.names_person("Putin")
        assert not related_words.is_word("troops")
        assert not is_verb("founded")
    finally:
        related_words._file.cache_clear()


@pytest.mark.usefixtures("wordnet")
def test_a_verbs_event_relatives_are_its_own_derived_words_not_another_acts():
    # "command" → the noun "command" → the verb "control" is another act (rule 14's close reading).
    assert {"command", "commander"} <= event_relatives("commands") and "control" not in event_relatives("commands")


@pytest.mark.usefixtures("wordnet")
@pytest.mark.parametrize("pos", ["verb", "adj"])
def test_a_synsets_lemmas_read_from_its_lines_first_bytes_are_those_of_the_whole_line(pos):
    data = related_words._Sorted(related_words.WORDNET_DIR / f"data.{pos}")
    offsets = [int(line.split(" ", 1)[0]) for line in data.lines() if line[:1].isdigit()]
    read = {offset: data.lemmas_at(offset) for offset in offsets}  # None: not all in the first bytes
    assert sum(lemmas is not None for lemmas in read.values()) > 0.9 * len(read)
    assert {
        o: lemmas for o, lemmas in read.items() if lemmas not in (None, related_words._read_synset(data, o)[0])
    } == {}
