// Strikemap event layer: called as (function (map, cfg) { ... })(leafletMap, config).
// Everything shown as HTML in cfg (popups, tooltips, legend, title) was escaped on the server.
if (!document.getElementById("sm-style")) {
  var st = document.createElement("style");
  st.id = "sm-style";
  st.textContent = cfg.css;
  document.head.appendChild(st);
}
if (!cfg.tiles) { map.getContainer().style.background = "#dce8f0"; }  // sea, under the land of the borders layer
map.attributionControl.addAttribution("Borders: Natural Earth");

map.createPane("smAreas").style.zIndex = 390;
if (cfg.borders) {
  map.createPane("smBorders").style.zIndex = 250;
  L.geoJSON(cfg.borders, {pane: "smBorders", interactive: false,
    style: {color: "#7d7d7d", weight: 0.9, fillColor: "#f5f2ea", fillOpacity: cfg.tiles ? 0 : 1}}).addTo(map);
  map.createPane("smLabels").style.zIndex = 260;
  map.getPane("smLabels").style.pointerEvents = "none";
  cfg.borders.features.forEach(function (f) {
    var p = f.properties;
    if (p.label_lat === null || p.label_lat === undefined) return;
    var el = document.createElement("span");
    el.textContent = p.name;  // text, never HTML
    L.marker([p.label_lat, p.label_lon], {pane: "smLabels", interactive: false, keyboard: false,
      icon: L.divIcon({className: "sm-country", html: el, iconSize: null})}).addTo(map);
  });
}

function shapeSvg(kind, colour, isHollow, r) {
  var d = 2 * r, s = '<svg width="' + d + '" height="' + d + '" viewBox="0 0 20 20">';
  var paint = isHollow ? 'fill="none" stroke="' + colour + '" stroke-width="3"'
                       : 'fill="' + colour + '" fill-opacity="0.9" stroke="#1a1a1a" stroke-width="1.2"';
  if (kind === "triangle") s += '<polygon points="10,1.5 19,18 1,18" ' + paint + '/>';
  else if (kind === "diamond") s += '<polygon points="10,0.8 19.2,10 10,19.2 0.8,10" ' + paint + '/>';
  else if (kind === "pentagon") s += '<polygon points="10,1 19,7.6 15.6,18.5 4.4,18.5 1,7.6" ' + paint + '/>';
  else if (kind === "cross") s += '<polygon points="4,1 10,7 16,1 19,4 13,10 19,16 16,19 10,13 4,19 1,16 7,10 1,4" ' + paint + '/>';
  else if (kind === "circle") s += '<circle cx="10" cy="10" r="8.5" ' + paint + '/>';
  else if (kind === "star") s += '<polygon points="10,0.8 12.6,7 19.3,7.2 14,11.4 15.9,18.6 10,14.5 4.1,18.6 6,11.4 0.7,7.2 7.4,7" ' + paint + '/>';
  else s += '<rect x="2.5" y="2.5" width="15" height="15" ' + paint + '/>';
  return s + "</svg>";
}

