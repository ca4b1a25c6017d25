"""Two organisations of one article linked to one Wikidata item are one node (issue 12).

An article that names a body by its full name and by a short form the knowledge base gives it, where the
article's words do not tie the two ("the University of California, Davis" ... "UC Davis", "OECD
[(Organisation for Economic Co-operation and Development)]"), kept two nodes though :mod:`extract.linking`
linked both to one QID. People have their own rule there (:func:`extract.person_qids.may_share_qid`);
places are left to the gazetteer. Rule of :func:`extract.linking.link_facts`, after every link is made:

- organisation entities of one article linked to one QID are one entity, named by the one whose label (or an
  alias: another spelling) is the entry's own label, commas aside, else by the first named; the others'
  labels become its aliases;
- an entity with no QID, or of another type, joins nothing.

Examples
--------
>>> from extract.types import Entity
>>> found = [Entity("uc davis", "UC Davis", "ORG", wikidata="Q1"),
...          Entity("university of california, davis", "University of California, Davis", "ORG", wikidata="Q1"),
...          Entity("davis", "Davis", "GPE", wikidata="Q1")]
>>> shared_qid_targets(found, {"Q1": "University of California, Davis"})
{'uc davis': 'university of california, davis'}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .lexicon.normalise import fold_key
from .types import Entity

__all__ = ["JOINED_TYPES", "shared_qid_targets"]

#: The types whose entities of one QID are joined in one article.
JOINED_TYPES = frozenset({"ORG"})


def _bare(name: str) -> str:
    """A name compared without case, accents and commas ("University of California Davis")."""
    return fold_key(name).replace(",", "")


def shared_qid_targets(entities: Iterable[Entity], entry_labels: Mapping[str, str]) -> dict[str, str]:
    """{key of an entity: key of the entity it is one with} for the organisations of one article linked to
    one QID (``entry_labels``: QID -> the knowledge-base entry's own label)."""
    groups: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.type in JOINED_TYPES and entity.wikidata:
            groups.setdefault(entity.wikidata, []).append(entity)
    targets: dict[str, str] = {}
    for qid, found in groups.items():
        if len(found) < 2:
            continue
        own = _bare(entry_labels.get(qid, ""))
        target = next((e for e in found if own and own in {_bare(n) for n in (e.label, *e.aliases)}), found[0])
        targets.update((e.key, target.key) for e in found if e.key != target.key)
    return targets
