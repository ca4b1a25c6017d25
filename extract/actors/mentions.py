"""The actor code of one mention, read from the mention itself, with a confidence.

Issue 11, point 3: a code comes from the words of the mention (a name in the
Phoenix dictionaries, a nationality adjective, a possessive, an "of" phrase,
a coordinated pair of countries) or from coreference with such a mention,
and never from the article's dominant country. Each source has its own
function; :func:`generic_actor_codes` and :func:`dictionary_code` are the
entry points the event fields call. Where nothing names a country, the code
is the role alone ("police" -> ``COP``) with a low confidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from spacy.attrs import LOWER, POS

from ..doccache import cache_of, doc_ents, doc_span, sentence_bounds, token_rows
from ..lexicon import Lexicon
from ..lexicon.cameo_actors import actor_tokens, combine_codes
from ..lexicon.normalise import fold_actor, fold_place
from ..syntax import ANY_SUBJECT_DEPS
from .codes import STATE_ROLES
from .institutions import (institution_countries, is_shared_institution, listed_institution_code, member_country,
                           shared_role)
from .stated_places import stated_country
from .localities import is_state_namesake, local_countries, locality_country, place_name_country, state_namesake_country
from .parties import party_bases

__all__ = [
    "CONFIDENCE",
    "COREFERENCE_FACTOR",
    "ActorCode",
    "agent_code",
    "appositive_code",
    "body_title_code",
    "coreferent",
    "descriptor_code",
    "dictionary_code",
    "former_code",
    "is_former",
    "generic_actor_codes",
    "institution_actor_code",
    "is_generic_actor",
    "role_antecedents",
    "role_antecedent",
    "with_country",
]

#: Confidence of a code by the source it came from (issue 11: a dictionary
#: name beats a title or an adjective, which beat coreference).
CONFIDENCE = {
    "dictionary": 0.9,
    "adjective": 0.85,
    "possessive": 0.85,
    "of": 0.8,
    "coordinated": 0.8,
    "from": 0.8,
    "in": 0.75,
    "title": 0.75,
    "knowledge": 0.75,
    "text": 0.7,
    "entity": 0.7,
    "place": 0.6,
    "owner": 0.6,
    "name": 0.6,
    "article": 0.55,
    "role": 0.5,
    "owned": 0.5,
}
#: A coreferent mention keeps its antecedent's code at this share of its confidence.
COREFERENCE_FACTOR = 0.8

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_NAME_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Nouns that refer definitely with no article: "Police said" is "the police said".
_BARE_DEFINITE = frozenset({"police"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: "former President", "formerly the mayor", "ex-minister", "a retired general": an office held no longer.
_FORMER = frozenset({"former", "formerly", "ex", "ex-", "retired", "erstwhile", "onetime", "one-time"})
#: The roles of a state's offices, and CAMEO's role of former officials.
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
_ELITE = "ELI"


@dataclass(frozen=True, slots=True)
class ActorCode:
    """An actor code with where it came from.

    Attributes
    ----------
    code : str
        The CAMEO actor code (``KENJUD``, ``RUSGOV``, ``COP``).
    confidence : float
        How sure the code is, from :data:`CONFIDENCE`.
    source : str
        The key of :data:`CONFIDENCE` that gave it, or ``"coreference"``.
    country : str or None
        The ISO alpha-3 country the code starts with, if any.
    role : str or None
        The role letters after the country (``JUD``), if any.
    """

    code: str
    confidence: float
    source: str
    country: str | None = None
    role: str | None = None


def coreferent(found: ActorCode) -> ActorCode:
    """The code a mention takes from its antecedent: the same code, less sure."""
    return ActorCode(found.code, round(found.confidence * COREFERENCE_FACTOR, 3), "coreference",
                     found.country, found.role)


def with_country(code: str, source: str, lexicon: Lexicon) -> ActorCode:
    """An :class:`ActorCode` of ``code``, its country split off when the first three letters are one."""
    head = code[:3]
    if lexicon.countries.by_alpha3.get(head) is not None:
        return ActorCode(code, CONFIDENCE[source], source, head, code[3:] or None)
    return ActorCode(code, CONFIDENCE[source], source, None, code if source == "role" else None)


def dictionary_code(name: str, *, date: Date | str | None, lexicon: Lexicon) -> str | None:
    """The code of a name the Phoenix dictionaries list, valid at ``date``; None if unlisted.

    The name must be listed whole (a leading "the" may be dropped): a
    dictionary alias never matches a part of a longer name.
    """
    if not name or not any(c.isalpha() for c in name):
        return None
    codes = lexicon.dictionaries.actor_codes(name, date=date)
    if codes:
        # "Senate": many countries have one; the listed country is not the name's (institutions.py)
        return shared_role(name, codes[0], lexicon=lexicon) if is_shared_institution(name, lexicon=lexicon) \
            else codes[0]
    return _lasting_country(name, lexicon)


def institution_actor_code(span, name: str, *, antecedent, date: Date | str | None,
                           lexicon: Lexicon) -> ActorCode | None:
    """The code of a shared institution's name ("the Senate"), or None for any other name.

    Parameters
    ----------
    span : spacy.tokens.Span or None
        The mention; its adjective, possessive or "of" phrase names the country first
        ("the Philippine Senate", "the Senate of the Philippines").
    name : str
        The name as written.
    antecedent : callable
        Returns the :class:`ActorCode` coreference gives the mention ("Philippine senators ... the
        Senate"), or None; read second.
    date : datetime.date or str or None
        The article's date.
    lexicon : Lexicon
        The tables.

    Returns
    -------
    ActorCode or None
        The mention's or antecedent's code with a country; else the dictionary's code when the
        article names that country alone; else the role (:func:`.institutions.listed_institution_code`).
    """
    doc = span.doc if span is not None else None
    listed = listed_institution_code(name, doc=doc, date=date, lexicon=lexicon) if doc is not None else None
    if listed is None:
        return None
    own = generic_actor_codes(span, date=date, lexicon=lexicon)
    if own and own[0].country:
        return own[0]
    codes = lexicon.dictionaries.actor_codes(name, date=date)
    haves = institution_countries(name, codes[0], lexicon=lexicon) if codes else frozenset()
    for found in (antecedent(), _same_name_antecedent(span, name, date=date, lexicon=lexicon),
                  _member_code(span.doc, name, date=date, lexicon=lexicon)):
        if found is not None and found.country in haves:  # not a coreferent of a country with no such body
            return found
    return with_country(listed, "place" if listed != shared_role(name, listed, lexicon=lexicon) else "role", lexicon)


def _member_code(doc, name: str, *, date, lexicon: Lexicon) -> ActorCode | None:
    """:func:`.institutions.member_country` as a coreferent code."""
    code = member_country(doc, name, date=date, lexicon=lexicon)
    return coreferent(with_country(code, "dictionary", lexicon)) if code else None


def _same_name_antecedent(span, name: str, *, date, lexicon: Lexicon) -> ActorCode | None:
    """"Italy's Senate ... the Senate": an earlier mention of the same institution name whose own words
    give a country, as coreference; none when earlier mentions give two countries."""
    key = tuple(w for w in actor_tokens(name) if w != "the")
    found = {}
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            break
        if actor_tokens(ent.text)[-len(key):] != key:
            continue
        own = generic_actor_codes(ent, date=date, lexicon=lexicon)
        if own and own[0].country:
            found[own[0].country] = own[0]
    return coreferent(next(iter(found.values()))) if len(found) == 1 else None


def is_former(words) -> bool:
    """Do ``words`` say an office is held no longer ("former", "ex-minister", "retired")?"""
    return any(w.casefold().removesuffix("-") in _FORMER or w.casefold().startswith("ex-") for w in words)


def former_code(code: str | None, words, lexicon: Lexicon) -> str | None:
    """``code`` for a title or apposition of ``words``; an office held no longer is no state role.

    "former Kenyan president" -> ``KENELI`` (not ``KENGOV``: CAMEO's elite role of former
    officials, as the agents file codes "former president"); a former office of no state
    ("a former Google engineer") keeps the country alone; "a retired general" -> None (no
    country, and the role is over); any other title keeps its code.
    """
    if not code or not is_former(words):
        return code
    head = code[:3]
    if lexicon.countries.by_alpha3.get(head) is None:
        return None
    roles = {code[i : i + 3] for i in range(3, len(code), 3)}
    return head + _ELITE if roles & _STATE_ROLES or _ELITE in roles else head


def _lasting_country(name: str, lexicon: Lexicon) -> str | None:
    """The country of a full name whose dated codes all lie outside the article's date.

    An office ends, a nationality stays: "Nancy Pelosi" is ``USAGOVLEG``
    until 2011 in the files and ``USA`` in a 2019 article. Only a name of two
    words or more, and only when every code of every entry of the name starts
    with the same country (an organisation code such as ``IGOUNO`` gives none).
    """
    if len(actor_tokens(name)) < 2:
        return None
    countries = {span.code[:3] for entry in lexicon.dictionaries.actor_spans(name) for span in entry}
    if len(countries) != 1:
        return None
    (country,) = countries
    return country if lexicon.countries.by_alpha3.get(country) is not None else None


def agent_code(words: list[str], lexicon: Lexicon) -> tuple[str, int] | None:
    """The agent code of a noun phrase's last words and where they start.

    "the Kenyan foreign minister" -> (``~GOV``, 2). The Phoenix agents file
    first, then the role words of ``actors.tsv`` ("forces" -> ``~MIL``); the
    longest phrase that ends at the head wins. None if the head is no agent.
    """
    agents = lexicon.dictionaries.agents
    roles = lexicon.actors.roles
    if words and words[-1].casefold() in lexicon.word_sets["place_nouns"]:
        return None  # "a U.S. state", "the Kenyan capital": a place, not an agent
    for i in range(len(words)):
        phrase = words[i:]
        key = " ".join(actor_tokens(" ".join(phrase)))
        if key in agents:
            return agents[key][0], i
        role = roles.get(" ".join(w.casefold() for w in phrase))
        if role is not None:
            return "~" + role, i
    return None


def _agent_head(span):
    """The head noun of ``span`` and the index where its agent phrase starts, or (None, None)."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN"):
        return None, None
    start = head.i
    # "foreign minister", "state media": compounds and adjectives before the head join it.
    while start - 1 >= span.start and span.doc[start - 1].head.i == head.i and span.doc[start - 1].dep_ in _MODIFIER_DEPS:
        start -= 1
    return head, start


