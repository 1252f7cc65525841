"""A learned fallback beside the PLOVER patterns: a sentence classifier for event types no pattern knows.

The classifier (``resources/event_textcat.bin``, trained by ``tools/train_event_classifier.py`` from the
tunable gold sets' event spans on the 16 PLOVER types) scores each sentence for the types
``event_textcat_thresholds.tsv`` gives a threshold (a type with no row is never emitted, and the shipped model
holds no other). The thresholds are per kind of source (:func:`kg.extract.sourcekind.source_kind`): White House
readouts and statements (``readout-sources``) take the ``readouts`` rows, every other article the ``news`` rows (the
same score is right far more often in a readout). Where a sentence scores a type above its threshold and the patterns
coded no event of that type there, an event is coded from the sentence's main clause (:func:`clause_actors`): a
speech act's source is its speaker, another act's the subject of the clause it reports. No source, no event. The
model loads on first use, from the package only; ``KG_LEARNED_EVENTS=0`` turns it off (read at each article).
Sentences are scored before kg gathers the article's actors, so an article where no sentence scores a type and no
pattern fires needs none.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache, partial
from typing import Any

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import plover_modality as pm
from kg.extract.arraymatch import table_of
from kg.extract.caches import per_doc
from kg.extract.plover_actors import Actors, actor_key, actors_of
from kg.extract.plover_audience import outlet, press, unheard
from kg.extract.plover_learned_modality import learned_modality, reported_clause
from kg.extract.plover_marked import clause_named, focus_target, reaction_target
from kg.extract.plover_place import home_bodies
from kg.extract.plover_provenance import tagged
from kg.extract.plover_sources import statement_issuer
from kg.extract.plover_subjects import subject
from kg.extract.plover_targets import others, owner_actors
from kg.extract.sentences import sentence_text, sentences
from kg.extract.sourcekind import NEWS, READOUTS, source_kind
from kg.extract.spans import span_ents
from kg.lexicon import resource_path
from kg.model import Actor, Article, PoliticalEventFact

MODEL = "event_textcat.bin"
THRESHOLDS = "event_textcat_thresholds.tsv"
RULE = "learned:textcat"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# spaCy's bag-of-words text classifier: hashed unigrams and bigrams (the model file holds only its weights)
CONFIG = {"threshold": 0.5, "model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False,
                                     "ngram_size": 2, "no_output_layer": False, "length": 2 ** 15}}


def enabled() -> bool:
    """Whether the classifier is on (``KG_LEARNED_EVENTS``, read at each call)."""
    return os.environ.get("KG_LEARNED_EVENTS", "1") not in ("0", "off", "false", "no")


def blank_classifier(labels: tuple[str, ...] = TYPES):
    """An untrained pipeline of the classifier's shape (the tokenizer and one ``textcat_multilabel`` with
    ``labels``)."""
    import spacy

    nlp = spacy.blank("en")
    textcat: Any = nlp.add_pipe("textcat_multilabel", config=CONFIG)
    for t in labels:
        textcat.add_label(t)
    return nlp


def emitted() -> tuple[str, ...]:
    """The types the shipped model holds: those with a threshold for some kind of source, in ``TYPES`` order."""
    return tuple(t for t in TYPES if any(t in limits for limits in all_thresholds().values()))


@lru_cache(maxsize=1)
def classifier():
    """The shipped classifier (whether or not it is switched on), or None when it is not shipped."""
    path = resource_path(MODEL)
    if not path.exists() or not emitted():
        return None
    nlp = blank_classifier(emitted())
    nlp.initialize()
    return nlp.from_bytes(path.read_bytes(), exclude=["vocab", "tokenizer"])


@lru_cache(maxsize=1)
def all_thresholds() -> dict[str, dict[str, float]]:
    """kind of source → type → threshold, from ``event_textcat_thresholds.tsv``
    (``type<TAB>source<TAB>threshold<TAB>comment``)."""
    out: dict[str, dict[str, float]] = {NEWS: {}, READOUTS: {}}
    for line in resource_path(THRESHOLDS).read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.strip() and not line.startswith("#") and cells[0] in TYPES and cells[1] in out:
            out[cells[1]][cells[0]] = float(cells[2])
    return out


def thresholds(kind: str = NEWS) -> dict[str, float]:
    """type → threshold for the articles of one kind of source (:func:`source_kind`)."""
    return all_thresholds()[kind]


def types_for(article: Article) -> Callable[[list[Span]], list[list[str]]]:
    """:func:`sentence_types` with the thresholds of the article's kind of source."""
    return partial(sentence_types, kind=source_kind(article))


