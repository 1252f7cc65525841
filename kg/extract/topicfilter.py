"""What is never a topic: the participants' own countries and regions, places and venues, peoples, public bodies and
office holders (who act, not what is discussed), and words of the event's own name (split from
:mod:`kg.extract.topics`)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.caches import per_doc
from kg.extract.context import WIRE_DATELINE
from kg.extract.orgnames import org_words, region_countries, us_states
from kg.extract.sentences import doc_text
from kg.extract.topicnouns import meeting_noun, trip_word
from kg.extract.topicphrase import _action
from kg.lexicon import fold


def not_a_subject(text: str, head: Token, own: set[str]) -> bool:
    """The participants' own countries, a city or venue, a people ("Haitians"), or a weak head whose only
    modifier is the participants' own country ("U.S. support", "the support of the United States"; not a
    possessor: "Israel's security" is a topic)."""
    key = fold(text)
    if lexicon.lookup_polity(text) in own or key in lexicon.places() or key.removeprefix("the ") in lexicon.places() \
            or own_region(key.removeprefix("the "), own):
        return True
    if head.ent_type_ == "NORP" and " " not in text or actors(text, head) or in_dateline(head):
        return True
    if _action(head) != "bare" or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children):
        return False  # "Israel's security" is a topic, "U.S. support" is not
    rest = re.sub(r"^(of|for|to) ", "", key.replace(fold(head.text), "", 1).strip())
    return bool(rest) and lexicon.lookup_polity(rest) in own


def own_region(key: str, own: set[str]) -> bool:
    """A state or province of the participants' own country (``us_states.tsv``, ``regions.tsv``: "Florida" in a
    US readout): where they met or came from, not what they discussed."""
    return "US" in own and key in us_states() or region_countries().get(key, "-") in own


def in_dateline(tok: Token) -> bool:
    """A word of a wire dateline ("BERLIN (AP) —", "PARIS, March 3 (Reuters) -", "WASHINGTON/TEHRAN —"): where and by
    whom the report was filed, never a topic."""
    return tok.i in per_doc(tok.doc, "kg_topic_dateline", _dateline_tokens)


def _dateline_tokens(doc: Doc) -> frozenset[int]:
    """Token indices of the dateline that opens one of the first paragraphs (``context.WIRE_DATELINE``) up to its
    dash, when no verb stands before the dash."""
    text = doc_text(doc)
    for start in [0] + [m.end() for m in re.finditer(r"\n\s*\n", text[:400])]:
        para = text[start:start + 90]
        dash = re.search(r"\s(?:—|–|--|-)\s", para)
        span = doc.char_span(start, start + dash.start(), alignment_mode="expand") \
            if dash and WIRE_DATELINE.match(para) else None
        if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
            return frozenset(t.i for t in span)
    return frozenset()


def actors(text: str, head: Token) -> bool:
    """Who acts, not what is discussed: a public body ("the Department of Education", "federal Departments") or
    office holders named by a plural title ("their respective foreign ministers") or a capitalised one ("the US
    President")."""
    of = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if public_body(head) or of is not None and public_body(of.head):  # "Education" in "Department of Education"
        return True
    words = fold(text).split()
    if len(words) > 1 and " ".join([*words[:-2], f"{words[-2]}-{words[-1]}"]) in lexicon.title_index():
        return True  # a hyphenated title the phrase writes apart: "President-elect", "Prime Minister-designate"
    if head.tag_ not in ("NNS", "NNPS", "NNP"):
        return False  # "their respective foreign ministers", "the US President"; not "the president's plan"
    if not words:
        return False  # a stray mark ("´") folds to nothing: no title
    words[-1] = fold(head.lemma_)
    return any(" ".join(words[i:]) in lexicon.title_index() for i in range(len(words)))


def public_body(tok: Token) -> bool:
    """A capitalised public body word, singular or plural ("Department", "Agencies"; ``org_words.tsv``)."""
    word = fold(tok.text)
    forms = {fold(tok.lemma_), word, word.removesuffix("s"), re.sub(r"ies$", "y", word)}
    return tok.text[:1].isupper() and any(org_words().get(w) == "public" for w in forms)


def names_event(text: str, name: str | None) -> bool:
    """A word of the event's own name is not its topic: "North America" at the North American Leaders'
    Summit, "G20" at the G20 summit (each topic word begins a word of the name: demonyms fold in); a common noun in
    lower case is what the gathering is about ("peace" of the peace talks)."""
    words, name_words = fold(text).split(), fold(name or "").split()
    return bool(words) and not text.islower() and len(words) < len(name_words) and all(
        any(n.startswith(w) for n in name_words) for w in words)


def relative_descriptions(tok: Token) -> set[int]:
    """Token indices of the relative clauses set off by a comma under what a participant's verb governs whose subject
    is a relative word (``topic-relative-words``): "he condemned the crackdown, which has included the arrest of X",
    "faces pressure over the base, which supports operations in Z" add what the noun they hang on is, not what was
    discussed; a defining clause stays ("a marketplace that sets a standard for X"), as does a clause with a subject
    of its own ("the summit, where he denounced X") or one on a word of the agenda or of what the talks produced
    (``agenda-words``: "the deal, which provided a pause in the fighting", says what the deal holds)."""
    relative, agenda = lexicon.words("topic-relative-words"), lexicon.words("agenda-words")
    return {d.i for t in tok.subtree if t.i != tok.i and t.dep_ == "relcl" and t.head.lower_ not in agenda
            and t.left_edge.i > 0 and tok.doc[t.left_edge.i - 1].text == "," and any(
                c.dep_ in ("nsubj", "nsubjpass") and {c.lower_, *(p.lower_ for p in c.children)} & relative
                for c in t.children) for d in t.subtree}


def cue_descriptions(tok: Token) -> set[int]:
    """Token indices of what describes a noun under a cue verb rather than adds a subject of the talks: a clause set
    off by a comma that opens with a relative word (``topic-relative-words``, ``topic-relative-adverbs``: "discussed
    trade, which reached a record last year", "the South China Sea, where a tribunal ruled against X", "the crisis,
    whose roots lie in Y") or a participle set off by a comma ("the reply, delivered through Kuwaiti mediators"); not
    on a word of the agenda or of what the talks produced (``agenda-words``: "the deal, which provides a pause in the
    fighting", says what the deal holds), nor on the meeting or the trip ("the summit, which debated X")."""
    agenda = lexicon.words("agenda-words")
    return {d.i for t in tok.subtree if t.i != tok.i and t.head.i != tok.i and t.head.lower_ not in agenda
            and not meeting_noun(t.head) and not trip_word(t.head) and t.left_edge.i > 0
            and tok.doc[t.left_edge.i - 1].text == "," and _describes(t) for d in t.subtree}


def describing_clause(verb: Token) -> bool:
    """Whether a participant's verb heads a clause set off by a comma that describes a thing or a place (see
    :func:`cue_descriptions`): "discussed the South China Sea, where both countries claim the Spratly islands" tells
    what the sea is, not what was discussed, under a cue (``topic_cues.tsv``) that governs the noun; a clause on a
    person ("Macron, who discussed X"), on the meeting or the trip ("the summit, where he denounced Y") or on the
    place of a meeting ("they met in Geneva, where they signed Z") tells what was done there."""
    head, cues = verb.head, lexicon.simple_table("topic_cues.tsv", "lemma")
    return verb.dep_ == "relcl" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == "," \
        and _describes(verb) and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("PERSON", "NORP") \
        and not meeting_noun(head) and not trip_word(head) and any(a.pos_ == "VERB" and cues.get(
            a.lemma_.lower(), {}).get("kind", "").startswith("verb") for a in verb.ancestors)


def _describes(clause: Token) -> bool:
    """A relative clause opening with a relative word, or a participle with no subject of its own."""
    if clause.dep_ == "relcl":
        first = clause.left_edge
        return first.lower_ in lexicon.words("topic-relative-words") | lexicon.words("topic-relative-adverbs")
    return clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBG") and clause.left_edge.i == clause.i


def partners(tok: Token) -> set[int]:
    """Token indices of a participant's verb's own "with" phrase after it (``topic-partner-preps``), with whom it
    acted, a party, not what was discussed: "adopted accords with the regional bloc", "worked with member nations";
    not "with regard to X" (``topic-frame-nouns``), nor an absolute "With X passing through Y, they …" before the
    verb, nor what a verb gives a party it governs ("provided Ukraine with ammunition": :func:`_party`)."""
    preps, frames = lexicon.words("topic-partner-preps"), lexicon.words("topic-frame-nouns")
    if any(c.dep_ in ("dobj", "dative") and _party(c) for c in tok.children):
        return set()
    return {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i
            and not any(fold(o.lemma_) in frames for o in c.children) for t in c.subtree}


def _party(tok: Token) -> bool:
    """Who or what can be given something: a pronoun, a name, a person, a country or a body, or a word for a
    country's leaders or officials (``counterpart-nouns``, ``official-group-nouns``: "their counterparts")."""
    return tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or tok.lower_ in (
        lexicon.words("counterpart-nouns") | lexicon.words("official-group-nouns"))
