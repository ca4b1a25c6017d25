"""Relations read from the dependency parse: who did what to whom.

Rules are plain functions over a parsed ``Doc``; each relation links two
arguments (a canonical entity, or a concept for a plain noun phrase) by a
predicate lemma. The constructions covered:

- active clauses ("Syria accused Israel");
- passives turned active, in main, relative and participle clauses
  ("Idlib, which is controlled by HTS" -> (HTS, control, Idlib));
- coordinated subjects and objects, split into one relation each;
- objects reached through a preposition ("bombing the hell out of Idlib",
  "strikes against Syria"), idiomatic dummy objects skipped;
- nominal events ("the bombardment by Damascus of Idlib" -> bomb), also as
  the subject of a clause ("Bombardments by the regime killed civilians");
- light verbs ("carried out a series of strikes against Syria" -> strike), and a verb of going on
  with an event noun in "with" ("pressed ahead with talks with the EU" -> talk): :mod:`.proceeding`;
- control verbs, keeping the complement ("urged Damascus to stop bombing",
  "called on Iran to release ..."); a verb of ``data/control_events.txt``
  with an infinitive of its subject is an event of its own ("Turkey
  threatened to bomb Afrin" -> (Turkey, threaten, Afrin)), and the
  infinitive inherits the subject ((Turkey, bomb, Afrin), which the event
  annotation marks intended): :mod:`.control`;
- a subject the parser failed to attach, recovered from the entities just
  before a finite verb (with a lower confidence);
- a trailing participle takes its clause's subject ("X went on a spree,
  killing four"), the infinitive of a passive raising verb its subject ("a
  bombing was reported to have killed X"), and the complement of an
  accusation the accused ("Syria accused Israel of targeting an airbase" ->
  (Israel, target, airbase), which the event annotation attributes to Syria);
- an agentless passive takes as subject the incident it happened in or, for
  a violent verb, the weapon ("killed in a US operation" -> the US; "stabbed
  with a knife"); with neither, no actor is invented: a typed material (or
  criticism, rejection, threat) event has the one ``concept:unspecified``
  as its source ("three suspects were arrested" -> (unspecified, arrest,
  suspect)), and a one-place event of ``data/one_place_events.txt`` has it
  as its target ("Iran announced that ...", "troops withdrew"), and a
  material conflict noun with no agent has it as its source ("the
  assassination of Robert Kennedy"): :mod:`.implicit`;
- a harm verb's bare count is a concept object ("the blaze killed three");
- a common noun stands for the names set off after it ("expelled two
  diplomats, Ivan Petrov and Oleg Sokolov");
- an intransitive event relates its subject to the place where it happened
  ("al-Quaety died in Aden" -> (al-Quaety, die, Aden), predicate "died in"),
  also after an idiom of ``data/verb_idioms.txt`` ("protests took place in
  Belgrade" -> take place); a verb of reporting with a reported clause is a
  one-place statement unless a news medium reports ("Phivolcs reported the
  quake occurred" -> (Phivolcs, report, unspecified)): :mod:`.reports`;
  a statement told to a news medium or carried by one is the speaker's
  one-place statement ("told Reuters", "according to state media, X said"
  -> (X, say, unspecified)): :mod:`.media_sourcing`.

- the partner or target of a support verb's event noun ("held talks with
  Ethiopia" -> (Kenya, hold talks, Ethiopia); "imposed a ban on Huawei");
  sources in "from" of a verbal event noun ("opposition from France to the
  plan"), a target in "to" ("Putin's visit to China");
- targets in a preposition that the CAMEO verb patterns key the verb on
  (``data/target_prepositions.tsv``): "demanded an explanation from Russia"
  -> (France, demand, Russia), the thing demanded as the complement;
  "apologized to Seoul", "fired rockets at Israel"; an indirect object is
  the target ("offered Syria a ceasefire"); a participle on a statement
  takes its speaker ("issued a statement condemning X"): :mod:`.targets`;
- mutual events in both directions, each marked ``Relation.mutual``
  ("Kenya and Ethiopia met", "met with", "signed a deal", "talks between
  the two countries"), and a protest's place standing for its country as
  the target ("protesters rallied in Beijing" -> China): :mod:`.partners`;
- event nouns whose sides a frame names: the patient of "X was the target
  of a Y attack", a hyphenated pair before a mutual noun ("Russia-Ukraine
  talks"), "the visit of X to Y", the subject of a verb of taking part
  ("joined the protests against X", "took part in the attack on X"):
  :mod:`.noun_frames`;
- a reporting verb's conjunct the parser hung on the reported clause ("said
  there was X and urged Y", "predicted X would lose and asked Y") is the
  reporter's; a statement's participle hung on its medium ("posted a message
  on Twitter blaming Iran") is the poster's: :mod:`.clauses`.

A relation needs at least one named entity, except that a harm verb ("a
mass stabbing killed three people") and an actor noun of
``data/agent_nouns.txt`` in an event of the CAMEO map ("authorities
arrested twelve people") may link two concepts; "the violence raised
fears" is left out. Any other agent noun with a role code ("the court",
"the junta") may link to people, a body or a place, kept only if event
typing types it (:mod:`.agent_roles`, :mod:`extract.events.agent_edges`).

What the article says things are also becomes facts: appositions and
copulas give ``is a`` ("Hayat Tahrir Al Sham, a group" -> (HTS, is a,
group)) or ``<noun> of`` ("YPG is the main fighting force of the SDF");
"US President Donald Trump" gives (Donald Trump, president of, United
States); "Washington's Israeli ally" gives (Israel, ally of, United States),
a capital or seat of government as possessor standing for its country.
Elsewhere a capital stays its own node ("Trump urged Damascus").

Pronouns and definite descriptions that :func:`extract.entities.entities_of`
resolved stand for their entity; the argument keeps the surface text in
``Argument.resolved_from`` and the relation a lower confidence.

The rules are grouped by construction: :mod:`.arguments` (what a token
stands for), :mod:`.clauses` (subjects by voice, negation, the predicate),
:mod:`.verbal` (a verb's objects, light verbs, complements), :mod:`.nominal`
(event nouns), :mod:`.places` (where an intransitive event happened),
:mod:`.partners` (partners, targets and mutual events), :mod:`.targets`
(targets in prepositions and indirect objects), :mod:`.implicit`
(events with one side unnamed), :mod:`.control` (control verbs),
:mod:`.descriptions` (what things are) and :mod:`.output`; :mod:`.reader`
runs them over a Doc.

Examples
--------
>>> event_lemma("bombardment"), event_lemma("Airstrikes"), event_lemma("table")
('bomb', 'strike', None)
"""

from __future__ import annotations

from .nominal import event_lemma
from .reader import relations_of

__all__ = ["relations_of", "event_lemma"]
