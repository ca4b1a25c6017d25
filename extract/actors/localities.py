"""A place inside an actor mention names the actor's country (issue 11, point 3).

"Goa's government" is India's, "a Cheltenham man" British, "police in Christchurch" New
Zealand's: a city or first-level division (state, province, region) that the mention itself
names gives the actor that place's country, as event coders read it. The place must have one
reading: a gazetteer name of one country only, a city whose namesakes elsewhere are all cities
of a tenth its size or less (the gazetteer's own test: "Paris", not "Paris, Texas"), or, for a
name several countries share ("Cheltenham" is also in Australia, "Punjab" in India and
Pakistan), the one of those countries that the article itself names. The article's dominant
country is never given to a mention that names no place.

The tagger often takes a place before an agent noun for a person or an organisation ("Goa's
government" with Goa a PERSON). Such a name counts only when it is a proper noun, no given name
and no surname of a person the article names ("Lincoln's government" after "Abraham Lincoln" is
his), and when the article names the place's country: many towns bear a word's or a county's
name ("Police" is a Polish town, "Kent" and "Surrey" are towns in America and Canada). In an
organisation's name only a city counts ("Unity Party" is no party of South Sudan's Unity state).
"""

from __future__ import annotations

from ..doccache import cache_of, doc_ents
from ..lexicon import Lexicon
from ..lexicon.gazetteer import split_place
from ..lexicon.normalise import fold_place
from .clause_places import clause_place_countries, verb_place_countries
from .state_offices import bound_state_office
from .stated_places import stated_country, stated_in_article

__all__ = ["article_countries", "is_person_surname", "named_surname", "local_countries", "locality_country", "is_state_namesake", "named_state_country", "namesake_state_country",
           "place_name_country", "state_namesake_country"]

#: Gazetteer kinds a locality may be (a country's own name is read by the country table).
_KINDS = frozenset({"city", "admin1"})
#: Tagger labels of a place's name, and of names a place is often mistaken for.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_MISREAD_LABELS = frozenset({"PERSON", "ORG", "NORP", "FAC", ""})
#: In an organisation's name only a city counts: a region's name is often a word ("Unity Party").
_ORG_KINDS = frozenset({"city"})
#: Roles that act where they are: "police in Christchurch", "a court in Goa", "protesters in Minsk".
_LOCAL_ROLES = frozenset({"COP", "JUD", "OPP", "CVL"})
#: Agent nouns of government that are local where they are ("authorities in Kerala").
_LOCAL_NOUNS = frozenset({"authority", "authorities"})
#: "in" puts a local role where it acts; "from" gives any agent its origin ("troops from Chad").
_WHERE = "in"
_ORIGIN = "from"
#: Country names that are also a state of another country ("Georgia US"), one a line.
_STATE_NAMESAKES = "state_namesakes"
#: Words of a state's offices, not a country's: "Georgia's governor", "the state of Georgia".
_STATE_WORDS = frozenset({"governor", "governors", "legislature", "statehouse", "state"})
#: Words of a city's name before "City, State" ("Atlanta, Georgia"; "Salt Lake City, Utah").
_CITY_WORDS = 3


def article_countries(doc, lexicon: Lexicon) -> frozenset[str]:
    """ISO alpha-2 codes of the countries the article names: a country's name or a nationality word.

    Only these choose among the namesakes of a place ("Cheltenham" in an article that names the
    United Kingdom); a country is never guessed from the places the article names.
    """
    memo = cache_of(doc).memo("article_countries")
    found = memo.get(id(lexicon))
    if found is None:
        names = set()
        for ent in doc_ents(doc):
            alpha3 = None
            if ent.label_ in _PLACE_LABELS and not is_person_surname(ent):
                label = lexicon.countries.country_of(split_place(ent.text.removeprefix("the "))[0])
                country = lexicon.countries.by_label.get(label) if label is not None else None
                alpha3 = country.alpha3 if country is not None else None
            elif ent.label_ == "NORP":
                alpha3 = lexicon.actors.demonyms.get(ent.text.casefold())
            alpha2 = lexicon.countries.alpha2(alpha3) if alpha3 else None
            if alpha2:
                names.add(alpha2)
        found = memo[id(lexicon)] = frozenset(names)
    return found


