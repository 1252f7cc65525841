"""Named events: "the North American Leaders’ Summit", "the G7 Summit", "the U.S.-Vietnam Innovation and
Investment Summit" (capitalised phrases ending in a ``name_head`` noun of ``event_nouns.tsv``) and NER EVENTs; and
whether a
mention uses the event as a point in time ("months after the Camp David Summit")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import PLAIN_DATE, Context
from kg.extract.sentences import doc_text
from kg.extract.spans import doc_ents
from kg.extract.where import tokens_with
from kg.lexicon import fold


def named_events(ctx: Context) -> list[tuple[str, Span]]:
    """Named events, once each at their first mention: capitalised phrases ending in an event head
    ("... Summit"), and NER EVENTs."""
    found: dict[str, tuple[str, Span]] = {}
    for name, span in event_mentions(ctx):
        found.setdefault(fold(name), (name, span))
    return list(found.values())


def event_mentions(ctx: Context) -> list[tuple[str, Span]]:
    """Every mention of a named event, as (name, span): ``name_head`` nouns first, then NER EVENTs."""
    heads = lexicon.event_nouns("name_head")
    found: list[tuple[str, Span]] = []
    for i in tokens_with(ctx.doc, "LOWER", heads):
        if i == 0:
            continue
        tok = ctx.doc[i]
        start = _name_start(ctx.doc, tok.i)
        while start < tok.i and (ctx.doc[start].lower_ in ("'s", "’s") or not _alnum(ctx.doc[start])):
            start += 1  # "Biden’s Virtual Meeting": the name does not start at "’s"
        if start < tok.i and _title_case_line(tok) and not _specific(ctx.doc[start:tok.i]):
            continue  # in a title-case line "Virtual Meeting" or "Bilateral Meeting" is no name
        if start == tok.i or not (_has_proper(ctx.doc[start:tok.i]) or (tok.text[0].isupper() and
                                                                       tok.ent_type_ in ("ORG", "EVENT", "FAC"))):
            continue
        span = ctx.doc[start:tok.i + 1]
        found.append((normalise_event_name(span.text), span))
    found += [(normalise_event_name(ent.text), ent) for ent in doc_ents(ctx.doc) if ent.label_ == "EVENT"
              and ent[-1].lower_ not in lexicon.words("not-event-heads")  # "the Bipartisan Infrastructure Law"
              and not PLAIN_DATE.fullmatch(ent.text)]  # "a September 10 meeting": NER's EVENT is its date
    return found


def _alnum(tok: Token) -> bool:
    return any(c.isalnum() for c in tok.text)  # "G7" and "COP28" start names; "’s" and "(" do not


def _title_case_line(tok: Token) -> bool:
    """Whether a token is in the article's first line (its title) or, in a text of one line, in a title-case
    sentence; a body sentence with many names ("… hosted a Partnership on Global … Forum") is no title."""
    first_break = doc_text(tok.doc).find("\n")
    return is_headline(tok.sent) and (first_break < 0 or tok.idx < first_break)


def _name_start(doc, head: int) -> int:
    """Where a name ending at ``head`` starts: capitalised words back, through "and" between two of them
    ("the U.S.-Vietnam Innovation and Investment Summit")."""
    start = head
    while start > 0 and (_name_part(doc[start - 1]) or doc[start - 1].lower_ in ("and", "&")
                         and start > 1 and _name_part(doc[start - 2]) and doc[start - 2].text[:1].isupper()
                         and _name_part(doc[start])):
        start -= 1
    return start


def _name_part(tok: Token) -> bool:
    return (tok.text[:1].isupper() or tok.like_num or tok.text in ("’", "'", "'s", "’s", "-")) and \
        not tok.is_sent_start and tok.lower_ not in ("the", "a") and tok.ent_type_ not in ("DATE", "PERSON") \
        and tok.pos_ in ("PROPN", "NUM", "ADJ", "NOUN", "PART", "PUNCT", "X")


def is_headline(sent: Span) -> bool:
    """A title-case line ("Readout of President Biden’s Virtual Meeting with G7 Leaders")."""
    return mostly_capitalised([t.text[0].isupper() for t in sent if t.is_alpha and len(t.text) > 3])


def mostly_capitalised(flags: list[bool]) -> bool:
    """Whether a line's words, one flag each (capitalised or not), are at least three and over 70% capitalised: a
    title-case line (:func:`is_headline`, :mod:`kg.extract.topictitle`)."""
    return len(flags) >= 3 and sum(flags) / len(flags) > 0.7


def _specific(span: Span) -> bool:
    """Whether a name part says which event it is: a number ("G7", "COP28"), a country or an organisation."""
    return any(t.like_num or any(c.isdigit() for c in t.text) or t.ent_type_ in ("ORG", "GPE", "NORP", "EVENT", "LOC")
               or lexicon.lookup_polity(t.text) for t in span)


def _has_proper(span: Span) -> bool:
    return any(t.pos_ in ("PROPN", "NUM") for t in span)


def normalise_event_name(text: str) -> str:
    """Event names without a leading article and with straight apostrophes.

    >>> normalise_event_name("The North American Leaders’ Summit")
    "North American Leaders' Summit"
    """
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I).replace("’", "'")
    return re.sub(r"\s+", " ", text)




def is_temporal(span: Span) -> bool:
    """A named event used as a point in time ("four months after the Camp David Summit") is another event."""
    prep = span.root.head
    temporal = lexicon.words("temporal-preps")
    return prep.lower_ in temporal or prep.lower_ in ("of", "to") and prep.head.lower_ in temporal
