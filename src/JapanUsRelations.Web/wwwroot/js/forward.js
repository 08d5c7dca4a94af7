// An older edition's section: when a link lands on one paragraph (#p3), the notice at the top also says what became
// of that paragraph in the latest edition (copied from the paragraph's own history line, which is there without
// JavaScript too) and the line is highlighted. No inline script: the Content-Security-Policy forbids it.
(function () {
  "use strict";

  function show() {
    var slot = document.querySelector(".forward-notice .forward-para");
    if (!slot) { return; }
    document.querySelectorAll(".para-history.followed").forEach(function (line) { line.classList.remove("followed"); });
    var id = "";
    try { id = decodeURIComponent(window.location.hash.slice(1)); } catch (e) { id = ""; }
    var line = id ? document.getElementById("history-" + id) : null;
    var latest = line ? line.querySelector(".para-latest") : null;
    if (!latest) {
      slot.hidden = true;
      slot.textContent = "";
      return;
    }

    slot.textContent = "";
    var lead = document.createElement("strong");
    lead.textContent = "The paragraph you followed (" + id + "): ";
    slot.appendChild(lead);
    slot.appendChild(latest.cloneNode(true));
    slot.appendChild(document.createTextNode("."));
    slot.hidden = false;
    line.classList.add("followed");
  }

  window.addEventListener("hashchange", show);
  show();
})();
