"""Names the tagger mistypes on unseen news, by kind (wave 18, ``benchmarks/data/nodes_sample_w18.tsv``).

- **Common terms**: an abbreviation of a common noun the tagger took for a
  body ("its modding API", "IRL meet-ups": ``data/common_acronyms.txt``, a
  closed list of general abbreviations), and such an abbreviation spelled out
  beside it in brackets, which capitals make look like a name: "your CV
  [Curriculum Vitae]", "slow IDEs [Integrated Development Environments]",
  "Universal Basic Income (UBI)". No node. An abbreviation the list does not
  hold keeps its spelled-out name: "the Federal Security Service (FSB)".
- **Titles of rank** a federation confers (``data/rank_titles.txt``:
  "International Master", "Women Grand Masters", "Israeli Grand Master") and
  the abbreviation an article gives one in brackets ("(GM)"): no node.
- **An occasion's head word alone** ("the second student Olympiad") where the
  article names the occasion whole ("International Student Olympiad"): no node
  of its own.
- **Relatives named by a given name**: a name right after a noun of kinship
  (``data/kin_nouns.txt``) that a possessive, "the" or a surname governs
  ("her brother, Borna,", "his wife Georgia", "the Muzychuk sisters Anna and
  Mariya"), a name coordinated with such a name, and a surname before a
  plural noun of kinship ("the Muzychuk sisters") name people, whatever look
  of a town the tagger went by.

Plain functions over a parsed Doc and a token range; no import-time cost (the
lists are read once, on first use). Called by ``entities._clean`` (relatives)
and ``entities._no_actor_shape`` (:func:`no_node`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .capital_names import common_acronyms
from .doccache import doc_span, doc_text, span_text
from .lexicon import Lexicon
from .lexicon.core import DATA_DIR
from .lexicon.normalise import fold_key
from .lexicon.readers import read_words
from .spelled_initials import spelled_term

__all__ = ["common_term", "kin_person", "no_node", "rank_title", "spelled_out"]

#: Brackets that hold a spelled-out abbreviation: Wikinews interviews use "[...]", news "(...)".
_OPEN = {"[": "]", "(": ")"}
#: The longest spelled-out form read, in tokens.
_SPELLED_REACH = 8
#: Words a spelled-out form skips when its initials are read ("Common Vulnerabilities and Exposures").
_GLUE = frozenset({"and", "of", "the", "for", "in", "on", "to", "&", "-"})
#: Words that make the noun of kinship someone's: "her brother", "Trump's wife", "the Muzychuk sisters".
_OWNERS = frozenset({"my", "your", "his", "her", "its", "our", "their", "the"})
#: Words that may stand before a title of rank: "Woman Grand Master", "Women Candidate Master".
_RANK_QUALIFIERS = frozenset({"woman", "women", "female"})
#: The most words a relative's name may have here: "Borna", "Anna Muzychuk".
_KIN_NAME_WORDS = 2


@lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    """Nouns of kinship (``data/kin_nouns.txt``) and their plurals."""
    words = frozenset(row.cells[0].casefold() for row in read_words(DATA_DIR / "kin_nouns.txt"))
    return words | frozenset(w + "s" for w in words if not w.endswith("s"))


@lru_cache(maxsize=1)
def _rank_titles() -> frozenset[str]:
    """Titles of rank a federation confers (``data/rank_titles.txt``), folded."""
    return frozenset(fold_key(row.cells[0]) for row in read_words(DATA_DIR / "rank_titles.txt"))


def rank_title(name: str, *, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a title of rank (``data/rank_titles.txt``), in the plural too, after "Woman",
    "Women" or "Female" or a country's demonym: "International Master", "Women Candidate Master",
    "Grand Masters", "Israeli Grand Master". A title, no actor."""
    words = fold_key(name).split()
    if words and words[-1].endswith("s") and len(words[-1]) > 3:
        words[-1] = words[-1][:-1]
    titles = _rank_titles()
    for cut in range(len(words)):
        if " ".join(words[cut:]) not in titles:
            continue
        before = words[:cut]
        if all(w in _RANK_QUALIFIERS for w in before):
            return True
        return len(before) >= 1 and bool(lexicon.countries.country_of(name.split()[0])) and all(
            w in _RANK_QUALIFIERS for w in before[1:])
    return False


