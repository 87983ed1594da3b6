"""Mentions -> coded actors.

An actor phrase is a noun phrase whose head or modifiers are in the dictionary: a state name, adjective or
capital ("Syria", "Syrian", "Damascus"), an organisation or group ("the Arab League", "HTS"), a person valid
for their tenure ("Erdogan"), or an agent noun giving a sector ("troops", "regime", "foreign minister").
The phrase's head decides what it is; modifiers add the country ("Syrian troops" = SYRMIL,
"Haftar's forces" = Haftar's group).  Agent nouns with no country of their own ("the regime", "the
minister") take it from the document so far (coref.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dyads.actors.coref import OFFICE_NOUNS, DocumentMemory, is_own_given_name, is_person_mention
from dyads.actors.dictionary import ActorDictionary, Entry, Surface, sector_code
from dyads.parse import entity_at, sentence_ents
from dyads.records import Actor, Mention

MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "mission"})
PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "republic", "emirate", "state"})
# nouns too generic to be actors themselves that an agent noun modifies: "opposition groups in Zimbabwe",
# "rebel factions in Sudan" -- their "in/of/from X" complements place the agent
COLLECTIVE_NOUNS = frozenset(
    {"group", "faction", "coalition", "alliance", "bloc", "movement", "organization", "organisation"}
)
# a part of an organisation: "a Libyan branch of the Islamic State", "al-Qaeda's Yemen affiliate" are the
# organisation where the branch operates, not the country's state
BRANCH_NOUNS = frozenset(
    {"branch", "wing", "affiliate", "arm", "cell", "faction", "offshoot", "franchise", "chapter", "splinter"}
)
# words whose hyphenated doer backs the noun they modify without being it ("Iranian-backed militias"),
# or gives its origin ("a Russian-born businessman")
BACKING_WORDS = frozenset(
    {"backed", "aligned", "allied", "supported", "armed", "trained", "equipped", "funded", "financed",
     "sponsored", "born", "speaking"}
)  # fmt: skip
# nouns of ancestry: "separatists of Russian descent" are not Russia's
ORIGIN_NOUNS = frozenset({"descent", "origin", "ancestry", "extraction", "heritage", "parentage"})


@dataclass
class DocumentActors:
    """The actor layer of one parsed document."""

    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)  # every token of a phrase -> its mention
    heads: dict[int, Mention] = field(default_factory=dict)  # phrase head token -> mention
    # "Hungarian and Romanian officials": one phrase, two actors; the later ones by the phrase's offsets
    coordinated: dict[tuple[int, int], list[Mention]] = field(default_factory=dict)

    def of(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)


def actor_for_person(entry: Entry, day: dt.date | None) -> Actor:
    """A person is coded by the role valid on ``day``; outside any tenure as an elite of their country."""
    roles = entry.roles
    if day is not None:
        for role in reversed(roles):
            if role.valid_on(day):
                return _role_actor(entry, role)
        earlier = [r for r in roles if r.start and r.start <= day]
        role = earlier[-1] if earlier else roles[0]
        if role.code:  # former holder of an IGO post
            return Actor(code=role.code, name=entry.name, country=None, sectors=("ELI",), kind="person")
        return Actor(
            code=sector_code(role.country, ("ELI",)),
            name=entry.name,
            country=role.country,
            sectors=("ELI",),
            kind="person",
        )
    return _role_actor(entry, roles[-1])


def _role_actor(entry: Entry, role) -> Actor:  # noqa: ANN001 - Role
    code = role.code or sector_code(role.country, role.sectors)
    return Actor(code=code, name=entry.name, country=role.country, sectors=tuple(role.sectors), kind="person")


def _entry_actor(surface: Surface, day: dt.date | None) -> Actor:
    e = surface.entry
    if surface.how == "person":
        return actor_for_person(e, day)
    if e.kind == "alias":  # a person introduced earlier in the document with their office
        return Actor(code=e.code, name=e.name, country=e.country, sectors=e.sectors, kind="person")
    if e.kind == "people":  # "Uighurs": the home state's civilians (placed by context when it has several)
        return Actor(sector_code(e.country, e.sectors), e.name, e.country, e.sectors, _placed_kind(e.country))
    if e.kind == "state":
        sectors = tuple(surface.sectors)
        return Actor(
            code=sector_code(e.country, sectors),
            name=e.name,
            country=e.country,
            sectors=sectors,
            kind="state",
        )
    return Actor(code=e.code, name=e.name, country=e.country, sectors=e.sectors, kind=e.kind)


# clause links through which a subject "he" is governed by an earlier verb's subject: "X said ... and he
# urged" (conj), "X said he would" (ccomp); not an adverbial clause, whose "he" is as often the object
# ("Obama will not meet Netanyahu when he travels to Washington", "praised Qaddafi because he ...")
_GOVERNED_CLAUSE_DEPS = frozenset({"conj", "ccomp"})


def _governing_person(pronoun: Token, actors: DocumentActors) -> tuple[Token, Mention | None] | None:
    """ "Cleric X, who rejects Iranian meddling, said ... and he urged ...": a subject "he"/"she" is the
    nearest person who is subject of a verb governing its clause, rather than the latest person named (the
    subject's relative clause names no antecedent), unless another person is subject of a clause in
    between.  Returns that subject with its actor (None for a person the dictionary does not know: "he"
    is then nobody known), or None to leave "he" to the document's latest person."""
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pronoun.head
    while verb.dep_ in _GOVERNED_CLAUSE_DEPS and verb.head is not verb:
        verb = verb.head
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i):
            # "Iraqi cleric Ahmed Karimi": an unknown name's title is its actor
            titles = [c for c in subject.children if c.dep_ in ("compound", "appos") and c.i in actors.heads]
            mention = actors.heads.get(subject.i) or (actors.heads[titles[0].i] if titles else None)
            person = mention is not None and is_person_mention(mention, subject)
            if not (person or subject.ent_type_ == "PERSON"):
                continue
            if _subject_person_between(subject, pronoun, actors):
                return None  # "X said that if Y wants it, he should ...": the nearer subject may be "he"
            return subject, mention if person else None
        # "X said the talks went well and he urged ...": a subject that is no person is not "he"; the
        # verb governing its clause may still have one
    return None


