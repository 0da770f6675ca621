import type { Node } from 'web-tree-sitter';
import type { PythonRuleContext } from '../../engine/lint';
import { indentationAt, newlineOf, replaceNode } from '../../engine/python-edits';
import type { ImportEntry } from '../../engine/python-scopes';
import type { Fix, TextEdit } from '../../engine/types';
import { dedent } from '../shapes';
import { damagedMatches, goneSubject, inPython2OnlyCode, python2Rule } from '../shapes/python2';

/**
 * Python 2's standard modules and their Python 3 names (lib2to3's fix_imports and fix_imports2;
 * docs/python2-worklist.json `moduleRenames`). Null: Python 3 has no module to import instead.
 */
const renamed: Record<string, string | null> = {
  BaseHTTPServer: 'http.server', CGIHTTPServer: 'http.server', ConfigParser: 'configparser', Cookie: 'http.cookies',
  Dialog: 'tkinter.dialog', DocXMLRPCServer: 'xmlrpc.server', FileDialog: 'tkinter.filedialog', HTMLParser: 'html.parser',
  Queue: 'queue', ScrolledText: 'tkinter.scrolledtext', SimpleDialog: 'tkinter.simpledialog', SimpleHTTPServer: 'http.server',
  SimpleXMLRPCServer: 'xmlrpc.server', SocketServer: 'socketserver', StringIO: 'io', Tix: 'tkinter.tix', Tkconstants: 'tkinter.constants',
  Tkdnd: 'tkinter.dnd', Tkinter: 'tkinter', UserList: 'collections', UserString: 'collections', __builtin__: 'builtins', _winreg: 'winreg',
  anydbm: 'dbm', cPickle: 'pickle', cStringIO: 'io', commands: 'subprocess', cookielib: 'http.cookiejar', copy_reg: 'copyreg',
  // lib2to3 says dbm.bsd, which Python 3 never had; _dummy_thread went in Python 3.9.
  dbhash: null, dummy_thread: null,
  dumbdbm: 'dbm.dumb', gdbm: 'dbm.gnu', htmlentitydefs: 'html.entities', httplib: 'http.client', markupbase: '_markupbase', repr: 'reprlib',
  robotparser: 'urllib.robotparser', thread: '_thread', tkColorChooser: 'tkinter.colorchooser', tkCommonDialog: 'tkinter.commondialog',
  tkFileDialog: 'tkinter.filedialog', tkFont: 'tkinter.font', tkMessageBox: 'tkinter.messagebox', tkSimpleDialog: 'tkinter.simpledialog',
  ttk: 'tkinter.ttk', urlparse: 'urllib.parse', whichdb: 'dbm', xmlrpclib: 'xmlrpc.client',
};

/** Modules whose Python 3 replacement behaves differently (docs/python2.md). */
const unsafe: Record<string, string> = {
  StringIO: '`io.StringIO` takes text only',
  cStringIO: '`io.StringIO` takes text only',
  HTMLParser: 'Python 3.5+ converts character references by default (`convert_charrefs=True`)',
  commands: '`subprocess.getoutput()` and `getstatusoutput()` differ in the status and trailing newline',
};

/**
 * Names of the Python 2 module that its Python 3 replacement lacks (test/python2/rules.test.ts
 * checks they are absent): an import or use of one of them has no fix.
 */
export const goneNames: Record<string, readonly string[]> = {
  HTMLParser: ['HTMLParseError'],
  httplib: ['HTTP', 'HTTPS'],
  Cookie: ['SmartCookie', 'SerialCookie'],
  commands: ['getstatus'],
  cStringIO: ['InputType', 'OutputType'],
  UserString: ['MutableString'],
  __builtin__: ['unicode', 'basestring', 'long', 'xrange', 'raw_input', 'reduce', 'file', 'execfile', 'unichr', 'cmp', 'apply', 'buffer', 'intern', 'coerce', 'reload'],
};
const isGone = (module: string, name: string | null) => name !== null && (goneNames[module]?.includes(name) ?? false);

