"""Casualty counts from a clause: killed, injured, who, and the qualifier.

Constructions read (on spaCy's dependency parse):

- a killing or wounding verb with a counted object: "killed six
  civilians", "has killed more than 300 people", "killing 10",
  "claimed more than 400,000 lives", "wounding 20";
- a passive or intransitive one with a counted subject: "five people were
  killed", "20 died", "12 were injured";
- a result: "leaving at least 15 dead (among pro-regime forces)",
  "leaving 3 injured".

The qualifier is kept as written ("at least", "more than", "nearly").
Vague amounts ("dozens", "many") give no number.

The words are data (:mod:`extract.lexicon`): ``harm_verbs.tsv`` (its
``counts`` column), ``casualty_nouns.tsv``, ``count_qualifiers.txt`` and ``vague_amounts.txt``.
Number words stay here: they are English grammar, not a lexicon.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import Lexicon, get_lexicon
from .types import Casualties

__all__ = ["KILL_LEMMAS", "INJURE_LEMMAS", "CasualtyWords", "casualty_words", "parse_number", "casualties_at"]


@dataclass(frozen=True, slots=True)
class CasualtyWords:
    """The casualty words of one lexicon.

    ``kill``/``injure``: verbs whose counted object (or passive subject) is
    the dead / the injured; ``dead``/``hurt``: nouns naming them in a count;
    ``qualifiers`` in the order they are tried; ``vague``: amounts that give
    no number.
    """

    kill: frozenset[str]
    injure: frozenset[str]
    dead: frozenset[str]
    hurt: frozenset[str]
    qualifiers: tuple[str, ...]
    vague: frozenset[str]


@functools.lru_cache(maxsize=8)
def casualty_words(lexicon: Lexicon | None = None) -> CasualtyWords:
    """The :class:`CasualtyWords` of ``lexicon`` (by default the default lexicon's)."""
    lexicon = lexicon or get_lexicon()
    return CasualtyWords(
        kill=lexicon.keys_where("harm_verbs", "counts", "killed"),
        injure=lexicon.keys_where("harm_verbs", "counts", "injured"),
        dead=lexicon.keys_where("casualty_nouns", "counts", "killed"),
        hurt=lexicon.keys_where("casualty_nouns", "counts", "injured"),
        qualifiers=tuple(q.casefold() for q in lexicon.words["count_qualifiers"]),
        vague=lexicon.word_sets["vague_amounts"],
    )


def __getattr__(name: str):
    # KILL_LEMMAS and INJURE_LEMMAS: the default lexicon's, for older callers.
    if name == "KILL_LEMMAS":
        return casualty_words().kill
    if name == "INJURE_LEMMAS":
        return casualty_words().injure
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}


def parse_number(text: str, *, lexicon: Lexicon | None = None) -> int | None:
    """The integer a number phrase writes, or None.

    Examples
    --------
    >>> parse_number("400,000"), parse_number("six"), parse_number("three million")
    (400000, 6, 3000000)
    >>> parse_number("twenty-five"), parse_number("a dozen"), parse_number("dozens")
    (25, 12, None)
    """
    return _parse_number(text, casualty_words(lexicon).vague)


