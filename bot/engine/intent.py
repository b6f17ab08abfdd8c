"""What kind of question this is: about the news inside the articles, or about the articles.

People ask an article bot four kinds of things:

- ``PASSAGES``: something the articles say ("how many troops?", "what did the article
  say about troops?") — answered with the best-matching sentences;
- ``SUMMARY``: what an article is about ("summarize the article about gas supplies",
  "what happened last week?", "what is the news?") — answered with its lead and central
  sentences;
- ``ARTICLES``: the articles' metadata ("when was it published?", "who wrote this?",
  "which articles do you have?") — answered from dates, titles and sources;
- ``CHAT``: small talk ("hello", "thanks!", "who are you?") — a short friendly reply.

The decision reads the question's form — its verbs and what they are about ("the
article", "it", "this story") — never its topic words, so a question about something
inside the articles stays a passage question. Patterns match the whole question, so a
near miss ("what happened to the troops?", "who wrote Hamlet?") falls through to
passages. Time expressions are taken out first (``bot.engine.timeframe``).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from functools import lru_cache


class Kind(enum.Enum):
    PASSAGES = "passages"
    SUMMARY = "summary"
    ARTICLES = "articles"
    CHAT = "chat"


@dataclass(frozen=True)
class Intent:
    kind: Kind
    # What to search for: the whole question for passages; the words that point to an
    # article for a summary or metadata ("" when none do: the newest articles).
    topic: str
    # ARTICLES: "date", "author", "source", "title" or "list"; CHAT: "greeting",
    # "thanks", "bye" or "about" (who the bot is, what it can do).
    asks: str = ""
    # For a question with a time expression: its reading with the time words kept as words
    # ("since 2005" in an archive of 2020 may describe the event, not the articles).
    as_words: Intent | None = field(default=None, compare=False, repr=False)


# What stands for the articles themselves: "it", "this story", "the article about gas".
_NOUN = (
    r"(?:news |newest |latest |last |first |whole |full |current )?"
    r"(?:article|story|piece|news item|item|post|text|report|news|paper|document|file)s?"
)
_THE = r"(?:the|this|that|these|those|your|its|each|every)"
_OBJ = (
    rf"(?:it|this|that|these|those|they|them|{_THE} {_NOUN}"
    r"(?: (?:about|on|regarding|concerning|covering|with) (?P<topic>.+?))?)"
)
_POLITE = r"(?:(?:please|pls|ok|so|and|now|then|hey|bot)[ ,]*)*(?:(?:can|could|would|will) you (?:please )?)?"
_TAIL = r"(?: (?:please|pls|for me|briefly|quickly|in short|in brief|again))*"
_SUMMARY_NOUN = (
    r"(?:summary|summarization|summarisation|overview|recap|rundown|gist|tl ?;? ?dr|synopsis|digest|abstract"
    r"|brief|briefing|outline)"
)
_REST = r"(?: (?:(?:of|about|on|for|regarding|from) )?(?P<rest>.+?))?"
# After a noun ("a summary of …") the topic needs its preposition: "summary judgment" is no summary.
_ABOUT_REST = r"(?: (?:of|about|on|for|regarding|from) (?P<rest>.+?))?"
_POINTS = (
    r"(?:points?|facts?|takeaways?|ideas?|messages?|things?|events?|issues?|topics?|highlights?|themes?|news"
    r"|story|stories|details?)"
)

_SUMMARY = [
    rf"(?:so |tell me |explain |(?:i )?wonder )?what (?:is|are|was|were) {_OBJ} (?:all |mainly |mostly |really )?about",
    rf"(?:tell me |explain )?what {_OBJ} (?:is|are|was|were) (?:all |mainly |mostly |really )?about",
    rf"what (?:does|do|did) {_OBJ} (?:say|cover|discuss|talk about|describe|tell us|tell me|report|deal with|explain)",
    rf"(?:tell|show) me (?:more )?(?:about|what is in|what is) {_OBJ}(?: (?:says|is about))?",
    rf"(?:summarize|summarise|sum up|recap|outline|condense|digest|brief me on|tl ?;? ?dr|tl ?dr)(?: {_OBJ}|{_REST})",
    r"(?:summarize|summarise|sum up|recap|sum it up|summary|tl ?;? ?dr|tldr|recap|overview|gist)",
    rf"(?:(?:give|show|send|tell|get|write|make) (?:me |us )?)?(?:a |an |the )?(?:short |brief |quick |very short )?"
    rf"{_SUMMARY_NOUN}(?: of {_OBJ}|{_ABOUT_REST})",
    rf"(?:what (?:is|are|were) |give me |tell me |list |show me )?(?:the )?(?:main|key|important|most important|central"
    rf"|essential|big|major|top) {_POINTS}(?: (?:of|in|from) {_OBJ}|{_REST})?",
    r"what (?:are|were) the (?:highlights|takeaways|headlines)",
    r"what (?:happened|is happening|has happened|has been happening|is going on|was going on|went on|is up|is new"
    r"|is the story|is the situation)(?: (?:in the news|in the world|today|now|lately|recently|so far|here|there))?",
    r"(?:is there |are there )?(?:any(?:thing)? )?(?:new|news|updates?|developments?|headlines?)"
    r"(?: (?:today|lately|recently|so far))?",
    r"(?:what (?:is|are|were) |give me |tell me |show me |any |anything |the )?(?:the )?(?:top |big |main |breaking )?"
    r"(?:news|headlines?|top stories|updates?|developments?|stories)(?: (?:about|on|regarding|concerning|with"
    r"|from) (?P<topic>.+?))?",
    r"what is new (?:about|with|on|regarding) (?P<topic>.+?)",
    rf"(?:read|show|give|send) me {_OBJ}",
]

_ARTICLES = {
    "date": [
        rf"when (?:was|were|is|are|did|has|had) {_OBJ} (?:been )?(?:first )?(?:published|written|posted|released"
        r"|put out|out|from|dated"
        r"|come out|came out|appear|appeared|get published|published online|publish|release|updated|filed)"
        # ... and the kind asked said again after it: "when was this article published? what date"
        r"(?: (?:what|which) (?:date|day|year|month|time))?",
        rf"(?:what|which) (?:date|day|year|month|time) (?:is|was|are|were|did) {_OBJ}(?: (?:from|published|written"
        r"|dated|come out|posted|publish))?",
        r"(?:what is |what was |tell me |give me )?(?:the )?(?:publication|publishing|publish|release|published"
        rf"|posting) (?:date|day|time)(?: of {_OBJ})?",
        rf"(?:what is |what was )(?:the )?date of {_OBJ}",
        rf"(?:the )?date of {_OBJ}",
        rf"how (?:old|recent|new|fresh|current) (?:is|are) {_OBJ}",
        rf"(?:is|are) {_OBJ} (?:recent|new|old|current|up to date|fresh)",
        rf"when (?:is|are) {_OBJ} from",
        rf"(?:from )?when (?:is|was|are|were) {_OBJ}",
    ],
    "author": [
        rf"who (?:wrote|writes|authored|penned|reported|has written|had written|composed) {_OBJ}",
        r"who (?:is|was|are|were) (?:the )?(?:author|authors|writer|writers|reporter|journalist|correspondent"
        rf"|byline)(?: (?:of|for|behind) {_OBJ})?",
        r"(?:what is |what was |tell me )?(?:the )?(?:author|authors|writer|byline|reporter)(?:'s name"
        rf"| name)?(?: of {_OBJ})?",
        rf"who (?:is|was) behind {_OBJ}",
        rf"(?:is|was|are|were) {_OBJ} written by (?:anyone|someone|a journalist)",
        rf"by whom (?:is|was|are|were) {_OBJ} written",
        rf"(?:does|did) {_OBJ} (?:have|name|give|list) (?:an |the )?(?:author|byline|writer)",
    ],
    "source": [
        rf"where (?:is|was|are|were|does|did|do) {_OBJ} (?:come from|from|published|appear|run|taken from"
        r"|originally from)",
        r"(?:what|which) (?:is|was|are|were) (?:the )?(?:source|sources|origin|outlet|publisher|link|url)(?: (?:of"
        rf"|for) {_OBJ})?",
        rf"(?:the )?(?:source|sources|origin|outlet|publisher|link|url)(?: (?:of|for|to) {_OBJ})?",
        rf"(?:what|which) (?:outlet|newspaper|paper|site|website|publication|news agency|agency|media|source|publisher)"
        rf" (?:published|ran|wrote|reported|is|was|did|does|carried) {_OBJ}(?: (?:come from|from|appear in"
        r"|published in))?",
        rf"where (?:can|do|could) i (?:read|find|see|get) {_OBJ}(?: online| in full)?",
        rf"(?:do you have |is there |give me |send me )?(?:a |the )?(?:link|url) (?:to|of|for) {_OBJ}",
    ],
    "title": [
        rf"what (?:is|was|are|were) (?:the )?(?:title|titles|headline|headlines|name)(?: (?:of|for) {_OBJ})",
        rf"what (?:is|was|are|were) {_OBJ} (?:called|titled|named)",
        r"(?:the )?(?:title|titles)",
        r"what (?:is|was) (?:the )?(?:title|headline)",
    ],
    "list": [
        r"(?:which|what) (?:news |kind of )?(?:articles|stories|news|sources|documents|texts|files|reports|items"
        r"|papers)"
        r" (?:do you (?:have|know|use|cover|read|store|hold)|have you got|are there|are available|do you answer from"
        r"|can i ask about|can you answer (?:from|about)|you have|are in (?:the|your) (?:archive|corpus|database"
        r"|collection)"
        r"|have you read|did you read)",
        r"(?:list|show|give|send|tell)(?: me)? (?:the |all |all of the |all the |your |all your |which |what )?"
        r"(?:news |available )?(?:articles|stories|sources|documents|files|texts|reports)(?: you have| you know"
        r"| available)?",
        r"how many (?:news )?(?:articles|stories|sources|documents|texts|files|reports) (?:do you have|are there"
        r"|do you know"
        r"|have you got|you have|are in (?:the|your) (?:archive|corpus|database))",
        r"what (?:do you have|is in (?:the|your) (?:archive|corpus|database|collection)|have you got|do you cover)",
        r"(?:your |the |all |available )?(?:articles|sources|archive|corpus)",
        r"where (?:do|did) you get (?:your |the |this )?(?:news|information|info|articles|data|facts)(?: from)?",
        r"what (?:are|is) (?:your|the) (?:sources?|archive|corpus|articles)",
    ],
}

_THANKS = (
    r"(?:thanks+|thank you+|thank u|thanx|thx|ty|tysm|cheers|many thanks|much appreciated|appreciate it|great|cool"
    r"|nice|ok|okay|k|kk|perfect|awesome|got it|good|great job|well done|nice one|excellent|wonderful|brilliant"
    r"|amazing|interesting|i see|fine|alright|all right|super|neat|wow|sweet|that helps|very helpful|helpful)"
)
# Words that only address the bot or fill a pause: "great job, bot", "oh, thanks".
_FILLER = frozenset("bot mate buddy friend please pls and so well oh ah um uh hmm".split())
_CHAT = {
    "greeting": r"(?:hi+|hello+|hey+|heya|hiya|howdy|hallo|hola|yo|greetings|good (?:morning|afternoon|evening|day)"
    r"|morning|evening|sup|what is up|wassup|whats up|salut|hai)(?: (?:there|bot|everyone|all|friend|buddy|again|mate"
    r"|guys|folks))*",
    "thanks": rf"{_THANKS}(?: (?:{_THANKS}|so much|very much|a lot|a ton|again|anyway|indeed|buddy|mate|bot"
    r"|for (?:that|this|the (?:answer|help|info|information|summary|reply)|your help|helping|nothing)))*",
    "bye": r"(?:bye+|goodbye|bye bye|see you(?: later| soon)?|see ya|good night|goodnight|later|farewell|take care"
    r"|have a (?:nice|good|great) (?:day|evening|night|one)|talk (?:to you )?later|ciao|cya)",
    "about": r"(?:who|what) are you|what is your name|who (?:made|built|created|wrote|programmed) you"
    r"|are you (?:a bot|a robot|human|real|an ai|a person|alive|a human|smart|ok|okay|there|awake)"
    r"|introduce yourself|what can you do|what do you do|what are you (?:for|able to do|good at)"
    r"|what (?:can|should|could) i ask(?: you)?|what (?:kind of |sort of )?questions (?:can|should"
    r"|could) i ask(?: you)?"
    r"|how (?:do|does) (?:you|this|this bot|it) work|how (?:do|can|should) i use (?:you|this|this bot|it)"
    r"|how to use(?: you| this)?"
    r"|help(?: me)?|can you help(?: me)?|how can you help(?: me)?|what do you know|what can you tell me"
    r"|what can you answer"
    r"|how are you(?: doing| today)?|how is it going|how are things|you there|nice to meet you|pleased to meet you"
    r"|good bot|bad bot|lol|haha+|hmm+|test|testing|ping|tell me a joke|a joke|joke|start|i love you|you are (?:great"
    r"|awesome"
    r"|cool|smart|helpful|useless|stupid|dumb|amazing|the best)",
}


# Small talk in the bot's other languages, by the same kinds; a whole clause must match.
_FOREIGN_CHAT = {
    "de": {
        "greeting": r"(?:hallo+|hi+|hey+|moin|servus|grüß gott|grüezi|guten (?:tag|morgen|abend))"
        r"(?: (?:zusammen|bot|du|ihr|alle))*",
        "thanks": r"(?:danke+|danke (?:schön|sehr|dir|ihnen|vielmals)|dankeschön|vielen dank|besten dank"
        r"|herzlichen dank|super|toll|prima|klasse|perfekt|alles klar|gut|sehr gut|ok|okay|verstehe|interessant)"
        r"(?: (?:danke|bot))*",
        "bye": r"(?:tschüss|tschüs|tschau|ciao|auf wiedersehen|bis bald|bis später|bis dann|gute nacht"
        r"|mach's gut|machs gut|schönen tag noch)",
        "about": r"(?:wer|was) bist du|wer sind sie|was kannst du|was können sie|was machst du|wie heißt du"
        r"|wie funktionierst du|wie funktioniert das|wie benutze ich dich|was kann ich (?:dich )?fragen|hilfe"
        r"|hilf mir|kannst du mir helfen|wie geht es dir|wie geht's|wie gehts|bist du ein bot",
    },
    "es": {
        "greeting": r"(?:hola+|buenas|buenos días|buenos dias|buenas tardes|buenas noches|saludos|qué tal|que tal"
        r"|hey)(?: (?:bot|a todos|amigo))*",
        "thanks": r"(?:gracias|muchas gracias|mil gracias|gracias de nuevo|te lo agradezco|vale|genial|perfecto"
        r"|de acuerdo|estupendo|muy bien|bien|ok|okey|entendido|interesante)(?: (?:gracias|bot))*",
        "bye": r"(?:adiós|adios|hasta luego|hasta pronto|hasta mañana|nos vemos|chao|chau|que tengas un buen día)",
        "about": r"(?:quién|quien|qué|que) eres|quién es usted|(?:qué|que) (?:puedes|sabes) hacer|cómo te llamas"
        r"|ayuda|ayúdame|puedes ayudarme|cómo funcionas|como funcionas|cómo funciona esto|cómo te uso"
        r"|(?:qué|que) (?:te )?puedo preguntar|cómo estás|como estas|eres un bot",
    },
    "fr": {
        "greeting": r"(?:bonjour|salut|bonsoir|coucou|hello|bienvenue)(?: (?:à tous|tout le monde|bot|toi))*",
        "thanks": r"(?:merci+|merci beaucoup|merci bien|merci mille fois|je vous remercie|super|génial|parfait"
        r"|d'accord|très bien|bien|ok|okay|entendu|compris|intéressant)(?: (?:merci|bot))*",
        "bye": r"(?:au revoir|à bientôt|a bientot|à plus|a plus|bonne nuit|bonne journée|bonne soirée|à demain|ciao)",
        "about": r"qui es[ -]tu|qui êtes[ -]vous|que (?:peux|sais)[ -]tu faire|que pouvez[ -]vous faire"
        r"|comment tu t'appelles|aide|aide[ -]moi|peux[ -]tu m'aider|comment (?:tu fonctionnes|ça marche|ca marche)"
        r"|que puis[ -]je (?:te )?demander|comment ça va|ça va|comment vas[ -]tu|es[ -]tu un bot",
    },
    "ru": {
        "greeting": r"(?:привет|приветик|приветствую|здравствуй|здравствуйте|добрый (?:день|вечер)|доброе утро"
        r"|доброго (?:дня|утра|вечера)|хай)(?: (?:бот|всем|друг))*",
        "thanks": r"(?:спасибо|большое спасибо|спасибо большое|спасибо огромное|благодарю|отлично|супер|класс"
        r"|понятно|ясно|хорошо|ок|окей|ладно|интересно)(?: (?:спасибо|бот))*",
        "bye": r"(?:пока|до свидания|до встречи|всего доброго|всего хорошего|спокойной ночи|до завтра)",
        "about": r"кто ты|что ты такое|кто вы|что ты умеешь|что вы умеете|как тебя зовут|помощь|помоги"
        r"|помогите|как ты работаешь|как тобой пользоваться|что (?:у тебя )?можно спросить|как дела|ты бот",
    },
    "uk": {
        "greeting": r"(?:привіт|вітаю|добрий (?:день|вечір)|доброго (?:дня|ранку|вечора)|доброї ночі|здрастуйте"
        r"|здоров)(?: (?:бот|всім|друже))*",
        "thanks": r"(?:дякую|дуже дякую|щиро дякую|дякую дуже|спасибі|чудово|супер|клас|зрозуміло|ясно|добре"
        r"|гаразд|ок|окей|цікаво)(?: (?:дякую|бот))*",
        "bye": r"(?:бувай|бувайте|до побачення|до зустрічі|на все добре|добраніч|па-па|до завтра)",
        "about": r"хто ти|що ти таке|хто ви|що ти вмієш|що ви вмієте|як тебе звати|допомога|допоможи"
        r"|допоможіть|як ти працюєш|як тобою користуватися|що (?:в тебе )?можна запитати|як справи|ти бот",
    },
}


# Words that carry no topic in a question with a time word, as _CONTENTLESS in English: "what
# happened last week?" in each language asks for a summary of that week, not for passages.
_FOREIGN_CONTENTLESS = {
    language: frozenset(words.split())
    for language, words in {
        "de": "was wer wie gibt es gab gibt's ist sind war waren passiert geschehen geschah passierte los neu neues"
        " neue nachrichten news etwas irgendwas alles über von in im der die das den dem ein eine zu und so dann jetzt"
        " mir mich zeige zeig erzähl erzähle sag sage bitte hat hatte",
        "es": "qué que pasó paso pasa ha pasado ocurrió ocurre hay hubo novedades noticias nuevo nueva algo todo de"
        " del en el la los las sobre me dime muestra cuéntame y entonces ahora es son fue está",
        "fr": "que qu quoi qu'est-ce qu'est s'est-il s'est il passé passe se arrivé arrive est quelles quelle quel"
        " nouvelles actualités actualité nouveau neuf du de la le les des en y a eu a-t-il moi dis montre raconte"
        " et alors maintenant",
        "ru": "что кто как случилось произошло происходит было были есть нового новое новости новенького какие"
        " какая о об про в на и а ну расскажи покажи скажи мне там",
        "uk": "що хто як сталося відбулося відбувається було були є нового нове новини які яка про у в на і а"
        " розкажи покажи скажи мені там",
    }.items()
}


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"{_POLITE}(?:{pattern}){_TAIL}")


_SUMMARY_PATTERNS = [_compile(p) for p in _SUMMARY]
_ARTICLE_PATTERNS = [(asks, _compile(p)) for asks, patterns in _ARTICLES.items() for p in patterns]
_CHAT_PATTERNS = [(asks, re.compile(p)) for asks, p in _CHAT.items()]
# The language's own small talk first, then the English that people write in any language ("ok", "hi").
_FOREIGN_CHAT_PATTERNS = {
    language: [(asks, re.compile(p)) for asks, p in kinds.items()] + _CHAT_PATTERNS
    for language, kinds in _FOREIGN_CHAT.items()
}
# "what did the article say about troops?": a passage question about "troops".
_ABOUT_INSIDE = _compile(
    rf"(?:what|how|where|when|who|why) (?:does|do|did|has|had) {_OBJ.replace('topic', 'object_topic')}"
    r" (?:say|says|said|write|report|tell us|mention|state|claim|reveal|note)"
    r" (?:about|on|regarding|concerning|of|as to) (?P<topic>.+)"
)
_CONTENTLESS = frozenset(
    """what whats is are was were the a an any anything something news new show me tell give about from there
    happened happening of on in to for please and so then now that this these it s us i you do does did have has
    get see read""".split()
)
# One clause of small talk: the pieces a message splits into at punctuation.
_CLAUSES = re.compile(r"[,.!?;:\n]+|\s+-\s+")


def normalize(text: str) -> str:
    """Lowercase words and spaces: no punctuation, emoji or contractions left."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"\b(\w+)'s (been|got)\b", r"\1 has \2", text)  # "what's been happening"
    text = re.sub(r"\b(what|who|where|when|how|it|that|there)'s\b", r"\1 is", text)
    text = re.sub(r"\bwhats\b", "what is", text)
    text = re.sub(r"\b(what|who|where|how)'re\b", r"\1 are", text)
    text = re.sub(r"tl;dr", "tldr", text)
    text = re.sub(r"[^\w\s'-]+", " ", text).replace("_", " ")
    text = re.sub(r"(?<!\w)['-]+|['-]+(?!\w)", " ", text)
    return " ".join(text.split())


