"""Keep the search index on disk and up to date with the corpus, without full rebuilds.

The index folder (``corpus/.index/``) holds one folder per segment (an ``.npy`` file
per array, mapped into memory when loaded, and their CRCs), the vocabularies, and
``manifest.json``: the engine version, the analyzer's name and version, every article file's size, modification time
and SHA-256 as indexed, the segments with their removed articles, and the SHA-256 of
all that (an edited manifest is a damaged one). Opening the index compares the corpus
with the manifest by size and time, hashing only files whose size or time changed;
``refresh_saved`` hashes every file (an edit that kept both is found too). Either
applies the difference as one small new segment plus removals
(``InProcessIndex.updated``); the manifest is replaced atomically last, so a reader
never sees half an update. An article dated more than a day ahead is left out with a
warning until its day. A new engine version or analyzer, or a damaged or missing file (a CRC that
does not match), means a full rebuild, with a warning for damage. Objects of an open
index are frozen out of the garbage collector's full passes (``gc.freeze``).
Temporary files and folders that a killed save left behind are removed at the next
load or save (``bot.engine.temporaries``: only unlocked ones, unchanged for a minute,
so never a live writer's).

``open_saved`` (``ask``, the bot's start) and ``refresh_saved`` (``/reload``,
SIGHUP, ingestion) are the two entry points; ``bot.engine.opening`` wraps them in a ``Searcher``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
import json
import logging
import os
import shutil
import tempfile
import uuid
import weakref
import zlib
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO, cast

import numpy as np
from scipy import sparse

from bot.engine import temporaries
from bot.engine.analysis.analyzer import ENGLISH, Analyzer
from bot.engine.analysis.analyzers import analyzer_keys
from bot.engine.backends.in_process.index import InProcessIndex, build_in_process
from bot.engine.backends.in_process.segments import Segment, Vocabularies, Vocabulary
from bot.engine.corpus import CorpusError, FutureDate, check_date, header_date, list_corpus, read_articles
from bot.engine.files import atomic_writer, umask
from bot.engine.values import ArticleMeta
from bot.errors import BotError

logger = logging.getLogger(__name__)

FORMAT = 5  # 5: the manifest carries its own SHA-256
MANIFEST = "manifest.json"


def engine_key() -> str:
    """A fingerprint of the code that decides what is stored: a new splitter or tokenizer means a rebuild.

    Weights are computed at load, and ranking reads the stored terms, so changes to
    either never invalidate a saved index.
    """
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    engine = Path(__file__).parents[2]
    here = Path(__file__).parent
    stored_by = [*engine.glob("analysis/*.py"), engine / "corpus.py", here / "segments.py", here / "build.py"]
    for source in sorted(stored_by):
        digest.update(source.relative_to(engine).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def default_index_path(corpus_dir: Path) -> Path:
    """The index folder of a corpus."""
    return Path(corpus_dir) / ".index"


@dataclass
class _FileState:
    size: int
    mtime_ns: int
    sha256: str


class _Future(BotError):
    """An article dated in the future: left out of the index (and the manifest) until its day."""


def _sha256(path: Path) -> str:
    """The file's SHA-256; ``_Future`` if its date is more than a day ahead."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        chunk = file.read(1 << 20)
        date = header_date(chunk[:256])
        if date is not None:
            try:
                check_date(date)
            except FutureDate as error:
                raise _Future(f"{path}: {error}; skipped until then") from None
        while chunk:
            digest.update(chunk)
            chunk = file.read(1 << 20)
    return digest.hexdigest()


def _state(path: str, name: str, stat: os.stat_result) -> tuple[str, _FileState | None]:
    try:
        return name, _FileState(stat.st_size, stat.st_mtime_ns, _sha256(Path(path)))
    except OSError:
        return name, None  # vanished or unreadable since the listing
    except _Future as error:
        logger.warning("%s", error)
        return name, None


def _hashed(files: list[tuple[str, str, os.stat_result]]) -> Iterable[tuple[str, _FileState | None]]:
    if len(files) < 256:
        return [_state(*f) for f in files]
    # hashlib and file reads release the GIL: a large corpus is hashed on all cores.
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 1)) as pool:
        return list(pool.map(_state, *zip(*files, strict=True)))


