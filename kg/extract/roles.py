"""person – role – country facts from titled mentions and the actor dictionary."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import cast

from kg import lexicon
from kg.extract import spokes
from kg.extract.context import Context
from kg.extract.countries import national_premier
from kg.extract.lexmatch import marks
from kg.extract.mentions import Mention
from kg.extract.orghome import org_referents
from kg.extract.people import Entity, pronoun_entity
from kg.extract.rolecountry import (
    article_country,
    country_from_actor,
    dictionary_over_text,
    text_and_person,
    title_kind,
    title_kinds,
)
from kg.extract.rolehome import private_posts, senate_home
from kg.extract.rolesides import other_side, owned, plural_other
from kg.extract.rolestatus import (
    as_unread,
    died,
    leaving_verb,
    ousted,
    past_period,
    post_as,
    role_scope,
    role_status,
    status_rank,
)
from kg.extract.staff import department_title
from kg.model import RoleFact, RoleStatus

GENERIC = "generic"  # "Secretary Yellen": a role only once the dictionary says which secretary


def _refine(ent: Entity, role: str, ctx: Context) -> str | None:
    """A generic title made specific by the dictionary: "Secretary" → the one secretary post held at the date."""
    if ent.actor is None:
        return None
    word = lexicon.fold(role)
    posts = {t.role for t in ent.actor.terms_at(ctx.article.date)
             if t.role and f" {word} " in f" {lexicon.fold(t.role)} "}
    return posts.pop() if len(posts) == 1 else None


def _national_leader(ent: Entity, role: str, country: str | None, ctx: Context, kind: str | None = None) -> str | None:
    """A country's bare "leader" ("Palestinian leader X", "the top leader of Iran, Y") whom the dictionary gives one
    head's post (``head-kinds``) in that country at the date holds that post (President); a post the dictionary itself
    calls a leader's ("Supreme Leader": "North Korean leader X" is that post as the article writes it, Leader), a
    party's leader (``party-post-kinds``: "LDP President X", also Prime Minister), or one the text gives no country,
    stays Leader."""
    if role not in lexicon.words("national-leader-titles") or country is None or ent.actor is None or \
            kind in lexicon.words("party-post-kinds") or lexicon.polity(country).is_org or ctx.article.date is None:
        return None
    posts = {t.role for t in ent.actor.terms_at(ctx.article.date) if t.role and t.country == country and
             (title_kinds().get(t.role) in lexicon.words("head-kinds") or t.role.endswith(" Leader"))}
    return post if len(posts) == 1 and not (post := posts.pop()).endswith(" Leader") else None


def _reelected(ctx: Context, ent: Entity, m: Mention, role: str) -> str:
    """The winner of an election to an office the dictionary says he holds at the date is re-elected: "President
    X won the presidential election" keeps President, not President-elect."""
    base = role.removesuffix("-elect")
    if m.rule != "election-won" or ent.actor is None or base == role:
        return role
    return base if any(t.role == base for t in ent.actor.terms_at(ctx.article.date)) else role


def _text_roles(ctx: Context, ent: Entity) -> list[tuple[str, str | None, Mention, str | None]]:
    """(role, country, mention, title kind) as the text gives them, generic titles refined or dropped."""
    out = []
    found = ent.roles()
    for role, country, kind, m in found:
        if _courtesy(role, m, found):
            continue
        post = _department_post(ctx, m, role)
        if post is not None:
            role, country, kind = post
        elif kind == GENERIC:
            refined = _refine(ent, role, ctx)
            if refined is None:
                continue
            role = refined
        else:
            role = _national_leader(ent, role, country, ctx, kind) or role
        if kind == spokes.SPOKES and not country and (served := _served_country(ctx, m) if m.rule in
                                                      SERVED_RULES else _possessor_country(ctx, m)):
            country, kind = served, spokes.OFFICIAL  # "X, a spokesman for Sarkozy": the French president's
        out.append((role, country, m, kind))
        if role in _short_names():  # "Assistant to the President for National Security Affairs": also the NSA
            out.append((_short_names()[role], country, m, kind))
    known: dict[str, set[str]] = {}
    for role, country, _, _ in out:
        known.setdefault(role, set()).update({country} if country else set())
    return [(role, country or (next(iter(known[role])) if len(known[role]) == 1 else None), m, kind)
            for role, country, m, kind in out]


SERVED_RULES = ("apposition-served", "title-comma-post-of")  # "X, a spokesman for Y", "a spokesman for Y, X"


