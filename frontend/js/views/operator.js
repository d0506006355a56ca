// Operations: the operators' page. The AI power switch, figures per day drawn as small SVG charts
// (each with its numbers in words and in a table), the month against the budget, and the limits.
// Operators only: for everyone else the page does not exist, as the API's admin routes do not.
import { api } from "../api.js";
import { announce, busy, errorNotice, h, notice, uid } from "../dom.js";
import { translate } from "../i18n.js";

const PERIODS = [7, 14, 30];
let period = 14; // kept while the page is open, so coming back shows the same days

const MODES = {
  on: ["op.mode.on", "op.mode.on.hint"],
  off: ["op.mode.off", "op.mode.off.hint"],
  auto: ["op.mode.auto", "op.mode.auto.hint"],
};
const STATES = {
  on: ["op.state.on", "op.state.on.body"],
  off: ["op.state.off", "op.state.off.body"],
  budget: ["op.state.budget", "op.state.budget.body"],
  waking: ["op.state.waking", "op.state.waking.body"],
  asleep: ["op.state.asleep", "op.state.asleep.body"],
  failed: ["op.state.failed", "op.state.failed.body"],
};
const PROVIDERS = {
  authentic: "op.provider.authentic", local: "op.provider.local",
  bedrock: "op.provider.bedrock", openai: "op.provider.openai",
};
const INSTANCES = {
  none: "op.instance.none", stopped: "op.instance.stopped",
  starting: "op.instance.starting", running: "op.instance.running",
  failed_to_start: "op.instance.failed",
};

export async function operatorView(el, ctx) {
  const me = await ctx.me();
  if (!me.operator) { ctx.notFound(el); return; }
  let data;
  try {
    data = await api.get(`/admin/metrics?days=${period}`);
  } catch (error) {
    if (error.status === 404) { ctx.notFound(el); return; } // no longer an operator
    throw error;
  }
  ctx.title("op.title");
  el.dataset.page = "operator";
  const power = powerCard(data.availability);
  const figures = h("div", { class: "op-figures" });
  let loads = 0;
  const choice = periodChoice(async (days) => {
    period = days;
    const mine = ++loads;
    figures.setAttribute("aria-busy", "true");
    try {
      const fresh = await api.get(`/admin/metrics?days=${days}`);
      if (mine !== loads) return;
      figures.replaceChildren(...metricsParts(fresh));
      power.show(fresh.availability, false);
      announce("op.period.shown", { n: days });
    } catch (error) {
      if (mine === loads) figures.replaceChildren(errorNotice(error));
    }
    if (mine === loads) figures.removeAttribute("aria-busy");
  });
  figures.append(...metricsParts(data));
  el.append(
    h("h1", { tabindex: "-1", t: "op.title" }),
    h("p", { class: "lead", t: "op.lead" }),
    power.card,
    h("h2", { class: "section-title", t: "op.figures" }),
    choice,
    figures);
}

// -- the power switch ---------------------------------------------------------------------------

