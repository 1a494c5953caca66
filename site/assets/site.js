// Accessibility fixes to the theme, as axe-core (tests/test_site.py) asks: the search dialog gets a name, and each
// navigation landmark (the menus, and the copy button of each code block, added as the page renders) a label of
// its own.
function labelLandmarks() {
  const search = document.querySelector(".md-search[role=dialog]");
  if (search && !search.hasAttribute("aria-label")) search.setAttribute("aria-label", "Search the documentation");
  document.querySelectorAll("nav[aria-labelledby]:not([aria-label])").forEach((nav) => {
    const label = document.getElementById(nav.getAttribute("aria-labelledby"));
    if (label) nav.setAttribute("aria-label", `${label.textContent.trim()} (level ${nav.dataset.mdLevel || 0})`);
  });
  document.querySelectorAll("nav.md-code__nav:not([aria-label])").forEach((nav) => {
    const block = nav.closest("[id]");
    nav.setAttribute("aria-label", `Code block ${block ? block.id.replace("__code_", "") : ""} actions`);
  });
}
document.addEventListener("DOMContentLoaded", labelLandmarks);
new MutationObserver(labelLandmarks).observe(document.documentElement, { childList: true, subtree: true });