def _served_country(ctx: Context, m: Mention) -> str | None:
    """The one country of the posts (``principal-kinds``: a head's, a minister's) that the article gives the person a
    spokesperson's apposition serves ("X, a spokesman for Sarkozy": "for" or "to" and that person's name)."""
    doc = ctx.doc
    first = m.span_start if m.rule == "title-comma-post-of" else m.end  # "a spokesman for Akayev, X"
    k = next((i for i in range(first, min(len(doc) - 1, first + 8)) if doc[i].lower_ in ("for", "to")), None)
    return _principal_country(ctx, k + 1) if k is not None else None


def _possessor_country(ctx: Context, m: Mention) -> str | None:
    """The one country of the posts (``principal-kinds``: a head's, a minister's) that the article gives the person
    whose possessive name stands right before a spokesperson's title: "Y's spokesman, X" (the title before the
    name) or "X, Y's spokesman" (an apposition), as ``_served_country`` does for "X, a spokesman for Y"."""
    doc = ctx.doc
    if m.rule.startswith("title") and m.span_start > 0 and \
            doc[m.span_start - 1].lower_ in lexicon.words("person-possessive-pronouns"):  # "his spokesman, X"
        e = pronoun_entity(m.span_start - 1, ctx.mentions, (), doc)
        return _principal_country(ctx, m.span_start - 1, [e] if e is not None else [])
    if m.rule.startswith("title"):
        k = m.span_start - 1 if m.span_start > 1 else None
    else:
        k = next((j for j in range(m.end + 2, min(len(doc) - 1, m.end + 5))
                  if doc[j].tag_ == "POS" and marks(doc).title_at(j + 1)), None)
    if k is None or doc[k].tag_ != "POS":
        return None  # the name before "'s" is a person of the article (the tagger may call "Musharraf" an ORG)
    return _principal_country(ctx, k - 1)


def _principal_country(ctx: Context, i: int, found: list[int] | None = None) -> str | None:
    """The one country of the posts (``principal-kinds``) that the article gives the person named at token ``i`` (or
    the persons ``found`` there: a pronoun's), else of the dictionary's terms of a person the article gives such a
    post ("President X" known in one country)."""
    principals = lexicon.words("principal-kinds")
    ents = [ctx.entities[e] for e in (ctx.token_entities.get(i, []) if found is None else found)]
    countries = {c for ent in ents for _, c, kind, _ in ent.roles() if c and kind in principals} or \
        {t.country for ent in ents if ent.actor is not None and any(kind in principals for *_, kind, _ in ent.roles())
         for t in ent.actor.terms if t.country}
    return countries.pop() if len(countries) == 1 else None


def _department_post(ctx: Context, m: Mention, role: str) -> tuple[str, str | None, str] | None:
    """A title before a name and a department after it, as list items write them: "- Acting Secretary X,
    Department of Labor" is the Secretary of Labor (a post of titles.tsv; ``staff.department_title``)."""
    doc = ctx.doc
    if not m.rule.startswith("title") or m.end + 3 >= len(doc) or doc[m.end].text != ",":
        return None
    base = lexicon.title_index().get(lexicon.fold(role)) or lexicon.title_index().get(lexicon.fold(role.split()[-1]))
    found = department_title(doc, m.end, replace(base, role=role)) if base is not None else None
    if found is None or found[0].role == role:
        return None
    return found[0].role, found[1], found[0].kind


def _courtesy(role: str, m, found: list) -> bool:
    """"Ambassador X" on a surname alone, where the full name has another post: the courtesy title former
    ambassadors keep ("National Security Advisor to the Vice President Nancy Doe … Ambassador Doe")."""
    return role == "Ambassador" and m.end - m.start == 1 and \
        any(r != role and o.end - o.start > 1 for r, _, _, o in found)


def _more_specific(role: str, other: str) -> bool:
    """``other`` names the same post more precisely: "Chairman" < "Chairman of the Joint Chiefs of Staff", a
    one-word title of the same kind ends it: "Minister" < "Defense Minister" (not "President" < "Vice President"),
    and capitalised office words inside it, no rank word (``not-portfolio``), keep its first and last words:
    "Deputy Director" < "Deputy Public Engagement Director", "Chief of Staff" < "White House Chief of Staff"."""
    if " " not in role and other.lower().endswith(" " + role.lower()):
        return title_kinds().get(role) == title_kind(other)
    if other.lower().startswith(role.lower() + " "):
        return other.split()[len(role.split())] in ("of", "to", "for")
    return _office_words_inside(role.split(), other.split())


def _office_words_inside(words: list[str], others: list[str]) -> bool:
    """``others`` is ``words`` with capitalised words (no rank word) added before its last word, or in front."""
    if len(others) <= len(words) or others[-1] != words[-1] or (len(words) > 1 and others[0] != words[0]
                                                                 and others[-len(words):] != words):
        return False
    rest = list(others)
    for w in words:
        if w not in rest:
            return False
        rest.remove(w)
    return all(w[:1].isupper() and w.lower() not in lexicon.words("not-portfolio") for w in rest)


