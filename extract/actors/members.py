"""Members of a named body act for it: "UN investigators", "IAEA inspectors", "a researcher at
Human Rights Watch", "observers from the OSCE" (issue 11: an official of an international body
is the body's, ``IGOUNO``, not a country's).

The nouns are ``data/member_nouns.txt``; the body must be a name the Phoenix files list with an
international or non-governmental code (``IGO...``, ``NGO...``) at the article's date, in
compound before the noun or in its "of", "from", "at", "with" or "for" phrase. A country beside
the noun ("Kenyan investigators") or a body the files lack gives nothing here. Members of a
listed non-state armed group act for it the same way ("an al-Qaeda member" ``IMGMUSALQ``), with
the nouns of ``data/group_member_nouns.txt`` too ("member", "fighter"; for an international body
"a NATO member" is a member state, so "member" is read only for armed groups).
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .mentions import ActorCode, dictionary_code, with_country

__all__ = ["member_body_code"]

_WORDS = "member_nouns"
_GROUP_WORDS = "group_member_nouns"
_PREPOSITIONS = frozenset({"of", "from", "at", "with", "for"})
#: The codes of the bodies whose members act for them.
_BODY_PREFIXES = ("IGO", "NGO")
#: A listed armed movement across countries ("IMGMUSALQ"), and the roles of a country's armed groups.
_GROUP_PREFIX = "IMG"
_GROUP_ROLES = ("REB", "INS", "UAF", "SEP")


def _is_name(token) -> bool:
    """A proper noun, or an acronym the tagger took for a common noun ("IAEA inspectors")."""
    return token.pos_ == "PROPN" or token.is_alpha and len(token.text) > 1 and token.text.isupper()


def _whole_name(token):
    """The named entity ``token`` lies in ("the International Committee of the Red Cross" for
    "Committee"), else the phrase it ends."""
    doc = token.doc
    if not token.ent_type_:
        return doc[token.left_edge.i : token.i + 1]
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


#: How many capitalised modifiers before a name may still belong to it.
_MODIFIERS = 2


def _with_name_modifiers(run):
    """``run`` with the capitalised modifiers right before it that depend on its words ("Islamic" of
    "Islamic State"), or None when there is none."""
    doc = run.doc
    start = run.start
    while (start > 0 and run.start - start < _MODIFIERS and doc[start - 1].text[:1].isupper()
           and doc[start - 1].dep_ in ("amod", "compound") and run.start <= doc[start - 1].head.i < run.end):
        start -= 1
    return doc[start : run.end] if start < run.start else None


def _names(head) -> list:
    """The token runs that may name the member's body: a name in compound before the head
    ("UN investigators") and the names the head's prepositions govern ("staff of the WFP")."""
    runs = []
    before = [c for c in head.children if c.dep_ == "compound" and c.i < head.i and _is_name(c)]
    if before:
        run = _whole_name(before[-1])
        runs.append(run)
        wider = _with_name_modifiers(run)
        if wider is not None:  # "Islamic State": the tagger took "Islamic" for a nationality apart from "State"
            runs.append(wider)
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PREPOSITIONS:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and _is_name(pobj):
                runs.append(_whole_name(pobj))
    return runs


def member_body_code(head, *, date, lexicon: Lexicon) -> ActorCode | None:
    """The code of the listed body a member noun works for, or None.

    Parameters
    ----------
    head : spacy.tokens.Token
        The head noun of the mention ("investigators").
    date : datetime.date or str, optional
        The article's date, for the dictionaries' dated codes.
    lexicon : Lexicon
        The tables (``member_nouns`` and the Phoenix dictionaries).

    Returns
    -------
    ActorCode or None
        The body's code, source ``of`` ("UN investigators" -> ``IGOUNO``); None when the head
        is no member noun or no listed international or non-governmental body is named beside it.
    """
    nouns, group_nouns = lexicon.word_sets[_WORDS], lexicon.word_sets[_GROUP_WORDS]
    words = (head.lower_, head.lemma_.lower())
    staff = any(word in nouns for word in words)
    member = staff or any(word in group_nouns for word in words)
    if not member:
        return None
    for run in _names(head):
        tokens = [t for t in run if t.lower_ != "the" and t.dep_ != "det"]
        if not tokens or not any(t.text[:1].isupper() for t in tokens):
            continue  # (a name may begin with a lower-case particle: "al-Qaeda")
        for size in range(len(tokens), 0, -1):  # "Human Rights Watch researchers", "the UN refugee agency"
            name = "".join(t.text_with_ws for t in tokens[:size]).strip()  # "al-Qaeda", not "al - Qaeda"
            code = dictionary_code(name, date=date, lexicon=lexicon)
            if code is not None:
                if staff and code.startswith(_BODY_PREFIXES) or _armed_group(code, lexicon):
                    return with_country(code, "of", lexicon)
                break
    return None


def _armed_group(code: str, lexicon: Lexicon) -> bool:
    """Is ``code`` a listed non-state armed group's: a movement across countries (``IMGMUSALQ``) or
    a country's rebels, insurgents or separatists (``PSEREBHMS``, ``AFGINS``)?"""
    if code.startswith(_GROUP_PREFIX):
        return True
    if lexicon.countries.by_alpha3.get(code[:3]) is None:
        return False
    roles = [code[i : i + 3] for i in range(3, len(code), 3)]
    return bool(roles) and roles[0] in _GROUP_ROLES
