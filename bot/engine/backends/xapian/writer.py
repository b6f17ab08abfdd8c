"""Write and update Xapian shard databases: ``python -m bot index --backend xapian --shards N --out DIR``.

DIR gets N subdirectories ``shard-0`` … ``shard-{N-1}``, each a Xapian (glass) database.
An article lives in the shard its file name hashes to (``layout.shard_of``), so adding,
changing or removing one article rewrites documents of one shard only. ``sync_shards``
brings existing shards in line with a corpus folder: it compares each article's digest
with the one stored in its shard and touches only what differs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import xapian

from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.analysis.analyzers import analyzer_keys, reader
from bot.engine.analysis.language import article_language
from bot.engine.backends.xapian import layout
from bot.engine.corpus import Article, load_corpus, parse_article
from bot.engine.values import Sentence, article_meta
from bot.errors import BotError


class ShardLayoutError(BotError, ValueError):
    """DIR does not hold a shard set this program wrote, or not the one expected."""


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    touched_shards: set[int] = field(default_factory=set)
    sentences: int = 0

    def summary(self) -> str:
        return (
            f"added {len(self.added)}, changed {len(self.changed)}, removed {len(self.removed)}, "
            f"unchanged {self.unchanged} article(s); shards written: "
            f"{', '.join(map(str, sorted(self.touched_shards))) or 'none'}"
        )


def shard_path(out: Path, number: int) -> Path:
    return Path(out) / f"shard-{number}"


def sentence_documents(
    article: Article, analyzer: Analyzer = ENGLISH, language: str | None = None
) -> Iterable[xapian.Document]:
    """One Xapian document per sentence of ``article`` (see ``layout``), split and read by its
    ``language``'s analyzer (detected when not given; ``analyzer`` is the default language's)."""
    language = language or article_language(article.text, article.language, analyzer.language)
    own = reader(language, analyzer)
    words, compound_terms = own.words, own.compound_terms
    date = layout.date_value(article.date)
    article_term = layout.article_term(article.path.name)
    source = article_meta(article, language)
    previous = None
    for position, text in enumerate(own.split_sentences(article.text)):
        written = words(text)
        terms_of = [compound_terms(w) for w in written]
        terms = [t for found in terms_of for t in found]
        document = xapian.Document()
        for t in terms:
            document.add_term(layout.index_term(t))
        document.add_boolean_term(article_term)
        for word in {w.lower() for w in written}:
            if len(word.encode("utf-8")) <= layout.MAX_TERM_BYTES:
                document.add_boolean_term(layout.WORD_PREFIX + word)
        # The first word is capitalised anyway; all-capitals are acronyms (as ``build_index``).
        for word, found in zip(written[1:], terms_of[1:], strict=True):
            short = len(word.encode("utf-8")) <= layout.MAX_TERM_BYTES
            if word[0].isupper() and not word.isupper() and found and short:
                document.add_boolean_term(layout.NAME_PREFIX + word)
        document.add_value(layout.DATE_SLOT, date)
        document.set_data(layout.encode_sentence(Sentence(text, tuple(terms), source, position, previous)))
        previous = text
        yield document


def _articles_meta(database: xapian.Database) -> dict[str, dict]:
    raw = database.get_metadata(layout.META_ARTICLES)
    return json.loads(raw) if raw else {}


def shard_number(database: xapian.Database) -> tuple[int, int]:
    """``(number, count)`` recorded in a shard; ``ShardLayoutError`` if it is not one of ours."""
    if database.get_metadata(layout.META_FORMAT).decode() != layout.FORMAT:
        raise ShardLayoutError("not a shard written by `python -m bot index --backend xapian` (or an older format)")
    number, count = (int(v) for v in database.get_metadata(layout.META_SHARD).decode().split())
    return number, count


def check_analyzer(database: xapian.Database, analyzer: Analyzer = ENGLISH) -> None:
    """``ShardLayoutError`` unless the shard's terms were made by ``analyzer`` (same name and version)
    and each language's by that language's analyzer as it is now."""
    made_by = database.get_metadata(layout.META_ANALYZER).decode() or "an older engine"
    if made_by != analyzer.key:
        raise ShardLayoutError(
            f"shard analyzed by {made_by}, not {analyzer.key}: rebuild it with `python -m bot index --backend xapian`"
        )
    recorded = _analyzers(database)
    current = analyzer_keys(recorded, analyzer)
    if recorded != current:
        changed = ", ".join(f"{recorded.get(k, 'none')} → {v}" for k, v in current.items() if recorded.get(k) != v)
        raise ShardLayoutError(
            f"shard analyzed by other rules ({changed}): rebuild it with `python -m bot index --backend xapian`"
        )


def _analyzers(database: xapian.Database) -> dict[str, str]:
    """The analyzer key of each language of the shard's articles, as recorded."""
    raw = database.get_metadata(layout.META_ANALYZERS)
    return json.loads(raw) if raw else {}