def _country_of_tokens(tokens, lexicon: Lexicon, *, date) -> str | None:
    """The alpha-3 country (or dictionary code of a named body) that a word or name stands for."""
    text = "".join(t.text_with_ws for t in tokens).strip()  # "al-Qaeda" as written, not "al - Qaeda"
    if len(tokens) and (stated := stated_country(tokens, lexicon=lexicon)) is not None:
        return stated  # "a resident of Antioch, Illinois": the text says which Antioch
    if len(tokens) and (state := state_namesake_country(tokens, lexicon=lexicon)) is not None:
        return state  # "Georgia's governor": the US state, not the country
    label = lexicon.countries.country_of(text)
    if label is not None:
        country = lexicon.countries.by_label.get(label)
        return country.alpha3 if country is not None else None
    if len(tokens) and tokens[-1].ent_type_ in _NAME_TYPES and tokens[-1].pos_ == "PROPN":
        found = dictionary_code(text, date=date, lexicon=lexicon)
        if found is None and len(tokens) > 1:
            # "Pakistani Taliban" unlisted: a name that starts with a nationality is of that country
            label = lexicon.countries.country_of(tokens[0].text)
            country = lexicon.countries.by_label.get(label) if label is not None else None
            found = country.alpha3 if country is not None and tokens[0].text[:1].isupper() else None
        if found is None and len(tokens) > 1 and tokens[-1].ent_type_ == "ORG":
            from .organisations import name_country  # (organisations reads this module)

            found = name_country(text, lexicon=lexicon)  # "the manager of Abu Dhabi Media"
        if found is not None or tokens[-1].ent_type_ != "GPE":
            return found
        # "Gdańsk residents", "a Kabul court": a city or region of one reading names its country
        return locality_country(tokens, lexicon=lexicon)
    elif len(tokens) and not tokens[-1].ent_type_ and all(t.text[:1].isupper() for t in tokens):
        # "Gdańsk residents" with the name untagged: a place the actor files list under a country
        found = dictionary_code(text, date=date, lexicon=lexicon)
        if found is not None and len(found) == 3 and lexicon.countries.by_alpha3.get(found) is not None:
            return found
    if len(tokens) and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens):
        # "Boko Haram militants" with the name untagged or tagged a person: a listed armed group
        found = dictionary_code(text, date=date, lexicon=lexicon)
        if found is not None and _group_code(found, lexicon):
            return found
    return None


