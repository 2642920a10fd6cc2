// @ts-check
/**
 * Lint: typescript-eslint's recommended rules plus the layer boundaries the architecture rests on.
 * core/ is pure; hosts (gas/, office-addin/, cli/) never import each other; xlsx/ is the Node-free
 * ExcelJS adapter shared by cli/ and office-addin/; panel/ sees core's types and the message catalog only.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'vm',
  'worker_threads',
  'zlib',
];

/** A relative import of one of these top-level folders, from any depth. */
const folders = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

/** `no-restricted-imports` options: these folders, plus Node built-ins and named packages when asked. */
function boundary(message, forbiddenFolders, { node = false, packages = [] } = {}) {
  const paths = [...(node ? NODE_BUILTINS : []), ...packages].map((name) => ({ name, message }));
  const patterns = [{ regex: folders(...forbiddenFolders), message }];
  if (node) patterns.push({ regex: '^node:', message });
  return { paths, patterns };
}

const PRODUCTION = { ignores: ['**/*.test.ts', 'test/**', 'bench/**'] };

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'oko-demo/**',
      'test-output/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      // Apps Script's V8 and Internet Explorer 11 know no `Error` cause: the Russian message is what travels.
      'preserve-caught-error': 'off',
    },
  },
  {
    ...PRODUCTION,
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(
          'core/ is pure: no host, no I/O, no ExcelJS.',
          ['gas', 'office-addin', 'cli', 'xlsx', 'export', 'panel', 'test'],
          {
            node: true,
            packages: ['exceljs', 'jszip', 'docx', 'echarts', '@resvg/resvg-js'],
          },
        ),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'core/ has no clock: today is a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'core/ has no clock: today is a parameter.',
        },
      ],
    },
  },
  {
    ...PRODUCTION,
    files: ['xlsx/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(
          'xlsx/ is the Node-free ExcelJS adapter: no host, no Node built-ins.',
          ['gas', 'office-addin', 'cli', 'panel', 'test'],
          {
            node: true,
          },
        ),
      ],
    },
  },
  {
    ...PRODUCTION,
    files: ['gas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary('A host never imports another host (or Node).', ['office-addin', 'cli', 'xlsx', 'test'], {
          node: true,
        }),
      ],
    },
  },
  {
    ...PRODUCTION,
    files: ['office-addin/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary('A host never imports another host (or Node).', ['gas', 'cli', 'test'], { node: true }),
      ],
    },
  },
  {
    ...PRODUCTION,
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary('A host never imports another host.', ['gas', 'office-addin', 'panel', 'test']),
      ],
    },
  },
  {
    ...PRODUCTION,
    files: ['export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        boundary(
          'export/ builds documents from core data; it knows no host.',
          ['gas', 'office-addin', 'cli', 'panel', 'test'],
          {
            node: true,
          },
        ),
      ],
    },
  },
  {
    ...PRODUCTION,
    files: ['panel/**/*.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: folders('gas', 'office-addin', 'cli', 'xlsx', 'export', 'test'),
              message: 'panel/ is shared by both hosts: it imports no host.',
            },
            {
              regex: '^(\\.\\./)+core/(?!messages/|view/)',
              allowTypeImports: true,
              message: 'panel/ imports core types only (values: core/messages and core/view).',
            },
          ],
        },
      ],
    },
  },
);
