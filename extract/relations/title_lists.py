"""Titles before a name that the parser read as actors of their own: "radio personality, television host, and
philanthropist Don Imus died".

A news sentence often stacks a person's titles before the name, bare (with no article) and joined as a list:
"United States radio personality, television host, and philanthropist Don Imus", "Amateur researcher and systems
engineer Yutaka Iwasaki", "former Rhode Island governor and US Senator Lincoln Chafee". Two misreadings follow:

- **a title as a conjunct.** The parser coordinates the titles with the name ("personality", "host" and "Imus"
  are conjuncts), so the relations would say that a radio personality died, and a television host, besides Don
  Imus. A bare singular common noun (no article, possessor or number: a count noun alone cannot be an actor in
  English) coordinated before a person's name that has a title of its own ("philanthropist Don Imus") is one
  more title of that person: :func:`title_conjuncts` leaves it out of the list. Real lists of actors keep their
  words: "the mayor and Governor X" (an article), "firefighters and paramedic Y" (a plural), "police and Mayor Z"
  (a noun for a body, ``data/collective_plurals.txt``).
- **a title as a verb.** "systems engineer Yutaka Iwasaki": the parser may tag the title as a present-tense verb
  whose subject is the noun before it and whose object is the name, and the relations would say (researcher,
  engineer, Yutaka Iwasaki). A bare present-tense form with no auxiliary that is a person noun before a name
  (``data/context_nouns.tsv``, type PERSON: engineer, coach ...), right before its object, a person's name,
  with a subject that is a bare noun: :func:`title_verb` says it is no verb.

Checked over the Wikinews articles outside the test half (``benchmarks/data/edges_audit.md``, wave 19).
"""

from __future__ import annotations

from ..doccache import sentence_bounds

__all__ = ["title_conjuncts", "title_verb"]

# The most words a stack of titles holds: a longer coordination is a list of things, and walking it from
# each member would cost the square of its length ("and and and ..." in a 20,000-word line).
_MAX_STACK = 8

# What makes a noun phrase an actor of its own rather than a bare title: an article, a possessor, a number.
_DETERMINING = frozenset({"det", "poss", "nummod", "predet"})
# Present-tense or bare verb tags a title noun gets when misread as a verb.
_BARE_VERB_TAGS = frozenset({"VBP", "VB"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _person(tok, index) -> bool:
    mention = index.mention_at(tok.i)
    return mention is not None and index[mention.key].type == "PERSON"


def _titled(tok, index) -> bool:
    """Is ``tok`` a person's name right after a title ("philanthropist Don Imus", "radio host Joe Rogan")?"""
    if not _person(tok, index):
        return False
    start = index.mention_at(tok.i).token_start
    if start == 0:
        return False
    before = tok.doc[start - 1]
    return before.pos_ in ("NOUN", "PROPN") and index.mention_at(before.i) is None


def _bare_title(tok, index, bodies: frozenset[str]) -> bool:
    """A bare singular common noun: no article, possessor or number, no name, no body of people. The first word
    of a sentence may be tagged a proper noun for its capital ("Comedian, podcaster and radio host X")."""
    initial = tok.tag_ == "NNP" and tok.text[1:].islower() and tok.i == sentence_bounds(tok.doc, tok.i)[0]
    return ((tok.tag_ == "NN" and tok.pos_ == "NOUN" or initial)
            and tok.lower_ not in bodies and tok.lemma_.lower() not in bodies
            and index.mention_at(tok.i) is None and index.reference_at(tok.i) is None
            and not any(c.dep_ in _DETERMINING for c in tok.children))


def _names_of(tok, index, bodies: frozenset[str]) -> list:
    """The titled names coordinated with ``tok`` or set beside it as its apposition, through more bare titles
    ("personality, television host, and philanthropist Don Imus": the parser may hang "host" on "personality"
    as its apposition and the name on "host" as its conjunct)."""
    found, stack, seen = [], [tok], {tok.i}
    while stack:
        word = stack.pop()
        for near in (*word.conjuncts, *(c for c in word.children if c.dep_ == "appos")):
            if near.i in seen:
                continue
            seen.add(near.i)
            if _titled(near, index):
                found.append(near)
            elif _bare_title(near, index, bodies):
                stack.append(near)
    return found


def title_conjuncts(members: list, index, lexicon) -> list:
    """``members`` (coordinated heads, or the several subjects the parser gave one verb) without the bare titles
    before a titled person's name. A title that is the only way to the name (the parser hung the name on it as
    its conjunct or apposition, and the name is not among ``members``) gives way to the name."""
    if len(members) == 1 and not any(c.dep_ == "appos" for c in members[0].children):
        return members
    if len(members) > _MAX_STACK or any(len(m.conjuncts) > _MAX_STACK for m in members):
        return members
    bodies = lexicon.word_sets["collective_plurals"]
    listed = {m.i for m in members}
    reached = {m.i: _names_of(m, index, bodies) for m in members}
    last = max([m.i for m in members if _titled(m, index)] + [n.i for ns in reached.values() for n in ns], default=-1)
    out = []
    for member in members:
        if member.i > last or not _bare_title(member, index, bodies):
            out.append(member)
            continue
        names = [n for n in reached[member.i] if n.i > member.i]
        for name in names:  # "Rapper, producer and entrepreneur Kanye West": West
            if name.i not in listed:
                listed.add(name.i)
                out.append(name)
    return out


def title_verb(verb, index, lexicon) -> bool:
    """Is ``verb`` a person noun before a name that the parser tagged as a verb ("systems engineer Yutaka
    Iwasaki came across records" -> not (systems, engineer, Yutaka Iwasaki))?"""
    if not hasattr(verb, "children") or verb.tag_ not in _BARE_VERB_TAGS:
        return False
    if lexicon.tables["context_nouns"].get(verb.lower_, ("",))[0] != "PERSON":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if len(objects) != 1 or not subjects or objects[0].left_edge.i != verb.i + 1 or not _person(objects[0], index):
        return False
    return all(s.pos_ == "NOUN" and not any(c.dep_ in _DETERMINING for c in s.children) for s in subjects)
