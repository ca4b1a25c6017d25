"""Sentence-level open information extraction over the spaCy dependency parse.

Every clause of a sentence gives one n-ary `Triple`: a relation phrase and
its arguments, named entities or not. The rules are in the spirit of
ClausIE: find the clauses (verbs and copulas, with the subject they take or
inherit through coordination, relative clauses and participles), build the
relation phrase (auxiliaries, negation, the verb, its particles, an open
complement's verb, and the preposition of the first argument when there is
no direct object), and expand each argument to its phrase. Prepositional
phrases and time or place modifiers become further arguments. Appositions
("X, the Y of Z") and possessives ("X's Y") give copular and "has" triples.

Nothing here loads a model: the rules read the parse that the pipeline
already made, so extraction costs little next to parsing.

Examples
--------
The rules also run on a hand-built parse:

>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Rebels", "shelled", "the", "town", "."],
...           heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "det", "dobj", "punct"],
...           pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT"])
>>> [format_triple(t) for t in triples_of(doc)]  # doctest: +NORMALIZE_WHITESPACE
['Rebels shelled the town .\\t0.92\\tshelled\\tRebels\\tthe town']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import InputError
from .lexicon import Lexicon, get_lexicon
from .syntax import ANY_SUBJECT_DEPS, AUX_DEPS
from .types import Triple

__all__ = ["triples_of", "triples_from_sentences", "format_triple"]

_OPENING_QUOTES = frozenset({"``", "`", '"', "“", "'"})
_CLOSING_QUOTES = frozenset({"''", '"', "”", "'"})
_OBJ_DEPS = frozenset({"dobj", "attr", "oprd", "dative"})
_COMPLEMENT_DEPS = frozenset({"acomp"})
_ARG_DROP = frozenset({"relcl"})
_SUBJECT_DROP = frozenset({"relcl", "appos"})
_REL_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "this", "these", "those", "there"})


@dataclass(frozen=True, slots=True)
class _Words:
    """The lexicon's words Open IE reads (``data/sentence_adverbs.txt``, the
    ``quote`` column of ``data/speech_verbs.tsv``): adverbs that modify the sentence rather than
    the verb, kept out of relations; reporting verbs, whose quoted clause may
    come first ("`` ... , '' he says")."""

    sentence_adverbs: frozenset[str]
    reporting_verbs: frozenset[str]


def _words(lexicon: Lexicon | None) -> _Words:
    lexicon = lexicon or get_lexicon()
    return _Words(lexicon.word_sets["sentence_adverbs"], lexicon.keys_where("speech_verbs", "quote", "yes"))


def _tokens_text(tokens) -> str:
    """Join tokens as they stood in the text, closing gaps with one space.

    Line breaks and runs of white space become one space, so a phrase fits
    on one line.
    """
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    parts = []
    for k, tok in enumerate(tokens):
        parts.append(tok.text)
        if k + 1 < len(tokens):
            nxt = tokens[k + 1]
            parts.append(tok.whitespace_ if nxt.i == tok.i + 1 else " ")
    return " ".join("".join(parts).split())


def _crosses_lines(tokens) -> bool:
    return any("\n" in t.text or "\n" in t.whitespace_ for t in tokens[:-1])


def _trim(tokens):
    """Sorted tokens without the punctuation, conjunctions and unpaired marks at their ends."""
    tokens = sorted(tokens, key=lambda t: t.i)
    keep_first = _OPENING_QUOTES | {"$", "("}
    keep_last = _CLOSING_QUOTES | {")", "%"}
    while tokens and (
        tokens[0].is_punct and tokens[0].text not in keep_first or tokens[0].dep_ in ("cc", "mark")
    ):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in keep_last or tokens[-1].dep_ == "cc"):
        tokens.pop()
    # a quotation mark or bracket whose partner lies outside the phrase goes
    # (spaCy splits the PTB mark `` into two backticks)
    for opening, closing in ((_OPENING_QUOTES, _CLOSING_QUOTES), ({"("}, {")"})):
        while tokens and tokens[0].text in opening and not any(t.text in closing for t in tokens[1:]):
            tokens.pop(0)
        while tokens and tokens[-1].text in closing and not any(t.text in opening for t in tokens[:-1]):
            tokens.pop()
    return tokens


def _is_infinitive(verb) -> bool:
    """Whether ``verb`` is a bare infinitive ("prices to pay"), with no subject of its own."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _subtree(tok, *, drop=_ARG_DROP, skip=()):
    """The tokens of ``tok``'s phrase, leaving out clauses that get their own triple."""
    out, todo = [], [tok]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(
            c for c in current.children
            if c not in skip and (c.dep_ not in drop or c.dep_ == "relcl" and _is_infinitive(c))
        )
    return out


