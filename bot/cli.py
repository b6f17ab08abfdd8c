"""Command line: ``python -m bot [ask|eval|index|add|remove|run]``.

python -m bot                                 # the bot if TELEGRAM_BOT_TOKEN is set, else ask
python -m bot ask "how many troops?"          # best passages, with dates
python -m bot ask "what is the latest news?"  # summaries, metadata, small talk too
python -m bot ask --since 2022-02-01 "troops" # only articles from that date on
echo "how many troops?" | python -m bot ask --json
printf 'what did the US order?\nand canada?\n' | python -m bot ask --json --conversation
python -m bot eval ../shared/eval/questions.jsonl
python -m bot eval ../shared/eval/squad/questions.jsonl --corpus ../shared/eval/squad/corpus
python -m bot add https://example.com/news/article.html saved-page.html notes.txt --date 2024-05-01
python -m bot add --feed https://example.com/rss.xml
python -m bot remove 2024-05-01-some-title.txt
python -m bot run                             # the Telegram bot (needs a token)
python -m bot index --backend xapian --shards 3 --out shards   # Xapian shards (SEARCH_BACKEND=xapian)
python -m bot stats --days 7 [--json]         # the question log: questions, unanswered ones, votes
python -m bot watch --list                    # watched words and digests, chat by chat
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from dotenv import dotenv_values

from bot.engine import (
    BACKENDS,
    Answer,
    CorpusError,
    Exchange,
    Passage,
    Searcher,
    SearchOptions,
    Understood,
    answer_turn,
    default_index_path,
    evaluate,
    finds,
    list_corpus,
    open_index,
    open_search,
    read_questions,
    rebuild_index,
    shown,
    spelled,
    understand,
)
from bot.errors import BotError, UsageError
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.ingest.article import Added

TECHNIQUES = (
    "spelling",
    "rare_spelling",
    "chat_words",
    "number_abbreviation",
    "pictured_scene",
    "article_reference",
    "article_here",
    "pointer_bar",
    "derived_forms",
    "focus",
    "common_words",
    "threshold",
    "relevance_in_context",
    "coverage",
    "previous_sentence",
    "title",
    "surface_words",
    "proximity",
    "answer_types",
    "recency",
    "article_context",
    "asked_thing",
    "reporting_adverb",
    "related_words",
    "question_gate",
    "own_language",
    "counted",
    "lent_words",
    "reactions",
    "valued",
    "asked_kind",
    "measure_unit",
    "counted_noun",
    "count_owner",
    "owner_lowercase",
    "model_number",
    "share_of",
    "measure_how",
    "size_sum",
    "sum_subject",
    "paraphrased",
    "answerable",
    "shown_kind",
    "shown_predicate",
    "shown_predicate_placed",
    "shown_focus",
    "said_about",
    "speaker_title",
    "talked_between",
    "said_what",
    "said_what_title",
    "said_what_day",
    "said_spoken",
    "said_spoken_yes_no",
    "said_spoken_person",
    "detail_asked",
    "earlier_time",
    "attribute_written",
    "attribute_written_state",
    "person_place",
    "person_kind",
    "thing_done",
    "yes_no",
    "yes_no_names",
    "yes_no_names_things",
    "yes_no_things_unnamed",
    "yes_no_act",
    "yes_no_act_doer",
    "yes_no_act_owned",
    "yes_no_act_party_article",
    "phrasal_act",
    "reason",
    "reason_subject",
    "reason_conjunct",
    "reason_cause_phrase",
    "means",
    "manner",
    "future",
    "future_act",
    "shown_subject",
    "pictured_subject",
    "light_act",
    "place_within",
    "clock_time",
    "time_carried",
    "time_during_count",
    "aspect",
    "act_place",
    "place_preposition",
    "named_agent",
    "named_role",
    "role_holder",
    "role_holder_modifier",
    "role_unwritten",
    "role_unwritten_body",
    "role_dislocated",
    "either_or",
    "person_named",
    "person_led_past",
    "person_named_frame",
    "named_agent_unwritten",
    "question_apostrophe",
    "shown_name",
    "related_relevance",
    "attribute_read",
    "attribute_kin",
    "shown_name_proper",
    "shown_which",
    "which_member",
    "kind_likeness",
    "which_candidate",
    "which_sought",
    "shown_place",
    "shown_creation",
    "question_part",
    "question_part_two",
    "question_part_yes_no",
    "question_unstressed",
    "question_part_ask",
    "main_ask",
    "count_measured",
    "count_named",
    "count_named_kind",
    "count_part_named",
    "amount_it",
    "capital_country",
    "kind_noun",
    "answer_kind_word",
    "closed_compound",
    "kind_sisters",
    "people_sense",
    "time_grain",
    "measure_head",
    "name_unwritten",
    "which_place",
    "place_noun",
    "number_any_form",
    "either_or_written",
    "offered_answer",
    "either_or_bar",
    "alternative_tied",
    "which_members",
    "yes_no_act_participle",
    "either_or_clause",
    "name_initials_spelt",
    "phrasal_act_heads",
    "yes_no_complement",
    "yes_no_complement_article",
    "yes_no_complement_modifiers",
    "yes_no_complement_verbs",
    "yes_no_complement_phrases",
)


def passage_json(passage: Passage) -> dict:
    fields = {f.name: getattr(passage, f.name) for f in dataclasses.fields(passage)}  # asdict deep-copies: slow
    fields["date"] = passage.date.isoformat()
    fields["matched_words"] = list(passage.matched_words)
    fields["answer_spans"] = [list(span) for span in passage.answer_spans]
    fields["context_spans"] = [list(span) for span in passage.context_spans]
    return fields


def answer_json(reply: Answer, understood_as: str | None = None) -> dict:
    """One ``--json`` row: the question, as understood, its kind, the reply as text, passages and articles."""
    return {
        "question": reply.question,
        "understood_as": reply.question if understood_as is None else understood_as,
        "kind": reply.kind.value,
        "text": reply.text,
        "passages": [passage_json(p) for p in reply.passages],
        "articles": [a.as_json() for a in reply.articles],
        "related": [passage_json(p) for p in reply.related],  # closest passages beside a refusal
    }


def _questions(given: Sequence[str], stdin: TextIO) -> Iterable[str]:
    if given:
        yield from given
        return
    interactive = stdin.isatty()
    while True:
        if interactive:
            print("question (Ctrl-D to quit)> ", end="", file=sys.stderr, flush=True)
        line = stdin.readline()
        if not line:
            return
        if line.strip():
            yield line.strip()


def _turns(stdin: TextIO) -> Iterable[str]:
    """Stdin lines as conversation turns: "" (an empty line) starts a new conversation."""
    while True:
        if stdin.isatty():
            print("question (empty line: new conversation; Ctrl-D to quit)> ", end="", file=sys.stderr, flush=True)
        line = stdin.readline()
        if not line:
            return
        yield line.strip()


def report_unreadable(corpus: Path) -> None:
    """Name every corpus entry that cannot be read (the rest is served)."""
    unreadable = list_corpus(corpus).unreadable
    if unreadable:
        print("bot: skipping corpus entries that cannot be read:\n  " + "\n  ".join(unreadable), file=sys.stderr)


def update_index(settings: Settings) -> Searcher | None:
    """Bring the saved index up to date after articles were added or removed."""
    if settings.search_backend == "xapian":
        print(
            "bot: SEARCH_BACKEND=xapian: bring the shards up to date with "
            "python -m bot index --backend xapian --out DIR",
            file=sys.stderr,
        )
        return None
    return open_index(settings.corpus_dir)


def ask(args: argparse.Namespace, settings: Settings, out: TextIO = sys.stdout) -> int:
    report_unreadable(settings.corpus_dir)
    index = open_search(settings.corpus_dir, backend=settings.search_backend, shards=settings.xapian_shards)
    conversation = getattr(args, "conversation", False)
    previous: Exchange | None = None
    for question in _turns(sys.stdin) if conversation and not args.question else _questions(args.question, sys.stdin):
        if not question:  # an empty line: a new conversation
            previous = None
            continue
        context = previous if conversation else None
        hint = getattr(args, "lang", None)
        understood = understand(
            spelled(index, question, hint), context, finds=lambda q: finds(index, q), language_hint=hint
        )
        reply = answer_turn(index, understood, top=args.top, since=args.since, until=args.until, language_hint=hint)
        reply = dataclasses.replace(reply, question=question)
        previous = Exchange(understood.question, shown(reply))
        if args.json:
            print(json.dumps(answer_json(reply, understood.question), ensure_ascii=False), file=out, flush=True)
        else:
            print(f"Q: {_asked(question, understood)}\n{reply.text}\n", file=out, flush=True)
    return 0


def _asked(question: str, understood: Understood) -> str:
    return f"{question}  (understood as: {understood.question})" if understood.question != question else question


def run_eval(args: argparse.Namespace, settings: Settings, out: TextIO = sys.stdout) -> int:
    switched_off: dict[str, Any] = {name: False for name in args.disable}
    options = SearchOptions(**switched_off)
    report_unreadable(settings.corpus_dir)
    index = open_search(settings.corpus_dir, options, backend=settings.search_backend, shards=settings.xapian_shards)
    items = [item for path in args.sets for item in _question_set(path)]
    negatives = _question_set(args.neg) if args.neg else []
    report = evaluate(index, items, negatives)
    for question, first in report.misses:
        print(f"  miss@1: {question} -> {first[:100]}", file=out)
    for question, first in report.answered_negatives:
        print(f"  answered a negative: {question} -> {first[:100]}", file=out)
    print(report.summary(), file=out)
    return 0


def _question_set(path: Path) -> list[dict]:
    """The questions of one eval file; a missing or malformed file is the user's to fix."""
    try:
        return read_questions(path)
    except OSError as error:
        raise UsageError(f"cannot read the question set {path}: {error.strerror or error}") from None
    except ValueError as error:  # json.JSONDecodeError
        raise UsageError(f"the question set {path} is not JSON lines: {error}") from None