def small_talk(question: str, language: str = "en") -> tuple[str, str]:
    """The kind of small talk the message opens with ("" if none) and the rest of it.

    "thanks! and how many troops?" is thanks, then the question "and how many troops?".
    ``language``: the message's; small talk of the bot's languages is known in each.
    """
    asks, rest = "", question
    chat_patterns = _FOREIGN_CHAT_PATTERNS.get(language, _CHAT_PATTERNS)
    while True:
        match = _CLAUSES.search(rest)
        clause, after = (rest[: match.start()], rest[match.end() :]) if match else (rest, "")
        kind = _chat_kind(normalize(clause), chat_patterns)
        if kind is None:
            return asks, rest.strip()
        asks = asks if asks and kind == "greeting" else kind  # "hi, what can you do?" asks about the bot
        rest = after
        if not rest.strip():
            return asks, ""


def _chat_kind(clause: str, chat_patterns: list[tuple[str, re.Pattern[str]]] = _CHAT_PATTERNS) -> str | None:
    if not clause or clause in _FILLER:
        return "greeting"  # punctuation, emoji or a filler word between clauses
    for asks, pattern in chat_patterns:
        if pattern.fullmatch(clause):
            return asks
    return None


# Kept per text: a question is asked again and again (the same few make most of a chat's), and
# reading it runs some eighty patterns, 0.1 ms an answer. Intents are frozen: shared safely.
@lru_cache(maxsize=1024)
def classify(question: str, without_time: str | None = None, language: str = "en") -> Intent:
    """The kind of ``question``; ``without_time`` is it with its time expression taken out, if it had one.

    With ``without_time``, the result also carries ``as_words``: the reading of the whole
    question, time words and all, made from the same small-talk split. A question in another
    ``language`` than English is small talk or a passage question: the English rules of
    summaries and metadata never read it ("Wer ist der Präsident?" is no English "was")."""
    chat, rest = small_talk(question, language)
    if chat and not rest:
        return Intent(Kind.CHAT, "", chat)
    if language != "en":
        if without_time is None:
            return Intent(Kind.PASSAGES, rest)
        # The words without the time words are searched; the whole question when that is all there was.
        topic = small_talk(without_time, language)[1] or rest
        as_words = Intent(Kind.PASSAGES, rest)
        if not set(normalize(topic).split()) - _FOREIGN_CONTENTLESS.get(language, frozenset()):
            return Intent(Kind.SUMMARY, "", as_words=as_words)  # "Was ist letzte Woche passiert?"
        return Intent(Kind.PASSAGES, topic, as_words=as_words)
    whole = normalize(rest)
    if without_time is None:
        return _decide(whole, whole, rest, timed=False)
    as_words = _decide(whole, whole, rest, timed=False)
    rest = small_talk(without_time)[1]
    intent = _decide(normalize(rest), whole, rest, timed=True)
    return Intent(intent.kind, intent.topic, intent.asks, as_words)


