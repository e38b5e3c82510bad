"""Pairs: who mentors whom in a cycle, and the rules every pairing must keep.

The rules live here, not in dialogs, so the Pairs tab, automatic matching and
the command line refuse the same pairs with the same words:

* the mentor has the mentor role and the mentee the mentee role;
* nobody archived is paired;
* a closed cycle takes no new pairs;
* two people in the same reporting line (one is the other's manager, directly
  or higher up) are never paired;
* the same two people have at most one open pair in a cycle;
* each person has at most ``capacity`` open (proposed or active) pairs per cycle.

A pair runs proposed -> active -> completed, or ends early (with a reason) from
proposed or active; an ended pair no longer counts against anyone's capacity.
Every refusal is a RuleError naming the rule and the people; nothing is written.

One job a module: ``rules.py`` the rules and their words, ``reading.py`` the rows
lists show, ``lifecycle.py`` every move of a pair, ``history.py`` the steps each move
records, ``detail.py`` everything about one pair for its detail view.
"""

from __future__ import annotations

from rmdesk.programme.pairs.detail import AssessmentDone, FitAnswer, PairDetail, pair_detail
from rmdesk.programme.pairs.history import PairEvent, pair_history
from rmdesk.programme.pairs.lifecycle import (
    activate_pair,
    complete_pair,
    create_pair,
    create_pairs,
    discard_proposal,
    discard_proposals,
    end_pair_early,
    publish,
    publish_warning,
    replace_mentor,
    set_agreement_signed,
    start_day,
)
from rmdesk.programme.pairs.reading import PairRow, Unpaired, get_pair, list_pairs, unpaired
from rmdesk.programme.pairs.rules import (
    NOT_IN_PAIR,
    OPEN_STATUSES,
    SAME_PERSON,
    check_pair,
    end_date_problem,
    role_in_pair,
    role_problem,
    same_person_problem,
)

__all__ = [
    "NOT_IN_PAIR",
    "OPEN_STATUSES",
    "SAME_PERSON",
    "AssessmentDone",
    "FitAnswer",
    "PairDetail",
    "PairEvent",
    "PairRow",
    "Unpaired",
    "activate_pair",
    "check_pair",
    "complete_pair",
    "create_pair",
    "create_pairs",
    "discard_proposal",
    "discard_proposals",
    "end_date_problem",
    "end_pair_early",
    "get_pair",
    "list_pairs",
    "pair_detail",
    "pair_history",
    "publish",
    "publish_warning",
    "replace_mentor",
    "role_in_pair",
    "role_problem",
    "same_person_problem",
    "set_agreement_signed",
    "start_day",
    "unpaired",
]
