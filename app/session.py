"""The conversation's controller (`../shared/spec/conversation.md`).

Every shopper action is an event (`answer`, `skip`, `say`, `confirm`, `remove`,
`critique`, `relax`, `keep`, `compare`, `back`, `reset`, `start`) and each returns
one immutable `Snapshot`: everything a screen needs. The Session decides what
happens after an action: what typed words mean, which currency an amount is in,
whether to ask "did you mean…?", which question comes next, when the picks are
settled and the results show, and what Back undoes. The GUI, the `converse`
command and the tests drive it the same way and only paint what it returns.

Plain Python and no widgets. One Session serves one shopper at a time; its events
are meant to run one after another (the GUI sends them through one task queue).
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any, Callable

import numpy as np

from app.money import UnknownCurrency, from_usd, money_text, to_usd
from app.preferences import QUESTIONS, Preferences, PreferencesError
from app.recommend import CRITIQUES, Recommendation, Recommender, Relaxation
from app.recommend.explain import Explanation, phone_name
from app.recommend.questions import (FEATURE_NAMES, MOST_QUESTIONS, USE_CASE_NAMES, Question, answered,
                                     budget_prefs, question as question_named)
from app.settings import StoreSettings
from app.translatable import QT_TR_NOOP

log = logging.getLogger(__name__)

MAX_COMPARE = 4
MAX_TEXT = 2000          # characters of one wish; longer text is refused with a message, never cut silently
SHOWN = 6                # cards on the results page
ASPECT_NAMES = {
    "camera": QT_TR_NOOP("Great camera"), "selfie_camera": QT_TR_NOOP("Good selfies"),
    "battery": QT_TR_NOOP("Long battery"), "performance": QT_TR_NOOP("Fast"), "display": QT_TR_NOOP("Great screen"),
    "charging": QT_TR_NOOP("Fast charging"), "storage": QT_TR_NOOP("Lots of storage"),
    "durability": QT_TR_NOOP("Tough"), "value": QT_TR_NOOP("Good value"), "lightweight": QT_TR_NOOP("Light"),
    "audio": QT_TR_NOOP("Good sound"), "software_updates": QT_TR_NOOP("Long updates"),
}
CRITIQUE_WORDS = {
    "cheaper": QT_TR_NOOP("cheaper"), "better_camera": QT_TR_NOOP("better at photos"),
    "longer_battery": QT_TR_NOOP("longer-lasting"), "smaller": QT_TR_NOOP("smaller"),
    "bigger_screen": QT_TR_NOOP("bigger"), "faster": QT_TR_NOOP("faster"), "newer": QT_TR_NOOP("newer"),
}


# -- what a screen shows -------------------------------------------------------------------

class Note(str):
    """A short note for the shopper: the English text itself, with its text key and values kept so the
    GUI can say it in the shopper's language."""
    key: str
    values: dict

    def __new__(cls, key: str, values: dict | None = None):
        values = dict(values or {})
        note = super().__new__(cls, key.format(**values))
        note.key, note.values = key, values
        return note

    @property
    def text(self) -> str:
        return str(self)


@dataclass(frozen=True)
class Chip:
    """One thing understood, removable: `remove(chip.id)` takes it away."""
    id: str
    field: str
    value: Any                          # the list item, or None for a single-valued field
    label: str                          # text key, e.g. QT_TR_NOOP("Under {amount}")
    values: dict = field(default_factory=dict)   # words and amounts for the key (words are translated too)

    @property
    def text(self) -> str:
        return self.label.format(**self.values)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Clarify:
    """A pending "did you mean …?": `confirm(True)` adds `prefs`, `confirm(False)` adds `otherwise`."""
    chip: Chip
    prefs: Preferences
    otherwise: Preferences = field(default_factory=Preferences)

    @property
    def field(self) -> str:
        return self.chip.field

    @property
    def value(self) -> Any:
        return self.chip.value


@dataclass(frozen=True)
class Offer:
    """A relaxation offered when few phones fit; `relax(offer.id)` takes it."""
    id: str
    change: Explanation
    count: int
    prefs: Preferences


