"""Precision of the answer marking on SQuAD questions (the shared development half).

    python benchmarks/answer_spans_squad.py ../shared/eval/squad [N wrong marks to show]

For every quantity / date / person / place question whose gold snippet sits strictly
inside its sentence, the answer is located as the snippet minus its (at most) 40
characters of context on each side — an estimate, as the context is sometimes cut shorter.
Each sentence is marked and counted: marked, correct (the mark overlaps the answer, or is
the same words as an occurrence that does: "Christchurch" twice in one sentence).
Precision = correct / marked; coverage = marked / questions of that kind.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from bot.engine import split_sentences
from bot.engine.answer_spans import answer_spans
from bot.engine.answer_type import answer_type
from bot.engine.corpus import load_corpus

CONTEXT = 40


def _same_answer(sentence: str, a: int, b: int, start: int, end: int) -> bool:
    """The mark overlaps the answer, or is the same words as an occurrence that does."""
    occurrences = (m.start() for m in re.finditer(re.escape(sentence[a:b]), sentence))
    return any(o < end and start < o + (b - a) for o in occurrences)


def _row(kind: str, questions: int, marked: int, correct: int) -> str:
    precision, coverage = correct / max(marked, 1), marked / max(questions, 1)
    counts = f"questions {questions:4}  marked {marked:4}  correct {correct:4}"
    return f"{kind:9} {counts}  precision {precision:.2f}  coverage {coverage:.2f}"


def main(folder: Path, show_wrong: int = 0) -> None:
    sentences = {a.path.name: split_sentences(a.text) for a in load_corpus(folder / "corpus")}
    counts: Counter[tuple[str, str]] = Counter()
    wrong_shown = 0
    for line in (folder / "questions.jsonl").read_text().splitlines():
        item = json.loads(line)
        kind = answer_type(item["q"]).value
        if kind == "other":
            continue
        gold = item["gold"][0]
        sentence = next((s for s in sentences[item["article"]] if gold in s), None)
        if sentence is None or len(gold) <= 2 * CONTEXT:
            continue
        at = sentence.index(gold)
        if at == 0 or at + len(gold) == len(sentence):
            continue  # the context was cut at the sentence's edge: the answer's bounds are unknown
        start, end = at + CONTEXT, at + len(gold) - CONTEXT
        counts[kind, "questions"] += 1
        for a, b in answer_spans(item["q"], sentence):
            counts[kind, "marked"] += 1
            if _same_answer(sentence, a, b, start, end):
                counts[kind, "correct"] += 1
            elif wrong_shown < show_wrong:
                wrong_shown += 1
                print(f"WRONG {item['q']!r}: marked {sentence[a:b]!r}, answer {sentence[start:end]!r}")
    total = Counter()
    for kind in ("money", "quantity", "date", "person", "place"):
        q, m, c = (counts[kind, k] for k in ("questions", "marked", "correct"))
        total.update(questions=q, marked=m, correct=c)
        print(_row(kind, q, m, c))
    q, m, c = total["questions"], total["marked"], total["correct"]
    print(_row("all", q, m, c))


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
