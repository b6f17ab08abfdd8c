"""The engine's reader-facing texts: each is its English text, and keeps what a face needs to translate it."""

from __future__ import annotations

import copy
import pickle

from bot.engine.messages import Message, joined, say

GERMAN = {"Articles dated {scope}": "Artikel {scope}", "from {since}": "ab {since}", "Newest first": "Neueste zuerst"}


def test_a_message_is_its_english_text():
    message = say("Articles dated {scope}", scope=say("from {since}", since="2022-02-01"))
    assert message == "Articles dated from 2022-02-01" and isinstance(message, str)


def test_a_message_is_rendered_with_its_parameters_translated_too():
    message = say("Articles dated {scope}", scope=say("from {since}", since="2022-02-01"))
    assert message.render(lambda m: GERMAN.get(m, m)) == "Artikel ab 2022-02-01"


def test_a_plain_parameter_is_never_translated():
    assert say("Articles dated {scope}", scope="Newest first").render(lambda m: GERMAN.get(m, m)) == (
        "Artikel Newest first"
    )


def test_joined_messages_are_each_translated_and_the_separator_is_kept():
    message = joined("\n{}\n", [say("Newest first"), "plain", say("from {since}", since="x")])
    assert message == "Newest first\n{}\nplain\n{}\nfrom x"
    assert message.render(lambda m: GERMAN.get(m, m)) == "Neueste zuerst\n{}\nplain\n{}\nab x"


def test_a_translation_missing_a_placeholder_gives_the_english():
    assert say("from {since}", since="x").render(lambda m: "ab {bis}") == "from x"


def test_a_copied_or_pickled_message_keeps_its_template():
    message = say("from {since}", since="x")
    for kept in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert isinstance(kept, Message) and kept.render(lambda m: GERMAN.get(m, m)) == "ab x"
