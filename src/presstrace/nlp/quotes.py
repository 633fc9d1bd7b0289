"""Who said what: direct, indirect and mixed quotations with their speaker and sourcing chain.

Components, in order:
1. `quote_segments`: spans between paired quote marks, per paragraph (straight, curly, guillemets; a
   quotation left open at a paragraph end runs on into the next paragraph);
2. cue pass: every speech verb (data/speech_verbs.txt) outside quotation marks, and "according to", with
   its content clause from the dependency parse (else its to-infinitive: "urged X to ...", a "for X to ..."
   clause, the object of its preposition: "pointed to ...", or its object: "criticized X as ..."); the
   content's quote marks decide the type (all quoted: direct, partly: mixed, none: indirect);
3. leftover pass: quoted segments no cue claimed: the other half of a split quotation ("A," he said, "B."),
   a quote run (a quoted sentence after one by the same speaker, or a quoted paragraph after a paragraph
   with a quotation: further spans of that quotation; one quoted sentence right after an indirect quotation),
   a quotation right after its verb ('by saying “Too many.”'), a colon attribution;
   scare quotes and quoted titles (short, inside a clause) are dropped; an indirect quotation whose cue
   sits inside another quotation's content is part of that content, not a quotation of its own;
4. sourcing: addressee and medium from the cue's objects and prepositions ("told CNN", "in an interview
   with X", "on Twitter"), reported_by from "The Hill reports" / "according to Reuters".
Speakers are resolved through the people index: names, role nouns, he/she pronouns; "they"/"it" through
the nearest earlier plural group subject / organisation subject; never a pronoun.
A coordinated subject speaks as a group ("Ng and Brand"), a quantified one by its whole phrase ("some of
her allies"); a bare passive ("Asked whether ...") has no speaker in the sentence; an outlet's trailing
parenthetical ("..., the Daily Ledger reports") passes a fact on (reported_by), it is not a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from presstrace.nlp import lexicon
from presstrace.nlp.participants import clause_verb, to_infinitive
from presstrace.nlp.people import FEMALE_ROLE_WORDS, MALE_ROLE_WORDS, PRONOUNS, PeopleIndex, find_people
from presstrace.record import Quote, Ref

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‟": "”"}
CLOSERS = {"”", "»", '"'}
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
CLIMB = {"xcomp", "conj", "advcl", "pcomp", "prep", "acl", "dobj", "ccomp", "relcl", "acomp", "dep", "oprd"}
PERFECT = {"have", "has", "had", "having", "'ve", "’ve", "'s", "’s", "'d", "’d"}
# "forced X to admit", "urged X to say": the object of these verbs is who speaks in their complement
OBJECT_CONTROL = lexicon.words("object_control_verbs")
NOT_SPEAKERS = {"i", "we", "you", "it", "they", "this", "that", "there", "who", "which", "what", "me", "us",
                "them", "one", "someone", "somebody", "anyone", "nobody", "everyone"}
RELATIVE = {"who", "which", "that", "whom"}
RELATIVE_PRONOUNS = RELATIVE | {"what"}
ADDRESSEE_VERBS = lexicon.words("addressee_verbs")
ANSWER_WORDS = {"so", "yes", "no"}  # "said so", "said yes": words that stand for what was said
COMPLEMENTIZERS = {"that", "whether", "if", "how", "why", "what", "when", "where", "who"}
# a "verb" in a noun's slot is a mistagged noun ("in four states", "the claims"), never a cue
NOMINAL = {"amod", "compound", "pobj", "dobj", "nsubj", "nsubjpass", "poss", "appos", "attr"}
QUANTIFIERS = lexicon.words("quantifiers")
DASHES = ("—", "–", "-", "--", "―")
MERGE_RUNS = True
EMBED_SIGNATURE = re.compile(r"\s*[—–-]+\s*[^\n—–()]{1,60}\(@\w+\)[^\n<]{0,40}(</\w+>)?[.\s]*$")
HEADLINE = re.compile(r"^\s*([^:\n]{2,60}?):\s+(\S.*)$")


@dataclass
class Segment:
    """Text between a pair of quote marks (marks excluded)."""

    start: int
    end: int
    para: int
    open_end: bool = False  # left open at the end of its paragraph
    quote: int | None = None  # index of the quote that claimed it


@dataclass
class Found:
    spans: list[list[int]]
    type: str
    cue: Token | None
    cue_text: str | None
    speaker: Ref | None
    addressee: str | None = None
    medium: str | None = None
    reported_by: str | None = None
    segments: list[int] = field(default_factory=list)
    text: str = ""
    relative: bool = False  # introduced by a relative pronoun ("which he said was ..."): a statement of its own


def quote_segments(text: str) -> list[Segment]:
    # two apostrophes as a double quote mark (''like this''): rewrite in place, offsets unchanged
    if "''" in text:
        text = re.sub(r"''(?=\w)", ' "', text)
        text = text.replace("''", '" ')
    segments: list[Segment] = []
    para = 0
    pos = 0
    for chunk in text.split("\n"):
        if chunk.strip():
            segments.extend(_paragraph_segments(chunk, pos, para))
            para += 1
        pos += len(chunk) + 1
    return segments


def _paragraph_segments(chunk: str, offset: int, para: int) -> list[Segment]:
    out: list[Segment] = []
    opener: str | None = None
    start = 0
    for i, ch in enumerate(chunk):
        prev = chunk[i - 1] if i else " "
        nxt = chunk[i + 1] if i + 1 < len(chunk) else " "
        if opener is None:
            if ch in OPENERS and (ch != '"' or not prev.isalnum() or nxt.isalnum()):
                opener, start = ch, i + 1
            elif ch == "”" and not prev.isalnum() and nxt.isalnum():  # a closing mark used as opener
                opener, start = "“", i + 1
        elif ch == OPENERS[opener] or (ch in CLOSERS and opener != '"' and ch != '"') \
                or _typo_closer(opener, ch, prev, nxt):
            if i > start:
                out.append(Segment(offset + start, offset + i, para))
            opener = None
    if opener is not None and len(chunk) - start > 1:
        end = len(chunk.rstrip())
        out.append(Segment(offset + start, offset + end, para, open_end=True))
    return out


def _typo_closer(opener: str, ch: str, prev: str, nxt: str) -> bool:
    """A quotation closed by the wrong mark (“It's unusual,“ said / “I disagree," said / "I agree,” said): a
    mark right after a word or punctuation and before a space or the end of the line closes it."""
    if opener == '"' and ch == "”":  # '"Nothing we could do,” Kagan said': a straight mark closed by a curly one
        return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?")
    return opener == "“" and ch in ("“", '"') and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "“”\"«»,;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "“”\"«»,;:—–-"):
        end -= 1
    return start, end


class QuoteFinder:
    def __init__(self, doc: Doc, index: PeopleIndex) -> None:
        self.doc = doc
        self.text = doc.text
        self.index = index
        self.segments = quote_segments(self.text)
        self.in_quote = [-1] * len(doc)
        for k, seg in enumerate(self.segments):
            span = doc.char_span(seg.start, seg.end, alignment_mode="contract")
            if span is not None:
                for t in span:
                    self.in_quote[t.i] = k
        index.quote_of = {i: k for i, k in enumerate(self.in_quote) if k >= 0}
        index.excluded = set(index.quote_of)
        self.para_of_char = self._paragraph_starts()
        self.notes = self._note_paragraphs()
        self.found: list[Found] = []
        self.cue_quote: dict[int, int] = {}  # cue token index -> quote index
        self.reporters: dict[int, str] = {}  # sentence start -> media that reports the sentence
        self.last_speaker: Ref | None = None
        # a quoted sentence after '"A," he said.' in the same paragraph: a further span of the same quotation
        # (PolNeAR's convention) rather than a quotation of its own
        self.merge_runs = MERGE_RUNS
        self.speech = lexicon.speech_verbs()

    def _paragraph_starts(self) -> list[int]:
        """Start of every non-blank line (a paragraph), so that blank lines do not count as paragraphs."""
        starts = [0]
        for m in re.finditer(r"\n\s*", self.text):
            if m.end() < len(self.text):
                starts.append(m.end())
        return starts

    def _note_paragraphs(self) -> set[int]:
        """Paragraphs of the outlet's own notes ("Editor's note: ...", "CORRECTION: ...", data/note_labels.txt)."""
        labels = lexicon.words("note_labels")
        out = set()
        for k, start in enumerate(self.para_of_char):
            head = self.text[start:start + 40].split(":", 1)
            if len(head) == 2 and " ".join(head[0].replace("\u2019", "'").split()).strip(" \xa0").lower() in labels:
                out.add(k)
        return out

    def para(self, char: int) -> int:
        lo, hi = 0, len(self.para_of_char) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.para_of_char[mid] <= char:
                lo = mid
            else:
                hi = mid - 1
        return lo

    # ---- cues ---------------------------------------------------------------------------------------
    def is_cue(self, t: Token) -> bool:
        if self.in_quote[t.i] >= 0 or self.notes and self.para(t.idx) in self.notes:
            return False
        if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
            return True
        if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in self.speech or t.dep_ in NOMINAL:
            return False
        if self._in_discourse_marker(t):
            return False
        # "called off the deal": a particle that turns the verb into something else than saying
        if any(c.dep_ == "prt" and f"{t.lemma_.lower()} {c.lower_}" in lexicon.words("phrasal_non_speech")
               for c in t.children):
            return False
        # "a program called X", "what he called an outrage" are names, not speech: a participle modifying a noun
        return not (t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
                    or _naming_participle(t)) or _main_verb_as_modifier(t)

    def _in_discourse_marker(self, t: Token) -> bool:
        """"That said, ...", "..., so to speak.": the verb is in a set phrase (data/discourse_markers.txt) that
        starts its clause and is closed by punctuation."""
        doc = self.doc
        for phrase in lexicon.words("discourse_markers"):
            n = len(phrase.split())
            for lo in range(max(t.sent.start, t.i - n + 1), t.i + 1):
                hi = lo + n
                if hi >= t.sent.end or " ".join(w.lower_ for w in doc[lo:hi]) != phrase:
                    continue
                opens = lo == t.sent.start or doc[lo - 1].is_punct or doc[lo - 1].dep_ == "cc"
                if opens and doc[hi].is_punct:
                    return True
        return False

    def noun_cue(self, t: Token) -> bool:
        """A noun of saying (data/speech_nouns.txt) outside quotation marks, with a "that" clause and someone who
        says it: "his claim that ...", "Trump's warning that ...", "made the assertion that ..."."""
        return t.pos_ == "NOUN" and self.in_quote[t.i] < 0 and t.lemma_.lower() in lexicon.words("speech_nouns") \
            and not (self.notes and self.para(t.idx) in self.notes) \
            and self._noun_speaker(t) is not None and self._noun_content(t) is not None

    def _noun_content(self, noun: Token) -> tuple[int, int] | None:
        """The "that" clause right after the noun, trimmed like a verb's content."""
        doc = self.doc
        if noun.i + 1 >= noun.sent.end or doc[noun.i + 1].lower_ != "that" or doc[noun.i + 1].dep_ != "mark":
            return None
        clause = doc[noun.i + 1].head
        if clause.head != noun or clause.dep_ not in ("acl", "ccomp", "appos") or clause.pos_ not in ("VERB", "AUX"):
            return None
        lo, hi = noun.i + 2, clause.right_edge.i
        if hi < lo or doc[hi].sent != noun.sent:
            return None
        hi = self._drop_trailing_aside(lo, self._cut_at_joined_cue(noun, lo, hi))
        while hi > lo and doc[hi].is_punct and self.in_quote[hi] < 0:
            hi -= 1
        start, end = _strip(self.text, doc[lo].idx, doc[hi].idx + len(doc[hi]))
        end = self._to_closing_mark(lo, hi, end)
        return (start, end) if end - start > 3 else None

    def _noun_speaker(self, noun: Token) -> Token | None:
        """"his claim", "Trump's promise": the possessor; "X made the claim", "X repeated his call": the subject of
        the verb that makes the statement (data/statement_support_verbs.txt)."""
        poss = [c for c in noun.children if c.dep_ == "poss" and self.in_quote[c.i] < 0]
        if poss:
            return poss[0]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.words("statement_support_verbs"):
            subs = [c for c in noun.head.children if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
            if subs:
                return subs[0]
        return None

    def _noun(self, noun: Token) -> None:
        span = self._noun_content(noun)
        if span is not None:
            self._emit(span, noun, noun.text, self.speaker(self._noun_speaker(noun)), None, None)

    def subject(self, cue: Token) -> Token | None:
        """Who speaks: the cue's subject, else the subject of the verb it depends on ("took pains to
        state", "by saying", "..., adding that"), never a word inside a quotation."""
        if _main_verb_as_modifier(cue):
            return cue.sent.root
        if self._bare_passive(cue):
            return None
        owner = self._participle_owner(cue)
        if owner is not None:
            return owner
        matrix = self._matrix_subject(cue)
        if matrix is not None:
            return matrix
        joined = self._joined_to_speech_clause(cue)
        if joined is not None:
            return joined
        modifier = self._modifier_clause_subject(cue)
        if modifier is not None:
            return modifier
        # "X made it possible for people ..., she said": of two subjects, the one closing the sentence speaks
        closing = self._closing_subject(cue) if sum(c.dep_ == "nsubj" for c in cue.children) > 1 else None
        if closing is not None:
            return closing
        speaking = self._nearest_of_subjects(cue)
        if speaking is not None:
            return speaking
        inverted = self._inverted_after_clause(cue)
        if inverted is not None:
            return inverted
        t = cue
        for _ in range(5):
            # a quoted head word ("called it “shameful” and called on ...") is climbed through, not a speaker
            if self.in_quote[t.i] >= 0 and (t is cue or t.pos_ in ("VERB", "AUX")):
                # 'told X that “...,” adding, “...”': the parser hung the participle inside the first
                # quotation; whoever speaks that quotation speaks this one, unless a name stands between the
                # closing mark and the cue ('“...,” Police Chief Ann Roe said')
                return None if t is cue else self._after_quote_subject(cue) or self._speaking_subject_above(t) \
                    or self._conjunct_subject(t)
            controller = self._object_controller(t)
            if controller is not None:
                return controller
            subs = [c for c in t.children if c.dep_ in SUBJECTS and c.dep_ != "nsubjpass"]
            outside = [c for c in subs if self.in_quote[c.i] < 0]
            if outside:
                s = outside[0]
                if s.lower_ in RELATIVE and t.dep_ == "relcl":
                    return _predicated_subject(t.head)
                if t is not cue and not self._speaker_like(s):
                    # "X said that Brewer's decision stemmed from ..., and noted ...": the parser hung the
                    # second cue inside the first one's content; a speaking subject further up wins
                    higher = self._speaking_subject_above(t)
                    if higher is not None:
                        return higher
                return s
            if subs:
                return None
            named = self._name_before(t)
            if named is not None:
                return named
            agents = [o for c in t.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            passive = [c for c in t.children if c.dep_ == "nsubjpass" and self.in_quote[c.i] < 0]
            if not passive and t is not cue and t.dep_ == "conj" and (t.tag_ == "VBN" or agents):
                # "X was booed and shouted down by the crowd after telling ...": the passives share X
                passive = [c for c in t.head.children if c.dep_ == "nsubjpass" and self.in_quote[c.i] < 0]
            # "X was booed by the crowd after telling ...": the one who tells is the passive subject
            if passive and agents and t is not cue and self._personal(passive[0]):
                return passive[0]
            if agents:
                return agents[0]
            if passive:
                # "he was asked": the subject is the addressee; "he was forced to ... and said": the speaker
                return None if t is cue and not _contracted_perfect(cue) else passive[0]
            if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN"):
                verb = self._verb_above_thing(t)
                if verb is None:
                    return t.head
                t = verb
                continue
            if t.dep_ not in CLIMB or t.head.i == t.i:
                break
            t = t.head
        if t.dep_ == "ROOT":
            # "In a statement to the paper, her adviser, Jake Sullivan, said:": the parser hung the subject on
            # the opening phrase (an apposition, a conjunct) or, after a quotation, on the quoted clause ('“...,” a
            # source, who ..., told X' as an attribute of its verb); the phrase that ends right before the verb speaks
            edge = t.i - 1 - (t.i > 0 and self.doc[t.i - 1].text == ",")
            ending = [a for a in t.sent[: t.i - t.sent.start] if a.dep_ in ("appos", "conj", "attr")
                      and a.right_edge.i in (edge, t.i - 1) and self.in_quote[a.i] < 0]
            people = [a for a in ending if a.i in self.index.by_token]
            if people or ending:
                return (people or ending)[0]
        if cue.dep_ == "ROOT":  # "Clinton, exasperated, responded:": the subject went to the aside
            for t in reversed(cue.sent[: cue.i - cue.sent.start]):
                if t.dep_ == "nsubj" and self.in_quote[t.i] < 0:
                    return t
        return self._after_quote_subject(cue) or self._inverted_subject(cue) or self._ancestor_subject(cue)

    def _verb_above_thing(self, relcl: Token) -> Token | None:
        """"He went out of his way to say ...", "took the opportunity to argue ...": an infinitive on a noun that
        is no speaker is said by whoever governs the noun; the verb above the noun, if any."""
        head = relcl.head
        if not to_infinitive(relcl) or self._speaker_like(head) or self._names_people(head):
            return None
        t = head
        while t.head.i != t.i and t.pos_ not in ("VERB", "AUX") and self.in_quote[t.head.i] < 0:
            t = t.head
        return t if t.pos_ in ("VERB", "AUX") else None

    def _matrix_subject(self, cue: Token) -> Token | None:
        """"X said the move was made by Y and said ...", "X expressed frustration that Y had lied, telling ...":
        the parser hung a subjectless cue (a past-tense conjunct, a participle after a comma) on the verb of
        the content clause; the subject of the clause's governing verb speaks."""
        if any(c.dep_ in SUBJECTS for c in cue.children) or self.in_quote[cue.i] >= 0:
            return None
        h = cue.head
        if h.i == cue.i or h.i > cue.i or h.pos_ not in ("VERB", "AUX") or self.in_quote[h.i] >= 0:
            return None
        if cue.dep_ == "conj" and cue.tag_ == "VBD":
            if h.tag_ == "VBD" and h.lemma_ != "be" and not any(c.dep_ in ("aux", "auxpass") for c in h.children):
                return None
        elif not (cue.dep_ == "advcl" and self._set_off_participle(cue)):
            return None
        t = h
        for _ in range(3):  # "X said the warning was a sign that Y did not know ..., and accused": two levels up
            # "X said Y will have to choose ..., saying": through the conjuncts and the infinitive of the clause
            while t.dep_ in ("conj", "xcomp") and t.head.i != t.i:
                t = t.head
            if not (t.dep_ == "ccomp" or (t.dep_ == "acl" and t.head.pos_ == "NOUN"
                                          and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children))):
                return None
            v = clause_verb(t)
            if v is None or self.in_quote[v.i] >= 0:
                return None
            subs = [c for c in v.children if c.dep_ == "nsubj" and c.i < h.i and self.in_quote[c.i] < 0]
            if not subs and v.dep_ == "advcl" and v.tag_ == "VBG":
                # "X started the debate saying Y has ..., having suggested ...": the participle's owner
                subs = [c for c in v.head.children if c.dep_ == "nsubj" and c.i < v.i and self.in_quote[c.i] < 0]
            if subs and self._speaker_like(subs[0]):
                return subs[0]
            t = v
        return None

    def _joined_to_speech_clause(self, cue: Token) -> Token | None:
        """"Staff stood by as he boasted about the course and said ...": the parser joined a subjectless cue to the
        main verb, right after an adverbial clause whose verb is itself a speech verb; the cue goes on with that
        clause and shares its subject."""
        if cue.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in cue.children):
            return None
        clause = next((c for c in cue.head.children if c.dep_ == "advcl" and c.i < cue.i
                       and c.right_edge.i < cue.i and self.is_cue(c)), None)
        if clause is None or any(t.lower_ != "and" for t in self.doc[clause.right_edge.i + 1:cue.i]):
            return None
        subs = [c for c in clause.children if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        return subs[0] if subs else None

    def _modifier_clause_subject(self, cue: Token) -> Token | None:
        """"..., a charge that party leaders denied, noting ...", "It was a rebuke, as Roe echoed the criticism,
        saying ...": a participle set off by a comma right after a relative or adverbial clause with a subject of
        its own goes on with that clause when the main clause has no speaker; the parser hung it on the main verb.
        Not after a content clause ("Roe said the city was broke, adding ...": Roe adds)."""
        if cue.dep_ != "advcl" or cue.tag_ != "VBG" or not self._set_off(cue) or cue.left_edge.i != cue.i:
            return None
        i = cue.i - 1
        while i > cue.sent.start and (self.doc[i].is_punct or self.doc[i].is_quote):
            i -= 1
        t = self.doc[i]
        while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i and t.head.i < cue.i:
            t = t.head
        if t.dep_ not in ("relcl", "advcl") or t.head.i == t.i or self.in_quote[t.i] >= 0 or t.i >= cue.i:
            return None
        # the main clause keeps the participle when it has a speaker ("Roe spoke after Lee left, saying ..."), unless
        # the relative clause is itself a statement the participle goes on with ("a charge that Lee denied, noting")
        main = [c for c in cue.head.children if c.dep_ in SUBJECTS and c.i < cue.i]
        if main and self._speaker_like(main[0]) and not (t.dep_ == "relcl" and self.is_cue(t)):
            return None
        subs = [c for c in t.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE and self.in_quote[c.i] < 0]
        return subs[0] if subs and self._speaker_like(subs[0]) and subs[0].lower_ not in ("you", "i", "we") \
            else None

    def _participle_owner(self, cue: Token) -> Token | None:
        """"Jane Roe, the city's lawyer, ..., saying ...", "the share of voters saying ...": a participle that
        modifies a person, a group of people or a part of one ("the share of voters") is what they say; not an
        object's ("emailed supporters saying ...": the subject of "emailed" says it)."""
        head = cue.head
        if cue.dep_ != "acl" or cue.tag_ != "VBG" or head.i > cue.i or self.in_quote[head.i] >= 0 \
                or head.dep_ in ("dobj", "dative", "pobj"):
            return None
        part_of = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj" and self._names_people(o)]
        return head if head.i in self.index.by_token or self._names_people(head) or part_of else None

    def _nearest_of_subjects(self, cue: Token) -> Token | None:
        """"Voters, Lee suggested, need not worry", "Or maybe Roe, consultant Jo Park says.", "Stay calm, says Jo
        Park": the parser gave the cue the content's subject too; the subject after a verb set off by a comma, else
        the person closest before the verb, speaks (not a place or a phrase closing the first subject: "Jo Park of
        the University of Utah, Provo, suggest")."""
        subs = [c for c in cue.children if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        if len(subs) < 2:
            return None
        after = [c for c in subs if c.i > cue.i]
        if after and self._set_off(cue):
            return after[0] if self._speaker_like(after[0]) else None
        before = [c for c in subs if c.i < cue.i]
        return before[-1] if before and self._personal(before[-1]) else None

    def _set_off_participle(self, cue: Token) -> bool:
        """A participle opening a phrase set off by a comma or a dash: ', saying ...', '-- having suggested ...'."""
        first = cue.left_edge
        if cue.tag_ == "VBG" and first.i == cue.i:
            return self._set_off(cue)
        perfect = cue.tag_ == "VBN" and first.dep_ == "aux" and first.lower_ == "having" and first.head == cue
        return perfect and self._set_off(first)

    def _set_off(self, cue: Token) -> bool:
        """A comma or a dash right before the cue, a closing quotation mark between them allowed ('Roe said the
        city was "broke," adding ...', '... the accusations — saying ...')."""
        i = cue.i - 1
        while i > 0 and self.doc[i].is_quote and self.in_quote[i] < 0:
            i -= 1
        return i >= 0 and (self.doc[i].text == "," or _spaced_dash(self.doc[i]))

    def _ancestor_subject(self, cue: Token) -> Token | None:
        """"Romney ran on his ability to jolt the recovery and accused Obama of ...": the parser joined the cue
        to a verb deep inside the first clause; the nearest governing verb with a speaking subject before the
        cue, in the same sentence, speaks."""
        if cue.dep_ not in ("conj", "pcomp", "advcl", "xcomp"):
            return None
        t = cue
        for _ in range(8):
            if t.head.i == t.i:
                return None
            t = t.head
            if self.in_quote[t.i] >= 0:
                return None
            if t.pos_ in ("VERB", "AUX"):
                subs = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i
                        and self.in_quote[c.i] < 0]
                if subs:
                    return subs[0] if self._speaker_like(subs[0]) else None
        return None

    def _after_quote_subject(self, cue: Token) -> Token | None:
        """'“...,” Jane Roe, a top adviser, said': the parser hung the name inside the quoted clause; the
        first person named between the closing mark and the cue is the speaker."""
        i = cue.i - 1
        found = None
        while i >= cue.sent.start and self.in_quote[i] < 0 and cue.i - i < 25:
            if i in self.index.by_token:
                found = self.doc[i]
            i -= 1
        if found is None or i < cue.sent.start or self.in_quote[i] < 0:
            return None
        person = self.index.by_token[found.i]
        while found.i + 1 < cue.i and self.index.by_token.get(found.i + 1) is person:
            found = self.doc[found.i + 1]  # the last word of the name, so the phrase ends on it
        return found

    def _name_before(self, verb: Token) -> Token | None:
        """"In an interview at his estate - Roe continued to insist ...", "Instead, Will called for ...": the parser
        hung the name that opens the clause elsewhere (an object, a compound, a modal); a finite verb with no
        subject speaks through the person named right before it (its own adverbs and auxiliaries between)."""
        kids = list(verb.children)
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ != "to" for c in kids)
        if not finite or any(c.dep_ in SUBJECTS for c in kids):
            return None
        i = verb.i - 1
        while i >= verb.sent.start and self.in_quote[i] < 0:
            tok = self.doc[i]
            if tok.dep_ not in SUBJECTS and self._named_person(tok):
                return tok
            if tok.head != verb or tok.dep_ not in ("advmod", "neg", "aux"):
                return self._phrase_owner(tok)
            i -= 1
        return None

    def _phrase_owner(self, tok: Token) -> Token | None:
        """"Marc Roe, the chief executive of the league, ...", "Paul Roe (R-Wis.)": the person whose phrase (an
        apposition, a bracketed affiliation) ends on `tok`, found up the heads of its last word, short of a verb."""
        i = tok.i
        while i > tok.sent.start and self.doc[i].is_punct:
            i -= 1
        t = self.doc[i]
        for _ in range(6):
            if self.in_quote[t.i] >= 0 or t.pos_ in ("VERB", "AUX"):
                return None
            if self._named_person(t):
                return t if t.dep_ not in SUBJECTS else None
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _named_person(self, tok: Token) -> bool:
        """A person's name: a mention the index knows, or a known surname the model tagged as something else."""
        return tok.i in self.index.by_token or self.index.surname_person(tok) is not None

    def _bare_passive(self, cue: Token) -> bool:
        """"Asked whether ...", "when asked about ...": a past participle with neither subject nor perfect
        auxiliary is passive, and its speaker (the one who asks) is not in the sentence."""
        # "Asked about it, Roe said", "..., Roe said when asked about it": the small model tags a participle that
        # opens the sentence or follows a subordinator as past tense (a finite verb there would have a subject)
        opening = cue.tag_ == "VBD" and cue.dep_ == "advcl" and (cue.i < cue.head.i and all(
            t.dep_ in ("mark", "advmod", "punct") for t in cue.doc[cue.sent.start:cue.i])
            or cue.i > 0 and cue.doc[cue.i - 1].dep_ in ("mark", "advmod") and cue.doc[cue.i - 1].head == cue
            and cue.doc[cue.i - 1].tag_ in ("IN", "WRB"))
        if cue.tag_ != "VBN" and not opening or cue.dep_ not in ("advcl", "ROOT", "conj", "acl", "xcomp", "ccomp"):
            return False
        if cue.dep_ == "conj" and cue.head.tag_ != "VBN":
            return False
        kids = list(cue.children)
        if any(c.dep_ in ("nsubj", "csubj", "agent") for c in kids):
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in PERFECT for c in kids):
            return False
        if cue.dep_ == "ROOT" and not any(c.dep_ == "auxpass" for c in kids) and cue.i != cue.sent.start:
            return False
        return cue.dep_ != "acl" or cue.head.pos_ != "NOUN" or cue.i > cue.head.i

    def _object_controller(self, t: Token) -> Token | None:
        """"forced the chief to admit that ...": the speaker of an xcomp under an object-control verb is
        that verb's object, when the object is a person, a group of people or an organisation."""
        if t.dep_ != "xcomp" or t.head.lemma_.lower() not in OBJECT_CONTROL:
            return None
        objs = [c for c in t.head.children if c.dep_ in ("dobj", "nsubj") and c.i > t.head.i and c.i < t.i]
        # a person, a group of people ("led Republicans to say") or an organisation
        if objs and self.in_quote[objs[0].i] < 0 and (self._personal(objs[0]) or self._names_people(objs[0])
                                                       or self.index.org_at(objs[0]) is not None):
            return objs[0]
        return None

    def _speaker_like(self, tok: Token) -> bool:
        """A subject that can speak: a person, an organisation (named, or a noun like "the campaign"), a pronoun, a
        proper name or a role ("a strategist")."""
        return self._personal(tok) or self._is_org(tok) or tok.pos_ == "PROPN" \
            or tok.lower_ in ("they", "we", "i", "you") or tok.lemma_.lower() in lexicon.role_nouns()

    def _speaking_subject_above(self, t: Token) -> Token | None:
        """The person subject of a speech verb whose content clause contains `t`."""
        for _ in range(6):
            if t.head.i == t.i:
                return None
            if t.dep_ in ("ccomp", "parataxis") and self.is_cue(t.head):
                subs = [c for c in t.head.children if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
                return subs[0] if subs and self._speaker_like(subs[0]) else None
            t = t.head
        return None

    def _conjunct_subject(self, t: Token) -> Token | None:
        """'Roe criticized Lee for “running around saying the case is over” and suggested ...': the parser joined
        the cue to a verb inside the quotation, itself joined to the verb before it; the first verb of the chain
        outside the quotation lends its subject."""
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
            if self.in_quote[t.i] < 0 and t.pos_ in ("VERB", "AUX"):
                subs = [c for c in t.children if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
                return subs[0] if subs and self._speaker_like(subs[0]) else None
        return None

    def _personal(self, tok: Token) -> bool:
        return tok.i in self.index.by_token or tok.lower_ in PRONOUNS

    def _inverted_subject(self, cue: Token) -> Token | None:
        """'"...," added a South Carolina Democrat.': after a quotation the noun phrase that follows the
        verb is its subject, when the parser found none."""
        doc = self.doc
        if cue.i == 0 or not (doc[cue.i - 1].is_punct or doc[cue.i - 1].is_quote) or not self._follows_quotation(cue):
            return None
        head = None
        for t in doc[cue.i + 1:min(len(doc), cue.i + 8)]:
            if self.in_quote[t.i] >= 0 or t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PART") \
                    and t.lower_ not in lexicon.titles():
                break
            if t.pos_ in ("PROPN", "NOUN"):
                head = t
        return head

    def content(self, cue: Token) -> tuple[int, int] | None:
        """Character range of what the cue introduces: its complement clause."""
        doc = self.doc
        if self._relative_pronoun(cue) is not None:
            return self._relative_content(cue)
        roots = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and not self._own_cue(c)
                 and self.in_quote[cue.i] < 0]
        roots = [c for c in roots if c.dep_ == "ccomp" or self.in_quote[c.i] >= 0]
        # "When asked why, Roe replied: ...": the parser hung the main clause on the bare passive; a clause with a
        # speech verb and a speaker of its own is that speaker's statement, not the question's content
        if roots and cue.tag_ == "VBN" and not any(c.dep_ in SUBJECTS + ("agent", "aux", "auxpass")
                                                   for c in cue.children):
            roots = [c for c in roots if not (self.is_cue(c) and any(
                x.dep_ == "nsubj" and self.in_quote[x.i] < 0 for x in c.children))]
        # "he held up his arms; he says he fears ...", "it had an effect: 20 percent said ...": a clause before a
        # semicolon or colon is a sentence of its own
        roots = [c for c in roots if c.i > cue.i or not any(
            t.text in (";", ":") and self.in_quote[t.i] < 0 for t in self.doc[c.right_edge.i:cue.i])]
        # "..., he said as the crowd booed": a clause with a subordinator other than a complementizer is an
        # adverbial the parser took for the complement
        roots = [c for c in roots if not any(m.dep_ == "mark" and m.lower_ not in COMPLEMENTIZERS and
                                             self.in_quote[m.i] < 0 for m in c.children)]
        # '“...,” Roe told Lee, after he admitted he was wrong': a cue that attributes the quotation before it takes
        # no unquoted clause set off by a comma after it (a quotation resumed after the comma is still its own)
        if self._subject_after_quotation(cue):
            roots = [c for c in roots if not (c.i > cue.i and self.in_quote[c.i] < 0
                                              and any(t.text == "," for t in doc[cue.i + 1:c.left_edge.i]))]
        # '"...," said the woman, who did not want to be named': right after a quotation the quoted clause is
        # the content; the parser took the inverted subject and its relative clause for a second complement
        if self._follows_quotation(cue) and any(c.i < cue.i and self.in_quote[c.i] >= 0 for c in roots):
            # '“...,” adding, “...”': a participle with no subject of its own introduces the quotation after it
            after = [c for c in roots if c.i > cue.i and self.in_quote[c.i] >= 0]
            roots = after if after and self._bare_participle(cue) else [c for c in roots if c.i < cue.i]
        # '"...," Roe said before adding: "..."': a quotation after a second act of saying is that act's
        roots = [c for c in roots if not (c.i > cue.i and self.in_quote[c.i] >= 0 and any(
            self._second_act(t, cue) for t in self.doc[cue.i + 1:c.left_edge.i]))]
        # "asked the students if they were ...": after a verb of asking, an "if" clause is the question
        if not roots and cue.lemma_.lower() in lexicon.words("question_verbs"):
            roots = [c for c in cue.rights if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)]
        if not roots:
            # "took pains to state that ...": the clause hangs off a head word; find it by its "that"
            nxt = cue.i + 1
            while nxt < len(doc) and nxt < cue.sent.end and doc[nxt].dep_ in ("dobj", "dative", "pobj", "prep",
                                                                             "compound", "det", "amod",
                                                                             "advmod", "npadvmod"):
                if doc[nxt].dep_ == "prep" and doc[nxt].lower_ not in ("to", "in", "on", "with", "of", "at", "for"):
                    break
                nxt += 1
            if nxt < cue.sent.end and doc[nxt].lower_ == "that" and doc[nxt].dep_ == "mark":
                h = doc[nxt].head
                if h.i > cue.i and not self._own_cue(h):
                    roots = [h]
        if not roots:
            roots = self._that_after_adjuncts(cue)
        if not roots:
            span = self._that_as_preposition(cue)
            if span is not None:
                return span
        if not roots and cue.head.i != cue.i and cue.dep_ == "parataxis":
            return self._around(cue)
        if not roots and cue.head.i != cue.i and self._as_aside(cue):
            return self._around(cue)
        if not roots and cue.head.i != cue.i and self._postposed(cue):
            return self._around(cue, before=min(c.left_edge.i for c in cue.children if c.dep_ == "nsubj"))
        if not roots and self.in_quote[cue.i] < 0:
            subj = self._closing_subject(cue)
            if subj is not None:
                return self._around(cue, before=subj.left_edge.i)
            if self._inverted_after_clause(cue) is not None:
                return self._around(cue, before=cue.i - 1)
        if not roots:
            span = self._answer_word_content(cue)
            if span is not None:
                return span
        if not roots:
            span = self._infinitive_content(cue) or self._prep_content(cue)
            if span is not None:
                return span
        if not roots and cue.lemma_.lower() in lexicon.object_cue_verbs() and (
                self._finite(cue) or self._participle_with_quotation(cue)):
            return self._object_content(cue)
        if not roots:
            return self._next_paragraph(cue)
        root = max(roots, key=lambda c: (c.dep_ == "ccomp", c.right_edge.i - c.left_edge.i))
        if root.i < cue.i and cue in root.subtree:
            return None
        lo, hi = root.left_edge.i, root.right_edge.i
        # "insist that, with the vote near, there have been few talks", "said the plan is dead: the council ...": the
        # parser split the content after the cue into two complements with only a comma or a colon between; both are
        # the content
        for c in cue.rights:
            if c.dep_ == "ccomp" and c is not root and c.left_edge.i == cue.i + 1 and self.in_quote[c.i] < 0 \
                    and 0 < lo - c.right_edge.i <= 2 and all(t.text in (",", ":") for t in doc[c.right_edge.i + 1:lo]):
                lo = c.left_edge.i
        # "said X, and Y would ...": the parser hangs a second clause on the cue; it is still content
        for c in cue.rights:
            if c.dep_ == "conj" and c.i > hi and c.lemma_.lower() not in self.speech \
                    and (any(x.dep_ == "nsubj" for x in c.children) or any(x.lower_ == "but" for x in cue.children)):
                hi = c.right_edge.i
            elif c.i > hi and (self._continues_after_quote(cue, c) or self._quoted_adverbial(cue, c, hi)):
                hi = c.right_edge.i
        if lo <= cue.i <= hi:
            if root.i < cue.i:
                hi = cue.i - 1
            else:
                lo = cue.i + 1
        if root.i < cue.i and hi < cue.i:
            hi = max([hi] + [c.right_edge.i for c in self._resumed_after_aside(cue)])
        fronted = self._fronted_clause(cue) if root.i > cue.i else None
        # "The budget, Ann Doyle says, is balanced": the parser gave the cue the subject of the clause after it
        subs = [c for c in cue.lefts if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        if fronted is None and root.i > cue.i and len(subs) > 1 and not any(c.dep_ in SUBJECTS for c in root.children) \
                and any(t.text == "," for t in doc[subs[0].i + 1:subs[1].left_edge.i]):
            fronted = subs[0]
        lo_tok = doc[lo]
        if lo_tok.lower_ in ("that", "whether", "if") and lo_tok.dep_ == "mark":
            lo += 1
        elif root.i > cue.i:
            lo = self._after_time_of_saying(root, lo)
        if lo > hi:
            return None
        hi = self._colon_elaboration(cue, self._drop_trailing_aside(lo, self._cut_at_joined_cue(cue, lo, hi)))
        hi = self._over_false_break(hi)
        if fronted is not None:
            lo = fronted.left_edge.i
        elif root.i < cue.i:
            lo = self._after_colon_before_quotation(lo, hi)
        start, end = _strip(self.text, doc[lo].idx, doc[hi].idx + len(doc[hi]))
        # a quotation the clause starts inside runs to its closing mark
        k = self.in_quote[lo]
        if k >= 0 and self.segments[k].end > end:
            end = self.segments[k].end
        # ... and, when the cue follows it, ends there: '“...,” Jane Roe, an adviser, said' (the parser may
        # hang the speaker inside the quoted clause)
        if k >= 0 and self.segments[k].end < end and cue.idx >= self.segments[k].end and cue.i > hi:
            end = self.segments[k].end
        k = self.in_quote[hi]
        if k >= 0 and self.segments[k].start < start:
            start = self.segments[k].start
        # a clause that ends inside a quotation ("he would “carpet-bomb them. I don't know ...”"): the parser
        # stopped at a sentence break inside the marks; the quotation runs on to its closing mark
        if k >= 0 and self.segments[k].end > end and self.segments[k].para == self.para(start) \
                and cue.idx < self.segments[k].start:
            end = self.segments[k].end
        return (start, end) if end - start > 3 else None

    def _after_colon_before_quotation(self, lo: int, hi: int) -> int:
        """'He ran a campaign for the book: “Buy it now,” the ad says.': the writer's clause before a colon that
        introduces the quotation closing the content is no part of what the cue attributes; the content starts
        with the quotation."""
        doc = self.doc
        colon = next((t.i for t in reversed(doc[lo:hi]) if t.text == ":" and self.in_quote[t.i] < 0), None)
        if colon is None:
            return lo
        first = next((t for t in doc[colon + 1:hi + 1] if not t.is_quote and not t.is_space), None)
        if first is None or self.in_quote[first.i] < 0:
            return lo
        # the quotation must run to the end of the content: nothing unquoted after it but punctuation
        seg_end = self.segments[self.in_quote[first.i]].end
        rest = [t for t in doc[first.i:hi + 1] if t.idx >= seg_end and not (t.is_punct or t.is_space)]
        return first.i if not rest else lo

    def _after_time_of_saying(self, root: Token, lo: int) -> int:
        """"told reporters on Thursday she viewed ...": with no "that", a day right before the clause's subject
        says when the words were said (the parser hung it on the clause); the content starts after it."""
        doc = self.doc
        adj = doc[lo]
        if adj.head != root or adj.dep_ not in ("prep", "npadvmod") or self.in_quote[lo] >= 0:
            return lo
        when = [t for t in adj.subtree if t.ent_type_ in ("DATE", "TIME")]
        nxt = adj.right_edge.i + 1
        while nxt < root.i and doc[nxt].text == ",":
            nxt += 1
        subj = next((c for c in root.children if c.dep_ in SUBJECTS), None)
        if not when or subj is None or subj.left_edge.i != nxt:
            return lo
        return nxt

    def _over_false_break(self, hi: int) -> int:
        """"she felt the 13th | Amendment was worth examining": content that runs to the end of a sentence the model
        closed without any punctuation, inside a line, goes on to the end of the next sentence."""
        doc = self.doc
        tok = doc[hi]
        if hi + 1 != tok.sent.end or hi + 1 >= len(doc) or tok.is_punct or tok.is_quote or tok.is_space \
                or "\n" in tok.whitespace_ or self.in_quote[hi] >= 0:
            return hi
        nxt = doc[hi + 1].sent
        words = [t for t in nxt if not (t.is_punct or t.is_space)]
        if not words or any("\n" in t.text or "\n" in t.whitespace_ for t in nxt[:-1]) \
                or self.in_quote[words[-1].i] >= 0 or any(self.is_cue(t) for t in words):  # a cue: its own sentence
            return hi
        return words[-1].i

    def _that_after_adjuncts(self, cue: Token) -> list[Token]:
        """'said following a vote in 2001 that ...', 'say by a 7-point margin, 49 percent to 42 percent, that ...',
        'said on CNN, where he is a contributor, that ...', 'conceded publicly as well as privately that ...': adjuncts
        between the verb and its "that" clause lead the parser to hang the clause on a word inside them; a "that"
        clause within the verb's phrase, right after a comma, an adverb, a date or a name, is its content (not after
        a noun: "made the claim that ...", "accepted the reality that ..." are the noun's)."""
        doc = self.doc
        sub = {t.i for t in cue.subtree}
        for t in doc[cue.i + 1:cue.sent.end]:
            if t.text in (":", ";") or self.in_quote[t.i] >= 0 or t.is_quote or t.i not in sub:
                return []
            if t.dep_ in ("dobj", "dative", "attr", "oprd", "ccomp", "xcomp", "conj", "acl", "parataxis") \
                    or self.is_cue(t):
                return []
            if t.lower_ == "that" and t.dep_ == "mark" and t.i > cue.i + 1:
                prev, h = doc[t.i - 1], t.head
                after_adjunct = prev.text == "," or prev.pos_ in ("ADV", "PROPN", "NUM") \
                    or prev.ent_type_ in ("DATE", "TIME")
                ok = after_adjunct and h.i > t.i and h.i in sub and h.pos_ in ("VERB", "AUX") and not self._own_cue(h)
                return [h] if ok else []
        return []

    def _that_as_preposition(self, cue: Token) -> tuple[int, int] | None:
        """"said that the company's participation ... dated to 2007": the small model sometimes reads the
        complementizer right after the verb as a preposition with a noun object; the rest of the sentence is the
        content clause."""
        doc = self.doc
        that = cue.i + 1
        if that >= cue.sent.end or doc[that].lower_ != "that" or doc[that].tag_ != "IN" or doc[that].dep_ != "prep" \
                or doc[that].head != cue or self.in_quote[that] >= 0:
            return None
        rest = [t for t in doc[that + 1:cue.sent.end] if not t.is_space]
        while rest and rest[-1].is_punct and self.in_quote[rest[-1].i] < 0:
            rest.pop()
        if len(rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
            return None
        start, end = _strip(self.text, rest[0].idx, rest[-1].idx + len(rest[-1]))
        k = self.in_quote[rest[-1].i]
        if k >= 0 and self.segments[k].end > end:  # a quotation the clause ends inside runs to its closing mark
            end = self.segments[k].end
        return start, end

    def _continues_after_quote(self, cue: Token, c: Token) -> bool:
        """'said he is ready to "take on the cartel," secure the border and ...', 'told X that polls could be
        "way off," and have been unreliable': the parser ends the content at the closing mark and hangs the rest
        on the cue; a verb phrase with no subject whose form cannot go with the cue's (a bare or present form
        after a past-tense cue) continues the content."""
        if c.dep_ not in ("conj", "advcl", "ccomp") or c.head != cue or self.in_quote[c.i] >= 0 or cue.tag_ != "VBD" \
                or c.lemma_.lower() in self.speech or any(x.dep_ in SUBJECTS or x.dep_ == "mark" for x in c.children):
            return False
        first = next((t.i for t in c.subtree if not (t.is_punct or t.dep_ == "cc")), None)
        if first is None:  # a clause of punctuation only (a mangled page)
            return False
        start = first
        while start > cue.i + 1 and (self.doc[start - 1].is_punct or self.doc[start - 1].dep_ == "cc"):
            start -= 1
        # the marks and commas between the content and the verb phrase include a closing quotation mark
        if not any(t.is_quote for t in self.doc[start:first]):
            return False
        aux = [x for x in c.children if x.dep_ in ("aux", "auxpass")]
        return (aux[0] if aux else c).tag_ in ("VB", "VBP", "VBZ")

    def _quoted_adverbial(self, cue: Token, c: Token, hi: int) -> bool:
        """'argued that it would be better to wait, “because voters will not forgive us.”': an adverbial clause
        that opens a quotation right after the content is the speaker's words (the parser hung it on the cue)."""
        if c.dep_ != "advcl" or c.head != cue or self.in_quote[c.i] < 0 or self.in_quote[hi] >= 0:
            return False
        between = self.doc[hi + 1:c.left_edge.i]
        if not all(t.is_punct for t in between) or not any(t.is_quote for t in between):
            return False
        return any(m.dep_ == "mark" and m.i == c.left_edge.i for m in c.children)

    def _drop_trailing_aside(self, lo: int, hi: int) -> int:
        """A non-restrictive apposition or relative clause closing the content (", who is ...",
        ", the alliance that ...") describes the last noun; it is the writer's, not the speaker's. So does an
        aside between two dashes ("calls to members - there are two from each district - but said ..."); a dash
        aside closing the sentence ("... is in decline — a decline that took hold ...") is the speaker's own."""
        doc = self.doc
        # "said the timing was not planned; they learned of it on Friday": a semicolon before a clause with a
        # subject of its own starts the writer's next sentence
        for t in doc[lo + 2:hi]:
            if t.text == ";" and self.in_quote[t.i] < 0 and any(
                    x.dep_ in SUBJECTS and x.head.i > t.i and x.head.pos_ in ("VERB", "AUX") and x.head.i <= hi
                    and x.left_edge.i == t.i + 1 for x in doc[t.i + 1:hi + 1]):
                hi = t.i - 1
                break
        # "said the plan was “a disaster,” according to two aides": the source of the report closing the clause
        for t in doc[lo + 2:hi + 1]:
            if t.lower_ == "according" and t.i + 1 <= hi and doc[t.i + 1].lower_ == "to" and self.in_quote[t.i] < 0 \
                    and any(x.text == "," for x in doc[t.i - 2:t.i]) \
                    and max(t.right_edge.i, doc[t.i + 1].right_edge.i) >= hi:
                hi = t.i - 1
                while hi > lo and (doc[hi].is_punct and self.in_quote[hi] < 0 or doc[hi].is_quote):
                    hi -= 1
                break
        if hi + 1 < len(doc) and _spaced_dash(doc[hi + 1]):
            opening = next((i for i in range(hi, lo + 2, -1) if _spaced_dash(doc[i]) and self.in_quote[i] < 0), None)
            # "— or even consider a third party —": a conjunction after the dash continues the content
            if opening is not None and doc[opening + 1].dep_ != "cc":
                return opening - 1
        for t in doc[lo:hi + 1]:
            # "his wife, Lonnie, and other family members": an apposition with conjuncts is a list, not an aside
            if t.dep_ == "appos" and any(c.dep_ == "cc" for c in t.children):
                continue
            if (t.dep_ in ("appos", "relcl") or _summary_noun_phrase(t)) and t.right_edge.i >= hi - 1 \
                    and self.in_quote[t.i] < 0:
                comma = t.left_edge.i - 1
                if comma > lo + 2 and doc[comma].text == "," and not _correlative_comparative(doc, lo, comma):
                    return comma - 1
        return hi

    def _answer_word_content(self, cue: Token) -> tuple[int, int] | None:
        """"half said so", "most voters said yes", "said no to the war": a pro-form or an answer word right after
        the verb stands for the words said; it is the content (with the "to" phrase of a refusal)."""
        doc = self.doc
        if cue.i + 1 >= cue.sent.end or self.in_quote[cue.i + 1] >= 0:
            return None
        word = doc[cue.i + 1]
        by_cue = word.head == cue or word.head.dep_ == "advmod" and word.head.head == cue and word.head.i == word.i + 1
        # "Will Say No to X": a capitalized answer word is a headline's title case; the headline is the quote
        if word.text not in ANSWER_WORDS or word.dep_ not in ("advmod", "intj", "dobj") or not by_cue:
            return None
        hi = word.i
        # "said yes, yes, yes": the answer repeated
        while hi + 2 < cue.sent.end and doc[hi + 1].text == "," and doc[hi + 2].lower_ == word.lower_:
            hi += 2
        if word.lower_ == "no" and hi + 1 < cue.sent.end and doc[hi + 1].lower_ == "to" \
                and doc[hi + 1].dep_ == "prep":
            hi = doc[hi + 1].right_edge.i
        return doc[word.i].idx, doc[hi].idx + len(doc[hi])

    def _infinitive_content(self, cue: Token) -> tuple[int, int] | None:
        """"urged Congress to act", "threatened to quit": after a verb of urging or promising the
        to-infinitive, with the addressee object before it, is what was said (data/infinitive_cue_verbs.txt)."""
        for_clause = self._for_clause(cue)
        if for_clause is not None:  # "called for the president to resign": the clause after "for"
            lo, hi = for_clause.left_edge.i + 1, for_clause.right_edge.i
        else:
            if cue.lemma_.lower() not in lexicon.words("infinitive_cue_verbs"):
                return None
            inf = next((c for c in cue.rights if c.dep_ == "xcomp" and self.in_quote[c.i] < 0 and to_infinitive(c)),
                       None)
            if inf is None:
                return None
            objs = [c for c in cue.rights if c.dep_ in ("dobj", "dative") and c.i < inf.i]
            lo, hi = min([inf.left_edge.i] + [o.left_edge.i for o in objs]), self._infinitive_end(inf)
        if any(self.doc[i].sent != cue.sent for i in (lo, hi)):
            return None
        hi = self._drop_trailing_aside(lo, self._cut_at_joined_cue(cue, lo, hi))
        start, end = _strip(self.text, self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi]))
        end = self._to_closing_mark(lo, hi, end)
        return (start, end) if end - start > 3 else None

    def _adjuncts_after_quotation(self, lo: int, hi: int) -> int:
        """"called Palin a “clown” on his radio show", "blasted X as a “disgrace” Wednesday on Y": after a quoted
        complement, a day or a place-of-saying phrase (data/adjunct_preps.txt) says when or where the words were
        said, not what they were; the content ends at the closing mark."""
        doc = self.doc
        last = max((i for i in range(lo, hi + 1) if self.in_quote[i] >= 0), default=-1)
        close = last + 1
        while close <= hi and doc[close].is_quote and self.in_quote[close] < 0:
            close += 1
        close -= 1
        if last < lo or close >= hi:
            return hi
        first = next((t for t in doc[close + 1:hi + 1] if not t.is_punct), None)
        if first is None:
            return hi
        adjunct = first.dep_ == "npadvmod" and first.ent_type_ in ("DATE", "TIME") \
            or first.dep_ == "prep" and first.lower_ in lexicon.words("adjunct_preps")
        return close if adjunct else hi

    def _colon_elaboration(self, cue: Token, hi: int) -> int:
        """"reiterated his pledges: rebuilding the military, protecting ...": unquoted words after a colon that
        closes the content spell it out, to the end of the sentence; a quotation after the colon stays apart."""
        doc = self.doc
        colon = hi + 1
        if colon >= cue.sent.end or doc[colon].text != ":" or self.in_quote[colon] >= 0 or colon < cue.i:
            return hi
        rest = [t for t in doc[colon + 1:cue.sent.end] if not t.is_space]
        while rest and rest[-1].is_punct and self.in_quote[rest[-1].i] < 0:
            rest.pop()
        if not rest or any(self.in_quote[t.i] >= 0 or t.is_quote or "\n" in t.text for t in rest):
            return hi
        return rest[-1].i

    def _infinitive_end(self, inf: Token) -> int:
        """"vowed to keep abortion legal and celebrated the ruling": a past or present tense verb joined to the
        infinitive cannot belong to it; it is the subject's next act, and the infinitive ends before it."""
        hi = inf.right_edge.i
        for c in inf.rights:
            if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") and not any(x.dep_ in SUBJECTS for x in c.children):
                hi = c.left_edge.i - 1
                while hi > inf.i and (self.doc[hi].dep_ == "cc" or self.doc[hi].is_punct):
                    hi -= 1
                break
        return hi

    def _for_clause(self, cue: Token) -> Token | None:
        """A "for X to do" clause right after a speech verb ("called for the president to resign", "argued
        for states to decide"): the request or proposal that was spoken."""
        for c in cue.rights:
            if c.dep_ == "advcl" and self.in_quote[c.i] < 0 and to_infinitive(c) and c.left_edge.lower_ == "for" \
                    and c.left_edge.dep_ == "mark" and c.left_edge.i == cue.i + 1:
                return c
        return None

    def _prep_content(self, cue: Token) -> tuple[int, int] | None:
        """"pointed to the jobs report", "spoke about the war": the object of the preposition that goes with
        the verb (data/prep_cue_verbs.txt) is what was spoken about, when the verb has no object of its own."""
        pairs = lexicon.words("prep_cue_verbs")
        lemma = cue.lemma_.lower()
        if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in cue.children):
            return None
        prep = next((c for c in cue.rights if c.dep_ == "prep" and f"{lemma} {c.lower_}" in pairs
                     and self.in_quote[c.i] < 0), None)
        objs = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")] if prep is not None else []
        # "commented on Tuesday": a date, not a topic
        if not objs or prep.lower_ == "on" and objs[0].ent_type_ in ("DATE", "TIME"):
            return None
        lo, hi = prep.i + 1, prep.right_edge.i
        if hi - lo < 1 and self.doc[lo].pos_ == "PRON" or self.doc[hi].sent != cue.sent:
            return None
        hi = self._drop_trailing_aside(lo, self._cut_at_joined_cue(cue, lo, hi))
        start, end = _strip(self.text, self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi]))
        end = self._to_closing_mark(lo, hi, end)
        return (start, end) if end - start > 3 else None

    def _object_content(self, cue: Token) -> tuple[int, int] | None:
        """"criticized the plan as reckless", "called for a recount": the verb's object and complements."""
        if self._follows_quotation(cue):  # '"Is it over?" asked Mr. Roe': the noun after the verb is who asks
            return None
        parts = []
        if cue.lemma_.lower() == "say":  # "said the same of X", "said so": not "said to a crowd"
            # not "said as the crowd booed": a clause with a subordinator is an adverbial (see `content`)
            parts = [c for c in cue.rights if c.dep_ in ("dobj", "xcomp", "ccomp", "oprd") and self.in_quote[c.i] < 0
                     and not any(m.dep_ == "mark" and m.lower_ not in COMPLEMENTIZERS for m in c.children)]
            parts += [c for c in cue.rights if parts and c.dep_ == "prep" and c.lower_ in ("of", "for", "about")
                      and c.i > parts[0].i]
            if not parts:
                return None
        for c in cue.rights if not parts else []:
            if c.dep_ in ("dobj", "dative", "xcomp", "oprd", "ccomp"):
                parts.append(c)
            # "urged a new levy to fix the bridges": the parser hangs the object's purpose on the verb
            elif c.dep_ == "advcl" and parts and to_infinitive(c) and self.in_quote[c.i] < 0:
                parts.append(c)
            elif c.dep_ == "prep" and c.lower_ in ("for", "on", "to", "about", "as", "of"):
                # "accused X of hacking", "called for taxing": a gerund is a pcomp, not a pobj
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                # "slammed the plan as too vague": after "as" the parser may hang the adjective as a modifier
                if objs and objs[0].ent_type_ not in ("DATE", "TIME") or c.lower_ == "as" and any(
                        o.pos_ == "ADJ" for o in c.children):
                    parts.append(c)
        if not parts:
            return None
        if self._phone_call(cue, parts):
            return None
        lo = min(c.left_edge.i for c in parts)
        # "called for a recount", "called on X to ...": the preposition belongs to the cue, not the content
        if self.doc[lo].dep_ == "prep" and self.doc[lo].head == cue and lo < max(c.right_edge.i for c in parts):
            lo += 1
        hi = max(c.right_edge.i for c in parts)
        # "called it X and called on Y to ...": a second verb joined to this one has content of its own
        hi = self._cut_at_joined_cue(cue, lo, hi)
        if hi < lo or hi == lo and not self._named_object(cue, self.doc[lo]) \
                or any(self.doc[i].sent != cue.sent for i in (lo, hi)):
            return None
        hi = self._colon_elaboration(cue, self._drop_trailing_aside(lo, self._adjuncts_after_quotation(lo, hi)))
        start, end = _strip(self.text, self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi]))
        end = self._to_closing_mark(lo, hi, end)
        # "called the plan “reckless.”": the parser hung the quoted complement elsewhere; a quotation that
        # follows the object and closes the sentence completes it
        nxt = hi + 1
        while nxt < cue.sent.end and self.doc[nxt].is_quote and self.in_quote[nxt] < 0:
            nxt += 1
        if nxt < cue.sent.end and self.in_quote[nxt] >= 0:
            seg = self.segments[self.in_quote[nxt]]
            rest = [t for t in cue.sent if t.idx >= seg.end and not (t.is_punct or t.is_space)]
            if not rest and len(self.text[seg.start:seg.end].split()) <= 6:
                end = seg.end
        return (start, end) if end - start > 3 else None

    def _to_closing_mark(self, lo: int, hi: int, end: int) -> int:
        """'called them “inappropriate, but typical of ...”', 'vowed to “fight, and win”': content that ends inside
        a quotation opened within it runs on to the closing mark (the parser stopped at a comma inside the marks)."""
        k = self.in_quote[hi]
        if k >= 0 and self.segments[k].end > end and self.segments[k].start > self.doc[lo].idx:
            return self.segments[k].end
        return end

    def _follows_quotation(self, cue: Token) -> bool:
        """The cue comes right after a closing quotation mark ('"...," said X', '"...?" asked X'), with at most
        punctuation between."""
        i = cue.i - 1
        while i >= 0 and cue.i - i <= 3 and self.in_quote[i] < 0 and (self.doc[i].is_punct or self.doc[i].is_quote):
            i -= 1
        return 0 <= i < cue.i - 1 and self.in_quote[i] >= 0

    def _attributed_after(self, content: tuple[int, int], cue: Token) -> bool:
        """'Lee denies — “why not?” asked Roe': content after the cue that is a quotation ending in a comma, question
        or exclamation mark inside its marks and followed right away by an inverted finite speech verb is that
        verb's words, not this cue's."""
        k = self.in_quote[self.doc.char_span(*content, alignment_mode="expand").start]
        if k < 0 or cue.idx > content[0]:
            return False
        seg = self.segments[k]
        if seg.end < content[1] or self.text[seg.start:seg.end].rstrip()[-1:] not in (",", "?", "!"):
            return False
        span = self.doc.char_span(seg.start, seg.end, alignment_mode="expand")
        if span is None:
            return False
        after = [t for t in self.doc[span.end:span.end + 3] if not (t.is_punct or t.is_quote or t.is_space)]
        return bool(after) and self.is_cue(after[0]) and after[0].tag_ in ("VBD", "VBZ") \
            and after[0].lower_ != "according"

    def _subject_after_quotation(self, cue: Token) -> bool:
        """'“...,” Roe told Lee': the cue's subject comes right after a quotation that ends in a comma inside its
        marks."""
        subs = [c for c in cue.lefts if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        if not subs:
            return False
        i = subs[0].left_edge.i - 1
        while i >= 0 and self.in_quote[i] < 0 and (self.doc[i].is_quote or self.doc[i].is_punct):
            i -= 1
        if i < 0 or self.in_quote[i] < 0 or i == subs[0].left_edge.i - 1:
            return False
        seg = self.segments[self.in_quote[i]]
        return self.text[seg.start:seg.end].rstrip()[-1:] == ","

    def _phone_call(self, cue: Token, parts: list[Token]) -> bool:
        """"Obama called both candidates Tuesday night": "call" with a bare object (no complement, no quotation, no
        preposition: not "called the plan a “disaster”", "called the results into question") is a phone call."""
        if cue.lemma_.lower() != "call" or any(c.dep_ == "prep" for c in cue.children):
            return False
        # "Obama called Jane Roe.": the parser may take the lone object of an active "call" for a predicate
        # (a name, not "called the plan reckless" or "what he called political correctness")
        lone_predicate = len(parts) == 1 and parts[0].dep_ == "oprd" and parts[0].pos_ == "PROPN" \
            and not any(c.dep_ in ("nsubjpass", "auxpass", "dobj") for c in cue.children)
        if not lone_predicate and not all(c.dep_ in ("dobj", "dative") for c in parts):
            return False
        return not any(t.dep_ == "appos" or self.in_quote[t.i] >= 0 for c in parts for t in c.subtree)

    @staticmethod
    def _named_object(cue: Token, obj: Token) -> bool:
        """A one-word object is content when it names whom or what the words were about ("praised Garland",
        "criticized Congress"), not a pronoun, a day ("promised Sunday"), a medium ("criticized X on Twitter") or
        a handle ("tweeted @jroe"); "called Sanders" is a phone call."""
        return obj.pos_ == "PROPN" and obj.dep_ == "dobj" and obj.ent_type_ not in ("DATE", "TIME") \
            and not obj.text.startswith("@") and cue.lemma_.lower() != "call"

    @staticmethod
    def _finite(cue: Token) -> bool:
        """A reported act ("she criticized the plan") rather than a participle or infinitive ("calling for
        ...", "to deny the report"), whose noun object is seldom a report of words."""
        if cue.tag_ in ("VBD", "VBZ", "VBP") or _main_verb_as_modifier(cue):
            return True
        # "Trump called Ford's plans “a disgrace”": the small model tags some past tenses as participles; a
        # participle with a subject of its own and no auxiliary is a past tense
        kids = list(cue.children)
        if cue.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in kids) and not any(c.dep_ in ("aux", "auxpass")
                                                                                 for c in kids):
            return True
        # "continued to question his temperament": the infinitive of a phase verb is the reported act itself
        if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lexicon.words("aspect_verbs") \
                and QuoteFinder._finite(cue.head):
            return True
        return any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("to",) for c in cue.children)

    def _relative_pronoun(self, cue: Token) -> Token | None:
        """'the levy, which she insists will pay for itself', 'a rule that he said protects farmers', 'what they
        claim is a fair deal': a cue inside a relative clause, its subject right after the relative pronoun, which
        stands for the subject of what was said (not 'Roe, who said ...', where the pronoun is the speaker)."""
        if self.in_quote[cue.i] >= 0:
            return None
        # the subject nearest the cue ("which she insists": the parser may make "which" a second subject)
        subj = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i == 0 or subj.lower_ in RELATIVE_PRONOUNS:
            return None
        pronoun = self.doc[subj.left_edge.i - 1]
        if pronoun.lower_ not in RELATIVE_PRONOUNS or self.in_quote[pronoun.i] >= 0:
            return None
        if pronoun.lower_ != "what" and cue.dep_ not in ("relcl", "acl"):
            return None
        # the subject of what was said ("which he said were ..."; the parser may hang it on the cue itself); not
        # the cue's object ("what he calls political correctness" names a thing, it reports no statement)
        if pronoun.head == cue:
            slot = pronoun.dep_ == "nsubj"
        else:
            slot = pronoun.head.head == cue and pronoun.head.dep_ in ("ccomp", "xcomp") \
                and pronoun.dep_ in ("nsubj", "nsubjpass")
        return pronoun if slot else None

    def _relative_content(self, cue: Token) -> tuple[int, int] | None:
        """What follows the cue to the end of its relative clause ('were at his side when he was shot'), a clause."""
        doc = self.doc
        lo, hi = cue.i + 1, cue.right_edge.i
        while hi >= lo and doc[hi].is_punct and self.in_quote[hi] < 0:
            hi -= 1
        if hi < lo:
            return None
        hi = self._drop_trailing_aside(lo, hi)
        words = doc[lo:hi + 1]
        if not any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        start, end = _strip(self.text, words[0].idx, words[-1].idx + len(words[-1]))
        end = self._to_closing_mark(lo, hi, end)
        return (start, end) if end - start > 1 else None

    @staticmethod
    def _with_pronoun(f: Found, pronoun: Token) -> None:
        """The relative pronoun opens the quotation as a span of its own (the speaker and cue stand between)."""
        f.spans.insert(0, [pronoun.idx, pronoun.idx + len(pronoun)])
        f.relative = True
        if f.type == "direct":
            f.type = "mixed"

    def _participle_with_quotation(self, cue: Token) -> bool:
        """'..., calling him “a disgrace”', 'blasting the plan as “reckless”': a participle whose complement holds a
        quotation reports the words, even though a participle's bare noun object seldom does; so does a bare
        infinitive joined to another ('prompted him to make a joke and call Roe “very flexible”')."""
        if cue.tag_ not in ("VBG", "VB") or any(c.dep_ == "aux" for c in cue.children):
            return False
        # the characterisation itself: the object, its predicate ('calling him “X”') or an "as" phrase
        return any(self.in_quote[t.i] >= 0 for c in cue.rights if c.dep_ in ("dobj", "oprd")
                   or c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree)

    def _contrasted_cue(self, c: Token) -> bool:
        """"... while Sanders suggests Y": an adverbial clause with a contrastive subordinator whose verb is a
        speech verb with its own subject (data/contrast_marks.txt)."""
        return c.dep_ == "advcl" and self.in_quote[c.i] < 0 and self.is_cue(c) \
            and any(m.dep_ == "mark" and m.lower_ in lexicon.words("contrast_marks") for m in c.children) \
            and any(x.dep_ == "nsubj" and self.in_quote[x.i] < 0 for x in c.children)

    def _cut_at_joined_cue(self, cue: Token, lo: int, hi: int) -> int:
        """"said X, and noted Y" / "called it X and called on Y": a second speech verb without a subject of
        its own, joined inside the content, starts a statement of its own (same speaker)."""
        for c in self.doc[lo:hi + 1]:
            # "said X, noting Y": a participle cue after a comma, hung inside the content by the parser
            participle = c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i == c.i and c.i > lo + 2 \
                and (self.doc[c.i - 1].text in (",", "—", "–", "--")
                     or self.doc[c.i - 1].is_quote and self.doc[c.i - 2].text == ",") \
                and self.is_cue(c)
            if participle:
                hi = c.i - 2
                break
            # '“...,” before noting that ...', '... while promising to ...': a second act of saying in a clause of time
            if c.dep_ == "pcomp" and c.tag_ == "VBG" and c.head.dep_ == "prep" and c.head.i == c.i - 1 \
                    and c.head.lower_ in ("before", "after", "while") and c.head.i > lo + 2 and self.is_cue(c):
                hi = c.head.i - 1
                while hi > lo and self.doc[hi].is_punct and not self.doc[hi].is_quote:
                    hi -= 1
                break
            if self._contrasted_cue(c) and c.left_edge.i > lo + 2:
                hi = c.left_edge.i - 1
                while hi > lo and self.doc[hi].dep_ in ("cc", "punct"):
                    hi -= 1
                break
            joined = (c.head == cue or self.is_cue(c)) and not any(x.dep_ == "nsubj" for x in c.children)
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and lo < c.left_edge.i <= hi and self.in_quote[c.i] < 0 \
                    and (joined or self._tense_break(c)) and not self._continues_after_quote(cue, c) \
                    and not self._coordinated_content(c):
                hi = c.left_edge.i - 1
                while hi > lo and self.doc[hi].dep_ in ("cc", "punct"):
                    hi -= 1
                break
        return hi

    @staticmethod
    def _coordinated_content(c: Token) -> bool:
        """"said the visit was booked early but that she was told ...": a conjunct with a complementizer of its own
        is a second content clause; "a position of supporting but not endorsing the plan": a gerund joined to a
        gerund is one noun-like phrase. Neither is a statement of its own."""
        if any(x.dep_ == "mark" and x.lower_ in ("that", "whether") for x in c.children):
            return True
        # "asked the crowd to raise their hands and say the pledge": a bare verb joined to the infinitive the cue
        # governs shares its "to"; the speaker's own next act would be in the cue's tense ("and said")
        if c.tag_ == "VB" and c.head.tag_ == "VB" and c.head.dep_ == "xcomp" and c.head.head.tag_ != "VB" \
                and to_infinitive(c.head):
            return True
        return c.tag_ == "VBG" and c.head.tag_ == "VBG" and c.head.dep_ in ("pcomp", "pobj", "dobj", "conj")

    @staticmethod
    def _tense_break(c: Token) -> bool:
        """"noted Saturday would have been his 90th birthday and quoted his favorite line": a past tense verb with
        no subject joined to a content verb under a modal cannot share that verb's subject; it is the speaker's
        next act."""
        head = c.head
        if c.tag_ != "VBD" or any(x.dep_ in ("nsubj", "mark") for x in c.children) or head.pos_ not in ("VERB", "AUX"):
            return False
        return any(x.dep_ == "nsubj" for x in head.children) and any(x.tag_ == "MD" for x in head.children)

    def _next_paragraph(self, cue: Token) -> tuple[int, int] | None:
        """"The governor added:" closing its paragraph introduces the next paragraph, quoted or not."""
        sent = cue.sent
        last = [t for t in sent if not t.is_space]
        if not last or last[-1].text != ":" or cue.i > last[-1].i:
            return None
        line_end = self.text.find("\n", last[-1].idx)
        if line_end < 0 or self.text[last[-1].idx + 1:line_end].strip():
            return None
        para = self.para(line_end + 1)
        if para >= len(self.para_of_char) or self.para_of_char[para] <= last[-1].idx:
            return None
        start = self.para_of_char[para]
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        start, end = _strip(self.text, start, end)
        return (start, end) if end - start > 10 else None

    def _as_aside(self, cue: Token) -> bool:
        """"As Jane Roe noted, the bill ...", "..., as first reported by the Ledger": an "as" clause with a speech
        verb and no object of its own attributes the clause it modifies."""
        kids = list(cue.children)
        # "As Roe told the Ledger, ...": the object of these verbs is the addressee, not the words
        objects = ("ccomp", "xcomp") if cue.lemma_.lower() in ADDRESSEE_VERBS else ("dobj", "ccomp", "xcomp", "dative")
        return cue.dep_ == "advcl" and cue.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids) \
            and not any(c.dep_ in objects for c in kids) \
            and not self._topic_preposition(cue) and not self._quotation_right_after(cue)

    def _quotation_right_after(self, cue: Token) -> bool:
        """'... jabbing her finger as she said, “I am sick of it,” ...': a quotation opens right after the verb (past
        a comma or colon and its marks); that quotation is what was said, whatever the parser hung it on."""
        # past the addressee: 'as she told the Ledger, “...”'
        after = max([c.right_edge.i for c in cue.rights if c.dep_ in ("dobj", "dative")] + [cue.i])
        nxt = next((t for t in self.doc[after + 1:cue.sent.end] if not (t.text in (",", ":") or t.is_quote
                                                                        or t.is_space)), None)
        return nxt is not None and nxt.i > after + 1 and self.in_quote[nxt.i] >= 0

    def _topic_preposition(self, cue: Token) -> bool:
        """"even as advocates called for his dismissal", "as she spoke about the war": a preposition that
        introduces what was asked for or spoken about (data/prep_cue_verbs.txt, or "for"/"about") gives the verb
        content of its own."""
        pairs = lexicon.words("prep_cue_verbs")
        return any(c.dep_ == "prep" and (c.lower_ in ("for", "about") or f"{cue.lemma_.lower()} {c.lower_}" in pairs)
                   and any(o.dep_ in ("pobj", "pcomp") and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
                   for c in cue.children)

    def _postposed(self, cue: Token) -> bool:
        """"The deficit will grow, the budget office reported on Tuesday.": a cue with a subject of its own
        that closes the sentence after a comma, which the parser hung on the clause as a modifier."""
        doc = self.doc
        if cue.dep_ not in ("advcl", "conj") or cue.head.i > cue.i or cue.left_edge.i == 0:
            return False
        kids = list(cue.children)
        # "told reporters", "informed the board": the object of these verbs is the addressee, not the words
        objects = ("ccomp", "xcomp", "mark") if cue.lemma_.lower() in ADDRESSEE_VERBS else \
            ("dobj", "ccomp", "xcomp", "dative", "mark")
        if not any(c.dep_ == "nsubj" and self.in_quote[c.i] < 0 for c in kids) or any(c.dep_ in objects for c in kids):
            return False
        if doc[cue.left_edge.i - 1].text not in (",", "—", "–"):
            return False
        rest = [t for t in doc[cue.right_edge.i + 1:cue.sent.end] if not (t.is_punct or t.is_space)]
        return not rest

    def _closing_subject(self, cue: Token) -> Token | None:
        """"The deficit will grow, the office said this week." / "..., she said — a reversal": a cue and its
        subject closing the sentence after a comma, whatever the parser hung them on; the subject is returned."""
        doc = self.doc
        subjects = [c for c in cue.lefts if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        if not subjects:
            return None
        subj = subjects[-1]
        # the parser hung the cue on the clause before it, a verb of its own
        if cue.dep_ == "ROOT" or cue.head.i >= subj.left_edge.i or cue.head.pos_ not in ("VERB", "AUX"):
            return None
        if subj.left_edge.i < cue.sent.start + 4 or doc[subj.left_edge.i - 1].text not in (",", "—", "–", "--"):
            return None
        if any(t.dep_ not in ("aux", "neg", "advmod") for t in doc[subj.right_edge.i + 1:cue.i]):
            return None
        allowed = ("npadvmod", "prep", "advmod", "punct", "agent") + (
            ("dobj", "dative") if cue.lemma_.lower() in ADDRESSEE_VERBS else ())
        # a dash aside closing the sentence ("..., she said — a reversal") is left out of the check
        dash = next((t.i for t in doc[cue.i + 1:cue.sent.end] if t.text in ("—", "–", "--")), cue.sent.end)
        rights = [c for c in cue.rights if c.i < dash]
        if any(c.dep_ not in allowed for c in rights):
            return None
        # "said a lot", "wrote in “X”": an object or a quoted phrase is what was said, not an adjunct
        if any(c.dep_ == "npadvmod" and c.ent_type_ not in ("DATE", "TIME") or self.in_quote[c.right_edge.i] >= 0
               for c in rights):
            return None
        # "..., he should have insisted on ...": a hedged or hypothetical verb inside the content, not a report
        if cue.tag_ not in ("VBD", "VBZ", "VBP") or any(c.tag_ == "MD" for c in cue.children):
            return None
        last = max([c.right_edge.i for c in rights if c.dep_ != "punct"] + [cue.i])
        rest = [t for t in doc[last + 1:dash] if not t.is_space]
        if not all(t.is_punct and t.text != ":" for t in rest):
            return None
        return subj

    def _inverted_after_clause(self, cue: Token) -> Token | None:
        """"The plan appeals to older voters, said Maria Lopez, a pollster.": a verb after a comma with its subject
        after it closes the sentence; the parser took the clause's own subject for a second subject of the verb.
        The subject after the verb is returned."""
        doc = self.doc
        if cue.i < 3 or doc[cue.i - 1].text != "," or self.in_quote[cue.i] >= 0 or cue.tag_ not in ("VBD", "VBZ"):
            return None
        after = [c for c in cue.rights if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        before = [c for c in cue.lefts if c.dep_ == "nsubj"]
        if not after or not before or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
            return None
        rest = [t for t in doc[after[0].right_edge.i + 1:cue.sent.end] if not (t.is_punct or t.is_space)]
        return after[0] if not rest else None

    def _around(self, cue: Token, before: int | None = None) -> tuple[int, int] | None:
        """A parenthetical cue ("Biden, Rubio said, had been ..."): the clause around it is the content;
        a closing one ("..., the office reported"): the clause before its subject."""
        head = cue.head
        if before is not None:
            toks = [t for t in cue.sent if t.i < before and not t.is_space]
        else:
            # "The budget, she said, is balanced": the parser may hang the aside on the auxiliary
            while head.dep_ in ("aux", "auxpass") and head.head.i != head.i:
                head = head.head
            fronted = self._fronted_clause(cue)
            kept = {t.i for t in fronted.subtree} if fronted is not None else set()
            # "The budget, says Ann Doyle, is balanced": the parser gave the cue the clause's subject too
            subs = [c for c in cue.children if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
            if len(subs) > 1:
                speaker = self.subject(cue)
                kept |= {t.i for c in subs if c is not speaker for t in c.subtree}
            # "The reports covered many topics, the agency said, including wages": the sentence resumes after the aside
            resumed = {t.i for c in self._resumed_after_aside(cue) for t in c.subtree}
            skip = {t.i for t in cue.subtree} - kept - resumed
            toks = [t for t in head.subtree if t.i not in skip and t.sent == cue.sent]
            toks = sorted(toks + [self.doc[i] for i in kept if self.doc[i] not in toks], key=lambda t: t.i)
            left, right = min(skip), max(i for i in skip if not resumed or i < min(resumed))
            # an aside that opens or closes the clause: only the other side is content
            if all(t.is_punct for t in toks if t.i > right):
                toks = [t for t in toks if t.i < left]
            elif all(t.is_punct or t.dep_ == "cc" for t in toks if t.i < left):
                toks = [t for t in toks if t.i > right]
            else:
                # '“Follow us,” Ms. Gil said, and the boys trailed behind', '“Too much hate,” she said, blaming the
                # mayor': unquoted words after a quotation and its cue are the writer's narration, not the rest of
                # the quotation
                after = [t for t in toks if t.i > right and not t.is_punct]
                before = [t for t in toks if t.i < left and not t.is_punct]
                if after and before and all(self.in_quote[t.i] >= 0 for t in before) \
                        and not any(self.in_quote[t.i] >= 0 for t in after):
                    toks = [t for t in toks if t.i < left]
                elif fronted is None and self._occasion_before_quotation(before, after):
                    toks = [t for t in toks if t.i > right]
        while toks and toks[-1].is_punct and self.in_quote[toks[-1].i] < 0:
            toks.pop()
        if len(toks) < 4:
            return None
        start, end = _strip(self.text, toks[0].idx, toks[-1].idx + len(toks[-1]))
        k = self.in_quote[toks[0].i]
        if k >= 0:
            start = min(start, self.segments[k].start)
        return (start, end) if end - start > 3 else None

    def _occasion_before_quotation(self, before: list[Token], after: list[Token]) -> bool:
        """'When Roe was asked about the vote, he said, “Stop it.”', 'Asked why, she said, “...”': an unquoted
        adverbial clause before the cue, then a quotation: the clause narrates the occasion; the quotation alone is
        what was said. A conditional or concessive clause (data/fronted_clause_marks.txt) stays, and so does the start
        of the quoted clause ('There was, she said, “a bargain.”', 'The budget, she said, “is balanced.”')."""
        words = [t for t in before if not t.is_punct]
        if not (after and words) or not all(self.in_quote[t.i] >= 0 for t in after) \
                or any(self.in_quote[t.i] >= 0 for t in words) \
                or words[0].lower_ in lexicon.words("fronted_clause_marks"):  # "If X, he said, “...”": see there
            return False
        # a clause hung on a word of the quotation (the parser's label varies: advcl, csubj, ccomp), not the
        # quotation's own head
        return any(t.pos_ in ("VERB", "AUX") and t.head.i > words[-1].i and t.head.i != t.i
                   and all(w in t.subtree for w in words) for t in words)

    def _resumed_after_aside(self, cue: Token) -> list[Token]:
        """"The bridge was safe, said Ann Doyle, but the tunnel needed work", "..., the agency said, including
        wages", "..., he said, because farmers ...": a cue set off by commas after the start of an unquoted clause
        is an aside; what the parser hung on it after the comma closing the aside (a clause with a subject of its
        own, a participle preposition, a clause opened by data/resumed_clause_marks.txt) carries the reported
        sentence on. Not a second act of saying ("adding ..."), a source ("according to") or a time."""
        doc = self.doc
        subj = next((c for c in cue.lefts if c.dep_ == "nsubj" and c.right_edge.i == cue.i - 1), None)
        comma = (subj.left_edge.i if subj is not None else cue.i) - 1
        # the clause before the aside is unquoted ('“...,” he said, because ...' is the writer's narration)
        if comma < 2 or doc[comma].text != "," or self.in_quote[cue.i] >= 0 or self.in_quote[comma - 1] >= 0 \
                or doc[comma - 1].is_quote:
            return []
        marks = lexicon.words("resumed_clause_marks")
        out = []
        for c in cue.rights:
            start = c.left_edge.i  # ", but the tunnel ...": the parser may hang the conjunction on the cue
            while doc[start - 1].dep_ == "cc" and doc[start - 1].head == cue:
                start -= 1
            if doc[start - 1].text != "," or self.in_quote[c.i] >= 0 or self.is_cue(c) \
                    or c.ent_type_ in ("DATE", "TIME") or c.lower_ == "according":
                continue
            # the words between the cue and the comma are the aside's own: its subject, adverbs, addressee
            if any(t.dep_ not in ("nsubj", "advmod", "npadvmod", "dobj", "dative", "punct", "compound", "det", "amod",
                                  "prep", "pobj", "poss", "appos", "case", "flat")
                   for t in doc[cue.i + 1:start - 1]):
                continue
            clause = c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(x.dep_ in SUBJECTS for x in c.children)
            participle = c.dep_ == "prep" and c.tag_ == "VBG"
            marked = c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
            if clause or participle or marked:
                out.append(c)
        return out

    def _fronted_clause(self, cue: Token) -> Token | None:
        """"Though the move was smooth, he said, replacing her would be harder": a finite conditional, concessive or
        causal clause (data/fronted_clause_marks.txt) that opens the sentence, right before the subject of a cue set
        off by commas, belongs to the reported sentence; the parser hung it on the cue."""
        doc = self.doc
        subs = [c for c in cue.lefts if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        after = cue.i + 1
        if not subs or after >= len(doc) or doc[after].text != "," or cue.i - subs[0].right_edge.i > 3:
            return None
        for c in cue.lefts:
            if c.dep_ == "advcl" and c.right_edge.i + 2 == subs[0].left_edge.i and doc[c.right_edge.i + 1].text == "," \
                    and c.left_edge.i == cue.sent.start and self.in_quote[c.i] < 0 \
                    and any(x.dep_ in SUBJECTS + ("expl",) for x in c.children) \
                    and any(m.dep_ == "mark" and m.lower_ in lexicon.words("fronted_clause_marks") for m in c.children):
                return c
        return None

    def _own_cue(self, t: Token) -> bool:
        """A complement that is itself an outlet's parenthetical ("..., The Hill reports"); not a quoted clause
        ('"He didn't report the loans," he said')."""
        return (t.lemma_.lower() in lexicon.report_verbs() and t.pos_ == "VERB" and self.in_quote[t.i] < 0
                and not any(c.dep_ in ("ccomp", "mark") for c in t.children)
                and any(c.dep_ == "nsubj" for c in t.children))

    # ---- speakers ----------------------------------------------------------------------------------
    def speaker(self, tok: Token | None) -> Ref | None:
        if tok is None:
            return None
        listed = self._listed_members(tok)
        if listed is not None:
            return listed
        head = self._one_speaker(tok)
        conjuncts = [c for c in tok.conjuncts if c.i > tok.i and self.in_quote[c.i] < 0 and c.sent == tok.sent]
        if head is None or not conjuncts or tok.dep_ not in SUBJECTS:
            return head
        return self._group(head, conjuncts)

    def _listed_members(self, tok: Token) -> Ref | None:
        """"The three scholars -- Roe, Lee and Poe -- agreed", "Both senators, Jo Marsh and Tom Riddick, said": a
        plural noun whose apposition lists people speaks as all of them, not as the first one listed."""
        if tok.tag_ not in ("NNS", "NNPS"):
            return None
        for a in tok.children:
            if a.dep_ != "appos" or self.in_quote[a.i] >= 0:
                continue
            first = self._one_speaker(a)
            members = [c for c in a.conjuncts if c.i > a.i and self.in_quote[c.i] < 0 and c.sent == tok.sent]
            # only a list of names: "hopefuls, Jo Roe and Al Lee, as examples of runs blessed by courts and ..."
            if first is not None and first.id and members and all(self._named_person(c) for c in members):
                return self._group(first, members)
        return None

    def _group(self, head: Ref, conjuncts: list[Token]) -> Ref:
        """"Smith and Jones said", "Smith and others said": a coordinated subject speaks as a group,
        named by all its members (each resolved to a full name when it is a known person)."""
        names = [head.name]
        for c in conjuncts:
            ref = self._apposed_name(c) or self._one_speaker(c)
            if ref is None:
                if c.lower_ in PRONOUNS or c.pos_ == "PRON" and c.lower_ not in ("others", "another"):
                    return head
                words = [t for t in self.doc[c.left_edge.i:c.right_edge.i + 1] if not t.is_punct]
                if not words or len(words) > 8:
                    return head
                ref = Ref(name=self.text[words[0].idx:words[-1].idx + len(words[-1])])
            if ref.name not in names:
                names.append(ref.name)
        if len(names) == 1:
            return head
        name = ", ".join(names[:-1]) + " and " + names[-1]
        return Ref(name=name, is_group=True)

    def _apposed_name(self, conjunct: Token) -> Ref | None:
        """"Roe and his deputy, Jo Park, said": the name set off right after an unnamed conjunct is that conjunct's,
        wherever the parser hung it (often on the first conjunct)."""
        if conjunct.i in self.index.by_token:
            return None
        comma = conjunct.right_edge.i + 1
        if comma + 1 >= len(self.doc) or self.doc[comma].text != ",":
            return None
        for t in self.doc[comma + 1:min(len(self.doc), comma + 6)]:
            if t.dep_ == "appos" and t.left_edge.i == comma + 1 and self.in_quote[t.i] < 0:
                person = self.index.by_token.get(t.i)
                return self.index.ref(person) if person is not None else None
        return None

    def _one_speaker(self, tok: Token) -> Ref | None:
        index = self.index
        # "the campaign chief, Paul Manafort"; a person in a compound is an owner ("a Clinton aide", "Trump fans")
        candidates = [tok] + [c for c in tok.children if c.dep_ == "appos"]
        for c in candidates:
            person = index.by_token.get(c.i) or index.surname_person(c)
            if person is not None:
                return index.ref(person)
        if tok.lower_ in PRONOUNS:
            unnamed = self._unnamed_antecedent(tok)
            if unnamed is not None:
                return self._one_speaker(unnamed)
            person = index.person_at(tok)
            if person is not None:
                return index.ref(person)
            last = self.last_speaker
            # the previous quotation's speaker, unless known to be of the other gender
            if last is not None and last.id and index.gender.get(last.id, PRONOUNS[tok.lower_]) == PRONOUNS[tok.lower_]:
                return last
            return None
        if tok.lower_ in ("they", "it") and tok.dep_ in SUBJECTS:
            return self._group_antecedent(tok)
        group = self._quantified_group(tok)
        if group is not None:
            return group
        if tok.lower_ in NOT_SPEAKERS or tok.pos_ == "PRON":
            return None
        org = index.org_at(tok)
        if org is not None:
            return Ref(name=org.name, is_group=True)
        author = self._author_of(tok)
        if author is not None:
            return author
        # "even a top strategist": a focus adverb before the article is not part of the description
        words = [t for t in self.doc[tok.left_edge.i:tok.i + 1] if t.dep_ not in ("det", "preconj") and not t.is_punct
                 and not (t.dep_ == "advmod" and t.i < tok.i and t.head == tok and t.pos_ == "ADV")]
        # "a spokesman for the campaign": keep the owner, it names who speaks
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("for", "of"):
                words += [t for t in child.subtree if t.dep_ != "det" and not t.is_punct]
                break
        if len(words) > 8:  # a long owner phrase: keep the head's own words
            words = [t for t in self.doc[tok.left_edge.i:tok.i + 1]
                     if t.dep_ not in ("det", "preconj") and not t.is_punct]
        if not words or len(words) > 8:
            return None
        name = self.text[words[0].idx:words[-1].idx + len(words[-1])]
        if not name or "\n" in name:
            return None
        return Ref(name=name, is_group=tok.tag_ in ("NNS", "NNPS"))

    def _unnamed_antecedent(self, tok: Token, hops: int = 3) -> Token | None:
        """"A company spokesman said the firm had paid. He said ...": a he/she subject right after a sentence whose
        main subject is an indefinite role noun ("a spokesman", "one delegate") points to that unnamed person (a
        new one, not someone named earlier), unless a person is named before the pronoun in its own sentence."""
        doc, index = self.doc, self.index
        if tok.dep_ not in SUBJECTS or tok.sent.start == 0 or hops == 0:
            return None
        if any(i in index.by_token and i not in index.excluded for i in range(tok.sent.start, tok.i)):
            return None
        prev = doc[tok.sent.start - 1].sent
        while prev.start > 0 and all(t.is_punct or t.is_space for t in prev):  # a stray closing mark
            prev = doc[prev.start - 1].sent
        subs = [c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass") and self.in_quote[c.i] < 0]
        if not subs:
            return None
        s = subs[0]
        if s.lower_ == tok.lower_:  # "He added ... He also said": the chain goes on
            return self._unnamed_antecedent(s, hops - 1)
        gendered = FEMALE_ROLE_WORDS if PRONOUNS[tok.lower_] == "m" else MALE_ROLE_WORDS
        if s.pos_ != "NOUN" or s.tag_ != "NN" or s.i in index.by_token or s.lower_ in gendered \
                or s.lemma_.lower() not in lexicon.role_nouns():
            return None
        indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in s.children)
        return s if indefinite else None

    def _author_of(self, tok: Token) -> Ref | None:
        """"an analysis by the Pew Research Center", "a poll by Gallup": a thing made by a named person or
        organisation speaks through its maker."""
        if tok.pos_ != "NOUN" or self._names_people(tok) or tok.lemma_.lower() in lexicon.role_nouns():
            return None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                for o in prep.children:
                    if o.dep_ == "pobj" and self.in_quote[o.i] < 0 and (
                            o.i in self.index.by_token or self.index.org_at(o) is not None):
                        return self._one_speaker(o)
        return None

    def _group_antecedent(self, tok: Token) -> Ref | None:
        """"Local officials met on Monday. They said ...": "they" speaks for the nearest earlier plural
        subject that names people (a group noun, a role noun, a coordination of names, an organisation's
        members); "it" for the nearest earlier subject that is an organisation. Same sentence first, then
        up to two sentences back; never a word inside a quotation."""
        doc = self.doc
        plural = tok.lower_ == "they"
        sents = [(tok.sent.start, tok.i)]
        start = tok.sent.start
        for _ in range(2):
            if start <= 0:
                break
            prev = doc[start - 1].sent
            sents.append((prev.start, prev.end))
            start = prev.start
        for lo, hi in sents:
            cands = [t for t in doc[lo:hi] if t.dep_ in ("nsubj", "nsubjpass") and self.in_quote[t.i] < 0
                     and t.pos_ != "PRON" and (self._names_people(t) if plural else self._is_org(t))]
            if cands:
                # same sentence: the closest; an earlier sentence: its first (main) subject
                cand = cands[-1] if lo == tok.sent.start else cands[0]
                return self.speaker(cand)
        return None

    def _names_people(self, tok: Token) -> bool:
        if tok.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in tok.children):
            return False
        if any(c.dep_ == "conj" and c.i in self.index.by_token for c in tok.children) and tok.i in self.index.by_token:
            return True
        lemma = tok.lemma_.lower()
        return lemma in lexicon.words("group_nouns") or lemma in lexicon.role_nouns() or tok.ent_type_ == "NORP"

    def _is_org(self, tok: Token) -> bool:
        if tok.tag_ in ("NNS", "NNPS"):
            return False
        return self.index.org_at(tok) is not None or tok.lemma_.lower() in lexicon.words("it_antecedents")

    def _quantified_group(self, tok: Token) -> Ref | None:
        """"Some of her allies", "those surveyed", "one in five voters", "one of the prosecutors": a
        quantifier or demonstrative head names a group only with its restriction, so the whole phrase is
        the speaker; alone ("some said", "one said") it only points back, and stays unresolved."""
        if tok.lower_ not in QUANTIFIERS and tok.pos_ != "NUM":
            return None
        restricted = any(c.dep_ == "prep" and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
                         or c.dep_ in ("acl", "relcl", "amod") for c in tok.children)
        if not restricted:
            return None
        # "Even those who ...": a focus adverb before a pronoun is not part of the group's name (before a number it
        # is: "About one in five")
        words = [t for t in self.doc[tok.left_edge.i:tok.right_edge.i + 1] if not t.is_space
                 and not (t.dep_ == "advmod" and t.head == tok and t.i < tok.i and t.pos_ == "ADV"
                          and tok.pos_ in ("PRON", "DET"))]
        # "one of those advisers, who spoke on condition ...", "One of the doctors who signed the letter called":
        # an aside after a comma describes the group, and a speech verb the parser hung inside the phrase ends it
        end = next((k for k, t in enumerate(words) if t.i > tok.i and (t.text == "," or self.is_cue(t))), len(words))
        words = words[:end]
        while words and (words[-1].is_punct or words[-1].dep_ == "punct" or words[-1].lower_ in RELATIVE):
            words.pop()
        if [t.i for t in words] == [tok.i]:  # "someone who said": the restriction was the cue's own clause
            return None
        if not words or len(words) > 14 or any(self.in_quote[t.i] >= 0 and not self._quoted_name(t) for t in words) \
                or any(t.sent != tok.sent for t in words):
            return None
        name = self.text[words[0].idx:words[-1].idx + len(words[-1])]
        return Ref(name=name, is_group=True) if "\n" not in name else None

    def _quoted_name(self, t: Token) -> bool:
        """A word of a short capitalised quotation inside a noun phrase, a name ('the “Never Again” movement')."""
        seg = self.segments[self.in_quote[t.i]]
        words = self.text[seg.start:seg.end].split()
        return 0 < len(words) <= 4 and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words)

    # ---- sourcing ----------------------------------------------------------------------------------
    def sourcing(self, cue: Token, span: tuple[int, int], speaker_tok: Token | None) -> tuple[str | None, str | None]:
        """Addressee and medium: people and outlets among the cue's own dependents (not in the content)."""
        addressee = medium = None
        skip = set(speaker_tok.subtree) if speaker_tok is not None else set()
        for t in cue.subtree:
            if t in skip or span[0] <= t.idx < span[1] or self.in_quote[t.i] >= 0:
                continue
            if t.sent != cue.sent:
                continue
            org = self.index.org_at(t)
            if org is not None and org.kind == "media" and medium is None:
                medium = org.name
            person = self.index.by_token.get(t.i)
            if person is not None and addressee is None and t.dep_ in ("dobj", "dative", "pobj", "compound",
                                                                      "appos"):
                path_ok = t.head == cue or t.head.head == cue or t.dep_ == "compound" or t.head.dep_ in (
                    "dobj", "xcomp", "pobj")
                if path_ok and (speaker_tok is None or self.index.by_token.get(speaker_tok.i) is not person):
                    addressee = person.name
        return addressee, medium

    # ---- passes ------------------------------------------------------------------------------------
    def _cue(self, cue: Token) -> None:
        if cue.lower_ == "according":
            self._according(cue)
            return
        inverted = self._inverted_aside(cue)
        if inverted is not None:  # "The plan, said Ann Doyle, would fail": the clause on both sides of the aside
            name, first, second = inverted
            self._emit(first, cue, cue.text, self.speaker(name), None, None, extra=second)
            return
        span = self.content(cue)
        subj = self.subject(cue)
        if span is None:
            if subj is not None and self.index.org_at(subj) is not None and cue.lemma_.lower() in \
                    lexicon.report_verbs() and self.index.org_at(subj).kind == "media":
                self.reporters[cue.sent.start] = self.index.org_at(subj).name
            return
        # "Polls did predict it - Jo Roe: “...”": a name of its own introduces the quotation, not the cue
        if self._attributed_after(span, cue) or self._dash_name_colon(self._before(span[0]), cue.i):
            return
        # "The Hill reports that X said ...": the outlet reports a quotation; keep the inner one
        org = self.index.org_at(subj) if subj is not None else None
        # "..., the Daily Ledger reports.": an outlet's parenthetical after the clause passes a fact on
        if org is not None and org.kind == "media" and cue.lemma_.lower() in lexicon.report_verbs() \
                and span[1] <= cue.idx and self.in_quote[cue.i] < 0 and not self._inside_segment(span):
            self.reporters[cue.sent.start] = org.name
            return
        if org is not None and org.kind == "media" and any(
                self.is_cue(t) and t.i != cue.i and (t.lower_ == "according" or self.content(t) is not None)
                for t in doc_range(self.doc, span)):
            for t in doc_range(self.doc, span):
                self.reporters.setdefault(t.sent.start, org.name)
            return
        # "Lee said the law was worth a look because “few know it,” she said": a cue after a clause that holds an
        # earlier cue of the same speaker with its quotation repeats that attribution
        speaker = self.speaker(subj)
        if speaker is not None and speaker.id and any(
                t.i < cue.i and t.i in self.cue_quote and self.found[self.cue_quote[t.i]].speaker is not None
                and self.found[self.cue_quote[t.i]].speaker.id == speaker.id for t in doc_range(self.doc, span)):
            return
        if speaker is None:
            speaker = self._earlier_quotation_speaker(cue)
        addressee, medium = self.sourcing(cue, span, subj)
        self._emit(span, cue, cue.text, speaker, addressee, medium)
        pronoun = self._relative_pronoun(cue)
        if pronoun is not None and self.found and self.found[-1].cue is cue:
            self._with_pronoun(self.found[-1], pronoun)

    def _bare_participle(self, cue: Token) -> bool:
        return cue.tag_ == "VBG" and not any(c.dep_ in SUBJECTS for c in cue.children)

    def _earlier_quotation_speaker(self, cue: Token) -> Ref | None:
        """'“It is done,” adding, “...”': a participle with no subject right after a quotation (the model began a
        sentence inside the marks) is a second act of that quotation's speaker."""
        if not self._bare_participle(cue) or not self._follows_quotation(cue):
            return None
        i = cue.i - 1
        while i >= 0 and self.in_quote[i] < 0:
            i -= 1
        k = self.segments[self.in_quote[i]].quote
        return self.found[k].speaker if k is not None else None

    def _inverted_aside(self, cue: Token) -> tuple[Token, tuple[int, int], tuple[int, int]] | None:
        """"The contrast, said Ann Doyle and others, would be clear": an inverted cue between commas inside a clause;
        the parser takes the clause's subject for the cue's and the name after the cue for the subject of the rest.
        The name and the two pieces of the clause around the aside are returned."""
        doc = self.doc
        if self.in_quote[cue.i] >= 0 or cue.i < 2 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ"):
            return None
        before = [c for c in cue.lefts if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        rest = next((c for c in cue.rights if c.dep_ == "ccomp" and self.in_quote[c.i] < 0), None)
        if not before or rest is None or any(c.dep_ in ("mark",) for c in rest.children):
            return None
        name = next((c for c in rest.children if c.dep_ == "nsubj" and c.left_edge.i == cue.i + 1), None)
        if name is None or not (self._named_person(name) or name.pos_ == "PROPN"):
            return None
        comma = name.right_edge.i  # the comma closing the aside, which the parser may hang on the name
        while comma > name.i and doc[comma].is_punct:
            comma -= 1
        comma += 1
        if comma + 1 > rest.right_edge.i or doc[comma].text != ",":
            return None
        lo, hi = before[0].left_edge.i, rest.right_edge.i
        while hi > lo and doc[hi].is_punct and self.in_quote[hi] < 0:
            hi -= 1
        first = _strip(self.text, doc[lo].idx, doc[cue.i - 1].idx)
        second = _strip(self.text, doc[comma].idx + 1, doc[hi].idx + len(doc[hi]))
        return (name, first, second) if first[1] - first[0] > 3 and second[1] - second[0] > 3 else None

    def _aside_sides(self, before: list[Token], after: list[Token], cue: Token,
                     src: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """"The plan, according to two aides, would cut taxes": a comma-delimited aside inside the clause;
        the content is the clause on both sides of it (two spans)."""
        doc = self.doc
        if len([t for t in before if not t.is_punct]) < 2 or len([t for t in after if not t.is_punct]) < 2:
            return None
        if cue.i == 0 or doc[cue.i - 1].text != "," or src.right_edge.i + 1 >= len(doc) \
                or doc[src.right_edge.i + 1].text != ",":
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in before):  # a full clause before: the aside closes it
            return None
        first = _strip(self.text, before[0].idx, before[-1].idx + len(before[-1]))
        second = _strip(self.text, after[0].idx, after[-1].idx + len(after[-1]))
        return first, second

    def _inside_segment(self, span: tuple[int, int]) -> bool:
        """The span is mostly quoted words (a direct quotation an outlet passes on stays a quotation)."""
        quoted = sum(max(0, min(span[1], s.end) - max(span[0], s.start)) for s in self.segments)
        return quoted >= 0.5 * (span[1] - span[0])

    def _according(self, cue: Token) -> None:
        doc = self.doc
        to = doc[cue.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] or [c for c in cue.children if c.dep_ == "pobj"]
        if not objs:
            return
        src = objs[0]
        # the content is the rest of the sentence on the larger side of the "according to" phrase
        phrase = set(range(cue.left_edge.i, max(src.right_edge.i, to.i) + 1))
        lo, hi = self._brackets_around(cue.i, cue.sent)
        toks = [t for t in cue.sent if t.i not in phrase and not t.is_space and lo < t.i < hi]
        if not toks:
            return
        # the content is the clause on one side of the "according to" phrase
        before = [t for t in toks if t.i < cue.i]
        after = [t for t in toks if t.i > src.right_edge.i]
        side = self._according_side(before, after)
        if not side:
            return
        start, end = _strip(self.text, side[0].idx, side[-1].idx + len(side[-1]))
        if end - start < 10:
            return
        aside = self._aside_sides(before, after, cue, src)
        if aside is not None and not any(self.is_cue(t) for t in before + after):
            self._emit(aside[0], cue, "according to", self.speaker(src), None, None, extra=aside[1])
            return
        # '“...,” Roe said at a rally, according to the Ledger': the source passed on the quotation that the clause
        # attributes; the clause is no statement of its own
        if self._attributes_quotation_before(side):
            org = self.index.org_at(src)
            if org is not None and org.kind == "media":
                self.reporters[cue.sent.start] = org.name
            return
        # "according to X, Y said ...": Y's words, X passed them on
        if any(self.is_cue(t) and (t.lower_ == "according" or self.content(t) is not None) for t in side):
            org = self.index.org_at(src)
            if org is not None and org.kind == "media":
                self.reporters[cue.sent.start] = org.name
                return
            # "according to the documents, developers say ...": a source that is not an outlet vouches for
            # the whole clause, the inner speaker's words included (both are attributions)
        self._emit((start, end), cue, "according to", self.speaker(src), None, None)

    def _brackets_around(self, i: int, sent: Span) -> tuple[int, int]:
        """"... his claim (the real figure is 15 percent, according to the audit).": an attribution inside brackets
        speaks for the bracketed words only. The token indices of the brackets around token i, else the bounds
        of its sentence."""
        doc = self.doc
        marks = [t.i for t in doc[sent.start:sent.end] if t.text in ("(", ")") and self.in_quote[t.i] < 0]
        opening = next((j for j in reversed(marks) if j < i), None)
        if opening is None or doc[opening].text != "(":
            return sent.start - 1, sent.end
        closing = next((j for j in marks if j > i), None)
        if closing is None or doc[closing].text != ")":
            return sent.start - 1, sent.end
        return opening, closing

    def _according_side(self, before: list[Token], after: list[Token]) -> list[Token]:
        """The side of an "according to X" phrase that holds the statement: the one with a clause of its own, a
        subject and its verb ("Roe leads by 15 points, according to the poll, and has a lead in Ohio": before;
        "..., because, according to Roe, the media would ...": after, the side before ends on a subordinator);
        else the larger side."""
        words = [t for t in before if not t.is_punct]
        if words and (words[-1].dep_ in ("mark", "cc") or words[-1].lower_ in COMPLEMENTIZERS):
            return after
        clause_before, clause_after = self._has_clause(before), self._has_clause(after)
        if clause_before != clause_after:
            return before if clause_before else after
        return after if len(after) >= len(before) else before

    @staticmethod
    def _has_clause(toks: list[Token]) -> bool:
        """A subject and its verb among the tokens, not in a relative or adverbial clause ("..., where Roe spoke")."""
        inside = {t.i for t in toks}
        return any(t.dep_ in SUBJECTS + ("expl",) and t.head.i in inside and t.head.pos_ in ("VERB", "AUX")
                   and t.head.dep_ not in ("relcl", "acl", "advcl") for t in toks)

    def _attributes_quotation_before(self, clause: list[Token]) -> bool:
        """The clause right after a closing quotation mark is nothing but a speech verb, its subject and adjuncts
        ('“...,” Roe said at a rally'): it attributes that quotation."""
        i = self._before(clause[0].idx)
        if i < 0 or not any(i <= seg.end <= clause[0].idx for seg in self.segments):
            return False
        words = [t for t in clause if not (t.is_punct or t.is_space)]
        return any(self.is_cue(t) and t.lower_ != "according" and self.content(t) is None
                   and any(c.dep_ == "nsubj" and c in clause for c in t.children)
                   and all(w in t.subtree for w in words) for t in clause)

    def _emit(self, span: tuple[int, int], cue: Token | None, cue_text: str | None, speaker: Ref | None,
              addressee: str | None, medium: str | None, extra: tuple[int, int] | None = None) -> None:
        start, end = span
        # an embedded post's signature closing the span ("... — Jane Roe (@janeroe) May 1, 2016</tweet>.")
        sig = EMBED_SIGNATURE.search(self.text, start, end)
        if sig is not None and sig.start() - start > 3:
            start, end = _strip(self.text, start, sig.start())
        inside = [k for k, s in enumerate(self.segments) if s.start < end and s.end > start and s.quote is None]
        quoted = sum(min(end, self.segments[k].end) - max(start, self.segments[k].start) for k in inside)
        if inside and quoted >= 0.8 * (end - start):
            kind = "direct"
            spans = [[self.segments[k].start, self.segments[k].end] for k in inside]
        else:
            kind = "mixed" if inside else "indirect"
            spans = self._without_parenthetical(start, end, cue) + ([list(extra)] if extra is not None else [])
        for other in self.found:  # a clause already claimed by another cue (nested speech verbs)
            if other.spans[0][0] <= spans[0][0] and other.spans[-1][1] >= spans[-1][1] and other.cue is not None \
                    and cue is not None and other.cue.sent == cue.sent and other.type == kind == "direct":
                return
        f = Found(spans=spans, type=kind, cue=cue, cue_text=cue_text, speaker=speaker,
                  addressee=addressee, medium=medium, segments=inside)
        for k in inside:
            self.segments[k].quote = len(self.found)
        if cue is not None:
            self.cue_quote[cue.i] = len(self.found)
        self.found.append(f)

    def _without_parenthetical(self, start: int, end: int, cue: Token | None) -> list[list[int]]:
        """"Many of the closures, he said, have involved ...": the attribution inside the clause is not part
        of what was said; the content is the two pieces around it."""
        if cue is None or not start < cue.idx < end:
            return [[start, end]]
        doc = self.doc
        # the cue's own subject next to it: "..., he said, ..." or inverted "..., says Ann Doyle, ..."
        subs = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
        first = cue.i  # "Mr. Roe often says": the cue's adverbs and auxiliaries sit between
        while first - 1 >= 0 and doc[first - 1].head == cue and doc[first - 1].dep_ in ("advmod", "neg", "aux"):
            first -= 1
        before = [c for c in subs if c.i < cue.i and c.right_edge.i >= first - 1]
        after = [c for c in subs if c.i > cue.i and c.left_edge.i == cue.i + 1]
        lo, hi = (before[-1].left_edge.i if before else cue.i), cue.i
        if not before and after:
            hi = after[0].right_edge.i
            while hi > cue.i and doc[hi].is_punct:
                hi -= 1
        while hi + 1 < len(doc) and doc[hi + 1].dep_ in ("advmod", "npadvmod") and doc[hi + 1].head == cue:
            hi += 1
        if lo == 0 or hi + 1 >= len(doc) or doc[lo - 1].text not in (",", "—", "–") \
                or doc[hi + 1].text not in (",", "—", "–"):
            return [[start, end]]
        first = _strip(self.text, start, doc[lo - 1].idx)
        second = _strip(self.text, doc[hi + 1].idx + 1, end)
        pieces = [list(p) for p in (first, second) if p[1] - p[0] > 1]
        return pieces or [[start, end]]

    def _media_context(self) -> None:
        """"X wrote a blog post for the New English Review. X said that ...": a quotation without a medium
        of its own takes the outlet its speaker was just writing for or talking to (same or previous
        paragraph)."""
        contexts: list[tuple[int, str, str]] = []  # (char, person id, medium)
        for t in self.doc:
            org = self.index.org_at(t)
            if org is None or org.kind != "media" or self.in_quote[t.i] >= 0:
                continue
            verb = t
            for _ in range(4):
                if verb.pos_ == "VERB" or verb.head.i == verb.i:
                    break
                verb = verb.head
            subj = self.subject(verb) if verb.pos_ == "VERB" else None
            ref = self.speaker(subj) if subj is not None else None
            if ref is not None and ref.id:
                contexts.append((t.idx, ref.id, org.name))
        if not contexts:
            return
        for f in self.found:
            if f.medium is not None or f.speaker is None or not f.speaker.id:
                continue
            para = self.para(f.spans[0][0])
            prior = [c for c in contexts if c[1] == f.speaker.id and c[0] < f.spans[0][0]
                     and para - 1 <= self.para(c[0]) <= para]
            if prior:
                f.medium = prior[-1][2]

    def _reported_by(self) -> None:
        for f in self.found:
            if f.cue is not None and f.cue.sent.start in self.reporters and f.reported_by is None:
                f.reported_by = self.reporters[f.cue.sent.start]

    def _statement_like(self, seg: Segment) -> bool:
        text = self.text[seg.start:seg.end]
        words = text.split()
        if len(words) >= 4:
            return True
        if len(words) >= 2 and text.rstrip()[-1:] in ".,!?":
            return True
        # '"Absolutely," he said': a one-word answer standing as its own sentence before a cue; 'he said,
        # "Probably."': one after a cue and a comma or colon
        if len(words) == 1 and text.rstrip()[-1:] in ".!?":
            i = self._before(seg.start)
            if i >= 0 and self.text[i] in ",:" and self._adjacent_cue(seg) is not None:
                return True
        return len(words) == 1 and text.rstrip()[-1:] in ",!?" and self._new_sentence(seg) \
            and self._cue_follows(seg)

    def _cue_follows(self, seg: Segment) -> bool:
        span = self.doc.char_span(seg.start, seg.end, alignment_mode="expand")
        if span is None:
            return False
        nxt = [t for t in self.doc[span.end:span.end + 4] if not t.is_punct and not t.is_quote]
        return any(self.is_cue(t) for t in nxt[:3])

    def _standalone(self, seg: Segment) -> bool:
        """Starts its sentence, or follows a colon or a comma (not a word of the clause around it)."""
        i = self._before(seg.start)
        return i < 0 or self.text[i] in "\n.:,;!?—–-" or self._cue_right_before(seg) is not None

    def _cue_right_before(self, seg: Segment) -> Token | None:
        """'He ended the speech by saying “Too many.”': a speech verb right before the opening mark, with no comma,
        introduces the quotation as its object."""
        i = self._before(seg.start)
        if i < 0 or not self.text[i].isalpha():
            return None
        span = self.doc.char_span(i, i + 1, alignment_mode="expand")
        if span is None or len(span) != 1:
            return None
        t = span[0]
        ok = self.is_cue(t) and t.lower_ != "according" and t.i not in self.cue_quote
        return t if ok else None

    def _introducing_cue(self, seg: Segment) -> Token | None:
        """A speech verb right before the comma or colon that opens the quotation ("adding: “...”")."""
        j = self._before(seg.start)
        if j < 1 or self.text[j] not in ",:":
            return None
        span = self.doc.char_span(j, j + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        t = self.doc[span.start - 1]
        return t if self.is_cue(t) and t.lower_ != "according" and t.i not in self.cue_quote else None

    def _second_act(self, t: Token, cue: Token) -> bool:
        """t is a speech verb hung on the cue through a preposition or a clause ("said before adding", "said,
        adding"), not through a noun ("told a woman who suggested"): a second act of saying by the same speaker."""
        if t.i == cue.i or not self.is_cue(t) or t.lower_ == "according":
            return False
        node = t.head
        while node.i != cue.i:
            if node.pos_ in ("NOUN", "PROPN", "PRON") or node.head.i == node.i:
                return False
            node = node.head
        return True

    def _before(self, pos: int) -> int:
        """Position of the last character before `pos` that is neither a space nor a quote mark."""
        i = pos - 1
        while i >= 0 and (self.text[i] in "“”\"'«»‘’" or self.text[i].isspace() and self.text[i] != "\n"):
            i -= 1
        return i

    def _adjacent_cue(self, seg: Segment) -> Token | None:
        """A speech verb right after the closing mark ("...," Smith said / "...?" said Smith) or right
        before the opening one (Smith said, "..." / Smith said: "..."), in the same paragraph."""
        doc = self.doc
        span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
        if span is None:
            return None
        i, steps = span.end, 0
        while i < len(doc) and steps < 10:
            t = doc[i]
            if "\n" in t.text or (self.in_quote[t.i] >= 0 and t.i >= span.end) or (
                    steps > 0 and t.text in (".", "!", "?", ";")):
                break
            if t.text in ("“", '"', "«") and steps > 1:
                break
            if self.is_cue(t) and t.lower_ != "according" and t.i not in self.cue_quote:
                return t
            i += 1
            steps += 1
        before = self._cue_right_before(seg)
        if before is not None:
            return before
        j = self._before(seg.start)
        if j >= 0 and self.text[j] in ",:":
            i, steps = span.start - 1, 0
            while i >= 0 and steps < 12:
                t = doc[i]
                if "\n" in t.text or t.text in (".", "!", "?", ";") or self.in_quote[t.i] >= 0:
                    break
                if self.is_cue(t) and t.lower_ != "according" and t.i not in self.cue_quote:
                    return t
                i -= 1
                steps += 1
        return None

    def _leftovers(self) -> None:
        doc = self.doc
        extended: set[int] = set()  # indirect quotations a quoted sentence was added to
        order = sorted(range(len(self.segments)), key=lambda k: self.segments[k].start)
        for k in order:
            seg = self.segments[k]
            if seg.quote is not None:
                continue
            if not self._statement_like(seg) or not self._standalone(seg):
                continue
            span = doc.char_span(seg.start, seg.end, alignment_mode="expand")
            if span is None:
                continue
            sents = {span[0].sent.start, span[-1].sent.start}
            para = self.para(seg.start)
            target = None
            # 1. a cue in the same sentence already has a quote: the other half of a split quotation (unless a
            # second act of saying introduces this one: '"...," she said before adding: "..."')
            own = self._introducing_cue(seg)
            for cue_i, q in self.cue_quote.items():
                if doc[cue_i].sent.start in sents and self.found[q].speaker is not None \
                        and self.found[q].type != "indirect" and not (own and self._second_act(own, doc[cue_i])):
                    target = q
                    break
            if target is None:
                cue = self._adjacent_cue(seg) or self._free_cue(span) or self._closing_cue_before(seg, span)
                # 'Roe continued: “...” He added that ...': the colon introduces it, not a later verb; nor an earlier
                # one when a name stands between ("Polls agree - Jo Roe: “...”")
                if cue is not None and (cue.idx >= seg.end or self._dash_name_colon(self._before(seg.start), cue.i)) \
                        and self._colon_speaker(seg)[0] is not None:
                    cue = None
                if cue is not None:
                    subj = self.subject(cue)
                    addressee, medium = self.sourcing(cue, (seg.start, seg.end), subj)
                    self._emit((seg.start, seg.end), cue, cue.text, self.speaker(subj), addressee, medium)
                    continue
            # 2. a quote run: the previous quotation of this paragraph, by position
            if target is None:
                prev = [i for i, f in enumerate(self.found) if f.spans[-1][1] <= seg.start
                        and self.para(f.spans[-1][0]) == para and f.type != "indirect" and i not in extended
                        and not self._denied(f)]
                # a quoted run goes on with a direct or mixed quotation of the paragraph before an indirect one
                prev = prev or [i for i, f in enumerate(self.found) if f.spans[-1][1] <= seg.start
                                and self.para(f.spans[-1][0]) == para and self._quoted_after_indirect(f, seg)
                                and not self._denied(f)]
                if prev:
                    target = max(prev, key=lambda i: self.found[i].spans[-1][1])
            if target is not None and not self.merge_runs and self._new_sentence(seg) \
                    and self.found[target].spans[-1][1] < seg.start:
                src = self.found[target]
                self._emit((seg.start, seg.end), None, None, src.speaker, src.addressee, src.medium)
                self.found[-1].reported_by = src.reported_by
                continue
            if target is not None:
                f = self.found[target]
                if f.type == "indirect":  # it takes this one quoted sentence, not the rest of the paragraph
                    f.type = "mixed"
                    extended.add(target)
                f.spans = sorted(f.spans + [[seg.start, seg.end]])
                f.segments.append(k)
                seg.quote = target
                continue
            # 3. a colon introduces it: "Trump put it this way:" / "He said:"
            ref, cue_text = self._colon_speaker(seg)
            if ref is not None:
                self._emit((seg.start, seg.end), None, cue_text, ref, None, None)
                continue
            # 4. a paragraph that opens with a quotation and has no cue, after a paragraph with a quotation
            if self.text[self.para_of_char[para]:seg.start].strip() in ("", "“", '"', "«"):
                prev = [i for i, f in enumerate(self.found) if self.para(f.spans[-1][0]) == para - 1
                        and f.speaker is not None]
                if prev:
                    src_i = max(prev, key=lambda i: self.found[i].spans[-1][1])
                    src = self.found[src_i]
                    prev_seg = self.segments[src.segments[-1]] if src.segments else None
                    # the quotation goes on in a paragraph of its own: one quotation, one more span
                    goes_on = prev_seg is not None and src_i not in extended and (
                        prev_seg.open_end or self._ends_paragraph(prev_seg)
                        or src.type != "indirect" and self._whole_paragraph(seg))
                    if goes_on or self._quoted_after_indirect(src, seg):
                        if src.type == "indirect":
                            src.type = "mixed"
                            extended.add(src_i)
                        src.spans = sorted(src.spans + [[seg.start, seg.end]])
                        src.segments.append(k)
                        seg.quote = src_i

    def _denied(self, f: Found) -> bool:
        """'... though Lee hasn't said the case is “open.”': what a negated speech verb reports was not said, so a
        quoted sentence after it does not go on with it (a "not" inside quotation marks is the speaker's)."""
        return f.cue is not None and any(c.dep_ == "neg" and self.in_quote[c.i] < 0 for c in f.cue.children)

    def _quoted_after_indirect(self, f: Found, seg: Segment) -> bool:
        """'X said the party had failed them: “The people are very angry. ...”': a quoted sentence with no cue of
        its own right after an indirect quotation (nothing but punctuation between, in the same or the next
        paragraph, which it fills) goes on with that quotation."""
        if f.type != "indirect" or f.speaker is None:
            return False
        between = self.text[f.spans[-1][1]:seg.start]
        if between.strip(" \xa0\n.:;“\"«"):
            return False
        return "\n" not in between or self._whole_paragraph(seg)

    def _whole_paragraph(self, seg: Segment) -> bool:
        """The quotation is its paragraph: nothing but marks and punctuation around it."""
        para = self.para(seg.start)
        start = self.para_of_char[para]
        end = self.text.find("\n", seg.end)
        end = len(self.text) if end < 0 else end
        return not self.text[start:seg.start].strip(" “\"«\xa0") and not self.text[seg.end:end].strip(" ”\"».,\xa0")

    def _headline_colons(self) -> None:
        """A line "Name: statement" (headlines, list items): the label speaks. "Trump: Cruz Has a Long Way
        to Go" is Trump's; "Editor's Note: ..." is not an attribution (data/headline_labels.txt)."""
        labels = lexicon.words("headline_labels")
        for start in self.para_of_char:
            end = self.text.find("\n", start)
            end = len(self.text) if end < 0 else end
            line = self.text[start:end]
            m = HEADLINE.match(line)
            if m is None:
                continue
            whole = m.group(1).strip()
            label = _without_topic(whole, lowercase=True)
            # "Mayor Roe to teachers: ...": a lowercase topic word cuts the label only before a known name
            named_only = label != _without_topic(whole)
            words = label.split()
            if not words or len(words) > 6 or words[-1].lower().strip("’'s") in labels or label.isupper():
                continue
            if not all(w[:1].isupper() or w.lower() in ("of", "the", "and") for w in words):
                continue
            c_start, c_end = _strip(self.text, start + m.start(2), end)
            if len(self.text[c_start:c_end].split()) < 3 or _name_list(self.text[c_start:c_end]):
                continue
            if any(f.spans[0][0] < c_end and f.spans[-1][1] > c_start for f in self.found):
                continue
            span = self.doc.char_span(start, start + m.end(1), alignment_mode="expand")
            if span is None or any(self.is_cue(t) for t in span):
                continue
            ref = None
            for t in reversed(list(span)):
                person = self.index.by_token.get(t.i)
                # a name the model ran on into the topic ("Roe To Voters") is no name; the label before it is
                if person is not None and (label == whole or set(person.name.split()) <= set(words)):
                    ref = self.index.ref(person)
                if person is not None:
                    break
            if ref is None and named_only:
                continue
            self._emit((c_start, c_end), None, ":", ref or Ref(name=label), None, None)

    def _new_sentence(self, seg: Segment) -> bool:
        i = self._before(seg.start)
        return i < 0 or self.text[i] in ".!?\n"

    def _ends_paragraph(self, seg: Segment) -> bool:
        rest = self.text[seg.end:self.text.find("\n", seg.end) if "\n" in self.text[seg.end:] else len(self.text)]
        return len(rest.strip(" ”\"».,")) == 0

    def _free_cue(self, span: Span) -> Token | None:
        """A speech verb outside quotes, in the quotation's sentence(s), that has no content of its own."""
        para = self.para(span.start_char)
        for sent in (span[0].sent, span[-1].sent):
            for t in sent:
                if t.i not in self.cue_quote and self.is_cue(t) and t.lower_ != "according" \
                        and self.para(t.idx) == para and self.content(t) is None and self.subject(t) is not None:
                    return t
        return None

    def _closing_cue_before(self, seg: Segment, span: Span) -> Token | None:
        """'Jane Roe agreed. “Nobody saw it coming.”': a sentence that ends on a speech verb with nothing said
        introduces the quotation right after it, in the same paragraph."""
        i = self._before(seg.start)
        if i < 0 or self.text[i] != "." or self.para(i) != self.para(seg.start):
            return None
        stop = self.doc.char_span(i, i + 1, alignment_mode="expand")
        if stop is None:
            return None
        prev = stop[0].sent
        words = [t for t in prev if not (t.is_punct or t.is_space)]
        for t in reversed(words):
            if self.is_cue(t) and t.lower_ != "according":
                if t.i in self.cue_quote or self.content(t) is not None or self.subject(t) is None \
                        or self._in_modifier_clause(t):
                    return None
                # '“...,” Roe said about finally speaking out.': a speech verb under a cue that has its quotation
                # is what that cue was about; the next quotation goes on with the first
                if any(a.i in self.cue_quote for a in t.ancestors):
                    return None
                return t
            if t.dep_ not in ("advmod", "npadvmod", "prt") and t.ent_type_ not in ("DATE", "TIME"):
                return None
        return None

    @staticmethod
    def _in_modifier_clause(t: Token) -> bool:
        """'..., speaking to CNN after the senator spoke.': a verb in an adverbial or relative clause tells when or
        who, it does not introduce the quotation after its sentence."""
        while t.head.i != t.i:
            if t.dep_ in ("advcl", "relcl", "acl"):
                return True
            t = t.head
        return False

    def _dash_name_colon(self, char: int, after: int = -1) -> bool:
        """The character at `char` is a colon right after "- Name" (a name set off by a spaced dash), the name
        after token `after`."""
        if char < 0 or self.text[char] != ":":
            return False
        colon = self.doc.char_span(char, char + 1, alignment_mode="expand")
        named = self._name_after_dash(colon[0]) if colon is not None else None
        return named is not None and named.start > after

    def _name_after_dash(self, colon: Token) -> Span | None:
        """"Polls did predict the caucus - Jane Roe: “...”": a name between a spaced dash and the colon is the
        source of the quotation (a roundup's line: a topic, then who is quoted), not the subject of a verb in the
        topic before the dash."""
        i = colon.i - 1
        while i >= colon.sent.start and self.doc[i].pos_ == "PROPN" and self.in_quote[i] < 0:
            i -= 1
        if i == colon.i - 1 or i < colon.sent.start or not _spaced_dash(self.doc[i]):
            return None
        return self.doc[i + 1:colon.i]

    def _dashed_speaker(self, name: Span) -> Ref:
        """The person or organisation the name stands for, else the name as written."""
        person = self.index.by_token.get(name[-1].i)
        if person is not None:
            return self.index.ref(person)
        org = self.index.org_at(name[-1])
        return Ref(name=org.name, is_group=True) if org is not None else Ref(name=name.text)

    def _colon_speaker(self, seg: Segment) -> tuple[Ref | None, str | None]:
        i = seg.start - 2
        while i >= 0 and (self.text[i].isspace() or self.text[i] in "“\"'«"):
            i -= 1
        if i < 0 or self.text[i] != ":":
            return None, None
        tok = self.doc.char_span(i, i + 1, alignment_mode="expand")
        if tok is None:
            return None, None
        sent = tok[0].sent
        cues = [t for t in sent if self.is_cue(t) and t.i < tok[0].i]
        named = self._name_after_dash(tok[0])
        if named is not None and cues and cues[-1].i < named.start:
            return self._dashed_speaker(named), ":"
        if cues:
            return self.speaker(self.subject(cues[-1])), ":"
        root = tok[0].head if self.in_quote[tok[0].head.i] < 0 else sent.root  # the verb the colon closes
        subs = [c for c in root.children if c.dep_ == "nsubj" and self.in_quote[c.i] < 0]
        if subs and (subs[0].i in self.index.by_token or subs[0].lower_ in PRONOUNS):
            return self.speaker(subs[0]), ":"
        # "... surprised Republican pollster Jane Roe: “...”": the colon follows the speaker's name
        person = self.index.by_token.get(tok[0].i - 1)
        if person is not None:
            return self.index.ref(person), ":"
        return None, None


def doc_range(doc: Doc, span: tuple[int, int]) -> list[Token]:
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    return list(s) if s is not None else []


def find_quotes(doc: Doc, index: PeopleIndex) -> list[Quote]:
    finder = QuoteFinder(doc, index)
    quotes: list[Quote] = []
    found = _run_with_speakers(finder)
    for n, f in enumerate(found, 1):
        text = " ".join(doc.text[s:e] for s, e in f.spans)
        quotes.append(Quote(
            id=f"q{n}", text=text, start=f.spans[0][0], end=f.spans[-1][1], type=f.type, speaker=f.speaker,
            cue=f.cue_text, addressee=f.addressee, medium=f.medium, reported_by=f.reported_by,
            spans=[list(s) for s in f.spans],
        ))
    return quotes


def find_title_quotes(title: Doc, index: PeopleIndex, first: int = 1) -> list[Quote]:
    """Attributions in the headline ("Trump: Cruz has a long way to go", "Sanders says he's riding momentum") that
    the body text (`index.doc`) does not repeat word for word. The headline is parsed on its own; its speakers are
    the body's people when the body names them. A headline quotation has no place in the body text: it is marked
    `in_title` and its offsets are empty (0, 0)."""
    body = " ".join(index.doc.text.split()) if index.doc is not None else ""
    finder = QuoteFinder(title, find_people(title))
    found = [f for f in _run_with_speakers(finder)
             if " ".join(" ".join(title.text[s:e] for s, e in f.spans).split()) not in body]
    quotes: list[Quote] = []
    for n, f in enumerate(found, first):
        speaker = f.speaker
        person = index.person_named(speaker.name) if speaker is not None and not speaker.is_group else None
        if person is not None:
            speaker = index.ref(person)
        elif speaker is not None:
            speaker = Ref(name=speaker.name, is_group=speaker.is_group)  # the headline's own ids mean nothing here
        text = " ".join(title.text[s:e] for s, e in f.spans)
        quotes.append(Quote(id=f"q{n}", text=text, start=0, end=0, type=f.type, speaker=speaker, cue=f.cue_text,
                            addressee=f.addressee, medium=f.medium, reported_by=f.reported_by, spans=[], in_title=True))
    return quotes


def _run_with_speakers(finder: QuoteFinder) -> list[Found]:
    """Cues are visited in text order so `last_speaker` (the fallback for an unresolved he/she) is the
    speaker of the previous quotation."""
    doc = finder.doc
    for t in doc:
        if finder.is_cue(t):
            before = len(finder.found)
            finder._cue(t)
            if len(finder.found) > before and finder.found[-1].speaker is not None:
                finder.last_speaker = finder.found[-1].speaker
        elif finder.noun_cue(t):
            finder._noun(t)
    finder._reported_by()
    finder._leftovers()
    finder._headline_colons()
    finder._media_context()
    finder.found = _without_nested(finder.found)
    finder.found.sort(key=lambda f: f.spans[0][0])
    return finder.found


def _predicated_subject(noun: Token) -> Token:
    """"Mr. Roe is a longtime critic who has called the plan a fraud": a relative clause on a predicate noun
    (and on the nouns joined to it) describes the subject of "is"; that subject speaks."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        subj = [c for c in head.head.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
    return noun


def _contracted_perfect(verb: Token) -> bool:
    """"He's said he gets his ideas from ...": a contracted "has" the parser read as the passive "is"; with a clause
    of its own the verb is active, its "passive" subject speaks."""
    kids = list(verb.children)
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in kids) and any(c.dep_ == "ccomp" for c in kids)


def _comparative_the(doc: Doc, i: int) -> bool:
    """"the more", "the less", "the bigger": "the" right before a comparative."""
    return doc[i].lower_ == "the" and i + 1 < len(doc) and doc[i + 1].tag_ in ("JJR", "RBR")


def _correlative_comparative(doc: Doc, lo: int, comma: int) -> bool:
    """"the more votes she wins, the more power she has": the half after the comma answers the first, so it
    is no aside (the parser hangs it on the first half as an apposition)."""
    return _comparative_the(doc, comma + 1) and any(_comparative_the(doc, i) for i in range(lo, comma))


def _summary_noun_phrase(t: Token) -> bool:
    """"said turnout fell, the lowest level since 2001", "called on X to resign, the latest sign that ...": a noun
    phrase with a determiner hung on a verb (the parser makes it a modifier or a predicate) sums up the clause
    before it in the writer's words; a day or a time is not one."""
    return t.dep_ in ("npadvmod", "oprd") and t.pos_ == "NOUN" and t.head.pos_ in ("VERB", "AUX") \
        and t.left_edge.dep_ == "det" and t.ent_type_ not in ("DATE", "TIME") and t.i > t.head.i


def _spaced_dash(t: Token) -> bool:
    """A dash that sets off an aside ("members - there are two - but"), not the hyphen of "anti-Semitic"."""
    return t.text in DASHES and (t.text != "-" or bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_))


def _name_list(text: str) -> bool:
    """"Iowa: Tim Albrecht, Brad Anderson, Rob Barron, ...": a run of capitalised names between commas is a list
    under a label, not a statement."""
    items = [i.strip() for i in text.split(",") if i.strip()]
    names = [i for i in items if len(i.split()) <= 4 and all(w[:1].isupper() for w in i.replace(" and ", " ").split())]
    return len(items) >= 4 and len(names) >= 0.8 * len(items)


def _without_topic(label: str, lowercase: bool = False) -> str:
    """"Fire Chief On Budget: ..." / "Mayor To Parents: ...": a headline label names the speaker, then what the words
    are about or whom they are for after a title-case "On", "About", "To" (data/headline_topic_words.txt); with
    `lowercase`, also after a lowercase one ("Mayor Roe to teachers: ...")."""
    words = label.split()
    topics = lexicon.words("headline_topic_words")
    cut = next((k for k, w in enumerate(words) if k > 0 and (w[:1].isupper() or lowercase) and w.lower() in topics),
               len(words))
    return " ".join(words[:cut])


def _main_verb_as_modifier(t: Token) -> bool:
    """"Jane Roe, a city ally, called the plan “reckless.”": the small model reads the main verb after an
    apposition as a participle modifying the name, which is left as the root of the sentence."""
    if t.dep_ != "acl" or t.tag_ not in ("VBN", "VBD") or t.i <= t.head.i:
        return False
    if any(c.dep_ == "nsubj" and c.i < t.i for c in t.children):
        return False  # "Voter turnout: Roe, whose ..., said": the verb has its own subject, the root is a label
    root = t.sent.root
    if root.pos_ in ("VERB", "AUX") or root.i > t.i:
        return False  # the sentence has a verb of its own: "a plan announced Monday would ..."
    return (t.head.i == root.i and t.head.pos_ == "PROPN" and t.doc[t.i - 1].text == ",") or any(
        c.dep_ in ("dobj", "oprd", "ccomp", "dative") for c in t.children)


def _naming_participle(t: Token) -> bool:
    """"a super PAC called Future 45 ran ads": "called" right after a noun phrase with a determiner names it; the
    small model tags some of these participles as past tense."""
    return t.lemma_.lower() == "call" and t.dep_ == "acl" and t.tag_ == "VBD" and t.head.i == t.i - 1 \
        and any(c.dep_ == "det" for c in t.head.children)


def _without_nested(found: list[Found]) -> list[Found]:
    """"Smith said Jones accused the mayor of lying": the inner speech verb is part of what Smith said, so an
    indirect quotation whose cue lies inside another quotation's content is not a quotation of its own. Under
    "according to X" the inner speaker's words stay theirs ("According to the filing, the developers say ...")."""
    def inside(f: Found, other: Found) -> bool:
        return f.cue is not None and any(s <= f.cue.idx < e for s, e in other.spans)

    return [f for f in found if f.type != "indirect" or f.relative or not any(
        o is not f and o.cue is not None and o.cue_text != "according to" and inside(f, o) and not inside(o, f)
        for o in found)]