def _abbreviation(text: str) -> str | None:
    """The listed common abbreviation ``text`` is, as written or in the plural ("IDEs"), or None."""
    stop = common_acronyms()
    if text in stop:
        return text
    if len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1] in stop:
        return text[:-1]
    return None


def _initials(tokens) -> str:
    return "".join(t.text[0] for t in tokens if t.is_alpha and t.lower_ not in _GLUE).upper()


def _spells(tokens, abbreviation: str) -> bool:
    """Whether the words' initials spell the abbreviation (its plural "s" aside)."""
    initials = _initials(tokens)
    return len(initials) >= 2 and initials in (abbreviation, abbreviation.rstrip("S"))


def spelled_out(doc, ts: int, te: int) -> bool:
    """Whether ``doc[ts:te]`` lies in the spelled-out form of a listed common abbreviation beside it.

    Either the abbreviation stands right before a bracket that holds the name and the bracket's words
    spell it ("CV [Curriculum Vitae]", "CVE [Common Vulnerabilities and Exposures]" for its cut
    "Common Vulnerabilities"), or the name spells the abbreviation that follows it in brackets
    ("Universal Basic Income (UBI)").
    """
    # the words before read from the Doc's text: no Token per word
    opened = next((i for i in range(ts - 1, max(ts - _SPELLED_REACH, 0) - 1, -1) if span_text(doc, i, i + 1) in _OPEN),
                  None)
    if opened is not None and opened >= 1 and all(doc[i].text not in _OPEN.values() for i in range(opened, ts)):
        close = _OPEN[doc[opened].text]
        end = next((i for i in range(te, min(opened + 1 + _SPELLED_REACH, len(doc))) if doc[i].text == close), None)
        abbreviation = _abbreviation(doc[opened - 1].text)
        if end is not None and abbreviation and _spells(doc[opened + 1:end], abbreviation):
            return True
    if te + 2 < len(doc) and span_text(doc, te, te + 1) in _OPEN and doc[te + 2].text == _OPEN[doc[te].text]:
        abbreviation = _abbreviation(doc[te + 1].text)
        return bool(abbreviation) and _spells(doc[ts:te], abbreviation)
    return False


#: Knowledge-base types that make a listed abbreviation a name after all: "CCTV" is China's broadcaster too.
_BODY_TYPES = frozenset({"ORG", "GPE"})


