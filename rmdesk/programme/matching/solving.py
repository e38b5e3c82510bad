"""Solving: the optimal set of pairs within everyone's places, as a bipartite b-matching.

Each mentor ``i`` may take ``row_slots[i]`` partners, each mentee ``j``
``col_slots[j]``, and the same two people are paired at most once.  The proposal
pairs *as many people as the rules allow* and, among all such proposals, has the
*highest total score*: every eligible cell is worth its score plus a ``bonus``
larger than any total of scores, so one more pair beats any gain in scores.

Two exact ways, chosen by the cohort:

- **One place on either side of every eligible combination** (the usual case, and
  whenever only one side has spare places): two people can meet at most once
  anyway, so the assignment of places (a person appears once per place) *is* the
  b-matching; ``scipy.optimize.linear_sum_assignment`` solves it densely.
- **Spare places on both sides**: the places of a combination whose two people
  both have several are joined through a gadget (a row and a column of its own,
  below) that lets the combination be used once at most, and the assignment is
  solved sparsely (``scipy.sparse.csgraph.min_weight_full_bipartite_matching``)
  over each person's best candidates only.  The result is then *proved* optimal
  for the whole cohort: as a flow (source -> mentor -> mentee -> sink), a proposal
  is optimal exactly when its residual graph has no negative cycle; the
  shortest-path distances over the candidates' residual graph (Bellman-Ford,
  vectorised) are potentials that every candidate arc keeps, so if every other
  eligible combination keeps them too, no cycle anywhere can be negative.  A
  combination that does not is added to the candidates and the sparse problem
  solved again (column generation): the answer is exact, not a heuristic.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy.optimize import linear_sum_assignment
from scipy.sparse import coo_array, csr_array
from scipy.sparse.csgraph import maximum_bipartite_matching, min_weight_full_bipartite_matching

from rmdesk.programme.matching.scoring import BoolMatrix, FloatMatrix

Slots = npt.NDArray[np.int64]
CANDIDATES = 8  # best combinations per person in the sparse problem (more join if needed)
_TOLERANCE = 1e-6  # far below a score's one-decimal rounding, far above float noise
_MARGIN = 3.0  # score points: how near to breaking the potentials a combination joins


def solve(
    scores: FloatMatrix, eligible: BoolMatrix, row_slots: Slots, col_slots: Slots
) -> list[tuple[int, int]]:
    """Optimal (row, col) pairs, sorted: most pairs first, then the highest total score.

    ``row_slots``/``col_slots`` give each mentor's and mentee's free places (0: none).
    """
    rs = np.asarray(row_slots, dtype=np.int64)
    cs = np.asarray(col_slots, dtype=np.int64)
    ok = eligible & (rs > 0)[:, None] & (cs > 0)[None, :]
    if not ok.any():
        return []
    bonus = 100.0 * (min(int(rs.sum()), int(cs.sum())) + 1)
    if ok[np.ix_(rs > 1, cs > 1)].any():
        chosen = _b_matching(scores, ok, rs, cs, bonus)
    else:
        chosen = _places(scores, ok, rs, cs, bonus)
    return sorted(chosen)


def _places(
    scores: FloatMatrix, ok: BoolMatrix, rs: Slots, cs: Slots, bonus: float
) -> list[tuple[int, int]]:
    """The dense assignment of places, exact when no combination has spare places on both
    sides (ineligible cells lose ``bonus``: as many cells are assigned whatever the
    choice, so only differences count)."""
    row_of = np.repeat(np.arange(len(rs)), rs)
    col_of = np.repeat(np.arange(len(cs)), cs)
    grid = np.ix_(row_of, col_of)
    good = ok[grid]
    r, c = linear_sum_assignment(np.where(good, scores[grid], -bonus), maximize=True)
    keep = good[r, c]
    return list(zip(row_of[r[keep]].tolist(), col_of[c[keep]].tolist(), strict=True))


def _best(values: FloatMatrix, allowed: BoolMatrix, k: int, *, columns: bool = True) -> BoolMatrix:
    """The ``k`` largest allowed cells of every row and (``columns``) of every column."""
    masked = np.where(allowed, values, -np.inf)
    found = np.zeros(values.shape, dtype=bool)
    n_rows, n_cols = values.shape
    kr, kc = min(k, n_cols), min(k, n_rows)
    found[np.arange(n_rows)[:, None], np.argpartition(-masked, kr - 1, axis=1)[:, :kr]] = True
    if columns:
        found[np.argpartition(-masked, kc - 1, axis=0)[:kc], np.arange(n_cols)[None, :]] = True
    return found & allowed


def _b_matching(
    scores: FloatMatrix, ok: BoolMatrix, rs: Slots, cs: Slots, bonus: float
) -> list[tuple[int, int]]:
    """Column generation over the best candidates, each round proved or improved."""
    worth = np.where(ok, scores + bonus, 0.0)
    candidates = _first_candidates(worth, ok)
    while True:
        chosen = _sparse_assignment(worth, candidates, rs, cs, bonus)
        here, there = _potentials(worth, candidates, chosen, rs, cs)
        # A residual arc mentor -> mentee costs -worth: it breaks the potentials when
        # here[i] - worth[i, j] < there[j]; those within _MARGIN of it join too, since
        # the next round's potentials will have moved.
        slack = here[:, None] - worth - there[None, :]
        if not (ok & ~candidates & (slack < -_TOLERANCE)).any():
            return chosen
        near = ok & ~candidates & (slack < _MARGIN)
        if near.sum() <= CANDIDATES * sum(near.shape):
            candidates |= near  # few: all of them, without sorting the whole matrix
        else:
            candidates |= _best(-slack, near, CANDIDATES)


def _first_candidates(worth: FloatMatrix, ok: BoolMatrix) -> BoolMatrix:
    """Each person's best partners; each mentor's best against what their mentees'
    other admirers offer (the ``CANDIDATES``-th best score of the column), which spreads
    a popular mentee's admirers; and a maximum matching, so the first round pairs
    about as many people as can be paired."""
    candidates = _best(worth, ok, CANDIDATES)
    masked = np.where(ok, worth, -np.inf)
    k = min(CANDIDATES, worth.shape[0])
    price = -np.partition(-masked, k - 1, axis=0)[k - 1]
    against = worth - np.where(np.isfinite(price), price, 0.0)[None, :]
    # A column's order is the same against its own price: only the rows' best are new.
    candidates |= _best(against, ok, CANDIDATES, columns=False)
    cols_of = maximum_bipartite_matching(csr_array(ok), perm_type="column")
    matched = np.nonzero(cols_of >= 0)[0]
    candidates[matched, cols_of[matched]] = True
    return candidates


def _sparse_assignment(
    worth: FloatMatrix, candidates: BoolMatrix, rs: Slots, cs: Slots, bonus: float
) -> list[tuple[int, int]]:
    """The optimal b-matching over the candidate combinations.

    Rows are mentors' places, then one gadget row ``v`` per combination whose two
    people both have several places; columns are mentees' places, then the gadget
    columns ``u``, then one "unpaired" column per mentor place.  Every row is
    matched (a full matching), so a gadget is either ``v-u`` (not paired) or a
    mentor place on ``u`` and ``v`` on a mentee place (paired once): a ``huge``
    reward on the gadget cells makes any other use of them a loss.  Every row takes
    exactly one cell, so adding 1 to every weight changes nothing but keeps zeros
    (unpaired) as stored edges.
    """
    n_rows, n_cols = worth.shape
    row_base = np.concatenate(([0], np.cumsum(rs)))
    col_base = np.concatenate(([0], np.cumsum(cs)))
    places_r, places_c = int(row_base[-1]), int(col_base[-1])
    i, j = np.nonzero(candidates)
    both = (rs[i] > 1) & (cs[j] > 1)
    gi, gj = i[both], j[both]
    n_gadgets = len(gi)
    huge = float(worth.max()) * (places_r + n_gadgets + 1) + 1.0
    rows: list[npt.NDArray[np.int64]] = []
    cols: list[npt.NDArray[np.int64]] = []
    values: list[npt.NDArray[np.float64]] = []

    def add(r: npt.ArrayLike, c: npt.ArrayLike, v: npt.ArrayLike) -> None:
        r, c = np.broadcast_arrays(np.asarray(r), np.asarray(c))
        rows.append(r.ravel())
        cols.append(c.ravel())
        values.append(np.broadcast_to(np.asarray(v, dtype=np.float64), r.shape).ravel())

    plain_i, plain_j = i[~both], j[~both]
    for a in range(int(rs.max())):  # place a of each mentor with place b of each mentee
        for b in range(int(cs.max())):
            use = (rs[plain_i] > a) & (cs[plain_j] > b)
            pi, pj = plain_i[use], plain_j[use]
            add(row_base[pi] + a, col_base[pj] + b, worth[pi, pj])
    gadget = np.arange(n_gadgets)
    for a in range(int(rs.max())):
        use = rs[gi] > a
        add(row_base[gi[use]] + a, places_c + gadget[use], worth[gi[use], gj[use]] + huge)
    for b in range(int(cs.max())):
        use = cs[gj] > b
        add(places_r + gadget[use], col_base[gj[use]] + b, huge)
    add(places_r + gadget, places_c + gadget, 2 * huge)
    unpaired = np.arange(places_r)
    add(unpaired, places_c + n_gadgets + unpaired, 0.0)
    graph = coo_array(
        (np.concatenate(values) + 1.0, (np.concatenate(rows), np.concatenate(cols))),
        shape=(places_r + n_gadgets, places_c + n_gadgets + places_r),
    ).tocsr()
    matched_r, matched_c = min_weight_full_bipartite_matching(graph, maximize=True)
    mentor_of = np.repeat(np.arange(n_rows), rs)
    mentee_of = np.repeat(np.arange(n_cols), cs)
    chosen: list[tuple[int, int]] = []
    for r, c in zip(matched_r.tolist(), matched_c.tolist(), strict=True):
        if r >= places_r:
            continue
        if c < places_c:
            chosen.append((int(mentor_of[r]), int(mentee_of[c])))
        elif c < places_c + n_gadgets:
            chosen.append((int(gi[c - places_c]), int(gj[c - places_c])))
    return chosen


def _potentials(
    worth: FloatMatrix,
    candidates: BoolMatrix,
    chosen: list[tuple[int, int]],
    rs: Slots,
    cs: Slots,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Shortest distances (from a root joined to every node) in the residual graph of
    the candidates' flow: source 0, mentors, mentees, sink; returns those of the
    mentors and of the mentees.  Raises if the proposal was not optimal over the
    candidates (a negative cycle: cannot happen after an exact solve)."""
    n_rows, n_cols = worth.shape
    source, sink = 0, 1 + n_rows + n_cols
    mentor = 1 + np.arange(n_rows)
    mentee = 1 + n_rows + np.arange(n_cols)
    taken = np.zeros(worth.shape, dtype=bool)
    if chosen:
        taken[tuple(np.array(chosen).T)] = True
    load_r, load_c = taken.sum(axis=1), taken.sum(axis=0)
    free_i, free_j = np.nonzero(candidates & ~taken)
    used_i, used_j = np.nonzero(taken)
    parts = [
        (mentor[free_i], mentee[free_j], -worth[free_i, free_j]),
        (mentee[used_j], mentor[used_i], worth[used_i, used_j]),
        (np.full((load_r < rs).sum(), source), mentor[load_r < rs], 0.0),
        (mentor[load_r > 0], np.full((load_r > 0).sum(), source), 0.0),
        (mentee[load_c < cs], np.full((load_c < cs).sum(), sink), 0.0),
        (np.full((load_c > 0).sum(), sink), mentee[load_c > 0], 0.0),
        (np.array([sink]), np.array([source]), 0.0),
    ]
    if chosen:
        parts.append((np.array([source]), np.array([sink]), 0.0))
    tail = np.concatenate([np.broadcast_to(t, np.shape(h)) for t, h, _ in parts]).astype(np.intp)
    head = np.concatenate([h for _, h, _ in parts]).astype(np.intp)
    cost = np.concatenate([np.broadcast_to(np.asarray(c, float), np.shape(h)) for _, h, c in parts])
    distance = np.zeros(sink + 1)
    for _ in range(sink + 2):
        relaxed = distance.copy()
        np.minimum.at(relaxed, head, distance[tail] + cost)
        if not (relaxed < distance - _TOLERANCE).any():
            return distance[mentor], distance[mentee]
        distance = relaxed
    raise ArithmeticError("the proposal over the candidates was not optimal")  # pragma: no cover
