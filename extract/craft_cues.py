"""Names the text describes as a craft: spacecraft, ships and vehicles, no actor.

The tagger types an unseen craft by its look ("Crew Dragon" PERSON, "Voskhod" PERSON, "International
Space Station" ORG), and the craft then "carries" and "docks" as if it were someone. One mention often says
what it is, and then every mention of the name in the article is that craft:

- **the name before a kind of craft that heads it** (``data/craft_kinds.txt``): "the Crew Dragon capsule",
  "the Voskhod spacecraft", "its Starliner craft", named by the tagger or not; a maker the tables know
  before it is left out ("the SpaceX Crew Dragon capsule": "Crew Dragon"; "the SpaceX capsule": none), and a
  name the tagger calls a body or a place at any mention is the owner or the goal ("the Sea-Eye ship", "the
  Mars rover"; a celestial body is never a craft, "the Moon lander"), unless an owner stands
  before it ("its Starliner capsule", "the Soviet Union's Voskhod spacecraft");
- **aboard it**: "two astronauts aboard the Endeavour", "on board the Soyuz" (the people aboard are people);
- **what only a craft does** (``data/craft_verbs.txt``): "the Crew Dragon docked with the station",
  "the capsule splashed down"; launched into orbit or by a rocket: "the Crew Dragon was launched via a
  Falcon 9 rocket" (not "the company was launched in 2002");
- **a numbered mission or flight**: "the Voskhod 2 mission", "the Apollo 11 flight";
- **its own name ends in a kind**: "the International Space Station", "the Space Shuttles".

A craft's name of three words or more gives its initials ("ISS"), and one of two words or more a last word
that is a kind ("Shuttle" of "Space Shuttle").

No name that starts with a given name ("Doug Hurley docked ..."), that a mention shows speaking or doing
what only people do, or that the tables know as a person, a body or a place (but for a name ending in a
kind) is a craft. :func:`craft_cue` is called by :func:`extract.product_cues.product_cue`; its PRODUCT drops
the mention, so the name is no actor.
"""

from __future__ import annotations

import functools

from .doccache import cache_of, doc_ents, doc_span
from .lexicon import Lexicon
from .lexicon.normalise import fold_key
from .product_cues import known_actor as _known_actor

__all__ = ["craft_cue", "described_craft"]

#: Prepositions of a launch that only a craft takes: "launched into orbit", "via a Falcon 9 rocket", with
#: what they must lead to (or a kind of craft: "atop a Soyuz rocket"); not "launched via Twitter".
_LAUNCH_PREPOSITIONS = frozenset({"into", "via", "atop", "aboard"})
_LAUNCH_GOALS = frozenset({"orbit", "space"})
#: Nouns after a number that make the name before it a craft's or a mission's: "the Voskhod 2 mission".
_MISSION_NOUNS = frozenset({"mission", "flight", "spaceflight"})
#: The tagger's labels of a name before a kind that is its owner or its goal, no craft: "the Sea-Eye ship",
#: "the Mars rover".
_OWNER_LABELS = frozenset({"ORG", "GPE", "LOC"})
#: The tagger's labels a craft may wear.
_TAGGED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})


