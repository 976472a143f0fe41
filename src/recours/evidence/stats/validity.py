"""The validity conditions of every method behind a verdict, in the user's words.

Each method string starts with a key of :data:`CONDITIONS`; the evidence run records the
conditions next to the verdict (``Detail.conditions``), and where a condition fails the method
itself returns no p-value for the claim concerned and says why in its notes, so that the
verdict reads « non concluant » with the reason.
"""

from __future__ import annotations

from recours.i18n import T

CONDITIONS: dict[str, T] = {
    "clopper_pearson": T(
        "cas indépendants tirés de la population visée ; test binomial exact, valable pour "
        "tout effectif (au moins 1 cas au dénominateur)",
        "independent cases drawn from the population concerned; exact binomial test, valid "
        "for any size (at least 1 case in the denominator)"),
    "wilson": T(
        "cas indépendants ; intervalle de Wilson affiché, verdict par le test binomial exact",
        "independent cases; Wilson interval shown, verdict by the exact binomial test"),
    "mn_score_bonferroni": T(
        "groupes et cas indépendants ; au moins 10 cas par groupe pour chaque taux comparé "
        "(sinon le groupe est montré mais non testé, et la conformité ne peut être établie) ; "
        "test du score de Miettinen–Nurminen avec correction de continuité, Bonferroni sur "
        "les paires ordonnées de groupes (niveau de la famille garanti)",
        "independent groups and cases; at least 10 cases per group for each rate compared "
        "(otherwise the group is shown but not tested, and conformity cannot be established); "
        "continuity-corrected Miettinen–Nurminen score test, Bonferroni over the ordered pairs "
        "of groups (family level kept)"),
    "auc_score_delong_logit_hanley_mcneil": T(
        "cas indépendants ; au moins 5 cas positifs et 5 négatifs (sinon non concluant) ; "
        "variance la plus grande de trois : DeLong, DeLong reportée à la valeur testée sur "
        "l'échelle logit, Hanley–McNeil à la valeur testée (jamais nulle)",
        "independent cases; at least 5 positive and 5 negative cases (otherwise "
        "inconclusive); the largest of three variances: DeLong's, DeLong's carried to the "
        "tested value on the logit scale, Hanley–McNeil's at the tested value (never zero)"),
    # bundles sealed before 8 Dec 2026 name the earlier test
    "auc_score_hanley_mcneil": T(
        "cas indépendants ; au moins 5 cas positifs et 5 négatifs (sinon non concluant) ; "
        "variance de Hanley–McNeil à la valeur testée, jamais nulle",
        "independent cases; at least 5 positive and 5 negative cases (otherwise "
        "inconclusive); Hanley–McNeil variance at the tested value, never zero"),
    "t+bootstrap_t+scale_score": T(
        "cas indépendants ; au moins 20 cas et une variance non nulle (sinon non concluant) ; "
        "t de Student, bootstrap-t et test du score d'échelle doivent concorder ; la "
        "conclusion « sous le seuil » d'une erreur positive (queue longue) est prise au "
        "niveau α/2",
        "independent cases; at least 20 cases and a non-zero variance (otherwise "
        "inconclusive); Student t, bootstrap-t and scale score test must agree; the "
        "conclusion 'under the threshold' of a non-negative (long-tailed) error is taken at "
        "level alpha/2"),
    "fieller+bootstrap_t": T(
        "cas indépendants ; au moins 20 cas, somme des valeurs réelles non nulle ; Fieller et "
        "bootstrap-t doivent concorder ; les deux conclusions sont prises au niveau α/2 "
        "(rapport de deux sommes asymétriques)",
        "independent cases; at least 20 cases, non-zero sum of actuals; Fieller and "
        "bootstrap-t must agree; both conclusions are taken at level alpha/2 (ratio of two "
        "skewed sums)"),
    "student_t": T(
        "cas indépendants ; plus de 5 000 cas (approximation normale de la moyenne) ; au moins "
        "20 cas et une variance non nulle, sinon non concluant",
        "independent cases; more than 5,000 cases (normal approximation of the mean); at least "
        "20 cases and a non-zero variance, otherwise inconclusive"),
    "fieller_ratio": T(
        "cas indépendants ; plus de 5 000 cas ; somme des valeurs réelles non nulle",
        "independent cases; more than 5,000 cases; non-zero sum of actuals"),
    "delta_ratio": T(
        "cas indépendants ; approximation de la méthode delta (dénominateur bruité)",
        "independent cases; delta-method approximation (noisy denominator)"),
    "order_statistics": T(
        "cas indépendants ; bornes exactes par statistiques d'ordre quelle que soit la loi ; "
        "sans borne quand l'échantillon est trop petit pour ce centile",
        "independent cases; exact order-statistic bounds whatever the distribution; no bound "
        "when the sample is too small for this percentile"),
    "incident_log_census": T(
        "journal d'incidents complet sur la période contractuelle (ou la période "
        "d'observation déclarée) ; recensement, sans incertitude d'échantillonnage",
        "incident log complete over the contract period (or the declared observation "
        "period); census, no sampling uncertainty"),
    "multinomial_bootstrap": T(
        "cas indépendants ; effectif grand devant le nombre de cellules de la matrice de "
        "confusion ; bootstrap percentile et bootstrap-t doivent concorder",
        "independent cases; size large against the number of cells of the confusion matrix; "
        "percentile and bootstrap-t must agree"),
    "bin_bootstrap": T(
        "cas indépendants ; bootstrap paramétrique par classe de score",
        "independent cases; parametric bootstrap per score bin"),
}


