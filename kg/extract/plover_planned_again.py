"""An event noun that names again an act the article told as planned keeps the plan's future.

News of a coming protest or strike tells it once as planned ("Unions will stage a protest on Thursday", "a protest
planned to coincide with the summit") and then speaks of it by a definite noun with no cue of its own: "The protest
is timed to coincide with the conference", "the protest has been endorsed by three unions". Read alone, the second
mention is asserted, an act done; it is the same planned act, so it takes the future of the earlier event of its
type whose trigger has the same lemma (:func:`planned_again`, used after every sentence-level rule). Only a noun
that refers back (a determiner of ``plover-backref-determiners``, no owner) and is not told as done: the verb it
hangs from is not in the simple past ("the protest drew 5,000 people" happened) and its clause names no day of the
news ("on Monday the strike paralysed the city")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.plover_modality import news_dated
from kg.extract.plover_narrative import past_told
from kg.model import PoliticalEventFact


def planned_again(doc: Doc, events: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """The events, an asserted one whose trigger noun refers back (:func:`refers_back`) to an earlier future event
    of its type with the same trigger lemma (or the lemma of that trigger's object) made future."""
    planned: set[tuple[str, str]] = set()
    out = list(events)
    for k in sorted(range(len(out)), key=lambda k: out[k].evidence.start):
        tok = _trigger(doc, out[k])
        if tok is None:
            continue
        if out[k].modality == "future":  # "will stage a protest": the verb and the act noun it governs
            planned |= {(out[k].type, t.lemma_.lower()) for t in (tok, *tok.children) if t is tok or t.dep_ == "dobj"}
        elif out[k].modality == "asserted" and (out[k].type, tok.lemma_.lower()) in planned and refers_back(tok):
            out[k] = replace(out[k], modality="future")
    return out


def _trigger(doc: Doc, event: PoliticalEventFact) -> Token | None:
    span = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def refers_back(noun: Token) -> bool:
    """Whether an event noun names an act already told and is not told as done: a determiner of
    ``plover-backref-determiners`` and no owner, the verb it hangs from not in the simple past, and no day of the
    news in its clause.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "protest", "is", "timed"], tags=["DT", "NN", "VBZ", "VBN"],
    ...           pos=["DET", "NOUN", "AUX", "VERB"], deps=["det", "nsubjpass", "auxpass", "ROOT"], heads=[1, 3, 3, 3])
    >>> refers_back(doc[1])
    True
    """
    dets = lexicon.words("plover-backref-determiners")
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in dets for c in noun.children):
        return False
    if any(c.dep_ in ("poss", "nmod") for c in noun.children):
        return False
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return not past_told(verb) and not news_dated(noun)