def features(sent: Span) -> list[str]:
    """What the classifier reads of a sentence: its words' lower-case lemmas (numbers as ``#``), then the lemmas
    of its main verb and the verbs it governs (``v:``), each with its objects' lemmas (``o:``) and prepositions
    (``p:``), and the kinds of names it holds (``e:``)."""
    words = ["#" if t.like_num else t.lemma_.lower() or t.lower_ for t in sent if not (t.is_punct or t.is_space)]
    return words + ["|"] + _parts(sent)


def _parts(sent: Span) -> list[str]:
    """The verb, object, preposition, negation and entity-kind features of :func:`features` (read from the Doc's
    columns and children lists: no Token made for each verb and child)."""
    table, strings = table_of(sent.doc), sent.doc.vocab.strings
    deps, lemmas, lowers = table.cols["DEP"], table.cols["LEMMA"], table.cols["LOWER"]
    root = sent.root.i
    verbs = [root] + [c for c in table.children(root) if strings[deps[c]] in ("ccomp", "xcomp", "conj", "advcl")]
    parts = []
    for v in verbs:
        lemma = strings[lemmas[v]].lower()
        parts.append(f"v:{lemma}")
        for c in table.children(v):
            dep = strings[deps[c]]
            if dep in ("dobj", "nsubjpass", "attr"):
                parts.append(f"o:{lemma}:{strings[lemmas[c]].lower()}")
            elif dep == "prep":
                parts.append(f"p:{lemma}:{strings[lowers[c]]}")
            elif dep == "neg":
                parts.append(f"n:{lemma}")
    parts += sorted({f"e:{e.label_}" for e in span_ents(sent)})
    return parts


_WORD_KEYS: dict[tuple[int, int, int], int] = {}  # (like_num, lemma, lower) hashes → the word's feature key
_WORDS = ("IS_PUNCT", "IS_SPACE", "LIKE_NUM", "LEMMA", "LOWER")
_BAR = get_string_id("|")  # between the words and the other features


def word_keys(doc: Doc) -> list[int | None]:
    """Each token's word feature (:func:`features`) as the classifier reads it (its string's hash), None for
    punctuation and space: read from the Doc's arrays once per Doc, and each word's key made once per process."""
    return per_doc(doc, "kg_learned_words", _word_keys)


def _word_keys(doc: Doc) -> list[int | None]:
    cols, strings = table_of(doc).cols, doc.vocab.strings
    out: list[int | None] = []
    for punct, space, num, lemma, lower in zip(*(cols[a] for a in _WORDS), strict=True):
        if punct or space:
            out.append(None)
            continue
        key = _WORD_KEYS.get((num, lemma, lower))
        if key is None:
            word = "#" if num else strings[lemma].lower() or strings[lower]
            key = _WORD_KEYS[(num, lemma, lower)] = get_string_id(word)
        out.append(key)
    return out


def sentence_bag(sent: Span) -> Bag:
    """A sentence's :func:`features` as the classifier's input, the words from :func:`word_keys`."""
    words = word_keys(sent.doc)[sent.start:sent.end]
    return Bag([k for k in words if k is not None] + [_BAR] + [get_string_id(w) for w in _parts(sent)])


