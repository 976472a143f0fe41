"""Read and write the YAML form of a dossier, with errors that name file, line and field."""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from recours.atomic import write_text_atomic
from recours.dossier.checks import Loc, Problem, check
from recours.dossier.errors_fr import problem_from_error
from recours.dossier.model import Dossier
from recours.dossier.yaml_limits import bounded_parser, check_characters, check_flow_depth
from recours.errors import DossierError, InputError
from recours.i18n import T

MAX_DOSSIER_BYTES = 5 * 1024 * 1024


class _Constructor(RoundTripConstructor):
    """Keeps an impossible date (« 2025-13-01 ») as text, so validation reports it with
    its line and field instead of the YAML parser failing without context."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return str(self.construct_scalar(node))


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _too_large(where: str) -> DossierError:
    return DossierError(
        T("fichier de dossier trop volumineux (plus de 5 Mo)", "dossier file too large (over 5 MB)"),
        where=where,
        fix=T("placez les données volumineuses dans « datasets »", "put large data in 'datasets'"),
    )


# The last dossier file parsed, as (path, bytes, tree). ``recours evidence run`` loads the
# dossier, then updates it with the results: when the file is still byte for byte what was
# parsed, the update reuses that tree rather than parsing the file a second time. Loading only
# reads the tree (validation does not change it); the update takes it (it edits it in place),
# so one parse serves at most one update, and a file changed in between is parsed again. Off
# unless :func:`reuse_parsed_files` is called: for a one-shot command (the CLI's evidence run),
# never in a server, whose threads could read a tree another one is editing.
_LAST: tuple[str, bytes, Any] | None = None
_LAST_LOCK = threading.Lock()
_REUSE = False


def reuse_parsed_files(on: bool = True) -> None:
    """Let an update reuse the tree of the load before it (see ``_LAST``); ``False``: off and
    forgotten."""
    global _REUSE, _LAST
    _REUSE, _LAST = on, None


def read_yaml(path: Path, *, to_edit: bool = False) -> Any:
    """Parse a YAML file (round-trip form, with line numbers), or raise a precise error.
    ``to_edit``: the caller will change the tree (never shared with another caller)."""
    global _LAST
    if not path.is_file():
        raise InputError(
            T(f"fichier introuvable : {path}", f"file not found: {path}"),
            fix=T("vérifiez le chemin du dossier", "check the dossier path"),
        )
    if path.stat().st_size > MAX_DOSSIER_BYTES:
        raise _too_large(str(path))
    data = path.read_bytes()
    if not _REUSE:
        return parse_yaml_bytes(data, str(path))
    key = str(path.resolve())
    with _LAST_LOCK:
        last = _LAST
        if last is not None and last[0] == key and last[1] == data:
            if to_edit:
                _LAST = None
            return last[2]
    tree = parse_yaml_bytes(data, str(path))
    if not to_edit:
        with _LAST_LOCK:
            _LAST = (key, data, tree)
    return tree


def parse_yaml_bytes(data: bytes, where: str) -> Any:
    """Parse YAML bytes once bounded (size, characters, depth, aliases), or raise a precise
    :class:`DossierError` naming ``where``, the line and the column."""
    if len(data) > MAX_DOSSIER_BYTES:
        raise _too_large(where)
    try:
        text = data.decode("utf-8")
        check_characters(text, where)
        check_flow_depth(text, where)
        # one parse: the limits see each event as the composer takes it, before any object
        # is built (recours.dossier.yaml_limits)
        yaml = _yaml()
        yaml.Parser = bounded_parser(where)
        return yaml.load(text)
    except UnicodeDecodeError as exc:
        raise DossierError(
            T("le fichier n'est pas en UTF-8", "the file is not UTF-8"),
            where=f"{where}: octet {exc.start}",
            fix=T("enregistrez le fichier en UTF-8", "save the file as UTF-8"),
        ) from exc
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = f"{where}:{mark.line + 1}:{mark.column + 1}" if mark else where
        raise DossierError(
            T(f"YAML illisible : {exc.problem}", f"unreadable YAML: {exc.problem}"),
            where=line,
            fix=T(
                "vérifiez l'indentation, les deux-points et les guillemets",
                "check indentation, colons and quotes",
            ),
        ) from exc
    except YAMLError as exc:  # reader and emitter errors carry no mark
        raise DossierError(
            T(f"YAML illisible : {exc}", f"unreadable YAML: {exc}"),
            where=where,
            fix=T("enregistrez le fichier en UTF-8, en texte simple",
                  "save the file as plain UTF-8 text"),
        ) from exc


def line_of(data: Any, loc: Loc) -> int | None:
    """1-based line of the deepest key of ``loc`` found in the round-trip document."""
    line: int | None = None
    node = data
    for key in loc:
        # Positions are unknown for some nodes (an ``!!omap`` or ``!!set`` value): keep the
        # deepest line found so far instead of failing on a missing mark.
        if isinstance(node, CommentedMap) and key in node:
            mark = node.lc.key(key)
            line = mark[0] + 1 if mark else line
            node = node[key]
        elif isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
            mark = node.lc.item(key)
            line = mark[0] + 1 if mark else line
            node = node[key]
        else:
            break
    return line


def _where(path: Path, data: Any, loc: Loc) -> str:
    line = line_of(data, loc)
    field = ".".join(f"[{k}]" if isinstance(k, int) else str(k) for k in loc).replace(".[", "[")
    position = f"{path}:{line}" if line else str(path)
    return f"{position}: {field}" if field else position


def _raise(path: Path, data: Any, problems: list[Problem]) -> None:
    errors = [DossierError(p.message, where=_where(path, data, p.loc), fix=p.fix) for p in problems]
    raise DossierError(
        T(
            f"dossier invalide ({len(errors)} problème(s))",
            f"invalid dossier ({len(errors)} problem(s))",
        ),
        where=str(path),
        problems=errors,
    )


def validate_data(data: Any, path: Path) -> Dossier:
    """Validate parsed YAML data into a dossier, collecting every problem."""
    if not isinstance(data, dict):
        raise DossierError(
            T(
                "le dossier doit être une table YAML (clé: valeur)",
                "a dossier must be a YAML mapping (key: value)",
            ),
            where=str(path),
            fix=T(
                "commencez par « reference: … » au premier niveau",
                "start with 'reference: …' at the top level",
            ),
        )
    try:
        dossier = Dossier.model_validate(data)
    except ValidationError as exc:
        _raise(path, data, [problem_from_error(e, Dossier) for e in exc.errors()])
    problems = check(dossier)
    if problems:
        _raise(path, data, problems)
    return dossier


def loads_dossier(data: bytes, name: str = "dossier.yaml") -> Dossier:
    """Parse and fully validate YAML bytes (an upload); errors name ``name`` and the line."""
    return validate_data(parse_yaml_bytes(data, name), Path(name))


def load_dossier(path: str | os.PathLike[str]) -> Dossier:
    """Load and fully validate a YAML dossier; raise :class:`DossierError` listing problems."""
    file = Path(path)
    return validate_data(read_yaml(file), file)


def _merge(node: Any, old: Any, new: Any) -> Any:
    """Write ``new`` into the parsed YAML ``node`` (whose validated form is ``old``), touching
    only what changed: an unchanged key keeps its comments and layout, a changed mapping or list
    is merged key by key or item by item, items appended to a list are appended. A key the file
    holds but the validated form left out (a default the user wrote) stays as written."""
    if isinstance(node, dict) and isinstance(old, dict) and isinstance(new, dict):
        for key in list(node):
            if key in old and key not in new:
                del node[key]
        for key, value in new.items():
            if key in node and old.get(key) == value:
                continue
            if key in node and key in old:
                node[key] = _merge(node[key], old[key], value)
            else:
                node[key] = value
        return node
    if isinstance(node, list) and isinstance(old, list) and isinstance(new, list):
        if len(node) != len(old):
            return new
        for index, value in enumerate(new[: len(node)]):
            if old[index] != value:
                node[index] = _merge(node[index], old[index], value)
        del node[len(new):]
        node.extend(new[len(node):])
        return node
    return new


def to_plain(dossier: Dossier) -> dict[str, Any]:
    """The dossier as plain YAML-ready data (defaults left out for readability): dates stay
    dates (written unquoted), enums become their values, amounts become numbers."""
    data = _yaml_ready(dossier.model_dump(mode="python", exclude_defaults=True))
    assert isinstance(data, dict)
    return data


def _yaml_ready(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(_yaml_ready(k)): _yaml_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_yaml_ready(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def dump_dossier(dossier: Dossier) -> str:
    """The YAML text of a dossier."""
    buffer = io.StringIO()
    _yaml().dump(to_plain(dossier), buffer)
    return buffer.getvalue()


def save_dossier(dossier: Dossier, path: str | os.PathLike[str]) -> None:
    """Write a dossier to a new YAML file atomically."""
    write_text_atomic(Path(path), dump_dossier(dossier))


def update_dossier_file(
    path: str | os.PathLike[str], change: Callable[[Dossier], Dossier]
) -> Dossier:
    """Apply ``change`` to the dossier in ``path`` and write back only the sections that
    changed, keeping the user's comments and layout elsewhere. The result is validated
    before anything is written, and the write is atomic: on any error the file is intact."""
    file = Path(path)
    data = read_yaml(file, to_edit=True)
    before = validate_data(data, file)
    after = change(before.model_copy(deep=True))
    after = Dossier.model_validate(after.model_dump())
    problems = check(after)
    if problems:
        _raise(file, data, problems)
    _merge(data, to_plain(before), to_plain(after))
    buffer = io.StringIO()
    _yaml().dump(data, buffer)
    write_text_atomic(file, buffer.getvalue())
    return after
