"""Question budgets: a burst, then a steady rate; one notice per spell; admins exempt."""

from __future__ import annotations

import datetime as dt

import pytest
from telegram import Chat, Message

from bot.telegram import budget as budget_module
from bot.telegram.budget import Allowance, QuestionBudget, TokenBucket, is_addressed_to_bot, over_budget_notice
from bot.telegram.i18n import translator_for

USER = Allowance(per_minute=10, burst=5)
GROUP = Allowance(per_minute=20, burst=10)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def budget(clock: Clock) -> QuestionBudget:
    return QuestionBudget(USER, GROUP, exempt=frozenset({1}), clock=clock)


def test_a_burst_of_five_questions_is_allowed_at_once(budget):
    assert [budget.ask(7)[0] for _ in range(5)] == [0.0] * 5


def test_the_sixth_question_at_once_must_wait_six_seconds(budget):
    for _ in range(5):
        budget.ask(7)
    wait, _ = budget.ask(7)
    assert wait == pytest.approx(6.0)


def test_the_budget_refills_at_ten_a_minute(budget, clock):
    for _ in range(5):
        budget.ask(7)
    clock.now += 6
    assert budget.ask(7)[0] == 0.0
    assert budget.ask(7)[0] > 0


def test_only_the_first_refused_question_of_a_spell_gets_a_notice(budget, clock):
    for _ in range(5):
        budget.ask(7)
    notices = [budget.ask(7)[1] for _ in range(20)]
    assert notices == [True] + [False] * 19


def test_a_new_spell_over_budget_gets_a_new_notice(budget, clock):
    for _ in range(6):
        budget.ask(7)
    clock.now += 60
    for _ in range(5):
        assert budget.ask(7)[0] == 0.0
    assert budget.ask(7) == (pytest.approx(6.0), True)


def test_refused_questions_do_not_push_the_refill_further_away(budget, clock):
    for _ in range(5):
        budget.ask(7)
    for _ in range(100):
        budget.ask(7)
    clock.now += 6
    assert budget.ask(7)[0] == 0.0


def test_users_have_budgets_of_their_own(budget):
    for _ in range(6):
        budget.ask(7)
    assert budget.ask(8)[0] == 0.0


def test_admins_are_exempt(budget):
    assert all(budget.ask(1) == (0.0, False) for _ in range(100))


def test_a_group_shares_one_budget_among_its_members(budget):
    answered = [budget.ask(user, group_id=-100)[0] == 0 for user in range(10, 30)]
    assert answered.count(True) == GROUP.burst


def test_a_question_the_group_budget_refuses_costs_the_user_nothing(budget):
    for user in range(10, 20):
        budget.ask(user, group_id=-100)
    assert budget.ask(50, group_id=-100)[0] > 0
    assert [budget.ask(50)[0] for _ in range(5)] == [0.0] * 5


def test_idle_users_are_forgotten_so_memory_stays_bounded(budget, clock):
    for user in range(20_000):
        budget.ask(user)
        clock.now += 0.5
    assert len(budget._buckets) <= 10_000


def test_the_table_never_exceeds_its_bound_under_100000_distinct_users_at_once(budget):
    # All at one instant: no bucket has refilled, so none is idle in the old sense.
    for user in range(100_000):
        budget.ask(user)
        assert len(budget._buckets) <= 10_000


def test_the_work_per_question_does_not_grow_with_the_number_of_users(budget, monkeypatch):
    refills = 0
    refill = TokenBucket._refill

    def counted(bucket: TokenBucket, now: float) -> None:
        nonlocal refills
        refills += 1
        refill(bucket, now)

    monkeypatch.setattr(TokenBucket, "_refill", counted)
    for user in range(10, 30_010):
        before = refills
        budget.ask(user, group_id=-100 - user % 7)
        assert refills - before == 2  # the user's bucket and the group's, at any number of users


def test_a_user_who_keeps_asking_keeps_their_spent_budget_while_many_new_users_arrive(clock, monkeypatch):
    monkeypatch.setattr(budget_module, "_MAX_TRACKED", 100)
    budget = QuestionBudget(USER, GROUP, clock=clock)
    for _ in range(5):
        budget.ask(7)
    for wave in range(5):
        for user in range(1000 + wave * 60, 1060 + wave * 60):
            budget.ask(user)
        assert budget.ask(7)[0] > 0


def test_the_longest_idle_bucket_is_forgotten_first(clock, monkeypatch):
    monkeypatch.setattr(budget_module, "_MAX_TRACKED", 100)
    budget = QuestionBudget(USER, GROUP, clock=clock)
    for _ in range(6):
        budget.ask(7)  # spent, and told to wait
    for user in range(1000, 1100):
        budget.ask(user)
    assert ("user", 7) not in budget._buckets and ("user", 7) not in budget._told_until
    assert len(budget._told_until) == 0


def test_a_token_bucket_starts_full():
    bucket = TokenBucket(rate=1.0, capacity=3)
    assert [bucket.take(0.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take(0.0) == pytest.approx(1.0)


def message(text: str, chat_type: str) -> Message:
    chat = Chat(id=5 if chat_type == Chat.PRIVATE else -5, type=chat_type)
    return Message(message_id=1, date=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), chat=chat, text=text)


@pytest.mark.parametrize("chat_type", [Chat.PRIVATE, Chat.SUPERGROUP])
def test_a_command_naming_another_bot_is_not_addressed_to_us(chat_type):
    assert not is_addressed_to_bot(message("/ask@other_bot how many troops?", chat_type), "news_bot", 1)


@pytest.mark.parametrize("text", ["/ask how many troops?", "/ask@News_Bot how many troops?", "/ask@news_bot"])
def test_a_command_naming_us_or_no_bot_is_addressed_to_us_in_a_group(text):
    assert is_addressed_to_bot(message(text, Chat.SUPERGROUP), "news_bot", 1)


def test_over_budget_notice_is_said_in_the_users_language_with_whole_seconds():
    assert over_budget_notice(2.5, translator_for("de")) == (
        "Du fragst schneller, als ich antworten kann. Bitte warte 3 s und frag dann noch einmal."
    )


def test_over_budget_notice_is_english_for_a_language_the_bot_does_not_speak():
    assert over_budget_notice(0.2, translator_for("pt")).startswith("You're asking faster than I can answer.")
