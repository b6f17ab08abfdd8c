"""Run ``python -m bot`` with one part of the analysis of languages other than English switched off.

    python benchmarks/analysis_off.py stems|stop_words|sentence_ends|segmentation|lemmas|characters ask --json ...

For the ablation of ``benchmarks/xquad_table.py --ablation``: ``stems`` keeps words whole (no
Snowball), ``stop_words`` keeps every word, ``sentence_ends`` splits every language by the English
sentence model (periods, ! and ? only), ``segmentation`` reads Chinese as runs of characters
between punctuation (no jieba), ``lemmas`` reads Russian by Snowball alone with stopwordsiso's
whole list (no pymorphy3), ``characters`` leaves out a Chinese word's characters as terms.
English's own analysis is left as it is.
"""

from __future__ import annotations

import sys

from bot.engine.analysis import analyzers, scripts, sentences


def switch_off(part: str) -> None:
    if part == "stems":
        analyzers.SNOWBALL.clear()
    elif part == "stop_words":
        analyzers._stop_words = lambda language: frozenset()
    elif part == "sentence_ends":
        scripts.split_sentences = lambda text, ends, ordinal=False: sentences.split_sentences(text)
    elif part == "lemmas":
        analyzers.LEMMATIZED.clear()
    elif part == "characters":
        analyzers._han_characters = lambda word: []
    elif part == "segmentation":
        analyzers._chinese_words = lambda text: [text]
        analyzers._chinese_parts = lambda word: []
    else:
        raise SystemExit(f"unknown part {part!r}: stems, stop_words, sentence_ends, segmentation, lemmas or characters")


if __name__ == "__main__":
    switch_off(sys.argv[1])
    from bot.cli import main

    sys.argv = ["bot", *sys.argv[2:]]
    sys.exit(main())
