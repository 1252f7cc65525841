"""What a speech act's evaluative words are about, and when an act of force is a threat.

- :func:`evaluated`: whom an evaluative word of a speech act is about ("X called [Y's plan] an affront"), the
  ``evaluative`` target step of :mod:`kg.extract.plover_targets`;
- :func:`appraises_meeting`: whether the word appraises a meeting rather than an actor ("the talks were positive");
- :func:`threat`: whether an act of force is a threat (a conditional consequence, or the speaker's own possible
  act said under a speech verb: :func:`spoken_threat`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract import plover_modality as pm
from kg.extract.plover_actors import Actors, actors_of
from kg.extract.plover_targets import others, owner_actors
from kg.model import Actor


def evaluated(ac: Actors, word: Token, sources: list[Actor]) -> list[Actor]:
    """Whom an evaluative word of a speech act is about: "X said [Y] was illegal", "X called [Y's plan] an
    affront", "X said the attack by [Y] was barbaric"."""
    around = _appraisal(word)
    cands = [c for n in around for c in n.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    cands += [n.head for n in around if n.dep_ == "appos"]
    cands += [p for c in word.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
              for p in c.children if p.dep_ == "pobj"]
    for c in cands:
        found = others(sources, actors_of(ac, c) or owner_actors(ac, c))
        if found:
            return found
    return []


def _appraisal(word: Token) -> list[Token]:
    """An evaluative word and the words it qualifies up to its clause ("branded [X] a terrorist group": up through
    the apposition)."""
    around = [word]
    while len(around) < 3 and around[-1].dep_ in ("acomp", "attr", "oprd", "amod", "ccomp", "xcomp", "appos"):
        around.append(around[-1].head)
    return around


def appraises_meeting(word: Token) -> bool:
    """Whether an evaluative word appraises a meeting or a step of one, no actor (``plover-appraised-meeting-nouns``:
    "described the talks as positive", "the meeting had been positive", "this was a positive step", "the meeting
    gave a decisive push"); not "X's visit", whose owner is appraised."""
    around = _appraisal(word)
    deps = ("nsubj", "nsubjpass", "dobj")
    nodes = around[1:] + [c for n in (*around, around[-1].head) for c in n.children if c.dep_ in deps]
    meetings = lexicon.words("plover-appraised-meeting-nouns")
    return any(n.lemma_.lower() in meetings and not any(c.dep_ == "poss" for c in n.children) for n in nodes)


def _speech(tok: Token) -> Token | None:
    """The speech verb of ``plover-threat-speech`` whose reported clause ``tok`` is, or hangs from as an infinitive
    or conjunct ("the US said it may use force", "the US stated …, but it may use force"), else None."""
    speeches = lexicon.words("plover-threat-speech")
    node = tok
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i and node.head.lemma_.lower() not in speeches:
        node = node.head
    speech = node.head
    if node.dep_ not in ("ccomp", "conj") or speech.lemma_.lower() not in speeches:
        return None
    return speech


def spoken_threat(ac: Actors, tok: Token, kind: str, sources: list[Actor]) -> bool:
    """A speaker's own possible act of force, said under a speech verb, is a threat ("the US said it may use force
    against Iran", "the EU warned it could impose sanctions"); not another's act ("analysts said Russia could
    attack"). An act the speaker says it will do is that act, future (the caller checks the modality)."""
    if kind not in lexicon.words("plover-threat-types") or not sources:
        return False
    speech = _speech(tok)
    if speech is None:
        return False
    said = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    keys = {a.country or a.org or a.label for a in actors_of(ac, said)}
    return bool(keys & {a.country or a.org or a.label for a in sources})


def _warned(tok: Token, kind: str) -> bool:
    """Whether an act the speaker will do is said under a warning (``plover-warning-speech``) and is of
    ``plover-warned-types``: "Turkey warned that it would expel the ambassador" is a threat, while "the EU said it
    will impose sanctions" stays a future sanction."""
    speech = _speech(tok) if kind in lexicon.words("plover-warned-types") else None
    return speech is not None and speech.lemma_.lower() in lexicon.words("plover-warning-speech")


def threat(ac: Actors, tok: Token, marks: pm.Marks, kind: str, modality: str, sources: list[Actor]) -> bool:
    """Whether an act of force is a threat: the consequence of a condition ("if X, we will attack"), the speaker's
    own possible act said under a speech verb ("X said it may use force"), its own announced attack
    (``plover-vowed-types``: "X said he will attack his enemies"; an announced sanction stays a future act), or its
    own sanction or coercion announced as a warning ("X warned it would expel the ambassador": :func:`_warned`)."""
    if kind not in lexicon.words("plover-force-types"):
        return False
    if modality == "hypothetical" and pm.conditional_consequence(tok, marks):
        return True
    vowed = kind in lexicon.words("plover-vowed-types") or _warned(tok, kind)
    spoken = modality == "hypothetical" or modality == "future" and vowed
    return spoken and spoken_threat(ac, tok, kind, sources)
