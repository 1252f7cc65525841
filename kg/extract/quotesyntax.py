"""Syntax of speech for quotation attribution: the speech lexicon, the subjects that can speak a verb, and the
shapes in which a quotation is the object of a verb or sits directly beside its speech tag."""
from __future__ import annotations

from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.appositions import listing_prep
from kg.extract.context import Context
from kg.extract.sentences import token_starts
from kg.extract.where import word_positions

ADJACENT = 4  # tokens between a quote and a directly attributing verb


@cache
def speech_words() -> dict[str, frozenset[str]]:
    """Lemmas of ``speech_verbs.tsv`` by kind: ``verb``, ``as`` (characterising verbs) and ``noun``."""
    rows = lexicon.read_tsv(lexicon.resource_path("speech_verbs.tsv"), ("id", "lemma", "kind"))
    kinds: dict[str, set[str]] = {}
    for row in rows:
        kinds.setdefault(row["kind"], set()).add(lexicon.fold(row["lemma"]))
    return {k: frozenset(v) for k, v in kinds.items()}


def second_object(child: Token) -> bool:
    """"hailed X “a milestone”": the quotation as the object predicate (or second object) of a verb."""
    return child.dep_ == "oprd" or child.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < child.i for c in child.head.children)


def quoted_object(child: Token, span: Span) -> bool:
    """"hailed “a new chapter”", "condemned the “cowardly attack”", "labelled the plan “a sham”", "termed the incidents
    “massacres”": the quotation (``span``) is a verb's direct object, or stands in apposition to it or as its
    predicate (the parser hangs "“a sham”" on the object)."""
    quoted = lambda t: span.start <= t.i < span.end  # noqa: E731
    return child.dep_ == "dobj" and (quoted(child) or any(c.dep_ in ("appos", "oprd") and quoted(c)
                                                          for c in child.children))


def as_on_object(child: Token) -> bool:
    """"welcomed the nomination as “…”", "referred to the plan as “…”": the parser hung the quoted "as" phrase
    on the verb's object or on the object of its preposition, not on the verb."""
    objects = [child] if child.dep_ == "dobj" else \
        [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "prep" else []
    return any(c.dep_ == "prep" and c.lower_ == "as" for o in objects for c in o.children)


def object_participle(node: Token) -> bool:
    """"dismissed the plan calling it …": a participle the parser hung on the object of a verb."""
    return node.dep_ == "acl" and node.tag_ == "VBG" and node.head.dep_ == "dobj" and node.head.head.pos_ == "VERB"


def speaker_subjects(node: Token, passive: bool) -> list[Token]:
    """Subjects of a verb that can be its speaker: the subject (the passive one only when ``passive``), the
    agent, or "who" (standing for its antecedent)."""
    subj = [c for c in node.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and passive]
    subj += [p for c in node.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return subj  # the antecedent of "who" is found by :meth:`_Attributor.persons`


def directly_after(ctx: Context, verb: Token, a: int, b: int) -> bool:
    """'“…,” he said', '“…,” said X', 'X said on Friday: “…”': little but the subject or a time between."""
    lo, hi = (b, verb.idx) if verb.idx >= b else (verb.idx + len(verb.text), a)
    starts = token_starts(ctx.doc)
    between = [t for t in ctx.doc[bisect_left(starts, lo):bisect_left(starts, hi)] if not t.is_punct]
    return len(between) <= ADJACENT and not any(t.pos_ in ("CCONJ", "VERB", "SCONJ") for t in between)


def relative_subject(tok: Token) -> bool:
    """A name that a relative pronoun takes up as its clause's subject: "praise from Ariel Sharon, who said …" makes
    Sharon the subject a later "he" refers to."""
    relative = lexicon.words("relative-pronouns")
    return any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in relative for g in c.children)
               for c in tok.children)


