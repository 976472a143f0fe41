"""Agreement of the statistics core with SciPy / statsmodels / scikit-learn references."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.stats import binomtest
from scipy.stats import t as student
from sklearn.metrics import f1_score, roc_auc_score
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint

from recours.evidence.stats import Direction, holm, verdicts
from recours.evidence.stats.auc import assess_auc, delong
from recours.evidence.stats.confusion import assess, metric, resample
from recours.evidence.stats.means import Moments, RatioMoments, assess_mean, assess_ratio
from recours.evidence.stats.power import cases_for_mean, cases_for_proportion
from recours.evidence.stats.proportion import clopper_pearson, exact_pvalues, wilson
from recours.evidence.stats.quantile import assess_quantile, quantile_interval
from recours.evidence.stats.verdict import VerdictValue

CASES = [(0, 10), (1, 10), (5, 10), (10, 10), (37, 50), (450, 500), (999, 1000), (3, 7)]


@pytest.mark.parametrize(("k", "n"), CASES)
@pytest.mark.parametrize("level", [0.9, 0.95, 0.99])
def test_clopper_pearson_and_wilson_match_statsmodels(k: int, n: int, level: float) -> None:
    ref_cp = proportion_confint(k, n, alpha=1 - level, method="beta")
    ref_w = proportion_confint(k, n, alpha=1 - level, method="wilson")
    assert clopper_pearson(k, n, level) == pytest.approx(ref_cp, abs=1e-10)
    assert wilson(k, n, level) == pytest.approx(ref_w, abs=1e-10)


@pytest.mark.parametrize(("k", "n"), CASES)
def test_exact_pvalues_match_scipy_binomtest(k: int, n: int) -> None:
    p_b, p_c = exact_pvalues(k, n, 0.8, Direction.HIGHER)
    assert p_b == pytest.approx(binomtest(k, n, 0.8, alternative="less").pvalue)
    assert p_c == pytest.approx(binomtest(k, n, 0.8, alternative="greater").pvalue)
    p_b2, p_c2 = exact_pvalues(k, n, 0.8, Direction.LOWER)
    assert (p_b2, p_c2) == (p_c, p_b)


def test_invalid_proportion_is_refused() -> None:
    with pytest.raises(ValueError):
        clopper_pearson(5, 3)


def _naive_delong(y: np.ndarray, s: np.ndarray) -> tuple[float, float]:
    pos, neg = s[y == 1], s[y == 0]
    psi = (pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])
    v10, v01 = psi.mean(1), psi.mean(0)
    auc = psi.mean()
    var = v10.var(ddof=1) / len(pos) + v01.var(ddof=1) / len(neg)
    return float(auc), float(np.sqrt(var))


def test_delong_from_counts_matches_row_level_delong_with_ties() -> None:
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 400)
    s = np.round(rng.normal(y * 0.8, 1.0) / 4, 1)   # heavy ties
    values, inv = np.unique(s, return_inverse=True)
    pos = np.bincount(inv, weights=y, minlength=values.size).astype(np.int64)
    neg = np.bincount(inv, weights=1 - y, minlength=values.size).astype(np.int64)
    auc, se = delong(pos, neg)
    ref_auc, ref_se = _naive_delong(y, s)
    assert auc == pytest.approx(roc_auc_score(y, s), abs=1e-12)
    assert auc == pytest.approx(ref_auc, abs=1e-12)
    assert se == pytest.approx(ref_se, rel=1e-9)
    est = assess_auc(pos, neg, 0.5, Direction.HIGHER, 0.95)
    assert est.lower is not None and est.upper is not None
    assert est.lower < auc < est.upper


def test_confusion_metrics_match_sklearn_and_resampling_matches_rows() -> None:
    rng = np.random.default_rng(2)
    y = rng.integers(0, 2, 2000)
    pred = np.where(rng.random(2000) < 0.8, y, 1 - y)
    cm = np.zeros((2, 2), dtype=np.int64)
    np.add.at(cm, (y, pred), 1)
    assert float(metric("f1", cm, 1)) == pytest.approx(f1_score(y, pred))
    draws = metric("f1", resample(cm, 4000, np.random.default_rng(3)), 1)
    rows = []
    r = np.random.default_rng(4)
    for _ in range(600):
        i = r.integers(0, 2000, 2000)
        rows.append(f1_score(y[i], pred[i]))
    assert draws.std() == pytest.approx(np.std(rows), rel=0.12)
    assert draws.mean() == pytest.approx(np.mean(rows), abs=0.003)


def test_multiclass_macro_recall_equals_balanced_accuracy() -> None:
    cm = np.array([[50, 3, 2], [4, 40, 6], [1, 2, 30]], dtype=np.int64)
    recalls = np.diag(cm) / cm.sum(1)
    assert float(metric("balanced_accuracy", cm, None)) == pytest.approx(recalls.mean())
    assert float(metric("recall", cm, None)) == pytest.approx(recalls.mean())
    est = assess("accuracy", cm, None, 0.9, Direction.HIGHER, 0.95, np.random.default_rng(0))
    assert est.estimate == pytest.approx(120 / 138)
    assert est.method == "clopper_pearson"


def test_quantile_matches_numpy_inverted_cdf_and_rank_formula() -> None:
    rng = np.random.default_rng(5)
    x = np.round(rng.lognormal(5, 0.5, 1001), 1)
    values, counts = np.unique(x, return_counts=True)
    est = assess_quantile(values, counts.astype(np.int64), 0.95, 400.0, Direction.LOWER, 0.95)
    assert est.estimate == pytest.approx(np.quantile(x, 0.95, method="inverted_cdf"))
    lo, hi = quantile_interval(1001, 0.95, 0.95)
    xs = np.sort(x)
    assert (est.lower, est.upper) == (xs[lo - 1], xs[hi - 1])
    # the exact test: K = #{X <= t} ~ Binomial(n, F(t))
    k = int((x <= 400.0).sum())
    assert est.p_breach == pytest.approx(binomtest(k, 1001, 0.95, alternative="less").pvalue)


def test_t_interval_matches_scipy() -> None:
    rng = np.random.default_rng(6)
    e = np.abs(rng.normal(0, 3, 300))
    m = Moments()
    m.add(e.size, float(e.sum()), float((e**2).sum()))
    est = assess_mean(m, 2.5, Direction.LOWER, 0.95)
    ref = student.interval(0.95, e.size - 1, loc=e.mean(), scale=e.std(ddof=1) / np.sqrt(e.size))
    assert (est.lower, est.upper) == pytest.approx(ref)


def test_ratio_fieller_matches_row_level_t_tests() -> None:
    """Each Fieller bound is the ratio r at which the t-test of mean(a - r b) = 0 on the rows
    sits exactly at the t quantile; the p-value is SciPy's one-sample t-test on a - t b."""
    from scipy.stats import ttest_1samp

    rng = np.random.default_rng(7)
    b = rng.uniform(50, 150, 500)
    a = np.abs(rng.normal(0, 10, 500))
    r = RatioMoments()
    r.add(500, a.sum(), b.sum(), (a * a).sum(), (b * b).sum(), (a * b).sum())
    est = assess_ratio(r, 0.1, Direction.LOWER, 0.95)
    assert est.method == "fieller_ratio"
    assert est.estimate == pytest.approx(a.sum() / b.sum())
    tq = student.ppf(0.975, 499)
    for bound, sign in ((est.upper, -1), (est.lower, 1)):
        assert bound is not None
        d = a - bound * b
        assert d.mean() / (d.std(ddof=1) / np.sqrt(500)) == pytest.approx(sign * tq, rel=1e-9)
    ref = ttest_1samp(a - 0.1 * b, 0.0, alternative="greater").pvalue
    assert est.p_breach == pytest.approx(ref, rel=1e-9)
    assert est.p_conform == pytest.approx(1 - ref, rel=1e-9)


