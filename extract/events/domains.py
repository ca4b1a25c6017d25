"""Sport and games: contests read as conflict.

Wire news carries sports stories, and their verbs are those of war and
diplomacy: "Wynnum hit back with a couple of tries", "the striker shot the
ball", "Arsenal beat Chelsea 3-1", "captured the championship", "crushed
the Tigers in the semi-final", "signed with Barcelona". A CAMEO event is
between political actors; a contest, a score or a player's contract is none.
:func:`domain_event` (asked by :func:`extract.events.senses.refine_event`
right after the natural forces of :mod:`extract.events.things`) drops such
an event. It is keyed on grammar and closed word classes, never on team
names:

- **The codes**: threats (13), military posture (15), coercion (17x),
  assault (18), force (19), mass violence (20) and a formal agreement (057).
  Protests (14) and reduced relations (16, "boycotted the tournament") are
  acts of people and states whatever their object, and stay.
- **A sport noun in the frame** (``data/sport_nouns.txt``): the verb's
  direct object, or the object of its "in", "on", "with", "by", "for" or
  "into" phrase ("in the final", "on lap 40", "with a couple of tries"),
  is a contest, a part of one, a score or a prize. A phrase of time
  ("after the match", "during the game") only dates the event, and "at"
  places it: "police fired tear gas at fans after the match" stays. A noun
  compounded with a word of war, politics or property ("a war trophy", "the
  land titles") is no sport, and a league as the direct object is a body
  ("threatened the league with sanctions" stays).
- **A score** ("beat Chelsea 3-1", "won 24-23") on the verb or its object.
- **Sport people on both sides**: a player's or coach's role noun
  (``data/team_nouns.txt``) or a champion on one side, and on the other
  none, another or a bare team or club ("the champions attacked", "the
  team fired its coach"); "gunmen shot the coach" stays.
- **Signed with an employer**: an agreement (057) of "sign" with a "with"
  phrase (the verb's or its object's), no agreement noun as its object and a partner that is no state,
  government or international body ("signed with a club", "with a label",
  "with a promotion") is a contract of employment, no agreement between
  actors.

A CAMEO verb pattern of the verb whose every word is in the frame once the
sport words are taken out, one of them a content word, names a non-sport
object ("fired tear gas at fans in the stadium"), and its code stays. So does an event whose source is an armed body or the
police (their codes' roles): "troops attacked the stadium during the final".
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..syntax import word_forms
from ..types import Argument, Event
from .coding import frame_words
from .things import argument_head
from ..doccache import doc_span

__all__ = ["domain_event", "sport_frame"]

_CODES_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
_AGREE = "057"
# Prepositions whose object is part of the contest; time ("after", "during") and place ("at") are not.
_CONTEST_PREPS = frozenset({"in", "on", "with", "by", "for", "into"})
# Words of war, politics and property that make a sport noun something else (a closed class):
# "war games", "a war trophy", "the presidential title", "the land titles".
_NOT_SPORT = frozenset({
    "arms", "arm", "nuclear", "space", "war", "military", "naval", "wargame", "election", "electoral",
    "presidential", "leadership",
    "mayoral", "senate", "senatorial", "gubernatorial", "congressional", "parliamentary", "primary", "deed",
    "land", "property",
})
# Function words a pattern may name beside its content words (a closed class).
_FUNCTION_WORDS = frozenset({
    "about", "after", "against", "among", "as", "at", "before", "between", "by", "during", "for", "from", "in",
    "into", "of", "on", "onto", "over", "to", "toward", "towards", "under", "upon", "with", "the", "a", "an",
})
# Sport nouns that also name a body that can be threatened or coerced (a closed class).
_BODIES = frozenset({"league", "leagues"})
_SCORE = re.compile(r"^\d{1,3}[-–—]\d{1,3}$")
# Team nouns that stand for a side (as an object: "the team fired its coach").
_SIDES = frozenset({"team", "teams", "club", "clubs", "squad", "squads"})
# Nouns of formal agreements (a closed class): "signed an accord with" stays 057.
_AGREEMENT_NOUNS = frozenset({
    "agreement", "agreements", "accord", "accords", "deal", "deals", "treaty", "treaties", "pact", "pacts",
    "memorandum", "memoranda", "protocol", "protocols", "declaration", "charter", "convention", "armistice",
    "ceasefire", "cease-fire", "truce", "settlement", "communique", "communiqué", "understanding", "compact",
    "partnership", "alliance",
})
# Roles of states, governments and international bodies: what they sign is an agreement.
_STATE_ROLES = frozenset({"GOV", "IGO", "MIL", "LEG", "JUD", "NGO", "REB", "INS"})
_STATE_TYPES = frozenset({"GPE", "NORP"})
# Roles of armed bodies and the police: their force is force wherever it is used.
_ARMED_ROLES = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY", "SEP"})


def _sport_noun(token, lexicon: Lexicon) -> bool:
    """Is the token a noun of sport ("the final", "a couple of tries", "the World Cup"), not one
    compounded with a word of war, politics or property ("the land titles")?"""
    if token.pos_ not in ("NOUN", "PROPN") and token.dep_ not in ("pobj", "dobj"):
        return False  # "final" is parsed as an adjective in "in the semi-final"
    if not word_forms(token) & lexicon.word_sets["sport_nouns"]:
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod") and word_forms(c) & _NOT_SPORT for c in token.children)


def _with_of(token):
    """The token and, for a quantity ("a couple of tries", "two of the goals"), the object of its "of"."""
    yield token
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            yield from (o for o in prep.children if o.dep_ == "pobj")


def _contest_objects(head):
    """The objects of a token's contest prepositions ("in the final", "on lap 40")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _CONTEST_PREPS:
            yield from (o for o in prep.children if o.dep_ == "pobj")