def logical_subject(tok: Token) -> bool:
    """A name that a later "he"/"she" may take up although the parse does not make it the subject: the one person
    a listing preposition names in a subject ("Republicans such as NAME are skeptical", "Some of the justices,
    including NAME, …"), or the agent of a passive clause whose subject is a thing ("The reply was given by NAME";
    not "he was pardoned by NAME", nor a participle's "a book written by NAME")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.i == tok.i or any(c.dep_ == "conj" for c in tok.children):
        return False
    if prep.dep_ == "agent":  # a thing as the passive subject, not a participle ("the book written by NAME")
        things = [c for c in prep.head.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
        return bool(things) and not any(t.ent_type_ == "PERSON" for c in things for t in c.subtree)
    return prep.dep_ == "prep" and prep.head.dep_ in ("nsubj", "nsubjpass") and listing_prep(prep)


def apposed_subject(tok: Token) -> bool:
    """A name in apposition to its clause's subject, whom a later "he"/"she" takes up: "The head of the army, NAME,
    appealed …", "… was announced by the ambassador, NAME" (:func:`logical_subject`), or "The leader of the
    opposition, NAME, called on …" where the parser made the finite verb a modifier of the root noun."""
    head = tok.head
    if tok.dep_ != "appos" or head.i == tok.i:
        return False
    unparsed = head.dep_ == "ROOT" and head.pos_ == "NOUN" and \
        any(c.dep_ == "acl" and c.tag_ == "VBD" and c.i > tok.i for c in head.children)
    return head.dep_ in ("nsubj", "nsubjpass") or logical_subject(head) or unparsed


def listed_members(tok: Token) -> list[Token]:
    """The names a plural subject lists with a listing preposition (``antecedent-listing-preps``): "commentators
    such as A and B described it as “…”", "officials, including A and B, said": A (whose conjuncts follow)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    out = []
    for prep in tok.children:
        if prep.dep_ == "prep" and listing_prep(prep):
            out += [p for p in prep.children if p.dep_ == "pobj"]
    return out


def untagged_name(subject: Token) -> bool:
    """A proper-noun subject the model left untagged or tagged a person: someone new in a pronoun chain
    ("Maryland Democrat Elijah Cummings noted …"), where a country or an organisation is not ("Israel warned")."""
    return subject.pos_ == "PROPN" and subject.ent_type_ in ("", "PERSON")


def joint_names(tok: Token) -> bool:
    """A name that opens a list joined by a conjunction ("A and B", "A, B and C") as a subject before its verb
    ("A and B said") or as a listed member of one ("commentators such as A and B"); not names in apposition
    ("Lafayette Hill, voter NAME") nor a subject after its verb ("… suggests A and B as examples")."""
    subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.i < tok.head.i
    listed = tok.dep_ == "pobj" and tok.head.dep_ == "prep"
    return (subject or listed) and any(c.dep_ == "cc" for t in (tok, *tok.conjuncts) for c in t.children)


def news_outlet(name: str) -> bool:
    """A news outlet's name, which is no person's: one of ``news-outlet-names`` ("Xinhua") or a name whose last word
    is one of ``news-outlet-words`` ("CBS News", "The Washington Post"); "according to CBS News, X was “…”"."""
    folded = lexicon.fold(name).removeprefix("the ")
    words = folded.split()
    return bool(words) and (folded in lexicon.words("news-outlet-names") or
                            words[-1] in lexicon.words("news-outlet-words"))


def written_in_full(doc: Doc, name: str) -> bool:
    """A one-word name that the article also writes after a given name ("candidate Tavi Brenner", which the model
    may tag an organisation): a capitalised proper noun right before it, not one of an organisation's words or a
    news outlet ("Thomson Reuters"), and no proper noun after it ("Tavi Brenner Fund")."""
    outlets, organs = lexicon.words("news-outlet-names"), lexicon.words("full-name-not-given")
    written = sorted(i for word, found in word_positions(doc).items() if lexicon.fold(word) == name for i in found)
    for tok in (doc[i] for i in written if i > 0):  # each word of the Doc folded once
        before, after = tok.nbor(-1), tok.nbor(1) if tok.i + 1 < len(doc) else None
        if tok.lower_ in outlets or after is not None and after.pos_ == "PROPN":
            continue
        if before.pos_ == "PROPN" and before.text[:1].isupper() and before.text.isalpha() and \
                not before.text.isupper() and before.lower_ not in organs:
            return True
    return False
