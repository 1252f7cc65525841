"""Who speaks or acts in a trigger's clause: the subject of a verb or of the verb it hangs from, a pronoun that
stands for the country, organisation or collective actor speaking ("Russia said it would retaliate", "the army said
it had withdrawn"), and the one a reported clause is said by."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import in_dateline
from kg.extract.plover_actors import Actors, actors_of, leaders
from kg.extract.plover_modality import reported_by
from kg.extract.plover_nouns import sector_of
from kg.model import Actor


def subject(tok: Token) -> Token | None:
    """The subject of a verb, or of the verb it hangs from ("X agreed to strengthen", "X issued a statement
    condemning Y", "X said it would ... " keeps "it")."""
    node, deps = tok, lexicon.words("plover-subject-deps")
    if root_noun_clause(tok):
        return speaker(split_appos(tok.head))
    for _ in range(4):
        raised = node.i != tok.i and tok.dep_ == "xcomp" and active(tok)  # "X is expected to sign": X signs
        found = next((lead for c in node.children if c.dep_ in deps or raised and c.dep_ == "nsubjpass"
                      if (lead := past_dateline(c)) is not None), None)
        if found is not None:
            return speaker(split_name(found))
        inherits = node.dep_ in lexicon.words("plover-inherit-deps") or node.dep_ == "dobj" and node.i != tok.i \
            or node.dep_ == "prep" and node.lower_ in lexicon.words("plover-inherit-preps") and active(tok)
        if not inherits or node.head.i == node.i:
            return None
        controller = _object_controller(node)
        if controller is not None:
            return controller
        node = node.head
    return None


def past_dateline(tok: Token) -> Token | None:
    """``tok``, or when it is the place of the body's wire dateline the parser took for a subject (``in_dateline``:
    "VILNIUS, Aug. 4 — Lithuania ordered …" has two subjects), the first noun after the dateline's dash that the
    parser hung from the dateline ("BRUSSELS/BAMAKO, Dec 13 — European Union ministers adopted …" in apposition,
    "RIYADH/SANAA, March 26 — Saudi Arabia and its allies launched …" conjoined to the date), else None: a
    dateline acts in no event."""
    if not in_dateline(tok):
        return tok
    sent = tok.sent
    dash = next((t for t in tok.doc[tok.i:sent.end] if t.text in ("—", "–", "-", "--")), None)
    if dash is None:
        return None
    return next((t for t in tok.doc[dash.i + 1:sent.end] if t.head.i < dash.i and t.pos_ in ("NOUN", "PROPN")),
                None)


def split_name(tok: Token) -> Token:
    """The name the parser split from the description just before it, both taken for subjects of one verb
    ("Former chess champion Garry Kasparov has been arrested": "champion" and "Kasparov"), else ``tok``."""
    if tok.pos_ != "NOUN":
        return tok
    return next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.pos_ == "PROPN"
                 and c.left_edge.i == tok.i + 1), tok)


def reported_conjunct_speaker(tok: Token) -> Token | None:
    """The speaker of a speech-act verb the parser conjoined to a reported clause (:func:`reported_by`): "Colombia
    claimed the arrest occurred in its territory and accused Venezuela of …" (Colombia accuses, not the arrest)."""
    verb = reported_by(tok)
    return subject(verb) if verb is not None else None


def _object_controller(node: Token) -> Token | None:
    """The object that acts in the infinitive of a verb of causing or asking (``plover-object-control-verbs``):
    "X persuaded [Y] to withdraw", "X forced [Y] to resign" (Y withdraws, Y resigns; not X)."""
    if node.dep_ != "xcomp" or node.head.lemma_.lower() not in lexicon.words("plover-object-control-verbs"):
        return None
    return next((c for c in node.head.children if c.dep_ == "dobj"), None)


def active(verb: Token) -> bool:
    """Not a passive: "launched" in "are reported to have launched", not "shot" in "to have been shot"."""
    aux = {c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return not any(c.dep_ == "auxpass" for c in verb.children) and (verb.tag_ != "VBN" or "have" in aux)


def bare_past(verb: Token) -> bool:
    """A simple past the tagger took for a participle, with no auxiliary and no agent, as the sentence's main verb
    ("Thousands of students protested outside the embassy": "protested" tagged VBN, the root or a clause of the
    root noun "Thousands"; "12,000 members of the union protested in front of the embassy"); not "the commitment
    demonstrated by the government", nor "the march was demonstrated"."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return False
    head = verb.head
    return verb.dep_ == "ROOT" or verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN", "NUM")


def root_noun_clause(verb: Token) -> bool:
    """A verb in the simple past that the parser hung as a clause from the sentence's root noun, leaving the sentence
    without a main verb: "The leader of the opposition, Uhuru Kenyatta, called on the government to …" ("called"
    a finite past, VBD, whose subject is that noun), "The Saudi-led coalition bombed Sanaa" (a past the tagger took
    for a participle, with an object); not "British soldier killed in Afghanistan" (a participle headline), "the
    weapons seized yesterday", "protesters beaten by the police" (an agent) nor "A military coup removed X" (a root
    noun that is no actor: no name, no sector of ``agents.tsv``)."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or not _actor_noun(head):
        return False
    if any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)


def _actor_noun(noun: Token) -> bool:
    """A name, a noun of a sector of ``agents.tsv``, one with a name in apposition or one a leader leads ("the
    Saudi-led coalition")."""
    return noun.pos_ == "PROPN" or bool(sector_of(noun)) or split_appos(noun) is not noun or \
        any(leaders(c) for c in noun.children)


def split_appos(noun: Token) -> Token:
    """The name in apposition to a common noun ("Another Sunni politician, Hussein al-Falluji, …": the person), else
    the noun."""
    if noun.pos_ != "NOUN":
        return noun
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), noun)


def reporter(ac: Actors, tok: Token) -> list[Actor]:
    """The subject of the speech verb a clause is reported by ("X said that 16 people were detained", "X announced
    their release, saying they had been pardoned": through the participle to the verb it qualifies)."""
    node = tok
    for _ in range(3):
        if node.dep_ not in ("ccomp", "conj", "advcl") or node.head.i == node.i:
            node = node.head if node.dep_ in ("xcomp", "aux") else node
            if node.dep_ != "ccomp":
                return []
        node = node.head
        subj = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return actors_of(ac, subj)
    return []


def speaker(subj: Token) -> Token:
    """"Russia said it would retaliate", "European diplomats said they will hold a meeting", "the US stated …, but
    it may use force", "the army said it had withdrawn": the pronoun is the country, organisation, group or
    collective body (a noun of ``agents.tsv``) speaking; "X, who praised Y": X."""
    if subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl":
        return subj.head.head
    if subj.lower_ not in ("it", "they", "we") or subj.head.dep_ not in ("ccomp", "conj"):
        return subj
    above = next((c for c in subj.head.head.children if c.dep_ == "nsubj"), None)
    if above is None:
        return subj
    named = above.ent_type_ in ("GPE", "ORG", "NORP")
    group = subj.lower_ != "it" and above.tag_ in ("NNS", "NNPS")
    body = subj.lower_ == "it" and above.tag_ == "NN" and sector_of(above) is not None
    return above if named or group or body else subj