function powerCard(initial) {
  let current = initial;
  const state = h("div", { class: "power-state", role: "status" });
  const facts = h("dl", { class: "facts op-facts" });
  const slot = h("div", { class: "power-result" });
  const apply = h("button", { type: "submit", class: "btn primary", t: "op.power.apply" });
  const choices = Object.entries(MODES).map(([mode, [label, hint]]) => {
    const id = uid("r");
    return h("div", { class: "choice" },
      h("input", { type: "radio", id, name: "power-mode", value: mode, "aria-describedby": `${id}-h` }),
      h("label", { for: id }, h("span", { t: label })),
      h("p", { class: "hint", id: `${id}-h`, t: hint, tv: { n: initial.idle_minutes } }));
  });
  const form = h("form", { class: "power-form", novalidate: true },
    h("fieldset", { class: "choices" }, h("legend", { t: "op.power.choose" }), choices),
    h("p", { class: "actions" }, apply), slot);

  function show(p, radios = true) {
    current = p;
    const key = p.state === "off" && p.reason === "budget" ? "budget" : p.state in STATES ? p.state : "on";
    const [title, stateBody] = STATES[key];
    // A stage with no model (authentic) quotes recorded words even with the switch on.
    const body = key === "on" && p.provider === "authentic" ? "op.state.on.authentic" : stateBody;
    const vars = { cost: { usd: p.month_cost_usd }, budget: { usd: p.budget_usd }, n: p.idle_minutes,
      t: p.start_minutes ?? 20 };
    const said = JSON.stringify([key, vars]);
    if (state.dataset.said !== said) { // a status region: speak only when the state changes
      state.dataset.said = said;
      state.dataset.state = key;
      state.replaceChildren(
        h("p", { class: "power-title" }, h("span", { class: "dot", "aria-hidden": "true" }),
          h("strong", { t: title })),
        h("p", { t: body, tv: vars }));
    }
    facts.replaceChildren(
      h("dt", { t: "op.power.mode" }), h("dd", { t: MODES[p.mode]?.[0] || "op.unknown" }),
      h("dt", { t: "op.power.provider" }),
      h("dd", PROVIDERS[p.provider] ? { t: PROVIDERS[p.provider] } : { user: p.provider }),
      h("dt", { t: "op.power.instance" }),
      h("dd", INSTANCES[p.instance] ? { t: INSTANCES[p.instance] } : { user: p.instance }),
      ...machineFacts(p),
      h("dt", { t: "op.power.changed" }),
      h("dd", p.changed_at ? { t: "op.power.changed.at", tv: { at: { date: p.changed_at }, why: {
        key: p.reason === "budget" ? "op.reason.budget" : "op.reason.operator" } } }
        : { t: "op.power.changed.never" }));
    if (radios) for (const input of form.elements["power-mode"]) input.checked = input.value === p.mode;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const mode = form.elements["power-mode"].value;
    if (!mode) return;
    busy(apply, true);
    slot.replaceChildren();
    try {
      show(await api.put("/admin/power", { mode }));
      slot.replaceChildren(notice("ok", "op.power.saved", { mode: { key: MODES[mode][0] } }));
    } catch (error) {
      if (error.status === 409) {
        try { show(await api.get("/admin/power")); } catch { show(current); }
        slot.replaceChildren(notice("error", "op.power.refused",
          { cost: { usd: current.month_cost_usd }, budget: { usd: current.budget_usd } }));
      } else {
        slot.replaceChildren(errorNotice(error));
      }
    }
    busy(apply, false);
  });

  show(initial);
  return {
    card: h("section", { class: "card power", "aria-labelledby": "power-h" },
      h("h2", { id: "power-h", t: "op.power.title" }), state, facts, form),
    show,
  };
}

/** The model machine (EC2): since when it runs, and what running it has cost this month. */
function machineFacts(p) {
  if (!("instance_hours_month" in p)) return []; // no machine: nothing more to say
  const facts = [];
  if (p.instance_since) {
    facts.push(h("dt", { t: p.instance === "failed_to_start" ? "op.power.tried" : "op.power.since" }),
      h("dd", { t: "op.power.at", tv: { at: { date: p.instance_since } } }));
  }
  facts.push(h("dt", { t: "op.power.machine_cost" }), p.instance_cost_usd_month == null
    ? h("dd", { t: "op.power.machine_cost.unknown", tv: { hours: p.instance_hours_month,
      type: p.instance_type || "?" } })
    : h("dd", { "data-cost": String(p.instance_cost_usd_month), t: "op.power.machine_cost.value", tv: {
      cost: { usd: p.instance_cost_usd_month }, hours: p.instance_hours_month,
      rate: { usd: p.instance_hourly_usd }, type: p.instance_type } }));
  return facts;
}

// -- the figures --------------------------------------------------------------------------------

function periodChoice(onchange) {
  return h("fieldset", { class: "period" },
    h("legend", { t: "op.period" }),
    h("div", { class: "segmented" }, PERIODS.map((days) => {
      const id = uid("r");
      return h("span", {},
        h("input", { type: "radio", id, name: "period", value: String(days), checked: days === period,
          onchange: () => onchange(days) }),
        h("label", { for: id, t: "op.period.days", tv: { n: days } }));
    })));
}

