"""Each language's question words for the kinds of answer re-ranking recognises.

Grammar, not fitted to any question: the interrogatives a language asks "how many",
"when", "who" and "where" with, and the few set phrases around them ("in which year").
English reads its own richer patterns (``answer_type``); a language missing here asks for
no particular kind, which costs nothing. Words are matched whole, lowercased, in the
question's word sequence; in Chinese, written without spaces, as substrings.
"""

from __future__ import annotations

import unicodedata

# The kinds, as ``answer_type.AnswerType`` values (that module reads this one).
Q, D, P, L = "quantity", "date", "person", "place"

# Per language, the phrases of each kind, tried in this order (a count before a date: "how
# many years"). A word that also means something else ("من": "who" and "from") is left out.
# Thai is left out: its years are counted from 2500 (Buddhist era), its names have no capitals,
# so a passage seldom shows the evidence, and on XQuAD its kinds cost 3 points of hit@1.
INTERROGATIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        Q: ("wie viele", "wie viel", "wieviele", "wieviel", "wie lange", "wie alt", "wie groß", "wie weit"),
        D: ("wann", "in welchem jahr", "welches jahr", "seit wann", "bis wann"),
        P: ("wer", "wem", "wen", "wessen"),
        L: ("wo", "woher", "wohin", "in welchem land", "in welcher stadt"),
    },
    "es": {
        Q: ("cuántos", "cuántas", "cuánto", "cuánta"),
        D: ("cuándo", "en qué año", "qué año", "en qué fecha"),
        P: ("quién", "quiénes", "a quién", "de quién"),
        L: ("dónde", "adónde", "en qué país", "en qué ciudad"),
    },
    "fr": {
        Q: ("combien",),
        D: ("quand", "en quelle année", "quelle année"),
        P: ("qui",),
        L: ("où", "dans quel pays", "dans quelle ville"),
    },
    "ru": {
        Q: ("сколько",),
        D: ("когда", "в каком году", "какой год"),
        P: ("кто", "кого", "кому", "кем"),
        L: ("где", "куда", "откуда", "в какой стране", "в каком городе"),
    },
    "uk": {
        Q: ("скільки",),
        D: ("коли", "в якому році", "у якому році"),
        P: ("хто", "кого", "кому", "ким"),
        L: ("де", "куди", "звідки"),
    },
    "ro": {
        Q: ("câți", "câte", "cât", "câtă"),
        D: ("când", "în ce an", "ce an"),
        P: ("cine", "cui"),
        L: ("unde", "de unde", "în ce țară", "în ce oraș"),
    },
    "tr": {
        Q: ("kaç", "ne kadar", "kaçıncı"),
        D: ("ne zaman", "hangi yıl", "hangi yılda", "hangi tarihte"),
        P: ("kim", "kimin", "kime", "kimi", "kimdir", "kimler", "kimdi"),
        L: ("nerede", "nereye", "nereden", "neresi", "nerededir", "hangi ülke", "hangi şehir"),
    },
    "el": {
        Q: ("πόσοι", "πόσες", "πόσα", "πόσο", "πόση", "πόσους"),
        D: ("πότε", "ποιο έτος", "ποια χρονιά"),
        L: ("πού", "σε ποια χώρα", "σε ποια πόλη"),
    },
    "ar": {
        Q: ("كم", "بكم"),
        D: ("متى", "في أي عام", "في أي سنة"),
        L: ("أين", "في أي بلد", "في أي مدينة"),
    },
    "hi": {
        Q: ("कितने", "कितना", "कितनी"),
        D: ("कब", "किस वर्ष", "किस साल"),
        P: ("कौन", "किसने", "किसको"),
        L: ("कहाँ", "कहां", "किस देश", "किस शहर"),
    },
    "vi": {
        Q: ("bao nhiêu", "mấy"),
        D: ("khi nào", "năm nào", "bao giờ", "lúc nào", "ngày nào"),
        P: ("ai",),
        L: ("ở đâu", "nơi nào", "chỗ nào"),
    },
    "zh": {
        Q: ("多少", "几", "多长", "多大", "多久"),
        D: ("什么时候", "何时", "哪一年", "哪年", "哪一天"),
        P: ("谁",),
        L: ("哪里", "在哪", "何处", "哪儿", "哪个国家", "哪个城市"),
    },
}
UNSPACED = frozenset({"zh"})  # written without spaces between words


def asked_kind(question: str, language: str) -> str | None:
    """The kind of answer ``question``, written in ``language``, asks for by its question
    words ("quantity", "date", "person", "place"), or ``None``."""
    table = INTERROGATIVES.get(language)
    if not table:
        return None
    lowered = question.casefold()
    if language in UNSPACED:
        return next((kind for kind, phrases in table.items() if any(p in lowered for p in phrases)), None)
    words = f" {' '.join(''.join(c if _in_word(c) else ' ' for c in lowered).split())} "
    return next((kind for kind, phrases in table.items() if any(f" {p} " in words for p in phrases)), None)


def _in_word(c: str) -> bool:
    """A letter, digit or combining mark (Devanagari's vowel signs are marks, not letters)."""
    return c.isalnum() or unicodedata.category(c).startswith("M")
