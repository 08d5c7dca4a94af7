// Compare page: "previous change" / "next change" buttons and keys (j or n: next; k or p: previous).
// Each step starts from where the reader is (the rows on screen now, after any scrolling or link), wraps at the
// ends with a message, and keeps focus where the next press works: a key press focuses the row it lands on, a
// button press leaves focus on the button. Progressive enhancement: without this script every change still has
// its own link (#n-p5) and the summary links.
(function () {
  "use strict";
  var view = document.querySelector("[data-compare]");
  var bar = view && view.querySelector("[data-change-nav]");
  if (!view || !bar) { return; }
  var changes = Array.prototype.slice.call(view.querySelectorAll(".cmp-row.is-change"));
  if (changes.length === 0) { return; }
  var sticky = view.querySelector(".cmp-sticky");
  var status = document.createElement("span");
  status.setAttribute("aria-live", "polite");
  status.className = "cmp-nav-status";

  // The top of the reading area: below the sticky header and toolbar (stuck at the top of the window).
  function top() { return sticky ? sticky.getBoundingClientRect().height : 0; }

  var landed = null; // the change the last step landed on, and the scroll position it left

  function wrap(index) {
    if (index >= changes.length) { return { index: 0, wrapped: true }; }
    if (index < 0) { return { index: changes.length - 1, wrapped: true }; }
    return { index: index, wrapped: false };
  }

  function target(direction) {
    // Not scrolled since the last step: step from that change (it may sit low when the page cannot scroll further).
    if (landed && Math.abs(window.scrollY - landed.y) < 2) { return wrap(landed.index + direction); }
    // Otherwise from what is on screen: the first change below the reading line, or the last one above it.
    var line = top() + 10;
    var i;
    if (direction > 0) {
      for (i = 0; i < changes.length; i++) {
        if (changes[i].getBoundingClientRect().top > line) { return wrap(i); }
      }
      return wrap(changes.length);
    }
    for (i = changes.length - 1; i >= 0; i--) {
      if (changes[i].getBoundingClientRect().top < line - 4) { return wrap(i); }
    }
    return wrap(-1);
  }

  function go(direction, focusRow) {
    var t = target(direction);
    var row = changes[t.index];
    window.scrollTo({ top: window.scrollY + row.getBoundingClientRect().top - top() - 8, behavior: "instant" });
    if (focusRow) { row.focus({ preventScroll: true }); }
    if (history.replaceState) { history.replaceState(null, "", "#" + row.id); }
    landed = { index: t.index, y: window.scrollY };
    status.textContent = (t.wrapped ? (direction > 0 ? "Past the last change: back to the first. " : "Before the first change: on to the last. ") : "")
      + "Change " + (t.index + 1) + " of " + changes.length;
  }

  function button(label, key, direction) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.setAttribute("aria-keyshortcuts", key);
    b.addEventListener("click", function () { go(direction, false); });
    return b;
  }

  bar.appendChild(button("◀ Previous change", "k p", -1));
  bar.appendChild(button("Next change ▶", "j n", 1));
  bar.appendChild(status);
  bar.hidden = false;
  status.textContent = changes.length + " changes";
  var keys = document.querySelector("[data-shortcuts]");
  if (keys) { keys.hidden = false; }

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) { return; }
    if (e.key === "j" || e.key === "n") { e.preventDefault(); go(1, true); }
    else if (e.key === "k" || e.key === "p") { e.preventDefault(); go(-1, true); }
  });
})();