function metricsParts(data) {
  const days = data.days;
  const sum = (k) => days.reduce((total, d) => total + (d[k] || 0), 0);
  const tiles = [
    ["requests", "op.tile.requests", { n: sum("requests") }, "op.num"],
    ["errors", "op.tile.errors", { n: sum("errors") }, "op.num"],
    ["throttles", "op.tile.throttles", { n: sum("throttles") }, "op.num"],
    ["tokens", "op.tile.tokens", { a: sum("input_tokens"), b: sum("output_tokens") }, "op.tokens"],
    ["cost", "op.tile.cost", { v: { usd: sum("cost_usd") } }, "op.usd"],
    ["feedback_up", "op.tile.feedback_up", { n: data.feedback?.up ?? sum("feedback_up") }, "op.num"],
    ["feedback_down", "op.tile.feedback_down", { n: data.feedback?.down ?? sum("feedback_down") }, "op.num"],
  ];
  return [
    h("ul", { class: "tiles" }, tiles.map(([name, label, vars, format]) =>
      h("li", { "data-figure": name, "data-value": String(vars.n ?? vars.v?.usd ?? vars.a) },
        h("span", { class: "tile-n", t: format, tv: vars }),
        h("span", { class: "tile-label", t: label })))),
    latencyFigure(days),
    volumeFigure(days),
    monthCard(data.month),
    limitsCard(data.limits, data.per_turn),
  ];
}

/** Latency per day: p50 and p95 as lines; days without messages leave a gap. */
function latencyFigure(days) {
  const seen = days.filter((d) => d.p50_ms != null);
  const low = Math.min(...seen.map((d) => d.p50_ms));
  const high = Math.max(...seen.map((d) => d.p50_ms));
  const caption = seen.length
    ? h("figcaption", { t: low === high ? "op.lat.summary.one" : "op.lat.summary", tv: {
      low, high, p95: Math.max(...seen.map((d) => d.p95_ms ?? d.p50_ms)), k: days.length - seen.length, n: days.length } })
    : h("figcaption", { t: "op.lat.none", tv: { n: days.length } });
  const draw = (width) => {
    const top = Math.max(0, ...seen.map((d) => Math.max(d.p50_ms, d.p95_ms ?? 0)));
    const c = frame(width, days, scale(top, false), "op.axis.ms");
    for (const key of ["p95_ms", "p50_ms"]) {
      const line = key === "p50_ms" ? "p50" : "p95";
      let path = "";
      days.forEach((d, i) => {
        if (d[key] == null) return;
        path += `${i > 0 && days[i - 1][key] != null ? "L" : "M"}${c.x(i)},${c.y(d[key])} `;
      });
      if (path) c.plot.append(s("path", { class: `line ${line}`, d: path.trim() }));
    }
    if (!seen.length) {
      c.plot.append(s("text", { class: "nodata", x: c.x((days.length - 1) / 2), y: c.y(c.top / 2),
        "text-anchor": "middle", t: "op.lat.none.short" }));
    }
    days.forEach((d, i) => {
      const col = c.columns[i];
      if (d.p50_ms == null) return;
      const r = Math.min(3.5, Math.max(2, c.band / 3));
      col.append(s("circle", { class: "point p95", cx: c.x(i), cy: c.y(d.p95_ms ?? d.p50_ms), r }),
        s("circle", { class: "point p50", cx: c.x(i), cy: c.y(d.p50_ms), r }));
    });
    return c.svg;
  };
  return figure("latency", "op.lat.title", draw, caption,
    [["p50", "op.lat.p50"], ["p95", "op.lat.p95"], ["none", "op.nodata"]],
    table("op.lat.title", ["op.col.day", "op.lat.p50", "op.lat.p95", "op.col.model.p50", "op.col.model.p95"],
      days.map((d) => [day(d.day), ms(d.p50_ms), ms(d.p95_ms), ms(d.model_p50_ms), ms(d.model_p95_ms)])));
}

