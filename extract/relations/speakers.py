"""The speaker of a quotation: whom "I" and "we" inside it stand for.

'"We strongly urge Iraqi leaders to reconsider," the spokesperson, Morgan
Ortagus, said': the first person of a direct quotation is its speaker, as
a reader and an event coder take it. Coreference (:mod:`extract.coref`)
resolves nothing inside a quotation; this module reads only the first
person, and only where the quotation's own sentences name one speaker:

- the quotation is a run of tokens inside quotation marks (the
  document-level reading of :mod:`extract.coref`, so a quotation may span
  sentences);
- its speaker is the subject of a verb of saying (``data/speech_verbs.tsv``)
  outside every quotation, in the sentence where the quotation opens or the
  one where it closes ('X said: "..."', '"...," X said', '"...," he said,
  "..."');
- that subject is a named mention, or a pronoun or description coreference
  resolved to one entity;
- exactly one entity speaks there, or, of several, exactly one speaks by
  the verb the quotation hangs on ('X told Y that Z said "..."' is Z's);
  'X and Y said "..."' gives none, and so does a speaker no one is resolved
  to beside a named one (:func:`rival_speakers` tells the event fields so).

"I" and "me" take the speaker. "We" and "us" stand for the speaker's side,
which CAMEO coders code by the speaker's affiliation. They take the speaker
when it is a body ('"We condemn the attack," the ministry said') or a person
whose code names a body that speaks as one (:data:`BODY_ROLES`: a government
spokesperson, a police officer, a rebel commander speak for it), or a person
no code describes (most often an official whose title the tables lack). A
senator's, a candidate's or an activist's "we" (``LEG``, ``PTY``, ``ELI``,
``OPP``, or a country alone) may be the party, the chamber or the nation,
and an edge from the person would say what the person did not do: it stays
unresolved, and the event fields give it the speaker's country alone
(:func:`extract.events.fields._speaker_code`, from
:func:`recorded_speaker`). A quotation with no such verb (a tweet quoted on
its own) or two speakers gives none. Further cues are in
:mod:`extract.relations.quotation_cues`: an inverted attribution the parser misread, a lead-in
sentence before a quotation with no attribution, a speaker "he" or "she" coreference left
unresolved, and a quotation that names a thing (a title) and has no speaker. Besides the verbs of saying, the verbs
of ``data/quotation_verbs.txt`` name a speaker beside a quotation ('"...,"
Graham continued'), and so do the subject of a verb whose object is a statement
noun ('X issued a statement: "..."', ``data/statement_nouns.txt``) and the
object of "according to"; a participle or infinitive of saying with no
subject takes its head's ("X made the point, writing", "X went on to add").
Conjoined subjects ("X and Y said") are two
speakers. A quotation whose sentences name no speaker continues the
quotations of the sentence right before it in the same paragraph, unless a
verb of saying stands in its sentences
('"...," X said. "I ..."'); a new paragraph does not.
"""

from __future__ import annotations

from spacy.attrs import IDX, IS_QUOTE

from ..coref import _quoted_spans
from ..doccache import cache_of, doc_text, sentence_bounds, token_column
from ..lexicon import Lexicon
from .quotation_cues import governing_verbs, inverted_name, lead_in_subject, names_a_thing, pronoun_speaker

__all__ = [
    "BODY_ROLES", "FIRST_PERSON", "FIRST_PERSON_POSSESSIVES", "body_role", "quotation_runs", "quotation_speaker",
    "quoted_speaker", "recorded_speaker", "rival_speakers", "speaking_subjects",
]

#: The first-person pronouns a quotation's speaker stands behind (subject and object forms).
FIRST_PERSON = frozenset({"i", "me", "we", "us"})
_PLURAL = frozenset({"we", "us"})
#: First-person possessives: whose "our troops" are (read by :mod:`extract.relations.possessors` only).
FIRST_PERSON_POSSESSIVES = frozenset({"our", "my"})
# Entity types that speak as a body: their "we" is themselves.
_BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})
#: Roles of a body that speaks as one (CAMEO role codes): a spokesperson's, an officer's or a
#: commander's "we" is their government, police, army, court, movement, company or outlet.
BODY_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "REB", "INS", "UAF", "BUS", "MED", "HLH", "EDU"})


