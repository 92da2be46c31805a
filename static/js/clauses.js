// La Clause Verte: copy a clause in one click, print a fiche. Pages work without this file.
(function () {
  "use strict";

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) { return decodeURIComponent(match[1]); }
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function statusFor(button) {
    var box = button.closest(".clause-actions");
    return box ? box.querySelector(".copy-status") : null;
  }

  function say(button, message) {
    var status = statusFor(button);
    if (status) {
      status.textContent = "";
      // A fresh text node makes screen readers announce the same message twice in a row.
      window.setTimeout(function () { status.textContent = message; }, 50);
    }
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // Counting never blocks nor delays the copy: fire and forget, after the copy.
  function countCopy(url) {
    if (!url) { return; }
    try {
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        keepalive: true,
        headers: { "X-CSRFToken": csrfToken() }
      }).catch(function () {});
    } catch (error) { /* an old browser: the copy still happened */ }
  }

  // Whether the facets disclosure is open: kept across htmx swaps of the results region.
  var facetsOpen = null;

  function copyClause(button) {
    var target = document.getElementById(button.dataset.copyTarget);
    if (!target) { return; }
    var text = target.innerText.trim();
    var done = function () {
      say(button, button.dataset.copyDone || "Copied");
      countCopy(button.dataset.copyUrl);
    };
    var fallback = function () {
      selectText(target);
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
      if (copied) { done(); } else {
        say(button, button.dataset.copyFallback || "");
        countCopy(button.dataset.copyUrl);
      }
    };
    if (!navigator.clipboard || !window.isSecureContext) { fallback(); return; }
    var write;
    if (window.ClipboardItem && navigator.clipboard.write) {
      // Rich text for word processors, plain text for everything else.
      var item = new window.ClipboardItem({
        "text/html": new Blob([target.innerHTML], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" })
      });
      write = navigator.clipboard.write([item]).catch(function () {
        return navigator.clipboard.writeText(text);
      });
    } else {
      write = navigator.clipboard.writeText(text);
    }
    write.then(done, fallback);
  }

  function setup(root) {
    root.querySelectorAll("[data-copy-target]").forEach(function (button) {
      if (button.dataset.copyReady) { return; }
      button.dataset.copyReady = "1";
      button.hidden = false;
      button.addEventListener("click", function () { copyClause(button); });
    });
    root.querySelectorAll("details[data-facets]").forEach(function (details) {
      if (facetsOpen === null) { facetsOpen = window.matchMedia("(min-width: 50rem)").matches; }
      details.open = facetsOpen;
      details.addEventListener("toggle", function () { facetsOpen = details.open; });
    });
    root.querySelectorAll("[data-print]").forEach(function (button) {
      if (button.dataset.printReady) { return; }
      button.dataset.printReady = "1";
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  // After a page of results replaced the old one, keyboard and screen reader users start at the
  // results heading instead of losing focus with the removed link. Only for pagination: a facet
  // checkbox keeps the focus it has.
  function focusResults(event) {
    var target = event.detail && event.detail.target;
    var config = event.detail && event.detail.requestConfig;
    var source = config && config.elt;
    if (!target || target.id !== "search-region" || !source || !source.closest) { return; }
    if (!source.closest("[data-results-pagination]")) { return; }
    var heading = document.getElementById("results-title");
    if (heading) { heading.focus(); }
  }

  // The results region says it is busy while a search runs (dimmed with "Recherche…" by the
  // CSS through htmx's htmx-request class; aria-busy for screen readers).
  function busy(event, value) {
    var target = event.detail && event.detail.target;
    if (target && target.id === "search-region") { target.setAttribute("aria-busy", value); }
  }

  // A destructive action (archiving) asks first; without JavaScript the form posts directly.
  function confirmSubmit(event) {
    var form = event.target;
    if (form && form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  }

  document.addEventListener("DOMContentLoaded", function () { setup(document); });
  document.addEventListener("htmx:beforeRequest", function (event) { busy(event, "true"); });
  document.addEventListener("htmx:afterRequest", function (event) { busy(event, "false"); });
  document.addEventListener("submit", confirmSubmit);
  document.addEventListener("htmx:afterSwap", focusResults);
  document.addEventListener("htmx:afterSettle", function (event) { setup(event.target); });
})();
