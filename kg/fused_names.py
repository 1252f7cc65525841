"""Names that spaCy's NER fuses with the place before them after a title's preposition.

"the U.S. ambassador to [Iraq Zalmay Khalilzad]", "First Minister of [Scotland Nicola Sturgeon]", "the Chief
Election Commissioner of [India N. Gopalaswami]": the model makes one entity (ORG or PERSON) of the place that ends
the title and the name after it, so the title has no country and the person no name. Such an entity, right after a
preposition of ``fused-place-preps`` that closes a title of ``titles.tsv``, that opens with a country, a known
place, a US state or a province (at most three words; after a city's or a province's post and "of", any one word:
"Mayor of [Koszalin Piotr Jedlinski]") and goes on with two or more words that can continue a name, is split in
two: the place (GPE) and the person (PERSON). ``kg_actor_ruler`` does it before it marks the dictionary's names
(:mod:`kg.actor_ruler`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg import lexicon

LABELS = ("PERSON", "ORG", "GPE")
MAX_PLACE = 3


def split_fused(doc: Doc) -> list[Span] | None:
    """The Doc's entities with every fused place-and-name entity split in two, or None when there is none."""
    out: list[Span] = []
    changed = False
    for ent in doc.ents:
        cut = _place_end(doc, ent) if ent.label_ in LABELS else None
        if cut is None:
            out.append(ent)
            continue
        out += [Span(doc, ent.start, cut, label="GPE"), Span(doc, cut, ent.end, label="PERSON")]
        changed = True
    return out if changed else None


def _place_end(doc: Doc, ent: Span) -> int | None:
    """Where the place that opens ``ent`` ends, when ``ent`` is a place fused with a name after a title."""
    prep = ent.start - 1
    title = _title_ending(doc, prep) if prep >= 1 and doc[prep].lower_ in lexicon.words("fused-place-preps") else None
    if title is None:
        return None
    town = doc[prep].lower_ == "of" and title.kind in lexicon.words("subnational-kinds")
    for cut in range(min(ent.start + MAX_PLACE, ent.end - 2), ent.start, -1):
        if (_place(doc[ent.start:cut].text) or town and cut == ent.start + 1) and _name(doc, cut, ent.end):
            return cut
    return None


def _title_ending(doc: Doc, end: int) -> lexicon.Title | None:
    """The longest title of the lexicon that ends right before ``end``: "ambassador" in "the U.S. ambassador to"
    (the Doc's lexicon marks, which the rules read later too)."""
    from kg.extract.lexmatch import marks

    hit = marks(doc).title_ending(end)
    return lexicon.title_by_id()[hit[1]] if hit else None


def _place(text: str) -> bool:
    """A country, a known place, a US state or a province of the lexicons."""
    from kg.extract.orgnames import region_countries, us_states

    folded = lexicon.fold(text)
    return bool(lexicon.lookup_polity(text)) or folded in lexicon.places() or folded in us_states() or \
        folded in region_countries()


def _name(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` reads as a person's name: words that continue a name, none a title or a place."""
    from kg.extract.names import continues_name

    return all(continues_name(t, loose=True) and lexicon.fold(t.text) not in lexicon.title_index()
               for t in doc[start:end]) and not _place(doc[start:end].text)
