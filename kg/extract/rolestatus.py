"""Status and scope of a role: is the post held now (current, acting), was it (former), or will it be (elect);
is it a national, subnational, international organisation's, party or non-political post.

Words are patterns (``patterns/rolestatus.jsonl`` and the ``former`` mark of ``structure.jsonl``) and lexicon
data (title kinds in ``titles.tsv``, ``wordlists.tsv``); this module only reads the marks around a title.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.appositions import comma_who, listing_prep, past_parenthesis
from kg.extract.lexmatch import marks
from kg.extract.rulematch import rule_marks
from kg.model import RoleScope

_PLACE_ENTS = ("GPE", "NORP", "ORG", "LOC")  # a place or body between a status word and its title


def _place_word(tok) -> bool:
    """A place's or body's word between a status word and a title: "former NSW Premier", "ex-Ontario premier"."""
    return tok.ent_type_ in _PLACE_ENTS or tok.pos_ == "PROPN" and tok.text[:1].isupper()


def status_before(doc: Doc, start: int) -> str:
    """The status the words right before a title give: "former President X", "the late King Y", "ex-minister",
    "then-Senator Z" (former); "acting", "interim", "caretaker" (acting); "incoming" (elect); else current."""
    rules = rule_marks(doc)
    k = start - 1
    while k >= 0 and k >= start - 5:
        if doc[k].text in ("-", "–") or doc[k].lower_ in ("the", "a", "an") or _place_word(doc[k]) or \
                doc[k].pos_ == "ADJ" and not any(rules.has(mark, k) for mark in lexicon.word_list("status-marks")):
            k -= 1  # "ex-President", "the former President", "former anti-Syrian Lebanese PM", "former NSW Premier"
            continue
        found = next((mark for mark in lexicon.word_list("status-marks") if rules.has(mark, k)), None)
        return found or "current"
    return "current"


def ousted(doc: Doc, start: int) -> bool:
    """An ousting word (pattern ``status-ousted``) within three words before a title starting at ``start``:
    "deposed president X", "ousted caretaker Prime Minister Y", "the toppled Iraqi President Z"."""
    return rule_marks(doc).first_in("ousted", max(0, start - 3), start) is not None


def left_office(doc: Doc, start: int, end: int) -> bool:
    """The text says the titled person left the post (patterns ``left-office-*``): the subject of "resigned" ("The
    Italian Minister of the Economy, X, resigned", not "X has not resigned") or of "was dismissed", or "the
    resignation/ousting/death of <title> X" (not "calls for the resignation of X": ``demand-words``), or the object
    of "dismissed" or "replaced" ("The president dismissed Interior Minister X")."""
    rules = rule_marks(doc)
    end += 2 * comma_who(doc, end)  # ", who resigned"
    k = rules.first_in("left-office", start, end)
    if k is not None and doc[k].dep_ in ("nsubj", "nsubjpass", "dobj"):  # "… dismissed Minister X"
        return _leaves_post(doc, doc[k]) and post_as(doc, doc[k].head) is None  # "resigned as X": roles._left
    i = start  # "the death of Democratic Congressman X": a party's or place's word before the title is skipped
    while i >= 1 and i > start - 4 and (doc[i - 1].lower_ == "the" or doc[i - 1].ent_type_ in _PLACE_ENTS):
        i -= 1
    if i < 2 or doc[i - 1].lower_ != "of" or not rules.has("left-office", i - 2):
        return False
    head = doc[i - 2].head
    return not {head.lower_, head.lemma_.lower()} & lexicon.words("demand-words")


def leaving_verb(doc: Doc, start: int, end: int):
    """The past verb by which the person named at ``start:end`` left a post (a ``left-office`` mark on a clause
    subject or object: "X resigned", "Y stepped down", "Z was replaced", "they removed W from office"), reached
    through an apposition, a list or "including" ("Several ministers, including Foreign Minister X, resigned";
    "remove the respondent, President Y, from office"); None when negated, for death verbs (``died``), and when an
    object or "from" names no post (``left-post-objects``: "X quit the party")."""
    rules = rule_marks(doc)
    tok = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    for _ in range(4):
        if tok is None or rules.has("left-office", tok.i) or tok.head.i == tok.i:
            break
        up = tok.head
        tok = up.head if tok.dep_ == "pobj" and listing_prep(up) else up if tok.dep_ in ("appos", "conj") else None
    if tok is None or not rules.has("left-office", tok.i) or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = tok.head
    return verb if _leaves_post(doc, tok) and verb.lemma_.lower() not in lexicon.words("death-lemmas") else None


def _leaves_post(doc: Doc, tok) -> bool:
    """The leaving verb of the marked subject or object ``tok`` is neither negated nor future ("will be replaced"),
    and its other object or "from" object, if any, names a post (``left-post-objects`` or a title), not something
    else left ("quit the party")."""
    verb = tok.head
    if any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to")
           for c in verb.children):
        return False  # "X has not resigned", "Y will be replaced", "Z is expected to be replaced"
    posts = lexicon.words("left-post-objects")
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i] + \
        [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    return all(o.lemma_.lower() in posts or marks(doc).title_ending(o.i + 1) for o in objects)


def as_unread(doc: Doc, verb) -> bool:
    """A leaving verb's "as" names a post the lexicon does not read ("replaced X as the Senate Minority …")."""
    return verb.lemma_.lower() in lexicon.words("leave-as-lemmas") and post_as(doc, verb) is None and \
        any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def post_as(doc: Doc, verb) -> str | None:
    """The title after a leaving verb's "as" ("X resigned as president of Egypt", "Y replaced X as whip";
    ``leave-as-lemmas``) → that post, else None (not "X was sworn in as president and retired": the post taken)."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if prep is None or prep.i + 1 >= len(doc) or verb.lemma_.lower() not in lexicon.words("leave-as-lemmas"):
        return None
    k = prep.i + 1 + (doc[prep.i + 1].lower_ in ("the", "a", "an"))
    found = marks(doc).title_at(k) if k < len(doc) else None
    title = lexicon.title_by_id().get(found[1]) if found else None
    return title.role if title else None


def commemorated(doc: Doc, start: int, end: int) -> bool:
    """The person named at ``start:end`` is one a statue or memorial shows (``commemoration-nouns``), so a title
    there is a past holder's: "a statue of US President X", "statues of Y, US presidents Z and W", "the Memorial
    featuring President V", "U's statue"; climbs from the name through "of"/"to", lists, appositions and a
    depicting verb (``commemoration-verbs``) only, not "the memorial opened by President X"."""
    tok = next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None)
    for _ in range(6):
        if tok is None or tok.head.i == tok.i:
            return False
        head = tok.head
        if tok.dep_ in ("poss", "pobj", "dobj") and head.lemma_.lower() in lexicon.words("commemoration-nouns"):
            return True
        if not (tok.dep_ in ("conj", "appos", "compound") or tok.dep_ == "pobj" and head.lower_ in ("of", "to") or
                tok.dep_ == "prep" and tok.lower_ in ("of", "to") or tok.dep_ == "dobj" and head.dep_ == "acl" and
                head.lemma_.lower() in lexicon.words("commemoration-verbs") or tok.dep_ == "acl" and
                tok.lemma_.lower() in lexicon.words("commemoration-verbs")):
            return False
        if tok.dep_ in ("prep", "acl") and head.lemma_.lower() in lexicon.words("commemoration-nouns"):
            return True
        tok = head
    return False


def died(doc: Doc, start: int, end: int) -> bool:
    """The text says the person named at ``start:end`` died (a ``left-office`` mark on a verb of ``death-lemmas``):
    "X died", "Y was killed", "they killed Z", "W was fatally shot"; not "X did not die"."""
    k = rule_marks(doc).first_in("left-office", start, end)
    if k is None or doc[k].dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return _died_in_clause(doc, start, end)
    verb = doc[k].head
    return verb.lemma_.lower() in lexicon.words("death-lemmas") and not any(c.dep_ == "neg" for c in verb.children)


def _died_in_clause(doc: Doc, start: int, end: int) -> bool:
    """A relative clause right after the name says the person died (pattern ``died-who-clause``): "X, who had
    been assassinated in 1963", "Y, who died in 1999"; not "Z, who survived" or "W, who did not die"."""
    return end < len(doc) and rule_marks(doc).has("died-clause", end)


def status_after(doc: Doc, end: int) -> str:
    """The status an apposition or predicate after a name gives: ", the former foreign minister", ", who was
    president", "X had been ambassador", ", the acting governor"; else current."""
    if end < len(doc) and rule_marks(doc).has("apposition-bracket", end) and \
            (inside := _status_from(doc, end + 1)) != "current":
        return inside  # "X (former Governor of Arkansas)"
    end = past_parenthesis(doc, end)  # "X (67), the former foreign minister": where the apposition's title is read
    return _status_from(doc, end + 1 if end < len(doc) and doc[end].text == "," else end)


def _status_from(doc: Doc, i: int) -> str:
    """The status the words of an apposition from ``i`` give (former, acting, elect), else current."""
    rules = rule_marks(doc)
    found = "current"
    for k in range(i, min(len(doc), i + 6)):
        if rules.has("former", k) or rules.has("past-holder", k):
            return "former"
        if rules.has("acting", k) or rules.has("elect", k):
            found = "acting" if rules.has("acting", k) else "elect"
        elif not (rules.has("apposition-lead", k) or rules.has("title-predicate", k) or
                  rules.has("title-predicate-as", k) or doc[k].pos_ == "ADV" or doc[k].tag_ == "POS" or
                  doc[k].ent_type_ in _PLACE_ENTS):  # ", Israel's acting prime minister"
            break
    return found


def past_period(doc: Doc, start: int, end: int, after: int, when: dt.date) -> bool:
    """A span of years or a decade within the title's sentence, up to 4 tokens before it or ``after`` tokens after
    the name (not past the apposition's closing comma), that ended before the article's year: "X was mayor of
    Paris from 1977 to 1995", "under President Y in the seventies" (patterns ``period-*``)."""
    rules = rule_marks(doc)
    lo, hi = max(doc[start].sent.start, start - 4), min(doc[end - 1].sent.end, end + after)
    hi = next((j for j in range(end + 1, hi) if doc[j].text in (",", ";", "(")), hi)  # the apposition's end
    k = rules.first_in("period", lo, hi)
    return k is not None and _period_end(doc, k) < when.year


def _period_end(doc: Doc, k: int) -> int:
    """The last year of the period marked at ``k`` ("from 1977 to 1995" → 1995, "in the seventies" → 1979,
    "until 1990" → 1990)."""
    word = doc[k + 2].lower_ if k + 2 < len(doc) else ""
    decades = lexicon.word_list("decade-words")
    if word in decades:
        return 1929 + 10 * decades.index(word)
    if word[:4].isdigit():
        return int(word[:4]) + 9
    if k + 3 < len(doc) and doc[k + 3].text.isdigit():
        return int(doc[k + 3].text)
    return int(doc[k + 1].text) if k + 1 < len(doc) and doc[k + 1].text.isdigit() else 9999  # "until 1990"


def role_status(role: str, status: str) -> str:
    """A title written with its status ("President-elect", "Prime Minister-designate") is elect."""
    words = lexicon.words("elect-suffixes")
    last = lexicon.fold(role).replace("-", " ").split()[-1:]
    return "elect" if status == "current" and last and last[0] in words else status


def party_post(doc: Doc, t_start: int) -> bool:
    """The title is a party's: "Labour Party chairman X", "the party's general secretary Y"."""
    rules = rule_marks(doc)
    k = t_start - 1
    if k >= 1 and doc[k].tag_ == "POS":
        k -= 1
    return k >= 0 and rules.has("party-word", k)


def party_after(doc: Doc, end: int) -> bool:
    """The title is a party's: ", chairman of the Libertarian Party", ", secretary of the party", ", treasurer of the
    ruling Centre Party" (past ``party-describers``)."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return False
    rules = rule_marks(doc)
    for k in range(end + 1, min(len(doc), end + 7)):
        if rules.has("party-word", k):
            return True
        if not (doc[k].lower_ == "the" or doc[k].text[:1].isupper() or doc[k].text in
                lexicon.words("party-describers")):  # ", treasurer of the ruling Centre Party"
            return False
    return False


def role_scope(role: str, kind: str | None, country: str | None) -> RoleScope:
    """national, subnational, international (an organisation's post), party or nonpolitical, from the title's
    kind (``titles.tsv``), its country (an organisation code is international) and party titles."""
    if kind in lexicon.words("non-political-kinds"):
        return "nonpolitical"
    if kind == "party" or any(role.startswith(p) for p in lexicon.words("party-role-prefixes")):
        return "party"
    if country and lexicon.polity(country).is_org:
        return "international"
    if kind in lexicon.words("subnational-kinds"):
        return "subnational"
    return "national"


def listed(status: str, scope: str, role: str) -> bool:
    """Whether the annotation guide lists the role: held at the article's date (current, acting, or an "-elect"
    title as written), political or official, and among party posts only a party's leader (``queries/roles.rq``
    says the same in SPARQL, and lists only posts placed in a country or organisation)."""
    if status == "former" or scope == "nonpolitical":
        return False
    return scope != "party" or role.startswith("Leader")


def status_rank(status: str) -> int:
    """One person, one post, two mentions: the lowest rank wins (``status-rank`` in ``wordlists.tsv``)."""
    return lexicon.word_list("status-rank").index(status)
