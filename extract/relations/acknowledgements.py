"""Owning up, denials and guilty pleas: CAMEO 015 (Acknowledge or claim responsibility) and 016 (Deny responsibility).

CAMEO's verb dictionary lists ADMIT, CONFESS and ACKNOWLEDGE [015] in one
synset, but the map derived from it gives "admit" the synset's head code
(050), which no frame of the news supports, so "admitted his guilt" had no
event. :func:`acknowledgement_event` reads the frame:

- a verb of owning up (``data/acknowledgement_verbs.txt``: admit, confess,
  acknowledge), active, with a fault as object ("admitted his guilt",
  "acknowledged responsibility for the attack"; ``data/fault_nouns.txt``), or
  "to" and a fault or a deed ("confessed to the murder", "admitted to ordering
  the payments"), or, for admit and confess, a reported clause ("admitted that
  he had taken bribes"): 015. "was admitted to hospital" (passive), "admitted
  20 patients" and "acknowledged the crowd" stay as the patterns read them, and
  so does a thing's defect or a fault named as an explanation ("acknowledged
  faults with the system as possible explanations": no deed of the subject, a
  statement, 010); so is "acknowledge" with a plain thing that is no fault and
  no one's ("also acknowledged the deal"; "acknowledged Kosovo's independence"
  stays);
- a denial of one's own deed: "deny" with a clause whose subject is a personal
  pronoun ("Riyadh denied that it had ordered the killing", "he denied he
  had taken bribes"): 016, as the hand map codes "deny" with an object
  ("denied any involvement"). A
  clause about someone else ("denied the two explosions are related") is left
  to the patterns;
- a plea: "pleaded guilty" 015, "pleaded not guilty" / "pleaded innocent" 016.
  A plea is the accused's own statement on the charge (PLEAD alone is an
  appeal, 020, and keeps that reading without "guilty").

:func:`owned_up` tells the relation rules that such a verb with no object
("pleaded guilty to fraud", "admitted that ...") is a one-place event of its
subject, as :mod:`extract.relations.reports` does for verbs of reporting.

Examples
--------
>>> ACKNOWLEDGE, DENY
('015', '016')
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Event

__all__ = ["ACKNOWLEDGE", "DENY", "acknowledgement_event", "owned_up"]

#: CAMEO's Acknowledge or claim responsibility, and Deny responsibility.
ACKNOWLEDGE, DENY = "015", "016"
_STATEMENT = "010"
_ACKNOWLEDGE_VERB = "acknowledge"
# The verbs whose reported clause is itself an admission ("admitted that ..."); "acknowledged that
# the economy slowed" concedes a fact, not a fault.
_CLAUSE_ADMISSIONS = frozenset({"admit", "confess"})
_PLEA = "plead"
_GUILTY, _INNOCENT = frozenset({"guilty"}), frozenset({"innocent"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_DENIAL = "deny"
# Personal pronouns: a denied clause with one as subject is about the denier's own deed.
_PERSONAL = frozenset({"he", "she", "it", "they", "we", "i"})


def _active(verb) -> bool:
    """Has ``verb`` an active subject (not "was admitted to hospital")?"""
    kids = list(verb.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return False
    return any(c.dep_ == "nsubj" for c in kids) or verb.dep_ in ("conj", "relcl", "xcomp", "advcl")


def _fault(tok, lexicon: Lexicon) -> bool:
    """Is ``tok`` a fault noun ("guilt", "the murders"), or a deed named by a gerund ("ordering")?"""
    return tok.lemma_.lower() in lexicon.word_sets["fault_nouns"] or tok.lower_ in lexicon.word_sets["fault_nouns"]


def _defect(noun, verb) -> bool:
    """Is the fault a thing's defect ("acknowledged faults with the system", "errors with the software") or
    one offered as an explanation ("acknowledged faults ... as possible explanations"): no deed of the subject?"""
    with_phrase = any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
    return with_phrase or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _plea(verb) -> str | None:
    """The code of a plea: "pleaded guilty" 015, "pleaded not guilty" or "innocent" 016, else None."""
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd", "advmod", "dobj", "xcomp") and c.lower_ in _GUILTY | _INNOCENT:
            negated = c.lower_ in _INNOCENT or any(g.dep_ == "neg" for g in (*c.children, *verb.children))
            return DENY if negated else ACKNOWLEDGE
    return None


def _admission(verb, lemma: str, lexicon: Lexicon) -> bool:
    """Does an active verb of owning up have a fault, a deed or (admit, confess) a clause after it?"""
    if lemma not in lexicon.word_sets["acknowledgement_verbs"] or not _active(verb):
        return False
    for c in verb.children:
        if c.dep_ in _OBJECT_DEPS and _fault(c, lexicon):
            return not _defect(c, verb)  # "admitted his guilt", "acknowledged responsibility"
        if c.dep_ == "prep" and c.lower_ == "to":
            if any(p.tag_ == "VBG" or _fault(p, lexicon) for p in c.children if p.dep_ in ("pobj", "pcomp")):
                return True  # "admitted to ordering the payments", "confessed to the murder"
        if c.dep_ == "pcomp" and c.tag_ == "VBG" and any(m.lower_ == "to" for m in c.lefts):
            return True
        if c.dep_ == "ccomp" and lemma in _CLAUSE_ADMISSIONS:
            return True  # "admitted that he had taken bribes"
    return False


def _own_deed_denied(verb) -> bool:
    """Does "deny" have a clause about a personal pronoun's deed ("denied that it had ordered the killing")?"""
    return any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _PERSONAL for g in c.children)
               for c in verb.children)