def _phrase(tok, *, drop=_ARG_DROP, skip=()):
    return _trim(_subtree(tok, drop=drop, skip=skip))


def _is_predicate(tok) -> bool:
    if tok.pos_ == "VERB":
        return tok.dep_ not in ("amod", "compound", "nmod", "npadvmod", "aux", "auxpass")
    if tok.pos_ == "AUX":
        if tok.dep_ in ("aux", "auxpass"):
            return False
        return any(c.dep_ in ANY_SUBJECT_DEPS or c.dep_ in ("attr", "acomp", "prep", "expl") for c in tok.children)
    return False


def _clause_subject(verb, seen=None):
    """The subject token of ``verb`` and whether it was inherited."""
    seen = seen or set()
    if verb.i in seen:
        return None, False
    seen.add(verb.i)
    for child in verb.children:
        if child.dep_ in ANY_SUBJECT_DEPS:
            if child.text.lower() in _REL_PRONOUNS and verb.dep_ == "relcl":
                return _antecedent(verb.head), True
            return child, False
    if verb.dep_ == "relcl":
        return None, False
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subj, _ = _clause_subject(verb.head, seen)
        if verb.dep_ == "xcomp":
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj, True
        return subj, True
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        # "his father was able to start a business"
        subj, _ = _clause_subject(verb.head.head, seen)
        return subj, True
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "programs for dealing with them" takes no subject; "he left after dealing with them" does
        subj, _ = _clause_subject(verb.head.head, seen)
        return subj, True
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        if _is_infinitive(verb):
            return None, False  # "efforts to streamline payrolls": the noun is no subject
        return verb.head, True
    return None, False


