// The audit's output formats: Markdown, self-contained HTML (report-html.ts), the JSON contract
// (audit-types.ts) and SARIF 2.1.0 (the scan's SARIF plus dependency and migration results).
import type { Rule } from '../engine/types';
import { formatSarif, ReportedFinding } from '../cli/output-formats';
import { advisoryRuleId } from './advisories';
import { extraRules } from './extra-rules';
import type { AuditReport, AuditVulnerabilities } from './audit-types';
import { librariesNote, libraryVersionsText, python3Note, pythonUpgradeText, renderAuditHtml, warningStatusText, warningWhere } from './report-html';
import { runtimeRuleId } from '../warnings/merge';

export { renderAuditHtml };

export type AuditFormat = 'md' | 'html' | 'json' | 'sarif';

/** The summary's blocking findings: Django's by its target, a library's by that library's target (counted apart). */
export function blockingText(report: Pick<AuditReport, 'summary' | 'libraries' | 'django'>): string {
  const byLibraries = report.libraries.reduce((n, library) => n + library.blocking, 0);
  const byDjango = `${Math.max(0, report.summary.blocking - byLibraries)} removed by Django ${report.django.target}`;
  return byLibraries ? `${byDjango}, ${byLibraries} by the target release of their library (see Libraries)` : byDjango;
}

export function formatAuditJson(report: AuditReport): string {
  return JSON.stringify(report, null, 2);
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function supportText(support: AuditReport['django']['support']): string {
  if (!support || support.supported === null) return 'support status unknown';
  return support.supported ? `receives security fixes until ${support.endOfSupport}` : `**no longer supported** (since ${support.endOfSupport ?? 'long ago'})`;
}

export function formatAuditMarkdown(report: AuditReport): string {
  const { django, python } = report;
  const out: string[] = [];
  out.push('# Django upgrade audit', '');
  out.push(`Project: \`${report.root}\` · support status as of ${report.asOf}`, '');
  out.push(django.current ? `- **Django ${django.current}** (${django.source}): ${supportText(django.support)}` : `- **Django version unknown**: ${django.source}`);
  out.push(`- **Target Django ${django.target}** (${django.targetSource}): ${supportText(django.targetSupport)}`);
  out.push(
    python.current
      ? `- **Python ${python.current}** (${python.source}): ${supportText(python.support)}${python.supportedByTarget === false ? `; Django ${django.target} does not support it` : ''}`
      : `- **Python version unknown**: ${python.source}`,
  );
  out.push(`- **${report.summary.findings} findings** in ${report.summary.files} files: ${blockingText(report)}, ${report.summary.fixable} fixable with \`djupgrade fix\``, '');

  out.push('## Upgrade path', '');
  if ((report.libraries ?? []).some((l) => l.findings > 0)) out.push(librariesNote, '');
  if (report.path.length === 0) out.push('Nothing to climb: the project already runs the target version.', '');
  else {
    out.push('| Step | Python | Findings removed at this step | Fixable | Package upgrades needed |', '|---|---|---:|---:|---|');
    report.path.forEach((step, index) => {
      const deps = step.dependencies.map((d) => `${d.name} ${d.pinned ?? '?'} → ${d.minimum ?? 'no release'}`).join('<br>') || '—';
      out.push(`| ${step.title} | ${step.python.join(', ')}${pythonUpgradeText(report, index) ? ` (${pythonUpgradeText(report, index)})` : ''} | ${step.blocking} | ${step.fixable} | ${cell(deps)} |`);
    });
    out.push('');
    if (report.path.some((step) => step.kind === 'python3')) out.push(python3Note, '');
    for (const step of report.path.filter((s) => s.rules.length)) {
      out.push(`${step.kind === 'python3' ? step.title : `Before Django ${step.django}`}: ${step.rules.map((r) => `\`${r.rule}\` ×${r.count}`).join(', ')}`);
    }
    out.push('');
  }

  out.push(...librariesMarkdown(report));

  out.push('## Dependencies', '');
  if (report.dependencies.length === 0) out.push('No pinned packages found.', '');
  else {
    out.push(`| Package | Pinned | Django ${django.target} | Needs | Source |`, '|---|---|---|---|---|');
    for (const dep of report.dependencies) out.push(`| ${dep.name} | ${dep.pinned ?? 'not pinned'} | ${dep.status} | ${dep.minimum ?? ''} | ${cell(dep.source)} |`);
    out.push('');
  }

  out.push(...vulnerabilitiesMarkdown(report.vulnerabilities));
  if (report.runtimeWarnings) {
    const { log, summary: s, warnings } = report.runtimeWarnings;
    out.push('## Warnings from the test log', '');
    out.push(`\`${log}\`: ${s.read} deprecation warnings, ${s.distinct} distinct: ${s.static} a rule already flags, ${s.runtimeOnly} seen only at run time (now findings), ${s.external} raised in installed packages.`, '');
    if (warnings.length) {
      out.push('| Where | Warning | Times | Rules | Status |', '|---|---|---:|---|---|');
      for (const w of warnings) out.push(`| \`${cell(warningWhere(w))}\` | ${w.category}: ${cell(w.message)} | ${w.count} | ${w.rules.join(', ')} | ${warningStatusText[w.status]} |`);
      out.push('');
    }
  }

  out.push('## Migrations', '');
  if (report.migrations.length === 0) out.push('No problems found in the migration graph.', '');
  else {
    out.push('| App | Problem | Files | Details |', '|---|---|---|---|');
    for (const issue of report.migrations) out.push(`| ${issue.app} | ${issue.kind} | ${issue.files.map((f) => `\`${f}\``).join('<br>')} | ${cell(issue.message)} |`);
    out.push('');
  }

  out.push('## Inventory', '');
  out.push(`INSTALLED_APPS from \`${report.inventory.settings ?? 'no settings file found'}\` (${report.inventory.installedApps.length} entries); ${report.inventory.projectTemplates} project-level templates, ${report.inventory.projectUrlPatterns} root URL patterns.`, '');
  out.push('| App | Models | Views | URL patterns | Templates | Admin registrations | Commands | Celery tasks | DRF viewsets | DRF serializers |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const app of report.inventory.apps) {
    out.push(`| ${app.label}${app.installed ? '' : ' (not installed)'} | ${app.models.length} | ${app.views.length} | ${app.urlPatterns} | ${app.templates} | ${app.adminRegistrations.length} | ${app.managementCommands.length} | ${app.celeryTasks.length} | ${app.drfViewsets.length} | ${app.drfSerializers.length} |`);
  }
  out.push('');

  out.push(`## Findings (${report.findings.length})`, '');
  for (const f of report.findings) out.push(`- \`${f.path}:${f.line}:${f.column}\` [${f.rule}] ${f.message}${f.fixable ? ' (fixable)' : ''}`);
  out.push('');
  out.push('---', '', ...report.vulnerabilities.snapshot.sources.map((s) => `- ${s.credit}`), '');
  return out.join('\n');
}

