"""The CAMEO verb pattern dictionary (PETRARCH format), compiled for dependency matching.

``extract/data/cameo/CAMEO.verbpatterns.150430.txt`` (MIT, see the
``NOTICE`` beside it) holds verb blocks::

    --- APPREHEND [171] ---
    SEIZE
    TAKE {TAKES TAKING TOOK TAKEN }  # SHAN  6/25/93
    - * &HOSTAGE [181]  # TAKE <oy 15 Jul 2007>
    - * CONTROL OF VILLAGES [192]  # SEIZE

and synonym sets (``&HOSTAGE`` then ``+HOSTAGE``, ``+CAPTIVE`` ... lines).
:func:`parse_verb_patterns` reads it into :class:`VerbPatterns`: for each
verb lemma its default code (its own ``[code]``, else its block's) and the
patterns of its block written for it (the comment names the verb, first or
after a comma: ``# TAKE``, ``# SAY <oy 29 Dec 2005>  , EXPRESS``; PETRARCH
lets a block's verbs share them, but "donated weapons" says nothing of
"issued a statement about the club"). PETRARCH matches the words of a pattern in order
around the verb; newsgraph matches them on the parse instead: the words
after ``*`` (the verb's particle, object, prepositions and their objects)
must all be among the words of the verb's frame (:meth:`VerbPatterns.code_for`).

What is kept of a pattern
-------------------------
- Only the words after ``*`` count. ``+`` (target), ``$`` (source), ``%``
  (compound actor), ``^`` (skip) and articles are dropped; ``_`` joins
  words (``*_UP``, ``OF_STEALING``) and is read as a space.
- A pattern whose words before ``*`` are more than markers and passive
  auxiliaries ("SAID", "WILL", "COULD", "POLICE") is left out: the
  modality and the actors are read elsewhere, and the pattern is
  specific to a wording.
- A pattern whose target (``+``) is the active verb's subject ("+ * WOUNDS
  $": "X suffered wounds") is left out: a relation's subject acts.
- A pattern with no word after ``*``, or only prepositions ("* IN ATTACK"
  is kept, "* FROM + TO" and "* &PREPOSIT1 $" are not), is left out: it
  says little the default does not. A single preposition right after the
  verb ("MEET * WITH") is kept and must be the verb's own.
- A pattern whose first word after ``*`` is a preposition ("CALL * FOR
  ELECTION", not "CONDEMN * + TO DEATH") wants its other words after that
  preposition, as TABARI matches words in order: the direct object before
  it (its head and what precedes the head) does not fit them ("called the
  election for Biden" is no call for elections). For an ambiguous verb (see
  below), a pattern of that one preposition alone that codes only the
  verb's default ("FIGHT * FOR [190]") does not fit a verb with a direct
  object: it confirms the default of "fought for independence", and says
  nothing of "fought the blaze for hours", where the preposition opens an
  adjunct; the default is then withheld. An unambiguous verb keeps such a
  fit ("SELL * TO": "sold its stores to a rival").
- A pattern's words before its first preposition ("GIVE * + HOURS [139]")
  name the verb's object: given ``complements`` (the words of a verb
  that has an object, outside its own prepositional phrases), they must
  fit those ("gave masks to residents within hours" sets no deadline;
  "gave Israel 48 hours" does). A verb with no object lets its
  prepositional object stand ("entered into an agreement", "* &TREATY").
- ``[---]`` patterns are kept: they say the verb is no event in that frame
  ("* ANOTHER SHOT AT", "MUST * OPPORTUNITY").
- A code such as ``[175:140]`` or ``[080!]`` counts by its first digits.

A pattern word matches a frame word that equals it (the text or the
lemma) or, for a word of five letters or more without a trailing ``_``,
that is it with an inflection (TABARI stems: ``ACCUS`` matches
"accused" and "accusation", ``STATE`` does not match "statement"). At
least one word that is not a preposition must match a head of the frame
(the object, a particle, a preposition's object; for a pattern of one
preposition, a preposition of the verb itself), not only a modifier:
"placed the protester death count" is no protest.

Ambiguous verbs
---------------
Each pattern names in its comment the verb it was written for (``# TAKE``).
A verb is *ambiguous* when at least :data:`_MIN_OWN` patterns were written
for it and fewer than half of them code an event of its default's quad
class (material conflict, verbal cooperation ...): "take" is
coded seize (171) by default, but its own patterns code decisions,
participation, hostages, measures, control. Where no pattern fits, an
ambiguous verb whose default is a material event or verbal conflict
(roots 06-13, 15-20) gets no event: "took a decision" is not a seizure,
"defended his title" is no military protection, "ordered safety checks"
is no demand and "expressed interest" no disapproval.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import LexiconError
from .flat import FlatTable

__all__ = [
    "VERB_PATTERN_FILE",
    "VerbPattern",
    "VerbEntry",
    "VerbPatterns",
    "VerbPatternError",
    "parse_verb_patterns",
    "read_verb_patterns",
]

#: The packaged verb pattern dictionary (in ``extract/data/cameo``).
VERB_PATTERN_FILE = "CAMEO.verbpatterns.150430.txt"

_MARKERS = frozenset({"+", "$", "%", "^", ""})
_ARTICLES = frozenset({"THE", "A", "AN"})
# Words before "*" that leave a pattern usable: passive and perfect auxiliaries.
_PASSIVE_AUX = frozenset({
    "WAS", "WERE", "BEEN", "BE", "IS", "ARE", "AM", "HAS", "HAVE", "HAD", "HAS_BEEN", "HAVE_BEEN",
    "&AUXVERB1", "&AUXVERB3", "&TOBEVERB",
})
# A pattern of prepositions only ("* &PREPOSIT1 $", "* FOR") says little on a parse: left out.
_PREPOSITIONS = frozenset({
    "about", "after", "against", "along", "alongside", "among", "amid", "as", "at", "before", "behind", "between",
    "by", "during", "for", "from", "in", "inside", "into", "near", "of", "on", "onto", "outside", "over", "since",
    "than", "through", "to", "toward", "towards", "under", "upon", "with", "within", "without", "and", "or",
})
# Parts of a multi-word synonym set member that the frame need not hold ("IS_TO", "THE_ARMY").
_FUNCTION_PARTS = _PASSIVE_AUX | _ARTICLES | frozenset(w.upper() for w in _PREPOSITIONS)
_MIN_OWN = 3
#: A visit's root: "* TO + [042]" of a verb of going ("returned to Kabul").
_VISIT_ROOT = "04"
# What a TABARI stem may be followed by: inflections, not derivations ("state" is not "statement").
_ENDINGS = frozenset({"", "e", "s", "es", "d", "ed", "ing", "ion", "ions", "ation", "ations", "er", "ers"})
_MIN_STEM = 5
# Defaults withheld from an ambiguous verb where no pattern fits: material events and verbal
# conflict (a wrong demand, rejection or threat is as misleading as a wrong seizure).
_WITHHELD_ROOTS = frozenset({f"{r:02d}" for r in (*range(6, 14), *range(15, 21))})
_HEADER = re.compile(r"^---\s+(\S+)\s*(?:\[([^\]]*)\]|###)?")
_CODE = re.compile(r"\[\s*([0-9]{2,4}|---)[^\]]*\]")
# A code written for both sides alike: "[193:193]".
_BOTH_WAYS = re.compile(r"\[\s*([0-9]{2,4}):\1\s*\]")
_OWN_CODE = re.compile(r"\[([0-9]{3,4}|---)(?::[0-9-]*)?!?\]")


class VerbPatternError(LexiconError):
    """The verb pattern dictionary cannot be read: the message names the file."""


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """One pattern: its words (each a tuple of alternatives), its code, the verb it was written for.

    ``code`` is None for a ``[---]`` pattern (no event in this frame).
    ``origin`` is the verb its comment names first; ``also`` the verbs named
    after it ("# SAY <oy 29 Dec 2005>  , EXPRESS": "express support" too).
    ``adjacent`` is True when an active pattern's first word is a preposition
    after the verb ("CALL * FOR ELECTION"): the words of a verb's direct
    object, which come before it, do not fit it ("called the election for Biden").
    ``compound`` is True when the pattern's subject is a compound actor (``%`` before
    ``*``: "% * DIPLOMATIC TIES [050:050]"): "A and B restored diplomatic ties" is an event
    between A and B.
    ``mutual`` is True when the pattern codes the target's act on the source as the source's on the
    target (``[193:193]``, ``[050:050]``): what is written is done both ways ("* FIRE [193:193]  #
    EXCHANGE": "A exchanged fire with B" is B's fire on A as well).
    """

    words: tuple[tuple[str, ...], ...]
    code: str | None
    origin: str
    line: int
    adjacent: bool = False
    also: tuple[str, ...] = ()
    compound: bool = False
    mutual: bool = False

    def written_for(self, lemma: str) -> bool:
        """Was the pattern written for verb ``lemma`` (its comment names it, first or after a comma)?"""
        return self.origin == lemma or lemma in self.also


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb: its default code (None: its block has none) and the patterns written for it.

    ``senses`` counts the patterns written for this verb by the quad class
    of their code (verbal cooperation, material cooperation, verbal
    conflict, material conflict, then ``[---]``): what the verb means
    beside its default.
    """

    lemma: str
    default: str | None
    patterns: tuple[VerbPattern, ...]
    senses: tuple[int, int, int, int, int]

    def ambiguous(self, default: str | None = None) -> bool:
        """Do fewer than half of the verb's own patterns (at least three) code an event
        of the quad class of ``default`` (by default the verb's)?"""
        default = default or self.default
        own = sum(self.senses)
        return default is not None and own >= _MIN_OWN and self.senses[_quad(default)] * 2 < own


@dataclass(frozen=True, slots=True)
class VerbPatterns:
    """Verb lemma -> :class:`VerbEntry`, compiled once (pickles for the lexicon cache).

    Examples
    --------
    >>> table = parse_verb_patterns('''&HOSTAGE
    ... +HOSTAGE
    ... +CAPTIVE
    ...
    ... --- APPREHEND [171] ---
    ... TAKE {TAKES TOOK TAKEN}
    ... - * &HOSTAGE [181]  # TAKE
    ... - * ANOTHER SHOT AT [---]  # TAKE
    ... ''')
    >>> table.code_for("take", {"captive", "two"})
    (True, '181')
    >>> table.code_for("take", {"another", "shot", "at"})
    (True, None)
    >>> table.code_for("take", {"book"})
    (False, '171')
    """

    verbs: Mapping[str, VerbEntry]

    def entry(self, lemma: str) -> VerbEntry | None:
        """The entry of a verb lemma ("take", "blow up"), or None."""
        return self.verbs.get(" ".join(lemma.lower().split()))

    def code_for(
        self, lemma: str, frame: Iterable[str], heads: Iterable[str] | None = None, *, acts: bool = False,
        objects: Iterable[str] = (), bound: Iterable[str] = (), complements: Iterable[str] | None = None,
    ) -> tuple[bool, str | None]:
        """(whether a pattern fits, the code) of a verb in a frame of words.

        ``frame`` holds the lower-case words (texts and lemmas) of the verb's
        particle, object, prepositions and their objects with their
        modifiers; ``heads`` (by default ``frame``) the heads among them.
        Only the patterns written for this verb count (their comment names
        it; the few that name no verb are left out, see :class:`VerbEntry`), and for a verb whose default is a verbal
        event ("report", "announce") no pattern of a material event: what
        it reports is not what it does; unless ``acts``: the verb performs what it
        states ("declared a state of emergency" 1724, "charged him with fraud" 173).
        ``bound`` holds the prepositions of the verb's prepositional verbs
        ("call for", "call on"), which take no direct object: with
        ``objects``, a pattern that starts with one of them does not fit
        ("called Nevada for Biden" is no appeal).
        ``objects`` holds the words of the verb's direct object up to its head:
        a pattern whose first word is a preposition must fit without them
        ("CALL * FOR ELECTION" is not "called the election for Biden";
        "condemned Morsi to death" is "CONDEMN * TO DEATH").
        The pattern with the most words, all in
        ``frame`` and one that is no preposition in ``heads``, wins (ties: the more literal content words, then
        file order); its code may be None (``[---]``). Without a fit,
        the code is the verb's default, or None for an unknown verb.
        """
        entry = self.entry(lemma)
        if entry is None:
            return False, None
        found = self.fitted(lemma, frame, heads, acts=acts, objects=objects, bound=bound, complements=complements)
        if found is not None:
            return True, found.code
        return False, entry.default

    def fitted(
        self, lemma: str, frame: Iterable[str], heads: Iterable[str] | None = None, *, acts: bool = False,
        objects: Iterable[str] = (), bound: Iterable[str] = (), complements: Iterable[str] | None = None,
    ) -> VerbPattern | None:
        """The pattern of a verb that :meth:`code_for` finds fitting its frame (same arguments), or None.

        Examples
        --------
        >>> table = parse_verb_patterns('''--- APPREHEND [171] ---
        ... TAKE
        ... - * CONTROL [192]  # TAKE
        ... ''')
        >>> table.fitted("take", {"control", "of", "town"}).words, table.fitted("take", {"book"})
        ((('control',),), None)
        """
        entry = self.entry(lemma)
        if entry is None:
            return None
        words = frozenset(frame)
        heads = words if heads is None else frozenset(heads)
        # every pattern is matched against the same frame: its stems are found once
        frames = [(words, heads)]
        objects, bound = frozenset(objects), frozenset(bound)
        if objects:
            frames.append((words - objects, heads - objects))  # for a pattern with a preposition after the verb
        matchers = [_Frame(w, h) for w, h in frames]
        if complements is not None:
            complements = frozenset(complements)
            bare = _Frame(complements, complements)
        verbal = not acts and entry.default is not None and _quad(entry.default) in (0, 2)
        best: tuple[int, int] | None = None
        found: VerbPattern | None = None
        reachable = matchers[0].word_stems  # every word and stem of the whole frame
        for pattern, first in zip(entry.patterns, _first_words(entry.patterns)):
            if first is not None and first.isdisjoint(reachable):
                continue  # its first word is in no frame: it fits none (a set test, not a match)
            if verbal and pattern.code is not None and _quad(pattern.code) in (1, 3):
                continue  # "reported an attack", "announced the cause of death": the content, not the act
            if pattern.adjacent and objects and set(pattern.words[0]) & bound:
                continue
            if (pattern.adjacent and objects and len(pattern.words) == 1
                    and (pattern.code == entry.default and entry.ambiguous() or _moved_object(entry, pattern))):
                # "fought the blaze for hours": "* FOR" says only the default, of "fought for"; "returned
                # the bodies to their families" is no visit ("* TO +" [042] of "returned to Kabul")
                continue
            if not matchers[-1 if pattern.adjacent else 0].fits(pattern):
                continue
            if complements is not None and not all(_fits(alts, bare.words, bare.word_stems) for alts in _leading(pattern)):
                continue  # "gave masks to residents within hours" is no "* + HOURS": hours is no object
            # more words first; then more literal content words ("* TEAR GAS" over "* &WEAPON AT"; a
            # preposition is no content: "* ATTACK &PREPOSIT1" and "* ATTACK ON" keep file order)
            rank = (len(pattern.words), sum(len(alts) == 1 and alts[0] not in _PREPOSITIONS for alts in pattern.words))
            if best is None or rank > best:
                best, found = rank, pattern
        return found

    def withholds(self, lemma: str, default: str | None = None) -> bool:
        """Does a verb give no event where no pattern fits: is it ambiguous, and
        ``default`` (by default the verb's own) a material event or verbal conflict?

        Examples
        --------
        >>> table = parse_verb_patterns('''--- APPREHEND [171] ---
        ... TAKE
        ... - * PART IN PROTEST [141]  # TAKE
        ... - * ANOTHER SHOT AT [---]  # TAKE
        ... - * CONTROL [192]  # TAKE
        ... ''')
        >>> table.withholds("take"), table.withholds("take", "040")
        (True, False)
        """
        entry = self.entry(lemma)
        default = default or (entry.default if entry else None)
        return bool(entry and default and default[:2] in _WITHHELD_ROOTS and entry.ambiguous(default))


class _Frame:
    """A frame's words and heads with their stems, found once for all of a verb's patterns."""

    __slots__ = ("words", "heads", "word_stems", "head_stems")

    def __init__(self, words: frozenset[str], heads: frozenset[str]) -> None:
        self.words, self.heads = words, heads
        self.word_stems = _stems(words)
        self.head_stems = self.word_stems if heads is words else _stems(heads)

    def fits(self, pattern: VerbPattern) -> bool:
        """Are all of the pattern's words in the frame, and one that is no preposition
        among its heads (for a pattern of one preposition, that preposition)?"""
        words, stems = self.words, self.word_stems
        if len(pattern.words) > len(words) or not all(_fits(alts, words, stems) for alts in pattern.words):
            return False
        content = [alts for alts in pattern.words if not set(alts) <= _PREPOSITIONS]
        if content:
            return any(_fits(_last_words(alts), self.heads, self.head_stems) for alts in content)
        return _fits(pattern.words[0], self.heads, self.head_stems)


def _patterns_from_state(verbs: Mapping[str, VerbEntry]) -> VerbPatterns:
    # Flat: the cached lexicon loads the 5,000 verbs' buffers, and a verb's entry is made when first asked for.
    return VerbPatterns(FlatTable(verbs, encode=_entry_state, decode=_entry_from_state))


def _entry_state(entry: VerbEntry) -> tuple:
    patterns = tuple((p.words, p.code, p.origin, p.line, p.adjacent, p.also, p.compound, p.mutual) for p in entry.patterns)
    return entry.lemma, entry.default, patterns, entry.senses


def _entry_from_state(state: tuple) -> VerbEntry:
    lemma, default, patterns, senses = state
    return VerbEntry(lemma, default, tuple(VerbPattern(*p) for p in patterns), senses)


#: A verb's patterns -> (those patterns, :func:`_first_word_keys` of each), kept while the patterns live.
_FIRST_WORDS: dict[int, tuple[tuple[VerbPattern, ...], tuple[frozenset[str] | None, ...]]] = {}


def _first_words(patterns: tuple[VerbPattern, ...]) -> tuple[frozenset[str] | None, ...]:
    """:func:`_first_word_keys` of each pattern, computed once per tuple of patterns."""
    found = _FIRST_WORDS.get(id(patterns))
    if found is None or found[0] is not patterns:
        if len(_FIRST_WORDS) >= 20_000:
            _FIRST_WORDS.clear()
        found = _FIRST_WORDS[id(patterns)] = (patterns, tuple(_first_word_keys(p) for p in patterns))
    return found[1]


def _first_word_keys(pattern: VerbPattern) -> frozenset[str] | None:
    """The words one of which a frame's words and stems (:func:`_stems`) must hold for the pattern's first
    word to match (:func:`_fits`): each alternative, its first word if it has several, less a final "_";
    None for a pattern of no words."""
    if not pattern.words:
        return None
    keys = set()
    for alt in pattern.words[0]:
        if " " in alt and not alt.split():
            return None  # (no word at all: it fits any frame)
        first = alt.split()[0] if " " in alt else alt
        keys.add(first[:-1] if first.endswith("_") else first)
    return frozenset(keys)


def _leading(pattern: VerbPattern) -> tuple[tuple[str, ...], ...]:
    """The pattern's words before its first preposition: what the verb's object, particle or complement
    must hold, not a prepositional phrase of the verb ("* + HOURS": "gave Israel 48 hours")."""
    lead = []
    for alts in pattern.words:
        if set(alts) & _PREPOSITIONS:
            break
        lead.append(alts)
    return tuple(lead)


def _last_words(alternatives: tuple[str, ...]) -> tuple[str, ...]:
    """The alternatives with a multi-word member cut to its last word, the one a head must match."""
    return tuple(alt.rsplit(" ", 1)[-1] for alt in alternatives)


def _fits(alternatives: tuple[str, ...], words: frozenset[str], stems: frozenset[str]) -> bool:
    """Does a word of the frame match one of a pattern word's ``alternatives``?

    ``stems`` is :func:`_stems` of ``words``: a stem of at least
    :data:`_MIN_STEM` letters matches a word it inflects (:func:`_inflects`).
    """
    for alt in alternatives:
        if " " in alt:  # a multi-word member: every one of its words
            if all(_fits((part,), words, stems) for part in alt.split()):
                return True
        elif alt.endswith("_"):
            if alt[:-1] in words:
                return True
        elif alt in words or (len(alt) >= _MIN_STEM and alt in stems):
            return True
    return False


def _stems(words: frozenset[str]) -> frozenset[str]:
    """Every ``stem`` that some word inflects (``_inflects(word, stem)``): each word less each ending it has."""
    return frozenset(stem for w in words for stem in _word_stems(w))


@functools.lru_cache(maxsize=20_000)
def _word_stems(word: str) -> tuple[str, ...]:
    """The stems of one word for :func:`_stems`, found once per word (frames repeat their words)."""
    return tuple(word[: len(word) - len(e)] for e in _ENDINGS if word.endswith(e))


def _inflects(word: str, stem: str) -> bool:
    """Is ``word`` ``stem`` with an inflection ("accus" -> "accused", "accusation"; not "state" -> "statement")?"""
    return word.startswith(stem) and word[len(stem) :] in _ENDINGS


# --------------------------------------------------------------------------
# parsing


def _code(raw: str | None) -> str | None:
    """The CAMEO code of ``040:040``, ``080!``, ``---`` or ``###`` (None: no code)."""
    if not raw:
        return None
    code = re.match(r"\s*([0-9]{3,4})", raw)
    return code.group(1) if code else None


def _lemma(word: str) -> str:
    return " ".join(word.lower().replace("_", " ").split())


def _pattern_words(
    tokens: list[str], sets: Mapping[str, tuple[str, ...]], synonyms: Mapping[str, tuple[str, ...]] | None = None,
) -> tuple[tuple[str, ...], ...] | None:
    """The words after ``*`` as tuples of alternatives, or None if the pattern is left out.

    A literal word of ``synonyms`` also stands for its members ("DIPLOMAT": ambassador, envoy).
    """
    star = next((i for i, t in enumerate(tokens) if "*" in t), None)
    if star is None:
        return None
    before, _, after = tokens[star].partition("*")
    pre = [*tokens[:star], *(p for p in before.split("_") if p)]
    if any(t not in _MARKERS and t not in _PASSIVE_AUX for t in pre):
        return None
    if "+" in pre and not any(t in _PASSIVE_AUX for t in pre):
        return None  # "+ * WOUNDS $": the subject is the target ("suffered wounds"), not the actor
    post = [p for t in [after, *tokens[star + 1 :]] for p in t.split("_") if p]
    words = []
    for word in post:
        if word in _MARKERS or word in _ARTICLES or word.startswith(("+", "$", "%", "^")):
            continue
        if word.startswith("&"):
            members = sets.get(word.rstrip("_"))
            if not members:
                return None
            words.append(members)
        else:
            words.append((word.lower(), *(synonyms or {}).get(word.lower(), ())))
    if all(set(alts) <= _PREPOSITIONS for alts in words):
        # Prepositions only: kept if one, right after the verb ("* WITH"; not "* + AT", "* &PREPOSIT1 $").
        if len(words) != 1 or len(words[0]) != 1 or not post or post[0].lower() != words[0][0]:
            return None
    return tuple(words)


def _moved_object(entry, pattern: VerbPattern) -> bool:
    """Is ``pattern`` a visit (root 04, "* TO +" [042]) of a verb with no event of its own ("RETURN")?

    Such a pattern was written for the verb without an object ("returned to Kabul"): with one the
    subject moves a thing or a person ("returned the bodies to their families"), and makes no visit.
    """
    return entry.default is None and pattern.code is not None and pattern.code.startswith(_VISIT_ROOT)


def _adjacent(tokens: list[str]) -> bool:
    """Is an active pattern's first word after ``*`` a preposition ("* FOR ELECTION"; not "* + WITH", "WERE * WITH")?"""
    star = next((i for i, t in enumerate(tokens) if "*" in t), None)
    if star is None or any(t in _PASSIVE_AUX for t in tokens[:star]):
        return False
    after = [p for t in [tokens[star].partition("*")[2], *tokens[star + 1 :]] for p in t.split("_") if p]
    return bool(after) and after[0].lower() in _PREPOSITIONS


def _compound(tokens: list[str]) -> bool:
    """Is the pattern's subject a compound actor: a ``%`` before ``*`` ("% * TIES", "% HAVE * &DISPUTE")?"""
    star = next((i for i, t in enumerate(tokens) if "*" in t), None)
    return star is not None and "%" in tokens[:star]


def _origins(comment: str) -> tuple[str, ...]:
    """The verbs a pattern's comment names: "SAY <oy 29 Dec 2005>  , EXPRESS" -> ("say", "express")."""
    names = []
    for part in comment.split(","):
        first = part.split()[:1]
        if first and re.fullmatch(r"[A-Z][A-Z_'-]*", first[0]):
            names.append(_lemma(first[0]))
    return tuple(dict.fromkeys(names))


def _sets(lines: list[str]) -> dict[str, tuple[str, ...]]:
    """``&NAME`` -> member words (lower case; a trailing ``_`` kept: whole word)."""
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("---"):
            current = None
            continue
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0].rstrip("_"), [])
        elif current is not None and line.startswith("+"):
            for member in line.split():
                word = member.lstrip("+").lower()
                current.append(_member(word))
        else:
            current = None
    return {k: tuple(dict.fromkeys(v)) for k, v in sets.items()}


