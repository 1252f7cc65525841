"""Words that place a political event's act in the past, or its plan among those not carried out (for
:mod:`kg.extract.plover_modality`): a plan told in the past perfect ("had planned to", "had been due to": negated),
an actor named by the office it held then ("then-President X": historical), a month alone after "in" and a clause
told in the past (for a month of the year before), and a date that only says when a person in apposition held a
post (no date of the act)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.quotesyntax import speech_words


def unrealised_plan(tok: Token) -> bool:
    """A plan told in the past perfect was not carried out: the trigger hangs, as an infinitive (through ``xcomp``
    and ``acomp``), from a word of ``plover-plan-heads`` with the auxiliary "had" ("X, who had planned to dine with
    Y, will come later", "X had been expected to meet Y", "X had been due to meet Y next week"); not "X planned to
    meet Y" (future) nor "X had agreed to meet Y" (an agreement, not a plan).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["X", "had", "been", "due", "to", "meet", "Y"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, lemmas=["X", "have", "be", "due", "to", "meet", "Y"],
    ...           deps=["nsubj", "aux", "ROOT", "acomp", "aux", "xcomp", "dobj"], heads=[2, 2, 2, 2, 5, 3, 5])
    >>> unrealised_plan(doc[5]), unrealised_plan(doc[6])
    (True, False)
    """
    plans, node = lexicon.words("plover-plan-heads"), tok
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if lexicon.fold(node.lemma_) in plans or node.lower_ in plans:
            holders = [node, node.head] if node.dep_ == "acomp" else [node]  # "had been due to": on "been"
            return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for h in holders for c in h.children)
    return False

def then_holder(nodes: list[Token], marks: dict[int, set[str]]) -> bool:
    """An act whose subject or agent is named by the office it held then ("then-President X imposed tariffs",
    "tariffs imposed by then-Foreign Minister Y", "the then prime minister ordered a crackdown": ``pm-then-holder``,
    ``pm-the-then-holder``) is recalled from the past; the parser may hang "then-" on the verb, so the two words
    before the actor's phrase count too."""
    actors = [c for n in nodes for c in n.children if c.dep_ in ("nsubj", "nsubjpass")]
    actors += [o for n in nodes for c in n.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return any("then-holder" in marks.get(i, ()) for a in actors
               for i in range(max(a.left_edge.i - 2, a.sent.start), a.right_edge.i + 1))

def in_month(ent: Span) -> bool:
    """A month alone after "in" or "during" ("in December"): not a day ("the June 26 election date") nor a name
    read as a month ("May suggested")."""
    root = ent.root
    return len(ent) == 1 and root.dep_ == "pobj" and root.head.lower_ in ("in", "during")

def told_past(nodes: list[Token]) -> bool:
    """Whether the trigger's clause is told in the past: its verb or a verb above it in the simple past or with a
    past auxiliary ("visited", "had visited", "was visited")."""
    return any(n.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in n.children)
               for n in nodes)


def planned_by(tok: Token) -> Token | None:
    """The verb an event noun is the object of when that verb only plans it (``plover-plan-object-heads``: "X is
    planning an attack on Y", "is preparing a new offensive", "is not planning a preemptive attack"), or None; not
    a verb with the noun as its subject, one of another kind ("X condemned the attack"), nor one told in the past.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "is", "planning", "an", "attack"],
    ...           lemmas=["X", "be", "plan", "an", "attack"], pos=["PROPN", "AUX", "VERB", "DET", "NOUN"],
    ...           tags=["NNP", "VBZ", "VBG", "DT", "NN"], deps=["nsubj", "aux", "ROOT", "det", "dobj"],
    ...           heads=[2, 2, 2, 4, 2])
    >>> planned_by(doc[4]).text, planned_by(doc[2])
    ('planning', None)
    """
    head = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or head.i == tok.i or head.pos_ != "VERB":
        return None
    if head.tag_ in ("VBD", "VBN"):  # "planned the attack for months": told in the past, it may have been done
        return None
    return head if lexicon.fold(head.lemma_) in lexicon.words("plover-plan-object-heads") else None


def describes_apposition(ent: Span) -> bool:
    """A date that says how long a noun in apposition held a post (``plover-tenure-preps``: "Also at the summit was
    X, Chad's leader until 1990", "Y, president from 1990 to 1995, attended"): it describes the person, not the act.
    The date's phrase reaches the apposition through prepositions only, the first of them one of the list; not "X,
    the police chief in 2006, was taking bribes" (then), nor "the first government since the invasion in 2003" (the
    invasion's own date).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["X", ",", "leader", "until", "1990", ",", "attended"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, deps=["nsubj", "punct", "appos", "prep", "pobj", "punct",
    ...           "ROOT"], heads=[6, 0, 0, 2, 3, 0, 6])
    >>> describes_apposition(doc[4:5]), describes_apposition(doc[2:3])
    (True, False)
    """
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in lexicon.words("plover-tenure-preps"):
        return False
    return root.head.head.dep_ == "appos"


def recalled_by_word(tok: Token, nodes: list[Token]) -> bool:
    """An act a word recalls from before the news: an adverb of ``plover-past-adverbs`` on the trigger or a verb of
    its clause (``nodes``) told in the past (:func:`told_past`: "X had previously endorsed Y", "he was once jailed";
    not "X has previously called for Y", nor "once again", ``plover-past-adverb-repeats``, nor on a speech verb of
    ``speech_verbs.tsv``: "X had previously warned Y that ..." is said as the news's background), or a modifier of
    ``plover-past-modifiers`` on an event noun ("claimed responsibility for previous attacks").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "had", "previously", "endorsed", "Y"],
    ...           tags=["NNP", "VBD", "RB", "VBN", "NNP"], deps=["nsubj", "aux", "advmod", "ROOT", "dobj"],
    ...           heads=[3, 3, 3, 3, 3])
    >>> recalled_by_word(doc[3], [doc[3]]), recalled_by_word(doc[4], [doc[4]])
    (True, False)
    """
    adverbs, repeats = lexicon.words("plover-past-adverbs"), lexicon.words("plover-past-adverb-repeats")
    doc, speech = tok.doc, speech_words().get("verb", frozenset())
    said = any(c.dep_ == "advmod" and c.tag_ == "RB" and c.lower_ in adverbs and lexicon.fold(n.lemma_) not in speech
               and (c.i + 1 == len(doc) or doc[c.i + 1].lower_ not in repeats) for n in nodes for c in n.children)
    if said and told_past(nodes):
        return True
    modifiers = lexicon.words("plover-past-modifiers")
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in modifiers for c in tok.children)


def planned_participles(tok: Token) -> list[Token]:
    """The participles that qualify an event noun as a plan ("a strike scheduled for Friday", "a protest planned
    to coincide with the summit"; their words are ``plover-future-modifiers``, read by the caller), unless the
    noun is the subject of a verb told in the past: "a rally planned for Thursday went ahead" happened.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "rally", "planned", "went"], tags=["DT", "NN", "VBN", "VBD"],
    ...           deps=["det", "nsubj", "acl", "ROOT"], heads=[1, 3, 1, 3])
    >>> planned_participles(doc[1])
    []
    """
    if tok.dep_ in ("nsubj", "nsubjpass") and told_past([tok.head]):
        return []
    return [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
