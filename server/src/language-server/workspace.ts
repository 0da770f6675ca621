// The workspace folders and the Django projects inside them: which project (root, versions, file
// kinds) a document belongs to, and the engine input for a document's text.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, InitializeParams, WorkspaceFolder } from 'vscode-languageserver/node';
import type { FileInput } from '../engine/analyzer';
import type { SourceLanguage } from '../parsing/languages';
import { ConfigFinder } from '../config/effective-config';
import { isDjangoProject } from '../project/django-project';
import { findProjectRoot, Project } from '../project/project';

export class Workspace {
  private folders: WorkspaceFolder[] = [];
  private readonly projects = new Map<string, Project>();
  /** The project configuration files, read once for all projects (cleared with them). */
  readonly configs = new ConfigFinder();
  /** Whether each project root holds a Django project (see inDjangoProject). */
  private readonly django = new Map<string, boolean>();
  /**
   * The project root of each file asked about: every check asks, and finding it looks for the root
   * markers in every folder above the file. Forgotten with the projects (a marker such as manage.py
   * or pyproject.toml was written) and when the folders change.
   */
  private readonly roots = new Map<string, string>();

  initialize(params: InitializeParams): void {
    this.folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  }

  /**
   * Follows folders added and removed later, when the client sends such notifications; `changed`
   * hears of them as paths.
   */
  trackFolderChanges(connection: Connection, changed: (added: string[], removed: string[]) => void): void {
    const paths = (folders: WorkspaceFolder[]) => folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
    try {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        this.folders = [...this.folders.filter((f) => !event.removed.some((r) => r.uri === f.uri)), ...event.added];
        this.roots.clear();
        changed(paths(event.added), paths(event.removed));
      });
    } catch {
      // the client does not support folder notifications
    }
  }

  /** The folders that are on disk, as paths. */
  folderPaths(): string[] {
    return this.folders.filter((f) => f.uri.startsWith('file:')).map((f) => fileURLToPath(f.uri));
  }

  /**
   * The project root of a file or folder: the nearest root marker above it, unless that lies
   * outside the innermost workspace folder holding it (then that folder).
   */
  rootOf(file: string): string {
    const known = this.roots.get(file);
    if (known !== undefined) return known;
    const folder = this.folderPaths()
      .filter((f) => file === f || file.startsWith(f + path.sep))
      .sort((a, b) => b.length - a.length)[0];
    const found = findProjectRoot(file);
    const root = folder && !found.startsWith(folder) ? folder : found;
    this.roots.set(file, root);
    return root;
  }

  /** The project of a `file:` document; null for other schemes (untitled, virtual). */
  projectFor(uri: string): Project | null {
    if (!uri.startsWith('file:')) return null;
    const root = this.rootOf(fileURLToPath(uri));
    let project = this.projects.get(root);
    if (!project) this.projects.set(root, (project = new Project(root, this.configs)));
    return project;
  }

  /** Forgets what every project read from disk (its requirements or manage.py changed). */
  refreshProjects(): void {
    for (const project of this.projects.values()) project.refresh();
    this.django.clear();
    this.roots.clear();
  }

  /**
   * Whether the editor checks a template file found by its path (`templates/**.html|txt`): only in
   * a Django project, unless its extension says it is one (`.djhtml`, `.dj.html`).
   */
  checksTemplate(file: string): boolean {
    return /\.(djhtml|dj\.html)$/.test(file) || this.inDjangoProject(file);
  }

  /** Whether a file belongs to a Django project: one with a manage.py, settings or INSTALLED_APPS, or a Django pin. */
  inDjangoProject(file: string): boolean {
    const root = this.rootOf(file);
    let known = this.django.get(root);
    if (known === undefined) {
      known = isDjangoProject(root) || this.projectFor(pathToFileURL(file).toString())!.detectedVersion() !== null;
      this.django.set(root, known);
    }
    return known;
  }

  /** What the engine checks for a document: its text, with the path and file kinds of its project. */
  fileInput(uri: string, language: SourceLanguage, text: string): FileInput {
    const project = this.projectFor(uri);
    const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
    return {
      language,
      path: project ? project.relativePath(filePath) : path.basename(filePath),
      text,
      fileKinds: project ? project.fileKinds(filePath) : new Set<never>(),
    };
  }
}
