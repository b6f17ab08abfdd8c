"""Time words of the languages besides English: month names, prepositions, "last week", "yesterday".

Each language's words are the grammar of the English rules in ``bot.engine.timeframe``
written in that language — month names in every case a date puts them in ("24 февраля",
"у лютому"), the prepositions that bound a period ("seit", "desde", "depuis", "с", "з"),
"last"/"this" with each unit in every gender and order ("letzte Woche", "la semana pasada",
"les 3 derniers jours", "за последнюю неделю"), today and yesterday, and "latest". They are
compiled into patterns with the same named groups as the English ones, so the time frame is
worked out the same way for every language.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

ROLES = ("in", "since", "after", "before", "until")
_UNITS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class TimeWords:
    """One language's time words; every form lowercase, several forms of a word space separated."""

    months: tuple[str, ...]  # twelve entries: the forms of January, February, ...
    prepositions: dict[str, str]  # a role of ROLES: its prepositions, "|" between multi-word ones
    last: str  # "last"/"past" before the unit ("letzte Woche", "последнюю неделю")
    this: str  # "this" before the unit ("diese Woche", "cette semaine")
    units: dict[str, str]  # a unit of _UNITS: its forms
    numbers: tuple[str, ...]  # the words for 1..7, several forms of a number "|" separated
    today: str
    yesterday: str
    newest: str  # "latest", "newest" ("neueste", "últimas", "свежие"), "|" separated
    last_after: str = ""  # "last" after the unit ("la semana pasada", "le mois dernier")
    before_unit: str = ""  # words that may open the phrase: "in den", "за", "durante los"
    year_suffix: str = ""  # a year's word after it: "2022 года", "2022 року"
    day_of: str = ""  # between day and month: "24 de febrero"
    bare_day: bool = False  # a day and month need no preposition: "что было 24 февраля?"


