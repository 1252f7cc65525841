"""Speakers of one gathering the text names: a hearing, a conference or a forum whose named persons speak in turn.

"At a hearing of the committee, lawmakers cited the figure. Senator A said … B, the commissioner, said … C asked
him …": a ``speaking-gatherings`` noun held as the setting of a past act (a sentence-level "at/during/in" phrase,
"held a hearing", "a participant in the hearing", "spoke at the opening of the conference") opens a scope; the
named persons who speak there (past ``gathering-speech-verbs`` whose subject is a person: the main verb of a
sentence, or its conjunct) until another setting opens (an "at/in/during" phrase of another gathering or of a
speaker's own setting, ``own-setting-nouns``: "In an appearance in Ohio, X said"), or a campaign contest
(``contest-nouns``), or a country acts ("Egypt backed Mogadishu": the text has left the gathering) are its
participants, each the others' partner. Not a press or news conference
(``press-gathering-modifiers``), not a planned or negated one; persons named in a clause of another verb ("as X
welcomed the news") speak elsewhere.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.event_facts import Draft
from kg.extract.participants import dedupe, persons_in_phrase
from kg.extract.people import pronoun_entity
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import sentences
from kg.extract.triggers import is_future, negated
from kg.extract.where import lemmas_in

MAX_GAP = 3  # sentences with no speaker (nor quotation) after which the text has left the gathering


def join_speakers(ctx: Context, drafts: list[Draft], roster: Callable[[Span, list[int]], Draft]) -> None:
    """Each gathering's speakers join the event of its sentence, else the last attendance of a gathering or the last
    gathering before it ("A and B attended the event … C said", "A spoke at the conference … B said"), else are an
    event of their own (``roster``); with no event at all but an ``attended-gatherings`` noun before, the article's
    unnamed gathering takes them later."""
    none = not any(d.kind not in ("intent", "contest", "call") for d in drafts)
    for sent, listed in gathering_speakers(ctx):
        if none and any(i < sent.start and ctx.doc[i].pos_ == "NOUN"
                        for i in lemmas_in(ctx.doc, lexicon.words("attended-gatherings"))):
            continue  # no event yet, but a conference before: the article's unnamed gathering (kg.extract.attendees)
        held = [d for d in drafts if d.kind not in ("intent", "contest", "call") and d.sent.start <= sent.start]
        same = [d for d in held if d.sent.start == sent.start] or [d for d in held if d.kind == "join" or
                                                                   _gathering(ctx.doc[d.trigger])][-1:]
        if same:
            same[0].participants = dedupe(same[0].participants + listed)
        else:
            drafts.append(roster(sent, listed))


def _gathering(tok: Token) -> bool:
    return tok.lemma_.lower() in lexicon.words("speaking-gatherings") | lexicon.words("attended-gatherings")


def gathering_speakers(ctx: Context) -> list[tuple[Span, list[int]]]:
    """Each gathering's opening sentence with the persons who spoke at it (two or more)."""
    out: list[tuple[Span, list[int]]] = []
    sents = sentences(ctx.doc)
    k = 0
    while k < len(sents):
        frame = _frame(sents[k])
        if frame is None:
            k += 1
            continue
        found: list[int] = []
        j, last = k, k
        while j < len(sents) and j - last <= MAX_GAP and (j == k or not _new_setting(sents[j], frame)):
            spoke = _speakers(ctx, sents[j], sents[max(j - 1, k)]) + (_at_frame(ctx, frame) if j == k else [])
            found += spoke
            if spoke or j == k or _frame(sents[j]) is not None or _quoting(sents[j]):
                last = j  # a speaker, "At the hearing, …" again, or a speaker's words go on
            j += 1
        if len(dedupe(found)) >= 2:
            out.append((sents[k], dedupe(found)))
        k = max(j, k + 1)
    return out


def _frame(sent: Span) -> Token | None:
    """The gathering noun a sentence sets its past act at ("At a hearing of X, …", "held a hearing", "a
    participant in the hearing", "spoke at the opening rally of a conference")."""
    doc = sent.doc
    found = lemmas_in(doc, lexicon.words("speaking-gatherings"))  # the only words that can be one, in order
    for i in found[bisect_left(found, sent.start):bisect_left(found, sent.end)]:
        tok = doc[i]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" or _press(tok):
            continue
        head = tok
        while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "the opening session of the conference"
        verb = head.head.head if head.dep_ == "pobj" else head.head
        setting = head.dep_ == "pobj" and head.head.lower_ in lexicon.words("gathering-setting-preps") and \
            verb.pos_ in ("VERB", "AUX")
        held = head.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in lexicon.words("gathering-hold-verbs")
        part = head.dep_ == "pobj" and head.head.lower_ == "in" and \
            verb.lemma_.lower() in lexicon.words("gathering-part-nouns")
        if head.lemma_.lower() in lexicon.words("contest-nouns"):
            continue  # "the opening rally of the conference": a campaign gathering pairs no one
        if verb.i != sent.root.i and not part:
            continue  # "He said Y blasted X during the hearing": another's act, told elsewhere
        if (setting or held or part) and not is_future(verb) and not negated(verb) and \
                (part or verb.tag_ in ("VBD", "VBN")):
            return tok
    return None


