"""Date mentions of one article, resolved against its publication date into ISO values.

Precision follows the text: "2016" → "2016", "in July" → "2016-07", "last Saturday" → "2017-03-11".
Relative forms point to the past of the publication date (news reports what happened), except
"next …"/"tomorrow" and a bare day or month in a future clause ("will meet on June 6", "is scheduled to
meet Friday"), which is the next such day or month. Common forms are parsed here; dateparser only sees
the leftovers (it is slow).
Without a publication date, relative mentions keep `value=None`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from presstrace.nlp import lexicon
from presstrace.nlp.participants import clause_verb, to_infinitive
from presstrace.nlp.polarity import future
from presstrace.record import DateMention

MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
              "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
# Prepositions kept in the mention text: they say the expression is a point in time ("in July").
POINT_PREPS = {"in", "on", "during"}
# Words that make a DATE entity a duration or a vague span, not a point ("four years", "recent weeks",
# "the 1990s").
NOT_POINTS = re.compile(r"\b(years|months|weeks|days|decades|\d{3}0s|\d0s|hours|recent|past|ages|long|several|"
                        r"few|annual|annually|daily|weekly|monthly|yearly)\b"
                        r"(?!\s+(ago|earlier|before))", re.I)
# "two days later", "a week earlier": counted from the date just written (see counted_offset)
COUNTED = re.compile(r"(\w+) (day|week|month|year)s? (later|after|afterward|afterwards|earlier|before)")
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1}


@dataclass(frozen=True)
class Resolved:
    """A resolved value: an ISO string whose length gives the precision."""

    value: str | None


def find_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Every point-in-time DATE mention of `doc`, with its ISO value (None when unresolvable)."""
    base = parse_published(published)
    found: list[DateMention] = []
    sentences: list[int] = []
    for ent in doc.ents:
        counted = counted_offset(normalise(ent.text)) is not None
        if ent.label_ != "DATE" or not (looks_like_point(ent.text) or counted):
            continue
        span = with_preposition(ent)
        value = None if counted else resolve(ent.text, base)
        if value and base and in_future_clause(ent):
            value = next_occurrence(value, ent.text, base)
        found.append(DateMention(text=span.text, value=value, start=span.start_char, end=span.end_char))
        sentences.append(ent.sent.start)
    for span in untagged_day_phrases(doc):
        found.append(DateMention(text=span.text, value=None, start=span.start_char, end=span.end_char))
        sentences.append(span.sent.start)
    order = sorted(range(len(found)), key=lambda k: found[k].start)
    found, sentences = [found[k] for k in order], [sentences[k] for k in order]
    found = anchored_to_story(anchored_to_year(found, sentences), sentences, base)
    return anchored_to_day(found, sentences, doc)


def untagged_day_phrases(doc: Doc) -> list[Span]:
    """"on that same day", "the next day" where the model tagged no date (data/date_anaphora.txt)."""
    offsets = day_offsets()
    out = []
    for t in doc:
        if t.lower_ != "day" or t.ent_type_:
            continue
        for start, end in ((t.i - 2, t.i + 1), (t.i - 1, t.i + 1), (t.i, t.i + 2)):
            if 0 <= start and end <= len(doc) and doc[start:end].text.lower() in offsets:
                while start > 0 and doc[start - 1].lower_ in ("the", "on", "that") and not doc[start - 1].ent_type_:
                    start -= 1
                out.append(doc[start:end])
                break
    return out


@lru_cache(maxsize=1)
def day_offsets() -> dict[str, int]:
    return {phrase: int(offset) for phrase, offset in (line.rsplit(None, 1) for line in lexicon.words("date_anaphora"))}


def anchored_to_day(found: list[DateMention], sentences: list[int], doc: Doc) -> list[DateMention]:
    """"On July 31, 2016, X flew in. On that same day, he wrote to Y", "The next day, …": a day counted from the
    last day-precise date of the same sentence or the one before (not a heading line, see heading_line)."""
    offsets = day_offsets()
    out: list[DateMention] = []
    for k, d in enumerate(found):
        phrase = re.sub(r"^(on|in|the)\s+", "", normalise(d.text))
        counted = (offsets[phrase], "day") if phrase in offsets else counted_offset(phrase)
        if d.value is None and counted is not None:
            n, unit = counted
            start = sentences[k]
            earlier = doc[start - 1].sent.start if start > 0 else start
            # the anchor must be as precise as the count: a day for "the next day", a month for "a month later"
            precise = 10 if unit in ("day", "week") else 7 if unit == "month" else 4
            anchors = [o for j, o in enumerate(out) if earlier <= sentences[j] <= start and o.value
                       and len(o.value) >= precise and not heading_line(o, doc.text)]
            if anchors:
                anchor = date.fromisoformat((anchors[-1].value + "-01-01")[:10])
                d = DateMention(text=d.text, value=shifted(anchor, n, unit), start=d.start, end=d.end)
        out.append(d)
    return out