def body_role(code: str | None, lexicon: Lexicon) -> bool:
    """Does the actor ``code`` (``USAGOV``, ``GOV``) name a role of :data:`BODY_ROLES`?"""
    if not code:
        return False
    role = code[3:] if lexicon.countries.by_alpha3.get(code[:3]) is not None else code
    return role[:3] in BODY_ROLES

_SUBJECT_DEPS = frozenset({"nsubj"})
# A quotation of fewer tokens is a term or a title ("the 'I' in team"), not speech.
_MIN_QUOTATION = 3


def quotation_runs(doc) -> dict[int, tuple[int, int]]:
    """Token index -> ``(first, last)`` token indices of the quotation it lies in (once per Doc)."""
    memo = cache_of(doc).memo("quotation_runs")
    found = memo.get(None)
    if found is not None:
        return found
    inside = _quoted_spans(doc_text(doc))
    runs: dict[int, tuple[int, int]] = {}
    start = None
    # each token's offset and quote flag read as columns: no Token is made
    for i, (idx, is_quote) in enumerate(zip(token_column(doc, IDX), token_column(doc, IS_QUOTE))):
        quoted = inside(idx) and not is_quote
        if quoted and start is None:
            start = i
        elif not quoted and start is not None:
            _add_run(runs, start, i - 1)
            start = None
    if start is not None:
        _add_run(runs, start, len(doc) - 1)
    memo[None] = runs
    return runs


def _add_run(runs: dict[int, tuple[int, int]], first: int, last: int) -> None:
    if last - first + 1 >= _MIN_QUOTATION:
        for i in range(first, last + 1):
            runs[i] = (first, last)


def _speech_verbs(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.keys_where("speech_verbs", "quote", "yes") | lexicon.keys_where("speech_verbs", "claim", "yes")


def _introduces(verb, runs, speech: frozenset[str], lexicon: Lexicon) -> bool:
    """Is ``verb`` a verb of saying outside the quotations, or a verb of ``data/quotation_verbs.txt``
    with nothing but the quotation for its object ('"...," Graham continued'; not "Kenyatta
    continued his tour as crowds chanted '...'")?"""
    if verb.i in runs or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in speech:
        return True
    return lemma in lexicon.word_sets["quotation_verbs"] and not any(
        c.dep_ in _OBJECT_DEPS and c.i not in runs for c in verb.children)


_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "xcomp"})


def _speaker_key(subject, index, first: int, last: int, lexicon: Lexicon | None = None) -> str | None:
    """The entity a verb of saying's subject names: a mention, a reference to one entity, or the
    name in apposition to a common noun ("a spokesperson, Morgan Ortagus, said").

    A pronoun's entity is refused where the pronoun could not stand for it: an entity named in
    the quotation itself ('"... Bloody hell, we've got a drummer", he recalled'), or named
    elsewhere in the pronoun's own sentence other than as a subject ("Speaking to Martin Smith
    of PBS, he said": he is not Martin Smith; "Morgan Ortagus indicated ...: '...,' she said" may be).
    Given the ``lexicon``, a "he" or "she" coreference left unresolved, or resolved to a name inside
    the quotation, may take the one person the sentence before names
    (:func:`~extract.relations.quotation_cues.pronoun_speaker`).
    """
    mention = index.mention_at(subject.i)
    if mention is not None:
        return mention.key
    ref = index.reference_at(subject.i)
    if ref is not None:
        if len(ref.keys) != 1:
            return None
        key = ref.keys[0]
        doc, sent = subject.doc, subject.sent
        for i in range(min(first, sent.start), max(last + 1, sent.end)):
            named = index.mention_at(i)
            if named is None or named.key != key:
                continue
            if first <= i <= last and lexicon is not None:
                # 'Lopez was devastated. "I thank Tom Baker," she recalls': "she" is no one named inside
                return pronoun_speaker(subject, (first, last), quotation_runs(doc), index, lexicon, resolved=True)
            if first <= i <= last or doc[i].dep_ not in _NAMING_DEPS:
                return None
        return key
    named = {index.mention_at(c.i).key for c in subject.children if c.dep_ == "appos" and index.mention_at(c.i)}
    if not named and lexicon is not None:
        return pronoun_speaker(subject, (first, last), quotation_runs(subject.doc), index, lexicon)
    return named.pop() if len(named) == 1 else None


