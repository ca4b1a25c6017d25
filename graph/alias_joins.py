"""Cross-document joins of a node named by another node's known alias (issue 12, one node per referent).

Within one article :mod:`extract.entities` makes a short name one entity with the full name the article
gives ("FSB" after "the Federal Security Service (FSB)", "López Obrador" after "Andrés Manuel López
Obrador"): the short name becomes an alias of the full name's node. An article that only ever writes the
short name gives a node of its own. :func:`alias_joins` joins such a node into the node that carries its
label as an alias, only where nothing else could be meant:

- the two nodes have one type, and never two Wikidata QIDs;
- exactly one node of the graph carries the name as an alias, and no other node is labelled with it
  (names compared by :func:`graph.node_joins.spelling_form`);
- the knowledge base gives the name to no referent other than the target's: "Congress" of the Indian
  National Congress in one article is no alias for every other "Congress";
- the target is named in as many articles as the short node or more: a name most articles use alone is
  not one article's alias of something else;
- a one-word person's name is left to the surname joins of :mod:`graph.joins`, which weigh the
  bearers of a surname; a person's alias of two words or more must end the target's name ("López
  Obrador" of "Andrés Manuel López Obrador"), so a married or maiden name is not read as one person;
- a double surname (two or three words, the first no given name, with a letter of Spanish or Portuguese
  spelling or a surname's particle inside) that ends exactly one person's full name of the graph is that
  person, as an alias would be, though no article wrote both: "López Obrador" of one article, "Andrés
  Manuel López Obrador" of another; "Ann Smith" is no double surname of "Mary Ann Smith";
- the alias is a name: it begins with a capital or a digit and is no word of the lexicon's lists
  (titles, agent nouns: "Senator", "Police");
- a person's name of two words or more, no initial in it, that is another person's full name less its
  middle initials ("George Bush" of "George W. Bush", "John Kennedy" of "John F. Kennedy") is that
  person where the graph holds one such full name: with "George H. W. Bush" beside "George W. Bush" it
  is left alone (:func:`initial_joins`).

A join moves the short node's entries to the target as the other joins do (:func:`graph.joins.apply_joins`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from extract.lexicon.normalise import fold_key

from .node_joins import spelling_form

__all__ = ["alias_joins", "alias_index", "initial_joins", "without_initials"]

_SKIP = frozenset({"CONCEPT", "ACTOR"})
_PERSON = "PERSON"
#: The most words of a double surname ("Fernández de Kirchner").
_TAIL = 3
#: Letters of Spanish and Portuguese spelling, the mark of a double surname ("López Obrador").
_IBERIAN = re.compile(r"[áéíóúñãõçÁÉÍÓÚÑÃÕÇ]")
#: A middle initial: one capital letter, a dot or none ("W.", "F", "H.W.").
_INITIAL = re.compile(r"^(?:[A-Z]\.?){1,2}$")


def _named(nodes: Mapping[str, dict]) -> dict[str, dict]:
    return {k: a for k, a in nodes.items() if a.get("type") not in _SKIP and a.get("label")}


def _aliases(attrs: dict) -> set[str]:
    """Every alias any article gives the node, less its own label's spelling."""
    names = set(attrs.get("aliases", ()))
    for entry in attrs.get("doc_entities", {}).values():
        names.update(entry.get("aliases", ()))
    own = spelling_form(attrs["label"])
    return {n for n in names if n and spelling_form(n) != own}


