"""A small archive in three languages: English, German and Russian news about one story."""

from __future__ import annotations

ENGLISH_ARTICLE = (
    "date 2022-02-20 title: Troops gather at the border\n\n"
    "Russia has moved about 100,000 troops to the border with Ukraine, officials said on Sunday. "
    "The soldiers brought tanks and artillery to the region.\n\n"
    "President Biden warned that an invasion would be met with severe sanctions."
)
GERMAN_ARTICLE = (
    "date 2022-02-21 title: Gaslieferungen gestoppt\n\n"
    "Die Bundesregierung hat die Genehmigung der Pipeline Nord Stream 2 ausgesetzt. "
    "Der Bundeskanzler sagte, die Lage an der Grenze habe sich dramatisch verändert.\n\n"
    "Die Gaspreise in Europa stiegen danach um 13 Prozent."
)
RUSSIAN_ARTICLE = (
    "date 2022-02-22 title: Беженцы из Донбасса\n\n"
    "Более 40 тысяч беженцев из Донбасса прибыли в Ростовскую область, сообщили власти. "
    "Их разместили во временных лагерях и школах.\n\n"
    "Губернатор пообещал выплатить каждому беженцу по десять тысяч рублей."
)
MIXED = {"english.txt": ENGLISH_ARTICLE, "german.txt": GERMAN_ARTICLE, "russian.txt": RUSSIAN_ARTICLE}
# A question in each language, and words of the one sentence that answers it.
QUESTIONS = {
    "How many troops has Russia moved to the border?": "100,000 troops",
    "Um wie viel Prozent stiegen die Gaspreise?": "13 Prozent",
    "Сколько беженцев прибыло в Ростовскую область?": "40 тысяч беженцев",
}
GERMAN_ADDITION = (
    "date 2022-02-23 title: Sanktionen beschlossen\n\n"
    "Die Europäische Union hat neue Sanktionen gegen russische Banken beschlossen. "
    "Die Außenminister einigten sich am Mittwoch in Brüssel auf das Paket.\n\n"
    "Betroffen sind mindestens 351 Abgeordnete der Staatsduma."
)
GERMAN_ADDITION_QUESTION = ("Wie viele Abgeordnete sind von den Sanktionen betroffen?", "351 Abgeordnete")