def _record_analyzers(database: xapian.WritableDatabase, meta: dict[str, dict], analyzer: Analyzer) -> None:
    languages = {entry["source"].get("language") or analyzer.language for entry in meta.values()}
    database.set_metadata(layout.META_ANALYZERS, json.dumps(analyzer_keys(languages, analyzer)))


def _analyzed_alike(out: Path, analyzer: Analyzer) -> bool:
    try:
        for path in sorted(Path(out).glob("shard-*")):
            check_analyzer(xapian.Database(str(path)), analyzer)
    except ShardLayoutError:
        return False
    return True


def _add(
    database: xapian.WritableDatabase, articles_meta: dict[str, dict], article: Article, analyzer: Analyzer
) -> int:
    count = 0
    language = article_language(article.text, article.language, analyzer.language)
    for document in sentence_documents(article, analyzer, language):
        database.add_document(document)
        count += 1
    source = layout.source_fields(article_meta(article, language))
    articles_meta[article.path.name] = {"source": source, "sentences": count}
    return count


def _same_article(known: dict, article: Article) -> bool:
    """Whether a shard's record of an article is of this one (its language, detected when
    it was added, aside: the digest of its text tells a change)."""
    recorded = {k: v for k, v in known["source"].items() if k != "language"}
    fresh = layout.source_fields(article_meta(article))
    return recorded == {k: v for k, v in fresh.items() if k != "language"}


def _write_shard(path: Path, number: int, count: int, articles: Sequence[Article], analyzer: Analyzer) -> int:
    database = xapian.WritableDatabase(str(path), xapian.DB_CREATE_OR_OVERWRITE)
    try:
        meta: dict[str, dict] = {}
        sentences = sum(_add(database, meta, article, analyzer) for article in articles)
        database.set_metadata(layout.META_FORMAT, layout.FORMAT)
        database.set_metadata(layout.META_SHARD, f"{number} {count}")
        database.set_metadata(layout.META_ANALYZER, analyzer.key)
        _record_analyzers(database, meta, analyzer)
        database.set_metadata(layout.META_ARTICLES, json.dumps(meta, ensure_ascii=False))
        database.commit()
    finally:
        database.close()
    return sentences


def _write_shard_from_files(path: Path, number: int, count: int, files: list[Path], analyzer: Analyzer) -> int:
    # Runs in a worker process: read the files here rather than pickling their text.
    return _write_shard(path, number, count, [parse_article(f, f.read_bytes()) for f in files], analyzer)


def build_shards(
    articles: Sequence[Article], out: Path, shard_count: int, workers: int = 1, analyzer: Analyzer = ENGLISH
) -> int:
    """Write ``articles`` into ``shard_count`` fresh shards under ``out``, analysed by
    ``analyzer``; the sentence count.

    Shards are independent databases, so with ``workers`` > 1 they are written in parallel
    processes (analysis dominates the time).
    """
    if shard_count < 1:
        raise ValueError("--shards must be at least 1")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    stale = [p for p in out.glob("shard-*") if p.is_dir() and int(p.name.split("-")[1]) >= shard_count]
    if stale:
        raise ShardLayoutError(f"{out} holds more than {shard_count} shards ({stale[0].name}); use a new folder")
    parts: list[list[Article]] = [[] for _ in range(shard_count)]
    for article in articles:
        parts[layout.shard_of(article.path.name, shard_count)].append(article)
    if workers <= 1 or shard_count == 1:
        return sum(_write_shard(shard_path(out, n), n, shard_count, part, analyzer) for n, part in enumerate(parts))
    with ProcessPoolExecutor(max_workers=min(workers, shard_count)) as pool:
        jobs = [
            pool.submit(_write_shard_from_files, shard_path(out, n), n, shard_count, [a.path for a in part], analyzer)
            for n, part in enumerate(parts)
        ]
        return sum(job.result() for job in jobs)


