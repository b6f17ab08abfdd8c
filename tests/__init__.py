"""The tests, laid out by what they test.

unit/     modules and functions in-process, by layer (engine, telegram, ingest, store)
e2e/      real processes and servers: the bot against the fake Bot API, the CLI, a local web
          server, Xapian shard servers, the deployment files and Docker (marked ``docker``)
support/  helpers only: the fake Bot API, the web server, the bot process, paths, …
data/     question sets and web fixtures

No test module imports another (tests/unit/test_tests_layout.py keeps it so).
"""
