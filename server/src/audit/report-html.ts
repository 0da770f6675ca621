// The audit as one self-contained HTML page (inline CSS and an inline SVG chart of the findings
// per upgrade step; no scripts, no external resources). Pure: no Node imports, so the VS Code
// client can render the same page in a webview from the audit JSON.
import type { AuditReport, AuditRuntimeWarnings, AuditVulnerabilities } from './audit-types';
import { compareVersions } from '../versions/django-version';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Inline Markdown code spans (`x`) as <code>. */
const withCode = (text: string) => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function supportBadge(support: AuditReport['django']['support']): string {
  if (!support) return '<span class="badge unknown">support unknown</span>';
  if (support.supported === null) return `<span class="badge unknown" title="${escapeHtml(support.source)}">support unknown</span>`;
  return support.supported
    ? `<span class="badge ok" title="${escapeHtml(support.source)}">security fixes until ${escapeHtml(support.endOfSupport ?? '?')}</span>`
    : `<span class="badge bad" title="${escapeHtml(support.source)}">unsupported since ${escapeHtml(support.endOfSupport ?? 'long ago')}</span>`;
}

/** Why the Python 3 step comes first, said once under the path. */
export const python3Note = 'Django 2.0 and later run only on Python 3: the project cannot reach them before the Python 3 step, which Django 1.11 allows on Python 2.7 and Python 3 alike.';

/** The Python the project runs before step `index`: the detected one, or where an earlier Python 3 step took it. */
function pythonBefore(report: AuditReport, index: number): string | null {
  let python = report.python.current;
  for (const step of report.path.slice(0, index)) if (step.kind === 'python3') python = step.pythonUpgrade;
  return python;
}

/** "Python 2.7 → 3.7" for the Python 3 step; "Python 3.6 → 3.8+ first" for a step that needs a newer Python; else ''. */
export function pythonUpgradeText(report: AuditReport, index: number): string {
  const step = report.path[index];
  if (!step.pythonUpgrade) return '';
  const from = pythonBefore(report, index) ?? '?';
  if (step.kind === 'python3') return `Python ${from} → ${step.pythonUpgrade}`;
  // A Python newer than any the step supports (a Django version given on the command line that the project's Python never ran).
  if (from !== '?' && compareVersions(step.pythonUpgrade, from) < 0) return `Python ${from} → ${step.pythonUpgrade} first: Django ${step.django} supports no newer Python`;
  return `Python ${from} → ${step.pythonUpgrade}+ first`;
}

