#!/usr/bin/env bash
# Builds a base image from Debian bookworm packages, for building the bot's image where
# python:3.12-slim cannot be pulled (no registry):
#   deploy/build-debian-base.sh news-bot-base:bookworm
#   docker build --build-arg BASE_IMAGE=news-bot-base:bookworm -t news-bot .
# Needs mmdebstrap (apt-get install mmdebstrap) and a Docker daemon; runs as root.
set -euo pipefail
tag="${1:?usage: build-debian-base.sh IMAGE-TAG}"
# apt stays in (the shard-server target installs xapian-tools); documentation and locales do not.
mmdebstrap --quiet --variant=apt --include=python3,python3-venv,ca-certificates \
    --aptopt='Acquire::Languages "none"' \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/info/*' \
    bookworm - | docker import --change 'CMD ["python3"]' - "$tag"