def scores(sents: list[Span]) -> list[dict[str, float]]:
    """Each sentence's score per type the model holds (none when it is off or not shipped)."""
    nlp = classifier() if enabled() else None
    if nlp is None or not sents:
        return [{} for _ in sents]
    textcat = nlp.get_pipe("textcat_multilabel")
    rows = textcat.model.predict([sentence_bag(s) for s in sents])
    return [dict(zip(textcat.labels, map(float, row), strict=True)) for row in rows]


class Bag:
    """A sentence's features as spaCy's bag-of-words layer reads a Doc (``extract_ngrams`` takes
    ``doc.to_array([ORTH])``: each word's string hash), without a Doc: a Doc would make each new feature string a
    lexeme of the classifier's vocabulary, which costs most of the scoring time and grows with every article."""

    def __init__(self, keys: list[int]):
        self.keys = numpy.array(keys, dtype="uint64")

    @classmethod
    def of(cls, words: list[str]) -> Bag:
        return cls([get_string_id(w) for w in words])

    def __len__(self) -> int:
        return len(self.keys)

    def to_array(self, attrs: list[int]):
        return self.keys  # ORTH: the only attribute the bag-of-words architecture reads


def sentence_types(sents: list[Span], kind: str = NEWS) -> list[list[str]]:
    """The types each sentence scores above its threshold (that of the ``kind`` of source), best first."""
    limits = thresholds(kind)
    out = []
    for cats in scores(sents):
        found = [(score, t) for t, score in cats.items() if t in limits and score >= limits[t]]
        out.append([t for _, t in sorted(found, reverse=True)])
    return out


Typed = list[tuple[Span, list[str]]]
Locate = Callable[[Token, list[Actor]], list[Actor]]  # (anchor, actors) → the actors with the event's country


def typed_sentences(doc: Doc, types_of=sentence_types) -> Typed:
    """The sentences of ``doc`` that score a type, with their types (cheap: no actor is needed to score)."""
    sents = [s for s in sentences(doc) if sentence_text(s)]
    return [(s, kinds) for s, kinds in zip(sents, types_of(sents), strict=True) if kinds]


def learned_events(ac: Actors, marks: pm.Marks, coded: list[PoliticalEventFact], first: int,
                   typed: Typed, locate: Locate = lambda tok, found: found) -> list[PoliticalEventFact]:
    """Events of the types a sentence scores (``typed``: :func:`typed_sentences`) that the patterns did not code
    from it; ``locate`` gives targets of no country ("the government") the country where the anchor's event
    happens, as the patterns' are."""
    done = {(e.evidence.sent_start, e.type) for e in coded}
    blocking = lexicon.words("plover-learned-blocking-types")
    read = [(e.evidence.start, e.evidence.end) for e in coded if e.type in blocking]
    out: list[PoliticalEventFact] = []
    for sent, kinds in typed:
        for kind in kinds:
            if (sent.start_char, kind) in done:
                continue
            fact = _event(ac, marks, sent, kind, f"p{first + len(out)}", locate)
            if fact is not None and not _unfit(fact, read, coded):
                out.append(fact)
    return out


def _restated(fact: PoliticalEventFact, coded: list[PoliticalEventFact]) -> bool:
    """Whether a learned event of ``plover-learned-restated-types`` is a coded event of its type again: all its
    actors take part in one ("X hosted Y and Z for the talks" after the summit of X, Y and Z)."""
    if fact.type not in lexicon.words("plover-learned-restated-types"):
        return False
    mine = {actor_key(a) for a in fact.sources + fact.targets}
    return any(e.type == fact.type and mine <= {actor_key(a) for a in e.sources + e.targets} for e in coded)


