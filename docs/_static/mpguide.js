// Code blocks and output boxes that scroll must be reachable by keyboard, so
// keyboard users can scroll them too (WCAG 2.1.1).
function mpguideFocusableScrollers() {
  document
    .querySelectorAll("div.highlight > pre, div.cell_output")
    .forEach((box) => {
      const scrolls =
        box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
      if (scrolls && !box.hasAttribute("tabindex")) {
        box.setAttribute("tabindex", "0");
      }
    });
}
document.addEventListener("DOMContentLoaded", mpguideFocusableScrollers);
window.addEventListener("resize", mpguideFocusableScrollers);

// Long outputs sit in a box of bounded height; a button under the box
// expands it to full length and collapses it again.
function mpguideCollapsibleOutputs() {
  document.querySelectorAll("div.cell_output").forEach((box) => {
    if (box.dataset.mpguideToggle || box.scrollHeight <= box.clientHeight + 1) {
      return;
    }
    box.dataset.mpguideToggle = "yes";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "mpguide-toggle";
    button.setAttribute("aria-expanded", "false");
    button.textContent = "Show the whole output";
    button.addEventListener("click", () => {
      const expanded = box.classList.toggle("mpguide-expanded");
      button.setAttribute("aria-expanded", String(expanded));
      button.textContent = expanded ? "Collapse the output" : "Show the whole output";
    });
    box.after(button);
  });
}
document.addEventListener("DOMContentLoaded", mpguideCollapsibleOutputs);

// Search, for a pasted error message. Sphinx's search lists a page only when
// the page holds every word of the query, so a message with the reader's own
// names in it ('my_func', 0x7f3a...) finds nothing. Three additions, made
// before Sphinx runs the query (searchtools.js loads after this file):
// - one-letter words (the t of "can't") are neither searched nor highlighted,
//   on the results or on the page a result opens;
// - words that no page contains are left out of the full-text search;
// - entries of the error index (docname "errors") whose heading words the
//   query nearly all contains are listed first, linked to the entry.
function mpguideSearchForMessages() {
  if (typeof Search === "undefined" || !Search._performSearch) return;
  const parseQuery = Search._parseQuery;
  Search._parseQuery = (query) => {
    const parsed = parseQuery(query);
    const [, searchTerms, , highlightTerms] = parsed;
    for (const terms of [searchTerms, highlightTerms]) {
      [...terms].filter((t) => t.length < 2).forEach((t) => terms.delete(t));
    }
    if (typeof SPHINX_HIGHLIGHT_ENABLED !== "undefined" && SPHINX_HIGHLIGHT_ENABLED) {
      localStorage.setItem("sphinx_highlight_terms", [...highlightTerms].join(" "));
    }
    return parsed;
  };
  const wordsOf = (text) =>
    new Set(
      splitQuery(text.toLowerCase()).filter(
        (w) => w.length > 1 && !stopwords.has(w) && !/^\d+$/.test(w),
      ),
    );
  const known = (index, term) => {
    const listed = (table) =>
      Object.hasOwn(table, term) ||
      (term.length > 2 && Object.keys(table).some((key) => key.includes(term)));
    return listed(index.terms) || listed(index.titleterms);
  };
  const entries = (index, query) => {
    const asked = wordsOf(query);
    const found = [];
    const page = index.docnames.indexOf("errors");
    if (page < 0) return found;
    for (const [title, places] of Object.entries(index.alltitles)) {
      const needed = [...wordsOf(title)];
      const hits = needed.filter((w) => asked.has(w)).length;
      if (needed.length < 2 || hits < 2 || hits < 0.6 * needed.length) continue;
      for (const [file, anchor] of places) {
        if (file !== page || !anchor) continue;
        const score = 100 * (hits / needed.length) + hits;
        found.push([
          index.docnames[file],
          `${index.titles[file]} > ${title}`,
          `#${anchor}`,
          null,
          score,
          index.filenames[file],
          SearchResultKind.title,
        ]);
      }
    }
    // Results are shown from the end of the list: best match last.
    return found.sort((a, b) => a[4] - b[4]).slice(-8);
  };
  const performSearch = Search._performSearch;
  Search._performSearch = (query, searchTerms, ...rest) => {
    const index = Search._index;
    const kept = new Set([...searchTerms].filter((term) => known(index, term)));
    const results = performSearch(query, kept.size ? kept : searchTerms, ...rest);
    const best = entries(index, query);
    const shown = new Set(best.map((r) => r[0] + r[2]));
    return [...results.filter((r) => !shown.has(r[0] + r[2])), ...best];
  };
}
document.addEventListener("DOMContentLoaded", mpguideSearchForMessages);