def _is_person_word(tokens, lexicon: Lexicon) -> bool:
    """A given name, or the surname of a person the article names ("Lincoln" of "Abraham Lincoln")."""
    from ..entity_context import is_given_name  # (entity_context reads the actor layer)

    return is_given_name(tokens[0].text, lexicon=lexicon) or _surname_of_named_person(tokens)


def _surname_of_named_person(tokens) -> bool:
    return named_surname(tokens[0].doc, " ".join(t.text for t in tokens))


def named_surname(doc, name: str) -> bool:
    """Is ``name`` the last word of a person's name of several words in ``doc`` ("Amman" of "Ali Amman")?"""
    memo = cache_of(doc).memo("person_surnames")
    surnames = memo.get(0)
    if surnames is None:
        surnames = memo[0] = frozenset(
            ent[-1].text.casefold() for ent in doc_ents(doc) if ent.label_ == "PERSON" and len(ent) > 1)
    return name.casefold() in surnames


def is_person_surname(tokens) -> bool:
    """Is the one-word place name ``tokens`` the surname of a person the article names ("Jordan" beside
    "Michael Jordan", "Amman" beside "Ali Amman")? Such a word names no place the article may be set in:
    it gives no country, tagged a place or not."""
    return len(tokens) == 1 and _surname_of_named_person(tokens)


def locality_country(tokens, *, lexicon: Lexicon) -> str | None:
    """The alpha-3 country of the city or region that a name inside an actor mention stands for.

    Parameters
    ----------
    tokens : sequence of spacy.tokens.Token
        The name's words ("Goa", "Thames Valley"), capitalised.
    lexicon : Lexicon
        The tables.

    Returns
    -------
    str or None
        The country when the name has one reading (see the module's note), else None.
    """
    if not len(tokens) or not all(t.text[:1].isupper() for t in tokens):
        return None
    if (stated := stated_country(tokens, lexicon=lexicon)) is not None:
        return stated  # "police in Tripoli, Lebanon": the text says which Tripoli
    if is_person_surname(tokens):
        return None  # "Amman" beside "Ali Amman": a person's name, no place
    if (stated := stated_in_article(tokens, lexicon=lexicon)) is not None:
        return stated  # "Tripoli, Lebanon" earlier in the article: the same Tripoli
    label = tokens[-1].ent_type_
    tagged = label in _PLACE_LABELS
    if not tagged and (label not in _MISREAD_LABELS or any(t.pos_ != "PROPN" for t in tokens)
                       or _is_person_word(tokens, lexicon)):
        return None
    text = " ".join(t.text for t in tokens)
    read = _readings(text, _KINDS if label != "ORG" else _ORG_KINDS, lexicon)
    if read is None:
        return None  # unknown, or also a country's name (read by the country table)
    candidates, countries = read
    if len(countries) > 1:
        countries &= article_countries(tokens[0].doc, lexicon)
    if not tagged:  # "Police" is a Polish town, "Kent" two American ones: the article must name the country
        countries &= article_countries(tokens[0].doc, lexicon)
    # (the gazetteer's best reading may be a namesake of another name: "San Miguel" of "San Miguelito")
    pool = [entry for entry in candidates if entry.country in countries]
    if not pool:
        return None
    # of the namesakes in countries the article names, the largest ("San Juan" of Puerto Rico, not Texas)
    country = max(pool, key=lambda e: e.population).country
    alpha3 = lexicon.countries.alpha3(country)
    return alpha3 if alpha3 and lexicon.countries.by_alpha3.get(alpha3) is not None else None