def _at_frame(ctx: Context, frame: Token) -> list[int]:
    """The subject of the act the sentence sets at the gathering ("In a briefing, X denied …", "X spoke at the
    conference") and those the gathering "included" ("a briefing that included Y")."""
    root = frame.sent.root
    if rule_marks(ctx.doc).has("everyday-meet", root.i):
        return []  # "X and Y first met at a conference in 2014"
    subjects = [e for c in root.children if c.dep_ == "nsubj" for e in persons_in_phrase(ctx, c)]
    return subjects + [e for v in frame.children if v.dep_ == "relcl" and v.lemma_ == "include"
                       for o in v.children if o.dep_ == "dobj" for e in persons_in_phrase(ctx, o)]


def _quoting(sent: Span) -> bool:
    """A sentence with a quotation mark: a speaker's words go on."""
    return any(t.is_quote for t in sent)


def _press(tok: Token) -> bool:
    """"a press conference", "a news briefing": one speaker's own setting."""
    return any(c.lemma_.lower() in lexicon.words("press-gathering-modifiers") for c in tok.children
               if c.dep_ in ("compound", "amod"))


def _new_setting(sent: Span, frame: Token) -> bool:
    """Another setting opens: an "at/in/during" phrase of another gathering, of a speaker's own setting ("In an
    appearance") or of a place ("X delivered a speech in Delaware"), a campaign contest, or a recorded message ("the
    video statement from X began to play": no attendance)."""
    others = (lexicon.words("own-setting-nouns") | lexicon.words("speaking-gatherings") |
              lexicon.words("attended-gatherings")) - {frame.lemma_.lower()}
    stops = lexicon.words("contest-nouns") | lexicon.words("recorded-message-nouns")
    preps = lexicon.words("gathering-setting-preps")
    return any(t.lemma_.lower() in stops and t.pos_ == "NOUN" for t in sent) or \
        any(t.dep_ == "pobj" and t.head.lower_ in preps and (t.lemma_.lower() in others or
                                                                   t.ent_type_ == "GPE") for t in sent) or \
        any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in sent.root.children)  # "Egypt backed Somalia"


def _speakers(ctx: Context, sent: Span, before: Span) -> list[int]:
    """Named subjects of a sentence's past speech verbs (its main verb, or a conjunct; a pronoun for a person its
    sentence or the one ``before`` names as its main subject), and those they spoke "along with"."""
    named = [e for s in (before, sent) for c in s.root.children if c.dep_ == "nsubj"
             and c.lower_ not in lexicon.words("person-pronouns") for e in persons_in_phrase(ctx, c)]
    verbs = [sent.root, *[c for c in sent.root.children if c.dep_ == "conj"]]
    out: list[int] = []
    for verb in verbs:
        if verb.lemma_.lower() not in lexicon.words("gathering-speech-verbs") or verb.tag_ != "VBD" or \
                negated(verb) or _by_phone(verb):
            continue
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            if subj.lower_ in lexicon.words("person-pronouns"):
                entity = pronoun_entity(subj.i, ctx.mentions, doc=ctx.doc)
                out += [entity] if entity in named else []
            else:  # not "the owner of Lynn's diner"
                owners = {e for t in subj.subtree if t.dep_ == "poss" for e in ctx.persons_at(t)}
                out += [e for e in persons_in_phrase(ctx, subj) if e not in owners]
        out += [e for p in verb.children if p.dep_ == "prep" and p.lower_ in ("along", "alongside")
                for t in p.subtree if t.dep_ == "pobj" for e in persons_in_phrase(ctx, t)]
    return out


def _by_phone(verb: Token) -> bool:
    """A speech verb said by phone ("X spoke by phone with Y"): a call, not a speaker at the gathering."""
    marks = rule_marks(verb.doc)
    return any(marks.has("phone", t.i) for c in verb.children for t in (c, *c.children))
