"""Who else "they" and "it" can be: a plural noun before a plural pronoun, a pair of names before "it" or
"the two sides".

A plural pronoun agrees in number with a people or a coordinated pair, but with one organisation only
loosely ("Apple said they ..."), and "it" with one name, not with a member of a pair. These tests, read off
the parse, leave such an anaphor unresolved when something that agrees better stands in the way:

- :func:`plural_rival_between`, for a subject or object "they" / "them" (not a possessive "their", which
  a thing may not own): a plural common noun stands after the organisation and before the pronoun as a
  subject or an object ("Apple sued two former engineers. They are accused of ...", "Boeing delivered 40 jets.
  They were ..."). A "they" that acts, the subject of a verb other than "be" ("They currently feature a
  video"), is an agent: only a noun for people or a body of people competes then, the person nouns of
  ``data/person_nouns.txt`` / ``data/speaker_nouns.txt``, the agent nouns of the CAMEO agents dictionary
  (``Phoenix.agents.txt``: "voters", "militants") and the class, body and company nouns ("firms"). A noun after
  a preposition ("condolences to the family, friends and fans") is no rival.
- :func:`coordinated_name`: a name coordinated with another ("The European Union and the United Kingdom failed
  to reach a deal. It would have ..."): "it" is one of the two, or the deal; left unresolved.
- :func:`place_named_where`: a place named only to say where something is or happens ("Iran hosted the 2017
  championship and it was boycotted ...", "in Syria, you go visit all the shrines ... it comforts people"): a
  place after a preposition of place is no subject of the story, so "it" is left unresolved rather than given
  to it (an "it" the article goes on about is still chained to a resolved one).
- :func:`same_unknown_subject`: a "their" / "its" whose clause's subject is a "they" / "it" left unresolved
  ("the right-wing ... because they will take advantage of ex-Muslims to further their bigotry") is that
  same unknown subject, no name nearer it.
- :func:`other_pair`: "the two sides", "both countries" after a coordinated pair of names ("Israel and Hamas
  agreed a truce brokered by Egypt. The two sides ..."): the pair is what the description names; when the two
  names the kind test kept are not that pair, the description is left unresolved rather than pair two others.
"""

from __future__ import annotations

import functools

from .coref_partitives import partitive_head
from .coref_persons import person_words

__all__ = ["coordinated_name", "is_group_noun", "other_pair", "place_named_where", "plural_rival_between",
           "same_unknown_subject"]

# Where a common noun stands as a rival antecedent of "they": a subject or an object.
_GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# Prepositions that place something in a place ("in Syria", "from Helsinki").
_PLACE_PREPS = frozenset({
    "in", "at", "from", "into", "across", "throughout", "near", "around", "within", "inside", "outside", "to",
})
_PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
# Word lists of nouns for a body of people.
_BODY_LISTS = ("body_nouns", "company_nouns", "agent_nouns")
# Entity types of nouns that count or date, never a group ("two years", "dozens").
_NOT_GROUP_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


@functools.lru_cache(maxsize=4096)
def _agent_noun(lexicon, lemma: str) -> bool:
    return bool(lexicon.dictionaries.agent_codes(lemma))


def is_group_noun(tok, lexicon) -> bool:
    """Whether ``tok`` is a plural common noun for people or bodies ("engineers", "voters", "firms").

    Parameters
    ----------
    tok : spacy.tokens.Token
        A token of a parsed document.
    lexicon : extract.lexicon.Lexicon
        The word lists and the CAMEO dictionaries.
    """
    if tok.tag_ != "NNS" or tok.pos_ != "NOUN" or tok.ent_type_ in _NOT_GROUP_ENTS:
        return False
    lemma = tok.lemma_.casefold()
    return lemma in _group_words(lexicon) or _agent_noun(lexicon, lemma)


@functools.lru_cache(maxsize=8)
def _group_words(lexicon) -> frozenset[str]:
    """Nouns for one person or one body: person, speaker, class ("company", "group"), body and company nouns."""
    words = set(person_words(lexicon)) | set(lexicon.tables["class_nouns"])
    for name in _BODY_LISTS:
        words |= lexicon.word_sets.get(name, frozenset())
    return frozenset(words)