# Where a name may stand in the sentence of a pronoun that refers to it: a subject, or its apposition.
_NAMING_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "compound"})


def quoted_speaker(doc, tok, index, lexicon: Lexicon) -> str | None:
    """The entity key the first-person ``tok`` of a quotation stands for, or None.

    "I" and "me" stand for the quotation's one named speaker; "we" and "us" for a speaker that
    is a body (an organisation, a country) or a person with no code or a role of
    :data:`BODY_ROLES`, not for a person whose code names another role or a country alone.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    tok : spacy.tokens.Token
        A token of ``doc``; only "I", "me", "we" and "us" inside a quotation are read.
    index : EntityIndex
        The document's mentions and references.
    lexicon : Lexicon
        Its ``speech_verbs`` table and ``quotation_verbs`` list name the verbs of saying.
    """
    key = quotation_speaker(doc, tok, index, lexicon)
    if key is None or tok.lower_ not in _PLURAL:
        return key
    entity = index[key] if key in index else None
    if entity is None:
        return None
    if entity.type in _BODY_TYPES or not entity.actor_code:
        return key  # a body; or a person nothing codes, read as main reads "I" (a spokesperson, an officer)
    return key if body_role(entity.actor_code, lexicon) else None


def recorded_speaker(doc, tok) -> str | None:
    """The speaker :func:`quotation_speaker` found for ``tok`` on this Doc, or None if never asked.

    The relation layer asks for every first-person argument it reads, so the event fields read
    the speaker of a "we" the relations left unresolved here, without a second entity index.
    """
    return cache_of(doc).memo("quotation_speakers").get(tok.i)


def quotation_speaker(doc, tok, index, lexicon: Lexicon) -> str | None:
    """The entity key of the speaker whose quotation holds the first-person ``tok``, or None.

    Parameters are those of :func:`quoted_speaker`; the speaker is returned whatever its type.
    """
    memo = cache_of(doc).memo("quotation_speakers")
    if tok.i in memo:
        return memo[tok.i]
    key = _quotation_speaker(doc, tok, index, lexicon)
    memo[tok.i] = key
    return key


def _quotation_speaker(doc, tok, index, lexicon: Lexicon) -> str | None:
    if tok.lower_ not in FIRST_PERSON and tok.lower_ not in FIRST_PERSON_POSSESSIVES or tok.pos_ != "PRON":
        return None
    runs = quotation_runs(doc)
    run = runs.get(tok.i)
    if run is None:
        return None
    if names_a_thing(doc, run, runs):
        return None  # a title: 'his event, "They Can't Stop All of Us", was posted'
    keys = _run_speakers(doc, run, runs, index, lexicon)
    if not keys and not _speaks(doc, run, runs, lexicon):
        keys = _continued_speakers(doc, run, runs, index, lexicon)
        if not keys:
            lead = lead_in_subject(doc, run, runs, index, lexicon)
            keys = {_speaker_key(lead, index, *run)} if lead is not None else keys
    if len(keys) > 1 or None in keys:
        cache_of(doc).memo("quotation_rivals")[tok.i] = True
    return keys.pop() if len(keys) == 1 and None not in keys else None


def rival_speakers(doc, tok) -> bool:
    """Did :func:`quotation_speaker` find two speakers, or an unnamed one beside a name, for ``tok``?

    The event fields then give an unresolved "I" no speaker's code ('X and Y said: "I ..."').
    """
    return bool(cache_of(doc).memo("quotation_rivals").get(tok.i))