def heading_line(mention: DateMention, text: str) -> bool:
    """A date that ends its line without a full stop ("Jan. 27, 2017" over a timeline entry) heads the paragraph
    after it: that paragraph's "the next day" counts from the entry before, not from the heading."""
    words_end = mention.start + len(text[mention.start:mention.end].rstrip())  # the model may tag the break too
    return re.match(r"[ \t]*\n", text[words_end:]) is not None


def anchored_to_year(found: list[DateMention], sentences: list[int]) -> list[DateMention]:
    """"In 2015, they met in March", "last year, before the November election": a month or day written without
    its year takes the year the same sentence gives (the one before it, else the one after)."""
    out = []
    for k, d in enumerate(found):
        years = [o for j, o in enumerate(found) if sentences[j] == sentences[k] and o.value and len(o.value) == 4
                 and j != k]
        if d.value and len(d.value) >= 7 and years and bare_month(d.text):
            before = [o for o in years if o.start < d.start]
            value = (before[-1] if before else years[0]).value + d.value[4:]
            if safe_date(value):
                d = DateMention(text=d.text, value=value, start=d.start, end=d.end)
        out.append(d)
    return out


# How far back a bare month or day may lie and still be the news of the last months (see anchored_to_story).
RECENT_MONTHS = 6


def anchored_to_story(found: list[DateMention], sentences: list[int], base: date | None) -> list[DateMention]:
    """"June 9" in an April 2018 story about 2016: news leaves the year out of a date of the last months, so a bare
    month or day that, counted back from publication, falls more than RECENT_MONTHS before it and into an earlier
    year was left bare because the story's year was plain. It takes the story year (see story_year) when that is
    earlier still; recent dates stay as read ("in December" in an April story)."""
    year = story_year(found)
    if base is None or year is None:
        return found
    out = []
    for k, d in enumerate(found):
        read_year = int(d.value[:4]) if d.value else None
        if read_year is not None and year < read_year < base.year and bare_month(d.text) \
                and months_before(d.value, base) > RECENT_MONTHS \
                and not same_sentence_year(found, sentences, k):
            value = f"{year:04d}{d.value[4:]}"
            if safe_date(value):
                d = DateMention(text=d.text, value=value, start=d.start, end=d.end)
        out.append(d)
    return out


def months_before(value: str, base: date) -> int:
    return (base.year - int(value[:4])) * 12 + base.month - int(value[5:7])


def story_year(found: list[DateMention]) -> int | None:
    """The year the article writes out most often (at least twice, more often than any other), else None."""
    counts = Counter(int(y) for d in found for y in YEAR.findall(d.text))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def has_year(text: str) -> bool:
    return YEAR.search(text) is not None


def same_sentence_year(found: list[DateMention], sentences: list[int], k: int) -> bool:
    return any(sentences[j] == sentences[k] and has_year(o.text) for j, o in enumerate(found) if j != k)


def bare_month(text: str) -> bool:
    """A month, or a month and day, with no year and no word relating it to now ("in March", "on May 4")."""
    words = normalise(text).split()
    return bool(words) and (words[0] in MONTHS or words[0] in MONTH_ABBR) \
        and all(w.isdigit() and len(w) <= 2 for w in words[1:])


def safe_date(value: str) -> bool:
    if len(value) < 10:
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def in_future_clause(ent: Span) -> bool:
    """The date modifies a verb in the future: "will meet on June 6", "plans to meet in May"."""
    verb = clause_verb(ent.root)
    if verb is None:
        return False
    if future(verb):
        return True
    intended = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.words("future_intent_verbs")
    return intended and to_infinitive(verb)


