"""The kind of body a mention or a person's office names, and the code it makes: unions, sports bodies,
legislative committees, chambers of commerce.

The agents file codes a body by its last word, which misleads for some kinds of body:

- a **trade union** has CAMEO's labour role, ``LAB``: "British trade union Unite" ``GBRLAB``, "the
  Nigeria Labour Congress" ``NGALAB`` (not the agents file's "Congress", ``LEG``), "the RMT union",
  "union leaders" ``LAB``; its officials too ("Aslef general secretary X", not the title's ``GOV``).
  A lower-case "union" counts only with a cue that it is a workers' one (an occupation or labour word,
  an acronym or name before it, a member noun after it): "the union" alone, "same-sex unions", "the
  European union" or "a customs union" are none;
- a **sports body** (a sport word and a body word: "the Iranian Chess Federation", "the Kenyan Premier
  League", FIFA) is no government, legislature or court, whatever its "President", "Premier" or
  "Committee" gave it: it keeps only its country ("Iranian Chess Federation President" ``IRN``);
- a **committee of a legislature** is the legislature: "the House Intelligence Committee" ``LEG``, not
  the ``SPY`` of its subject;
- a **chamber of commerce** is business, ``BUS``, not the agents file's "Chamber" (``LEG``).

The country always comes from the code the mention already has (its own words: a nationality, a
possessive, a dictionary name), never from the article: "the RMT union" stays ``LAB``. A code of an
international, non-governmental or multinational organisation is left as it is, and so is a code no
rule here reads. Word lists: ``data/body_kinds.txt``.
"""

from __future__ import annotations

from ..lexicon import Lexicon
from .body_officials import BODY_PREFIXES

__all__ = ["body_kind", "body_kind_code", "office_phrase", "phrase_body_code", "with_body_kind"]

_WORDS = "body_kinds"
#: Kinds read case as written.
_CASED = frozenset({"sport_name"})
#: The compiled list, by lexicon: kind -> words (casefolded, except the cased kinds).
_TABLES: dict[int, tuple[Lexicon, dict[str, frozenset[str]]]] = {}
#: Dependencies of the tokens that title a person's name from before it ("Aslef general secretary X").
_TITLE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "punct", "det", "prep", "pobj", "appos", "cc",
                         "conj"})
#: Clauses inside an apposition that say what the person does, not what office he holds.
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})
#: Roles a sports body never has.
_SPORT_DROPS = ("GOV", "LEG", "JUD", "MIL", "COP", "SPY", "ELI", "OPP", "PTY")