def _run_speakers(doc, run: tuple[int, int], runs, index, lexicon: Lexicon) -> set:
    """The keys of everyone the sentences of ``run`` name as speaking (None for an unnamed one).

    Where several speak, the speakers of the verbs the quotation hangs on are the ones, if those
    verbs name any ('X said Y told him: "..."' is Y's quotation).
    """
    first, last = run
    keys: set = set()
    governing: set = set()
    for subject, governs in speaking_subjects(doc, run, runs, index, lexicon):
        key = _speaker_key(subject, index, first, last, lexicon)  # None: unnamed, a rival all the same
        keys.add(key)
        if governs:
            governing.add(key)
    return governing if len(keys) > 1 and governing else keys


def speaking_subjects(doc, run: tuple[int, int], runs, index, lexicon: Lexicon) -> list:
    """``(subject, governs)`` for each speaker the sentences of ``run`` name, outside the quotations:
    the subject of a verb of saying or of issuing a statement, or the object of "according to";
    ``governs`` is True when the quotation hangs on that verb. Conjoined subjects ("X and Y said")
    are two speakers."""
    first, last = run
    lo, hi = sentence_bounds(doc, first)[0], sentence_bounds(doc, last)[1]
    speech = _speech_verbs(lexicon)
    heads = governing_verbs(doc, run, runs)
    found = []
    for tok in doc[lo:hi]:
        if tok.i in runs:
            continue
        if _introduces(tok, runs, speech, lexicon) or _issues_statement(tok, runs, lexicon):
            speakers = _subjects(tok, runs) or _inverted(tok, runs, index)
        else:
            speakers = _according_to(tok, runs)
        found += [(s, tok.i in heads) for speaker in speakers for s in (speaker, *speaker.conjuncts)]
    return found


def _inverted(verb, runs, index) -> list:
    """The name before a verb of saying that the parser left with no subject (:func:`inverted_name`)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    name = inverted_name(verb, runs, index)
    return [name] if name is not None else []


def _subjects(verb, runs) -> list:
    """The subjects of a verb of saying outside the quotations; a participle, an infinitive or a
    conjunct with none takes its head's ("Ford made this point, writing", "went on to add")."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i not in runs]
        if subjects or verb.dep_ not in _SHARED_SUBJECT_DEPS or verb.head is verb:
            return subjects
        verb = verb.head
    return []


# A verb that shares its head's subject when it has none of its own.
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "xcomp", "conj"})


def _speaks(doc, run: tuple[int, int], runs, lexicon: Lexicon) -> bool:
    """Do the sentences of ``run`` hold a verb of saying (its speaker there, named or not)?"""
    speech = _speech_verbs(lexicon)
    return any(_introduces(tok, runs, speech, lexicon) or _issues_statement(tok, runs, lexicon)
               for tok in doc[doc[run[0]].sent.start:doc[run[1]].sent.end] if tok.i not in runs)


def _continued_speakers(doc, run: tuple[int, int], runs, index, lexicon: Lexicon) -> set:
    """The speakers of a quotation whose own sentences name none, continuing the quotations of the
    sentence right before it in the same paragraph ('"...," X said. "I ..."': a new speaker is named).
    """
    lo = doc[run[0]].sent.start
    if lo == 0:
        return set()
    before = doc[lo - 1].sent
    end = max((t for t in before if not t.is_space), key=lambda t: t.i, default=before[0])
    if "\n" in doc_text(doc)[end.idx + len(end):doc[run[0]].idx]:  # a new paragraph
        return set()
    previous = {runs[i] for i in range(before.start, before.end) if i in runs}
    return {key for prior in previous for key in _run_speakers(doc, prior, runs, index, lexicon)} if previous else set()


def _issues_statement(verb, runs, lexicon: Lexicon) -> bool:
    """Is ``verb`` outside the quotations a verb whose direct object is a statement noun
    (``data/statement_nouns.txt``: 'X issued a statement: "..."', 'X posted a message: "..."')?"""
    if verb.pos_ != "VERB":
        return False
    nouns = lexicon.word_sets["statement_nouns"]
    return any(c.dep_ in ("dobj", "obj") and c.i not in runs and c.lower_ in nouns for c in verb.children)


def _according_to(tok, runs) -> list:
    """The object of "according to" outside the quotations ('According to X, "..."'), or []."""
    if tok.lower_ != "according":
        return []
    return [g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj" and g.i not in runs]
