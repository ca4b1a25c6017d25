"""The kind a class noun gives the name it introduces (wave 21, ``nodes_sample_w21t.tsv``).

The tagger types an unseen drug, programme or record by its look ("Ecstacy" PERSON, "ZMapp" ORG, "Together
Through Life" ORG); the sentence often names its class:

- **called, named, dubbed, known as**: "a drug called Ecstacy", "a synthetic drug known as Flakka", "a
  military development program dubbed "Zrínyi 2026"", "a town called Mangina", "a man named John Smith";
  a natural or archaeological place's noun (``data/called_places.txt``) only here: "a site called Abri Peyrony".
  The participle (past an opening quotation mark) stands right before the name and hangs on the class
  noun (or follows it at once);
- **apposition**: "one antibody cocktail, ZMapp, initially showed promise" (the noun right before the
  comma, the name its apposition), "Project MKUltra, a CIA mind control program," (the noun the
  name's apposition);
- **a thing's noun right before the name and bound to it**: "the antiviral drug Remdesivir".

A name the article once introduces as a thing is that thing at its other mentions too ("In the PALM
trial, ZMapp served as a control"): :func:`introduced_things`.

The class noun's type comes from ``data/called_nouns.tsv`` (drugs, programmes, works, techniques: PRODUCT,
no node), else, for the participles only, from ``data/context_nouns.tsv`` ("a company called X" ORG,
"a town called X" GPE). A name the knowledge base knows as a person, a body or a place keeps its node under
a thing's noun ("a film called Selma" names the film; the town is another entity, but the mention alone
cannot tell, so it is left to the tagger).

:func:`called_kind` is called by :func:`extract.entity_context.context_evidence`.
"""

from __future__ import annotations

from .doccache import cache_of
from .lexicon import Lexicon

__all__ = ["called_kind", "introduced_things", "PRODUCT"]

#: The type of a thing's noun: no node.
PRODUCT = "PRODUCT"
#: Participles that introduce a name after its class noun.
_NAMING = frozenset({"called", "named", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "branded",
                     "labelled", "labeled"})
_QUOTES = frozenset({'"', "'", "“", "‘", "``", "`"})
#: The tagger's labels of names a thing's noun may introduce.
_TAGGED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT"})
#: Knowledge-base types that keep a name's node under a thing's noun.
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC"})


def _things(lexicon: Lexicon):
    return lexicon.tables["called_nouns"]


def _noun_kind(noun, lexicon: Lexicon, *, things_only: bool) -> str | None:
    """The type of a lower-case class noun: the things' table first, then (unless ``things_only``) the
    context nouns."""
    if not noun.is_lower or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    row = _things(lexicon).get(noun.lower_)
    if row is None and noun.tag_ == "NNS":
        row = _things(lexicon).get(noun.lemma_.lower())
    if row is None and not things_only:
        row = lexicon.tables["context_nouns"].get(noun.lower_)
    return row[0] if row else None


def _introducer(doc, ts: int) -> int | None:
    """The index of the naming participle right before the name (an opening quotation mark between), or
    of "known" in "known as", or None."""
    i = ts - 1
    while i >= 0 and doc[i].text in _QUOTES:
        i -= 1
    if i < 1:
        return None
    if doc[i].lower_ in _NAMING:
        return i
    if doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        return i - 1
    return None


def _introduced_kind(doc, ts: int, lexicon: Lexicon) -> str | None:
    """The type of the class noun a naming participle before the name hangs on ("a drug called X")."""
    i = _introducer(doc, ts)
    if i is None:
        return None
    participle = doc[i]
    noun = participle.head if participle.dep_ == "acl" and participle.head.i < i else doc[i - 1]
    if noun.i != i - 1 and not (noun.i >= i - 3 and all(t.is_lower for t in doc[noun.i + 1:i])):
        return None  # the noun stands right before ("a drug called"), or a few lower-case words before
    return _noun_kind(noun, lexicon, things_only=False) or _place_kind(noun, lexicon)


