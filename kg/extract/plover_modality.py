"""Modality and details of political events.

Modality is one of asserted, negated, future, hypothetical, historical, read from the trigger's own clause:
negation ("did not attack", "no sanctions"), a condition ("if X, Y would ..."), a future or intention ("will
visit", "plans to impose", "next week"), a modal ("could strike"), and a date years before the article ("in 1995
X bombed Y"). The markers are matched in the same Matcher pass as the triggers (patterns with a ``mark`` key in
``plover.jsonl``); here they are only looked up by token index.

Details: numbers killed, injured, arrested or protesting ("killing 12 people", "40 protesters were arrested",
"5,000 people marched") and the amount of aid or sanctions (a MONEY entity of the sentence).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.arraymatch import table_of
from kg.extract.plover_past import (
    describes_apposition,
    in_month,
    planned_by,
    planned_participles,
    recalled_by_word,
    then_holder,
    told_past,
    unrealised_plan,
)
from kg.extract.quotesyntax import speech_words
from kg.extract.spans import span_ents
from kg.extract.where import tokens_with
from kg.model import Modality

MONTHS = [m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:])]  # as context.MONTHS

Marks = dict[int, set[str]]
MONTHS_BACK = 3  # a month named without its year this many months before the article's is historical
MONTHS_BACK_DATED = 6  # a month named with its year this many months before the article's is historical


def clause_nodes(tok: Token) -> list[Token]:
    """The trigger and the verbs it hangs from inside its clause ("plans to attack" → attack, plans). A conjoined
    verb with its own subject or auxiliary is a clause of its own: "X does not support A and is calling for B"
    calls for B (``plover-own-clause-deps``)."""
    nodes, node = [tok], tok
    own = lexicon.words("plover-own-clause-deps")
    speech = reported_by(tok)
    if speech is not None:  # "X claimed the arrest occurred … and accused Y": accused hangs from claimed
        nodes, node = [tok, speech], speech
    for _ in range(3):
        if node.dep_ not in lexicon.words("plover-clause-up-deps") or node.head.i == node.i:
            break
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and \
                (any(c.dep_ in own for c in node.children) or past_after_base(node)):
            break
        node = node.head
        nodes.append(node)
    return nodes


def past_after_base(verb: Token) -> bool:
    """A conjoined verb in the simple past joined to a verb in its base form has a tense of its own: it cannot share
    the other's "would", "will", "not" or intent ("X said the partners would sign an agreement and rejected Y's
    claims", "X did not meet Y and criticised Z", "X urged Y to reconsider and spoke with Z": rejected, criticised
    and spoke happened)."""
    return verb.tag_ == "VBD" and verb.head.tag_ == "VB"


def reported_by(tok: Token) -> Token | None:
    """The speech verb whose reported clause the parser conjoined a speech-act verb to, when that verb has no subject
    of its own: "Colombia claimed the arrest occurred in its territory and accused Venezuela of …", "X said the
    planes were in the air but denied any effort to …" (claimed, said: Colombia accuses, X denies, with the
    speech verb's modality). A speech act needs a speaker; the subject of the reported clause is what is spoken
    about. None for a verb with its own subject or no speech verb (``speech_verbs.tsv``)."""
    verbs = speech_words().get("verb", frozenset())
    if tok.dep_ != "conj" or lexicon.fold(tok.lemma_) not in verbs:
        return None
    if any(c.dep_ in lexicon.words("plover-subject-deps") for c in tok.children):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or lexicon.fold(clause.head.lemma_) not in verbs:
        return None
    return clause.head


def modality(tok: Token, marks: Marks, base: dt.date | None) -> Modality:
    """One of the five modality words for a trigger. A plan or intent for a case named in its clause is
    hypothetical ("X plans to deploy troops in the event of an invasion", "in such a case Y would try to
    coordinate its efforts": ``pm-in-the-event``, ``pm-in-case-of``, ``pm-in-such-case``)."""
    found = _modality(tok, marks, base)
    cased = any("condition-phrase" in marks.get(c.i, ()) for n in clause_nodes(tok) for c in n.children)
    return "hypothetical" if found == "future" and cased else found


def _modality(tok: Token, marks: Marks, base: dt.date | None) -> Modality:
    nodes = clause_nodes(tok)
    around = [c for n in nodes for c in n.children] + [tok]
    kinds = set().union(*(marks.get(c.i, ()) for c in around))
    heads = [n for n in nodes[1:] if not (n.i == tok.head.i and tok.dep_ == "conj")]  # "pledged X and called"
    if "negation" in kinds or any("negating-head" in marks.get(n.i, ()) for n in heads) or \
            any("denied-clause" in marks.get(n.i, ()) for n in nodes) or unrealised_plan(tok):
        return "negated"  # "X denied that he had met Y", "X had planned to visit Y"
    plan = planned_by(tok)
    if plan is not None:  # "is planning an attack", "is not planning an attack"
        return "negated" if any("negation" in marks.get(c.i, ()) for c in plan.children) else "future"
    if "conditional" in kinds or _conditional_clause(nodes, marks) and kinds & {"future-aux", "modal"}:
        return "hypothetical"
    if "performative" in kinds:  # "we would like to congratulate X": said, so done
        return "asserted"
    if kinds & {"future-aux", "future-date"} or any("intent-head" in marks.get(n.i, ()) for n in heads):
        return "future"
    if "pending-clause" in marks.get(tok.i, ()):  # "until they release the soldier": a time to come
        return "future"
    if _future_subject(tok, marks):
        return "future"
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "det")] + planned_participles(tok)
    if tok.pos_ == "NOUN" and any(c.lower_ in lexicon.words("plover-future-modifiers") for c in modifiers):
        return "future"
    if "modal" in kinds:
        return "future" if any(c.lower_ == "would" for c in around) else "hypothetical"
    if _historical(tok, base, nodes) or in_the_past(nodes) or then_holder(nodes, marks) or \
            recalled_by_word(tok, nodes) and not news_dated(tok):
        return "historical"
    return "asserted"


