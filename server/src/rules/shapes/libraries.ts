// Shapes and queries the rules of the libraries around Django share (drf/, celery/, …): where a
// library's names are imported and used, dotted paths written as strings, settings dicts such as
// REST_FRAMEWORK, names that become another called with one more argument, renamed hooks of
// subclasses, and the release notes each library's rules link to.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { indentationAt, lineEndOf, moveSymbolsEdits, newlineOf, normalizedOrNull, removeElement } from '../../engine/python-edits';
import { callArguments, callOf, classBody, identifiersSpelled, isSuperCall, importsWithin, lastName, mayName, methodCalls, methodsOf, qualifiedNameOf, referencesTo, settingAssignments, splitQualifiedName, stringsEqualTo, stringsSpelling, subclassesOf, unparenthesized, stringValue } from '../../engine/python-queries';
import type { TextEdit } from '../../engine/types';
import { compareVersions } from '../../versions/django-version';
import { definePythonRule } from './define';
import type { PythonRule, RuleSpec } from './define';

// ---------------------------------------------------------------------------------------------
// Release notes

/** Django REST Framework's release notes, at the section of one series ("3.10" → "#310x-series"). */
export function drfReleaseNotes(series: string): string {
  return `https://www.django-rest-framework.org/community/release-notes/#${series.replace('.', '')}x-series`;
}

/** Celery's "What's new" page of a major release ("4.0", "5.0"). */
export function celeryWhatsNew(version: string): string {
  return `https://docs.celeryq.dev/en/stable/history/whatsnew-${version}.html`;
}

/** django-filter's migration guide (one section per release that broke compatibility). */
export const djangoFilterMigration = 'https://django-filter.readthedocs.io/en/stable/guide/migration.html';

// ---------------------------------------------------------------------------------------------
// Django REST Framework's classes that several rules look for

/** DRF's routers. */
export const drfRouters = ['rest_framework.routers.BaseRouter', 'rest_framework.routers.SimpleRouter', 'rest_framework.routers.DefaultRouter'];

/** DRF's model serializers. */
export const drfModelSerializers = ['rest_framework.serializers.ModelSerializer', 'rest_framework.serializers.HyperlinkedModelSerializer'];

/** DRF's generic views and viewsets: the classes that read `paginate_by` up to 3.2. */
export const drfGenericViews = [
  ...['GenericAPIView', 'CreateAPIView', 'ListAPIView', 'RetrieveAPIView', 'DestroyAPIView', 'UpdateAPIView', 'ListCreateAPIView', 'RetrieveUpdateAPIView', 'RetrieveDestroyAPIView', 'RetrieveUpdateDestroyAPIView'].map((name) => `rest_framework.generics.${name}`),
  ...['GenericViewSet', 'ReadOnlyModelViewSet', 'ModelViewSet'].map((name) => `rest_framework.viewsets.${name}`),
];

/** Every view class of DRF (its views, generic views and viewsets all derive from `APIView`). */
export const drfViews = [/^rest_framework\.(views|generics|viewsets)\.\w+$/];

// ---------------------------------------------------------------------------------------------
// Names of a library

/** Where the module imports `qualifiedName` (or something under it): the import entries. */
export function importSites(context: PythonRuleContext, qualifiedName: string): Node[] {
  if (!importsWithin(context, qualifiedName)) return [];
  return context.scopes.imports.filter((entry) => entry.qualifiedName === qualifiedName || entry.qualifiedName.startsWith(`${qualifiedName}.`)).map((entry) => entry.entry);
}

/**
 * The uses of `qualifiedName`: identifiers that spell its last name (a use through an alias is
 * reported at its import) and attributes (`decorators.detail_route`).
 */
export function useSites(context: PythonRuleContext, qualifiedName: string): Node[] {
  const short = lastName(qualifiedName);
  return referencesTo(context, qualifiedName).filter((r) => r.node.type !== 'identifier' || r.node.text === short).map((r) => r.node);
}

/** A name that moved (or went away: no replacement). */
export interface MovedLibraryName {
  old: string;
  replacement?: string;
}