def _alternatives(words: str, separator: str = " ") -> str:
    forms = sorted({w.strip() for w in words.split(separator) if w.strip()}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


WORDS: dict[str, TimeWords] = {
    "de": TimeWords(
        months=(
            "januar jänner jan",
            "februar feber feb",
            "märz maerz mär",
            "april apr",
            "mai",
            "juni jun",
            "juli jul",
            "august aug",
            "september sept sep",
            "oktober okt",
            "november nov",
            "dezember dez",
        ),
        prepositions={
            "in": "im|in|am|während|im jahr|im jahre|im laufe des jahres|anfang|mitte|ende",
            "since": "seit|seit dem|seit anfang|ab|ab dem",
            "after": "nach|nach dem",
            "before": "vor|vor dem",
            "until": "bis|bis zum|bis ende|bis anfang|bis einschließlich",
        },
        last="letzte letzten letzter letztes vergangene vergangenen vergangener vergangenes vorige vorigen voriger "
        "voriges",
        this="diese diesen dieser dieses",
        units={
            "day": "tag tage tagen tages",
            "week": "woche wochen",
            "month": "monat monate monaten monats",
            "year": "jahr jahre jahren jahres",
        },
        numbers=("ein|eine|einen|einem|einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben"),
        today="heute",
        yesterday="gestern",
        newest="neueste|neuesten|neuester|neuestes|aktuellste|aktuellsten|jüngste|jüngsten",
        before_unit="in der|in den|im|am|seit der|seit den|während der|während des|innerhalb der|in dieser|in diesem",
    ),
    "es": TimeWords(
        months=(
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre setiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ),
        prepositions={
            "in": "en|en el|en el año|durante|durante el|el|a principios de|a finales de|a mediados de",
            "since": "desde|desde el|a partir de|a partir del",
            "after": "después de|después del|tras|tras el",
            "before": "antes de|antes del",
            "until": "hasta|hasta el|hasta finales de",
        },
        last="último última últimos últimas",
        this="este esta estos estas",
        last_after="pasado pasada pasados pasadas",
        units={"day": "día días dia dias", "week": "semana semanas", "month": "mes meses", "year": "año años"},
        numbers=("un|una|uno", "dos", "tres", "cuatro", "cinco", "seis", "siete"),
        today="hoy",
        yesterday="ayer",
        newest="más recientes|más reciente|recientes|últimas noticias|novedades",
        before_unit="en el|en la|en los|en las|durante el|durante la|durante los|durante las|desde el|desde la|el|la|"
        "los|las|en|durante",
        day_of="de",
        year_suffix="",
    ),
    "fr": TimeWords(
        months=(
            "janvier janv",
            "février fevrier févr",
            "mars",
            "avril avr",
            "mai",
            "juin",
            "juillet juil",
            "août aout",
            "septembre sept",
            "octobre oct",
            "novembre nov",
            "décembre decembre déc",
        ),
        prepositions={
            "in": "en|le|au|au mois de|en l'an|pendant|durant|début|fin|courant",
            "since": "depuis|depuis le|depuis début|à partir de|à partir du|dès|dès le",
            "after": "après|après le",
            "before": "avant|avant le",
            "until": "jusqu'à|jusqu'au|jusqu'en|jusqu’à|jusqu’au|jusqu’en",
        },
        last="derniers dernières dernieres",
        this="ce cet cette ces",
        last_after="dernier dernière derniere passé passée passe passee",
        units={"day": "jour jours", "week": "semaine semaines", "month": "mois", "year": "an ans année années annee"},
        numbers=("un|une", "deux", "trois", "quatre", "cinq", "six", "sept"),
        today="aujourd'hui aujourd’hui",
        yesterday="hier",
        newest="plus récentes|plus récents|plus récent|plus récente|récentes|récents|dernières nouvelles",
        before_unit="la|le|les|l'|l’|ces|depuis|pendant|durant|au cours de la|au cours du|au cours des|au cours de",
    ),
    "ru": TimeWords(
        months=(
            "январь января январе",
            "февраль февраля феврале",
            "март марта марте",
            "апрель апреля апреле",
            "май мая мае",
            "июнь июня июне",
            "июль июля июле",
            "август августа августе",
            "сентябрь сентября сентябре",
            "октябрь октября октябре",
            "ноябрь ноября ноябре",
            "декабрь декабря декабре",
        ),
        prepositions={
            "in": "в|во|за|в течение|в начале|в конце|в середине",
            "since": "с|со|начиная с|начиная со",
            "after": "после",
            "before": "до|раньше",
            "until": "по|вплоть до",
        },
        last="последний последняя последнюю последние последних последнее последнем последней прошлый прошлая прошлую "
        "прошлое прошлом прошлой прошлого прошлые прошедший прошедшую прошедшие прошедшей прошедшем прошедших "
        "минувший минувшую минувшие минувшей минувшем",
        this="этот эта эту это этом этой этого эти этих текущий текущую текущем текущей текущего нынешний нынешней "
        "нынешнем",
        units={
            "day": "день дня дней сутки суток",
            "week": "неделя недели неделю неделе недель",
            "month": "месяц месяца месяцев месяце",
            "year": "год года лет году",
        },
        numbers=(
            "один|одна|одну|одного",
            "два|две|двух",
            "три|трёх|трех",
            "четыре|четырёх",
            "пять|пяти",
            "шесть",
            "семь",
        ),
        today="сегодня",
        yesterday="вчера",
        newest="последние|последних|свежие|свежих|новейшие|новейших",
        before_unit="за|на|в|во|в течение",
        year_suffix="года году год г.",
        bare_day=True,
    ),
    "uk": TimeWords(
        months=(
            "січень січня січні",
            "лютий лютого лютому",
            "березень березня березні",
            "квітень квітня квітні",
            "травень травня травні",
            "червень червня червні",
            "липень липня липні",
            "серпень серпня серпні",
            "вересень вересня вересні",
            "жовтень жовтня жовтні",
            "листопад листопада листопаді",
            "грудень грудня грудні",
        ),
        prepositions={
            "in": "в|у|за|протягом|на початку|наприкінці|в середині|у середині",
            "since": "з|із|зі|від|починаючи з|починаючи від",
            "after": "після",
            "before": "до|раніше",
            "until": "по|аж до",
        },
        last="останній остання останню останні останніх останнє останньому останнього минулий минула минулу "
        "минуле минулому минулого минулої минулі минулих попередній попередню попереднього попередньому",
        this="цей ця цю це цьому цього цієї ці цих поточний поточну поточному поточного поточного",
        units={
            "day": "день дні днів доби діб",
            "week": "тиждень тижня тижні тижнів тижнем",
            "month": "місяць місяця місяці місяців місяцем",
            "year": "рік року роки років році",
        },
        numbers=(
            "один|одна|одну|одного",
            "два|дві|двох",
            "три|трьох",
            "чотири|чотирьох",
            "п'ять|п’ять|п'яти",
            "шість",
            "сім",
        ),
        today="сьогодні",
        yesterday="вчора учора",
        newest="останні|останніх|свіжі|свіжих|найновіші|найновіших",
        before_unit="за|на|в|у|протягом",
        year_suffix="року році рік р.",
        bare_day=True,
    ),
}
LANGUAGES = tuple(WORDS)


@dataclass(frozen=True)
class Patterns:
    """One language's time words compiled: the groups are those of ``bot.engine.timeframe``'s patterns."""

    absolute: list[re.Pattern[str]]  # groups: prep (may be empty), iso, day, month, year
    relative: list[re.Pattern[str]]  # groups: which, count, unit
    day: re.Pattern[str]  # groups: which ("today" or "yesterday")
    newest: re.Pattern[str]  # group: word
    months: dict[str, int]  # every form of a month's name: its number
    roles: dict[str, str]  # every preposition (spaces single): its role
    units: dict[str, str]  # every form of a unit: the unit
    numbers: dict[str, int]
    this: frozenset[str]  # the forms of "this" (the others of "which" are "last")
    today: frozenset[str]  # the forms of "today" (the others of the day pattern's "which": "yesterday")


@functools.cache
def patterns(language: str) -> Patterns:
    """``language``'s time patterns (KeyError for a language without time words)."""
    words = WORDS[language]
    months = {form: n for n, forms in enumerate(words.months, 1) for form in forms.split()}
    roles = {" ".join(p.split()): role for role, preps in words.prepositions.items() for p in preps.split("|")}
    units = {form: unit for unit, forms in words.units.items() for form in forms.split()}
    numbers = {form: n for n, forms in enumerate(words.numbers, 1) for form in forms.split("|")}
    end = r"(?!\w)"
    month = rf"(?P<month>{_alternatives(' '.join(months))})\.?"
    day = r"(?P<day>[0-3]?\d)(?:\.|er)?"
    suffix = rf"(?: (?:{_alternatives(words.year_suffix)}))?" if words.year_suffix else ""
    year = rf"(?P<year>(?:19|20)\d\d)(?![-\d]){suffix}"
    of = rf" (?:{re.escape(words.day_of)} )?" if words.day_of else " "
    periods = [
        r"(?P<iso>\d{4}-\d\d-\d\d)",
        rf"{day}{of}{month}(?:,?{of}{year})?",
        rf"{month}(?:,?{of}{year})?(?![ ,]*\d)",
        year,
    ]
    prep = rf"(?P<prep>{_alternatives('|'.join(roles), '|')})"
    optional = rf"(?:{prep} )?" if words.bare_day else rf"{prep} "
    absolute = [re.compile(rf"(?<!\w){optional if p == periods[1] else prep + ' '}{p}{end}", re.I) for p in periods]
    count = rf"(?:(?P<count>\d{{1,3}}|{_alternatives('|'.join(numbers), '|')}) )?"
    unit = rf"(?P<unit>{_alternatives(' '.join(units))})"
    spaced = [w for w in words.before_unit.split("|") if w and not w.endswith(("'", "’"))]
    elided = [w for w in words.before_unit.split("|") if w.endswith(("'", "’"))]  # "l'année"
    opening = rf"(?:(?:{_alternatives('|'.join(spaced), '|')}) |{_alternatives('|'.join(elided), '|') or '(?!)'})?"
    which = rf"(?P<which>{_alternatives(words.last + ' ' + words.this)})"
    relative = [re.compile(rf"(?<!\w){opening}{which} {count}{unit}(?:-ci)?{end}", re.I)]
    # "les 3 derniers jours": the count before "last".
    relative.append(re.compile(rf"(?<!\w){opening}{count}{which} {unit}{end}", re.I))
    if words.last_after:
        after = rf"(?P<which>{_alternatives(words.last_after)})"
        relative.append(re.compile(rf"(?<!\w){opening}{count}{unit} {after}{end}", re.I))
    today = rf"(?P<which>{_alternatives(words.today + ' ' + words.yesterday)})"
    newest = rf"(?P<word>{_alternatives(words.newest, '|')})"
    return Patterns(
        absolute,
        relative,
        re.compile(rf"(?<!\w){today}{end}", re.I),
        re.compile(rf"(?<!\w){newest}{end}", re.I),
        months,
        roles,
        units,
        numbers,
        frozenset(words.this.split()),
        frozenset(words.today.split()),
    )
