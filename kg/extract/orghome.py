"""The organisation of a head's post the text names by a back-reference: "the bloc's secretary-general, X", "a
mission headed by its secretary-general, Y" (``roles.find_roles``, before ``rolehome.private_posts``).

An organisation head's title (kind ``org-head``: Secretary-General) with no country, right after "its" or after a
possessive of a noun that names an organisation (``org-referent-nouns``: "the bloc's", "the forum's"), belongs to
the organisation of ``organisations.tsv`` named last before it in its sentence or the one before; the guide gives
such a post the organisation's short name as its country. With no organisation named before, the post stays without one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.rolecountry import placed, title_kind
from kg.extract.rolestatus import role_scope
from kg.extract.titles import title_at
from kg.model import RoleFact

ORG_WORDS = 6  # the longest organisation name looked for, in tokens


def org_referents(doc: Doc, facts: list[RoleFact]) -> list[RoleFact]:
    """``facts``, each organisation head's post with no country that a back-reference owns placed in the
    organisation named last before it."""
    out = []
    for f in facts:
        span = None if f.country or title_kind(f.role) != "org-head" else \
            doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
        start = _referred_title(span, f.role) if span is not None else None
        code = _last_organisation(doc, start) if start is not None else None
        if code is not None:
            f = placed(f, code, "+org-of-referent")
            f = replace(f, scope=role_scope(f.role, "org-head", code))
        out.append(f)
    return out


def _referred_title(span: Span, role: str) -> int | None:
    """The first token of the title ``role`` inside ``span`` when a back-reference owns it ("its", "the bloc's")."""
    doc = span.doc
    for i in range(span.start, span.end):
        hit = title_at(doc, i)
        if hit is None or hit[1].role != role:
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and (before.lower_ == "its" or before.text in ("'s", "’s") and i > 1 and
                                   doc[i - 2].lower_ in lexicon.words("org-referent-nouns")):
            return i
        return None
    return None


def _last_organisation(doc: Doc, end: int) -> str | None:
    """The code of the organisation of ``organisations.tsv`` whose name ends last before token ``end``, in its
    sentence or the one before (not one named paragraphs before: "The company said its secretary-general, X"), its
    name capitalised (the pronoun "who" is no WHO: "The two men, who first met …, its executive director, Y")."""
    sent = doc[end].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    for last in range(end - 1, first - 1, -1):
        for start in range(max(first, last - ORG_WORDS + 1), last + 1):
            if not doc[start].text[:1].isupper():
                continue
            code = lexicon.lookup_polity(doc[start:last + 1].text)
            if code is not None and lexicon.polity(code).is_org:
                return code
    return None