def existing_shard_count(out: Path) -> int:
    """How many shards ``out`` holds (0 if none), checking each one's recorded number."""
    paths = sorted(Path(out).glob("shard-*"))
    count = 0
    for path in paths:
        number, recorded = shard_number(xapian.Database(str(path)))
        if path != shard_path(out, number):
            raise ShardLayoutError(f"{path} records itself as shard {number}")
        count = recorded
    if paths and len(paths) != count:
        raise ShardLayoutError(f"{out} holds {len(paths)} shard folders but its shards say there are {count}")
    return count


def sync_shards(articles: Sequence[Article], out: Path, analyzer: Analyzer = ENGLISH) -> SyncReport:
    """Make the shards under ``out`` hold exactly ``articles``, touching only what changed
    (the shards' own ``analyzer`` reads the changed articles).

    Each touched shard is committed once, so a reader sees an article's old or new
    sentences, never half of them.
    """
    count = existing_shard_count(out)
    if count == 0:
        raise ShardLayoutError(f"{out} holds no shards; build them first")
    report = SyncReport()
    wanted: list[dict[str, Article]] = [{} for _ in range(count)]
    for article in articles:
        wanted[layout.shard_of(article.path.name, count)][article.path.name] = article
    for number in range(count):
        database = xapian.WritableDatabase(str(shard_path(out, number)), xapian.DB_OPEN)
        try:
            meta = _articles_meta(database)
            touched = False
            for name in sorted(set(meta) - set(wanted[number])):
                database.delete_document(layout.article_term(name))
                del meta[name]
                report.removed.append(name)
                touched = True
            for name, article in sorted(wanted[number].items()):
                known = meta.get(name)
                if known is not None and _same_article(known, article):
                    report.unchanged += 1
                    continue
                if known is not None:
                    database.delete_document(layout.article_term(name))
                report.sentences += _add(database, meta, article, analyzer)
                (report.changed if known is not None else report.added).append(name)
                touched = True
            if touched:
                _record_analyzers(database, meta, analyzer)
                database.set_metadata(layout.META_ARTICLES, json.dumps(meta, ensure_ascii=False))
                database.commit()
                report.touched_shards.add(number)
        finally:
            database.close()
    return report


def index_corpus(
    corpus_dir: Path, out: Path, shard_count: int | None, workers: int = 1, analyzer: Analyzer = ENGLISH
) -> str:
    """``index --backend xapian``: build ``out``'s shards, or bring existing ones up to date.

    Returns a one-line summary. Existing shards keep their count: spreading the articles
    over another number of shards means a new folder. Shards another analyzer (or version)
    made are rewritten whole.
    """
    articles = load_corpus(corpus_dir)
    existing = existing_shard_count(out) if Path(out).is_dir() else 0
    if existing:
        if shard_count not in (None, existing):
            raise ShardLayoutError(
                f"{out} holds {existing} shards; to spread the articles over {shard_count}, write a new folder"
            )
        if not _analyzed_alike(out, analyzer):  # another analysis's terms: every shard is rewritten
            sentences = build_shards(articles, out, existing, workers, analyzer)
            return f"Rebuilt {existing} shard(s) in {out} for analyzer {analyzer.key}: {sentences} passages"
        return f"Updated {existing} shard(s) in {out}: " + sync_shards(articles, out, analyzer).summary()
    count = shard_count or 1
    sentences = build_shards(articles, out, count, workers, analyzer)
    return f"Indexed {sentences} passages of {len(articles)} articles into {count} shard(s) in {out}"
