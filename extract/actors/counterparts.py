"""A counterpart's code: the country its nationality word names, the role of the one it is the counterpart of.

"Iran's foreign minister met his Iraqi counterpart": the counterpart holds the foreign minister's post in
Iraq, and CAMEO coders code it ``IRQGOV``. A noun of ``data/counterpart_nouns.txt`` (counterpart, opposite
number, peer) takes

- its country from its own words: one nationality word or country name before it ("his Iraqi
  counterpart", "the US counterpart", "Iraq's counterpart");
- its role from its *holder*, the one it is the counterpart of: the "of" phrase ("the Iraqi counterpart
  of the Iranian minister"), a possessive noun ("the Iranian minister's Iraqi counterpart"), the entity
  coreference resolves a possessive pronoun to, or, for "his", "her", "their" or no possessive, the
  subject of the verb whose object (or "with"/"to" phrase) it is, or the first conjunct it is joined to
  ("the French minister and her British counterpart"). A general's counterpart is ``MIL``, a
  lawmaker's ``LEG``, a president's ``GOV`` (the roles of :data:`HELD_ROLES`).

Only a person's post passes on: a holder that is a person or a noun of a post. The holder's code
must have a country, another one than the counterpart's ("a British peer" of a British prime minister
is a lord, not a minister), and a role. A holder that is a thing or an organisation ("the
Chinese counterpart of Twitter", "compared the vaccine with its Russian counterpart") makes the
counterpart no actor (:data:`NOT_AN_ACTOR`). No country, or a holder this reads no code of ("his
counterpart in the talks"), leaves the mention as the other rules code it.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import Lexicon
from .codes import STATE_ROLES
from .mentions import ActorCode, is_generic_actor, with_country

__all__ = ["HELD_ROLES", "NOT_AN_ACTOR", "counterpart_code", "coded_partner", "is_counterpart_noun", "names_counterpart"]

#: Roles a person's post passes on to a counterpart: the state's, the opposition's, business and media.
HELD_ROLES = STATE_ROLES | frozenset({"OPP", "BUS", "MED"})
#: :func:`counterpart_code`'s answer for the counterpart of a thing or an organisation: no actor at all.
NOT_AN_ACTOR = ActorCode("", 0.0, "counterpart", None, None)
_WORDS = "counterpart_nouns"
_SOURCE = "adjective"
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
_PARTNER_PREPS = frozenset({"with", "to"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
_SUBJECT_DEPS = frozenset({"nsubj"})


def is_counterpart_noun(token, lexicon: Lexicon) -> bool:
    """Is ``token`` the head of a counterpart noun ("counterpart", "peers", "number" of "opposite number")?"""
    words = lexicon.word_sets[_WORDS]
    lower = token.lower_
    if lower in words or token.lemma_.lower() in words and token.pos_ == "NOUN":
        return token.pos_ in ("NOUN", "PROPN")
    return any(child.dep_ in ("amod", "compound") and child.i == token.i - 1 and f"{child.lower_} {lower}" in words
               for child in token.children)


def names_counterpart(token, lexicon: Lexicon) -> bool:
    """Is ``token`` a counterpart noun with its country ("his Iraqi counterpart"): a generic actor of a country?"""
    return is_counterpart_noun(token, lexicon) and _country(token, lexicon) is not None


def coded_partner(token, lexicon: Lexicon) -> bool:
    """Is the "with" partner ``token`` a generic actor of a country, coded as a named actor is ("held talks
    with the Chinese defence minister", "... with his Chinese counterpart"), though no name?"""
    return token.pos_ == "NOUN" and (names_counterpart(token, lexicon) or is_generic_actor(token, lexicon=lexicon))


def _country(head, lexicon: Lexicon) -> str | None:
    """The one country the noun's own modifiers name ("his Iraqi counterpart", "the South Korean one")."""
    found = set()
    for child in head.children:
        if child.i > head.i or child.dep_ not in _MODIFIER_DEPS or child.pos_ == "PRON":
            continue
        words = [t.text for t in child.subtree if t.dep_ != "case" and t.tag_ != "POS" and t.i < head.i]
        for text in (" ".join(words), child.text):
            label = lexicon.countries.country_of(text)
            country = lexicon.countries.by_label.get(label) if label is not None else None
            if country is not None:
                found.add(country.alpha3)
                break
    return next(iter(found)) if len(found) == 1 else None


def _syntactic_holder(head):
    """The subject of the verb the counterpart is the object of (or the "with"/"to" partner of), or the
    first conjunct it is joined to; None elsewhere."""
    tok = head
    while tok.dep_ == "appos" and tok.head.i != tok.i:  # "met Nauseda, his Lithuanian counterpart"
        tok = tok.head
    if tok.dep_ == "conj":
        first = tok.head
        while first.dep_ == "conj":
            first = first.head
        return first if first.pos_ in ("NOUN", "PROPN") else None
    verb = None
    if tok.dep_ in _OBJECT_DEPS:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in _PARTNER_PREPS and tok.head.dep_ == "prep":
        verb = tok.head.head
        if verb.pos_ == "NOUN" and verb.dep_ in _OBJECT_DEPS:
            verb = verb.head  # "held talks with his Cypriot counterpart": "with" on the verb's object
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    return subjects[0] if len(subjects) == 1 else None


def _role(code: str, lexicon: Lexicon) -> tuple[str | None, str]:
    """(country or None, roles) of a code."""
    if lexicon.countries.by_alpha3.get(code[:3]) is not None:
        return code[:3], code[3:]
    return None, code


def _held(roles: str, allowed: frozenset[str]) -> bool:
    return bool(roles) and len(roles) % 3 == 0 and all(roles[i : i + 3] in allowed for i in range(0, len(roles), 3))


def counterpart_code(head, *, code_of: Callable, possessor=None, can_act: Callable, lexicon: Lexicon):
    """The code of the counterpart noun ``head``: an :class:`ActorCode`, :data:`NOT_AN_ACTOR`, or None.

    Parameters
    ----------
    head : spacy.tokens.Token
        The mention's head noun.
    code_of : callable
        ``code_of(token) -> ActorCode or None``: the code of the phrase a token heads (the holder's).
    possessor : tuple, optional
        (key, type, code) of the entity a possessive pronoun is resolved to
        (:func:`extract.relations.possessors.recorded_possessor`).
    can_act : callable
        ``can_act(token) -> bool``: can the phrase a token heads act (a person, a post, a body)?
    lexicon : Lexicon
        The tables.

    Returns
    -------
    ActorCode, NOT_AN_ACTOR or None
        The counterpart's country with the holder's role; :data:`NOT_AN_ACTOR` for a thing's or an
        organisation's counterpart; None where this reads nothing (no counterpart noun, no country,
        no holder, a holder of no role or of the same country).
    """
    if not is_counterpart_noun(head, lexicon):
        return None
    country = _country(head, lexicon)
    if country is None:
        return None
    holder, pronoun = None, None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > head.i:
            holder = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "poss":
            if child.pos_ == "PRON":
                pronoun = child.lower_
            elif lexicon.countries.country_of(child.text) is None:
                holder = child  # "the Iranian minister's Iraqi counterpart"
    if holder is None and possessor is not None:
        _, kind, code = possessor
        return _judged(_PERSON if kind == "PERSON" else _ORG if kind == "ORG" else kind, code, country, lexicon)
    if holder is None and pronoun in (None, *_PERSON_POSSESSIVES):
        holder = _syntactic_holder(head)
    if holder is None:
        return None
    found = code_of(holder)
    # "the Pakistani army chief" (PAKMIL): a code with a post's role is a person's, whatever its noun
    posted = found is not None and _held(_role(found.code, lexicon)[1], HELD_ROLES)
    kind = holder.ent_type_ or (_PERSON if posted or can_act(holder) else _THING)
    return _judged(kind, found.code if found is not None else None, country, lexicon)


_PERSON, _ORG, _THING = "PERSON", "ORG", "THING"
#: Entity types of holders that are things, whose counterparts are things too.
_THINGS = frozenset({_THING, "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})


def _judged(kind: str, code: str | None, country: str, lexicon: Lexicon):
    """The counterpart's code by its holder's kind and code: a person passes on a post's role
    (:data:`HELD_ROLES`), an organisation only a state body's ("the Iranian ministry and its Iraqi
    counterpart"); a thing's, and another organisation's counterpart is :data:`NOT_AN_ACTOR`."""
    own, roles = _role(code, lexicon) if code else (None, "")
    if kind in _THINGS:
        return NOT_AN_ACTOR
    if kind == _ORG:
        return _code(country, roles, own, lexicon) if _held(roles, STATE_ROLES) else NOT_AN_ACTOR
    if kind == _PERSON and _held(roles, HELD_ROLES):
        return _code(country, roles, own, lexicon)
    return None


def _code(country: str, roles: str, own: str | None, lexicon: Lexicon) -> ActorCode | None:
    """``country + roles``; None where the holder is of that country itself ("a British peer"), or of
    no country (a role alone is a guess of the agent nouns: "Tesla's chief executive" is no ``GOV``)."""
    return None if own is None or own == country else with_country(country + roles, _SOURCE, lexicon)
