#!/bin/sh
# Seeds the data volume with the shipped articles on first start, then runs `python -m bot ARGS`.
set -eu
corpus="${CORPUS_DIR:-/data/corpus}"
if [ ! -e "$corpus" ] && [ -n "${SHIPPED_CORPUS:-}" ]; then
    # Copied under a name of this process's own first, so an interrupted copy is never taken for
    # the corpus, and containers starting together on one volume (compose: the bot and the shard
    # indexer) never remove each other's copy; the first to rename it in place wins.
    seeding="$corpus.seeding.$$"
    cp -R "$SHIPPED_CORPUS" "$seeding"
    mv -T "$seeding" "$corpus" 2>/dev/null || rm -rf "$seeding"
fi
exec python -m bot "$@"