/** Where `import M` has no one-line equivalent (the module's class moved into `collections`). */
const noPlainImport = new Set(['UserList', 'UserString']);

const parse = 'quote quote_plus unquote unquote_plus urlencode splitattr splithost splitnport splitpasswd splitport splitquery splittag splittype splituser splitvalue';
/** Where each name of `urllib` and `urllib2` went (lib2to3's fix_urllib), in lib2to3's order of modules. */
const urllibSplit: Record<'urllib' | 'urllib2', Record<string, string>> = {
  urllib: splitTable({
    'urllib.request': 'URLopener FancyURLopener urlretrieve _urlopener urlopen urlcleanup pathname2url url2pathname getproxies',
    'urllib.parse': parse,
    'urllib.error': 'ContentTooShortError',
  }),
  urllib2: splitTable({
    'urllib.request':
      'urlopen install_opener build_opener Request OpenerDirector BaseHandler HTTPDefaultErrorHandler HTTPRedirectHandler HTTPCookieProcessor ' +
      'ProxyHandler HTTPPasswordMgr HTTPPasswordMgrWithDefaultRealm AbstractBasicAuthHandler HTTPBasicAuthHandler ProxyBasicAuthHandler ' +
      'AbstractDigestAuthHandler HTTPDigestAuthHandler ProxyDigestAuthHandler HTTPHandler HTTPSHandler FileHandler FTPHandler CacheFTPHandler UnknownHandler',
    'urllib.parse': parse,
    'urllib.error': 'URLError HTTPError',
  }),
};
const moduleOrder = ['urllib.request', 'urllib.parse', 'urllib.error'];

function splitTable(modules: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(modules).flatMap(([module, names]) => names.split(' ').map((name) => [name, module])));
}

const isSplit = (module: string): module is 'urllib' | 'urllib2' => module === 'urllib' || module === 'urllib2';

interface ModuleImport {
  /** The module's `dotted_name` in the statement: where the finding lands. */
  module: Node;
  name: string;
  statement: Node;
  /** The statement's entries for this module (`import M`, `import M as A`), or the from-import's names. */
  entries: ImportEntry[];
  from: boolean;
}

/** The imports of Python 2 module names, outside Python-2-only code (a `try … except ImportError`, `if six.PY2:`). */
function moduleImports(context: PythonRuleContext): ModuleImport[] {
  const found: ModuleImport[] = [];
  for (const name of [...Object.keys(renamed), 'urllib', 'urllib2']) {
    for (const offset of context.tokens.offsets(name)) {
      const identifier = context.tree.rootNode.descendantForIndex(offset, offset + name.length);
      const dotted = identifier?.parent;
      if (identifier?.type !== 'identifier' || dotted?.type !== 'dotted_name' || dotted.text !== name) continue;
      const holder = dotted.parent?.type === 'aliased_import' ? dotted.parent : dotted;
      const statement = holder.parent;
      if (!statement) continue;
      const from = statement.type === 'import_from_statement';
      if (from && statement.childForFieldName('module_name')?.startIndex !== dotted.startIndex) continue;
      if (!from && statement.type !== 'import_statement') continue;
      if (inPython2OnlyCode(statement, ['ImportError', 'ModuleNotFoundError'], true)) continue;
      const entries = context.scopes.imports.filter((e) => e.statement.startIndex === statement.startIndex && (from || e.entry.startIndex === holder.startIndex));
      // `urllib` is a Python 3 package too: only its Python 2 names say Python 2.
      if (name === 'urllib' && !(from ? entries.some((e) => e.importedName in urllibSplit.urllib) : usesOf(context, entries[0]).some((u) => u.attribute && u.attribute in urllibSplit.urllib))) continue;
      found.push({ module: dotted, name, statement, entries, from });
    }
  }
  return found.sort((a, b) => a.module.startIndex - b.module.startIndex);
}

interface Use {
  /** The identifier of the module name. */
  node: Node;
  /** `M.attribute`: the attribute's name, or null for another use of the name. */
  attribute: string | null;
  /** The `M.attribute` node. */
  access: Node | null;
}

