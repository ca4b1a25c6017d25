"""Whether a description can be the entity it is matched to: kind checks for definite descriptions.

Three kinds of wrong link a definite description made, each of a class of language:

- "the N of X" says what X is only when N is a noun for X's kind: "the town of Khan Sheikhun",
  "the government of Samoa", "the ministry of ..."; an event or abstract noun ("the shooting of
  Jacob Blake", "the goal of NASA's program", "the citizenship of Kamala Harris") is something
  else, and "the N of <person>" is never the person ("the son of X") (:func:`of_noun_describes`);
- a class noun with a proper-name modifier that is not the candidate's name, nor a country or
  a nationality, names another body ("the debunked Birther movement" is not the party named before)
  (:func:`foreign_proper_modifier`);
- a name that only modifies a noun ("Alliance Party presidential nominee X") is no antecedent for
  "the party" when a name standing on its own is in the same sentence (:func:`prefer_standing_name`).
"""

from __future__ import annotations

from .coref_continuity import part_of_place

__all__ = [
    "of_noun_describes", "foreign_proper_modifier", "prefer_standing_name", "standing_descriptor",
    "named_class_subject", "number_agrees",
]

_PLACE_KINDS = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})


def of_noun_describes(noun, entity_type: str, lexicon) -> bool:
    """Whether ``noun`` in "the <noun> of <name>" says what the named entity is.

    Places keep their own test (:func:`~extract.coref_continuity.part_of_place`). A person is never
    what "the N of <person>" is. For other kinds the noun must be one for a kind of body or place
    (class nouns, body nouns, agent nouns, place and area nouns), not an event or an abstract noun.
    """
    if entity_type in _PLACE_KINDS:
        return not part_of_place(noun, entity_type, lexicon)
    if entity_type == "PERSON":
        return False
    lemma = noun.lemma_.casefold()
    words = lexicon.word_sets
    return (
        lemma in lexicon.tables["class_nouns"] or lemma in words["body_nouns"] or lemma in words["agent_nouns"]
        or lemma in words["place_nouns"] or lemma in words["area_nouns"]
    )


def foreign_proper_modifier(tok, label: str, token_mention, lexicon) -> bool:
    """Whether the description headed by ``tok`` carries a proper-name modifier ("the Birther movement")
    that is no entity mention, no word of ``label`` (the candidate's name), no country or nationality."""
    name_words = {w.casefold() for w in label.split()}
    countries = lexicon.countries
    for child in tok.lefts:
        if child.dep_ not in _MODIFIER_DEPS or child.tag_ not in _PROPER_TAGS or not child.is_alpha:
            continue
        if token_mention[child.i] >= 0 or child.lower_ in name_words:
            continue
        if child.is_sent_start or countries.country_of(child.text) is not None:
            continue
        return True
    return False


def prefer_standing_name(res, i, found, accept, window):
    """``found``, or, when it is a name that only modifies a noun, a name of the same kind standing
    on its own in the same sentence (the subject or an apposition: "One entity, the American
    Independent Party, nominated Alliance Party nominee X. The party ..." is the first)."""
    if found is None or not res._modifier(found):
        return found
    other = res.ranked(i, lambda m: accept(m) and not res._modifier(m), window)
    if other is not None and res.sent_of[other.token_start] == res.sent_of[found.token_start]:
        return other
    return found


def standing_descriptor(res, j: int, matches) -> int:
    """The index of the description to use instead of ``res.descriptors[j]`` when that one comes from
    a name that only modifies a noun ("Alliance Party nominee X"): the latest matching one of the same
    sentence from a name standing on its own ("the American Independent Party"); else ``j``."""
    position = res.descriptors[j][0]
    m = res.token_mention[position]
    if m < 0 or not res._modifier(res.mentions[m]):
        return j
    sent = res.sent_of[position]
    for k in range(j - 1, -1, -1):
        other = res.descriptors[k][0]
        if res.sent_of[other] != sent:
            break
        mk = res.token_mention[other]
        if mk >= 0 and matches(k) and not res._modifier(res.mentions[mk]):
            return k
    return j


def named_class_subject(res, subject, plural: bool):
    """The key of the organisation a singular class-noun subject is named by ("The Boeing airframe
    company ... and its Starliner craft", "the Tesco group said its ..."): the one organisation
    mention among the noun's modifiers; else None."""
    if plural or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    lemma = subject.lemma_.casefold()
    if res.lexicon.tables["class_nouns"].get(lemma, ("",))[0] not in ("ORG", "COMPANY") \
            and lemma not in res.lexicon.word_sets["body_nouns"]:
        return None
    keys = {
        res.mentions[res.token_mention[c.i]].key
        for c in subject.lefts
        if c.dep_ in ("compound", "nmod") and res.token_mention[c.i] >= 0
    }
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    return key if res.entities[key].type == "ORG" else None


def number_agrees(entity, plural: bool, kinds, lexicon) -> bool:
    """Whether ``entity`` can be what a pronoun of this number stands for: its type among ``kinds``,
    except that a religion ("Islam", NORP) is one thing, an "it", never a "they" (its believers are
    a people, named apart: "Muslims")."""
    religion = entity.type == "NORP" and " ".join(entity.label.split()).casefold() in lexicon.word_sets["religions"]
    if religion:
        return not plural
    return entity.type in kinds
