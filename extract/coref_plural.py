"""When "they" is not the one organisation named before: a counted group, persons named since, a source.

A plural pronoun may stand for an organisation ("Ford said in their filing"), but only when no nearer
plural fits. These tests, read off the parse, leave it unresolved where one does:

- :func:`counted_subject`: the subject of its clause is a number or a share of a group ("84% of
  surveyed Britons did not wash their hands", "two of the victims lost their lives");
- :func:`counter_of`: the group a number counts takes the number's place ("Hundreds of protesters
  gathered outside the Ministry. They ...": the protesters, a subject);
- :func:`persons_since`: two or more persons are named after the organisation and before the pronoun
  ("the Academy ... shared between Peebles, Queloz and Mayor. They are to share ...").
"""

from __future__ import annotations

from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["counted_subject", "counter_of", "persons_since"]

#: Entity types of a subject that counts members of a group.
_COUNT_ENTS = frozenset({"PERCENT", "CARDINAL", "QUANTITY"})
#: Nouns that count or share out a group ("half of them", "the majority of voters").
_SHARE_NOUNS = frozenset({"half", "majority", "minority", "percent", "per cent", "%", "third", "quarter", "dozens",
                          "hundreds", "thousands", "millions", "number", "rest", "remainder"})


def _counts(noun) -> bool:
    if noun.ent_type_ not in _COUNT_ENTS and not noun.like_num and noun.lower_ not in _SHARE_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def counter_of(noun):
    """The number or share that counts ``noun`` ("Hundreds of protesters", "84% of adults"), or None:
    the noun stands in the counter's place in its clause."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head is prep:
        return None
    return prep.head if _counts(prep.head) else None


def counted_subject(tok) -> bool:
    """Whether the subject of the clause the plural pronoun ``tok`` is in, before it, counts a group
    ("84% of Britons did not wash their hands", "two of them said they ...")."""
    node = tok
    for _ in range(4):
        if node.head is node:
            return False
        verb = node.head
        if verb.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < tok.i and _counts(c) for c in verb.children)
        node = verb
    return False


def persons_since(res, key: str, tok) -> bool:
    """Whether two or more persons are named after the last mention of organisation ``key`` (by name, or
    by a description or pronoun resolved to it) and before
    the plural pronoun ``tok``, within its window: they, not the organisation, may be "they".

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver.
    key : str
        The organisation the pronoun would refer to.
    tok : spacy.tokens.Token
        The pronoun.
    """
    ends = [m.token_end for _root, m in res.roots if m.key == key and m.token_end <= tok.i]
    ends += [head + 1 for head, keys in res.anaphors if key in keys and head < tok.i]  # "the event", "it"
    if not ends:
        return False
    last = max(ends)
    persons = {
        m.key for _root, m in res.roots
        if last <= m.token_start and m.token_end <= tok.i and res.entities[m.key].type == "PERSON"
    }
    return len(persons) >= 2
