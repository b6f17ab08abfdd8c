#!/bin/sh
# Seeds the data volume with the shipped articles on first start, then runs `python -m bot ARGS`.
set -eu
corpus="${CORPUS_DIR:-/data/corpus}"
if [ ! -e "$corpus" ] && [ -n "${SHIPPED_CORPUS:-}" ]; then
    # Copied under a temporary name first, so an interrupted copy is never taken for the corpus.
    rm -rf "$corpus.seeding"
    cp -R "$SHIPPED_CORPUS" "$corpus.seeding"
    mv "$corpus.seeding" "$corpus"
fi
exec python -m bot "$@"