def _readings(text: str, kinds: frozenset[str], lexicon: Lexicon):
    """(gazetteer entries of the name ``text``, the countries it may be in), or None when the name is
    unknown or also a country's. A large city whose namesakes are all a tenth its size or less has
    its own country alone ("Paris", "Christchurch")."""
    gaz = lexicon.gazetteer
    # the place's own name, not another name of it ("Valley" is a name of The Valley, Anguilla)
    candidates = [entry for entry in gaz.candidates(text) if fold_place(entry.name) == fold_place(text)]
    if not candidates or any(entry.kind not in kinds for entry in candidates):
        return None
    countries = {entry.country for entry in candidates}
    if len(countries) > 1:
        best = gaz.lookup(text, kind="city")
        if best is not None and best.kind == "city" and not gaz.is_ambiguous(text, best) and all(
                entry.kind == "city" for entry in candidates if entry.country != best.country):
            countries = {best.country}
    return candidates, countries


def place_name_country(text: str, *, lexicon: Lexicon) -> str | None:
    """The alpha-3 country of a city or region named ``text`` when the name has one reading ("Lagos"
    ``NGA``: its Portuguese namesake is a small town), else None ("Victoria", "San Miguel")."""
    read = _readings(text, _KINDS, lexicon)
    if read is None or len(read[1]) != 1:
        return None
    alpha3 = lexicon.countries.alpha3(next(iter(read[1])))
    return alpha3 if alpha3 and lexicon.countries.by_alpha3.get(alpha3) is not None else None


