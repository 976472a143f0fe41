"""Write the law data already parsed, beside the files (see ``recours.law.parsed_index``):
``data/articles/front-matter.json`` (every article's front matter), and ``parsed-yaml.json`` in
``data/parameters`` and ``data/case_law``. Run after editing any of those files; a test fails
while an index is out of date, and a stale entry is ignored at run time, never trusted.

Run:  python scripts/gen_data_index.py
"""

from __future__ import annotations

from recours.law import parsed_index
from recours.law.articles import ARTICLES_DIR, INDEX_NAME, build_index
from recours.law.case_law import CASE_LAW_DIR
from recours.law.parameters import PARAMETERS_DIR


def main() -> None:
    parsed_index.write_index(ARTICLES_DIR / INDEX_NAME, build_index(ARTICLES_DIR))
    for directory in (PARAMETERS_DIR, CASE_LAW_DIR):
        parsed_index.write_index(directory / parsed_index.YAML_INDEX,
                                 parsed_index.build_yaml_index(directory))
    print("law data indexes written")


if __name__ == "__main__":
    main()