@dataclass(frozen=True)
class Picks:
    cards: tuple[Recommendation, ...] = ()
    relaxations: tuple[Offer, ...] = ()
    eligible_count: int = 0


@dataclass(frozen=True)
class Snapshot:
    version: int
    prefs: Preferences
    chips: tuple[Chip, ...]
    question: Question | None           # None: the picks are settled, the results are the screen
    selected: tuple[str, ...]           # options of `question` already chosen (shown again after Back)
    clarify: Clarify | None
    results: Picks
    message: Note | None
    shortlist: tuple[str, ...]
    compare: tuple[str, ...]
    can_go_back: bool
    store: StoreSettings
    fresh: bool                         # nothing has happened since start: the welcome screen
    asked: int                          # questions answered or skipped so far

    def to_dict(self) -> dict:
        """The JSON form the `converse` command prints."""
        return {
            "version": self.version,
            "prefs": self.prefs.to_dict(compact=True),
            "chips": [{"id": c.id, "text": c.text} for c in self.chips],
            "question": None if self.question is None else {
                "id": self.question.id, "title": self.question.title, "multiple": self.question.multiple,
                "amount": self.question.amount, "options": [{"id": o.id, "label": o.label} for o in
                                                            self.question.options]},
            "selected": list(self.selected),
            "clarify": None if self.clarify is None else {"field": self.clarify.field, "value": self.clarify.value,
                                                          "text": self.clarify.chip.text},
            "results": {
                "cards": [{"id": r.phone["id"], "name": phone_name(r.phone),
                           "price_usd": r.phone["price_usd"], "reasons": [e.text for e in r.reasons],
                           "weaknesses": [e.text for e in r.weaknesses]} for r in self.results.cards],
                "relaxations": [{"id": o.id, "change": o.change.text, "count": o.count}
                                for o in self.results.relaxations],
                "eligible_count": self.results.eligible_count},
            "message": None if self.message is None else self.message.text,
            "shortlist": list(self.shortlist),
            "compare": list(self.compare),
            "can_go_back": self.can_go_back,
        }


# -- what the conversation has gathered (what Back restores) -------------------------------

@dataclass(frozen=True)
class Conversation:
    prefs: Preferences = field(default_factory=Preferences)
    said: tuple[str, ...] = ()                       # the shopper's own words, message by message
    asked: tuple[str, ...] = ()                      # questions answered or skipped, in order
    last_answer: tuple[str, tuple[str, ...]] | None = None   # the last answer: (question, options chosen)
    question: str | None = None                      # the question on screen
    finished: bool = False                           # the results are the screen; no more questions
    clarify: tuple[Clarify, ...] = ()                # pending "did you mean…?", first shown first
    better_than: tuple[str, str] | None = None       # the last critique: (phone id, kind)
    shortlist: tuple[str, ...] = ()
    compare: tuple[str, ...] = ()
    selected: tuple[str, ...] = ()                   # options to show chosen (after Back)
    fresh: bool = True


class BadInput(ValueError):
    """An event the conversation cannot take: the snapshot says why and nothing changes."""

    def __init__(self, key: str, **values):
        self.note = Note(key, values)
        super().__init__(self.note)


Reader = Callable[[str, "str | None"], Any]   # (text, question answered) -> Understanding


