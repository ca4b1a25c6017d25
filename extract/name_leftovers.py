"""Words the tagger leaves on a name, and shapes of text that are no one name (nodes audit 6).

Rules of :mod:`extract.name_debris` (one call, :func:`read_leftovers`), on the written shape and the
parser's parts of speech only, never on particular names:

- **a word before the name**: a lower-case determiner, verb, adjective, adverb or pronoun the tagger
  took into the name's start is no part of it ("the United States-led Iraq War" tagged "led Iraq War",
  "this International Women's Day", "the national Constitution Party");
- **words after the name**: a lower-case run that starts with a preposition, a conjunction or a
  determiner after the name's last capitalised word is no part of it ("Candace Windfall as Catwoman"
  tagged "Candace Windfall as", "Associated Press of bank robberies");
- **two names joined by a slash** ("the Carroll/Patel ticket", "Chinese/Asian candidates",
  "Progressives/Socialists") name no one entity; two words in capitals ("CI/CD", "AC/DC") are left
  alone, and so is a name the tables know;
- **a number with a decimal point at the end** ("Melbourne 0.5%", "USD 26.95", "Magnitude 6.3") makes
  a figure, not a name ("Interstate 75", "Route 2" end in a whole number and stay);
- **an adjective of an office or a body alone** ("the Presidential race", "a Congressional intern",
  "Allied landings"): one capitalised word of ``data/role_adjectives.txt`` that modifies the lower-case
  noun after it, known to no table (country, knowledge base, actor dictionaries, parties); peoples'
  and religions' adjectives ("Aboriginal", "Pentecostal") are not in the list.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .noun_runs import modifies_noun_run
from .lexicon.normalise import fold_key
from .name_bounds import is_known_name
from .doccache import doc_span

__all__ = ["lead_word_end", "tail_start", "is_slash_pair", "ends_in_figure", "is_lone_adjective", "read_leftovers"]

#: Parts of speech of a lower-case word before a name that is no part of it.
_LEAD_POS = frozenset({"DET", "VERB", "ADJ", "ADV", "PRON", "AUX", "PROPN"})
#: Parts of speech that open a lower-case run after a name that is no part of it.
_TAIL_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET"})
#: Lower-case particles of names ("Ludwig van Beethoven", "Vincent dela Vega", "Ibn al-Haytham").
_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "das", "del", "della", "dela", "der", "den", "des", "du",
                        "la", "le", "les", "van", "von", "zu", "bin", "bint", "ibn", "al", "el", "ul", "y", "e",
                        "ter", "te", "het", "op", "lo", "los", "las", "abu", "bte", "binti", "bin", "mac", "st",
                        "of", "and", "for", "the", "on", "in", "at", "upon", "under", "to"})
_SLASH_PAIR = re.compile(r"^([^\W\d_][\w'.-]+)/([^\W\d_][\w'.-]+)$")
_DECIMAL = re.compile(r"^\d+[.,]\d+%?$")
_ADJECTIVE_LABELS = frozenset({"ORG", "PERSON", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
_NOUN_POS = frozenset({"NOUN"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def lead_word_end(doc, ts: int, te: int) -> int:
    """The name's start past a lower-case determiner, verb, adjective, adverb or pronoun the tagger took in
    front of a capitalised word ("led Iraq War" -> "Iraq War"); ``ts`` where there is none."""
    while te - ts >= 2:
        tok, nxt = doc[ts], doc[ts + 1]
        if not tok.is_alpha or not tok.is_lower or tok.lower_ in _PARTICLES or tok.pos_ not in _LEAD_POS:
            break
        if not nxt.text[:1].isupper():
            break
        ts += 1
    return ts


def tail_start(doc, ts: int, te: int) -> int:
    """The name's end before a lower-case run after its last capitalised word that opens with a preposition,
    a conjunction or a determiner ("Candace Windfall as" -> "Candace Windfall"); ``te`` where there is none."""
    last = te - 1
    while last > ts and doc[last].is_lower:
        last -= 1
    if last == te - 1 or last <= ts - 1 or not doc[last].text[:1].isupper():
        return te
    opener = doc[last + 1]
    if opener.pos_ in _TAIL_POS and opener.is_alpha:
        return last + 1
    return te


def is_slash_pair(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name holds two capitalised words joined by a slash, not both in capitals, that no table
    knows as one name ("Carroll/Patel", "Chinese/Asian"; not "CI/CD")."""
    for i in range(ts + 1, te - 1):
        if doc[i].text != "/" or doc[i - 1].whitespace_ or doc[i].whitespace_:
            continue
        left, right = doc[i - 1].text, doc[i + 1].text
        if left[:1].isupper() and right[:1].isupper() and left.isalpha() and right.isalpha() \
                and not (left.isupper() and right.isupper()):
            return not is_known_name(doc[i - 1:i + 2].text, lexicon)
    return any(_SLASH_PAIR.match(tok.text) and not tok.text.replace("/", "").isupper()
               and all(part[:1].isupper() for part in tok.text.split("/"))
               and not is_known_name(tok.text, lexicon) for tok in doc_span(doc, ts, te))


def ends_in_figure(doc, ts: int, te: int) -> bool:
    """Whether the name's last word is a number with a decimal point ("Melbourne 0.5", "USD 26.95")."""
    return te - ts >= 2 and bool(_DECIMAL.match(doc[te - 1].text))


def is_lone_adjective(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> bool:
    """Whether the name is one capitalised adjective of an office, a body or an election
    (``data/role_adjectives.txt``) modifying the lower-case noun right after it ("the Presidential race",
    "a Congressional intern") or the last of a run of them ("Congressional term limits",
    :mod:`extract.noun_runs`), and no name the tables know."""
    if te - ts != 1 or label not in _ADJECTIVE_LABELS or te >= len(doc):
        return False
    tok, nxt = doc[ts], doc[te]
    if not tok.is_title or tok.lower_ not in lexicon.word_sets["role_adjectives"]:
        return False
    if not nxt.is_lower or nxt.pos_ not in _NOUN_POS or tok.dep_ not in _MODIFIER_DEPS \
            or not modifies_noun_run(doc, tok, te):
        return False
    return not is_known_name(tok.text, lexicon) and fold_key(tok.text) not in lexicon.tables["party_words"]


def read_leftovers(doc, ts: int, te: int, label: str, *, lexicon: Lexicon) -> tuple[int, int] | None:
    """The name's bounds with the leftovers off, or None when the text is no one name."""
    if is_slash_pair(doc, ts, te, lexicon=lexicon) or ends_in_figure(doc, ts, te):
        return None
    ts = lead_word_end(doc, ts, te)
    te = tail_start(doc, ts, te)
    if is_lone_adjective(doc, ts, te, label, lexicon=lexicon):
        return None
    return ts, te
