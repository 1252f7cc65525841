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
                  "presidents", "officials", "countries"}


def _cue(tok: Token) -> dict | None:
    row = lexicon.simple_table("topic_cues.tsv", "lemma").get(tok.lemma_.lower())
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
    """The noun heads a cue governs (with their conjuncts)."""
    heads: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "nsubjpass") and row["kind"] != "verb-on":
            heads.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("on", "about", "upon", "to", "of", "regarding"):
            heads += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "dobj" and row["kind"] == "verb-on":
            heads += [p for g in c.children if g.dep_ == "prep" for p in g.children if p.dep_ == "pobj"]
    out = []
    for h in heads:
        out += [h, *h.conjuncts]
    return out


def phrase(head: Token, depth: int = 0) -> str | None:
    """A short normalised noun phrase for a head noun; boilerplate heads are looked through.

    Returns None for pronouns, stop-listed heads and over-long phrases.
    """
    stop = lexicon.simple_table("topic_stoplist.tsv", "phrase")
    inner = _look_through(head, stop)
    if inner is not None and depth < 3:
        return phrase(inner, depth + 1)
    if head.pos_ in ("PRON", "DET", "NUM") or fold(head.text) in stop and stop[fold(head.text)]["action"] == "drop":
        return None
    words = _left(head) + [head] + _of_phrase(head)
    text = " ".join(_word(t) for t in sorted(set(words), key=lambda t: t.i))
    text = re.sub(r"\s+([’']s)\b", r"\1", text).strip(" ,;:")
    if not text or len(text.split()) > MAX_WORDS or fold(text) in stop:
        return None
    return text


def _look_through(head: Token, stop: dict) -> Token | None:
    key_of = fold(f"{head.text} of")
    key_to = fold(f"{head.text} to")
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "to", "for") and (key_of in stop or fold(f"{head.text} {c.lower_}")
                                                                     in stop):
            return next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ in ("acl", "relcl") and key_to in stop:
            return next((o for o in c.children if o.dep_ == "dobj"), None)
    return None


def _left(head: Token) -> list[Token]:
    out = []
    for c in head.lefts:
        if c.dep_ in KEEP_LEFT and not (c.dep_ == "poss" and c.pos_ == "PRON"):
            out += [t for t in c.subtree if t.dep_ != "det" and not t.is_punct or t.text in ("-", "’s", "'s")]
    return out


def _of_phrase(head: Token) -> list[Token]:
    """"of X" phrases, and "in/on/against X" where X is a named place ("war in Ukraine")."""
    for c in head.rights:
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        named = pobj is not None and pobj.ent_type_ in ("GPE", "LOC", "NORP") and pobj.pos_ == "PROPN"
        if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in ("in", "on", "against", "with") and named):
            return [t for t in c.subtree if t.dep_ != "det" and not (t.is_punct and t.text != "-")]
    return []


def _word(tok: Token) -> str:
    return tok.text if tok.pos_ == "PROPN" or tok.text.isupper() else tok.text.lower()


def _event_for(ctx: Context, tok: Token, events: list[EventFact], anchors: dict[str, list[int]]) -> str | None:
    sent = tok.sent
    in_sentence = [e.id for e in events if any(sent.start <= i < sent.end for i in anchors.get(e.id, []))]
    if in_sentence:
        return in_sentence[0]
    subject = _subject(tok)
    if subject is not None:
        persons = {ctx.person(i) for i in ctx.persons_of(subject)}
        mine = [e for e in events if persons and persons <= set(e.participants)]
        if mine:
            return max(mine, key=lambda e: len(e.participants)).id
        if subject.lower_ in GROUP_SUBJECTS or any(t.lower_ in GROUP_SUBJECTS for t in subject.subtree):
            return main_event(events)
    return None


def _subject(tok: Token) -> Token | None:
    node = tok
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if node.head is node:
            return None
        node = node.head
    return None


def main_event(events: list[EventFact]) -> str | None:
    meetings = [e for e in events if e.kind != "intent"]
    if not meetings:
        return None
    return max(meetings, key=lambda e: (e.name is not None, len(e.participants))).id


def find_topics(ctx: Context, events: list[EventFact], anchors: dict[str, list[int]]) -> list[TopicFact]:
    out: dict[tuple[str, str], TopicFact] = {}
    for tok in ctx.doc:
        row = _cue(tok)
        if row is None:
            continue
        event = _event_for(ctx, tok, events, anchors)
        if event is None and row["kind"] == "verb-agenda":
            event = main_event(events)
        if event is None:
            continue
        for head in objects(tok, row):
            text = phrase(head)
            if text and not ctx.persons_at(head):
                ev = ctx.evidence(min(t.i for t in head.subtree), max(t.i for t in head.subtree) + 1,
                                  f"topic:{row['id']}")
                out.setdefault((event, fold(text)), TopicFact(event, text, ev))
    return list(out.values())