def _frame_nouns(pred):
    """The verb's direct objects and the objects of its contest prepositions, with their own contest
    phrases ("bombarded England with bouncers in the innings") and "of" phrases ("a couple of tries")."""
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj")]
    for head in (*objects, *_contest_objects(pred)):
        yield from _with_of(head)
        yield from _contest_objects(head)


def _score(pred) -> list:
    """The tokens of a score on the verb or its object ("beat Chelsea 3-1", parsed as 3, -, 1)."""
    doc = pred.doc
    near = [*pred.children, *(g for c in pred.children if c.dep_ in ("dobj", "obj") for g in c.children)]
    for token in near:
        for start in range(max(token.i - 2, 0), token.i + 1):
            for span in (doc_span(doc, start, start + 1), doc_span(doc, start, start + 3)):
                if token.i < span.end and _SCORE.match(span.text):
                    return list(span)
    return []


def sport_frame(pred, lexicon: Lexicon) -> list:
    """The sport nouns of a verb's frame (its object and contest phrases) and the tokens of a score;
    a league is a contest in a phrase ("in the league") but a body as the direct object ("threatened
    the league with sanctions")."""
    found = [t for t in _frame_nouns(pred) if _sport_noun(t, lexicon)
             and not (t.dep_ in ("dobj", "obj") and t.head.i == pred.i and word_forms(t) & _BODIES)]
    return found + _score(pred)


def _player(token, lexicon: Lexicon) -> bool:
    return token is not None and bool(word_forms(token) & (lexicon.word_sets["team_nouns"] | {"champion", "champions"}))


def _side(token) -> bool:
    return token is not None and bool(word_forms(token) & _SIDES) and not any(
        c.dep_ in ("compound", "amod") for c in token.children)  # "a SWAT team", "the security team"


def _sport_sides(doc, subject: Argument | None, obj: Argument | None, lexicon: Lexicon) -> bool:
    """Is one side a player, coach or champion and the other none, a player or a bare team or club
    ("the champions attacked", "the team fired its coach"), with no actor code on either?"""
    if subject is None or subject.actor_code or (obj is not None and obj.actor_code):
        return False
    first, second = argument_head(doc, subject), argument_head(doc, obj)
    if _player(first, lexicon):
        return second is None or _player(second, lexicon) or _side(second)
    return _side(first) and _player(second, lexicon)


def _signed_with(pred) -> bool:
    """Is the verb "sign" with a "with" phrase (its own or its object's) and no agreement noun as its
    object ("signed with a club", "signed a new contract with a promotion")?"""
    if pred.lemma_.lower() != "sign":
        return False
    objects = [c for c in pred.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    with_phrase = any(c.dep_ == "prep" and c.lower_ == "with" for head in (pred, *objects) for c in head.children)
    return with_phrase and not any(word_forms(o) & _AGREEMENT_NOUNS for o in objects)


def _state(obj: Argument | None) -> bool:
    """Is the partner a country, a government or an international body ("signed with Ethiopia")?"""
    if obj is None:
        return False
    code = obj.actor_code or ""
    return obj.type in _STATE_TYPES or any(code[i : i + 3] in _STATE_ROLES for i in range(0, len(code), 3))


def _armed(code: str | None) -> bool:
    return bool(code) and any(code[i : i + 3] in _ARMED_ROLES for i in range(0, len(code), 3))


def _names(alternatives: tuple[str, ...], words: frozenset[str]) -> bool:
    """Is one of a pattern slot's alternatives in ``words``: each of its words ("tear gas"), or a stem of
    four letters or more that starts one?"""
    for alt in alternatives:
        parts = alt.replace("_", " ").split()
        if parts and all(p in words or (len(p) >= 4 and any(w.startswith(p) for w in words)) for p in parts):
            return True
    return False


def _pattern_without(pred, sport: list, lexicon: Lexicon) -> bool:
    """Does a CAMEO pattern of the verb with a code name words of its frame other than the sport
    words: every slot in the frame, and one a content word, no preposition ("* TEAR GAS")?"""
    patterns = lexicon.cameo.patterns
    lemma = pred.lemma_.lower()
    entry = patterns.entry(lemma) if patterns is not None else None
    if entry is None:
        return False
    drop = {w for t in sport for w in word_forms(t)}
    words = frame_words(pred)[0] - drop
    return any(
        pattern.code is not None and pattern.words and pattern.written_for(lemma)
        and all(_names(alts, words) for alts in pattern.words)
        and any(_names(alts, words - _FUNCTION_WORDS) for alts in pattern.words if not set(alts) & _FUNCTION_WORDS)
        for pattern in entry.patterns)


def domain_event(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                 lexicon: Lexicon) -> Event | None:
    """``event``, or None where it is a sporting contest or a player's contract (the module docstring).

    Parameters
    ----------
    event : Event or None
        The event the earlier rules left.
    pred : spacy.tokens.Token
        The predicate's head token (a verb).
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (word lists ``sport_nouns`` and ``team_nouns``, the verb patterns).

    Returns
    -------
    Event or None
    """
    if event is None or not (event.root in _CODES_ROOTS or event.code == _AGREE):
        return event
    if event.code == _AGREE:
        return None if _signed_with(pred) and not _state(obj) else event
    if subject is not None and _armed(subject.actor_code):
        return event  # "troops attacked the stadium during the final"
    sport = sport_frame(pred, lexicon)
    if sport:
        return event if _pattern_without(pred, sport, lexicon) else None
    if _sport_sides(pred.doc, subject, obj, lexicon):
        return None  # "the champions attacked", "the team fired its coach"
    return event