def build(args: argparse.Namespace, settings: Settings, out: TextIO = sys.stdout) -> int:
    """Rebuild the saved index from scratch, or write/update Xapian shards (``--backend xapian``).

    A progress bar on a terminal, then one summary line.
    """
    started = time.perf_counter()
    report_unreadable(settings.corpus_dir)
    if args.backend == "xapian":
        from bot.engine import index_corpus  # imported late: xapian is optional

        if args.out is None:
            raise UsageError("index --backend xapian needs --out DIR (the folder of the shard databases)")
        summary = index_corpus(settings.corpus_dir, args.out, args.shards, args.workers)
        print(f"{summary} ({time.perf_counter() - started:.1f} s)", file=out)
        return 0
    index = rebuild_index(settings.corpus_dir, progress=sys.stderr if sys.stderr.isatty() else None)
    elapsed = time.perf_counter() - started
    print(
        f"Indexed {index.sentence_count} passages of {len(index.sources)} articles "
        f"in {elapsed:.1f} s ({index.sentence_count / max(elapsed, 1e-9):,.0f} passages/s) "
        f"-> {default_index_path(settings.corpus_dir)}",
        file=out,
    )
    return 0


def print_added(added: Added) -> None:
    print(f"Added {added.path}: {added.title} ({added.date.isoformat()}, {added.passages} passages)")


