"""The other side of a tie: "Venezuela cut ties with Colombia", "Bahrain severed relations with Qatar".

The CAMEO verb patterns write the target of a verb of ties after "with" on the tie noun ("* DIPLOMATIC
TIES WITH + [054]" ESTABLISH, "* RELATIONS WITH + [160]" FREEZE, "* TIES WITH + [013]" VALUE). The
target rules (:mod:`.targets`) read a "with" phrase on a verb's object as the noun's own ("major
changes with ..."), so the relation's object was the tie ("ties"), and the actor it is cut with was
lost. :func:`tie_partners` gives that actor as the verb's target when:

- the verb's direct object is a noun of ties (``data/tie_nouns.txt``: ties, relations, links,
  contacts, cooperation), and the "with" phrase hangs on that noun or on the verb;
- the verb is a CAMEO verb (an event of the event map or an entry of the verb patterns): "has close
  ties with Iran" and "maintains links with" name a standing state, not an act, and "have" is no
  CAMEO verb;
- the "with" phrase's object is an actor (a named person, organisation, country or people, or a
  generic actor): "cut ties with the past" names none.

The tie noun becomes the relation's complement, and the verb's event is read as before from its
frame ("cut ties" 160, "severed diplomatic ties" 161).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..lexicon import Lexicon

__all__ = ["tie_partners"]


def tie_partners(verb, lemma: str, objects: Iterable, is_actor: Callable, lexicon: Lexicon) -> list:
    """The actors after "with" on ``verb``'s object of ties (or on the verb itself), if ``lemma`` is a CAMEO verb."""
    nouns = lexicon.word_sets["tie_nouns"]
    ties = [o for o in objects if o.lemma_.lower() in nouns or o.lower_ in nouns]
    if not ties or not _cameo_verb(lemma, lexicon):
        return []
    out = []
    for head in (*ties, verb):
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                out.extend(p for p in child.children if p.dep_ == "pobj" and is_actor(p) and p not in out)
    return out


def _cameo_verb(lemma: str, lexicon: Lexicon) -> bool:
    """Is ``lemma`` a CAMEO verb; a phrasal verb ("break off") is one when its verb is ("BREAK" keys
    "* DIPLOMATIC RELATION [161]")."""
    cameo = lexicon.cameo
    words = lemma.lower().split()
    for verb in dict.fromkeys((" ".join(words), words[0] if words else "")):
        if verb and (cameo.event_of(verb) is not None
                     or (cameo.patterns is not None and cameo.patterns.entry(verb) is not None)):
            return True
    return False
