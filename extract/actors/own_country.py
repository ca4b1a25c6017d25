"""A titled person's own country in the mention beats a dictionary entry of another country.

A given name or a title and a given name ("King Abdullah", "Prince Mohammed") is listed in the
Phoenix files for one country, but news names many holders of it: "King Abdullah of Jordan",
"Jordan's King Abdullah", "Jordanian King Abdullah", "Prince Mohammed, Saudi Arabia's crown prince"
name the holder's country in the mention itself. That country wins over the dictionary entry's
when the mention's title is a state office (CAMEO's agents file: ``~GOV``, ``~MIL``...) and every
such piece of evidence across the person's mentions names the same one country; a state body the
dictionaries list before the title counts ("Kamloops RCMP Constable Gary Gray" is Canada's, not the
Australian minister the Phoenix files list by that name). The code is that
country with the title's role (``JORGOV``). A place the person visits or speaks of ("King
Abdullah, in Riyadh, ...", "Abdullah urged Saudi Arabia") is no evidence: only the words bound to
the title count.
"""

from __future__ import annotations

from ..doccache import sentence_bounds
from ..lexicon import Lexicon
from ..lexicon.normalise import fold_place
from .codes import STATE_ROLES
from .localities import is_state_namesake

__all__ = ["own_country_code", "region_country"]

#: Words a title before a name may have: "Crown Prince", "Prime Minister", "Defence Minister".
_TITLE_WORDS = 3
_POSSESSIVE = frozenset({"'s", "\u2019s"})


def _country(tokens, lexicon: Lexicon) -> str | None:
    """The alpha-3 code of the country the tokens name ("Jordan", "Saudi Arabia"), or their nationality
    word's ("Jordanian"); None for anything else."""
    text = " ".join(t.text for t in tokens)
    if is_state_namesake(text, lexicon=lexicon):
        return None  # "Governor Kemp of Georgia": the US state or the country
    label = lexicon.countries.country_of(text)
    country = lexicon.countries.by_label.get(label) if label is not None else None
    if country is not None:
        return country.alpha3
    if len(tokens) == 1 and tokens[0].text[:1].isupper():
        found = lexicon.actors.demonyms.get(fold_place(text))
        return found if found is not None and lexicon.countries.by_alpha3.get(found) is not None else None
    return None


def _entity_tokens(doc, i: int, step: int):
    """The tokens of the named entity ``doc[i]`` lies in, walking from ``i`` by ``step`` (-1: to its start)."""
    out = [doc[i]]
    if step < 0:
        while out[0].ent_iob_ == "I" and out[0].i > 0:
            out.insert(0, doc[out[0].i - 1])
    else:
        while out[-1].i + 1 < len(doc) and doc[out[-1].i + 1].ent_iob_ == "I":
            out.append(doc[out[-1].i + 1])
    return out


def region_country(text: str, *, lexicon: Lexicon) -> str | None:
    """The country of the first-level division (a state, a province) named ``text`` when the name has one
    reading and is that country's division, not only a town's ("Connecticut" ``USA``, "Maharashtra"
    ``IND``; "Harvard", a town, None); a state that a country's name bears is read elsewhere ("Georgia")."""
    from .localities import _readings  # (localities reads the state offices module this one shares)

    if is_state_namesake(text, lexicon=lexicon):
        return None
    read = _readings(text, frozenset({"city", "admin1"}), lexicon)
    if read is None or len(read[1]) != 1:
        return None
    (alpha2,) = read[1]
    if not any(entry.kind == "admin1" and entry.country == alpha2 for entry in read[0]):
        return None
    alpha3 = lexicon.countries.alpha3(alpha2)
    return alpha3 if alpha3 and lexicon.countries.by_alpha3.get(alpha3) is not None else None


def _name_run(doc, i: int) -> list:
    """The capitalised words of the name that ends at ``doc[i]``: "New Mexico" of "Mexico" in "New Mexico
    governor X" (whose country is no Mexico), "Jordanian" alone."""
    start = i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN" \
            and (doc[start - 1].head.i == i or doc[start].ent_iob_ == "I"):
        start -= 1
    return list(doc[start : i + 1])


def _body_country(run, lexicon: Lexicon) -> str | None:
    """The country of a state body the dictionaries list, named by the run's last words before a title
    ("RCMP" of "Kamloops RCMP Constable": ``CANCOP``, so CAN); None for a body of no state role."""
    from .mentions import dictionary_code  # (mentions reads the codes module)

    for start in range(len(run)):
        code = dictionary_code(" ".join(t.text for t in run[start:]), date=None, lexicon=lexicon)
        if code is not None:
            return code[:3] if code[3:6] in STATE_ROLES and lexicon.countries.by_alpha3.get(code[:3]) else None
    return None