def common_term(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is a common term, no node: a listed common abbreviation ("API",
    "IDEs") that the knowledge base knows as no body's or country's name ("CCTV" stays: China Central
    Television), or such an abbreviation's spelled-out form beside it (:func:`spelled_out`)."""
    if te - ts == 1 and _abbreviation(doc[ts].text):
        return not any(entry.type in _BODY_TYPES for entry, _ in lexicon.knowledge.lookup(doc[ts].text) or ())
    return spelled_out(doc, ts, te)


def no_node(doc, ts: int, te: int, *, lexicon: Lexicon) -> bool:
    """Whether the name ``doc[ts:te]`` is no node: a common term (:func:`common_term`), a title of rank
    (:func:`rank_title`) or its bracketed abbreviation, or an occasion's head word alone where the article
    names the occasion whole, or an abbreviation a lower-case phrase spells out
    (:func:`extract.spelled_initials.spelled_term`)."""
    return (common_term(doc, ts, te, lexicon=lexicon) or rank_title(doc_span(doc, ts, te).text, lexicon=lexicon)
            or _rank_abbreviation(doc, ts, te, lexicon) or _lone_event_head(doc, ts, te)
            or spelled_term(doc, ts, te, lexicon=lexicon))  # "the anterior cingulate cortex (ACC)" (wave 21)


#: The most words of a title of rank before its abbreviation in brackets: "Women Candidate Master (WCM)".
_RANK_REACH = 4
#: How many characters before the bracket are read for the title.
_RANK_CHARS = 60
#: Head words of occasions ("X Tournament", "X Olympiad") whose capitalised word alone is a second mention.
_EVENT_HEADS = frozenset({"tournament", "tournaments", "olympiad", "olympiads", "championship", "championships",
                          "festival"})


def _rank_abbreviation(doc, ts: int, te: int, lexicon: Lexicon) -> bool:
    """Whether ``doc[ts:te]`` is one word in capitals that the article gives, in brackets, to a title of
    rank: the "GM" of "Israeli Grand Master (GM) Alexander Huzman" and of "even GM Hikaru Nakamura" later
    (no General Motors)."""
    if te - ts != 1 or not doc[ts].text.isupper() or not doc[ts].is_alpha:
        return False
    text, abbreviation = doc_text(doc), doc[ts].text
    for opener, closer in _OPEN.items():
        found = text.find(opener + abbreviation + closer)
        while found != -1:
            words = text[max(found - _RANK_CHARS, 0):found].split()[-_RANK_REACH:]
            if any(rank_title(" ".join(words[k:]), lexicon=lexicon) for k in range(len(words))):
                return True
            found = text.find(opener + abbreviation + closer, found + 1)
    return False


def _lone_event_head(doc, ts: int, te: int) -> bool:
    """Whether ``doc[ts:te]`` is an occasion's head word alone ("the second student Olympiad") in an
    article that names the occasion whole elsewhere ("International Student Olympiad"): a second mention of
    it, no node of its own."""
    if te - ts != 1 or not doc[ts].is_title or doc[ts].lower_ not in _EVENT_HEADS:
        return False
    word = re.escape(doc[ts].text)
    start = doc[ts].idx
    return any(m.end() - len(doc[ts].text) != start
               for m in re.finditer(rf"\b[A-Z][\w'-]*\s+{word}\b", doc_text(doc)))


def _kin_before(doc, ts: int) -> bool:
    """Whether a noun of kinship, made someone's, stands right before ``doc[ts]`` (a comma between them
    allowed): "her brother, Borna", "son Barron" after "his wife Melania, and", "the Muzychuk sisters Anna"."""
    i = ts - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 1 or not doc[i].is_lower or doc[i].lower_ not in _kin_nouns():
        return False
    kin = doc[i]
    owner = doc[i - 1]
    if owner.lower_ in _OWNERS or owner.tag_ == "POS" or owner.dep_ == "poss":
        return True  # "her brother", "Trump's wife"
    if owner.is_title and owner.head == kin and owner.dep_ in ("compound", "amod", "nmod"):
        return True  # "the Muzychuk sisters"
    return any(c.dep_ == "poss" for c in kin.children)


def kin_person(doc, ts: int, te: int, label: str) -> bool:
    """Whether the name ``doc[ts:te]``, tagged ``label`` (not PERSON), names a relative: it follows a noun
    of kinship made someone's (:func:`_kin_before`), it is coordinated with a name that does ("sisters Anna
    and Mariya"), or it is the surname before a plural noun of kinship ("the Muzychuk sisters").

    Examples
    --------
    "Her brother, Borna, plays for the English Federation": Borna tagged GPE is a person.
    """
    if label == "PERSON" or not 0 < te - ts <= _KIN_NAME_WORDS:
        return False
    if not all(t.is_title and t.is_alpha for t in doc_span(doc, ts, te)):
        return False
    if te < len(doc) and doc[te].is_title and doc[te].is_alpha:
        return False  # the name runs on: "her son, Texas Governor X" is not "Texas"
    if _kin_before(doc, ts):
        return True
    root = doc_span(doc, ts, te).root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is not root and first.is_title and _kin_before(doc, first.left_edge.i):
        return True  # "the Muzychuk sisters Anna and Mariya"
    if te - ts == 1 and te + 1 < len(doc) and doc[te].is_lower and doc[te].tag_ == "NNS" \
            and doc[te].lower_ in _kin_nouns() and root.head == doc[te] and doc[ts - 1].lower_ == "the":
        return True  # "the Muzychuk sisters"
    return False

