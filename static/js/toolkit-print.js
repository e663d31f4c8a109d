/*
 * Method sheets: the "Print / save as PDF" button. Without JavaScript the button stays hidden
 * and a short hint points to the browser's own print command instead.
 */
(function () {
  "use strict";

  var buttons = document.querySelectorAll("[data-print-button]");
  if (!buttons.length || typeof window.print !== "function") {
    return;
  }
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-print-hint]"), function (hint) {
    hint.hidden = true;
  });
})();