def add(args: argparse.Namespace, settings: Settings) -> int:
    """Add articles from pages, files and feeds; exit status 2 if any source failed."""
    from bot.ingest.add import add_feed, add_source  # imported late: trafilatura is slow to import
    from bot.ingest.article import IngestError

    if not args.sources and not args.feed:
        raise UsageError("add: give at least one URL or file, or --feed URL")
    if args.title and len(args.sources) + len(args.feed) > 1:
        raise UsageError("add: --title names one article; give one source with it")
    failed = added = 0
    names: list[str] = []
    for source in args.sources:
        try:
            item = add_source(
                settings.corpus_dir,
                source,
                args.date,
                args.title,
                allow_private=settings.fetch_allow_private,
                timeout=settings.fetch_timeout,
            )
            print_added(item)
            names.append(item.path.name)
            added += 1
        except IngestError as error:
            print(f"bot: {error}", file=sys.stderr)
            failed += 1
    for feed in args.feed:
        try:
            result = add_feed(
                settings.corpus_dir, feed, settings.feed_max_items, settings.fetch_allow_private, settings.fetch_timeout
            )
        except IngestError as error:
            print(f"bot: {error}", file=sys.stderr)
            failed += 1
            continue
        for item in result.added:
            print_added(item)
            names.append(item.path.name)
        for problem in result.problems:
            print(f"bot: {problem}", file=sys.stderr)
        left = f", {result.left} more new entries left for the next runs (FEED_MAX_ITEMS)" if result.left else ""
        print(f"Feed {feed}: {len(result.added)} added, {result.already} already in the corpus{left}")
        added += len(result.added)
        failed += len(result.problems)
    if added:
        index = update_index(settings)
        if index is not None:
            report_reach(index, names, settings.data_dir)
    return 2 if failed else 0


