"""The bot's memory of conversations: per chat, bounded, expiring, no ids in the clear; and the
exchange an answer message records for a reply after a restart."""

from __future__ import annotations

from bot.engine.conversation import Exchange, Understood
from bot.telegram.conversation_state import ConversationState
from bot.telegram.follow_ups import exchange_in, understood_in, with_understood


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


ORDER = Exchange("what did the US order?", "The US State Department has ordered the families to leave.")


def test_a_chats_latest_exchange_is_remembered():
    state = ConversationState()
    state.remember(11, 5, ORDER)
    assert state.latest(11) == ORDER and state.of_answer(11, 5) == ORDER


def test_one_chats_exchange_is_not_another_chats():
    state = ConversationState()
    state.remember(11, 5, ORDER)
    assert state.latest(12) is None and state.of_answer(12, 5) is None


def test_the_latest_exchange_expires_after_the_follow_up_window():
    clock = Clock()
    state = ConversationState(ttl=300, clock=clock)
    state.remember(11, 5, ORDER)
    clock.now = 301
    assert state.latest(11) is None


def test_memory_keeps_at_most_its_capacity_dropping_the_least_recently_used():
    state = ConversationState(capacity=4)
    for chat in range(10):
        state.remember(chat, 1, ORDER)
    assert len(state) == 4 and state.latest(9) == ORDER and state.latest(0) is None


def test_a_used_chat_outlives_unused_ones():
    state = ConversationState(capacity=4)
    state.remember(1, 1, ORDER)
    state.remember(2, 1, ORDER)
    state.latest(1)
    state.remember(3, 1, ORDER)
    assert state.latest(1) == ORDER and state.latest(2) is None


def test_no_chat_id_is_kept_in_the_clear():
    state = ConversationState()
    state.remember(987654321, 5, ORDER)
    assert "987654321" not in repr(list(state._entries))


def test_the_question_a_follow_ups_answer_understood_is_remembered_with_it():
    state = ConversationState()
    understood = Understood("what did canada order?", True, "canada")
    state.remember(11, 6, ORDER, understood)
    assert state.understood_by(11, 6) == understood


def test_an_answer_records_the_question_it_understood_and_its_first_passage():
    text = with_understood(
        "📰 Title\n📅 2022-01-25\n\n<b>1.</b> The families were told to leave.", "what did canada order?"
    )
    assert understood_in(text) == "what did canada order?"
    assert exchange_in(text) == Exchange("what did canada order?", "The families were told to leave.")


def test_a_plain_answer_records_its_first_passage_with_the_sentence_before():
    text = '1. 📅 2022-01-25 · Title\n… Reznikov spoke.\n"Don\'t worry," he said.\n\n2. 📅 2022-01-25 · Other\nMore.'
    assert exchange_in(text) == Exchange(
        'Reznikov spoke. "Don\'t worry," he said.', 'Reznikov spoke. "Don\'t worry," he said.'
    )


def test_a_cut_understood_question_is_not_read_back():
    assert understood_in(with_understood("1. text", "why " * 200)) is None


def test_a_message_that_is_no_answer_records_nothing():
    assert exchange_in("Hello!") is None