def _member(word: str) -> str:
    """A synonym set member: one word, or a multi-word member as its content words joined by spaces.

    "IS_TO" stands for "to"'s content, nothing but "to"; "TOMCAT_FIGHTER" is "tomcat fighter", all of
    whose words must be in the frame: "fighter" alone would make "Taliban fighters" an aircraft.
    """
    whole = word.endswith("_") and "_" in word.rstrip("_")
    parts = [w for w in word.rstrip("_").split("_") if w]
    if len(parts) < 2:
        return word
    content = [w for w in parts if w.upper() not in _FUNCTION_PARTS] or parts[-1:]
    if len(content) == 1:
        return content[0] + ("_" if whole else "")
    return " ".join(content)


def parse_verb_patterns(text: str, synonyms: Mapping[str, tuple[str, ...]] | None = None) -> VerbPatterns:
    """Read the text of a PETRARCH verb pattern dictionary.

    Lines it cannot use (a pattern without a code, a verb line that is no
    word) are skipped, as PETRARCH skips them. ``synonyms`` maps a lower-case
    pattern word to the words it also stands for (``data/pattern_synonyms.tsv``:
    "diplomat" -> ambassador, envoy): the class a pattern's writer spelt as one word.

    >>> table = parse_verb_patterns('''--- EXPEL [174] ---
    ... EXPEL
    ... - * DIPLOMAT [161]  # EXPEL
    ... ''', {"diplomat": ("ambassador",)})
    >>> table.code_for("expel", {"ambassador"}), table.code_for("expel", {"student"})
    ((True, '161'), (False, '174'))
    """
    lines = text.splitlines()
    sets = _sets(lines)
    blocks: list[tuple[str | None, list[tuple[str, str | None]], list[VerbPattern]]] = []
    verbs: list[tuple[str, str | None]] = []
    patterns: list[VerbPattern] = []
    in_set = False
    for lineno, raw in enumerate(lines, 1):
        content, _, comment = raw.partition("#")
        line = content.strip()
        if not line:
            in_set = False
            continue
        header = _HEADER.match(line)
        if header:
            verbs, patterns = [], []
            blocks.append((_code(header.group(2)), verbs, patterns))
            in_set = False
            continue
        if line.startswith("&"):
            in_set = True
            continue
        if in_set or not blocks:
            continue
        if line.startswith("-"):
            code = _CODE.search(line)
            if code is None:
                continue  # PETRARCH skips a pattern without a code, so do we
            tokens = line[1 : code.start()].split()
            words = _pattern_words(tokens, sets, synonyms)
            origin, *also = _origins(comment) or ("",)
            if words is not None:
                patterns.append(
                    VerbPattern(words, _code(code.group(1)), origin, lineno, _adjacent(tokens), tuple(also),
                                _compound(tokens), _BOTH_WAYS.match(code.group(0)) is not None))
            continue
        word = line.lstrip("+").split("{", 1)[0].split("[", 1)[0].strip()
        if not re.fullmatch(r"[A-Z][A-Z_'-]*", word):
            continue
        lemma = _lemma(word)
        if lemma.split()[-1] in ("and", "or"):
            continue
        own = _OWN_CODE.search(line.split("}", 1)[-1] if "{" in line else line)
        verbs.append((lemma, _code(own.group(1)) if own else "block"))
    # A verb listed in several blocks ("SEVER" among SEPARATE's synonyms, then in its own block with
    # "* DIPLOMATIC TIES [161]  # SEVER") keeps its first block's default and the patterns written for
    # it in every block: PETRARCH reads them all.
    defaults: dict[str, str | None] = {}
    mine: dict[str, list[VerbPattern]] = {}
    for block_code, block_verbs, block_patterns in blocks:
        for lemma, own in block_verbs:
            defaults.setdefault(lemma, block_code if own == "block" else own)
            # Only the patterns written for the verb ("donate a weapon" says nothing of "issue").
            found = mine.setdefault(lemma, [])
            found.extend(p for p in block_patterns if p.written_for(lemma) and p not in found)
    table = {lemma: VerbEntry(lemma, default, tuple(mine[lemma]), _senses(lemma, tuple(mine[lemma])))
             for lemma, default in defaults.items()}
    return _patterns_from_state(table)


def _quad(code: str) -> int:
    """The quad class of a code, as a number (0: verbal cooperation ... 3: material conflict)."""
    root = int(code[:2])
    return 0 if root < 6 else 1 if root < 10 else 2 if root < 15 else 3


def _senses(lemma: str, patterns: tuple[VerbPattern, ...]) -> tuple[int, int, int, int, int]:
    counts = [0, 0, 0, 0, 0]
    for pattern in patterns:
        if pattern.written_for(lemma):
            counts[4 if pattern.code is None else _quad(pattern.code)] += 1
    return tuple(counts)


def read_verb_patterns(path: str | Path, *, synonyms: Mapping[str, tuple[str, ...]] | None = None) -> VerbPatterns:
    """Read a verb pattern dictionary file (UTF-8, else Latin-1), its words widened by ``synonyms``
    (:func:`parse_verb_patterns`).

    Raises
    ------
    VerbPatternError
        If the file cannot be read, naming it.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        text = path.read_text(encoding="latin-1")
    except OSError as err:
        raise VerbPatternError(f"{path}: cannot read the verb pattern dictionary ({err.strerror or err})") from None
    return parse_verb_patterns(text, synonyms)