_GROUP_ROLES = frozenset({"REB", "INS", "UAF", "SEP"})


def _group_code(code: str, lexicon: Lexicon) -> bool:
    """Is ``code`` a non-state armed group's of one country (``YEMREB``, ``AFGREB``)?"""
    return (len(code) == 6 and lexicon.countries.by_alpha3.get(code[:3]) is not None
            and code[3:] in _GROUP_ROLES)


def _name_tokens(tok):
    """The words of the name ``tok`` ends ("United States" for "States"), within its entity."""
    doc = tok.doc
    if tok.ent_type_:
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        if doc[start].lower_ == "the":
            start += 1
        return doc_span(doc, start, tok.i + 1)
    return doc_span(doc, tok.i, tok.i + 1)


def _modifier_countries(head, start: int, lexicon: Lexicon, *, date) -> list[tuple[str, str]]:
    """(base code, source) of the countries that modify ``head`` before its agent phrase."""
    found: list[tuple[str, str]] = []
    paired = _paired_demonym(head, start, lexicon)  # "the American Samoan delegate": one demonym
    if paired is not None:
        country, words = paired
        found.append((country, "adjective"))
    for child in head.children:
        if child.i >= start or paired is not None and child.i in words:
            continue
        if child.dep_ == "poss":
            name = [t for t in _name_tokens(child) if t.tag_ != "POS"]
            base = _country_of_tokens(name, lexicon, date=date)
            if base:
                found.append((base, "possessive"))
            elif base := locality_country(name, lexicon=lexicon):  # "Goa's government", Goa tagged a person
                found.append((base, "place"))
        elif child.dep_ in _MODIFIER_DEPS:
            members = [child] + [c for c in child.children if c.dep_ == "conj"]
            coded = []
            placed = []
            for member in members:  # "Lagos state police": the place a place noun's modifier names
                base = (_country_of_tokens(list(_name_tokens(member)), lexicon, date=date)
                        or _place_noun_country(member, lexicon, date=date))
                if base:
                    coded.append(base)
                elif base := locality_country(list(_name_tokens(member)), lexicon=lexicon):
                    placed.append(base)  # "a Cheltenham man", the town tagged an organisation
            source = "coordinated" if len(coded) > 1 else "adjective"
            found.extend((base, source) for base in coded)
            found.extend((base, "place") for base in placed)
    return found


def _paired_demonym(head, start: int, lexicon: Lexicon) -> tuple[str, set[int]] | None:
    """(country, token positions) of two adjacent modifiers of ``head`` that are one demonym of two
    words ("American Samoan" ASM, not "American" + "Samoan")."""
    for second in head.children:
        if second.i >= start or second.i == 0 or second.dep_ not in _MODIFIER_DEPS:
            continue
        first = head.doc[second.i - 1]
        if first.dep_ in _MODIFIER_DEPS and first.head.i in (second.i, head.i):
            country = lexicon.actors.demonyms.get(fold_place(f"{first.text} {second.text}"))
            if country is not None:
                return country, {first.i, second.i}
    return None


_BASED = "based"
_BASED_NAME_DEPS = frozenset({"npadvmod", "compound", "nmod", "advmod"})


