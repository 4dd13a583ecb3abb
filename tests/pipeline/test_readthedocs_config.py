""".readthedocs.yaml is valid v2 config and builds what nox builds."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import tomllib
import yaml

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = Path(__file__).resolve().parent / "schemas" / "readthedocs-v2.schema.json"


@pytest.fixture(scope="module")
def config() -> dict[str, object]:
    return yaml.safe_load((ROOT / ".readthedocs.yaml").read_text(encoding="utf-8"))


def test_valid_against_published_schema(config: dict[str, object]) -> None:
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(config, schema, cls=jsonschema.Draft202012Validator)


def test_schema_rejects_a_broken_config(config: dict[str, object]) -> None:
    # Guards against a schema file that accepts anything.
    schema = json.loads(SCHEMA.read_text())
    broken = {
        **config,
        "sphinx": {"configuration": "docs/conf.py", "fail_on_warnings": True},
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)


def test_builds_like_nox(config: dict[str, object]) -> None:
    sphinx = config["sphinx"]
    assert isinstance(sphinx, dict)
    assert sphinx["fail_on_warning"] is True
    assert (ROOT / sphinx["configuration"]).is_file()
    install = " ".join(config["build"]["jobs"]["install"])  # type: ignore[index]
    assert "--group docs" in install
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    assert "docs" in groups
    noxfile = (ROOT / "noxfile.py").read_text()
    assert f'DOCS_PYTHON = "{config["build"]["tools"]["python"]}"' in noxfile  # type: ignore[index]
