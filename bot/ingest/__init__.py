"""Grow the corpus: articles from web pages, local files, channel posts and feeds.

``fetch`` downloads a page or feed (http/https only, bounded time and size),
``extract`` turns HTML, text or Markdown into an article, ``feed`` reads RSS and Atom,
``store`` writes corpus files atomically and finds duplicates, and ``add`` ties them
together for the CLI (``python -m bot add``) and the Telegram admin commands. Every
failure is an ``IngestError`` naming the source and the problem.
"""
