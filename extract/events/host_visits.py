"""Hosting a visit: a state's leader or body that receives a foreign official (CAMEO 043).

"Xi Jinping received the Pakistani prime minister in Beijing", "Putin received Erdogan in
Sochi", "the Turkish president welcomed the Qatari emir to Ankara": the subject hosts a visit,
043 ("--- HOST [043:042]" in the CAMEO verb patterns; RECEIVE "* LEADER [043:042]",
"* AMBASSADOR [043:042]", "* ENVOY OF + [043:042]"). The verb's own default says otherwise
("receive" is OBTAIN, no event; "welcome" is praise, 051), so :func:`hosted_visit` reads the
actors: a verb of ``data/host_verbs.tsv`` whose object is a foreign official (a named person
coded with a country, or a generic actor with a state role: "the Pakistani prime minister"
PAKGOV) and whose subject is a state, its leader or one of its bodies, of another country.
"welcome" and "greet" count only with a "to", "at" or "in" phrase of a place: one welcomes a
visitor to a place, and a decision or remarks in words.

Not a visit: things received ("received two million doses from China", "received tanks from
Germany": the object has no state role), a decision welcomed ("welcomed the Chinese decision":
the object is no official), the two sides of one country (:mod:`.home_visits`), a passive
("was received by"), or an event of the consultation family already read.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import event_for_code
from ..types import Argument, Event

__all__ = ["hosted_visit"]

_HOST = "043"
# The state roles of an official one receives (CAMEO agent codes): government, military, legislature, elites.
_OFFICIAL_ROLES = frozenset({"GOV", "MIL", "LEG", "ELI"})
_PLACE_PREPS = frozenset({"to", "at", "in"})
_PLACE_TYPES = frozenset({"GPE", "FAC", "LOC"})
# Nouns of a place where a visitor is received, when the tagger names none.
_VENUES = frozenset({"palace", "airport", "residence", "capital", "office", "ministry", "headquarters"})


def _country(code: str | None, lexicon: Lexicon) -> str | None:
    return code[:3] if code and code[:3] in lexicon.countries.by_alpha3 else None


def _roles(code: str) -> set[str]:
    return {code[i : i + 3] for i in range(3, len(code), 3)}


def _official(arg: Argument, lexicon: Lexicon, *, host: bool) -> bool:
    """Is ``arg`` a state's official (a named person coded with a country, or a generic actor with a state role)?
    A host may also be the state itself ("Vietnam hosted ...")."""
    code = arg.actor_code
    if _country(code, lexicon) is None:
        return False
    if _roles(code) & _OFFICIAL_ROLES:
        return True
    return arg.type == "PERSON" or (host and arg.type == "GPE" and len(code) == 3)


def _at_a_place(pred) -> bool:
    """Has the verb a "to", "at" or "in" phrase of a place ("to Ankara", "at the presidential palace")?"""
    for prep in pred.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and (pobj.ent_type_ in _PLACE_TYPES or pobj.lemma_.lower() in _VENUES):
                return True
    return False


def hosted_visit(event: Event | None, pred, subject: Argument | None, obj: Argument | None,
                 lexicon: Lexicon) -> Event | None:
    """The hosting of a visit (043) the relation states, or None to keep its event.

    Parameters
    ----------
    event : Event or None
        The event read so far.
    pred : spacy.tokens.Token or None
        The predicate's head token.
    subject, obj : Argument or None
        The relation's arguments, with their actor codes.
    lexicon : Lexicon
        The tables (``host_verbs``, countries, CAMEO labels).
    """
    if pred is None or subject is None or obj is None or pred.pos_ != "VERB":
        return None
    row = lexicon.tables["host_verbs"].get(pred.lemma_.lower())
    frame = row[0] if row else None
    if frame is None or (event is not None and event.root == "04"):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in pred.children):
        return None  # "was received by": the relation's sides are the reader's, not the verb's
    host, guest = _country(subject.actor_code, lexicon), _country(obj.actor_code, lexicon)
    if host is None or guest is None or host == guest:
        return None
    if not (_official(subject, lexicon, host=True) and _official(obj, lexicon, host=False)):
        return None
    if frame == "place" and not _at_a_place(pred):
        return None
    return event_for_code(_HOST, lexicon.cameo.labels)
