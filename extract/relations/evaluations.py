"""What a verb of naming says its object is, and whether that praises, blames or mourns.

"Sanders called Biden a decent man", "Brudzinski called the stabbing an act
of inexplicable barbarity", "Duda characterised the deaths as crushing": an
event coder codes such a statement by what it says of its object, not by the
verb (praise 051, criticism 111, an empathetic comment 018), and gives no
event where the name is neutral ("called it a pandemic"). This module reads
the name off the parse (:func:`characterisation`) and its evaluation off the
compiled table ``data/evaluative_words.tsv`` (:func:`evaluation`), for the
verbs of ``data/naming_verbs.txt``. The CAMEO code is chosen by
:mod:`extract.events.statements`; :mod:`extract.relations.output` keeps the
relation of a naming frame whose name evaluates (it drops the others: the
relation would keep the verb and lose the name).

The name is the object predicate ("called Biden a decent man"), an "as"
phrase on the verb or its object ("described the attack as cowardly", "was
hailed as a hero"), and the parser's other readings of the same words: two
object predicates ("called Trump a national embarrassment"), a predicate with
an object of its own ("called the stabbing an act of barbarity"), an
adjective after the object ('called the deal "lousy"'), an indefinite noun in
apposition with no comma or a second direct object ("branded the minister a liar") and an "as"
adjective clause ("described him as honest").

The evaluation is read head first: the name's head words (and their
conjuncts), then the nouns of its "of" phrase ("an act of barbarity"), then
the head words' modifiers ("a decent man"; not the "of" nouns': "the killing of a courageous
journalist" does not praise the killing); among the words of one level criticism comes before
sorrow before praise ("a brave but reckless man" is criticism), and a head word before its
modifiers ("a cowardly tragedy" is sorrow).
A negated name ("no hero", "not decent") evaluates nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import Lexicon

__all__ = ["EVALUATIONS", "Characterisation", "characterisation", "evaluation", "evaluative_name"]

#: The evaluations of ``data/evaluative_words.tsv``, strongest first.
EVALUATIONS = ("criticism", "sorrow", "praise")

_TABLE = "evaluative_words"
_OBJECT_DEPS = frozenset({"dobj", "obj"})
_AS_DEPS = frozenset({"pobj", "amod", "acomp", "pcomp"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "advmod", "acomp", "npadvmod"})
_NEGATIONS = frozenset({"not", "no", "never", "n't", "hardly"})
_INDEFINITE = frozenset({"a", "an"})


@dataclass(frozen=True, slots=True)
class Characterisation:
    """What a verb of naming says its objects are.

    Attributes
    ----------
    objects : tuple of spacy.tokens.Token
        The named: the verb's direct objects, or a passive's subject.
    names : tuple of spacy.tokens.Token
        The heads of what they are called.
    text : str
        The name as written, its first token to its last ("a decent man").
    """

    objects: tuple
    names: tuple
    text: str


def _as_names(heads) -> list:
    """The words of an "as" phrase on the verb or its objects ("as a dastardly act", "as crushing")."""
    return [g for head in heads for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "as"
            for g in prep.children if g.dep_ in _AS_DEPS]


def _parse_variants(verb, objects: list) -> tuple[list, list]:
    """(objects, names) where the parser read the name otherwise: an object predicate with an object of
    its own ("called [the stabbing] [an act]"), an adjective after the object ('the deal "lousy"'), an
    indefinite noun in apposition with no comma ("the minister a liar"), an "as" adjective clause."""
    names = []
    predicates = objects or [c for c in verb.children if c.dep_ == "oprd"]
    if len(predicates) == 1:  # "called [the stabbing] [an act of ...]", the act read as the stabbing's object
        inner = [g for g in predicates[0].children if g.dep_ in _OBJECT_DEPS and g.i > predicates[0].i
                 and any(t.lower_ in _INDEFINITE for t in g.lefts)]
        if inner:
            return predicates, inner
    for obj in objects:
        for child in obj.children:
            if child.i <= obj.i:
                continue
            if child.dep_ == "amod" and child.pos_ == "ADJ":
                names.append(child)
            elif (child.dep_ == "appos" and any(t.lower_ in _INDEFINITE for t in child.lefts)
                  and not any(t.is_punct and not t.is_quote
                              for t in verb.doc[obj.right_edge.i + 1 : child.left_edge.i])):
                names.append(child)
    names += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "ADJ"
              and any(g.lower_ == "as" for g in c.children)]
    return objects, names


def characterisation(verb, lexicon: Lexicon) -> Characterisation | None:
    """What a verb of ``data/naming_verbs.txt`` says its object is, or None (no such verb, or no name).

    Parameters
    ----------
    verb : spacy.tokens.Token
        The verb ("called").
    lexicon : Lexicon
        Its ``naming_verbs`` list names the verbs.
    """
    if not hasattr(verb, "children") or verb.lemma_.lower() not in lexicon.word_sets["naming_verbs"]:
        return None
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if not objects and any(c.dep_ == "auxpass" for c in verb.children):
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"]  # "was described as a hero"
    names = [c for c in verb.children if c.dep_ == "oprd"]
    if len(objects) > 1 and not names and any(t.lower_ in _INDEFINITE for t in objects[-1].lefts):
        objects, names = objects[:-1], objects[-1:]  # "branded Boris Johnson a liar", read as two objects
    if not objects and len(names) > 1:
        objects, names = names[:1], names[1:]  # "called Trump a national embarrassment", read as two predicates
    names += _as_names([verb, *objects])
    if not names:
        objects, names = _parse_variants(verb, objects)
    if not objects or not names:
        return None
    first = min(t.left_edge.i for t in names)
    last = max(t.right_edge.i for t in names)
    while first <= last and verb.doc[first].is_punct:
        first += 1
    while last >= first and verb.doc[last].is_punct:
        last -= 1
    # 'a "decent man"': the name without its quotation marks
    text = "".join(t.whitespace_ if t.is_quote else t.text_with_ws for t in verb.doc[first : last + 1])
    return Characterisation(tuple(objects), tuple(names), " ".join(text.split()))


def _value(token, table) -> str | None:
    """The evaluation of ``token``, or of the phrase it ends with the modifier right before it ("witch hunt")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    phrase = (f"{before.lower_} {token.lower_}",) if before is not None and before.head.i == token.i else ()
    for form in (*phrase, token.lower_, token.lemma_.lower()):
        row = table.get(form)
        if row is not None:
            return row[0]
    return None


