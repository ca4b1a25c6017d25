"""The actor layer of issue 11 (extract/actors/): generic actors, named people, codes from the mention.

Each sentence is invented for the test; expected codes come from its words.
"""

from __future__ import annotations

import pytest

from extract.actors import (
    ActorCode,
    actor_key,
    actor_label,
    coreferent,
    dictionary_code,
    generic_actor_codes,
    with_country,
)
from extract.facts import extract_document
from extract.lexicon import get_lexicon
from extract.types import Document


@pytest.fixture(scope="module")
def lexicon():
    return get_lexicon()


def _facts(nlp, text, date="2019-06-01"):
    return extract_document(Document(id="t", text=text, date=date), nlp=nlp)


def _relation(facts, lemma):
    found = [r for r in facts.relations if r.predicate.lemma == lemma]
    assert found, [r.predicate.lemma for r in facts.relations]
    return found[0]


def _phrase_codes(nlp, lexicon, text, phrase):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase))
    return [(f.code, f.source) for f in generic_actor_codes(span, date=None, lexicon=lexicon)]


# --------------------------------------------------------------------------
# class 1: generic actors (country + agent noun)


def test_kenyan_court_jails_somali_student(nlp):
    facts = _facts(nlp, "A Kenyan court jailed a Somali student.")
    jail = _relation(facts, "jail")
    assert (jail.subject.key, jail.subject.type, jail.subject.actor_code) == ("actor:kenjud", "ACTOR", "KENJUD")
    assert (jail.object.key, jail.object.actor_code) == ("actor:somedu", "SOMEDU")
    assert jail.subject.label == "Kenya: judiciary"
    assert jail.event.root == "17"
    court = next(e for e in facts.entities if e.key == "actor:kenjud")
    assert (court.type, court.country, court.role) == ("ACTOR", "kenya", "JUD")
    assert court.aliases == ("A Kenyan court",)


def test_one_actor_node_per_code_per_document(nlp):
    facts = _facts(nlp, "Kenyan police arrested two smugglers. Kenyan police later freed a journalist.")
    actors = [e for e in facts.entities if e.type == "ACTOR"]
    assert [e.key for e in actors] == ["actor:kencop"]
    assert actors[0].mentions == 2


@pytest.mark.parametrize(
    "text, phrase, codes",
    [
        ("Polish lawmakers approved the treaty.", "Polish lawmakers", [("POLLEG", "adjective")]),
        ("Egypt's foreign minister flew to Oslo.", "Egypt's foreign minister", [("EGYGOV", "possessive")]),
        ("The parliament of Estonia met on Friday.", "The parliament", [("ESTLEG", "of")]),
        ("French and German activists marched.", "French and German activists",
         [("FRAOPP", "coordinated"), ("DEUOPP", "coordinated")]),
        ("The Peruvian army moved north.", "The Peruvian army", [("PERMIL", "adjective")]),
        # no country named: the role alone, never a guessed country
        ("Rebels seized the town.", "Rebels", [("REB", "role")]),
        ("The police closed the road.", "The police", [("COP", "role")]),
        # no agent noun: no actor; a place noun is no agent
        ("A Kenyan painting was sold.", "A Kenyan painting", []),
        ("He moved to a U.S. state last year.", "a U.S. state", []),
    ],
)
def test_generic_actor_codes(nlp, lexicon, text, phrase, codes):
    assert _phrase_codes(nlp, lexicon, text, phrase) == codes


def test_role_without_country_stays_a_concept(nlp):
    rel = _relation(_facts(nlp, "Rebels attacked a convoy of Nigerian soldiers."), "attack")
    assert rel.subject.type == "CONCEPT" and rel.subject.actor_code == "REB"
    assert rel.subject.actor_confidence == 0.5
    assert not any(e.key == "actor:reb" for e in _facts(nlp, "Rebels attacked the town.").entities)


def test_actor_label_and_key(lexicon):
    assert actor_key("KENJUD") == "actor:kenjud"
    assert actor_label("KENJUD", "KEN", "JUD", lexicon=lexicon) == "Kenya: judiciary"
    assert actor_label("EGYGOVMED", "EGY", "GOVMED", lexicon=lexicon) == "Egypt: government, media"
    assert actor_label("REB", None, None, lexicon=lexicon) == "REB"


# --------------------------------------------------------------------------
# class 2: named people and bodies, by the article's date


def test_named_person_code_at_the_article_date(nlp):
    rel = _relation(_facts(nlp, "Vladimir Putin criticised Estonia on Tuesday.", date="2019-03-05"), "criticise")
    assert (rel.subject.key, rel.subject.actor_code) == ("vladimir putin", "RUSGOV")
    assert rel.subject.actor_confidence == 0.9


def test_dictionary_dates(lexicon):
    assert dictionary_code("Vladimir Putin", date="2019-06-01", lexicon=lexicon) == "RUSGOV"
    assert dictionary_code("Vladimir Putin", date="1995-06-01", lexicon=lexicon) == "RUSELI"
    assert dictionary_code("Hezbollah", date=None, lexicon=lexicon) == "LBNREB"


def test_common_word_alias_is_not_a_name(nlp):
    # "organization" is an alias in the MilNonState file: a common noun must not take its code
    rel = _relation(_facts(nlp, "The organization condemned Norway."), "condemn")
    assert rel.subject.actor_code != "MEAREB"


