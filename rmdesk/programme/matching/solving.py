"""Solving: one optimal assignment of capacity slots, and which combinations to limit.

``_assign`` runs ``scipy.optimize.linear_sum_assignment`` once over the slots (a
person with several free slots appears once per slot).  When both people of a
combination have several slots, the assignment could pair them twice: such a
combination can be limited to one use by a gadget row and column.
``_likely_repeats`` picks the combinations worth limiting before the first
round, ``_blocking`` those to limit after a round that repeated one.  The rounds
themselves are ``_solve`` in the package (``matching/__init__.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from scipy.optimize import linear_sum_assignment

from rmdesk.programme.matching.scoring import BoolMatrix, FloatMatrix

_MUTUAL_TOP = 3  # see _likely_repeats


def _blocking(
    scores: FloatMatrix,
    eligible: BoolMatrix,
    rows: npt.NDArray[np.intp],
    cols: npt.NDArray[np.intp],
    row_slots: npt.NDArray[np.int64],
    col_slots: npt.NDArray[np.int64],
    counts: Counter[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The repeated combinations, and every combination of two people with several slots
    who score at least as well together as with their weakest partner in ``counts``:
    the ones the next round could repeat."""
    worst = np.full(scores.shape[0], np.inf), np.full(scores.shape[1], np.inf)
    for (row, col), _ in counts.items():
        worst[0][row] = min(worst[0][row], scores[row, col])
        worst[1][col] = min(worst[1][col], scores[row, col])
    many_rows, many_cols = rows[row_slots > 1], cols[col_slots > 1]
    grid = np.ix_(many_rows, many_cols)
    sub = scores[grid]
    i, j = np.nonzero(
        eligible[grid] & (sub >= worst[0][many_rows, None]) & (sub >= worst[1][None, many_cols])
    )
    found = set(zip(many_rows[i].tolist(), many_cols[j].tolist(), strict=True))
    return sorted(found | {pair for pair, times in counts.items() if times > 1})


def _likely_repeats(
    scores: FloatMatrix,
    eligible: BoolMatrix,
    rows: npt.NDArray[np.intp],
    cols: npt.NDArray[np.intp],
    row_slots: npt.NDArray[np.int64],
    col_slots: npt.NDArray[np.int64],
) -> list[tuple[int, int]]:
    """Combinations of two people with several slots who are among each other's best.

    Limiting them to one use from the start (always valid: it is a real rule)
    saves rounds of ``_solve``; the others are limited only if they repeat.
    """
    many_rows, many_cols = rows[row_slots > 1], cols[col_slots > 1]
    if not len(many_rows) or not len(many_cols):
        return []
    sub = np.where(
        eligible[np.ix_(many_rows, many_cols)], scores[np.ix_(many_rows, many_cols)], -1.0
    )
    top = np.zeros(sub.shape, dtype=bool)
    k = min(_MUTUAL_TOP, sub.shape[1])
    top[np.arange(sub.shape[0])[:, None], np.argpartition(-sub, k - 1, axis=1)[:, :k]] = True
    mutual = np.zeros(sub.shape, dtype=bool)
    k = min(_MUTUAL_TOP, sub.shape[0])
    mutual[np.argpartition(-sub, k - 1, axis=0)[:k], np.arange(sub.shape[1])[None, :]] = True
    i, j = np.nonzero(top & mutual & (sub >= 0))
    return list(zip(many_rows[i].tolist(), many_cols[j].tolist(), strict=True))


def _assign(
    values: FloatMatrix,
    ok: BoolMatrix,
    row_of: npt.NDArray[np.intp],
    col_of: npt.NDArray[np.intp],
    bonus: float,
    once: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """One optimal assignment of slots; the ``once`` combinations at most once each.

    Without ``once``: eligible cells hold their score, the others lose ``bonus``
    (as many cells are assigned whatever the choice, so only differences count).
    With it, each such (mentor, mentee) gets a gadget row ``v`` and column ``u``:
    either ``v-u`` (not paired) or a mentor slot on ``u`` and ``v`` on a mentee
    slot (paired, once); a ``huge`` reward on the gadget cells makes any other use
    of them a loss, and the direct cells of the combination count as no pair.
    """
    if not once:
        cost = np.where(ok, values, -bonus)
        r, c = linear_sum_assignment(cost, maximize=True)
        keep = ok[r, c]
        return list(zip(row_of[r[keep]].tolist(), col_of[c[keep]].tolist(), strict=True))
    n_rows, n_cols = values.shape
    extra = len(once)
    huge = (min(n_rows, n_cols) + 1) * (100.0 + bonus) + 1.0
    cost = np.full((n_rows + extra, n_cols + extra), -np.inf)
    real = ok.copy()
    cost[:n_rows, :n_cols] = np.where(ok, values + bonus, 0.0)
    for k, (row, col) in enumerate(once):
        mine, theirs = np.nonzero(row_of == row)[0], np.nonzero(col_of == col)[0]
        score = values[mine[0], theirs[0]]
        cost[mine[:, None], theirs[None, :]] = 0.0
        real[mine[:, None], theirs[None, :]] = False
        cost[mine, n_cols + k] = score + bonus + huge
        cost[n_rows + k, theirs] = huge
        cost[n_rows + k, n_cols + k] = 2 * huge
    r, c = linear_sum_assignment(cost, maximize=True)
    chosen = []
    for i, j in zip(r.tolist(), c.tolist(), strict=True):
        if i < n_rows and j < n_cols and real[i, j]:
            chosen.append((int(row_of[i]), int(col_of[j])))
        elif i < n_rows and j >= n_cols:
            chosen.append(once[j - n_cols])
    return chosen
