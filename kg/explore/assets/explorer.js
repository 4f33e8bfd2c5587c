/* aikg explorer: reads the graph from the JSON block #kg-data, draws it with
 * vis-network, and wires search, filters, focus and the story panel.
 *
 * Everything that comes from the news (names, titles, sentences, links) is
 * put in the page with textContent or as a canvas label, never as HTML; only
 * http(s) links become <a href>.
 */
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  var UI = DATA.ui;
  var META = DATA.meta;
  var N = DATA.nodes.length;
  var explorer = { data: DATA, ready: false };
  window.kgExplorer = explorer;

  // ------------------------------------------------------------ small DOM helpers

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return k in values ? values[k] : m; });
  }

  /** Return an http(s) URL safe for href, or null for anything else (javascript:, data:, junk). */
  function safeHref(url) {
    if (!url) return null;
    try {
      var u = new URL(url);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  var SVG = 'http://www.w3.org/2000/svg';

  function svgShape(shape, colour) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('class', 'swatch');
    var points = {
      diamond: '8,1 15,8 8,15 1,8',
      triangle: '8,1.5 15,14 1,14',
      triangleDown: '1,2 15,2 8,14.5',
      hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
      star: '8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6'
    }[shape];
    var s;
    if (points) {
      s = document.createElementNS(SVG, 'polygon');
      s.setAttribute('points', points);
    } else if (shape === 'square') {
      s = document.createElementNS(SVG, 'rect');
      s.setAttribute('x', '2'); s.setAttribute('y', '2');
      s.setAttribute('width', '12'); s.setAttribute('height', '12');
    } else {
      s = document.createElementNS(SVG, 'circle');
      s.setAttribute('cx', '8'); s.setAttribute('cy', '8'); s.setAttribute('r', '6.5');
    }
    s.setAttribute('fill', colour);
    svg.appendChild(s);
    return svg;
  }

  function svgLine(colour, arrow) {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('width', '22');
    svg.setAttribute('height', '12');
    svg.setAttribute('viewBox', '0 0 22 12');
    svg.setAttribute('class', 'swatch');
    var line = document.createElementNS(SVG, 'line');
    line.setAttribute('x1', '1'); line.setAttribute('y1', '6');
    line.setAttribute('x2', arrow ? '15' : '21'); line.setAttribute('y2', '6');
    line.setAttribute('stroke', colour); line.setAttribute('stroke-width', '3');
    svg.appendChild(line);
    if (arrow) {
      var head = document.createElementNS(SVG, 'polygon');
      head.setAttribute('points', '14,1.5 21,6 14,10.5');
      head.setAttribute('fill', colour);
      svg.appendChild(head);
    }
    return svg;
  }

  // ------------------------------------------------------------ names and search

  var DROP = /[\s\u3000\-_.·・•‧]/g;

  /** Fold a name the way kg.analyze.lookup.fold does: NFKC, lower case, no spaces or -_.· */
  function fold(name) {
    return String(name || '').normalize('NFKC').toLowerCase().replace(DROP, '');
  }

  function namesOf(i) {
    var n = DATA.nodes[i];
    var out = [];
    [n.label, n.zh, n.en].concat(n.aliases || []).forEach(function (x) {
      if (x && out.indexOf(x) < 0) out.push(x);
    });
    return out;
  }

  var searchKeys = DATA.nodes.map(function (n, i) { return namesOf(i).map(fold); });

  /** Return node indexes whose names match the query: exact matches first, then substrings; hubs first. */
  function search(query, limit) {
    var key = fold(query);
    if (!key) return [];
    var exact = [], partial = [];
    for (var i = 0; i < N; i++) {
      var keys = searchKeys[i];
      if (keys.indexOf(key) >= 0) exact.push(i);
      else if (keys.some(function (k) { return k.indexOf(key) >= 0; })) partial.push(i);
    }
    var byDegree = function (a, b) { return DATA.nodes[b].degree - DATA.nodes[a].degree || a - b; };
    return exact.sort(byDegree).concat(partial.sort(byDegree)).slice(0, limit || 20);
  }

  // ------------------------------------------------------------ graph indexes

  var incident = DATA.nodes.map(function () { return []; });
  DATA.edges.forEach(function (e, k) {
    incident[e.s].push(k);
    if (e.o !== e.s) incident[e.o].push(k);
  });
  var edgeDates = DATA.edges.map(function (e) {
    return e.ev.map(function (ev) { return DATA.stories[ev[0]][2]; }).filter(Boolean);
  });
  var home = {};
  DATA.vis.nodes.forEach(function (n) { home[n.id] = { x: n.x, y: n.y }; });

  // ------------------------------------------------------------ state and filters

  var state = {
    classes: {},
    predicates: {},
    from: '',
    to: '',
    hideUnconnected: DATA.edges.length > 0,
    focus: META.focus,
    depth: META.depth || 2,
    selected: null,
    nodeShown: new Array(N).fill(false),
    edgeShown: new Array(DATA.edges.length).fill(false),
    moved: []
  };
  Object.keys(DATA.classes).forEach(function (c) { state.classes[c] = true; });
  Object.keys(DATA.predicates).forEach(function (p) { state.predicates[p] = true; });
  explorer.state = state;

  function classOn(i) {
    var c = DATA.nodes[i].cls;
    return state.classes[c] !== false;
  }

  function datePasses(k) {
    if (!state.from && !state.to) return true;
    return edgeDates[k].some(function (d) {
      return (!state.from || d >= state.from) && (!state.to || d <= state.to);
    });
  }

  function edgePasses(k) {
    var e = DATA.edges[k];
    return state.predicates[e.p] !== false && classOn(e.s) && classOn(e.o) && datePasses(k);
  }

  /** Return {node index: hops} within depth hops of start, over edges that pass the filters. */
  function reach(start, depth, passes) {
    var level = {};
    level[start] = 0;
    var frontier = [start];
    for (var d = 1; d <= depth && frontier.length; d++) {
      var next = [];
      frontier.forEach(function (i) {
        incident[i].forEach(function (k) {
          if (!passes[k]) return;
          var e = DATA.edges[k];
          var j = e.s === i ? e.o : e.s;
          if (!(j in level)) { level[j] = d; next.push(j); }
        });
      });
      frontier = next;
    }
    return level;
  }

  /** Work out which nodes and edges are shown; returns [nodeShown, edgeShown, focusLevels]. */
  function computeVisibility() {
    var passes = DATA.edges.map(function (e, k) { return edgePasses(k); });
    var levels = state.focus !== null && state.focus !== undefined ? reach(state.focus, state.depth, passes) : null;
    var edgeShown = passes.map(function (p, k) {
      var e = DATA.edges[k];
      return p && (!levels || (e.s in levels && e.o in levels));
    });
    var hasEdge = new Array(N).fill(false);
    edgeShown.forEach(function (shown, k) {
      if (shown) { hasEdge[DATA.edges[k].s] = true; hasEdge[DATA.edges[k].o] = true; }
    });
    var nodeShown = DATA.nodes.map(function (n, i) {
      if (levels && !(i in levels)) return false;
      if (levels && i === state.focus) return true;
      return classOn(i) && (hasEdge[i] || !state.hideUnconnected);
    });
    return [nodeShown, edgeShown, levels];
  }

  /**
   * Lay out a focused neighbourhood (node indexes `ids`, linked by the shown edges) by
   * Fruchterman-Reingold, starting from its places in the whole graph, edges about `len`
   * long, the focus in the middle. Deterministic: no random numbers.
   */
  function forceLayout(ids, center, len) {
    var n = ids.length, at = {}, x = new Float64Array(n), y = new Float64Array(n);
    ids.forEach(function (id, i) { at[id] = i; x[i] = home[id].x; y[i] = home[id].y; });
    var links = [];
    state.edgeShown.forEach(function (shown, k) {
      var e = DATA.edges[k];
      if (shown && e.s !== e.o && e.s in at && e.o in at) links.push([at[e.s], at[e.o]]);
    });
    // shrink or grow the starting places to about the size the layout will settle at
    var side = len * Math.sqrt(n) * 1.2, x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (var i = 0; i < n; i++) {
      x0 = Math.min(x0, x[i]); x1 = Math.max(x1, x[i]); y0 = Math.min(y0, y[i]); y1 = Math.max(y1, y[i]);
    }
    var zoom = side / Math.max(x1 - x0, y1 - y0, 1);
    for (i = 0; i < n; i++) { x[i] = (x[i] - x0) * zoom; y[i] = (y[i] - y0) * zoom; }
    var rounds = Math.max(60, Math.min(300, Math.floor(3e7 / (n * n + 1))));
    var dx = new Float64Array(n), dy = new Float64Array(n), k2 = len * len;
    for (var r = 0; r < rounds; r++) {
      var heat = (side / 8) * (1 - r / rounds) + 1;
      dx.fill(0); dy.fill(0);
      for (i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var ex = x[i] - x[j], ey = y[i] - y[j], d2 = ex * ex + ey * ey;
          if (d2 < 1e-6) { ex = Math.cos(i + j); ey = Math.sin(i + j); d2 = 1; }
          var f = k2 / d2;
          dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
        }
      }
      links.forEach(function (l) {
        var ex = x[l[0]] - x[l[1]], ey = y[l[0]] - y[l[1]];
        var f = Math.sqrt(ex * ex + ey * ey) / len;
        dx[l[0]] -= ex * f; dy[l[0]] -= ey * f; dx[l[1]] += ex * f; dy[l[1]] += ey * f;
      });
      for (i = 0; i < n; i++) {
        var m = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
        if (m > 0) { var step = Math.min(m, heat) / m; x[i] += dx[i] * step; y[i] += dy[i] * step; }
      }
    }
    var c = at[center], pos = {};
    ids.forEach(function (id, i) { pos[id] = { x: x[i] - x[c], y: y[i] - y[c] }; });
    return pos;
  }

  var nodesDS, edgesDS, network;

  function applyFilters(refit) {
    var vis = computeVisibility();
    var nodeShown = vis[0], edgeShown = vis[1], levels = vis[2];
    var nodeChanges = [], edgeChanges = [];
    nodeShown.forEach(function (s, i) {
      if (s !== state.nodeShown[i]) nodeChanges.push({ id: i, hidden: !s });
    });
    edgeShown.forEach(function (s, k) {
      if (s !== state.edgeShown[k]) edgeChanges.push({ id: k, hidden: !s });
    });
    state.nodeShown = nodeShown;
    state.edgeShown = edgeShown;
    if (network) {
      if (nodeChanges.length) nodesDS.update(nodeChanges);
      if (edgeChanges.length) edgesDS.update(edgeChanges);
      placeNodes(levels);
      if (refit || levels) fitShown();
    }
    updateCount();
    updateFocusBar();
  }

  // a focused neighbourhood gets its own layout, unless it is the whole page (aikg explore
  // --focus writes a page laid out for the neighbourhood) or too big to lay out at once
  var MAX_FOCUS_LAYOUT = 2500;

  function placeNodes(levels) {
    state.moved.forEach(function (i) { network.moveNode(i, home[i].x, home[i].y); });
    state.moved = [];
    if (!levels) return;
    var ids = Object.keys(levels).map(Number);
    if (ids.length >= N || ids.length > MAX_FOCUS_LAYOUT) return;
    var pos = forceLayout(ids, state.focus, 160);
    Object.keys(pos).forEach(function (k) {
      network.moveNode(+k, pos[k].x, pos[k].y);
      state.moved.push(+k);
    });
  }

  function shownNodeIds() {
    var ids = [];
    state.nodeShown.forEach(function (s, i) { if (s) ids.push(i); });
    return ids;
  }

  function fitShown() {
    var ids = shownNodeIds();
    if (ids.length) network.fit({ nodes: ids, animation: false });
  }

  function countShown(list) {
    return list.reduce(function (n, s) { return n + (s ? 1 : 0); }, 0);
  }

  function updateCount() {
    var box = document.getElementById('count');
    var values = {
      nodes: countShown(state.nodeShown), total_nodes: N,
      edges: countShown(state.edgeShown), total_edges: DATA.edges.length
    };
    box.textContent = format(UI.shown, values);
    box.dataset.nodesShown = values.nodes;
    box.dataset.nodesTotal = values.total_nodes;
    box.dataset.edgesShown = values.edges;
    box.dataset.edgesTotal = values.total_edges;
  }

  function updateFocusBar() {
    var focused = state.focus !== null && state.focus !== undefined;
    document.getElementById('clear-focus').hidden = !focused;
    document.getElementById('focus-button').disabled = state.selected === null;
    var status = document.getElementById('focus-status');
    status.textContent = focused ? UI.focused_on + ' ' + DATA.nodes[state.focus].label : '';
  }

  function setFocus(i, depth) {
    state.focus = (i === null || i === undefined) ? null : i;
    if (depth) {
      state.depth = depth;
      document.getElementById('depth').value = String(depth);
    }
    applyFilters(true);
  }

  // ------------------------------------------------------------ side panel

  var panel = document.getElementById('panel');

  function classChip(cls) {
    var c = DATA.classes[cls] || { color: '#888', en: cls, zh: cls };
    var chip = el('span', 'chip', c[META.lang] || c.en || cls);
    chip.style.background = c.color;
    return chip;
  }

  function predicateChip(p) {
    var s = DATA.predicates[p] || { color: '#888', en: p };
    var chip = el('span', 'pred', s[META.lang] || s.en || p);
    chip.style.background = s.color;
    chip.dataset.predicate = p;
    return chip;
  }

  function nodeButton(i) {
    var b = el('button', 'link-button', DATA.nodes[i].label);
    b.type = 'button';
    b.addEventListener('click', function () { selectNode(i, true); });
    return b;
  }

  function storyItem(idx, quotes) {
    var st = DATA.stories[idx];
    var item = el('div', 'story');
    item.dataset.story = st[0];
    var href = safeHref(st[3]);
    var title;
    if (href) {
      title = el('a', 'title', st[1] || st[3]);
      title.href = href;
      title.target = '_blank';
      title.rel = 'noopener noreferrer';
    } else {
      title = el('div', 'title', st[1] || st[0]);
    }
    item.appendChild(title);
    var meta = el('div');
    meta.appendChild(el('span', 'date', st[2]));
    if (!href) meta.appendChild(el('span', 'url-text', st[3] || UI.no_link));
    item.appendChild(meta);
    quotes.forEach(function (q) {
      if (!q.sentence && !q.about) return;
      var bq = el('blockquote');
      if (q.about) bq.appendChild(el('span', 'about', q.about));
      bq.appendChild(document.createTextNode(q.sentence || ''));
      item.appendChild(bq);
    });
    return item;
  }

  function aboutEdge(k) {
    var e = DATA.edges[k];
    var p = DATA.predicates[e.p] || { en: e.p };
    return DATA.nodes[e.s].label + ' → ' + (p[META.lang] || p.en) + ' → ' + DATA.nodes[e.o].label;
  }

  function appendCapped(parent, items, cap) {
    items.slice(0, cap).forEach(function (f) { parent.appendChild(f()); });
    if (items.length > cap) {
      var more = el('button', 'more', '+ ' + (items.length - cap));
      more.type = 'button';
      more.addEventListener('click', function () {
        more.remove();
        items.slice(cap).forEach(function (f) { parent.appendChild(f()); });
      });
      parent.appendChild(more);
    }
  }

  function showOverview() {
    clear(panel);
    panel.dataset.kind = 'overview';
    panel.appendChild(el('h2', null, META.title));
    panel.appendChild(el('p', 'hint', N ? UI.hint : UI.empty));
    var facts = [N + ' ' + UI.entities, DATA.edges.length + ' ' + UI.relations_n,
                 DATA.stories.length + ' ' + UI.stories_n];
    if (META.dates) facts.push(META.dates[0] + ' – ' + META.dates[1]);
    var ul = el('ul', 'names');
    facts.forEach(function (f) { ul.appendChild(el('li', null, f)); });
    panel.appendChild(ul);
  }

  function showNode(i) {
    var n = DATA.nodes[i];
    clear(panel);
    panel.dataset.kind = 'node';
    panel.dataset.node = n.iri;
    panel.appendChild(el('h2', 'name', n.label));
    var line = el('div');
    line.appendChild(classChip(n.cls));
    line.appendChild(el('span', 'degree', format(UI.neighbours, { n: n.degree })));
    panel.appendChild(line);
    if (!state.nodeShown[i]) panel.appendChild(el('div', 'note', UI.hidden));

    panel.appendChild(el('h3', null, UI.names));
    var names = el('ul', 'names');
    namesOf(i).forEach(function (x) { names.appendChild(el('li', null, x)); });
    panel.appendChild(names);
    panel.appendChild(el('div', 'iri', n.iri));

    var edges = incident[i].slice().sort(function (a, b) {
      return DATA.edges[b].n - DATA.edges[a].n || a - b;
    });
    panel.appendChild(el('h3', null, UI.relations + ' (' + edges.length + ')'));
    var rel = el('ul', 'rel');
    appendCapped(rel, edges.map(function (k) {
      return function () {
        var e = DATA.edges[k];
        var li = el('li');
        if (e.s === i) {
          li.appendChild(predicateChip(e.p));
          li.appendChild(nodeButton(e.o));
        } else {
          li.appendChild(nodeButton(e.s));
          li.appendChild(predicateChip(e.p));
        }
        var open = el('button', 'link-button', ' (' + e.n + ')');
        open.type = 'button';
        open.addEventListener('click', function () { showEdge(k); });
        li.appendChild(open);
        return li;
      };
    }), 60);
    panel.appendChild(rel);

    var byStory = {};
    incident[i].forEach(function (k) {
      DATA.edges[k].ev.forEach(function (ev) {
        (byStory[ev[0]] = byStory[ev[0]] || []).push({ sentence: ev[1], about: aboutEdge(k) });
      });
    });
    var order = Object.keys(byStory).map(Number).sort(function (a, b) {
      var da = DATA.stories[a][2], db = DATA.stories[b][2];
      return da < db ? 1 : da > db ? -1 : a - b;
    });
    panel.appendChild(el('h3', null, UI.stories + ' (' + order.length + ')'));
    var list = el('div', 'stories');
    appendCapped(list, order.map(function (idx) {
      return function () { return storyItem(idx, byStory[idx]); };
    }), 40);
    panel.appendChild(list);
  }

  function showEdge(k) {
    var e = DATA.edges[k];
    if (network && state.edgeShown[k]) network.selectEdges([k]);
    clear(panel);
    panel.dataset.kind = 'edge';
    panel.dataset.edge = String(k);
    var head = el('div', 'edge-head');
    head.appendChild(nodeButton(e.s));
    head.appendChild(predicateChip(e.p));
    head.appendChild(nodeButton(e.o));
    panel.appendChild(head);
    if (!state.edgeShown[k]) panel.appendChild(el('div', 'note', UI.hidden));
    var facts = el('ul', 'names');
    facts.appendChild(el('li', null, e.n === 1 ? UI.count_one : format(UI.count, { n: e.n })));
    if (e.d0) facts.appendChild(el('li', null, UI.first_last + ': ' + e.d0 + ' / ' + e.d1));
    panel.appendChild(facts);
    panel.appendChild(el('h3', null, UI.stories + ' (' + e.ev.length + ')'));
    var list = el('div', 'stories');
    var evs = e.ev.slice().sort(function (a, b) {
      var da = DATA.stories[a[0]][2], db = DATA.stories[b[0]][2];
      return da < db ? 1 : da > db ? -1 : a[0] - b[0];
    });
    appendCapped(list, evs.map(function (ev) {
      return function () { return storyItem(ev[0], [{ sentence: ev[1] }]); };
    }), 40);
    panel.appendChild(list);
    state.selected = null;
    updateFocusBar();
  }

  function selectNode(i, center) {
    state.selected = i;
    if (network && state.nodeShown[i]) {
      network.selectNodes([i]);
      if (center) network.focus(i, { scale: Math.max(network.getScale(), 0.9), animation: false });
    }
    showNode(i);
    updateFocusBar();
  }

  // ------------------------------------------------------------ controls

  function buildLegend() {
    var classes = document.getElementById('class-legend');
    Object.keys(DATA.classes).forEach(function (c) {
      var s = DATA.classes[c];
      var li = el('li', s.count ? '' : 'zero');
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.cls = c;
      box.addEventListener('change', function () { state.classes[c] = box.checked; applyFilters(false); });
      label.appendChild(box);
      label.appendChild(svgShape(s.shape, s.color));
      label.appendChild(el('span', null, s[META.lang] || s.en));
      label.appendChild(el('span', 'n', s.count));
      li.appendChild(label);
      classes.appendChild(li);
    });
    var preds = document.getElementById('predicate-legend');
    Object.keys(DATA.predicates).forEach(function (p) {
      var s = DATA.predicates[p];
      var li = el('li');
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.dataset.predicate = p;
      box.addEventListener('change', function () { state.predicates[p] = box.checked; applyFilters(false); });
      label.appendChild(box);
      label.appendChild(svgLine(s.color, !s.symmetric));
      label.appendChild(el('span', null, s[META.lang] || s.en));
      label.appendChild(el('span', 'n', s.count));
      li.appendChild(label);
      preds.appendChild(li);
    });
  }

  function buildControls() {
    document.getElementById('page-title').textContent = META.title;
    document.getElementById('classes-title').textContent = UI.classes;
    document.getElementById('relations-title').textContent = UI.relations;
    document.getElementById('dates-title').textContent = UI.dates;
    document.getElementById('date-from-label').textContent = UI.date_from;
    document.getElementById('date-to-label').textContent = UI.date_to;
    document.getElementById('hide-unconnected-label').textContent = UI.hide_unconnected;
    document.getElementById('reset-filters').textContent = UI.reset;
    document.getElementById('focus-button').textContent = UI.focus;
    document.querySelector('#depth-label span').textContent = UI.depth;
    document.getElementById('clear-focus').textContent = UI.clear_focus;
    var searchBox = document.getElementById('search');
    searchBox.placeholder = UI.search;

    var from = document.getElementById('date-from'), to = document.getElementById('date-to');
    if (META.dates) {
      [from, to].forEach(function (input) { input.min = META.dates[0]; input.max = META.dates[1]; });
    } else {
      document.getElementById('date-section').hidden = true;
    }
    from.addEventListener('change', function () { state.from = from.value; applyFilters(false); });
    to.addEventListener('change', function () { state.to = to.value; applyFilters(false); });

    var hide = document.getElementById('hide-unconnected');
    hide.checked = state.hideUnconnected;
    hide.addEventListener('change', function () { state.hideUnconnected = hide.checked; applyFilters(false); });

    document.getElementById('reset-filters').addEventListener('click', function () {
      document.querySelectorAll('.legend input').forEach(function (b) { b.checked = true; });
      Object.keys(state.classes).forEach(function (c) { state.classes[c] = true; });
      Object.keys(state.predicates).forEach(function (p) { state.predicates[p] = true; });
      from.value = ''; to.value = ''; state.from = ''; state.to = '';
      applyFilters(true);
    });

    var depth = document.getElementById('depth');
    depth.value = String(state.depth);
    depth.addEventListener('change', function () {
      state.depth = +depth.value;
      if (state.focus !== null) applyFilters(true);
    });
    document.getElementById('focus-button').addEventListener('click', function () {
      if (state.selected !== null) setFocus(state.selected, +depth.value);
    });
    document.getElementById('clear-focus').addEventListener('click', function () { setFocus(null); });

    var results = document.getElementById('search-results');
    function showResults() {
      clear(results);
      var q = searchBox.value;
      if (!fold(q)) { results.hidden = true; return; }
      var found = search(q, 20);
      if (!found.length) results.appendChild(el('li', 'none', UI.no_results));
      found.forEach(function (i) {
        var li = el('li');
        var b = el('button', null, DATA.nodes[i].label);
        b.type = 'button';
        b.dataset.node = DATA.nodes[i].iri;
        var others = namesOf(i).filter(function (x) { return x !== DATA.nodes[i].label; });
        var cls = DATA.classes[DATA.nodes[i].cls];
        var tail = (others.length ? others.slice(0, 2).join(' / ') + ' · ' : '') +
                   (cls ? (cls[META.lang] || cls.en) : DATA.nodes[i].cls);
        b.appendChild(el('span', 'other', tail));
        b.addEventListener('click', function () {
          results.hidden = true;
          selectNode(i, true);
        });
        li.appendChild(b);
        results.appendChild(li);
      });
      results.hidden = false;
    }
    searchBox.addEventListener('input', showResults);
    searchBox.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') {
        var first = results.querySelector('button');
        if (first) first.click();
      } else if (ev.key === 'Escape') {
        results.hidden = true;
      }
    });
    document.addEventListener('click', function (ev) {
      if (!document.getElementById('search-box').contains(ev.target)) results.hidden = true;
    });
  }

  // ------------------------------------------------------------ overview labels

  // vis does not draw a label smaller than drawThreshold screen pixels, so a zoomed-out
  // graph shows no names at all; draw the best-connected shown entities' names ourselves,
  // at a readable size, skipping any that would overlap one already drawn
  var THRESHOLD = DATA.vis.options.nodes.scaling.label.drawThreshold - 1;
  var hubs = DATA.nodes.map(function (n, i) { return i; })
    .filter(function (i) { return DATA.nodes[i].degree > 0; })
    .sort(function (a, b) { return DATA.nodes[b].degree - DATA.nodes[a].degree || a - b; });
  var fontSize = {};
  DATA.vis.nodes.forEach(function (n) { fontSize[n.id] = (n.font && n.font.size) || 14; });

  function drawOverviewLabels(ctx) {
    var scale = network.getScale();
    var px = 13, placed = [], drawn = 0, tried = 0;
    ctx.save();
    ctx.font = '600 ' + (px / scale) + 'px system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 4 / scale;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.fillStyle = '#1f2328';
    for (var h = 0; h < hubs.length && drawn < 80 && tried < 400; h++) {
      var i = hubs[h];
      if (!state.nodeShown[i] || fontSize[i] * scale >= THRESHOLD) continue;
      tried++;
      var box = network.getBoundingBox(i);
      var x = (box.left + box.right) / 2, y = box.bottom + 2 / scale;
      var w = ctx.measureText(DATA.nodes[i].label).width * scale, sx = x * scale, sy = y * scale;
      var rect = [sx - w / 2 - 4, sy, sx + w / 2 + 4, sy + px + 4];
      if (placed.some(function (r) { return rect[0] < r[2] && r[0] < rect[2] && rect[1] < r[3] && r[1] < rect[3]; })) continue;
      placed.push(rect);
      ctx.strokeText(DATA.nodes[i].label, x, y);
      ctx.fillText(DATA.nodes[i].label, x, y);
      drawn++;
    }
    ctx.restore();
  }

  // ------------------------------------------------------------ start

  buildControls();
  buildLegend();
  var first = computeVisibility();
  state.nodeShown = first[0];
  state.edgeShown = first[1];

  if (!N) {
    var empty = document.getElementById('empty');
    empty.textContent = UI.empty;
    empty.hidden = false;
  }

  nodesDS = new vis.DataSet(DATA.vis.nodes.map(function (n) {
    return Object.assign({}, n, { hidden: !state.nodeShown[n.id] });
  }));
  edgesDS = new vis.DataSet(DATA.vis.edges.map(function (e) {
    return Object.assign({}, e, { hidden: !state.edgeShown[e.id] });
  }));
  network = new vis.Network(document.getElementById('graph'), { nodes: nodesDS, edges: edgesDS },
                            DATA.vis.options);
  explorer.network = network;
  explorer.nodes = nodesDS;
  explorer.edges = edgesDS;
  explorer.search = search;
  explorer.selectNode = selectNode;
  explorer.showEdge = showEdge;
  explorer.setFocus = setFocus;
  explorer.applyFilters = applyFilters;

  network.on('afterDrawing', drawOverviewLabels);
  network.on('click', function (params) {
    if (params.nodes.length) {
      selectNode(params.nodes[0], false);
    } else if (params.edges.length) {
      showEdge(params.edges[0]);
    } else {
      state.selected = null;
      showOverview();
      updateFocusBar();
    }
  });
  // vis fits the view to every node, hidden ones too, on its first frame: fit again to the
  // shown nodes, and call the page ready once that view is drawn
  network.once('afterDrawing', function () {
    network.once('afterDrawing', function () {
      explorer.ready = true;
      explorer.readyAt = performance.now();
      document.documentElement.dataset.ready = 'true';
    });
    fitShown();
    network.redraw();
  });

  placeNodes(state.focus !== null && state.focus !== undefined
             ? computeVisibility()[2] : null);
  fitShown();
  updateCount();
  if (state.focus !== null && state.focus !== undefined) {
    selectNode(state.focus, false);
  } else {
    showOverview();
  }
  updateFocusBar();
})();
