// Deprecations of Django 5.2, 6.0 and 6.1 in how Django APIs are called.
import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../../engine/lint';
import { deprecationNotes } from '../../docs-links';
import { callArguments, stringValue, callsTo, enclosingFunction, methodCalls } from '../../../engine/python-queries';
import type { PythonRule } from '../../shapes';

export const loginWithoutUser: PythonRule = {
  id: 'login-without-user',
  title: '`login(request, None)` relies on `request.user`',
  category: 'removed-api',
  deprecatedIn: '5.2',
  removedIn: '6.1',
  languages: ['python'],
  docsUrl: deprecationNotes('5.2'),
  docs: {
    what: 'Finds `django.contrib.auth.login()`/`alogin()` called with `None` as the user.',
    why: 'With `user=None` they fell back to `request.user`; Django 5.2 deprecated the fallback and 6.1 removes it.',
    fixSafety: 'No automatic fix: pass the user explicitly (`login(request, request.user)` if that is what is meant).',
  },
  fix: 'none',
  checklist: ['login-user-none-fallback'],
  truth: { replacements: ['django.contrib.auth.login', 'django.contrib.auth.alogin'], note: 'an accepted value (None) went away, not a name' },
  check(context: PythonRuleContext) {
    for (const { call, callee } of callsTo(context, ['django.contrib.auth.login', 'django.contrib.auth.alogin'])) {
      const { positional, keywords } = callArguments(call);
      const user = positional[1] ?? keywords.get('user')?.childForFieldName('value');
      if (user?.type !== 'none') continue;
      context.report({ node: user, subject: `\`${callee.text.replace(/^.*\./, '')}()\` with \`None\` as the user`, advice: 'pass the user explicitly' });
    }
  },
  examples: {
    valid: [{ code: 'from django.contrib.auth import login\n\ndef view(request, user):\n    login(request, user)\n' }],
    invalid: [{ code: 'from django.contrib import auth\n\ndef view(request):\n    auth.login(request, None)\n', findings: 1 }],
  },
};

export const createTestDbSerialize: PythonRule = {
  id: 'create-test-db-serialize',
  title: '`create_test_db(serialize=…)` → `serialize_db_to_string()`',
  category: 'tests',
  deprecatedIn: '6.0',
  removedIn: null,
  languages: ['python'],
  docsUrl: deprecationNotes('6.0'),
  docs: {
    what: 'Finds `serialize=` passed to `create_test_db()` (`connection.creation.create_test_db(…)`).',
    why: 'Django 6.0 deprecated the argument: serialization is a separate step.',
    fixSafety: 'No automatic fix: drop the argument and call `connection.creation.serialize_db_to_string()` where the serialized data is needed.',
  },
  fix: 'none',
  checklist: ['create-test-db-serialize'],
  truth: { replacements: ['django.db.backends.base.creation.BaseDatabaseCreation.serialize_db_to_string'], note: 'deprecated in 6.0 (RemovedInDjango2028Warning); no removal release to check yet' },
  check(context: PythonRuleContext) {
    for (const { call } of methodCalls(context, ['create_test_db'])) {
      const argument = callArguments(call).keywords.get('serialize');
      if (argument) context.report({ node: argument, subject: '`create_test_db(serialize=…)`', advice: 'remove it; call `serialize_db_to_string()` when needed' });
    }
  },
  examples: {
    valid: [{ code: 'from django.db import connection\n\nconnection.creation.create_test_db(verbosity=0)\n' }],
    invalid: [{ code: 'from django.db import connection\n\nconnection.creation.create_test_db(verbosity=0, serialize=False)\n', findings: 1 }],
  },
};

/** `email.mime` classes (the legacy API). */
function isMimeObject(context: PythonRuleContext, value: Node, assigned: Map<string, Node[]>): boolean {
  if (value.type === 'call') return /^email\.mime\./.test(context.scopes.qualifiedNameOf(value.childForFieldName('function')) ?? '');
  if (value.type !== 'identifier') return false;
  const scope = enclosingFunction(value);
  return (assigned.get(value.text) ?? []).some((call) => enclosingFunction(call)?.startIndex === scope?.startIndex);
}