def _title(span, lexicon: Lexicon) -> tuple[int, str] | None:
    """(first token, role) of a state office's title right before the name ("King", "Crown Prince"),
    or at the start of the name when the tagger took it in ("King Abdullah"); None without one."""
    from .mentions import agent_code  # (mentions reads the codes module)

    doc = span.doc
    low = sentence_bounds(doc, span.start)[0]
    inside = [t for t in span[:_TITLE_WORDS + 1] if t.text[:1].isupper() and t.i < span.end - 1]
    for first in range(len(inside)):  # a title the tagger took into the name, maybe after a nationality
        for at in range(len(inside), first, -1):
            found = agent_code([t.text for t in inside[first:at]], lexicon)
            if found is not None and found[1] == 0 and found[0][1:4] in STATE_ROLES:
                return inside[first].i, found[0][1:4]
    start = span.start
    while start > low and span.start - start < _TITLE_WORDS and doc[start - 1].ent_iob_ == "O" \
            and doc[start - 1].pos_ in ("NOUN", "PROPN"):
        start -= 1
    for first in range(start, span.start):
        found = agent_code([t.text for t in doc[first : span.start]], lexicon)
        if found is not None and found[1] == 0 and found[0][1:4] in STATE_ROLES:
            return first, found[0][1:4]
    return None


def _title_start(doc, first: int, low: int, lexicon: Lexicon) -> int:
    """The first word of a stack of titles ending at ``first`` ("King Sultan Abdullah": "King")."""
    from .mentions import agent_code  # (mentions reads the codes module)

    stop = max(low, first - _TITLE_WORDS)
    while first > stop and doc[first - 1].text[:1].isupper() and doc[first - 1].ent_type_ in ("", "PERSON"):
        found = agent_code([doc[first - 1].text], lexicon)
        if found is None or found[0][1:4] not in STATE_ROLES:
            break
        first -= 1
    return first


def _evidence(span, lexicon: Lexicon) -> tuple[set[str], str | None]:
    """The countries the mention's own words bind to its title, and the title's role."""
    doc = span.doc
    title = _title(span, lexicon)
    found: set[str] = set()
    if title is not None:
        first, role = title
        first = _title_start(doc, first, sentence_bounds(doc, span.start)[0], lexicon)
        if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].ent_iob_ == "B":
            country = _country(_entity_tokens(doc, span.end + 1, 1), lexicon)  # "King Abdullah of Jordan"
            if country is not None:
                found.add(country)
        if first > 0:
            before = doc[first - 1]
            if before.text in _POSSESSIVE and first > 1 and doc[first - 2].ent_type_ in ("GPE", "PERSON", ""):
                country = _country(_entity_tokens(doc, first - 2, -1), lexicon)  # "Jordan's King Abdullah"
            elif before.pos_ in ("ADJ", "PROPN") and before.head.i >= first:
                run = _name_run(doc, before.i)
                # "Jordanian King Abdullah"; "Connecticut Governor Ned Lamont": a state's or province's office
                country = (_country(run, lexicon) or region_country(" ".join(t.text for t in run), lexicon=lexicon)
                           or _body_country(run, lexicon))  # "Kamloops RCMP Constable X": CAN
            else:
                country = None
            if country is not None:
                found.add(country)
    else:
        role = None
    for child in span.root.children:  # "Prince Mohammed, Saudi Arabia's crown prince"
        if child.dep_ == "appos" and child.i >= span.end:
            code = _apposition(child, lexicon)
            if code is not None:
                found.add(code[:3])
                role = role or code[3:6]
    return found, role


def _apposition(noun, lexicon: Lexicon) -> str | None:
    """The country + office code an apposition names ("Saudi Arabia's crown prince" ``SAUGOV``),
    when its head is a state office and a country is its possessor, nationality or "of" phrase."""
    from .mentions import appositive_code  # (mentions reads the codes module)

    found = appositive_code(noun, date=None, lexicon=lexicon)
    if found is None or not found.country or found.source not in ("possessive", "adjective", "of", "title"):
        return None
    return found.code if found.code[3:6] in STATE_ROLES else None


def own_country_code(named: str, spans, *, lexicon: Lexicon) -> str:
    """``named`` (a person's dictionary code), or the country the person's own mentions bind to a
    state office's title with that title's role, when it is one other country.

    Parameters
    ----------
    named : str
        The code the Phoenix files give the name at the article's date ("SAUGOV" for "Abdullah"), or a
        state role alone that a title gave ("GOV" of "Connecticut Governor X": the state's country then).
    spans : iterable of spacy.tokens.Span
        The person's mentions.
    lexicon : Lexicon
        The tables.
    """
    if lexicon.countries.by_alpha3.get(named[:3]) is None and named not in STATE_ROLES:
        return named
    countries: set[str] = set()
    role = None
    for span in spans:
        found, title_role = _evidence(span, lexicon)
        countries |= found
        role = role or (title_role if found else None)
    if len(countries) != 1:
        return named
    (country,) = countries
    if country == named[:3]:
        return named
    return country + (role or named[3:6])