def next_occurrence(value: str, text: str, base: date) -> str:
    """A bare weekday, day or month resolved into the past, moved to its next occurrence instead."""
    explicit = re.search(r"\d{4}|\b(last|past|ago|earlier|yesterday)\b", text.lower())
    if explicit or value >= base.isoformat()[:len(value)]:
        return value
    if len(value) == 10:
        day = date.fromisoformat(value)
        if any(w in text.lower() for w in WEEKDAYS):
            return (day + timedelta(days=7)).isoformat()
        return safe_iso(day.year + 1, day.month, day.day) or value
    if len(value) == 7:
        return f"{int(value[:4]) + 1:04d}{value[4:]}"
    return value


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def looks_like_point(text: str) -> bool:
    return not NOT_POINTS.search(text)


def with_preposition(ent: Span) -> Span:
    """The entity widened to its point-in-time preposition: "July" → "in July"."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in POINT_PREPS:
        return ent.doc[ent.start - 1:ent.end]
    return ent


def resolve(text: str, base: date | None) -> str | None:
    """ISO value of a date expression, relative to `base` (the publication date)."""
    return _resolve(normalise(text), base)


def normalise(text: str) -> str:
    text = re.sub(r"[’']s\b", "", text.lower())
    text = re.sub(r"^(the|in|on|during)\s+", "", text.strip())
    text = re.sub(r"\s+", " ", text.replace(",", " ").replace(".", " ")).strip()
    # "approximately March 14", "late December 2016", "mid-July": the date that follows, as precise as it is
    words = text.split(" ")
    head, _, tail = words[0].partition("-")
    if head in lexicon.words("date_approximations") and (tail or len(words) > 1):
        return " ".join(([tail] if tail else []) + words[1:])
    return text


@lru_cache(maxsize=4096)
def _resolve(text: str, base: date | None) -> str | None:
    for parse in (parse_iso, parse_relative_day, parse_weekday, parse_month_day, parse_relative_unit,
                  parse_ago, parse_year):
        result = parse(text, base)
        if result is not None:
            return result.value
    return parse_with_dateparser(text, base)


def parse_iso(text: str, base: date | None) -> Resolved | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text.replace(" ", ""))
    if m:
        return Resolved(text.replace(" ", ""))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", text)
    if m:
        month, day, year = (int(g) for g in m.groups())
        year = year + 2000 if year < 100 else year
        return Resolved(safe_iso(year, month, day))
    return None


def parse_relative_day(text: str, base: date | None) -> Resolved | None:
    offsets = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
               "yesterday": -1, "last night": -1, "tomorrow": 1}
    if text.startswith(("yesterday", "tomorrow")):
        text = re.sub(r"\s+(morning|afternoon|evening|night)$", "", text)
    if text not in offsets:
        return None
    return Resolved((base + timedelta(days=offsets[text])).isoformat() if base else None)


def parse_weekday(text: str, base: date | None) -> Resolved | None:
    """"Sunday", "last Saturday", "next Friday", "Tuesday night": the day around publication."""
    m = re.fullmatch(r"(last|this|next|past|this past|on)?\s*(\w+?)"
                     r"(?:\s+(?:morning|afternoon|evening|night))?", text)
    if not m or m.group(2) not in WEEKDAYS:
        return None
    if base is None:
        return Resolved(None)
    back = (base.weekday() - WEEKDAYS[m.group(2)]) % 7
    qualifier = m.group(1) or ""
    if qualifier == "next":
        ahead = (WEEKDAYS[m.group(2)] - base.weekday()) % 7 or 7
        return Resolved((base + timedelta(days=ahead)).isoformat())
    if qualifier in ("last", "past", "this past") and back == 0:
        back = 7  # "last Sunday" written on a Sunday is a week ago
    return Resolved((base - timedelta(days=back)).isoformat())


def month_number(word: str) -> int | None:
    return MONTHS.get(word) or MONTH_ABBR.get(word)


def parse_month_day(text: str, base: date | None) -> Resolved | None:
    """"July", "last July", "early July", "July 2016", "Dec 29", "December 29 2016", "29 December 2016"."""
    m = re.fullmatch(r"(?:(last|this|early|late|mid|earlier|later)\s+(?:in\s+)?)?(\w+)"
                     r"(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:\s+(?:of\s+)?(\d{4}))?", text)
    day_first = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\w+)(?:\s+(\d{4}))?", text)
    if m and month_number(m.group(2)):
        qualifier, month, day, year = m.group(1), month_number(m.group(2)), m.group(3), m.group(4)
    elif day_first and month_number(day_first.group(2)):
        qualifier, month = None, month_number(day_first.group(2))
        day, year = day_first.group(1), day_first.group(3)
    else:
        return None
    day_n = int(day) if day else None
    if year:
        year_n = int(year)
    elif base is None:
        return Resolved(None)
    elif qualifier == "last":
        # "last July" in a November story: the writer says "last" to point to the year before ("in July" is this
        # year's); a later month is last year's either way
        year_n = base.year - 1
    else:
        year_n = most_recent_year(month, day_n, base)
    return Resolved(safe_iso(year_n, month, day_n) if day_n else f"{year_n:04d}-{month:02d}")


# A story of the first days of a month says "Friday" or "this week" for those days; a bare mention of the month
# it was published in then means the same month a year before ("at a December meeting" on December 1).
MONTH_JUST_BEGUN_DAYS = 7


def most_recent_year(month: int, day: int | None, base: date) -> int:
    """The year of the latest such month (or day) not after `base` ("in July" in March 2017 → 2016)."""
    if (month, day or 1) > (base.month, base.day if day else 1):
        return base.year - 1
    if day is None and month == base.month and base.day <= MONTH_JUST_BEGUN_DAYS:
        return base.year - 1
    return base.year


def parse_relative_unit(text: str, base: date | None) -> Resolved | None:
    """"last year", "this month", "earlier this year", "next month"."""
    m = re.fullmatch(r"(?:(?:earlier|later) )?(last|this|next|the past|past) (year|month)", text)
    if not m:
        return None
    if base is None:
        return Resolved(None)
    step = {"last": -1, "past": -1, "the past": -1, "this": 0, "next": 1}[m.group(1)]
    if m.group(2) == "year":
        return Resolved(f"{base.year + step:04d}")
    month_index = base.year * 12 + base.month - 1 + step
    return Resolved(f"{month_index // 12:04d}-{month_index % 12 + 1:02d}")


def parse_ago(text: str, base: date | None) -> Resolved | None:
    """"two days ago", "a year earlier"."""
    m = re.fullmatch(r"(\w+) (day|week|month|year)s? ago", text)
    n = count_of(m.group(1)) if m else None
    if n is None:
        return None
    return Resolved(shifted(base, -n, m.group(2)) if base is not None else None)


def count_of(word: str) -> int | None:
    """"3" → 3, "two" → 2, "a" → 1; None for a word that is no number."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


