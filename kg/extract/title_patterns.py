"""Title phrases in the token stream: the longest lexicon title ending at a token, and titles with a portfolio
("Commissioner for Internal Market", "Deputy Prime Minister for Finance", "AU trade and industry commissioner").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.arraymatch import table_of
from kg.extract.countries import leading_polity, polity_after_of, polity_before
from kg.extract.lexmatch import marks
from kg.extract.orgnames import MAX_BODY, institutions, org_words, organisation_before
from kg.extract.rulematch import rule_marks
from kg.lexicon import fold

MAX_TITLE = 10  # "Commander-in-Chief of the Armed Forces" is nine tokens
MAX_PORTFOLIO = 5
MAX_NAMED_PORTFOLIO = 2  # "Veterans Affairs Minister"


def find_title(doc: Doc, end: int) -> tuple[int, lexicon.Title] | None:
    """The longest title phrase that ends just before token ``end`` (start index and title)."""
    hit = marks(doc).title_ending(end)
    return (hit[0], lexicon.title_by_id()[hit[1]]) if hit else None


def portfolio_before(doc: Doc, end: int) -> tuple[int, lexicon.Title] | None:
    """``<title> for|of <portfolio>`` ending before ``end``: capitalised portfolio words ("Commissioner for
    Internal Market") or a lower-case one ending on "affairs" ("vice president of women and family affairs")."""
    cols, strings = table_of(doc).cols, doc.vocab.strings  # read from the columns, without a Token
    lower, ent_type, person = cols["LOWER"], cols["ENT_TYPE"], strings["PERSON"]
    named = end + 1 < len(doc) and strings[cols["ORTH"][end]] == "," and ent_type[end + 1] == person  # "…, K. Andrews"
    if end >= len(doc) or (ent_type[end] != person and strings[lower[end]] != "and" and not named and
                           strings[lower[end - 1]] not in lexicon.words("lowercase-portfolio-ends")):
        return None  # where the portfolio ends, a name (or another title) begins: "… Internal Market Thierry Breton"
    for at in range(end - 2, max(0, end - MAX_PORTFOLIO - 2), -1):
        word = strings[lower[at]]
        if word not in ("for", "of"):
            continue
        words = doc[at + 1:end]
        found = find_title(doc, at)
        if found is None or not _portfolio_words(words, lower_ok=_lowercase_end(doc[end - 1]) or
                                                 (named and _state_post(found[1]))):
            return None
        return found[0], _with_portfolio(found[1], word, words)
    return None


def portfolio_after(doc: Doc, end: int, stop: int, title: lexicon.Title) -> tuple[int, lexicon.Title] | None:
    """A portfolio title in an apposition, followed by "for|of" and portfolio words up to the apposition's end
    ``stop``: ", Israeli Minister for Pension Affairs," keeps its portfolio (the end and the title)."""
    if title.role not in lexicon.words("portfolio-roles") or end + 1 >= stop or doc[end].lower_ not in ("for", "of"):
        return None
    words = doc[end + 1:stop]
    if len(words) > MAX_PORTFOLIO or not _portfolio_words(words, _lowercase_end(doc[stop - 1])):
        return None
    return stop, _with_portfolio(title, doc[end].lower_, words)


def _state_post(title: lexicon.Title) -> bool:
    """A post only a state has (``state-only-posts``: a minister), whose lower-case portfolio before ", NAME" needs
    no listed end word: "Bolivia's deputy minister for foreign trade, X" (a company's "director of finance" does)."""
    return title.role.split()[-1] in lexicon.words("state-only-posts")


def _lowercase_end(tok) -> bool:
    """A word that may end a lower-case portfolio: "affairs" (``lowercase-portfolio-ends``) or a state's portfolio
    word (``state-portfolio-ends``: "minister for sports and education")."""
    return any(tok.lower_ in lexicon.words(name) for name in ("lowercase-portfolio-ends", "state-portfolio-ends"))


def _with_portfolio(title: lexicon.Title, word: str, words) -> lexicon.Title:
    """The title with its portfolio: "Minister for Trade and Industry", one word before "Minister" ("Trade
    Minister")."""
    role = title.role
    if role in lexicon.words("portfolio-roles"):
        role = f"{role} {word} {_titled(words.text)}" if len(words) > 1 or role != "Minister" \
            else f"{_titled(words.text)} Minister"
    return replace(title, role=role)


def pre_portfolio(doc: Doc, start: int, title: lexicon.Title) -> tuple[int, lexicon.Title] | None:
    """Portfolio words in front of a bare post, after a polity: "AU trade and industry commissioner", "Italian
    economic development minister" (not "Syrian cabinet minister": ``not-portfolio``)."""
    if title.role not in lexicon.words("pre-portfolio-roles"):
        return None
    i, stop = start, lexicon.words("not-portfolio")
    while i > 0 and start - i < MAX_PORTFOLIO and (doc[i - 1].pos_ in ("NOUN", "PROPN", "ADJ") or
                                                  doc[i - 1].lower_ in ("and", "&")) and doc[i - 1].lower_ not in stop \
            and not lexicon.lookup_polity(doc[i - 1].text) and fold(doc[i - 1].text) not in lexicon.title_index():
        i -= 1
    words = doc[i:start]
    if not words or words[0].lower_ == "and" or i == 0 or not polity_before(doc, i):
        return None  # "Kenya's tourism minister" too
    return i, replace(title, role=f"{title.role} for {_titled(words.text)}")


def committee_chair(doc: Doc, start: int, title: lexicon.Title) -> tuple[int, lexicon.Title] | None:
    """A chair's title (``committee-chair-roles``) after a capitalised committee's name that opens with a chamber
    (``committee-chambers``) keeps that name, as the article writes it: "House Foreign Affairs Committee Chairman
    X", "Senate Finance Chairman Y" (at most five words; not "Games chairman Z")."""
    if title.role not in lexicon.words("committee-chair-roles"):
        return None
    i = start
    while i > 0 and start - i < 5 and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper():
        i -= 1
    first = next((k for k in range(i, start - 1) if doc[k].lower_ in lexicon.words("committee-chambers")), None)
    return None if first is None else (first, replace(title, role=f"{doc[first:start].text} {title.role}"))


def named_portfolio(doc: Doc, start: int, title: lexicon.Title,
                    lower_after_polity: bool = False) -> tuple[int, lexicon.Title] | None:
    """Capitalised portfolio words right before a bare post, with or without a country: "Railway Minister X",
    "Health minister Y", "Israel's Transport Minister" ("named-portfolio-roles"; "Cabinet Minister" is none); a
    lower-case one ("its water minister", "Britain's culture secretary") after a country only when
    ``lower_after_polity`` or when :func:`pre_portfolio` does not read it ("Ghana's mining minister X")."""
    if title.role not in lexicon.words("named-portfolio-roles"):
        return None
    i = _portfolio_run(doc, start)
    if i is not None and i < start and doc[i].is_lower and (
            title.role not in lexicon.words("lowercase-portfolio-posts") or not lower_after_polity and
            title.role in lexicon.words("pre-portfolio-roles") and polity_before(doc, i)):
        return None  # "technology director": a firm's post too; "Ghana's mining minister": pre_portfolio's
    if i is not None and i < start and i >= 3 and doc[i - 1].lower_ in ("and", "&") and \
            not marks(doc).ending("title", i - 1):  # not "Chief Medical Advisor and NIAID Director": two posts
        left = _portfolio_run(doc, i - 1)  # "Road Transport and Bridges Minister": two runs joined by "and"
        if left is not None and left < i - 1 and _inside_body(doc, left):
            return None  # "Centers for Disease Control and Prevention Director": a body's name, not a portfolio
        i = left if left is not None and left < i - 1 and not _cut_name(doc, left) else i
    if i is None or i == start or _cut_name(doc, i):
        return None  # "Nationals Veterans Affairs minister": a party's name may lead the run, so none is taken
    kind = "minister" if title.kind == "generic" else title.kind  # "Environment Secretary": a post, not a bare word
    return i, replace(title, role=f"{_titled(doc[i:start].text)} {title.role}", kind=kind)


def _portfolio_run(doc: Doc, start: int):
    """The start of one or two capitalised portfolio words ending before ``start`` (``start`` itself when there are
    none), a portfolio's possessive counting as one word ("Women's Affairs Minister": ``_possessive_portfolio``);
    None when the run is longer (a party's name may lead it)."""
    i, words = start, 0
    while i > 0 and words <= MAX_NAMED_PORTFOLIO:
        if _possessive_portfolio(doc, i - 1):
            i, words = i - 2, words + 1
            continue
        if not _named_portfolio_word(doc[i - 1]) or _seat_ends(doc, i, start):
            break
        i, words = i - 1, words + 1
    return None if words > MAX_NAMED_PORTFOLIO else i


def _possessive_portfolio(doc: Doc, i: int) -> bool:
    """A possessive ending at token ``i`` whose owner names a portfolio (``possessive-portfolio-words``, capitalised:
    "Women's", "Veterans'"), not a party's or a person's ("Labour's Health Minister" keeps Health Minister)."""
    return i > 0 and doc[i].lower_ in ("'s", "’s", "'", "’") and doc[i - 1].text[:1].isupper() and \
        doc[i - 1].lower_ in lexicon.words("possessive-portfolio-words")


def _cut_name(doc: Doc, i: int) -> bool:
    """The run starting at ``i`` would cut a longer name: "of" or "for" after a capitalised word before it
    ("Agency for International Development Administrator"), or a capitalised word (a proper noun when it opens
    the sentence) that is neither a polity, a rank or status word (``not-portfolio``) nor a seat or state body
    ("General Services Administration Administrator", "Administrator X and Y")."""
    if _inside_body(doc, i):
        return True
    tok = doc[i - 1] if i > 0 else None
    if tok is None or not tok.is_alpha or not tok.text[:1].isupper() or tok.is_sent_start and tok.pos_ != "PROPN":
        return False
    return tok.lower_ not in lexicon.words("not-portfolio") and not _seat_ends(doc, i, i + 1) and \
        not lexicon.lookup_polity(tok.text)


def _inside_body(doc: Doc, i: int) -> bool:
    """"of" or "for" after a capitalised word before token ``i``: the run is inside a body's name ("Agency for
    International Development Administrator"; not "a protege of Railway Minister X")."""
    return i > 1 and doc[i - 1].lower_ in ("of", "for") and doc[i - 2].text[:1].isupper()


def _seat_ends(doc: Doc, i: int, start: int) -> bool:
    """A body's seat (``body-name-prefixes``) or, before some portfolio word, a state body of ``agents.tsv`` ends
    before token ``i``: "White House Intergovernmental Affairs Director X", "Department of Commerce External Affairs
    Director Y" have their portfolio after the body, which names the country, not the post."""
    seats = lexicon.words("body-name-prefixes")
    if any(i >= len(p.split()) and fold(doc[i - len(p.split()):i].text) == p for p in seats):
        return True
    return i < start and any(fold(doc[j:i].text) in institutions() for j in range(max(0, i - MAX_BODY), i))


def named_portfolio_at(doc: Doc, i: int, stop: int) -> tuple[int, lexicon.Title] | None:
    """A title with a capitalised portfolio starting at ``i`` (its end and title): ", Israel's Transport Minister"."""
    for j in range(i + 1, min(stop, i + MAX_PORTFOLIO - 1)):
        hit = marks(doc).title_at(j)
        if hit is None:
            continue
        found = named_portfolio(doc, j, lexicon.title_by_id()[hit[1]], lower_after_polity=True)
        if found and found[0] == i:
            return hit[0], found[1]
    return None


def party_title_at(doc: Doc, i: int, stop: int) -> tuple[int, lexicon.Title] | None:
    """A legislator's or a city's post after one or two capitalised words (a party) starting at ``i``: ", a Labour
    MP", ", the Republican senator", ", the Socialist mayor of Seville" (kinds ``party-member-kinds``)."""
    for j in range(i + 1, min(stop, i + 3)):
        hit = marks(doc).title_at(j)
        if hit is None:
            continue
        title = lexicon.title_by_id()[hit[1]]
        if title.kind in lexicon.words("party-member-kinds") and all(_party_name_word(t) for t in doc[i:j]):
            return hit[0], title
        return None
    return None


def _party_name_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ", "NOUN") and \
        not lexicon.lookup_polity(tok.text) and fold(tok.text) not in lexicon.title_index()


def _named_portfolio_word(tok) -> bool:
    """A capitalised portfolio word ("Railway"), or a lower-case one that only names a portfolio
    (``lowercase-portfolio-words``: "the agriculture minister", "its water minister")."""
    if tok.is_lower and tok.lower_ in lexicon.words("lowercase-portfolio-words"):
        return True
    return tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN") and \
        tok.ent_type_ not in ("PERSON", "GPE", "NORP") and tok.lower_ not in lexicon.words("not-portfolio") and \
        not lexicon.lookup_polity(tok.text) and fold(tok.text) not in lexicon.title_index()


def _portfolio_words(words, lower_ok: bool) -> bool:
    if not words or words[0].lower_ in _joiners() or words[-1].lower_ in _joiners():
        return False
    content = [t for t in words if t.lower_ not in _joiners()]
    return all(t.is_alpha and (t.text[:1].isupper() or lower_ok) for t in content) and \
        not any(t.ent_type_ in ("PERSON", "GPE") or lexicon.lookup_polity(t.text) or fold(t.text) in
                lexicon.title_index() for t in content)  # not "Secretary of State Cardinal X"


def _titled(text: str) -> str:
    """Portfolio words capitalised, joiners kept lower-case: "trade and industry" → "Trade and Industry"."""
    return " ".join(w if w in _joiners() else w[:1].upper() + w[1:] for w in text.split())


def _joiners() -> frozenset[str]:
    return lexicon.words("portfolio-joiners")

def name_follows(doc: Doc, start: int, stop: int, missed: Callable[[Doc, int], bool] | None = None) -> bool:
    """A name ends the title's phrase: ", Senior Advisor to the President for Public Engagement Keisha Lance
    Bottoms" is the next person's title (not so "… to the United Nations under President George W. Bush", nor
    "named X as foreign minister and Y as …": a person joined by "and" is another one). The name may follow a long
    title past ``stop`` ("…, Chief of X and Commanding General of the Y Corps of Z Lieutenant General W"). A name
    NER missed is one ``missed`` (else :func:`closed_name`) finds."""
    while stop < len(doc) and stop - start < 2 * MAX_TITLE and (doc[stop].text[:1].isupper() or
                                                               doc[stop].lower_ in _joiners()):
        stop += 1
    for tok in doc[start:stop]:
        if tok.ent_type_ == "PERSON" or tok.i > start and (missed or closed_name)(doc, tok.i):
            return not (tok.i > start and doc[tok.i - 1].lower_ == "and")
        if tok.pos_ == "ADP" and tok.lower_ not in ("of", "to", "for"):
            return False
    return False


def closed_name(doc: Doc, i: int) -> bool:
    """Two or three proper nouns from ``i``, right after a title, that a comma, "and" or a stop closes and that no
    lexicon knows (no title, polity or organisation word): a name NER missed ("…for the First Lady Mala Adiga, …")."""
    if find_title(doc, i) is None:
        return False
    k = unknown_words_end(doc, i)
    return k - i >= 2 and k < len(doc) and doc[k].lower_ in (",", ";", ".", "and")


def unknown_words_end(doc: Doc, i: int, most: int = 3) -> int:
    """Where a run of at most ``most`` capitalised proper nouns from ``i`` that no lexicon knows ends (no title,
    organisation word or polity): the words of a name NER missed."""
    k = i
    while k < len(doc) and k - i < most and doc[k].pos_ == "PROPN" and doc[k].is_alpha and \
            doc[k].text[:1].isupper() and fold(doc[k].text) not in lexicon.title_index() and \
            fold(doc[k].text) not in org_words() and not lexicon.lookup_polity(doc[k].text):
        k += 1
    return k


def skip_possessor(doc: Doc, i: int) -> int:
    """Past a person's possessive that is not a country: ", Rosselló's chief of staff"; past "the country's" (the
    article's country: ", the country's president")."""
    j = i
    while j < len(doc) and j - i < 4 and (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or
                                         j == i and _possessor_noun(doc, j)):
        j += 1
    if i < j < len(doc) and doc[j].tag_ == "POS" and not lexicon.lookup_polity(doc[i:j].text):
        return j + 1
    return i


def _possessor_noun(doc: Doc, j: int) -> bool:
    """A common noun whose possessive opens an apposition's post: the article's country (``home-nouns``: "the
    country's president"), or an organisation named just before (``org-referent-nouns``: "the bloc's chairman",
    kg.extract.orghome; not "the group's chairman" with no organisation named)."""
    word = doc[j].lower_
    return word in lexicon.words("home-nouns") or \
        word in lexicon.words("org-referent-nouns") and organisation_before(doc, j) is not None


def polity_past_service(doc: Doc, t_start: int) -> tuple[int, str] | None:
    """A country before service or scope words that stand before a title (marks ``title-service``): "U.S. Navy
    Admiral X", "Peru's national police chief Y", "the British Army General Z" (patterns ``title-service-*``)."""
    k, rules = t_start, rule_marks(doc)
    while k > 0 and rules.has("title-service", k - 1):
        k -= 1
    found = polity_before(doc, k) if k < t_start else None
    return None if found and _in_post_tail(doc, found[0]) else found


def _in_post_tail(doc: Doc, start: int) -> bool:
    """The words from ``start`` close what an earlier post is for or of: "Deputy Commandant for Operations of the
    United States Coast Guard Vice Admiral Z" (a ``post-tail-joiners`` word other than "the" before them, past
    "the", after a capitalised word of the post's name), so they name that post's body, not the country of the rank
    after them; not "the visit of Indian naval Vice Admiral Y" (a lower-case noun before "of")."""
    k = start - (start > 0 and doc[start - 1].lower_ == "the")
    return k > 1 and doc[k - 1].lower_ in lexicon.words("post-tail-joiners") - {"the", "and"} and \
        doc[k - 2].text[:1].isupper()


def ranked_before(doc: Doc, t_start: int, title: lexicon.Title) -> tuple[int, lexicon.Title]:
    """"Deputy Secretary of Commerce X" is not the Secretary of Commerce: a rank word before the title lowers it
    (``rank-prefix``; not "under Prime Minister X's presidency")."""
    if t_start >= 1 and rule_marks(doc).has("rank-prefix", t_start - 1) and \
            not title.role.startswith(("Deputy", "Under")):
        return t_start - 1, replace(title, role=f"{doc[t_start - 1].text.title()} {title.role}")
    return t_start, title


def ranked_titles(doc: Doc, i: int) -> list[tuple[int, lexicon.Title]]:
    """A rank word before a title in an apposition makes a lower post: ", deputy inspector general of police"."""
    if i + 1 >= len(doc) or not rule_marks(doc).has("rank-prefix", i):
        return []
    return [(e, replace(t, role=f"{doc[i].text.title()} {t.role}")) for e, t in
            ((e, lexicon.title_by_id()[t]) for e, t in marks(doc).starting("title", i + 1))
            if not t.role.startswith(("Deputy", "Under", "Vice", "Assistant"))]


def head_of_country(doc: Doc, i: int, stop: int) -> str | None:
    """The country of ", the head of Iran's Quds Force" (pattern ``head-of-possessive``): the person is that
    country's official, whatever country the article is about."""
    if i >= stop or not rule_marks(doc).has("head-of", i):
        return None
    j = i + 2 + (doc[i + 2].lower_ == "the")
    found = leading_polity(doc, j, stop)
    return found[1] if found else None


def head_of_body(doc: Doc, i: int, stop: int) -> tuple[lexicon.Title, str | None] | None:
    """", deputy head of Iran's Atomic Energy Organisation", ", chief of the State Intelligence Agency": the head
    of a state body (a country opens its name, or a capitalised public body's word is in it; not a private body's)
    is an official, "Head", "Chief", "Commander" or "Deputy Head" (``body-head-nouns``; the guide's "Head of …"
    matches it), of that country: ", commander of the British forces in Afghanistan"; so is the head of a lower-case
    public body of a level of government (``body-level-words``: ", head of district administration")."""
    rank = i < stop and doc[i].lower_ in lexicon.words("head-rank-words")
    j = i + rank
    if j + 2 >= stop or doc[j].lower_ not in lexicon.words("body-head-nouns") or doc[j + 1].lower_ != "of":
        return None
    k = j + 2 + (doc[j + 2].lower_ == "the")
    polity = leading_polity(doc, k, stop)
    country = polity[1] if polity and polity[0] < stop else None  # "Iran's", "the Georgian"
    sectors = {org_words().get(fold(t.text)) for t in doc[k:stop]}
    named = any(t.text[:1].isupper() and org_words().get(fold(t.text)) == "public" for t in doc[k:stop])
    level = "public" in sectors and any(t.lower_ in lexicon.words("body-level-words") for t in doc[k:stop])
    if "private" in sectors or not (country or named or level):
        return None  # not "the head of the academic department"
    role = f"{doc[i].text.title()} {doc[j].text.title()}" if rank else doc[j].text.title()
    return lexicon.Title("t-head-of-body", "head of", role, "advisor"), country

def serves_principal(doc: Doc, k: int) -> bool:
    """The word before "to/of/for the <title>" names someone serving the title's holder ("Advisor to the President
    X", "an aide to the Prime Minister Y"), not an act done to him ("the resignation of the Defense Minister Z"), nor
    a sentence's opening verb ("According to the Minister of Foreign Affairs, Y": capitalised, but no servant)."""
    if k < 0:
        return True
    tok = doc[k]
    return tok.text[:1].isupper() and tok.pos_ not in ("VERB", "ADP", "ADV") or \
        fold(tok.text) in lexicon.title_index() or tok.lower_ in lexicon.words("principal-nouns")


def election_won(doc: Doc, end: int) -> tuple[lexicon.Title | None, str | None, str]:
    """"X has won the presidential elections in Bolivia", "X wins 2008 Taiwan presidential election": the winner of
    an election to an office (``election-offices``: "presidential" → President-elect) is its holder-elect, with the
    country named before the office's word or after "in"."""
    i = end + (end < len(doc) and doc[end].lower_ in ("has", "had", "have"))
    if i >= len(doc) or doc[i].lower_ not in lexicon.words("election-win-verbs"):
        return None, None, ""
    offices = dict(w.split(":") for w in lexicon.word_list("election-offices"))
    for k in range(i + 1, min(len(doc) - 1, i + 6)):
        if doc[k].is_punct or doc[k].lower_ in lexicon.words("election-not-public"):
            break  # "won the party presidential election": a party's post
        if doc[k].lower_ in offices and doc[k + 1].lower_ in lexicon.words("election-nouns"):
            country = polity_before(doc, k) or polity_after_of(doc, k + 2, ("in",))
            return lexicon.title_index()[offices[doc[k].lower_]], country[1] if country else None, "election-won"
    return None, None, ""


def un_envoy(doc: Doc, start: int, title: lexicon.Title, country: str | None):
    """"Lebanon's UN envoy X": an envoy of the UN (found before the title) after a country is that country's
    Ambassador to the UN (the actor dictionary's name of the post), (start, title, country); "UN envoy Y" alone
    stays the UN's."""
    if country != "UN" or title.kind != "envoy" or (outer := polity_before(doc, start)) is None or \
            lexicon.polity(outer[1]).is_org:
        return None
    return outer[0], lexicon.title_by_id()["t-un-ambassador"], outer[1]
