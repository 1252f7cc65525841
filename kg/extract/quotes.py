"""speaker – said – quote.

Quotations come from :mod:`kg.extract.quotemarks`. Their speaker comes from, in order:

- the speech word that governs the quotation in the parse (``speech_verbs.tsv``): a speech verb ("X said
  (that) “…”", "“…,” he added", "X called it “…”", "by saying “…”"), a characterising verb with a quoted
  "as" complement ("X dismissed Y as “…”", kind ``as``), or a speech noun's owner ("X's declaration that
  “…”", "a statement by X", kind ``noun``);
- else the nearest speech verb outside quotations in the quotation's sentences (and in an attribution the
  parser split off after a quotation ending in "!", "?" or a full stop: "“…!” X told the world.");
- else the previous quotation's speaker, when only its attribution stands between them in the same
  paragraph ("“…,” X told reporters. “…”"), or the speaker of "X said:" right before the quotation
  (without a speech verb: the person subject of the clause before the colon, "X hit back: “…”", or a
  label "NAME, Title: “…”"), or, for a quotation that is a paragraph of its own, the speaker of the
  paragraph before, or of the previous quotation when that one ends the paragraph before (a run of quotation
  paragraphs) (:mod:`kg.extract.quotecontext`).

A verb's speaker is its subject, agent or the antecedent of "who"; a passive subject is not ("X was described as
“…”"). Where the parse gives no subject: a name set off by commas right before the verb ("the director of Y, NAME,
said"), a name that is all the sentence holds before the verb, the sentence's person subject, or a name right after
a verb that follows the quotation ("“…,” added Rice", parsed as an object), or the name set off by a comma after
a descriptor there ("“…,” opined the bank's chief economist, NAME."). "He"/"she" after a quotation is that
quotation's speaker unless another person is named in between outside quotations and reported clauses; otherwise
the last person named as a subject shortly before (:mod:`kg.extract.quotepronouns`). A quotation whose governing
speech word has a subject that is not a person (institutions, unnamed officials) gives no quote, nor does a
one-word "person" that is likely an organisation (see ``named_person``). Split quotations are joined, but not
across a sentence end. Titles and terms in quotation marks ("the “one China” policy", "the term “…”", Title Case
names) are not quotations, and short quotes (under five words) are kept only when attributed directly: governed by
the speech word, or right next to the verb, or a sentence of its own right after the previous quotation and its
attribution ("“…,” said X. “This is disgusting.”").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg import lexicon
from kg.actors import name_tokens
from kg.extract.context import Context
from kg.extract.quotecontext import (
    according_to,
    apposed,
    by_objects,
    definite_title,
    document_owner,
    name_after_descriptor,
    name_after_quote,
    name_before_apposition,
    name_ending_subject,
    sentence_after,
    titled_subject,
    unattributed,
)
from kg.extract.quotemarks import MARKS, continues, group_runs, scan_all_quotes
from kg.extract.quotepronouns import Last, antecedent, clashes, continuity, descriptor, recent
from kg.extract.quotesyntax import (
    as_on_object,
    directly_after,
    joint_names,
    listed_members,
    news_outlet,
    object_participle,
    quoted_object,
    second_object,
    speaker_subjects,
    speech_words,
    written_in_full,
)
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import doc_text, headline_chars
from kg.model import QuoteFact

if TYPE_CHECKING:
    pass

MIN_WORDS = 5
JOINT_SPEAKERS = 4  # persons who may speak one quotation together


class _Attributor:
    """Finds the speaker of a quotation in one article."""

    def __init__(self, ctx: Context, spans: list[tuple[int, int]]):
        self.ctx, self.spans = ctx, spans
        self.words = speech_words()
        self.last: Last | None = None
        self.blocked = False  # the quotation just attributed is someone else's, not a named person's

    def inside(self, idx: int) -> bool:
        return any(a - 1 <= idx < b + 1 for a, b in self.spans)

    def is_speech(self, tok: Token, kind: str = "verb") -> bool:
        pos = "NOUN" if kind == "noun" else "VERB"
        return tok.pos_ == pos and tok.lemma_.lower() in self.words.get(kind, ()) and not self.inside(tok.idx) and \
            not (kind == "verb" and rule_marks(tok.doc).has("not-speech", tok.i))  # "pointing fingers at"

    def attribute(self, a: int, b: int) -> tuple[list[int], bool]:
        """The speakers of the quote at [a, b) (one, or several who speak together) and whether it is attributed
        directly."""
        self.blocked = False
        speakers, direct = self._attribute(a, b)
        if not all(map(self.named_person, speakers)):
            self.blocked = True  # "Politico reported “…”": not a person's words
            return [], False
        return speakers, direct

    def together(self, found: list[int]) -> bool:
        """One speaker, or several named persons who speak together ("A and B said", "commentators such as A and
        B described it as …"): named in a list joined by a conjunction (``quotesyntax.joint_names``), at most
        ``JOINT_SPEAKERS``, and no name among them that may be either of two."""
        if len(found) == 1:
            return True
        if len(found) > JOINT_SPEAKERS or any(len(set(found) & set(v)) > 1 for v in self.ctx.token_entities.values()):
            return False
        return any(self.ctx.token_entities.get(t.i) == found[:1] and joint_names(t) and
                   set(self.ctx.persons_of(t)) == set(found) for t in self.ctx.doc)

    def named_person(self, entity: int) -> bool:
        """A speaker is a named person: a full name, a title or a known office holder; a bare one-word name
        only when the model tags most of its mentions as a person (not "Politico", "ALDI", "Trump-Biden")."""
        e = self.ctx.entities[entity]
        if e.actor is None and news_outlet(e.name):
            return False  # "according to CBS News": an outlet's words, however the model tagged its name
        if len(e.tokens) != 1 or e.actor or e.roles():
            return True
        if any(len(o.tokens) > 1 and e.tokens[0] in o.tokens for o in self.ctx.entities):
            return True  # a surname of someone named in full ("Rosselló" after "Ricardo Rosselló Nevares")
        if written_in_full(self.ctx.doc, e.tokens[0]):
            return True  # named in full where the model took the name for an organisation ("candidate Tavi Brenner")
        texts = [self.ctx.doc[m.start:m.end] for m in e.mentions]
        persons = sum(t[0].ent_type_ == "PERSON" for t in texts)
        shaped = all(not t.text.isupper() and "-" not in t.text for t in texts)
        return shaped and persons * 2 > len(texts)

    def _attribute(self, a: int, b: int) -> tuple[list[int], bool]:
        governed = self.governing(a, b)
        if governed is not None:
            return governed
        source = according_to(self, a, b)  # "According to X, Y will come back “when conditions are right”"
        if source is not None:
            return [source], True
        window = _window(self.ctx, a, b)
        verbs = [t for t in window if self.is_speech(t)] + self._split_off(window, b)
        for verb in sorted(verbs, key=lambda v: min(abs(v.idx - b), abs(v.idx - a))):
            found, _ = self.speaker(verb)
            if found and self.together(found):
                return found, directly_after(self.ctx, verb, a, b)
        return [], False

    def _split_off(self, window: Span, b: int) -> list[Token]:
        """The speech verb of an attribution the parser split off after a quotation ending in "!", "?" or a full
        stop ("“… in two days!” Macron told the world.", "“… as soon as possible.” X said."): right after the
        closing mark, reporting nothing else."""
        doc = self.ctx.doc
        if window.end >= len(doc) or not re.search(r"([.!?]|…)\W*$", doc_text(doc)[max(0, b - 4):b]):
            return []
        nxt = doc[window.end].sent
        if "\n" in doc_text(doc)[b:nxt.start_char] or MARKS.search(doc_text(doc), nxt.start_char, nxt.end_char):
            return []
        return [t for t in nxt if self.is_speech(t) and directly_after(self.ctx, t, b, b)
                and not any(c.dep_ in ("ccomp", "xcomp") for c in t.children)]

    def governing(self, a: int, b: int) -> tuple[list[int], bool] | None:
        """Attribution by the speech word that governs the quote; None when no speech word does."""
        doc = self.ctx.doc
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            return None
        roots = [t for t in span if not t.is_punct and not span.start <= t.head.i < span.end]
        for root in roots:
            node = root
            while node.head.i != node.i and not (self.blocked and node.dep_ != "ccomp"):
                child, node = node, node.head
                found = self._speech_node(child, node, span)
                if found and self.together(found):
                    return found, True
                # an institution, an unnamed official or several people, unless a speech verb above reports
                # them ("X told reporters the data suggested: “…”")
                self.blocked = self.blocked or found is not None
        return ([], False) if self.blocked else None

    def _speech_node(self, child: Token, node: Token, span: Span) -> list[int] | None:
        """The persons a governing speech word gives (possibly none), or None when ``node`` is not one."""
        as_complement = child.dep_ == "prep" and child.lower_ == "as" or second_object(child) or as_on_object(child)
        if self.is_speech(node) or as_complement and self.is_speech(node, "as") or \
                quoted_object(child, span) and self.is_speech(node, "object"):  # "hailed “a new chapter”"
            found, explicit = self.speaker(node)
            return found if found or explicit else None
        # "opposed X's plan: “…”"
        if self.is_speech(node, "noun") and ":" not in doc_text(self.ctx.doc)[node.idx:child.idx]:
            owners = [c for c in node.children if c.dep_ == "poss"]
            owners += by_objects(node)
            found = [e for o in owners for e in self.persons(o)]
            return found or None
        return None

    def speaker(self, verb: Token) -> tuple[list[int], bool]:
        """Persons who speak through ``verb`` and whether the parse names a subject for it."""
        node, explicit = verb, False
        for _ in range(4):
            subj = speaker_subjects(node, passive=node is not verb or node.lemma_ in lexicon.words("quoted-verbs"))
            found = next((f for f in map(self.persons, subj) if f), [])
            participle = node.tag_ == "VBG" and not any(c.dep_ == "aux" for c in node.children)
            if found or node is verb and subj and not participle:  # "…, saying “…”": no subject of its own
                return found or self._appositive_before(verb) or name_after_descriptor(self, verb), True
            explicit = explicit or bool(subj)  # a clause above with a subject that is not a person
            if node is verb and any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children):
                return [], True  # "X was described as “…”": the speaker is not X
            found = self._quoted_or_modified(node)
            if found:
                return found, True
            if object_participle(node):
                node = node.head.head  # "X dismissed the plan calling it “…”": on to the verb of the object
                continue
            if node.dep_ not in lexicon.words("climb-deps") or node.head.i == node.i or self.inside(node.head.idx):
                break
            node = node.head
        found = self._appositive_before(verb) or self._sentence_subject(verb) or self._inverted(verb) or \
            name_before_apposition(self, verb) or name_after_descriptor(self, verb) or name_after_quote(self, verb)
        return found, explicit or bool(found)

    def _inverted(self, verb: Token) -> list[int]:
        """"“…,” added Rice": the name right after a speech verb that follows a closing quotation mark, which
        the parser took for the verb's object (titles may stand between: "said Foreign Minister X")."""
        doc, j = self.ctx.doc, verb.i - 1
        while j >= verb.sent.start and doc[j].is_punct and not MARKS.search(doc[j].text):
            j -= 1
        if j < verb.sent.start or not MARKS.search(doc[j].text):
            return []
        for tok in doc[verb.i + 1:min(verb.i + 6, verb.sent.end)]:
            if tok.i in self.ctx.token_entities:
                found = self.ctx.token_entities[tok.i]
                return list(found) if len(found) == 1 else []
            if tok.pos_ != "PROPN":
                return []
        return []

    def _quoted_or_modified(self, node: Token) -> list[int]:
        """"Politico quoted X as saying “…”" gives X; so does "X, speaking to reporters, said …"."""
        if node.lemma_ in lexicon.words("quoted-verbs"):
            found = [e for c in node.children if c.dep_ == "dobj" for e in self.persons(c)]
            if found:
                return found
        return self.persons(node.head) if node.dep_ == "acl" else []

    def persons(self, tok: Token) -> list[int]:
        """Entities of a subject; "he"/"she" right after an attributed quotation is its speaker."""
        members = listed_members(tok)  # "commentators such as A and B said": A and B
        if members:
            return [e for m in members for e in self.ctx.persons_of(m)]
        if tok.lemma_.lower() in lexicon.words("institution-nouns"):
            return []  # "the German government said": not a person's words
        if tok.lower_ in lexicon.words("relative-pronouns") and tok.head.dep_ == "relcl":
            head = tok.head.head  # "A and B, who said": B, the antecedent, without its conjuncts
            return self.ctx.persons_at(head) or self.persons(head)
        if tok.lower_ in lexicon.words("speaker-pronouns"):
            if self.last and continuity(self, tok.i) and not clashes(self, self.last.speaker, tok):
                return [self.last.speaker]
            return antecedent(self, tok.i) or [e for e in self.ctx.persons_at(tok) if recent(self, e, tok.i)
                                               and not clashes(self, e, tok)]
        set_off = [] if tok.ent_type_ == "PERSON" else apposed(self, tok)
        # "said the chief negotiator for the rebels, NAME": the person set off after a title subject, not the
        # title's earlier holder
        return set_off or descriptor(self, tok) or self.ctx.persons_of(tok) or self._surname(tok) or \
            apposed(self, tok) or titled_subject(self, tok) or definite_title(self, tok) or document_owner(self, tok)

    def _surname(self, tok: Token) -> list[int]:
        """A capitalised subject the tagger took for a common noun ("Trump characterized …") that is the
        surname of exactly one person of the article, or of several when most of the article's mentions of it
        stand for one."""
        if not tok.text[:1].isupper() or tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.ctx.token_entities:
            return []
        key = name_tokens(tok.text)
        found = [e.index for e in self.ctx.entities if key and e.tokens[-1:] == key[-1:] and len(e.tokens) > 1]
        if len(found) > 1:  # "Donald Trump" and "Mary Trump": the one most of the article's "Trump"s stand for
            alone = Counter(e for t in tok.doc if t.text == tok.text for e in self.ctx.token_entities.get(t.i, [])
                            if e in found)
            top = alone.most_common(1)
            found = [top[0][0]] if top and top[0][1] * 2 > sum(alone.values()) else []
        return found if len(found) == 1 else []

    def _appositive_before(self, verb: Token) -> list[int]:
        """"the director of Y, NAME, said": a name separated from the verb by punctuation only; or a name
        that is all the sentence holds before the verb ("Siniscalco stated …", the name parsed as a modifier)."""
        j = verb.i - 1
        while j >= verb.sent.start and self.ctx.doc[j].is_punct:
            j -= 1
        if j < verb.sent.start or self.inside(self.ctx.doc[j].idx):
            return []
        found = self.ctx.token_entities.get(j, [])
        named = [m for m in self.ctx.mentions if m.start <= j < m.end and m.kind == "name"]
        set_off = named and j < verb.i - 1 and (self.ctx.doc[named[0].span_start - 1].text == ","
                                                 or self.ctx.doc[j].dep_ == "appos")
        opening = named and named[0].span_start == verb.sent.start and j == verb.i - 1
        if (set_off or opening) and len(found) == 1:
            return list(found)
        return name_ending_subject(self, verb)  # "Foreign Minister NAME said", the name hung elsewhere

    def _sentence_subject(self, verb: Token) -> list[int]:
        """A verb the parse left without a subject: the sentence's person subject, named before it."""
        root = verb.sent.root
        subj = [c for c in root.children if c.dep_ == "nsubj" and c.i < verb.i]
        finite = verb.tag_ in ("VBD", "VBZ", "VBP")  # not a participle modifying a noun ("a plan called “…”")
        found = self.ctx.persons_of(subj[0]) if subj and root.i != verb.i and finite else []
        others = {e for m in self.ctx.mentions if subj and subj[0].i < m.start < verb.i for e in m.entities}
        return found if len(found) == 1 and others <= set(found) else []


def _window(ctx: Context, start: int, end: int) -> Span:
    doc = ctx.doc
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None:
        return doc[0:0]
    s, e = first[0].sent.start, first[-1].sent.end
    return doc[s:e]


def find_quotes(ctx: Context) -> list[QuoteFact]:
    text = doc_text(ctx.doc)
    groups = group_runs(scan_all_quotes(text, headline_chars(ctx.doc, ctx.article.title)))
    att = _Attributor(ctx, [s for g in groups for s in g])
    out: list[QuoteFact] = []
    pending: Last | None = None  # the previous fact, which an unattributed quote may continue
    for group in groups:
        a, b = group[0][0], group[-1][1]
        quote = " ".join(re.sub(r"\s+", " ", text[x:y]).strip(" ,") for x, y in group)
        if _names_something(att, a, b, quote):
            continue
        speakers, direct = _attribute_group(att, group)
        if pending and continues(text, pending.end, a) and speakers in ([], [pending.speaker]):
            out[-1] = _joined(out[-1], quote, b)
            pending.end = b
            continue
        if not speakers and not att.blocked and len(quote.split()) >= MIN_WORDS:
            found = unattributed(att, (pending.speaker, pending.end) if pending else None, a, b)
            speakers = [] if found is None else [found]
        elif not speakers and not att.blocked and pending and sentence_after(att, pending.end, a, b):
            speakers, direct = [pending.speaker], True  # "“…,” said X. “This is disgusting.”"
        if not speakers or (len(quote.split()) < MIN_WORDS and not direct):
            pending = None
            att.last = None if att.blocked else att.last
            continue
        a += len(text[a:b]) - len(text[a:b].lstrip())  # from its first word: the mark may end a sentence of its own
        window = _window(ctx, a, b)
        ev = replace(ctx.evidence(window.start, window.end, ""), start=a, end=b,
                     rule="quote:direct" if direct else "quote:speech-verb")
        out.extend(QuoteFact(ctx.person(speaker), quote, ev) for speaker in speakers)
        # several speakers: no "he" or "she" after it, nor a continuation, is any one of theirs
        pending = att.last = Last(speakers[0], b, _token_at(ctx, b)) if len(speakers) == 1 else None
    return out


def _names_something(att: _Attributor, a: int, b: int, quote: str) -> bool:
    """A title or a term in quotation marks, not a quotation: “Product of USA”, “The 100 Most Influential
    People”, the “one China” policy, the term “natural born citizen”, the so-called “…”."""
    words = re.findall(r"[^\W\d_][\w'’-]*", quote)
    shouted = len(words) >= 2 and all(w.isupper() for w in words)  # "I WON THIS ELECTION": speech, not a title
    if not shouted and all(w[0].isupper() for w in words if w.lower() not in lexicon.words("function-words")):
        return True
    span = att.ctx.doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return False
    root, before = span.root, att.ctx.doc[span.start - 2] if span.start >= 2 else None
    if before is not None and before.lower_ in ("so-called", "dubbed", "named", "titled", "entitled"):
        return True
    if root.head.lemma_.lower() in att.words.get("term", ()) and root.head.pos_ == "NOUN" and \
            not span.start <= root.head.i < span.end:  # "the term “…”", not "X termed it “…”"
        return True
    modifier = root.dep_ in ("compound", "nmod", "nummod") and root.head.pos_ in ("NOUN", "PROPN")
    return modifier and len(quote.split()) < MIN_WORDS


def _attribute_group(att: _Attributor, group: list[tuple[int, int]]) -> tuple[list[int], bool]:
    for a, b in group:
        speakers, direct = att.attribute(a, b)
        if speakers:
            return speakers, direct
    return [], False


def _token_at(ctx: Context, char: int) -> int:
    span = ctx.doc.char_span(char, min(char + 1, len(doc_text(ctx.doc))), alignment_mode="expand")
    return span.start if span is not None and len(span) else len(ctx.doc)


def _joined(fact: QuoteFact, more: str, end: int) -> QuoteFact:
    return QuoteFact(fact.speaker, f"{fact.text} {more}", replace(fact.evidence, end=end, rule="quote:split"))
