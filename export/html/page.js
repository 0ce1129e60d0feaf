// The newskg page script: reads the graph data embedded in the page and
// answers clicks on the Graphviz drawing. No network, no libraries.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("newskg-data").textContent);
  var drawing = document.getElementById("drawing");
  var panel = document.getElementById("panel");
  var svg = drawing.querySelector("svg");
  var entities = {}, links = {}, byEntity = {};
  data.entities.forEach(function (e) { entities[e.element] = e; byEntity[e.element] = []; });
  data.links.forEach(function (l) {
    links[l.element] = l;
    byEntity[l.subject].push(l);
    if (l.object !== l.subject) byEntity[l.object].push(l);
  });

  // el builds an element; text goes in as text, never as markup.
  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      n.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return n;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // fold makes names comparable: lower case, no accents or punctuation.
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[’'.]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim()
      .replace(/^(the|mr|mrs|ms|dr) /, "");
  }

  function select(id) {
    drawing.querySelectorAll("g.selected").forEach(function (g) { g.classList.remove("selected"); });
    var g = document.getElementById(id);
    if (g) g.classList.add("selected");
    return g;
  }

  function claimItem(c) {
    // Some articles' titles are whole paragraphs: show a line of it.
    var full = (c.title || c.article).replace(/\s+/g, " ").trim();
    var source = full.length > 120 ? full.slice(0, 119) + "…" : full;
    var title = c.url ? el("a", { href: c.url, target: "_blank", rel: "noopener", title: full }, [source]) : el("span", { title: full }, [source]);
    var meta = [c.date || "undated", "confidence " + c.confidence.toFixed(2)];
    if (!c.url && c.source) meta.push(c.source);
    return el("li", { "class": "claim", "data-claim": c.id }, [
      el("blockquote", { "class": "evidence" }, ["“" + c.evidence.replace(/\s+/g, " ").trim() + "”"]),
      el("div", { "class": "meta" }, [title, " · " + meta.join(" · ")])
    ]);
  }

  function entityLink(element) {
    var a = el("a", { href: "#", "class": "entity" }, [entities[element].name]);
    a.addEventListener("click", function (ev) { ev.preventDefault(); showEntity(element, true); });
    return a;
  }

  function showLink(id) {
    var l = links[id];
    select(id);
    panel.replaceChildren(
      el("h2", {}, [entityLink(l.subject), " " + l.predicate + " ", entityLink(l.object)]),
      el("p", { "class": "meta" }, [plural(l.claims.length, "claim")]),
      el("ol", { "class": "claims" }, l.claims.map(claimItem)));
  }

  function showEntity(id, scroll) {
    var e = entities[id];
    var g = select(id);
    if (scroll && g) g.scrollIntoView({ block: "center", inline: "center" });
    var kids = [el("h2", {}, [e.name]), el("p", { "class": "meta" }, [e.type +
      (e.aliases.length ? " · also " + e.aliases.filter(function (a) { return a !== e.name; }).join(", ") : "")])];
    data.predicates.forEach(function (p) {
      var ls = byEntity[id].filter(function (l) { return l.predicate === p.name; });
      if (!ls.length) return;
      var n = ls.reduce(function (s, l) { return s + l.claims.length; }, 0);
      kids.push(el("h3", { style: "color:" + p.color }, [p.name + " (" + plural(n, "claim") + ")"]));
      var ul = el("ul", {}, []);
      ls.forEach(function (l) {
        var head = l.subject === id ? ["→ ", entityLink(l.object)] : ["← ", entityLink(l.subject)];
        var more = el("a", { href: "#" }, [plural(l.claims.length, "claim")]);
        more.addEventListener("click", function (ev) { ev.preventDefault(); showLink(l.element); });
        ul.appendChild(el("li", {}, head.concat([" (", more, ")"]).concat([
          el("ol", { "class": "claims" }, l.claims.map(claimItem))])));
      });
      kids.push(ul);
    });
    panel.replaceChildren.apply(panel, kids);
  }

  drawing.addEventListener("click", function (ev) {
    var g = ev.target.closest("g.node, g.edge");
    if (!g) return;
    if (links[g.id]) showLink(g.id);
    else if (entities[g.id]) showEntity(g.id, false);
  });

  // Search: a name or alias, exactly (after folding), then as a word
  // prefix or suffix, then anywhere.
  var names = document.getElementById("names");
  var index = [];
  data.entities.forEach(function (e) {
    [e.name].concat(e.aliases).forEach(function (n, i) {
      index.push({ key: fold(n), element: e.element, isName: i === 0 });
      if (i === 0 || n !== e.name) names.appendChild(el("option", { value: n }, []));
    });
  });
  function find(q) {
    var f = fold(q);
    if (!f) return null;
    var tests = [
      function (k) { return k.isName && k.key === f; },
      function (k) { return k.key === f; },
      function (k) { return k.key.startsWith(f + " ") || k.key.endsWith(" " + f); },
      function (k) { return k.key.indexOf(f) >= 0; }];
    for (var i = 0; i < tests.length; i++) {
      var hit = index.find(tests[i]);
      if (hit) return hit.element;
    }
    return null;
  }
  document.getElementById("search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("q").value;
    var hit = find(q);
    if (hit) showEntity(hit, true);
    else panel.replaceChildren(el("p", { "class": "miss" }, ["No entity in this picture is called “" + q + "”."]));
  });

  // Predicate toggles hide edges; entities left without a visible edge fade.
  var toggles = document.getElementById("predicates");
  data.predicates.forEach(function (p) {
    var box = el("input", { type: "checkbox", checked: "", "data-predicate": p.name }, []);
    box.addEventListener("change", applyToggles);
    toggles.appendChild(el("label", {}, [box, el("span", { "class": "swatch", style: "border-color:" + p.color }, []), p.name]));
  });
  function applyToggles() {
    var on = {};
    toggles.querySelectorAll("input").forEach(function (b) { on[b.dataset.predicate] = b.checked; });
    data.links.forEach(function (l) {
      var g = document.getElementById(l.element);
      if (g) g.classList.toggle("off", !on[l.predicate]);
    });
    data.entities.forEach(function (e) {
      var g = document.getElementById(e.element);
      if (g) g.classList.toggle("faded", !byEntity[e.element].some(function (l) { return on[l.predicate]; }));
    });
  }

  // Zoom by resizing the SVG; the drawing area scrolls.
  var natural = { w: svg.width.baseVal.value, h: svg.height.baseVal.value }, scale = 1;
  function zoom(s) {
    scale = Math.min(Math.max(s, 0.05), 8);
    svg.setAttribute("width", natural.w * scale + "pt");
    svg.setAttribute("height", natural.h * scale + "pt");
  }
  document.getElementById("zoom").addEventListener("click", function (ev) {
    var z = ev.target.dataset && ev.target.dataset.zoom;
    if (z === "in") zoom(scale * 1.25);
    else if (z === "out") zoom(scale / 1.25);
    else if (z === "fit") {
      var px = natural.w * 4 / 3, py = natural.h * 4 / 3; // pt to CSS px
      zoom(Math.min(drawing.clientWidth / px, drawing.clientHeight / py, 1));
    }
  });
})();
