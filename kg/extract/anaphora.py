"""Role anaphora: "the Mexican president", "Canada's prime minister", "his counterpart in Mexico",
"the leaders of Canada and Mexico", and "his Greek and French counterparts, A and B, respectively"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.countries import leading_polity, national_premier, polity_after_of, polity_before
from kg.extract.mentions import Mention
from kg.extract.rulematch import rule_marks
from kg.extract.titles import title_at, title_starts
from kg.extract.where import tokens_with


def nominal_mentions(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Role anaphora: "the Mexican president", "Canada's prime minister", "his counterpart in Mexico"."""
    used = {i for m in named for i in range(m.span_start, m.span_end)}
    starts = {m.start for m in named}
    groups = set(tokens_with(doc, "LOWER", lexicon.words("counterpart-nouns")))  # where _nominal_group can start
    ranks = set(tokens_with(doc, "LOWER", lexicon.words("chief-diplomat-ranks")))  # where _chief_diplomat can start
    out: list[Mention] = []
    i = 0
    for k in sorted({*title_starts(doc), *groups, *ranks}):  # where any can start; a mention found skips its words
        found = None if k < i or k in used else \
            (_chief_diplomat(doc, k) if k in ranks else None) or _title_or_group(doc, k, starts, k in groups)
        if found:
            out.append(found)
            i = found.end
    return out


def _title_or_group(doc: Doc, k: int, starts: set[int], group_word: bool) -> Mention | None:
    """The role anaphor starting at ``k``: its title ("the Mexican president"), else a country's leader or
    counterpart ("his counterpart in Mexico"); a country's "leader" is its head ("The Ghanaian leader met X":
    ``group-over-title-nouns``), not the party or house leader that the title "Leader" is."""
    title = _nominal_title(doc, k, starts)
    group = _nominal_group(doc, k) if group_word and (title is None or (
        doc[k].lower_ in lexicon.words("group-over-title-nouns") and title.title_kind not in
        lexicon.words("head-kinds"))) else None
    return group or title


def _nominal_title(doc: Doc, i: int, name_starts: set[int]) -> Mention | None:
    found = title_at(doc, i)
    if not found:
        return None
    end, title = found
    if end in name_starts or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
        return None
    before = polity_before(doc, i)
    det = i > 0 and rule_marks(doc).has("role-determiner", i - 1)
    if not before and not det:
        return None
    country = before[1] if before else None
    after = polity_after_of(doc, end)
    if after:
        end, country = after
    span_start = before[0] if before else i
    capitalised = doc[i].text[:1].isupper() and i > 0 and doc[i - 1].lower_ == "the"
    rule = "role-anaphora-capitalised" if capitalised else "role-anaphora"
    role = "Prime Minister" if national_premier(title.role, country) else title.role  # "the Indian premier"
    return Mention(i, end, None, "nominal", role, country, title.kind, rule, span_start=span_start, span_end=end,
                   subject=doc[end - 1].dep_ in ("nsubj", "nsubjpass"))


def _chief_diplomat(doc: Doc, k: int) -> Mention | None:
    """"the top US diplomat", "China's top diplomat", "America's chief diplomat": a country's foreign minister
    (``chief-diplomat-ranks`` and ``-nouns``), resolved to its Foreign Minister, Foreign Secretary or Secretary of
    State named before (:func:`kg.extract.nominals.resolve_nominal`); no country, no mention ("a top diplomat")."""
    j, country = k + 1, None
    inner = leading_polity(doc, j, min(len(doc), j + 3))  # "the top US diplomat"
    if inner:
        j, country = inner
    if j >= len(doc) or doc[j].lower_ not in lexicon.words("chief-diplomat-nouns") or _post_named_after(doc, j + 1):
        return None
    before = polity_before(doc, k)  # "China's top diplomat"
    country = country or (before[1] if before else None)
    if country is None or not before and (k == 0 or doc[k - 1].lower_ != "the"):
        return None  # "a top US diplomat", "the former top US diplomat": someone else
    return Mention(k, j + 1, None, "nominal", None, country, "chief-diplomat", "chief-diplomat-anaphora",
                   span_start=before[0] if before else k, span_end=j + 1,
                   subject=doc[j].dep_ in ("nsubj", "nsubjpass"))


