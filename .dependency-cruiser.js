/**
 * Module boundaries (STYLE.md): apps → context libs → platform → kernel, no cycles, and
 * nobody reaches into another lib's inner files: only its `src/index.ts`, its public face.
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'libs-not-to-apps',
      comment: 'Libraries never depend on the apps that compose them.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-not-to-each-other',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'only-public-faces',
      comment: "Import a lib through '@rongtong/<lib>' (its src/index.ts), never its inner files.",
      severity: 'error',
      // Jest's global setup runs outside the module mapper and must name the file.
      // Medium tests (test/medium) test repositories themselves: see the next rule.
      from: { pathNot: '^libs/([^/]+)/|^test/support/global-setup\\.ts$|^test/medium/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$)' },
    },
    {
      name: 'medium-tests-reach-only-persistence',
      comment: 'A medium test takes a repository and its entities, nothing else inside a lib.',
      severity: 'error',
      from: { path: '^test/medium/' },
      to: { path: '^libs/[^/]+/src/(?!index\\.ts$|persistence/)' },
    },
    {
      name: 'libs-only-public-faces-of-other-libs',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/([^/]+)/src/(?!index\\.ts$)', pathNot: '^libs/$1/' },
    },
    {
      name: 'platform-below-contexts',
      comment: 'The platform serves every context and knows none of them.',
      severity: 'error',
      from: { path: '^libs/(platform|kernel)/' },
      to: { path: '^libs/(?!platform/|kernel/)' },
    },
    {
      name: 'search-knows-no-deals',
      comment:
        "Search's free-time filter asks through its own port (FreeTimeFinder), which the api wires to deals: search never imports deals.",
      severity: 'error',
      from: { path: '^libs/search/' },
      to: { path: '^libs/deals/' },
    },
    {
      name: 'notifications-hear-deals-by-events',
      comment:
        'Notifications learn of deals from the deal.* events in the outbox (the kinds they word come from the kernel): never from the deals lib.',
      severity: 'error',
      from: { path: '^libs/notifications/' },
      to: { path: '^libs/deals/' },
    },
    {
      name: 'kernel-is-pure',
      comment: 'The shared kernel is plain TypeScript: no Nest, no TypeORM, no I/O.',
      severity: 'error',
      from: { path: '^libs/kernel/' },
      to: { path: '^libs/platform/|node_modules/(@nestjs|typeorm|pg|bullmq|ioredis)/' },
    },
    {
      name: 'domain-is-pure',
      comment: "A context's domain folder uses no framework, database or queue.",
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: '^libs/platform/|node_modules/(@nestjs|typeorm|pg|bullmq|ioredis)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
