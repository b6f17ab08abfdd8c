"""A small picture of the question log: questions per day (answered and not) and the share unanswered."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display: render to memory, from any thread

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from bot.store.stats import Stats
from bot.telegram.i18n import ENGLISH_WORDS, N_, Translator


def render_chart(stats: Stats, tr: Translator = ENGLISH_WORDS) -> bytes:
    """A PNG of ``stats`` per day: stacked bars answered/unanswered, a line of the unanswered share.

    Uses a ``Figure`` of its own (not pyplot's global state), so charts render safely in threads.
    """
    days = [d.day[5:] for d in stats.per_day]  # MM-DD
    answered = [d.answered for d in stats.per_day]
    unanswered = [d.asked - d.answered for d in stats.per_day]
    figure = Figure(figsize=(8, 4), dpi=100)
    axes = figure.add_subplot()
    axes.bar(days, answered, color="#4c9a5b", label=tr.gettext(N_("answered")))
    axes.bar(days, unanswered, bottom=answered, color="#d9822b", label=tr.gettext(N_("not answered")))
    axes.set_ylabel(tr.gettext(N_("questions per day")))
    axes.set_ylim(0, max(1, *(a + u for a, u in zip(answered, unanswered, strict=True))) * 1.3)  # room for the legend
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    title = N_("Questions, last {days} day(s): {asked} asked, {answered} answered")
    axes.set_title(tr.format(title, days=stats.days, asked=stats.asked, answered=stats.answered))
    share = axes.twinx()
    points = [(x, u / (u + a)) for x, (a, u) in enumerate(zip(answered, unanswered, strict=True)) if a + u]
    if points:
        share.plot(*zip(*points, strict=True), color="#b03030", marker="o", label=tr.gettext(N_("share not answered")))
    share.set_ylim(0, 1.3)  # as the bars: the legend sits above both
    share.set_yticks([0, 0.25, 0.5, 0.75, 1])
    share.yaxis.set_major_formatter(PercentFormatter(1.0))
    share.set_ylabel(tr.gettext(N_("share not answered")))
    axes.tick_params(axis="x", labelrotation=60, labelsize=8)
    if len(days) > 15:  # one label a week keeps them readable
        for position, label in enumerate(axes.get_xticklabels()):
            label.set_visible(position % 7 == (len(days) - 1) % 7)
    handles = axes.get_legend_handles_labels()[0] + share.get_legend_handles_labels()[0]
    axes.legend(handles=handles, loc="upper left", fontsize=8, ncol=3)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
