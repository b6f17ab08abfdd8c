"""A Telegram bot, and a terminal command, that answer questions about news articles."""