def _parse_number(text: str, vague: frozenset[str]) -> int | None:
    words = text.lower().replace(",", "").replace("-", " ").split()
    if not words or any(w in vague for w in words):
        return None
    total = current = 0
    seen = False
    for w in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w) if "." in w else int(w)
            seen = True
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in ("a", "an"):
            continue
        elif w in _SCALES:
            current = (current or 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
            seen = True
        elif w == "and":
            continue
        else:
            return None
    value = total + current
    return int(value) if seen else None


def _number_tokens(noun):
    """The number tokens counting ``noun`` (or ``noun`` itself if it is one)."""
    if noun.like_num or noun.pos_ == "NUM":
        head = [noun]
    else:
        head = [c for c in noun.children if c.dep_ == "nummod"]
        if not head:
            return []
    out = []
    for tok in head:
        out += [t for t in tok.subtree if t.like_num or t.pos_ == "NUM" or t.lower_ in _UNITS or t.lower_ in _SCALES]
    return sorted(set(out), key=lambda t: t.i)


def _count(noun, words: CasualtyWords) -> tuple[int | None, str | None]:
    nums = _number_tokens(noun)
    if not nums:
        return None, None
    doc = noun.doc
    value = _parse_number(doc[nums[0].i : nums[-1].i + 1].text, words.vague)
    if value is None:
        return None, None
    before = doc[max(nums[0].i - 3, 0) : nums[0].i].text.lower()
    qualifier = next((q for q in words.qualifiers if before.endswith(q)), None)
    return value, qualifier


def _victims(noun, words: CasualtyWords) -> str | None:
    if noun.like_num or noun.pos_ == "NUM" or noun.lower_ in words.dead or noun.lower_ in words.hurt:
        return None
    if noun.lower_ in ("lives", "life"):
        return None
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and not c.like_num and c.i < noun.i]
    start = min([noun.i] + [m.left_edge.i for m in mods])
    kept = [t for t in noun.doc[start : noun.i + 1] if not t.like_num and t.dep_ != "nummod" and t.lower_ not in ("than", "least", "more", "at")]
    return " ".join(t.text for t in kept) or None


def _among(verb) -> str | None:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("among", "including"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj.doc[obj.left_edge.i : obj.i + 1].text.replace(" - ", "-").replace(" -", "-")
    return None


def casualties_at(verb, *, lexicon: Lexicon | None = None) -> Casualties | None:
    """Casualties a killing, wounding or "leaving ... dead" verb reports.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The verb ("killed", "leaving", "were wounded").
    lexicon : Lexicon, optional
        The tables to read; by default :func:`extract.lexicon.get_lexicon`'s.

    Returns
    -------
    Casualties or None
        None when the verb reports no count.
    """
    words = casualty_words(lexicon)
    lemma = verb.lemma_.lower()
    if lemma not in words.kill and lemma not in words.injure:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    killed = injured = None
    victims = qualifier = None
    if lemma == "leave":
        for comp in verb.children:
            if comp.dep_ in ("ccomp", "oprd", "xcomp", "dobj", "acomp") and (comp.lower_ in words.dead or comp.lower_ in words.hurt):
                value, qual = _count(comp, words)
                if value is None:
                    for c in comp.children:
                        if c.dep_ in ("nsubj", "npadvmod", "dobj") and (c.like_num or c.pos_ == "NUM"):
                            value, qual = _count(c, words)
                if value is None:
                    continue
                if comp.lower_ in words.dead:
                    killed = value
                else:
                    injured = value
                qualifier = qualifier or qual
            elif comp.dep_ == "dobj":
                for adj in comp.children:
                    if adj.lower_ in words.dead or adj.lower_ in words.hurt:
                        value, qual = _count(comp, words)
                        if value is not None:
                            if adj.lower_ in words.dead:
                                killed = value
                            else:
                                injured = value
                            victims, qualifier = _victims(comp, words), qual
        if killed is None and injured is None:
            return None
        return Casualties(killed=killed, injured=injured, victims=victims or _among(verb), qualifier=qualifier)
    deps = ("nsubjpass", "nsubj") if passive or lemma in ("die", "perish") else ("dobj",)
    for child in verb.children:
        if child.dep_ not in deps:
            continue
        value, qual = _count(child, words)
        if value is None:
            continue
        if lemma == "claim" and child.lower_ not in ("lives", "life"):
            continue
        if lemma in words.injure:
            injured = value
        else:
            killed = value
        victims, qualifier = _victims(child, words), qual
        break
    if killed is None and injured is None:
        return None
    # "killing 5 and wounding 12": the conjoined verb adds its own count.
    for conj in verb.children:
        if conj.dep_ == "conj" and (conj.lemma_.lower() in words.kill or conj.lemma_.lower() in words.injure):
            more = casualties_at(conj, lexicon=lexicon)
            if more is not None:
                killed = killed if killed is not None else more.killed
                injured = injured if injured is not None else more.injured
    return Casualties(killed=killed, injured=injured, victims=victims or _among(verb), qualifier=qualifier)
