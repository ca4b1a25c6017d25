"""An "it" with no referent: the empty subject of weather, time, extraposition and happenings.

"It rained", "it's 3:30 in the morning", "it took five hours to put out the fire", "it is clear that ...",
"it was reported the fire started ...", "it remains unclear whether ...", "it came after the vote", "it looks
like the talks have failed": the pronoun stands for no organisation or place, whatever the article named before.
:func:`is_expletive` reads this off the parse and closed word classes only (weather verbs, raising verbs, verbs
of saying, verbs of seeming).
"""

from __future__ import annotations

from .syntax import NOMINAL_SUBJECT_DEPS

__all__ = ["is_expletive"]

#: Verbs of saying, finding and believing whose passive takes an empty "it" before a clause ("it was reported
#: the fire started in ...", "it was discovered that ..."); not "tell", "inform", "ask", whose passive subject
#: is the one told ("the company said it was told the plane had crashed").
_EXTRAPOSING_VERBS = frozenset({
    "report", "say", "discover", "find", "believe", "think", "know", "estimate", "announce", "confirm", "claim",
    "expect", "suggest", "understand", "rumour", "rumor", "allege", "fear", "feel", "note", "learn", "decide",
    "agree", "suspect", "establish", "determine", "assume", "argue", "state", "reveal", "acknowledge", "consider",
    "hope", "predict", "presume", "propose", "recommend", "reckon", "speculate", "emphasise", "emphasize",
})
#: Copulas and raising verbs that take an extraposed clause ("it is clear that", "it seems that").
_RAISING_VERBS = frozenset({"be", "seem", "appear", "remain", "become", "look"})
#: Weather verbs, whose subject "it" is empty when they take no object ("it rained", "it snowed overnight").
_WEATHER_VERBS = frozenset({"rain", "snow", "hail", "drizzle", "sleet", "thunder", "pour"})
#: Nouns that, as what "it" is, make it a time of day ("it was midnight").
_TIME_NOUNS = frozenset({"time", "midnight", "noon", "o'clock", "dawn", "dusk"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: Verbs of seeming whose subject "it" is empty before a clause of comparison ("it looks like the talks have
#: failed", "it was as if the market had vanished", "it sounds like the players were angry").
_SEEMING_VERBS = frozenset({"look", "seem", "sound", "feel", "appear", "be"})
#: Entity types of the object of "it took ... to", "it cost ... to": a stretch of time or an amount.
_SPAN_ENTS = frozenset({"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL"})
#: Verbs whose subject is an event ("it happened", "it came after the vote"): no organisation or place.
_HAPPENING_VERBS = frozenset({"happen", "occur"})
#: Prepositions after "come" that place an event in time ("it comes amid", "it came as").
_EVENT_TIME_PREPS = frozenset({"after", "amid", "amidst", "as", "following", "before", "weeks", "days"})


def _clausal(tok) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in tok.children)


def _extraposed(verb) -> bool:
    """ "It is clear that ...", "it remains unclear whether ...", "it is a shame that ...", "it is not for
    X to ...": a raising verb with a clause of its own or on its complement."""
    if verb.lemma_ not in _RAISING_VERBS:
        return False
    if _clausal(verb) or any(_for_to(c) for c in verb.children):
        return True
    return any(c.dep_ in ("acomp", "attr") and _clausal(c) for c in verb.children)


def _for_to(clause) -> bool:
    """ "(it is not) for the Court to opine": an infinitive with its own subject after "for", which the
    parse hangs on the copula as an adverbial clause."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _time_of_day(verb) -> bool:
    """ "It's 3:30 in the morning", "it was midnight": a copula whose complement is a time."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "attr" and (c.ent_type_ in _TIME_ENTS or c.lower_ in _TIME_NOUNS)
        for c in verb.children
    )


def _span_to(verb) -> bool:
    """ "It took five hours to gain control", "it cost $5 million to rebuild": a stretch of time or an
    amount as the object, and an infinitive."""
    if verb.lemma_ not in ("take", "cost"):
        return False
    span = any(c.dep_ in ("dobj", "npadvmod") and (c.ent_type_ in _SPAN_ENTS or c.lower_ in ("while", "long"))
               for c in verb.children)
    infinitive = any(
        c.dep_ in ("xcomp", "advcl", "ccomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.subtree
    )
    return span and infinitive


def _seeming(verb) -> bool:
    """ "It looks like the talks have failed", "it was as if ...", "it looks as though ...": a verb of seeming
    with a clause (a verb of its own) opened by "like", "as if" or "as though"; not "it looks like a bomb"."""
    if verb.lemma_ not in _SEEMING_VERBS:
        return False
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        if "like" in marks or ("as" in marks and marks & {"if", "though"}):
            return True
    return False


def _happening(verb) -> bool:
    """ "It happened on Monday", "it comes after the vote", "it came amid protests": an event's verb."""
    if verb.lemma_ in _HAPPENING_VERBS:
        return True
    return verb.lemma_ == "come" and any(
        c.dep_ in ("prep", "advmod", "npadvmod") and c.lower_ in _EVENT_TIME_PREPS for c in verb.children
    )


def is_expletive(tok) -> bool:
    """Whether the pronoun ``tok`` is an "it" that refers to nothing named.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A pronoun of a parsed Doc.

    Returns
    -------
    bool
        True for the empty subject of an extraposed clause, a verb of saying in the passive, a weather
        verb, a time of day, "it took ... to", a cleft ("it was Russia that"), a state of things ("saying it
        was dangerous"), a happening ("it happened", "it came after") and a semblance ("it looks like ...",
        "it was as if ...").
    """
    if tok.lower_ != "it" or tok.dep_ not in NOMINAL_SUBJECT_DEPS:
        return False
    verb = tok.head
    if _extraposed(verb):
        return True  # "it is clear that ...", "it remains unclear whether ..."
    if tok.dep_ == "nsubjpass" and verb.lemma_ in _EXTRAPOSING_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
        return True  # "it was reported the fire started ..."
    if verb.lemma_ == "be" and any(
        c.dep_ == "attr" and any(g.dep_ == "relcl" for g in c.children) for c in verb.children
    ):
        return True  # "it was the first time they ...", "it was Russia that ..."
    if tok.dep_ == "nsubj" and verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children):
        return True  # "saying it was dangerous": a state of things more often than an organisation
    if verb.lemma_ in _WEATHER_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "it rained"
    return _time_of_day(verb) or _span_to(verb) or _happening(verb) or _seeming(verb)
