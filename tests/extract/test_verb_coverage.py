"""Wire verbs CAMEO codes through a pattern: the verb with no event of its own whose pattern fits
(LIFT * CURFEW), a pattern word that stands for its class (EXPEL * DIPLOMAT: an ambassador), a
hyphenated object (STAGE * SIT-IN), armed forces massed (154) and a crowd blocking roads in protest (144)."""

import pytest

from extract.lexicon.cameo_verbs import parse_verb_patterns

from .helpers import text_relations

_DATE = "2022-04-12"


def _codes(nlp, text):
    return [r.event.code for r in text_relations(nlp, text, date=_DATE) if r.event is not None]


@pytest.mark.parametrize(("text", "root"), [
    # a verb with no event of its own (CAMEO's LIFT, STAGE) whose pattern fits, with an unnamed subject
    ("The government lifted the curfew in Srinagar on Sunday.", "08"),
    ("Officials lifted the curfew after three days of calm.", "08"),
    ("The authorities lifted the ban on public gatherings.", "08"),
    ("Opposition supporters staged a sit-in outside the parliament in Yerevan.", "14"),
    ("Students staged a sit-in at the university on Monday.", "14"),
    # an envoy of any name is CAMEO's DIPLOMAT and AMBASSADOR
    ("Ecuador expelled the Mexican ambassador on Thursday.", "16"),
    ("Lithuania expelled the Belarusian envoy.", "16"),
    ("Ghana recalled its envoy from Burkina Faso.", "16"),
    # armed forces massed are mobilised
    ("Russia massed troops on the Ukrainian border.", "15"),
    ("Azerbaijan massed soldiers near the Armenian frontier in March.", "15"),
    # a crowd blocking a way with a cue of protest
    ("Farmers blocked highways across France to protest fuel taxes.", "14"),
    ("Villagers blocked the road in protest against the mine.", "14"),
])
def test_verb_is_coded(nlp, text, root):
    codes = _codes(nlp, text)
    assert any(code[:2] == root for code in codes), (text, codes)


@pytest.mark.parametrize(("text", "root"), [
    ("The weightlifter lifted 200 kilograms in Tokyo.", "08"),
    ("Workers lifted the container onto the ship.", "08"),
    ("The school expelled three students for cheating.", "16"),
    ("Crowds massed outside the palace on Sunday.", "15"),
    ("The goalkeeper blocked a shot in the final minute.", "14"),
    ("Residents blocked the road with sandbags before the flood.", "14"),
    ("The theatre staged a new play in Dublin.", "14"),
])
def test_non_event_sense_is_not_coded(nlp, text, root):
    codes = _codes(nlp, text)
    assert all(code[:2] != root for code in codes), (text, codes)


def test_synonym_widens_a_literal_pattern_word_only():
    table = parse_verb_patterns('''--- EXPEL [174] ---
EXPEL
- * DIPLOMAT [161]  # EXPEL
- * STUDENT FROM [---]  # EXPEL
''', {"diplomat": ("ambassador", "envoy")})
    assert table.code_for("expel", {"envoy", "the"}) == (True, "161")
    assert table.code_for("expel", {"ambassador"}) == (True, "161")
    assert table.code_for("expel", {"journalist"}) == (False, "174")
    plain = parse_verb_patterns('''--- EXPEL [174] ---
EXPEL
- * DIPLOMAT [161]  # EXPEL
''')
    assert plain.code_for("expel", {"ambassador"}) == (False, "174")


def test_hyphenated_object_is_read_whole(nlp):
    from extract.events.coding import frame_words

    doc = nlp("Miners staged a sit-in at the pit.")
    verb = next(t for t in doc if t.lemma_ == "stage")
    words, heads = frame_words(verb)
    assert "sit-in" in words and "sit-in" in heads


@pytest.mark.parametrize(("text", "lemma"), [
    ("The government used the money to build schools.", "use"),
    ("French police used tear gas to disperse the crowd.", "use"),
    ("Officials carried the boxes to the hall.", "carry"),
])
def test_unfitted_pattern_verb_relates_no_generic_actors(nlp, text, lemma):
    # a verb with no event of its own relates two unnamed sides only where a pattern fits
    relations = text_relations(nlp, text, date=_DATE)
    assert not [r for r in relations if r.predicate.lemma == lemma and r.event is None], text


def test_lone_preposition_pattern_relates_no_unnamed_sides(nlp):
    # DEPLOY's "WERE * IN + [154]" fits any "in": no mobilisation of a hospital's preparations
    text = "The hospital department has deployed all the necessary preparations in order to receive patients."
    assert not [r for r in text_relations(nlp, text, date=_DATE) if r.predicate.lemma == "deploy" and r.event]


@pytest.mark.parametrize(("text", "code"), [
    ("Zimbabwean soldiers fired on protesters in Harare.", "175"),
    ("Police shot dead two demonstrators in Khartoum on Monday.", "175"),
])
def test_state_force_on_protesters_is_repression(nlp, text, code):
    assert code in _codes(nlp, text), text


def test_gunmen_on_protesters_are_no_state_repression(nlp):
    text = "Gunmen opened fire on protesters in Baghdad."
    assert "175" not in _codes(nlp, text)


@pytest.mark.parametrize("text", [
    "Government forces used chemical weapons against civilians in the town.",
    "The army attacked the rebel district with sarin in April.",
])
def test_force_with_mass_destruction_weapons_is_204(nlp, text):
    assert "204" in _codes(nlp, text), text


@pytest.mark.parametrize("text", [
    "The OPCW destroyed Syria's chemical weapons in 2014.",
    "Police used tear gas against protesters in Santiago.",
])
def test_weapon_that_is_no_instrument_of_mass_destruction_keeps_its_code(nlp, text):
    assert "204" not in _codes(nlp, text), text
