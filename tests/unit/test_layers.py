"""The import graph of ``bot/``: no cycle, no import from a lower layer to a higher one.

Every import counts, type-only ones (under ``if TYPE_CHECKING:``) and those inside
functions too: each ties the two modules' concepts together. A module belongs to the
layer of the longest prefix below that names it; a module may import one of its own
layer or of a lower one, never a higher one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[2] / "bot"

# Top to bottom. Modules of one layer may import each other (without a cycle).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("bot.__main__", "bot.cli"),
    ("bot.telegram",),
    ("bot.ingest", "bot.store", "bot.settings"),
    ("bot.engine",),  # the facade: what the layers above import
    # Answering a question and opening a searcher over a backend.
    (
        "bot.engine.answer",
        "bot.engine.conversation",
        "bot.engine.conversation_score",
        "bot.engine.context",
        "bot.engine.evaluation",
        "bot.engine.opening",
        "bot.engine.starters",
        "bot.engine.summary",
        "bot.engine.watch_match",
    ),
    ("bot.engine.search",),
    # What ranking and answer marking read of a question.
    (
        "bot.engine.answer_spans",
        "bot.engine.answerable",
        "bot.engine.asked",
        "bot.engine.names",
        "bot.engine.demonyms",
        "bot.engine.kind_noun",  # the noun of "what NOUN did …?" naming the kind asked: nothing of the engine
        "bot.engine.answer_kind_word",  # an asked noun naming only the kind of answer: nothing of the engine
        "bot.engine.capitals",  # a capital standing for its country in a question: demonyms only
        "bot.engine.rerank",
        "bot.engine.said_about",  # a "what did X say about Z?" question's X and Z: related_words only
        "bot.engine.pictured",  # "where was X photographed?": a verb of taking a picture: related_words only
        "bot.engine.reason",  # a why-question's event and a passage's cause: asked only
        "bot.engine.cause_phrase",  # a why-question's party named only inside a cause phrase: analysis.stopwords only
        "bot.engine.reason_conjunct",  # a why-question's object or contrast and a clause's conjuncts: stdlib only
        "bot.engine.subject",  # a when / where question's subject and a value beside it: asked, related_words
        "bot.engine.aspect",  # a "when did X begin / end?" question's phase and a passage writing it: stdlib only
        "bot.engine.clock_time",  # a "what time / at what hour …?" question and a passage's time of day: stdlib only
        "bot.engine.time_carried",  # a time a question narrows its ask to, and a passage carrying it: stdlib only
        "bot.engine.place_within",  # a "where in X …?" question's outer place: analysis.stopwords only
        "bot.engine.where_was",  # the preposition a where-question's place takes: stdlib only
        "bot.engine.light_verb",  # a when / where question's light verb and its object: analysis.stopwords only
        "bot.engine.means",  # a "how did X ship …?" question's verb and a passage's vehicle: asked, related_words
        "bot.engine.manner",  # a "how was X VERBed?" question's act and a passage's manner: reaction, related_words
        "bot.engine.yes_no",  # a yes/no question's named subject, verb and object: nothing of the engine
        "bot.engine.stated_names",  # a yes/no question's names and other words: analysis.stopwords only
        "bot.engine.yes_no_act",  # a yes/no question's named subject, act and other party: stated_names
        "bot.engine.complement_written",  # what a yes/no question claims after its verb: stated_names
        "bot.engine.thing_done",  # a "what THING did X VERB?" question and a passage's kind of it: asked, related_words
        "bot.engine.future_time",  # a "when will …?" question and a passage's time ahead: asked only
        "bot.engine.creation",  # a verb naming a coming into being, and a word naming that act: related_words only
        "bot.engine.future_act",  # a "who / where / how much will …?" question and a future clause: future_time
        "bot.engine.agent",  # a who-question's act or role and a passage's name standing there: stdlib only
        "bot.engine.holder",  # who holds a role or leads a body, and a passage's name bound to it: agent
        "bot.engine.role_asked",  # the role a two-part question asks the holder of: stdlib only
        "bot.engine.act_written",  # whether passages write a who-question's act of few senses: stdlib only
        "bot.engine.question_part",  # the part of a question that asks, as refusal rules read it: related_words
        "bot.engine.main_ask",  # a compound question's main ask: asked, question_part, related_words
        "bot.engine.which_kind",  # a "which X …?" question's X and a clause giving one: names
        "bot.engine.count_part",  # a two-part question's how-many sentence, as count rules read it: question_part
        "bot.engine.amount_part",  # a two-part question's amount asked of "it", the statement's thing: related_words
        "bot.engine.part_asked",  # the thing and act a two-part question's "what X … V?" part asks: stopwords only
        "bot.engine.size_sum",  # a size asked of a thing and a sum naming it: analysis.stopwords only
        "bot.engine.measure_of",  # the thing a "how long is X?" / bare "Y X?" measures: asked, related_words
        "bot.engine.which_candidate",  # a name that may be the X asked: names
        "bot.engine.which_sought",  # a "which X …?" in any form, and a name of its kind: asked, names
        "bot.engine.which_member",  # one X of a country's asked, and a word bound to X: names
        "bot.engine.attribute_asked",  # the attribute a question asks, in any form: analysis.stopwords only
        "bot.engine.article_reference",  # words pointing at the article itself: related_words only
        "bot.engine.detail_asked",  # "what X exactly?" and a passage only naming X: stdlib only
        "bot.engine.earlier_time",  # a person's earlier time asked, a passage writing a time before: stdlib only
        "bot.engine.attribute_written",  # an attribute asked of a thing, and passages writing it: analysis only
        "bot.engine.either_or",  # the yes/no questions an either/or question asks: stdlib only
        "bot.engine.offered",  # the alternatives a question offers as its answer: analysis only
        "bot.engine.alternative_tied",  # an either/or question's subject and alternatives: analysis only
        "bot.engine.which_members",  # a set's member asked and a name of one: analysis only
        "bot.engine.person_asked",  # a person asked by an office, and a person's name: analysis.stopwords only
    ),
    ("bot.engine.backends.registry",),
    ("bot.engine.backends.in_process", "bot.engine.backends.xapian"),
    (
        "bot.engine.backends",
        "bot.engine.candidates",
        "bot.engine.question",
        "bot.engine.intent",  # read into the question: stdlib only
        "bot.engine.timeframe",  # read into the question: stdlib only
        "bot.engine.time_words",  # the time words of the languages besides English: stdlib only
        "bot.engine.answer_type",
        "bot.engine.interrogatives",  # read by answer_type: stdlib only
        "bot.engine.spelling",
        "bot.engine.chat_words",  # chat abbreviations: the contractions package's data file only
        "bot.engine.related_words",  # WordNet read in place: long_lived only
        "bot.engine.lemma_terms",  # the English terms of WordNet's lemmas, shipped computed: analysis, related_words
        "bot.engine.reaction",  # a "how did X respond?" question's X acting: related_words only
    ),
    (
        "bot.engine.values",
        "bot.engine.messages",  # the engine's reader-facing texts: stdlib only
        "bot.engine.corpus",
        "bot.engine.titles",
        "bot.engine.files",
        "bot.engine.temporaries",
        "bot.engine.unavailable",
        "bot.engine.long_lived",  # tables built once, kept out of the garbage collector's passes: stdlib only
    ),
    ("bot.engine.analysis",),
    ("bot.errors", "bot"),
)
# Packages of one layer that must not know each other.
INDEPENDENT = (("bot.engine.backends.in_process", "bot.engine.backends.xapian"), ("bot.ingest", "bot.store"))


def module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(BOT.rglob("*.py"))}


def imported(name: str, path: Path) -> set[str]:
    """The project modules ``name`` imports, anywhere in its text."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in MODULES)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                target = f"{base}.{alias.name}"
                if target in MODULES:
                    found.add(target)
                elif base in MODULES:
                    found.add(base)
    return found - {name}


