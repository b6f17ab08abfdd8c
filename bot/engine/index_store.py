"""Save the search index to disk and load it back in a second instead of rebuilding.

The file is keyed by the corpus: a hash of every article file's name and bytes, and
of the engine's own source (tokenizer, splitter, ranking weights). Any changed, added
or removed article — or a new version of the engine — gives a new key, so a stale
index is never used. A corrupt or truncated file is detected (numpy's ``.npz`` is a
zip archive with a CRC per array) and rebuilt with a warning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

import numpy as np
from scipy import sparse

from bot.engine.backend import Source
from bot.engine.bm25 import Bm25Matrix
from bot.engine.corpus import load_corpus
from bot.engine.in_process import InProcessIndex
from bot.engine.search import SearchIndex, SearchOptions, build_index

logger = logging.getLogger(__name__)

FORMAT = 2


def corpus_key(corpus_dir: Path) -> str:
    """A fingerprint of the corpus files' names and contents and of the engine's code."""
    digest = hashlib.sha256(f"format {FORMAT}\n".encode())
    engine = Path(__file__).parent
    for source in sorted(engine.rglob("*.py")):
        digest.update(source.relative_to(engine).as_posix().encode() + b"\0" + source.read_bytes())
    for path in sorted(Path(corpus_dir).glob("*.txt")):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def default_index_path(corpus_dir: Path) -> Path:
    return Path(corpus_dir) / ".index" / "bm25.npz"


def _join(strings: list[str]) -> np.ndarray:
    return np.frombuffer("\n".join(strings).encode("utf-8"), dtype=np.uint8)


def _split(blob: np.ndarray) -> list[str]:
    text = blob.tobytes().decode("utf-8")
    return text.split("\n") if text else []


def save_index(search_index: SearchIndex, path: Path, key: str) -> None:
    """Write ``index`` to ``path`` atomically (a reader never sees half a file)."""
    index = search_index.backend
    assert isinstance(index, InProcessIndex)
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "format": FORMAT,
        "key": key,
        "sources": [{**dataclasses.asdict(s), "date": s.date.isoformat()} for s in index.sources],
        "names": index.names,
    }
    words = list(index.words)
    rows = index.bm25.rows
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as file:
            np.savez(
                file,
                meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
                sentence_article=index.sentence_article,
                sentence_position=index.sentence_position,
                text_offsets=index.text_offsets,
                texts=np.frombuffer(index.texts, dtype=np.uint8),
                terms=_join(index.bm25.terms),
                idf=index.bm25.idf,
                indptr=rows.indptr,
                indices=rows.indices,
                data=rows.data,
                words=_join(words),
                word_counts=np.array([index.words[w] for w in words], dtype=np.int32),
            )
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class StaleIndex(Exception):
    """The saved index belongs to another corpus or engine version."""


def load_index(path: Path, key: str, options: SearchOptions | None = None) -> SearchIndex:
    """Read a saved index; ``StaleIndex`` if its key differs, other errors if it is damaged."""
    with np.load(path, allow_pickle=False) as stored:
        meta = json.loads(stored["meta"].tobytes())
        if meta.get("format") != FORMAT or meta.get("key") != key:
            raise StaleIndex(path)
        terms = _split(stored["terms"])
        rows = sparse.csr_matrix(
            (stored["data"], stored["indices"], stored["indptr"]),
            shape=(len(terms), len(stored["sentence_article"])),
        )
        words = _split(stored["words"])
        index = InProcessIndex(
            sources=[Source(**{**s, "date": dt.date.fromisoformat(s["date"])}) for s in meta["sources"]],
            sentence_article=stored["sentence_article"],
            sentence_position=stored["sentence_position"],
            text_offsets=stored["text_offsets"],
            texts=stored["texts"].tobytes(),
            bm25=Bm25Matrix(terms, stored["idf"], rows),
            words=dict(zip(words, stored["word_counts"].tolist(), strict=True)),
            names=meta["names"],
        )
    if len(index.text_offsets) != index.sentence_count + 1 or index.text_offsets[-1] != len(index.texts):
        raise ValueError("inconsistent sentence arrays")
    return SearchIndex(index, options or SearchOptions())


def open_index(corpus_dir: Path, options: SearchOptions | None = None, index_path: Path | None = None) -> SearchIndex:
    """The corpus's index: loaded from ``index_path`` when it is current, else built and saved.

    Raises ``CorpusError`` for a bad corpus. An index file that cannot be written (a
    read-only folder) only costs the next start its speed.
    """
    path = index_path or default_index_path(corpus_dir)
    key = corpus_key(corpus_dir)
    if path.exists():
        try:
            return load_index(path, key, options)
        except StaleIndex:
            logger.info("Corpus changed since %s was built; rebuilding", path)
        except Exception as error:  # any damage: a truncated zip, a bad CRC, garbage
            logger.warning("Index file %s is damaged (%s); rebuilding it", path, error)
    index = build_index(load_corpus(corpus_dir), options)
    try:
        save_index(index, path, key)
    except OSError as error:
        logger.warning("Could not save the index to %s: %s", path, error)
    return index


def rebuild_index(corpus_dir: Path) -> SearchIndex:
    """Build the corpus's index from scratch and save it (``python -m bot index``); errors raise."""
    index = build_index(load_corpus(corpus_dir))
    save_index(index, default_index_path(corpus_dir), corpus_key(corpus_dir))
    return index