def dated_back(tok: Token, base: dt.date | None) -> bool:
    """Whether a word's act is dated months or years before the article by its clause, as :func:`modality` reads
    a trigger's time (a date of its own clause or of the clause it hangs from, "in the past"); for the words of a
    meeting that the meeting rules coded (:mod:`kg.extract.plover_consult`)."""
    nodes = clause_nodes(tok)
    return _historical(tok, base, nodes) or in_the_past(nodes)


def in_the_past(nodes: list[Token]) -> bool:
    """An act its clause says happened "in the past" (``plover-past-nouns``: "X has blamed Y in the past", "in the
    past, Z denied the claims"): a preposition "in" on the trigger or a verb of its clause (:func:`clause_nodes`)
    whose object is such a noun with no modifier of its own; not a span of the news ("in the past two days", "in
    the past week": the object is "days", "week")."""
    pasts = lexicon.words("plover-past-nouns")
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lower_ in pasts and all(m.dep_ in ("det", "punct") for m in p.children)
        for p in c.children) for n in nodes for c in n.children)


def long_before(day: dt.date | None, base: dt.date | None) -> bool:
    """Whether a resolved date lies ``MONTHS_BACK_DATED`` months or more before the article's (a meeting "on
    January 31, 2003" in a February 2006 article is historical, one "on Monday" is the news); the one rule for a
    month with its year, also of a date in the trigger's clause (:func:`_years_before`).

    >>> base = dt.date(2005, 11, 26)
    >>> long_before(dt.date(2004, 4, 16), base), long_before(dt.date(2005, 9, 1), base), long_before(None, base)
    (True, False, False)
    """
    if day is None or base is None:
        return False
    return (base.year - day.year) * 12 + base.month - day.month >= MONTHS_BACK_DATED


