"""A bare institution name is scoped by its country, or kept to its article.

Many countries have a Senate, a Parliament, a Supreme Court, a Coast Guard, an Interior Ministry
(``data/scoped_institutions.txt``). The graph merges nodes on their key, so a bare "Senate" of a
story on Manila and the "Senate" of a story on Washington were one node. Here such a name takes
its country, in this order, from

1. its own mention (:func:`mention_scope`): a possessive ("Kenya's Senate"), a nationality word or
   a country's name before it ("the Philippine Senate", "the US Senate" where the tagger left the
   country out of the name), an "of" phrase ("the Senate of Italy"), or a noun in apposition that
   carries one ("the Senate, Kenya's upper house");
2. the article's one full form of the name ("the Philippine Senate ... the Senate"; two full forms,
   "the US Senate" and "the Philippine Senate", leave the bare one bare).

The name becomes "Kenya Senate" (a country's name before, as for "Parliament of Iraq" -> "Iraq
Parliament", so "U.S. Senate", "the US Senate" and "the Senate of the United States" agree) or
"Philippine Senate" (a nationality word as written, as the tagger writes the whole name). A name
that still has no country is the article's own: :func:`article_keys` keys it for the article
(``senate@<document id>``), and :func:`is_article_key` tells the graph's joins to leave it alone.
Nothing is guessed from the article's main country. A full name that carries its country
("United States Senate", "Supreme Court of India") is not bare and merges across articles as before.
No spaCy import: the rules read a parsed Doc's tokens and the entity drafts.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable

from .institution_members import member_scope
from .lexicon import Lexicon
from .lexicon.normalise import fold_key
from .types import Entity, Relation

__all__ = ["article_keys", "bare_institution", "is_article_key", "map_institution_scopes", "mention_scope",
           "scoped_names"]

_WORDS = "scoped_institutions"
_PORTFOLIO = "portfolio:"
_SEPARATOR = "@"
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
#: The most words a country's name before an institution takes ("Democratic Republic of Congo" is written after).
_LONGEST_COUNTRY = 3


@functools.lru_cache(maxsize=8)
def scoped_names(lexicon: Lexicon) -> frozenset[str]:
    """The folded bare names of ``data/scoped_institutions.txt``, a portfolio's ministries spelt out.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> names = scoped_names(get_lexicon())
    >>> "senate" in names, "interior ministry" in names, "ministry of the interior" in names
    (True, True, True)
    >>> "united states senate" in names
    False
    """
    names = set()
    for line in lexicon.words[_WORDS]:
        if line.startswith(_PORTFOLIO):
            portfolio = fold_key(line[len(_PORTFOLIO):].strip())
            names |= {f"ministry of {portfolio}", f"ministry of the {portfolio}", f"{portfolio} ministry"}
        else:
            names.add(fold_key(line))
    return frozenset(names)


def bare_institution(name: str, *, lexicon: Lexicon) -> bool:
    """Is ``name`` (a leading "the" dropped) a bare institution name that many countries' bodies bear?

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> bare_institution("the Senate", lexicon=lexicon), bare_institution("Philippine Senate", lexicon=lexicon)
    (True, False)
    """
    return fold_key(name).removeprefix("the ") in scoped_names(lexicon)


def _country_form(text: str, lexicon: Lexicon) -> str | None:
    """The form a country takes before an institution's name: a country's name -> its label ("U.S." ->
    "United States"), a nationality word as written ("Philippine"); None for anything else (a region,
    a state, "Scottish")."""
    written = text.strip()
    if written[:4].casefold() == "the ":
        written = written[4:]
    folded = fold_key(written)
    if not folded:
        return None
    country = lexicon.countries.names.get(folded)
    if country:
        return country
    if lexicon.countries.demonyms.get(folded) and written[:1].isupper():
        return written
    return None


def _spans_ending(doc, drafts, end: int) -> list[tuple[int, int]]:
    """The phrases that may name a country right before ``end``: a draft's tokens that end there, then
    the runs of one to three capitalised words ("States", "United States": the tagger may tag none)."""
    spans = [(d.ts, end) for d in drafts if d.te == end and d.ts < end]
    start = end
    while start > 0 and end - start < _LONGEST_COUNTRY and doc[start - 1].text[:1].isupper():
        start -= 1
        spans.append((start, end))
    return spans


def _span_starting(drafts, start: int) -> tuple[int, int]:
    """The draft's tokens that start at ``start``, else that one token."""
    for d in drafts:
        if d.ts == start and d.te > start:
            return start, d.te
    return start, start + 1


def _country_of_tokens(doc, span: tuple[int, int], lexicon: Lexicon) -> str | None:
    start, end = span
    if start < 0 or end > len(doc) or start >= end:
        return None
    return _country_form(doc[start:end].text, lexicon)