@functools.lru_cache(maxsize=4)
def _kinds(lexicon: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The kinds of craft as word tuples, the longest first ("cruise ship" before "ship")."""
    kinds = {tuple(k.casefold().split()) for k in lexicon.words["craft_kinds"]}
    return tuple(sorted(kinds, key=len, reverse=True))


@functools.lru_cache(maxsize=4)
def _verbs(lexicon: Lexicon) -> frozenset[tuple[str, ...]]:
    """The craft verbs as (lemma,) or (lemma, particle)."""
    return frozenset(tuple(v.casefold().split()) for v in lexicon.words["craft_verbs"])


def _kind_at(doc, i: int, lexicon: Lexicon, *, lower: bool = True) -> int | None:
    """The index of the last word of a kind of craft that begins at ``doc[i]`` (in lower case, or in any
    case with ``lower`` False; its last word may be plural), or None."""
    for kind in _kinds(lexicon):
        end = i + len(kind)
        if end > len(doc):
            continue
        words = doc[i:end]
        if all((t.is_lower or not lower) and (t.lower_ == w or k == len(kind) - 1 and t.lower_ == w + "s")
               for k, (t, w) in enumerate(zip(words, kind))):
            return end - 1
    return None


def _ends_in_kind(span, lexicon: Lexicon) -> bool:
    """Whether the name's own last words are a kind of craft: "International Space Station", "Space
    Shuttles" (two words or more, every one capitalised). A kind of one word must end a name the tagger
    and the tables take for no body: "Land Rover", "Delta Shuttle" are firms."""
    span = _own_words(span)
    if len(span) < 2 or not all(t.text[:1].isupper() for t in span):
        return False
    starts = [i for i in range(span.start, span.end) if _kind_at(span.doc, i, lexicon, lower=False) == span.end - 1]
    if not starts:
        return False
    return min(starts) < span.end - 1 or span[-1].ent_type_ != "ORG" and not _known_actor(span.text, lexicon)


def _name_before_kind(doc, i: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """The name (a run of capitalised proper nouns) that ends right before the kind of craft beginning at
    ``doc[i]`` and that the kind heads, less a maker the tables know before it; or None."""
    last = _kind_at(doc, i, lexicon)
    if last is None or i == 0 or last + 1 < len(doc) and doc[last + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "the Crew Dragon capsule", not "the Crew Dragon capsule programme"
    end = start = i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and doc[start - 1].head.i in range(start - 1, last + 1):
        start -= 1
    while start < end and _known_actor(doc[start].text, lexicon):
        start += 1  # "the SpaceX Crew Dragon capsule": SpaceX is the maker
    if start == end or doc[end - 1].head.i not in range(i, last + 1):
        return None
    return start, end


def _aboard(span) -> bool:
    """Whether the name is what someone is aboard or on board: "aboard the Endeavour"."""
    root, doc = span.root, span.doc
    prep = root.head
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "aboard" or prep.lower_ == "onboard":
        return True
    return prep.lower_ == "board" and prep.i > 0 and doc[prep.i - 1].lower_ == "on"


def _does_craft_thing(span, lexicon: Lexicon) -> bool:
    """Whether the name is the subject of a verb only a craft does ("docked", "splashed down"; with no
    object), of a craft's motion after "the" ("the Endeavour landed"), or was launched into orbit or by a
    rocket."""
    root = span.root
    verb = root.head
    if root.dep_ == "nsubjpass" and verb.lemma_ == "launch":
        return any(c.dep_ == "prep" and c.lower_ in _LAUNCH_PREPOSITIONS and any(
            o.dep_ == "pobj" and (o.lower_ in _LAUNCH_GOALS or _kind_at(o.doc, o.i, lexicon) == o.i)
            for o in c.children) for c in verb.children)
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return False  # "Acme docked the workers' pay"
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.casefold()
    if (lemma,) in _verbs(lexicon) or any((lemma, p) in _verbs(lexicon) for p in particles):
        return True
    return lemma in lexicon.word_sets["craft_motion_verbs"] and _the_person(span)


def _the_person(span) -> bool:
    """Whether the name has "the" before it though the tagger took it for one person or a people: "the
    Endeavour" (no person's name takes "the"; not a plural, "the Kennedys")."""
    doc = span.doc
    if span.label_ not in ("PERSON", "NORP") or span[-1].text.endswith("s"):
        return False
    first = span[0] if span[0].lower_ == "the" else doc[span.start - 1] if span.start else None
    return first is not None and first.lower_ == "the"


def _numbered_mission(doc, span) -> str | None:
    """The name less its number where a number and a mission's noun follow it, the number inside the name
    or not: "the Voskhod 2 mission" ("Voskhod"); else None."""
    te = span.end
    if te < len(doc) and doc[te].lower_ in _MISSION_NOUNS and len(span) > 1 and span[-1].like_num:
        return span[:-1].text
    if te + 1 < len(doc) and doc[te].like_num and doc[te + 1].lower_ in _MISSION_NOUNS:
        return span.text
    return None


def _acts_as_person(ent, lexicon: Lexicon) -> bool:
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    lemma = root.head.lemma_.casefold()
    return lemma in lexicon.tables["speech_verbs"] or lemma in lexicon.word_sets["person_verbs"]


def described_craft(doc, *, lexicon: Lexicon) -> frozenset[str]:
    """The names ``doc`` describes as craft at one mention or more (see the module). Found once per Doc."""
    memo = cache_of(doc).memo("described_craft")
    found = memo.get(id(lexicon))
    if found is not None:
        return found
    from .entity_context import is_given_name

    before_kind, described, bodies, excluded = set(), set(), set(), set()
    for tok in doc:
        if tok.is_lower and tok.pos_ == "NOUN":
            named = _name_before_kind(doc, tok.i, lexicon)
            if named is not None:
                owned = named[0] > 0 and (doc[named[0] - 1].dep_ == "poss" or doc[named[0] - 1].tag_ == "POS")
                # "its Starliner capsule": the owner is another; else "the Sea-Eye ship" may name the owner
                (described if owned else before_kind).add(doc[named[0]:named[1]].text)
    for ent in doc_ents(doc):
        if ent.label_ not in _TAGGED:
            continue
        if ent.label_ in _OWNER_LABELS:
            bodies.add(ent.text)  # "the Sea-Eye ship": the ship's owner; "the Mars rover": where it goes
        if _aboard(ent) or _does_craft_thing(ent, lexicon):
            described.add(ent.text)
        numbered = _numbered_mission(doc, ent)
        if numbered:
            described.update((ent.text, numbered))  # "the Voskhod 2 mission": "Voskhod 2", "Voskhod"
        if _acts_as_person(ent, lexicon):
            excluded.add(ent.text)
    found = {t for t in (before_kind - bodies) | described if t not in excluded
             if not is_given_name(t.split()[0], lexicon=lexicon) and not _known_actor(t, lexicon)
             and not _celestial(t, lexicon)}  # "the Moon lander"
    found |= {_own_words(ent).text for ent in doc_ents(doc) if _ends_in_kind(ent, lexicon)}
    found = memo[id(lexicon)] = frozenset(found | _short_forms(found, lexicon))
    return found


def _celestial(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a celestial body of ``data/celestial_bodies.txt``, one that is also another kind of
    name ("*Moon") too: a craft's goal, never the craft ("the Moon lander", "the Mars rover")."""
    bodies, folded = lexicon.word_sets["celestial_bodies"], fold_key(name)
    return folded in bodies or "*" + folded in bodies


def _own_words(span):
    """The name less a "the" before it."""
    return span[1:] if len(span) and span[0].lower_ == "the" else span


def _short_forms(names, lexicon: Lexicon) -> set[str]:
    """The initials of the craft's names of three words or more ("ISS" of "International Space Station") and
    the last word of one that ends in a kind of one word ("Shuttle" of "Space Shuttle")."""
    forms = set()
    for name in names:
        words = name.split()
        if len(words) > 2 and all(w[:1].isupper() for w in words):
            forms.add("".join(w[0] for w in words))
        if len(words) > 1 and (words[-1].casefold(),) in _kinds(lexicon):
            forms.add(words[-1])
    return forms


def craft_cue(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the text describes the name ``doc[ts:te]`` as a craft (see the module)."""
    span = doc_span(doc, ts, te)
    return span.text in described_craft(doc, lexicon=lexicon) or _ends_in_kind(span, lexicon)
