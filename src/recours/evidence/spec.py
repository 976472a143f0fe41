"""The conformity specification: commitments, data sources, column mapping, level, seed.

A spec is YAML. ``spec_from_dossier`` drafts one from a dossier's commitments and datasets;
``load_spec`` validates a file and names file, line and field of every problem.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, PrivateAttr, ValidationError, model_validator
from ruamel.yaml import YAML

from recours.dossier import Commitment, Dataset, Dossier
from recours.dossier.base import Strict
from recours.dossier.errors_fr import problem_from_error
from recours.dossier.yamlio import line_of, parse_yaml_bytes
from recours.errors import DossierError, SpecError
from recours.evidence.bounds import check_commitment
from recours.evidence.registry import FAMILY, KNOWN_ROLES, ROLES, Family, family_of, role_words
from recours.i18n import T
from recours.paths import confined

DEFAULT_SEED = 20261126
SPEC_VERSION = 1


class SpecDataset(Dataset):
    """A dataset of the dossier, plus what the evidence run needs to read it."""

    labels: list[str] | None = Field(
        default=None, description="Declared label set; a label outside it is an error.")
    error_statuses: list[str] | None = Field(
        default=None, description="Status values counted as service errors (default: >= 500, "
                                  "'error', 'timeout').")
    score_range: tuple[float, float] | None = Field(
        default=None, description="Range the scores can take (default [0, 1]); a score outside "
                                  "it, or a cut-off outside it, is an error.")

    @model_validator(mode="after")
    def _ordered_range(self) -> SpecDataset:
        if self.score_range is not None:
            lo, hi = self.score_range
            if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
                raise ValueError("score_range must be [low, high] with low < high")
        return self

    def scores_range(self) -> tuple[float, float]:
        return self.score_range or (0.0, 1.0)


class Spec(Strict):
    """A conformity specification."""

    recours_spec: int = SPEC_VERSION
    dossier: str | None = Field(default=None, description="Dossier file, relative to the spec.")
    seed: int = DEFAULT_SEED
    level: float = Field(default=0.95, gt=0.5, lt=1.0)
    resamples: int = Field(default=10_000, ge=100, le=1_000_000)
    proportion_interval: Literal["clopper_pearson", "wilson"] = "clopper_pearson"
    datasets: list[SpecDataset] = Field(default_factory=list)
    commitments: list[Commitment] = Field(min_length=1)
    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)
    _root: Path | None = PrivateAttr(default=None)
    _allow_outside: bool = PrivateAttr(default=False)

    @model_validator(mode="after")
    def _default_level(self) -> Spec:
        """The spec's ``level`` applies to every commitment that does not set its own."""
        for c in self.commitments:
            if "level" not in c.model_fields_set:
                c.level = self.level
        return self

    @property
    def base_dir(self) -> Path:
        return self._base_dir

    def with_base(self, base: Path) -> Spec:
        self._base_dir = base
        return self

    @property
    def root(self) -> Path:
        """The folder every data file must stay in: the one set by :meth:`with_root`, else
        the folder of the spec's dossier, else the spec's own folder."""
        if self._root is not None:
            return self._root
        if self.dossier:
            return (self._base_dir / self.dossier).resolve().parent
        return self._base_dir

    def with_root(self, root: Path, *, allow_outside: bool = False) -> Spec:
        """Confine data files to ``root`` (``allow_outside``: the user's explicit choice)."""
        self._root = root
        self._allow_outside = allow_outside
        return self

    def dataset(self, dataset_id: str | None) -> SpecDataset:
        if dataset_id is None and len(self.datasets) == 1:
            return self.datasets[0]
        for d in self.datasets:
            if d.id == dataset_id:
                return d
        raise KeyError(dataset_id)

    def data_path(self, dataset: SpecDataset) -> Path:
        """The dataset's file, refused when it leads outside :attr:`root`."""
        candidate = (self.base_dir / dataset.path).resolve()
        if self._allow_outside:
            return candidate
        return confined(candidate, self.root, shown=dataset.path,
                        where=f"datasets[{dataset.id}].path")

    def canonical_yaml(self) -> str:
        return dump_spec(self)

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_yaml().encode("utf-8")).hexdigest()


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def dump_spec(spec: Spec) -> str:
    """The spec as YAML (the bundle's spec.yaml, and the text its SHA-256 is taken of)."""
    data = spec.model_dump(mode="json", exclude_none=True)
    return _dump(json.dumps(data, ensure_ascii=False))


@lru_cache(maxsize=16)
def _dump(data_json: str) -> str:
    """One YAML dump per distinct spec: a run hashes its spec and seals the same text."""
    buffer = io.StringIO()
    _yaml().dump(json.loads(data_json), buffer)
    return buffer.getvalue()


