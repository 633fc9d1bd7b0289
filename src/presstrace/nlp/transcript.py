"""Transcripts: an interview or a hearing written as speaker turns, "NAME: words" ("SCHIFF: ...", "REP. ADAM
SCHIFF: ...", "AMY GOODMAN: ..."), often run together in one paragraph when a scraper lost the line breaks.

A turn is its speaker's statement, not the article's: what it asserts is asserted by the speaker, its "I" is
the speaker, and its label is no name mention ("J.D. ROONEY:" is not a person "J.D. Rooney").

1. labels: upper-case words and a colon where a line or a sentence starts (`speaker_labels`), headings ("UPDATE:",
   "READ MORE:", data/transcript_headings.txt) set apart;
2. speakers: a label names a person of the article ("SCHIFF" → Adam Schiff), a given name and surname, a role
   ("REPORTER", data/transcript_roles.txt) or a name used for several turns; an article is a transcript when at
   least two labels name speakers (`find_turns`);
3. turns: from a label to the next label or heading, or the end of its paragraph; a turn whose label opens its
   paragraph goes on over the next few unlabelled paragraphs when a label follows them (a long answer).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from presstrace.nlp import lexicon
from presstrace.record import Ref

if TYPE_CHECKING:
    from presstrace.nlp.people import PeopleIndex

# one word of a label: capitals, with the periods, apostrophes and hyphens of names ("J.D.", "O'BRIEN", "McCAIN")
WORD = r"(?:Mc|Mac)?[A-Z][A-Z'’.\-]*"
LABEL = re.compile(rf"(?P<name>{WORD}(?: {WORD}){{0,5}})"
                   r"(?P<aside> \([A-Z][A-Za-z.\- ]{0,12}\))?"  # "JOE ROE (D)", "(R-OHIO)"
                   r"(?P<role>, [A-Z][A-Z'’.\-&, ]{1,80})?"  # ", CNN JUSTICE CORRESPONDENT"
                   r":(?=\s)")
SENTENCE_ENDS = tuple(".?!…\"”’)]—–")
MAX_CONTINUATION = 6  # unlabelled paragraphs a long answer may run over before the next label
MIN_SPEAKER_LABELS = 2


@dataclass(frozen=True)
class Label:
    """"REP. ADAM SCHIFF:" at `start`; `end` is past the colon; `name` is its name words, upper-case."""

    start: int
    end: int
    name: str
    heading: bool = False


@dataclass(frozen=True)
class Turn:
    """What `speaker` says: text[start:end], after the label."""

    label: Label
    start: int
    end: int
    speaker: Ref


def speaker_labels(text: str) -> list[Label]:
    """Every "NAME:" of upper-case words opening a line or a sentence; headings are marked, not left out, since they
    end a turn too."""
    found = []
    for m in LABEL.finditer(text):
        start = _label_start(text, m.start("name"), m.end("name"))
        if start is None:
            continue
        name = text[start:m.end("name")]
        if sum(c.isalpha() for c in name) < 2:
            continue  # "A:", "Q:"
        found.append(Label(start, m.end(), name, heading=_heading(name, text[m.end():m.end() + 40])))
    return found


def _label_start(text: str, start: int, end: int) -> int | None:
    """Where the label begins: the first of its words that opens a line or follows a sentence's end ("advisers
    J.D. ROONEY: ..." is "ROONEY:" after a cut sentence), None when none does."""
    for word in re.finditer(r"\S+", text[start:end]):
        at = start + word.start()
        before = text[:at].rstrip(" \t")
        if not before or before.endswith("\n") or before.endswith(SENTENCE_ENDS) or before.endswith("--"):
            return at
    return None


def _heading(name: str, after: str) -> bool:
    """"READ MORE:", "5:30 p.m. ET:" or a headline in capitals after the colon ("WATCH: SENATOR REACTS")."""
    if " ".join(name.lower().replace("’", "'").split()) in lexicon.words("transcript_headings"):
        return True
    shouted = re.findall(r"[A-Za-z'’]+", after)[:3]
    return len(shouted) >= 2 and all(w.isupper() and len(w) > 1 for w in shouted[:2])


