"""The certain owner of an agent noun a possessive pronoun owns: "Russia said its troops" ``RUSMIL``.

News names an actor once and then its bodies through a possessive pronoun: "Russia said its
troops had withdrawn", "Iran accused the US of sending its warships", "The rebels said their
fighters captured the town". :mod:`.possessors` codes such a noun by the entity coreference
resolved the pronoun to; this module first reads the pronoun's *binder* off the parse, the
antecedent the clause structure makes certain:

- the subject of the pronoun's own clause ("Germany recalled its ambassador");
- with no subject there, the clause's controller: the object of the verb an infinitive or a
  gerund hangs on, else its subject ("urged Hungary to rein in its police", "accused the US of
  sending its warships"), or the subject a participle or a conjoined verb shares;
- when the possessed noun is that subject, the subject of the verb reporting the clause ("Russia
  said its troops had withdrawn"), unless that verb names another actor of another country before
  the pronoun ("Brazil told Argentina that its soldiers must leave": not certain, no country).

The binder must agree with the pronoun: "its" a singular noun or a name of no person, "their" a
plural noun or a group's name; one that disagrees ("Canada said their soldiers", "the Turpins
... their children") binds nothing and coreference decides, as it does for "his"/"her", for a
binder that is a pronoun itself ("it said its troops") and for one with no actor code ("The
resolution condemned Russia for its troops"; a name the tagger made an organisation). A coordinated binder ("France and Britain
said their navies") is several owners: no one country.

The owner's code gives the noun its code (:func:`owned_code`):

- an armed group (rebels, insurgents, an armed group's name: roles :data:`GROUP_ROLES`) gives an
  armed noun (:data:`ARMED_ROLES`: fighters, forces, troops) its own code: "their fighters" of
  "Syrian rebels" ``SYRREB``, "its fighters" of the Taliban ``AFGREB``;
- an owner with a country that is a state actor (a country, its bodies, people or parties; roles
  :data:`.sole_country.NATIONAL_ROLES`) gives a state body or civilians its country
  (:mod:`.possessors`); a company's country is not its staff's;
- an owner certain to have no country (a company, an international body, an armed group for an
  unarmed noun, a binder that is not certain) gives none, and no other rule may give one: the
  code is the noun's role alone with source ``"owned"``, which the article's sole country
  (:mod:`.sole_country`) and an earlier actor of the same role leave alone ("Apple said its
  engineers met regulators in Brussels": no ``BEL``). A person of no known country, or a
  national body with no country ("the ministry said its officials"), blocks nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lexicon import Lexicon
from .mentions import CONFIDENCE, ActorCode, coreferent, with_country
from .possessors import OWNED_ROLES, possessor_code
from .sole_country import NATIONAL_ROLES

__all__ = ["ARMED_ROLES", "GROUP_ROLES", "OWNED", "owned_code", "pronoun_binder"]

#: Roles of a non-state armed group, whose armed men are the group itself.
GROUP_ROLES = frozenset({"REB", "INS", "UAF"})
#: Roles of an armed noun ("fighters", "forces", "troops", "militants").
ARMED_ROLES = GROUP_ROLES | frozenset({"MIL"})
#: The source of a noun's role alone when its certain owner gives it no country.
OWNED = "owned"

_PRONOUNS = frozenset({"its", "their"})
_PERSON_PRONOUNS = frozenset({"his", "her"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_GROUP_NAMES = frozenset({"ORG", "NORP"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})

CodeOf = Callable[[object], "ActorCode | None"]


def owned_code(head, found: ActorCode | None, possessor, *, code_of: CodeOf, lexicon: Lexicon) -> ActorCode | None:
    """The code of agent noun ``head`` from its possessive pronoun's certain owner, or None.

    Parameters
    ----------
    head : spacy.tokens.Token
        The head noun of the argument ("troops").
    found : ActorCode or None
        The code the noun's own words give, a role alone (``MIL``).
    possessor : tuple or None
        (key, type, code) of the entity coreference resolved the pronoun to
        (:func:`extract.relations.possessors.recorded_possessor`).
    code_of : callable
        The actor code of the phrase a token heads (the binder's code).
    lexicon : Lexicon
        The tables.

    Returns
    -------
    ActorCode or None
        The owner's country with the noun's role, the armed group's own code, the role alone with
        source :data:`OWNED` when the owner gives no country, or None (no opinion: other rules decide).
    """
    if found is None or found.country is not None or not found.code or len(found.code) % 3:
        return None
    poss = [c for c in head.children if c.dep_ == "poss"]
    pronoun = poss[0] if len(poss) == 1 and poss[0].pos_ == "PRON" else None
    if pronoun is not None and pronoun.lower_ in _PERSON_PRONOUNS:
        return _recorded(found, possessor, lexicon)  # "his government": coreference's person
    if pronoun is None or pronoun.lower_ not in _PRONOUNS:
        return possessor_code(found, possessor, lexicon=lexicon)  # "our troops": the quotation's speaker
    bound = pronoun_binder(head, pronoun)
    if bound is None:
        return _recorded(found, possessor, lexicon)
    binder, rivals = bound
    if binder is None:
        return _blocked(found)  # coordinated: several owners, none certain
    owner = code_of(binder) if binder.pos_ != "PRON" else None
    if owner is None:
        # "it said its troops", "The resolution condemned Russia for its troops", a name of no code
        # ("the Turpins", tagged ORG, a family): no coded actor binds it, coreference decides
        return _recorded(found, possessor, lexicon)
    if owner is not None and owner.country is not None and any(
            (rival := code_of(tok)) is not None and rival.country not in (None, owner.country) for tok in rivals):
        return _blocked(found)  # "Brazil told Argentina that its soldiers ...": two countries
    return _from_owner(found, owner, lexicon, person=False)


def _recorded(found: ActorCode, possessor, lexicon: Lexicon) -> ActorCode | None:
    """The code coreference's owner gives, when the sentence binds the pronoun to no actor."""
    if possessor is None or not possessor[2]:
        return None
    return _from_owner(found, with_country(possessor[2], "entity", lexicon), lexicon, person=possessor[1] == "PERSON")


def _from_owner(found: ActorCode, owner: ActorCode | None, lexicon: Lexicon, *, person: bool) -> ActorCode | None:
    roles = [found.code[i : i + 3] for i in range(0, len(found.code), 3)]
    owner_roles = _roles(owner.code[3:] if owner is not None and owner.country else owner.code if owner else "")
    if owner is not None and owner_roles and set(owner_roles) <= GROUP_ROLES:
        if all(r in ARMED_ROLES for r in roles):
            return coreferent(ActorCode(owner.code, CONFIDENCE["possessive"], "possessive", owner.country, owner.role))
        return _blocked(found)  # "their families", "its spokesman" of a group: no country of the group's
    national = all(r in NATIONAL_ROLES for r in owner_roles)  # a country, its state bodies and people
    if owner is not None and owner.country is not None and national:
        if all(r in OWNED_ROLES for r in roles):
            return coreferent(with_country(owner.country + found.code, "possessive", lexicon))
        return None
    if person or owner is not None and owner.country is None and owner_roles and national:
        return None  # a person, or a national body of no country named: the article may still give one
    return _blocked(found)  # a company ("Apple ... its engineers"), an international body, no actor


def _roles(code: str) -> list[str]:
    return [code[i : i + 3] for i in range(0, len(code), 3)] if code and not len(code) % 3 else []


def _blocked(found: ActorCode) -> ActorCode:
    """The noun's role alone, that no country-giving rule may fill."""
    return ActorCode(found.code, CONFIDENCE[OWNED], OWNED, None, found.role or found.code)


def pronoun_binder(head, pronoun):
    """(binder token or None, rival tokens) of ``pronoun`` owning ``head``, or None when the sentence
    binds it to nothing that agrees with it (coreference decides). A None binder means the structure
    names several owners ("France and Britain said their navies"): none is certain."""
    clause = head.head
    while clause.pos_ not in _CLAUSE_POS and clause.dep_ != "ROOT" and clause.head is not clause:
        clause = clause.head
    if clause.pos_ not in _CLAUSE_POS:
        return None
    subject = _subject(clause)
    if subject is not None and not subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
        return _bound(subject, pronoun)
    if subject is None:
        controller = _controller(clause)
        return _bound(controller, pronoun) if controller is not None else None
    if clause.dep_ != "ccomp" or clause.head.pos_ not in _CLAUSE_POS:
        return None
    reporter = clause.head
    binder = _subject(reporter)
    if binder is None:
        return None
    rivals = [t for c in reporter.children if c.i < pronoun.i for t in _actors_in(c) if t is not binder]
    return _bound(binder, pronoun, rivals)


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in _SUBJECTS), None)


