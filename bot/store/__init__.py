"""The bot's own state in its data folder: the question log, feedback votes and their statistics.

No Telegram import: the CLI (``python -m bot stats``) reads the same store the bot writes.
"""
