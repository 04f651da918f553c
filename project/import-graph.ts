/**
 * The import graph of the kit's TypeScript sources, read with TypeScript's parser: for each file, what it
 * imports, and whether only types (erased at compile time) or values (loaded at run time).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

export interface Import {
  /** As written: `./options`, `node:fs`, `express`. */
  specifier: string;
  /** The repository file it resolves to, for a relative import (a `.ts` source, or a `.json`). */
  file?: string;
  /** Only types: `import type`, `export type`, or an import whose every name is a type. */
  typeOnly: boolean;
  /** A `require()` or `import()` inside a function: loaded when the function first runs, not with the module. */
  lazy?: boolean;
}

/** Every tracked TypeScript file of the repository (generated type declarations included), repository-relative. */
export function sourceFiles(root: string): string[] {
  const tracked = execFileSync('git', ['ls-files', '-z', '*.ts'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  return tracked.filter((file) => !file.endsWith('.d.ts') && existsSync(join(root, file)));
}

function resolve(root: string, from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier));
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) if (existsSync(join(root, candidate))) return candidate;
  return undefined;
}

/** The imports of one file: `import`, `export … from`, `require('…')` and `import('…')` with a string literal. */
export function importsOf(root: string, file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, false);
  const found: Import[] = [];
  let depth = 0;
  const add = (specifier: string, typeOnly: boolean) =>
    found.push({ specifier, typeOnly, ...(depth > 0 ? { lazy: true } : {}), file: specifier.startsWith('.') ? resolve(root, file, specifier) : undefined });
  const visit = (node: ts.Node): void => {
    const inFunction = ts.isFunctionLike(node);
    if (inFunction) depth++;
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node.moduleSpecifier.text, node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
    if (inFunction) depth--;
  };
  visit(source);
  return found;
}

/** The graph of every source file's relative imports, type-only ones too. */
export function importGraph(root: string, files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    graph.set(file, importsOf(root, file).filter((i) => i.file?.endsWith('.ts')).map((i) => i.file!));
  }
  return graph;
}

/** The import circles of a graph: its strongly connected components of more than one file, or a file importing itself (Tarjan). */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const connect = (file: string): void => {
    indices.set(file, index);
    low.set(file, index++);
    stack.push(file);
    on.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!indices.has(next)) {
        connect(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (on.has(next)) low.set(file, Math.min(low.get(file)!, indices.get(next)!));
    }
    if (low.get(file) === indices.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        on.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)?.includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!indices.has(file)) connect(file);
  return found;
}

/**
 * Every file a file loads at run time, itself included (value imports, followed through the repository); with
 * `eagerOnly`, only what loads with the module (not what a function requires when it first runs).
 */
export function loadedBy(root: string, entry: string, eagerOnly = false): Map<string, Import[]> {
  const seen = new Map<string, Import[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const imports = importsOf(root, file).filter((i) => !i.typeOnly && !(eagerOnly && i.lazy));
    seen.set(file, imports);
    for (const i of imports) if (i.file?.endsWith('.ts')) visit(i.file);
  };
  visit(relative(root, join(root, entry)));
  return seen;
}
