"""Crowds that protest: a gathering with a protest's cue, protesters who block the way.

CAMEO codes a demonstration (141) on who gathers and why, and a protest's
obstruction (144) on who blocks. Two rules, their words in ``extract/data``:

- a verb of gathering (``data/assembly_verbs.txt``) whose subject is a crowd
  (``data/crowd_nouns.txt``: people, supporters, students, workers, groups, also
  "thousands of people" and a bare "thousands") is a demonstration only with a cue of
  protest in its clause outside the subject (``data/protest_cues.txt``): a purpose ("gathered
  to protest", "assembled to demand"), the event's own word ("gathered for a rally"), what the
  crowd carries or shouts ("with slogans", "holding placards", "chanting"), or "against" on the
  verb. "Fans gathered to watch the final", "mourners gathered at the church" and "leaders
  gathered for a summit" stay no protest: neither their subject nor a cue makes them one;
- a verb of blocking (``data/obstruction_verbs.txt``: block, barricade, occupy, surround) whose
  doer is protesters (``data/protest_agents.txt``; the subject, or the agent of a passive: "roads
  were blocked by protesters"; or a crowd noun of them: "a group of protesters") is 144, as CAMEO's source-keyed patterns code it ("PROTESTOR * +
  [144]  # OCCUPY"); so is one whose doers are a crowd with a cue of protest in its clause
  ("farmers blocked highways to protest fuel taxes", "* HIGHWAY IN PROTEST [144]  # BLOCK");
- a verb of filling (``data/filling_verbs.txt``: fill, flood, pack) whose subject is protesters and
  whose object a public way or square (``data/public_space_nouns.txt``) is a demonstration, 141:
  "protesters who have filled downtown streets", "demonstrators packed the main square".

>>> _CLAUSE_STOPS >= {"relcl", "ccomp"}
True
"""

from __future__ import annotations

from ..lexicon import Lexicon
from ..lexicon.cameo import EventMapError, event_for_code
from ..types import Event

__all__ = ["crowd_demonstration", "crowd_protest", "filled_streets", "protest_obstruction"]

_DEMONSTRATE = "141"
_OBSTRUCT = "144"
# Clauses of their own below the verb: a cue in them is no cue of this gathering ("gathered in the
# square where a protest was held last year").
_CLAUSE_STOPS = frozenset({"relcl", "ccomp", "conj", "parataxis", "csubj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _counted(tok, lexicon: Lexicon):
    """What a quantifier noun counts ("thousands of people" -> people), else ``tok``."""
    if tok.lower_ in lexicon.word_sets["quantifier_nouns"]:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                return next((g for g in prep.children if g.dep_ == "pobj"), tok)
    return tok


def _in_words(tok, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _doers(pred, lexicon: Lexicon):
    """The heads of the doers of ``pred``: its subjects, a passive's agent, each quantifier's count."""
    for child in pred.children:
        if child.dep_ == "nsubj" and child.tag_ in _RELATIVE_TAGS and pred.dep_ == "relcl":
            yield _counted(pred.head, lexicon)  # "protesters who have filled the streets"
        elif child.dep_ == "nsubj":
            yield _counted(child, lexicon)
        elif child.dep_ == "agent":
            yield from (_counted(g, lexicon) for g in child.children if g.dep_ == "pobj")


def _cue_tokens(pred):
    """The words of ``pred``'s clause outside its subjects and the clauses of their own below it."""
    stack = [c for c in pred.children if c.dep_ not in _SUBJECT_DEPS and c.dep_ not in _CLAUSE_STOPS]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSE_STOPS)


def _protest_cue(pred, lexicon: Lexicon) -> bool:
    """Does the gathering's clause say it protests ("to protest", "with slogans", "against X")?"""
    cues = lexicon.word_sets["protest_cues"]
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in pred.children):
        return True
    return any(tok.lemma_.lower() in cues for tok in _cue_tokens(pred))


def _event(code: str, lexicon: Lexicon) -> Event | None:
    try:
        return event_for_code(code, lexicon.cameo.labels)
    except EventMapError:
        return None


def crowd_protest(lemma: str, pred, lexicon: Lexicon) -> bool:
    """Is ``pred`` (lemma ``lemma``) a crowd gathering with a cue of protest?

    >>> crowd_protest("gather", None, None)
    False
    """
    if pred is None or lemma not in lexicon.word_sets["assembly_verbs"]:
        return False
    crowds = lexicon.word_sets["crowd_nouns"]
    heads = [c for c in pred.children if c.dep_ == "nsubj"]
    if not heads or not all(_in_words(_counted(h, lexicon), crowds) for h in heads):
        return False
    return _protest_cue(pred, lexicon)


def protest_obstruction(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """144 for protesters who block a way ("protesters blocked the highway"), or a crowd that blocks
    with a cue of protest ("farmers blocked highways to protest fuel taxes": CAMEO's "* HIGHWAY IN
    PROTEST [144]  # BLOCK"), else None."""
    if pred is None or lemma not in lexicon.word_sets["obstruction_verbs"]:
        return None
    if _protesters_do(pred, lexicon) or _crowd_does(pred, lexicon) and _protest_cue(pred, lexicon):
        return _event(_OBSTRUCT, lexicon)
    return None


def _crowd_does(pred, lexicon: Lexicon) -> bool:
    """Are all the doers of ``pred`` crowds (``data/crowd_nouns.txt``: "farmers", "thousands of residents")?"""
    crowds = lexicon.word_sets["crowd_nouns"]
    doers = list(_doers(pred, lexicon))
    return bool(doers) and all(_in_words(head, crowds) for head in doers)


def crowd_demonstration(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """141 for a crowd's gathering with a cue of protest (:func:`crowd_protest`), else None."""
    return _event(_DEMONSTRATE, lexicon) if crowd_protest(lemma, pred, lexicon) else None


def _protesters_do(pred, lexicon: Lexicon) -> bool:
    """Are protesters among the doers of ``pred`` (``data/protest_agents.txt``)?"""
    protesters = lexicon.word_sets["protest_agents"]
    return any(_in_words(head, protesters) or _crowd_of(head, protesters, lexicon)
               for head in _doers(pred, lexicon))


def _crowd_of(head, words: frozenset[str], lexicon: Lexicon) -> bool:
    """Is ``head`` a crowd noun whose "of" phrase names one of ``words`` ("a group of protesters")?"""
    if not _in_words(head, lexicon.word_sets["crowd_nouns"]):
        return False
    return any(prep.dep_ == "prep" and prep.lower_ == "of" and _in_words(g, words)
               for prep in head.children for g in prep.children if g.dep_ == "pobj")


def filled_streets(lemma: str, pred, lexicon: Lexicon) -> Event | None:
    """141 for protesters who fill a public way or square ("protesters filled the streets"), else None."""
    if pred is None or lemma not in lexicon.word_sets["filling_verbs"]:
        return None
    spaces = lexicon.word_sets["public_space_nouns"]
    if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in spaces for c in pred.children):
        return None
    return _event(_DEMONSTRATE, lexicon) if _protesters_do(pred, lexicon) else None