def _prune(facts: dict[tuple, RoleFact]) -> list[RoleFact]:
    """Drop a role that another fact of the same person states more precisely, and a bare rank beside a civil post."""
    out = []
    for (role, country), fact in facts.items():
        if any(_more_specific(role, r) and country in (None, c) for r, c in facts) or _rank_style(role, facts):
            continue
        if country is None and any(r == role and c for r, c in facts):
            continue
        out.append(fact)
    return out


def _rank_style(role: str, facts: dict[tuple, RoleFact]) -> bool:
    """A bare military rank (``rank-titles``) of a person the article gives a current civil post
    (``rank-civil-kinds``): "General X" who is also "President X" is styled by the rank, not posted to it."""
    civil = lexicon.words("rank-civil-kinds")
    return role in lexicon.words("rank-titles") and any(
        f.status != "former" and title_kinds().get(r) in civil for (r, _), f in facts.items())


def entity_roles(ctx: Context, ent: Entity) -> list[RoleFact]:
    """The roles one person holds in this article: from the text first, else (no political post, or only former
    ones: "then-National Security Adviser X") from the dictionary's posts at the date."""
    person = ent.person()
    out: dict[tuple, RoleFact] = {}
    for role, country, m, kind in _text_roles(ctx, ent):
        role, kind, country = _state_chamber_post(ctx, m, role, kind, country)
        role = _reelected(ctx, ent, m, role)
        political = kind not in lexicon.words("non-political-kinds")
        if country and political:
            country = dictionary_over_text(ent, role, country, m.name is not None and " " in m.name, ctx)
        country = country or (country_from_actor(ent, role, ctx) if political else None)
        ev = ctx.evidence(m.span_start, m.span_end, f"role:{m.rule}")
        status = dictionary_status(ent, role, country, ctx.article.date, role_status(role, m.status))
        status = _historical(ctx, m, status)
        status = cast(RoleStatus, status)  # status_before/status_after give only the four statuses
        fact = RoleFact(person, role, country, ev, status, role_scope(role, kind, country))
        old = out.get((role, country))
        if old is None or status_rank(fact.status) < status_rank(old.status):
            out[(role, country)] = fact  # "former President X" … "President X": the current mention wins
    if ent.actor is not None and ctx.article.date:
        _dictionary_posts(ctx, ent, out)
    if any(died(ctx.doc, m.start, m.end) for m in ent.mentions):  # a dead person holds no post at the date
        out = {k: replace(f, status="former", evidence=replace(f.evidence, rule=f.evidence.rule + "+died"))
               for k, f in out.items()}
    return _prune(_left(ctx, ent, _ousted(ctx, ent, out)))


def _ousted(ctx: Context, ent: Entity, out: dict[tuple, RoleFact]) -> dict[tuple, RoleFact]:
    """A post the text says the person was removed from ("deposed president X", pattern ``status-ousted``) is
    former in the whole article, though another mention names him by it ("… president X has to go")."""
    gone = {m.role for m in ent.mentions if m.role and m.rule.startswith("title") and ousted(ctx.doc, m.span_start)}
    return {k: replace(f, status="former", evidence=replace(f.evidence, rule=f.evidence.rule + "+ousted"))
            if f.role in gone and f.status != "former" else f for k, f in out.items()}


def _left(ctx: Context, ent: Entity, out: dict[tuple, RoleFact]) -> dict[tuple, RoleFact]:
    """A post the text says the person left in its news (``rolestatus.leaving_verb``: "X resigned as president",
    "Several ministers, including Foreign Minister Y, resigned", "Z was replaced") is former in the whole article,
    though another mention names him by it: the post after "as", else the titled mention's posts, else the one political
    post the article gives him ("Minister Y … Y stepped down"); not a head's post (``caretaker-kinds``: a prime
    minister who resigned mostly stays in office until a successor is sworn in)."""
    gone: set[str] = set()
    for m in ent.mentions:
        verb = leaving_verb(ctx.doc, m.start, m.end)
        if verb is not None and not as_unread(ctx.doc, verb):
            posts = {p} if (p := post_as(ctx.doc, verb)) else {r for r in (m.role, *(x[0] for x in m.extra)) if r}
            held = {f.role for f in out.values() if f.status != "former" and f.scope in ("national", "subnational")}
            gone |= posts or (held if len(held) == 1 else set())
    gone = {g for g in gone if title_kind(g) not in lexicon.words("caretaker-kinds")}
    return {k: replace(f, status="former", evidence=replace(f.evidence, rule=f.evidence.rule + "+left-office"))
            if f.status != "former" and any(lexicon.fold(f.role) == lexicon.fold(g) or _more_specific(g, f.role)
                                            for g in gone) else f
            for k, f in out.items()}


