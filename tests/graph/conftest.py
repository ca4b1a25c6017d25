"""Hand-built facts for graph tests, taken from the test articles' real sentences.

Offsets are found in the real text (``text.index``), so every argument's
``text[start:end]`` is its surface text; ``check_offsets`` verifies it.
The values are what a reader sees in the sentences, not extractor output,
so graph tests do not depend on the extraction code.

Fixtures: ``seed_facts`` (the seed article), ``wikinews_facts`` (two
Wikinews articles sharing entities with it, one with a negated relation),
``corpus_facts`` (all three), ``hostile_facts`` (names and metadata made
to break HTML, IRIs and SPARQL), ``make_relation`` (the helper, to build
more).
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from extract.types import (
    Argument,
    Casualties,
    Document,
    DocumentFacts,
    Entity,
    Event,
    Place,
    Predicate,
    Relation,
    TimeSpan,
)
from tests.conftest import DATA


def _find(text: str, phrase: str, start: int = 0) -> tuple[int, int]:
    at = text.index(phrase, start)
    return at, at + len(phrase)


def make_relation(
    document: Document,
    sentence: str,
    subject: tuple[str, str, str, str],
    predicate: tuple[str, str],
    obj: tuple[str, str, str, str],
    **fields,
) -> Relation:
    """A relation of ``document`` located by its surface strings.

    ``subject`` and ``obj`` are ``(key, label, type, surface text)``;
    ``predicate`` is ``(lemma, surface text)``; ``sentence`` must occur in
    the text verbatim; surfaces are searched for inside the sentence.
    ``subject_resolved``/``object_resolved`` set ``resolved_from``;
    other keyword arguments go to :class:`Relation`.
    """
    sentence_start, _ = _find(document.text, sentence)
    resolved = {"subject": fields.pop("subject_resolved", None), "object": fields.pop("object_resolved", None)}

    def argument(spec, role) -> Argument:
        key, label, type_, surface = spec
        start, end = _find(document.text, surface, sentence_start)
        return Argument(key=key, label=label, type=type_, text=surface, start=start, end=end,
                        resolved_from=resolved[role])

    lemma, surface = predicate
    p_start, p_end = _find(document.text, surface, sentence_start)
    return Relation(
        doc_id=document.id,
        subject=argument(subject, "subject"),
        predicate=Predicate(lemma=lemma, text=surface, start=p_start, end=p_end),
        object=argument(obj, "object"),
        sentence=sentence,
        sentence_start=sentence_start,
        **fields,
    )


def check_offsets(facts: DocumentFacts) -> None:
    text = facts.document.text
    for r in facts.relations:
        assert text[r.sentence_start:r.sentence_start + len(r.sentence)] == r.sentence
        assert text[r.subject.start:r.subject.end] == r.subject.text
        assert text[r.predicate.start:r.predicate.end] == r.predicate.text
        assert text[r.object.start:r.object.end] == r.object.text


@pytest.fixture(scope="session", name="make_relation")
def make_relation_fixture():
    return make_relation


# CAMEO root codes: 19 "Fight", 11 "Disapprove", 10 "Demand".
FIGHT = Event(code="190", root="19", label="Use conventional military force", quad_class="material conflict")
ACCUSE = Event(code="112", root="11", label="Accuse", quad_class="verbal conflict")
DEMAND = Event(code="100", root="10", label="Demand", quad_class="verbal conflict")

TRUMP = ("donald trump", "Donald Trump", "PERSON")
SYRIA = ("syria", "Syria", "GPE")
ISRAEL = ("israel", "Israel", "GPE")
RUSSIA = ("russia", "Russia", "GPE")


@pytest.fixture(scope="session")
def seed_document(seed_text) -> Document:
    return Document(id="seed", text=seed_text, source="AFP", date="2019-06-03",
                    title="Regime bombardments kill six civilians in Syria")


@pytest.fixture(scope="session")
def seed_facts(seed_document) -> DocumentFacts:
    """Six relations of the seed article, read from its sentences."""
    d = seed_document
    relations = (
        make_relation(
            d, "Bombardments by the Syrian regime killed six civilians in northwest Syria Monday",
            ("syrian regime", "Syrian regime", "ORG", "Syrian regime"), ("kill", "killed"),
            ("concept:civilian", "six civilians", "CONCEPT", "six civilians"),
            confidence=0.9, event=FIGHT, time=TimeSpan("Monday", "2019-06-03", "2019-06-03"),
            place=Place("northwest Syria"), casualties=Casualties(killed=6, victims="civilians"),
        ),
        make_relation(
            d, "US President Donald Trump urged Damascus and its allies to “stop bombing the hell”",
            (*TRUMP, "Donald Trump"), ("urge", "urged"), ("damascus", "Damascus", "GPE", "Damascus"),
            confidence=0.8, complement="to “stop bombing the hell”", event=DEMAND,
        ),
        make_relation(
            d, "Washington’s Israeli ally carried out a series of strikes against Syria over the weekend",
            (*ISRAEL, "Israeli ally"), ("carry out", "carried out"),
            ("concept:strike", "a series of strikes", "CONCEPT", "a series of strikes"),
            confidence=0.6, event=FIGHT, subject_resolved="Washington’s Israeli ally",
            time=TimeSpan("over the weekend"),
        ),
        make_relation(
            d, "The Kremlin insisted Monday that the Russian army was only targeting “terrorists” in Syria’s "
               "Idlib region",
            ("russian army", "Russian army", "ORG", "Russian army"), ("target", "targeting"),
            ("concept:terrorist", "terrorists", "CONCEPT", "terrorists"),
            confidence=0.5, attributed_to="The Kremlin", modality="asserted",
        ),
        make_relation(
            d, "Syria accused Israel of targeting an airbase in Homs province overnight",
            (*SYRIA, "Syria"), ("accuse", "accused"), (*ISRAEL, "Israel"),
            confidence=0.9, event=ACCUSE,
        ),
        make_relation(
            d, "Syria accused Israel of targeting an airbase in Homs province overnight, reportedly killing "
               "five people",
            (*ISRAEL, "Israel"), ("kill", "killing"), ("concept:people", "five people", "CONCEPT", "five people"),
            confidence=0.4, event=FIGHT, casualties=Casualties(killed=5, qualifier="reportedly"),
            place=Place("Homs province", geonames_id=169575, lat=34.73, lon=36.72),
        ),
    )
    entities = (
        Entity(*TRUMP, aliases=("Trump", "US President Donald Trump"), mentions=3, actor_code="USAGOV"),
        Entity(*SYRIA, aliases=("Syria’s",), mentions=11, actor_code="SYR", geonames_id=163843, lat=35.0, lon=38.0),
        Entity(*ISRAEL, aliases=("Israeli",), mentions=4, actor_code="ISR"),
        Entity(*RUSSIA, aliases=("Russian",), mentions=3, actor_code="RUS"),
        Entity("damascus", "Damascus", "GPE", mentions=3),
        Entity("syrian regime", "Syrian regime", "ORG", aliases=("regime",), mentions=1),
        Entity("russian army", "Russian army", "ORG", mentions=1),
        Entity("idlib", "Idlib", "GPE", aliases=("Idlib province",), mentions=5),
        Entity("syrian observatory for human rights", "Syrian Observatory for Human Rights", "ORG", mentions=1),
    )
    facts = DocumentFacts(d, entities, relations)
    check_offsets(facts)
    return facts


def _wikinews(doc_id: str) -> Document:
    with open(DATA / "wikinews_sample.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] == doc_id:
                return Document(id=record["id"], text=record["text"], title=record.get("title"),
                                url=record.get("url"), date=record.get("date"), source="Wikinews")
    raise LookupError(doc_id)


@pytest.fixture(scope="session")
def wikinews_facts() -> list[DocumentFacts]:
    """Two Wikinews articles: Russia and Trump are named in the seed too."""
    aleppo = _wikinews("wikinews:5e946305f6ec")
    withdrawal = _wikinews("wikinews:3978c8f76bc8")
    aleppo_facts = DocumentFacts(
        aleppo,
        (
            Entity(*RUSSIA, mentions=2),
            Entity(*SYRIA, mentions=4),
            Entity("aleppo", "Aleppo", "GPE", mentions=2),
            Entity("china", "China", "GPE", mentions=1),
            Entity("iran", "Iran", "GPE", mentions=1),
        ),
        (
            make_relation(
                aleppo, "The district was recaptured by the state in 2016 following heavy bombing, in an "
                        "operation supported by Russia",
                (*RUSSIA, "Russia"), ("support", "supported"),
                ("concept:operation", "an operation", "CONCEPT", "an operation"),
                confidence=0.7, time=TimeSpan("in 2016", "2016-01-01", "2016-12-31"),
            ),
            make_relation(
                aleppo, "China, Iran, and Russia have pledged funds",
                (*RUSSIA, "Russia"), ("pledge", "pledged"), ("concept:fund", "funds", "CONCEPT", "funds"),
                confidence=0.6,
            ),
            make_relation(
                aleppo, "China, Iran, and Russia have pledged funds",
                ("china", "China", "GPE", "China"), ("pledge", "pledged"),
                ("concept:fund", "funds", "CONCEPT", "funds"), confidence=0.6,
            ),
        ),
    )
    withdrawal_facts = DocumentFacts(
        withdrawal,
        (
            Entity(*TRUMP, aliases=("Trump", "the United States President Donald Trump"), mentions=7),
            Entity("united states", "United States", "GPE", aliases=("US",), mentions=7),
            Entity("isis", "ISIS", "ORG", mentions=14),
            Entity("syrian democratic forces", "Syrian Democratic Forces", "ORG", aliases=("SDF",), mentions=8),
            Entity("recep tayyip erdoğan", "Recep Tayyip Erdoğan", "PERSON", aliases=("Erdogan",), mentions=3),
            Entity("turkey", "Turkey", "GPE", mentions=8),
            Entity(*SYRIA, mentions=9),
        ),
        (
            make_relation(
                withdrawal, "the Syrian Democratic Forces (SDF), opposed the withdrawal",
                ("syrian democratic forces", "Syrian Democratic Forces", "ORG", "Syrian Democratic Forces"),
                ("oppose", "opposed"), ("concept:withdrawal", "the withdrawal", "CONCEPT", "the withdrawal"),
                confidence=0.8,
            ),
            make_relation(
                withdrawal, 'The "United States" is not holding any ISIS detainees.',
                ("united states", "United States", "GPE", "United States"), ("hold", "holding"),
                ("concept:detainee", "ISIS detainees", "CONCEPT", "ISIS detainees"),
                negated=True, confidence=0.7,
            ),
            make_relation(
                withdrawal, "The statement also said US troops had defeated ISIS",
                ("concept:troop", "US troops", "CONCEPT", "US troops"), ("defeat", "defeated"),
                ("isis", "ISIS", "ORG", "ISIS"), attributed_to="The statement", event=FIGHT, confidence=0.6,
            ),
        ),
    )
    for facts in (aleppo_facts, withdrawal_facts):
        check_offsets(facts)
    return [aleppo_facts, withdrawal_facts]


@pytest.fixture(scope="session")
def corpus_facts(seed_facts, wikinews_facts) -> list[DocumentFacts]:
    return [seed_facts, *wikinews_facts]


#: Names made to break HTML, JavaScript, IRIs, Turtle and SPARQL.
HOSTILE_NAMES = (
    "<img src=x onerror=alert(1)>",
    "</script><script>alert('x')</script>",
    'He said "stop" & left',
    "Dar'ā 北京 Ünïcödé",
    "two  spaces\tand tab",
    "<>{}|\\^`",
    "100% sure #frag ?q=1 /slash",
    "} ; DROP GRAPH <urn:x> . {",
)


@pytest.fixture(scope="session")
def hostile_facts() -> DocumentFacts:
    """One document whose id, metadata, entity names and lemmas are hostile."""
    names = HOSTILE_NAMES
    lines = [f"{names[i]} attacked {names[i + 1]}." for i in range(len(names) - 1)]
    text = "\n".join(lines) + "\n"
    document = Document(
        id='doc <1> "quoted" é/%20 #x',
        text=text,
        title="</title><script>alert(1)</script>",
        url="javascript:alert('x')",
        date="not a date",
        source='"AFP" & <Reuters>',
    )
    types = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "CONCEPT")
    entities = tuple(
        Entity(key=name.casefold(), label=name, type=types[i % len(types)], aliases=(name.upper(), f"«{name}»"),
               mentions=1 + (i < len(names) - 1))
        for i, name in enumerate(names)
    )
    relations = []
    for i, line in enumerate(lines):
        s, o = names[i], names[i + 1]
        lemma = "attack" if i % 2 == 0 else "attack <b>&\"'</b>"
        relations.append(make_relation(
            document, line,
            (s.casefold(), s, types[i % len(types)], s), (lemma, "attacked"),
            (o.casefold(), o, types[(i + 1) % len(types)], o),
            complement="</textarea>\"'", attributed_to="<b>x</b>",
        ))
    facts = DocumentFacts(document, entities, tuple(relations))
    check_offsets(facts)
    return facts


# -- the actor layer and modality (issue 11): invented sentences --------------

ARREST = Event(code="173", root="17", label="Arrest, detain, or charge with legal action",
               quad_class="material conflict")
SIGN = Event(code="057", root="05", label="Sign formal agreement", quad_class="verbal cooperation")

ACTOR_TEXT = (
    "A Kenyan court jailed a Somali student on Tuesday. "
    "Kenya and Ethiopia signed a border deal. "
    "Polish lawmakers could reject the treaty. "
    "Police did not arrest the protesters.\n"
)


def _coded(relation: Relation, subject: tuple | None = None, obj: tuple | None = None) -> Relation:
    """``relation`` with the arguments' ``(actor_code, actor_confidence)`` set."""
    changes = {}
    if subject is not None:
        changes["subject"] = dataclasses.replace(relation.subject, actor_code=subject[0], actor_confidence=subject[1])
    if obj is not None:
        changes["object"] = dataclasses.replace(relation.object, actor_code=obj[0], actor_confidence=obj[1])
    return dataclasses.replace(relation, **changes)


