"""Posts for which the article's own country is no evidence (``roles.find_roles``, before ``article_country``).

A post the text gives no country takes the article's country last (``rolecountry.article_country``). Two kinds of
post are not read that way: a title that companies and NGOs also use is a private post unless the text or the
dictionary ties it to a country or a public body (``private_posts``), and a senator sits in a senate, so an article
about a country without one names a senator of the country it mentions most that has one (``senate_home``).
"""

from __future__ import annotations

from dataclasses import replace

from kg import lexicon
from kg.extract.context import Context
from kg.extract.rolecountry import article_home, country_counts, placed
from kg.model import RoleFact


def private_posts(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """A title that companies and NGOs also use (``private-fallback-titles``: Director, Chief Executive, Chair, ...)
    to which neither the text nor the dictionary gives a country or a public body is a private post, an affiliation
    ("director X" of a film, "X, chief executive of the palace", "the group's chair Y"), not a post of the country
    the article is about; "the Kenyan director X" or "X, Director of the Ghana Health Service" keep their country,
    and so do a person who holds a political post in the article ("Representative X … X is the chairperson") and a
    post written whole before the name with what it is of or for ("Director of Policy for the First Lady X")."""
    private = lexicon.words("private-fallback-titles")
    public = {f.person.key for f in facts if f.role not in private and f.status != "former" and
              f.scope in ("national", "subnational", "international")}  # "Representative X … X is the chairperson"
    return [replace(f, scope="nonpolitical", evidence=replace(f.evidence, rule=f.evidence.rule + "+private-post"))
            if not f.country and f.role in private and f.scope in ("national", "subnational") and
            f.person.key not in public and not _written_whole(ctx, f) else f for f in facts]


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
