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