def _where(path: Path, data: Any, loc: tuple[str | int, ...]) -> str:
    line = line_of(data, loc)
    field = ".".join(f"[{k}]" if isinstance(k, int) else str(k) for k in loc).replace(".[", "[")
    return f"{path}:{line}: {field}" if line else f"{path}: {field}"


def _problems(path: Path, data: Any, items: list[tuple[tuple[str | int, ...], T, T]]) -> None:
    if not items:
        return
    errors = [SpecError(msg, where=_where(path, data, loc), fix=fix) for loc, msg, fix in items]
    if len(errors) == 1:
        raise errors[0]
    first = errors[0]
    head = T(f"spécification invalide ({len(errors)} problèmes)",
             f"invalid specification ({len(errors)} problems)")
    lines = [e.render("fr") for e in errors], [e.render("en") for e in errors]
    raise SpecError(head + T("\n- " + "\n- ".join(lines[0]), "\n- " + "\n- ".join(lines[1])),
                    where=first.where)


def parse_spec(data: Any, path: Path) -> Spec:
    """Validate parsed YAML into a :class:`Spec`, naming file, line and field."""
    if not isinstance(data, dict):
        raise SpecError(T("la spécification doit être une table YAML",
                          "a specification must be a YAML mapping"), where=str(path))
    try:
        spec = Spec.model_validate(data).with_base(path.parent.resolve())
    except ValidationError as exc:
        probs = [problem_from_error(e, Spec) for e in exc.errors()]
        _problems(path, data, [(p.loc, p.message, p.fix) for p in probs])
        raise  # pragma: no cover - _problems always raises here
    _problems(path, data, check_spec(spec))
    return spec


def load_spec(path: str | os.PathLike[str]) -> Spec:
    """Read and validate a specification file, bounded like a dossier before it is parsed
    (size, forbidden characters, depth, aliases: :mod:`recours.dossier.yaml_limits`)."""
    file = Path(path)
    if not file.is_file():
        raise SpecError(T(f"fichier introuvable : {file}", f"file not found: {file}"))
    try:
        data = parse_yaml_bytes(file.read_bytes(), str(file))
    except DossierError as exc:  # the same words, as a specification's error
        raise SpecError(exc.message, where=exc.where, fix=exc.fix) from exc
    return parse_spec(data, file)


def check_spec(spec: Spec) -> list[tuple[tuple[str | int, ...], T, T]]:
    """Cross-field checks: datasets exist, columns the metrics need are mapped."""
    out: list[tuple[tuple[str | int, ...], T, T]] = []
    seen: set[str] = set()
    for i, c in enumerate(spec.commitments):
        if c.id in seen:
            out.append((("commitments", i, "id"), T(f"identifiant en double : {c.id}",
                        f"duplicate id: {c.id}"), T("renommez l'engagement", "rename it")))
        seen.add(c.id)
        try:
            ds = spec.dataset(c.dataset)
        except KeyError:
            ids = ", ".join(d.id for d in spec.datasets) or "—"
            out.append((("commitments", i, "dataset"),
                        T(f"jeu de données inconnu : {c.dataset}", f"unknown dataset: {c.dataset}"),
                        T(f"choisissez parmi : {ids}", f"choose among: {ids}")))
            continue
        out += check_commitment(c, i, ds.scores_range())
        for role in _missing_roles(c, ds):
            out.append((("commitments", i, "metric"),
                        _needs_column(c, ds, role),
                        T(f"ajoutez « {role}: <nom de colonne> » dans datasets/{ds.id}/columns",
                          f"add '{role}: <column name>' under datasets/{ds.id}/columns")))
    for j, d in enumerate(spec.datasets):
        for role in d.columns:
            if role not in KNOWN_ROLES:
                out.append((("datasets", j, "columns", role), T(f"rôle inconnu : {role}",
                            f"unknown role: {role}"), T("rôles : " + ", ".join(sorted(KNOWN_ROLES)),
                                                        "roles: " + ", ".join(sorted(KNOWN_ROLES)))))
    return out


def _needs_column(c: Commitment, ds: SpecDataset, role: str) -> T:
    """« engagement C2 (disponibilité) : il faut une colonne pour l'état du service sondé
    (disponible ou non) (up) dans le jeu de données « probes », qui n'en déclare pas » — the
    metric and the role in the reader's words, their codes in parentheses."""
    from recours.documents.figures import metric_name  # the reader's words, errors only
    fr, en = metric_name(c.metric, "fr"), metric_name(c.metric, "en")
    return T(f"engagement {c.id} ({fr}) : il faut une colonne pour {role_words(role, 'fr')} "
             f"dans le jeu de données « {ds.id} », qui n'en déclare pas",
             f"commitment {c.id} ({en}): it needs a column for {role_words(role, 'en')} in "
             f"dataset '{ds.id}', which declares none")