def _strongest(tokens, table) -> str | None:
    values = {_value(t, table) for t in tokens}
    return next((v for v in EVALUATIONS if v in values), None)


def _negated(token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in _NEGATIONS) for c in token.children)


def evaluation(named: Characterisation, lexicon: Lexicon) -> str | None:
    """The evaluation (one of :data:`EVALUATIONS`) of a characterisation's name, or None if neutral.

    Head words first, then the nouns of their "of" phrase, then their modifiers; a negated
    name ("no hero") gives None.
    """
    table = lexicon.tables[_TABLE]
    heads = [t for name in named.names for t in (name, *(c for c in name.children if c.dep_ == "conj"))]
    if any(_negated(t) for t in heads):
        return None
    of_nouns = [g for t in heads for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    modifiers = [c for t in heads for c in t.children if c.dep_ in _MODIFIER_DEPS]
    modifiers += [c for t in modifiers for c in t.children if c.dep_ == "conj"]  # "a brave but reckless man"
    if any(c.lower_ in _NEGATIONS for c in modifiers):
        return None  # "not decent", "hardly a hero"
    for level in (heads, of_nouns, modifiers):
        found = _strongest(level, table)
        if found is not None:
            return found
    return None


def evaluative_name(verb, lexicon: Lexicon) -> str | None:
    """The name a verb of naming gives its object when it evaluates it ("a decent man"), else None."""
    named = characterisation(verb, lexicon)
    return named.text if named is not None and evaluation(named, lexicon) is not None else None