/** A bar chart of blocking findings per step, the fixable part in a second colour. */
export function stepChartSvg(steps: AuditReport['path']): string {
  const width = 900;
  const barArea = 200;
  const top = 48;
  const left = 44;
  const max = Math.max(1, ...steps.map((s) => s.blocking));
  const slot = steps.length ? (width - left - 10) / steps.length : 0;
  const barWidth = Math.min(90, slot * 0.5);
  const scale = (n: number) => (n / max) * barArea;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${top + barArea + 46}" width="${width}" height="${top + barArea + 46}" role="img" aria-label="Findings to fix per upgrade step">`);
  parts.push(`<text x="${left}" y="16" class="chart-title">Findings to fix before each step</text>`);
  parts.push(`<rect x="${left + 230}" y="7" width="11" height="11" class="bar-fixable"/><text x="${left + 246}" y="16" class="chart-title">fixable with djupgrade fix</text>`);
  parts.push(`<rect x="${left + 420}" y="7" width="11" height="11" class="bar-manual"/><text x="${left + 436}" y="16" class="chart-title">by hand</text>`);
  for (let i = 0; i <= 4; i++) {
    const value = Math.round((max * i) / 4);
    const y = top + barArea - scale(value);
    parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" class="grid"/>`);
    parts.push(`<text x="${left - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end" class="axis">${value}</text>`);
  }
  steps.forEach((step, i) => {
    const x = left + slot * i + (slot - barWidth) / 2;
    const total = scale(step.blocking);
    const fixed = scale(step.fixable);
    parts.push(`<rect x="${x.toFixed(1)}" y="${(top + barArea - total).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${total.toFixed(1)}" class="bar-manual"><title>${escapeHtml(step.title)}: ${step.blocking} findings, ${step.fixable} fixable</title></rect>`);
    parts.push(`<rect x="${x.toFixed(1)}" y="${(top + barArea - fixed).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${fixed.toFixed(1)}" class="bar-fixable"/>`);
    parts.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${(top + barArea - total - 5).toFixed(1)}" text-anchor="middle" class="value">${step.blocking}</text>`);
    parts.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${top + barArea + 18}" text-anchor="middle" class="label">${step.kind === 'python3' ? 'Python 3' : `Django ${escapeHtml(step.django)}`}</text>`);
    const deps = step.dependencies.length;
    parts.push(`<text x="${(x + barWidth / 2).toFixed(1)}" y="${top + barArea + 34}" text-anchor="middle" class="axis">${deps} package upgrade${deps === 1 ? '' : 's'}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}

const css = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d; --ok: #3fb950; --bad: #f85149; --warn: #d29922; --accent: #4493f8; } }
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); margin: 0; padding: 24px 32px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.muted { color: var(--muted); } .small { font-size: 12px; } code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--panel); padding: 1px 4px; border-radius: 4px; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 150px; }
.card .big { font-size: 22px; font-weight: 600; } .card .small { font-size: 12px; color: var(--muted); }
.badge { display: inline-block; font-size: 12px; border-radius: 10px; padding: 0 8px; border: 1px solid currentColor; }
.badge.ok { color: var(--ok); } .badge.bad { color: var(--bad); } .badge.unknown, .badge.warn { color: var(--warn); }
table { border-collapse: collapse; width: 100%; margin-top: 6px; } th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.chart { max-width: 100%; height: auto; } .chart .grid { stroke: var(--line); stroke-width: 1; } .chart .axis { fill: var(--muted); font-size: 11px; }
.chart .label { fill: var(--fg); font-size: 12px; font-weight: 600; } .chart .value { fill: var(--fg); font-size: 12px; } .chart-title { fill: var(--muted); font-size: 12px; }
.bar-manual { fill: var(--bad); opacity: 0.75; } .bar-fixable { fill: var(--ok); }
.status-supported { color: var(--ok); } .status-upgrade, .status-no-release { color: var(--bad); } .status-unknown { color: var(--warn); }
details summary { cursor: pointer; }
`;

/** Where a warning of the test log was raised: a workspace line, or a package's file (and the project line that led there). */
export function warningWhere(w: AuditRuntimeWarnings['warnings'][number]): string {
  if (w.path) return `${w.path}:${w.line}`;
  const inside = w.logLocation.replace(/\\/g, '/').replace(/^.*?(?:site|dist)-packages\//, '');
  return `${w.package ?? 'outside the project'}: ${inside}${w.via ? ` (from ${w.via.path}:${w.via.line})` : ''}`;
}

export const warningStatusText: Record<AuditRuntimeWarnings['warnings'][number]['status'], string> = {
  static: 'a rule flags it',
  'runtime-only': 'seen only at run time',
  external: 'raised in an installed package',
};

function runtimeWarningsHtml(runtime: AuditRuntimeWarnings): string[] {
  const h: string[] = ['<h2>Warnings from the test log</h2>'];
  const s = runtime.summary;
  h.push(`<p class="muted"><code>${escapeHtml(runtime.log)}</code>: ${s.read} deprecation warnings, ${s.distinct} distinct: ${s.static} a rule already flags, ${s.runtimeOnly} seen only at run time (now findings), ${s.external} raised in installed packages.</p>`);
  if (runtime.warnings.length) {
    h.push('<table><thead><tr><th>Where</th><th>Warning</th><th class="num">Times</th><th>Rules</th><th>Status</th></tr></thead><tbody>');
    for (const w of runtime.warnings) {
      h.push(`<tr><td><code>${escapeHtml(warningWhere(w))}</code></td><td><b>${escapeHtml(w.category)}</b>: ${escapeHtml(w.message)}</td><td class="num">${w.count}</td><td>${w.rules.map((r) => `<code>${escapeHtml(r)}</code>`).join(' ')}</td><td>${escapeHtml(warningStatusText[w.status])}</td></tr>`);
    }
    h.push('</tbody></table>');
  }
  return h;
}

function severityBadge(severity: AuditVulnerabilities['packages'][number]['advisories'][number]['severity']): string {
  if (!severity) return '<span class="muted">not rated</span>';
  const tone = /^(high|critical)$/.test(severity.level) ? 'bad' : 'warn';
  const score = severity.score !== undefined ? ` ${severity.score}` : '';
  return `<span class="badge ${tone}" title="${escapeHtml(severity.vector ?? severity.source ?? '')}">${escapeHtml(severity.level)}${score}</span>`;
}

function vulnerabilitiesHtml(vulnerabilities: AuditVulnerabilities): string[] {
  const h: string[] = ['<h2>Known vulnerabilities</h2>'];
  const { snapshot } = vulnerabilities;
  const unchecked = vulnerabilities.notExact.length ? ` Not pinned exactly, so not checked: ${vulnerabilities.notExact.map((n) => `<code>${escapeHtml(n)}</code>`).join(', ')}.` : '';
  h.push(`<p class="muted">Advisory snapshot of ${escapeHtml(snapshot.generated)}: ${snapshot.sources.map((s) => `${escapeHtml(s.name)} to ${escapeHtml(s.asOf)}`).join('; ')}. ${vulnerabilities.checked} pinned packages checked.${unchecked}</p>`);
  if (vulnerabilities.packages.length === 0) h.push('<p>No published vulnerabilities affect the pinned releases.</p>');
  for (const pkg of vulnerabilities.packages) {
    const where = pkg.declared.map((d) => `<code>${escapeHtml(d.file)}:${d.line}</code>`).join(', ');
    const tone = pkg.advisories.some((a) => a.severity && /^(high|critical)$/.test(a.severity.level)) ? 'status-upgrade' : 'status-unknown';
    h.push(`<details${pkg.advisories.length ? ' open' : ''}><summary><b>${escapeHtml(pkg.name)} ${escapeHtml(pkg.version)}</b> · <span class="${tone}">${withCode(pkg.message.slice(`${pkg.name} ${pkg.version}: `.length))}</span> · ${where}</summary>`);
    if (pkg.advisories.length) {
      h.push('<table><thead><tr><th>Advisory</th><th>Severity</th><th>Disclosed</th><th>Fixed in</th><th>Summary</th></tr></thead><tbody>');
      for (const a of pkg.advisories) {
        const aliases = a.aliases.length ? `<br><span class="muted">${a.aliases.map(escapeHtml).join(', ')}</span>` : '';
        h.push(`<tr><td><code>${escapeHtml(a.id)}</code>${aliases}</td><td>${severityBadge(a.severity)}</td><td>${escapeHtml(a.published)}</td><td>${escapeHtml(a.fixedIn.join(', ') || 'no fix known')}</td><td>${withCode(a.summary)}</td></tr>`);
      }
      h.push('</tbody></table>');
    }
    h.push('</details>');
  }
  return h;
}

/** Under the Django path: library findings follow their own releases, in their own section. */
export const librariesNote = 'The steps count Django\'s own APIs; the libraries around it deprecate on their own schedules (see Libraries).';

/** What a library's row says about its versions: "3.7.7 → 3.16.1". */
export function libraryVersionsText(library: AuditReport['libraries'][number]): string {
  return `${library.current ?? 'unknown'} → ${library.target}`;
}

/** The libraries section of the HTML report. */
function librariesHtml(report: AuditReport): string[] {
  // A report written before the section existed has none to show.
  if (!report.libraries) return [];
  const h = ['<h2>Libraries</h2>'];
  if (!report.libraries.length) {
    h.push('<p class="muted">No library of the catalogue (Django REST Framework, Celery, django-filter, …) is declared or used.</p>');
    return h;
  }
  h.push('<table><thead><tr><th>Library</th><th>Versions</th><th class="num">Findings</th><th class="num">Removed by the target</th><th class="num">Fixable</th><th>Rules</th></tr></thead><tbody>');
  for (const library of report.libraries) {
    const rules = library.rules.map((r) => `<code>${escapeHtml(r.rule)}</code> ×${r.count}`).join(', ') || '<span class="muted">none</span>';
    const successor = library.successor ? `<br><span class="status-upgrade">replaced by ${escapeHtml(library.successor)}</span>` : '';
    h.push(
      `<tr><td><b>${escapeHtml(library.title)}</b>${successor}</td><td>${escapeHtml(libraryVersionsText(library))}<br><span class="muted">${escapeHtml(library.source)}; target: ${escapeHtml(library.targetSource)}</span></td><td class="num">${library.findings}</td><td class="num">${library.blocking}</td><td class="num">${library.fixable}</td><td>category <code>${escapeHtml(library.category)}</code>: ${rules}</td></tr>`,
    );
  }
  h.push('</tbody></table>');
  return h;
}

export function renderAuditHtml(report: AuditReport, title = 'Django upgrade audit'): string {
  const { django, python } = report;
  const h: string[] = [];
  h.push('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">');
  h.push('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">');
  h.push(`<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${css}</style></head><body>`);
  h.push(`<h1>${escapeHtml(title)}</h1>`);
  h.push(`<div class="muted">${escapeHtml(report.root)} · support status as of ${escapeHtml(report.asOf)}</div>`);

  h.push('<div class="cards">');
  h.push(`<div class="card"><div class="small">Django today</div><div class="big">${escapeHtml(django.current ?? 'unknown')}</div><div class="small">${escapeHtml(django.source)}</div>${django.current ? supportBadge(django.support) : ''}</div>`);
  h.push(`<div class="card"><div class="small">Target</div><div class="big">${escapeHtml(django.target)}</div><div class="small">${escapeHtml(django.targetSource)}</div>${supportBadge(django.targetSupport)}</div>`);
  h.push(`<div class="card"><div class="small">Python today</div><div class="big">${escapeHtml(python.current ?? 'unknown')}</div><div class="small">${escapeHtml(python.source)}</div>${python.current ? supportBadge(python.support) : ''}${python.supportedByTarget === false ? ` <span class="badge bad">not supported by Django ${escapeHtml(django.target)}</span>` : ''}</div>`);
  const onTheWay = report.path.reduce((n, step) => n + step.blocking, 0);
  const pins = report.findings.filter((f) => f.rule === 'dependency-unsupported').length;
  h.push(`<div class="card"><div class="small">Findings</div><div class="big">${report.summary.findings}</div><div class="small">${onTheWay} in code removed on the way to ${escapeHtml(django.target)} · ${report.summary.fixable} fixable · ${pins} package pins</div></div>`);
  const vulnerable = report.vulnerabilities.packages.filter((p) => p.advisories.length);
  const advisoryCount = vulnerable.reduce((n, p) => n + p.advisories.length, 0);
  h.push(`<div class="card"><div class="small">Known vulnerabilities</div><div class="big">${advisoryCount}</div><div class="small">in ${vulnerable.length} pinned package${vulnerable.length === 1 ? '' : 's'} · snapshot ${escapeHtml(report.vulnerabilities.snapshot.generated)}</div></div>`);
  const apps = report.inventory.apps;
  const count = (pick: (a: (typeof apps)[number]) => number) => apps.reduce((n, a) => n + pick(a), 0);
  h.push(`<div class="card"><div class="small">Project</div><div class="big">${apps.length} apps</div><div class="small">${count((a) => a.models.length)} models · ${report.summary.files} files</div></div>`);
  h.push('</div>');

  h.push('<h2>Upgrade path</h2>');
  if (report.path.length === 0) {
    h.push('<p>Nothing to climb: the project already runs the target version.</p>');
  } else {
    h.push(stepChartSvg(report.path));
    h.push('<table><thead><tr><th>Step</th><th>Python</th><th class="num">Findings removed here</th><th class="num">Fixable</th><th>Package upgrades needed</th></tr></thead><tbody>');
    report.path.forEach((step, index) => {
      const deps = step.dependencies.length
        ? step.dependencies.map((d) => `<code>${escapeHtml(d.name)}</code> ${escapeHtml(d.pinned ?? '?')} → ${d.minimum ? escapeHtml(d.minimum) : '<span class="status-no-release">no release</span>'}`).join('<br>')
        : '<span class="muted">none known</span>';
      const upgrade = pythonUpgradeText(report, index);
      h.push(`<tr><td><b>${escapeHtml(step.title)}</b></td><td>${escapeHtml(step.python.join(', '))}${upgrade ? `<br><span class="status-upgrade">${escapeHtml(upgrade)}</span>` : ''}</td><td class="num">${step.blocking}</td><td class="num">${step.fixable}</td><td>${deps}</td></tr>`);
    });
    h.push('</tbody></table>');
    if (report.path.some((step) => step.kind === 'python3')) h.push(`<p>${escapeHtml(python3Note)}</p>`);
  }
  if ((report.libraries ?? []).some((l) => l.findings > 0)) h.push(`<p>${escapeHtml(librariesNote)}</p>`);

  h.push(...librariesHtml(report));

  h.push('<h2>Dependencies</h2>');
  if (report.dependencies.length === 0) h.push('<p class="muted">No pinned packages found.</p>');
  else {
    h.push(`<table><thead><tr><th>Package</th><th>Pinned</th><th>Django ${escapeHtml(django.target)}</th><th>Needs</th><th>Source</th></tr></thead><tbody>`);
    for (const dep of report.dependencies) {
      h.push(`<tr><td><code>${escapeHtml(dep.name)}</code></td><td>${escapeHtml(dep.pinned ?? 'not pinned')}</td><td class="status-${dep.status}">${escapeHtml(dep.status)}</td><td>${escapeHtml(dep.minimum ?? '')}</td><td class="muted">${escapeHtml(dep.source)}</td></tr>`);
    }
    h.push('</tbody></table>');
  }

  h.push(...vulnerabilitiesHtml(report.vulnerabilities));

  if (report.runtimeWarnings) h.push(...runtimeWarningsHtml(report.runtimeWarnings));

  h.push('<h2>Migrations</h2>');
  if (report.migrations.length === 0) h.push('<p>No problems found in the migration graph.</p>');
  else {
    h.push('<table><thead><tr><th>App</th><th>Problem</th><th>Files</th><th>Details</th></tr></thead><tbody>');
    for (const issue of report.migrations) {
      h.push(`<tr><td>${escapeHtml(issue.app)}</td><td>${escapeHtml(issue.kind)}</td><td>${issue.files.map((f) => `<code>${escapeHtml(f)}${issue.line && f === issue.files[0] ? `:${issue.line}` : ''}</code>`).join('<br>')}</td><td>${withCode(issue.message)}</td></tr>`);
    }
    h.push('</tbody></table>');
  }

  h.push('<h2>Inventory</h2>');
  h.push(`<p class="muted">INSTALLED_APPS from ${escapeHtml(report.inventory.settings ?? 'no settings file found')}: ${report.inventory.installedApps.length} entries; ${report.inventory.projectTemplates} project-level templates, ${report.inventory.projectUrlPatterns} root URL patterns.</p>`);
  h.push('<table><thead><tr><th>App</th><th class="num">Models</th><th class="num">Views</th><th class="num">URLs</th><th class="num">Templates</th><th class="num">Admin</th><th class="num">Commands</th><th class="num">Celery tasks</th><th class="num">DRF viewsets</th><th class="num">Serializers</th></tr></thead><tbody>');
  for (const app of apps) {
    h.push(`<tr><td><b>${escapeHtml(app.label)}</b> <span class="muted">${escapeHtml(app.path)}${app.installed ? '' : ' · not in INSTALLED_APPS'}</span></td><td class="num">${app.models.length}</td><td class="num">${app.views.length}</td><td class="num">${app.urlPatterns}</td><td class="num">${app.templates}</td><td class="num">${app.adminRegistrations.length}</td><td class="num">${app.managementCommands.length}</td><td class="num">${app.celeryTasks.length}</td><td class="num">${app.drfViewsets.length}</td><td class="num">${app.drfSerializers.length}</td></tr>`);
  }
  h.push('</tbody></table>');

  h.push(`<h2>Findings (${report.findings.length})</h2>`);
  const byRule = new Map<string, typeof report.findings>();
  for (const f of report.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  // A library rule's versions are its library's: say whose ("removed in Django REST Framework 3.10").
  const libraryOf = new Map(report.libraries.flatMap((library) => library.rules.map(({ rule }) => [rule, `${library.title} `] as const)));
  for (const [rule, list] of [...byRule.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    const product = escapeHtml(libraryOf.get(rule) ?? '');
    const removed = list[0].removedIn ? `removed in ${product}${escapeHtml(list[0].removedIn)}` : list[0].deprecatedIn ? `deprecated in ${product}${escapeHtml(list[0].deprecatedIn)}` : '';
    h.push(`<details><summary><code>${escapeHtml(rule)}</code> · ${list.length} · <span class="muted">${removed}${list.some((f) => f.fixable) ? ' · fixable' : ''}</span></summary><table><tbody>`);
    for (const f of list) h.push(`<tr><td><code>${escapeHtml(f.path)}:${f.line}:${f.column}</code></td><td>${withCode(f.message)}</td></tr>`);
    h.push('</tbody></table></details>');
  }
  h.push('<p class="muted">Generated by djupgrade audit. Nothing was imported or run: every fact comes from reading the files.</p>');
  for (const source of report.vulnerabilities.snapshot.sources) h.push(`<p class="muted small">${escapeHtml(source.credit)}</p>`);
  h.push('</body></html>');
  return h.join('\n');
}