def _subject_person_between(subject: Token, pronoun: Token, actors: DocumentActors) -> bool:
    """Whether a person is subject of some clause between ``subject``'s phrase and ``pronoun`` (a person in
    the subject's own relative clause or apposition does not count)."""
    phrase = {t.i for t in subject.subtree}
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ != "PRON"  # ("X said he ... and he ...": an earlier "he" is resolved by now)
        and t.i not in phrase
        and (t.ent_type_ == "PERSON" or (t.i in actors.heads and is_person_mention(actors.heads[t.i], t)))
        for t in subject.doc[subject.i + 1 : pronoun.i]
    )


def _pick(surfaces: list[Surface]) -> Surface:
    # several entries share a form (e.g. a leader's surname and a group): people and groups first
    rank = {"person": 0, "group": 1, "name": 2, "metonym": 3, "capital": 4, "adjective": 5, "people": 6}
    return min(surfaces, key=lambda s: rank.get(s.how, 9))


class ActorResolver:
    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.name_matcher, self.noun_matcher = dictionary.matchers(nlp)
        # every word of each person's names ("Recep", "Tayyip", "Erdogan"), to tell the person's own given
        # name from another bearer's ("Ivanka Trump")
        self.person_words: dict[int, set[str]] = {}
        titles = set(OFFICE_NOUNS | HONORIFICS)  # and every word of the offices the dictionary knows
        for form, surfaces in dictionary.names.items():
            for surface in surfaces:
                if surface.how == "person":
                    self.person_words.setdefault(id(surface.entry), set()).update(form.split())
                    titles.update(w.lower() for role in surface.entry.roles for w in role.title.split())
        self.title_words = frozenset(titles)
        # a group's own entry for its branch in one country, by the parent's name: "Islamic State West Africa
        # Province" (NGA) is the Islamic State's Nigerian branch
        groups = {
            id(s.entry): s.entry for ss in dictionary.names.values() for s in ss if s.entry.kind == "group"
        }
        self.group_branches: dict[tuple[str, str], Entry] = {
            (parent.name, e.country): e
            for e in groups.values()
            for parent in groups.values()
            if e.country and e.name.startswith(parent.name + " ") and e.code[:3] == parent.code[:3]
        }

    def resolve(self, doc: Doc, published: dt.date | None, skip: list[Span] | None = None) -> DocumentActors:
        vocab = doc.vocab
        keyed = {(s, e): vocab.strings[k] for k, s, e in self.name_matcher(doc)}
        name_at: dict[int, tuple[Span, Surface]] = {}
        for span in filter_spans([doc[s:e] for s, e in keyed]):
            surface = _pick(self.dictionary.names[keyed[(span.start, span.end)]])
            if surface.how == "person" and (
                _first_name(span)
                or _another_bearer(span, self.person_words.get(id(surface.entry), set()), self.title_words)
            ):
                continue
            for t in span:
                name_at[t.i] = (span, surface)
        noun_at: dict[int, tuple[Span, tuple[str, ...]]] = {}
        for span in filter_spans([doc[s:e] for _, s, e in self.noun_matcher(doc)]):
            if any(t.i in name_at for t in span):
                continue
            if span.root.pos_ not in ("NOUN", "PROPN"):
                continue  # "military" as an adjective is not an actor on its own
            if _surname(span, self.title_words):
                continue
            sectors = self.dictionary.sector_nouns[span.text.lower()]
            for t in span:
                noun_at[t.i] = (span, sectors)

        result = DocumentActors()
        memory = DocumentMemory()
        for sent in doc.sents:
            self._known_people(sent, name_at, memory)
            for head in self._phrase_heads(sent, name_at, noun_at):
                mention = self._mention(head, name_at, noun_at, published, memory)
                if mention is None:
                    continue
                members = self._member_mentions(mention, published)
                if members:  # "the E3 said": France, Germany and the UK said
                    mention = members[0]
                tokens = self._phrase_tokens(head, name_at, noun_at)
                result.mentions.append(mention)
                if not _describer(head, name_at, noun_at):  # (a backer or an origin is no argument's actor)
                    result.heads[head.i] = mention
                for i in tokens:
                    result.by_token.setdefault(i, mention)
                memory.remember(mention, head)
                self._introduce_person(head, tokens, mention, memory)
                others = members[1:] + self._coordinated(head, mention, name_at, noun_at, published)
                if others:
                    result.coordinated[(mention.start, mention.end)] = others
                    result.mentions.extend(others)
            for tok in sent:  # "the North African country": the last state named
                if (
                    tok.lemma_.lower() in COUNTRY_NOUNS
                    and tok.i not in result.by_token
                    and tok.pos_ == "NOUN"
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                    and not _state_of_something(tok)
                ):
                    state = memory.last_state()
                    if state is not None:
                        left = min(t.i for t in tok.subtree if t.i <= tok.i)
                        span = doc[left : tok.i + 1]
                        sm = Mention(span.text, span.start_char, span.end_char, state, how="coref")
                        for t in span:
                            result.by_token.setdefault(t.i, sm)
                        result.heads[tok.i] = sm
            for tok in sent:  # third-person pronouns: the last person or office-holder
                if tok.lower_ in PRONOUNS and tok.i not in result.by_token:
                    governing = _governing_person(tok, result)
                    m = governing[1] if governing else memory.last_person(before=tok.idx)
                    if m is not None:
                        pm = Mention(tok.text, tok.idx, tok.idx + len(tok.text), m.actor, how="coref")
                        result.by_token[tok.i] = pm
                        result.heads[tok.i] = pm
            self._branches(sent, result, memory)
        return result

    def _branches(self, sent: Span, result: DocumentActors, memory: DocumentMemory) -> None:
        """ "A Libyan branch of the Islamic State", "al-Qaeda's Yemen affiliate", "an ISIS cell in Iraq": a
        part of a named group is that group where the part operates (its own entry when the dictionary has
        one for that country, "al-Qaeda in the Arabian Peninsula"); the country word is only the place."""
        for tok in sent:
            if tok.lemma_.lower() not in BRANCH_NOUNS or tok.pos_ != "NOUN" or tok.i in result.heads:
                continue
            parts = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
            parts += [
                g for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "in") for g in p.children
            ]
            found = [(t, result.heads[t.i]) for t in parts if t.i in result.heads]
            groups = [m for _, m in found if m.actor.kind == "group"]
            if not groups:
                continue  # "the Libyan army's air wing" is the army's
            parent = groups[0].actor
            places = [(t, m) for t, m in found if m.actor.kind == "state" and not m.actor.sectors]
            country = places[0][1].actor.country if places else None
            actor = self._branch_actor(parent, country)
            left = min(t.i for t in tok.subtree if t.i <= tok.i)
            span = sent.doc[left : tok.i + 1]
            branch = Mention(span.text, span.start_char, span.end_char, actor, how="group")
            result.heads[tok.i] = branch
            for t, _ in places:  # the place word names no actor of its own here
                result.heads.pop(t.i, None)
            for i in range(left, tok.i + 1):
                result.by_token[i] = branch
            result.mentions.append(branch)
            memory.remember(branch, tok)

    def _branch_actor(self, parent: Actor, country: str | None) -> Actor:
        if country is None or country == parent.country:
            return parent
        own = self.group_branches.get((parent.name, country))
        if own is not None:
            return Actor(own.code, own.name, own.country, own.sectors, kind="group")
        return Actor(parent.code, parent.name, country, parent.sectors, kind="group")

    def _member_mentions(self, mention: Mention, day: dt.date | None) -> list[Mention]:
        """A named group of states ("the E3", "the Baltic states") stands for each member state, acting
        through its government unless the phrase names another sector ("E3 diplomats"); the mentions
        share the group's words and are marked ``how="member"`` (one side, not partners of each other)."""
        states = self.dictionary.members_on(mention.actor.code, day)
        sectors = tuple(s for s in mention.actor.sectors if s != "IGO") or ("GOV",)
        return [
            Mention(
                mention.text,
                mention.start,
                mention.end,
                Actor(sector_code(e.country, sectors), e.name, e.country, sectors, kind="state"),
                how="member",
            )
            for e in states
        ]

    # -- people the dictionary does not know -------------------------------------------------------------

    @staticmethod
    def _introduce_person(head: Token, tokens: list[int], mention: Mention, memory: DocumentMemory) -> None:
        """ "Venezuelan opposition leader Juan Guaido": remember Guaido as that actor for later sentences."""
        if mention.actor.kind == "person":
            # "Pakistani Prime Minister Imran Khan" from the dictionary: "Khan said" later is the same man
            ent = entity_at(head)
            ent = ent if ent is not None and ent.label_ == "PERSON" else None
            if ent is not None and len(ent) > 1:
                memory.introduce(ent.text, mention.actor)
            return
        if not mention.actor.country:
            return
        for t in (head, head.head):
            if t.ent_type_ != "PERSON":
                continue  # (checked first: a sentence's entities are costly to list)
            ent = entity_at(t)
            ent = ent if ent is not None and ent.label_ == "PERSON" else None
            if ent is not None and (t is head or head.dep_ in ("compound", "appos") or t.i - 1 in tokens):
                memory.introduce(ent.text, mention.actor)
                return

    @staticmethod
    def _known_people(sent: Span, name_at: dict, memory: DocumentMemory) -> None:
        """Later mentions of a person introduced earlier ("Guaido said") stand for the same actor."""
        if not memory.people:
            return
        for ent in sentence_ents(sent):
            if ent.label_ not in _PERSON_LABELS or any(t.i in name_at for t in ent):
                continue
            # the small model often labels a lone surname met before as a place or a body ("Mwanawasa"
            # GPE): such an entity is the person only when it is exactly a name introduced earlier
            name = ent.text.removesuffix("'s").removesuffix("’s")
            actor = memory.person(ent.text, HONORIFICS) if ent.label_ == "PERSON" else memory.people.get(name)
            if actor is None:
                continue
            entry = Entry("alias", actor.name, actor.code, actor.country, actor.sectors)
            for t in ent:
                name_at[t.i] = (ent, Surface(entry, "alias"))

    # -- phrase structure -------------------------------------------------------------------------------

    @staticmethod
    def _span_root(i: int, name_at: dict, noun_at: dict) -> Token:
        span = (name_at.get(i) or noun_at.get(i))[0]
        return span.root

    def _phrase_heads(self, sent: Span, name_at: dict, noun_at: dict) -> list[Token]:
        heads = []
        for tok in sent:
            if tok.i not in name_at and tok.i not in noun_at:
                continue
            root = self._span_root(tok.i, name_at, noun_at)
            if root.i != tok.i:
                continue
            if self._governor(root, name_at, noun_at) is not None:
                continue
            heads.append(root)
        return heads

    def _governor(self, tok: Token, name_at: dict, noun_at: dict) -> Token | None:
        """The actor-phrase head this token modifies, if any ("Syrian" in "Syrian troops")."""
        if tok.dep_ in MODIFIER_DEPS and tok.head.i != tok.i:
            h = tok.head
            if h.i in name_at or h.i in noun_at:
                return self._span_root(h.i, name_at, noun_at)
            # "Nigerien army convoy": both modify "convoy"; the state belongs to the agent noun after it
            for sib in h.children:
                if (
                    sib.i > tok.i
                    and sib.i in noun_at
                    and sib.dep_ in ("compound", "nmod")
                    and tok.i in name_at
                ):
                    root = self._span_root(sib.i, name_at, noun_at)
                    if root.i == sib.i:
                        return root
        return None

    def _siblings(self, head: Token, name_at: dict, noun_at: dict) -> list[Token]:
        """Name modifiers that _governor hands to this agent noun (the inverse of the sibling rule)."""
        if head.i not in noun_at or head.dep_ not in ("compound", "nmod"):
            return []
        return [
            t
            for t in head.head.children
            if t.i < head.i
            and t.i in name_at
            and t.dep_ in MODIFIER_DEPS
            and getattr(self._governor(t, name_at, noun_at), "i", None) == head.i
        ]

    def _phrase_tokens(self, head: Token, name_at: dict, noun_at: dict) -> list[int]:
        out = []
        stack = [
            head,
            *(self._span_root(t.i, name_at, noun_at) for t in self._siblings(head, name_at, noun_at)),
        ]
        while stack:
            t = stack.pop()
            span = (name_at.get(t.i) or noun_at.get(t.i))[0]
            out.extend(x.i for x in span)
            for tok in span:
                for child in tok.children:
                    if (
                        child.dep_ in MODIFIER_DEPS
                        and (child.i in name_at or child.i in noun_at)
                        and child.i not in out
                    ):
                        stack.append(self._span_root(child.i, name_at, noun_at))
        return sorted(set(out))

    def _modifiers(self, head: Token, name_at: dict, noun_at: dict) -> list[Token]:
        """Actor-bearing tokens attached to the phrase: modifiers and "of/in/from X" complements."""
        found = list(self._siblings(head, name_at, noun_at))
        span = (name_at.get(head.i) or noun_at.get(head.i))[0]
        for tok in span:
            for child in tok.children:
                if child.i in span:
                    continue
                if child.dep_ in MODIFIER_DEPS or child.dep_ == "appos":
                    found.append(child)
                elif child.dep_ == "prep" and child.lower_ in ("of", "in", "from"):
                    found.extend(c for c in child.children if c.dep_ == "pobj")
        found.extend(self._collective_complements(head, name_at, noun_at))
        found.extend(self._titled_name_places(head, name_at, noun_at))
        out: list[Token] = []
        seen: set[int] = set()
        stack = list(found)
        while stack:  # modifiers of modifiers: "British" in "British Defence Secretary Tom King"
            t = stack.pop(0)
            if t.i in seen:
                continue
            seen.add(t.i)
            if t.i in name_at or t.i in noun_at:
                root = self._span_root(t.i, name_at, noun_at)
                out.append(root)
                inner = (name_at.get(root.i) or noun_at.get(root.i))[0]
                stack.extend(
                    c for x in inner for c in x.children if c.i not in inner and c.dep_ in MODIFIER_DEPS
                )
            else:  # "the UN-recognised government": look one level into unmatched modifiers
                out.extend(
                    self._span_root(c.i, name_at, noun_at)
                    for c in t.children
                    if c.dep_ in MODIFIER_DEPS and c.i in name_at
                )
        return out

    @staticmethod
    def _collective_complements(head: Token, name_at: dict, noun_at: dict) -> list[Token]:
        """'Opposition groups in Zimbabwe': the objects of the generic noun's "in/of/from" phrases."""
        group = head.head
        if head.dep_ not in ("compound", "amod") or group.i in name_at or group.i in noun_at:
            return []
        if group.lemma_.lower() not in COLLECTIVE_NOUNS:
            return []
        return [
            g
            for prep in group.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from")
            for g in prep.children
            if g.dep_ == "pobj"
        ]

    @staticmethod
    def _titled_name_places(head: Token, name_at: dict, noun_at: dict) -> list[Token]:
        """ "Emir Tamim of Qatar", "King Hassan of Morocco": the "of X" of an unknown name that a title is
        compounded onto places the title, as "the emir of Qatar" would."""
        name = head.head
        if head.dep_ != "compound" or name.pos_ != "PROPN" or name.i in name_at or name.i in noun_at:
            return []
        return [
            g
            for prep in name.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj"
        ]

    # -- peoples ("Uighurs", "Kurdish fighters") --------------------------------------------------------

    def _people(
        self, people: Entry, head: Token, name_at: dict, noun_at: dict, memory: DocumentMemory
    ) -> Actor:
        """A people named on its own ("Uighurs", "Iraqi Kurds", "refugee Kurds"): its state's civilians, or
        what an agent noun modifying it says."""
        mods = self._modifiers(head, name_at, noun_at)
        states = [name_at[m.i][1].entry.country for m in mods if m.i in name_at]
        states = [c for c in states if c in self.dictionary.states]
        country = states[0] if states else self._people_country(people, head, name_at, memory)
        own = self._modifier_sectors(head, name_at, noun_at)
        sectors = tuple(dict.fromkeys(PEOPLE_SECTORS.get(s, s) for s in own)) or people.sectors
        return Actor(sector_code(country, sectors), people.name, country, sectors, _placed_kind(country))

    @staticmethod
    def _people_country(people: Entry, head: Token, name_at: dict, memory: DocumentMemory) -> str | None:
        """The home state of a people that lives in several ("Kurdish fighters"): the one of them the
        sentence names (where several, the one it names as a place: "Turkish jets struck Kurdish fighters
        in Syria"); with none in the sentence, the only one the document has named so far; else None."""
        if people.country or not people.homes:
            return people.country
        named = []
        for tok in head.sent:
            if tok.i in name_at and tok.i == name_at[tok.i][0].root.i:
                entry = name_at[tok.i][1].entry
                if entry.kind in ("state", "group") and entry.country in people.homes:
                    named.append((tok, entry.country))
        countries = {c for _, c in named}
        if len(countries) > 1:
            countries = {c for t, c in named if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS}
        if not named:
            countries = {s.mention.actor.country for s in memory.seen} & set(people.homes)
        return next(iter(countries)) if len(countries) == 1 else None

    def _mention(
        self, head: Token, name_at: dict, noun_at: dict, day: dt.date | None, memory: DocumentMemory
    ) -> Mention | None:
        tokens = self._phrase_tokens(head, name_at, noun_at)
        doc = head.doc
        start, end = doc[tokens[0]].idx, doc[tokens[-1]].idx + len(doc[tokens[-1]].text)
        text = doc[tokens[0] : tokens[-1] + 1].text  # (doc.text would rebuild the whole text)
        if head.i in name_at:
            surface = name_at[head.i][1]
            if surface.entry.kind == "people":
                return Mention(
                    text, start, end, self._people(surface.entry, head, name_at, noun_at, memory), "agent"
                )
            actor = _entry_actor(surface, day)
            how = surface.how
            if surface.entry.kind == "state" and not actor.sectors:
                # "the Syrian government" parsed with Syrian as head is rare; modifiers may add a sector
                sectors = self._modifier_sectors(head, name_at, noun_at)
                if sectors:
                    actor = Actor(sector_code(actor.country, sectors), actor.name, actor.country, sectors)
            return Mention(text, start, end, actor, how=how)

        # head is an agent noun: its sectors, and a country / group / person from its modifiers
        sectors = noun_at[head.i][1]
        owner: Actor | None = None
        mods = self._modifiers(head, name_at, noun_at)
        envoy_of_state = any(m.i in name_at and name_at[m.i][1].entry.kind == "state" for m in mods)
        people: Entry | None = None  # "Yoruba leaders", "Kurdish fighters": a people's, not its state's
        for m in mods:
            if m.i >= 2 and doc[m.i - 1].text == "-" and doc[m.i - 2].lower_ in ("pro", "anti", "non"):
                continue  # "pro-Turkish Syrian fighters" are Syrian
            if m.i + 2 < len(doc) and doc[m.i + 1].text == "-" and doc[m.i + 2].tag_ in ("VBN", "VBD", "JJ"):
                continue  # "the UN-recognised government" is not the UN's
            if _describer(m, name_at, noun_at):
                continue  # "Russian-speaking separatists", "separatists of Russian descent"
            if m.i in name_at:
                surface = name_at[m.i][1]
                cand = _entry_actor(surface, day)
                if surface.entry.kind == "igo" and head.lemma_.lower() in ENVOY_NOUNS and envoy_of_state:
                    continue  # "Russian U.N. ambassador": an envoy to the UN is his own state's
                if surface.entry.kind == "people":
                    people = people or surface.entry  # (a state named with it places it: "Iraqi Kurdish")
                    continue
                if surface.entry.kind in ("group", "igo") or (surface.how == "group"):
                    owner = cand  # "Haftar's forces", "UN peacekeepers" are the group itself
                    break
                if owner is None:
                    owner = cand
        if owner is not None and owner.kind in ("group", "igo"):
            return Mention(text, start, end, owner, how="group")
        if people is not None:
            sectors = tuple(dict.fromkeys(PEOPLE_SECTORS.get(s, s) for s in sectors))
            if owner is None:
                country = self._people_country(people, head, name_at, memory)
                if country is None:  # ("US forces are helping Kurdish forces": not the last forces' state)
                    return Mention(
                        text,
                        start,
                        end,
                        Actor(sector_code(None, sectors), text, None, sectors, "agent"),
                        "agent",
                    )
                owner = Actor(country, people.name, country)
        extra = tuple(s for m in mods if m.i in noun_at for s in noun_at[m.i][1])
        if "GOV" in extra and set(sectors) <= {"REB", "MIL"}:
            sectors = ("MIL",)  # "government fighters", "regime forces" are the state's military
        if "GOV" in sectors and _rival(doc, tokens):
            sectors = ("REB",)  # "parallel Libyan authorities", "the rival government": not the state's own
        # the head noun's sector wins; a modifying agent noun ("regime soldiers") only fills in when the
        # head has none
        if owner is not None and owner.country:
            return Mention(
                text,
                start,
                end,
                Actor(
                    sector_code(owner.country, sectors),
                    owner.name if owner.kind == "state" else _country_name(self.dictionary, owner.country),
                    owner.country,
                    sectors,
                ),
                how="agent",
            )
        # no country in the phrase: look back in the document
        keys = [head.lemma_.lower(), *[doc[m.i].lemma_.lower() for m in mods if m.i in noun_at]]
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in head.children)
        prior = memory.recall(keys, sectors + extra, definite)
        if prior is not None:
            if prior.actor.kind == "person" and head.lemma_.lower() in OFFICE_NOUNS:
                return Mention(text, start, end, prior.actor, how="coref")
            if prior.actor.kind in ("group", "igo"):
                return Mention(text, start, end, prior.actor, how="coref")
            country = prior.actor.country
            return Mention(
                text,
                start,
                end,
                Actor(
                    sector_code(country, sectors), _country_name(self.dictionary, country), country, sectors
                ),
                how="coref",
            )
        if _titled(head) and head.lower_ not in STORY_NEUTRAL_TITLES:
            # "President Levy Mwanawasa", "Judge Alejandro Rivera": a title with no country of its own
            # is the story's country when the document so far names only one (home news does not say
            # "Zambian" of its own president); "Former/ousted President X" is that country's elite
            sectors = ("ELI",) if _former(head) else sectors
            country = self._home_country(head, name_at, noun_at, memory, day)
            if country is not None:
                actor = Actor(
                    sector_code(country, sectors), _country_name(self.dictionary, country), country, sectors
                )
                return Mention(text, start, end, actor, how="title")
        return Mention(
            text,
            start,
            end,
            Actor(sector_code(None, sectors), text, None, sectors, kind="agent"),
            how="agent",
        )

    def _home_country(
        self, head: Token, name_at: dict, noun_at: dict, memory: DocumentMemory, day: dt.date | None
    ) -> str | None:
        """The one country the document names up to the end of this sentence, or None when it names
        several or none.  Countries named only for office-holders ("South African leader de Klerk",
        "Putin", "the president of Zambia") are not evidence: a writer who marks one person's country and
        not the other's means the other is from somewhere else."""
        countries = {
            s.mention.actor.country for s in memory.seen if not _office_holder(s.mention.actor, s.words)
        }
        for tok in head.sent:
            if tok.i not in name_at or tok.i != name_at[tok.i][0].root.i:
                continue
            actor = _entry_actor(name_at[tok.i][1], day)
            governor = self._governor(tok, name_at, noun_at)
            if tok.dep_ == "pobj" and tok.head.lower_ == "of":
                governor = tok.head.head  # "the president of Zambia"
            if not _office_holder(actor, frozenset()) and (
                governor is None or governor.lemma_.lower() not in OFFICE_NOUNS
            ):
                countries.add(actor.country)
        countries.discard(None)
        return next(iter(countries)) if len(countries) == 1 else None

    def _coordinated(
        self, head: Token, mention: Mention, name_at: dict, noun_at: dict, day: dt.date | None
    ) -> list[Mention]:
        """Further states coordinated with the phrase's country modifier, with the phrase's sectors."""
        if head.i not in noun_at or not mention.actor.country:
            return []
        out = []
        for m in self._modifiers(head, name_at, noun_at):
            for conj in m.conjuncts:
                if conj.i <= m.i or conj.i not in name_at:
                    continue
                surface = name_at[conj.i][1]
                if surface.entry.kind != "state" or surface.entry.country == mention.actor.country:
                    continue
                country = surface.entry.country
                a = mention.actor
                actor = Actor(sector_code(country, a.sectors), surface.entry.name, country, a.sectors, a.kind)
                span = name_at[conj.i][0]
                out.append(Mention(span.text, span.start_char, span.end_char, actor, how="adjective"))
        return out

    def _modifier_sectors(self, head: Token, name_at: dict, noun_at: dict) -> tuple[str, ...]:
        return tuple(
            s for m in self._modifiers(head, name_at, noun_at) if m.i in noun_at for s in noun_at[m.i][1]
        )