def _unfit(fact: PoliticalEventFact, read: list[tuple[int, int]], coded: list[PoliticalEventFact]) -> bool:
    """Whether a learned event is no event of its own: its anchor lies in the evidence of a pattern's refusal
    (``read``, ``plover-learned-blocking-types``: "Chile refused to meet Peru" is a REJECT, the meeting refused is
    no CONSULT), it is a coded event again (:func:`_restated`), a state addresses its own country
    (:func:`_self_addressed`), a legislature sits (:func:`_sitting`), its only sources are news outlets that
    report or quote (``plover_audience.outlet``: "Reuters quoted X as saying"), or it is of a type that needs
    another actor and names none (``plover-learned-target-required-types``: "Peru said it needs to act quickly")."""
    if any(start <= fact.evidence.start < end for start, end in read):
        return True
    if _restated(fact, coded) or _self_addressed(fact) or _sitting(fact):
        return True
    if fact.sources and all(outlet(a) for a in fact.sources):
        return True  # "The BBC quoted X", "The Washington Post reported that …": the press reports, it does not act
    return not fact.targets and fact.type in lexicon.words("plover-learned-target-required-types")


def _sitting(fact: PoliticalEventFact) -> bool:
    """Whether a learned CONSULT is a body's routine sitting: its only actors are unnamed bodies of
    ``plover-learned-sitting-sectors`` ("the Senate was to meet Monday", "the parliament meets for the first time")."""
    sitting = lexicon.words("plover-learned-sitting-sectors")
    return fact.type == "CONSULT" and not fact.targets and bool(fact.sources) and all(
        a.sector in sitting and a.person is None for a in fact.sources)


def _self_addressed(fact: PoliticalEventFact) -> bool:
    """Whether a learned event's only targets are the own country of sources that are all that country's state
    (``plover-learned-state-sectors``): "the Kenyan government has not commented" is addressed to no one."""
    states = lexicon.words("plover-learned-state-sectors")
    own = {a.country for a in fact.sources}
    return bool(fact.targets) and all(a.sector in states and a.person is None for a in fact.sources) and all(
        a.country in own and not (a.person or a.org or a.sector) for a in fact.targets)


def _event(ac: Actors, marks: pm.Marks, sent: Span, kind: str, eid: str, locate: Locate) -> PoliticalEventFact | None:
    found = clause_actors(ac, sent, kind)
    if found is None:
        return None
    anchor, sources, targets = found
    if pm.only_possible(anchor, marks, kind) or _no_act(anchor, kind):  # "X may face legal action"
        return None
    sources, targets = locate(anchor, home_bodies(ac, anchor, sources)), locate(anchor, targets)
    modality = learned_modality(anchor, marks, ac.ctx.article.date, kind, partial(own_state, ac, sources))
    return PoliticalEventFact(id=eid, type=kind, sources=tuple(sources), targets=tuple(targets), modality=modality,
                              evidence=ac.ctx.evidence(anchor.i, anchor.i + 1, RULE))


def own_state(ac: Actors, sources: list[Actor], word: Token) -> bool:
    """Whether a word stands for the own state of the event's sources: all its actors are a source's country or that
    country's state bodies (``plover-learned-state-sectors``), no person ("X said Mexico would seek ...", "said the
    Mexican government would ..."; not "said the United States would ...", "said protesters would ...")."""
    home = {a.country for a in sources if a.country}
    found = actors_of(ac, word)
    states = lexicon.words("plover-learned-state-sectors")
    return bool(found) and all(a.country in home and a.person is None and not a.org and
                               (a.sector is None or a.sector in states) for a in found)


def _no_act(anchor: Token, kind: str) -> bool:
    """Whether the anchor verb states what an actor has, no act (``plover-learned-not-anchors``: "Velonia has 9,000
    troops in Zarovia"), for a type not of ``plover-learned-held-types`` ("the leaders had talks" is a CONSULT)."""
    return anchor.lemma_.lower() in lexicon.words("plover-learned-not-anchors") and \
        kind not in lexicon.words("plover-learned-held-types")


