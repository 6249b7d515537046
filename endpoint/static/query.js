// The query page: pick an example, run it against /sparql, show the rows as a table with links (the
// triples of a CONSTRUCT or DESCRIBE as Turtle). The status messages are in the page's language: the page puts
// them in data attributes of #status (data-rows="{n} row(s) in {ms}"), from the strings of endpoint/i18n.py.
(function () {
  "use strict";
  var form = document.getElementById("query-form");
  var editor = document.getElementById("query");
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  var base = document.documentElement.getAttribute("data-base") || "";

  function message(name, values) {
    var text = status.getAttribute("data-" + name) || name;
    return text.replace(/\{(\w+)\}/g, function (all, key) {
      return values && values[key] !== undefined ? String(values[key]) : all;
    });
  }

  function localHref(iri) {
    if (base && iri.indexOf(base) === 0) { return "/" + iri.slice(base.length); }
    if (/^https?:\/\//.test(iri)) { return iri; }
    return null;
  }

  function updateDownloads() {
    var q = encodeURIComponent(editor.value);
    document.getElementById("download-csv").href = "/sparql?format=csv&query=" + q;
    document.getElementById("download-json").href = "/sparql?format=json&query=" + q;
  }

  function cell(term) {
    var td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var href = localHref(term.value);
      var el = document.createElement(href ? "a" : "span");
      if (href) { el.href = href; }
      el.textContent = term.value;
      td.appendChild(el);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function render(data) {
    results.textContent = "";
    if (typeof data.boolean === "boolean") {
      results.textContent = message("boolean", { value: data["boolean"] });
      return 1;
    }
    var vars = data.head.vars, rows = data.results.bindings;
    var table = document.createElement("table");
    table.className = "list";
    var head = table.createTHead().insertRow();
    vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    var body = table.createTBody();
    rows.forEach(function (row) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
    });
    results.appendChild(table);
    return rows.length;
  }

  function run(event) {
    if (event) { event.preventDefault(); }
    updateDownloads();
    status.className = "";
    status.textContent = message("running");
    var started = performance.now();
    fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: editor.value
    }).then(function (resp) {
      var type = resp.headers.get("Content-Type") || "";
      if (type.indexOf("json") >= 0) {
        return resp.json().then(function (data) { return { ok: resp.ok, data: data }; });
      }
      return resp.text().then(function (text) {
        return { ok: resp.ok, turtle: text, triples: resp.headers.get("X-Result-Rows") };
      });
    }).then(function (r) {
      var ms = Math.round(performance.now() - started) + " ms";
      if (!r.ok) {
        status.className = "error";
        status.textContent = r.data && r.data.error ?
          r.data.error.message + (r.data.error.hint ? " " + r.data.error.hint : "") : message("error");
        return;
      }
      if (r.turtle !== undefined) {  // CONSTRUCT or DESCRIBE: the triples as Turtle
        results.textContent = "";
        var pre = document.createElement("pre");
        pre.className = "turtle";
        pre.textContent = r.turtle;
        results.appendChild(pre);
        status.textContent = message("triples", { n: r.triples, ms: ms });
        return;
      }
      status.textContent = message("rows", { n: render(r.data), ms: ms });
    }).catch(function (err) {
      status.className = "error";
      status.textContent = message("failed", { message: err.message });
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (button) {
    button.addEventListener("click", function () {
      var tpl = document.getElementById("example-" + button.getAttribute("data-name"));
      editor.value = tpl.content.textContent.trim() + "\n";
      Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (b) { b.classList.remove("active"); });
      button.classList.add("active");
      updateDownloads();
    });
  });
  editor.addEventListener("input", updateDownloads);
  form.addEventListener("submit", run);
  updateDownloads();
}());
