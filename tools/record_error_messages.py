"""Record each error-index message as every CPython found here prints it.

Runs every lesson of ``mpdocs.messages`` under each supported CPython this
machine has, and writes the texts (normalised: addresses, PIDs, paths and
generated names masked) to ``docs/_data/error_messages.json``. The error
index page quotes them for the versions a builder cannot run, and
``tests/test_error_messages.py`` compares them with a real run on each
version, so a stale record fails the test suite. A version not found here
keeps what was recorded for it before.

    $ .nox/docs/bin/python tools/record_error_messages.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from mpdocs.messages import (
    QUOTES_FILE,
    messages_of,
    normalize,
    run_lessons,
)


def main() -> None:
    runs = run_lessons()
    old = json.loads(QUOTES_FILE.read_text()) if QUOTES_FILE.exists() else {}
    recorded = {**old.get("recorded_with", {}), **runs.versions}
    messages: dict[str, dict[str, str | None]] = {}
    for key, texts in messages_of(runs).items():
        messages[key] = dict(old.get("messages", {}).get(key, {}))
        messages[key].update(
            {v: normalize(text) if text else None for v, text in texts.items()}
        )
        messages[key] = dict(sorted(messages[key].items()))
    data = {
        "about": (
            "Written by tools/record_error_messages.py from real runs; checked "
            "by tests/test_error_messages.py. Do not edit by hand."
        ),
        "recorded_with": dict(sorted(recorded.items())),
        "messages": dict(sorted(messages.items())),
    }
    QUOTES_FILE.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    QUOTES_FILE.write_text(text, encoding="utf-8")
    print(
        f"{QUOTES_FILE.relative_to(ROOT)}: {len(messages)} messages, "
        f"recorded with {', '.join(runs.versions.values())}"
    )


if __name__ == "__main__":
    main()