def _scan(corpus_dir: Path, known: dict[str, _FileState], verify: bool = False) -> dict[str, _FileState]:
    """Every article file's state, keyed by its path in the corpus; contents are hashed only
    when size or time changed, or for all files with ``verify`` (an edit that kept both,
    ``cp -p``, ``rsync -t``). Entries ``list_corpus`` cannot read are left out, and so are
    new or changed articles dated in the future, with a warning (read again at every scan
    until their day comes)."""
    folder = Path(corpus_dir)
    if not folder.is_dir():
        raise CorpusError([f"{folder}: corpus folder not found"])
    listing = list_corpus(folder)
    states, unhashed = {}, []
    for path, name, stat in zip(listing.files, listing.names, listing.stats, strict=True):
        before = known.get(name)
        if not verify and before is not None and (before.size, before.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            states[name] = before
        else:
            unhashed.append((path, name, stat))
    for name, state in _hashed(unhashed):
        if state is not None:
            states[name] = state
    if not states:
        raise CorpusError([*listing.unreadable, f"{folder}: no *.txt articles in the corpus folder or its subfolders"])
    return states


class IndexPathError(BotError):
    """The index cannot be kept where it belongs; the message says what to move."""


class IndexSaveError(BotError, OSError):
    """``python -m bot index`` could not save the index (a full disk, a read-only folder)."""


def check_index_folder(folder: Path) -> None:
    """Raise ``IndexPathError`` if a file occupies the index folder's place."""
    if folder.exists() and not folder.is_dir():
        raise IndexPathError(
            f"{folder} is a file, but the saved index is kept in a folder of that name: move that file "
            f"elsewhere (for example mv {folder} {folder.parent / 'index-file.bak'}) and the index will be saved"
        )


def _join(strings: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


def _split(blob: np.ndarray) -> list[str]:
    text = blob.tobytes().decode("utf-8")
    return text.split("\n") if text else []


def _csr_arrays(prefix: str, matrix: sparse.csr_matrix) -> dict[str, np.ndarray]:
    return {f"{prefix}_data": matrix.data, f"{prefix}_indices": matrix.indices, f"{prefix}_indptr": matrix.indptr,
            f"{prefix}_shape": np.array(matrix.shape, dtype=np.int64)}  # fmt: skip


def _csr(stored: Mapping[str, np.ndarray], prefix: str) -> sparse.csr_matrix:
    shape = tuple(stored[f"{prefix}_shape"].tolist())
    return sparse.csr_matrix((stored[f"{prefix}_data"], stored[f"{prefix}_indices"], stored[f"{prefix}_indptr"]), shape)


def _write_npz(path: Path, **arrays: np.ndarray) -> None:
    with atomic_writer(path) as file:
        np.savez(file, **cast(dict[str, Any], arrays))


def _segment_arrays(segment: Segment) -> dict[str, np.ndarray]:
    return {
        "article_starts": segment.article_starts,
        "sentence_position": segment.sentence_position,
        "text_offsets": segment.text_offsets,
        "texts": segment.texts,
        "term_offsets": segment.term_offsets,
        "term_ids": segment.term_ids,
        "word_offsets": segment.word_offsets,
        "word_ids": segment.word_ids,
        "title_offsets": segment.title_offsets,
        "title_term_ids": segment.title_term_ids,
        **_csr_arrays("postings", segment.postings),
        **_csr_arrays("words", segment.word_counts),
        **_csr_arrays("names", segment.name_counts),
        # Derived, but each a pass over every sentence or article: stored, so opening a large
        # index does not redo them.
        "tie_ranks": segment.tie_ranks,
        "word_totals": segment.word_totals,
        "name_totals": segment.name_totals,
    }


def _checksum(data: np.ndarray | bytes) -> int:
    return zlib.crc32(np.ascontiguousarray(data).data.cast("B") if isinstance(data, np.ndarray) else data)


def _save_segment(segment: Segment, folder: Path) -> None:
    """One ``.npy`` file per array (mapped into memory when loaded) and their CRCs, in a new folder."""
    building = Path(tempfile.mkdtemp(dir=folder.parent, prefix=folder.name, suffix=temporaries.SUFFIX))
    try:
        with temporaries.owned(building):
            _write_segment(segment, building)
            os.replace(building, folder)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise


def _write_segment(segment: Segment, building: Path) -> None:
    """The segment's files, written into the folder ``building``."""
    building.chmod(0o777 & ~umask())  # readable by the group that runs the bot, not mkdtemp's 0700
    fields = [f.name for f in dataclasses.fields(ArticleMeta)]  # all plain values: no deep copy (asdict)
    articles = json.dumps(
        [{**{f: getattr(a, f) for f in fields}, "date": a.date.isoformat()} for a in segment.articles]
    ).encode()
    (building / "articles.json").write_bytes(articles)
    checksums = {"articles.json": _checksum(articles)}
    for name, array in _segment_arrays(segment).items():
        np.save(building / f"{name}.npy", array, allow_pickle=False)
        checksums[name] = _checksum(array)
    (building / "checksums.json").write_text(json.dumps(checksums))


def _load_segment(folder: Path) -> Segment:
    """The segment saved in ``folder``, its arrays mapped from the files; ``ValueError`` if damaged."""
    checksums = json.loads((folder / "checksums.json").read_text())
    articles = (folder / "articles.json").read_bytes()
    # Plain ndarray views of the mapped files: the same pages, without np.memmap's cost on
    # every slice (a question slices the arrays a few thousand times).
    arrays = {
        name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
        for name in checksums
        if name != "articles.json"
    }
    stored = {"articles.json": articles, **arrays}
    # zlib releases the GIL on large buffers: the files are checked on all cores at once.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        found = dict(zip(stored, pool.map(_checksum, stored.values()), strict=True))
    for name, crc in found.items():
        if crc != checksums[name]:
            raise ValueError(f"{folder.name}/{name}: checksum mismatch")
    segment = Segment(
        articles=[ArticleMeta(**{**s, "date": dt.date.fromisoformat(s["date"])}) for s in json.loads(articles)],
        article_starts=arrays["article_starts"],
        sentence_position=arrays["sentence_position"],
        text_offsets=arrays["text_offsets"],
        texts=arrays["texts"],
        term_offsets=arrays["term_offsets"],
        term_ids=arrays["term_ids"],
        word_offsets=arrays["word_offsets"],
        word_ids=arrays["word_ids"],
        title_offsets=arrays["title_offsets"],
        title_term_ids=arrays["title_term_ids"],
        postings=_csr(arrays, "postings"),
        word_counts=_csr(arrays, "words"),
        name_counts=_csr(arrays, "names"),
    )
    for derived in ("tie_ranks", "word_totals", "name_totals"):
        segment.__dict__[derived] = arrays[derived]  # its cached_property, as stored
    if (
        segment.text_offsets[-1] != len(segment.texts)
        or segment.term_offsets[-1] != len(segment.term_ids)
        or len(segment.word_offsets) != segment.sentence_count + 1
        or segment.word_offsets[-1] != len(segment.word_ids)
        or len(segment.title_offsets) != len(segment.articles) + 1
        or segment.title_offsets[-1] != len(segment.title_term_ids)
        or len(segment.tie_ranks) != segment.sentence_count
        or len(segment.word_totals) != segment.word_counts.shape[1]
        or len(segment.name_totals) != segment.name_counts.shape[1]
    ):
        raise ValueError(f"{folder.name}: inconsistent sentence arrays")
    return segment


def _manifest_digest(manifest: dict) -> str:
    """SHA-256 of the manifest's content (its ``sha256`` field left out): an edited list of
    removed articles or file states would otherwise silently change the answers."""
    return hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()


class _Store:
    """The index folder: which segment files belong to which in-memory segments."""

    def __init__(self, folder: Path, analyzer: Analyzer = ENGLISH) -> None:
        self.folder = folder
        self.analyzer = analyzer  # whose terms the index holds: another one's means a rebuild
        self.files: weakref.WeakKeyDictionary[Segment, str] = weakref.WeakKeyDictionary()

    def save(self, index: InProcessIndex, states: dict[str, _FileState]) -> None:
        check_index_folder(self.folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        names = []
        for segment in index.segments:
            name = self.files.get(segment)
            if name is None or not (self.folder / name).exists():
                name = f"segment-{uuid.uuid4().hex}"
                _save_segment(segment, self.folder / name)
                self.files[segment] = name
            names.append(name)
        vocabulary = f"vocabulary-{uuid.uuid4().hex}.npz"
        v = index.vocabularies
        _write_npz(self.folder / vocabulary, terms=_join(v.terms.strings), words=_join(v.words.strings),
                   names=_join(v.names.strings))  # fmt: skip
        manifest = {
            "format": FORMAT,
            "engine": engine_key(),
            "analyzer": self.analyzer.key,
            "analyzers": analyzer_keys(index.languages(), self.analyzer),
            "vocabulary": vocabulary,
            "segments": [
                {"file": n, "removed": np.flatnonzero(r).tolist()} for n, r in zip(names, index.removed, strict=True)
            ],
            "files": {name: [s.size, s.mtime_ns, s.sha256] for name, s in states.items()},
        }
        manifest["sha256"] = _manifest_digest(manifest)
        with atomic_writer(self.folder / MANIFEST) as file:
            file.write(json.dumps(manifest).encode())
        in_use = {*names, vocabulary, MANIFEST}
        for leftover in self.folder.iterdir():
            if leftover.name not in in_use and not leftover.name.endswith(".tmp"):
                # An older index still serving keeps its mapped files readable after this.
                if leftover.is_dir():
                    shutil.rmtree(leftover, ignore_errors=True)
                else:
                    leftover.unlink(missing_ok=True)
        self.remove_stale_temporaries()

    def remove_stale_temporaries(self) -> None:
        """Delete what killed writers left half-written (a segment folder can hold gigabytes)."""
        removed = temporaries.remove_stale(self.folder)
        if removed:
            logger.info("Removed %d temporary file(s) left by an interrupted save in %s", len(removed), self.folder)

    def load(self) -> tuple[InProcessIndex, dict[str, _FileState]]:
        self.remove_stale_temporaries()
        manifest = json.loads((self.folder / MANIFEST).read_text())
        if manifest.get("format") != FORMAT or manifest.get("engine") != engine_key():
            raise StaleIndex(self.folder)
        if manifest.get("analyzer") != self.analyzer.key:
            raise StaleIndex(self.folder)
        if manifest.get("analyzers") != analyzer_keys(manifest.get("analyzers", {}), self.analyzer):
            raise StaleIndex(self.folder)  # a language's analysis changed: its articles' terms are another's
        if manifest.pop("sha256", None) != _manifest_digest(manifest):
            raise ValueError(f"{MANIFEST}: checksum mismatch (edited or damaged)")
        with np.load(self.folder / manifest["vocabulary"], allow_pickle=False) as stored:
            vocabularies = Vocabularies(*(Vocabulary(_split(stored[kind])) for kind in ("terms", "words", "names")))
        segments, removed = [], []
        for entry in manifest["segments"]:
            segment = _load_segment(self.folder / entry["file"])
            gone = np.zeros(len(segment.articles), dtype=bool)
            gone[entry["removed"]] = True
            segments.append(segment)
            removed.append(gone)
            self.files[segment] = entry["file"]
        states = {name: _FileState(*state) for name, state in manifest["files"].items()}
        return InProcessIndex(vocabularies, segments, removed, self.analyzer), states


class StaleIndex(BotError):
    """The saved index belongs to another engine version."""


@dataclass(frozen=True)
class IndexHandle:
    """An open index and the corpus files it was built from."""

    corpus_dir: Path
    index: InProcessIndex
    states: dict[str, _FileState]
    store: _Store

    def refreshed(self, verify: bool = False) -> IndexHandle:
        """This index with added, changed and removed article files applied (itself if none).

        ``verify``: compare every file's content hash, not only the changed size or time.
        Raises ``CorpusError`` naming every bad new or changed file; this handle stays as it was.
        """
        states = _scan(self.corpus_dir, self.states, verify)
        changed = [n for n, s in states.items() if n not in self.states or self.states[n].sha256 != s.sha256]
        removed = [n for n in self.states if n not in states]
        if not changed and not removed:
            if states == self.states:
                return self
            handle = IndexHandle(self.corpus_dir, self.index, states, self.store)  # touched, not changed
        else:
            index = self.index.updated(read_articles([self.corpus_dir / n for n in changed]), removed)
            handle = IndexHandle(self.corpus_dir, index, states, self.store)
            logger.info("Index updated: %d article(s) added or changed, %d removed", len(changed), len(removed))
        handle.save()
        return handle

    def save(self, strict: bool = False) -> None:
        """Save the index; a failure is logged (the next start rebuilds), or with ``strict`` raises
        ``IndexSaveError`` naming the folder and the problem."""
        try:
            self.store.save(self.index, self.states)
        except OSError as error:
            if strict:
                raise IndexSaveError(
                    f"could not save the index to {self.store.folder}: {error.strerror or error} "
                    f"({error.filename or self.store.folder}); the index saved before, if any, is unchanged"
                ) from error
            logger.warning("Could not save the index to %s: %s", self.store.folder, error)
        except IndexPathError as error:
            if strict:
                raise
            logger.warning("%s; answering from an index built in memory meanwhile", error)


# The handle of every open in-process index, so a refresh knows what it was built from.
_handles: weakref.WeakKeyDictionary[InProcessIndex, IndexHandle] = weakref.WeakKeyDictionary()


def _opened(handle: IndexHandle) -> InProcessIndex:
    _handles[handle.index] = handle
    # The index's vocabularies are millions of long-lived objects: once they are frozen, a
    # full garbage collection no longer walks them (a pause of up to 200 ms that holds
    # every thread, the bot's event loop included). They are still freed when dropped.
    gc.freeze()
    return handle.index


def _open_handle(corpus_dir: Path, index_path: Path | None, analyzer: Analyzer) -> IndexHandle:
    store = _Store(index_path or default_index_path(corpus_dir), analyzer)
    if (store.folder / MANIFEST).exists():
        try:
            index, states = store.load()
        except StaleIndex:
            logger.info("The engine or its analyzer changed since %s was built; rebuilding", store.folder)
        except Exception as error:  # any damage: a truncated zip, a bad CRC, garbage, a missing file
            logger.warning("Index in %s is damaged (%s); rebuilding it", store.folder, error)
        else:
            return IndexHandle(Path(corpus_dir), index, states, store).refreshed()
    return _build_handle(corpus_dir, _Store(store.folder, analyzer))


def _build_handle(corpus_dir: Path, store: _Store, progress: TextIO | None = None, strict: bool = False) -> IndexHandle:
    states = _scan(corpus_dir, {})
    paths = [Path(corpus_dir) / name for name in states]
    handle = IndexHandle(Path(corpus_dir), build_in_process(paths, progress, store.analyzer), states, store)
    handle.save(strict)
    return handle


def open_saved(corpus_dir: Path, index_path: Path | None = None, analyzer: Analyzer = ENGLISH) -> InProcessIndex:
    """The corpus's index: the saved one with corpus changes applied incrementally, else built and saved
    (also when the saved one was made by another analyzer or another version of it).

    Raises ``CorpusError`` for a bad corpus.
    """
    return _opened(_open_handle(corpus_dir, index_path, analyzer))


def refresh_saved(corpus_dir: Path, current: InProcessIndex | None = None, verify: bool = True) -> InProcessIndex:
    """``current`` (else the saved index) with the corpus's added, changed and removed articles applied.

    The engine function behind ``/reload``, SIGHUP and ingestion: only the difference is
    indexed, and the result answers exactly as a full rebuild would. With ``verify`` (``/reload``,
    SIGHUP) every file's content is hashed, so an edit that kept the size and time is found too
    (25,000 articles: 1.6 s against 0.2 s for sizes and times alone); ingestion, which knows
    what it wrote, and a start compare only those.
    Returns ``current`` itself when nothing changed. Raises ``CorpusError`` for bad
    new or changed files, leaving ``current`` untouched.
    """
    handle = _handles.get(current) if current is not None else None
    if handle is None or handle.corpus_dir != Path(corpus_dir):
        return open_saved(corpus_dir)
    new = handle.refreshed(verify=verify)
    if new.index is handle.index:
        _handles[new.index] = new  # the same articles; perhaps newer file times
        return handle.index
    return _opened(new)


def rebuild_saved(corpus_dir: Path, progress: TextIO | None = None, analyzer: Analyzer = ENGLISH) -> InProcessIndex:
    """Build the corpus's index from scratch and save it (``python -m bot index``); errors raise,
    a failed save as ``IndexSaveError``.

    ``progress``: where to draw a progress bar (a terminal), or ``None``.
    """
    check_index_folder(default_index_path(corpus_dir))
    store = _Store(default_index_path(corpus_dir), analyzer)
    return _opened(_build_handle(corpus_dir, store, progress, strict=True))