_PERSON_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# a people's leaders are its elites and its forces are no state's army: "Yoruba leaders" = NGAELI,
# "Tigrayan forces" = ETHREB
PEOPLE_SECTORS = {"GOV": "ELI", "MIL": "REB"}
# prepositions whose object is where a people lives or acts: "Kurdish fighters in Syria"
PLACE_PREPOSITIONS = frozenset({"in", "inside", "into", "near", "across", "from"})


def _placed_kind(country: str | None) -> str:
    """A sector with a country is coded like a state's ("Syrian troops"); without one it is a bare agent."""
    return "state" if country else "agent"


_DEFINITE = frozenset({"the", "this", "these", "those", "that", "its", "their", "his", "her"})


RIVAL_WORDS = frozenset(
    {
        "parallel",
        "rival",
        "breakaway",
        "self-declared",
        "self-styled",
        "unrecognised",
        "unrecognized",
        "separatist",
        "insurgent",
        "shadow",
    }
)


# legislators' titles and bodies that English-language news uses mostly for the United States's ("Sen.
# Tim Kaine", "Congress" in a US outlet's story about Iran): never placed by the story's one foreign country
# -- nor the Church's cardinals, who speak for Rome as often as for home ("Cardinal X, the president of the
# US bishops' conference" in a story about Sri Lanka)
US_STYLE_LEGISLATORS = frozenset(
    {"congress", "senate", "house", "sen.", "rep.", "senator", "congressman", "congresswoman"}
)
STORY_NEUTRAL_TITLES = US_STYLE_LEGISLATORS | {"cardinal"}