class Session:
    def __init__(self, recommender: Recommender, store: StoreSettings | None = None, reader: Reader | None = None):
        self.recommender = recommender
        self.store = store or recommender.settings.store
        self._reader = reader
        self._lock = threading.Lock()
        self._version = 0
        self.state = Conversation()
        self._history: list[Conversation] = []
        self.snapshot: Snapshot | None = None
        self._ranked: dict = {}   # recent rankings: what was ranked -> (next question chosen?, Results)
        self._vectors: dict[str, np.ndarray] = {}   # each message's sentence embedding, from its reading
        if store is not None:
            self._use_store_settings(store)

    @classmethod
    def open(cls, store: StoreSettings | None = None, recommender: Recommender | None = None,
             reader: Reader | None = None, settings=None) -> "Session":
        """A session on the bundled catalog and language model (or the ones given), with the store's
        own list when it has one. `settings`: all of the app's settings (`app.settings.Settings`, as the
        GUI keeps them); `store` alone leaves the rest at their defaults."""
        if recommender is None:
            from app.catalog.store import read_active_list
            from app.settings import DEFAULTS

            store_items, note = read_active_list()
            if note:
                log.warning(note)
            recommender = Recommender(settings=settings or DEFAULTS, store_items=store_items)
        return cls(recommender, store=store, reader=reader)   # the store's settings reach the recommender there

    def use_store(self, store: StoreSettings) -> Snapshot:
        """The store changed its currency or market (staff settings): same shopper, new prices."""
        with self._lock:
            self._use_store_settings(store)
            if self.snapshot is not None:
                return self._show(self.state)
        return self.start()

    def _use_store_settings(self, store: StoreSettings) -> None:
        self.store = store
        settings = self.recommender.settings
        if (settings.currency, settings.market, settings.only_assortment) != (store.currency, store.market,
                                                                           store.only_assortment):
            self.recommender.use_settings(replace(settings, currency=store.currency, market=store.market,
                                                  only_assortment=store.only_assortment))
        self._ranked.clear()

    def use_settings(self, settings) -> Snapshot:
        """Staff changed the settings (`app.settings.Settings`): the recommender's and the store's at once."""
        with self._lock:
            self.recommender.use_settings(settings)
            self._use_store_settings(settings.store)
            return self._show(self.state) if self.snapshot is not None else None

    def use_store_list(self, store_items: dict[str, dict]) -> Snapshot:
        """The store's own list changed (imported, reverted, synced): same shopper, the store's prices."""
        with self._lock:
            self.recommender.use_store_list(store_items)
            self._ranked.clear()
            return self._show(self.state) if self.snapshot is not None else None

    def read(self, text: str, context: str | None) -> Any:
        """The language model's reading of `text` (loaded on first use)."""
        self.warm_up()
        return self._reader(text, context)

    def warm_up(self) -> None:
        """Load the language model now (the GUI calls this in the background at start)."""
        if self._reader is None:
            from app import understanding

            understanding.load()
            self._reader = understanding.parse

    # -- events ----------------------------------------------------------------------------

    def start(self) -> Snapshot:
        """A new shopper: everything forgotten, the first question chosen."""
        with self._lock:
            self._history.clear()
            self._vectors.clear()
            fresh = Conversation()
            self.state = self._with_next_question(fresh, self._rank(fresh))
            return self._show(self.state)

    def reset(self) -> Snapshot:
        """Forget the shopper completely (the kiosk does this when they walk away)."""
        return self.start()

    def answer(self, question_id: str, option_ids) -> Snapshot:
        return self._event(self._answer, question_id, option_ids)

    def skip(self, question_id: str) -> Snapshot:
        return self._event(self._skip, question_id)

    def say(self, text) -> Snapshot:
        return self._event(self._say, text)

    def confirm(self, yes: bool) -> Snapshot:
        return self._event(self._confirm, yes)

    def remove(self, chip_id: str) -> Snapshot:
        return self._event(self._remove, chip_id)

    def critique(self, phone_id: str, kind: str) -> Snapshot:
        return self._event(self._critique, phone_id, kind)

    def relax(self, relaxation_id: str) -> Snapshot:
        return self._event(self._relax, relaxation_id)

    def keep(self, phone_id: str) -> Snapshot:
        return self._event(self._keep, phone_id)

    def compare(self, phone_id: str) -> Snapshot:
        return self._event(self._compare, phone_id)

    def show_results(self) -> Snapshot:
        """"Show phones": the shopper has answered enough; the results are the screen."""
        return self._event(lambda: (replace(self.state, finished=True, question=None), None))

    def back(self) -> Snapshot:
        """Undo the last event exactly: the screen before it, the question with its answer chosen."""
        with self._lock:
            if not self._history:
                return self._show(self.state)
            undone = self.state
            state = self._history.pop()
            if state.question is not None and undone.last_answer and undone.last_answer[0] == state.question:
                state = replace(state, selected=undone.last_answer[1])   # the answer Back takes away, shown chosen
            self.state = state
            return self._show(state)

    # -- reading the state -----------------------------------------------------------------

    @property
    def prefs(self) -> Preferences:
        return self.state.prefs

    def phone(self, phone_id: str) -> dict | None:
        arrays = self.recommender.arrays
        i = arrays.index.get(phone_id)
        return None if i is None else arrays.phones[i]

    def chips(self, prefs: Preferences) -> tuple[Chip, ...]:
        return chips_for(prefs, self.store.currency)

    # -- how every event runs --------------------------------------------------------------

    def _event(self, change, *args) -> Snapshot:
        """Run one event: on bad input nothing changes and the snapshot says why."""
        with self._lock:
            try:
                state, note = change(*args)
            except BadInput as bad:
                return self._show(self.state, bad.note)
            if state != self.state:
                self._history.append(self.state)   # as shown: Back restores the screen exactly
                self.state = replace(state, fresh=False, selected=())
            return self._show(self.state, note)

    def _rank(self, state: Conversation):
        """The ranking for `state`. One event asks for it twice (to choose the question, then to show)
        and Back returns to a state ranked before, so the last few are kept."""
        key = (state.prefs, state.said, state.shortlist, state.better_than, state.asked, self.store)
        ask_next = not state.finished
        kept = self._ranked.get(key)
        if kept is not None and (kept[0] or not ask_next):
            return kept[1]
        text = " ".join(state.said)
        vectors = [self._vectors.get(message) for message in state.said]
        vector = None
        if vectors and all(v is not None for v in vectors):
            total = np.sum(vectors, axis=0)   # the words together: the mean direction of the messages
            vector = total / max(float(np.linalg.norm(total)), 1e-9)
        ranked = self.recommender.recommend(state.prefs, text=text, top=SHOWN, liked=state.shortlist,
                                            better_than=state.better_than, ask_next=ask_next,
                                            not_again=state.asked, text_vector=vector)
        if len(self._ranked) >= 16:
            self._ranked.pop(next(iter(self._ranked)))
        self._ranked[key] = (ask_next, ranked)
        return ranked

    def _show(self, state: Conversation, note: Note | None = None) -> Snapshot:
        ranked = self._rank(state)
        self._version += 1
        question = None if state.question is None else question_named(state.question, self.store.currency)
        self.snapshot = Snapshot(
            version=self._version, prefs=state.prefs, chips=self.chips(state.prefs), question=question,
            selected=state.selected, clarify=state.clarify[0] if state.clarify else None,
            results=Picks(tuple(ranked.results), tuple(_offer(r) for r in ranked.relaxations), ranked.eligible_count),
            message=note, shortlist=state.shortlist, compare=state.compare, can_go_back=bool(self._history),
            store=self.store, fresh=state.fresh, asked=len(state.asked))
        return self.snapshot

    def _with_next_question(self, state: Conversation, ranked, keep_current: bool = False) -> Conversation:
        """The question to show after this state, or none when the picks are settled."""
        if state.finished:
            return replace(state, question=None)
        current = state.question
        if keep_current and current and current not in state.asked and current not in answered(state.prefs):
            return state
        if len(state.asked) >= MOST_QUESTIONS or ranked.next_question is None:
            return replace(state, question=None, finished=True)
        return replace(state, question=ranked.next_question)

    def _then(self, state: Conversation, keep_current: bool = False, settled: bool = False):
        """`state` with its next question; a complete wish settles the picks at once."""
        if settled:
            state = replace(state, finished=True)
        return self._with_next_question(state, self._rank(state), keep_current)

    # -- the events' rules -----------------------------------------------------------------

    def _answer(self, question_id, option_ids):
        question = _question(question_id, self.store.currency)
        if isinstance(option_ids, (str, bytes, int, float)) or not isinstance(option_ids, (list, tuple)):
            raise BadInput("An answer is a list of options, not {value}.", value=repr(option_ids)[:40])
        prefs = Preferences()
        chosen: list[str] = []
        if question.amount and len(option_ids) == 1 and _is_amount(option_ids[0]):
            amount = float(option_ids[0])
            if not 0 < amount < 10_000_000:
                raise BadInput("A budget must be more than nothing and less than ten million.")
            prefs, chosen = budget_prefs(amount, self.store.currency), [f"{amount:g}"]
        else:
            options = {o.id: o for o in question.options}
            for option_id in option_ids:
                if not isinstance(option_id, str) or option_id not in options:
                    raise BadInput("“{option}” is not an answer to this question.", option=str(option_id)[:40])
                if option_id not in chosen:
                    chosen.append(option_id)
                    prefs = prefs.merge(options[option_id].prefs)
            if len(chosen) > 1 and not question.multiple:
                raise BadInput("Choose one answer to this question.")
        state = self.state
        asked = tuple(q for q in state.asked if q != question.id) + (question.id,)
        state = replace(state, prefs=state.prefs.merge(prefs), asked=asked, last_answer=(question.id, tuple(chosen)),
                        better_than=None)
        return self._then(state), None

    def _skip(self, question_id):
        question = _question(question_id, self.store.currency)
        state = self.state
        if question.id not in state.asked:
            state = replace(state, asked=state.asked + (question.id,))
        return self._then(state), None

    def _say(self, text):
        text = _plain_text(text)
        context = self.state.question   # the question on screen; none once the results are the screen
        try:
            understood = self.read(text, context)
        except Exception as error:  # the model is missing or broken: the buttons still work
            raise BadInput("Sorry, I can't read typed wishes right now ({error}). Please use the buttons.",
                           error=type(error).__name__) from None
        sure, pending = self._readings(understood.prefs, tuple(understood.unsure), text)
        if sure.is_empty() and not pending:
            raise BadInput("Sorry, I didn't catch a phone wish in that. Try, for example: "
                           "“under $400, good camera, no Samsung”.")
        if understood.embedding is not None:
            self._vectors[text] = understood.embedding
        state = self.state
        prefs = state.prefs.merge(sure)
        said = state.said + (text,)
        asked = state.asked
        if context and context not in asked and context in answered(prefs):
            asked += (context,)
        state = replace(state, prefs=prefs, said=said, asked=asked, better_than=None,
                        clarify=state.clarify + pending)
        state = self._then(state, keep_current=True, settled=_complete(sure))
        return state, self._nothing_fits(state)

    def _readings(self, said: Preferences, unsure: tuple[str, ...], text: str):
        """(what is sure, the "did you mean…?" questions) of one reading, with the store's currency rules."""
        sure, pending = said, []
        for key in unsure:
            name, _, value = key.partition(":")
            held = getattr(said, name)
            if name == "currency" or held in (None, ()) or (value and value not in held):
                continue   # the currency goes with its amount; a doubt about what was not read is no question
            part = Preferences(**{name: (value,)}) if value else Preferences(**{name: getattr(said, name)})
            if name in ("budget_max", "budget_min"):
                part = part.with_values(currency=said.currency or self.store.currency)
            sure = sure.remove(name, value or None)
            chips = chips_for(part, self.store.currency)
            if chips:
                pending.append(Clarify(chips[0], part))
        if (sure.budget_max is not None or sure.budget_min is not None) and sure.currency is None:
            if _is_chinese(text) and self.store.currency != "CNY":
                # "预算两千以内" at a store that prices in dollars: a Chinese speaker counts in yuan. Read it so,
                # and ask, so that "no" puts it in the store's currency.
                amounts = {k: getattr(sure, k) for k in ("budget_max", "budget_min") if getattr(sure, k) is not None}
                yuan = Preferences(currency="CNY", **amounts)
                pending.insert(0, Clarify(chips_for(yuan, self.store.currency)[0], yuan,
                                          otherwise=Preferences(currency=self.store.currency)))
                sure = sure.with_values(currency="CNY")
            else:
                sure = sure.with_values(currency=self.store.currency)
        return sure, tuple(pending)

    def _confirm(self, yes):
        if not isinstance(yes, bool):
            raise BadInput("Please answer yes or no.")
        state = self.state
        if not state.clarify:
            raise BadInput("There is nothing to confirm.")
        asking, rest = state.clarify[0], state.clarify[1:]
        prefs = state.prefs.merge(asking.prefs if yes else asking.otherwise)
        state = replace(state, prefs=prefs, clarify=rest)
        state = self._then(state, keep_current=True)
        return state, self._nothing_fits(state)

    def _remove(self, chip_id):
        chip = next((c for c in self.chips(self.state.prefs) if c.id == chip_id), None)
        if chip is None:
            raise BadInput("There is no “{chip}” to remove.", chip=str(chip_id)[:40])
        state = replace(self.state, prefs=self.state.prefs.remove(chip.field, chip.value), better_than=None)
        return self._then(state, keep_current=True), None

    def _critique(self, phone_id, kind):
        phone = self._known_phone(phone_id)
        if kind not in CRITIQUES:
            raise BadInput("“{kind}” is not a way to compare phones.", kind=str(kind)[:40])
        prefs = self.recommender.critique(self.state.prefs, phone_id, kind)
        state = replace(self.state, prefs=prefs, better_than=(phone_id, kind), finished=True, question=None)
        if self.recommender.count_better(prefs, phone_id, kind) == 0:
            raise BadInput("No phone that fits your other wishes is {better} than the {phone}.",
                           better=CRITIQUE_WORDS[kind], phone=phone_name(phone))
        return state, None

    def _relax(self, relaxation_id):
        offers = {o.id: o for o in (_offer(r) for r in self._rank(self.state).relaxations)}
        if relaxation_id not in offers:
            raise BadInput("That change is no longer offered.")
        state = replace(self.state, prefs=offers[relaxation_id].prefs, better_than=None)
        return self._then(state, keep_current=True), None

    def _keep(self, phone_id):
        self._known_phone(phone_id)
        kept = self.state.shortlist
        kept = tuple(p for p in kept if p != phone_id) if phone_id in kept else kept + (phone_id,)
        if len(kept) >= 2:
            self.recommender.record_choice(kept)
        return replace(self.state, shortlist=kept), None

    def _compare(self, phone_id):
        self._known_phone(phone_id)
        chosen = self.state.compare
        if phone_id in chosen:
            return replace(self.state, compare=tuple(p for p in chosen if p != phone_id)), None
        if len(chosen) >= MAX_COMPARE:
            raise BadInput("You can compare at most four phones. Take one out first.")
        return replace(self.state, compare=chosen + (phone_id,)), None

    def _known_phone(self, phone_id) -> dict:
        phone = self.phone(phone_id) if isinstance(phone_id, str) else None
        if phone is None:
            raise BadInput("There is no phone “{phone}” in the catalog.", phone=str(phone_id)[:40])
        return phone

    def _nothing_fits(self, state: Conversation) -> Note | None:
        if self.recommender.count(state.prefs) == 0:
            return Note("Nothing fits all of that. The nearest changes are below.")
        return None


