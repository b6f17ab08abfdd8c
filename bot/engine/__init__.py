"""The answer engine: corpus, text analysis, the BM25 index and ranking. Knows nothing of Telegram."""