def wished(tok: Token, marks: Marks, kind: str | None = None) -> bool:
    """A verb whose infinitive has its own subject under another verb is wished or urged, not done ("calls for X
    to resign", "wants Y to withdraw": pattern ``pm-wished-subject``), or an act of ``kind`` that is only possible,
    allowed or advised (:func:`unreal`; a possible act of force stays hypothetical: "X could attack Y")."""
    wish = tok.pos_ == "VERB" and "wished" in marks.get(tok.i, ())
    return wish or conditioned(tok, marks) or kind is not None and only_possible(tok, marks, kind)


def conditioned(tok: Token, marks: Marks) -> bool:
    """An act in the condition of a conditional is not reported as done, or as what anyone will do: "the group
    would target the capital if Zarovia attacked Velonia", "unless Zarovia withdraws its troops" (the trigger or a
    verb of its :func:`clause_nodes` has an "if" or "unless" of ``pm-if``); the consequence stays hypothetical. A
    condition said of by a speech verb is what is spoken of and stays: "he described the consequences if Zarovia
    provides support to Velonia" (hypothetical)."""
    verbs = speech_words().get("verb", frozenset())
    return any("conditional" in marks.get(c.i, ()) and not (n.dep_ == "advcl" and lexicon.fold(n.head.lemma_) in verbs)
               for n in clause_nodes(tok) for c in n.children)


def only_possible(tok: Token, marks: Marks, kind: str) -> bool:
    """Whether a verb's act of ``kind`` is :func:`unreal` ("the opposition may boycott the vote" no protest; "the
    police can detain suspects", "he may be executed" no act of force), unless it is an act of force said under a
    speech verb (``plover-force-types``, :func:`said_possible`: "analysts said X could attack Y" is a hypothetical
    attack, "X said it may use force" a threat); also for the learned step's anchor ("X may face charges")."""
    if tok.pos_ != "VERB" or not unreal(tok, marks):
        return False
    return kind not in lexicon.words("plover-force-types") or not said_possible(tok)


def said_possible(tok: Token) -> bool:
    """Whether a verb is the clause a speech verb of ``plover-threat-speech`` reports, or hangs from it as an
    infinitive or a conjoined verb ("X said it may use force", "X warned that it could be forced to act")."""
    node = tok
    speeches = lexicon.words("plover-threat-speech")
    while node.dep_ in ("xcomp", "conj") and node.head.i != node.i and node.head.lemma_.lower() not in speeches:
        node = node.head
    return node.dep_ in ("ccomp", "conj") and node.head.lemma_.lower() in speeches


def unreal(tok: Token, marks: Marks) -> bool:
    """A verb under a modal of ``plover-unreal-modals`` with no condition, negation or future: "the authorities can
    deploy troops", "X should step down", "the opposition may boycott the vote", "the council could impose
    sanctions" say what is possible or advised, not an act (a condition keeps it hypothetical: "X might resign if
    Y", "if convicted, he could face prison"; "would" is a future)."""
    nodes = clause_nodes(tok)
    around = [c for n in nodes for c in n.children] + [tok]
    modals = lexicon.words("plover-unreal-modals")
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in around):
        return False
    kinds = set().union(*(marks.get(c.i, ()) for c in around))
    return "conditional" not in kinds and not _conditional_clause(nodes, marks) and \
        modality(tok, marks, None) == "hypothetical"


