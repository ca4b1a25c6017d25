"""A place's apposition the parser read as a second subject: "Police in Doha, Qatar arrested X".

With no comma after the apposition, the parser often hangs the country or region of "City,
Country" on the verb as a subject of its own beside the true one, and the relations would read
"Qatar arrested X" (a wrong edge, and a code of a state that did nothing). A subject is such an
apposition when it is a place name (GPE or LOC) standing right after a comma that follows a
place name inside another subject's phrase ("Police in Doha", "A court in Cairo"). A list of
subjects ("Qatar, Egypt and Jordan condemned ...") has no other subject around the first place
and keeps every one.
"""

from __future__ import annotations

__all__ = ["without_place_appositions"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})


def without_place_appositions(subjects: list) -> list:
    """``subjects`` (tokens of one verb) without a place that is the apposition of a place in another one's phrase.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> words = ["Police", "in", "Doha", ",", "Qatar", "arrested", "him"]
    >>> doc = Doc(Vocab(), words=words, heads=[5, 0, 1, 5, 5, 5, 5],
    ...           deps=["nsubj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj"],
    ...           ents=["O", "O", "B-GPE", "O", "B-GPE", "O", "O"])
    >>> [t.text for t in without_place_appositions([doc[0], doc[4]])]
    ['Police']
    """
    if len(subjects) < 2:
        return subjects
    doc = subjects[0].doc
    out = []
    for sub in subjects:
        start = sub.left_edge.i
        if (sub.ent_type_ in _PLACE_LABELS and start >= 2 and doc[start - 1].text == ","
                and doc[start - 2].ent_type_ in _PLACE_LABELS and doc[start - 2].dep_ in ("pobj", "compound", "appos")
                and any(other is not sub and other.left_edge.i < start - 2 <= other.right_edge.i
                        and other.ent_type_ not in _PLACE_LABELS for other in subjects)):
            continue
        out.append(sub)
    return out
