"""CAMEO verb patterns the compiled table leaves out: those keyed on an armed source, and aid shared by verbs of giving.

:mod:`extract.lexicon.cameo_verbs` keeps a pattern only for the verb its
comment names, and only when nothing but markers comes before ``*``. Two
classes of the dictionary's own patterns are lost that way; where no pattern
of the verb itself fits (:func:`extract.events.coding.verb_sense` asks
:func:`borrowed_event` last), they give the event:

- **An armed source**: CAMEO writes some patterns for armed forces as the
  source, the word before the verb ("&MILITARY * + [192]" ENTER: troops
  entering a place occupy it; "&MILITARY * TO [154]" MOVE: troops moved to a
  place are mobilised; "$ FORCES * OUT OF + [0874]" HEAD;
  ``data/force_sources.txt``). Such a pattern fits an active verb whose
  subject's head is a word of armed forces ("Turkish troops entered northern
  Syria" 192, "the army moved to the border" 154), never another subject
  ("the senator entered parliament"). A pattern with no word after ``*`` but
  the target (ENTER's "* +") needs the verb's object or "into" phrase to be
  an actor (a country, a city, a group: "entered Syria", not "entered the
  race"); one with no target at all says only the verb, and is left out.
- **Aid by what is given**: the codebook defines provision of economic,
  military and humanitarian aid (071-073) and asylum (075) by what is
  provided, and the dictionary writes those patterns for one verb of giving
  at a time ("* VACCINES [073]" DONATE, "* VACCINE [073]" GIVE, "* &WEAPON
  [072]" PROVIDE and SUPPLY, "* MEDICAL_EQUIPMENT [073]" SEND). Every verb of
  giving (``data/giving_verbs.txt``) shares them ("delivered vaccines to
  Samoa" 073, "supplied Ukraine with weapons" 072), when the verb names who
  receives, a country, a people or a body (a name, or a noun with one before
  it: "the Libyan government", "Houthi rebels"; not "its employees"): an
  indirect object, an object with a "with" phrase ("supplied the rebels
  with drones"), a passive subject ("Ukraine was supplied with missiles"),
  or the object of "to" or "for"; each thing of a coordination counts
  ("sent ambulances and food to Syria" 073). A pattern of amounts, modifiers or one
  coder's case alone ("* TONNES", "* MEDICAL", "* OBSERVERS") is left out; so
  is one of aid of no kind whose code names a kind ("* AID TO + [073]").
  Where the verb's own pattern says plain aid ("* AID [070]"), a shared
  pattern of a kind with more words refines it ("provided military aid to
  Syria": "* &MILITARY AID [072]" EXTEND).
- **The thing given is no recipient** (:func:`given_thing_event`, asked by
  :func:`extract.events.senses.refine_event`): aid (07) of a verb of giving
  or deploying whose relation's object is the verb's direct object, with no
  "with" phrase (so the object is what is given, not who is supplied), and
  is an actor whose code names no country or body ("Britain sent troops to
  Estonia": troops, ``MIL``; "India deployed troops along the border"), is
  no aid to those forces: no event. A state's armed forces deployed are
  its mobilisation, 154, as CAMEO codes them ("&MILITARY * ON BORDER WITH +
  [154]" DEPLOY, "* &MILITARY [154]" MOBILISE): "India deployed troops along
  the border", "deployed thousands of troops" (through a quantifier). A
  thing given keeps the event on its relation ("provided assistance to the
  affected" 070), and so does an object coded with the recipient's country.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..lexicon.cameo_verbs import _PREPOSITIONS as _LOWER_PREPOSITIONS
from ..lexicon.cameo_verbs import VERB_PATTERN_FILE, VerbPatterns, parse_verb_patterns
from ..syntax import char_span
from ..relations.territories import owned_territory
from ..types import Argument, Event
from .participants import token_can_act

__all__ = ["borrowed_event", "force_source_patterns", "given_thing_event", "shared_aid_patterns"]

_DATA = Path(__file__).resolve().parent.parent / "data"
_DICTIONARY = _DATA / "cameo" / VERB_PATTERN_FILE
_MARKERS = frozenset({"$", "+", "%", "^", ""})
_PATTERN = re.compile(r"^-\s*(?P<pre>[^*#\[]*)\*(?P<post>[^\[#]*)\[(?P<code>[^\]]*)\](?P<rest>.*)$")
_AID_ROOT = "07"
_PLAIN_AID = "070"
_PREPOSITIONS = frozenset(w.upper() for w in _LOWER_PREPOSITIONS)
# Words of amounts: a pattern of these alone ("* TONNES [073]", "* MILLION [071]") names no kind of aid.
_AMOUNTS = frozenset({"TONNES", "TONS", "MILLION", "MILLIONS", "BILLION", "BILLIONS", "THOUSANDS", "DLRS"})
# Modifiers alone ("* FINANCIAL [071]" PROVIDE, "* MEDICAL [073]" SEND) name no thing given: "provided
# financial details to the court", "sent medical records to the police" give no aid.
_MODIFIERS = frozenset({"FINANCIAL", "MEDICAL", "ECONOMIC", "HUMANITARIAN", "EMERGENCY", "POLITICAL"})
# Aid of no named kind: a pattern of these alone codes plain aid when shared, whatever one coder wrote.
_PLAIN_AID_WORDS = frozenset({"AID", "ASSISTANCE", "HELP"})
# Words of one coder's case that another verb of giving does not make aid: observers, volunteers, vehicles
# and aircraft sent (a plane sent to fly citizens home carries them), a salary or a gift given, information,
# photographs or security provided, funds for reform or rebuilding, a mandate or a hand extended.
_NOT_THINGS_OF_AID = frozenset({
    "OBSERVERS", "VOLUNTEER", "VEHICLES", "SALARY", "PHOTOGRAPHS", "REFORM", "REBUILD", "ORPHANS", "GIFT",
    "MANDATE", "HAND",
    "&INFORMATION", "&SECURITY", "&AIRCRAFT",
})
# The prepositions whose acting object receives what is given ("sent vaccines to Samoa", "aid for Yemen").
_RECIPIENT_PREPS = frozenset({"to", "for"})
_SUBJECT_DEPS = frozenset({"nsubj"})
# Named entities of a country, a people or a body: who receives a country's aid.
_STATE_SIDES = frozenset({"GPE", "NORP", "ORG"})


def _words_file(name: str) -> tuple[str, ...]:
    with open(_DATA / name, encoding="utf-8") as handle:
        return tuple(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _dictionary() -> tuple[list[str], list[str]]:
    """(the synonym set lines, the verb block lines) of the packaged verb pattern dictionary.

    A comment line inside a synonym set is left out of the set lines: the table's reader ends a set at
    it, which empties &CURRENCY ("&CURRENCY", then "# <14.06.08: some of these ...", then "+MONEY").
    """
    lines = _DICTIONARY.read_text(encoding="utf-8", errors="replace").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("--- "))
    return [line for line in lines[:first] if not line.startswith("#")], lines[first:]


def _pre_words(pre: str) -> list[str]:
    return [w for token in pre.split() for w in token.split("_") if w not in _MARKERS]


@functools.lru_cache(maxsize=1)
def force_source_patterns() -> tuple[VerbPatterns, dict[str, str], frozenset[str]]:
    """(the patterns keyed on an armed source, with that source dropped; verb -> code of such a
    pattern with only the target after ``*``; the words of armed forces a subject's head may be)."""
    sources = {w.upper() for w in _words_file("force_sources.txt")}
    sets, blocks = _dictionary()
    kept: list[str] = []
    bare: dict[str, str] = {}
    block: list[str] = []  # the current block's header and verb lines, written out before its first kept pattern
    for line in blocks:
        if line.startswith("--- "):
            block = [line]
            continue
        if not line.startswith("-"):
            block.append(line)  # a verb line
            continue
        if not any(word in line for word in sources):
            continue  # no word of armed forces anywhere: a substring test before the pattern's regex
        found = _PATTERN.match(line.strip())
        if found is None:
            continue
        pre = found.group("pre")
        words = _pre_words(pre)
        if len(words) != 1 or words[0] not in sources or "+" in pre.split() or "%" in pre.split():
            continue  # another source, a modal, a passive target ("+ &MILITARY * BY $") or a compound one ("% &MILITARY
            # * EXERCISES [062:062]": two armies' joint exercises): not one armed source
        post = found.group("post").split()
        comment = found.group("rest").partition("#")[2]
        if post == ["+"]:
            code = re.match(r"\s*([0-9]{3,4})", found.group("code"))
            verb = comment.split()[:1]
            if code and verb:
                bare.setdefault(verb[0].lower(), code.group(1))
            continue
        kept.extend(block)  # only the blocks with a kept pattern: a small text to compile
        block = []
        kept.append(f"- * {found.group('post').strip()} [{found.group('code')}]  #{comment}")
    members = {line.lstrip("+").strip().lower().replace("_", " ")
               for line in _set_lines(sets, "&MILITARY")}
    heads = frozenset({w.lower() for w in sources if not w.startswith("&")} | {m.split()[-1] for m in members})
    return parse_verb_patterns("\n".join(sets + kept)), bare, heads


def _set_lines(sets: list[str], name: str) -> list[str]:
    """The member lines of synonym set ``name`` ("&MILITARY_" is "&MILITARY")."""
    out, inside = [], False
    for line in sets:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            inside = text.rstrip("_") == name
        elif not text:
            inside = False
        elif inside and text.startswith("+"):
            out.append(text)
    return out


@functools.lru_cache(maxsize=1)
def shared_aid_patterns() -> tuple[VerbPatterns, frozenset[str]]:
    """(the aid patterns of the verbs of giving, each written for all of them; those verbs)."""
    givers = _words_file("giving_verbs.txt")
    names = {v.upper() for v in givers}
    sets, blocks = _dictionary()
    patterns: list[str] = []
    for line in blocks:
        if not line.startswith("-") or "[07" not in line:
            continue  # no aid code: a substring test before the pattern's regex
        found = _PATTERN.match(line.strip())
        if found is None or not found.group("code").strip().startswith(_AID_ROOT):
            continue
        comment = found.group("rest").partition("#")[2]
        written = {part.split()[0] for part in comment.split(",") if part.split()}
        if not written & names:
            continue
        post = [w for token in found.group("post").split() for w in token.split("_") if w not in _MARKERS]
        content = set(post) - _PREPOSITIONS - {"AND", "OF"}
        if not content or content <= _AMOUNTS | _MODIFIERS or content & _NOT_THINGS_OF_AID:
            continue  # "* TONNES", "* MEDICAL", "* OBSERVERS": no kind of aid another verb gives
        if content <= _PLAIN_AID_WORDS and not found.group("code").strip().startswith(_PLAIN_AID):
            continue  # "* AID TO + [073]" SHIP: aid of no named kind is plain aid, 070, for another verb
        patterns.append(f"- {found.group('pre').strip()} *{found.group('post').rstrip()} [{found.group('code')}]"
                        f"  # {' , '.join(sorted(names))}")
    block = ["--- AID [070] ---", *(v.upper() for v in givers), *patterns]
    return parse_verb_patterns("\n".join(sets + block)), frozenset(givers)


def _event(code: str | None, lexicon: Lexicon) -> Event | None:
    if code is None:
        return None
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return None


def _subject_head(pred):
    """The head of the active verb's subject, through a coordinated verb's first conjunct; None for a passive."""
    verb = pred
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


def _armed_subject(pred, heads: frozenset[str]) -> bool:
    subject = _subject_head(pred)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and (
        subject.lower_ in heads or subject.lemma_.lower() in heads)


def _entered_actor(pred, lexicon: Lexicon) -> bool:
    """Is the verb's direct object, or the object of its "into", an actor ("entered Syria")?"""
    for child in pred.children:
        if child.dep_ in ("dobj", "obj") and (token_can_act(child, lexicon) or owned_territory(child, lexicon)):
            return True  # "entered Syria", "entered Japanese waters" (extract/relations/territories.py)
        if child.dep_ == "prep" and child.lower_ == "into":
            if any(g.dep_ == "pobj" and token_can_act(g, lexicon) for g in child.children):
                return True
    return False


def _state_side(token, lexicon: Lexicon) -> bool:
    """Can the phrase headed by ``token`` receive aid: an actor named by a country, a people or a body (a
    name, or a noun with one before it: "Syria", "the Libyan government", "Houthi rebels")? Students,
    employees or patients of no named country or body get help, not a country's aid."""
    return token_can_act(token, lexicon) and any(
        t.ent_type_ in _STATE_SIDES for t in token.subtree if t.i <= token.i)


def _names_recipient(pred, lexicon: Lexicon) -> bool:
    """Does a verb of giving name who receives, a country, a people or a body (:func:`_state_side`):
    an indirect object; an object or passive subject with a "with" phrase ("supplied the rebels with
    drones"); the object of "to" or "for"?"""
    kids = list(pred.children)
    if any(c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN") and _state_side(c, lexicon) for c in kids):
        return True
    with_phrase = any(c.dep_ == "prep" and c.lower_ == "with" for c in kids)
    if with_phrase and any(c.dep_ in ("dobj", "obj", "nsubjpass") and _state_side(c, lexicon) for c in kids):
        return True
    holders = [pred, *(c for c in kids if c.dep_ in ("dobj", "obj"))]
    return any(p.dep_ in ("prep", "dative") and p.lower_ in _RECIPIENT_PREPS and _state_side(g, lexicon)
               for holder in holders for p in holder.children for g in p.children if g.dep_ == "pobj")


def borrowed_event(lemma: str, pred, words: frozenset[str], heads: frozenset[str], how: dict,
                   lexicon: Lexicon, *, fitted=None) -> Event | None:
    """The event of a borrowed pattern that fits the verb's frame (``words``, ``heads``, and
    :meth:`~extract.lexicon.cameo_verbs.VerbPatterns.code_for`'s options ``how``), or None.

    ``fitted`` is the code of the verb's own pattern that fits (None for ``[---]``), or anything
    that is no string nor None (``NO_SENSE``) when none fits. With none fitted: a pattern keyed on an
    armed source, where the verb's subject is armed forces; else an aid pattern of the verbs of
    giving, where the verb names a recipient. With plain aid fitted ("* AID [070]"), an aid pattern
    of a kind with more words ("* &MILITARY TO +" 072 for "provided military aid to Syria").
    A ``[---]`` pattern gives None.
    """
    if fitted is None or isinstance(fitted, str):
        return _aid_kind(lemma, pred, words, heads, how, lexicon) if fitted == _PLAIN_AID else None
    forced, bare, armed = force_source_patterns()
    if _armed_subject(pred, armed):
        fits, code = forced.code_for(lemma, words, heads, **{**how, "acts": True})
        if fits:
            return _event(code, lexicon)
        if lemma in bare and _entered_actor(pred, lexicon):
            return _event(bare[lemma], lexicon)
    aid, givers = shared_aid_patterns()
    if lemma in givers and _names_recipient(pred, lexicon):
        more = _conjunct_things(pred)
        complements = how.get("complements")
        fits, code = aid.code_for(lemma, words | more, heads | more, **{
            **how, "acts": True, "complements": None if complements is None else complements | more})
        if fits:
            return _event(code, lexicon)
    return None


def _conjunct_things(pred) -> frozenset[str]:
    """The words of the nouns coordinated with what the verb gives ("drones and missiles", "ambulances and
    food"): the frame holds the first conjunct only, and each thing given is aid of its kind."""
    out: set[str] = set()
    for child in pred.children:
        things = [child] if child.dep_ in ("dobj", "obj") else [
            g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" and child.lower_ == "with" else []
        for thing in things:
            for conj in thing.conjuncts:
                out.update((conj.lower_, conj.lemma_.lower()))
                out.update(w for t in conj.children if t.dep_ in ("compound", "amod") for w in (t.lower_, t.lemma_.lower()))
    return frozenset(out)


def _aid_kind(lemma: str, pred, words, heads, how: dict, lexicon: Lexicon) -> Event | None:
    """A shared aid pattern's event of one kind of aid (071-075), for a verb whose own pattern says plain aid."""
    aid, givers = shared_aid_patterns()
    if lemma not in givers or not _names_recipient(pred, lexicon):
        return None
    fits, code = aid.code_for(lemma, words, heads, **{**how, "acts": True})
    return _event(code, lexicon) if fits and code is not None and code != _PLAIN_AID else None


# Verbs that move their own forces somewhere: what they deploy is no recipient ("deployed troops").
_DEPLOYING = frozenset({"deploy", "redeploy"})
# Armed forces of no named country as the object, and their deployment (Mobilize or increase armed forces).
_FORCES = "MIL"
_MOBILISE = "154"
# Bodies an actor code may start with besides a country (who may receive aid).
_BODY_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def given_thing_event(event: Event | None, pred, obj: Argument | None, lexicon: Lexicon) -> Event | None:
    """None where aid's relation object is the thing a verb of giving gives (see the module docstring), else ``event``."""
    if event is None or event.root != _AID_ROOT or pred is None or obj is None:
        return event
    if pred.lemma_.lower() not in shared_aid_patterns()[1] | _DEPLOYING:
        return event
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in pred.children):
        return event  # "supplied the rebels with drones": the object receives
    span = char_span(pred.doc, obj.start, obj.end)
    if span is None:
        return event
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in lexicon.word_sets[
            "quantifier_nouns"]:
        root = root.head.head  # "deployed thousands of troops": the troops are what is deployed
    if root.dep_ not in ("dobj", "obj") or root.head.i != pred.i:
        return event
    code = obj.actor_code or ""
    if not code or lexicon.countries.by_alpha3.get(code[:3]) is not None or code.startswith(_BODY_PREFIXES):
        return event  # a thing ("provided assistance to the affected"); the object coded with the recipient's country
    if code == _FORCES and pred.lemma_.lower() in _DEPLOYING:
        return _event(_MOBILISE, lexicon)  # "deployed troops along the border": the state's mobilisation
    return None
