"""A message pasted into the site's search box finds its entry on the error index.

Each query is a message as a reader's own program would print it: their
function names, addresses, PIDs, counts and paths, none of which the page
contains. The search must still put the right entry of ``errors.html`` first.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

PASTED = {
    "pickle-lambda": (
        "_pickle.PicklingError: Can't pickle <function <lambda> at 0x7f9c2e1b5e50>: "
        "attribute lookup <lambda> on __main__ failed"
    ),
    "cant-get-attribute": (
        "AttributeError: Can't get attribute 'my_func' on <module '__main__' "
        "(built-in)>"
    ),
    "pickle-local": (
        "AttributeError: Can't pickle local object 'build_model.<locals>.loss_fn'"
    ),
    # The same entry, as Python 3.13 words it.
    "pickle-local-3.13": "AttributeError: Can't get local object 'Trainer.fit.<locals>.step'",
    "maybe-encoding": (
        "multiprocessing.pool.MaybeEncodingError: Error sending result: "
        "'<generator object read_rows at 0x7f1e8c0b9a50>'. Reason: "
        "'TypeError(\"cannot pickle 'generator' object\")'"
    ),
    "shm-not-found": (
        "FileNotFoundError: [Errno 2] No such file or directory: '/psm_a1b2c3d4'"
    ),
    "queue-closed": (
        "ValueError: Queue <multiprocessing.queues.Queue object at 0x10b3c2d90> "
        "is closed"
    ),
    "after-shutdown": (
        "RuntimeError: cannot schedule new futures after interpreter shutdown"
    ),
    "leaked-semaphore": (
        "/usr/lib/python3.12/multiprocessing/resource_tracker.py:254: UserWarning: "
        "resource_tracker: There appear to be 3 leaked semaphore objects to clean "
        "up at shutdown"
    ),
    "fork-threads": (
        "/usr/lib/python3.12/multiprocessing/popen_fork.py:66: DeprecationWarning: "
        "This process (pid=31337) is multi-threaded, use of fork() may lead to "
        "deadlocks in the child."
    ),
    "process-traceback": "Process ForkProcess-3:\nTraceback (most recent call last):",
    "as-completed-timeout": "TimeoutError: 3 (of 8) futures unfinished",
    "inherit-queue": (
        "RuntimeError: Queue objects should only be shared between processes "
        "through inheritance"
    ),
    "broken-pool": (
        "concurrent.futures.process.BrokenProcessPool: A process in the process "
        "pool was terminated abruptly while the future was running or pending."
    ),
    "bootstrapping": (
        "RuntimeError: An attempt has been made to start a new process before "
        "the current process has finished its bootstrapping phase."
    ),
    "too-many-files": "OSError: [Errno 24] Too many open files: '/home/ana/data.csv'",
}


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()


def _results(page: Any, site_url: str, query: str) -> list[str]:
    """The result links, best first, once the search has finished."""
    page.goto(
        f"{site_url}/search.html?q={urllib.parse.quote(query)}",
        wait_until="networkidle",
    )
    page.wait_for_function(
        "() => document.querySelector('#search-results .search-summary')"
        "?.textContent.trim()",
        timeout=30_000,
    )
    links: list[str] = page.eval_on_selector_all(
        "#search-results li a", "els => els.map(e => e.getAttribute('href'))"
    )
    return links


def _entry_of(page: Any, site_url: str, link: str) -> str | None:
    """The ``errors-…`` label of the section that *link* leads to, if any."""
    page.goto(f"{site_url}/{link}", wait_until="networkidle")
    # The page is long: goto() can return before the entry has been parsed.
    page.wait_for_function("() => document.readyState === 'complete'")
    label: str | None = page.evaluate(
        """() => {
            const target = document.getElementById(location.hash.slice(1));
            const section = target && target.closest('section');
            if (!section) return null;
            const ids = [section.id, ...[...section.querySelectorAll(
                ':scope > span[id]')].map(s => s.id)];
            return ids.find(id => id.startsWith('errors-')) || null;
        }"""
    )
    return label


@pytest.mark.parametrize("key", sorted(PASTED))
def test_a_pasted_message_finds_its_entry_first(
    page: Any, site_url: str, key: str
) -> None:
    links = _results(page, site_url, PASTED[key])
    assert links, f"no result for {PASTED[key]!r}"
    first = links[0]
    assert first.split("?")[0].split("#")[0].endswith("errors.html"), links[:5]
    expected = "errors-" + key.removesuffix("-3.13")
    assert _entry_of(page, site_url, first) == expected, links[:5]


def test_the_t_of_cant_is_not_highlighted(page: Any, site_url: str) -> None:
    _results(page, site_url, PASTED["cant-get-attribute"])
    marked = page.eval_on_selector_all(
        "#search-results .highlighted", "els => els.map(e => e.textContent)"
    )
    assert marked, "nothing highlighted in the results"
    assert all(len(text) > 1 for text in marked), sorted(set(marked))
    stored = page.evaluate("() => localStorage.getItem('sphinx_highlight_terms')")
    assert "t" not in stored.split(), stored


def test_words_no_page_has_do_not_hide_the_pages_that_have_the_others(
    page: Any, site_url: str
) -> None:
    # "daemonic" is on the processes page; "zqxjv" is on no page at all.
    links = _results(page, site_url, "daemonic zqxjv")
    assert any("processes" in link for link in links), links


def test_a_query_of_unknown_words_still_finds_nothing(page: Any, site_url: str) -> None:
    assert _results(page, site_url, "zqxjv wqpfk") == []