def _post_named_after(doc: Doc, i: int) -> bool:
    """The descriptor's own post or holder follows: "the top US diplomat for Asia", "in Iraq" (another post), or
    "China's top diplomat Wang Yi" (a name of its own)."""
    return i < len(doc) and (doc[i].dep_ == "prep" and doc[i].lower_ != "with" or
                             doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper())


def _nominal_group(doc: Doc, i: int) -> Mention | None:
    """"counterpart(s)"/"leader(s)" with countries: "the leaders of Canada and Mexico"."""
    if doc[i].lower_ not in lexicon.words("counterpart-nouns"):
        return None
    countries = list(_demonyms_before(doc, i))
    j = i + 1
    if j < len(doc) and rule_marks(doc).has("counterpart-prep", j):
        countries_after, end = _polity_list(doc, j + 1)
        if countries_after and not _demonym_of_noun(doc, end) and not _polity_of_name(doc, end):
            # "a delegation of Brazilian deputies": not Brazil's; "leader of the Bangladesh Nationalist Party"
            countries.extend(countries_after)
            j = end
    if not countries:
        return None
    kind = "head" if doc[i].lower_.startswith(("leader", "head", "government")) else "counterpart"
    return Mention(i, max(j, i + 1), None, "nominal", None, countries[0] if len(countries) == 1 else None, kind,
                   "counterpart-anaphora", countries=tuple(countries), span_start=i, span_end=max(j, i + 1),
                   subject=doc[i].dep_ in ("nsubj", "nsubjpass"))  # "the Indian leader called on X. He …": he


def _polity_of_name(doc: Doc, end: int) -> bool:
    """Whether the polity list ends in a country's name that opens another proper name ("of the Bangladesh
    Nationalist Party", "of the Kenya Ports Authority"): the counterpart noun then heads that body, not the country."""
    last = doc[end - 1]
    return end < len(doc) and last.dep_ == "compound" and last.head.i >= end and last.head.pos_ == "PROPN"


def _demonym_of_noun(doc: Doc, end: int) -> bool:
    """Whether the polity list ends in a demonym that describes the noun after it ("of Brazilian deputies",
    "from Chinese companies"): the counterpart noun then names those people, not the country's leader."""
    last = doc[end - 1]
    return end < len(doc) and last.pos_ == "ADJ" and last.dep_ == "amod" and last.head.i == end and \
        doc[end].pos_ == "NOUN"


def _demonyms_before(doc: Doc, i: int):
    """The polities named just before ``doc[i]`` ("the Mexican and Canadian counterparts"; a country's possessive too
    before a ``group-over-title-nouns`` word: "Nigeria's leader")."""
    j = i - 1
    found = []
    joins = lexicon.words("list-joiners") | ({"'s", "’s"} if doc[i].lower_ in lexicon.words("group-over-title-nouns")
                                            else set())
    while j >= 0 and (doc[j].text in joins or lexicon.lookup_polity(doc[j].text)):
        code = lexicon.lookup_polity(doc[j].text)
        if code:
            found.append(code)
        j -= 1
    return reversed(found)


def _polity_list(doc: Doc, j: int) -> tuple[list[str], int]:
    codes = []
    while j < len(doc):
        if doc[j].lower_ in ("the", ",", "and"):
            j += 1
            continue
        hit = leading_polity(doc, j, min(len(doc), j + 4))
        if not hit:
            break
        j, code = hit
        codes.append(code)
    return codes, j