def shifted(day: date, n: int, unit: str) -> str:
    """`day` moved by `n` units, as precise as the unit: a day for days and weeks, else a month or a year."""
    if unit in ("day", "week"):
        return (day + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if unit == "year":
        return f"{day.year + n:04d}"
    month_index = day.year * 12 + day.month - 1 + n
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"


def counted_offset(phrase: str) -> tuple[int, str] | None:
    """"two days later" → (2, "day"), "a month earlier" → (-1, "month"): a span counted from a date the text
    gave before, not from the publication date."""
    m = COUNTED.fullmatch(phrase)
    n = count_of(m.group(1)) if m else None
    if n is None:
        return None
    return (-n if m.group(3) in ("earlier", "before") else n), m.group(2)


def parse_year(text: str, base: date | None) -> Resolved | None:
    """"2016", "early 2016", "the 2016 election": a year, at year precision."""
    years = YEAR.findall(text)
    if len(years) == 1 and not re.search(r"\d", text.replace(years[0], "", 1)):
        return Resolved(years[0])
    return None


def parse_with_dateparser(text: str, base: date | None) -> str | None:
    """Leftovers with a number or a month in them (day precision when dateparser finds a day)."""
    if not re.search(r"\d", text) or base is None and not re.search(r"\d{4}", text):
        return None
    from datetime import datetime

    import dateparser  # slow to import: only when a leftover needs it

    settings = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"], "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd inputs; an unresolved date is fine
        return None
    return parsed.date().isoformat() if parsed else None


def safe_iso(year: int, month: int, day: int | None) -> str | None:
    try:
        return date(year, month, day or 1).isoformat() if day else f"{year:04d}-{month:02d}"
    except ValueError:
        return None
