"""A quotation's speaker from the text around it, where no speech word attributes it: the previous quotation
of the paragraph ("“…,” X told reporters. “…”"), "X said:" before it, or, for a quotation that is a paragraph of
its own, the speaker of the paragraph before or of a quotation ending it (see :mod:`kg.extract.quotes`)."""

from __future__ import annotations

import re
from typing import Protocol

from spacy.tokens import Token

from kg import lexicon
from kg.extract import nominals
from kg.extract.context import Context
from kg.extract.mentions import Mention
from kg.extract.quotemarks import MARKS, OPEN, PARAGRAPH, STRAIGHT
from kg.extract.sentences import doc_text
from kg.extract.titles import title_at


class Speakers(Protocol):
    """What these rules ask of the quote attributor."""

    ctx: Context
    words: dict[str, frozenset[str]]

    def is_speech(self, tok: Token, kind: str = "verb") -> bool: ...

    def speaker(self, verb: Token) -> tuple[list[int], bool]: ...

    def named_person(self, entity: int) -> bool: ...

    def persons(self, tok: Token) -> list[int]: ...

    def inside(self, idx: int) -> bool: ...


REACH = 80  # tokens from "the statement" back to the statement a person issued


def document_owner(att: Speakers, tok: Token) -> list[int]:
    """"X released a statement … “…,” the statement said": the statement's owner speaks through it (the
    subject of the verb it is the object of, or its possessor); an institution's statement gives no one. So does
    "it" for the speech noun last before it in its sentence or the one before, not an apposition ("X issued a
    statement, her first words in years. “…,” it said"), when X issued it (``plover-issue-verbs``)."""
    doc, back = tok.doc, tok.lower_ == "it"
    if back:
        reach = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else 0
    elif tok.lemma_.lower() not in att.words.get("noun", ()) or not any(c.lower_ == "the" for c in tok.children):
        return []
    else:
        reach = max(0, tok.i - REACH)
    for prev in reversed(doc[reach:tok.i]):
        if (prev.lemma_.lower() in att.words.get("noun", ()) and prev.dep_ != "appos" if back else
                prev.lemma_ == tok.lemma_) and prev.pos_ == "NOUN" and not att.inside(prev.idx):
            owners = [c for c in prev.children if c.dep_ == "poss" and not (back and c.pos_ == "PRON")]
            owners += by_objects(prev) if back else []  # "her first words", "a statement by the ministry"
            if not owners and prev.dep_ == "dobj" and (not back or prev.head.lemma_ in lexicon.words(ISSUING)):
                owners = [c for c in prev.head.children if c.dep_ == "nsubj"]
            found = [e for o in owners for e in att.persons(o)]
            return found if len(found) == 1 else []
    return []


ISSUING = "plover-issue-verbs"  # "X issued a statement … it said": X's; not "X welcomed the statement … it said"


def by_objects(noun: Token) -> list[Token]:
    """The objects of a noun's own "by" ("a statement by the ministry")."""
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]


def apposed(att: Speakers, tok: Token) -> list[int]:
    """A subject phrase whose one named person stands in apposition inside it: "said the company's Vice President
    for Sales, NAME" ("President" the subject, NAME an apposition further down its phrase)."""
    if tok.pos_ == "PRON":
        return []
    found = {e for t in tok.subtree if t.dep_ == "appos" and t.i != tok.i and not att.inside(t.idx)
             for e in att.ctx.persons_at(t)}
    return list(found) if len(found) == 1 else []


def titled_subject(att: Speakers, tok: Token) -> list[int]:
    """A subject whose head is the title of the name it ends with ("Premier of Queensland NAME said", "Chief
    spokesman for the National Security Council NAME said"): the parse makes the title the subject, the name
    a modifier deep in its phrase."""
    found = {e for m in att.ctx.mentions if m.kind == "name" and m.span_start <= tok.i < m.start
             and len(m.entities) == 1 for e in m.entities}
    return list(found) if len(found) == 1 else []


def definite_title(att: Speakers, tok: Token) -> list[int]:
    """A definite title in lower case as the subject ("the new interior minister said", "the foreign minister
    said"): the one person of the article named before it who holds that post
    (:func:`kg.extract.nominals.resolve_nominal`); a name or a capitalised word before the title is another body's
    post ("the PASOK president")."""
    words = list(tok.subtree)  # never empty: it holds ``tok``
    if words[0].lower_ != "the" or words[-1].i != tok.i:
        return []
    for k in range(words[0].i + 1, tok.i + 1):
        if tok.doc[k].pos_ == "PROPN" or tok.doc[k].text[:1].isupper():
            return []  # "the PASOK president": a body's post, not the country's
        found = title_at(tok.doc, k)
        if found and found[0] == tok.i + 1:
            m = Mention(k, tok.i + 1, None, "nominal", found[1].role, None, found[1].kind, "role-anaphora",
                        span_start=words[0].i, span_end=tok.i + 1)
            return nominals.resolve_nominal(m, att.ctx.entities, tok.i, att.ctx.article.date)
    return []


