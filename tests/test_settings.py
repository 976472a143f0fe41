"""Settings come from RECOURS_* variables, with safe defaults and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from recours.errors import InputError
from recours.settings import Settings


def test_defaults_follow_the_data_dir(tmp_path: Path) -> None:
    s = Settings.from_env({"RECOURS_DATA_DIR": str(tmp_path)})
    assert s.database_url == f"sqlite:///{tmp_path / 'recours.db'}"
    assert tmp_path not in s.signing_key.parents  # the key is kept out of the data folder
    assert s.signing_key.parts[-2:] == ("keys", "ed25519.pem")
    assert s.lang == "fr" and s.tsa_url is None and s.max_upload_mb == 50


def test_explicit_values(tmp_path: Path) -> None:
    s = Settings.from_env({
        "RECOURS_DATA_DIR": str(tmp_path),
        "RECOURS_DATABASE_URL": "postgresql+psycopg://u:p@127.0.0.1/recours",
        "RECOURS_LANG": "en",
        "RECOURS_TSA_URL": "http://127.0.0.1:3180/tsa",
        "RECOURS_MAX_UPLOAD_MB": "7",
    })
    assert s.database_url.startswith("postgresql") and s.lang == "en"
    assert s.tsa_url == "http://127.0.0.1:3180/tsa" and s.max_upload_mb == 7


@pytest.mark.parametrize("value", ["zero", "0", "-3", ""])
def test_bad_upload_limit_is_refused(tmp_path: Path, value: str) -> None:
    env = {"RECOURS_DATA_DIR": str(tmp_path), "RECOURS_MAX_UPLOAD_MB": value}
    if value == "":
        assert Settings.from_env(env).max_upload_mb == 50
        return
    with pytest.raises(InputError, match="RECOURS_MAX_UPLOAD_MB"):
        Settings.from_env(env)


def test_secret_key_is_generated_once_and_private(tmp_path: Path) -> None:
    s = Settings.from_env({"RECOURS_DATA_DIR": str(tmp_path / "data")})
    first = s.resolved_secret_key()
    assert first == s.resolved_secret_key() and len(first) >= 32
    assert (tmp_path / "data" / "secret.key").stat().st_mode & 0o077 == 0


def test_with_data_dir_moves_defaults(tmp_path: Path) -> None:
    s = Settings.from_env({"RECOURS_DATA_DIR": str(tmp_path / "a")}).with_data_dir(tmp_path / "b")
    assert s.database_url.endswith(str(tmp_path / "b" / "recours.db"))
    assert s.signing_key == Settings.from_env({"RECOURS_DATA_DIR": str(tmp_path / "a")}).signing_key


def _key_of(args: tuple[str, object]) -> str:
    data_dir, barrier = args
    barrier.wait()  # type: ignore[attr-defined]
    return Settings.from_env({"RECOURS_DATA_DIR": data_dir}).resolved_secret_key()


def test_workers_starting_together_share_one_whole_secret_key(tmp_path: Path) -> None:
    """`recours serve --workers N` starts N processes at once on a fresh data folder: each
    must get the same, complete key — none an error, none an empty file still being written."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    for round_ in range(3):
        data_dir = str(tmp_path / f"d{round_}")
        with ctx.Manager() as manager:
            barrier = manager.Barrier(6)
            with ctx.Pool(6) as pool:
                keys = pool.map(_key_of, [(data_dir, barrier)] * 6)
        assert len(set(keys)) == 1 and len(keys[0]) >= 32
        assert sorted(p.name for p in Path(data_dir).iterdir()) == ["secret.key"]


def test_an_empty_secret_key_file_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "secret.key").write_text("")
    s = Settings.from_env({"RECOURS_DATA_DIR": str(tmp_path)})
    with pytest.raises(InputError, match=r"secret\.key") as caught:
        s.resolved_secret_key()
    assert "RECOURS_SECRET_KEY" in caught.value.render("fr")