def _based_countries(head, agent: str, lexicon: Lexicon, *, date) -> list[tuple[str, str]]:
    """"a Lagos-based group", "activists based in Nairobi": the country of the place the agent is
    based in, a country's name or a city or region of one reading (source ``from``: no actor node).
    Not for a state's roles: a court, ministry or force "based" somewhere is an international one
    ("the Hague-based court", "the Luxembourg-based court")."""
    if agent.strip("~")[:3] in STATE_ROLES:
        return []
    for child in head.children:
        if child.lower_ != _BASED:
            continue
        places = [c for c in child.children if c.dep_ in _BASED_NAME_DEPS and c.i < child.i]
        places += [p for c in child.children if c.dep_ == "prep" and c.lower_ == "in"
                   for p in c.children if p.dep_ == "pobj"]
        for place in places:
            name = list(_name_tokens(place))
            if not name or not all(t.text[:1].isupper() for t in name) or is_state_namesake(
                    " ".join(t.text for t in name), lexicon=lexicon):
                continue  # "a Georgia-based company": the US state or the country
            base = _country_of_tokens(name, lexicon, date=date) or place_name_country(
                " ".join(t.text for t in name), lexicon=lexicon)
            if base and lexicon.countries.by_alpha3.get(base[:3]) is not None:
                return [(base[:3], "from")]
    return []


def _of_countries(head, lexicon: Lexicon, *, date) -> list[tuple[str, str]]:
    """"the parliament of Poland", "the mayor of the Polish city of Gdańsk": the country in an
    "of" phrase of the head, or of the place noun it names. Coordinated objects name one actor each
    ("the prime ministers of Belgium, Spain and France"), and none when one of them names no country
    ("the ministers of Kenya and two agencies")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    bases = [_country_of_tokens(list(_name_tokens(member)), lexicon, date=date)
                             or _place_noun_country(member, lexicon, date=date) for member in (pobj, *pobj.conjuncts)]
                    if len(bases) > 1:
                        return [(base, "coordinated") for base in dict.fromkeys(bases)] if all(bases) else []
                    if bases[0]:
                        return [(bases[0], "of")]
    return []


def _place_noun_country(noun, lexicon: Lexicon, *, date) -> str | None:
    """"the Polish city of Gdańsk", "the US state of Texas": the country of a place noun, from its
    nationality modifier or the place its "of" phrase names."""
    if noun.lower_ not in lexicon.word_sets["place_nouns"]:
        return None
    for child in noun.children:
        if child.dep_ in _MODIFIER_DEPS and child.i < noun.i:
            name = list(_name_tokens(child))  # "Lagos state": a place the tagger read as an adjective
            base = _country_of_tokens(name, lexicon, date=date) or locality_country(name, lexicon=lexicon)
            if base and len(base) == 3:
                return base
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    base = _country_of_tokens(list(_name_tokens(pobj)), lexicon, date=date)
                    if base and len(base) == 3:
                        return base
    return None


def _spoken_for(head, *, date, lexicon: Lexicon) -> tuple[ActorCode, ...]:
    """"the spokesperson for the German government": a speaker noun takes the code of the
    actor its "for" or "of" phrase names (a country + agent, a country or a listed name)."""
    speakers = lexicon.word_sets["speaker_nouns"]
    speaker = head.lower_ in speakers or head.lemma_.lower() in speakers
    agents = lexicon.word_sets["possessor_agents"]  # "Trump's envoy": for the possessor only
    if not speaker and head.lower_ not in agents and head.lemma_.lower() not in agents:
        return ()
    body = _speaker_body(head, date=date, lexicon=lexicon) if speaker else ()  # "Foreign Ministry spokesman"
    if body:
        return body
    for child in head.children:
        owner = child.dep_ == "poss" and child.pos_ == "PROPN"
        # "a Putin aide", "former Trump adviser Steve Bannon": a person's name in compound is the
        # possessor too (not for speakers: "the Kremlin spokesman" is read by _speaker_body)
        owner = owner or (not speaker and child.dep_ == "compound" and child.ent_type_ == "PERSON" and child.i < head.i)
        if owner:
            found = _possessor_code(child, date=date, lexicon=lexicon)  # "Putin's spokesman"
            if found is not None:
                words = [t.text for t in head.doc[head.left_edge.i : head.i]]
                code = former_code(found.code, words, lexicon)  # "a former Trump adviser": USA
                return (found if code == found.code else with_country(code, "title", lexicon),)
        if not speaker or child.dep_ != "prep" or child.lower_ not in ("for", "of"):
            continue
        for pobj in child.children:
            if pobj.dep_ != "pobj":
                continue
            phrase = pobj.doc[pobj.left_edge.i : pobj.i + 1]
            found = generic_actor_codes(phrase, date=date, lexicon=lexicon)
            if found and found[0].country:
                return tuple(with_country(f.code, "of", lexicon) for f in found)
            base = _country_of_tokens(list(_name_tokens(pobj)), lexicon, date=date)
            if base:
                return (with_country(base, "of", lexicon),)
            person = _possessor_code(pobj, date=date, lexicon=lexicon) if pobj.ent_type_ == "PERSON" else None
            if person is not None:  # "a spokesperson for President Rodrigo Duterte": PHLGOV
                return (with_country(person.code, "of", lexicon),)
            if found and found[0].role and found[0].code != "MED":
                # "spokesperson for the provincial governor": the governor's role, not the press's
                return (with_country(found[0].code, "of", lexicon),)
    return ()


def _speaker_body(head, *, date, lexicon: Lexicon) -> tuple[ActorCode, ...]:
    """"the Turkish Foreign Ministry spokesman": a speaker noun after the body it speaks for
    (an agent noun in compound) takes that body's code when it has a country."""
    nouns = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return ()
    body = nouns[-1]
    start = min(head.left_edge.i, body.left_edge.i)
    while start < body.i and head.doc[start].dep_ == "det":
        start += 1
    phrase = head.doc[start : body.i + 1]
    seat = lexicon.actors.seats.get(fold_actor(phrase.text))  # "the White House spokesman"
    if seat is not None:
        return (with_country(seat, "of", lexicon),)
    named = dictionary_code(phrase.text, date=date, lexicon=lexicon) if body.pos_ == "PROPN" else None
    if named is not None and named.startswith(_BODY_PREFIXES):  # "the IAEA chief"
        return (with_country(named, "of", lexicon),)
    if phrase.root.i == body.i:
        found = _generic_actor_codes(phrase, date=date, lexicon=lexicon)
    else:  # "the Kenyan army spokesman": the nationality hangs on the speaker
        agent = agent_code([t.text for t in head.doc[body.left_edge.i : body.i + 1]], lexicon)
        bases = _modifier_countries(head, body.left_edge.i, lexicon, date=date) if agent is not None else []
        found = tuple(with_country(combine_codes(base, agent[0]), source, lexicon) for base, source in bases
                      if len(base) == 3 and agent[0].startswith("~"))
    return tuple(with_country(f.code, "of", lexicon) for f in found) if found and found[0].country else ()