/** The uses of the name an `import M` binds. */
function usesOf(context: PythonRuleContext, entry: ImportEntry | undefined): Use[] {
  if (!entry) return [];
  const { scopes } = context;
  return scopes
    .usesOfName(entry.localName)
    .filter((use) => use.binding?.importEntry === entry)
    .flatMap((use) => {
      const node = context.tree.rootNode.descendantForIndex(use.start, use.start + entry.localName.length);
      if (!node) return [];
      const parent = node.parent;
      const access = parent?.type === 'attribute' && parent.childForFieldName('object')?.startIndex === node.startIndex ? parent : null;
      return [{ node, attribute: access?.childForFieldName('attribute')?.text ?? null, access }];
    });
}

/** Whether renaming to `module` would collide with a name the file binds otherwise. */
function collides(context: PythonRuleContext, module: string): boolean {
  const top = module.split('.')[0];
  return context.scopes.isNameBound(top) && !context.scopes.imports.some((e) => e.localName === top);
}

/** `import M` (or `import M as A`, `from M import a`) with the Python 3 module, and M's uses renamed. */
function renameEdits(context: PythonRuleContext, found: ModuleImport): TextEdit[] | null {
  const { name, module, entries } = found;
  if (found.from) return fromImportEdits(context, found);
  const entry = entries[0];
  if (!entry) return null;
  if (isSplit(name)) {
    if (entry.aliasNode) return null;
    const uses = usesOf(context, entry);
    const table = urllibSplit[name];
    if (uses.some((u) => !u.attribute || !(u.attribute in table))) return null;
    const modules = moduleOrder.filter((m) => uses.some((u) => table[u.attribute!] === m));
    if (!modules.length || collides(context, 'urllib')) return null;
    return [replaceNode(module, modules.join(', ')), ...uses.map((u) => replaceNode(u.node, table[u.attribute!]))];
  }
  const target = renamed[name];
  if (!target || usesOf(context, entry).some((u) => isGone(name, u.attribute))) return null;
  if (entry.aliasNode) {
    // `import cPickle as pickle` → `import pickle`, not `import pickle as pickle`.
    return [entry.aliasNode.text === target ? replaceNode(entry.entry, target) : replaceNode(module, target)];
  }
  if (noPlainImport.has(name) || collides(context, target)) return null;
  return [replaceNode(module, target), ...usesOf(context, entry).map((u) => replaceNode(u.node, target))];
}

/** `from M import a, b` → `from N import a, b`; urllib's names split over the modules they went to, one statement each. */
function fromImportEdits(context: PythonRuleContext, found: ModuleImport): TextEdit[] | null {
  const { name, module, statement, entries } = found;
  if (!entries.length) return null;
  if (!isSplit(name)) {
    const target = renamed[name];
    return target && !entries.some((e) => isGone(name, e.importedName)) ? [replaceNode(module, target)] : null;
  }
  const table = urllibSplit[name];
  if (entries.some((e) => !(e.importedName in table))) return null;
  const modules = moduleOrder.filter((m) => entries.some((e) => table[e.importedName] === m));
  if (modules.length === 1) return [replaceNode(module, modules[0])];
  if (statement.text.includes('#') || statement.text.includes('\n')) return null;
  const newline = newlineOf(context.text);
  const indent = indentationAt(context.text, statement.startIndex);
  const lines = modules.map((m) => `from ${m} import ${entries.filter((e) => table[e.importedName] === m).map((e) => e.entry.text).join(', ')}`);
  return [replaceNode(statement, lines.join(`${newline}${indent}`))];
}