/** Volume per day: messages answered and errors, side by side. */
function volumeFigure(days) {
  const total = (k) => days.reduce((n, d) => n + d[k], 0);
  const caption = h("figcaption", { t: "op.vol.summary", tv: {
    requests: total("requests"), errors: total("errors"), throttles: total("throttles"),
    busiest: Math.max(0, ...days.map((d) => d.requests)), n: days.length } });
  const draw = (width) => {
    const c = frame(width, days, scale(Math.max(0, ...days.map((d) => Math.max(d.requests, d.errors))), true), "op.axis.count");
    const bar = Math.max(1, Math.min(18, c.band * 0.36));
    days.forEach((d, i) => {
      const col = c.columns[i];
      for (const [k, dx] of [["requests", -bar], ["errors", 0]]) {
        if (!d[k]) continue;
        const y = c.y(d[k]);
        col.append(s("rect", { class: `bar ${k}`, x: c.x(i) + dx, y, width: bar, height: c.y(0) - y }));
      }
    });
    return c.svg;
  };
  return figure("volume", "op.vol.title", draw, caption,
    [["requests", "op.vol.requests"], ["errors", "op.vol.errors"]],
    table("op.vol.title", ["op.col.day", "op.vol.requests", "op.vol.errors", "op.col.throttles",
      "op.col.tokens.in", "op.col.tokens.out", "op.col.cost"],
    days.map((d) => [day(d.day), num(d.requests), num(d.errors), num(d.throttles),
      num(d.input_tokens), num(d.output_tokens), usd(d.cost_usd)])));
}

/** The month: model cost so far against the budget, with the projection marked. */
function monthCard(m) {
  const budget = m.budget_usd || 0;
  const caption = h("figcaption", {
    t: budget ? "op.month.summary" : "op.month.summary.nobudget",
    tv: { cost: { usd: m.model_cost_usd }, budget: { usd: budget }, projection: { usd: m.projection_usd },
      pct: { pct: m.budget_used ?? 0 } } });
  const draw = (width) => gauge(width, m.model_cost_usd, m.projection_usd, budget);
  const row = (label, value) => [h("dt", { t: label }), h("dd", value)];
  return h("section", { class: "card", "aria-labelledby": "month-h" },
    h("h2", { id: "month-h", t: "op.month.title", tv: { month: { date: m.month } } }),
    figure("month", null, draw, caption, [], null),
    h("dl", { class: "facts op-facts" },
      row("op.month.turns", { t: "op.num", tv: { n: m.turns } }),
      row("op.month.model", { t: "op.usd", tv: { v: { usd: m.model_cost_usd } } }),
      row("op.month.projection", { t: "op.usd", tv: { v: { usd: m.projection_usd } } }),
      row("op.month.infra", { t: "op.usd", tv: { v: { usd: m.infra_cost_usd ?? 0 } } }),
      row("op.month.ce", m.cost_explorer_usd == null ? { t: "op.month.ce.none" }
        : { t: "op.usd", tv: { v: { usd: m.cost_explorer_usd } } }),
      row("op.month.budget", budget ? { t: "op.usd", tv: { v: { usd: budget } } } : { t: "op.budget.none" }),
      row("op.month.used", m.budget_used == null ? { t: "op.dash" } : { t: "op.pct", tv: { v: { pct: m.budget_used } } })));
}

function limitsCard(limits, perTurn) {
  const cap = limits.daily_message_cap || 0;
  const budget = limits.monthly_budget_usd || 0;
  const parts = ["lambda_usd", "api_gateway_usd", "dynamodb_usd"];
  const labels = { lambda_usd: "op.turn.lambda", api_gateway_usd: "op.turn.apigw", dynamodb_usd: "op.turn.dynamodb" };
  const each = parts.reduce((total, k) => total + (perTurn[k] || 0), 0);
  return h("section", { class: "card", "aria-labelledby": "limits-h" },
    h("h2", { id: "limits-h", t: "op.limits.title" }),
    h("dl", { class: "facts op-facts", "data-limits": "" },
      h("dt", { t: "op.limits.cap" }),
      h("dd", cap ? { t: "op.limits.cap.value", tv: { n: cap } } : { t: "op.limits.cap.none" }),
      h("dt", { t: "op.limits.budget" }),
      h("dd", budget ? { t: "op.limits.budget.value", tv: { v: { usd: budget } } } : { t: "op.budget.none" })),
    h("h3", { t: "op.turn.title" }),
    h("p", { class: "hint", t: "op.turn.lead", tv: { n: perTurn.assumed_turn_ms } }),
    h("dl", { class: "facts op-facts" },
      parts.map((k) => [h("dt", { t: labels[k] }), h("dd", { t: "op.usd", tv: { v: { usd: perTurn[k] || 0 } } })]),
      h("dt", { t: "op.turn.total" }), h("dd", { t: "op.usd", tv: { v: { usd: each } } })));
}