def _missing_roles(c: Commitment, ds: SpecDataset) -> list[str]:
    family = family_of(c.metric, ds.kind.value)
    missing: list[str] = []
    for need in ROLES[family]:
        options = need if isinstance(need, tuple) else (need,)
        if not any(o in ds.columns for o in options):
            missing.append(" | ".join(options))
    if family is Family.FAIRNESS and not c.group_by and "group" not in ds.columns:
        missing.append("group")
    if c.window.value != "whole" and not ({"timestamp", "period", "start"} & set(ds.columns)):
        missing.append("timestamp | period")
    return missing


def spec_from_dossier(dossier: Dossier, dossier_path: Path, spec_dir: Path,
                      seed: int = DEFAULT_SEED) -> Spec:
    """Draft a spec from the dossier: its commitments and datasets, paths made relative to
    ``spec_dir``; labels default to the positive label and "0"."""
    base = dossier_path.parent.resolve()
    datasets = []
    for d in dossier.datasets:
        # normalised, not resolved: a symbolic link is judged (and named) where it is read
        rel = os.path.relpath(os.path.abspath(base / d.path), spec_dir.resolve())
        fields = d.model_dump()
        fields["path"] = rel
        datasets.append(SpecDataset.model_validate(fields))
    spec = Spec(
        dossier=os.path.relpath(dossier_path.resolve(), spec_dir.resolve()),
        seed=seed, datasets=datasets, commitments=list(dossier.commitments),
    ).with_base(spec_dir.resolve())
    _unmeasurable(spec)
    return spec


def _unmeasurable(spec: Spec) -> None:
    """Refuse, naming each, the dossier's commitments its datasets cannot measure (a metric
    whose column no dataset declares — e.g. an availability imported from the contract with
    no dataset of probes): read anyway, they failed deep in the run (KeyError, issue 15)."""
    found = []
    for c in spec.commitments:
        try:
            ds = spec.dataset(c.dataset)
        except KeyError:
            ids = ", ".join(d.id for d in spec.datasets) or "—"
            found.append((T(f"engagement {c.id} : jeu de données inconnu « {c.dataset} »",
                            f"commitment {c.id}: unknown dataset '{c.dataset}'"),
                          T(f"choisissez parmi : {ids}", f"choose among: {ids}")))
            continue
        for role in _missing_roles(c, ds):
            found.append((_needs_column(c, ds, role),
                          T(f"associez l'engagement {c.id} au jeu de données qui contient cette "
                            f"colonne, déclarez-la dans le jeu « {ds.id} », ou retirez "
                            "l'engagement", f"attach commitment {c.id} to the dataset holding "
                            f"that column, declare it in dataset '{ds.id}', or remove the "
                            "commitment")))
    if not found:
        return
    if len(found) == 1:
        raise SpecError(found[0][0], fix=found[0][1])
    lines = ["\n- " + m.render("fr") + " — " + f.render("fr") for m, f in found], \
        ["\n- " + m.render("en") + " — " + f.render("en") for m, f in found]
    raise SpecError(T(f"{len(found)} engagements ne peuvent pas être mesurés sur les données "
                      "déclarées :" + "".join(lines[0]), f"{len(found)} commitments cannot be "
                      "measured on the declared data:" + "".join(lines[1])),
                    fix=T("complétez les engagements ou les jeux de données, puis relancez",
                          "complete the commitments or the datasets, then run again"))


def check_against_dossier(spec: Spec, dossier: Dossier, where: str) -> None:
    """A spec must not contradict the dossier: same metric, comparator, threshold per id."""
    for i, c in enumerate(spec.commitments):
        d = dossier.commitment(c.id)
        if d is None:
            raise SpecError(T(f"l'engagement {c.id} n'existe pas dans le dossier",
                              f"commitment {c.id} is not in the dossier"),
                            where=f"{where}: commitments[{i}].id",
                            fix=T("ajoutez-le au dossier ou retirez-le de la spécification",
                                  "add it to the dossier or remove it from the spec"))
        for field in ("metric", "comparator", "threshold", "cutoff", "group_by", "slice"):
            if getattr(c, field) != getattr(d, field):
                raise SpecError(
                    T(f"la spécification contredit le dossier pour {c.id}.{field} : "
                      f"{getattr(c, field)!r} ≠ {getattr(d, field)!r}",
                      f"the spec contradicts the dossier on {c.id}.{field}: "
                      f"{getattr(c, field)!r} != {getattr(d, field)!r}"),
                    where=f"{where}: commitments[{i}].{field}",
                    fix=T("régénérez la spécification : recours evidence init",
                          "regenerate the spec: recours evidence init"))


__all__ = ["FAMILY", "Spec", "SpecDataset", "check_against_dossier", "dump_spec", "load_spec",
           "parse_spec", "spec_from_dossier"]