def alias_index(nodes: Mapping[str, dict]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(spelling form -> keys of the nodes carrying it as an alias, spelling form -> keys labelled with it).

    Examples
    --------
    >>> nodes = {"fsb": {"label": "FSB", "type": "ORG"},
    ...          "federal security service": {"label": "Federal Security Service", "type": "ORG",
    ...                                       "aliases": ["FSB"]}}
    >>> aliases, labels = alias_index(nodes)
    >>> aliases["fsb"], sorted(labels)
    ({'federal security service'}, ['federal security service', 'fsb'])
    """
    aliases: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    for key, attrs in _named(nodes).items():
        labels.setdefault(spelling_form(attrs["label"]), set()).add(key)
        for name in _aliases(attrs):
            aliases.setdefault(spelling_form(name), set()).add(key)
    return aliases, labels


def _qids_differ(a: dict, b: dict) -> bool:
    qa, qb = a.get("wikidata"), b.get("wikidata")
    return qa is not None and qb is not None and qa != qb


def _is_word(label: str, lexicon) -> bool:
    """A noun, title or given name of the lexicon's lists ("Navy", "Senator"): no name of one referent."""
    from .joins import _is_known_word

    folded = fold_key(label)
    return _is_known_word(label, lexicon) or any(fold_key(w) == folded for w in lexicon.words["institutions"])


def _other_referent(label: str, target: dict, knowledge) -> bool:
    """Whether the knowledge base gives ``label`` to a referent the target is not (by QID, else by name)."""
    found = knowledge.lookup(label)
    if not found:
        return False
    qid = target.get("wikidata")
    if qid:
        return any(entry.qid != qid for entry, _ in found)
    target_form = spelling_form(target["label"])
    return any(spelling_form(entry.label) != target_form for entry, _ in found)


def _person_fits(label: str, target_label: str) -> bool:
    """A person's alias of two words or more is the end of the full name ("López Obrador")."""
    short, long = spelling_form(label).split(), spelling_form(target_label).split()
    return 2 <= len(short) < len(long) and long[-len(short):] == short


def _tails(named: Mapping[str, dict]) -> dict[str, set[str]]:
    """Spelling form of a person's last two or three words -> the keys of the persons whose names end so
    after one word or more ("lopez obrador" -> Andrés Manuel López Obrador)."""
    tails: dict[str, set[str]] = {}
    for key, attrs in named.items():
        words = spelling_form(attrs["label"]).split()
        if attrs["type"] == _PERSON:
            for n in range(2, min(len(words), _TAIL + 1)):
                tails.setdefault(" ".join(words[-n:]), set()).add(key)
    return tails


def _double_surname(label: str, lexicon) -> bool:
    """Whether a person's name reads as a double surname: two or three words, the first no given name,
    written with a letter of Spanish or Portuguese spelling or a surname's particle ("López Obrador",
    "Fernández de Kirchner"; not "Ann Smith")."""
    from extract.entity_context import is_given_name

    words = label.split()
    if not 2 <= len(words) <= _TAIL or is_given_name(words[0], lexicon=lexicon):
        return False
    particles = {fold_key(w) for w in lexicon.words["surname_particles"]}
    return bool(_IBERIAN.search(label)) or any(fold_key(w) in particles for w in words[1:-1])


def alias_joins(nodes: Mapping[str, dict], lexicon) -> Iterator:
    """The joins of the nodes named by another node's one known alias (see the module's rules)."""
    from .joins import Join

    named = _named(nodes)
    aliases, labels = alias_index(named)
    tails = _tails(named)
    for key, attrs in sorted(named.items()):
        label = attrs["label"]
        form = spelling_form(label)
        holders = aliases.get(form, set()) - {key}
        if attrs["type"] == _PERSON and _double_surname(label, lexicon):
            holders |= tails.get(form, set()) - {key}  # "López Obrador" ends one full name of the graph
        if len(holders) != 1 or labels.get(form, set()) - {key} or not label[:1].isalnum() \
                or not (label[:1].isupper() or label[:1].isdigit()) or len(form) < 2:
            continue
        target = next(iter(holders))
        goal = named[target]
        if goal["type"] != attrs["type"] or _qids_differ(attrs, goal) or _is_word(label, lexicon):
            continue
        if attrs["type"] == _PERSON and not _person_fits(label, goal["label"]):
            continue
        if len(goal.get("documents", ())) < len(attrs.get("documents", ())):
            continue
        if _other_referent(label, goal, lexicon.knowledge):
            continue
        documents = tuple(sorted(attrs.get("documents", ())))
        if documents:
            yield Join(key, target, "alias", documents)


def without_initials(label: str) -> str | None:
    """A person's name less its middle initials, or None where it has none (or nothing but them).

    Examples
    --------
    >>> without_initials("George W. Bush"), without_initials("George H. W. Bush"), without_initials("George Bush")
    ('George Bush', 'George Bush', None)
    >>> without_initials("J. Smith") is None
    True
    """
    words = label.split()
    if len(words) < 3:
        return None
    middle = [w for w in words[1:-1] if not _INITIAL.match(w)]
    if len(middle) == len(words) - 2 or _INITIAL.match(words[0]) or _INITIAL.match(words[-1]):
        return None
    return " ".join([words[0], *middle, words[-1]])


def initial_joins(nodes: Mapping[str, dict]) -> Iterator:
    """The joins of a person's node named by another person's full name less its middle initials, where
    the graph holds one such full name ("George Bush" -> "George W. Bush")."""
    from .joins import Join

    named = {k: a for k, a in _named(nodes).items() if a["type"] == _PERSON}
    fuller: dict[str, set[str]] = {}
    for key, attrs in named.items():
        short = without_initials(attrs["label"])
        if short is not None:
            fuller.setdefault(spelling_form(short), set()).add(key)
    for key, attrs in sorted(named.items()):
        label = attrs["label"]
        if len(label.split()) < 2 or without_initials(label) is not None:
            continue
        holders = fuller.get(spelling_form(label), set()) - {key}
        if len(holders) != 1:
            continue  # "George Bush" beside George W. and George H. W. Bush: either
        target = next(iter(holders))
        if _qids_differ(attrs, named[target]):
            continue
        documents = tuple(sorted(attrs.get("documents", ())))
        if documents:
            yield Join(key, target, "initials", documents)