def _dictionary_posts(ctx: Context, ent: Entity, out: dict[tuple, RoleFact]) -> None:
    """The dictionary's posts at the date of a person the text gives no current political post, and the national
    ones of a person it gives only an organisation's post: "the Chairman of the African Union X" is also his
    country's President (a party's leader is not: "Smer leader X" stays Leader)."""
    current = [f for f in out.values() if f.scope != "nonpolitical" and f.status != "former"]
    if any(f.scope != "international" for f in current):
        return
    first = ent.mentions[0]
    for term in ent.actor.terms_at(ctx.article.date) if ent.actor else ():
        if not term.role or (current and (not term.country or lexicon.polity(term.country).is_org)):
            continue  # untitled posts: no fact; beside an organisation's post, only a country's
        ev = ctx.evidence(first.span_start, first.span_end, "role:actor-dictionary")
        scope = role_scope(term.role, title_kinds().get(term.role), term.country)
        out.setdefault((term.role, term.country), RoleFact(ent.person(), term.role, term.country, ev, scope=scope))


def _state_chamber_post(ctx: Context, m: Mention, role: str, kind: str | None,
                        country: str | None = None) -> tuple[str, str | None, str | None]:
    """A legislator whose apposition opens with a US state and a chamber (``state-chambers``) sits in that
    state's legislature: "Sen. X, Ohio Senate Minority Leader" and "Rep. Y, Iowa House Minority Whip" are a State
    Senator and a State Representative of the US (the "state …" rows of titles.tsv, for ``chamber-member-kinds``)."""
    doc = ctx.doc
    if kind not in lexicon.words("chamber-member-kinds") or m.end + 2 >= len(doc) or doc[m.end].text != ",":
        return role, kind, country
    for end, _ in marks(doc).starting("state", m.end + 1):
        state = lexicon.title_index().get(lexicon.fold(f"state {role}"))
        if end < len(doc) and doc[end].lower_ in lexicon.words("state-chambers") and state is not None:
            return state.role, state.kind, country or "US"
    return role, kind, country


def _historical(ctx: Context, m: Mention, status: str) -> str:
    """A current title next to a period that ended before the article's date ("X was mayor of Paris from 1977 to
    1995", "under President Y in the seventies") is a former holder's. A title before the name looks only just past
    the name: in "President X, who was senator from 1973 to 2009" the years are the senator's."""
    if status != "current" or ctx.article.date is None:
        return status
    after = 3 if m.rule.startswith("title") else 10
    end = max(m.end, m.span_end)
    return "former" if past_period(ctx.doc, m.span_start, end, after, ctx.article.date) else status


def dictionary_status(ent: Entity, role: str, country: str | None, when, status: str) -> str:
    """"President X" in an article published after the dictionary's term of X as President ended (and no later
    term of that post): a former holder, named by his old title; not after a term a converted source closed only
    because it was last updated then ("President Salva Kiir" in 2018: ``Actor.known_end``)."""
    if status != "current" or ent.actor is None or when is None:
        return status
    terms = [t for t in ent.actor.terms if t.role == role and country in (None, t.country)]
    ended = terms and all(t.end is not None and t.end <= when and ent.actor.known_end(t) for t in terms)
    return "former" if ended else status


@cache
def _short_names() -> dict[str, str]:
    """A long post's short name, a second role of its holder (``also`` column of ``titles.tsv``)."""
    return {t.role: t.also for t in lexicon.titles() if t.also}


def _premier(fact: RoleFact) -> RoleFact:
    """"Greek Premier X" is Greece's Prime Minister: a national Premier whose country the text gives is that
    country's Prime Minister, unless its head of government's title is Premier (``premier-countries``: China's);
    a state's or a province's Premier ("Ontario Premier Y") has no country from the text and stays Premier."""
    if fact.scope != "national" or not national_premier(fact.role, fact.country):
        return fact
    return replace(fact, role="Prime Minister", evidence=replace(fact.evidence, rule=fact.evidence.rule + "+premier"))


def find_roles(ctx: Context) -> list[RoleFact]:
    """Roles of every person, each with its country by the precedence of ``rolecountry``."""
    facts = text_and_person(ctx, owned(ctx, [fact for ent in ctx.entities for fact in entity_roles(ctx, ent)]))
    facts = org_referents(ctx.doc, [_premier(f) for f in facts])
    facts = plural_other(ctx, senate_home(ctx, private_posts(ctx, facts)))
    return other_side(ctx, article_country(ctx, facts))
