"""Posts for which the article's own country is no evidence (``roles.find_roles``, before ``article_country``).

A post the text gives no country takes the article's country last (``rolecountry.article_country``). Two kinds of
post are not read that way: a title that companies and NGOs also use is a private post unless the text or the
dictionary ties it to a country or a public body (``private_posts``), and a senator sits in a senate, so an article
about a country without one names a senator of the country it mentions most that has one (``senate_home``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg import lexicon
from kg.extract.articlecountry import country_counts
from kg.extract.context import Context
from kg.extract.rolecountry import article_home, placed
from kg.model import RoleFact


def private_posts(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """A title that companies and NGOs also use (``private-fallback-titles``: Director, Chief Executive, Chair, ...)
    to which neither the text nor the dictionary gives a country or a public body is a private post, an affiliation
    ("director X" of a film, "X, chief executive of the palace", "the group's chair Y"), not a post of the country
    the article is about; "the Kenyan director X" or "X, Director of the Ghana Health Service" keep their country,
    and so do a person who holds a political post in the article ("Representative X … X is the chairperson") and a
    post written whole before the name with what it is of or for ("Director of Policy for the First Lady X"). A
    lower-case head's title is one too (``_lowercase_head``)."""
    private = lexicon.words("private-fallback-titles")
    lower = [_lowercase_head(ctx, f) for f in facts]
    if any(lower) and article_home(ctx, facts) is None:
        lower = [False] * len(facts)  # no country of the article to keep from it: "A fourth president, X," stays
    unplaced = [not f.country and f.scope in ("national", "subnational") and
                (f.role in private and not _written_whole(ctx, f) or low) for f, low in zip(facts, lower, strict=True)]
    pairs = list(zip(facts, unplaced, strict=True))
    public = {f.person.key for f, maybe in pairs if not maybe and f.role not in private and f.status != "former"
              and f.scope in ("national", "subnational", "international")}  # "Representative X … X is the chairperson"
    return [replace(f, scope="nonpolitical", evidence=replace(f.evidence, rule=f.evidence.rule + "+private-post"))
            if maybe and f.person.key not in public else f for f, maybe in pairs]


def _lowercase_head(ctx: Context, fact: RoleFact) -> bool:
    """A head's title that bodies of every kind use (``lowercase-private-titles``: President, Vice President) written
    in lower case at the mention, with no country from the text or the dictionary, heads a company, union, council,
    college or NGO ("CMA president X", "the group's president, Y", "Z, the president of the Foo Campaign", "a vice
    president at Foo Corp"), not the article's country: a head of state's title is capitalised before the name
    ("President X") or comes with a country; so is a post with a lower-case portfolio ("vice president of women and
    family affairs X": ``lowercase-portfolio-ends``) and the home's ("X, the country's president": ``home-nouns``).
    The title is looked for in the mention, else after it in the sentence (an apposition's evidence is the name
    only)."""
    if fact.role not in lexicon.words("lowercase-private-titles"):
        return False
    ev = fact.evidence
    offset = ev.start - ev.sent_start
    words = r"[\s-]+".join(re.escape(w) for w in fact.role.split())
    pattern = re.compile(rf"\b{words}\b", re.IGNORECASE)
    found = pattern.search(ev.sentence, offset, offset + ev.end - ev.start) or \
        pattern.search(ev.sentence, offset + ev.end - ev.start)
    if found is None or not found.group().islower():
        return False
    before = ev.sentence[:found.start()].split()[-1:]  # ", the country's president": the article's (home-nouns)
    if before and before[0].lower().removesuffix("'s").removesuffix("’s") in lexicon.words("home-nouns"):
        return False
    after = ev.sentence[found.end():].split()[:7]  # "vice president of women and family affairs X": a portfolio
    return not (after[:1] == ["of"] and any(w in lexicon.words("lowercase-portfolio-ends") for w in after))


def _written_whole(ctx: Context, fact: RoleFact) -> bool:
    """The mention holds the title with its "of" or "for" part before the name ("Director of Policy for the First
    Lady X"), not a bare title ("director X") nor only the name (an apposition's evidence)."""
    return any(w in ("of", "for") for w in ctx.doc.text[fact.evidence.start:fact.evidence.end].split())


def senate_home(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """A senator (``senate-titles``) the text gives no country, in an article whose own country (dominant, headline
    or first leader's: ``rolecountry.article_home``) has no senate (``senate-countries``), is a senator of the
    country with a senate that the article names most: "Senator X" in an article about China's currency that names
    the United States is a US senator, not a Chinese one. With no such country named, or no country of the article,
    the post is left as it is."""
    titles = lexicon.words("senate-titles")
    if not any(not f.country and f.role in titles for f in facts):
        return facts
    senates = lexicon.words("senate-countries")
    home = article_home(ctx, facts)
    if home is None or home[0] in senates:  # no country of the article: the post takes none (one mention is no home)
        return facts
    counts = {code: n for code, n in country_counts(ctx).items() if code in senates}
    if not counts:
        return facts
    code = max(counts, key=lambda c: counts[c])
    return [placed(f, code, "+country-with-senate")
            if not f.country and f.role in titles and f.scope == "national" else f for f in facts]
