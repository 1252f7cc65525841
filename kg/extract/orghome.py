"""The organisation of a head's post the text names by a back-reference: "the bloc's secretary-general, X", "a
mission headed by its secretary-general, Y" (``roles.find_roles``, before ``rolehome.private_posts``).

An organisation head's title (kind ``org-head``: Secretary-General) with no country, or a chair's title
(``org-chair-roles``: "Nigeria's President X, the bloc's chairman"), right after "its" or after a
possessive of a noun that names an organisation (``org-referent-nouns``: "the bloc's", "the forum's"), belongs to
the organisation of ``organisations.tsv`` named last before it in its sentence or the one before; the guide gives
such a post the organisation's short name as its country. With no organisation named before, the post stays without one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.orgnames import organisation_before
from kg.extract.rolecountry import placed, title_kind
from kg.extract.rolestatus import role_scope
from kg.extract.rulematch import rule_marks
from kg.extract.titles import title_at
from kg.model import RoleFact

APPOSITION_REACH = 10  # ", who took over as the bloc's current chairman"



def org_referents(doc: Doc, facts: list[RoleFact]) -> list[RoleFact]:
    """``facts``, each organisation head's post with no country that a back-reference owns placed in the
    organisation named last before it."""
    out = []
    for f in facts:
        span = doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand") if _movable(f) else None
        start = _referred_title(_with_apposition(span), f.role) if span is not None else None
        code = organisation_before(doc, start) if start is not None else None
        if code is not None:
            f = placed(f, code, "+org-of-referent")
            f = replace(f, scope=role_scope(f.role, "org-head", code))
        out.append(f)
    return out


def _with_apposition(span: Span) -> Span:
    """The fact's words and the few after them in its sentence, where an apposition or a predicate gives the name
    its second post: "President X, the bloc's chairman", "X, who took over as the bloc's chairman"."""
    return span.doc[span.start:min(span.sent.end, span.end + APPOSITION_REACH)]


def _movable(f: RoleFact) -> bool:
    """A post a back-reference may place in an organisation: an organisation head's with no country, or a chair's
    (``org-chair-roles``), which a head of state holds for his bloc ("Nigeria's President X, the bloc's chairman")."""
    return f.role in lexicon.words("org-chair-roles") or not f.country and title_kind(f.role) == "org-head"


def _referred_title(span: Span, role: str) -> int | None:
    """The first token of the title ``role`` inside ``span`` when a back-reference owns it ("its", "the bloc's")."""
    doc = span.doc
    for i in range(span.start, span.end):
        hit = title_at(doc, i)
        if hit is None or hit[1].role != role:
            continue
        k = i - 1 if i > 1 and rule_marks(doc).has("title-modifier", i - 1) else i  # "the bloc's current chairman"
        before = doc[k - 1] if k > 0 else None
        if before is not None and (before.lower_ == "its" or before.text in ("'s", "’s") and k > 1 and
                                   doc[k - 2].lower_ in lexicon.words("org-referent-nouns")):
            return i
        return None
    return None
