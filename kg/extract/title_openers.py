"""Whether a title set off by a comma before a name opens its noun phrase ("The Senate Minority Leader, X", "of
Egypt's ambassador to Iraq, Y", "said White House spokeswoman, Z"): the helpers of ``titles.title_before_comma``."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.countries import place_before, polity_before
from kg.extract.lexmatch import polity_span
from kg.extract.rulematch import rule_marks
from kg.extract.title_match import TitleMatch


def past_affiliation(doc: Doc, start: int) -> int:
    """Before a name, the start of a party or group word NER tags NORP that a comma opens ("the current opposition
    leader, Christian Democrat Angela Merkel"); else ``start``."""
    k = start
    while k > 2 and start - k < 3 and doc[k - 1].ent_type_ == "NORP" and doc[k - 1].text[:1].isupper():
        k -= 1
    return k if k < start and doc[k - 1].text == "," else start


def past_lead(doc: Doc, found: TitleMatch) -> tuple[int, TitleMatch]:
    """The token before a comma title's lead words ("the current", ``title-comma-lead``) and its country or place
    ("Greece's socialist opposition leader, X", "the El Paso mayor, X"), and the title with that country."""
    k = found[0] - 1
    rules = rule_marks(doc)
    while k >= 0 and rules.has("title-comma-lead", k):
        k -= 1
    polity = polity_before(doc, k + 1) if k < found[0] - 1 else None
    if polity:
        return polity[0] - 1, found._replace(country=found.country or polity[1])
    place = place_before(doc, k + 1)
    return (place[0] - 1, found._replace(country=found.country or place[1])) if place else (k, found)


def opens(doc: Doc, k: int, found: TitleMatch) -> bool:
    """A comma title opens the sentence or a noun phrase (", the Colombian Minister of X, Y,"), or follows a named
    person or a clause ("together with Finance Minister of X, Y")."""
    rules = rule_marks(doc)
    if k < 0 or rules.has("article", k) or rules.has("article", k + 1) or doc[k + 1].is_sent_start:
        return True
    return not serves(doc, k) and (possessive_polity(doc, k + 1) or after_named_person(doc, k, found))


def serves(doc: Doc, k: int) -> bool:
    """"The wife of Kenya's president, X", "a spokesman for Iraqi Prime Minister, Y": X and Y serve the title's
    holder (``served-nouns``)."""
    return k >= 1 and doc[k].lower_ in ("of", "to", "for") and doc[k - 1].lower_ in lexicon.words("served-nouns")


def possessive_polity(doc: Doc, start: int) -> bool:
    """A possessive country opens the comma title's noun phrase as "the" does ("of Egypt's ambassador to Iraq, X"); not
    one after "and" ("Serbia and Montenegro's President": the possessor may be both)."""
    if start < 1 or doc[start - 1].lower_ in ("and", "&"):
        return False
    ends = lexicon.words("possessive-marks")
    return any(doc[j - 1].text in ends and polity_span(doc, start, j)
               for j in range(start + 2, min(len(doc), start + 5) + 1))


def after_named_person(doc: Doc, k: int, found: TitleMatch) -> bool:
    """"A and Burundi President, B signed" (also after "A, and"), "with Venezuelan President, B condemning", "In
    contrast, US ambassador, B praised": a title with its country, after "and" and a named person, or (a country the
    text gives, not the title's own: not "against speaker of the house, B") after a preposition or a clause's comma."""
    if k >= 1 and doc[k].pos_ == "VERB" and \
            lexicon.simple_table("speech_verbs.tsv", "lemma").get(doc[k].lemma_.lower()):
        return True  # "…, said White House spokeswoman, B."; a speech verb needs no country: "said Home Minister, C."
    if found.country is None or k < 1:
        return False
    j = k - 1 - (k >= 2 and doc[k - 1].text == ",")  # "A, and Burundi President, B"
    if doc[k].lower_ == "and" and doc[j].ent_type_ == "PERSON":
        return True
    return doc[k].pos_ == "VERB" or found.country != found.title.country and (  # "said US … spokesman, X"
        doc[k].pos_ == "ADP" and doc[k].lower_ != "of" or doc[k].text == "," and doc[k - 1].pos_ != "PROPN")
