// Compare page: "previous change" / "next change" buttons and keys (j or n: next; k or p: previous).
// Progressive enhancement: without this script every change still has its own link (#n-p5) and the summary links.
(function () {
  "use strict";
  var view = document.querySelector("[data-compare]");
  var bar = view && view.querySelector("[data-change-nav]");
  if (!view || !bar) { return; }
  var changes = Array.prototype.slice.call(view.querySelectorAll(".cmp-row.is-change"));
  if (changes.length === 0) { return; }

  var current = -1;
  var status = document.createElement("span");
  status.setAttribute("aria-live", "polite");

  function go(index) {
    current = Math.max(0, Math.min(changes.length - 1, index));
    var row = changes[current];
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
    if (history.replaceState) { history.replaceState(null, "", "#" + row.id); }
    status.textContent = "Change " + (current + 1) + " of " + changes.length;
  }

  function nearest(direction) {
    // Start from the focused or last visited row, else from the screen's middle.
    if (current < 0) {
      var middle = window.innerHeight / 2;
      for (var i = 0; i < changes.length; i++) {
        if (changes[i].getBoundingClientRect().top > middle) { return direction > 0 ? i : i - 1; }
      }
      return direction > 0 ? changes.length - 1 : changes.length - 1;
    }
    return current + direction;
  }

  function button(label, key, direction) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.setAttribute("aria-keyshortcuts", key);
    b.addEventListener("click", function () { go(nearest(direction)); });
    return b;
  }

  bar.appendChild(button("◀ Previous change", "k p", -1));
  bar.appendChild(button("Next change ▶", "j n", 1));
  bar.appendChild(status);
  bar.hidden = false;
  status.textContent = changes.length + " changes";

  var start = location.hash ? changes.findIndex(function (r) { return "#" + r.id === location.hash; }) : -1;
  if (start >= 0) { current = start; }

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (e.key === "j" || e.key === "n") { e.preventDefault(); go(nearest(1)); }
    else if (e.key === "k" || e.key === "p") { e.preventDefault(); go(nearest(-1)); }
  });
})();