def clause_actors(ac: Actors, sent: Span, kind: str) -> tuple[Token, list[Actor], list[Actor]] | None:
    """(anchor verb, sources, targets) of a sentence's event of type ``kind``, or None when no source resolves.
    The anchor is the main verb; for an act that is not itself speech (``plover-learned-speech-types``) under a
    speech verb ("police said they had arrested 30 protesters") it is the reported clause's verb. Sources: the
    anchor's subject (a statement's issuer for "the statement called for …"). Targets: its objects and the
    objects of its ``plover-learned-target-preps``, else, for a speech act, the reported clause's subject ("X said
    Y was behind the attack"), else the other named actors of the anchor's clause ("reaffirmed the commitment to
    the defence of Japan"), there no news outlet ("in remarks to ABC": where it was said); never an actor of the
    source's own country unless a person or organisation; else :func:`unsaid_target`."""
    anchor = sent.root
    reported = reported_clause(anchor)
    if reported is not None and kind not in lexicon.words("plover-learned-speech-types"):
        anchor, reported = reported, None
    said_by = subject(anchor)
    sources = actors_of(ac, said_by) or statement_issuer(ac, said_by)
    if not sources:
        return None
    given = givers(ac, anchor, kind)
    if given:  # "Greece will receive aid from the EU": the EU's act, done to Greece
        return anchor, given, tagged("learned-receiver", others(given, sources))
    heard = _audience(anchor) if reported is not None else []
    targets = others(sources, _object_actors(ac, anchor, heard), home=True)
    if not targets and reported is not None:
        targets = tagged("learned-reported", others(sources, actors_of(ac, subject(reported)), home=True))
    if not targets:
        targets = [a for a in clause_named(ac, anchor, said_by, sources) if not press(a)]  # "in remarks to ABC"
    return anchor, sources, list(dict.fromkeys(targets or unsaid_target(ac, anchor, sources, kind)))


def givers(ac: Actors, anchor: Token, kind: str) -> list[Actor]:
    """The actors a receiving verb (``plover-learned-receiving-verbs``) names after "from", on itself or on its
    object, for an event of ``plover-learned-received-types``: "Greece will receive aid from the EU", "Serbia has
    received diplomatic support from Russia" are acts of the EU and of Russia; none without "from" ("X received
    criticism for the move") nor for a meeting ("received a delegation from X")."""
    if anchor.lemma_.lower() not in lexicon.words("plover-learned-receiving-verbs") or \
            kind not in lexicon.words("plover-learned-received-types"):
        return []
    heads = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    return [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
            for o in c.children if o.dep_ == "pobj" for a in actors_of(ac, o)]


def _audience(verb: Token) -> list[Token]:
    """Whom a speech verb that reports a clause speaks to ("told reporters", "said to the BBC",
    ``plover-learned-audience-preps``): no target of the act it reports."""
    preps = lexicon.words("plover-learned-audience-preps")
    return [c for c in verb.children if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in preps)]


def _object_actors(ac: Actors, anchor: Token, heard: list[Token]) -> list[Actor]:
    """The actors of the anchor's objects and of the objects of its ``plover-learned-target-preps``, or their
    owners ("condemned Russia's invasion"), leaving out a speech verb's audience (``heard``) and the press a verb
    of ``plover-audience-verbs`` tells ("told the BBC: …", :func:`kg.extract.plover_audience.unheard`)."""
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "dative") and c not in heard]
    preps = lexicon.words("plover-learned-target-preps")
    objects += [o for c in anchor.children if c.dep_ == "prep" and c.lower_ in preps and c not in heard
                for o in c.children if o.dep_ == "pobj"]
    return unheard(anchor, [a for o in objects for a in actors_of(ac, o) or owner_actors(ac, o)])  # "told the BBC"


def unsaid_target(ac: Actors, anchor: Token, sources: list[Actor], kind: str) -> list[Actor]:
    """The target of a learned event whose clause names none, inferred as for a pattern's: a condemnation or
    demand (``plover-reaction-types``) answers the act of force just before it, else an act of
    ``plover-addressed-types`` is addressed to the article's focus country (``focus_target``)."""
    found = reaction_target(ac, anchor, sources) if kind in lexicon.words("plover-reaction-types") else []
    if not found and kind in lexicon.words("plover-addressed-types"):
        found = focus_target(ac, sources, kind)
    return found
