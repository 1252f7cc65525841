"""Rule helpers that read the Doc's columns, children lists and word indexes instead of making spaCy Tokens
(topicnouns.meeting_or_trip_nouns, triggers.negated, title_patterns.portfolio_before, person_spans._name_of_country,
plover_learned._parts) give what the Token walks they replace give, on hand-built Docs (no statistical model)."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import title_patterns
from kg.extract.person_spans import _name_of_country
from kg.extract.plover_learned import _parts
from kg.extract.rulematch import rule_marks
from kg.extract.title_patterns import portfolio_before
from kg.extract.topicevents import _meeting_or_trip_sentence
from kg.extract.topicnouns import meeting_noun, meeting_or_trip_nouns, trip_word
from kg.extract.triggers import _noun_verb, _object_noun, negated

VOCAB = spacy.blank("en").vocab
# (word, lemma, POS, DEP): meeting and trip nouns, a verb "visit", negations, titles, "for"/"of", names, commas
WORDS = [("talks", "talk", "NOUN", "nsubj"), ("Talks", "talk", "PROPN", "nsubj"), ("visit", "visit", "NOUN", "dobj"),
         ("visited", "visit", "VERB", "ROOT"), ("summit", "summit", "NOUN", "pobj"), ("not", "not", "PART", "neg"),
         ("never", "never", "ADV", "neg"), ("met", "meet", "VERB", "ROOT"),
         ("Minister", "Minister", "PROPN", "compound"), ("for", "for", "ADP", "prep"), ("of", "of", "ADP", "prep"),
         ("Trade", "Trade", "PROPN", "pobj"),
         ("affairs", "affair", "NOUN", "pobj"), ("Jane", "Jane", "PROPN", "compound"), ("Doe", "Doe", "PROPN", "nsubj"),
         ("Japan", "Japan", "PROPN", "pobj"), (",", ",", "PUNCT", "punct"), ("and", "and", "CCONJ", "cc"),
         ("meeting", "meeting", "NOUN", "dobj"), ("tour", "tour", "VERB", "xcomp"), (".", ".", "PUNCT", "punct")]

docs = st.integers(min_value=1, max_value=14).flatmap(lambda n: st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=n, max_size=n),
    st.lists(st.floats(min_value=0, max_value=0.999), min_size=n, max_size=n),
    st.lists(st.sampled_from(["", "", "PERSON", "GPE"]), min_size=n, max_size=n)))


def _doc(parts) -> Doc:
    """One sentence: a tree rooted at its first word, each later word hung on an earlier one."""
    rows, where, ents = parts
    words, lemmas, pos, deps = (list(col) for col in zip(*rows, strict=True))
    heads = [int(w * i) for i, w in enumerate(where)]
    deps = ["ROOT"] + [d if d != "ROOT" else "dep" for d in deps[1:]]
    iob = [f"B-{e}" if e else "O" for e in ents]  # one-word entities
    return Doc(VOCAB, words=words, lemmas=lemmas, pos=pos, deps=deps, heads=heads, ents=iob)


def _negated_by_tokens(tok) -> bool:
    """triggers.negated as it was: the children walked as Tokens (the rest of it unchanged)."""
    marks = rule_marks(tok.doc)
    verb = _noun_verb(tok)
    if verb is not None and any(marks.has("negation", c.i) for c in verb.children):
        return True
    node = tok
    for _ in range(3):
        if any(marks.has("negation", c.i) for c in node.children):
            return True
        if node.i != tok.i and marks.has("negating-head", node.i) or marks.has("denied-clause", node.i):
            return True
        if node.dep_ != "xcomp" and not _object_noun(node, tok) or node.head.i == node.i:
            break
        node = node.head
    return False


def _portfolio_before_by_tokens(doc, end):
    """title_patterns.portfolio_before as it was: its first test on Tokens."""
    tp = title_patterns
    named = end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON"
    if end >= len(doc) or (doc[end].ent_type_ != "PERSON" and doc[end].lower_ != "and" and not named and
                           doc[end - 1].lower_ not in lexicon.words("lowercase-portfolio-ends")):
        return None
    for at in range(end - 2, max(0, end - tp.MAX_PORTFOLIO - 2), -1):
        word = doc[at].lower_
        if word not in ("for", "of"):
            continue
        words = doc[at + 1:end]
        found = tp.find_title(doc, at)
        if found is None or not tp._portfolio_words(words, lower_ok=tp._lowercase_end(doc[end - 1]) or
                                                    (named and tp._state_post(found[1]))):
            return None
        return found[0], tp._with_portfolio(found[1], word, words)
    return None


@settings(max_examples=150, deadline=None)
@given(docs)
def test_topicnouns_meeting_or_trip_nouns_equal_the_walk(parts):
    doc = _doc(parts)
    walk = [t.i for t in doc if meeting_noun(t) or t.pos_ == "NOUN" and trip_word(t)]
    assert meeting_or_trip_nouns(doc) == walk
    assert _meeting_or_trip_sentence(doc[:]) == bool(walk)


@settings(max_examples=150, deadline=None)
@given(docs)
def test_triggers_negated_reads_children_as_the_tokens_give_them(parts):
    doc = _doc(parts)
    assert [negated(t) for t in doc] == [_negated_by_tokens(t) for t in doc]


@settings(max_examples=150, deadline=None)
@given(docs)
def test_title_patterns_portfolio_before_reads_the_columns_as_the_tokens_give_them(parts):
    doc = _doc(parts)  # the ends its callers ask for: a title ends at 0 … len(doc)
    assert [portfolio_before(doc, end) for end in range(len(doc) + 1)] == \
        [_portfolio_before_by_tokens(doc, end) for end in range(len(doc) + 1)]


def test_person_spans_name_of_country_needs_two_words():
    """Model-free: "<name> of <country>" needs a name of two words or more; one word is no name (the dearer tests
    are not asked for it)."""
    two = _doc(([WORDS[14], WORDS[13], WORDS[10], WORDS[15]], [0, 0, 0, 0.7], ["", "", "", "GPE"]))
    one = _doc(([WORDS[14], WORDS[10], WORDS[15]], [0, 0, 0.6], ["", "", "GPE"]))
    assert _name_of_country(two, 0) == (2, 4)
    assert _name_of_country(one, 0) is None


def _parts_by_tokens(sent):
    """plover_learned._parts as it was: the verbs and their children walked as Tokens."""
    verbs = [sent.root] + [c for c in sent.root.children if c.dep_ in ("ccomp", "xcomp", "conj", "advcl")]
    parts = []
    for v in verbs:
        lemma = v.lemma_.lower()
        parts.append(f"v:{lemma}")
        for c in v.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr"):
                parts.append(f"o:{lemma}:{c.lemma_.lower()}")
            elif c.dep_ == "prep":
                parts.append(f"p:{lemma}:{c.lower_}")
            elif c.dep_ == "neg":
                parts.append(f"n:{lemma}")
    return parts + sorted({f"e:{e.label_}" for e in sent.ents})


@settings(max_examples=150, deadline=None)
@given(docs)
def test_plover_learned_parts_read_from_columns_equal_the_token_walk(parts):
    doc = _doc(parts)
    assert _parts(doc[:]) == _parts_by_tokens(doc[:])
