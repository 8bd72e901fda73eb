// rlsim explorer page: controls, predict-then-observe, the chart (SVG) and exports. The model itself is
// Java: the TeaVM build of org.rlsim.browser.BrowserModel in a Web Worker ("browser" engine), or
// the same Java code on the rlsim explore server ("server" engine, POST /api/simulate). This script only
// edits the exploration (docs/explorer-format.md) and draws what the model returns.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const data = (id) => JSON.parse($(id).textContent);
  const CONFIG = data('rlsim-config');
  const VOCAB = data('rlsim-vocabulary');
  const LESSON = data('rlsim-lesson');
  const DISCLAIMER = 'Teaching model — not for clinical decisions';
  /** Arm colours and dash patterns of the slide charts (ChartStyle.ARM_COLOURS, ChartStyle.armDash, in line widths). */
  const COLOURS = VOCAB.palette;
  const DASHES = VOCAB.dashes;
  const HOUR_CHOICES = Array.from({length: 24}, (_, h) => h);
  const REPEATS = [
    {label: 'once', h: 0}, {label: 'every 12 h', h: 12}, {label: 'daily', h: 24}, {label: 'every other day', h: 48},
    {label: 'weekly', h: 168}, {label: 'every 4 weeks', h: 672}, {label: 'every 12 weeks', h: 2016},
    {label: 'every 26 weeks', h: 4368}];
  const MAX_ARMS = 3; // arms a student may build up to (a lesson may have more, up to 7)
  const MAX_ROWS = 4000; // output rows per arm at most: a finer grid than the chart can show only costs time

  const clone = (x) => JSON.parse(JSON.stringify(x));
  const lessonState = () => {
    const s = clone(LESSON);
    return {title: s.title, durationH: s.durationH, outputIntervalH: s.outputIntervalH, charts: s.charts, arms: s.arms};
  };
  let state = fromFragment() || lessonState();
  let results = null; // the model's latest answer for `state`
  let reference = null; // the lesson's own run, drawn faintly once the student changes something
  let referenceKey = JSON.stringify(specOf(lessonState()));
  const hasPredict = !!(LESSON.lesson && LESSON.lesson.predict);
  let phase = hasPredict && !location.hash ? 'predict' : 'observe';
  let sketch = []; // strokes on the first panel, each a list of {t: hours, v: value}
  let choice = null;
  let lastLatencyMs = null;
  let inputStartedAt = null;

  // ---- engines -----------------------------------------------------------------------------------------
  /** The bytes of a base64 script element (the models the page carries). */
  const embedded = (id) => Uint8Array.from(atob($(id).textContent.trim()), (c) => c.charCodeAt(0));

  /**
   * The model's worker script, made once per page: the WebAssembly build where this browser compiles it
   * (WebAssembly garbage collection; the module is compiled once here and handed to every worker, so a fresh
   * worker starts with code already compiled), else the JavaScript build. Either way the worker answers
   * {id, kind: 'simulate' | 'yaml', spec} with {id, result}.
   */
  let workerSource = null;
  function modelWorker() {
    if (workerSource) return workerSource;
    const answer = '\nself.onmessage = async (e) => { const m = e.data;' +
      ' if (m.kind === "module") { model = TeaVM.wasmGC.load(m.module).then((t) => t.exports); return; }' +
      ' let r; try { const x = await model; r = m.kind === "yaml" ? x.scenarioYaml(m.spec) : x.simulate(m.spec); }' +
      ' catch (x) { r = {error: "the model failed: " + x}; } self.postMessage({id: m.id, result: r}); };';
    const source = (parts, module) => ({url: URL.createObjectURL(new Blob(parts, {type: 'text/javascript'})), module});
    workerSource = WebAssembly.compile(embedded('rlsim-wasm-model'), {builtins: ['js-string']}).then((module) => source([
      new TextDecoder().decode(embedded('rlsim-wasm-runtime')),
      // TeaVM's loader compiles the bytes it is given; given the page's compiled module, it uses that.
      '\nconst compile = WebAssembly.compile;' +
      ' WebAssembly.compile = (src, options) => src instanceof WebAssembly.Module ? Promise.resolve(src) : compile(src, options);' +
      ' let model = null;', answer], module),
    () => source([new TextDecoder().decode(embedded('rlsim-model')), '\nconst model = Promise.resolve(self);', answer], null));
    return workerSource;
  }

  /** Workers a run uses at most: arms do not interact, so up to three run at once, each in a worker of its own. */
  const MAX_WORKERS = 3;

  /**
   * The TeaVM-compiled model in Web Workers, the arms of a run shared among up to three of
   * them (MAX_WORKERS). A stale run is cancelled by ending its workers that have not answered yet (never queued); those
   * that have, and those of a finished run, wait for the next run.
   */
  class BrowserEngine {
    constructor() {
      this.idle = [];
      this.current = null; // the run under way: {workers, resolve, reject}
      this.steady = new Map(); // steady states by patient + parameters + variants, handed to fresh workers
      this.nextId = 1;
    }
    startWorker(source) {
      const w = new Worker(source.url);
      if (source.module) w.postMessage({kind: 'module', module: source.module});
      w.onmessage = (e) => {
        const job = w.job;
        if (job && job.id === e.data.id) {
          w.job = null;
          job.resolve(e.data.result);
        }
      };
      return w;
    }
    cancel() {
      const run = this.current;
      if (!run) return;
      this.current = null;
      for (const w of run.workers) {
        if (w.job) w.terminate();
        else this.idle.push(w);
      }
      run.reject(new Cancelled());
    }
    ask(w, kind, spec) {
      const id = this.nextId++;
      return new Promise((resolve) => {
        w.job = {id, resolve};
        w.postMessage({id, kind, spec});
      });
    }
    /** The answers to specs, each asked of a worker of its own; rejected with Cancelled once a newer call comes. */
    async call(kind, specs) {
      this.cancel();
      const run = {workers: []};
      this.current = run;
      const answer = new Promise((resolve, reject) => { run.resolve = resolve; run.reject = reject; });
      const source = await modelWorker();
      if (this.current !== run) return answer; // overtaken while the model was compiled
      run.workers = specs.map(() => this.idle.pop() || this.startWorker(source));
      Promise.all(specs.map((s, i) => this.ask(run.workers[i], kind, s))).then((results) => {
        if (this.current !== run) return;
        this.current = null;
        this.idle.push(...run.workers);
        run.resolve(results);
      });
      return answer;
    }
    async simulate(spec) {
      const arms = spec.arms.map((a) => {
        const known = this.steady.get(steadyKey(a));
        return known ? Object.assign({}, a, {initialState: known}) : a;
      });
      const groups = Array.from({length: Math.min(MAX_WORKERS, arms.length)}, () => []);
      arms.forEach((a, i) => groups[i % groups.length].push(i));
      const answers = await this.call('simulate', groups.map((g) => Object.assign({}, spec, {arms: g.map((i) => arms[i])})));
      const failed = answers.find((r) => r.error);
      if (failed) return failed;
      const results = [];
      groups.forEach((g, k) => g.forEach((i, j) => { results[i] = answers[k].arms[j]; }));
      results.forEach((a, i) => { if (a.initialState) this.steady.set(steadyKey(spec.arms[i]), a.initialState); });
      return {arms: results};
    }
    async yaml(spec) { return (await this.call('yaml', [spec]))[0]; }
  }

  /**
   * The same Java model on the rlsim explore server. A stale request is aborted here and cancelled there:
   * the server cancels this page's older run when its newer request arrives (X-Rlsim-Page).
   */
  const PAGE_ID = Math.random().toString(36).slice(2) + Date.now().toString(36);
  class ServerEngine {
    constructor() { this.controller = null; this.id = PAGE_ID + '-' + Math.random().toString(36).slice(2); }
    async post(path, spec) {
      if (this.controller) this.controller.abort();
      const controller = new AbortController();
      this.controller = controller;
      try {
        const response = await fetch(path, {method: 'POST', body: JSON.stringify(spec), signal: controller.signal,
          headers: {'Content-Type': 'application/json', 'X-Rlsim-Page': this.id}});
        const answer = await response.json();
        if (answer.cancelled) throw new Cancelled();
        return answer;
      } catch (e) {
        if (e instanceof Cancelled || e.name === 'AbortError') throw new Cancelled();
        return {error: 'the rlsim explore server does not answer (was it stopped?)'};
      } finally {
        if (this.controller === controller) this.controller = null;
      }
    }
    simulate(spec) { return this.post('api/simulate', spec); }
    yaml(spec) { return this.post('api/yaml', spec); }
  }

  class Cancelled extends Error {}
  const steadyKey = (arm) => JSON.stringify([arm.patient, arm.parameters || {}, arm.model || {}]);
  const engine = CONFIG.engine === 'server' ? new ServerEngine() : new BrowserEngine();

  // ---- the exploration -----------------------------------------------------------------------------------
  /** What the model gets: the state without page-only keys, the output grid kept under MAX_ROWS rows. */
  function specOf(s) {
    const interval = Math.max(LESSON.outputIntervalH, Math.ceil(s.durationH / MAX_ROWS));
    return {title: s.title, durationH: s.durationH, outputIntervalH: Math.min(interval, s.durationH),
      charts: s.charts, arms: s.arms.map((a) => ({name: a.name, patient: a.patient, parameters: a.parameters || {},
        model: a.model || {}, regimen: a.regimen}))};
  }

  /**
   * Arms already simulated, by everything that decides their course (the arm, the duration, the grid):
   * arms do not interact, so when a slider moves in one arm only that arm is run again.
   */
  const armResults = new Map();
  const ARM_RESULTS_KEPT = 24;
  const armKey = (spec, arm) => JSON.stringify([arm, spec.durationH, spec.outputIntervalH]);

  /**
   * Runs the arms of a spec that are not known yet; the answer for every arm, or {error}. The kept results
   * are ordered by last use, and the least recently used beyond ARM_RESULTS_KEPT are dropped, never those of
   * this spec's arms (they are the most recent).
   */
  async function run(spec, via) {
    const missing = spec.arms.filter((a) => !armResults.has(armKey(spec, a)));
    let fresh = [];
    if (missing.length) {
      const r = await via.simulate(Object.assign({}, spec, {arms: missing}));
      if (r.error) return r;
      fresh = r.arms;
    }
    const arms = spec.arms.map((a) => {
      const key = armKey(spec, a);
      const k = missing.indexOf(a);
      const result = k >= 0 ? fresh[k] : armResults.get(key);
      armResults.delete(key);
      armResults.set(key, result);
      return result;
    });
    while (armResults.size > ARM_RESULTS_KEPT) armResults.delete(armResults.keys().next().value);
    return {arms};
  }

  async function simulate() {
    const spec = specOf(state);
    const key = JSON.stringify(spec);
    setStatus('Simulating…');
    try {
      const asked = performance.now();
      const r = await run(spec, engine);
      if (r.error) {
        setStatus(r.error, true);
        return;
      }
      const answered = performance.now();
      results = r;
      if (key === referenceKey && !reference) reference = r;
      if (!reference && key !== referenceKey) simulateReference();
      draw();
      setStatus('');
      measured(answered - asked, performance.now() - answered);
    } catch (e) {
      if (!(e instanceof Cancelled)) setStatus('The model failed: ' + e.message, true);
    }
  }

  /** The lesson's own run, for the faint reference curves, when the page opened on a changed view (a link). */
  async function simulateReference() {
    const other = CONFIG.engine === 'server' ? new ServerEngine() : new BrowserEngine();
    const r = await run(specOf(lessonState()), other).catch(() => null);
    if (r && r.arms) { reference = r; draw(); }
  }

  function changed() {
    inputStartedAt = performance.now();
    if (phase === 'predict') reveal();
    simulate();
    // The link's fragment after the run is on its way: writing it (history.replaceState) takes milliseconds.
    clearTimeout(fragmentTimer);
    fragmentTimer = setTimeout(writeFragment, 0);
  }
  let fragmentTimer = null;

  /**
   * After a redraw that answered an input: the 'rlsim-redrawn' event at the next frame, its detail the
   * milliseconds from the input to that frame ({@code totalMs}), of which the model's answer took
   * {@code modelMs} (the engine: simulation, transfer, decoding) and drawing {@code drawMs}.
   */
  function measured(modelMs, drawMs) {
    if (inputStartedAt === null) return;
    const started = inputStartedAt;
    inputStartedAt = null;
    requestAnimationFrame(() => {
      lastLatencyMs = performance.now() - started;
      document.dispatchEvent(new CustomEvent('rlsim-redrawn', {detail: {totalMs: lastLatencyMs, modelMs, drawMs}}));
    });
  }

  // ---- controls ------------------------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  }
  let uid = 0;
  const nextId = (base) => base + '-' + (++uid);

  function select(label, options, value, onChange) {
    const id = nextId('sel');
    const s = el('select', {id, onchange: () => { onChange(s.value); changed(); }});
    for (const o of options) s.append(el('option', {value: o.value, text: o.label, selected: String(o.value) === String(value)}));
    return el('div', {class: 'field'}, el('label', {for: id, text: label}), s);
  }

  function slider(label, unit, min, max, step, value, onInput, format) {
    const id = nextId('rng');
    const show = (v) => (format ? format(v) : v) + (unit ? ' ' + unit : '');
    const out = el('output', {for: id, text: show(value)});
    const input = el('input', {type: 'range', id, min, max, step, value,
      'aria-valuetext': show(value), oninput: () => {
        const v = Number(input.value);
        out.textContent = show(v);
        input.setAttribute('aria-valuetext', show(v));
        onInput(v);
        changed();
      }});
    return el('div', {class: 'field'}, el('label', {for: id}, label + ' ', out), input);
  }

  function number(label, unit, min, max, step, value, onChange) {
    const id = nextId('num');
    const input = el('input', {type: 'number', id, min, max, step, value, onchange: () => {
      const v = Number(input.value);
      if (input.value === '' || !(v >= min && v <= max)) {
        setStatus(label + ' must be a number from ' + min + ' to ' + max + (unit ? ' ' + unit : '') + '.', true);
        return;
      }
      onChange(v);
      changed();
    }});
    return el('div', {class: 'field'}, el('label', {for: id, text: label + (unit ? ' (' + unit + ')' : '')}), input);
  }

  function durationText(h) { return h % 168 === 0 ? h / 168 + ' weeks' : fmt(h / 24) + ' days'; }

  function patientOf(arm) { return VOCAB.patients.find((p) => p.id === arm.patient); }

  function renderControls() {
    $('duration').value = Math.max(1, Math.round(state.durationH / 168));
    $('duration-out').textContent = durationText(state.durationH);
    const box = $('arms');
    box.replaceChildren();
    state.arms.forEach((arm, i) => box.append(armControls(arm, i)));
    $('add-arm').disabled = state.arms.length >= MAX_ARMS;
    $('add-arm').title = state.arms.length >= MAX_ARMS ? 'At most ' + MAX_ARMS + ' arms: remove one first' : '';
    const outs = $('outputs');
    outs.replaceChildren();
    for (const o of VOCAB.outputs) {
      const id = nextId('out');
      const on = state.charts.some((c) => c.output === o.column);
      outs.append(el('div', {}, el('input', {type: 'checkbox', id, checked: on, onchange: (e) => {
        if (e.target.checked) state.charts.push({output: o.column});
        else if (state.charts.length > 1) state.charts = state.charts.filter((c) => c.output !== o.column);
        else e.target.checked = true;
        writeFragment();
        draw();
      }}), el('label', {for: id, text: ' ' + o.label + ' (' + o.unit + ')'})));
    }
  }

  function armControls(arm, i) {
    const box = el('fieldset', {class: 'arm', style: 'border-color:' + COLOURS[i]});
    box.append(el('legend', {}, el('span', {class: 'swatch', style: 'border-color:' + COLOURS[i], 'aria-hidden': 'true'}),
      'Arm ' + (i + 1) + ': ' + arm.name));
    box.append(select('Patient', VOCAB.patients.map((p) => ({value: p.id, label: p.title})), arm.patient,
      (v) => { arm.patient = v; }));
    const model = arm.model || (arm.model = {});
    const patient = patientOf(arm);
    box.append(select('Blood–brain barrier hypothesis', VOCAB.bbb.map((b) => ({value: b.id, label: b.id + ': ' + b.meaning})),
      model.bbb || patient.bbb, (v) => { model.bbb = v; }));
    const cap = VOCAB.capacity;
    const params = arm.parameters || (arm.parameters = {});
    const capacity = params[cap.name] !== undefined ? params[cap.name] : patient.capacity;
    box.append(slider('Barrier capacity', '× healthy', cap.usualMin, cap.usualMax, 0.05, capacity,
      (v) => { params[cap.name] = v; }, (v) => Number(v).toFixed(2)));
    arm.regimen.forEach((item, k) => box.append(itemControls(arm, item, k)));
    if (arm.regimen.length === 0) box.append(el('p', {text: 'No treatment.'}));
    const add = el('div', {class: 'buttons'});
    const adders = [['+ tablets', {kind: 'oral', product: VOCAB.oralProducts[0].name, tablets: 1, taken: 'fasting', firstH: 8, intervalH: 24}],
      ['+ IV iron', {kind: 'iv', product: VOCAB.ivProducts[0].key, doseMg: 1000, durationH: 0.25, firstH: 8}],
      ['+ blood loss', {kind: 'donation', volumeMl: 500, firstH: 8}],
      ['+ agonist', {kind: 'agonist', drug: VOCAB.agonists[0].name, doseMg: 0.25, firstH: 20, intervalH: 24}]];
    for (const [label, item] of adders) {
      add.append(el('button', {type: 'button', class: 'small', text: label, onclick: () => {
        arm.regimen.push(clone(item));
        renderControls();
        changed();
      }}));
    }
    if (state.arms.length > 1) {
      add.append(el('button', {type: 'button', class: 'small', text: 'Remove this arm', onclick: () => {
        state.arms.splice(i, 1);
        renderControls();
        changed();
      }}));
    }
    box.append(add);
    return box;
  }

  const KIND_NAMES = {oral: 'Iron tablets', iv: 'IV iron', donation: 'Blood donation', bleed: 'Blood loss', agonist: 'Dopamine agonist',
    pregnancy: 'Pregnancy (40 weeks)'};

  function itemControls(arm, item, k) {
    const box = el('div', {class: 'item'});
    box.append(el('div', {class: 'item-head'}, el('span', {text: KIND_NAMES[item.kind]}),
      el('button', {type: 'button', class: 'small', text: 'Remove', 'aria-label': 'Remove ' + KIND_NAMES[item.kind],
        onclick: () => { arm.regimen.splice(k, 1); renderControls(); changed(); }})));
    if (item.kind === 'oral') {
      if (item.product) {
        box.append(select('Tablet', VOCAB.oralProducts.map((p) => ({value: p.name, label: p.name + ' (' + p.elementalMg + ' mg iron)'})),
          item.product, (v) => { item.product = v; }));
        box.append(slider('Tablets per dose', '', 1, 20, 1, item.tablets || 1, (v) => { item.tablets = v; }));
      } else {
        box.append(slider('Iron per dose', 'mg', 5, 400, 5, item.doseMg, (v) => { item.doseMg = v; }));
      }
      box.append(select('Taken', VOCAB.intake.map((c) => ({value: c.key, label: c.description})), item.taken,
        (v) => { item.taken = v; }));
    } else if (item.kind === 'iv') {
      box.append(select('Product', VOCAB.ivProducts.map((p) => ({value: p.key, label: p.name})), item.product,
        (v) => { item.product = v; }));
      box.append(slider('Dose per infusion', 'mg iron', 100, 2000, 50, item.doseMg, (v) => { item.doseMg = v; }));
      box.append(number('Infusion lasts', 'min', 0, 1440, 5, Math.round(item.durationH * 60), (v) => { item.durationH = v / 60; }));
    } else if (item.kind === 'donation' || item.kind === 'bleed') {
      box.append(slider('Blood lost', 'mL', 50, 1500, 50, item.volumeMl, (v) => { item.volumeMl = v; }));
      if (item.kind === 'bleed') {
        box.append(number('Over', 'days', 1, 30, 1, Math.round(item.durationH / 24), (v) => { item.durationH = v * 24; }));
      }
    } else if (item.kind === 'pregnancy') {
      box.append(slider('Blood lost at delivery', 'mL', 100, 1500, 50, item.volumeMl, (v) => { item.volumeMl = v; }));
    } else if (item.kind === 'agonist') {
      box.append(select('Drug', VOCAB.agonists.map((d) => ({value: d.name, label: d.name + (d.patch ? ' (patch)' : ' (tablet)')})),
        item.drug, (v) => { item.drug = v; }));
      box.append(slider('Dose', 'mg', 0.125, 3, 0.125, item.doseMg, (v) => { item.doseMg = v; }));
    }
    box.append(scheduleControls(item));
    return box;
  }

  function scheduleControls(item) {
    const day = Math.floor(item.firstH / 24);
    const clock = item.firstH - 24 * day;
    const row = el('div', {class: 'row'});
    row.append(number('Start on day', '', 0, Math.max(0, Math.ceil(state.durationH / 24) - 1), 1, day,
      (v) => { item.firstH = v * 24 + (item.firstH - 24 * Math.floor(item.firstH / 24)); }));
    row.append(select('At', HOUR_CHOICES.map((h) => ({value: h, label: String(h).padStart(2, '0') + ':00'})),
      Number.isInteger(clock) ? clock : Math.floor(clock), (v) => { item.firstH = 24 * Math.floor(item.firstH / 24) + Number(v); }));
    if (item.kind === 'pregnancy') return row; // one pregnancy, no repeats
    const repeats = item.kind === 'agonist' ? REPEATS.filter((r) => r.h > 0) : REPEATS;
    const known = repeats.some((r) => r.h === (item.intervalH || 0));
    const options = repeats.map((r) => ({value: r.h, label: r.label}));
    if (!known) options.push({value: item.intervalH, label: 'every ' + item.intervalH + ' h'});
    row.append(select('Repeat', options, item.intervalH || 0, (v) => {
      const h = Number(v);
      if (h === 0) { delete item.intervalH; delete item.count; } else item.intervalH = h;
      renderControls();
    }));
    if (item.intervalH) {
      row.append(number('How many (0: to the end)', '', 0, 240000, 1, item.count || 0,
        (v) => { if (v === 0) delete item.count; else item.count = v; }));
    }
    return row;
  }

  // ---- predict, then observe -----------------------------------------------------------------------------
  function firstOutput() { return VOCAB.outputs.find((o) => o.column === state.charts[0].output); }

  function renderPredict() {
    $('predict').hidden = phase !== 'predict';
    $('observe').hidden = phase !== 'observe' || !hasPredict;
    if (!hasPredict) return;
    $('predict-text').textContent = LESSON.lesson.predict;
    $('observe-text').textContent = LESSON.lesson.observe;
    const o = firstOutput();
    $('sketch-panel').textContent = o.label;
    const weeks = Math.round(state.durationH / 168);
    $('choice-question').textContent = state.arms.length > 1
      ? 'At week ' + weeks + ', which arm will have the highest ' + o.label.toLowerCase() + '?'
      : 'At week ' + weeks + ', will ' + o.label.toLowerCase() + ' be higher or lower than at day 0?';
    const opts = $('choice-options');
    opts.replaceChildren();
    const answers = state.arms.length > 1 ? state.arms.map((a) => a.name).concat(['about the same (within 5 %)'])
      : ['higher', 'lower', 'about the same (within 5 %)'];
    answers.forEach((a, i) => {
      const id = nextId('ans');
      opts.append(el('label', {for: id}, el('input', {type: 'radio', name: 'answer', id, value: i,
        checked: choice === i, onchange: () => { choice = i; }}), ' ' + a));
    });
  }

  function reveal() {
    phase = 'observe';
    renderPredict();
    $('choice-feedback').textContent = feedback();
    draw();
  }

  /** What the model says about the question the student answered. */
  function feedback() {
    if (choice === null || !results) return choice === null ? '' : 'The model is still running…';
    const o = firstOutput();
    const end = (arm) => arm.outputs[o.column][arm.timeH.length - 1];
    let right;
    if (results.arms.length > 1) {
      const ends = results.arms.map(end);
      const max = Math.max(...ends);
      const min = Math.min(...ends);
      right = max - min <= 0.05 * Math.abs(max) ? results.arms.length : ends.indexOf(max);
      return (choice === right ? 'Your answer matches the model: ' : 'The model shows something else: ')
        + (right === results.arms.length ? 'the arms end within 5 % of each other.' : results.arms[right].name + ' ends highest.');
    }
    const a = results.arms[0];
    const first = a.outputs[o.column][0];
    const last = end(a);
    right = Math.abs(last - first) <= 0.05 * Math.abs(first) ? 2 : last > first ? 0 : 1;
    return (choice === right ? 'Your answer matches the model: ' : 'The model shows something else: ')
      + ['it ends higher.', 'it ends lower.', 'it ends within 5 % of where it started.'][right];
  }

  // ---- the chart -------------------------------------------------------------------------------------------
  function niceStep(span, target) {
    const raw = span / target;
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    const f = raw / p;
    return (f < 1.5 ? 1 : f < 2.25 ? 2 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10) * p;
  }
  const fmt = (v) => {
    const a = Math.abs(v);
    return a >= 100 || v === 0 ? v.toFixed(0) : a >= 10 ? v.toFixed(1).replace(/\.0$/, '') : String(Number(v.toPrecision(3)));
  };
  /** A tick label with as many decimals as the step needs (0.25 steps print 12.25, 2.5 steps 12.5). */
  const tick = (v, step) => {
    let dec = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
    if (Math.abs(Math.round(step * 10 ** dec) - step * 10 ** dec) > 1e-6) dec++;
    return (Math.abs(v) < step / 1e6 ? 0 : v).toFixed(dec);
  };
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  /** Time axis unit: weeks for runs of 3 weeks or more, else days. */
  const timeUnit = (durationH) => durationH >= 3 * 168 ? {h: 168, name: 'week'} : {h: 24, name: 'day'};

  /**
   * The chart as SVG text: a panel per output, the arms in the slide colours and dashes, the lesson's run
   * faint behind them, the student's sketch, reference lines and bands as on the slides.
   */
  function chartSvg(width, height, options) {
    const charts = state.charts.map((c) => VOCAB.outputs.find((o) => o.column === c.output));
    const cols = charts.length > 3 && width > 900 ? 2 : 1;
    const rows = Math.ceil(charts.length / cols);
    const top = options.title ? 46 : 8;
    const bottom = 40;
    const gap = 14;
    const panelH = (height - top - bottom - (rows - 1) * gap) / rows;
    const panelW = (width - (cols - 1) * gap * 2) / cols;
    const lw = options.lineWidth || 2.5;
    const fs = options.fontSize || 13;
    const unit = timeUnit(state.durationH);
    const end = state.durationH / unit.h;
    const shown = phase === 'observe' && results;
    const parts = [];
    parts.push('<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '" viewBox="0 0 ' + width + ' ' + height
      + '" font-family="DejaVu Sans, sans-serif" font-size="' + fs + '">');
    parts.push('<rect width="100%" height="100%" fill="#fff"/>');
    if (options.title) {
      parts.push('<text x="12" y="26" font-size="' + (fs * 1.5) + '" font-weight="bold" fill="#1a1a1a">' + esc(state.title) + '</text>');
    }
    const layout = [];
    charts.forEach((o, n) => {
      const x0 = (n % cols) * (panelW + gap * 2);
      const y0 = top + Math.floor(n / cols) * (panelH + gap);
      const left = x0 + fs * 4.2;
      const right = x0 + panelW - 10;
      const ptop = y0 + fs * 1.6;
      const pbottom = y0 + panelH - fs * 1.6;
      const series = [];
      const windowH = rangeWindowH(o);
      // In the predict phase the axes come from the model's answer too, with headroom, so the sketch has a scale.
      if (results) results.arms.forEach((a) => series.push(a.outputs[o.column]));
      if (reference && shown && isChanged()) {
        reference.arms.forEach((a) => series.push(windowH ? ranges(a.timeH, a.outputs[o.column], windowH).mean : a.outputs[o.column]));
      }
      let lo = Infinity;
      let hi = -Infinity;
      for (const s of series) for (const v of s) { if (v < lo) lo = v; if (v > hi) hi = v; }
      if (n === 0) for (const st of sketch) for (const p of st) { lo = Math.min(lo, p.v); hi = Math.max(hi, p.v); }
      const refs = references(o);
      for (const r of refs) { lo = Math.min(lo, r.value); hi = Math.max(hi, r.value); }
      if (!isFinite(lo)) { lo = 0; hi = 1; }
      if (!shown) { lo = Math.min(lo, 0); hi += 0.5 * (hi - lo); }
      if (o.column === 'symptom_score') { lo = 0; hi = Math.max(hi, 40); }
      if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) { hi = lo + Math.max(1, Math.abs(lo) * 0.1); }
      const step = niceStep(hi - lo, 4);
      lo = Math.floor(lo / step) * step;
      hi = Math.ceil(hi / step) * step;
      const X = (tH) => left + (tH / unit.h) / end * (right - left);
      const Y = (v) => pbottom - (v - lo) / (hi - lo) * (pbottom - ptop);
      layout.push({o, X, Y, left, right, ptop, pbottom, lo, hi});
      const shownUnit = o.unit + (windowH ? (windowH > 24 ? ', weekly mean' : ', daily mean') : '');
      parts.push('<text x="' + x0 + '" y="' + (y0 + fs) + '" font-weight="bold" fill="#1a1a1a">' + esc(o.label) + ' <tspan font-weight="normal" fill="#4d4d4d">(' + esc(shownUnit) + ')</tspan></text>');
      if (o.column === 'symptom_score') {
        ['mild', 'moderate', 'severe', 'very severe'].forEach((name, b) => {
          const yTop = Y(10 * (b + 1));
          parts.push('<rect x="' + left + '" y="' + yTop + '" width="' + (right - left) + '" height="' + (Y(10 * b) - yTop)
            + '" fill="#000" fill-opacity="' + (0.025 + 0.025 * b) + '"/>');
          parts.push('<text x="' + (right - 4) + '" y="' + (Y(10 * b) - 4) + '" text-anchor="end" fill="#4d4d4d" font-size="' + (fs * 0.85) + '">' + name + '</text>');
        });
      }
      if (o.column === 'tsat_pct') {
        const r = VOCAB.references;
        parts.push('<rect x="' + left + '" y="' + Y(r.tsatHighPct) + '" width="' + (right - left) + '" height="' + (Y(r.tsatLowPct) - Y(r.tsatHighPct))
          + '" fill="#000" fill-opacity="0.06"/>');
        parts.push('<text x="' + (right - 4) + '" y="' + (Y(r.tsatHighPct) + fs) + '" text-anchor="end" fill="#4d4d4d" font-size="' + (fs * 0.85) + '">normal range</text>');
      }
      for (let v = lo; v <= hi + step / 2; v += step) {
        parts.push('<line x1="' + left + '" x2="' + right + '" y1="' + Y(v) + '" y2="' + Y(v) + '" stroke="#e3e3e3"/>');
        parts.push('<text x="' + (left - 6) + '" y="' + (Y(v) + fs * 0.35) + '" text-anchor="end" fill="#4d4d4d">' + tick(v, step) + '</text>');
      }
      const tStep = Math.max(1, niceStep(end, 6));
      for (let t = 0; t <= end + 1e-9; t += tStep) {
        const x = left + t / end * (right - left);
        parts.push('<line x1="' + x + '" x2="' + x + '" y1="' + pbottom + '" y2="' + (pbottom + 4) + '" stroke="#4d4d4d"/>');
        parts.push('<text x="' + x + '" y="' + (pbottom + fs * 1.2) + '" text-anchor="middle" fill="#4d4d4d">' + tick(t, tStep) + '</text>');
      }
      parts.push('<rect x="' + left + '" y="' + ptop + '" width="' + (right - left) + '" height="' + (pbottom - ptop) + '" fill="none" stroke="#9a9a9a"/>');
      if (shown && reference && isChanged()) {
        reference.arms.forEach((a, i) => {
          const r = windowH ? ranges(a.timeH, a.outputs[o.column], windowH) : {midH: a.timeH, mean: a.outputs[o.column]};
          parts.push(path(r.midH, r.mean, X, Y, '#9a9a9a', lw * 0.8, i, 0.9));
        });
      }
      if (shown && windowH) {
        // As on the slides: each arm's range per window as an opaque tint (bands never mix into new colours),
        // their edges thin over every band, then the means.
        const bands = results.arms.map((a) => ranges(a.timeH, a.outputs[o.column], windowH));
        bands.forEach((r, i) => parts.push(band(r, X, Y, tint(COLOURS[i]))));
        bands.forEach((r, i) => {
          parts.push(path(r.midH, r.min, X, Y, COLOURS[i], lw / 4, 0, 1));
          parts.push(path(r.midH, r.max, X, Y, COLOURS[i], lw / 4, 0, 1));
        });
        bands.forEach((r, i) => parts.push(path(r.midH, r.mean, X, Y, COLOURS[i], lw, i, 1)));
      } else if (shown) {
        results.arms.forEach((a, i) => parts.push(path(a.timeH, a.outputs[o.column], X, Y, COLOURS[i], lw, i, 1)));
      }
      if (o.column === 'tsat_pct') {
        // The normal range's edges in front of the arms' bands, which would hide its light fill (as on the slides).
        const r = VOCAB.references;
        for (const edge of [r.tsatLowPct, r.tsatHighPct]) {
          parts.push('<line x1="' + left + '" x2="' + right + '" y1="' + Y(edge) + '" y2="' + Y(edge) + '" stroke="#4d4d4d" stroke-width="1.5" stroke-dasharray="4 4"/>');
        }
      }
      for (const r of refs) {
        parts.push('<line x1="' + left + '" x2="' + right + '" y1="' + Y(r.value) + '" y2="' + Y(r.value) + '" stroke="#4d4d4d" stroke-width="1.5" stroke-dasharray="10 7"/>');
        parts.push('<text x="' + (right - 4) + '" y="' + (Y(r.value) - 4) + '" text-anchor="end" fill="#1a1a1a" font-size="' + (fs * 0.85) + '">' + esc(r.label) + '</text>');
      }
      if (n === 0) {
        for (const st of sketch) {
          if (st.length > 1) {
            parts.push('<polyline fill="none" stroke="#1a1a1a" stroke-width="' + (lw * 1.2) + '" stroke-linecap="round" stroke-linejoin="round" stroke-dasharray="' + (lw * 0.1) + ' ' + (lw * 2) + '" points="'
              + st.map((p) => X(p.t).toFixed(1) + ',' + Y(p.v).toFixed(1)).join(' ') + '"/>');
          }
        }
        if (sketch.length) {
          parts.push('<text x="' + (left + 6) + '" y="' + (ptop + fs * 1.2) + '" fill="#1a1a1a" font-size="' + (fs * 0.85) + '">dotted black line: your prediction</text>');
        }
      }
    });
    parts.push('<text x="' + (width / 2) + '" y="' + (height - bottom + fs * 1.5) + '" text-anchor="middle" fill="#1a1a1a">Time (' + unit.name + 's)</text>');
    parts.push('<text x="' + (width - 8) + '" y="' + (height - 6) + '" text-anchor="end" fill="#4d4d4d" font-size="' + (fs * 0.9) + '">' + esc(DISCLAIMER)
      + (options.title ? ' · rlsim ' + esc(CONFIG.version) : '') + '</text>');
    if (options.title && results) {
      results.arms.forEach((a, i) => {
        const x = 12 + i * width / Math.max(3.2, results.arms.length + 0.5);
        parts.push('<line x1="' + x + '" x2="' + (x + 40) + '" y1="' + (height - 12) + '" y2="' + (height - 12) + '" stroke="' + COLOURS[i] + '" stroke-width="' + lw + '"' + dash(i, lw) + '/>');
        parts.push('<text x="' + (x + 46) + '" y="' + (height - 7) + '" fill="#1a1a1a">' + esc(a.name) + '</text>');
      });
    }
    parts.push('</svg>');
    return {svg: parts.join(''), layout};
  }

  function isChanged() { return JSON.stringify(specOf(state)) !== referenceKey; }

  /**
   * The window over which output o is drawn as its mean and range, h (24 or a week), or 0 for as it is: the slide
   * charts' rule (SlideCharts.RANGE_RULE), for outputs with a daily rhythm in long runs with rows fine enough.
   */
  function rangeWindowH(o) {
    const rule = VOCAB.rangeRule;
    const spec = specOf(state);
    if (!o.rhythm || !(spec.durationH > rule.beyondH) || spec.outputIntervalH > rule.maxIntervalH) return 0;
    return spec.durationH > rule.weeklyBeyondH ? 168 : 24;
  }

  /** Per window of windowH from 0 h: its middle, the lowest and highest row and the time-weighted mean (trapezoids). */
  function ranges(timeH, values, windowH) {
    const out = {midH: [], min: [], max: [], mean: []};
    let k = 0;
    for (let w = Math.floor(timeH[0] / windowH); k < timeH.length; w++) {
      const from = w * windowH;
      const to = from + windowH;
      let lo = Infinity;
      let hi = -Infinity;
      let area = 0;
      let span = 0;
      while (k < timeH.length && timeH[k] < to) {
        lo = Math.min(lo, values[k]);
        hi = Math.max(hi, values[k]);
        if (k + 1 < timeH.length && timeH[k + 1] <= to) {
          const dt = timeH[k + 1] - timeH[k];
          area += dt * (values[k] + values[k + 1]) / 2;
          span += dt;
        }
        k++;
      }
      // No window of its own for the last row alone at a window's start (a run of whole weeks ends there).
      if (lo === Infinity || (span === 0 && out.midH.length > 0)) continue;
      out.midH.push(Math.min(from + windowH / 2, timeH[timeH.length - 1]));
      out.min.push(lo);
      out.max.push(hi);
      out.mean.push(span > 0 ? area / span : lo);
    }
    return out;
  }

  /** A range as a filled band between its lowest and highest values. */
  function band(r, X, Y, fill) {
    const upper = r.midH.map((t, i) => X(t).toFixed(1) + ',' + Y(r.max[i]).toFixed(1));
    const lower = r.midH.map((t, i) => X(t).toFixed(1) + ',' + Y(r.min[i]).toFixed(1)).reverse();
    return '<polygon fill="' + fill + '" stroke="none" points="' + upper.concat(lower).join(' ') + '"/>';
  }

  /** The colour mixed with white, keeping 22 % of it (the slides' band tint). */
  function tint(hex) {
    const c = parseInt(hex.slice(1), 16);
    const mix = (v) => Math.round(255 - 0.22 * (255 - v));
    return 'rgb(' + mix(c >> 16) + ',' + mix((c >> 8) & 255) + ',' + mix(c & 255) + ')';
  }

  function dash(i, lw) {
    const d = DASHES[i % DASHES.length];
    return d.length ? ' stroke-dasharray="' + d.map((x) => (x * lw).toFixed(1)).join(' ') + '"' : '';
  }

  /**
   * One curve, thinned to each pixel column's first, lowest, highest and last value (what the eye sees), in
   * time order, each point written once: where a column's lowest or highest value is its first or last (a
   * curve that only rises or falls across the column), two points draw it.
   */
  function path(timeH, values, X, Y, colour, lw, i, opacity) {
    const pts = [];
    let lastX = null;
    let lastTenths = null;
    const add = (x, y) => { // y written in tenths of a pixel
      const tenths = Math.round(y * 10);
      if (x === lastX && tenths === lastTenths) return;
      pts.push(x + ',' + tenths / 10);
      lastX = x;
      lastTenths = tenths;
    };
    let col = null;
    let first;
    let last;
    let min; // the lowest value and its row
    let kMin;
    let max;
    let kMax;
    const flush = () => {
      if (col === null) return;
      add(col, first);
      add(col, kMin < kMax ? min : max);
      add(col, kMin < kMax ? max : min);
      add(col, last);
    };
    for (let k = 0; k < timeH.length; k++) {
      const x = Math.round(X(timeH[k]));
      const y = Y(values[k]);
      if (x !== col) {
        flush();
        col = x;
        first = min = max = last = y;
        kMin = kMax = k;
      } else {
        if (y < min) { min = y; kMin = k; }
        if (y > max) { max = y; kMax = k; }
        last = y;
      }
    }
    flush();
    return '<polyline fill="none" stroke="' + colour + '" stroke-width="' + lw + '" stroke-opacity="' + opacity
      + '" stroke-linejoin="round"' + dash(i, lw) + ' points="' + pts.join(' ') + '"/>';
  }

  function references(o) {
    const r = VOCAB.references;
    if (o.column === 'serum_ferritin_ng_ml') return [{value: r.ferritinNgMl, label: r.ferritinNgMl + ' ng/mL: teaching reference, not advice'}];
    if (o.column === 'hb_g_dl') {
      // As on the slides: the threshold of the arms' patients' sex, both when they compare women and men.
      const lines = [];
      if (state.arms.some((a) => patientOf(a).woman)) {
        lines.push({value: r.hbAnaemiaWomenGDl, label: r.hbAnaemiaWomenGDl + ' g/dL: anaemia threshold, women (WHO)'});
      }
      if (!state.arms.every((a) => patientOf(a).woman)) {
        lines.push({value: r.hbAnaemiaMenGDl, label: r.hbAnaemiaMenGDl + ' g/dL: anaemia threshold, men (WHO)'});
      }
      return lines;
    }
    return [];
  }

  let currentLayout = [];
  function draw() {
    const area = $('chart-area');
    const width = Math.max(320, area.clientWidth);
    const rows = Math.ceil(state.charts.length / (state.charts.length > 3 && width > 900 ? 2 : 1));
    const height = Math.max(260, Math.min(rows * 200 + 60, window.innerHeight - 120));
    const {svg, layout} = chartSvg(width, height, {});
    currentLayout = layout;
    const chart = $('chart');
    chart.outerHTML = svg.replace('<svg ', '<svg id="chart" role="img" aria-labelledby="chart-desc" ')
      .replace(/>/, '><desc id="chart-desc">' + esc(describe()) + '</desc>');
    $('chart').classList.toggle('sketching', phase === 'predict');
    renderLegend();
    renderValues();
  }

  function describe() {
    if (phase === 'predict') return 'Empty chart: sketch your prediction on the first panel.';
    return 'Simulated course of ' + state.arms.map((a) => a.name).join(', ') + ' over ' + Math.round(state.durationH / 168)
      + ' weeks; the values at the end are in the table below.';
  }

  function renderLegend() {
    const legend = $('legend');
    legend.replaceChildren();
    state.arms.forEach((a, i) => {
      const s = el('span', {});
      s.innerHTML = '<svg width="40" height="10" aria-hidden="true"><line x1="0" x2="40" y1="5" y2="5" stroke="' + COLOURS[i]
        + '" stroke-width="3"' + dash(i, 3) + '/></svg> ';
      s.append(a.name);
      legend.append(s);
    });
    if (reference && isChanged() && phase === 'observe') legend.append(el('span', {text: 'grey: the lesson as written'}));
    const windows = state.charts.map((c) => rangeWindowH(VOCAB.outputs.find((o) => o.column === c.output))).filter((w) => w);
    if (windows.length && phase === 'observe') {
      legend.append(el('span', {text: windows[0] > 24 ? 'band: weekly range (line: weekly mean)' : 'band: daily range (line: daily mean)'}));
    }
  }

  function renderValues() {
    const table = $('values');
    const head = table.tHead;
    const body = table.tBodies[0];
    head.replaceChildren();
    body.replaceChildren();
    if (!results || phase !== 'observe') { table.hidden = true; return; }
    table.hidden = false;
    const outs = state.charts.map((c) => VOCAB.outputs.find((o) => o.column === c.output));
    const tr = el('tr', {}, el('th', {scope: 'col', text: 'Arm'}));
    for (const o of outs) tr.append(el('th', {scope: 'col', text: o.label + ' (' + o.unit + ')'}));
    head.append(tr);
    for (const a of results.arms) {
      const row = el('tr', {}, el('th', {scope: 'row', text: a.name}));
      const last = a.timeH.length - 1;
      for (const o of outs) {
        const v = a.outputs[o.column][last];
        row.append(el('td', {'data-value': String(v), 'data-output': o.column, text: fmt(v)}));
      }
      body.append(row);
    }
  }

  // ---- sketching on the first panel (pointer: mouse, pen or touch) ----------------------------------------
  function chartPoint(event) {
    const svg = $('chart');
    const box = svg.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const p = currentLayout[0];
    if (!p || x < p.left || x > p.right || y < p.ptop || y > p.pbottom) return null;
    const unit = timeUnit(state.durationH);
    const t = (x - p.left) / (p.right - p.left) * (state.durationH / unit.h) * unit.h;
    const v = p.lo + (p.pbottom - y) / (p.pbottom - p.ptop) * (p.hi - p.lo);
    return {t, v};
  }
  let drawing = null;
  const area = $('chart-area');
  area.addEventListener('pointerdown', (e) => {
    if (phase !== 'predict') return;
    const p = chartPoint(e);
    if (!p) return;
    drawing = [p];
    sketch.push(drawing);
    area.setPointerCapture(e.pointerId);
    e.preventDefault();
  });
  area.addEventListener('pointermove', (e) => {
    if (!drawing) return;
    const p = chartPoint(e);
    if (p) { drawing.push(p); draw(); }
  });
  const stop = () => { drawing = null; };
  area.addEventListener('pointerup', stop);
  area.addEventListener('pointercancel', stop);

  // ---- exports -----------------------------------------------------------------------------------------------
  function download(name, blob) {
    const a = el('a', {href: URL.createObjectURL(blob), download: name});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }
  const baseName = () => (LESSON.name || 'exploration') + (isChanged() ? '-changed' : '');
  /** The slide: 1920 × 1080 px (16:9 at 2× a 960 × 540 slide), title, panels, legend and the disclaimer. */
  function slideSvg() { return chartSvg(1920, 1080, {title: true, lineWidth: 4, fontSize: 22}).svg; }

  $('export-svg').addEventListener('click', () => download(baseName() + '.svg', new Blob([slideSvg()], {type: 'image/svg+xml'})));
  $('export-png').addEventListener('click', () => {
    const img = new Image();
    img.onload = () => {
      const canvas = el('canvas', {width: 1920, height: 1080});
      canvas.getContext('2d').drawImage(img, 0, 0);
      canvas.toBlob((b) => download(baseName() + '.png', b), 'image/png');
    };
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(slideSvg());
  });
  $('export-yaml').addEventListener('click', async () => {
    const r = await (CONFIG.engine === 'server' ? new ServerEngine() : new BrowserEngine()).yaml(specOf(state));
    if (r.error) { setStatus(r.error, true); return; }
    download(baseName() + '.yaml', new Blob([r.yaml], {type: 'text/yaml'}));
    setStatus('Saved ' + baseName() + '.yaml: run it with ./rlsim run ' + baseName() + '.yaml');
  });
  $('export-link').addEventListener('click', async () => {
    writeFragment();
    $('link').value = location.href;
    try { await navigator.clipboard.writeText(location.href); setStatus('Link copied.'); } catch (e) { $('link').select(); setStatus('Copy the link from the box below.'); }
  });

  function writeFragment() {
    const text = JSON.stringify({v: 1, durationH: state.durationH, charts: state.charts, arms: state.arms});
    const b64 = btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    history.replaceState(null, '', '#s=' + b64);
    $('link').value = location.href;
  }
  function fromFragment() {
    const m = /^#s=([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (!m) return null;
    try {
      const b64 = m[1].replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(b64 + '==='.slice((b64.length + 3) % 4)), (c) => c.charCodeAt(0));
      const s = JSON.parse(new TextDecoder().decode(bytes));
      const base = lessonState();
      return {title: base.title, durationH: s.durationH, outputIntervalH: base.outputIntervalH, charts: s.charts, arms: s.arms};
    } catch (e) {
      return null;
    }
  }

  function setStatus(text, error) {
    const s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!error);
  }

  // ---- start -----------------------------------------------------------------------------------------------
  $('duration').addEventListener('input', () => {
    const weeks = Number($('duration').value);
    state.durationH = weeks * 168;
    $('duration-out').textContent = durationText(state.durationH);
    changed();
  });
  $('add-arm').addEventListener('click', () => {
    if (state.arms.length >= MAX_ARMS) return;
    const copy = clone(state.arms[state.arms.length - 1]);
    let n = state.arms.length + 1;
    while (state.arms.some((a) => a.name === 'Arm ' + n)) n++;
    copy.name = 'Arm ' + n;
    state.arms.push(copy);
    renderControls();
    changed();
  });
  $('reset').addEventListener('click', () => {
    state = lessonState();
    clearTimeout(fragmentTimer);
    history.replaceState(null, '', location.pathname + location.search);
    renderControls();
    inputStartedAt = performance.now();
    simulate();
  });
  $('reveal').addEventListener('click', reveal);
  $('clear-sketch').addEventListener('click', () => { sketch = []; draw(); });
  window.addEventListener('resize', draw);
  if (CONFIG.lessons && CONFIG.lessons.length) {
    $('lesson-picker').hidden = false;
    const s = $('lesson-select');
    for (const l of CONFIG.lessons) s.append(el('option', {value: l.name, text: l.title, selected: l.name === LESSON.name}));
    s.addEventListener('change', () => { location.href = '?lesson=' + encodeURIComponent(s.value); });
  }
  const engineNote = (build) => { $('engine-note').textContent = CONFIG.engine === 'server'
    ? 'The model runs in rlsim explore on this computer.'
    : 'The model (the same Java code as rlsim run, compiled to ' + build + ' with TeaVM) runs in this page, offline.'; };
  engineNote('WebAssembly or JavaScript');
  let modelBuild = null; // the browser engine's build, once known: 'WebAssembly' or 'JavaScript'
  if (CONFIG.engine !== 'server') modelWorker().then((w) => { modelBuild = w.module ? 'WebAssembly' : 'JavaScript'; engineNote(modelBuild); });
  renderControls();
  renderPredict();
  draw();
  simulate();

  /** For tests and the latency benchmark: the page's state and latest results, read-only. */
  window.rlsimPage = {
    results: () => results,
    state: () => clone(state),
    phase: () => phase,
    sketchStrokes: () => sketch.map((st) => st.length),
    lastLatencyMs: () => lastLatencyMs,
    modelBuild: () => modelBuild,
    ready: () => results !== null,
  };
})();