// -- drawing ------------------------------------------------------------------------------------

const NS = "http://www.w3.org/2000/svg";
const HEIGHT = 220;

/** An SVG element; t/tv are dictionary keys as in h(), so a language switch redraws the words. */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (k === "t") el.dataset.i18n = v;
    else if (k === "tv") el.dataset.i18nV = JSON.stringify(v);
    else el.setAttribute(k, typeof v === "number" ? String(Math.round(v * 10) / 10) : v);
  }
  el.append(...children);
  translate(el);
  return el;
}

/** A figure whose chart is drawn at the width it is given, and again when that width changes. */
function figure(name, title, draw, caption, legend, numbers) {
  const box = h("div", { class: `chart chart-${name}` });
  let drawn = 0;
  const redraw = () => {
    const width = Math.floor(box.clientWidth);
    if (width && width !== drawn) { drawn = width; box.replaceChildren(draw(width)); }
  };
  new ResizeObserver(() => requestAnimationFrame(redraw)).observe(box);
  return h("figure", { class: `op-chart${title ? " card" : ""}`, "data-chart": name },
    title ? h("h3", { t: title }) : null,
    box,
    legend.length ? h("ul", { class: "legend", "aria-hidden": "true" }, legend.map(([cls, key]) =>
      h("li", {}, h("span", { class: `swatch ${cls}` }), h("span", { t: key })))) : null,
    caption,
    numbers ? h("details", { class: "numbers" }, h("summary", { t: "op.table.show" }), numbers) : null);
}