def report_reach(index: Searcher, names: Sequence[str], data_dir: Path) -> None:
    """How many watching chats the added articles reach. The running bot sends their pushes when
    it next refreshes its index (SIGHUP, /reload, a feed poll, or its next start)."""
    from bot.engine import match_all
    from bot.store.watches import AlertStore

    store = AlertStore(data_dir)
    watches = store.watches() or []
    store.close()
    if not watches:
        return
    wanted = set(names)
    articles = [n for n, s in enumerate(index.sources) if s.name in wanted]
    found = match_all(index, [w.words for w in watches], articles)
    chats = {w.chat_id for w in watches if found[w.words]}
    print(
        f"Reached {len(chats)} watching chat(s) of {len({w.chat_id for w in watches})}; "
        "the running bot sends them the new passages at its next refresh (SIGHUP, /reload or a feed poll)"
    )


def watch(args: argparse.Namespace, settings: Settings, out: TextIO | None = None) -> int:
    """The store's watched words and daily digests, chat by chat."""
    from bot.store.watches import AlertStore

    store = AlertStore(args.data_dir or settings.data_dir)
    watches, digests = store.watches(), store.digests()
    store.close()
    out = out or sys.stdout
    if watches is None or digests is None:
        print(f"bot: the store {store.path} cannot be read (see the warning above)", file=sys.stderr)
        return 2
    chats = sorted({w.chat_id for w in watches} | {d.chat_id for d in digests})
    if args.json:
        for chat in chats:
            digest = next((d for d in digests if d.chat_id == chat), None)
            row = {
                "chat": chat,
                "watches": [w.words for w in watches if w.chat_id == chat],
                "digest": f"{digest.minute // 60:02d}:{digest.minute % 60:02d}" if digest else None,
            }
            print(json.dumps(row, ensure_ascii=False), file=out)
        return 0
    if not chats:
        print("No chat watches anything or gets a digest.", file=out)
    for chat in chats:
        digest = next((d for d in digests if d.chat_id == chat), None)
        at = f", digest at {digest.minute // 60:02d}:{digest.minute % 60:02d}" if digest else ""
        mine = [w for w in watches if w.chat_id == chat]
        print(f"Chat {chat}: {len(mine)} watch(es){at}", file=out)
        for w in mine:
            topic = f" (topic {w.thread_id})" if w.thread_id is not None else ""
            print(f"  {w.words}{topic}", file=out)
    return 0


