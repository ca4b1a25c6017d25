"""The owner of the conduct an inquiry looks into: "a probe into Trump's financial affairs" is one into Trump.

An investigation (CAMEO 090/091) is coded by the actor investigated. When the
"into" phrase of an opened inquiry ("began its probe into Trump's financial
affairs", "opened an investigation into the conduct of the mayor") names a
noun of ``data/conduct_nouns.txt`` (affairs, conduct, finances, dealings,
activities, role ...), its owner is the target: the noun's possessor, else
its "of" object. The owner must be an actor (a named entity or a noun the
actor tables code); otherwise the noun stays what it is. A noun whose "of"
names the thing acted on ("the handling of the crisis") is not in the list.
``EventNounRules.opened_event`` asks :meth:`ConductRules.conduct_owner`.
"""

from __future__ import annotations

from ..syntax import prepositional_objects

__all__ = ["ConductRules"]


class ConductRules:
    """Expects ``index``, ``lexicon`` and ``is_actor`` on the reader."""

    def conduct_owner(self, tok):
        """The actor whose conduct ``tok`` names ("Trump's affairs", "the conduct of X"), else ``tok``."""
        if tok.pos_ != "NOUN" or tok.lower_ not in self.lexicon.word_sets["conduct_nouns"] \
                or self.index.mention_at(tok.i) is not None:
            return tok
        owners = [c for c in tok.children if c.dep_ == "poss"] or prepositional_objects(tok, ("of",))
        if len(owners) != 1:
            return tok
        owner = owners[0]
        if self.index.mention_at(owner.i) is None and self.index.reference_at(owner.i) is None \
                and not self.is_actor(owner):
            return tok
        return owner
