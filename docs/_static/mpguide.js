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
