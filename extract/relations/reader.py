"""The reader: every relation rule over one Doc, and :func:`relations_of`."""

from __future__ import annotations

from spacy.attrs import LOWER as _LOWER_ATTR, POS as _POS_ATTR
from spacy.symbols import NOUN as _NOUN, PROPN as _PROPN, VERB as _VERB

from ..entities import EntityIndex, _titles, _word_set
from ..types import Document, Relation
from .arguments import ArgumentRules
from .clauses import ClauseRules
from .descriptions import DescriptionRules
from .nominal import NounRules, _light_verbs, event_lemma
from .output import RelationOutput
from .places import PlaceRules
from .verbal import VerbRules

__all__ = ["relations_of"]


class _Reader(VerbRules, NounRules, DescriptionRules, PlaceRules, ClauseRules, ArgumentRules, RelationOutput):
    """The rules over one Doc; memoises subjects so conjuncts can inherit them."""

    def __init__(self, doc, document: Document, index: EntityIndex):
        self.doc = doc
        self.document = document
        self.index = index
        self.dummies = _word_set("dummy_objects.txt")
        self.quantifiers = _word_set("quantifier_nouns.txt")
        self.places = _word_set("place_nouns.txt")
        self.controls = _word_set("control_verbs.txt")
        self.relational = _word_set("relational_nouns.txt")
        self.titles = _titles()
        self.lights = _light_verbs()
        self.incidents = _word_set("incident_nouns.txt")
        self.agent_nouns = _word_set("agent_nouns.txt")
        self.harms = _word_set("harm_verbs.txt")
        self.raising = _word_set("raising_verbs.txt")
        self.idioms = _word_set("verb_idioms.txt")
        self._subjects: dict[int, tuple[list, str]] = {}
        self.out: list[Relation] = []
        self._seen: set = set()
        self._sentences = None
        self._sentence_ends: list[int] = []


def relations_of(doc, document: Document, index: EntityIndex) -> list[Relation]:
    """Return the relations a parsed ``Doc`` states between its entities.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A Doc with a dependency parse, lemmas and POS tags.
    document : Document
        The document the Doc was parsed from (its id goes into each relation).
    index : EntityIndex
        The entities of ``doc``, from :func:`extract.entities.entities_of`.

    Returns
    -------
    list of Relation
        In document order of their predicates. Each has at least one named
        entity argument; offsets are document offsets.
    """
    if not doc.has_annotation("DEP"):
        return []  # no parse, no grammar to read
    reader = _Reader(doc, document, index)
    # read POS and lowercase ids as one array: a Token is made only for candidates
    strings = doc.vocab.strings
    for i, (pos, lower) in enumerate(doc.to_array([_POS_ATTR, _LOWER_ATTR]).tolist()):
        if pos == _VERB:
            reader.verb(doc[i])
        elif pos == _NOUN or pos == _PROPN:
            lemma = event_lemma(strings[lower])
            if lemma is not None and index.mention_at(i) is None:
                reader.noun(doc[i], lemma)
    reader.descriptions()
    reader.out.sort(key=lambda r: (r.predicate.start, r.subject.start, r.object.start))
    return reader.out
