// Warns staff before the admin signs them out for being idle (WCAG 2.2.1, timing adjustable), with
// a "Stay signed in" button. Nothing is sent or thrown away when time runs out: the page stays, so
// a note being typed can still be copied. The server decides (StaffSessionExpiryMiddleware);
// this only counts down from the last page load and asks the server to count activity.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || document.body.classList.contains("login")) {
    return; // the sign-in pages: nobody is signed in yet
  }
  var idleSeconds = Number(script.dataset.idleSeconds);
  var warnSeconds = Number(script.dataset.warnSeconds);
  var keepAliveUrl = script.dataset.keepAliveUrl;
  var config = {};
  try {
    config = JSON.parse(document.getElementById("wagtail-config").textContent);
  } catch (error) {
    config = {};
  }
  var warnTimer = null;
  var endTimer = null;

  var dialog = document.createElement("dialog");
  dialog.className = "staff-idle-warning";
  dialog.setAttribute("aria-labelledby", "staff-idle-warning-heading");
  dialog.setAttribute("aria-describedby", "staff-idle-warning-text");
  dialog.innerHTML =
    '<h2 id="staff-idle-warning-heading">You will be signed out soon</h2>' +
    '<p id="staff-idle-warning-text"></p>' +
    '<button type="button" class="button">Stay signed in</button>';
  document.body.appendChild(dialog);
  var heading = dialog.querySelector("h2");
  var text = dialog.querySelector("p");
  var button = dialog.querySelector("button");

  function minutes(seconds) {
    var count = Math.max(1, Math.round(seconds / 60));
    return count + (count === 1 ? " minute" : " minutes");
  }

  function warn() {
    heading.textContent = "You will be signed out soon";
    text.textContent =
      "To keep children's information safe, you will be signed out in " + minutes(warnSeconds) +
      " because nothing has been sent for a while. Anything you have typed and not saved is still on this page.";
    button.hidden = false;
    if (!dialog.open) {
      dialog.showModal();
    }
    button.focus();
  }

  function signedOut() {
    heading.textContent = "You have been signed out";
    text.textContent =
      "To keep children's information safe, you were signed out. Copy anything you have typed and not saved, " +
      "then sign in again in a new tab.";
    button.hidden = true;
    if (!dialog.open) {
      dialog.showModal();
    }
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }

  function start() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(warn, Math.max(0, idleSeconds - warnSeconds) * 1000);
    endTimer = setTimeout(signedOut, idleSeconds * 1000);
  }

  button.addEventListener("click", function () {
    var headers = {};
    headers[config.CSRF_HEADER_NAME || "X-CSRFToken"] = config.CSRF_TOKEN || "";
    fetch(keepAliveUrl, { method: "POST", headers: headers, credentials: "same-origin", redirect: "manual" })
      .then(function (response) {
        if (response.status === 204) {
          dialog.close();
          start();
        } else {
          signedOut();
        }
      })
      .catch(signedOut);
  });
  // Escape closes a modal dialog; closing it any way other than the button does not extend the time.
  start();
})();
