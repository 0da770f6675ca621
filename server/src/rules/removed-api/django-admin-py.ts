import type { TextEdit } from '../../engine/types';
import { dedent, definePythonRule } from '../shapes';
import { stringContentsSpelling } from '../../engine/python-queries';

const scriptName = /(^|[\s/\\'"])django-admin\.py(?=$|[\s'"])/g;

export default definePythonRule({
  id: 'django-admin-py',
  title: '`django-admin.py` → `django-admin`',
  category: 'removed-api',
  deprecatedIn: '3.1',
  removedIn: '4.0',
  docs: {
    what: 'Finds the `django-admin.py` script named in Python strings (`subprocess` command lines, `setup.py` scripts, `os.system(...)`).',
    why: 'Django 4.0 no longer installs `django-admin.py`; the `django-admin` command (installed since Django 1.7) replaces it.',
    fixSafety: 'Safe: `django-admin` runs the same management utility.',
  },
  fix: 'safe',
  checklist: ['django-admin-py'],
  truth: { note: 'django-admin.py is an installed script (django/bin), not an importable name' },
  // Every finding's string holds `django-admin.py`.
  triggerPattern: /django-admin\.py/,
  check(context) {
    // The script's name spells the word `py` after `django-admin.`.
    for (const node of stringContentsSpelling(context, 'py', 'django-admin.')) {
      if (!node.text.includes('django-admin.py')) continue;
      const string = node.parent;
      if (!string || string.parent?.type === 'expression_statement') continue; // docstrings
      const edits: TextEdit[] = [];
      for (const match of node.text.matchAll(scriptName)) {
        const start = node.startIndex + match.index! + match[1].length;
        edits.push({ start, end: start + 'django-admin.py'.length, text: 'django-admin' });
      }
      if (edits.length === 0) continue;
      context.report({ node: string, subject: 'The `django-admin.py` script', advice: 'run `django-admin`', fix: { title: 'Use `django-admin`', edits } });
    }
  },
  examples: {
    valid: [
      {
        code: dedent`
          import subprocess

          subprocess.run(["django-admin", "compilemessages"])
        `,
      },
    ],
    invalid: [
      {
        code: dedent`
          import subprocess

          subprocess.run(["django-admin.py", "compilemessages"])
          os.system("django-admin.py makemessages -a")
        `,
        errors: [
          { line: 3, column: 17, message: 'The `django-admin.py` script is deprecated since Django 3.1 and removed in 4.0: run `django-admin`' },
          { line: 4, column: 11, message: 'The `django-admin.py` script is deprecated since Django 3.1 and removed in 4.0: run `django-admin`' },
        ],
        output: dedent`
          import subprocess

          subprocess.run(["django-admin", "compilemessages"])
          os.system("django-admin makemessages -a")
        `,
      },
      {
        code: dedent`
          import subprocess


          def compile_messages(locale_dir):
              subprocess.check_call("django-admin.py compilemessages", shell=True, cwd=locale_dir)
        `,
        errors: [
          { line: 5, column: 27, message: 'The `django-admin.py` script is deprecated since Django 3.1 and removed in 4.0: run `django-admin`' },
        ],
        output: dedent`
          import subprocess


          def compile_messages(locale_dir):
              subprocess.check_call("django-admin compilemessages", shell=True, cwd=locale_dir)
        `,
      },
    ],
  },
});
