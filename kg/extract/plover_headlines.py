"""A headline's passive: "Opposition leader jailed in Belarus", "Air marshal shot" (the subject is acted on).

Headlines drop the auxiliary of a passive, and the tagger often takes the bare participle for a past tense
("Zarovia Air Marshal shot", "Aid worker reportedly killed"): a verb of ``plover-object-verbs``, an act done to
someone that always names whom, with no object in a line with no full stop is such a passive too.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon


def headline_passive(verb: Token) -> Token | None:
    """The subject of a past participle that heads its sentence with no auxiliary and no object, as headlines
    write a passive ("Opposition leader jailed in Belarus"): the one acted on; not in a sentence closed by a full
    stop, where it is a past tense tagged as a participle ("Syrian planes fired on Y"). A past tense of
    ``plover-object-verbs`` with no object is one too ("Air marshal shot")."""
    if not _participle(verb) or verb.dep_ not in ("ROOT", "conj") or verb.sent.text.rstrip().endswith(".") or \
            any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _participle(verb: Token) -> bool:
    return verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.lemma_.lower() in lexicon.words("plover-object-verbs")
