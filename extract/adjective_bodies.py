"""A people's adjective before a body's abbreviation: the body (wave 21, ``nodes_sample_w21t.tsv``).

The tagger reads "Belarusian KGB arrested 33 Russian individuals" as one NORP mention, "Belarusian KGB":
the nationality's label spread over the abbreviation after it. The phrase names the body (the country's
security agency), not a people, so it is an ORG:

- the mention the tagger labelled NORP has two words or more;
- its first word is a nationality or a country's name (``lexicon.countries``: "Belarusian", "Ukrainian");
- the rest is one abbreviation in capitals (two to six letters, "KGB", "SBU"), or a name the knowledge base
  knows as an organisation.

"Belarusian", "the Belarusian people" and "Russian Orthodox" (no abbreviation, no known body) stay NORP.
:func:`adjective_body` is called by :func:`extract.entity_context.context_evidence`.
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["adjective_body"]


def _abbreviation(text: str) -> bool:
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def adjective_body(doc, ts: int, te: int, *, lexicon: Lexicon, label: str) -> bool:
    """Whether the NORP mention ``doc[ts:te]`` is a nationality's adjective and a body's abbreviation or
    known name ("Belarusian KGB", "Ukrainian SBU"): an organisation.

    Examples
    --------
    >>> import spacy
    >>> from extract.lexicon import get_lexicon
    >>> doc = spacy.blank("en")("Belarusian KGB arrested them")
    >>> adjective_body(doc, 0, 2, lexicon=get_lexicon(), label="NORP")
    True
    >>> adjective_body(doc, 0, 1, lexicon=get_lexicon(), label="NORP")
    False
    """
    if label != "NORP" or te - ts < 2 or not lexicon.countries.country_of(doc[ts].text):
        return False
    rest = doc[ts + 1:te]
    if len(rest) == 1 and _abbreviation(rest[0].text):
        return True
    return any(entry.type == "ORG" for entry, _ in lexicon.knowledge.lookup(rest.text) or ())