var layer = L.layerGroup().addTo(map);
var items = [];
var colourBy = cfg.colourBy || "side";
// which position of an event row holds its index in each palette
var PALETTE_AT = {side: 3, type: 10, actor: 11};
function colourOf(e) { var p = cfg.palettes[colourBy]; return p[e[PALETTE_AT[colourBy]]][1]; }
function eventIcon(e) {
  var r = e[5];
  return L.divIcon({className: "sm-event", html: shapeSvg(cfg.kinds[e[4]], colourOf(e), e[6] === 1, r),
                    iconSize: [2 * r, 2 * r], iconAnchor: [r, r]});
}
cfg.events.forEach(function (e) {
  // e = [lat, lon, day, side, kind, radius, hollow, geoPrecision, popupHtml, tooltipHtml, type, actor]
  var colour = colourOf(e);
  var marks = [], ring = null;
  if (e[12]) {  // known only to a region: no disk pretending to know its extent, a label saying so
    marks.push(L.marker([e[0], e[1]], {pane: "smLabels", interactive: false, keyboard: false,
      icon: L.divIcon({className: "sm-area-label", html: "<span>" + e[12] + "</span>", iconSize: null, iconAnchor: [-e[5] - 2, -e[5] + 2]})}));
  } else if (e[7] >= 2 && cfg.ringKm[String(e[7])]) {
    var area = e[7] >= 3;
    ring = L.circle([e[0], e[1]], {radius: cfg.ringKm[String(e[7])] * 1000, pane: "smAreas", interactive: false,
      className: "sm-precision", color: colour, weight: area ? 1 : 1.6, dashArray: area ? null : "5 4",
      fill: area, fillColor: colour, fillOpacity: area ? 0.12 : 0});
    marks.push(ring);
  }
  var mk = L.marker([e[0], e[1]], {icon: eventIcon(e), keyboard: false, riseOnHover: true});
  mk.bindPopup(e[8], {maxWidth: 360}).bindTooltip(e[9]);
  marks.push(mk);
  items.push({day: e[2], marks: marks, on: false, row: e, marker: mk, ring: ring});
});
function recolour() {
  items.forEach(function (it) {
    if (!it.row) return;
    it.marker.setIcon(eventIcon(it.row));
    if (it.ring) it.ring.setStyle({color: colourOf(it.row), fillColor: colourOf(it.row)});
  });
  if (legendDiv) legendDiv.querySelector(".sm-colours").innerHTML = coloursHtml();
}
function coloursHtml() {
  var rows = ["<b>Events, coloured by " + (colourBy === "type" ? "event type" : colourBy) + "</b>"];
  cfg.palettes[colourBy].forEach(function (p) {
    var label = document.createElement("span");
    label.textContent = p[0];  // names from the data are text, never HTML
    rows.push('<span class="sm-sw" style="background:' + p[1] + '"></span> ' + label.innerHTML);
  });
  if (cfg.bins.length && colourBy !== "side") rows.push("(grid cells keep the side colours)");
  return rows.join("<br>");
}

function binIcon(n, colour) {
  var d = Math.round(18 + 6 * Math.sqrt(n));
  return L.divIcon({className: "sm-bin", iconSize: [d, d], iconAnchor: [d / 2, d / 2],
    html: '<div style="width:' + d + 'px;height:' + d + 'px;background:' + colour + '">' + n + "</div>"});
}
var sideColour = {};
cfg.sides.forEach(function (s) { sideColour[s[0]] = s[1]; });
cfg.bins.forEach(function (f) {
  var p = f.properties, c = f.geometry.coordinates;  // GeoJSON (lon, lat); Leaflet wants (lat, lon)
  var mk = L.marker([c[1], c[0]], {icon: binIcon(p.n, sideColour[p.side] || "#777"), keyboard: false});
  var parts = Object.keys(p.sides).map(function (k) { return k + ": " + p.sides[k]; });
  mk.bindTooltip(p.n + " events (" + parts.join(", ") + "), " + p.fatalities + " fatalities");
  items.push({w0: p.w0, weeks: p.weeks, n: p.n, colour: sideColour[p.side] || "#777", marks: [mk], on: false, shown: -1});
});

var unplacedDiv = null;
if (cfg.unplaced && cfg.unplaced.length) {
  var upl = L.control({position: "topright"});
  upl.onAdd = function () {
    var d = L.DomUtil.create("div", "sm-box sm-unplaced");
    var rows = cfg.unplaced.map(function (u) {
      return '<details data-day="' + u[0] + '"><summary>' + u[2] + " · " + u[1] + "</summary>" + u[3] + "</details>";
    });
    d.innerHTML = '<b class="sm-unplaced-head"></b>' + rows.join("");
    L.DomEvent.disableClickPropagation(d);
    L.DomEvent.disableScrollPropagation(d);
    unplacedDiv = d;
    return d;
  };
  upl.addTo(map);
}