/** The edit that writes a new value into a plain string literal, keeping its quotes and prefix. */
function replaceStringValue(node: Node, value: string): TextEdit {
  const match = /^([rRuUbB]{0,2})('''|"""|'|")/.exec(node.text)!;
  return { start: node.startIndex, end: node.endIndex, text: `${match[1]}${match[2]}${value}${match[2]}` };
}

/**
 * Every import and use of the names, and every string that spells one of them as a dotted path
 * (settings lists such as DEFAULT_FILTER_BACKENDS), each with the edits that move it: the imports
 * and uses all together (python-edits' move), each string on its own. No edits for a name without
 * a replacement.
 */
export function movedLibraryNames(context: PythonRuleContext, names: readonly MovedLibraryName[]): Array<{ node: Node; name: MovedLibraryName; edits: TextEdit[] | null }> {
  const found: Array<{ node: Node; name: MovedLibraryName; edits: TextEdit[] | null }> = [];
  const code: Array<{ node: Node; name: MovedLibraryName }> = [];
  for (const name of names) {
    for (const node of [...importSites(context, name.old), ...useSites(context, name.old)]) code.push({ node, name });
  }
  if (code.length > 0) {
    const moves = names.filter((name) => name.replacement).map((name) => {
      const [newModule, newName] = splitQualifiedName(name.replacement!);
      return { old: name.old, newModule, newName };
    });
    const moved = moves.length ? moveSymbolsEdits(context, moves) : null;
    const edits = moved && moved.safety === 'safe' ? moved.edits : null;
    for (const { node, name } of code) found.push({ node, name, edits: name.replacement ? edits : null });
  }
  for (const { node, value } of stringsEqualTo(context, names.map((name) => name.old))) {
    const name = names.find((n) => n.old === value)!;
    found.push({ node, name, edits: name.replacement ? [replaceStringValue(node, name.replacement)] : null });
  }
  return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** A name of DRF's private `rest_framework.compat` module that a release removed. */
export interface CompatName {
  advice: string;
  /** The public name that replaces it (`collections.OrderedDict`): the fix moves the imports and uses there. */
  replacement?: string;
  /** The Django release that has `replacement`: no fix where the project is known to run an older one. */
  django?: string;
}

/**
 * A rule for names that a DRF release removed from its private `rest_framework.compat` module: it
 * reports each import and use, and moves them to the replacement where one exists (`fix` is
 * `'safe'` when some name has one). `docs.what` defaults to the list of the names.
 */
export function drfCompatRule(spec: Omit<RuleSpec, 'category' | 'library' | 'fix' | 'truth' | 'docs'> & { names: Readonly<Record<string, CompatName>>; docs: Omit<RuleSpec['docs'], 'what'> & { what?: string } }): PythonRule {
  const { names, docs, ...rest } = spec;
  const paths = Object.keys(names).map((name) => `rest_framework.compat.${name}`);
  return definePythonRule({
    ...rest,
    category: 'drf',
    library: 'djangorestframework',
    triggers: ['compat'],
    docs: { what: `Finds imports and uses of ${paths.map((path) => `\`${path}\``).join(', ')}.`, ...docs },
    fix: Object.values(names).some((name) => name.replacement) ? 'safe' : 'none',
    truth: { removed: paths },
    check(context) {
      reportCompatNames(context, names);
    },
  });
}

/** Reports each import and use of the `rest_framework.compat` names, with the move to a replacement where one exists. */
function reportCompatNames(context: PythonRuleContext, compat: Readonly<Record<string, CompatName>>): void {
  // Every import of them, and so every use, spells `rest_framework` and `compat` (the rules' trigger).
  if (!mayName(context, 'rest_framework.compat')) return;
  const tooOld = (django?: string) => django !== undefined && context.current != null && compareVersions(context.current, django) < 0;
  const names = Object.entries(compat).map(([name, { replacement, django }]) => ({ old: `rest_framework.compat.${name}`, replacement: tooOld(django) ? undefined : replacement }));
  for (const { node, name, edits } of movedLibraryNames(context, names)) {
    context.report({
      node,
      subject: `\`${name.old}\``,
      advice: compat[lastName(name.old)].advice,
      fix: edits && name.replacement ? { title: `Use \`${name.replacement}\``, edits } : undefined,
    });
  }
}

/** Where an argument goes in a call: first, before a keyword (else at this positional index), or last. */
export interface ArgumentPlace {
  /** The argument's text, e.g. "detail=True". */
  keyword: string;
  /** Its text when it goes in as a positional argument (`at.index`), e.g. "True". */
  positional?: string;
  at: 'first' | { keyword: string; index: number } | 'last';
}

/** The edit that adds an argument to a call (null when the call has no argument list). */
export function insertArgument(call: Node, place: ArgumentPlace): TextEdit | null {
  const { list, positional, keywords } = callArguments(call);
  if (!list) return null;
  const items = list.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
  const open = list.startIndex + 1;
  if (items.length === 0) return { start: open, end: open, text: place.keyword };
  if (place.at === 'first') return { start: items[0].startIndex, end: items[0].startIndex, text: `${place.keyword}, ` };
  if (place.at !== 'last') {
    const before = keywords.get(place.at.keyword);
    if (before) return { start: before.startIndex, end: before.startIndex, text: `${place.keyword}, ` };
    const argument = positional[place.at.index];
    if (argument) return { start: argument.startIndex, end: argument.startIndex, text: `${place.positional ?? place.keyword}, ` };
  }
  // After the last argument (a trailing comma stays after it: `f(a, kw,)`).
  const last = items[items.length - 1];
  return { start: last.endIndex, end: last.endIndex, text: `, ${place.keyword}` };
}

/** A name that became another, called with one more argument (`detail_route(...)` → `action(detail=True, ...)`). */
export interface RenamedCall {
  old: string;
  replacement: string;
  argument: ArgumentPlace;
}

/**
 * Imports and uses of the old names, each with the edits that move its name (imports and uses
 * renamed, the argument added to each call). Each name moves on its own: two names that become
 * the same one (`detail_route`, `list_route` → `action`) would otherwise both be imported as it:
 * the second has no fix until the first has moved (fix-all moves it in its next pass, where the
 * new name is imported already). `edits` is null for a name with a use that cannot be rewritten
 * (not called), so that a partial rewrite never leaves the old name half renamed.
 */
export function renamedCalls(context: PythonRuleContext, names: readonly RenamedCall[]): Array<{ node: Node; name: RenamedCall; edits: TextEdit[] | null }> {
  const found: Array<{ node: Node; name: RenamedCall; edits: TextEdit[] | null }> = [];
  const moving = new Set<string>();
  for (const name of names) {
    const sites = [...importSites(context, name.old), ...useSites(context, name.old)];
    if (sites.length === 0) continue;
    // A name whose replacement another name of the file moves to first waits for the next pass.
    const edits = moving.has(name.replacement) ? null : renamedCallEdits(context, name);
    moving.add(name.replacement);
    for (const node of sites) found.push({ node, name, edits });
  }
  return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

function renamedCallEdits(context: PythonRuleContext, name: RenamedCall): TextEdit[] | null {
  const calls: Node[] = [];
  for (const node of useSites(context, name.old)) {
    const call = callOf(node);
    if (!call) return null;
    calls.push(call);
  }
  const [newModule, newName] = splitQualifiedName(name.replacement);
  const moved = moveSymbolsEdits(context, [{ old: name.old, newModule, newName }]);
  if (!moved || moved.safety !== 'safe') return null;
  const edits = [...moved.edits];
  for (const call of calls) {
    const edit = insertArgument(call, name.argument);
    if (!edit) return null;
    edits.push(edit);
  }
  return normalizedOrNull(edits);
}

// ---------------------------------------------------------------------------------------------
// Classes

/**
 * Methods of subclasses of `bases` named after a renamed hook (`renames`: old → new), each with the
 * edits that rename it and its calls through `self.` / `super().` in the class. No fix when the
 * class defines the new name too.
 */
export function renamedOverrides(context: PythonRuleContext, bases: readonly string[], renames: Readonly<Record<string, string>>): Array<{ nameNode: Node; old: string; replacement: string; edits: TextEdit[] | null }> {
  const found: Array<{ nameNode: Node; old: string; replacement: string; edits: TextEdit[] | null }> = [];
  for (const classNode of subclassesOf(context, bases)) {
    for (const [old, replacement] of Object.entries(renames)) {
      for (const { nameNode } of methodsOf(classNode, old)) {
        if (methodsOf(classNode, replacement).length > 0) {
          found.push({ nameNode, old, replacement, edits: null });
          continue;
        }
        const edits: TextEdit[] = [{ start: nameNode.startIndex, end: nameNode.endIndex, text: replacement }];
        for (const call of methodCalls(context, [old])) {
          const receiver = call.receiver;
          const isSelf = (receiver.type === 'identifier' && receiver.text === 'self') || isSuperCall(receiver);
          if (isSelf && call.call.startIndex > classNode.startIndex && call.call.endIndex <= classNode.endIndex) edits.push({ start: call.nameNode.startIndex, end: call.nameNode.endIndex, text: replacement });
        }
        found.push({ nameNode, old, replacement, edits: normalizedOrNull(edits) });
      }
    }
  }
  return found.sort((a, b) => a.nameNode.startIndex - b.nameNode.startIndex);
}

/** The edit that adds a line after the last statement of a class body, indented as the body is. */
export function appendToClassBody(text: string, classNode: Node, line: string): TextEdit | null {
  const statements = classBody(classNode);
  if (statements.length === 0) return null;
  const first = statements[0];
  const last = statements[statements.length - 1];
  // `class Meta: model = X` on one line has no body indentation to follow.
  if (!/\n[ \t]*$/.test(text.slice(0, first.startIndex))) return null;
  const end = lineEndOf(text, last.endIndex);
  return { start: end, end, text: `${newlineOf(text)}${indentationAt(text, first.startIndex)}${line}` };
}

// ---------------------------------------------------------------------------------------------
// Settings

/** The `"KEY": value` pairs of a dict literal whose key is a plain string, in order. */
export function stringKeyPairs(dictionary: Node): Array<{ key: string; pair: Node; keyNode: Node; value: Node | null }> {
  const found: Array<{ key: string; pair: Node; keyNode: Node; value: Node | null }> = [];
  for (const pair of dictionary.namedChildren) {
    if (pair?.type !== 'pair') continue;
    const keyNode = pair.childForFieldName('key');
    const key = stringValue(keyNode);
    if (key !== null && keyNode) found.push({ key, pair, keyNode, value: pair.childForFieldName('value') });
  }
  return found;
}

/** The pairs of the module's `NAME = {...}` settings dicts whose key is one of `keys`, with their dict. */
export function settingsKeys(context: PythonRuleContext, name: string, keys: readonly string[]): Array<{ dictionary: Node; key: string; pair: Node; keyNode: Node; value: Node | null }> {
  return settingAssignments(context, name)
    .map((found) => unparenthesized(found.right))
    .filter((right): right is Node => right?.type === 'dictionary')
    .flatMap((dictionary) => stringKeyPairs(dictionary).filter((found) => keys.includes(found.key)).map((found) => ({ dictionary, ...found })));
}

// ---------------------------------------------------------------------------------------------
// Packages that were renamed

/** The new dotted path of `path` under the first renamed prefix it starts with (`renames`: old → new, longest first), or null. */
export function renamedPath(path: string, renames: ReadonlyArray<readonly [string, string]>): string | null {
  for (const [old, replacement] of renames) {
    if (path === old || path.startsWith(`${old}.`) || path.startsWith(`${old}:`)) return replacement + path.slice(old.length);
  }
  return null;
}

/**
 * Where the module names a renamed package: its imports (`from social.apps.django_app.views import
 * auth`), each with the edit that rewrites the module path, and the strings that spell a dotted path
 * under it (INSTALLED_APPS, AUTHENTICATION_BACKENDS, a pipeline), each with the edit that rewrites
 * the string. Found from the old top-level package's name (`word`): every site spells it. An
 * unaliased `import social.x.y` binds `social`, whose uses would need rewriting too: no edit.
 */
export function renamedPackageSites(context: PythonRuleContext, word: string, renames: ReadonlyArray<readonly [string, string]>): Array<{ node: Node; path: string; replacement: string; edit: TextEdit | null }> {
  const found = new Map<number, { node: Node; path: string; replacement: string; edit: TextEdit | null }>();
  for (const entry of context.scopes.imports) {
    if (entry.module !== null) {
      const moduleNode = entry.statement.childForFieldName('module_name');
      const replacement = renamedPath(entry.module, renames);
      if (moduleNode && replacement && !found.has(moduleNode.startIndex)) found.set(moduleNode.startIndex, { node: moduleNode, path: entry.module, replacement, edit: { start: moduleNode.startIndex, end: moduleNode.endIndex, text: replacement } });
    } else {
      const replacement = renamedPath(entry.qualifiedName, renames);
      const nameNode = entry.aliasNode ? entry.entry.childForFieldName('name') : entry.entry;
      // `import social.apps.django_app.x` binds `social`: its uses would need rewriting too; only an aliased import is rewritten.
      if (nameNode && replacement) found.set(nameNode.startIndex, { node: nameNode, path: entry.qualifiedName, replacement, edit: entry.aliasNode ? { start: nameNode.startIndex, end: nameNode.endIndex, text: replacement } : null });
    }
  }
  for (const node of stringsSpelling(context, word)) {
    const value = stringValue(node);
    const replacement = value !== null ? renamedPath(value, renames) : null;
    if (value !== null && replacement && !found.has(node.startIndex)) found.set(node.startIndex, { node, path: value, replacement, edit: replaceStringValue(node, replacement) });
  }
  return [...found.values()].sort((a, b) => a.node.startIndex - b.node.startIndex);
}

// ---------------------------------------------------------------------------------------------
// The release notes of the other libraries

/** Django Debug Toolbar's change log (one page; its sections are the releases). */
export const debugToolbarChanges = 'https://django-debug-toolbar.readthedocs.io/en/latest/changes.html';

/** django-storages' change log. */
export const storagesChangelog = 'https://django-storages.readthedocs.io/en/latest/changelog.html';

/** django-crispy-forms' change log (2.0 holds the migration guide). */
export const crispyFormsChangelog = 'https://github.com/django-crispy-forms/django-crispy-forms/blob/main/CHANGELOG.md';

/** django-allauth's release notes of one year ("2025"). */
export function allauthReleaseNotes(year: string): string {
  return `https://docs.allauth.org/en/latest/release-notes/${year}.html`;
}

// ---------------------------------------------------------------------------------------------
// Keys of a settings dict that were renamed or removed

/** A key of a settings dict (`DEBUG_TOOLBAR_CONFIG`) that was renamed (`replacement`), or removed (none). */
export interface SettingsKeyChange {
  key: string;
  replacement?: string;
}

/**
 * The renamed and removed keys of the module's `NAME = {...}` settings dicts, each with its edits:
 * a renamed key is respelled (no fix when the dict has the new key too), a removed one deleted
 * with its value.
 */
export function changedSettingsKeys(context: PythonRuleContext, name: string, changes: readonly SettingsKeyChange[]): Array<{ pair: Node; keyNode: Node; change: SettingsKeyChange; edits: TextEdit[] | null }> {
  const found: Array<{ pair: Node; keyNode: Node; change: SettingsKeyChange; edits: TextEdit[] | null }> = [];
  for (const { dictionary, key, pair, keyNode } of settingsKeys(context, name, changes.map((change) => change.key))) {
    const change = changes.find((c) => c.key === key)!;
    let edits: TextEdit[] | null;
    if (change.replacement) {
      const taken = stringKeyPairs(dictionary).some((other) => other.key === change.replacement);
      edits = taken ? null : [replaceStringValue(keyNode, change.replacement)];
    } else {
      edits = removeElement(context.text, dictionary, pair);
    }
    found.push({ pair, keyNode, change, edits });
  }
  return found;
}

/**
 * The edit that puts `itemText` into a list or tuple right after `element`: on a line of its own,
 * indented as the element, when the element ends its line with a comma; else `, item` after it.
 */
export function insertAfterElement(text: string, element: Node, itemText: string): TextEdit {
  const end = lineEndOf(text, element.endIndex);
  if (/^\s*,\s*(#.*)?$/.test(text.slice(element.endIndex, end)) && /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', element.startIndex) + 1, element.startIndex))) {
    return { start: end, end, text: `${newlineOf(text)}${indentationAt(text, element.startIndex)}${itemText},` };
  }
  return { start: element.endIndex, end: element.endIndex, text: `, ${itemText}` };
}

/** The string elements of the module's `NAME = [...]` / `(...)` settings, with their list. */
export function settingsListStrings(context: PythonRuleContext, name: string): Array<{ list: Node; node: Node; value: string }> {
  const found: Array<{ list: Node; node: Node; value: string }> = [];
  for (const { right } of settingAssignments(context, name)) {
    const list = unparenthesized(right);
    if (list?.type !== 'list' && list?.type !== 'tuple') continue;
    for (const node of list.namedChildren) {
      const value = node ? stringValue(node) : null;
      if (node && value !== null) found.push({ list, node, value });
    }
  }
  return found;
}

/** Simple JWT's change log. */
export const simplejwtChangelog = 'https://github.com/jazzband/djangorestframework-simplejwt/blob/master/CHANGELOG.md';

/** django-extensions' change log. */
export const djangoExtensionsChangelog = 'https://github.com/django-extensions/django-extensions/blob/main/CHANGELOG.md';

// ---------------------------------------------------------------------------------------------
// django-filter

/** django-filter's filter classes, wherever imported from (`django_filters.CharFilter`, `django_filters.rest_framework.NumberFilter`, …). */
const djangoFilterClass = /^django_filters(\.filters|\.rest_framework(\.filters)?)?\.\w*Filter$/;

/** `keyword=…` arguments of calls of django-filter's filters, with the call's other keywords. */
export function filterKeywordArguments(context: PythonRuleContext, keyword: string): Array<{ argument: Node; name: Node; keywords: Map<string, Node> }> {
  const found: Array<{ argument: Node; name: Node; keywords: Map<string, Node> }> = [];
  for (const name of identifiersSpelled(context, keyword)) {
    const argument = name.parent;
    const call = argument?.type === 'keyword_argument' && argument.childForFieldName('name')?.startIndex === name.startIndex ? argument.parent?.parent : null;
    if (!argument || call?.type !== 'call') continue;
    const callee = qualifiedNameOf(context, call.childForFieldName('function'));
    if (callee && djangoFilterClass.test(callee) && callee !== 'django_filters.rest_framework.DjangoFilterBackend') found.push({ argument, name, keywords: callArguments(call).keywords });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// django-allauth's providers

/** A removed django-allauth provider app (`persona`), and what to use instead. */
export interface RemovedProvider {
  name: string;
  advice: string;
}

/**
 * `"allauth.socialaccount.providers.NAME"` in settings (`INSTALLED_APPS`) and imports from that
 * package, for each removed provider.
 */
export function removedProviderSites(context: PythonRuleContext, providers: readonly RemovedProvider[]): Array<{ node: Node; provider: RemovedProvider }> {
  const found: Array<{ node: Node; provider: RemovedProvider }> = [];
  const packageOf = (provider: RemovedProvider) => `allauth.socialaccount.providers.${provider.name}`;
  for (const { node, value } of stringsEqualTo(context, providers.map(packageOf))) found.push({ node, provider: providers.find((p) => packageOf(p) === value)! });
  // The imports need the scopes: only where every part of the package is a word of the text (`azure` alone is common).
  for (const provider of providers) if (mayName(context, packageOf(provider))) for (const node of importSites(context, packageOf(provider))) found.push({ node, provider });
  return found.sort((a, b) => a.node.startIndex - b.node.startIndex);
}

/** Whether `node` lies in the value of one of the module's `NAME = …` settings (`DEBUG_TOOLBAR_PANELS`). */
export function inSettingValue(context: PythonRuleContext, names: readonly string[], node: Node): boolean {
  return names.some((name) => settingAssignments(context, name).some(({ right }) => right !== null && right.startIndex <= node.startIndex && node.endIndex <= right.endIndex));
}
