// Wagtail's workflow dialogs (approve, approve with comment, request changes) open in a role="dialog" box with no
// accessible name, so a screen reader announces only "dialog". Name each after its own heading.
(function () {
  "use strict";
  var TITLE_ID = "selfassess-dialog-title";

  function nameDialogs() {
    document.querySelectorAll('.modal[role="dialog"]').forEach(function (modal) {
      var heading = modal.querySelector("h1, h2");
      if (!heading) {
        return;
      }
      // The dialog's heading repeats the page's own id (header-title): give it one of its own.
      if (heading.id !== TITLE_ID) {
        var old = document.getElementById(TITLE_ID);
        if (old) {
          old.removeAttribute("id");
        }
        heading.id = TITLE_ID;
      }
      modal.setAttribute("aria-labelledby", TITLE_ID);
    });
  }

  new MutationObserver(nameDialogs).observe(document.body, { childList: true, subtree: true });
})();
