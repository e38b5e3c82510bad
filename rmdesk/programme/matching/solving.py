"""Solving: the optimal set of pairs within everyone's places, as a bipartite b-matching.

Each mentor ``i`` may take ``row_slots[i]`` partners, each mentee ``j``
``col_slots[j]``, and the same two people are paired at most once.  The proposal
pairs *as many people as the rules allow* and, among all such proposals, has the
*highest total score*: every eligible cell is worth its score plus a ``bonus``
larger than any total of scores, so one more pair beats any gain in scores.

Two exact ways, chosen by the cohort:

- **Small cohorts with one place on either side of every eligible combination**:
  two people can meet at most once anyway, so the assignment of places (a person
  appears once per place) *is* the b-matching; ``scipy.optimize.linear_sum_assignment``
  solves it densely (up to ``DENSE_CELLS`` places x places, where it is the faster).
- **Spare places on both sides, or a big cohort**: the places of a combination whose
  two people both have several are joined through a gadget (a row and a column of
  its own, below) that lets the combination be used once at most, and the
  assignment is solved sparsely (``scipy.sparse.csgraph.min_weight_full_bipartite_matching``)
  over each person's best candidates only: best against prices that a few
  vectorised auction rounds give each side, so a popular person's admirers spread
  out and the first guess is nearly right.  The result is then *proved* optimal
  for the whole cohort: as a flow (source -> mentor -> mentee -> sink), a proposal
  is optimal exactly when its residual graph has no negative cycle; the
  shortest-path distances over the candidates' residual graph (Bellman-Ford,
  vectorised) are potentials that every candidate arc keeps, so if every other
  eligible combination keeps them too, no cycle anywhere can be negative.  A
  combination that does not is added to the candidates and the sparse problem
  solved again (column generation): the answer is exact, not a heuristic.
  (``scipy.optimize.linprog`` with HiGHS solves the same LP, integral here, but
  took 1.7 s on the candidates of 2,000 x 2,000 against 0.2 s for this.)
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy.optimize import linear_sum_assignment
from scipy.sparse import coo_array
from scipy.sparse.csgraph import min_weight_full_bipartite_matching

from rmdesk.programme.matching.scoring import BoolMatrix, FloatMatrix

Slots = npt.NDArray[np.int64]
CANDIDATES = 8  # best combinations per person in the sparse problem (more join if needed)
_TOLERANCE = 1e-6  # far below a score's one-decimal rounding, far above float noise
_MARGIN = 3.0  # score points: how near to breaking the potentials a combination joins
PRICE_ROUNDS = 5  # rounds of prices before the first candidates are chosen
DENSE_CELLS = 250_000  # places x places up to which the dense assignment is the faster


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
    if ok[np.ix_(rs > 1, cs > 1)].any() or int(rs.sum()) * int(cs.sum()) > DENSE_CELLS:
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


def _kth_of_rows(values: npt.NDArray[np.floating], k: int) -> npt.NDArray[np.floating]:
    """The ``k``-th largest value of every row, partitioning ``values`` in place (0 where a
    row has fewer than ``k`` allowed cells, -inf)."""
    at = values.shape[1] - k
    values.partition(at, axis=1)
    kth = values[:, at].copy()
    kth[~np.isfinite(kth)] = 0.0
    return kth


def _top_of_rows(values: npt.NDArray[np.floating], k: int) -> npt.NDArray[np.intp]:
    """Column indices of the ``k`` largest values of every row (any order)."""
    at = values.shape[1] - k
    return np.argpartition(values, at, axis=1)[:, at:]


def _best(values: npt.NDArray[np.floating], k: int) -> BoolMatrix:
    """The ``k`` largest cells of every row and of every column (-inf: never)."""
    n_rows, n_cols = values.shape
    found = np.zeros(values.shape, dtype=bool)
    found[np.arange(n_rows)[:, None], _top_of_rows(values, min(k, n_cols))] = True
    by_column = np.ascontiguousarray(values.T)  # rows of a C array partition fastest
    found[_top_of_rows(by_column, min(k, n_rows)), np.arange(n_cols)[:, None]] = True
    return found & np.isfinite(values)


def _b_matching(
    scores: FloatMatrix, ok: BoolMatrix, rs: Slots, cs: Slots, bonus: float
) -> list[tuple[int, int]]:
    """Column generation over the best candidates, each round proved or improved."""
    worth = np.where(ok, scores + bonus, -np.inf)  # -inf: not allowed, never a candidate
    candidates = _first_candidates(worth)
    slack = np.empty_like(worth)
    while True:
        chosen = _sparse_assignment(worth, candidates, rs, cs)
        here, there = _potentials(worth, candidates, chosen, rs, cs)
        # A residual arc mentor -> mentee costs -worth: it breaks the potentials when
        # here[i] - worth[i, j] < there[j]; those within _MARGIN of it join too, since
        # the next round's potentials will have moved.  (Not allowed: +inf.)
        np.subtract(here[:, None], worth, out=slack)
        slack -= there[None, :]
        slack[candidates] = np.inf
        if not (slack < -_TOLERANCE).any():
            return chosen
        near = slack < _MARGIN
        if near.sum() <= CANDIDATES * sum(near.shape):
            candidates |= near  # few: all of them, without sorting the whole matrix
        else:
            np.negative(slack, out=slack)
            slack[~near] = -np.inf
            candidates |= _best(slack, CANDIDATES)


def _first_candidates(worth: FloatMatrix) -> BoolMatrix:
    """Each person's best partners against the competition for them.

    A popular mentee's admirers cannot all have them, and an unpopular one would be
    left with nobody: so each side gets a price (a few rounds of "what the
    ``CANDIDATES``-th best admirer offers", alternately for mentees and mentors, an
    auction's first bids), and each person's best candidates are those that beat
    the prices by the most.  Only a first guess: the rounds that follow prove it or
    add what it missed.
    """
    n_rows, n_cols = worth.shape
    worth = (worth - worth[np.isfinite(worth)].max(initial=0.0)).astype(np.float32)
    by_column = np.ascontiguousarray(worth.T)  # single precision: a guess, twice as fast
    reduced = np.empty_like(worth)
    reduced_t = np.empty_like(by_column)
    row_price = np.zeros(n_rows, dtype=np.float32)
    col_price = np.zeros(n_cols, dtype=np.float32)
    for _ in range(PRICE_ROUNDS):
        np.subtract(by_column, row_price[None, :], out=reduced_t)
        col_price = _kth_of_rows(reduced_t, min(CANDIDATES, n_rows))
        np.subtract(worth, col_price[None, :], out=reduced)
        row_price = _kth_of_rows(reduced, min(CANDIDATES, n_cols))
    np.subtract(worth, col_price[None, :], out=reduced)
    reduced -= row_price[:, None]
    return _best(reduced, CANDIDATES)


def _sparse_assignment(
    worth: FloatMatrix, candidates: BoolMatrix, rs: Slots, cs: Slots
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

    The graph is never square: scipy's square-only start (its reductions) was
    faster on 1,000 x 1,000 but looped forever on a 14 x 14 graph with tied
    weights, in scipy 1.17, so the unpaired columns stay even when nobody needs one.
    """
    n_rows, n_cols = worth.shape
    row_base = np.concatenate(([0], np.cumsum(rs)))
    col_base = np.concatenate(([0], np.cumsum(cs)))
    places_r, places_c = int(row_base[-1]), int(col_base[-1])
    i, j = np.nonzero(candidates)
    both = (rs[i] > 1) & (cs[j] > 1)
    gi, gj = i[both], j[both]
    n_gadgets = len(gi)
    huge = float(worth[i, j].max()) * (places_r + n_gadgets + 1) + 1.0
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
    used_i, used_j = np.array(chosen, dtype=np.intp).reshape(-1, 2).T  # pairs: distinct
    load_r = np.bincount(used_i, minlength=n_rows)
    load_c = np.bincount(used_j, minlength=n_cols)
    cand_i, cand_j = np.nonzero(candidates)  # the chosen are candidates: only they are used
    taken = np.zeros(worth.shape, dtype=bool)
    taken[used_i, used_j] = True
    free = ~taken[cand_i, cand_j]
    free_i, free_j = cand_i[free], cand_j[free]
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
