/* Progressive enhancements for the public pages. Loaded with defer; no inline scripts (CSP). */
(function () {
  "use strict";

  // Filter forms send their empty fields; leave them out of the request and the pushed URL.
  document.addEventListener("htmx:configRequest", function (event) {
    var params = event.detail.parameters;
    if (!params || event.detail.verb !== "get") return;
    var names = [];
    if (typeof params.keys === "function") {
      names = Array.from(params.keys());
    } else {
      names = Object.keys(params);
    }
    names.forEach(function (name) {
      var value = typeof params.getAll === "function" ? params.getAll(name) : params[name];
      var values = Array.isArray(value) ? value : [value];
      if (values.every(function (v) { return v === "" || v === null || v === undefined; })) {
        if (typeof params.delete === "function") params.delete(name);
        else delete params[name];
      }
    });
    if (params.order === "newest" || (typeof params.get === "function" && params.get("order") === "newest")) {
      if (typeof params.delete === "function") params.delete("order");
      else delete params.order;
    }
  });

  // A 400 (a filter the server cannot use) comes back as a fragment that explains why: show it.
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 400) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  // Copy buttons: hidden without JavaScript; copy the text of the element they name.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) resolve(); else reject(new Error("copy failed"));
    });
  }

  function setUpCopyButtons(root) {
    root.querySelectorAll("button.copy-link[data-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source || button.dataset.ready) return;
      button.dataset.ready = "1";
      button.hidden = false;
      button.addEventListener("click", function () {
        var text = "value" in source && source.value ? source.value : source.textContent.trim();
        var status = document.querySelector(".copy-status");
        copyText(text).then(
          function () { if (status) status.textContent = "Copied."; },
          function () {
            if (status) status.textContent = "Copying failed: select the text and copy it.";
          }
        );
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { setUpCopyButtons(document); });
  document.addEventListener("htmx:load", function (event) { setUpCopyButtons(event.detail.elt); });
})();