export function severityText(severity: AuditVulnerabilities['packages'][number]['advisories'][number]['severity']): string {
  if (!severity) return '';
  return severity.score !== undefined ? `${severity.level} (CVSS ${severity.score})` : severity.level;
}

export function snapshotLine(vulnerabilities: AuditVulnerabilities): string {
  const { snapshot } = vulnerabilities;
  return `Advisory snapshot of ${snapshot.generated}: ${snapshot.sources.map((s) => `${s.name} to ${s.asOf}`).join('; ')}.`;
}

function vulnerabilitiesMarkdown(vulnerabilities: AuditVulnerabilities): string[] {
  const out = ['## Known vulnerabilities', ''];
  const unchecked = vulnerabilities.notExact.length ? ` Not pinned exactly, so not checked: ${vulnerabilities.notExact.join(', ')}.` : '';
  out.push(`${snapshotLine(vulnerabilities)} ${vulnerabilities.checked} pinned packages checked.${unchecked}`, '');
  if (vulnerabilities.packages.length === 0) out.push('No published vulnerabilities affect the pinned releases.', '');
  for (const pkg of vulnerabilities.packages) {
    out.push(`### ${pkg.name} ${pkg.version}`, '');
    out.push(`${pkg.message.slice(`${pkg.name} ${pkg.version}: `.length)} (pinned in ${pkg.declared.map((d) => `\`${d.file}:${d.line}\``).join(', ')})`, '');
    if (pkg.advisories.length) {
      out.push('| Advisory | Aliases | Severity | Disclosed | Fixed in | Summary |', '|---|---|---|---|---|---|');
      for (const a of pkg.advisories) out.push(`| ${a.id} | ${a.aliases.join(', ')} | ${severityText(a.severity)} | ${a.published} | ${a.fixedIn.join(', ') || 'no fix known'} | ${cell(a.summary)} |`);
      out.push('');
    }
  }
  return out;
}


/** The descriptor of a rule outside the catalogue (dependencies, migrations, vulnerabilities, runtime warnings). */
function extraRuleDescriptor(id: string): { id: string } {
  return {
    id,
    name: id,
    shortDescription: { text: extraRules[id].title },
    fullDescription: { text: extraRules[id].description.replace(/`/g, '') },
    helpUri:
      id === advisoryRuleId
        ? 'https://docs.djangoproject.com/en/stable/releases/security/'
        : id === runtimeRuleId
          ? 'https://docs.djangoproject.com/en/stable/howto/upgrade-version/#resolving-deprecation-warnings'
          : 'https://docs.djangoproject.com/en/stable/howto/upgrade-version/',
    properties:
      id === advisoryRuleId
        ? { category: 'security', tags: ['security', 'dependencies'] }
        : { category: id === runtimeRuleId ? 'runtime' : id.startsWith('migration') ? 'migrations' : 'dependencies' },
  } as { id: string };
}

