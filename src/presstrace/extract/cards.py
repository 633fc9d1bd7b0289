"""Hover cards that some sites (The Hill) write into the body after a linked name.

On the page, "President Trump" links to a card holding the person's legal name and three recent headlines;
copied as text, they run into the sentence:

    President Trump Donald John TrumpKamala Harris calls for … to impeach Trump MORE on Monday said …

Left in, the card's headlines become false quotes, people ("Trump Donald") and contacts. A card is the name's
surname, a legal name ending in that same surname, card text, then "MORE"; the card goes and the sentence
reads "President Trump on Monday said …".
"""

from __future__ import annotations

import re

# Possessive quantifiers keep the match linear on long capitalised runs (a base64 blob in a body).
_WORD = r"(?: [A-Z][\w.'’()-]*+| \([A-Z][\w.'’-]++\)| (?:de|da|del|van|von|la|le|bin|al))"


def _card(gap: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<surname>[A-Z][\w'’-]++)(?P<legal>{_WORD}{{1,6}}?) ?(?P=surname){gap}(?=[A-Z0-9\"'‘“])"
        r"(?P<card>[^\n]{0,700}?) MORE\b"
    )


# The card's first headline usually runs into the legal name ("Mark Randall MeadowsHouse Republicans …"); read
# those first, so that "Rep. Mark Meadows Mark Randall MeadowsHouse …" is not taken as a card for "Mark".
LINK_CARDS = (_card(""), _card(" ?"))


def strip_link_cards(text: str) -> str:
    """The text with every hover card removed (the linked name itself stays)."""
    for pattern in LINK_CARDS:
        text = pattern.sub(lambda m: m.group("surname"), text)
    return text
