"""Roles from news reports' wording, through the model: a named counterpart holds the post of the person whose
counterpart he is, in the country its demonym names; a rank word before a portfolio title lowers it; an
organisation's name in apposition is no person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.rolestatus import listed


def roles(facts):
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


@pytest.mark.parametrize("text, expected", [
    ("Brazil's Foreign Minister Celso Amorim and his Argentine counterpart Jorge Taiana signed the accord.",
     {("Amorim", "Foreign Minister", "BR"), ("Taiana", "Foreign Minister", "AR")}),
    # no country before "counterpart": no role; a US-only post has no foreign namesake (counterpart-not-shared)
    ("Foreign Minister Celso Amorim of Brazil met his counterpart Jorge Taiana.", {("Amorim", "Foreign Minister", "BR")}),
    ("Secretary of State Antony Blinken and his Argentine counterpart Marcos Lindqvist spoke in Lima.",
     {("Blinken", "Secretary of State", "US")}),
    # a rank word before a portfolio title
    ("Zimbabwe's Deputy Information Minister Bright Matonga defended the vote.",
     {("Matonga", "Deputy Information Minister", "ZW")}),
    # a spokesperson's state body between title and name; a title set off by commas after a speech verb
    ("Spokesman for the National Security Council Tom Brenner said the report was false.",
     {("Brenner", "Spokesman", "US")}),
    ("\u201cWe will not comment,\u201d said White House spokeswoman, Karen Lindqvist.",
     {("Lindqvist", "White House Spokeswoman", "US")}),
])
def test_extract_counterparts_and_ranks(facts_of, text, expected):
    assert roles(facts_of(text)) == expected


def test_extract_organisation_in_apposition_is_no_person(facts_of):
    facts = facts_of("Nouri al-Maliki, a member of the United Iraqi Alliance, has been named prime minister-designate.")
    assert not any("Alliance" in p.name for p in facts.persons)