def _table(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    cached = _TABLES.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        kinds: dict[str, set[str]] = {}
        for line in lexicon.words[_WORDS]:
            kind, word = (part.strip() for part in line.split(":", 1))
            kinds.setdefault(kind, set()).add(word if kind in _CASED else word.casefold())
        cached = _TABLES[id(lexicon)] = (lexicon, {k: frozenset(v) for k, v in kinds.items()})
    return cached[1]


def _has(words: list[str], entries: frozenset[str]) -> bool:
    """Does a word, or two words in a row, of ``words`` (casefolded) belong to ``entries``?"""
    return any(w in entries for w in words) or any(f"{a} {b}" in entries for a, b in zip(words, words[1:]))


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _lower_union(words: list[str], table, *, lexicon: Lexicon) -> bool:
    """A lower-case "union" with a cue that it is a workers' one: an occupation or labour word, an
    acronym or a capitalised name that is no country's right before it, or a member noun right after
    it ("union leaders")."""
    for i, word in enumerate(words):
        if word not in ("union", "unions"):
            continue
        before = words[i - 1] if i > 0 else ""
        if before in ("'", "\u2019", "'s") and i > 1:
            before = words[i - 2]
        after = words[i + 1].casefold() if i + 1 < len(words) else ""
        if after in table.get("labour_member", ()):
            return True
        if not before or before.casefold() in ("the", "a", "an", "its", "their", "his", "her", "our", "this") \
                or before.casefold() in table["union_name"]:
            continue
        if before.casefold() in table.get("labour", ()):
            return True
        if _is_acronym(before) or (before[:1].isupper() and lexicon.countries.country_of(before) is None):
            return True
    return False


def _national_body(words, folded, table, lexicon: Lexicon) -> bool:
    """A capitalised name that begins "National" or "Federal" and ends in a state body's word: "the National
    Telecommunications Commission", "the National Emergency Operation Centre"."""
    from .state_bodies import state_body_heads  # (state_bodies reads the mentions module)

    start = 1 if folded[0] == "the" else 0
    if len(words) - start < 2 or folded[start] not in table["national_first"] or not words[start][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in ("and", "of", "for", "on") for w in words[start:]):
        return False
    last = folded[-1]
    return last in table["national_body"] or last in state_body_heads(lexicon) or \
        f"{folded[-2]} {last}" in state_body_heads(lexicon)


def body_kind(words, *, lexicon: Lexicon) -> str | None:
    """The kind of body the phrase ``words`` (its words as written) names: ``"sport"``, ``"labour"``,
    ``"committee"`` (of a legislature), ``"commerce"`` (a chamber of commerce), ``"trade"`` (a business
    association: "the Australian Retailers Association"), ``"academic"`` (a
    university's department: "the Department of Mathematics"), ``"state"`` (a national body of a state:
    "the National Telecommunications Commission"), or None.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> [body_kind(p.split(), lexicon=lexicon) for p in (
    ...     "the Nigeria Labour Congress", "the RMT union", "the European union", "same-sex unions",
    ...     "Iranian Chess Federation President", "FIFA", "the House Intelligence Committee",
    ...     "the Labour Party", "the Ministry of Labour", "the Supreme Court")]
    ['labour', 'labour', None, None, 'sport', 'sport', 'committee', None, None, None]
    """
    words = [w for w in words if w]
    if not words:
        return None
    table = _table(lexicon)
    folded = [w.casefold() for w in words]
    if _has(folded, table["committee"]) and _has(folded, table["legislature"]):
        first = next(i for i, w in enumerate(folded) if w in table["legislature"])
        # "the House Intelligence Committee", "the Senate Committee on Sports" (read before sport); not "a house committee"
        if words[first][:1].isupper():
            return "committee"
    if any(w in table.get("sport_name", ()) for w in words) or (
            _has(folded, table["sport"]) and _has(folded, table["sport_body"])):
        return "sport"
    if _has(folded, table["academic"]) and _has(folded, table["academic_body"]):
        return "academic"  # "the Department of Mathematics and Statistics": a university's, not the state's
    if "chamber" in folded:
        at = folded.index("chamber")
        if folded[at + 1 : at + 2] == ["of"] and folded[at + 2 : at + 3] and folded[at + 2] in table["chamber_trade"]:
            return "commerce"
    if _has(folded, table["trade"]) and not _has(folded, table["labour"]) and any(
            w in table["trade_body"] and words[i][:1].isupper() for i, w in enumerate(folded)):
        return "trade"  # "the Australian Retailers Association": business, its officials too
    if _national_body(words, folded, table, lexicon):
        return "state"
    if _has(folded, table["not_labour"]):
        return None
    if _has(folded, table["labour"]) and any(
            w in table["labour_body"] and (w.startswith("union") or words[i][:1].isupper()) for i, w in enumerate(folded)):
        return "labour"  # "the Nigeria Labour Congress", "Train drivers' trade union Aslef"
    if _lower_union(words, table, lexicon=lexicon):
        return "labour"
    return None


def body_kind_code(code: str | None, kind: str | None, *, lexicon: Lexicon) -> str | None:
    """``code`` as the kind of body makes it: labour ``LAB`` and a chamber of commerce ``BUS`` (with the
    code's country, if any), a legislature's committee ``LEG`` (with the code's country), a sports body
    the code's country alone (None when it has none). An organisation's code (``IGO``, ``NGO``, ``IMG``,
    ``MNC``) and a code of no kind are kept.

    Examples
    --------
    >>> from extract.lexicon import get_lexicon
    >>> lexicon = get_lexicon()
    >>> [body_kind_code(c, k, lexicon=lexicon) for c, k in (("NGALEG", "labour"), (None, "labour"),
    ...     ("IRNGOV", "sport"), ("GOV", "sport"), ("USASPY", "committee"), ("CHNLEG", "commerce"),
    ...     ("IGOUNO", "labour"), ("KENJUD", None))]
    ['NGALAB', 'LAB', 'IRN', None, 'USALEG', 'CHNBUS', 'IGOUNO', 'KENJUD']
    """
    if kind is None or (code and code.startswith(BODY_PREFIXES)):
        return code
    country = code[:3] if code and lexicon.countries.by_alpha3.get(code[:3]) is not None else ""
    if kind == "sport":
        if not code:
            return code
        roles = code[len(country):]
        kept = "".join(roles[i : i + 3] for i in range(0, len(roles), 3) if roles[i : i + 3] not in _SPORT_DROPS)
        return (country + kept) or None
    if kind == "state":
        return code or "GOV"  # a national body with no code: the government's, its country unknown here
    role = {"labour": "LAB", "commerce": "BUS", "trade": "BUS", "committee": "LEG", "academic": "EDU"}[kind]
    return country + role


def office_phrase(span) -> list[str]:
    """The words of a person's office around the name ``span``: the title before it ("Train drivers'
    trade union Aslef general secretary Mick Whelan") and the noun phrase in apposition to it ("Mick
    Cash, the general secretary of the RMT union"; "the president of the chess federation, X"), with no
    clause in it ("X, who plays for the federation")."""
    doc = span.doc
    root = span.root
    words = [t.text for t in doc[max(span.sent.start, span.start - 8) : span.start]
             if t.i >= _title_start(doc, span)]
    phrases = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos":
        phrases.append(root.head)
    for head in phrases:
        skip = {t.i for c in head.children if c.dep_ in _CLAUSE_DEPS for t in c.subtree}
        skip |= {t.i for t in root.subtree} if head is root.head else set()
        words += [t.text for t in head.subtree if t.i not in skip and not (span.start <= t.i < span.end)]
    return words


def _title_start(doc, span) -> int:
    """The first token of the title right before the name: nouns, names, adjectives and possessive
    marks back to the sentence's start, a verb or other punctuation."""
    start = span.start
    low = span.sent.start
    while start > low and span.start - start < 8:
        tok = doc[start - 1]
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.text in ("'", "\u2019", "'s", "-"):
            start -= 1
            continue
        break
    return start


def phrase_body_code(code: str | None, span, *, person: bool, lexicon: Lexicon) -> str | None:
    """``code`` of the mention ``span`` made by the kind of body it names (:func:`body_kind`,
    :func:`body_kind_code`); a person's by the body of his office (:func:`office_phrase`). A person keeps a
    code no union or sports body of his office reads, and a union keeps a role other than the
    government's his title may have given ("general secretary" ``GOV``) from him: a union leader who is
    a party's candidate stays ``USAPTY``. A legislature's committee or a chamber in a person's office
    change nothing (its chairman may be the House's or a minister)."""
    if span is None:
        return code
    if person:
        kind = body_kind(office_phrase(span), lexicon=lexicon)
        if kind not in ("labour", "sport", "trade"):
            return code
        if kind in ("labour", "trade") and code and _roles(code, lexicon) not in ("", "GOV"):
            return code  # "union leader X", the party's candidate (USAPTY): his other role stays
    else:
        # a sentence's first word is capitalised whatever it is ("Union leaders accused ...")
        words = [t.lower_ if t.is_sent_start and t.lower_ in ("union", "unions") else t.text for t in span]
        words += _of_phrase(span)
        kind = body_kind(words, lexicon=lexicon)
    return body_kind_code(code, kind, lexicon=lexicon)


def _roles(code: str, lexicon: Lexicon) -> str:
    """The role letters of ``code`` after its country, if any."""
    return code[3:] if lexicon.countries.by_alpha3.get(code[:3]) is not None else code


def _of_phrase(span) -> list[str]:
    """The words of the "of" phrase right after a mention, which says whose office or body it is ("the
    president [of the country's chess federation]", "Chinese Precinct Chamber [of Commerce]"), with no
    clause in it."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of" or doc[span.end].head.i != span[-1].i:
        return []
    objects = [c for c in doc[span.end].children if c.dep_ == "pobj"]
    if not objects:
        return []
    skip = {t.i for c in objects[0].children if c.dep_ in _CLAUSE_DEPS for t in c.subtree}
    return ["of", *(t.text for t in objects[0].subtree if t.i not in skip)]


def with_body_kind(found, span, *, person: bool, lexicon: Lexicon):
    """The :class:`~.mentions.ActorCode` ``found`` of the mention ``span`` (None: uncoded) made by the kind of
    body it names (:func:`phrase_body_code`); the same object when nothing changes."""
    from .mentions import ActorCode, with_country  # (mentions reads modules that read this one)

    code = found.code if found is not None else None
    new = phrase_body_code(code, span, person=person, lexicon=lexicon)
    if new == code:
        return found
    if new is None:
        return None
    if found is not None and found.country and new.startswith(found.country):
        return ActorCode(new, found.confidence, found.source, found.country, new[3:] or None)
    return with_country(new, "role", lexicon)