/** Axes and one column per day: x(i) is a day's centre, y(v) a value's height. */
function frame(width, days, yScale, yTitle) {
  const widest = Math.max(...yScale.ticks.map((v) => new Intl.NumberFormat("en").format(v).length));
  const left = 16 + 7.5 * widest, right = 10, top = 26, bottom = 44; // room for the longest tick
  const plotW = Math.max(40, width - left - right);
  const plotH = HEIGHT - top - bottom;
  const band = plotW / days.length;
  const x = (i) => left + band * (i + 0.5);
  const y = (v) => top + plotH - (v / yScale.top) * plotH;
  const svg = s("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, "aria-hidden": "true", focusable: "false" });
  const grid = s("g", { class: "grid" });
  for (const v of yScale.ticks) {
    grid.append(s("line", { x1: left, x2: left + plotW, y1: y(v), y2: y(v) }),
      s("text", { class: "tick", x: left - 6, y: y(v) + 4, "text-anchor": "end", t: "op.num", tv: { n: v } }));
  }
  grid.append(s("text", { class: "axis-title", x: 0, y: 12, t: yTitle }));
  const every = Math.ceil(days.length / Math.max(1, Math.floor(plotW / 44)));
  const columns = days.map((d, i) => {
    const col = s("g", { class: "col", "data-day": d.day });
    col.append(s("title", { t: "op.col.title", tv: { d: { date: d.day }, n: d.requests, e: d.errors } }),
      s("rect", { class: "hit", x: left + band * i, y: top, width: band, height: plotH }));
    if (d.p50_ms == null && !d.requests) { // a day without messages: a short dash on the axis
      const dash = Math.min(14, band * 0.6);
      col.append(s("rect", { class: "gap", x: x(i) - dash / 2, y: top + plotH - 3, width: dash, height: 3 }));
    }
    const last = days.length - 1;
    if ((last - i) % every === 0) { // labels counted back from today; the last one stays inside
      const edge = x(i) > width - 24;
      col.append(s("text", { class: "tick", x: edge ? width - 2 : x(i), y: top + plotH + 16,
        "text-anchor": edge ? "end" : "middle", t: "op.day.short", tv: { d: { day: d.day } } }));
    }
    return col;
  });
  const plot = s("g", { class: "plot" });
  svg.append(grid, s("line", { class: "axis", x1: left, x2: left + plotW, y1: y(0), y2: y(0) }),
    plot, ...columns, // a day's points and bars go above the lines
    s("text", { class: "axis-title", x: left + plotW / 2, y: HEIGHT - 6, "text-anchor": "middle", t: "op.axis.day" }));
  return { svg, plot, columns, band, x, y, top: yScale.top };
}

/** A horizontal gauge: the month's model cost filled in, the budget and the projection marked. */
function gauge(width, cost, projection, budget) {
  const height = 96, left = 8, right = 8, barY = 34, barH = 22;
  const w = Math.max(60, width - left - right);
  const max = Math.max(budget, projection, cost) * (projection > budget || cost > budget ? 1.08 : 1) || 1;
  const x = (v) => left + (Math.min(v, max) / max) * w;
  const anchor = (px) => (px > left + w * 0.75 ? "end" : px < left + w * 0.25 ? "start" : "middle");
  const svg = s("svg", { width, height, viewBox: `0 0 ${width} ${height}`, "aria-hidden": "true", focusable: "false" });
  svg.append(s("rect", { class: "track", x: left, y: barY, width: w, height: barH, rx: 4 }));
  if (budget) svg.append(s("rect", { class: "allowance", x: left, y: barY, width: x(budget) - left, height: barH, rx: 4 }));
  svg.append(s("rect", { class: `spent${budget && cost >= budget ? " over" : ""}`, x: left, y: barY,
    width: Math.max(cost > 0 ? 2 : 0, x(cost) - left), height: barH, rx: 4 }));
  const px = x(projection);
  svg.append(s("line", { class: "projection", x1: px, x2: px, y1: barY - 8, y2: barY + barH + 4 }),
    s("text", { class: "tick", x: px, y: barY - 12, "text-anchor": anchor(px), t: "op.gauge.projection",
      tv: { v: { usd: projection } } }));
  svg.append(s("text", { class: "tick", x: left, y: barY + barH + 18, t: "op.usd", tv: { v: { usd: 0 } } }));
  if (budget) {
    const bx = x(budget);
    svg.append(s("line", { class: "budget", x1: bx, x2: bx, y1: barY - 4, y2: barY + barH + 4 }),
      s("text", { class: "tick", x: bx, y: barY + barH + 18, "text-anchor": anchor(bx) === "start" ? "middle" : anchor(bx),
        t: "op.gauge.budget", tv: { v: { usd: budget } } }));
  }
  svg.append(s("text", { class: "axis-title", x: left + w / 2, y: height - 4, "text-anchor": "middle", t: "op.axis.usd" }));
  return svg;
}

/** Tick marks at round numbers from zero to at least max (whole numbers for counts). */
function scale(max, whole) {
  const rough = Math.max(max, whole ? 4 : 100) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = rough / power;
  let step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
  if (whole) step = Math.max(1, Math.round(step));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { top, ticks };
}

// -- the numbers as a table ---------------------------------------------------------------------

const day = (d) => ({ t: "op.day.long", tv: { d: { day: d, style: "long" } } });
const num = (n) => ({ t: "op.num", tv: { n } });
const usd = (v) => ({ t: "op.usd", tv: { v: { usd: v } } });
const ms = (v) => (v == null ? { t: "op.nodata" } : { t: "op.ms", tv: { n: v } });

function table(caption, heads, rows) {
  return h("div", { class: "table-wrap" }, h("table", {},
    h("caption", { class: "sr-only", t: caption }),
    h("thead", {}, h("tr", {}, heads.map((key) => h("th", { scope: "col", t: key })))),
    h("tbody", {}, rows.map(([first, ...rest]) =>
      h("tr", {}, h("th", { scope: "row", ...first }), rest.map((cell) => h("td", cell)))))));
}
