"""A surname with particles written alone and tagged as no person, joined with the person's full name (w21).

"businessman Rocky De La Fuente ... He also fell short of De La Fuente": the tagger reads the lone "De La
Fuente" as an organisation or a place, so :mod:`extract.person_variants`, which joins people's names,
leaves it apart. A name that begins with a surname's particle (``data/surname_particles.txt``: "de", "la",
"van", "bin") is a surname's shape. Rule of :mod:`extract.entities`, on the article's own names and the
knowledge base:

- a name of two words or more tagged as no person, whose first word is a particle and which is the end of
  exactly one person's full name of the article after one or more given names, is that person;
- not where the knowledge base knows the name as something other than a person ("Van Halen" the band
  beside "Eddie Van Halen"), nor a country's name.

Examples
--------
>>> particle_tail(["de", "la", "fuente"], ["rocky", "de", "la", "fuente"], frozenset({"de", "la"}))
True
>>> particle_tail(["la", "paz"], ["evo", "morales"], frozenset({"la"}))
False
"""

from __future__ import annotations

from .lexicon import Lexicon
from .lexicon.normalise import fold_key

__all__ = ["map_particle_surnames", "particle_tail"]


def particle_tail(short: list[str], full: list[str], particles: frozenset[str]) -> bool:
    """Whether the folded words ``short`` begin with a particle and end ``full`` after a given name or more."""
    return len(short) >= 2 and short[0] in particles and len(full) > len(short) and full[-len(short):] == short


def _words(name: str) -> list[str]:
    return [fold_key(w) for w in name.split()]


def map_particle_surnames(drafts, *, lexicon: Lexicon) -> None:
    """Join each lone surname with particles that the tagger took for no person with the one full name it
    ends (in place)."""
    particles = frozenset(w.casefold() for w in lexicon.words["surname_particles"])
    persons = {d.canonical for d in drafts if d.label == "PERSON" and not d.country and " " in d.canonical}
    if not persons:
        return
    for d in drafts:
        if d.label == "PERSON" or d.country:
            continue
        short = _words(d.canonical)
        if len(short) < 2 or short[0] not in particles:
            continue
        fits = {p for p in persons if particle_tail(short, _words(p), particles)}
        if len(fits) != 1:
            continue
        if any(entry.type != "PERSON" for entry, _ in lexicon.knowledge.lookup(d.canonical)):
            continue
        d.canonical = fits.pop()
        d.label = "PERSON"