export const mailAttachMimeBase: PythonRule = {
  id: 'mail-attach-mimebase',
  title: '`EmailMessage.attach(<email.mime object>)` → `MIMEPart`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  languages: ['python'],
  docsUrl: deprecationNotes('6.0'),
  docs: {
    what: 'Finds `.attach(…)` calls whose argument is an `email.mime` object (`MIMEText(…)`, `MIMEImage(…)`, … or a name assigned from one in the same function).',
    why: 'Django 6.0 moved e-mail to Python\'s modern `email.message` API; attaching legacy `MIMEBase` objects is deprecated.',
    fixSafety: 'No automatic fix: build an `email.message.MIMEPart` (or pass `filename, content, mimetype`).',
  },
  fix: 'none',
  checklist: ['mail-attach-mimebase'],
  truth: { replacements: ['django.core.mail.message.EmailMessage.attach'], note: 'deprecated in 6.0 (RemovedInDjango2028Warning); the argument type changed, not a name' },
  check(context: PythonRuleContext) {
    const assigned = new Map<string, Node[]>();
    for (const reference of context.scopes.references) {
      if (!/^email\.mime\./.test(reference.qualifiedName)) continue;
      const call = reference.node.parent;
      const parent = call?.type === 'call' ? call.parent : null;
      const left = parent?.type === 'assignment' ? parent.childForFieldName('left') : null;
      if (left?.type === 'identifier') assigned.set(left.text, [...(assigned.get(left.text) ?? []), parent!]);
    }
    for (const { call } of methodCalls(context, ['attach'])) {
      const { positional, keywords } = callArguments(call);
      const first = positional[0] ?? keywords.get('filename')?.childForFieldName('value');
      if (positional.length === 1 && first && isMimeObject(context, first, assigned)) {
        context.report({ node: first, subject: 'Attaching an `email.mime` object', advice: 'attach an `email.message.MIMEPart`, or pass `filename, content, mimetype`' });
      }
    }
  },
  examples: {
    valid: [{ code: 'from django.core.mail import EmailMessage\n\nmsg = EmailMessage("s", "b", to=["a@example.com"])\nmsg.attach("a.txt", "hello", "text/plain")\n' }],
    invalid: [{
      code: 'from email.mime.text import MIMEText\nfrom django.core.mail import EmailMessage\n\ndef send():\n    msg = EmailMessage("s", "b", to=["a@example.com"])\n    part = MIMEText("hello")\n    msg.attach(part)\n',
      findings: 1,
    }],
  },
};

export const paginatorOrphans: PythonRule = {
  id: 'paginator-orphans',
  title: '`Paginator(…, orphans >= per_page)`',
  category: 'removed-api',
  deprecatedIn: '6.0',
  removedIn: null,
  languages: ['python'],
  docsUrl: deprecationNotes('6.0'),
  docs: {
    what: 'Finds `Paginator`/`AsyncPaginator` created with literal `per_page` and `orphans` where `orphans` is not smaller than `per_page`.',
    why: 'Such paginators give odd page counts; Django 6.0 deprecated them and will raise `ValueError`.',
    fixSafety: 'No automatic fix: choose `orphans` smaller than `per_page`.',
  },
  fix: 'none',
  checklist: ['paginator-orphans-ge-per-page'],
  truth: { replacements: ['django.core.paginator.Paginator'], note: 'deprecated in 6.0 (RemovedInDjango2028Warning); a value check, not a name' },
  check(context: PythonRuleContext) {
    for (const { call } of callsTo(context, ['django.core.paginator.Paginator', 'django.core.paginator.AsyncPaginator'])) {
      const { positional, keywords } = callArguments(call);
      const perPage = positional[1] ?? keywords.get('per_page')?.childForFieldName('value');
      const orphans = positional[2] ?? keywords.get('orphans')?.childForFieldName('value');
      if (perPage?.type !== 'integer' || orphans?.type !== 'integer' || Number(orphans.text) < Number(perPage.text)) continue;
      context.report({ node: orphans, subject: `\`orphans=${orphans.text}\` with \`per_page=${perPage.text}\``, advice: 'use fewer orphans than items per page' });
    }
  },
  examples: {
    valid: [{ code: 'from django.core.paginator import Paginator\n\npages = Paginator(items, 10, orphans=3)\n' }],
    invalid: [{ code: 'from django.core.paginator import Paginator\n\npages = Paginator(items, 10, orphans=10)\n', findings: 1 }],
  },
};

