"""The name a title or a description stands before: the argument is the name, not the words around it.

Three constructions where the parse makes a common noun or a title the head of a phrase whose referent
is a name inside it:

- a title with a place or body in a prepositional phrase before a person's name: "Senator from Vermont
  Bernie Sanders won", "Governor of New York Andrew Cuomo announced" (the parse hangs the person on the
  preposition as if the title's place); the argument is the person, never the title or the place. Only
  where the preposition's object is a person whose name follows right after another name (the place or
  body), so "the son of John Smith" (no name between) stays the son;
- a description running into the name in apposition with no comma, "our main website hoster Uberspace":
  the description's noun ("website") is no argument of its own, the name is (``described_name``); the
  word the name carries ("hoster") is the description's head;
- a description given its name by a participle of ``data/naming_participles.txt``: "a man named John
  Smith", "a group called Extinction Rebellion", "an outlet known as The Intercept" (``named_by``).

A relative clause hung on such a title or description ("the governor of New York Andrew Cuomo who said
...") reaches the name too, as :class:`~extract.relations.arguments.ArgumentRules` asks these rules
for every member it reads. Names only of actors (a person, an organisation, a place or a people).
"""

from __future__ import annotations

from ..syntax import prepositional_objects

__all__ = ["described_name", "name_compound", "named_by", "naming_participles", "titled_person"]

#: Prepositions between a title and the place or body it is of: "Senator from Vermont", "Minister of X".
_TITLE_PREPOSITIONS = frozenset({"of", "from", "for", "to"})
#: Entity types a name must have to stand for the noun before it.
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Types of the name between a title's preposition and the person ("Vermont", "the Iranian Chess Federation").
_SCOPE_TYPES = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def naming_participles(lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(one-word participles, participles taking "as") of ``data/naming_participles.txt``."""
    single, with_as = set(), set()
    for entry in lexicon.word_sets["naming_participles"]:
        words = entry.lower().split()
        if len(words) == 2 and words[1] == "as":
            with_as.add(words[0])
        elif len(words) == 1:
            single.add(words[0])
    return frozenset(single), frozenset(with_as)


def _typed(index, tok, types) -> str | None:
    mention = index.mention_at(tok.i)
    if mention is None:
        return None
    kind = index[mention.key].type
    return kind if kind in types else None


def titled_person(tok, index, titles) -> object | None:
    """The person a title stands before across its place: the token of "Sanders" for "Senator" in "Senator
    from Vermont Bernie Sanders", or None. ``titles`` are the folded title words."""
    if tok.lower_ not in titles or index.mention_at(tok.i) is not None:
        return None
    doc = tok.doc
    for pobj in prepositional_objects(tok, _TITLE_PREPOSITIONS):
        person, prep = index.mention_at(pobj.i), pobj.head.i
        if person is None or index[person.key].type != "PERSON":
            continue
        first = _scope_start(doc, index, person.token_start, titles)
        if first is not None and (first == prep + 1 or first == prep + 2 and doc[prep + 1].lower_ == "the"):
            return pobj  # the place or body fills the gap between the preposition and the person
    return None


def _scope_start(doc, index, start: int, titles) -> int | None:
    """Where the place or body right before a person's name at ``start`` begins: a name of a place, body
    or people, or a run of capitalised words the tagger left untagged with no title among them ("Koszalin";
    not "President" of "Secretary to President X"); None when there is none."""
    scope = index.mention_at(start - 1) if start > 0 else None
    if scope is not None:
        return scope.token_start if index[scope.key].type in _SCOPE_TYPES else None
    first = start
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
            and doc[first - 1].lower_ not in titles and index.mention_at(first - 1) is None:
        first -= 1
    return first if first < start else None


def name_compound(name) -> object | None:
    """The lower-case noun a name carries before it in apposition ("hoster" of "website hoster
    Uberspace"), the description's own head, or None."""
    for child in name.lefts:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.is_lower:
            return child
    return None


def described_name(tok, index) -> object | None:
    """The name a common noun runs into with no comma ("our main website hoster Uberspace": the token
    of "Uberspace" for "website"), or None."""
    if tok.pos_ != "NOUN" or index.mention_at(tok.i) is not None:
        return None
    for child in tok.children:
        if child.dep_ != "appos" or child.i <= tok.i or _typed(index, child, _ACTOR_TYPES) is None:
            continue
        compound = name_compound(child)
        if compound is not None and compound.i == tok.i + 1:
            return child
    return None


def named_by(tok, index, lexicon) -> object | None:
    """The name a participle of naming gives a noun: the token of "Smith" for "man" in "a man named John
    Smith", of "Intercept" in "an outlet known as The Intercept", or None."""
    if tok.pos_ != "NOUN" or index.mention_at(tok.i) is not None:
        return None
    single, with_as = naming_participles(lexicon)
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.i != tok.i + 1 or acl.tag_ != "VBN":
            continue
        lower = acl.lower_
        if lower in single:
            names = [c for c in acl.children if c.dep_ in ("oprd", "attr", "dobj", "xcomp")]
        elif lower in with_as:
            names = [p for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                     if p.dep_ == "pobj"]
        else:
            continue
        for name in names:
            if _typed(index, name, _ACTOR_TYPES) is not None:
                return name
    return None
