# The news answer bot: `docker build -t news-bot .`, then see docs/deployment.md.
# Without a reachable registry, build a base from Debian packages and pass it as BASE_IMAGE
# (docs/deployment.md, "Building without a registry"); it needs python3, python3-venv and
# ca-certificates (and apt for the shard-server target).
ARG BASE_IMAGE=python:3.12-slim

# Installs the project and its dependencies into a virtual environment, copied alone into the image
# (without pip and the dependencies' own test suites).
FROM ${BASE_IMAGE} AS build
# A package index or proxy of your own: build args (`--build-arg PIP_INDEX_URL=...`), used
# only in this stage, so they never reach the final image.
ARG PIP_INDEX_URL
ARG PIP_EXTRA_INDEX_URL
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PIP_ROOT_USER_ACTION=ignore
RUN python3 -m venv /opt/venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
# A TLS-inspecting proxy's CA (`--secret id=ca,src=ca.crt`) is mounted for this step only;
# without it, the base image's own CAs are used.
RUN --mount=type=secret,id=ca \
    if [ -s /run/secrets/ca ]; then export PIP_CERT=/run/secrets/ca; fi; \
    /opt/venv/bin/pip install ".[xapian]" \
    && /opt/venv/bin/pip uninstall --yes pip setuptools \
    && find /opt/venv -depth -type d -name tests -path '*/site-packages/*/tests' -exec rm -rf {} +

# A Xapian shard server (compose profile "xapian"): xapian-tcpsrv from the base's Debian packages.
FROM ${BASE_IMAGE} AS shard-server
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends xapian-tools \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --home-dir /data news-bot
USER news-bot
ENTRYPOINT ["xapian-tcpsrv"]

# The bot: the venv, the shipped articles (seeded into /data on first start) and a non-root user.
FROM ${BASE_IMAGE} AS bot
# wordnet-base: WordNet's files, read in place to tell what a question asks (honest refusals).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wordnet-base \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --home-dir /data news-bot \
    && mkdir /data && chown news-bot:news-bot /data
COPY --from=build /opt/venv /opt/venv
COPY corpus /opt/news-bot/corpus
COPY deploy/entrypoint.sh /usr/local/bin/news-bot-entrypoint
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    CORPUS_DIR=/data/corpus \
    SHIPPED_CORPUS=/opt/news-bot/corpus
USER news-bot
WORKDIR /data
VOLUME /data
# Healthy once the saved index answers a question (an index being built counts as starting).
# When the bot serves /healthz on METRICS_PORT, this becomes:
# HEALTHCHECK CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"METRICS_PORT\"]}/healthz', timeout=5)"
HEALTHCHECK --interval=30s --timeout=30s --start-period=2m --retries=3 \
    CMD ([ -f "$CORPUS_DIR/.index/manifest.json" ] || [ "$SEARCH_BACKEND" = xapian ]) && python -m bot ask --top 1 "health check" >/dev/null
# The bot stops cleanly on SIGTERM (`docker stop`); python runs as PID 1 via exec.
STOPSIGNAL SIGTERM
ENTRYPOINT ["news-bot-entrypoint"]
CMD ["run"]
