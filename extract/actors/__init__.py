"""The actor layer (issue 11): CAMEO actor codes of mentions, with a confidence, and generic actors.

- :mod:`.codes`: the code a phrase names by its words ("the Syrian regime"
  -> ``SYRGOV``), seats and capitals acting;
- :mod:`.mentions`: the code of a parsed mention from the mention itself
  (dictionary name at the article's date, nationality adjective, possessive,
  "of" phrase, coordinated countries), each with a confidence;
- :mod:`.members`: members of a listed body act for it ("UN investigators" -> ``IGOUNO``);
- :mod:`.generic`: country + agent noun as an ACTOR node ("Kenya: judiciary");
- :mod:`.organisations`: a named organisation's code from its knowledge-base entry
  ("media: newspaper, United Kingdom" -> ``GBRMED``) or its name ("Sky News" -> ``MED``);
- :mod:`.institutions`: an institution many countries have ("the Senate") takes its country from
  the mention, coreference, or an article that names only the listed country;
- :mod:`.localities`: a city or region inside a mention gives its country ("Goa's government" -> ``INDGOV``);
- :mod:`.body_officials`: which named bodies make a title's holder their official ("Hamas leader X");
- :mod:`.party_titles`: a party name of several countries before an office title ("Labour MP X")
  takes the one of those countries the article names;
- :mod:`.possessors`: an agent noun a possessive pronoun owns takes the owner's country ("his
  government" after "Scott Morrison" -> ``AUSGOV``);
- :mod:`.pronoun_owners`: the certain owner of "its"/"their" the parse binds ("Russia said its troops"
  ``RUSMIL``; "their fighters" of rebels ``REB``; no country from a company's "its");
- :mod:`.clause_places`: a local role's own clause puts it in a place ("residents living in Caracas"
  -> ``VENCVL``), never a role that may act abroad;
- :mod:`.sole_country`: a country-less national role in an article that names one country only
  ("the police" ``SRBCOP``), never the dominant one;
- :mod:`.affiliations`: a person's body in an "of" phrase after the name ("Mike Ryan of the WHO");
- :mod:`.title_places`: a title's place named after the person ("Health Minister X of France");
- :mod:`.listed_titles`: a person the dictionaries list with a country alone takes the office a title
  gives ("Kenyan Health Minister Mutahi Kagwe" in 2020 -> ``KENGOV``, not the listed ``KEN``);
- :mod:`.body_parts`: a committee or delegation of a body with a role acts for it ("the Kenyan
  parliament's health committee" -> ``KENLEG``);
- :mod:`.titles`: the role of a title before a name ("Senate President X" -> ``LEG``);
- :mod:`.own_country`: a titled person's own country in the mention beats another country's
  dictionary entry of the name ("King Abdullah of Jordan" -> ``JORGOV``);
- :mod:`.state_bodies`: a state body named by a country and a body word the agents file lacks
  ("the US Treasury" -> ``USAGOV``);
- :mod:`.former_offices`: a person the text calls a former holder of an office the dictionaries
  leave open is the country's elite ("former president Jacob Zuma" in 2020 -> ``ZAFELI``);
- :mod:`.entries`: a linked person's country from the entry's description ("American
  politician" -> ``USA``).

See ``docs/ACTORS.md``.
"""

from .codes import *  # noqa: F403
from .codes import __all__ as _codes_all
from .entries import *  # noqa: F403
from .entries import __all__ as _entries_all
from .generic import *  # noqa: F403
from .generic import __all__ as _generic_all
from .institutions import *  # noqa: F403
from .institutions import __all__ as _institutions_all
from .listed_titles import *  # noqa: F403
from .listed_titles import __all__ as _listed_titles_all
from .localities import *  # noqa: F403
from .localities import __all__ as _localities_all
from .members import *  # noqa: F403
from .members import __all__ as _members_all
from .mentions import *  # noqa: F403
from .mentions import __all__ as _mentions_all
from .organisations import *  # noqa: F403
from .organisations import __all__ as _organisations_all
from .parties import party_name_country, with_party_countries  # noqa: F401
from .party_titles import *  # noqa: F403
from .party_titles import __all__ as _party_titles_all
from .possessors import *  # noqa: F403
from .possessors import __all__ as _possessors_all
from .sole_country import *  # noqa: F403
from .sole_country import __all__ as _sole_country_all
from .title_places import *  # noqa: F403
from .title_places import __all__ as _title_places_all
from .titles import *  # noqa: F403
from .titles import __all__ as _titles_all

__all__ = [*_codes_all, *_entries_all, *_generic_all, *_institutions_all, *_listed_titles_all, *_localities_all,
           *_members_all, *_mentions_all, *_organisations_all, *_party_titles_all, *_possessors_all, *_sole_country_all,
           *_title_places_all, *_titles_all,
           "party_name_country", "with_party_countries"]