def _modifies(doc, span: tuple[int, int], ts: int, te: int) -> bool:
    """Does the phrase ``span`` before the name hang on the name (a modifier, not a neighbour: "visited
    Kenya. Parliament ...")?"""
    start, end = span
    return start >= 0 and any(ts <= doc[i].head.i < te for i in range(start, end))


def _of_country(doc, tok, drafts, lexicon: Lexicon) -> str | None:
    """The country of an "of" phrase right after token ``tok`` ("Senate of (the) Philippines")."""
    at = tok.i + 1
    if at >= len(doc) or doc[at].lower_ != "of":
        return None
    at += 1
    if at < len(doc) and doc[at].lower_ == "the":
        found = _country_of_tokens(doc, _span_starting(drafts, at), lexicon)
        if found:
            return found
        at += 1
    return _country_of_tokens(doc, _span_starting(drafts, at), lexicon) if at < len(doc) else None


def _apposition_country(doc, root, drafts, lexicon: Lexicon) -> str | None:
    """The country a common noun in apposition to the name carries ("the Senate, Kenya's upper house")."""
    partners = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        partners.append(root.head)
    found = set()
    for partner in partners:
        if partner.pos_ != "NOUN":
            continue  # a list of names, not a description
        for child in partner.children:
            if child.dep_ in _MODIFIER_DEPS and child.i < partner.i:
                found |= {c for span in _spans_ending(doc, drafts, child.i + 1)
                          if (c := _country_of_tokens(doc, span, lexicon))}
        country = _of_country(doc, partner, drafts, lexicon)
        if country:
            found.add(country)
    return found.pop() if len(found) == 1 else None


def mention_scope(doc, ts: int, te: int, drafts, *, lexicon: Lexicon) -> str | None:
    """The country the mention ``doc[ts:te]`` of a bare institution name gives itself, or None.

    A possessive right before it ("Kenya's Senate"), a country's name or nationality word right
    before it ("the Philippine Senate"), an "of" phrase right after it ("the Senate of Italy"),
    or a common noun in apposition that names one ("the Senate, Kenya's upper house"). The
    country's label for a name ("Kenya"), the word as written for a nationality ("Philippine").
    """
    before = ts - 1 if ts >= 2 and doc[ts - 1].text in _POSSESSIVES else ts
    for span in _spans_ending(doc, drafts, before):
        found = _country_of_tokens(doc, span, lexicon) if _modifies(doc, span, ts, te) else None
        if found:
            return found
    found = _of_country(doc, doc[te - 1], drafts, lexicon)
    if found:
        return found
    roots = [t for t in doc[ts:te] if not ts <= t.head.i < te or t.head.i == t.i]
    return _apposition_country(doc, roots[0], drafts, lexicon) if len(roots) == 1 else None


def _country_label(form: str, lexicon: Lexicon) -> str:
    """The country a country form of :func:`_country_form` stands for ("Philippine" -> "Philippines")."""
    folded = fold_key(form)
    return lexicon.countries.names.get(folded) or lexicon.countries.demonyms.get(folded) or form


def _full_country(form: str, name: str, lexicon: Lexicon) -> str | None:
    """The country of the name ``form`` when it is the bare ``name`` (folded) with a country before it or
    in an "of" phrase after it ("Philippine Senate", "Senate of the Philippines": Philippines), else None."""
    folded = fold_key(form)
    if len(folded) != len(form):
        return None  # no offsets to cut by (a folded form of another length)
    if folded.endswith(" " + name):
        found = _country_form(form[: -len(name) - 1], lexicon)
        return _country_label(found, lexicon) if found else None
    for joint in (" of the ", " of "):
        if folded.startswith(name + joint):
            found = _country_form(form[len(name) + len(joint):], lexicon)
            return _country_label(found, lexicon) if found else None
    return None


def _surface(doc, d) -> str:
    return _written_bare(" ".join(doc[d.ts:d.te].text.split()))