# forms of address that may open a person's name in the parse ("Mr Trump", "Sheikh Tamim")
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "prince", "princess", "general", "gen",
     "sen", "senator", "rep", "judge", "justice", "secretary", "governor", "mayor", "commander", "colonel",
     "admiral", "pope", "cardinal", "archbishop", "ayatollah", "imam", "chairman", "chief", "vice", "crown",
     "republican", "democrat", "democratic", "candidate", "nominee", "lawyer", "dictator", "strongman",
     "team", "al", "el"}
)  # fmt: skip

# words that make a titled person a former office-holder: "ousted President Askar Akayev"
FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "toppled", "exiled", "late", "erstwhile"})


def _titled(head: Token) -> bool:
    """Is this agent noun the title of a named person ("President Levy Mwanawasa", "Joe Bloggs, the
    interior minister") or the head of a named body ("the Teachers Union")?"""
    if head.ent_type_ in ("PERSON", "ORG") and head.text[:1].isupper():
        return True
    if head.dep_ in ("compound", "appos") and head.head.ent_type_ == "PERSON":
        return True
    if _title_before_misread_name(head):
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children)


def _title_before_misread_name(head: Token) -> bool:
    """ "Vice-President Moody Awori": the small model often labels an unfamiliar name after a capitalised
    title an organisation; a title compounded onto a proper noun whose entity begins right after it is
    still a person's title (a body's own name, "the Interior Ministry", has no title before its entity)."""
    name = head.head
    if head.dep_ != "compound" or not head.text[:1].isupper() or name.pos_ != "PROPN" or name.i <= head.i:
        return False
    ent = entity_at(name)
    if ent is None or ent.label_ != "ORG" or ent.end != name.i + 1 or not 0 < ent.start - head.i <= 3:
        return False
    # only the rest of a compound title ("-President" after "Vice") between the title's head and the name
    return all(t.dep_ == "compound" and t.head.i == name.i for t in head.doc[head.i + 1 : ent.start])


