// Loads web-tree-sitter and the grammars it parses with: the published tree-sitter-python grammar
// and our own Django template grammar (grammars/django-template).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { treeSitterModule } from './tree-sitter-module';

export type SourceLanguage = 'python' | 'django-template';

export interface LoadedLanguages {
  python: Language;
  /** null when the template grammar's wasm is missing (a broken install); Python still works. */
  template: Language | null;
}

/** Folders that may hold the wasm files: the bundle's own folder first, then the source checkout. */
function candidateFolders(): string[] {
  const folders = [__dirname];
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'server', 'src'))) {
      folders.push(
        path.join(dir, 'node_modules', 'web-tree-sitter'),
        path.join(dir, 'node_modules', 'tree-sitter-python'),
        path.join(dir, 'grammars', 'django-template'),
      );
      break;
    }
    dir = path.dirname(dir);
  }
  return folders;
}

export function findWasm(fileName: string): string | null {
  for (const folder of candidateFolders()) {
    const candidate = path.join(folder, fileName);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

let loading: Promise<LoadedLanguages> | null = null;

export function loadLanguages(log: (message: string) => void = () => {}): Promise<LoadedLanguages> {
  loading ??= (async () => {
    const runtime = findWasm('tree-sitter.wasm');
    // The options object becomes web-tree-sitter's wasm module (tree-sitter-module.ts reads it).
    treeSitterModule.locateFile = (name: string) => (name === 'tree-sitter.wasm' && runtime ? runtime : name);
    await Parser.init(treeSitterModule);
    const pythonWasm = findWasm('tree-sitter-python.wasm');
    if (!pythonWasm) throw new Error('tree-sitter-python.wasm not found next to the server');
    const python = await Language.load(pythonWasm);
    const templateWasm = findWasm('tree-sitter-django_template.wasm');
    let template: Language | null = null;
    if (templateWasm) {
      template = await Language.load(templateWasm);
    } else {
      log('Django template grammar (tree-sitter-django_template.wasm) not found: templates are not checked.');
    }
    return { python, template };
  })();
  return loading;
}

/** A parser for one language; parsers are cheap, one per document keeps their state apart. */
export function createParser(language: Language): Parser {
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}