function isoDay(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
var state = {step: cfg.step, mode: cfg.mode, frame: -1, timer: null};
function nFrames() { return cfg.t0 === null ? 0 : Math.floor((cfg.t1 - cfg.t0) / state.step) + 1; }
function windowOf(frame) {
  if (frame < 0) return [-Infinity, Infinity];
  var end = Math.min(cfg.t0 + (frame + 1) * state.step - 1, cfg.t1);
  var start = state.mode === "cumulative" ? -Infinity : end - parseInt(state.mode, 10) + 1;
  return [start, end];
}

var ctlDiv = null;
function apply() {
  var w = windowOf(state.frame), shown = 0;
  items.forEach(function (it) {
    var count;
    if (it.weeks) {
      count = 0;  // weeks[k] counts the events of the week that starts on day w0 + 7k
      for (var k = 0; k < it.weeks.length; k++) {
        var day = it.w0 + 7 * k;
        if (day + 6 >= w[0] && day <= w[1]) count += it.weeks[k];
      }
      if (count > 0 && count !== it.shown) { it.marks[0].setIcon(binIcon(count, it.colour)); it.shown = count; }
    } else {
      count = (it.day >= w[0] && it.day <= w[1]) ? 1 : 0;
    }
    shown += count;
    var want = count > 0;
    if (want !== it.on) {
      it.marks.forEach(function (mk) { if (want) layer.addLayer(mk); else layer.removeLayer(mk); });
      it.on = want;
    }
  });
  var unplaced = 0;
  if (unplacedDiv) {
    unplacedDiv.querySelectorAll("details").forEach(function (el) {
      var day = parseInt(el.getAttribute("data-day"), 10), inWindow = day >= w[0] && day <= w[1];
      el.style.display = inWindow ? "" : "none";
      if (inWindow) unplaced += 1;
    });
    unplacedDiv.querySelector(".sm-unplaced-head").textContent = unplaced + " known only to a country (listed, not drawn)";
    unplacedDiv.style.display = unplaced ? "" : "none";
  }
  if (!ctlDiv) return;
  var label = state.frame < 0 ? "all dates" :
    (state.mode === "cumulative" ? "up to " : (isFinite(w[0]) ? isoDay(w[0]) + " – " : "")) + isoDay(w[1]);
  ctlDiv.querySelector(".sm-date").textContent = label;
  ctlDiv.querySelector(".sm-count").textContent = (shown + unplaced) + " of " + cfg.total + " events";
  ctlDiv.querySelector(".sm-off").textContent = unplaced ? "(" + unplaced + " known only to a country, not on the map)" : "";
  var slider = ctlDiv.querySelector(".sm-slider");
  slider.max = Math.max(nFrames() - 1, 0);
  slider.value = state.frame < 0 ? slider.max : state.frame;
  ctlDiv.querySelector(".sm-play").textContent = state.timer ? "❚❚" : "▶";
  map.getContainer().setAttribute("data-sm-shown", String(shown));
  map.getContainer().setAttribute("data-sm-frame", String(state.frame));
}
function stop() { if (state.timer) { clearInterval(state.timer); state.timer = null; } }
function play() {
  if (state.timer) { stop(); apply(); return; }
  if (nFrames() === 0) return;
  if (state.frame < 0 || state.frame >= nFrames() - 1) state.frame = 0;
  state.timer = setInterval(function () {
    if (state.frame >= nFrames() - 1) { stop(); apply(); return; }
    state.frame += 1;
    showLabels(!!cfg.labelsOn && (cfg.labels || []).length > 0);
apply();
  }, cfg.intervalMs);
  showLabels(!!cfg.labelsOn && (cfg.labels || []).length > 0);
apply();
}

// Place labels (one per place: name, dates, fatalities), off until the user ticks "labels".
map.createPane("smPlaceLabels").style.zIndex = 650;
map.getPane("smPlaceLabels").style.pointerEvents = "none";
var labelLayer = L.layerGroup();
(cfg.labels || []).forEach(function (l) {  // l = [lat, lon, text]
  var el = document.createElement("span");
  el.textContent = l[2];  // text, never HTML
  labelLayer.addLayer(L.marker([l[0], l[1]], {pane: "smPlaceLabels", interactive: false, keyboard: false,
    icon: L.divIcon({className: "sm-place-label", html: el, iconSize: null, iconAnchor: [-9, 9]})}));
});
function declutter() {
  // The labels come most important first; at this zoom, one that would cover a label already shown is hidden.
  if (!map.hasLayer(labelLayer)) return;
  var shown = [], hidden = 0;
  labelLayer.getLayers().forEach(function (m) {
    var el = m.getElement();
    if (!el) return;
    el.style.visibility = "visible";
    var r = (el.firstChild || el).getBoundingClientRect();
    var clash = shown.some(function (q) { return r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom; });
    if (clash) { el.style.visibility = "hidden"; hidden += 1; } else shown.push(r);
  });
  map.getContainer().setAttribute("data-sm-labels-hidden", String(hidden));
}
map.on("zoomend moveend", declutter);
function showLabels(on) {
  if (on) labelLayer.addTo(map); else map.removeLayer(labelLayer);
  map.getContainer().setAttribute("data-sm-labels", on ? "on" : "off");
  declutter();
}

var ctl = L.control({position: "bottomleft"});
ctl.onAdd = function () {
  var d = L.DomUtil.create("div", "sm-time leaflet-bar");
  d.innerHTML = '<button type="button" class="sm-play" title="Play the period">▶</button>' +
    '<button type="button" class="sm-all" title="Show all dates">all</button>' +
    '<input type="range" class="sm-slider" min="0" step="1" aria-label="time step">' +
    '<span class="sm-date"></span>' +
    '<select class="sm-step" aria-label="step"><option value="1">by day</option><option value="7">by week</option><option value="30">by month</option></select>' +
    '<select class="sm-mode" aria-label="window"><option value="cumulative">cumulative</option>' +
    '<option value="7">last 7 days</option><option value="30">last 30 days</option></select>' +
    '<select class="sm-colour" aria-label="colour by"><option value="side">colour by side</option>' +
    '<option value="type">colour by event type</option><option value="actor">colour by actor</option></select>' +
    ((cfg.labels || []).length ? '<label class="sm-labels-toggle" title="' + cfg.labelsNote + '"><input type="checkbox" class="sm-labels"> labels</label>' : "") +
    '<span class="sm-count"></span> <span class="sm-off"></span>';
  L.DomEvent.disableClickPropagation(d);
  L.DomEvent.disableScrollPropagation(d);
  d.querySelector(".sm-step").value = String(state.step);
  d.querySelector(".sm-mode").value = state.mode;
  d.querySelector(".sm-play").addEventListener("click", play);
  d.querySelector(".sm-all").addEventListener("click", function () { stop(); state.frame = -1; apply(); });
  d.querySelector(".sm-slider").addEventListener("input", function (ev) { stop(); state.frame = parseInt(ev.target.value, 10); apply(); });
  d.querySelector(".sm-step").addEventListener("change", function (ev) { stop(); state.step = parseInt(ev.target.value, 10); state.frame = -1; apply(); });
  d.querySelector(".sm-mode").addEventListener("change", function (ev) { stop(); state.mode = ev.target.value; apply(); });
  d.querySelector(".sm-colour").value = colourBy;
  d.querySelector(".sm-colour").addEventListener("change", function (ev) { colourBy = ev.target.value; recolour(); });
  var box = d.querySelector(".sm-labels");
  if (box) {
    box.checked = !!cfg.labelsOn;
    box.addEventListener("change", function (ev) { showLabels(ev.target.checked); });
  }
  ctlDiv = d;
  return d;
};
ctl.addTo(map);

var legendDiv = null;
var legend = L.control({position: "bottomright"});
legend.onAdd = function () {
  var d = L.DomUtil.create("div", "sm-box sm-legend");
  d.innerHTML = '<div class="sm-colours">' + coloursHtml() + "</div>" + cfg.legend;
  legendDiv = d;
  d.querySelectorAll(".sm-sym").forEach(function (el) { el.innerHTML = shapeSvg(el.getAttribute("data-kind"), "#555", false, 6.5); });
  L.DomEvent.disableScrollPropagation(d);
  return d;
};
legend.addTo(map);

if (cfg.title) {
  var tbox = L.control({position: "topright"});
  tbox.onAdd = function () {
    var d = L.DomUtil.create("div", "sm-box sm-title");
    d.innerHTML = "<b>" + cfg.title + "</b>" + cfg.subtitle.map(function (s) { return "<br>" + s; }).join("");
    return d;
  };
  tbox.addTo(map);
}
showLabels(!!cfg.labelsOn && (cfg.labels || []).length > 0);
apply();