GRAPH = {name: imported(name, path) for name, path in MODULES.items()}


def layer_of(name: str) -> int:
    matches = [(len(prefix), number) for number, prefix_group in enumerate(LAYERS) for prefix in prefix_group
               if name == prefix or name.startswith(prefix + ".")]  # fmt: skip
    return max(matches)[1]


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in order:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], order[target])
        if low[node] == order[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in order:
            visit(node)
    return found


def test_the_graph_holds_every_module_of_bot():
    assert {"bot.cli", "bot.engine", "bot.engine.search", "bot.engine.backends.base"} <= set(GRAPH)
    assert "bot.engine.search" in GRAPH["bot.engine.answer"]


def test_no_import_cycle_in_bot():
    assert cycles(GRAPH) == []


def test_cycle_finder_finds_a_type_only_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_imports_nothing_from_a_higher_layer(name):
    upward = sorted(target for target in GRAPH[name] if layer_of(target) < layer_of(name))
    assert upward == [], f"{name} (layer {layer_of(name)}) imports from higher layers: {upward}"


@pytest.mark.parametrize(("first", "second"), INDEPENDENT)
def test_independent_packages_do_not_import_each_other(first, second):
    def inside(name: str, package: str) -> bool:
        return name == package or name.startswith(package + ".")

    crossing = sorted(
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        for target in targets
        for a, b in ((first, second), (second, first))
        if inside(name, a) and inside(target, b)
    )
    assert crossing == []


def test_engine_knows_nothing_of_telegram():
    telegram = sorted(
        name
        for name, path in MODULES.items()
        if name.startswith("bot.engine")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any(
            module == "telegram" or module.startswith(("telegram.", "bot.telegram"))
            for module in ([node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names])
        )
    )
    assert telegram == []