/** `import M, N` and `from M import …` lines in code the parser could not read (the token fallback). */
function unreadableImports(context: PythonRuleContext, found: readonly Node[]): Array<{ start: number; end: number; name: string }> {
  const places: Array<{ start: number; end: number; name: string }> = [];
  const known = (name: string) => name in renamed || name === 'urllib2';
  for (const { start, match } of damagedMatches(context, /^[ \t]*import[ \t]+(?<at>[\w.]+(?:[ \t]*,[ \t]*[\w.]+|[ \t]+as[ \t]+\w+)*)/m, [])) {
    for (const part of match.groups!.at.matchAll(/(?<![\w.])[\w.]+/g)) {
      if (known(part[0])) places.push({ start: start + part.index!, end: start + part.index! + part[0].length, name: part[0] });
    }
  }
  for (const { start, end, match } of damagedMatches(context, /^[ \t]*from[ \t]+(?<at>[\w.]+)[ \t]+import\b/m, [])) {
    if (known(match.groups!.at)) places.push({ start, end, name: match.groups!.at });
  }
  return places.filter((place) => !found.some((node) => node.startIndex === place.start));
}

export default python2Rule({
  id: 'python2-renamed-modules',
  title: '`import urllib2`, `cPickle`, `ConfigParser`… → the Python 3 modules',
  docs: {
    what:
      "Finds imports of Python 2's standard modules that Python 3 renamed or merged (lib2to3's list: `urllib2`, `urlparse`, `StringIO`, " +
      '`cPickle`, `ConfigParser`, `Queue`, `HTMLParser`, `httplib`, `Cookie`…), and `urllib` where its Python 2 names are imported or used. Not ' +
      'reported where the import is a fallback (in a `try … except ImportError`, either part) or in a branch only Python 2 runs.',
    why: 'Python 3 has no module of that name: the import raises `ImportError`. Django 2.0 runs only on Python 3.',
    fixSafety:
      'Safe for most: the module kept its API under the new name; the import and every use of the module name are renamed ' +
      '(`urlparse.urljoin` → `urllib.parse.urljoin`); `urllib`/`urllib2` names go to `urllib.request`, `urllib.parse` or `urllib.error`. ' +
      'Unsafe for `StringIO`/`cStringIO` (`io.StringIO` takes text only), `HTMLParser` (character references converted by default) and ' +
      '`commands`. No fix where a name has no single new home (`import UserString`, a use of `urllib2` other than `urllib2.NAME`) or is ' +
      'gone from the new module (`HTMLParseError`, `httplib.HTTP`, `Cookie.SmartCookie`…).',
  },
  fix: 'safe',
  truth: { note: 'Python 2 against Python 3, not a Django API: test/python2 proves the fixes under Python 3 (the work list oracle)' },
  // Every finding is an import naming the module: after `from`, or on the line of `import` (or after a backslash there).
  // The module's own dotted name (`urllib`, not `urllib.parse`, which is Python 3's): the tree's
  // import and the token fallback both read it whole.
  triggerPattern: new RegExp(String.raw`\b(?:from|import)\b[^\n\r#;]*?(?:(?<![\w.])(?:${[...Object.keys(renamed), 'urllib', 'urllib2'].join('|')})(?![\w.])|\\)`),
  triggersInCode: true,
  check(context) {
    const imports = moduleImports(context);
    for (const { start, end, name } of unreadableImports(context, imports.map((found) => found.module))) {
      const target = renamed[name];
      context.report({ start, end, subject: goneSubject(`The module \`${name}\``), advice: target ? `import \`${target}\`` : 'Python 3 has no module to import instead' });
    }
    for (const found of imports) {
      const edits = renameEdits(context, found);
      const target = isSplit(found.name) ? 'urllib.request`, `urllib.parse` or `urllib.error' : renamed[found.name];
      const safety = unsafe[found.name] ? 'unsafe' : undefined;
      const fix: Fix | undefined = edits ? { title: `Import \`${isSplit(found.name) ? 'urllib.*' : target}\` instead`, edits, safety } : undefined;
      context.report({
        node: found.module,
        subject: goneSubject(`The module \`${found.name}\``),
        advice: target ? `import \`${target}\`${unsafe[found.name] ? ` (${unsafe[found.name]})` : ''}` : 'Python 3 has no module to import instead',
        fix,
      });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import pickle
          from io import StringIO
          import urllib.parse
        `,
      },
      {
        code: dedent`
          try:
              import cPickle as pickle
          except ImportError:
              import pickle
        `,
      },
      {
        code: dedent`
          import urllib.request
          import dbm
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import cPickle
          print(cPickle.loads(cPickle.dumps([1, 2])))
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `cPickle` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `pickle`' },
        ],
        output: dedent`
          import pickle
          print(pickle.loads(pickle.dumps([1, 2])))
        `,
      },
      {
        code: dedent`
          import cPickle as pickle
          print(pickle.loads(pickle.dumps(3)))
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `cPickle` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `pickle`' },
        ],
        output: dedent`
          import pickle
          print(pickle.loads(pickle.dumps(3)))
        `,
      },
      {
        code: dedent`
          import urlparse
          print(urlparse.urljoin("http://a/b/", "c"))
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `urlparse` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `urllib.parse`' },
        ],
        output: dedent`
          import urllib.parse
          print(urllib.parse.urljoin("http://a/b/", "c"))
        `,
      },
      {
        code: dedent`
          from urllib import urlencode
          print(urlencode({"q": "x y"}))
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `urllib` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `urllib.request`, `urllib.parse` or `urllib.error`' },
        ],
        output: dedent`
          from urllib.parse import urlencode
          print(urlencode({"q": "x y"}))
        `,
      },
      {
        code: dedent`
          import urllib2


          def download(url):
              try:
                  return urllib2.urlopen(url, timeout=1).read()
              except urllib2.URLError:
                  return None
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `urllib2` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `urllib.request`, `urllib.parse` or `urllib.error`' },
        ],
        output: dedent`
          import urllib.request, urllib.error


          def download(url):
              try:
                  return urllib.request.urlopen(url, timeout=1).read()
              except urllib.error.URLError:
                  return None
        `,
      },
      {
        code: dedent`
          import Queue
          q = Queue.Queue()
          q.put(1)
          print(q.get())
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `Queue` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `queue`' },
        ],
        output: dedent`
          import queue
          q = queue.Queue()
          q.put(1)
          print(q.get())
        `,
      },
      {
        code: dedent`
          import ConfigParser
          c = ConfigParser.RawConfigParser()
          c.add_section("s")
          print(c.sections())
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `ConfigParser` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `configparser`' },
        ],
        output: dedent`
          import configparser
          c = configparser.RawConfigParser()
          c.add_section("s")
          print(c.sections())
        `,
      },
      {
        code: dedent`
          import httplib
          print(httplib.OK)
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `httplib` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `http.client`' },
        ],
        output: dedent`
          import http.client
          print(http.client.OK)
        `,
      },
      {
        code: dedent`
          import Cookie
          c = Cookie.SimpleCookie()
          c["a"] = "1"
          print(c.output())
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `Cookie` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `http.cookies`' },
        ],
        output: dedent`
          import http.cookies
          c = http.cookies.SimpleCookie()
          c["a"] = "1"
          print(c.output())
        `,
      },
      {
        code: dedent`
          from StringIO import StringIO
          buf = StringIO()
          buf.write(u"x")
          print(buf.getvalue())
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `StringIO` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `io` (`io.StringIO` takes text only)' },
        ],
        output: dedent`
          from io import StringIO
          buf = StringIO()
          buf.write(u"x")
          print(buf.getvalue())
        `,
      },
      {
        code: dedent`
          import HTMLParser


          class Titles(HTMLParser.HTMLParser):
              pass
        `,
        errors: [
          { line: 1, column: 8, message: 'The module `HTMLParser` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `html.parser` (Python 3.5+ converts character references by default (`convert_charrefs=True`))' },
        ],
        output: dedent`
          import html.parser


          class Titles(html.parser.HTMLParser):
              pass
        `,
      },
      {
        code: dedent`
          from HTMLParser import HTMLParser, HTMLParseError
        `,
        errors: [
          { line: 1, column: 6, message: 'The module `HTMLParser` is Python 2 only, gone in Python 3 (needed from Django 2.0): import `html.parser` (Python 3.5+ converts character references by default (`convert_charrefs=True`))' },
        ],
      },
    ],
  },
});