def _former(head: Token) -> bool:
    return any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in FORMER_WORDS for c in head.children)


def _office_holder(actor: Actor, words: frozenset[str]) -> bool:
    """A person or one office-holder ("the Kenyan foreign minister"): their country is theirs, not the
    story's."""
    return actor.kind == "person" or bool(words & OFFICE_NOUNS)


def _first_name(span: Span) -> bool:
    """A one-word surname that begins a longer person name is someone else's first name ("Kim Darroch",
    "Graham Brady"): the dictionary's Kim or Graham is not meant."""
    if len(span) != 1 or span[0].ent_type_ != "PERSON":
        return False
    ent = entity_at(span[0])
    return ent is not None and ent.label_ == "PERSON" and ent.start == span.start and len(ent) > 1


def _surname(span: Span, titles: frozenset[str]) -> bool:
    """An agent noun that ends a person's name after a given name is a surname ("Mike Bishop", "Tom
    King"), not a title; a name after titles only ("Grand Imam", "Crown Prince") stays one."""
    if len(span) != 1 or span[0].ent_type_ != "PERSON":
        return False
    ent = entity_at(span[0])
    if ent is None or ent.label_ != "PERSON" or ent.end != span.end or ent.start >= span.start:
        return False
    return any(t.is_alpha and t.lower_ not in titles for t in span.doc[ent.start : span.start])