def test_ratio_with_a_noisy_denominator_falls_back_to_delta_method() -> None:
    r = RatioMoments()
    b = np.array([-5.0, 6.0, -4.0, 5.0])
    a = np.array([1.0, 2.0, 1.5, 1.0])
    r.add(4, a.sum(), b.sum(), (a * a).sum(), (b * b).sum(), (a * b).sum())
    est = assess_ratio(r, 0.1, Direction.LOWER, 0.95)
    assert est.method == "delta_ratio" and est.notes


def test_holm_matches_statsmodels_and_skips_none() -> None:
    p = [0.01, 0.04, 0.03, 0.005, 0.2]
    ref = multipletests(p, method="holm")[1]
    assert holm(p) == pytest.approx(list(ref))
    out = holm([0.01, None, 0.04])
    assert out[1] is None
    assert out[0] == pytest.approx(0.02)


def test_verdicts_three_values() -> None:
    d = verdicts([0.001, 0.6, 0.3], [0.999, 0.001, 0.7], level=0.95)
    assert [x.verdict for x in d] == [
        VerdictValue.BREACH, VerdictValue.CONFORMITY, VerdictValue.INCONCLUSIVE]


def test_power_for_proportion_reaches_target_and_is_minimal_region() -> None:
    n = cases_for_proportion(0.9, 0.85, Direction.HIGHER, level=0.95, power=0.8)
    assert 300 < n < 800
    alpha = 0.025
    from scipy.stats import binom
    crit = int(binom.ppf(alpha, n, 0.9))
    if binom.cdf(crit, n, 0.9) > alpha:
        crit -= 1
    assert binom.cdf(crit, n, 0.85) >= 0.8
    assert cases_for_proportion(0.1, 0.15, Direction.LOWER) == n   # symmetric problem
    with pytest.raises(ValueError):
        cases_for_proportion(0.9, 0.95, Direction.HIGHER)
    assert cases_for_mean(10, 12, 8) > 100