def name_before_apposition(att: Speakers, verb: Token) -> list[int]:
    """"NAME, a 42-year-old teacher in Kirkuk, told reporters: “…”": the name before an apposition set off by commas
    right before a speech verb the parse left without a subject."""
    doc = att.ctx.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return []
    for c in range(verb.i - 2, max(verb.sent.start, verb.i - 14), -1):
        if doc[c].pos_ in ("VERB", "AUX") or att.inside(doc[c].idx):
            return []
        if doc[c].text == ",":
            found = att.ctx.token_entities.get(c - 1, [])
            return list(found) if len(found) == 1 else []
    return []


def name_after_quote(att: Speakers, verb: Token) -> list[int]:
    """"“…,” May said": the tokens between a closing quotation mark (and its comma) and a speech verb the parse left
    without a subject are one person's name, which the parser took for something else (the auxiliary "may")."""
    doc, found = att.ctx.doc, att.ctx.token_entities.get(verb.i - 1, [])
    k = verb.i - 1
    while k > 0 and att.ctx.token_entities.get(k - 1) == found:
        k -= 1
    while k > 0 and doc[k - 1].is_punct and not MARKS.search(doc[k - 1].text):
        k -= 1
    return list(found) if len(found) == 1 and k > 0 and MARKS.search(doc[k - 1].text) else []


DESCRIPTOR = 12  # tokens from an inverted speech verb to the comma that sets off the speaker's name


def name_after_descriptor(att: Speakers, verb: Token) -> list[int]:
    """"“…,” opined the bank's chief economist, NAME.", "“…,” said one of the lawyers at the hearing, NAME.": the
    named person set off by a comma after the descriptor that follows a speech verb right after a closing quotation
    mark, wherever the parse hung the two (the descriptor as the verb's object, the name as a modifier); the
    descriptor holds no verb and no person, and the name ends the clause (punctuation after it)."""
    doc, j = att.ctx.doc, verb.i - 1
    while j > verb.sent.start and doc[j].is_punct and not MARKS.search(doc[j].text):
        j -= 1
    if not MARKS.search(doc[j].text) or verb.i + 1 >= len(doc) or doc[verb.i + 1].text == ",":
        return []
    for tok in doc[verb.i + 1:min(verb.i + DESCRIPTOR, verb.sent.end - 1)]:
        if tok.text == ",":
            named = [m for m in att.ctx.mentions if m.kind == "name" and m.span_start == tok.i + 1]
            ends = named and (named[0].end >= len(doc) or doc[named[0].end].is_punct)
            return list(named[0].entities) if ends and len(named[0].entities) == 1 else []
        if tok.pos_ in ("VERB", "AUX") or tok.i in att.ctx.token_entities or att.inside(tok.idx):
            return []
    return []


def name_ending_subject(att: Speakers, verb: Token) -> list[int]:
    """"In reply to X, Foreign Minister NAME said: “…”", "commander of the Lebanese Army Gen. NAME said": a name right
    before a speech verb (an auxiliary may stand between) that ends the subject phrase where the parse hung it
    elsewhere: the verb has no subject, or its subject is a title whose phrase ends with the name; not a name after a
    preposition or article ("a spokesman for Prime Minister NAME said", "the President NAME")."""
    doc, j = att.ctx.doc, verb.i - 1
    while j > verb.sent.start and doc[j].dep_ == "aux":
        j -= 1
    named = [m for m in att.ctx.mentions if m.kind == "name" and m.end - 1 == j and len(m.entities) == 1]
    if not named or named[0].span_start <= verb.sent.start or att.inside(doc[j].idx) or \
            doc[named[0].span_start - 1].pos_ in ("ADP", "DET", "CCONJ"):
        return []
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj and not (title_at(doc, subj[0].i) and subj[0].i < named[0].span_start and
                     j in {t.i for t in subj[0].subtree}):
        return []
    return list(named[0].entities)


def unattributed(att: Speakers, pending: tuple[int, int] | None, a: int, b: int) -> int | None:
    """The speaker of a quotation no speech word attributes: the previous quotation's, right before it in
    the same paragraph or ending the paragraph before it (a run of quotation paragraphs), that of "X said:" ending
    the sentence (or paragraph) before it, for a quotation
    that is a paragraph of its own the speaker of the paragraph before, or the person the sentence before
    is about."""
    if pending and (_same_paragraph(att, pending[1], a) or _next_paragraph(att, pending[1], a, b)):
        return pending[0]
    for rule in (according_to, _after_colon, _paragraph_before, _sentence_before):
        found = rule(att, a, b)
        if found is not None:
            return found
    return None