def remove(args: argparse.Namespace, settings: Settings) -> int:
    """Remove articles by file name or URL; exit status 2 if one is not in the corpus."""
    from bot.ingest.article import IngestError
    from bot.ingest.store import remove_article

    failed = removed = 0
    for name in args.articles:
        try:
            print(f"Removed {remove_article(settings.corpus_dir, name)}")
            removed += 1
        except IngestError as error:
            print(f"bot: {error}", file=sys.stderr)
            failed += 1
    if removed:
        update_index(settings)
    return 2 if failed else 0


def stats(args: argparse.Namespace, settings: Settings, out: TextIO | None = None) -> int:
    """The question log's statistics (DATA_DIR, or data/ beside the corpus) as text or JSON."""
    from bot.store.question_log import LogMode, QuestionLog
    from bot.store.stats import stats_text

    log = QuestionLog(args.data_dir or settings.data_dir, LogMode(settings.question_log))
    report = log.stats(args.days)
    log.close()
    out = out or sys.stdout  # looked up now: tests replace it
    if report is None:
        print(f"bot: the question log {log.path} cannot be read (see the warning above)", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False), file=out)
    else:
        print(stats_text(report), file=out)
    return 0


def run_bot(args: argparse.Namespace, settings: Settings) -> int:
    from bot.telegram.app import main as run_telegram  # imported late: ask needs no PTB

    return run_telegram(args, settings)