def _future_subject(tok: Token, marks: Marks) -> bool:
    """An event noun that is the subject of a verb of the future ("another protest will take place", "a protest is
    going to take place tomorrow"); only time counts here ("the protest will not get him to resign" happened)."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    around = list(verb.children)
    if any(c.dep_ == "neg" for c in around):
        return False
    return any(c.lower_ in ("will", "'ll", "shall") or "future-date" in marks.get(c.i, ()) for c in around)


def conditional_consequence(tok: Token, marks: Marks) -> bool:
    """Whether the trigger is the consequence of a condition ("if X, Y would attack"), not the condition."""
    return _conditional_clause(clause_nodes(tok), marks)


def _conditional_clause(nodes: list[Token], marks: Marks) -> bool:
    """"If X invades, Y would respond": the main clause has a conditional adverbial clause."""
    top = nodes[-1]
    return any(c.dep_ == "advcl" and any("conditional" in marks.get(m.i, ()) for m in c.children)
               for c in top.children)


def _historical(tok: Token, base: dt.date | None, nodes: list[Token]) -> bool:
    """A date in the trigger's own clause years before the article ("in 1995", "in the 1990s", "ten years
    ago", "last year"), or on the clause it hangs from (:func:`date_anchors`: "in 2007, X survived a crisis during
    which he resigned", "in 2006, X was the target of an attack"); not "since 1983" (still going on), nor when a day
    of the news (:func:`news_day`) is said of the act in its own clause ("X imposed sanctions on Friday, eight years
    after Y annexed Crimea in 2014", "in April X met Y and on Monday Z met W"). ``nodes``: the trigger's
    :func:`clause_nodes`."""
    if base is None:
        return False
    anchors, doc = date_anchors(tok), tok.doc
    starts = _date_starts(doc, anchors | {tok.i})
    if not starts:
        return False
    own = {t.i for t in own_clause(tok)}
    clause = {n.i for n in nodes}
    found = False
    for t in map(doc.__getitem__, starts):
        ent = next(e for e in span_ents(t.sent) if e.start == t.i)  # an index per document (not sent.ents)
        head = ent.root.head
        if t.i in own and news_day(ent) and _of_act(ent, {tok.i} | clause):
            return False  # the act's own day of the news wins: "X imposed sanctions on Friday, years after …"
        if head.lower_ == "since" and not when_of(ent, anchors) or \
                t.i not in own and not (head.i in anchors or head.head.i in anchors) or \
                names_a_thing(ent, tok, clause | anchors) or describes_apposition(ent):
            continue
        years = [y for y in map(_year, ent) if y is not None]
        found = found or bool(years) and _years_before(ent, max(years), base) or _past_phrase(ent, clause, tok) or \
            not years and _of_act(ent, anchors | clause) and _months_before(ent, base, told_past(nodes))
    return found


def news_day(ent: Span) -> bool:
    """A date that names a day or week of the news: a weekday, a word of ``day_words.tsv`` ("today", "yesterday")
    or of ``plover-news-date-phrases`` ("last week", "earlier this month")."""
    text = " ".join(ent.text.lower().split())
    days = [d.lower() for d in calendar.day_name]
    phrases = [*lexicon.simple_table("day_words.tsv", "phrase"), *lexicon.words("plover-news-date-phrases")]
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in (*days, *phrases))


def news_dated(tok: Token) -> bool:
    """Whether the trigger's own clause (:func:`own_clause`) names a day of the news (:func:`news_day`): "police
    previously arrested 20 protesters on Monday" is the news, whatever "previously" says."""
    own = {t.i for t in own_clause(tok)}
    return any(e.label_ == "DATE" and e.start in own and news_day(e) for e in span_ents(tok.sent))


def when_of(ent: Span, anchors: set[int]) -> bool:
    """Whether the act's clause is a "when" clause on the date itself: "Israel has kept the blockade since 2007, when
    Hamas seized Gaza" dates the seizure in 2007, though "since 2007" dates no act of its own."""
    return any(ent.doc[a].dep_ == "relcl" and ent.start <= ent.doc[a].head.i < ent.end and
               any(c.lower_ == "when" for c in ent.doc[a].children) for a in anchors)


def names_a_thing(ent: Span, tok: Token, acts: set[int]) -> bool:
    """A date that only says which thing a noun of the act's clause is ("rejected the 2015 nuclear deal", "demanded
    a withdrawal under the 1960 treaties", "pledged to revive a 2001 agreement": ``plover-date-modifier-deps``), not
    when the act happened; the trigger's own date ("the 1994 genocide"), that of a noun its clause is told of ("the
    2005 rally, when police fired on …": ``acts``, the trigger's clause and :func:`date_anchors`), of the act's
    subject ("a 2006 report accused …"), of an act told in the past perfect ("had opposed the 2004
    plan") and a time phrase of the clause ("seized power in a 2001 coup",
    ``plover-date-modifier-preps``) still date it."""
    noun, acts = ent.root.head, acts | {tok.i}
    if ent.root.dep_ not in lexicon.words("plover-date-modifier-deps") or noun.i in acts or \
            noun.pos_ not in ("NOUN", "PROPN"):
        return False  # the act's own noun or the occasion it is told of: "the 2005 rally, when police fired on …"
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in acts:
        return False  # the act's own agent: "a 2006 report called X ...", "the 1999 summit obliged Y to ..."
    doc = tok.doc
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for a in acts for c in doc[a].children):
        return False  # told in the past perfect, as background: "he had opposed the 2004 UN plan"
    while noun.dep_ == "pobj" and noun.head.head.i != noun.head.i:  # "during the peak of the 2006 crisis"
        prep = noun.head
        if prep.lower_ in lexicon.words("plover-date-modifier-preps") and prep.head.i in acts:
            return False
        noun = prep.head
    return True