def find_turns(text: str, found: list[Label], index: PeopleIndex) -> list[Turn]:
    """The speaker turns of a transcript (none when fewer than two labels name a speaker)."""
    counts: dict[str, int] = {}
    for label in found:
        counts[label.name] = counts.get(label.name, 0) + 1
    speakers = {label.name: _speaker(label.name, counts[label.name], text, index)
                for label in found if not label.heading}
    if sum(speakers[label.name] is not None for label in found if not label.heading) < MIN_SPEAKER_LABELS:
        return []
    # in a transcript, any other label opening a sentence is a speaker too, named as written
    speakers = {name: ref or Ref(name=_written(name)) for name, ref in speakers.items()}
    spoken = [label for label in found if not label.heading]
    bounds = [label.start for label in found]
    turns = []
    for label in spoken:
        after = bisect_right(bounds, label.start)
        following = bounds[after] if after < len(bounds) else len(text)
        end = _turn_end(text, label, following)
        turns.append(Turn(label, label.end, end, speakers[label.name]))
    return turns


def _turn_end(text: str, label: Label, following: int) -> int:
    """The next label, or the end of the label's paragraph; a turn that opens its paragraph runs on to a label a
    few paragraphs later."""
    line_end = text.find("\n", label.end)
    if line_end < 0 or following <= line_end:
        return following
    opens_line = not text[:label.start].rstrip(" \t") or text[:label.start].rstrip(" \t").endswith("\n")
    between = [p for p in text[line_end:following].split("\n") if p.strip()]
    if opens_line and following < len(text) and len(between) <= MAX_CONTINUATION \
            and not any(_stage_direction(p) for p in between):
        return len(text[:following].rstrip())
    return line_end


def _stage_direction(paragraph: str) -> bool:
    """"(END VIDEO CLIP)", "(COMMERCIAL BREAK)": the broadcast moves on; the turn before it has ended."""
    p = paragraph.strip()
    return p.startswith("(") and p.endswith(")") and p.isupper()


def _speaker(name: str, count: int, text: str, index: PeopleIndex) -> Ref | None:
    """Who a label names: a person of the article (by full name or surname), a full name written elsewhere in the
    text ("ELLERY" → "Marta Ellery"), else the label in title case when it is a role, opens on a given name, or
    labels several turns; None for other capitals ("INVESTIGATIONS:")."""
    words = _name_words(name)
    if not words:
        return None
    written = _written(name)
    person = index.person_named(written)
    if person is not None:
        return index.ref(person)
    if len(words) == 1:
        full = _full_name_in_text(written, text)
        if full is not None:
            return Ref(name=full)
    role = " ".join(words).lower() in lexicon.words("transcript_roles") or words[-1].lower() in lexicon.role_nouns()
    if role or lexicon.gender_of_first_name(words[0]) or count >= 2:
        return Ref(name=written)
    return None


def _name_words(name: str) -> list[str]:
    return [w for w in name.split() if w.lower() not in lexicon.titles()]


def _written(name: str) -> str:
    """The label as a name: title case, without titles ("REP. ADAM SCHIFF" → "Adam Schiff")."""
    return " ".join(_title_case(w) for w in _name_words(name)) or _title_case(name)


def _full_name_in_text(surname: str, text: str) -> str | None:
    """The most written "Given Surname" (or "Given Middle Surname") of the text, titles left out."""
    found: dict[str, int] = {}
    pattern = rf"\b((?:[A-Z][\w'’.\-]* ){{1,2}}){re.escape(surname)}\b"
    for m in re.finditer(pattern, text):
        given = [w for w in m.group(1).split() if w.lower() not in lexicon.titles()]
        # a given name or an initial, not a word that opens a sentence ("Then Rooney said")
        if given and (lexicon.gender_of_first_name(given[0]) or re.fullmatch(r"[A-Z]\.", given[0])):
            full = " ".join(given + [surname])
            found[full] = found.get(full, 0) + 1
    return max(found, key=lambda k: found[k]) if found else None


def _title_case(word: str) -> str:
    """"ROONEY" → "Rooney", "O'BRIEN" → "O'Brien", "JR." → "Jr."; initials ("J.D.") stay."""
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return word
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), word)


def turn_at(turns: list[Turn], at: int) -> Turn | None:
    """The turn holding character `at`, if any."""
    starts = [t.start for t in turns]
    i = bisect_right(starts, at) - 1
    return turns[i] if i >= 0 and turns[i].start <= at < turns[i].end else None


def label_chars(found: list[Label]) -> list[tuple[int, int]]:
    """Character spans of the labels that are not headings: no part of a person's name."""
    return [(label.start, label.end) for label in found if not label.heading]