def code_of(verb, lemma: str, lexicon: Lexicon) -> str | None:
    """The CAMEO code of ``verb``'s acknowledgement or plea, or None."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma == _PLEA:
        return _plea(verb) if _active(verb) else None
    if lemma == _DENIAL:
        return DENY if _active(verb) and _own_deed_denied(verb) else None
    if _admission(verb, lemma, lexicon):
        return ACKNOWLEDGE
    return _STATEMENT if _stated_defect(verb, lemma, lexicon) else None


def _stated_defect(verb, lemma: str, lexicon: Lexicon) -> bool:
    """Does an active verb of owning up name a thing's defect ("acknowledged faults with the system"), or
    "acknowledge" a plain thing that is no fault and no actor's ("acknowledged the deal"): a statement,
    010, not the verb's default 015?"""
    if lemma not in lexicon.word_sets["acknowledgement_verbs"] or not _active(verb):
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if any(_fault(c, lexicon) and _defect(c, verb) for c in objects):
        return True
    return lemma == _ACKNOWLEDGE_VERB and bool(objects) and all(_plain_thing(c, lexicon) for c in objects)


def _plain_thing(tok, lexicon: Lexicon) -> bool:
    """Is ``tok`` a common noun that is no fault, names no one and has no possessor ("the deal")?"""
    return (tok.pos_ == "NOUN" and not tok.ent_type_ and not _fault(tok, lexicon)
            and not any(c.dep_ == "poss" for c in tok.children))


def acknowledgement_event(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """The event of an admission or a plea at ``pred`` (015, 016), or None for any other frame.

    Parameters
    ----------
    lemma : str
        The verb's lemma ("admit", "plead").
    pred : spacy.tokens.Token or None
        The verb.
    lexicon : Lexicon
        ``acknowledgement_verbs``, ``fault_nouns`` and the CAMEO labels.
    """
    code = code_of(pred, lemma, lexicon)
    if code is None:
        return None
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return None


def owned_up(verb, phrase: str, lexicon: Lexicon) -> bool:
    """Is ``verb`` an admission or a plea with no object: a one-place event of its subject?

    True for "pleaded guilty to fraud", "admitted that he had lied",
    "confessed to the murder", "denied that he had lied"; False for "admitted his guilt" (its object
    makes the relation) and for any other verb.
    """
    if any(c.dep_ in _OBJECT_DEPS for c in verb.children):
        return False
    return code_of(verb, phrase, lexicon) is not None