def _controller(clause):
    """The subject a clause with none takes: an infinitive's or a gerund's controlling object, else
    the subject of the verb it hangs on; a participle's or a conjoined verb's shared subject."""
    if clause.dep_ == "xcomp":
        verb = clause.head
    elif clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.dep_ == "prep":
        verb = clause.head.head
    elif clause.dep_ in ("advcl", "conj") and clause.tag_ in ("VBG", "VBN", "VBD", "VBZ", "VBP"):
        verb = clause.head
        return _subject(verb) if verb.pos_ in _CLAUSE_POS else None
    else:
        return None
    if verb.pos_ not in _CLAUSE_POS:
        return None
    obj = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    return obj if obj is not None else _subject(verb)


def _actors_in(child):
    """Noun heads of the reporting verb's dependent ``child``: its object, or a preposition's object."""
    if child.dep_ in _OBJECTS:
        return [child, *child.conjuncts]
    if child.dep_ == "prep":
        return [p for c in child.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)]
    return []


def _bound(binder, pronoun, rivals=()):
    """(binder, rivals) of a binder that agrees with the pronoun in number and kind; (None, ()) of a
    coordinated one (several owners: none certain); None of one that disagrees ("the Turpins ... their
    children", "Canada said their soldiers"): the pronoun points elsewhere, coreference decides."""
    if binder.pos_ == "PRON":
        return binder, []
    if binder.conjuncts:
        return None, []
    if binder.pos_ not in ("NOUN", "PROPN") or binder.ent_type_ == "PERSON":
        return None
    plural = binder.tag_ in _PLURAL_TAGS
    if pronoun.lower_ == "its":
        agrees = not plural or binder.ent_type_ in _GROUP_NAMES
    else:
        agrees = plural or binder.ent_type_ in _GROUP_NAMES
    return (binder, list(rivals)) if agrees else None