export const percentInAlias: PythonRule = {
  id: 'percent-in-alias',
  title: '`%` in annotation and alias names',
  category: 'models',
  deprecatedIn: '6.0',
  removedIn: null,
  languages: ['python'],
  docsUrl: deprecationNotes('6.0'),
  docs: {
    what: 'Finds names containing `%` given through `**{…}` to `annotate()`, `alias()`, `aggregate()`, `values()` and `values_list()`, and keys of `extra(select={…})`.',
    why: 'Column aliases with percent signs clash with SQL parameter placeholders; Django 6.0 deprecated them and will raise `ValueError`.',
    fixSafety: 'No automatic fix: rename the alias (and its uses).',
  },
  fix: 'none',
  checklist: ['percent-in-alias'],
  truth: { replacements: ['django.db.models.query.QuerySet.annotate'], note: 'deprecated in 6.0 (RemovedInDjango2028Warning); a value check, not a name' },
  check(context: PythonRuleContext) {
    const report = (key: Node) => context.report({ node: key, subject: `The alias ${key.text}`, advice: 'use a name without `%`' });
    for (const { call, name } of methodCalls(context, ['annotate', 'alias', 'aggregate', 'values', 'values_list', 'extra'])) {
      const list = call.childForFieldName('arguments');
      const dicts: Node[] = [];
      for (const child of list?.namedChildren ?? []) {
        if (child?.type === 'dictionary_splat' && child.namedChildren[0]?.type === 'dictionary') dicts.push(child.namedChildren[0]!);
        if (name === 'extra' && child?.type === 'keyword_argument' && child.childForFieldName('name')?.text === 'select' && child.childForFieldName('value')?.type === 'dictionary') {
          dicts.push(child.childForFieldName('value')!);
        }
      }
      for (const dict of dicts) {
        for (const pair of dict.namedChildren) {
          const key = pair?.type === 'pair' ? pair.childForFieldName('key') : null;
          if (key && (stringValue(key) ?? '').includes('%')) report(key);
        }
      }
    }
  },
  examples: {
    valid: [{ code: 'qs = Sale.objects.annotate(**{"margin_pct": F("margin") * 100})\n' }],
    invalid: [{ code: 'qs = Sale.objects.annotate(**{"margin%": F("margin") * 100})\n', findings: 1 }],
  },
};

export const valuesListFlatWithoutField: PythonRule = {
  id: 'values-list-flat-without-field',
  title: '`values_list(flat=True)` without a field',
  category: 'models',
  deprecatedIn: '6.1',
  removedIn: null,
  languages: ['python'],
  docsUrl: deprecationNotes('6.1'),
  docs: {
    what: 'Finds `.values_list(flat=True)` with no field name.',
    why: 'It returned the first field of the model (usually the primary key). Django 6.1 deprecates the call without a field.',
    fixSafety: 'Unsafe (offered, not applied by fix-all): writes `values_list("pk", flat=True)`, which is the same unless the model\'s first concrete field is not its primary key.',
  },
  fix: 'unsafe',
  checklist: ['values-list-flat-no-field'],
  truth: { replacements: ['django.db.models.query.QuerySet.values_list'], note: 'deprecated in 6.1, newer than the releases the check reads' },
  check(context: PythonRuleContext) {
    for (const { call } of methodCalls(context, ['values_list'])) {
      const { list, positional, keywords, hasSplat } = callArguments(call);
      const flat = keywords.get('flat')?.childForFieldName('value');
      if (!list || positional.length > 0 || hasSplat || flat?.type !== 'true') continue;
      context.report({
        node: call,
        subject: '`values_list(flat=True)` without a field',
        advice: 'name the field: `values_list("pk", flat=True)`',
        fix: { title: 'Use `values_list("pk", flat=True)`', edits: [{ start: list.startIndex + 1, end: list.startIndex + 1, text: '"pk", ' }] },
      });
    }
  },
  examples: {
    valid: [{ code: 'ids = Book.objects.values_list("pk", flat=True)\n' }],
    invalid: [{ code: 'ids = Book.objects.values_list(flat=True)\n', findings: 1, output: 'ids = Book.objects.values_list("pk", flat=True)\n' }],
  },
};
