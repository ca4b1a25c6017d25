"""Event annotation: CAMEO-style type, time, place, casualties, source; actor codes.

``extract.facts`` calls the two entry points on each parsed document,
with one :class:`EventContext` made for the Doc and passed to both:

- :func:`annotate_entities` gives each entity its default actor code and,
  for places, a GeoNames link with coordinates;
- :func:`annotate_relations` fills each relation's event fields from its
  sentence and appends ``located in`` relations between places.

Each call depends on its arguments only: the context holds what is read
off the Doc (caches), never what another call left behind, and it lives
as long as its caller keeps it.

What a relation gets (each only where the sentence gives it):

``event``
    The CAMEO type of the predicate: a CAMEO verb pattern that fits the
    verb's particle, object and prepositions ("took control of" 192,
    "held talks" 046; :mod:`.coding`), else the lemma's type
    (``data/events.tsv`` over the PETRARCH-derived
    ``data/events_petrarch.tsv``). A light verb ("carry out strikes",
    "launch an offensive") takes its object's type. An ambiguous verb
    whose default is a material event or verbal conflict gets none where no pattern fits
    ("took a decision"). Only an asserted relation carries an event.
``time``
    A DATE/TIME expression in the predicate's clause, resolved against
    the article's date (:mod:`extract.timex`).
``place``
    A place in the predicate's clause after a locative preposition ("in
    northwest Syria", "in Homs province"), linked to the gazetteer.
``casualties``
    From the predicate's clause and a participle hanging on it ("killed
    six civilians", "leaving at least 15 dead") (:mod:`extract.casualties`).
``attributed_to``
    The source of a claim: "according to X" in the sentence, or the
    subject of a speech or accusation verb whose complement holds the
    predicate ("the Kremlin insisted that ...", "Syria accused Israel of
    targeting ...").
``modality`` / ``modality_cue`` / ``negated``
    One of ``asserted``, ``negated``, ``hypothetical``, ``intended``,
    ``claimed`` and the word that decided ("not", "could", "threaten",
    "reportedly"), from the cue lists ``data/modality_*.txt``
    (:mod:`.modality`); ``negated`` is True iff the modality is negated.

Arguments get an actor code for their use in the sentence ("the Syrian
regime" -> ``SYRGOV``, "Damascus urged" -> ``SYRGOV``). All look-ups are
dictionary look-ups in the lexicon (:mod:`extract.lexicon`), which the
context holds: the tables are compiled once and cached on disk.

The package: :mod:`.context` (the :class:`EventContext` of a Doc),
:mod:`.fields` (one function per field), :mod:`.coding` (a verb's sense
by the CAMEO verb patterns), :mod:`.modality`, :mod:`.nesting` (``located
in`` relations) and :mod:`.annotate` (the entry points).
"""

from __future__ import annotations

from .annotate import annotate_entities, annotate_relations
from .context import EventContext
from .nesting import LOCATED_IN

__all__ = ["EventContext", "annotate_entities", "annotate_relations", "LOCATED_IN"]