# -- helpers ---------------------------------------------------------------------------------

def _question(question_id, currency: str) -> Question:
    if not isinstance(question_id, str) or question_id not in QUESTIONS:
        raise BadInput("There is no question “{question}”.", question=str(question_id)[:40])
    return question_named(question_id, currency)


def _is_amount(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    if isinstance(value, str):
        try:
            return math.isfinite(float(value))
        except ValueError:
            return False
    return False


def _plain_text(text) -> str:
    """The shopper's words as text, or BadInput saying why they cannot be read."""
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8", errors="replace")
    if not isinstance(text, str):
        raise BadInput("That is not text.")
    text = text.strip()
    if not text:
        raise BadInput("Type or say what you need, for example “a small phone with a good camera”.")
    if len(text) > MAX_TEXT:
        raise BadInput("That is too long for me: please say what you need in a few sentences "
                       "(at most {limit} characters).", limit=MAX_TEXT)
    readable = sum(1 for ch in text if ch.isprintable() and ch != "\ufffd")
    if readable < 0.8 * len(text):
        raise BadInput("That does not look like words I can read.")
    return text


def _is_chinese(text: str) -> bool:
    return any(unicodedata.name(ch, "").startswith("CJK UNIFIED") for ch in text)


def _complete(said: Preferences) -> bool:
    """One wish that names a budget and at least two other needs: nothing left worth asking."""
    if said.budget_max is None and said.budget_min is None:
        return False
    needs = [bool(said.os or said.brands_include or said.brands_exclude), bool(said.size),
             bool(said.priorities or said.use_cases), bool(said.require or said.exclude_features)]
    return sum(needs) >= 2


def _offer(relaxation: Relaxation) -> Offer:
    digest = hashlib.sha1(relaxation.prefs.to_json().encode("utf-8")).hexdigest()[:10]
    return Offer(f"relax-{digest}", relaxation.change, relaxation.count, relaxation.prefs)


def amount_text(amount: float, currency: str | None, store_currency: str) -> str:
    """"¥3,000", or "¥3,000 ≈ $412" when the store prices in another currency."""
    said = money_text(amount, currency or store_currency)
    if not currency or currency == store_currency:
        return said
    try:
        return f"{said} ≈ {money_text(from_usd(to_usd(amount, currency), store_currency), store_currency)}"
    except UnknownCurrency:
        return said


def chips_for(prefs: Preferences, store_currency: str) -> tuple[Chip, ...]:
    """Every removable chip of `prefs`, labels as text keys with their values."""
    chips = []
    if prefs.budget_max is not None:
        chips.append(Chip("budget_max", "budget_max", None, QT_TR_NOOP("Under {amount}"),
                          {"amount": amount_text(prefs.budget_max, prefs.currency, store_currency)}))
    if prefs.budget_min is not None:
        chips.append(Chip("budget_min", "budget_min", None, QT_TR_NOOP("From {amount}"),
                          {"amount": amount_text(prefs.budget_min, prefs.currency, store_currency)}))
    chips += [Chip(f"brands_include:{b}", "brands_include", b, "{brand}", {"brand": b}) for b in prefs.brands_include]
    chips += [Chip(f"brands_exclude:{b}", "brands_exclude", b, QT_TR_NOOP("No {brand}"), {"brand": b})
              for b in prefs.brands_exclude]
    if prefs.os:
        chips.append(Chip("os", "os", None,
                          QT_TR_NOOP("Android") if prefs.os == "android" else QT_TR_NOOP("iPhone (iOS)")))
    if prefs.size:
        chips.append(Chip("size", "size", None,
                          QT_TR_NOOP("Compact") if prefs.size == "compact" else QT_TR_NOOP("Large screen")))
    chips += [Chip(f"priorities:{a}", "priorities", a, "{aspect}", {"aspect": ASPECT_NAMES[a]})
              for a in prefs.priorities]
    chips += [Chip(f"deprioritized:{a}", "deprioritized", a, QT_TR_NOOP("Not important: {aspect}"),
                   {"aspect": ASPECT_NAMES[a]}) for a in prefs.deprioritized]
    chips += [Chip(f"require:{f}", "require", f, "{feature}", {"feature": FEATURE_NAMES[f]}) for f in prefs.require]
    chips += [Chip(f"exclude_features:{f}", "exclude_features", f, QT_TR_NOOP("No {feature}"),
                   {"feature": FEATURE_NAMES[f]}) for f in prefs.exclude_features]
    chips += [Chip(f"use_cases:{u}", "use_cases", u, "{use_case}", {"use_case": USE_CASE_NAMES[u]})
              for u in prefs.use_cases]
    if prefs.min_storage_gb:
        chips.append(Chip("min_storage_gb", "min_storage_gb", None, QT_TR_NOOP("At least {amount} GB storage"),
                          {"amount": str(prefs.min_storage_gb)}))
    if prefs.min_ram_gb:
        chips.append(Chip("min_ram_gb", "min_ram_gb", None, QT_TR_NOOP("At least {amount} GB RAM"),
                          {"amount": str(prefs.min_ram_gb)}))
    if prefs.min_year:
        chips.append(Chip("min_year", "min_year", None, QT_TR_NOOP("From {year}"), {"year": str(prefs.min_year)}))
    return tuple(chips)


__all__ = ["Session", "Snapshot", "Chip", "Clarify", "Offer", "Picks", "Note", "Conversation", "chips_for",
           "MAX_COMPARE", "PreferencesError"]
