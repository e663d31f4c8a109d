/*
 * Small enhancements for participatie.brussels. Every page works without this file:
 * without JavaScript the main navigation simply stays open on small screens.
 */
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  // Main navigation: on a phone, fold the section list behind a "Menu" disclosure button.
  var toggle = document.querySelector(".main-nav__toggle");
  if (toggle) {
    var list = document.getElementById(toggle.getAttribute("aria-controls"));
    toggle.hidden = false;
    toggle.setAttribute("aria-expanded", "false");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", open ? "false" : "true");
    });
    // Escape closes the open menu and gives focus back to its button.
    document.addEventListener("keydown", function (event) {
      if (
        event.key === "Escape" &&
        toggle.getAttribute("aria-expanded") === "true" &&
        list &&
        list.contains(document.activeElement)
      ) {
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }
})();
