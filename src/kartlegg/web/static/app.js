// kartlegg workbench: the interactive network graph. Plain JS, no eval, no inline handlers (CSP).
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";

  function el(name, attrs) {
    const e = document.createElementNS(SVG, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }

  function layout(nodes, edges, w, h) {
    // Small force-directed layout: repulsion between all nodes, springs on edges, pull to the centre.
    const n = nodes.length;
    nodes.forEach(function (d, i) {
      const a = (2 * Math.PI * i) / Math.max(n, 1);
      d.x = w / 2 + (w / 3) * Math.cos(a) + (i % 7);
      d.y = h / 2 + (h / 3) * Math.sin(a) + (i % 5);
    });
    const k = Math.sqrt((w * h) / Math.max(n, 1)) * 0.6;
    const iters = n > 200 ? 120 : 250;
    for (let it = 0; it < iters; it++) {
      const t = 0.1 * (1 - it / iters) + 0.01;
      nodes.forEach(function (d) { d.dx = 0; d.dy = 0; });
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const a = nodes[i], b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y;
          const d2 = dx * dx + dy * dy + 0.01;
          const f = (k * k) / d2;
          a.dx += dx * f; a.dy += dy * f; b.dx -= dx * f; b.dy -= dy * f;
        }
      }
      edges.forEach(function (e) {
        const dx = e.s.x - e.t.x, dy = e.s.y - e.t.y;
        const d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        const f = d / k;
        e.s.dx -= dx * f; e.s.dy -= dy * f; e.t.dx += dx * f; e.t.dy += dy * f;
      });
      nodes.forEach(function (d) {
        d.dx += (w / 2 - d.x) * 0.02; d.dy += (h / 2 - d.y) * 0.02;
        const m = Math.sqrt(d.dx * d.dx + d.dy * d.dy) + 0.01;
        const step = Math.min(m, k * 3 * t + 1);
        d.x = Math.min(w - 15, Math.max(15, d.x + (d.dx / m) * step));
        d.y = Math.min(h - 15, Math.max(15, d.y + (d.dy / m) * step));
      });
    }
  }

  function draw(svg) {
    let data;
    try { data = JSON.parse(svg.dataset.graph || "{}"); } catch (err) { return; }
    const nodes = data.nodes || [], byId = {};
    nodes.forEach(function (d) { byId[d.id] = d; });
    const edges = (data.edges || []).filter(function (e) { return byId[e.a] && byId[e.b]; })
      .map(function (e) { return { s: byId[e.a], t: byId[e.b], kind: e.kind }; });
    const vb = svg.viewBox.baseVal, w = vb.width, h = vb.height;
    layout(nodes, edges, w, h);
    const gl = el("g", {}), gn = el("g", {});
    svg.appendChild(gl); svg.appendChild(gn);
    edges.forEach(function (e) {
      e.line = el("line", { x1: e.s.x, y1: e.s.y, x2: e.t.x, y2: e.t.y });
      gl.appendChild(e.line);
    });
    nodes.forEach(function (d) {
      const g = el("g", { "class": "node" + (d.minor ? " minor" : ""), "data-id": d.id, "data-kind": d.type });
      const c = el("circle", { r: d.type === "profile" ? 9 : 6, cx: d.x, cy: d.y, "class": "t-" + d.type });
      const title = el("title", {});
      title.textContent = d.type + ": " + d.label + (d.minor ? " (" + (svg.dataset.minorLabel || "likely minor") + ")" : "");
      c.appendChild(title);
      const label = el("text", { x: d.x + 11, y: d.y + 4 });
      label.textContent = d.label;
      g.appendChild(c); g.appendChild(label); gn.appendChild(g);
      d.c = c; d.text = label; d.g = g;
      let dragging = false, moved = false, x0 = 0, y0 = 0;
      c.addEventListener("pointerdown", function (ev) {
        dragging = true; moved = false; x0 = ev.clientX; y0 = ev.clientY;
        c.setPointerCapture(ev.pointerId);
      });
      c.addEventListener("pointermove", function (ev) {
        if (!dragging || Math.abs(ev.clientX - x0) + Math.abs(ev.clientY - y0) < 4) return;
        const pt = svg.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
        const p = pt.matrixTransform(svg.getScreenCTM().inverse());
        d.x = p.x; d.y = p.y; moved = true;
        c.setAttribute("cx", d.x); c.setAttribute("cy", d.y);
        label.setAttribute("x", d.x + 11); label.setAttribute("y", d.y + 4);
        edges.forEach(function (e) {
          if (e.s === d) { e.line.setAttribute("x1", d.x); e.line.setAttribute("y1", d.y); }
          if (e.t === d) { e.line.setAttribute("x2", d.x); e.line.setAttribute("y2", d.y); }
        });
      });
      c.addEventListener("pointerup", function () {
        dragging = false;
        if (!moved && d.type === "profile" && d.ref) window.location.href = "/profile/" + encodeURIComponent(d.ref);
      });
    });
    // The kind checkboxes hide and show nodes of one kind, and the lines that touch them.
    document.querySelectorAll("input[data-hide-kind]").forEach(function (box) {
      box.addEventListener("change", function () {
        const hidden = {};
        document.querySelectorAll("input[data-hide-kind]").forEach(function (b) {
          if (!b.checked) hidden[b.dataset.hideKind] = true;
        });
        nodes.forEach(function (d) { d.g.classList.toggle("hidden", !!hidden[d.type]); });
        edges.forEach(function (e) { e.line.classList.toggle("hidden", !!(hidden[e.s.type] || hidden[e.t.type])); });
      });
    });
    svg.dataset.ready = String(nodes.length);
  }

  function init() {
    const svg = document.getElementById("graph");
    if (svg) draw(svg);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