def _possessor_code(owner, *, date, lexicon: Lexicon) -> ActorCode | None:
    """The code of the actor a speaker's possessor names: a country or a listed body, or a
    person the dictionaries list with a country at the article's date ("Putin's spokesman": ``RUSGOV``)."""
    name = [t for t in _name_tokens(owner) if t.tag_ != "POS"]
    if owner.ent_type_ == "PERSON":
        named = dictionary_code(" ".join(t.text for t in name), date=date, lexicon=lexicon)
        found = with_country(named, "possessive", lexicon) if named is not None else None
        return found if found is not None and found.country else None
    base = _country_of_tokens(name, lexicon, date=date)
    return with_country(base, "possessive", lexicon) if base else None


#: Words a describing phrase before a name may hold: "Israeli spyware firm NSO Group".
_DESCRIPTOR_POS = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ"})


def descriptor_code(name, *, date: Date | str | None, lexicon: Lexicon) -> ActorCode | None:
    """The code a describing phrase right before a name gives it, when the phrase names one country.

    "the German carmaker Volkswagen" -> ``DEUBUS``, "Israeli spyware firm NSO Group" -> ``ISR``,
    "American actor Tom Hanks" -> ``USAELI`` (the agents file's role of the noun, if any). The
    word before the name must be a common noun; a nationality joined by a hyphen
    ("Iranian-backed militia X", "pro-Russian group X") or a "former" office gives no code.
    None when no such phrase stands before the name.
    """
    doc = name.doc
    end = name.start
    if end == 0 or doc[end - 1].pos_ != "NOUN" or not doc[end - 1].is_lower:
        return None
    start = end
    while start > name.sent.start and doc[start - 1].pos_ in _DESCRIPTOR_POS and doc[start - 1].text != "-":
        start -= 1
    words = doc[start:end]
    if any(t.lower_.removesuffix("-") in _FORMER for t in words) or start > 0 and doc[start - 1].text == "-":
        return None
    countries = set()
    for tok in words:
        if not tok.text[:1].isupper() or tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
            continue
        # a nationality word: "a Syria envoy" is sent to Syria, not by it
        country = _descriptor_demonym(tok, words.start, lexicon)
        if country is not None and lexicon.countries.by_alpha3.get(country) is not None:
            countries.add(country)
    if len(countries) != 1:
        return None
    (country,) = countries
    nouns = [t.text for t in words if t.pos_ == "NOUN"]
    agent = agent_code(nouns, lexicon) if nouns else None
    code = combine_codes(country, agent[0]) if agent is not None and agent[0].startswith("~") else country
    return with_country(code, "title", lexicon)


def _descriptor_demonym(tok, start: int, lexicon: Lexicon) -> str | None:
    """The country of a nationality word in a describing phrase, read with the capitalised word before it
    when the two are one demonym ("South African" ZAF); a region's adjective after a capitalised word
    ("the South American group Mercosur", "Latin American") names no country."""
    demonyms = lexicon.actors.demonyms
    before = tok.doc[tok.i - 1] if tok.i > start else None
    if before is not None and before.text[:1].isupper():
        pair = demonyms.get(fold_place(f"{before.text} {tok.text}"))
        if pair is not None:
            return pair
        if tok.lower_ in lexicon.tables["region_adjectives"]:
            return None
    return demonyms.get(fold_place(tok.text))


#: Body codes a title names an official of: international and non-governmental bodies.
_BODY_PREFIXES = ("IGO", "NGO")