# --------------------------------------------------------------------------
# class 3: codes from the mention, never from the article's main country


def test_visiting_leader_keeps_his_country(nlp):
    text = ("Zambia hosted a summit in Lusaka on Monday. Zambia welcomed the delegates. "
            "The Chilean foreign minister Ana Soto criticised Peru.")
    rel = _relation(_facts(nlp, text), "criticise")
    assert rel.subject.actor_code == "CHLGOV"


def test_no_country_from_the_article(nlp):
    # observers from Kenya: a second country named, so no one country (actors/sole_country.py) either
    text = ("Uganda held elections on Thursday, watched by observers from Kenya. Uganda's opposition disputed "
            "the count. The police arrested two journalists.")
    rel = _relation(_facts(nlp, text), "arrest")
    assert rel.subject.actor_code == "COP"  # not UGACOP: the mention names no country


def test_international_body_official(nlp, lexicon):
    assert _phrase_codes(nlp, lexicon, "UN officials criticised Ghana.", "UN officials") == [("IGOUNO", "adjective")]


def test_confidence_order(lexicon):
    named = with_country("RUSGOV", "dictionary", lexicon)
    titled = with_country("CHLGOV", "title", lexicon)
    resolved = coreferent(with_country("KENJUD", "adjective", lexicon))
    assert named.confidence > titled.confidence > resolved.confidence
    assert resolved == ActorCode("KENJUD", 0.68, "coreference", "KEN", "JUD")


def test_coordinated_countries_make_two_actors(nlp):
    facts = _facts(nlp, "French and German activists criticised Hungary.")
    pairs = sorted((r.subject.key, r.object.key) for r in facts.relations if r.predicate.lemma == "criticise")
    assert pairs == [("actor:deuopp", "hungary"), ("actor:fraopp", "hungary")]
    labels = {e.key: e.label for e in facts.entities if e.type == "ACTOR"}
    assert labels == {"actor:fraopp": "France: opposition", "actor:deuopp": "Germany: opposition"}


def test_definite_role_takes_its_antecedent(nlp):
    facts = _facts(nlp, "Kenyan police arrested two smugglers on Monday. The police later freed a journalist.")
    free = _relation(facts, "free")
    assert (free.subject.key, free.subject.actor_code) == ("actor:kencop", "KENCOP")
    assert free.subject.actor_confidence < 0.85  # coreference: less sure than the adjective


def test_indefinite_role_takes_nothing(nlp):
    # smugglers from Somalia: a second country named, so no one country (actors/sole_country.py) either
    facts = _facts(nlp, "Kenyan police arrested two smugglers from Somalia on Monday. A soldier shot a goat.")
    assert _relation(facts, "shoot").subject.actor_code == "MIL"


def test_recent_office_holders(lexicon):
    # Newsgraph.Recent.actors.txt: the Phoenix files end in 2014
    assert dictionary_code("Donald Trump", date="2019-06-01", lexicon=lexicon) == "USAGOV"
    assert dictionary_code("Donald Trump", date="2016-06-01", lexicon=lexicon) == "USAPTY"
    assert dictionary_code("Antonio Guterres", date="2019-06-01", lexicon=lexicon) == "IGOUNO"


def test_city_names_its_country(nlp, lexicon):
    assert _phrase_codes(nlp, lexicon, "Kabul police closed the road.", "Kabul police") == [("AFGCOP", "adjective")]


def test_apposition_gives_the_code(nlp):
    rel = _relation(_facts(nlp, "Ali Hassan, a Kenyan lawmaker, criticised Uganda."), "criticise")
    assert (rel.subject.key, rel.subject.actor_code) == ("ali hassan", "KENLEG")


def test_official_of_an_international_body(nlp):
    rel = _relation(_facts(nlp, "An official of the United Nations criticised Chad."), "criticise")
    assert rel.subject.actor_code == "IGOUNO"  # the body's code, not Chad's


def test_visiting_leader_is_not_the_host(nlp):
    text = "Peruvian President Ollanta Humala visited Bolivia. Humala met Bolivian officials in La Paz."
    rel = _relation(_facts(nlp, text), "meet")
    assert (rel.subject.actor_code, rel.object.actor_code) == ("PERGOV", "BOLGOV")


def test_bare_plural_role_takes_nothing(nlp):
    facts = _facts(nlp, "The Chinese government banned the film. Governments criticised the ban.")
    assert _relation(facts, "criticise").subject.actor_code == "GOV"


def test_agent_word_that_is_not_the_head_makes_no_actor(lexicon):
    from extract.actors import actor_argument
    from extract.types import Argument

    arg = Argument("concept:army deployment", "army deployment", "CONCEPT", "Turkish army deployments", 0, 24)
    by_words = actor_argument(arg, with_country("TURMIL", "text", lexicon), lexicon=lexicon)
    assert (by_words.key, by_words.actor_code) == ("concept:army deployment", "TURMIL")
    by_head = actor_argument(arg, with_country("TURMIL", "adjective", lexicon), lexicon=lexicon)
    assert (by_head.key, by_head.type) == ("actor:turmil", "ACTOR")