def map_institution_scopes(doc, drafts, *, lexicon: Lexicon) -> None:
    """Give each bare institution draft the country its mention or the article names (in place).

    ``drafts`` are :mod:`extract.entities`' mention drafts (``ts``, ``te``, ``label``,
    ``canonical``, ``country``). A draft whose own mention names a country becomes "Kenya Senate";
    a bare draft left takes the article's full form of its name when all its full forms name one
    country. Where they name two ("the US Senate ... the Philippine Senate ... the Senate"), a bare
    mention an earlier rule gave one of them is bare again: which one is a guess.
    """
    names = scoped_names(lexicon)
    scoped, pending = [], []
    for d in drafts:
        if d.label == "PERSON" or d.country:
            continue
        surface = _surface(doc, d)
        name = fold_key(surface)
        if name not in names:
            continue
        country = mention_scope(doc, d.ts, d.te, drafts, lexicon=lexicon)
        if country:
            d.canonical = f"{country} {surface}"
            scoped.append((d, name, _country_label(country, lexicon)))
        else:
            pending.append((d, name, surface))
    if not pending and not scoped:
        return
    # the names asked about and the longer ones they shorten ("House" of "House of Representatives")
    shorts = {name for _, name, _ in pending} | {name for _, name, _ in scoped}
    wanted = shorts | {m for m in names for n in shorts if m.startswith(n + " ")}
    full: dict[str, dict[str, str]] = {}  # bare name -> country -> the article's first full form
    for d in drafts:
        for form in (d.canonical, _surface(doc, d)):
            for name in wanted:
                country = _full_country(form, name, lexicon)
                if country:
                    full.setdefault(name, {}).setdefault(country, d.canonical)
    for name in wanted:  # a full form the tagger missed ("the United States House of Representatives passed")
        for form in _text_forms(doc, name, drafts, names, lexicon):
            full.setdefault(name, {}).setdefault(_country_label(form.rsplit(" ", len(name.split()))[0], lexicon), form)
    for d, name, country in scoped:  # "the US House" ... "the United States House of Representatives"
        longer = {f for m, forms in full.items() if m.startswith(name + " ") for c, f in forms.items() if c == country}
        if len(longer) == 1:
            d.canonical = longer.pop()
    for d, name, surface in pending:
        forms = full.get(name, {})
        if not forms:  # "the House" beside the article's one "United States House of Representatives"
            longer = [fs for m, fs in full.items() if m.startswith(name + " ")]
            forms = longer[0] if len(longer) == 1 else {}
        if len(forms) == 1:
            d.canonical = next(iter(forms.values()))
        elif len(forms) > 1 and fold_key(d.canonical) in {fold_key(f) for f in forms.values()}:
            d.canonical = surface


def _text_forms(doc, name: str, drafts, names: frozenset[str], lexicon: Lexicon) -> list[str]:
    """Every full form of the bare ``name`` (folded) the article's text writes with a country, whether
    tagged or not: "United States House of Representatives" where the tagger saw only "the United States".
    Not a part of a longer bare name ("House" of "House of Representatives": that name's own form)."""
    words = name.split()
    n, found = len(words), []
    longer = [m.split() for m in names if m.startswith(name + " ")]
    for i in range(len(doc) - n + 1):
        if doc[i].lower_ != words[0] or [t.lower_ for t in doc[i : i + n]] != words:
            continue
        if any([t.lower_ for t in doc[i : i + len(m)]] == m for m in longer):
            continue
        country = mention_scope(doc, i, i + n, drafts, lexicon=lexicon)
        if country:
            found.append(f"{country} {doc[i : i + n].text}")
    return found


def _written_bare(canonical: str) -> str:
    return canonical[4:] if canonical[:4].casefold() == "the " else canonical


def is_article_key(key: str, documents: Iterable[str]) -> bool:
    """Is ``key`` an entity key :func:`article_keys` gave for the one document of ``documents``?

    Examples
    --------
    >>> is_article_key("senate@wikinews:ab12", ["wikinews:ab12"]), is_article_key("senate", ["d1"])
    (True, False)
    """
    documents = tuple(documents)
    return len(documents) == 1 and key.endswith(_SEPARATOR + documents[0])


def article_keys(entities: Iterable[Entity], relations: Iterable[Relation], doc_id: str, *,
                 lexicon: Lexicon, text: str = "") -> tuple[list[Entity], list[Relation]]:
    """``entities`` and ``relations`` with every bare institution name left keyed for ``doc_id`` alone.

    An entity labelled with a bare name of ``data/scoped_institutions.txt`` ("Senate"), none of its
    country found, takes the one country of the article's members of such a body
    (:func:`.institution_members.member_scope`: "Senator Mitch McConnell ... the Senate" is
    "United States Senate", read in ``text``), else gets the key ``senate@<doc_id>``; the
    relations' arguments of that key follow.
    """
    entities = list(entities)
    keys = {e.key for e in entities}
    moved: dict[str, tuple[str, str | None]] = {}  # old key -> (new key, new label or None)
    for e in entities:
        if e.type in ("CONCEPT", "PERSON") or _SEPARATOR in e.key or not bare_institution(e.label, lexicon=lexicon):
            continue
        scoped = member_scope(e, entities, text=text, lexicon=lexicon)
        if scoped is not None and fold_key(scoped) not in keys:
            moved[e.key] = (fold_key(scoped), scoped)
        else:
            moved[e.key] = (f"{e.key}{_SEPARATOR}{doc_id}", None)
    relations = list(relations)
    if not moved:
        return entities, relations
    entities = [_moved(e, *moved[e.key]) if e.key in moved else e for e in entities]
    out = []
    for relation in relations:
        changes = {role: _moved(arg, *moved[arg.key])
                   for role in ("subject", "object") if (arg := getattr(relation, role)).key in moved}
        out.append(dataclasses.replace(relation, **changes) if changes else relation)
    return entities, out


def _moved(value, key: str, label: str | None):
    """An entity or argument with its new key, and its new label when the country scoped it."""
    return dataclasses.replace(value, key=key, label=label) if label else dataclasses.replace(value, key=key)
