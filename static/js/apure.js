// Portail APuRe: the few behaviours that need JavaScript. Every page works without it.
(function () {
  "use strict";

  // Idle session warning: shown a few minutes before the session expires for inactivity.
  function setupSessionWarning() {
    var body = document.body;
    var idle = parseInt(body.dataset.sessionIdle || "0", 10);
    var warn = parseInt(body.dataset.sessionWarning || "0", 10);
    var box = document.getElementById("session-warning");
    if (!idle || !box) { return; }
    var timer;
    function schedule() {
      clearTimeout(timer);
      box.hidden = true;
      timer = setTimeout(function () {
        box.hidden = false;
        var button = box.querySelector("button");
        if (button) { button.focus(); }
      }, Math.max(idle - warn, 1) * 1000);
    }
    var button = box.querySelector("[data-session-keepalive]");
    if (button) {
      button.addEventListener("click", function () {
        var token = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
        fetch(body.dataset.keepaliveUrl, {
          method: "POST",
          credentials: "same-origin",
          headers: { "X-CSRFToken": token ? decodeURIComponent(token[1]) : "" }
        }).then(function (response) {
          if (response.ok) { schedule(); } else { window.location.reload(); }
        });
      });
    }
    schedule();
  }

  // htmx sends the CSRF token with every request it makes.
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (token) { event.detail.headers["X-CSRFToken"] = decodeURIComponent(token[1]); }
  });

  // A form that comes back with errors: move the focus to its summary so that screen
  // reader and keyboard users learn about them first.
  function focusErrorSummary() {
    var summary = document.querySelector(".error-summary");
    if (summary) { summary.focus(); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupSessionWarning();
    focusErrorSummary();
  });
})();