def _another_bearer(span: Span, own_words: set[str], titles: frozenset[str]) -> bool:
    """A one-word surname after a given name that is none of the person's own ("Ivanka Trump", "Irineo
    Mujica"): someone else of that name, not the dictionary's leader ("Tayyip Erdogan", "Donald J. Trump"
    and "President Trump" stay the leader)."""
    if len(span) != 1 or span.start == 0:
        return False
    given = span.doc[span.start - 1]
    ent = entity_at(span[0])
    in_name = (ent is not None and ent.label_ == "PERSON" and ent.start < span.start) or (
        given.dep_ == "compound" and given.head.i == span.start and given.pos_ == "PROPN"
    )
    return (
        in_name
        and given.is_alpha
        and given.is_title
        and len(given) > 1
        and given.lower_ not in titles
        and given.lemma_.lower() not in titles  # ("Presidents Clinton and Bush")
        and not is_own_given_name(given.text, own_words, spelling_tolerant=True)
    )


def _describer(tok: Token, name_at: dict, noun_at: dict) -> bool:
    """Does this state word only describe the actor phrase it belongs to -- its backer ("Iranian-backed
    militias") or its origin ("a Russian-born businessman", "separatists of Russian descent")?  A group
    stays the actor ("al-Qaeda-aligned militants" are its affiliates), and so does the backer of a thing
    ("a US-backed coup").  ("militias backed by Turkey": the coder codes the participle as Turkey's
    support of the militias and does not take Turkey for the militias.)"""
    if tok.i not in name_at or name_at[tok.i][1].entry.kind != "state":
        return False
    doc = tok.doc
    end = name_at[tok.i][0].end
    word = doc[end + 1] if end + 1 < len(doc) and doc[end].text == "-" else None
    if word is not None and word.lower_ in BACKING_WORDS and word.dep_ in ("amod", "compound", "nmod"):
        return word.head.i in noun_at or word.head.i in name_at
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in ORIGIN_NOUNS


def _rival(doc: Doc, tokens: list[int]) -> bool:
    """Is the government phrase a rival one (the word may sit just before it when the parse is off)?"""
    first = tokens[0]
    window = [doc[i] for i in range(max(0, first - 2), tokens[-1] + 1)]
    return any(t.lower_ in RIVAL_WORDS for t in window)


def _country_name(d: ActorDictionary, country: str | None) -> str:
    if country and country in d.states:
        return d.states[country].name
    return country or ""


def _state_of_something(tok: Token) -> bool:
    """ "the state of emergency", "the state of the economy", "the state of Texas": a condition or a
    federal state, not the country named before."""
    return tok.lemma_.lower() == "state" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
