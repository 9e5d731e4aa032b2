"""The shopper's conversation: what was said, what it adds up to, and what to show.

Plain Python and no widgets: the GUI sends events here (an answer, a removed
chip, a critique, a relaxation taken, a phone kept) and paints what it reads
back. Every change keeps the previous state so "Back" can undo it, and `reset`
forgets everything (the kiosk does it after a shopper walks away).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.preferences import Preferences
from app.recommend import Recommender, Results

MAX_COMPARE = 4


@dataclass(frozen=True)
class State:
    prefs: Preferences = field(default_factory=Preferences)
    text: str = ""                                     # the shopper's own words so far, for semantic matching
    asked: tuple[str, ...] = ()                        # questions answered or skipped
    better_than: tuple[str, str] | None = None         # the last critique: (phone id, kind)
    shortlist: tuple[str, ...] = ()
    compare: tuple[str, ...] = ()


class Session:
    def __init__(self, recommender: Recommender):
        self.recommender = recommender
        self.state = State()
        self._history: list[State] = []
        self.results: Results | None = None

    # -- reading it ----------------------------------------------------------------

    @property
    def prefs(self) -> Preferences:
        return self.state.prefs

    def rank(self, top: int = 6) -> Results:
        """Rank for the current state (fast: milliseconds); the result is kept in `results`."""
        s = self.state
        self.results = self.recommender.recommend(s.prefs, text=s.text, top=top, liked=s.shortlist,
                                                  better_than=s.better_than)
        return self.results

    def next_question(self) -> str | None:
        """The recommender's next question, never one already asked or skipped."""
        results = self.results or self.rank()
        question = results.next_question
        return None if question in self.state.asked else question

    def can_undo(self) -> bool:
        return bool(self._history)

    # -- changing it ---------------------------------------------------------------

    def _change(self, **changes) -> None:
        self._history.append(self.state)
        self.state = replace(self.state, **changes)
        self.results = None

    def answer(self, prefs: Preferences, text: str = "", question: str | None = None) -> None:
        """A new answer: later answers win; the text joins what was said before."""
        said = (self.state.text + " " + text).strip() if text else self.state.text
        asked = self.state.asked + ((question,) if question and question not in self.state.asked else ())
        self._change(prefs=self.state.prefs.merge(prefs), text=said[-2000:], asked=asked, better_than=None)

    def skip(self, question: str) -> None:
        if question not in self.state.asked:
            self._change(asked=self.state.asked + (question,))

    def remove(self, field_name: str, value=None) -> None:
        """A removed chip."""
        self._change(prefs=self.state.prefs.remove(field_name, value), better_than=None)

    def critique(self, phone_id: str, kind: str) -> None:
        prefs = self.recommender.critique(self.state.prefs, phone_id, kind)
        self._change(prefs=prefs, better_than=(phone_id, kind))

    def relax(self, prefs: Preferences) -> None:
        self._change(prefs=prefs, better_than=None)

    def keep(self, phone_id: str) -> None:
        """Put a phone on the shortlist (or take it off)."""
        kept = self.state.shortlist
        kept = tuple(p for p in kept if p != phone_id) if phone_id in kept else kept + (phone_id,)
        self._change(shortlist=kept)
        if len(kept) >= 2:
            self.recommender.record_choice(kept)

    def toggle_compare(self, phone_id: str) -> bool:
        """Add a phone to the comparison (at most four) or take it out; False if it is full."""
        chosen = self.state.compare
        if phone_id in chosen:
            self._change(compare=tuple(p for p in chosen if p != phone_id))
            return True
        if len(chosen) >= MAX_COMPARE:
            return False
        self._change(compare=chosen + (phone_id,))
        return True

    def undo(self) -> bool:
        if not self._history:
            return False
        self.state = self._history.pop()
        self.results = None
        return True

    def reset(self) -> None:
        """Forget the shopper entirely."""
        self.state = State()
        self._history.clear()
        self.results = None

    def phone(self, phone_id: str) -> dict | None:
        arrays = self.recommender.arrays
        i = arrays.index.get(phone_id)
        return None if i is None else arrays.phones[i]
