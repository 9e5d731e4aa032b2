"""The Session: answers merge, chips come off, undo and reset work, critiques anchor."""

import pytest

from app.preferences import Preferences
from app.recommend import Recommender
from app.session import MAX_COMPARE, Session


@pytest.fixture(scope="module")
def session_recommender():
    return Recommender()


def test_answers_merge_and_undo(session_recommender):
    session = Session(session_recommender)
    session.answer(Preferences(budget_max=500), question="budget")
    session.answer(Preferences(priorities=("camera",)), text="great camera")
    assert session.prefs == Preferences(budget_max=500, priorities=("camera",))
    assert session.state.asked == ("budget",) and session.state.text == "great camera"
    assert session.undo() and session.prefs == Preferences(budget_max=500)
    session.remove("budget_max")
    assert session.prefs.is_empty()


def test_ranking_critique_and_next_question(session_recommender):
    session = Session(session_recommender)
    session.answer(Preferences(budget_max=800), question="budget")
    first = session.rank().results[0].phone
    session.critique(first["id"], "cheaper")
    cheaper = session.rank().results[0].phone
    assert cheaper["price_usd"] < first["price_usd"]
    assert session.next_question() != "budget"


def test_shortlist_compare_and_reset(session_recommender):
    session = Session(session_recommender)
    ids = [r.phone["id"] for r in session.rank(top=6).results]
    session.keep(ids[0])
    session.keep(ids[1])
    session.keep(ids[0])
    assert session.state.shortlist == (ids[1],)
    for phone_id in ids[:MAX_COMPARE]:
        assert session.toggle_compare(phone_id)
    assert not session.toggle_compare(ids[MAX_COMPARE])
    session.reset()
    assert session.state.shortlist == () and session.prefs.is_empty() and not session.can_undo()
