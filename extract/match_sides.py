"""Teams named after their towns, read off a match's result or a player's role: the club, ORG, not the town.

:mod:`extract.kind_cues` reads a scored match whose sides are the subject and the object of a match verb
("Leeds defeated Bristol 3-0"), and :func:`extract.entity_context.names_team` a name right before a role
noun ("Caloundra coach X"). This module reads two more shapes:

- **a result with its other side after a preposition**: the subject of a verb of ``data/result_verbs.tsv``
  and the object of one of that verb's prepositions, with a score in the clause: "Wigan lost 2-0 to
  Barnsley", "Burnley drew 1-1 with Southampton", "Leeds won 3-1 against Hull" -- both sides are teams;
- **a town's possessive before a role noun** of ``data/team_nouns.txt`` that heads its phrase:
  "Southampton's coach said", "Leeds's striker scored" (not "Bristol's coach station": a vehicle's).

Never a country ("France lost 2-1 to Germany": left to the country), a state or a province ("Texas lost 5-4
to California": a court's split as often as a match), nor a name that reads as a person's
("Nadal lost 6-4 to Federer": the players), nor a name longer than a team's. :func:`match_side` is called
by :func:`extract.entity_context.context_evidence`; :func:`team_reading` (these, a role noun after the name, a
match verb with a score) lets such a team outweigh the gazetteer's town in :mod:`extract.entities` ("Preston
won 3-1 against Hull City": Preston is a big town, but here the club).
"""

from __future__ import annotations

from .doccache import doc_span
from .kind_cues import has_score, placeish
from .lexicon import Lexicon

__all__ = ["match_side", "possessed_role", "result_side", "team_reading"]

#: A team's name is short: "Leeds", "Tampa Bay", "Manchester City".
_TEAM_WORDS = 3


def _team_like(span, label: str, lexicon: Lexicon) -> bool:
    """A short name that reads as a town's, no country's and no person's."""
    from .entity_context import is_personal_name

    text = span.text
    if not 0 < len(span) <= _TEAM_WORDS or lexicon.countries.country_of(text) or _region(text, lexicon):
        return False
    return placeish(text, label, lexicon) and not is_personal_name(text, lexicon=lexicon)


def _region(text: str, lexicon: Lexicon) -> bool:
    """Whether the name is a state or a province ("Texas lost 5-4 to California": parties to a court's ruling
    as often as teams)."""
    return any(c.kind == "admin1" for c in lexicon.gazetteer.candidates(text))


def _other_team(token, lexicon: Lexicon, *, label: str) -> bool:
    """Whether the other side's head ``token`` is a proper name that may be a club: no country's or person's,
    tagged a body or a place or a town of the gazetteer. One side only may be one the tagger took for a person,
    and then the other must be tagged a place or a body ("Wigan lost 2-0 to Southampton"; "Murray lost 6-4 to
    Federer" is the players')."""
    person = token.ent_type_ == "PERSON"
    if token.pos_ != "PROPN" or person and label not in ("GPE", "ORG"):
        return False
    if label == "PERSON" and token.ent_type_ not in ("GPE", "ORG"):
        return False
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i:
        start -= 1
    span = doc_span(doc, start, token.i + 1)
    if not 0 < len(span) <= _TEAM_WORDS or lexicon.countries.country_of(span.text):
        return False
    if person:
        return _team_like(span, "PERSON", lexicon)  # "Wigan" said PERSON: a town of the gazetteer, no person's name
    return token.ent_type_ in ("GPE", "LOC", "ORG") or _team_like(span, "", lexicon)


def _result_sides(verb, lexicon: Lexicon):
    """The subject of a result verb and the objects of its prepositions (its other sides), or None."""
    prepositions = lexicon.tables["result_verbs"].get(verb.lemma_.casefold())
    if prepositions is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    allowed = frozenset(prepositions[0].split())
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    others = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in allowed
              for g in c.children if g.dep_ == "pobj"]
    if len(subjects) != 1 or len(others) != 1:
        return None
    return subjects[0], others[0]


def result_side(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> bool:
    """Whether the name ``doc[ts:te]`` is one side of a scored result whose other side follows a preposition
    ("Wigan lost 2-0 to Barnsley"): see the module."""
    span = doc_span(doc, ts, te)
    root = span.root
    if root.dep_ == "nsubj":
        verb = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        verb = root.head.head
    else:
        return False
    sides = _result_sides(verb, lexicon)
    if sides is None or root.i not in (sides[0].i, sides[1].i) or not _team_like(span, label, lexicon):
        return False
    other = sides[1] if root.i == sides[0].i else sides[0]
    return _other_team(other, lexicon, label=label) and has_score(verb)


def possessed_role(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> bool:
    """Whether the name ``doc[ts:te]`` owns a player's or coach's role noun that heads its phrase: "Southampton's
    coach said"; not a compound's modifier ("Bristol's coach station"), nor a name the tagger took for a person
    ("Murray's coach": the player's)."""
    if label == "PERSON" or te + 1 >= len(doc) or doc[te].text not in ("'s", "\u2019s", "'"):
        return False
    noun = doc[te + 1]
    if not noun.is_lower or noun.lower_ not in lexicon.word_sets["team_nouns"] or noun.dep_ == "compound":
        return False
    if te + 2 < len(doc) and doc[te + 2].pos_ == "NOUN" and doc[te + 2].is_lower:
        return False  # "Bristol's coach station", "Leeds's coach operators"
    return _team_like(doc_span(doc, ts, te), label, lexicon)


def match_side(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> bool:
    """Whether the sentence reads the name ``doc[ts:te]`` as a team (:func:`result_side`, :func:`possessed_role`)."""
    return result_side(doc, ts, te, lexicon=lexicon, label=label) \
        or possessed_role(doc, ts, te, lexicon=lexicon, label=label)


def team_reading(doc, ts: int, te: int, *, lexicon: Lexicon, label: str = "") -> bool:
    """Whether any team cue reads the name ``doc[ts:te]`` as a club: :func:`match_side`,
    :func:`extract.entity_context.names_team` ("Preston coach X") or :func:`extract.kind_cues.plays_match`
    ("Preston beat Hull 3-1") read as a town's."""
    from .entity_context import names_team
    from .kind_cues import plays_match

    if match_side(doc, ts, te, lexicon=lexicon, label=label) or names_team(doc, ts, te, lexicon=lexicon, label=label):
        return True
    text = doc_span(doc, ts, te).text
    return plays_match(doc, ts, te, lexicon=lexicon) and placeish(text, label, lexicon) and not _region(text, lexicon)
