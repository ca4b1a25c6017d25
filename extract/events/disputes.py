"""A clash of political actors is a dispute of words, not force.

News uses verbs of fighting (``data/dispute_verbs.txt``: clash, spar, feud, tussle, quarrel) for a
quarrel: "the chairman had clashed with President Trump", "Germany and France clashed over farm
subsidies". CAMEO files these verbs under force (190), yet its own patterns code political rivals'
clashes as no event ("WHITE_HOUSE_RIVALS * [---]") and a clash over a matter as disapproval ("* OVER
IMPRISONMENT [110]"), and violence between persons (18) or forces (19) needs arms or bodies in the
street. :func:`dispute_event` (asked by :func:`extract.events.senses.refine_event` before its
violence rules) drops the force code of such a verb when:

- every side named is a political actor: its actor code has a political role
  (:data:`_POLITICAL_ROLES`: government, legislature, opposition, party, elite, judiciary) and no
  armed or street role, or it is a bare state ("Germany", "FRA");
- no word of the sentence places the fight at arms or in the street: forces
  (``data/force_nouns.txt``), protesters (``data/protest_agents.txt``), weapons and attacks
  (``data/weapon_nouns.txt``, ``data/attack_nouns.txt``), casualties and harm
  (``data/fight_scene_words.txt``: "leaving five dead", "tear gas", "in the streets");
- and, unless both sides are persons (a minister, a senator, a president do not brawl), the verb
  has a matter ("over the budget", not over a place) or a setting of words ("in parliament",
  "during the debate": ``data/dispute_settings.txt``). "India and China clashed over the border"
  (a place) and "the two states clashed" keep their code.

Both relations of a mutual pair ("A and B clashed": A->B, B->A) pass the same test, so the pair has
no event in both directions. Police and protesters, troops and rebels, fans and gangs keep force.
:func:`one_pair_code` (asked by :func:`extract.events.annotate.annotate_relations`) gives a mutual
pair of force one code in both directions where one side's actor kind alone set it apart.
"""

from __future__ import annotations

import dataclasses

from ..lexicon import Lexicon
from ..types import Argument, Event
from .things import argument_head

__all__ = ["dispute_event", "one_pair_code"]

_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
_POLITICAL_ROLES = frozenset({"GOV", "LEG", "OPP", "PTY", "ELI", "JUD"})
_ARMED_ROLES = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY", "CRM", "PRO", "SEP", "IMG"})
_MATTER_PREPS = frozenset({"over", "about"})
_SETTING_PREPS = frozenset({"in", "at", "during", "on"})
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_SCENE_LISTS = ("force_nouns", "protest_agents", "weapon_nouns", "attack_nouns", "fight_scene_words")


def _roles(code: str) -> set[str]:
    return {code[i : i + 3] for i in range(0, len(code), 3)}


def _political(side: Argument, lexicon: Lexicon) -> bool:
    """Is the side a political actor: a coded political role and no armed one, or a bare state?"""
    code = side.actor_code or ""
    if not code:
        return False
    if len(code) == 3 and lexicon.countries.alpha2(code) is not None:
        return side.type != "PERSON"  # "Germany", "France"; a person coded only by nation is no office
    roles = _roles(code)
    return bool(roles & _POLITICAL_ROLES) and not roles & _ARMED_ROLES


def _is_person(doc, side: Argument, lexicon: Lexicon) -> bool:
    if side.type == "PERSON":
        return True
    head = argument_head(doc, side)
    return head is not None and head.tag_ == "NN" and head.lemma_.lower() in lexicon.word_sets["person_nouns"]


def _scene(sent, lexicon: Lexicon) -> bool:
    """Does a word of the sentence place the fight at arms or in the street?"""
    words = lexicon.word_sets
    return any(token.lemma_.lower() in words[name] or token.lower_ in words[name]
               for token in sent for name in _SCENE_LISTS)


def _matter_or_setting(pred, lexicon: Lexicon) -> bool:
    """Has the verb a matter that is no place ("over the budget") or a setting of words ("in parliament")?"""
    settings = lexicon.word_sets["dispute_settings"]
    for prep in pred.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ in _MATTER_PREPS and not _place(obj, lexicon):
                return True
            if prep.lower_ in _SETTING_PREPS and obj.lemma_.lower() in settings:
                return True
    return False


def _place(obj, lexicon: Lexicon) -> bool:
    """Is the matter a place ("over Kashmir", "over the border region", "over the Kashmir region")?"""
    words = lexicon.word_sets
    if obj.lemma_.lower() in words["area_nouns"] or obj.lemma_.lower() in words["place_nouns"]:
        return True
    return any(t.ent_type_ in _PLACE_TYPES for t in (obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))))


def dispute_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                  lexicon: Lexicon) -> Event | None:
    """None for a verb of fighting between political actors with no arms or street in the sentence
    (the rules of the module docstring); else ``event``."""
    if (event is None or pred is None or subject is None or event.root not in _VIOLENCE_ROOTS
            or pred.lemma_.lower() not in lexicon.word_sets["dispute_verbs"]):
        return event
    sides = [subject] + ([obj] if obj is not None and obj.text.strip() else [])
    if not all(_political(side, lexicon) for side in sides) or _scene(pred.sent, lexicon):
        return event
    doc = pred.doc
    persons = len(sides) == 2 and all(_is_person(doc, side, lexicon) for side in sides)
    if persons or _matter_or_setting(pred, lexicon):
        return None
    return event


_GENERIC_FORCE = "190"


def one_pair_code(relations: list) -> list:
    """The relations with each mutual pair of force ("A clashed with B": A->B and B->A, one verb)
    given one code: where one direction was refined to another code of force (a person's assault,
    182) and the other kept the generic 190, both take 190, CAMEO's "* BETWEEN % [190:190]". Pairs
    whose two codes CAMEO itself gives apart ("POLICE * WITH PROTESTERS [175:145]") stay."""
    pairs: dict = {}
    for i, rel in enumerate(relations):
        if rel.mutual and rel.event is not None and rel.event.root in _VIOLENCE_ROOTS:
            key = (rel.doc_id, rel.predicate.start, rel.predicate.end, frozenset((rel.subject.key, rel.object.key)))
            pairs.setdefault(key, []).append(i)
    out = list(relations)
    for members in pairs.values():
        codes = {relations[i].event.code for i in members}
        if len(members) != 2 or len(codes) != 2 or _GENERIC_FORCE not in codes:
            continue
        generic = next(relations[i].event for i in members if relations[i].event.code == _GENERIC_FORCE)
        for i in members:
            out[i] = dataclasses.replace(relations[i], event=generic)
    return out
