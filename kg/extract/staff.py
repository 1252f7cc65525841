"""Staff titles after a name, as readouts write them: a second title joined by "and" or "&" ("X, Assistant to
the President and Director of the Gender Policy Council"), the country of the state body a title belongs to
(", Director for the Caribbean, National Security Council": the United States), and the private body of a list
item ("- X, Vice President, Catholic Charities", "- Y, President of the National Congress of American Indians": no
political role).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.countries import leading_polity
from kg.extract.lexmatch import marks
from kg.extract.names import continues_name
from kg.extract.orgnames import MAX_BODY, attendee_body_after, institutions, org_word, private_body_after
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import span_text
from kg.extract.title_patterns import closed_name, find_title, named_portfolio_at, unknown_words_end

MAX_APPOSITION = 30  # tokens of an apposition or list item read after a name


def apposition_end(doc: Doc, start: int) -> int:
    """The end of the apposition or list item after a name: its line, sentence or clause (a verb ends it)."""
    end = start
    while end < len(doc) and end - start < MAX_APPOSITION and "\n" not in doc[end].text and \
            doc[end].text not in (";", ".") and doc[end].pos_ not in ("VERB", "AUX") and doc[end].ent_type_ != "PERSON":
        end += 1
    return end


def publisher_country(source: str | None) -> str | None:
    """The country of the state body that publishes an article (its ``source`` is a body of ``agents.tsv``: "The
    White House" → US), else None."""
    if not source:
        return None
    row = institutions().get(lexicon.fold(source.removeprefix("the ").removeprefix("The ")))
    return row[1] if row else None


def body_country(doc: Doc, start: int, end: int) -> str | None:
    """The country of the first state body named in ``doc[start:end]`` ("the National Security Council",
    "White House Office of Public Engagement"), or of a polity after "of"."""
    bodies = institutions()
    for i in range(start, end):
        if not doc[i].text[:1].isupper():
            continue
        polity = marks(doc).polity_at(i)
        if polity is not None and doc[i - 1].lower_ == "of":  # "Chief Advisor to the President of Türkiye"
            return lexicon.lookup_polity(doc[i:polity[0]].text)
        if polity is None and _state_body(doc, i, end):
            return "US"  # ", Chief Justice, Michigan Supreme Court": a US state's body
        for j in range(min(end, i + MAX_BODY), i, -1):
            row = bodies.get(lexicon.fold(doc[i:j].text))
            if row is not None:
                return row[1]
    return None


def _state_body(doc: Doc, i: int, end: int) -> bool:
    """A US state's name (not a city's namesake: ``state-city-namesakes``) opening a capitalised public body's name
    ("Michigan Supreme Court", "Ohio Department of Health"; ``org_words.tsv``) inside ``doc[i:end]``."""
    found = marks(doc).starting("state", i)
    if not found or lexicon.fold(doc[i:found[0][0]].text) in lexicon.words("state-city-namesakes"):
        return False
    k = found[0][0]
    return k < end and doc[k].text[:1].isupper() and any(org_word(t, ("public",)) for t in doc[k:min(end, k + 4)])


def body_of(doc: Doc, of_at: int, end: int) -> str | None:
    """The country of the state body named by ``doc[of_at + 1:end]`` after "of" ("of the National Economic
    Council", "of the White House Office of Public Engagement"), or None."""
    if doc[of_at].lower_ != "of":
        return None
    start = of_at + 1 + (of_at + 1 < end and doc[of_at + 1].lower_ == "the")
    row = institutions().get(lexicon.fold(span_text(doc, start, end)))
    if row is None and end - start > 2 and lexicon.fold(span_text(doc, start, start + 2)) == "white house":
        row = institutions().get(lexicon.fold(span_text(doc, start + 2, end)))  # "White House Office of X"
    return row[1] if row else None


def leading_body(doc: Doc, start: int, stop: int) -> tuple[int, str] | None:
    """A state body's name opening ``doc[start:stop]`` before a title (", Department of State Assistant
    Secretary", ", U.S. Agency for International Development Assistant Administrator"): the end of the name and
    the body's country. Not a title that holds the body's name (", NSC Senior Director")."""
    if marks(doc).title_at(start) is not None:
        return None
    polity = leading_polity(doc, start, stop)
    first = polity[0] if polity else start
    bodies = institutions()
    for begin in (first, _past_prefix(doc, first, stop)):
        for j in range(min(stop, begin + MAX_BODY), begin, -1):
            row = bodies.get(lexicon.fold(span_text(doc, begin, j)))
            if row is not None and (marks(doc).title_at(j) is not None or rule_marks(doc).has("rank-prefix", j)):
                return j, row[1]
    return None


def _past_prefix(doc: Doc, start: int, stop: int) -> int:
    """Past the seat that opens a body's name (``body-name-prefixes``): "White House Gender Policy Council"."""
    for prefix in lexicon.words("body-name-prefixes"):
        n = len(prefix.split())
        if start + n < stop and lexicon.fold(span_text(doc, start, start + n)) == prefix:
            return start + n
    return start


def body_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """A state body's possessive right before a title, past a status word: "the State Department's (Acting)
    Assistant Secretary X" is a US official. The start of the body's name and its country."""
    k = end
    while k > 0 and rule_marks(doc).has("acting", k - 1):
        k -= 1
    if k < 2 or doc[k - 1].tag_ != "POS":
        return None
    bodies = institutions()
    for start in range(max(0, k - 1 - MAX_BODY), k - 1):
        row = bodies.get(lexicon.fold(doc[start + (doc[start].lower_ == "the"):k - 1].text))
        if row is not None:
            return start, row[1]
    return None


def joined_titles(doc: Doc, start: int, end: int) -> list[tuple]:
    """(role, country, kind) of the titles joined by "and"/"&" in ``doc[start:end]``, and of staff titles
    (``comma-stacked-kinds``) listed with commas before that "and" ("…, Assistant to the President, Senior Advisor
    to the President and Director of X"), not one that opens another person's name ("…, Director and Senior
    Advisor Jane Doe")."""
    out = []
    joins = [k for k in range(start, end - 1) if doc[k].lower_ in ("and", "&")]
    commas = [k for k in range(start, joins[-1]) if doc[k].text == ","] if joins else []
    for k in sorted(joins + commas):
        hit = _title_at(doc, k + 1)
        if hit is None or hit[0] < len(doc) and continues_name(doc[hit[0]], loose=True):
            continue
        title = hit[1]
        if title.kind in lexicon.words("non-political-kinds") or \
                k in commas and title.kind not in lexicon.words("comma-stacked-kinds"):
            continue  # "President and CEO of an energy company": the company's posts
        out.append((title.role, title.country or body_country(doc, hit[0], end), title.kind))
    return out


def _title_at(doc: Doc, i: int) -> tuple[int, lexicon.Title] | None:
    """The title starting at token ``i``, or one a capitalised portfolio opens there ("Policy Director")."""
    hit = marks(doc).title_at(i)
    return (hit[0], lexicon.title_by_id()[hit[1]]) if hit else named_portfolio_at(doc, i, len(doc))


def private_item_body(doc: Doc, start: int, end: int) -> bool:
    """A list item ("- X, Vice President, Catholic Charities") whose last part, or whose body after "of/at/in the"
    (``item-body-preps``), names a body that is neither a polity nor a public body: the titles in it are that
    body's. The item runs to its line's end (past a word NER took for a name: "…Director of Education and
    Expanded Learning at the X League")."""
    if not _in_list_item(doc, start):
        return False
    while end < len(doc) and end - start < MAX_APPOSITION and "\n" not in doc[end].text:
        end += 1
    comma = next((k for k in range(end - 1, start, -1) if doc[k].text == ","), None)
    if comma is not None and doc[comma + 1].lower_ not in ("and", "&"):  # not "of X, Y, and Z": one body's name
        return attendee_body_after(doc, comma) and _private_body(doc, comma + 1, end)  # not ", White House"
    of = next((k for k in range(start, end - 1) if doc[k].lower_ in lexicon.words("item-body-preps") and
               doc[k + 1].lower_ == "the" and not _inside_title(doc, k)), None)
    # "- X, President of the NCAI", "- Y, Director of Planning at the Z League", not "Secretary of the Interior"
    return of is not None and _private_body(doc, of + 2, end)


def _inside_title(doc: Doc, k: int) -> bool:
    """Token ``k`` lies inside a title phrase ("Secretary of the Interior", "Chief of Staff")."""
    return any(hit[0] > k for j in range(max(0, k - 4), k) if (hit := marks(doc).title_at(j)) is not None)


def _private_body(doc: Doc, start: int, end: int) -> bool:
    """A body's name that is neither a polity, a state institution nor a public body ("the National Congress of
    American Indians"; not "the Department of Labor")."""
    words = [t for t in doc[start:end] if t.text[:1].isupper()]
    name = doc[start:end].text.removeprefix("the ")
    bodies = institutions()
    named = any(lexicon.fold(doc[start:j].text) in bodies for j in range(start + 1, end + 1))  # "White House Office"
    return bool(words) and not lexicon.lookup_polity(name) and not named and \
        not any(org_word(t, ("public",)) for t in words)


def _in_list_item(doc: Doc, i: int) -> bool:
    """Token ``i`` is on a line that starts with a bullet (``list-bullet`` mark on the line break before it)."""
    k = i
    while k > 0 and i - k < MAX_APPOSITION and "\n" not in doc[k - 1].text:
        k -= 1
    return k > 0 and rule_marks(doc).has("list-bullet", k - 1)


def department_title(doc: Doc, end: int, title: lexicon.Title) -> tuple[lexicon.Title, str | None] | None:
    """A list item's title and, after a comma, a state body: a department's post when the lexicon has it (",
    Secretary, Department of Homeland Security" is the Secretary of Homeland Security, ", Deputy Secretary,
    Department of the Treasury" the Deputy Secretary of the Treasury, ``department-words``), else the title with
    the body's country (", Administrator, Small Business Administration"; "…, Associate Administrator for
    Response and Recovery, Federal Emergency Management Agency"); the body's post of the lexicon (", Member,
    Council of Economic Advisers"), or a generic title's post of the body (", Chief, U.S. Army Corps of Engineers" is
    the Chief of the U.S. Army Corps of Engineers). None without such a body."""
    item_end = apposition_end(doc, end)
    comma = next((k for k in range(end, item_end) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= item_end:
        return None
    body = lexicon.fold(doc[comma + 1:item_end].text).removeprefix("the ")
    words = body.split()
    if comma == end and len(words) > 2 and words[0] in lexicon.words("department-words") and words[1] == "of":
        index, post = lexicon.title_index(), lexicon.fold(title.role)  # the role: "Deputy Secretary" (ranked)
        portfolio = " ".join(words[2:])
        found = index.get(f"{post} of {portfolio}") or index.get(f"{post} of {portfolio.removeprefix('the ')}")
        if found is not None:
            return found, found.country
    row = institutions().get(body)
    if row is None or not row[1]:
        return None
    found = lexicon.title_index().get(f"{lexicon.fold(title.role)} of the {body}")  # ", Member, Council of …"
    if found is None and comma == end and title.kind == "generic":  # ", Chief, U.S. Army Corps of Engineers"
        name = doc[comma + 1:item_end].text.strip().removeprefix("the ")
        found = replace(title, role=f"{title.role} of the {name}", kind="advisor")
    return found or title, row[1]


def body_post(doc: Doc, i: int) -> tuple[lexicon.Title, str | None] | None:
    """A list item's word that is a post only of the body after it (``body-post-words``): ", Member, Council of
    Economic Advisers", ", Chief, U.S. Army Corps of Engineers" (a state body: :func:`department_title`)."""
    if i + 1 >= len(doc) or doc[i].lower_ not in lexicon.words("body-post-words") or doc[i + 1].text != ",":
        return None
    return department_title(doc, i + 1, lexicon.Title("body-post", doc[i].lower_, doc[i].text.title(), "generic"))


MAX_POST_TAIL = 14  # "Under Secretary for Nuclear Security of the U.S. Department of Energy" is twelve tokens


def post_with_tail(doc: Doc, end: int, body_needed: bool = False) -> tuple[int, lexicon.Title, str | None] | None:
    """A post written whole before a name with what it is for or of: "Assistant Secretary for Tax Policy at the
    Department of the Treasury X", "Director of Policy for the First Lady Y", "Deputy Commandant for Operations of
    the Coast Guard Vice Admiral Z". Back from ``end`` over capitalised words and ``post-tail-joiners`` to the post
    that opens them (or follows their last "and"; a state body before it gives its country): its start, title and
    country (of a state body in its tail; ``body_needed``: a state body's name ends it). A private body's post is
    none. The caller knows that a name (or another title of the name's) follows."""
    if end < 1 or end >= len(doc) or not doc[end - 1].text[:1].isupper():
        return None  # only right after a capitalised word
    joiners = lexicon.words("post-tail-joiners")
    k = end
    while k > 0 and end - k < MAX_POST_TAIL and (doc[k - 1].text[:1].isupper() or doc[k - 1].lower_ in joiners) and \
            (doc[k - 1].ent_type_ != "PERSON" or lexicon.fold(doc[k - 1].text) in lexicon.title_edges()[1]):
        k -= 1
    for s in reversed([k] + [a + 1 for a in range(k, end - 1) if doc[a].lower_ == "and"]):
        body = leading_body(doc, s, end)
        t_start = body[0] if body else s
        ranked = marks(doc).title_at(t_start) is None and rule_marks(doc).has("rank-prefix", t_start)
        hit = marks(doc).title_at(t_start + ranked)  # "Deputy Commandant", not "Assistant" + "Secretary"
        if hit is None or hit[0] >= end - 1 or doc[hit[0]].lower_ not in ("of", "for", "at"):
            continue
        if private_body_after(doc, hit[0]):
            return None
        title = lexicon.title_by_id()[hit[1]]
        if ranked:  # a rank makes a generic title a post: "Under Secretary"
            role = f"{doc[t_start].text.title()} {title.role}"
            title = replace(title, role=role, kind="advisor" if title.kind == "generic" else title.kind)
        if body_needed and not any(lexicon.fold(doc[j:end].text) in institutions() for j in range(hit[0], end - 1)):
            return None  # the tail ends on a state body's name, not on a name NER missed
        return s, title, body[1] if body else body_country(doc, hit[0], end)
    return None


NOT_PERSON_ENTS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def tail_name(doc: Doc, i: int) -> bool:
    """Two proper nouns from ``i`` that no lexicon knows (nor a title phrase holds, nor NER calls a body or a
    place), closed by a comma, "and" or a stop, right after the capitalised tail of a post written before a name:
    the name NER missed in "…, Deputy Assistant to the President for Economic Policy Ana Ruiz, and …" (not "…
    of the Andean Community Wagner."). A longer name keeps its last two words."""
    if i < 2 or not doc[i - 1].text[:1].isupper() or find_title(doc, i) is not None:
        return False
    k = unknown_words_end(doc, i, most=2)
    if k - i != 2 or k >= len(doc) or doc[k].lower_ not in (",", ";", ".", "and") or \
            any(lexicon.fold(t.text) in _title_words() or t.ent_type_ in NOT_PERSON_ENTS for t in doc[i:k]):
        return False
    return post_with_tail(doc, i) is not None


@cache
def _title_words() -> frozenset[str]:
    """Every word of a title phrase: "Affairs", "Security" close a post's tail, not a name."""
    return frozenset(w for t in lexicon.titles() for w in t.phrase.replace("-", " ").split())


def missed_name(doc: Doc, i: int) -> bool:
    """A name NER missed starts at ``i``: right after a title (:func:`closed_name`) or a post's tail."""
    return closed_name(doc, i) or tail_name(doc, i)
