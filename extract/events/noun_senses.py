"""Role nouns used in a sense that names a thing, not an actor (issue 11, points 1-3).

"a state of emergency", "its internal business", "Party business", "new industries", "a settlement":
the head is a noun the role table or the Phoenix agents file codes as an actor ("state" ``GOV``,
"business" ``BUS``, "settlement" ``CVL``), but here it names a condition, affairs, a sector, an
agreement or a place. ``data/thing_senses.tsv`` lists such nouns with the cues of their thing sense,
read from the phrase's structure (:func:`thing_sense`).
"""

from __future__ import annotations

from ..lexicon import Lexicon
_TABLE = "thing_senses"
#: Nouns of persons, of people and of bodies that act.
_PEOPLE_SETS = ("agent_nouns", "actor_nouns", "relational_nouns", "body_nouns",
                "people_words", "person_nouns", "member_nouns", "collective_plurals")
_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those", "another", "each", "every"})


def thing_sense(span, lexicon: Lexicon) -> bool:
    """Is the head of the concept ``span`` a listed role noun used in its sense of a thing?"""
    root = span.root
    if root.pos_ != "NOUN":
        return False  # "the State of Israel", "Court" as a name
    row = lexicon.tables[_TABLE].get(root.lemma_.lower())
    if row is None:
        return False
    cues = {cue.strip() for cue in row[0].split(",")}
    plural = root.tag_ in ("NNS", "NNPS") or root.lower_ != root.lemma_.lower()
    if "plural" in cues and plural and _acts(root):
        return False  # "allows new industries from overseas to engage with the city": companies that act
    if "always" in cues:
        return True
    if "plural" in cues and plural:
        return True
    if "owned" in cues and not plural and _owned(root):
        return True
    if "held" in cues and _held(root, lexicon):
        return True
    return "of" in cues and _of_condition(root, lexicon)


def _acts(root) -> bool:
    """Is ``root`` the doer of a verb: its subject, or the object of a verb whose "to" clause it does
    ("allow industries to engage", "urged businesses to invest")?"""
    if root.dep_ in ("nsubj", "nsubjpass"):
        return root.dep_ == "nsubj"
    return root.dep_ == "dobj" and any(c.dep_ in ("xcomp", "ccomp") and c.i > root.i for c in root.head.children)


def _held(root, lexicon: Lexicon) -> bool:
    """Is ``root`` the patient of a verb of holding an occasion ("the party was organised by the union",
    "threw a party", "the party took place"; not "the party was held responsible")?"""
    verb = root.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == root.i:
        return False
    verbs = lexicon.word_sets["occasion_verbs"]
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubj":  # "the backyard party took place"
        return any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in verbs for c in verb.children)
    if root.dep_ not in ("nsubjpass", "dobj") or lemma not in verbs:
        return False
    return not any(c.dep_ in ("acomp", "oprd", "xcomp", "ccomp") for c in verb.children)


def _owned(root) -> bool:
    """Singular affairs or trade: a possessor ("its internal business"), or a noun before the head with
    no article ("Party business", "internal state business"; not "a family business")."""
    children = list(root.children)
    if any(c.dep_ == "poss" for c in children):
        return True
    if any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in children):
        return False
    return any(c.dep_ == "compound" and c.i < root.i for c in children)


def _of_condition(root, lexicon: Lexicon) -> bool:
    """An "of" phrase of a common noun that names no one ("a state of emergency"; not "the state of
    Texas", "a body of experts")."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            return bool(objects) and all(
                o.pos_ == "NOUN" and not o.ent_type_ and not _names_people(o, lexicon) for o in objects)
    return False


def _names_people(token, lexicon: Lexicon) -> bool:
    """Does ``token`` name persons or a body that acts ("a body of experts"; an event noun such as
    "siege" says what the state is, not who acts)?"""
    words = lexicon.word_sets
    return any(form in words[name] or form in lexicon.tables["class_nouns"] or form in lexicon.actors.roles
               or lexicon.dictionaries.agent_codes(form)
               for form in {token.lower_, token.lemma_.lower()} for name in _PEOPLE_SETS)