def _date_starts(doc: Doc, anchors: set[int]) -> list[int]:
    """The first tokens of the DATE entities whose first token is an anchor or under one, in order: from the Doc's
    entity-type index and its table's subtrees instead of a walk of every anchor's subtree."""
    dates = tokens_with(doc, "ENT_TYPE", ("DATE",))
    if not dates:
        return []
    table, dated = table_of(doc), set(dates)
    return [i for i in sorted({g for a in anchors for g in (a, *table.subtree(a)) if g in dated})
            if doc[i].ent_iob_ == "B"]


def date_anchors(tok: Token) -> set[int]:
    """The trigger and the words it hangs from (two; three from a noun) whose dates are its own: through
    ``plover-date-anchor-deps`` ("a crisis during which he resigned": survived; "after overthrowing his father":
    became), and from an event noun, before any verb, also through ``plover-date-noun-deps`` ("X was the target of
    an attack", "the meeting occurred on"); not from a relative clause up to the verb its noun is the subject of
    ("X, who attacked Y, was jailed in 2010")."""
    anchors, node, verbal = {tok.i}, tok, tok.pos_ in ("VERB", "AUX")
    for _ in range(2 if verbal else 3):
        up = node.dep_ in lexicon.words("plover-date-anchor-deps") or \
            not verbal and node.dep_ in lexicon.words("plover-date-noun-deps")
        if not up or node.head.i == node.i:
            break
        node = node.head
        anchors.add(node.i)
        verbal = verbal or node.pos_ in ("VERB", "AUX")
    return anchors


def _past_phrase(ent: Span, anchors: set[int], tok: Token) -> bool:
    """A date that says it is years back ("five years ago"), or a year back without naming the year ("last year",
    "a year ago": ``plover-past-date-phrases``) said of the act itself: it modifies the trigger or a verb of its
    clause ("X had to resign last year"), or is the trigger's own owner ("last year's overthrow of X"), not a noun
    inside its phrase ("praised X for his reaction to the attack last year", "protested last year's vote")."""
    if re.search(r"\b(years|decades)\b.*\bago\b", ent.text):
        return True
    owner = ent.root.dep_ == "poss" and ent.root.head.i == tok.i  # "last year's revolution"
    if ent.root.head.i not in anchors or not owner and (ent.root.dep_ == "poss" or any(t.dep_ == "case" for t in ent)):
        return False
    return past_words(ent.text)


def past_words(text: str) -> bool:
    """
    >>> past_words("a year ago"), past_words("last year"), past_words("last week")
    (True, True, False)
    """
    words = " ".join(text.lower().split())
    return any(re.search(rf"\b{re.escape(p)}\b", words) for p in lexicon.words("plover-past-date-phrases"))


