// "Cite this": copy buttons for links and citations. Without JavaScript the buttons stay hidden and the
// read-only fields can be selected and copied by hand.
(function () {
  "use strict";
  if (window.citeCopyReady) { return; }
  window.citeCopyReady = true;

  function copyText(field) {
    var text = field.value !== undefined ? field.value : field.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    field.focus();
    field.select();
    return document.execCommand("copy") ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) { return; }
    var label = button.textContent;
    button.hidden = false;
    button.addEventListener("click", function () {
      copyText(field).then(function () {
        button.textContent = "Copied";
      }, function () {
        field.select();
        button.textContent = "Press Ctrl+C to copy";
      });
      window.setTimeout(function () { button.textContent = label; }, 2000);
    });
  });
})();
