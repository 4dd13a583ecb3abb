// Code and output blocks that scroll sideways must be reachable by keyboard,
// so keyboard users can scroll them too (WCAG 2.1.1).
function mpguideFocusableScrollers() {
  document.querySelectorAll("div.highlight > pre").forEach((pre) => {
    if (pre.scrollWidth > pre.clientWidth && !pre.hasAttribute("tabindex")) {
      pre.setAttribute("tabindex", "0");
    }
  });
}
document.addEventListener("DOMContentLoaded", mpguideFocusableScrollers);
window.addEventListener("resize", mpguideFocusableScrollers);
