#!/usr/bin/env node
// Fails (exit 1) when an export of a package's public entry point (packages/*/src/index.ts) has no
// `@example` TSDoc block. Uses the TypeScript compiler API with the root tsconfig (which sets the
// `@overdue/source` custom condition, so cross-package re-exports resolve to source without a build).
//
// Usage: node scripts/check-examples.mjs [package-dir ...]   (default: every packages/*)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

const packageDirs = (
  process.argv.length > 2
    ? process.argv.slice(2).map((dir) => path.resolve(dir))
    : readdirSync(path.join(root, 'packages'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(root, 'packages', entry.name))
).filter((dir) => existsSync(path.join(dir, 'package.json')));

const problems = [];
const entries = [];
for (const dir of packageDirs) {
  const { name } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const index = path.join(dir, 'src', 'index.ts');
  if (existsSync(index)) entries.push({ name, index });
  else problems.push(`${name}: no src/index.ts`);
}

const configPath = path.join(root, 'tsconfig.json');
const parsed = ts.getParsedCommandLineOfConfigFile(
  configPath,
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (parsed === undefined) {
  console.error(`check-examples: cannot read ${relative(configPath)}`);
  process.exit(1);
}
const program = ts.createProgram({
  rootNames: entries.map((entry) => entry.index),
  options: { ...parsed.options, noEmit: true },
});
const checker = program.getTypeChecker();

const kindOf = (declaration) => {
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  if (ts.isClassDeclaration(declaration)) return 'class';
  if (ts.isInterfaceDeclaration(declaration)) return 'interface';
  if (ts.isTypeAliasDeclaration(declaration)) return 'type';
  if (ts.isEnumDeclaration(declaration)) return 'enum';
  if (ts.isVariableDeclaration(declaration)) return 'const';
  if (ts.isModuleDeclaration(declaration)) return 'namespace';
  return ts.SyntaxKind[declaration.kind];
};

const hasExample = (declaration) =>
  ts.getJSDocTags(declaration).some((tag) => {
    if (tag.tagName.text !== 'example') return false;
    const text = typeof tag.comment === 'string' ? tag.comment : ts.getTextOfJSDocComment(tag.comment);
    return (text ?? '').trim().length > 0;
  });

let checked = 0;
const missing = [];
for (const { name, index } of entries) {
  const sourceFile = program.getSourceFile(index);
  const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
  if (moduleSymbol === undefined) {
    problems.push(`${name}: ${relative(index)} is not a module`);
    continue;
  }
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = (symbol.declarations ?? []).filter((declaration) => !ts.isSourceFile(declaration));
    checked += 1;
    if (declarations.some(hasExample)) continue;
    const first = declarations[0];
    const where = first
      ? `${relative(first.getSourceFile().fileName)}:${first.getSourceFile().getLineAndCharacterOfPosition(first.getStart()).line + 1}`
      : 'unknown location';
    missing.push(`${name}: ${exported.name} (${first ? kindOf(first) : 'unknown'}) ${where}`);
  }
}

for (const problem of problems) console.error(`check-examples: ${problem}`);
if (missing.length > 0) {
  console.error(`check-examples: ${missing.length} export(s) without an @example block:`);
  for (const line of missing) console.error(`  - ${line}`);
}
console.log(
  `check-examples: ${checked} exports checked in ${entries.length} package(s); ${missing.length} missing @example`,
);
process.exit(missing.length > 0 || problems.length > 0 ? 1 : 0);
