import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * API schemas are written once, in shared/src/schemas/, so the server validates with the very
 * schema the client's types are inferred from. A route declares each response as
 * `envelopeSchema(<schema imported from @cr/shared>)` (directly or through a local constant bound
 * to exactly that), and each request part (body, params, querystring, headers) as a schema
 * imported from @cr/shared; an inline `z.object(...)`, `z.array(...)` or `.extend(...)` is a
 * second definition that can drift, and this scan names it.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ROUTES = join(ROOT, 'server/src/routes');
/** Route files outside routes/: the sync endpoints (the PowerSync protocol). */
const OTHER_ROUTE_FILES = [join(ROOT, 'server/src/sync/plugin.ts')];
const REQUEST_PARTS = new Set(['body', 'params', 'querystring', 'headers']);

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return routeFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Scan {
  /** Response declarations looked at (one per status code). */
  checked: number;
  /** `file:line: text` of every response not written as a shared schema. */
  inline: string[];
}

/** Local names of everything a file imports from @cr/shared. */
function sharedImports(file: ts.SourceFile): Set<string> {
  const shared = new Set<string>();
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('@cr/shared')) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const b of bindings.elements) shared.add(b.name.text);
    }
  }
  return shared;
}

const parse = (fileName: string, source: string) => ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
const lineOf = (fileName: string, file: ts.SourceFile, n: ts.Node) =>
  `${fileName}:${file.getLineAndCharacterOfPosition(n.getStart()).line + 1}: ${n.getText().slice(0, 120)}`;

/** Scans one route file's source for request parts (body, params, querystring, headers) of a route schema that are not shared schemas. */
export function scanRequests(fileName: string, source: string): Scan {
  const file = parse(fileName, source);
  const shared = sharedImports(file);
  const scan: Scan = { checked: 0, inline: [] };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'schema' && ts.isObjectLiteralExpression(node.initializer)) {
      for (const part of node.initializer.properties) {
        if (!part.name || !REQUEST_PARTS.has(part.name.getText())) continue;
        scan.checked += 1;
        const value = ts.isPropertyAssignment(part) ? part.initializer : ts.isShorthandPropertyAssignment(part) ? part.name : undefined;
        if (!value || !ts.isIdentifier(value) || !shared.has(value.text)) scan.inline.push(lineOf(fileName, file, part));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return scan;
}

/** Scans one route file's source for response schemas that are not shared ones. */
export function scanResponses(fileName: string, source: string): Scan {
  const file = parse(fileName, source);
  const shared = sharedImports(file);
  const locals = new Map<string, ts.Expression>();
  const collectLocals = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) locals.set(node.name.text, node.initializer);
    ts.forEachChild(node, collectLocals);
  };
  collectLocals(file);

  const isSharedEnvelope = (e: ts.Expression): boolean =>
    ts.isCallExpression(e) &&
    ts.isIdentifier(e.expression) &&
    e.expression.text === 'envelopeSchema' &&
    shared.has('envelopeSchema') &&
    e.arguments.length === 1 &&
    ts.isIdentifier(e.arguments[0]!) &&
    shared.has(e.arguments[0].text);
  const isShared = (e: ts.Expression): boolean => {
    if (isSharedEnvelope(e)) return true;
    if (!ts.isIdentifier(e)) return false;
    if (shared.has(e.text)) return true;
    const bound = locals.get(e.text);
    return bound !== undefined && isSharedEnvelope(bound);
  };

  const scan: Scan = { checked: 0, inline: [] };
  const where = (n: ts.Node) => lineOf(fileName, file, n);
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'response') {
      if (!ts.isObjectLiteralExpression(node.initializer)) {
        scan.checked += 1;
        scan.inline.push(where(node.initializer));
      } else {
        for (const status of node.initializer.properties) {
          scan.checked += 1;
          if (!ts.isPropertyAssignment(status) || !isShared(status.initializer)) scan.inline.push(where(status));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return scan;
}

/** Runs a scan over route files and counts, for the cross-check, what a plain text search finds declared. */
function scanFiles(files: string[], scan: (fileName: string, source: string) => Scan, declaredIn: (source: string) => number) {
  const total = { checked: 0, inline: [] as string[], declared: 0 };
  for (const path of files) {
    const source = readFileSync(path, 'utf8');
    const one = scan(relative(ROOT, path), source);
    total.checked += one.checked;
    total.inline.push(...one.inline);
    total.declared += declaredIn(source);
  }
  return total;
}

describe('route response schemas', () => {
  it('are all shared schemas (shared/src/schemas), none declared inline in a route', () => {
    // Cross-check that the scan saw every status code written after `response: {`.
    const { checked, inline, declared } = scanFiles(routeFiles(ROUTES), scanResponses, (source) =>
      [...source.matchAll(/response:\s*\{([^}]*)\}/g)].reduce((n, m) => n + (m[1]!.match(/\b\d{3}\s*:/g) ?? []).length, 0),
    );
    expect(inline).toEqual([]);
    expect(checked).toBe(declared);
    expect(checked).toBeGreaterThan(40);
  });

  it('take every request body, path parameter and query from shared schemas, none declared inline', () => {
    // Cross-check against a plain text count of the request parts written in route options.
    const { checked, inline, declared } = scanFiles([...routeFiles(ROUTES), ...OTHER_ROUTE_FILES], scanRequests, (source) =>
      (source.match(/\b(body|params|querystring|headers):\s*(?![\s,)])/g) ?? []).length,
    );
    expect(inline).toEqual([]);
    expect(checked).toBe(declared);
    expect(checked).toBeGreaterThan(40);
  });

  it('names inline request parts and a local schema, and accepts imported ones', () => {
    const source = `
      import { z } from 'zod';
      import { userIdParamsSchema, loginBodySchema as login } from '@cr/shared';
      const local = z.object({ a: z.number() });
      app.get('/a', { schema: { params: z.object({ id: z.uuid() }).strict(), querystring: local } }, h);
      app.post('/b', { schema: { params: userIdParamsSchema, body: login } }, h);
      app.post('/c', { schema: { body: login.extend({ n: z.number() }) } }, h);
      reply.send({ body: local });
    `;
    const scan = scanRequests('probe.ts', source);
    expect(scan.checked).toBe(5);
    expect(scan.inline.map((l) => l.split(':')[1])).toEqual(['5', '5', '7']);
  });

  it('names an inline response object, an inline array and an extended shared schema', () => {
    const source = `
      import { z } from 'zod';
      import { envelopeSchema, userSchema } from '@cr/shared';
      const local = z.object({ a: z.number() });
      const wrapped = envelopeSchema(local);
      const good = envelopeSchema(userSchema);
      app.get('/a', { schema: { response: { 200: envelopeSchema(z.object({ ok: z.boolean() })) } } }, h);
      app.get('/b', { schema: { response: { 200: envelopeSchema(z.array(userSchema)) } } }, h);
      app.get('/c', { schema: { response: { 200: envelopeSchema(userSchema.extend({ n: z.number() })) } } }, h);
      app.get('/d', { schema: { response: { 200: wrapped } } }, h);
      app.get('/e', { schema: { response: { 200: envelopeSchema(userSchema), 201: good } } }, h);
    `;
    const scan = scanResponses('probe.ts', source);
    expect(scan.checked).toBe(6);
    expect(scan.inline.map((l) => l.split(':')[1])).toEqual(['7', '8', '9', '10']);
  });
});