def _place_kind(noun, lexicon: Lexicon) -> str | None:
    """LOC for a place's noun of ``data/called_places.txt`` that a naming participle follows ("a site called
    Abri Peyrony"); not one a compound modifies ("a news site called X", "a crypto site")."""
    if not noun.is_lower or noun.lower_ not in lexicon.word_sets["called_places"]:
        return None
    return None if any(child.dep_ == "compound" for child in noun.children) else "LOC"


def _apposed_kind(doc, ts: int, te: int, lexicon: Lexicon) -> str | None:
    """The type of a thing's noun the name is in apposition with, or that stands right before it."""
    root = doc[ts:te].root
    before = doc[ts - 1] if ts >= 1 else None
    if before is not None and before.text == "," and ts >= 2 and root.dep_ == "appos" and root.head.i == ts - 2:
        return _noun_kind(root.head, lexicon, things_only=True)  # "one antibody cocktail, ZMapp,"
    if before is not None and before.is_lower and before.dep_ in ("compound", "nmod", "amod") \
            and ts <= before.head.i < te:
        return _noun_kind(before, lexicon, things_only=True)  # "the antiviral drug Remdesivir"
    if before is not None and before.is_lower and root.dep_ == "appos" and root.head == before:
        return _noun_kind(before, lexicon, things_only=True)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= te:
            kind = _noun_kind(child, lexicon, things_only=True)  # "Project MKUltra, a CIA mind control program"
            if kind:
                return kind
    return None


def _known_actor(text: str, lexicon: Lexicon) -> bool:
    return any(entry.type in _ACTOR_TYPES for entry, _ in lexicon.knowledge.lookup(text) or ())


def called_kind(doc, ts: int, te: int, *, lexicon: Lexicon) -> str | None:
    """The type a class noun gives the name ``doc[ts:te]``, or None.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A parsed Doc.
    ts, te : int
        The name's token range.
    lexicon : Lexicon
        Its ``called_nouns`` and ``context_nouns`` tables and knowledge base are read.

    Returns
    -------
    str or None
        PRODUCT for a drug, a programme, a work or a technique (no node); the type of
        ``data/context_nouns.tsv`` for another class noun a naming participle introduces
        ("a town called Mangina" GPE); None when no class noun introduces the name.
    """
    kind = _introduced_kind(doc, ts, lexicon) or _apposed_kind(doc, ts, te, lexicon)
    text = doc[ts:te].text
    if kind is None and text in introduced_things(doc, lexicon=lexicon):
        kind = PRODUCT  # "In the PALM trial, ZMapp served as a control" after "One antibody cocktail, ZMapp,"
    if kind == PRODUCT and _known_actor(text, lexicon):
        return None  # "a film called Selma": the mention alone cannot tell the town from the film
    return kind


def introduced_things(doc, *, lexicon: Lexicon) -> frozenset[str]:
    """The names ``doc`` introduces as things (the first mention of the tagger's of a name is one a thing's
    noun introduces: "One antibody cocktail, ZMapp,"): every later mention of the same text is the same thing.
    A name first met as anything else stays itself ("Bob Lazar was reputedly responsible ...", later "a
    documentary film titled Bob Lazar": that mention alone is the film). Found once per Doc."""
    memo = cache_of(doc).memo("introduced_things")
    found = memo.get(id(lexicon))
    if found is None:
        seen, things = set(), set()
        for ent in doc.ents:
            if ent.label_ not in _TAGGED or ent.text in seen:
                continue  # only a name's first mention introduces it: "Bob Lazar was ..." before "a film titled Bob Lazar"
            seen.add(ent.text)
            if (_introduced_kind(doc, ent.start, lexicon) or _apposed_kind(doc, ent.start, ent.end, lexicon)) == PRODUCT:
                things.add(ent.text)
        found = memo[id(lexicon)] = frozenset(things)
    return found