def body_title_code(name, *, date: Date | str | None, lexicon: Lexicon) -> ActorCode | None:
    """The code of the international body a title before a person's name makes him an official of.

    "EU foreign policy chief Josep Borrell" -> ``IGOEUREEC``, "African Union Commission chairman
    Moussa Faki" -> the AU's code: a listed IGO or NGO name, then office words ending in a speaker or
    agent noun ("chief", "chairman", "envoy"), then the name. The office held now beats an older
    dictionary entry of the person. None when no such title stands before the name.
    """
    doc = name.doc
    end = start = name.start
    while (start > sentence_bounds(doc, name.start)[0] and end - start < 6 and doc[start - 1].ent_iob_ == "O"
           and (doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") or doc[start - 1].text == "-")):
        start -= 1
    if start == end or doc[start].text == "-" or start == 0:
        return None
    from .acronyms import acronym_before  # "Organisation of Islamic Cooperation (OIC) head X"

    defined = acronym_before(doc, start)
    body_end = defined[0] if defined is not None else start
    if body_end == 0 or doc[body_end - 1].ent_type_ != "ORG":
        return None
    office = [t.text for t in doc[start:end]]
    speakers = lexicon.word_sets["speaker_nouns"]
    if office[-1].casefold() not in speakers and agent_code(office, lexicon) is None:
        return None
    body = _entity_span(doc[body_end - 1])
    # the tagger may take "(OIC" into the name
    if body.end not in (body_end, start - 1 if defined else body_end) or any(t.lower_ in _FORMER for t in body):
        return None
    # (body_officials reads organisations, which read this module)
    from .body_officials import entry_body_code, head_body_code, is_former_body, is_official_body, is_person_name

    if is_former_body(body) or is_person_name(body, lexicon):
        return None  # "former Google CEO X", "Trump personal attorney X"
    if defined is not None:
        code = dictionary_code(defined[1], date=date, lexicon=lexicon)
        if code is not None:
            return with_country(code, "title", lexicon) if is_official_body(code, lexicon) else None
    words = [t.text for t in body if t.lower_ != "the"]
    for size in range(len(words), 0, -1):  # "African Union Commission": the African Union's
        code = dictionary_code(" ".join(words[:size]), date=date, lexicon=lexicon)
        if code is not None and size < len(words) and lexicon.countries.by_alpha3.get(code) is not None:
            break  # "Kenya Airways": a country's name opening the body's name is not the body
        if code is not None:
            return with_country(code, "title", lexicon) if is_official_body(code, lexicon) else None
    code = entry_body_code(" ".join(words), lexicon)  # "Volkswagen CEO X": the entry's DEUBUS
    code = code or head_body_code(" ".join(words), lexicon)  # "Stanford University president X": EDU
    return with_country(code, "title", lexicon) if code is not None else None


def generic_actor_codes(span, *, date: Date | str | None, lexicon: Lexicon) -> tuple[ActorCode, ...]:
    """The generic actors a noun phrase names: country + agent noun.

    "a Kenyan court" -> ``KENJUD``; "Egypt's foreign minister" -> ``EGYGOV``;
    "the parliament of Poland" -> ``POLLEG``; "French and German activists"
    -> ``FRAOPP``, ``DEUOPP``; "police" -> ``COP`` (no country: a low
    confidence, and no country is guessed). An official of a named body
    ("UN officials") takes the body's code. () when the head is no agent noun.

    Parameters
    ----------
    span : spacy.tokens.Span
        The mention, its syntactic head the agent noun.
    date : datetime.date or str, optional
        The article's date, for names of bodies in the dictionaries.
    lexicon : Lexicon
        The tables.
    """
    # the same phrase is asked about by the relation rules, the role antecedents and the event fields
    memo = cache_of(span.doc).memo("generic_actor_codes")
    key = (span.start, span.end, date, id(lexicon))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _generic_actor_codes(span, date=date, lexicon=lexicon)
    return found


def _named_of_words(head) -> list[str]:
    """The words of an "of" phrase that belongs to the head's own name ("House of Representatives",
    "Chamber of Deputies"); [] when the "of" phrase is not inside the same entity."""
    if not head.ent_type_:
        return []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1 and prep.ent_iob_ == "I":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and all(t.ent_iob_ == "I" for t in head.doc[prep.i : pobj.i + 1]):
                return [t.text for t in head.doc[prep.i : pobj.i + 1]]
    return []


def _generic_actor_codes(span, *, date: Date | str | None, lexicon: Lexicon) -> tuple[ActorCode, ...]:
    """:func:`generic_actor_codes`, computed."""
    head, start = _agent_head(span)
    if head is None:
        return ()
    spoken_for = _spoken_for(head, date=date, lexicon=lexicon)
    if spoken_for:
        return spoken_for
    from .members import member_body_code  # (members reads this module)

    member = member_body_code(head, date=date, lexicon=lexicon)  # "UN investigators": IGOUNO
    if member is not None:
        return (member,)
    words = [t.text for t in doc_span(span.doc, start, head.i + 1)]
    matched = agent_code(words, lexicon) or agent_code(words + _named_of_words(head), lexicon)
    if matched is None:
        from .body_parts import part_body_codes  # "the Kenyan parliament's health committee": KENLEG
        from .state_bodies import state_body_codes  # "the US Treasury": a body word the agents file lacks

        return part_body_codes(head, date=date, lexicon=lexicon) or state_body_codes(head, date=date, lexicon=lexicon)
    agent, start = matched[0], start + matched[1]
    bases = (_modifier_countries(head, start, lexicon, date=date) or _of_countries(head, lexicon, date=date)
             or local_countries(head, agent, lexicon)  # "police in Christchurch"
             or _based_countries(head, agent, lexicon, date=date)  # "a Lagos-based group", "a group based in Lagos"
             or party_bases([t.text for t in doc_span(span.doc, span.start, head.i + 1)], lexicon=lexicon))
    if not bases:
        code = combine_codes(None, agent)
        return (with_country(code, "role", lexicon),) if code else ()
    out = []
    former = [t.text for t in span.doc[span.start : head.i]]
    for base, source in bases:
        if (lexicon.countries.by_alpha3.get(base[:3]) is None or len(base) > 3 and not agent.startswith("~")
                or _group_code(base, lexicon)):
            code = base  # a body's own code: "UN officials" are IGOUNO, "Boko Haram fighters" NGAREB
        else:
            code = former_code(combine_codes(base, agent), former, lexicon)  # "a former Kenyan minister": KEN
        if code:
            out.append(with_country(code, source, lexicon))
    return tuple(dict.fromkeys(out))


#: Codes of bodies that are no country's: international, non-governmental, armed movements.
_BODY_CODES = ("IGO", "NGO", "IMG")


def appositive_code(noun, *, date: Date | str | None, lexicon: Lexicon) -> ActorCode | None:
    """The code an appositive noun gives the name it describes, when it names a country.

    "Ali Hassan, a Kenyan lawmaker" -> ``KENLEG`` (country + agent noun);
    "Sirhan, an ethnic Palestinian" and "Ana Soto, a Chilean" -> ``PSE``,
    ``CHL`` (a nationality word as the apposition's head: the country alone);
    "Hamza bin Ladin, the high-ranking al-Qaeda member" -> ``IMGMUSALQ`` (a member of a listed
    international body or armed group). None when the apposition names no country or body
    ("Ali Hassan, a lawmaker").
    """
    found = generic_actor_codes(noun.doc[noun.left_edge.i : noun.i + 1], date=date, lexicon=lexicon)
    if found and not found[0].country and found[0].code.startswith(_BODY_CODES):
        # "Hamza bin Ladin, the high-ranking al-Qaeda member", "Ana Ruiz, a UN official in Syria": a
        # member or official of a listed international body acts for it, not for the host country
        former = former_code(found[0].code, [t.text for t in noun.subtree if t.i <= noun.i], lexicon)
        return found[0] if former == found[0].code else None
    if found and found[0].country:
        words = [t.text for t in noun.subtree if t.i <= noun.i]
        code = former_code(found[0].code, words, lexicon)  # "formerly the mayor of New York City": USA
        return found[0] if code == found[0].code else with_country(code, "title", lexicon)
    if noun.pos_ not in ("NOUN", "PROPN", "ADJ") or any(c.dep_ == "poss" for c in noun.children):
        return None  # "Kenya's" is a possessor, not a nationality
    label = lexicon.countries.country_of(noun.text)
    country = lexicon.countries.by_label.get(label) if label is not None else None
    if country is None or noun.text[:1].islower():
        return None
    return ActorCode(country.alpha3, CONFIDENCE["title"], "title", country.alpha3, None)


def is_generic_actor(token, *, lexicon: Lexicon) -> bool:
    """Does the noun ``token`` head a country + agent phrase ("a Kenyan court", "Egypt's army")?

    The relation rules let such a phrase act on a concept, as they let a
    named actor.
    """
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    memo = cache_of(token.doc).memo("is_generic_actor")  # asked of the same noun by several rules
    found = memo.get((token.i, id(lexicon)))
    if found is None:
        span = doc_span(token.doc, token.left_edge.i, token.i + 1)
        found = any(code.source != "role" for code in generic_actor_codes(span, date=None, lexicon=lexicon))
        memo[token.i, id(lexicon)] = found
    return found


def _entity_span(tok):
    """The named-entity span ``tok`` is in (walking the IOB tags, not building ``doc.ents``)."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc_span(doc, start, end)


def role_antecedents(
    doc, *, date: Date | str | None, lexicon: Lexicon, start: int = 0, end: int | None = None
) -> list[tuple[int, ActorCode]]:
    """The generic actors with a country a document names, as (head token index, code), in order.

    Only nouns that are agent words are read, so the scan is one dict look-up a noun.
    ``start`` and ``end`` limit the scan to the head tokens ``doc[start:end]``
    (by default the whole document), so that a caller can scan only as far as
    it needs to.
    """
    agents, roles = lexicon.dictionaries.agents, lexicon.actors.roles
    strings = doc.vocab.strings
    nouns = (strings["NOUN"], strings["PROPN"])
    out = []
    # the nouns read off one array: no Token is made for the other words
    rows = token_rows(doc, (POS, LOWER))[start:end]
    nouns_at = ((rows[:, 0] == nouns[0]) | (rows[:, 0] == nouns[1])).nonzero()[0]
    for i, (pos, lower) in zip((nouns_at + start).tolist(), rows[nouns_at].tolist()):
        if pos not in nouns:
            continue
        word = strings[lower]
        if word not in agents and word not in roles:
            continue
        tok = doc[i]
        titled = _titled_person(tok, date=date, lexicon=lexicon)
        if titled is not None:  # "President Trump": the named person holds the role
            out.append((tok.i, titled))
            continue
        if tok.ent_type_ in ("ORG", "PERSON", "FAC", "EVENT", "LAW", "WORK_OF_ART"):
            named = dictionary_code(_entity_span(tok).text, date=date, lexicon=lexicon)
            if named is not None:  # "Islamic State of Iraq" is a named group, not a state of Iraq
                found = [with_country(named, "dictionary", lexicon)]
                if found[0].country and found[0].role:
                    out.append((tok.i, found[0]))
                continue
        span = doc_span(doc, tok.left_edge.i, tok.i + 1)
        found = [f for f in generic_actor_codes(span, date=date, lexicon=lexicon) if f.source != "role"]
        if len(found) == 1:  # "French and German activists" name no one antecedent
            out.append((tok.i, found[0]))
    return out


def _titled_person(tok, *, date, lexicon: Lexicon) -> ActorCode | None:
    """The dictionary code of the person a title word stands before ("President Trump" at the
    article's date: ``USAGOV``), when it has a country and a role; else None."""
    person = tok.head
    if tok.dep_ != "compound" or tok.ent_type_ or person.ent_type_ != "PERSON" or person.i <= tok.i:
        return None
    named = dictionary_code(_entity_span(person).text, date=date, lexicon=lexicon)
    found = with_country(named, "dictionary", lexicon) if named is not None else None
    return found if found is not None and found.country and found.role else None


def role_antecedent(antecedents: list[tuple[int, ActorCode]], head, role: str) -> ActorCode | None:
    """The code a country-less definite mention ("the police") takes from the last earlier
    generic actor of the same role ("Kenyan police"), as coreference; None if there is none.

    Only a definite mention ("the police", "these ministers", or bare "police") refers back:
    "a soldier", "governments" or "multiple officials" introduce someone new and take nothing.
    A mention whose clause has a first-person subject ('"I urge the president to ...," X said')
    takes no antecedent that is the quotation's speaker: the speaker speaks of someone else.
    """
    bare = head.lower_ in _BARE_DEFINITE and not any(c.dep_ in ("det", "amod", "compound") for c in head.children)
    if not bare and not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children):
        return None
    if any(c.lower_ == _BASED for c in head.children):
        return None  # "the Luxembourg-based court" says where it is: a referent of its own, not an anaphor
    bound = _clause_subject_tokens(head)
    doc = head.doc
    first = next((doc[i] for i in bound if doc[i].lower_ in _FIRST_PERSON_SUBJECTS and doc[i].pos_ == "PRON"), None)
    if first is not None:  # '"I urge the president to ...," President X said': X is not the president
        antecedents = [(at, found) for at, found in antecedents if not _is_speaker(doc[at], first)]
    # "the State Government" is not "the British government": a noun modifier restricts the referent
    modifiers = frozenset(c.lower_ for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN")
    of_role = [(at, found) for at, found in antecedents if at < head.i and found.role == role and at not in bound]
    earlier = [(at, found) for at, found in of_role if modifiers <= _compounds(doc[at])]
    # "the embassy" refers back to "the US embassy" before any other actor of its role; a name's
    # head word ("the State Government") says nothing of which one
    same_word = [found for at, found in earlier
                 if not head.ent_type_ and doc[at].lemma_.lower() == head.lemma_.lower()]
    pool = same_word or [found for _, found in earlier]
    if head.tag_ in _PLURAL_TAGS and len({found.country for _, found in of_role}) > 1:
        return None  # "the energy ministers" after ministers of three countries are all of them
    if not pool or len({found.country for found in pool}) > 1:
        # "US President Trump ... Turkish President Erdogan ... the president": two countries
        # hold the role, and the nearer one is no better a guess than the other
        return None
    return coreferent(pool[-1])


# A first-person subject: its clause is quoted speech, whose speaker is no description in it.
_FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})


def _is_speaker(antecedent, first) -> bool:
    """Is ``antecedent`` (an antecedent's head token) the speaker of the first-person subject
    ``first``? The speaker is the subject of the verb the quoted clause is the complement of
    ('"I urge ...," President X said'); an antecedent in that subject is the speaker, and so is
    one whose name ends in the same word ("President Joe Biden ... '...,' Biden said")."""
    clause = first.head
    while clause.dep_ in ("ccomp", "parataxis", "conj") and clause.head.i != clause.i:
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ in ANY_SUBJECT_DEPS and c.i != first.i
                and not (c.left_edge.i <= first.i <= c.right_edge.i)]
    if clause.i == first.head.i or not subjects:
        return False  # no verb of saying governs the quoted clause in its sentence
    person = antecedent.head if antecedent.dep_ == "compound" else antecedent
    for subject in subjects:
        if subject.left_edge.i <= antecedent.i <= subject.right_edge.i:
            return True
        if subject.ent_type_ == "PERSON" and person.ent_type_ == "PERSON" and subject.lower_ == person.lower_:
            return True
    return False


def _compounds(token) -> frozenset[str]:
    """The lower-cased compound modifiers of ``token`` ("interior" of "the interior ministry")."""
    return frozenset(c.lower_ for c in token.children if c.dep_ == "compound")


def _clause_subject_tokens(head) -> frozenset[int]:
    """The tokens of the subject of the clause ``head`` is in, unless ``head`` is in that subject.

    A full noun phrase is never bound by its own clause's subject: in "the mayor of Gdansk
    criticised the government", "the government" is not the mayor.
    """
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return frozenset()
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ in ANY_SUBJECT_DEPS and not (child.left_edge.i <= head.i <= child.right_edge.i):
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
    return frozenset(out)