def _open_complement(head):
    """The verb of ``head``'s open complement that joins its relation, if any.

    "hopes to complete the transaction" and "was able to start a business"
    make one relation; "asked him to leave" does not, since "him" is the
    subject of "leave".
    """
    if any(c.dep_ in _OBJ_DEPS for c in head.children):
        return None, None
    for child in head.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return None, child
        if child.dep_ == "acomp" and head.pos_ == "AUX":
            x = next((c for c in child.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
            if x is not None:
                return child, x
    return None, None


def _antecedent(noun):
    """The phrase a relative clause is about: the copula's subject for "X is a Y who"."""
    if noun.dep_ == "attr" and noun.head.pos_ == "AUX":
        subj = next((c for c in noun.head.children if c.dep_ in ANY_SUBJECT_DEPS), None)
        if subj is not None:
            return subj
    return noun


def _relation_tokens(verb, words: _Words):
    toks = [verb]
    for child in verb.children:
        if child.dep_ in AUX_DEPS or child.dep_ == "prt":
            toks.append(child)
        elif child.dep_ == "advmod" and child.i < verb.i and child.tag_ not in ("WRB",) and (
            any(a.dep_ in AUX_DEPS and a.i < child.i for a in verb.children)
        ):
            toks.append(child)
        elif (
            child.dep_ == "advmod" and abs(child.i - verb.i) == 1 and child.n_lefts + child.n_rights == 0
            and child.tag_ == "RB" and child.text.lower() not in words.sentence_adverbs
        ):
            # "died suddenly", "strictly maintain": a manner adverb next to the verb
            toks.append(child)
    if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBG", "VB") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    ):
        # "was loved by God and exalted by God": the conjunct shares the auxiliaries
        head = verb.head
        if head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ANY_SUBJECT_DEPS for c in verb.children):
            toks.extend(c for c in head.children if c.dep_ in ("aux", "auxpass"))
    return toks


#: Clauses by how they attach to the sentence, from the most to the least
#: reliable: a main clause is read more often right than a participle.
_CLAUSE_CONFIDENCE = {
    "ROOT": 0.92, "conj": 0.9, "xcomp": 0.85, "relcl": 0.82, "ccomp": 0.8,
    "advcl": 0.8, "acl": 0.72, "pcomp": 0.62,
}


def _confidence(verb, subject, inherited) -> float:
    """A score in [0, 1] that ranks likely-right extractions first.

    Main and coordinated clauses are parsed right more often than
    participles and prepositional clauses; long, pronoun or inherited
    subjects are more often wrong or uninformative. Argument length is left
    out on purpose: long arguments are wrong more often, but they also hold
    more of what the sentence says.
    """
    score = _CLAUSE_CONFIDENCE.get(verb.dep_, 0.65)
    if len(subject) > 8:
        score -= 0.05
    if len(subject) == 1 and subject[0].text.lower() in _PRONOUNS:
        score -= 0.03
    if inherited:
        score -= 0.03
    return round(max(score, 0.4), 2)


def _clause_triples(verb, sentence_text, words: _Words):
    if verb.dep_ == "xcomp":
        governor = verb.head.head if verb.head.dep_ == "acomp" else verb.head
        if _open_complement(governor)[1] == verb:
            return []  # part of its governor's relation
    subj_tok, inherited = _clause_subject(verb)
    if subj_tok is None:
        return []
    if subj_tok.dep_ in ("csubj", "csubjpass"):
        subject = _phrase(subj_tok, drop=frozenset())
    else:
        subject = _phrase(subj_tok, drop=_SUBJECT_DROP, skip=(verb,) if verb.head == subj_tok else ())
    if not subject or (len(subject) == 1 and subject[0].tag_ in ("WDT", "WP")):
        return []  # a relative pronoun the parse did not tie to its noun
    relation = _relation_tokens(verb, words)
    chain = _open_chain(verb, relation)
    objects, extras, clauses = _chain_arguments(chain, relation, subj_tok, words)
    _shared_arguments(verb, subj_tok, inherited, objects, extras)
    extras = [e for e in extras if e]
    objects = [o for o in objects if o]
    if not objects:
        first = _first_after(verb, relation, extras, clauses)
        if first is None:
            return []
        objects.append(first)
    arguments = [subject, *objects, *extras]
    if any(_crosses_lines(a) for a in arguments):
        return []  # a sentence that runs over a paragraph break is misread
    rel_text = _tokens_text(relation)
    conf = _confidence(verb, subject, inherited)
    features = {"rule": "clause", "clause": verb.dep_}
    return [Triple(sentence_text, rel_text, tuple(_tokens_text(a) for a in arguments), conf, features)]


def _open_chain(verb, relation: list) -> list:
    """The verb and its open complements, whose words join ``relation``.

    "hopes to complete the transaction": the open complement's verb joins the relation.
    """
    chain = [verb]
    head = verb
    while True:
        adjective, x = _open_complement(head)
        if x is None:
            break
        if adjective is not None:
            relation.append(adjective)
            relation.extend(
                c for c in adjective.children if c.dep_ in ("advmod", "neg") and c.i < adjective.i
            )
        relation.append(x)
        relation.extend(c for c in x.children if c.dep_ in ("aux", "neg", "prt"))
        chain.append(x)
        head = x
    return chain


def _chain_arguments(chain: list, relation: list, subj_tok, words: _Words) -> tuple[list, list, list]:
    """``(objects, extras, clauses)`` of the verbs of ``chain`` (words may join ``relation``)."""
    objects, extras, clauses = [], [], []
    for member in chain:
        for child in member.children:
            dep = child.dep_
            if child in relation or dep in ANY_SUBJECT_DEPS or child.i == subj_tok.i:
                continue
            if dep == "acomp" and not objects:
                prep = next((c for c in child.children if c.dep_ == "prep" and c.i > child.i), None)
                pobj = prep is not None and next(
                    (c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None
                )
                if pobj:
                    # "is responsible for the attack": the adjective and its preposition relate
                    relation.extend(c for c in child.lefts if c.dep_ in ("advmod", "neg", "npadvmod"))
                    relation.extend((child, prep))
                    objects.append(_phrase(pobj))
                    extras.extend(_phrase(c) for c in child.children if c.dep_ == "prep" and c != prep)
                    continue
                objects.append(_phrase(child))
            elif dep in _OBJ_DEPS or dep in _COMPLEMENT_DEPS:
                objects.append(_phrase(child))
            elif dep == "ccomp":
                if child.i < member.i and member.lemma_ not in words.reporting_verbs:
                    continue  # a clause before its verb is a quotation, or a misparse
                mark = [c for c in child.children if c.dep_ == "mark" and c.i == child.left_edge.i]
                relation.extend(mark)
                objects.append(_phrase(child, drop=frozenset(), skip=mark))
            elif dep in ("prep", "agent") and child.i > member.i:
                extras.append(_phrase(child))
            elif dep == "advcl" and any(c.dep_ in ANY_SUBJECT_DEPS for c in child.children):
                # a full clause has a triple of its own; it is an argument
                # only of a verb that has no other
                if child.i > member.i:
                    clauses.append(child)
            elif dep in ("prep", "npadvmod", "advcl", "agent") or (
                dep == "advmod" and child.i > member.i and child.n_lefts + child.n_rights > 0
            ):
                extras.append(_phrase(child, drop=frozenset()))
    return objects, extras, clauses


def _shared_arguments(verb, subj_tok, inherited: bool, objects: list, extras: list) -> None:
    """Arguments a relative clause or a conjunct takes from its head (added to ``objects``, ``extras``)."""
    if verb.dep_ == "relcl" and not objects:
        # "the match which Keibler lost": the relative pronoun stands for the object
        pronoun_object = any(
            c.dep_ in ("dobj", "pobj") and c.text.lower() in _REL_PRONOUNS for c in verb.children
        )
        if pronoun_object and subj_tok != verb.head:
            objects.append(_phrase(verb.head, skip=(verb,)))
    if verb.dep_ == "conj" and inherited and verb.head.pos_ in ("VERB", "AUX"):
        # "In 1879 he was re-elected and was tipped as a candidate": the
        # conjuncts share what stands before the first one's subject
        first_subject = subj_tok.left_edge.i
        extras.extend(
            _phrase(c, drop=frozenset())
            for c in verb.head.children
            if c.dep_ in ("prep", "npadvmod") and c.i < first_subject
        )


def _first_after(verb, relation: list, extras: list, clauses: list):
    """For a clause with no object: the first argument after the verb becomes it (None: no triple).

    It leaves ``extras``; its preposition (or a clause's conjunction) joins ``relation``.
    """
    after = [e for e in extras if e[0].i > verb.i]
    if not after and clauses:
        # "defined when companies may defend themselves"; "left after he
        # arrived": the clause's conjunction joins the relation
        mark = [c for c in clauses[0].children if c.dep_ == "mark" and c.i < clauses[0].i]
        clause = _phrase(clauses[0], drop=frozenset(), skip=mark)
        if clause:
            relation.extend(mark)
            after = [clause]
            extras.append(clause)
    if not after:
        return None
    first = after[0]
    extras.remove(first)
    if first[0].dep_ in ("prep", "agent") and len(first) > 1:
        relation.append(first[0])
        first = first[1:]
    return first


_NUMERIC_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_NOUN_PREPS = frozenset({"in", "of", "at", "from", "on", "for", "with"})
_NOUN_DROP = frozenset({"relcl", "appos", "acl", "prep", "punct", "cc", "conj"})


def _noun_core(noun, *, skip=()):
    """A noun's phrase without its clauses, prepositional phrases and conjuncts."""
    return _phrase(noun, drop=_NOUN_DROP, skip=skip)


def _be(subject_head) -> str:
    return "are" if subject_head.tag_ in ("NNS", "NNPS") else "is"


def _have(subject_head) -> str:
    return "have" if subject_head.tag_ in ("NNS", "NNPS") else "has"


def _noun_triples(sent, sentence_text):
    """Triples that nouns carry: appositions, possessives, titles, locations.

    The verb ("is" or "are", "has" or "have") agrees with the first
    argument; it stays in the present, as in CaRB's gold extractions.
    """
    out = []

    def add(relation, first, second, confidence, rule):
        if first and second and not _crosses_lines(first) and not _crosses_lines(second):
            arguments = (_tokens_text(first), _tokens_text(second))
            out.append(Triple(sentence_text, relation, arguments, confidence, {"rule": rule}))

    for tok in sent:
        dep, head = tok.dep_, tok.head
        if (
            dep == "appos" and head.pos_ in ("PROPN", "NOUN")
            and tok.ent_type_ not in _NUMERIC_ENTS and head.ent_type_ not in _NUMERIC_ENTS
            and any(t.is_punct for t in tok.doc[min(head.i, tok.i) : max(head.i, tok.i)])
        ):
            # "Christopher Drogoul, the branch's former manager";
            # "Murray , Utah" places one place in another
            places = head.ent_type_ in _PLACE_ENTS and tok.ent_type_ in _PLACE_ENTS
            relation = f"{_be(head)} in" if places else _be(head)
            add(relation, _noun_core(head, skip=(tok,)), _phrase(tok), 0.5, "apposition")
        elif dep == "poss" and tok.pos_ in ("PROPN", "NOUN") and head.pos_ in ("NOUN", "PROPN"):
            # "Italy 's largest bank" -> (Italy, has, largest bank)
            owned = [t for t in _noun_core(head) if t.i > tok.right_edge.i or t.i == head.i]
            owned = [t for t in owned if t.dep_ != "case"]
            owner = [t for t in _noun_core(tok) if t.dep_ != "case"]
            add(_have(tok), owner, owned, 0.2, "possessive")
        elif (
            dep == "compound" and head.pos_ == "PROPN" and tok.pos_ == "NOUN"
            and head.ent_type_ == "PERSON"
        ):
            # "author Bill Bryson" -> (Bill Bryson, is, author)
            name = [t for t in head.subtree if t.ent_type_ == "PERSON" and t.i >= tok.i]
            add(_be(head), name, [t for t in tok.subtree], 0.5, "title")
        elif dep == "prep" and head.pos_ in ("NOUN", "PROPN") and tok.text.lower() in _NOUN_PREPS:
            # "the Glasgow Royal Concert Hall in Scotland" -> (..., is in, Scotland)
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                relation = f"{_be(head)} {tok.text.lower()}"
                add(relation, _noun_core(head), _noun_core(pobj), 0.25, "noun_prep")
    return out


def _sentence_triples(sent, sentence_text, words: _Words):
    triples = []
    for tok in sent:
        if _is_predicate(tok):
            triples.extend(_clause_triples(tok, sentence_text, words))
    triples.extend(_noun_triples(sent, sentence_text))
    seen, unique = set(), []
    for t in triples:
        key = (t.relation, t.arguments)
        if key not in seen:
            seen.add(key)
            unique.append(t)
    return unique


def triples_of(doc_or_span, *, sentence: str | None = None, lexicon: Lexicon | None = None) -> list[Triple]:
    """Every open triple of a parsed sentence, span or document.

    Parameters
    ----------
    doc_or_span : spacy.tokens.Doc or spacy.tokens.Span
        A parsed text. A ``Doc`` is read sentence by sentence.
    sentence : str, optional
        The text to record as each triple's sentence (default: the text of
        the sentence the triple comes from).
    lexicon : Lexicon, optional
        The word lists to read; by default :func:`extract.lexicon.get_lexicon`'s.

    Returns
    -------
    list of Triple
        ``Triple(sentence, relation, (arg1, arg2, ...), confidence)`` in
        sentence order; arguments are phrases of the sentence. ``extra``
        names the rule that made the triple: ``{"rule": "clause", "clause":
        <dependency label of the clause's verb>}``, or ``{"rule": r}`` with
        r one of ``apposition``, ``possessive``, ``title``, ``noun_prep``.
        Clause triples get confidence 0.51 to 0.92, noun-mediated ones 0.2
        to 0.5.

    Raises
    ------
    InputError
        If ``doc_or_span`` is neither a Doc nor a Span, or carries no
        dependency parse.
    """
    from spacy.tokens import Doc, Span

    if isinstance(doc_or_span, Doc):
        doc = doc_or_span
        if len(doc) and not doc.has_annotation("DEP"):
            raise InputError("doc_or_span: the Doc has no dependency parse; run a parser first")
        sents = list(doc.sents) if len(doc) else []
    elif isinstance(doc_or_span, Span):
        doc = doc_or_span.doc
        if len(doc_or_span) and not doc.has_annotation("DEP"):
            raise InputError("doc_or_span: the Span has no dependency parse; run a parser first")
        sents = [doc_or_span]
    else:
        raise InputError(
            f"doc_or_span must be a spaCy Doc or Span, got {type(doc_or_span).__name__}"
        )
    words = _words(lexicon)
    triples = []
    for sent in sents:
        triples.extend(_sentence_triples(sent, sentence if sentence is not None else sent.text.strip(), words))
    return triples


def triples_from_sentences(lines: Iterable[str], *, nlp, batch_size: int = 64) -> Iterator[Triple]:
    """Open triples of one sentence per line, streamed through ``nlp.pipe``.

    Each triple's ``sentence`` is the line exactly as read (without its line
    ending), so it can be printed back. Blank lines give nothing.

    Parameters
    ----------
    lines : iterable of str
        One sentence per line (a file object works).
    nlp : spacy.Language
        A pipeline with a dependency parser.
    batch_size : int
        Passed to ``nlp.pipe``.

    Yields
    ------
    Triple
    """
    if nlp is None or not hasattr(nlp, "pipe"):
        raise InputError(f"nlp must be a loaded spaCy pipeline, got {nlp!r}")

    def stripped():
        for line in lines:
            line = line.rstrip("\r\n")
            if line.strip():
                yield line

    texts = stripped()
    for doc, line in nlp.pipe(((t, t) for t in texts), as_tuples=True, batch_size=batch_size):
        yield from triples_of(doc, sentence=line)


def format_triple(triple: Triple) -> str:
    """One extraction in the common Open IE layout.

    ``sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2[<TAB>arg3...]``;
    tabs and line breaks inside fields become spaces so the layout holds.

    Examples
    --------
    >>> format_triple(Triple("Rebels shelled the town .", "shelled", ("Rebels", "the town"), 0.9))
    'Rebels shelled the town .\\t0.90\\tshelled\\tRebels\\tthe town'
    """

    def clean(text: str) -> str:
        return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    fields = [clean(triple.sentence), f"{triple.confidence:.2f}", clean(triple.relation)]
    fields.extend(clean(a) for a in triple.arguments)
    return "\t".join(fields)
