"""Who attended: the persons a copular sentence lists as present at the event described before it ("Also in the
meeting were A, B and C", "Present at the talks were A and B", "X was in attendance along with A and B")."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.participants import dedupe, persons_in_phrase
from kg.extract.plover_audience import press_nouns
from kg.extract.quotesyntax import speech_words
from kg.extract.rulematch import rule_marks
from kg.extract.triggers import meeting_row, negated


def attendance(ctx: Context, root: Token) -> list[int]:
    """"Also in the meeting were A, B and C", "Present at the talks were A and B", "Also attending were A", "X was
    in attendance along with A and B", "A, B and other officials were there" (an ``attending-adverbs`` word on the
    copula, with no place phrase: not "X was there in May") (not X when the press: an ``agents.tsv`` noun of a
    ``plover-audience-sectors`` sector): a copular sentence listing the persons who took part in the event described
    before it."""
    root = reported(root)
    copulas = [root] if root.lemma_ == "be" else [c for c in root.children if c.dep_ == "aux" and c.lemma_ == "be"]
    if root.dep_ not in ("ROOT", "ccomp") or not copulas or negated(root) or _modal(root):
        return []
    said = [c for c in (root, *root.children) if _attending(c) and (c.dep_ in ("acomp", "nsubj", "csubj")
                                                                    or c.i == root.i)]  # "Attending were"
    said += [p for p in root.children if _in_attendance(p) or _at_table(p)]  # "Also in attendance were"
    said += [c for c in root.children if c.dep_ == "advmod" and c.lower_ in lexicon.words("attending-adverbs")
             and root.lemma_ == "be" and not any(p.dep_ == "prep" for p in root.children)]  # "A and B were there"
    marks = rule_marks(root.doc)
    place = [p for c in (root, *said) for p in c.children if marks.has("attended-prep", p.i)
             and any(o.lower_ in lexicon.event_nouns("attended")
                     and any(marks.has("demonstrative", d.i) for d in o.children)
                     for o in p.children if o.dep_ == "pobj")]
    if not said and not place and not _hosts_or_among(root) or contest_roster(root):
        return []
    listed = [e for v in {root, *copulas} for c in v.children if c.dep_ in ("nsubj", "attr") or _after_semicolon(c)
              for e in persons_in_phrase(ctx, c)]
    ins = [p for p in said if _in_attendance(p)]  # "in attendance along with A and B" (on "in" or on the verb)
    ins += [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("along", "alongside")] if ins else []
    along = [e for p in ins for t in p.subtree if t.dep_ == "pobj" and t.head.lower_ in ("with", "alongside")
             for e in persons_in_phrase(ctx, t)]
    # "reporter X was in attendance": the press takes no part …
    press = press_nouns()
    others = {e for t in root.sent if t.dep_ in ("compound", "appos") and t.lemma_.lower() in press
              for e in ctx.persons_at(t.head)}
    others |= {e for p in ins for t in p.subtree if t.dep_ == "poss"  # … nor a title's owner
               for e in ctx.persons_at(t)}  # ("along with Lynn's State Senator Y")
    return [e for e in dedupe(listed + along) if e not in others]


def _after_semicolon(tok: Token) -> bool:
    """A list item the parser hangs apart after a semicolon ("were A, who chaired the talks; B; and C": "B")."""
    return tok.dep_ == "dep" and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ";"


def contest_roster(tok: Token) -> bool:
    """"The candidates held a debate in Cleveland. In attendance were A, B and C", "Present at the debate were A and
    B", "Speakers throughout the convention included A, B and C": a roster of a campaign contest or gathering (a
    ``contest-nouns`` word in its sentence, not a compound's modifier: not "at the convention centre"; or the object
    or subject of the main verb of the sentence before) lists rivals and their backers, no participants in talks."""
    contests = lexicon.words("contest-nouns")
    sent = tok.sent
    if any(t.lemma_.lower() in contests and t.pos_ == "NOUN" and t.dep_ != "compound" for t in sent):
        return True
    before = tok.doc[sent.start - 1].sent if sent.start else None
    return before is not None and any(c.lemma_.lower() in contests for c in before.root.children
                                      if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"))


def _hosts_or_among(root: Token) -> bool:
    """"The two co-hosts of the summit were A and B" (a ``gathering-host-nouns`` subject of a gathering noun),
    "Among those attending were A and B", "Among those at the table were A and B" (an "among" phrase whose head is
    qualified by an ``attending-words`` word or a place at the table)."""
    gatherings = lexicon.event_nouns("attended") | lexicon.words("presence-gatherings") | \
        lexicon.words("hosted-gatherings")
    hosts = [c for c in root.children if c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.words("gathering-host-nouns")
             and any(p.lower_ == "of" and any(o.lemma_.lower() in gatherings for o in p.children) for p in c.children)]
    among = [o for p in root.children if p.dep_ == "prep" and p.lower_ == "among" for o in p.children
             if any(_attending(a) or _in_attendance(a) or _at_table(a) for a in o.children)]
    return bool(hosts or among)


def _modal(root: Token) -> bool:
    """"X will also be present", "Y could be there": a modal on the copula itself (not on a verb joined to it: "were
    present and will meet again")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)


def reported(root: Token) -> Token:
    """"A was also present, officials said": the clause that a sentence's speech verb (``speech_verbs.tsv``) reports
    before it, else the sentence's root."""
    if root.dep_ == "ROOT" and root.lemma_.lower() in speech_words()["verb"]:
        return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
    return root


def fronted_attending(root: Token) -> bool:
    """"Taking part were A, B and C": a joining participle fronted before its copula, the parser's root with no
    subject of its own (the persons hang on the copula), lists who attended rather than acting as a trigger; so
    does one whose subjects the parser hangs after it where the sentence before names a gathering ("X opened the
    conference. Also attending were A, who …, and B"; ``event_word`` nouns; not after "Thousands marched")."""
    subjects = [c for c in root.children if c.dep_ in lexicon.words("subject-deps")]
    if root.tag_ != "VBG" or not _attending(root) or any(c.i < root.i for c in subjects):
        return False
    before = root.doc[root.sent.start - 1].sent if root.sent.start > 0 else None
    words = lexicon.event_nouns("event_word")
    return not subjects or before is not None and any(t.lemma_.lower() in words for t in before)


def _attending(tok: Token) -> bool:
    """An ``attending-words`` word, or the participle of a joining trigger of ``meeting_verbs.tsv`` ("Taking part
    were A and B", "Among those taking part were A and B": m-take-part; not "Taking office were")."""
    if tok.lower_ in lexicon.words("attending-words"):
        return True
    row = meeting_row(tok) if tok.tag_ == "VBG" else None
    return row is not None and row["kind"] == "join"


def _at_table(prep: Token) -> bool:
    """"at the table", "around the table": a place at the gathering's table (``attending-table-nouns``) lists those
    taking part ("Among those at the table were A and B", "Around the table at the retreat were A; B; C")."""
    return prep.dep_ == "prep" and prep.lower_ in ("at", "around") and \
        any(o.dep_ == "pobj" and o.lemma_.lower() in lexicon.words("attending-table-nouns") for o in prep.children)


def _in_attendance(prep: Token) -> bool:
    """"in attendance": an "in" whose object is an ``attending-words`` noun ("Also in attendance were A and B")."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and \
        any(o.dep_ == "pobj" and o.lower_ in lexicon.words("attending-words") for o in prep.children)
