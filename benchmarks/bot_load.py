"""Serving load: 500 questions from 100 users through the real bot and a local fake Bot API.

    python benchmarks/bot_load.py [--users 100] [--questions 500] [--flood 300]

Starts the fake Telegram Bot API from the tests on 127.0.0.1 and ``python -m bot run``
against it, pushes every question at once, and reports throughput, reply latency
(from the question being available to the bot to its accepted sendMessage), whether
every reply went to the right chat with the engine's best passage first, and the
busiest second and per-chat spacing against Telegram's limits (30 messages/s overall,
about 1/s per chat), and the 429s the bot provoked from the fake (which enforces those
limits). With ``--flood N`` one more chat sends N questions at once before everyone
else: it reports what that chat received in its first 10 s. Needs the dev extra (aiohttp).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import math
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.engine import open_index  # noqa: E402
from tests.support.bot_process import TOKEN, BotProcess  # noqa: E402
from tests.support.fake_telegram import FakeBotApi, parse_html  # noqa: E402

FLOODER = 9_999
QUESTION_SETS = [ROOT / "tests" / "data" / "questions.jsonl", ROOT / "tests" / "data" / "paraphrases.jsonl"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--flood", type=int, default=0, help="questions one extra chat sends at once first")
    args = parser.parse_args()
    pool = [json.loads(line)["q"] for path in QUESTION_SETS for line in path.read_text().splitlines() if line]
    index = open_index(ROOT / "corpus")
    expected = {q: (index.search(q, top=1) or [None])[0] for q in set(pool)}

    fake = FakeBotApi(TOKEN).start()
    process = BotProcess(fake, Path(tempfile.mkdtemp()) / "load.log")
    try:
        fake.wait_for("setMyCommands", timeout=60)
        chats = itertools.cycle(range(10_000, 10_000 + args.users))
        questions = itertools.cycle(pool)
        sent = []
        started = time.monotonic()
        for number in range(args.flood):
            fake.send_text(FLOODER, f"{next(questions)} ({number})")
        for _ in range(args.questions):
            chat, question = next(chats), next(questions)
            sent.append((chat, question, fake.send_text(chat, question)["message_id"], time.monotonic()))
        replies = {}
        deadline = time.monotonic() + 600
        while len(replies) < len(sent) and time.monotonic() < deadline:
            time.sleep(0.05)
            with fake._lock:
                calls = [
                    c
                    for c in fake.calls
                    if c.method == "sendMessage" and c.status == 200 and c.params["chat_id"] != FLOODER
                ]
            for call in calls:
                key = (call.params["chat_id"], (call.params.get("reply_parameters") or {}).get("message_id"))
                replies.setdefault(key, call)
        elapsed = max(c.at for c in replies.values()) - started
        while time.monotonic() < started + 10 and args.flood:
            time.sleep(0.1)
        to_flooder = [c for c in fake.accepted("sendMessage", FLOODER) if c.at <= started + 10]
        throttled = len(fake.throttled)
    finally:
        process.stop()
        fake.stop()

    latencies, wrong, missing = [], 0, 0
    for chat, question, message_id, pushed in sent:
        call = replies.get((chat, message_id))
        if call is None:
            missing += 1
            continue
        latencies.append((call.at - pushed) * 1000)
        first = expected[question]
        text = parse_html(call.params["text"])
        right = first.text in text.split("\n\n")[0] if first else "found nothing" in text
        wrong += not right
    moments = sorted(c.at for c in replies.values())
    busiest = max(bisect.bisect_left(moments, t + 1.0) - i for i, t in enumerate(moments))  # sliding 1 s window
    by_chat = defaultdict(list)
    for (chat, _), call in replies.items():
        by_chat[chat].append(call.at)
    gaps = [b - a for times in by_chat.values() for a, b in itertools.pairwise(sorted(times))]
    print(f"questions: {len(sent)} from {args.users} users; replies: {len(replies)}; missing: {missing}; "
          f"wrong chat or answer: {wrong}")  # fmt: skip
    print(f"throughput: {len(replies) / elapsed:.1f} replies/s over {elapsed:.1f} s")
    print(f"reply latency: p50 {statistics.median(latencies):.0f} ms, p95 "
          f"{sorted(latencies)[int(0.95 * len(latencies)) - 1]:.0f} ms, max {max(latencies):.0f} ms")  # fmt: skip
    print(f"busiest second: {busiest} messages (Telegram: 30/s); "
          f"closest two replies in one chat: {min(gaps, default=math.inf):.2f} s (Telegram: about 1/s)")  # fmt: skip
    print(f"429 Too Many Requests provoked: {throttled}")
    if args.flood:
        print(f"flooding chat: {args.flood} questions at once; messages to it in its first 10 s: {len(to_flooder)}")


if __name__ == "__main__":
    main()
