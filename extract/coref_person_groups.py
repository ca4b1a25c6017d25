"""Plural descriptions of persons: "the two men", "both women", "the pair", "the three suspects", and "both".

"Antoine Quirin and Nicolas Redouane were convicted of rape. The pair received seven-year terms": a definite
description that counts persons refers back to the persons named just before, as "the two countries" does to
countries (:meth:`extract.coref._Resolver.pair`). It agrees in kind and number or refers to no one:

- :func:`person_test`: the test of a name for what the description's noun may describe: a person, of the
  noun's gender (``data/gendered_words.tsv``: "the two women" are not "Mr Jones and Mr Smith"); a plain
  person noun (``data/plain_person_nouns.txt``: "men", "people") or a collective of
  ``data/person_collectives.tsv`` ("the pair") may be any persons, another person noun ("the two
  officers", "both suspects") only persons the article described by it ("officers Quirin and
  Redouane", "X and Y, two police officers"), so "Police arrested X and Y. The two officers said ..."
  stays unresolved;
- :func:`collective_number`: how many persons "the pair", "the couple", "the trio" count;
- :func:`bare_both`: "both" standing alone as a subject or object ("Both received seven-year terms",
  "police arrested both") counts two actors of any kind (persons, organisations, countries).

The pair rule itself (exactly two of the kind in this sentence and the one before, else the coordinated pair
that acts) and the list rule for three or more (:func:`extract.coref_lists.counted_list`) decide which names;
with more or fewer the description is left unresolved.
"""

from __future__ import annotations

import functools

from .coref_groups import is_group_noun
from .coref_lists import list_members
from .coref_persons import _Persons, gendered_words, person_words

__all__ = ["bare_both", "both_test", "collective_number", "counted_antecedent", "group_rival", "named_together", "person_test",
           "whole_group"]

# Determiners of a definite collective ("the pair", "this couple").
_DEFINITE = frozenset({"the", "this", "that"})
# Where "both" standing alone is one of the two it counts: a subject, an object.
_BOTH_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})
# Where a name only modifies a noun ("two French police officers", "the Trump administration"): no actor of its own.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Number words that count a group ("two French officers ... Both").
_NUMBERS = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}


def collective_number(tok, lexicon) -> int:
    """How many persons the definite singular collective ``tok`` counts ("the pair" 2, "the trio" 3),
    or 0: not a noun of ``data/person_collectives.tsv``, not definite, or counting things ("the pair of
    shoes")."""
    if tok.tag_ != "NN" or tok.pos_ != "NOUN":
        return 0
    row = lexicon.tables["person_collectives"].get(tok.lower_)
    if row is None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.lefts):
        return 0
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        return 0
    return int(row[0])


def bare_both(tok) -> bool:
    """Whether ``tok`` is "both" standing alone for two actors ("Both were charged", "arrested both"):
    a pronoun subject or object with no "of" phrase ("both of them"), and no subject beside it (the "both"
    of "both ... and" the parser made one)."""
    if tok.lower_ != "both" or tok.pos_ != "PRON" or tok.dep_ not in _BOTH_DEPS:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in tok.head.children):
        return False  # "This both renders them eligible ... and identifies them": "both ... and"
    return not any(c.dep_ == "prep" for c in tok.children)


def stands_alone(tok) -> bool:
    """Whether the description ``tok`` heads a noun phrase of its own, no possessor or modifier of another
    noun ("the men's division", "the couple's home")."""
    return tok.dep_ not in _MODIFIER_DEPS and tok.dep_ != "poss" and not any(c.dep_ == "case" for c in tok.children)


def person_test(res, tok):
    """A test of a mention for the persons the plural or collective noun ``tok`` may describe, or None
    when ``tok`` is no person noun.

    Parameters
    ----------
    res : extract.coref._Antecedents
        The article's resolver (its ``lexicon``, ``entities``, ``descriptors`` and ``roots``).
    tok : spacy.tokens.Token
        The head noun of the description ("men", "officers", "pair").
    """
    lexicon = res.lexicon
    lemma = tok.lemma_.casefold()
    if not stands_alone(tok):
        return None
    if lemma in lexicon.tables["person_collectives"] or lemma in lexicon.word_sets["plain_person_nouns"]:
        described = None
    elif lemma in person_words(lexicon):
        described = _described(res, tok, lemma)
    else:
        return None
    gender = gendered_words().get(lemma)
    persons = _Persons(res) if gender else None
    entities = res.entities

    def accept(m) -> bool:
        return entities[m.key].type == "PERSON" and (described is None or m.key in described) \
            and (persons is None or persons.agrees(m.key, gender)) and not _modifier(res, m)

    return accept