def start(args: argparse.Namespace, settings: Settings) -> int:
    """No command: run the bot when a token is configured, else answer in the terminal."""
    if settings.token:
        return run_bot(args, settings)
    print(
        "No TELEGRAM_BOT_TOKEN yet, so answering here in the terminal. To run the Telegram bot, "
        "get a token from @BotFather and put it in .env (see docs/telegram.md).",
        file=sys.stderr,
    )
    return ask(
        argparse.Namespace(question=[], top=3, json=False, since=None, until=None, conversation=True),
        settings,
    )


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _days(text: str) -> int:
    value = _positive(text)
    if value > 3650:
        raise argparse.ArgumentTypeError("at most 3650 (ten years)")
    return value


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from None


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="bot", description="Answer questions about news articles.")
    root.set_defaults(handler=start, corpus=None, webhook_url=None)
    commands = root.add_subparsers(dest="command")

    ask_cmd = commands.add_parser("ask", help="answer questions in the terminal")
    ask_cmd.add_argument("question", nargs="*", help="questions; one per stdin line when none given")
    ask_cmd.add_argument("--corpus", type=Path, default=None, help="article folder (default: $CORPUS_DIR or ./corpus)")
    ask_cmd.add_argument(
        "--top", type=_positive, default=3, help="passages per question, or sentences per summary (default 3)"
    )
    ask_cmd.add_argument("--json", action="store_true", help="one JSON object per question per line")
    ask_cmd.add_argument(
        "--conversation",
        action="store_true",
        help="stdin lines are one conversation: each may follow up the one before; an empty line starts anew",
    )
    ask_cmd.add_argument("--since", type=_date, help="only articles from this date on (YYYY-MM-DD)")
    ask_cmd.add_argument("--until", type=_date, help="only articles up to this date (YYYY-MM-DD)")
    ask_cmd.add_argument("--lang", help="the asker's language (e.g. de): decides a question too short to tell")
    ask_cmd.set_defaults(handler=ask)

    eval_cmd = commands.add_parser("eval", help="measure answer quality on question sets")
    eval_cmd.add_argument("sets", nargs="+", type=Path, help='JSON lines: {"q": ..., "gold": [...]}')
    eval_cmd.add_argument("--neg", type=Path, help="questions that must get no passage")
    eval_cmd.add_argument("--corpus", type=Path, default=None)
    eval_cmd.add_argument("--disable", nargs="*", default=[], choices=TECHNIQUES, help="switch techniques off")
    eval_cmd.set_defaults(handler=run_eval)

    index_cmd = commands.add_parser("index", help="build the saved index (ask and run load it)")
    index_cmd.add_argument("--corpus", type=Path, default=None)
    index_cmd.add_argument("--backend", choices=BACKENDS, default="in-process")
    index_cmd.add_argument("--out", type=Path, help="xapian: the folder of the shard databases (updated if present)")
    index_cmd.add_argument("--shards", type=_positive, help="xapian: number of shards of a new folder (default 1)")
    index_cmd.add_argument("--workers", type=_positive, default=1, help="xapian: shards written in parallel")
    index_cmd.set_defaults(handler=build)

    add_cmd = commands.add_parser("add", help="add articles from web pages, files or feeds")
    add_cmd.add_argument("sources", nargs="*", help="http(s) URLs of article pages; .html, .txt or .md files")
    add_cmd.add_argument("--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed's new entries")
    add_cmd.add_argument("--corpus", type=Path, default=None)
    add_cmd.add_argument("--date", type=_date, help="publication date YYYY-MM-DD (required when none is found)")
    add_cmd.add_argument("--title", help="the article's title (one source only)")
    add_cmd.set_defaults(handler=add)

    remove_cmd = commands.add_parser("remove", help="remove articles by file name or URL")
    remove_cmd.add_argument("articles", nargs="+", metavar="FILE|URL")
    remove_cmd.add_argument("--corpus", type=Path, default=None)
    remove_cmd.set_defaults(handler=remove)

    stats_cmd = commands.add_parser("stats", help="what readers asked, missed and thought (the question log)")
    stats_cmd.add_argument("--days", type=_days, default=14, help="the last N days, today included (default 14)")
    stats_cmd.add_argument("--json", action="store_true", help="one JSON object")
    stats_cmd.add_argument("--corpus", type=Path, default=None)
    stats_cmd.add_argument(
        "--data-dir", type=Path, help="the bot's data folder (default: $DATA_DIR or data/ beside the corpus)"
    )
    stats_cmd.set_defaults(handler=stats)

    watch_cmd = commands.add_parser("watch", help="watched words and daily digests, chat by chat")
    watch_cmd.add_argument("--list", action="store_true", help="list them (the default)")
    watch_cmd.add_argument("--json", action="store_true", help="one JSON object per chat per line")
    watch_cmd.add_argument("--corpus", type=Path, default=None)
    watch_cmd.add_argument("--data-dir", type=Path, default=None, help="the bot's data folder (default: $DATA_DIR)")
    watch_cmd.set_defaults(handler=watch)

    run_cmd = commands.add_parser("run", help="run the Telegram bot (long polling, or a webhook)")
    run_cmd.add_argument("--corpus", type=Path, default=None)
    run_cmd.add_argument("--webhook-url", help="public HTTPS URL Telegram posts updates to (webhook mode)")
    run_cmd.add_argument("--listen", default="0.0.0.0", help="webhook mode: address to listen on")
    run_cmd.add_argument("--port", type=int, default=8443, help="webhook mode: port to listen on")
    run_cmd.set_defaults(handler=run_bot)
    return root


def environment(dotenv: Path) -> dict[str, str]:
    """The process environment over ``dotenv``'s lines (as ``load_dotenv`` would, without changing
    ``os.environ``)."""
    from_file = {name: value for name, value in dotenv_values(dotenv).items() if value is not None}
    return from_file | dict(os.environ)


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings.from_env(environment(Path.cwd() / ".env"), corpus_dir=args.corpus)
        return args.handler(args, settings)
    except CorpusError as error:
        print("bot: the corpus cannot be used:\n  " + "\n  ".join(error.problems), file=sys.stderr)
        return 2
    except BotError as error:  # the user's to fix; anything else is a bug and surfaces as one
        print(f"bot: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
