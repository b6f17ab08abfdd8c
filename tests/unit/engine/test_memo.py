import tracemalloc

from bot.engine.analysis.memo import ByteBudgetMemo


def _terms(word: str) -> tuple[str, ...]:
    return tuple(word[i : i + 3] + "x" for i in range(0, len(word), 3))


def test_a_result_is_computed_once():
    calls = []
    memo = ByteBudgetMemo(lambda key: calls.append(key) or key.upper(), budget=10_000)
    assert memo("troops") == memo("troops") == "TROOPS"
    assert calls == ["troops"]


def test_results_are_kept_within_the_budget_whatever_their_size():
    memo = ByteBudgetMemo(_terms, budget=50_000)
    for i in range(2_000):
        memo(f"{i:05d}" + "q" * 120)
        assert memo.used <= memo.budget
    assert 0 < len(memo) < 2_000


def test_the_budget_counts_at_least_the_memory_the_results_hold():
    keys = [f"{i:05d}" + "é" * 120 for i in range(300)]
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    memo = ByteBudgetMemo(_terms, budget=1 << 30)
    for key in keys:
        memo(key)
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert held <= memo.used


def test_a_result_larger_than_the_budget_is_returned_but_not_kept():
    memo = ByteBudgetMemo(_terms, budget=500)
    assert memo("z" * 3000) == _terms("z" * 3000)
    assert len(memo) == 0 and memo.used == 0