def conditions(method: str) -> T | None:
    """The validity conditions of ``method`` (None for an unknown or empty method)."""
    for key in sorted(CONDITIONS, key=len, reverse=True):
        if method.startswith(key):
            return CONDITIONS[key]
    return None


LABELS: dict[str, T] = {
    "clopper_pearson": T("test binomial exact (intervalle de Clopper–Pearson)",
                         "exact binomial test (Clopper–Pearson interval)"),
    "wilson": T("intervalle du score de Wilson, verdict par le test binomial exact",
                "Wilson score interval, verdict by the exact binomial test"),
    "mn_score_bonferroni": T("score de Miettinen–Nurminen par paire de groupes, Bonferroni",
                             "Miettinen–Nurminen score per pair of groups, Bonferroni"),
    "auc_score_delong_logit_hanley_mcneil": T(
        "test du score de l'AUC (variances de DeLong, logit et Hanley–McNeil)",
        "AUC score test (DeLong, logit and Hanley–McNeil variances)"),
    "auc_score_hanley_mcneil": T("test du score de l'AUC (variance de Hanley–McNeil)",
                                 "AUC score test (Hanley–McNeil variance)"),
    "t+bootstrap_t+scale_score": T("t de Student, bootstrap-t et score d'échelle concordants",
                                   "Student t, bootstrap-t and scale score in agreement"),
    "fieller+bootstrap_t": T("rapport, Fieller et bootstrap-t concordants",
                             "ratio, Fieller and bootstrap-t in agreement"),
    "student_t_sqrt": T("t de Student sur l'erreur quadratique",
                        "Student t on the squared error"),
    "student_t": T("t de Student", "Student t"),
    "fieller_ratio": T("rapport, méthode de Fieller", "ratio, Fieller method"),
    "delta_ratio": T("rapport, méthode delta", "ratio, delta method"),
    "order_statistics": T("statistiques d'ordre (bornes exactes, sans hypothèse de loi)",
                          "order statistics (exact bounds, distribution-free)"),
    "incident_log_census": T("recensement du journal d'incidents", "incident log census"),
    "multinomial_bootstrap_t": T("bootstrap-t multinomial de la matrice de confusion",
                                 "multinomial bootstrap-t of the confusion matrix"),
    "multinomial_bootstrap": T("bootstrap multinomial de la matrice de confusion",
                               "multinomial bootstrap of the confusion matrix"),
    "bin_bootstrap": T("bootstrap paramétrique par classe de score",
                       "parametric bootstrap per score bin"),
}
UNKNOWN = T("méthode non répertoriée (voir results.json du paquet de preuves)",
            "unlisted method (see the evidence bundle's results.json)")


def _key(method: str, table: dict[str, T]) -> str | None:
    for key in sorted(table, key=len, reverse=True):
        if method.startswith(key):
            return key
    return None


def label(method: str) -> T:
    """The readable name of ``method``, French and English: the one name every report shows
    (the method's identifier stays in results.json for the expert who re-runs it)."""
    key = _key(method, LABELS)
    return LABELS[key] if key is not None else UNKNOWN


def describe(method: str) -> T:
    """The method's name and its validity conditions, as one sentence for a report."""
    cond = conditions(method)
    name = label(method)
    if cond is None:
        return name
    return name + T(" — conditions de validité : ", " — validity conditions: ") + cond
