"""Groups that stand for persons: "G7 Leaders", "the Quad leaders", "NATO defence ministers" stand for the persons
the article names as heads (or holders of the portfolio) of the group's members (``group_members.tsv``); and the
phrase and polity helpers the participant rules share."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.rulematch import rule_marks
from kg.lexicon import fold


def phrase(head: Token) -> list[Token]:
    """The tokens of a phrase without its clauses, in text order."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in lexicon.words("clause-deps"))
    return sorted(out, key=lambda t: t.i)


def group_members(ctx: Context, tok: Token) -> list[int]:
    """"G7 Leaders", "the Quad leaders", "leaders of African Union member states": the persons the article
    names as heads of state or government (or of the organisation itself) of the group's members; "NATO defence
    ministers", "the foreign ministers of the G7": those it names as holders of that portfolio."""
    fits = _group_roles(tok)
    if fits is None:
        return []
    table = lexicon.simple_table("group_members.tsv", "id")
    members: set[str] = set()
    for code in polities_in(phrase(tok)):
        row = table.get(fold(code))
        if row is not None:
            members |= {code, *lexicon.split(row["members"])}
    if not members:
        return []
    return [e.index for e in ctx.entities if _leads(ctx, e, members, fits)]


def _group_roles(tok: Token):
    """Which roles a group noun gathers: heads for ``group-nouns``; for a plural minister title with its portfolio
    ("defence ministers"), the roles that hold a word of that portfolio (``portfolio-<word>``, else the word)."""
    if tok.lower_ in lexicon.words("group-nouns"):
        heads = {t.role for t in lexicon.titles() if t.kind in ("head", "org-head")}
        return lambda role: role in heads
    title = lexicon.title_index().get(tok.lemma_.lower())
    kinds = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")]
    if tok.tag_ != "NNS" or title is None or title.kind != "minister" or not kinds:
        return None
    names = lexicon.word_ids()
    words = {w for k in kinds for w in (lexicon.words(f"portfolio-{k}") if f"portfolio-{k}" in names else {k})}
    return lambda role: role is not None and any(f" {w} " in f" {fold(role)} " for w in words)  # whole words


def _leads(ctx: Context, ent, members: set[str], fits) -> bool:
    """Whether the text (not after "former") or the actor dictionary (at the article's date) gives the entity a
    role that ``fits`` in one of ``members``."""
    for m in ent.mentions:
        former = m.span_start > 0 and rule_marks(ctx.doc).has("former", m.span_start - 1)
        if fits(m.role) and m.country in members and not former:
            return True
    if ent.actor is not None:
        return any(fits(t.role) and t.country in members for t in ent.actor.terms_at(ctx.article.date))
    return False


def polities_in(tokens: list[Token]) -> set[str]:
    """Country/organisation codes named by runs of one to three adjacent tokens."""
    found = set()
    for i in range(len(tokens)):
        for n in (1, 2, 3):
            run = tokens[i:i + n]
            if len(run) == n and run[-1].i - run[0].i == n - 1:
                code = lexicon.lookup_polity("".join(t.text_with_ws for t in run).strip())
                if code:
                    found.add(code)
    return found


def group_subject(sent: Span) -> bool:
    """Whether a sentence's subject is a plural common noun other than a group anaphor ("the British sailors
    shouted for joy"): the nearer antecedent of a later "they" than persons named further back."""
    anaphors = lexicon.words("anaphoric-nouns")
    return any(t.tag_ == "NNS" and t.dep_ in lexicon.words("subject-deps") and t.lower_ not in anaphors
               for t in sent)
