"""Record citations ("7/29/16 Email, A to B") as documented communications, on text written for the tests."""

from __future__ import annotations

from presstrace.nlp.citations import iso_date
from tests.nlp.test_contacts import contacts


def test_a_dated_email_citation_is_a_communication_between_the_articles_people():
    found = [c for c in contacts("Boris Tamm wrote often to Clara Venn. 3/14/16 Email, Tamm to Venn.")
             if c.cue == "Email"]
    assert len(found) == 1
    c = found[0]
    assert [p.name for p in c.participants] == ["Boris Tamm", "Clara Venn"]
    assert c.kind == "communication" and c.polarity == "asserted" and c.asserted_by.name == "article"
    assert c.when is not None and c.when.value == "2016-03-14"
    assert "Email, Tamm to Venn" in c.evidence.text


def test_an_initial_that_disagrees_names_someone_else():
    found = [c for c in contacts("Boris Tamm met Clara Venn. 5/2/17 Text Message, R. Tamm to Venn.")
             if c.cue == "Text Message"]
    assert [p.name for p in found[0].participants] == ["R. Tamm", "Clara Venn"]


def test_no_citation_without_a_date_or_to_oneself():
    assert not [c for c in contacts("The memo said: Email, Tamm to Venn. 4/1/16 Email, Tamm to Tamm.")
                if c.cue and c.cue.lower() == "email"]


def test_iso_date():
    assert iso_date("7/29/16") == "2016-07-29"
    assert iso_date("12/3/2015") == "2015-12-03"
    assert iso_date("0/13/15") is None
