"""The Telegram adapter: turns updates into questions for the engine and its answers into messages."""
