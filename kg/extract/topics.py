"""event – discussed – topic.

A topic cue (``topic_cues.tsv``: "discussed X", "a forum to discuss X", "the agenda includes X",
"focused on X", "agreed to strengthen X") yields its object noun phrases, split at conjunctions and
normalised to short phrases; boilerplate heads ("the importance of X", "efforts to X") are looked
through (``topic_stoplist.tsv``). The topic goes to the event named or triggered in the same sentence,
else to the event its subject takes part in, else to the article's main event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.lexicon import fold
from kg.model import EventFact, TopicFact

KEEP_LEFT = ("amod", "compound", "nmod", "nummod", "npadvmod", "poss", "quantmod")
MAX_WORDS = 6
GROUP_SUBJECTS = {"leaders", "they", "sides", "parties", "both", "two", "we", "delegations", "ministers",
                  "presidents", "officials", "countries", "participants", "counterparts", "together"}


BROAD = {"id": "c-participant-verb", "kind": "verb", "lemma": "*"}
NOT_TOPIC_VERBS = {"say", "tell", "thank", "meet", "host", "visit", "look", "be", "have", "make", "take", "call",
                   "speak", "join", "travel", "attend", "arrive", "hold", "receive", "congratulate", "invite",
                   "accept", "give", "get", "go", "come", "leave", "see", "know", "think", "want", "ask", "add"}


def _cue(tok: Token) -> dict | None:
    row = lexicon.simple_table("topic_cues.tsv", "lemma").get(tok.lemma_.lower())
    if row is None and tok.pos_ == "VERB" and tok.lemma_.lower() not in NOT_TOPIC_VERBS and _subject(tok) is not None:
        return BROAD
    if row is None:
        return None
    if row["kind"].startswith("verb") and tok.pos_ != "VERB":
        return None
    if row["kind"] == "verb-agenda" and not any("agenda" in t.lower_ or t.lower_ == "issues" for t in tok.subtree):
        return None
    if row["kind"] in ("noun-subj",):
        return None
    return row


def objects(tok: Token, row: dict) -> list[Token]:
    """The noun heads a cue governs, with their conjuncts and "including X, Y" lists."""
    heads: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass") and row["kind"] != "verb-on":
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("on", "about", "upon", "to", "of", "regarding", "over"):
            heads += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "dobj" and row["kind"] == "verb-on":
            heads += [p for g in c.children if g.dep_ == "prep" for p in g.children if p.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        for item in (h, *h.conjuncts):
            out += topic_heads(item)
    return list(dict.fromkeys(out))


def _including(head: Token) -> list[Token]:
    """Items of "X, including A and B", "X such as A and B", "X like A"."""
    out = []
    for c in head.children:
        such_as = c.lower_ == "as" and any(g.lower_ == "such" for g in c.children) or c.lower_ == "such"
        if c.dep_ in ("prep", "acl", "amod") and (c.lower_ in ("including", "like") or such_as):
            for p in c.subtree:
                if p.dep_ == "pobj" and (p.head.i == c.i or p.head.lower_ == "as"):
                    out += [p, *p.conjuncts]
    return out


COMPLEMENT_PREPS = ("of", "about", "over", "on", "regarding", "to", "for", "toward", "towards", "in", "with",
                    "against", "around")


def phrase(head: Token) -> str | None:
    """A short normalised noun phrase for a head noun; generic heads are looked through.

    Returns None for pronouns, stop-listed heads and over-long phrases.
    """
    stop = lexicon.simple_table("topic_stoplist.tsv", "phrase")
    action = (stop.get(fold(head.text)) or stop.get(fold(head.lemma_)) or {}).get("action")
    if head.pos_ in ("PRON", "DET", "NUM", "VERB", "AUX") or action == "drop" or head.ent_type_ == "PERSON":
        return None
    if action == "through":
        return None
    left = [t for t in _left(head) if (stop.get(fold(t.text)) or {}).get("action") != "adj"]
    right = _pp(head, action == "bare")
    if action == "bare" and not left and not right:
        return None
    words = sorted(set(left + [head] + right), key=lambda t: t.i)
    text = re.sub(r"\s+([’']s)\b", r"\1", " ".join(_word(t) for t in words))
    text = re.sub(r"\s*-\s*", "-", text).strip(" ,;:-")
    if not text or len(text.split()) > MAX_WORDS or fold(text) in stop:
        return None
    return text


def _complements(head: Token) -> list[Token]:
    """What a generic head is about: "efforts to combat X", "the importance of X", "commitment to X and to Y"."""
    out = []
    for c in head.children:
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            out += [o for o in c.children if o.dep_ == "dobj"]
        elif c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS:
            out += [_verb_object(p) for p in c.children if p.dep_ in ("pobj", "pcomp")]
            out += [_verb_object(p) for cc in c.conjuncts for p in cc.children if p.dep_ in ("pobj", "pcomp")]
    return [t for t in out if t is not None]


def _verb_object(tok: Token) -> Token | None:
    """"deepening our ties" → ties; a noun stays itself."""
    if tok.pos_ != "VERB":
        return tok
    return next((o for o in tok.children if o.dep_ == "dobj"), None)


def topic_heads(head: Token, depth: int = 0) -> list[Token]:
    """The heads that carry topics: generic heads are replaced by what they are about and by their
    "including …" lists ("a number of issues, including X and Y" → X, Y)."""
    stop = lexicon.simple_table("topic_stoplist.tsv", "phrase")
    action = (stop.get(fold(head.text)) or stop.get(fold(head.lemma_)) or {}).get("action")
    listed = [h for item in _including(head) for h in topic_heads(item, depth + 1)]
    modifiers = [t for t in _left(head) if t.dep_ in ("compound", "nmod")
                 and (stop.get(fold(t.text)) or {}).get("action") != "adj"]
    if depth > 3 or action not in ("through", "bare") or modifiers:
        return [head, *listed]  # "climate commitments" is a topic; a bare "commitments to X" is about X
    out = list(listed)
    for inner in _complements(head):
        for item in (inner, *inner.conjuncts):
            out += topic_heads(item, depth + 1)
    return out or ([head] if action == "bare" else [])


def _left(head: Token) -> list[Token]:
    out = []
    for c in head.lefts:
        if c.dep_ in KEEP_LEFT and not (c.dep_ == "poss" and c.pos_ == "PRON"):
            out += [t for t in c.subtree if t.dep_ != "det" and not t.is_punct or t.text in ("-", "’s", "'s")]
    return out


def _pp(head: Token, complement: bool) -> list[Token]:
    """"of X" phrases; "for/to X" after support-like heads; "in/on/against X" when X is a named place."""
    for c in head.rights:
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ != "prep" or pobj is None:
            continue
        named = pobj.ent_type_ in ("GPE", "LOC", "NORP", "FAC") and pobj.pos_ == "PROPN"
        if c.lower_ == "of" or complement and c.lower_ in ("for", "to") or \
                c.lower_ in ("in", "on", "against", "across", "with", "between") and named:
            words = [t for t in c.subtree if t.dep_ != "det" and not (t.is_punct and t.text != "-")]
            return words if len(words) <= 5 else []
    return []


def _word(tok: Token) -> str:
    return tok.text if tok.pos_ == "PROPN" or tok.text.isupper() else tok.text.lower()


def _event_for(ctx: Context, tok: Token, events: list[EventFact], anchors: dict[str, list[int]],
               broad: bool = False) -> str | None:
    """The event a topic cue speaks about (a participant-led verb only counts as a cue in ``broad`` mode)."""
    sent = tok.sent
    in_sentence = [e.id for e in events if any(sent.start <= i < sent.end for i in anchors.get(e.id, []))]
    if in_sentence and not broad:
        return in_sentence[0]
    subject = _subject(tok)
    if subject is not None:
        persons = {ctx.person(i) for i in ctx.persons_of(subject)}
        mine = [e for e in events if persons and persons <= set(e.participants)]
        if mine:
            return max(mine, key=lambda e: len(e.participants)).id
        if persons or subject.lower_ in GROUP_SUBJECTS or any(t.lower_ in GROUP_SUBJECTS for t in subject.subtree):
            return main_event(events)
    return None


def _subject(tok: Token) -> Token | None:
    node = tok
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def main_event(events: list[EventFact]) -> str | None:
    meetings = [e for e in events if e.kind != "intent"]
    if not meetings:
        return None
    return max(meetings, key=lambda e: (e.name is not None, len(e.participants))).id


NOT_TOPIC_ENTS = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY", "PERSON")


def _pair(head: Token) -> str | None:
    """Two bare nouns joined by "and" stay one topic: "peace and stability"."""
    conj = list(head.conjuncts)
    bare = all(t.pos_ == "NOUN" and not any(c.dep_ in KEEP_LEFT + ("prep",) for c in t.children if c.i < t.i
                                            or c.dep_ == "prep") for t in [head, *conj])
    if len(conj) == 1 and bare and conj[0].i > head.i and any(c.lower_ == "and" for c in head.children):
        return f"{head.lower_} and {conj[0].lower_}"
    return None


def _headline(sent) -> bool:
    """A title-case line ("‘We’re True Partners,’ Biden Says, After Meeting …") is not a source of topics."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) / len(words) > 0.7


def find_topics(ctx: Context, events: list[EventFact], anchors: dict[str, list[int]]) -> list[TopicFact]:
    out: dict[tuple[str, str], TopicFact] = {}
    headlines = {sent.start for sent in ctx.doc.sents if _headline(sent)}
    for tok in ctx.doc:
        row = _cue(tok)
        if row is not None and tok.sent.start in headlines:
            continue
        if row is None:
            continue
        event = _event_for(ctx, tok, events, anchors, broad=row is BROAD)
        if event is None and row["kind"] == "verb-agenda":
            event = main_event(events)
        if event is None:
            continue
        for head in objects(tok, row):
            text = _pair(head) or phrase(head)
            if text and not ctx.persons_at(head) and head.ent_type_ not in NOT_TOPIC_ENTS:
                ev = ctx.evidence(min(t.i for t in head.subtree), max(t.i for t in head.subtree) + 1,
                                  f"topic:{row['id']}")
                out.setdefault((event, fold(text)), TopicFact(event, text, ev))
    return list(out.values())