def build_actor_facts() -> DocumentFacts:
    """Generic actors (ACTOR nodes with country and role), a mutual event and two non-asserted relations."""
    d = Document(id="actors", text=ACTOR_TEXT, date="2024-05-07", title="Courts, deals and lawmakers")
    court = ("actor:kenjud", "Kenya: judiciary", "ACTOR", "A Kenyan court")
    student = ("actor:somedu", "Somalia: education", "ACTOR", "a Somali student")
    kenya, ethiopia = ("kenya", "Kenya", "GPE", "Kenya"), ("ethiopia", "Ethiopia", "GPE", "Ethiopia")
    lawmakers = ("actor:polleg", "Poland: legislature", "ACTOR", "Polish lawmakers")
    police = ("actor:cop", "police", "ACTOR", "Police")
    signed = "Kenya and Ethiopia signed a border deal"
    relations = (
        _coded(make_relation(d, "A Kenyan court jailed a Somali student on Tuesday", court, ("jail", "jailed"),
                             student, confidence=0.8, event=ARREST, modality="asserted"),
               ("KENJUD", 0.8), ("SOMEDU", 0.8)),
        _coded(make_relation(d, signed, kenya, ("sign", "signed"), ethiopia, confidence=0.7, event=SIGN,
                             modality="asserted", mutual=True), ("KEN", 1.0), ("ETH", 1.0)),
        _coded(make_relation(d, signed, ethiopia, ("sign", "signed"), kenya, confidence=0.7, event=SIGN,
                             modality="asserted", mutual=True), ("ETH", 1.0), ("KEN", 1.0)),
        _coded(make_relation(d, "Polish lawmakers could reject the treaty", lawmakers, ("reject", "reject"),
                             ("concept:treaty", "the treaty", "CONCEPT", "the treaty"), confidence=0.6,
                             modality="hypothetical", modality_cue="could"), ("POLLEG", 0.8)),
        _coded(make_relation(d, "Police did not arrest the protesters", police, ("arrest", "arrest"),
                             ("concept:protester", "the protesters", "CONCEPT", "the protesters"),
                             confidence=0.6, negated=True, modality="negated", modality_cue="not"),
               ("COP", 0.5)),
    )
    entities = (
        Entity("actor:kenjud", "Kenya: judiciary", "ACTOR", aliases=("Kenyan court",), actor_code="KENJUD",
               country="kenya", role="JUD"),
        Entity("actor:somedu", "Somalia: education", "ACTOR", aliases=("Somali student",), actor_code="SOMEDU",
               country="somalia", role="EDU"),
        Entity("kenya", "Kenya", "GPE", actor_code="KEN", mentions=3),
        Entity("ethiopia", "Ethiopia", "GPE", actor_code="ETH"),
        Entity("actor:polleg", "Poland: legislature", "ACTOR", aliases=("Polish lawmakers",), actor_code="POLLEG",
               country="poland", role="LEG"),
        Entity("actor:cop", "police", "ACTOR", aliases=("Police",), actor_code="COP", role="COP"),
    )
    facts = DocumentFacts(d, entities, relations)
    check_offsets(facts)
    return facts


@pytest.fixture(scope="session")
def actor_facts() -> DocumentFacts:
    """:func:`build_actor_facts`."""
    return build_actor_facts()
