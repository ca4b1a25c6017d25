"""A name followed by the class noun it is one of: "the Sustainable Australia party", "the Hamas group".

A lower-case class noun of an organisation (``data/class_nouns.tsv``, ORG or COMPANY: "party", "group",
"company") right after a name that modifies it says what that name is, as a suffix inside a name does
("Idlib province"): "Sandra Jephcott, who is running for the Sustainable Australia party. ... According to the
party's website" is Sustainable Australia's, not the Labor Party named two sentences before (whose own name
ends in "Party"). :func:`following_class_noun` gives that noun; :mod:`extract.coref` records it as a
description of the name, so a later "the party" takes the latest such name. That phrase names the organisation
itself (:func:`noun_after_name`): "the far left Antifa organization" is Antifa, never an organisation named
before it.
"""

from __future__ import annotations

__all__ = ["following_class_noun", "noun_after_name"]

#: What the class noun must be able to refer to.
_ORG_CLASSES = frozenset({"ORG", "COMPANY"})
#: Dependencies of a name that modifies the noun after it.
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


def following_class_noun(doc, mention, root, classes):
    """The lower-case class noun right after ``mention`` that its name modifies ("the X party"), or None.

    ``root`` is the mention's root token and ``classes`` maps a class noun to its kind (``class_nouns``).
    """
    end = mention.token_end
    if end >= len(doc) or root.dep_ not in _MODIFIER_DEPS or root.head.i != end:
        return None
    noun = doc[end]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.tag_ != "NN":
        return None
    return noun if classes.get(noun.lemma_.casefold()) in _ORG_CLASSES else None


def noun_after_name(res, tok, classes):
    """The mention of the organisation whose name modifies the class noun ``tok`` right before it ("the Antifa
    organization", "the Thai Raksa Chart party"), or None. The phrase names that organisation; it points back to
    no other one. A country or person before a noun ("the US president") is left to the other rules.

    ``res`` is the article's resolver (its Doc, mentions, token mentions and entities are read); ``classes``
    maps a class noun to its kind.
    """
    if tok.i == 0 or tok.tag_ != "NN" or classes.get(tok.lemma_.casefold()) not in _ORG_CLASSES:
        return None  # "Democratic organizations": several bodies, not the party
    before = res.doc[tok.i - 1]
    m = res.token_mention[before.i]
    if m < 0 or before.head.i != tok.i or before.dep_ not in _MODIFIER_DEPS:
        return None
    mention = res.mentions[m]
    return mention if res.entities[mention.key].type == "ORG" else None