def local_countries(head, agent: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """(country, source) of a place in a phrase of the agent noun ``head``, or [].

    "police in Christchurch" (a local role where it acts: police, courts, protesters, residents,
    authorities) and "troops from Chad" (any agent's origin) give the place's country; a country's
    own name counts too ("protesters in Serbia"). Else a local role's clause: "residents living in
    Caracas" (:func:`.clause_places.clause_place_countries`, source ``place``).

    Parameters
    ----------
    head : spacy.tokens.Token
        The agent noun.
    agent : str
        Its agent code (``~COP``).
    lexicon : Lexicon
        The tables.
    """
    local = agent.lstrip("~")[:3] in _LOCAL_ROLES or head.lower_ in _LOCAL_NOUNS
    for prep in head.children:
        if prep.dep_ != "prep" or not (prep.lower_ == _ORIGIN or prep.lower_ == _WHERE and local):
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.ent_type_ not in _PLACE_LABELS and pobj.pos_ != "PROPN":
                continue
            from .mentions import _name_tokens  # (mentions reads this module)

            name = _name_tokens(pobj)
            country = _country_name(name, lexicon) or locality_country(name, lexicon=lexicon)
            if country:
                return [(country, _WHERE if prep.lower_ == _WHERE else _ORIGIN)]
    # "residents living in Caracas", "Police arrested twelve men in Lagos"
    return (clause_place_countries(head, local=local, lexicon=lexicon)
            or verb_place_countries(head, local=local, lexicon=lexicon))


def _country_name(tokens, lexicon: Lexicon) -> str | None:
    if is_person_surname(tokens):
        return None  # "in Amman" beside "Ali Amman": the surname names no place
    label = lexicon.countries.country_of(" ".join(t.text for t in tokens))
    country = lexicon.countries.by_label.get(label) if label is not None else None
    return country.alpha3 if country is not None else None


def _namesake_state_of(name: str, lexicon: Lexicon) -> str | None:
    """The alpha-2 country whose state bears ``name``, from ``data/state_namesakes.txt``; None if none."""
    key = fold_place(name)
    for line in lexicon.words[_STATE_NAMESAKES]:
        words = line.rsplit(None, 1)
        if len(words) == 2 and fold_place(words[0]) == key:
            return words[1].upper()
    return None


def is_state_namesake(name: str, *, lexicon: Lexicon) -> bool:
    """Is ``name`` a country's name that a state of another country bears too ("Georgia")?"""
    return _namesake_state_of(name, lexicon) is not None


def namesake_countries(lexicon: Lexicon) -> frozenset[str]:
    """The alpha-3 codes of the countries whose name a state of another country bears ("Georgia": ``GEO``)."""
    found = set()
    for line in lexicon.words[_STATE_NAMESAKES]:
        words = line.rsplit(None, 1)
        country = lexicon.countries.by_label.get(lexicon.countries.country_of(words[0]) or "") if len(words) == 2 else None
        if country is not None:
            found.add(country.alpha3)
    return frozenset(found)


def namesake_state_country(name: str, *, lexicon: Lexicon) -> str | None:
    """The alpha-3 country whose state bears the country's name ``name`` ("Georgia" ``USA``), or None."""
    alpha2 = _namesake_state_of(name, lexicon)
    return lexicon.countries.alpha3(alpha2) if alpha2 else None


def _after_city_of(tokens, alpha2: str, lexicon: Lexicon) -> bool:
    """Does a city of ``alpha2`` (and of no country the name itself is) come before "``, name``"?"""
    doc, first = tokens[0].doc, tokens[0]
    if first.i < 2 or doc[first.i - 1].text != ",":
        return False
    own = lexicon.countries.by_label.get(lexicon.countries.country_of(" ".join(t.text for t in tokens)) or "")
    end = first.i - 1
    for start in range(end - 1, max(end - 1 - _CITY_WORDS, -1), -1):
        words = doc[start:end]
        if not all(t.text[:1].isupper() for t in words):
            break
        found = [e for e in lexicon.gazetteer.candidates(words.text) if fold_place(e.name) == fold_place(words.text)]
        if any(e.kind == "city" and e.country == alpha2 for e in found) and not any(
                own is not None and lexicon.countries.alpha3(e.country) == own.alpha3 for e in found):
            return True
    return False


def _with_state_word(tokens) -> bool:
    """Is the name a state's by a state's office or "state" next to it ("Georgia's governor", "the
    governor of Georgia", "Georgia Governor X", "the state of Georgia", "Georgia state")?"""
    doc, last = tokens[0].doc, tokens[-1]
    head = last.head
    if last.dep_ in ("poss", "compound") and head.lower_ in _STATE_WORDS:
        return True
    if last.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _STATE_WORDS:
        return True
    return last.i + 1 < len(doc) and doc[last.i + 1].lower_ in _STATE_WORDS


def state_namesake_country(tokens, *, lexicon: Lexicon) -> str | None:
    """The alpha-3 country whose state a country's name stands for here, or None.

    "Atlanta, Georgia", "Georgia's governor", "the governor of Georgia" and "the US state of Georgia"
    are the US state, not the country Georgia: a name of ``data/state_namesakes.txt`` is the state
    where a city of the state's country comes before it with a comma, or a state's office or the word
    "state" goes with it. Elsewhere the name is the country, as before.

    Parameters
    ----------
    tokens : spacy.tokens.Span or sequence of Token
        The name's words.
    lexicon : Lexicon
        The tables.
    """
    if not len(tokens):
        return None
    alpha2 = _namesake_state_of(" ".join(t.text for t in tokens), lexicon)
    if alpha2 is None or not (_with_state_word(tokens) or bound_state_office(tokens, lexicon=lexicon)
                              or _after_city_of(tokens, alpha2, lexicon)):
        return None
    return lexicon.countries.alpha3(alpha2)


def named_state_country(doc, names, *, lexicon: Lexicon) -> str | None:
    """The state's country (:func:`state_namesake_country`) of an entity any of whose mentions in ``doc``
    reads as the state; None when none does or the name is never such a namesake."""
    names = set(names)
    if not any(_namesake_state_of(name, lexicon) for name in names):
        return None
    for ent in doc_ents(doc):
        if ent.text in names:
            found = state_namesake_country(ent, lexicon=lexicon)
            if found is not None:
                return found
    return None
