"""Meeting triggers: which words open an event (``meeting_verbs.tsv``), and whether the event is a
meeting, a call, an intention (future or planned, CAMEO 036) or nothing at all (negated: "did not meet")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import lexicon
from kg.extract.participants import phrase
from kg.extract.spans import span_ents

PHONE = re.compile(r"\b(phone|telephone|call|calls|called|video ?call|video ?conference)\b", re.I)
VIDEO = re.compile(r"\b(virtual|virtually|video|videoconference)\b", re.I)
INTENT_HEADS = {"look", "plan", "hope", "expect", "intend", "invite", "want", "aim", "seek", "prepare", "agree", "ask",
                "urge", "intent", "intention"}
UPCOMING = {"next", "upcoming", "forthcoming", "coming"}
GATHERINGS = {"summit", "meeting", "talks", "conference", "session", "round", "forum", "dialogue", "gathering",
              "ministerial", "visit", "trip"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "should", "could", "may", "might"}

def meeting_row(tok: Token) -> dict | None:
    rows = lexicon.simple_table("meeting_verbs.tsv", "lemma")
    row = rows.get(tok.lemma_.lower())
    if row is None:
        return None
    if row["lemma"] == "hold" and not any(c.dep_ == "dobj" and meeting_row(c) for c in tok.children):
        return None
    if row["lemma"] == "take" and not any(c.dep_ == "dobj" and c.lower_ == row["particle"] for c in tok.children):
        return None  # "took part in the summit", not "took office"
    if row["lemma"] == "call" and tok.pos_ == "VERB" and _not_a_call(tok):
        return None
    if tok.pos_ == "NOUN" and row["lemma"] in ("host", "visit", "receive", "welcome", "join", "discuss", "speak"):
        return None
    if tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ") or (tok.pos_ == "ADJ" and row["lemma"] != "bilateral"):
        return None
    return row


def _not_a_call(tok: Token) -> bool:
    """"called on Turkey to halt", "called for talks", "called off the visit", "called the deal a disaster"."""
    for c in tok.children:
        if c.dep_ in ("oprd", "ccomp", "xcomp"):
            return True
        if c.lower_ in ("for", "off", "out", "upon") and c.i > tok.i or \
                c.dep_ in ("prep", "prt") and c.lower_ == "on" and c.i == tok.i + 1 and \
                not any(p.ent_type_ in ("DATE", "TIME") for p in c.children):
            return True
    return False


def classify(tok: Token, row: dict, principal: str | None = None) -> str | None:
    """meeting / host / visit / call / intent for one trigger in its sentence. A generic trigger ("discussed",
    "convened", "held talks") in an article whose first event is a call is part of that call, and "the two
    leaders spoke candidly about X" (no "with", "to" or "by phone") is part of the article's first event
    (None, no event, when there is none)."""
    if is_future(tok):
        return "intent"
    if row["lemma"] == "speak" and not any(c.lower_ in ("with", "to", "by") for c in tok.children):
        return principal
    if row["kind"] == "call" or PHONE.search(tok.sent.text) and not VIDEO.search(tok.sent.text) and \
            row["lemma"] in ("speak", "hold", "meet", "talk"):
        return "call"
    if principal == "call" and row.get("generic") == "yes":
        return "call"
    return row["kind"]


FUTURE_DATE = re.compile(r"\b(next|coming|upcoming|tomorrow)\b|\blater (this|in)\b", re.I)


def is_future(tok: Token) -> bool:
    """"will meet", "looked forward to hosting", "plans to visit", "hosting X later this year"."""
    own = {t.i for t in phrase(tok)}  # dates of the trigger's own phrase, not of its clauses
    if any(e.label_ == "DATE" and e.start in own and FUTURE_DATE.search(e.text) for e in span_ents(tok.sent)):
        return True
    objects = [c for c in tok.children if c.dep_ == "dobj"] + \
        [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    if any(m.lower_ in UPCOMING for o in objects if o.lemma_.lower() in GATHERINGS
           for m in o.children if m.dep_ in ("amod", "det")):
        return True  # "host the next summit", "attend the upcoming meeting"
    node = tok
    for _ in range(6):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children) or \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and node.head.lemma_ in INTENT_HEADS:
            return True
        if node.lemma_ in INTENT_HEADS and node.i != tok.i:
            return True
        if node.head.i == node.i or node.dep_ in ("ccomp", "relcl", "parataxis"):
            break  # a reported or relative clause does not inherit its governor's tense
        node = node.head
    return False


NEGATING_HEADS = {"refuse", "decline", "fail", "cancel", "deny", "reject", "avoid", "postpone"}


def negated(tok: Token) -> bool:
    """"X did not meet Y", "X never met Y", "X refused to meet Y": no event at all."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "neg" and c.nbor(1).lower_ != "only" for c in node.children if c.i + 1 < len(c.doc)):
            return True
        if node.i != tok.i and node.lemma_ in NEGATING_HEADS:
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            break
        node = node.head
    return False


def light_verb_noun(tok: Token, row: dict) -> Token | None:
    if row["lemma"] != "hold":
        return None
    return next((c for c in tok.children if c.dep_ == "dobj" and meeting_row(c)), None)


def light_verb_object(tok: Token) -> bool:
    """"talks" in "held talks": the light verb "hold" is the trigger."""
    return tok.dep_ == "dobj" and tok.head.i != tok.i and tok.head.lemma_.lower() == "hold" \
        and meeting_row(tok.head) is not None


def purpose_of_trigger(tok: Token) -> bool:
    """"X met Y to discuss Z": the purpose clause is the same event as its trigger."""
    return tok.dep_ in ("xcomp", "advcl", "acl") and tok.head.i != tok.i and meeting_row(tok.head) is not None
