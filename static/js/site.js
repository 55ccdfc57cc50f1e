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

  // Row disclosures: a link to the permalink's sources becomes a button that fetches the
  // summary and citations into the row (once) and then shows or hides them.
  function toggleDetails(link) {
    var panel = document.getElementById(link.getAttribute("aria-controls"));
    if (!panel) return;
    if (link.getAttribute("aria-expanded") === "true") {
      panel.hidden = true;
      link.setAttribute("aria-expanded", "false");
      return;
    }
    var show = function () {
      panel.hidden = false;
      link.setAttribute("aria-expanded", "true");
    };
    if (panel.dataset.loaded) { show(); return; }
    link.setAttribute("aria-busy", "true");
    htmx.ajax("GET", link.getAttribute("data-details"), { target: panel, swap: "innerHTML" }).then(
      function () {
        link.removeAttribute("aria-busy");
        if (panel.childElementCount) { panel.dataset.loaded = "1"; show(); }
        else { window.location.assign(link.href); }
      },
      function () { window.location.assign(link.href); }
    );
  }

  function setUpDisclosures(root) {
    root.querySelectorAll("a.disclosure[data-details][data-controls]").forEach(function (link) {
      if (link.dataset.ready) return;
      link.dataset.ready = "1";
      link.setAttribute("role", "button");
      link.setAttribute("aria-controls", link.getAttribute("data-controls"));
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("click", function (event) {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        toggleDetails(link);
      });
      link.addEventListener("keydown", function (event) {  // a button answers Space too
        if (event.key === " ") { event.preventDefault(); toggleDetails(link); }
      });
    });
  }

  // Tell screen readers what a swap loaded: "10 more events loaded", "12 events shown".
  var pending = null;
  function countRows() { return document.querySelectorAll("#event-list article.event").length; }
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    var target = event.detail.target;
    if (elt && elt.closest && elt.closest(".load-more")) pending = { kind: "more", before: countRows() };
    else if (target && target.id === "event-list") pending = { kind: "list", before: 0 };
  });
  document.addEventListener("htmx:afterSettle", function () {
    var status = document.getElementById("live-status");
    if (!pending || !status) return;
    var now = countRows();
    var more = document.getElementById("load-more") ? "" : " That is all of them.";
    var text;
    if (pending.kind === "more") {
      var added = now - pending.before;
      text = added + " more event" + (added === 1 ? "" : "s") + " loaded." + more;
    } else {
      text = now ? now + " event" + (now === 1 ? "" : "s") + " shown." + (more ? "" : " More below.")
        : "No events match these filters.";
    }
    pending = null;
    status.textContent = text;
  });

  function setUp(root) { setUpCopyButtons(root); setUpDisclosures(root); }
  document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  document.addEventListener("htmx:load", function (event) { setUp(event.detail.elt); });
})();