def both_test(res, of_kind):
    """The test of a mention for what "both" standing alone counts: an actor ``of_kind`` takes that stands
    as a noun phrase of its own, not a name modifying a noun ("two French police officers": not France)."""
    return lambda m: of_kind(m) and not _modifier(res, m)


def group_rival(res, tok, start: int, number: int, window: int) -> bool:
    """Whether a plural common noun no name stands for lies within ``window`` sentences before token
    ``start`` and may be the group the description ``tok`` names instead: one counted as ``number``
    ("two French police officers ... Both", "attacked two guards. The two men") or, for any number, one of
    the description's own noun ("five men ... the men")."""
    here = res.sent_of[start]
    lemma = tok.lemma_.casefold() if tok.pos_ == "NOUN" else None
    for i in range(start - 1, -1, -1):
        t = res.doc[i]
        if here - res.sent_of[i] > window:
            return False
        if t.pos_ != "NOUN" or t.tag_ != "NNS" or res.token_mention[i] >= 0 or i in res.resolved:
            continue
        if t.lemma_.casefold() == lemma or any(
                c.dep_ == "nummod" and _NUMBERS.get(c.lower_) == number for c in t.lefts):
            return True
    return False


def named_together(res, keys, start: int, window: int) -> bool:
    """Whether the names ``keys`` were coordinated as one list within ``window`` sentences before token
    ``start`` ("Israel and Hamas agreed ... Both"): two names met apart are no group "both" points back to
    ("people dying in Italy, the USA, China ... both were combined")."""
    here = res.sent_of[start]
    return any(position < start and here - sent <= window and set(members) == set(keys)
               for position, sent, _role, members in res.groups)


def whole_group(res, tok, start: int, accept, window: int) -> tuple[str, ...]:
    """The persons "the men", "the officers" name: every person ``accept`` takes named in this sentence
    before token ``start`` and in the one before, when they are two or more and make up one coordinated
    list ("Quirin and Redouane"); else ``()``."""
    here = res.sent_of[start]
    keys = {m.key for root, m in res.roots
            if m.token_end <= start and here - res.sent_of[root.i] <= window and accept(m)}
    if len(keys) < 2 or not named_together(res, keys, start, window):
        return ()
    return next(members for _position, _sent, _role, members in reversed(res.groups) if set(members) == keys)


def _modifier(res, mention) -> bool:
    """Whether ``mention`` modifies a noun after it ("French" of "French police officers")."""
    root = res.doc[mention.token_start : mention.token_end].root
    return root.dep_ in _MODIFIER_DEPS and root.head.i >= mention.token_end


def _described(res, tok, lemma: str) -> frozenset[str]:
    """The persons named before ``tok`` that the article described by its noun (a title, an apposition, a
    copula), with the names coordinated with one ("officers Quirin and Redouane": both)."""
    forms = {lemma, tok.lower_}
    keys = {key for position, key, head, _mods in res.descriptors
            if position < tok.i and (head in forms or _singular(head) in forms)}
    for root, mention in res.roots:
        if mention.key in keys and mention.token_end <= tok.i:
            keys.update(list_members(root, res.token_mention, res.mentions) or ())
    return frozenset(keys)


@functools.lru_cache(maxsize=1024)
def _singular(word: str) -> str:
    """A title word's singular form as the word lists give it ("officers" -> "officer")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# Where a counted group stands as what "both" / "the pair" may take back: a subject or an object.
_GROUP_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def counted_antecedent(tok, lexicon):
    """The one plural noun for people or bodies counted as the description ``tok`` counts, a subject or an
    object in its sentence (before it) or the one before, that a lone "both" or "the pair" left without a
    named pair stands for ("Two French police officers were found guilty ... Both received seven-year
    terms": the officers); None when there is none, or more than one.

    Parameters
    ----------
    tok : spacy.tokens.Token
        "both" standing alone (:func:`bare_both`), or the noun of "the pair" / "the trio".
    lexicon : extract.lexicon.Lexicon
        The word lists (the collectives, the group nouns).
    """
    number = 2 if bare_both(tok) else collective_number(tok, lexicon)
    if not number:
        return None
    sent = tok.sent
    start = sent.start
    if start > 0:
        start = tok.doc[start - 1].sent.start
    found = [t for t in tok.doc[start : tok.i]
             if t.tag_ == "NNS" and t.pos_ == "NOUN" and not t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
             and t.dep_ in _GROUP_ROLES and is_group_noun(t, lexicon)
             and any(c.dep_ == "nummod" and _NUMBERS.get(c.lower_) == number for c in t.lefts)]
    return found[0] if len(found) == 1 else None
