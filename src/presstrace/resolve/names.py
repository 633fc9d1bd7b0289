"""Person names: parsing, normal keys and the test of whether two names can be the same person.

nameparser splits a name into title, given, middle, family name and suffix; normality folds any
script to ASCII; rigour's name tagger (the followthemoney ecosystem's name library) knows given-name
variants across transliterations and nicknames (Sergey/Sergei, Bill/William, Mike/Michael);
rapidfuzz scores what is left. Nothing here merges two different given names that are not variants
(Hillary/Bill), nor a "Jr." with a name without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from nameparser import HumanName
from normality import ascii_text
from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv", "v": "v"}
# words that open a mention but are no part of the name (nameparser keeps some as "first")
_TITLE_WORDS = {"president", "senator", "sen", "rep", "gov", "governor", "mr", "mrs", "ms", "dr", "judge", "general",
                "gen", "secretary", "ambassador", "attorney", "director", "former", "vice", "prime", "minister",
                "candidate", "chairman", "speaker", "leader", "lt", "col", "adm", "sir", "lord", "saint", "st", "ag"}
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")
_PUNCT = re.compile(r"[^\w\s-]+")
_SPACES = re.compile(r"\s+")
_PLAIN = re.compile(r"^[A-Z\u00c0-\u024f\u0400-\u042f][a-z\u00df-\u024f\u0430-\u044f]*"
                    r"(?:[-'\u2019][A-Z]?[a-z\u00df-\u024f]+)*$|^[A-Z]{1,3}$")


def fold(text: str) -> str:
    """ASCII, lower case, no punctuation, single spaces: 'Sergéy  Kislyak' -> 'sergey kislyak'."""
    text = _INVISIBLE.sub("", text or "")
    text = ascii_text(text) or ""
    text = text.replace("'", "").replace("\u2019", "")
    text = _PUNCT.sub(" ", text.replace("-", " - ")).replace(" - ", "-")
    return _SPACES.sub(" ", text).strip().lower()


@dataclass(frozen=True)
class ParsedName:
    """A person's name in parts, folded. `first` is '' for a surname-only mention ('Kislyak')."""

    first: str
    middle: str
    last: str
    suffix: str

    @cached_property
    def key(self) -> str:
        """The unit the resolver clusters: the folded full name ('jd gordon', 'donald trump jr')."""
        return " ".join(x for x in (self.first, self.middle, self.last, self.suffix) if x)

    @property
    def block(self) -> str:
        return self.last

    @property
    def surname_only(self) -> bool:
        return not self.first

    @property
    def initials(self) -> str:
        """'jd' for J.D. / JD; '' when the given name is written out."""
        f = self.first.replace(" ", "")
        return f if f and len(f) <= 3 and _looks_like_initials(f) else ""


def _looks_like_initials(f: str) -> bool:
    return len(f) == 1 or not any(c in "aeiouy" for c in f)


@lru_cache(maxsize=200_000)
def parse(name: str) -> ParsedName:
    raw = _INVISIBLE.sub("", name).strip()
    # "J.D." / "J. D." -> "JD" so that every spelling of initials parses alike
    raw = re.sub(r"\b([A-Z])\.\s?(?=[A-Z]\.)", r"\1", raw)
    raw = re.sub(r"\b([A-Z]{1,3})\.(?=\s)", r"\1", raw)
    tokens = raw.split()
    if 1 <= len(tokens) <= 3 and all(_PLAIN.match(t) for t in tokens) and fold(tokens[0]) not in _TITLE_WORDS \
            and fold(tokens[-1]) not in SUFFIXES:  # "Sergey Kislyak": nameparser would say the same, slower
        first, middle, last, suffix = (fold(tokens[0]) if len(tokens) > 1 else "", fold(" ".join(tokens[1:-1])),
                                       fold(tokens[-1]), "")
    else:
        h = HumanName(raw)
        first, middle, last, suffix = fold(h.first), fold(h.middle), fold(h.last), fold(h.suffix)
    words = [w for w in (first + " " + middle).split() if w]
    while words and words[0] in _TITLE_WORDS:
        words.pop(0)
    if not last:  # a single word: a surname ("Kislyak", "Obama") far more often than a given name alone
        last, words = (words[-1] if words else ""), words[:-1]
    first = words[0] if words else ""
    middle = " ".join(words[1:])
    suffix = SUFFIXES.get(suffix.replace(" ", "").strip(), suffix.replace(" ", ""))
    if suffix == "sr":  # "Donald Trump Sr." is Donald Trump, named so only to tell him from his son
        suffix = ""
    if first and middle and len(first) == 1 and all(len(w) == 1 for w in middle.split()):
        first, middle = first + middle.replace(" ", ""), ""  # "j d gordon" -> "jd gordon"
    return ParsedName(first, middle, last, suffix)


