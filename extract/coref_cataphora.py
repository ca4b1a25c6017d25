"""Anaphors whose referent is named after them, or is a plural noun their own clause hangs on.

Three classes of language where the resolver's search backwards finds the wrong name:

- a description that names itself: "the news agency AFP", "the organization Equally American", "the
  organisation which is called SAMPAD", "a group known as X": the name beside the noun (an apposition, a
  compound, a name after "called", "named", "known as") is what the description is, never a name before it
  (:func:`own_name`);
- a possessive "its" / "their" in a phrase fronted before its clause's subject: "To modernize its military,
  Hungary licensed ...", "In their statement, the ministers said": the subject that follows owns it. When
  that subject is a name of the pronoun's number and kind it is the referent; when it is a name of another
  kind or a common noun for no body ("the ministers"), the pronoun is left unresolved rather than sent back
  to an earlier name; a description of a body ("At its convention, the party ...") leaves the usual rules
  to decide (:func:`fronted_owner`);
- a name that ends in an event word ("California Primary", "Asian Games": ``data/event_name_heads.txt``) is
  an event whatever type the tagger gave it, never what "they" stands for (:func:`names_an_event`);
- a plural pronoun inside a "who" relative clause of a plural common noun: "respondents who regarded
  their situation", "the families who lost their homes": the noun the clause qualifies, no named body
  (:func:`under_plural_relative`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import POS

from .coref_common import _PLACE_KINDS, _PLURAL_KINDS, _PLURAL_TAGS, _THING_KINDS, _following_subject
from .coref_kinds import number_agrees
from .doccache import token_column
from .lexicon.core import DATA_DIR
from .lexicon.readers import read_words
from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["own_name", "fronted_owner", "under_plural_relative", "names_an_event", "unnamed_own_name"]

#: Verbs that give a thing its name ("which is called X", "known as X", "named X").
_NAMING_VERBS = frozenset({"call", "name", "know", "dub", "title"})
#: Dependents of a naming verb that hold the name.
_NAME_DEPS = frozenset({"oprd", "attr", "dobj", "xcomp", "pobj", "appos", "npadvmod"})
#: Kinds a description of a body, place or thing can name (persons have their own rules).
_NAMED_KINDS = _THING_KINDS | _PLACE_KINDS | _PLURAL_KINDS
_RELATIVE_DEPS = frozenset({"relcl", "acl"})
_POSSESSIVES = frozenset({"its", "their"})


def _mention_key(res, i: int):
    m = res.token_mention[i] if 0 <= i < len(res.token_mention) else -1
    return res.mentions[m].key if m >= 0 else None


def _named(res, tok):
    """The key of a name of a body, place or thing whose mention covers ``tok``, or None."""
    key = _mention_key(res, tok.i)
    return key if key is not None and res.entities[key].type in _NAMED_KINDS else None


def _called(res, noun):
    """The name a naming clause of ``noun`` gives it ("the organisation which is called SAMPAD")."""
    for clause in noun.children:
        if clause.dep_ not in _RELATIVE_DEPS or clause.lemma_ not in _NAMING_VERBS:
            continue
        for child in clause.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                child = next((c for c in child.children if c.dep_ == "pobj"), None)
                if child is None:
                    continue
            elif child.dep_ not in _NAME_DEPS:
                continue
            key = _named(res, child)
            if key is not None:
                return key
    return None


def _describes_body(noun, lexicon) -> bool:
    """Whether ``noun`` is a word for a kind of body or place ("agency", "organisation", "country")."""
    lemma = noun.lemma_.casefold()
    words = lexicon.word_sets
    return lemma in lexicon.tables["class_nouns"] or any(
        lemma in words.get(name, ()) for name in ("body_nouns", "company_nouns", "place_nouns", "area_nouns")
    )


def _determiner(doc, tok):
    """The index of the definite determiner of ``tok``'s phrase ("the news agency AFP": "the" may hang on the
    name), or None; only adjectives and nouns between."""
    j = tok.i - 1
    poses, strings = token_column(doc, POS), doc.vocab.strings  # the tags read off one column: no Token per word
    while j >= 0 and strings[poses[j]] in ("ADJ", "NOUN") and tok.i - j < 4:
        j -= 1
    if j >= 0 and doc[j].lower_ in ("the", "this", "that") and doc[j].dep_ == "det":
        return j
    return None


def _whole_standing_name(res, mention) -> bool:
    """Whether a name after a description is all of a proper-noun run, no nationality, and not the subject
    of a relative clause ("the non-profit organisation Chinese Precinct Chamber ..." names no one; an area
    noun, "the area Melbourne City Council administer", is never taken)."""
    doc = res.doc
    if res.entities[mention.key].type == "NORP":
        return False
    if mention.token_end < len(doc) and doc[mention.token_end].pos_ == "PROPN":
        return False
    root = doc[mention.token_start : mention.token_end].root
    return not (root.dep_ in NOMINAL_SUBJECT_DEPS and root.head.dep_ in _RELATIVE_DEPS)


def _names_a_body(noun, lexicon) -> bool:
    """Whether ``noun`` is a word for a body ("organisation", "group", "company"), not a place or an area:
    "an area of the city known as X" hangs its name on either noun."""
    lemma = noun.lemma_.casefold()
    words = lexicon.word_sets
    return (lemma in lexicon.tables["class_nouns"] and lemma not in words.get("place_nouns", ())
            and lemma not in words.get("area_nouns", ())) or any(
        lemma in words.get(name, ()) for name in ("body_nouns", "company_nouns"))


def own_name(res, tok):
    """(key, span) of the name a definite description gives itself ("the news agency AFP", "the organisation
    which is called SAMPAD"), or None when it names nothing beside it.

    The name must follow at once a noun for a kind of body or place (an apposition or a compound of one
    phrase with it), or be what a naming clause of the noun ("called", "named", "known as") says.
    """
    if tok.pos_ != "NOUN" or tok.tag_ in _PLURAL_TAGS or tok.dep_ in ("attr", "appos"):
        return None
    det = _determiner(res.doc, tok)
    if det is None:
        return None
    span = res.doc[det : tok.i + 1]
    after = tok.i + 1
    if after < len(res.doc):
        nxt = res.doc[after]
        key = _named(res, nxt)
        m = res.token_mention[after]
        # one phrase: a noun for a body or place the name follows at once ("the news agency AFP")
        if key is not None and res.mentions[m].token_start == after and _describes_body(tok, res.lexicon) \
                and tok.lemma_.casefold() not in res.lexicon.word_sets.get("area_nouns", ()) \
                and _whole_standing_name(res, res.mentions[m]):
            return key, span
    key = _called(res, tok) if _names_a_body(tok, res.lexicon) else None
    return (key, span) if key is not None else None


def unnamed_own_name(res, tok) -> bool:
    """Whether a description is followed at once by a proper name of its own phrase that the entities left
    out ("the villainous faction The Dark Order", "the company Vortex Dynamics"): it names that, no entity
    named before."""
    doc, after = res.doc, tok.i + 1
    if after >= len(doc) or res.token_mention[after] >= 0:
        return False
    first = doc[after]
    if first.lower_ == "the" and after + 1 < len(doc):
        first = doc[after + 1]
    if not (first.tag_ in ("NNP", "NNPS") and first.is_title) or res.token_mention[first.i] >= 0:
        return False
    name = first if first.dep_ != "compound" else first.head
    if res.token_mention[name.i] >= 0 or name.tag_ not in ("NNP", "NNPS"):
        return False
    return (name.dep_ == "appos" and name.head.i == tok.i) or (tok.dep_ == "compound" and tok.head.i == name.i)


def _subject_after(doc, tok):
    """The subject after ``tok`` of the clause its phrase is fronted in: of the verb the phrase hangs on
    ("In its statement, X said"), or, when that verb is a fronted infinitive or participle without a subject
    of its own ("To modernize its military, Hungary licensed"), of the verb it modifies."""
    subject = _following_subject(doc, tok)
    if subject is not None:
        return subject
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "advcl" or verb.i > verb.head.i:
        return None
    if any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return None  # "As it expands its network, ...": a clause with its own subject
    for child in verb.head.children:
        if child.dep_ in NOMINAL_SUBJECT_DEPS and child.i > tok.i:
            return child
    return None


def fronted_owner(res, tok):
    """What a possessive "its" / "their" fronted before its clause's subject refers to: ``[key]`` when the
    subject after it is a name of its number and kind, ``[]`` (unresolved) when the subject is anything else,
    None when the pronoun is not so fronted (the other rules decide)."""
    if tok.lower_ not in _POSSESSIVES or tok.dep_ != "poss" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None  # a possessive the parse hung on a verb is misread
    subject = _subject_after(res.doc, tok)
    if subject is None or subject.dep_ not in NOMINAL_SUBJECT_DEPS:
        return None
    if tok.i in set(t.i for t in subject.subtree):
        return None  # "its members": the pronoun is inside the subject itself
    if subject.pos_ == "PRON":
        return None  # "In its report, it said": the subject pronoun is resolved on its own
    plural = tok.lower_ == "their"
    key = _mention_key(res, subject.i)
    if key is None:  # "At its convention, the party nominated ...": the description decides, as before
        return None if _describes_body(subject, res.lexicon) else []
    kinds = _PLURAL_KINDS if plural else _THING_KINDS
    return [key] if number_agrees(res.entities[key], plural, kinds, res.lexicon) else []


def _noun_is_subject(clause, tok) -> bool:
    """Whether the qualified noun is the subject of the relative ``clause`` (a relative "who") and the pronoun
    is not: "respondents who regarded their situation", not "commercials, which they said were late", nor
    "plans to shift their focus"."""
    if tok.dep_ in NOMINAL_SUBJECT_DEPS and tok.head.i == clause.i:
        return False
    return clause.dep_ == "relcl" and any(
        c.lower_ == "who" and c.dep_ in NOMINAL_SUBJECT_DEPS for c in clause.children)


def under_plural_relative(res, tok) -> bool:
    """Whether the plural pronoun ``tok`` lies in a "who" relative clause that qualifies a plural common noun
    before it ("the families who lost their homes")."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ in _RELATIVE_DEPS:
            noun = node.head
            return (noun.i < tok.i and noun.pos_ == "NOUN" and noun.tag_ in _PLURAL_TAGS
                    and res.token_mention[noun.i] < 0 and _noun_is_subject(node, tok))
        if node.dep_ in ("ccomp", "advcl", "conj", "ROOT"):
            return False  # another clause: the relative clause must hold the pronoun's own
        node = node.head
    return False


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    return frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "event_name_heads.txt"))


def names_an_event(entity) -> bool:
    """Whether an entity's name ends in an event word ("California Primary", "2019 Asian Games")."""
    label = " ".join(entity.label.split()).casefold()
    heads = _event_heads()
    words = label.split()
    return bool(words) and (words[-1] in heads or " ".join(words[-2:]) in heads)