def _decide(text: str, whole: str, rest: str, timed: bool) -> Intent:
    """The kind of a question read as ``text`` (``whole``: with its time words, if any)."""
    inside = _ABOUT_INSIDE.fullmatch(text)
    if inside:
        return Intent(Kind.PASSAGES, inside["topic"])
    # "is the article recent?": the time words may belong to a metadata question.
    for asks, pattern in _ARTICLE_PATTERNS:
        match = pattern.fullmatch(text) or pattern.fullmatch(whole)
        if match:
            return Intent(Kind.ARTICLES, _topic(match), asks)
    for pattern in _SUMMARY_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return Intent(Kind.SUMMARY, _topic(match))
    if timed and not set(text.split()) - _CONTENTLESS:
        return Intent(Kind.SUMMARY, "")  # "what about last week?", "anything since February?"
    return Intent(Kind.PASSAGES, rest)


def _topic(match: re.Match[str]) -> str:
    groups = match.groupdict()
    topic = groups.get("topic") or groups.get("rest") or ""
    # "summarize the article about gas": the article is how it is asked, not what it is about.
    topic = re.sub(rf"^(?:{_THE} )?{_NOUN}(?: (?:about|on|regarding|concerning))?\b\s*", "", topic)
    return "" if topic in {"it", "this", "that", "them", "these", "those", "they"} else topic
