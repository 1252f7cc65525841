"""Meeting triggers: which words open an event (``meeting_verbs.tsv``), and whether the event is a
meeting, a call, an intention (future or planned, CAMEO 036) or nothing at all (negated: "did not meet").

What a trigger row means is said in its columns: ``object`` (the trigger needs a direct object: ``@trigger``, a
meeting noun, as in "held talks"; or a word, as in "took part"), ``noun`` (``no``: not a trigger as a noun),
``adjective`` (``yes``: a trigger as an adjective, "bilateral"), ``unless_mark`` (no trigger where a marker
pattern marks the word: "called on X to …"), ``partner_words`` (without a child of these words the trigger joins
the article's main event: "the two leaders spoke candidly"), ``phone`` (``yes``: a call in a sentence with a
phone word). Negation, future and phone words are marker patterns (``patterns/markers.jsonl``), matched once per
document (:mod:`kg.extract.rulematch`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.arraymatch import table_of
from kg.extract.participants import governing_verb, phrase
from kg.extract.plover_audience import press_nouns
from kg.extract.plover_modality import past_after_base
from kg.extract.quotemarks import quote_spans
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import doc_text
from kg.extract.where import lemmas_in

CLIMB = 6  # heads a future/intent marker may sit above the trigger ("looked forward to hosting")


def meeting_row(tok: Token) -> dict | None:
    """The lexicon row of a trigger word, or None where its columns rule it out here. A word may have a row per
    shape, tried in file order; the first that fits is its row ("conference": ``m-press-conference`` for a news
    conference, ``m-shared-conference`` for one two named persons spoke at together)."""
    if tok.pos_ not in lexicon.words("trigger-pos"):
        return None
    rows = lexicon.table_rows("meeting_verbs.tsv", "lemma").get(tok.lemma_.lower(), ())
    return next((row for row in rows if _row_fits(tok, row)), None)


def _row_fits(tok: Token, row: dict) -> bool:
    """Whether the columns of a trigger row allow it here."""
    if tok.pos_ == "ADJ" and row.get("adjective") != "yes" or tok.pos_ == "NOUN" and row.get("noun") == "no":
        return False
    if row.get("object") and not any(c.dep_ in lexicon.words("light-object-deps") and _object_fits(c, row["object"])
                                     for c in tok.children):
        return False  # "held talks" but not "held a press conference"; "took part" but not "took office"
    if row.get("unless_mark") and _ruled_out(tok, row["unless_mark"]):
        return False
    if row.get("only_mark") and not any(rule_marks(tok.doc).has(m, tok.i) for m in lexicon.split(row["only_mark"])):
        return False  # "include" and "bring" trigger only in a roster ("Participants … included A and B")
    return True


def trigger_candidates(doc: Doc) -> list[int]:
    """The positions, in order, of the words whose lemma has a row in ``meeting_verbs.tsv``: the only tokens
    :func:`meeting_row` can accept (read from the Doc's lemma index, without a ``Token`` for every word)."""
    return lemmas_in(doc, frozenset(lexicon.simple_table("meeting_verbs.tsv", "lemma")))


def _object_fits(obj: Token, wanted: str) -> bool:
    return meeting_row(obj) is not None if wanted == "@trigger" else obj.lower_ == wanted


def _ruled_out(tok: Token, mark: str) -> bool:
    marks = rule_marks(tok.doc)
    if any(marks.has(m, tok.i) for m in lexicon.split(mark)):  # one mark or several: "everyday-meet|…"
        return True
    return tok.pos_ == "VERB" and mark == "not-a-call" and marks.has("call-on", tok.i) and \
        not marks.has("call-on-date", tok.i) and not marks.has("in-person-call", tok.i)


def classify(tok: Token, row: dict, principal: str | None = None) -> str | None:
    """meeting / host / visit / call / intent for one trigger in its sentence. A generic trigger ("discussed",
    "convened", "held talks") in an article whose first event is a call is part of that call (not talks held in a
    named place, ``in-person-call``), and "the two
    leaders spoke candidly about X" (no "with", "to" or "by phone") is part of the article's first event
    (None, no event, when there is none)."""
    if is_future(tok):
        return "intent"
    partners = lexicon.split(row.get("partner_words"))
    holders = (tok, *(c for c in tok.children if light_verb_object(c)))  # "had an audience with Y": the noun's
    if partners and not any(c.lower_ in partners and not _to_audience(c) for h in holders for c in h.children):
        return principal  # "the two leaders spoke candidly", "A and B spoke to reporters"
    if row["kind"] == "call":
        return "meeting" if _in_person(tok) else "call"  # "paid a courtesy call on X" is in person
    phoned = row.get("phone") == "yes" and _phone_sentence(tok.sent, tok)
    if (phoned or principal == "call" and row.get("generic") == "yes") and not _in_person(tok):
        return "call"  # not talks held in a named place: "Z, who held talks with W in Washington, said"
    return row["kind"]


def _in_person(tok: Token) -> bool:
    """Whether a call trigger, or the call noun its light verb takes, is talk in person (``in-person-call``): "paid
    a courtesy call on X", "had a brief conversation with Y on the sidelines of the summit"."""
    marks = rule_marks(tok.doc)
    nouns = [c for c in tok.children if c.dep_ in lexicon.words("light-object-deps")] if tok.pos_ == "VERB" else []
    return any(marks.has("in-person-call", t.i) for t in (tok, *nouns))


def _to_audience(prep: Token) -> bool:
    """A partner word whose objects are all the press (an ``agents.tsv`` noun of a ``plover-audience-sectors``
    sector): "spoke to reporters", "spoke to the media" name no partner."""
    press = press_nouns()
    objects = [o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    return bool(objects) and all(o.lemma_.lower() in press or o.lower_ in press for o in objects)


def _phone_sentence(sent: Span, trigger: Token | None = None) -> bool:
    """A sentence with a phone word and no video word ("spoke by phone", not "met by video call", not "called for");
    a phone word quoted where the trigger is not is the speaker's, no phone call ('Speaking at a news conference
    with Y, X said: "The world ought to call them on it"'); nor is a phone word of another verb joined to the
    trigger ("X spoke by telephone with A and later met B": B is met in person), nor a call in person ("X called on A
    at her residence, and on Sunday he met B")."""
    marks = rule_marks(sent.doc)
    words = [t for t in sent if marks.has("phone", t.i) and not marks.has("not-a-call", t.i)  # not "a call for"
             and not marks.has("in-person-call", t.i)]  # nor "called on X at her residence": a visit in person
    if trigger is not None:
        words = [t for t in words if not _conjoined_verb_word(t, trigger) and not _outside_own_clause(t, trigger)
                 and not _time_point(t)]
    if words and trigger is not None:
        quoted = [(a, b) for a, b in quote_spans(doc_text(sent.doc)) if not a <= trigger.idx < b]
        words = [t for t in words if not any(a <= t.idx < b for a, b in quoted)]
    return bool(words) and not marks.in_span("video", sent)


def _outside_own_clause(word: Token, trigger: Token) -> bool:
    """Whether ``word`` lies outside the relative or adverbial clause (``phone-own-clause-deps``) the trigger is in,
    and is not the noun that clause describes: "X, who met Y in May, told senators calls went unanswered" and "the
    groundwork for the call was laid when A and B met" are meetings; "the call in which A and B discussed Z" a call."""
    clause = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.dep_ not in lexicon.words("phone-own-clause-deps"):
        return False
    return not (clause.left_edge.i <= word.i <= clause.right_edge.i) and word.i != clause.head.i


def _time_point(word: Token) -> bool:
    """Whether ``word`` is the object of a ``temporal-preps`` word, another event that dates this one: "A and B
    discussed Z, following a recent call between C and D" and "after their phone call" are no phone words of the
    talks."""
    return word.dep_ == "pobj" and word.head.lower_ in lexicon.words("temporal-preps")


def _conjoined_verb_word(word: Token, trigger: Token) -> bool:
    """Whether the nearest verb above ``word`` is another verb conjoined with ``trigger``."""
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.i != trigger.i and trigger.pos_ == "VERB" and verb in trigger.conjuncts


def is_future(tok: Token) -> bool:
    """"will meet", "looked forward to hosting", "plans to visit", "hosting X later this year"."""
    return future_rule(tok) is not None


def future_rule(tok: Token) -> str | None:
    """The id of the marker pattern that makes a trigger's event planned, not past (None: it happened)."""
    marks = rule_marks(tok.doc)
    for t in phrase(tok):  # dates of the trigger's own phrase, not of its clauses
        found = _future_date(tok.doc, t.i) if t.ent_iob_ == "B" and t.ent_type_ == "DATE" else None
        if found is not None:
            return marks.rule("future-date", found)
    objects = [c for c in tok.children if c.dep_ == "dobj"] + \
        [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    gatherings = lexicon.event_nouns("gathering")
    nouns = objects + [tok] if tok.pos_ == "NOUN" else objects  # "they spoke of the upcoming summit"
    for m in (m for o in nouns if o.lemma_.lower() in gatherings for m in o.children):
        if marks.has("upcoming", m.i):
            return marks.rule("upcoming", m.i)  # "host the next summit", "attend the upcoming meeting"
    return _future_above(tok)


def _future_above(tok: Token) -> str | None:
    """A future auxiliary, an intention or a condition ("if", ``conditional``) on the trigger or the heads above it,
    within its clause."""
    marks = rule_marks(tok.doc)
    node, below = tok, tok
    for _ in range(CLIMB):
        aux = next((c for c in node.children if marks.has("future-aux", c.i)), None)
        if aux is not None:
            return marks.rule("future-aux", aux.i)
        cond = next((c for c in node.children if marks.has("conditional", c.i)), None)
        if cond is not None:  # "if X had met Y, …": a meeting the text only supposes
            return marks.rule("conditional", cond.i)
        if any(marks.has("to-aux", c.i) for c in node.children):
            for mark in ("intent-head", "purpose-head"):  # "plans to meet"; "arrived in X to meet Y"
                if marks.has(mark, node.head.i):
                    return marks.rule(mark, node.head.i)
        if node.i != tok.i and marks.has("intent-head", node.i) and not _participle_adjunct(below) and \
                below.dep_ not in lexicon.words("intent-agent-deps"):
            return marks.rule("intent-head", node.i)
        if node.head.i == node.i or node.dep_ in lexicon.words("reported-clause-deps") or _past_circumstance(node) \
                or _past_clause(node) or _dated_participle(node) or _cause_phrase(node) or \
                node.dep_ == "conj" and past_after_base(node):
            break  # a reported or relative clause does not inherit its governor's tense
        node, below = node.head, node
    return None


def _participle_adjunct(node: Token) -> bool:
    """"Meeting in Kampala, X and Y agreed to reopen the border": a participle that is an adjunct of an intention
    verb (``participle-adjunct-deps``) says when its subjects intended, not what they intend; so does a passive
    one the parser hangs there: "the measures were agreed at a meeting chaired by X and attended by Y"."""
    return node.tag_ in ("VBG", "VBN") and node.dep_ in lexicon.words("participle-adjunct-deps")


def _past_clause(node: Token) -> bool:
    """"even after talks were held yesterday": an adverbial clause in the past tense happened, whatever its
    governor says will happen (``past-clause-deps``)."""
    past = node.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in node.children)
    return past and node.dep_ in lexicon.words("past-clause-deps")


def _dated_participle(node: Token) -> bool:
    """"will send observers under an agreement signed Monday by X and Y": a past participle that qualifies a noun
    (``dated-participle-deps``), with no auxiliary of its own and a date of its own that is not a future one, tells
    what happened then, whatever its governor says will happen ("a meeting to be held next week" stays planned)."""
    if node.tag_ != "VBN" or node.dep_ not in lexicon.words("dated-participle-deps") or \
            any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return False
    words = [c for c in node.children if c.dep_ != "prep"] + \
        [o for c in node.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    starts = [_entity_start(w) for w in words if w.ent_type_ == "DATE"]
    return bool(starts) and all(_future_date(node.doc, i) is None for i in starts)


def _entity_start(word: Token) -> int:
    """The index of the first token of the entity ``word`` is in."""
    i = word.i
    while i > 0 and word.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _cause_phrase(node: Token) -> bool:
    """"as an outcome of meetings between X and Y, relations will be restored": what a result comes of happened,
    whatever the result's verb says will happen (``cause-nouns``)."""
    return node.dep_ == "prep" and node.lower_ == "of" and node.head.lemma_.lower() in lexicon.words("cause-nouns")


def _past_circumstance(node: Token) -> bool:
    """"had agreed on X after five hours of talks", "At their press conference, X and Y were asked …": talks in a
    time phrase of a past verb (perfect or passive too) happened; the verb's intention does not govern them (but
    "are expected to sign after talks" stays planned)."""
    verb = node.head if node.head.pos_ in ("VERB", "AUX") else governing_verb(node.head)  # "agreed on a plan at …"
    verb = _outcome_verb(verb)
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" or  # "had agreed"
                                         c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)  # "were asked"
    return node.dep_ == "prep" and node.lower_ in lexicon.words("circumstance-preps") and \
        (verb.tag_ == "VBD" or perfect) and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "to")
                                                   for c in verb.children)