@lru_cache(maxsize=1)
def _tagger():
    try:
        from rigour.names import NameTypeTag, analyze_names
    except ImportError:  # pragma: no cover - rigour comes with followthemoney
        return None
    return NameTypeTag, analyze_names


@lru_cache(maxsize=100_000)
def given_symbols(given: str) -> frozenset[str]:
    """Identifiers rigour gives a given name: Wikidata name items and nickname groups."""
    tagger = _tagger()
    if tagger is None or not given:
        return frozenset()
    tag, analyze = tagger
    out = set()
    for n in analyze(tag.PER, [given]):
        for span in n.spans:
            s = str(span.symbol)
            if s.startswith(("[NAME:", "[NICK:")):
                out.add(s)
    return frozenset(out)


@lru_cache(maxsize=200_000)
def given_variants(a: str, b: str) -> bool:
    """Are two written-out given names forms of one name? (Sergey/Sergei, Jeff/Jeffrey, Bill/William)"""
    if a == b:
        return True
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and len(short) <= 5 and long_.startswith(short) and len(long_) - len(short) >= 2:
        return True  # Jeff/Jeffrey, Don/Donald, Chris/Christopher
    if len(short) >= 4 and a[:3] == b[:3] and Levenshtein.distance(a, b) <= 2 and ratio(a, b) >= 80:
        tail_a, tail_b = a[len(_common_prefix(a, b)):], b[len(_common_prefix(a, b)):]
        if tail_a and tail_b and set(tail_a + tail_b) <= set("aeiouyj"):
            return True  # Sergey/Sergei, Dmitry/Dmitri, Yuri/Yury
    if len(short) >= 5 and a[:2] == b[:2] and a[-2:] == b[-2:] and Levenshtein.distance(a, b) == 1:
        return True  # a typo inside the name: Vladmir/Vladimir (never at the end: Justin/Justine, Andrew/Andrea)
    if _undouble(a) == _undouble(b):
        return True  # Hillary/Hilary, Phillip/Philip
    if a[0] != b[0] and not ({a, b} & NICK_INITIAL_CHANGES):
        return False
    return bool(given_symbols(a) & given_symbols(b))


# nicknames whose first letter differs from the formal name's: only these go to rigour across letters
NICK_INITIAL_CHANGES = {"bill", "william", "bob", "robert", "dick", "richard", "peggy", "margaret", "ted", "edward",
                         "hank", "henry", "jack", "john", "ned", "polly", "mary", "sally", "sarah", "rick", "eric",
                         "betty", "elizabeth", "liz", "beth", "bess", "chuck", "charles", "jim", "james", "kate",
                         "katherine", "catherine", "kathy", "peg", "tony", "anthony"}


def _undouble(text: str) -> str:
    return re.sub(r"(.)\1", r"\1", text)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def compatible(x: ParsedName, y: ParsedName) -> bool:
    """Can two full names (same family name) be one person? Surname-only names are handled apart."""
    if x.last != y.last or x.suffix != y.suffix:
        return False
    if not x.first or not y.first:
        return False
    xi, yi = x.initials, y.initials
    if xi or yi:  # J.D. Gordon ~ Jeffrey D. Gordon ~ Jeffrey Gordon; never J.D. ~ J.B.
        xs = xi or (x.first[0] + "".join(w[0] for w in x.middle.split()))
        ys = yi or (y.first[0] + "".join(w[0] for w in y.middle.split()))
        if xi and yi:
            return xs == ys
        return xs[0] == ys[0] and (len(xs) == 1 or len(ys) == 1 or xs[1] == ys[1])
    if not given_variants(x.first, y.first):
        return False
    if x.middle and y.middle:  # George H. W. Bush vs George W. Bush
        mx, my = [w[0] for w in x.middle.split()], [w[0] for w in y.middle.split()]
        if mx != my and not (len(mx) == 1 and len(my) == 1 and mx[0] == my[0]):
            return False
    return True