def according_to(att: Speakers, a: int, b: int) -> int | None:
    """"According to X, “…”", "“…,” according to X": X, named in the quotation's own sentences."""
    span = att.ctx.doc.char_span(a, b, alignment_mode="expand")
    if span is None:
        return None
    sents = att.ctx.doc[span[0].sent.start:span[-1].sent.end]
    found = [e for t in sents if t.lower_ == "according" and not att.inside(t.idx) and t.i + 1 < len(t.doc)
             and t.nbor(1).lower_ == "to" for p in t.nbor(1).children if p.dep_ == "pobj"
             for e in att.persons(p) or noun_owners(att, p)]
    return found[0] if len(set(found)) == 1 and att.named_person(found[0]) else None


def noun_owners(att: Speakers, noun: Token) -> list[int]:
    """The persons whose words a speech noun holds: its possessor or the object of its "by" ("according to X's
    media release", "according to a tweet on Monday by X")."""
    if noun.lemma_.lower() not in att.words.get("noun", ()):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.subtree if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    return [e for o in owners for e in att.persons(o)]


def _sentence_before(att: Speakers, a: int, b: int) -> int | None:
    """"At first, X was not surprised. “…”": a quotation opening a sentence of the paragraph, whose own
    sentences name no one and report nothing, is the words of the person subject of the sentence before."""
    doc, text = att.ctx.doc, doc_text(att.ctx.doc)
    span = doc.char_span(a, b, alignment_mode="expand")
    if span is None or span.start < 2 or not _opens_sentence(text, a, 6):
        return None
    first = span[0].sent
    own = doc[first.start:span[-1].sent.end]
    if any(att.is_speech(t) or att.ctx.persons_at(t) and not att.inside(t.idx) for t in own):
        return None
    before = doc[first.start - 1].sent
    if PARAGRAPH.search(text, before.start_char, a):  # the same paragraph only
        return None
    subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    found = list(dict.fromkeys(e for c in subjects for e in att.persons(c)))  # a title and its name, both subjects
    return found[0] if len(found) == 1 and att.named_person(found[0]) else None


def _next_paragraph(att: Speakers, prev_end: int, a: int, b: int) -> bool:
    """A run of quotation paragraphs: the previous quotation ends its paragraph (nothing but its closing mark after
    it) and this one is the whole next paragraph ("X said: “….”\n\n“….”\n\n“….”"), the newswire convention for one
    speaker's words over several paragraphs."""
    text = doc_text(att.ctx.doc)
    between = text[prev_end:a]
    after = PARAGRAPH.search(text, b)
    return len(PARAGRAPH.findall(between)) == 1 and re.fullmatch(r"[\s“”\"‘’'.,!?…]*", between) is not None and \
        not re.search(r"\w", text[b:after.start() if after else len(text)])


def _paragraph_before(att: Speakers, a: int, b: int) -> int | None:
    """A quotation paragraph with no attribution continues the speaker of the paragraph before (the newswire
    convention): the last speech verb there with one named person as its speaker ("He said …" included), or, where
    it has no speech verb and no quotation, the one named person subject of its last sentence when that takes a
    stance (``quote-stance-verbs``: "X, the minister for Y, offered a different view.\n\n“…”", "X disagreed.")."""
    text = doc_text(att.ctx.doc)
    breaks = [m for m in PARAGRAPH.finditer(text, 0, a)]
    if not breaks or text[breaks[-1].end():a].strip() not in (OPEN, STRAIGHT) or not _rest_is_quiet(att, b):
        return None
    span = att.ctx.doc.char_span(breaks[-2].end() if len(breaks) > 1 else 0, breaks[-1].start(),
                                 alignment_mode="contract")
    verbs = [t for t in span or () if att.is_speech(t)]
    for verb in reversed(verbs):
        found = att.speaker(verb)[0]
        if len(found) == 1:
            return found[0] if att.named_person(found[0]) else None
    if not span or verbs or MARKS.search(span.text):  # "X met farmers, who told her …": maybe theirs
        return None
    last = span[-1].sent
    if last.root.lemma_.lower() not in lexicon.words("quote-stance-verbs"):
        return None  # "X visited the village.\n\n“…”": not a stance that introduces X's words
    found = list(dict.fromkeys(e for c in last.root.children if c.dep_ in ("nsubj", "nsubjpass")
                               for e in att.persons(c)))
    return found[0] if len(found) == 1 and att.named_person(found[0]) else None