def _acts(tok) -> bool:
    """Whether the pronoun is the active subject of a verb other than "be" ("they said", "they feature")."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_ != "be"


def plural_rival_between(res, start: int, tok) -> bool:
    """Whether a plural noun no name stands for lies after token ``start`` and before the plural pronoun
    ``tok`` and may be what it is: any plural noun, or for a "they" that acts a noun for people or bodies.

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``doc``, ``token_mention``, ``resolved`` and ``lexicon``).
    start : int
        The first token of the organisation the pronoun would refer to.
    tok : spacy.tokens.Token
        The pronoun.
    """
    if tok.lower_ not in ("they", "them"):
        return False
    acts = _acts(tok)
    doc, token_mention, resolved = res.doc, res.token_mention, res.resolved
    return any(
        t.tag_ == "NNS" and t.pos_ == "NOUN" and t.ent_type_ not in _NOT_GROUP_ENTS and token_mention[t.i] < 0
        and t.i not in resolved and _rival_role(t) and (not acts or is_group_noun(t, res.lexicon))
        for t in doc[start + 1 : tok.i]
    )


def _rival_role(noun) -> bool:
    """A subject or object, or a name coordinated with one ("engineers and managers"), or counted out of one
    ("both of its drivers")."""
    noun = partitive_head(noun)
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return noun.dep_ in _GROUP_DEPS


def coordinated_name(res, mention) -> bool:
    """Whether ``mention`` is coordinated with another name ("the EU and the UK").

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``doc`` and ``token_mention``).
    mention : extract.entities.Mention
        The candidate antecedent.
    """
    token_mention = res.token_mention
    root = res.doc[mention.token_start : mention.token_end].root
    if root.dep_ == "conj" and token_mention[root.head.i] >= 0 and token_mention[root.head.i] != token_mention[root.i]:
        return True
    return any(
        c.dep_ == "conj" and token_mention[c.i] >= 0 and token_mention[c.i] != token_mention[root.i]
        for c in root.children
    )


def place_named_where(res, mention, tok) -> bool:
    """Whether ``mention`` is a place after a preposition of place ("in Syria", "from Helsinki"), and the
    pronoun ``tok`` is not said to be a place ("... from Helsinki, it's not exactly my home town").

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``doc`` and ``entities``).
    mention : extract.entities.Mention
        The candidate antecedent.
    tok : spacy.tokens.Token
        The pronoun "it".
    """
    entity = res.entities.get(mention.key)
    if entity is None or entity.type not in _PLACE_KINDS:
        return False
    root = res.doc[mention.token_start : mention.token_end].root
    return root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS and not _said_a_place(tok, res.lexicon)


def _said_a_place(tok, lexicon) -> bool:
    """Whether "it" is the subject of "be" whose complement is a noun for a place ("it's not my home town")."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_ != "be":
        return False
    places = lexicon.word_sets["place_nouns"] | lexicon.word_sets["area_nouns"]
    return any(c.dep_ == "attr" and c.lemma_.casefold() in places for c in tok.head.children)


def same_unknown_subject(res, subject, tok) -> bool:
    """Whether ``subject``, the subject of the clause of the pronoun ``tok``, is a pronoun of its number
    that the resolver left unresolved.

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``resolved``).
    subject : spacy.tokens.Token
        The subject of the pronoun's clause.
    tok : spacy.tokens.Token
        The pronoun.
    """
    if subject.i == tok.i or subject.i in res.resolved:
        return False
    plural = tok.lower_ in _PLURAL_PRONOUNS
    return subject.lower_ in (("they", "we") if plural else ("it",))


def other_pair(res, keys, start: int, window: int) -> bool:
    """Whether a coordinated pair of names other than ``keys`` stands within ``window`` sentences before
    token ``start`` and shares a name with ``keys`` ("Israel and Hamas ... by Egypt": Israel and Egypt
    are not the pair).

    Parameters
    ----------
    res : extract.coref._Agreement
        The article's resolver (its ``groups``, ``group_starts`` and ``sent_of``).
    keys : sequence of str
        The two entities a plural description would take.
    start : int
        The first token of the description.
    window : int
        How many sentences back a pair may stand.
    """
    here = res.sent_of[start]
    chosen = set(keys)
    for position, sent, _role, members in reversed(res.groups):
        if position >= start:
            continue
        if here - sent > window:
            break
        if len(members) == 2 and set(members) != chosen and chosen & set(members):
            return True
    return False
