"""A small archive in three languages: a German, a Russian and an English article (newest 2022-03-01)."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "fluechtlinge_polen.txt": """date 2022-02-28 title: Flüchtlinge erreichen Polen
Mehr als 600.000 Flüchtlinge haben die Grenze nach Polen überquert, teilten die Vereinten Nationen mit.

Freiwillige verteilten an der Grenze Essen, Decken und Medikamente.
Die Bundesregierung kündigte weitere Hilfe für die Nachbarländer an.
""",
    "peregovory_belarus.txt": """date 2022-03-01 title: Переговоры в Беларуси
Делегации России и Украины провели переговоры в Гомельской области.

Следующий раунд переговоров пройдёт на польско-белорусской границе, сообщил Владимир Мединский.
Украинская сторона потребовала прекращения огня и вывода войск.
""",
    "gas_supplies_europe.txt": """date 2022-01-10 title: Europe looks for gas beyond Russia
Europe is looking for gas supplies beyond Russia as winter stocks run low.

Qatar and the United States could send more liquefied natural gas to European terminals, officials said.
Storage sites in Germany were less than half full at the start of January.
""",
}
GERMAN_ANSWER = "Mehr als 600.000 Flüchtlinge haben die Grenze nach Polen überquert"
RUSSIAN_ANSWER = "Следующий раунд переговоров пройдёт на польско-белорусской границе"


def write_mixed_corpus(folder: Path) -> Path:
    """The three articles written into ``folder``; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
