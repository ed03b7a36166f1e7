import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../support/test-app';

const ROOT = path.resolve(__dirname, '../..');
let app: TestApp;
let served: Record<string, any>;

beforeAll(async () => {
  app = await startTestApp();
  const response = await app.api.inject({ method: 'GET', url: '/api/docs-json' });
  expect(response.statusCode).toBe(200);
  served = response.json();
});

afterAll(async () => {
  await app?.close();
});

describe('the OpenAPI document at /api/docs-json', () => {
  it('is the one the web app’s client is generated from (npm run openapi)', () => {
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'apps/web/src/api/openapi.json'), 'utf8'));
    expect(served).toEqual(committed);
  });

  it('passes Redocly’s recommended rules with no error and no warning', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rongtong-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(served));
      const { stdout } = await promisify(execFile)(
        path.join(ROOT, 'node_modules/.bin/redocly'),
        ['lint', file, '--config', path.join(ROOT, 'redocly.yaml'), '--format', 'json'],
        { cwd: dir },
      ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
      const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
      const problems = report.problems.map((p: any) => `${p.severity} ${p.ruleId}: ${p.message}`);
      expect(problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('declares for every operation a summary, a success answer with a schema, problems and security', () => {
    const missing: string[] = [];
    for (const [route, item] of Object.entries(served.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(item)) {
        const at = `${method.toUpperCase()} ${route}`;
        const responses = Object.entries(operation.responses as Record<string, any>);
        if (!operation.summary) missing.push(`${at}: summary`);
        if (!operation.security) missing.push(`${at}: security`);
        const success = responses.filter(([status]) => status.startsWith('2'));
        if (success.length === 0) missing.push(`${at}: success`);
        for (const [status, response] of success) {
          if (status !== '204' && !response.content) missing.push(`${at}: ${status} schema`);
        }
        const problems = responses.filter(([status]) => status.startsWith('4'));
        if (problems.length === 0) missing.push(`${at}: problems`);
        for (const [status, response] of problems) {
          if (!response.content?.['application/problem+json']) missing.push(`${at}: ${status} problem+json`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
