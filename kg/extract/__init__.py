"""The relation stage: a parsed Doc and its Article → :class:`kg.model.ArticleFacts`.

Rule families live one per module (mentions/people for persons and aliases, roles, events, topics,
quotes); :mod:`kg.extract.components` exposes them as spaCy components.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.actors import ActorIndex
from kg.extract.attendees import with_attendees
from kg.extract.context import build_context
from kg.extract.counterparts import counterpart_roles
from kg.extract.events import assemble
from kg.extract.nonparticipants import without_kept_out
from kg.extract.peers import peer_roles
from kg.extract.plover import find_political_events
from kg.extract.plover_backref import referred_back
from kg.extract.plover_continued import continued
from kg.extract.plover_denials import denied_charges
from kg.extract.plover_discourse import resolved
from kg.extract.plover_hazards import acted
from kg.extract.plover_negated import done
from kg.extract.plover_partners import partnered
from kg.extract.plover_private import political
from kg.extract.plover_provenance import with_target_rules
from kg.extract.quotes import find_quotes
from kg.extract.roles import find_roles
from kg.extract.summit_beside import with_summit
from kg.extract.topics import find_topics
from kg.extract.unnamed_talks import unnamed_talks
from kg.extract.visits import with_visits
from kg.model import Article, ArticleFacts


def extract(doc: Doc, article: Article, actors: ActorIndex) -> ArticleFacts:
    """All facts of one article."""
    ctx = build_context(doc, article, actors)
    roles = peer_roles(ctx, counterpart_roles(ctx, find_roles(ctx)))
    events, anchors = with_summit(ctx, *with_attendees(ctx, roles, *unnamed_talks(ctx, *assemble(ctx))))
    events = without_kept_out(ctx, events)
    events, anchors = with_visits(ctx, events, anchors, roles)
    topics = find_topics(ctx, events, anchors)
    quotes = find_quotes(ctx)
    used = {r.person for r in roles} | {q.speaker for q in quotes}
    used |= {p for e in events for p in e.participants}
    persons = tuple(dict.fromkeys(e.person() for e in ctx.entities if e.person() in used))
    plover = resolved(ctx, roles, events, quotes, find_political_events(ctx, roles, events, quotes))
    plover = partnered(continued(denied_charges(doc, referred_back(doc, plover))))
    return ArticleFacts(article, persons, tuple(roles), tuple(events), tuple(topics), tuple(quotes),
                        tuple(with_target_rules(acted(done(political(plover, roles), doc)))))