/**
 * SARIF 2.1.0 of findings that may come from outside the catalogue: the scan's SARIF, with a rule
 * descriptor added for each such rule its results use. Returns the log and a rule-index lookup.
 */
export function sarifWithExtraRules(findings: ReportedFinding[], rules: readonly Rule<any>[], toolVersion: string) {
  const sarif = JSON.parse(formatSarif(findings, rules, toolVersion));
  const run = sarif.runs[0];
  const driverRules: Array<{ id: string }> = run.tool.driver.rules;
  const indexOf = (id: string) => {
    let index = driverRules.findIndex((rule) => rule.id === id);
    if (index < 0 && extraRules[id]) {
      driverRules.push(extraRuleDescriptor(id));
      index = driverRules.length - 1;
    }
    return index;
  };
  for (const result of run.results as Array<{ ruleId: string; ruleIndex: number }>) {
    if (result.ruleIndex < 0) result.ruleIndex = indexOf(result.ruleId);
  }
  return { sarif, run, indexOf };
}

/** SARIF 2.1.0: the scan's results, the dependency and vulnerability findings, the test log's, and the migration problems. */
export function formatAuditSarif(report: AuditReport, rules: readonly Rule<any>[], toolVersion: string): string {
  const { sarif, run, indexOf } = sarifWithExtraRules(report.findings, rules, toolVersion);
  const uri = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  for (const issue of report.migrations) {
    const id = `migration-${issue.kind}`;
    run.results.push({
      ruleId: id,
      ruleIndex: indexOf(id),
      level: issue.kind === 'duplicate-number' ? 'warning' : 'error',
      message: { text: issue.message.replace(/`/g, '') },
      locations: issue.files.map((file, i) => ({
        physicalLocation: {
          artifactLocation: { uri: uri(file) },
          ...(i === 0 && issue.line ? { region: { startLine: issue.line } } : {}),
        },
      })),
    });
  }
  run.properties = {
    advisorySnapshot: report.vulnerabilities.snapshot.generated,
    djangoCurrent: report.django.current,
    djangoTarget: report.django.target,
    pythonCurrent: report.python.current,
    upgradePath: report.path.map((step) => (step.kind === 'python3' ? step.title : step.django)),
  };
  return JSON.stringify(sarif, null, 2);
}

/** The libraries section: each library's versions and the findings of its own rules. */
function librariesMarkdown(report: AuditReport): string[] {
  // A report written before the section existed has none to show.
  if (!report.libraries) return [];
  const out = ['## Libraries', ''];
  if (!report.libraries.length) {
    out.push('No library of the catalogue (Django REST Framework, Celery, django-filter, …) is declared or used.', '');
    return out;
  }
  out.push('| Library | Versions | Findings | Removed by the target | Fixable | Rules (select or ignore by category) |', '|---|---|---:|---:|---:|---|');
  for (const library of report.libraries) {
    const rules = library.rules.map((r) => `\`${r.rule}\` ×${r.count}`).join(', ') || '—';
    const successor = library.successor ? ` (replaced by ${library.successor})` : '';
    out.push(`| ${cell(library.title)}${successor} | ${libraryVersionsText(library)} (${cell(library.source)}; target: ${cell(library.targetSource)}) | ${library.findings} | ${library.blocking} | ${library.fixable} | \`${library.category}\`: ${cell(rules)} |`);
  }
  out.push('');
  return out;
}