def _outcome_verb(verb: Token) -> Token:
    """"X and Y agreed to cut tariffs after talks", "failed to agree during talks": the parser hangs the time phrase
    on the infinitive that an outcome verb (``circumstance-outcome-verbs``) governs; the phrase says when the
    outcome came, so the outcome verb's tense says whether the talks happened. Not where the infinitive is itself
    a meeting ("agreed to meet after the summit" dates the planned meeting)."""
    if verb.dep_ == "xcomp" and verb.head.i != verb.i and meeting_row(verb) is None and \
            verb.head.lemma_.lower() in lexicon.words("circumstance-outcome-verbs") and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head
    return verb


def _future_date(doc: Doc, start: int) -> int | None:
    """The future word of the DATE entity starting at ``start`` ("next week", "later this year"), or None; none in
    a day the story counts from its own events ("the next day", ``fut-date-narrative``)."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    marks = rule_marks(doc)
    if marks.first_in("narrative-date", start, end) is not None:
        return None
    return marks.first_in("future-date", start, end)


def negated(tok: Token) -> bool:
    """"X did not meet Y", "X never met Y", "X refused to meet Y", "X denied that he had met Y": no event at all;
    a noun trigger whose participants are the subjects of a negated verb too ("X and Y were not involved in the
    talks")."""
    marks, children = rule_marks(tok.doc), table_of(tok.doc).children  # children as positions: no Token each
    verb = _noun_verb(tok)
    if verb is not None and any(marks.has("negation", c) for c in children(verb.i)):
        return True
    node = tok
    for _ in range(3):
        if any(marks.has("negation", c) for c in children(node.i)):
            return True
        if node.i != tok.i and marks.has("negating-head", node.i) or marks.has("denied-clause", node.i):
            return True
        if node.dep_ != "xcomp" and not _object_noun(node, tok) or node.head.i == node.i:
            break
        node = node.head
    return False


def _object_noun(node: Token, tok: Token) -> bool:
    """A noun trigger as the object of its verb, active or passive: "cancelled the meeting", "the talks were
    postponed" (``light-object-deps``): the verb's negating head cancels it."""
    return node.i == tok.i and tok.pos_ == "NOUN" and tok.dep_ in lexicon.words("light-object-deps")


def _noun_verb(tok: Token) -> Token | None:
    """The verb a noun trigger without a possessor is the object of, directly or through one preposition
    ("were not involved with the talks"), or None."""
    if tok.pos_ != "NOUN" or any(c.dep_ == "poss" for c in tok.children):
        return None
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
        else None
    return verb if verb is not None and verb.pos_ in ("VERB", "AUX") else None


def light_verb_noun(tok: Token, row: dict) -> Token | None:
    """The meeting noun a light verb takes: "talks" in "held talks"."""
    if row.get("object") != "@trigger":
        return None
    return next((c for c in tok.children if c.dep_ in lexicon.words("light-object-deps") and meeting_row(c)), None)


def light_verb_object(tok: Token) -> bool:
    """"talks" in "held talks": the light verb "hold" is the trigger."""
    if tok.dep_ not in lexicon.words("light-object-deps") or tok.head.i == tok.i:
        return False
    row = meeting_row(tok.head)
    return row is not None and row.get("object") == "@trigger"


def purpose_of_trigger(tok: Token) -> bool:
    """"X met Y to discuss Z": the purpose clause is the same event as its trigger."""
    return tok.dep_ in ("xcomp", "advcl", "acl") and tok.head.i != tok.i and meeting_row(tok.head) is not None


def attends_gathering(tok: Token, row: dict) -> bool:
    """"X, Y and Z attended the conference", "took part in the forum": the subjects of a join verb whose object
    is a gathering (``attended-gatherings``) took part in it together, each the others' partner (not "attended the
    funeral")."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at")]
    objects = [c for c in tok.children if c.dep_ == "dobj"] + [o for c in preps for o in c.children if o.dep_ == "pobj"]
    return row["kind"] == "join" and tok.pos_ == "VERB" and any(
        o.lemma_.lower() in lexicon.words("attended-gatherings") for o in objects)
