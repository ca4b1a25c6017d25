"""People's names the tagger left untagged (or tagged as a product or a work), read from a person cue.

The small tagger leaves some plain people's names out ("He named Wyoming preacher Michelle Tidball as his
running mate": no entity on "Michelle Tidball"), so the person gets no node and a later surname no
antecedent. A run of capitalised words no mention covers is a person's mention here when:

- it is two to four proper nouns that read as a person's name (:func:`extract.entity_context.is_personal_name`:
  the first a given name of ``data/given_names.txt``, ``data/given_names_wide.txt`` or of two people of the
  knowledge base, the last no head word, place or kind of thing, the whole no other entry of the knowledge
  base), with no capitalised word right before or after it (a longer name is someone else's to read);
- and the sentence gives a person cue: a person noun of ``data/context_nouns.tsv`` or a courtesy title
  (``data/courtesy_titles.txt``) right before it ("preacher X", "Dr X"), the name as the subject of a verb of
  saying (``data/speech_verbs.tsv``: "X said"), an age in commas after it ("X, 45,"), or an apposition
  headed by a person noun ("X, a teacher from ...").

Nothing here reads the articles of a gold file: the rule is keyed on the shape of the name, the shipped word
lists and the sentence's words.
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["cued_persons", "person_cue"]

#: The longest name read (tokens): "Mary Ann Smith Jones".
_REACH = 4
#: Tags of a tagger's span that is no mention here, whose words may still be a person's name.
_NO_NODE_LABELS = frozenset({"", "PRODUCT", "WORK_OF_ART"})
#: Dependencies of a subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Words that open an apposition naming what someone is: "X, a teacher", "X, the company's founder".
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})


def _person_noun(token, lexicon: Lexicon) -> bool:
    row = lexicon.tables["context_nouns"].get(token.lower_)
    return token.is_lower and row is not None and row[0] == "PERSON"


def _aged(doc, te: int) -> bool:
    """", 45," right after the name: a person's age."""
    return (te + 2 < len(doc) and doc[te].text == "," and doc[te + 1].like_num and doc[te + 1].text.isdigit()
            and int(doc[te + 1].text) < 120 and doc[te + 2].text == ",")


def _apposed_person(doc, te: int, lexicon: Lexicon) -> bool:
    """", a teacher", ", the party's founder": an apposition whose head noun is a person noun."""
    if te + 2 >= len(doc) or doc[te].text != "," or doc[te + 1].lower_ not in _DETERMINERS:
        return False
    for token in doc[te + 2:min(te + 7, len(doc))]:
        if token.text in {",", ".", ";"}:
            return False
        if token.pos_ == "NOUN" and _person_noun(token, lexicon):
            return True
    return False


def person_cue(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the sentence marks the name at ``doc[ts:te]`` as a person's: a person noun or a courtesy title
    right before it, the name as the subject of a verb of saying, an age after it or a person noun in an
    apposition after it."""
    if ts > 0:
        before = doc[ts - 1]
        if before.lower_ in lexicon.words["courtesy_titles"] or before.pos_ == "NOUN" and _person_noun(before, lexicon):
            return True
    root = doc[ts:te].root
    if root.dep_ in _SUBJECTS and root.head.lemma_ in lexicon.tables["speech_verbs"]:
        return True
    return _aged(doc, te) or _apposed_person(doc, te, lexicon)


def _name_word(token) -> bool:
    return token.is_title and token.pos_ == "PROPN" and token.text.replace("-", "").replace("'", "").isalpha()


def cued_persons(doc, spans, *, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """The people's names no mention covers that a person cue marks: (token start, end, "PERSON") of each,
    in text order. ``spans`` are the mentions found so far, as (start, end, label)."""
    from .entity_context import is_personal_name  # entity_context imports the name modules

    if not doc.has_annotation("DEP"):
        return []
    covered = bytearray(len(doc))
    for ts, te, _ in spans:
        covered[ts:te] = b"\x01" * (te - ts)
    found = []
    i = 0
    while i < len(doc):
        if covered[i] or not _name_word(doc[i]) or doc[i].ent_type_ not in _NO_NODE_LABELS \
                or i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start and doc[i - 1].lower_ not in \
                lexicon.words["courtesy_titles"]:
            i += 1
            continue
        te = i + 1
        while te < len(doc) and not covered[te] and _name_word(doc[te]) and doc[te].ent_type_ in _NO_NODE_LABELS:
            te += 1
        if 2 <= te - i <= _REACH and not (te < len(doc) and doc[te].is_title) \
                and is_personal_name(doc[i:te].text, lexicon=lexicon) and person_cue(doc, i, te, lexicon=lexicon):
            found.append((i, te, "PERSON"))
        i = te
    return found