def _years_before(ent: Span, year: int, base: dt.date) -> bool:
    """A date well before the article's: "in 2007" in a January 2008 article (a bare year before the article's
    year); a month with its year ``MONTHS_BACK_DATED`` months or more back: "in January 2004" in an October 2005
    article, "in March 2007" in a September 2007 one, not "in December 2007" in January 2008."""
    month = _month(ent)
    if month is None:
        return year < base.year
    return long_before(dt.date(year, month, 1), base)


def _month(ent: Span) -> int | None:
    """The number of the month a date names ("May", "Sept."), or None: ``MONTHS`` holds the full names, then the
    abbreviations, each in calendar order."""
    return next((MONTHS.index(t.lower_.rstrip(".")) % 12 + 1 for t in ent if t.lower_.rstrip(".") in MONTHS), None)


def _of_act(ent: Span, acts: set[int]) -> bool:
    """A date said of the act: it reaches the trigger or a verb of its clause through prepositions and adverbs only
    ("in May X resigned", "X resigned last May", "earlier in October a bomber killed 136 people"); not a date of a
    noun of its phrase ("ruled the April 2 election void") nor of a clause inside it ("assistance, as announced in
    March")."""
    node = ent.root
    while node.head.i != node.i:
        node = node.head
        if node.i in acts:
            return True
        if node.dep_ not in ("prep", "advmod", "npadvmod"):
            return False
    return False


def _months_before(ent: Span, base: dt.date, past: bool = False) -> bool:
    """A month named without a year, ``MONTHS_BACK`` months or more before the article's month of the same year:
    "in May" or "during July" in an October article, "last July" in a July one (``last`` reaches into the year
    before), and a later month than the article's of an act told in the past (``past``: "X proposed the talks
    during a visit in December" in a March article is of the year before); not "in September" in an October
    article, nor "in November" (a month to come).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["in", "December"], deps=["ROOT", "pobj"], heads=[0, 0])
    >>> _months_before(doc[1:], dt.date(2023, 3, 10), True), _months_before(doc[1:], dt.date(2023, 3, 10))
    (True, False)
    """
    month = _month(ent)
    if month is None:
        return False
    back = base.month - month
    if back <= 0 and any(t.lower_ == "last" for t in ent) or back < 0 and past and in_month(ent):
        back += 12
    return back >= MONTHS_BACK


def own_clause(tok: Token) -> list[Token]:
    """The tokens of the trigger's clause, without the clauses it governs ("said that ...", "who ...")."""
    out, stack = [], [tok]
    while stack:
        node = stack.pop()
        out.append(node)
        stack += [c for c in node.children if c.dep_ not in ("ccomp", "relcl", "parataxis", "csubj", "pcomp")]
    return out


def negated_predicate(word: Token) -> bool:
    """Whether an evaluative word is the predicate of a negated clause: "X said the march was [not] unlawful", "it
    is [not] our intention to interfere", "it was [not] a criminal act"; not a word further down ("would not talk
    with criminal groups", "will not let anyone destabilise Y": the word itself is still said).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "said", "it", "was", "not", "illegal"],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "neg", "acomp"], heads=[1, 1, 3, 1, 3, 3])
    >>> negated_predicate(doc[5]), negated_predicate(doc[1])
    (True, False)
    """
    node = word
    for _ in range(4):
        if any(c.dep_ == "neg" for c in node.children):
            return True
        if node.dep_ not in lexicon.words("plover-predicate-deps") or node.head.i == node.i:
            return False
        node = node.head
    return False


def inner_modality(own: Modality, governor: str) -> Modality:
    """The modality of an act under an intent ("agreed to strengthen") or a rejection ("refused to withdraw")."""
    if own != "asserted":
        return own
    under: dict[str, Modality] = {"future": "future", "negate": "negated"}
    return under.get(governor, own)


def _year(tok) -> int | None:
    """A year token: "1995", "1990s" (1800-2099)."""
    digits = tok.text[:-1] if tok.text.endswith("s") else tok.text
    return int(digits) if len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2099 else None


year_of = _year  # public names for kg.extract.plover_narrative
years_back = _years_before
