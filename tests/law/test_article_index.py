"""The parsed front matter shipped beside the article files (``front-matter.json``): in step
with the files, giving the same articles as parsing them, and never trusted where a file was
edited since or where the index itself is damaged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from recours.law import parsed_index
from recours.law.articles import ARTICLES_DIR, INDEX_NAME, build_index, load_articles
from recours.law.case_law import CASE_LAW_DIR, load_case_law
from recours.law.parameters import PARAMETERS_DIR, load_parameters


def test_the_shipped_index_is_in_step_with_the_article_files() -> None:
    stored = json.loads((ARTICLES_DIR / INDEX_NAME).read_text(encoding="utf-8"))
    assert stored == build_index(ARTICLES_DIR), (
        "front-matter.json is out of date: run python scripts/gen_data_index.py")


@pytest.mark.parametrize("directory", [PARAMETERS_DIR, CASE_LAW_DIR], ids=["parameters", "case_law"])
def test_the_yaml_indexes_are_in_step_with_their_files(directory: Path) -> None:
    stored = parsed_index.read_index(directory / parsed_index.YAML_INDEX)
    assert stored == parsed_index.build_yaml_index(directory), (
        f"{directory.name}/{parsed_index.YAML_INDEX} is out of date: "
        "run python scripts/gen_data_index.py")


def test_parameters_and_case_law_are_the_same_with_or_without_their_index(tmp_path: Path) -> None:
    for directory, load in ((PARAMETERS_DIR, load_parameters), (CASE_LAW_DIR, load_case_law)):
        copy = tmp_path / directory.name
        shutil.copytree(directory, copy)
        with_index = load(copy)
        (copy / parsed_index.YAML_INDEX).unlink()
        load.cache_clear()
        parsed = load(copy)
        assert len(parsed) > 0 and dict(parsed) == dict(with_index)


def test_a_parameter_file_edited_since_its_index_is_parsed(tmp_path: Path) -> None:
    copy = tmp_path / "parameters"
    shutil.copytree(PARAMETERS_DIR, copy)
    (copy / "extra.yaml").write_text(
        "test_param:\n  label: {fr: essai, en: test}\n  versions:\n"
        "    - {from: 2020-01-01, value: 3, reference: essai}\n", encoding="utf-8")
    load_parameters.cache_clear()
    assert "test_param" in load_parameters(copy)


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    shutil.copytree(ARTICLES_DIR, root)
    return root


def test_the_index_gives_the_same_articles_as_parsing_the_files(copy: Path) -> None:
    with_index = load_articles(copy)
    (copy / INDEX_NAME).unlink()
    load_articles.cache_clear()
    parsed = load_articles(copy)
    assert set(with_index) == set(parsed) and len(parsed) >= 140
    assert all(with_index[k] == parsed[k] for k in parsed)


def test_an_article_edited_since_the_index_is_read_from_its_file(copy: Path) -> None:
    path = copy / "fr" / "code_civil" / "1231-1.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\ncertainty:", "\nnotes: [\"ajouté à la main\"]\ncertainty:", 1),
                    encoding="utf-8")
    load_articles.cache_clear()
    assert load_articles(copy)["fr.civil.1231-1"].notes == ("ajouté à la main",)


@pytest.mark.parametrize("damage", ["{not json", "[1, 2]", '{"fr/code_civil/1231-1.md": 7}'])
def test_a_damaged_index_is_ignored(copy: Path, damage: str) -> None:
    (copy / INDEX_NAME).write_text(damage, encoding="utf-8")
    load_articles.cache_clear()
    assert load_articles(copy)["fr.civil.1231-1"].ref