def _rest_is_quiet(att: Speakers, b: int) -> bool:
    """Nothing follows the quotation at ``b`` in its paragraph but sentences with no speech verb, no quotation and
    no name ("“…”. Three of his cousins died in the massacre.")."""
    text = doc_text(att.ctx.doc)
    after = PARAGRAPH.search(text, b)
    end = after.start() if after else len(text)
    rest = text[b:end]
    if not re.search(r"\w", rest):
        return True
    if not re.match(r"[”\"’']?\s*$|[”\"’']?[.!?]?[”\"’']?\s+[A-Z]", rest) or MARKS.search(rest.lstrip("”\"’'. ")):
        return False
    span = att.ctx.doc.char_span(b, end, alignment_mode="expand")
    named = {i for m in att.ctx.mentions if m.kind == "name" for i in range(m.start, m.end)}
    return span is not None and not any(att.is_speech(t) or t.i in named for t in span)


def _after_colon(att: Speakers, a: int, b: int = 0) -> int | None:
    """"X said:" ending the sentence (or paragraph) right before the quotation; a label "NAME, Title: “…”" or
    "NAME, Title, “…”" (a comma only after a verbless label)."""
    before = doc_text(att.ctx.doc)[:a].rstrip().rstrip(OPEN + STRAIGHT).rstrip()
    if not before.endswith((":", ",")):
        return None
    colon = att.ctx.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    if before.endswith(","):
        return _label(att, colon.start)
    verbs = [t for t in colon[0].sent if att.is_speech(t)]
    found = [f for v in reversed(verbs) for f in [att.speaker(v)[0]] if len(f) == 1]
    if not verbs:  # "Bolsonaro hit back at the plan: “…”", or a label "NAME, Title: “…”"
        lead = att.ctx.doc[colon[0].sent.start:colon.start]
        owned = _owned_words(att, lead.root)
        if owned:
            found = [owned]
        elif lead.root.pos_ == "VERB":
            found = [f for f in [att.speaker(lead.root)[0]] if len(f) == 1]
        elif not any(t.pos_ in ("VERB", "AUX") for t in lead):
            found = [f for f in [att.ctx.persons_of(lead.root)] if len(f) == 1]
    return found[0][0] if found else None


def _owned_words(att: Speakers, root: Token) -> list[int]:
    """"NAME's response was blunt: “…”", "NAME's statement echoed the premier's: “…”": a speech noun owned by one
    person as the subject of the clause before the colon."""
    found = {e for s in root.children if s.dep_ in ("nsubj", "nsubjpass")
             and s.lemma_.lower() in att.words.get("noun", ())
             for o in s.children if o.dep_ == "poss" for e in att.persons(o)}
    return list(found) if len(found) == 1 else []


def sentence_after(att: Speakers, prev_end: int, a: int, b: int) -> bool:
    """A short quotation that is a sentence of its own right after the previous quotation and its attribution in the
    same paragraph ("“…,” said X. “This is disgusting.”", "“…,” she said. “It is unjust!”"): it opens with a capital,
    ends with a full stop, "!" or "?", starts a sentence and nothing but a new sentence or quotation follows it."""
    text = doc_text(att.ctx.doc)
    inner = text[a:b].strip()
    opens = _opens_sentence(text, a, 8)
    alone = re.match(r"[”\"’']?(\s*$|\s+[“\"‘A-Z])", text[b:]) is not None
    return inner[:1].isupper() and inner.endswith((".", "!", "?")) and opens and alone and \
        _same_paragraph(att, prev_end, a)


def _opens_sentence(text: str, a: int, reach: int) -> bool:
    """A quotation at ``a`` opens a sentence: a sentence end and a space within ``reach`` characters before it."""
    return re.search(r"[.!?]\W*\s+\W?$", text[max(0, a - reach):a]) is not None


def _same_paragraph(att: Speakers, prev_end: int, a: int) -> bool:
    """Only the previous quotation's attribution between it and the next one: "“…,” X told reporters. “…”"."""
    between = doc_text(att.ctx.doc)[prev_end + 1:a - 1]
    if "\n" in between or len(between) >= 120 or MARKS.search(between):
        return False
    tokens = att.ctx.doc.char_span(prev_end + 1, a - 1, alignment_mode="contract")
    return not re.search(r"[.!?:]", between) or any(att.is_speech(t) for t in tokens or ())


def _label(att: Speakers, comma: int) -> int | None:
    """"Martin O'Malley, state governor of Maryland, “…”": a sentence that opens on a named person and an
    apposition and holds no verb before the comma that opens the quotation is a label for the quotation."""
    doc = att.ctx.doc
    lead = doc[doc[comma].sent.start:comma]
    if len(lead) < 2 or any(t.pos_ in ("VERB", "AUX") for t in lead) or not att.ctx.persons_at(lead[0]):
        return None
    found = att.ctx.persons_of(lead.root)
    return found[0] if len(found) == 1 and att.named_person(found[0]) else None
