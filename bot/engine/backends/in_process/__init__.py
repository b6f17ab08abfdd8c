"""The default backend: BM25 over sparse matrices in this process, saved beside the corpus."""