def respectively_names(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Names NER missed in "his Greek, Cypriot and French counterparts, A, B and C, respectively": when the
    list has one item per country, every item made of capitalised proper nouns is a person's name."""
    covered = {i for m in named for i in range(m.start, m.end)}
    out: list[Mention] = []
    for i in tokens_with(doc, "LOWER", ("respectively",)):
        tok = doc[i]
        nouns = lexicon.words("counterpart-nouns")
        start = next((j for j in range(tok.i - 1, max(-1, tok.i - 40), -1) if doc[j].lower_ in nouns), None)
        group = _nominal_group(doc, start) if start is not None else None
        if group is None or len(group.countries) < 2:
            continue
        items = _list_items(doc, group.end, tok.i)
        if len(items) != len(group.countries):
            continue
        for s, e in items:
            if not covered.intersection(range(s, e)) and _looks_like_name(doc, s, e):
                out.append(Mention(s, e, doc[s:e].text, "name", span_start=s, span_end=e))
    return out


def _list_items(doc: Doc, start: int, stop: int) -> list[tuple[int, int]]:
    """Token ranges of the items of "A, B and C" between ``start`` and ``stop`` (commas and "and" split)."""
    items, begin = [], start
    for i in range(start, stop + 1):
        if i == stop or doc[i].text == "," or doc[i].lower_ == "and":
            if i > begin:
                items.append((begin, i))
            begin = i + 1
    return items


def _looks_like_name(doc: Doc, start: int, end: int) -> bool:
    toks = doc[start:end]
    return 2 <= len(toks) <= 5 and toks[0].text[:1].isupper() and toks[-1].text[:1].isupper() and \
        all(t.pos_ == "PROPN" and t.is_alpha or t.text == "-" for t in toks) and not lexicon.lookup_polity(toks.text)


def respectively(doc: Doc, named: list[Mention], nominal: list[Mention]) -> None:
    """"X and his Greek, Cypriot and French counterparts, A, B and C, respectively": A, B, C get X's role,
    and the group mention stands for A, B and C (not for the heads of those countries)."""
    for group in nominal:
        if group.title_kind != "counterpart" or len(group.countries) < 2:
            continue
        tail = doc[group.end:min(len(doc), group.end + 40)]
        stop = next((t.i for t in tail if t.lower_ == "respectively"), None)
        if stop is None:
            continue
        listed = [m for m in named if group.end <= m.start < stop]
        owner = next((m for m in reversed(named) if m.end <= group.start and m.role), None)
        if owner is None or len(listed) != len(group.countries):
            continue
        for m, code in zip(listed, group.countries, strict=True):
            m.role = m.role or owner.role
            m.country = m.country or code
            m.title_kind, m.rule = owner.title_kind, "counterparts-respectively"
        group.entities = list(dict.fromkeys(e for m in listed for e in m.entities))  # the group is A, B and C


def possessor_pronoun(ctx, noun: Token, poss: Token) -> list[int]:
    """"X said his meeting with Y was useful", "His talks with Y focused on energy": the possessive pronoun of a
    meeting noun (``person-possessive-pronouns``) stands for the subject of the nearest clause above the noun that
    does not hold it ("Y, the party leader, said ahead of his meeting with Z"), else for the last person named as
    a subject in its sentence or the one before ("X arrived on Monday. His talks with Y …")."""
    if noun.pos_ != "NOUN" or poss.lower_ not in lexicon.words("person-possessive-pronouns"):
        return []
    node = noun
    while node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ in lexicon.words("subject-deps")
                    and not c.left_edge.i <= noun.i <= c.right_edge.i]
        if subjects and node.pos_ in ("VERB", "AUX"):
            found = {e for c in subjects for t in c.subtree for e in ctx.persons_at(t)}
            if len(found) == 1:  # one person in the subject phrase ("The leader of X, Y, said")
                return list(found)
            break
    if not any(c.dep_ in lexicon.words("subject-deps") for c in poss.sent.root.children):
        return []  # the parser lost the main subject ("Speaking on the eve of his meeting with Z, [X] said")
    return last_subject(ctx, poss)


def last_subject(ctx, tok: Token) -> list[int]:
    """The last person named (alone) as a subject before ``tok`` in its sentence or the one before."""
    doc = tok.doc
    first = doc[tok.sent.start - 1].sent.start if tok.sent.start else 0  # this sentence and the one before
    named = [m for m in ctx.mentions if first <= m.start and m.end <= tok.i and m.subject and len(m.entities) == 1]
    return [named[-1].entities[0]] if named else []


def partner_owner(ctx, noun: Token, others: list[int]) -> list[int]:
    """"X arrived in Accra. The talks with Y focused on trade", "Talks with Y were useful": a meeting noun that is
    the subject of its clause, with a "with" partner and no owner, is the talks of the last person named as a
    subject in its sentence or the one before (not the partner), when its determiner is one of
    ``partner-owner-determiners`` or none ("a meeting with Y" is anyone's; "Leaders of Z are in talks with Y" are
    Z's)."""
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if noun.pos_ != "NOUN" or not others or any(d not in lexicon.words("partner-owner-determiners") for d in dets) \
            or noun.dep_ not in lexicon.words("subject-deps") \
            or not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
        return []
    return [e for e in last_subject(ctx, noun) if e not in others]
